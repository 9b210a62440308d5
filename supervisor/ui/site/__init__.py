"""The window's site pages and dialogs."""
