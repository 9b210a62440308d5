"""Errors the user may see, each carrying a message fit to show in a dialog or a terminal.

Code below the UI raises these; the UI and the command line catch ``SupervisorError`` and show
``str(error)``. Anything else that escapes is a bug.
"""

from supervisor.i18n import QT_TRANSLATE_NOOP

ROLE_SEPARATOR = QT_TRANSLATE_NOOP("errors", ", ")
"""Between role names in messages (Chinese: 、)."""


class Term(str):
    """A parameter that is itself a source text of the "errors" context (a status, an action),
    translated with the template so that no message mixes two languages."""


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
        params = {
            name: translate(value) if translate and isinstance(value, Term) else value
            for name, value in self.params.items()
        }
        try:
            return text.format(**params)
        except (KeyError, IndexError, ValueError):
            return self.template.format(**self.params)


class EditConflict(SupervisorError):
    """Someone else saved the record after this edit began: saving it would overwrite theirs.

    ``differences`` lists ``(label, stored, yours)`` for each field where the stored record and
    the edit differ (labels are translatable source texts of the "fields" context); the message
    shows them below its sentence, so both values can be compared before re-applying.
    """

    def __init__(self, template: str, differences: list[tuple[str, str, str]], **params):
        self.differences = differences
        super().__init__(template, **params)

    def message(self, translate=None) -> str:
        text = super().message(translate)
        if not self.differences:
            return text
        label = translate or (lambda source: source)
        lines = [
            f"{label(name)}: {stored or '—'} → {yours or '—'}" for name, stored, yours in self.differences
        ]
        return text + "\n\n" + "\n".join(lines)


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


class NotSignedIn(SupervisorError):
    """A write to a database that has users, by nobody signed in to it."""


class SignInFailed(SupervisorError):
    """A wrong name or password, or a disabled account."""


class Refused(SupervisorError):
    """An action the signed-in person's roles do not allow: "NAME (role) may not ...".

    ``roles`` holds the English role names; ``message`` translates them with the template, so the
    whole sentence is in the window's language."""

    def __init__(self, template: str, name: str, roles: list[str], **params):
        self.roles = list(roles)
        super().__init__(template, name=name, **params)

    def message(self, translate=None) -> str:
        apply = translate or (lambda text: text)
        roles = apply(ROLE_SEPARATOR).join(apply(role) for role in self.roles)
        text = apply(self.template)
        try:
            return text.format(roles=roles, **self.params)
        except (KeyError, IndexError, ValueError):
            return self.template.format(roles=roles, **self.params)


class Cancelled(Exception):
    """Long work stopped because the user asked; nothing was written. Not an error to report."""
