"""Colours, status marks and the light/dark palette, in one place."""

from __future__ import annotations

import os
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette


@dataclass(frozen=True)
class StatusLook:
    mark: str  # a shape as well as a colour, so status reads without colour vision
    light: str
    dark: str


STATUS_LOOKS: dict[str, StatusLook] = {
    "unreviewed": StatusLook("○", "#ffe58a", "#6b5a12"),
    "in progress": StatusLook("◐", "#a9cdfb", "#1d4a80"),
    "done": StatusLook("●", "#a8e6b4", "#1f5e2d"),
}
UNKNOWN_LOOK = StatusLook("?", "#dddddd", "#555555")


def is_dark() -> bool:
    app = QGuiApplication.instance()
    if app is None:
        return False
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128


def status_look(status: str) -> StatusLook:
    return STATUS_LOOKS.get(status, UNKNOWN_LOOK)


def status_colour(status: str) -> QColor:
    look = status_look(status)
    return QColor(look.dark if is_dark() else look.light)


def status_label(status: str) -> str:
    return f"{status_look(status).mark}\u00a0{status}"  # the mark never wraps away from its word


def _system_prefers_dark(app: QGuiApplication) -> bool:
    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


_ROLES = ("Window", "WindowText", "Base", "AlternateBase", "Text", "Button", "ButtonText", "Highlight",
          "HighlightedText", "ToolTipBase", "ToolTipText", "PlaceholderText", "Link", "Mid")
# one colour per role above, in the same order
_DARK = ("#202124", "#e8eaed", "#17181a", "#242528", "#e8eaed", "#2d2e31", "#e8eaed", "#3d6fb4",
         "#ffffff", "#2d2e31", "#e8eaed", "#9aa0a6", "#8ab4f8", "#3c4043")
_LIGHT = ("#f6f7f9", "#1f2328", "#ffffff", "#f2f4f7", "#1f2328", "#eef0f3", "#1f2328", "#2f6fd0",
          "#ffffff", "#ffffff", "#1f2328", "#6e7781", "#0b57d0", "#d0d7de")


def _palette(colours: tuple[str, ...]) -> QPalette:
    p = QPalette()
    for role, colour in zip(_ROLES, colours, strict=True):
        p.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
    return p


THEME_ENV = "QUOTEDESK_THEME"  # "light" or "dark" overrides the system's choice


def apply_theme(app, *, dark: bool | None = None) -> None:
    """Fusion with our palette: the same look on every platform, dark when the system is."""
    app.setStyle("Fusion")
    if dark is None:
        forced = os.environ.get(THEME_ENV, "").strip().lower()
        dark = {"dark": True, "light": False}.get(forced, _system_prefers_dark(app))
    app.setPalette(_palette(_DARK if dark else _LIGHT))


THEME_KEY = "theme"  # QSettings key: one of THEME_CHOICES
THEME_CHOICES = {"system": "Follow the system", "light": "Light", "dark": "Dark"}


def saved_theme(settings) -> str:
    choice = str(settings.value(THEME_KEY, "system") or "system")
    return choice if choice in THEME_CHOICES else "system"


def apply_theme_choice(app, choice: str) -> None:
    """The person's choice: light, dark, or the system's (where $QUOTEDESK_THEME still decides)."""
    apply_theme(app, dark={"dark": True, "light": False}.get(choice))


def apply_saved_theme(app, settings) -> None:
    """At start-up: $QUOTEDESK_THEME (screenshots, tests) first, then the saved choice."""
    if os.environ.get(THEME_ENV, "").strip().lower() in ("light", "dark"):
        apply_theme(app)
    else:
        apply_theme_choice(app, saved_theme(settings))
