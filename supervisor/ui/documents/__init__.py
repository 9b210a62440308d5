"""The window's documents pages and dialogs."""
