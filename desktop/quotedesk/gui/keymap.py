"""The one keymap: every shortcut, the menu it lives in, and the cheat sheet made from it.

The window only has to provide the slots named here; adding a key is one line below,
and the menus and the cheat sheet (F1 or ?) follow.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence


@dataclass(frozen=True)
class Binding:
    name: str
    keys: tuple[str, ...]
    text: str  # menu text and cheat-sheet description
    slot: str  # method of the main window, or of one of its parts ("claim_log.export")
    menu: str
    args: tuple = ()


RATING_KEYS = ("1", "2", "3", "4", "5", "6")

KEYMAP: tuple[Binding, ...] = (
    Binding("import_files", ("Ctrl+O",), "Import files…", "import_files_dialog", "File"),
    Binding("import_folder", ("Ctrl+Shift+O",), "Import folder…", "import_folder_dialog", "File"),
    Binding("paste_article", ("Ctrl+Shift+V",), "Paste article…", "paste_article_dialog", "File"),
    Binding("reextract", ("Ctrl+R",), "Re-extract this article", "reextract_current", "File"),
    Binding("open_db", ("Ctrl+Shift+D",), "Open database…", "open_database_dialog", "File"),
    Binding("export", ("Ctrl+E",), "Export the claim log…", "claim_log.export", "File"),
    Binding("quit", ("Ctrl+Q",), "Quit", "close", "File"),
    Binding("undo", ("Ctrl+Z",), "Undo", "undo", "Edit"),
    Binding("redo", ("Ctrl+Shift+Z", "Ctrl+Y"), "Redo", "redo", "Edit"),
    Binding("search", ("/",), "Search the library", "focus_search", "Edit"),
    Binding("settings", ("Ctrl+,",), "Settings…", "app_dialogs.settings", "Edit"),
    Binding("next_quote", ("J",), "Next quote", "step_quote", "Go", (1,)),
    Binding("prev_quote", ("K",), "Previous quote", "step_quote", "Go", (-1,)),
    Binding("next_article", ("Shift+J",), "Next article", "step_article", "Go", (1,)),
    Binding("prev_article", ("Shift+K",), "Previous article", "step_article", "Go", (-1,)),
    *(Binding(f"rate_{k}", (k,), f"Rate: scale level {k}", "rate", "Verdict", (int(k),)) for k in RATING_KEYS),
    Binding("cycle_status", ("S",), "Next status (unreviewed → in progress → done)", "cycle_status", "Verdict"),
    Binding("edit_speaker", ("E",), "Correct the speaker…", "edit_speaker", "Verdict"),
    Binding("edit_agency", ("A",), "Correct the agency…", "edit_agency", "Verdict"),
    Binding("add_note", ("N",), "Add a note…", "add_note", "Verdict"),
    Binding("reported", ("R",), "Show reported speech", "toggle_reported_speech", "View"),
    Binding("speakers", ("Ctrl+Shift+S",), "Speakers…", "show_speakers", "View"),
    Binding("claim_log", ("Ctrl+L",), "Claim log", "claim_log.show", "View"),
    Binding("cheat_sheet", ("F1", "?"), "Keyboard shortcuts", "show_cheat_sheet", "Help"),
    Binding("about", (), "About Quotedesk", "app_dialogs.about", "Help"),
)

MENUS = ("File", "Edit", "Go", "Verdict", "View", "Help")


def install(window) -> dict[str, QAction]:
    """Create one QAction per binding on `window`, wired to its slot."""
    actions: dict[str, QAction] = {}
    for binding in KEYMAP:
        action = QAction(binding.text, window)
        action.setObjectName(binding.name)
        action.setShortcuts([QKeySequence(k) for k in binding.keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(partial(_call, window, binding.slot, binding.args))
        window.addAction(action)
        actions[binding.name] = action
    return actions


def resolve(window, slot: str):
    """The callable a binding's slot names on the window ("undo", "claim_log.show")."""
    target = window
    for part in slot.split("."):
        target = getattr(target, part)
    return target


def _call(window, slot: str, args: tuple, _checked: bool = False) -> None:
    resolve(window, slot)(*args)


def _shown(key: str) -> str:
    # single letters are pressed unshifted; the sheet shows them as typed
    return key.lower() if len(key) == 1 and key.isalpha() else key


def cheat_sheet_html(rating_labels: list[str] | None = None) -> str:
    rows = []
    for menu in MENUS:
        rows.append(f"<tr><td colspan=2><b>{menu}</b></td></tr>")
        for b in (b for b in KEYMAP if b.menu == menu):
            text = b.text
            if b.slot == "rate" and rating_labels and b.args[0] <= len(rating_labels):
                text = f"Rate: {rating_labels[b.args[0] - 1]}"
            keys = " or ".join(f"<code>{html.escape(_shown(k))}</code>" for k in b.keys) or "(menu only)"
            rows.append(f"<tr><td>{keys}</td><td>{html.escape(text)}</td></tr>")
    return "<table cellspacing=4>" + "".join(rows) + "</table>"
