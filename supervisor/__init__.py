"""Supervisor: supervising the renovation of old residential compounds (城镇老旧小区改造).

The core is plain Python: a small kernel (errors, i18n, paths, files, workdays, codes, log,
the command line), storage in ``db``, and one package per feature: ``projects``, ``residents``,
``procedure``, ``site``, ``documents``, ``demo``. The Qt window in ``supervisor.ui`` mirrors those
packages; nothing outside ``supervisor.ui`` imports PySide6. The README's Layout section draws it.
"""

__version__ = "0.1.0"
