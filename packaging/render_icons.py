"""Render packaging/icons/quotedesk.svg to the PNGs that ship with Quotedesk (48, 128, 256 px),
and to the .ico (Windows) and .icns (macOS) the spec picks up there.

Run with the project's venv: QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/render_icons.py
Uses Qt's SVG renderer from PySide6-Essentials (no ImageMagick or Inkscape needed).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SIZES = (48, 128, 256)
ICONS = Path(__file__).resolve().parent / "icons"


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "quotedesk.svg"))
    if not renderer.isValid():
        print("render_icons: quotedesk.svg is not valid SVG", file=sys.stderr)
        return 1
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        out = ICONS / f"quotedesk-{size}.png"
        if not image.save(str(out), "PNG"):
            print(f"render_icons: could not write {out}", file=sys.stderr)
            return 1
        print(f"{out.relative_to(ICONS.parent.parent)}  {out.stat().st_size} bytes")
    # Windows and macOS icons from the largest rendering, through Qt's own ICO and ICNS writers
    large = QImage(str(ICONS / f"quotedesk-{max(SIZES)}.png"))
    for fmt in ("ico", "icns"):
        out = ICONS / f"quotedesk.{fmt}"
        if not large.save(str(out), fmt.upper()):
            print(f"render_icons: could not write {out}", file=sys.stderr)
            return 1
        print(f"{out.relative_to(ICONS.parent.parent)}  {out.stat().st_size} bytes")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
