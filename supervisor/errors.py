"""Errors the user may see, each carrying a message fit to show in a dialog or a terminal.

Code below the UI raises these; the UI and the command line catch ``SupervisorError`` and show
``str(error)``. Anything else that escapes is a bug.
"""


class SupervisorError(Exception):
    """Base class: an expected failure with a message for the user.

    ``template`` is the English source text, marked with ``QT_TRANSLATE_NOOP("errors", ...)``
    where it is written, and ``params`` fill its ``{placeholders}``. ``str(error)`` is the
    English message; the UI translates ``template`` first, then formats it.
    """

    def __init__(self, template: str, **params):
        self.template = template
        self.params = params
        super().__init__(self.message())

    def message(self, translate=None) -> str:
        """The message, with ``translate(template)`` applied first when given."""
        text = translate(self.template) if translate else self.template
        try:
            return text.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.template.format(**self.params)


class DatabaseError(SupervisorError):
    """The database cannot be opened or written."""


class DatabaseLocked(DatabaseError):
    """Another program holds a lock on the database file."""


class DatabaseDamaged(DatabaseError):
    """The file is not a readable SQLite database, or it fails its integrity check."""


class NotADatabase(DatabaseDamaged):
    """The file is not a SQLite database at all (its first bytes are something else)."""


class DatabaseReadOnly(DatabaseError):
    """The database was opened read-only (its file or folder cannot be written)."""


class DatabaseTooNew(DatabaseError):
    """The database was written by a newer version of Supervisor."""


class NotASupervisorDatabase(DatabaseError):
    """The file is a database, but not one of ours."""


class DatabaseUnavailable(DatabaseError):
    """The database server cannot be reached (refused, gone away, connection lost)."""


class StorageFull(DatabaseError):
    """The disk is full or the file is read-only: nothing was saved."""


class ValidationError(SupervisorError):
    """Input that breaks a rule of form (empty name, bad date, duplicate code...).

    ``field`` names the offending field when there is one, so a dialog can focus it.
    """

    def __init__(self, template: str, field: str | None = None, **params):
        super().__init__(template, **params)
        self.field = field


class RuleViolation(SupervisorError):
    """An action the procedure rules forbid (e.g. completing a step with missing materials)."""


class NeedsConfirmation(SupervisorError):
    """An action the rules allow only with an explicit, recorded override.

    ``reasons`` lists what the user must accept (e.g. unfinished prerequisites).
    """

    def __init__(self, template: str, reasons: list[str], **params):
        super().__init__(template, **params)
        self.reasons = reasons


class NotFound(SupervisorError):
    """A record named by the user (project code, step code, id) does not exist."""


class Stale(SupervisorError):
    """An undo or redo refused: the records it would put back were changed since."""


class Cancelled(Exception):
    """Long work stopped because the user asked; nothing was written. Not an error to report."""
