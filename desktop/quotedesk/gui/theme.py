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


def _dark_palette() -> QPalette:
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#202124", QPalette.ColorRole.WindowText: "#e8eaed",
        QPalette.ColorRole.Base: "#17181a", QPalette.ColorRole.AlternateBase: "#242528",
        QPalette.ColorRole.Text: "#e8eaed", QPalette.ColorRole.Button: "#2d2e31",
        QPalette.ColorRole.ButtonText: "#e8eaed", QPalette.ColorRole.Highlight: "#3d6fb4",
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#2d2e31",
        QPalette.ColorRole.ToolTipText: "#e8eaed", QPalette.ColorRole.PlaceholderText: "#9aa0a6",
        QPalette.ColorRole.Link: "#8ab4f8", QPalette.ColorRole.Mid: "#3c4043",
    }
    for role, colour in roles.items():
        p.setColor(role, QColor(colour))
    return p


def _light_palette() -> QPalette:
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#f6f7f9", QPalette.ColorRole.WindowText: "#1f2328",
        QPalette.ColorRole.Base: "#ffffff", QPalette.ColorRole.AlternateBase: "#f2f4f7",
        QPalette.ColorRole.Text: "#1f2328", QPalette.ColorRole.Button: "#eef0f3",
        QPalette.ColorRole.ButtonText: "#1f2328", QPalette.ColorRole.Highlight: "#2f6fd0",
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#ffffff",
        QPalette.ColorRole.ToolTipText: "#1f2328", QPalette.ColorRole.PlaceholderText: "#6e7781",
        QPalette.ColorRole.Link: "#0b57d0", QPalette.ColorRole.Mid: "#d0d7de",
    }
    for role, colour in roles.items():
        p.setColor(role, QColor(colour))
    return p


THEME_ENV = "QUOTEDESK_THEME"  # "light" or "dark" overrides the system's choice


def apply_theme(app, *, dark: bool | None = None) -> None:
    """Fusion with our palette: the same look on every platform, dark when the system is."""
    app.setStyle("Fusion")
    if dark is None:
        forced = os.environ.get(THEME_ENV, "").strip().lower()
        dark = {"dark": True, "light": False}.get(forced, _system_prefers_dark(app))
    app.setPalette(_dark_palette() if dark else _light_palette())
