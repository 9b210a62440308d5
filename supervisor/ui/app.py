"""Starting the window: the application object, translations, the main window, ``--smoke``.

The window is shown before the database layer is even imported; the database is opened in a
worker thread right after, so the first paint never waits on SQLAlchemy, migrations or disk.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, Qt, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from supervisor.paths import APP_NAME, TRANSLATIONS


def process_age(fallback_start: float) -> float:
    """Seconds since this process was created (Linux: from /proc), else since ``fallback_start``."""
    try:
        with open("/proc/self/stat", "rb") as handle:
            fields = handle.read().rsplit(b")", 1)[1].split()
        start_ticks = int(fields[19])  # field 22 of stat(5), counted after "pid (comm)"
        with open("/proc/uptime", "rb") as handle:
            uptime = float(handle.read().split()[0])
        return max(uptime - start_ticks / os.sysconf("SC_CLK_TCK"), 0.0)
    except (OSError, ValueError, IndexError, AttributeError):
        return time.perf_counter() - fallback_start


def system_language() -> str:
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def choose_language(requested: str | None) -> str:
    if requested:
        return requested
    stored = QSettings().value("language", "", str)
    if stored in ("en", "zh_CN"):
        return stored
    return system_language()


def install_translations(app: QApplication, language: str) -> None:
    """Our catalogue and Qt's own (shipped with PySide6, for its dialogs and buttons); ours also
    fills the gaps of Qt's (``supervisor.ui.qt_messages``). The platform's own file dialogs speak
    the system's language: when the window speaks another, Qt's dialogs are used instead."""
    app.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, language != system_language())
    if language == "zh_CN":
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        translators = []
        ours = QTranslator(app)
        if ours.load(str(TRANSLATIONS / "supervisor_zh_CN.qm")):
            translators.append(ours)
        qt_path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qtbase = QTranslator(app)
        if qtbase.load("qtbase_zh_CN", qt_path):
            translators.append(qtbase)
        for translator in translators:
            app.installTranslator(translator)
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


def resolve_target(args) -> tuple[str | None, bool]:
    """The database to open (None: the one used last, else the default) and whether it is the demo."""
    if args.db:
        return args.db, False
    if args.demo:
        from supervisor.paths import demo_database_path

        return str(demo_database_path()), True
    return None, False


def run_gui(args, start: float) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    install_translations(app, choose_language(args.lang))
    from supervisor.ui import failures

    failures.install()

    from supervisor.ui.main_window import MainWindow

    window = MainWindow()
    window.show()
    target, demo = resolve_target(args)
    if target is None:
        target = window.last_database()
    exit_code = {"value": 0}

    def finish():
        print(f"{process_age(start):.3f}", flush=True)
        window.close()
        app.quit()

    if args.smoke == "window":
        # Start-up check: the window is up and the event loop idle (a zero timer fires once
        # every pending window-system event is processed). The database is not opened.
        QTimer.singleShot(0, finish)
        return app.exec()
    if args.smoke == "ready":
        def failed(message: str):
            print(f"supervisor: {message}", file=sys.stderr, flush=True)
            exit_code["value"] = 2
            app.quit()

        window.ready.connect(lambda: QTimer.singleShot(0, finish))
        window.open_failed.connect(failed)
        window.quiet = True
    QTimer.singleShot(0, lambda: window.open_database(target, demo=demo))
    result = app.exec()
    return exit_code["value"] or result
