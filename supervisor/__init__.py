"""Supervisor: supervising the renovation of old residential compounds (城镇老旧小区改造).

The package is a plain-Python core (storage, procedure rules, reports) with a Qt shell in
``supervisor.ui``. Nothing outside ``supervisor.ui`` imports PySide6.
"""

__version__ = "0.1.0"
