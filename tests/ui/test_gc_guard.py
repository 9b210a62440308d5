"""Garbage collection happens on the UI thread only, so Qt objects never die in a worker."""

from __future__ import annotations

import gc
import threading
import weakref


class Node:
    def __init__(self):
        self.me = self  # a reference cycle: only the cyclic collector frees it


def test_workers_never_collect_and_the_ui_thread_does(qtbot, window):
    assert not gc.isenabled()
    threads = []

    def record(phase, info):
        if phase == "start":
            threads.append(threading.get_ident())

    gc.callbacks.append(record)
    try:
        def allocate():
            for _ in range(50_000):
                Node()

        worker = threading.Thread(target=allocate)
        worker.start()
        worker.join()
        assert worker.ident not in threads

        node = Node()
        gone = weakref.ref(node)
        del node
        for _ in range(2_000):
            Node()
        qtbot.waitUntil(lambda: gone() is None, timeout=5000)
        assert threading.main_thread().ident in threads
    finally:
        gc.callbacks.remove(record)
