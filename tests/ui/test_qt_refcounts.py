"""A guard against a Qt binding that corrupts reference counts (PySide6 6.12.0 drops a reference to True on
every Python-side Signal.emit(); after a few thousand emits the interpreter aborts)."""

import gc
import sys

from PySide6.QtCore import QObject, Signal


class _Pinger(QObject):
    ping = Signal()
    value = Signal(object)


def test_emitting_from_python_keeps_reference_counts():
    pinger = _Pinger()
    seen = []
    pinger.ping.connect(lambda: seen.append(1))
    pinger.value.connect(seen.append)
    gc.collect()
    before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(200):
        pinger.ping.emit()
        pinger.value.emit(2)
    gc.collect()
    assert len(seen) == 400
    assert (sys.getrefcount(True), sys.getrefcount(False)) == before
