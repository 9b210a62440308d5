"""The window's history views and dialogs."""
