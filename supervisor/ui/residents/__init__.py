"""The window's residents pages and dialogs."""
