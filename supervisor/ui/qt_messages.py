"""Messages of Qt's own file dialog that the Simplified Chinese catalogue shipped with PySide6
(``qtbase_zh_CN``) lacks, so that our catalogue supplies them.

Qt 6 asks for "&Look in:" and "Files of &type:" (with accelerators) and for the kinds of files
("Folder", "%1 File") with a disambiguation, while its catalogue only has the older wordings:
the labels and the Type column stayed English in a Chinese window. Qt asks the most recently
installed catalogue first (its own) and falls back to ours for a message it does not have.
``pyside6-lupdate`` reads the calls below into our ``.ts`` under Qt's contexts; the function is
never called.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _marked_for_translation() -> None:  # pragma: no cover - read by lupdate only
    QCoreApplication.translate("QFileDialog", "&Look in:")
    QCoreApplication.translate("QFileDialog", "Files of &type:")
    QCoreApplication.translate("QAbstractFileIconProvider", "Folder", "All other platforms")
    QCoreApplication.translate("QAbstractFileIconProvider", "File Folder", "Match Windows Explorer")
    QCoreApplication.translate("QAbstractFileIconProvider", "File")
    QCoreApplication.translate("QAbstractFileIconProvider", "%1 File")
    QCoreApplication.translate("QAbstractFileIconProvider", "Drive")
    QCoreApplication.translate("QAbstractFileIconProvider", "Shortcut", "All other platforms")
    QCoreApplication.translate("QAbstractFileIconProvider", "Alias", "macOS Finder")
