"""PySide6-Essentials 6.12.0 crashed on Python 3.11 (none_dealloc: the refcount of None
ran down). pyproject pins <6.12; this canary fails before a crash would if a future
version leaks references to None again."""

import sys


def test_setobjectname_keeps_none_refcount(qapp):
    from PySide6.QtCore import QObject

    obj = QObject()
    obj.setObjectName("warm_up")
    before = sys.getrefcount(None)
    for i in range(5000):
        obj.setObjectName(f"name_{i % 7}")
        obj.objectName()
    after = sys.getrefcount(None)
    assert abs(after - before) < 50, (before, after)
