"""Inline messages (as KeePassXC's message widget): a calm coloured line, not a modal."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

_STYLES = {
    "error": "background:#fdecea; color:#611a15; border:1px solid #f5c6c2;",
    "warning": "background:#fff4e5; color:#663c00; border:1px solid #ffd8a8;",
    "info": "background:#e8f4fd; color:#0d3c61; border:1px solid #b6dcf7;",
    "success": "background:#edf7ed; color:#1e4620; border:1px solid #b7dfb9;",
}


def show_message(label: QLabel, text: str, kind: str = "error") -> None:
    if not text:
        label.clear()
        label.setStyleSheet("")
        label.hide()
        return
    label.setText(text)
    label.setStyleSheet(f"QLabel {{ {_STYLES.get(kind, _STYLES['info'])} "
                        "border-radius:4px; padding:6px; }")
    label.setAccessibleDescription(text)
    label.show()
