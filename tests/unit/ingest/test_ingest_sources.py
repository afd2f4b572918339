"""iter_sources: what an import of files and folders reads, and in which order."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from quotedesk.ingest import IngestError, iter_sources, load_document


@pytest.fixture
def library(tmp_path: Path) -> Path:
    root = tmp_path / "articles"
    for rel in [
        "b.txt",
        "a.html",
        "notes.MD",
        "2025/03/z.markdown",
        "2025/03/y.htm",
        "2025/a.text",
        "2025/photo.png",
        "2025/.draft.txt",
        ".git/HEAD.txt",
        "c.pdf",
        "README",
    ]:
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("Judul\n\nIsi.\n", encoding="utf-8")
    return root


def test_folder_is_walked_recursively_sorted_and_filtered(library: Path) -> None:
    found = [p.relative_to(library).as_posix() for p in iter_sources([str(library)])]
    assert found == ["2025/03/y.htm", "2025/03/z.markdown", "2025/a.text", "a.html", "b.txt", "notes.MD"]


def test_walk_is_deterministic(library: Path) -> None:
    assert list(iter_sources([library])) == list(iter_sources([library]))


def test_files_and_stdin_pass_through_as_given(library: Path) -> None:
    png = str(library / "2025/photo.png")
    hidden = library / "2025/.draft.txt"
    assert list(iter_sources(["-", png, hidden, "-"])) == ["-", png, hidden, "-"]


def test_missing_path_is_yielded_so_loading_reports_it(tmp_path: Path) -> None:
    missing = str(tmp_path / "gone.txt")
    assert list(iter_sources([missing])) == [missing]
    with pytest.raises(IngestError, match=r"gone\.txt: no such file$"):
        load_document(missing)


def test_mixed_arguments_keep_their_order(library: Path) -> None:
    sub = library / "2025" / "03"
    out = list(iter_sources([str(library / "b.txt"), sub, "-"]))
    assert out == [str(library / "b.txt"), sub / "y.htm", sub / "z.markdown", "-"]


def test_every_walked_file_loads(library: Path) -> None:
    docs = [load_document(p) for p in iter_sources([library])]
    assert [d.format for d in docs] == ["html", "md", "txt", "html", "txt", "md"]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_symlink_loop_does_not_recurse_forever(library: Path) -> None:
    (library / "2025" / "loop").symlink_to(library, target_is_directory=True)
    found = list(iter_sources([library]))
    assert len(found) == 7  # the six articles, and the loop, listed so that the import reports it
    with pytest.raises(IngestError, match=r"2025/loop: is a link back to a folder it is in \(a symbolic link loop\)"):
        load_document(found[3])  # walked in name order: 2025/03/*, 2025/a.text, 2025/loop
