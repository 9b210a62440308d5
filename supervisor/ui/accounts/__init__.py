"""The window's part of signing in: the sign-in and lock dialogs, asking the password again,
the idle lock, and Tools → Users for administrators."""
