"""The Qt window. The only part of Supervisor that imports PySide6."""
