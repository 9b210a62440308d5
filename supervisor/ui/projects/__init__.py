"""The window's projects pages and dialogs."""
