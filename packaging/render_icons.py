"""Render the application icon (resources/icons/contactvault.svg) for the desktop:
PNG files in the sizes of the freedesktop icon theme, and a Windows .ico.

    python packaging/render_icons.py OUT_DIR

writes OUT_DIR/hicolor/SIZExSIZE/apps/APP_ID.png, OUT_DIR/hicolor/scalable/apps/APP_ID.svg
and OUT_DIR/contactvault.ico. Rendered with Qt's own SVG renderer (already a dependency),
so the build needs no image tool.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "contactvault.svg"
APP_ID = "org.contactvault.ContactVault"  # the desktop entry's and AppStream's id
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    return image


def main(out_dir: Path) -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for size in SIZES:
        target = out_dir / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(size).save(str(target), "PNG"):
            raise SystemExit(f"could not write {target}")
    scalable = out_dir / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SVG, scalable)
    # Qt's ICO writer stores one size; 256 px is the one Windows scales down from.
    ico = out_dir / "contactvault.ico"
    if not render(256).save(str(ico), "ICO"):
        raise SystemExit(f"could not write {ico} (Qt's imageformats plugin for ICO missing)")
    print(out_dir)
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__.strip().splitlines()[-1].strip())
    sys.exit(main(Path(sys.argv[1])))
