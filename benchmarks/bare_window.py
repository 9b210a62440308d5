"""Baseline for the start-up benchmark: a process that only shows a bare PySide6 window.

It does what ``supervisor --smoke`` does, minus Supervisor: create the application, show a
main window of the same size, wait until the event loop is idle, exit.
"""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(1280, 800)
    window.show()
    QTimer.singleShot(0, app.quit)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
