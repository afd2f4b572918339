"""Text in any of the three languages, offsets past the BMP, and both themes."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from quotedesk.gui import theme
from quotedesk.gui.reader_pane import OffsetMap

GERMAN = ("Scholz: Gespräche über Waffenruhe\n\n"
          "„Wir müssen jetzt schnell handeln“, sagte Bundeskanzler Olaf Scholz am Montag in Berlin. "
          "Die Lage sei äußerst ernst.\n")
ENGLISH = ("Minister warns of delays 🚧\n\n"
           "\"We will not be rushed,\" the minister said on Tuesday, adding that talks would resume. "
           "\"Nothing is agreed until everything is agreed,\" she told Reuters.\n")


def test_offsets_past_the_bmp_map_to_qt_positions() -> None:
    text = "a🚧b“c”"
    m = OffsetMap(text)
    assert [m.to_qt(i) for i in range(len(text) + 1)] == [0, 1, 3, 4, 5, 6, 7]
    assert all(m.from_qt(m.to_qt(i)) == i for i in range(len(text) + 1))


def import_text(qtbot, window, tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with qtbot.waitSignal(window.jobs.finished, timeout=30_000):
        window.import_paths([str(path)], open_first=True)
    return window.quotes.shown_quotes()


def test_german_and_english_articles_show_without_mojibake(qtbot, window, tmp_path, store) -> None:
    quotes = import_text(qtbot, window, tmp_path, "de.txt", GERMAN)
    assert window.reader.text.toPlainText() == store.article_text(window.article_id)
    assert "äußerst" in window.reader.text.toPlainText()
    assert quotes and quotes[0].text.startswith("Wir müssen")
    window.quotes.select_quote(quotes[0].id)
    assert window.reader.text.textCursor().selectedText() == quotes[0].text

    quotes = import_text(qtbot, window, tmp_path, "en.txt", ENGLISH)
    last = quotes[-1]
    window.quotes.select_quote(last.id)
    # the emoji in the title shifts Qt's positions by one; the selection must not drift
    assert window.reader.selection_offsets() == (last.start, last.end)
    assert window.reader.text.textCursor().selectedText() == last.text


def test_both_themes_keep_status_marks_and_colours_apart(qapp) -> None:
    app = QApplication.instance()
    original = app.palette()
    try:
        for dark in (False, True):
            theme.apply_theme(app, dark=dark)
            assert theme.is_dark() is dark
            colours = {theme.status_colour(s).name() for s in theme.STATUS_LOOKS}
            marks = {theme.status_look(s).mark for s in theme.STATUS_LOOKS}
            assert len(colours) == len(marks) == 3
    finally:
        app.setPalette(original)
