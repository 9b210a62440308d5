"""The window's procedure pages and dialogs."""
