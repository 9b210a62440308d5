"""The signed-in person, and the check every write passes through.

``Person.check_flush`` runs in ``supervisor.db.audit``'s ``before_flush`` hook on every record
a write adds, changes or deletes; ``Person.check_table`` on every bulk statement. A refused
write raises ``errors.Refused`` ("NAME (role) may not ...") before anything reaches the
database, and ``Database.write`` rolls the whole transaction back.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from supervisor import errors
from supervisor.accounts.roles import (
    TABLE_PERMISSIONS,
    Permission,
    Role,
    allows,
    role_names,
)
from supervisor.codes import PaymentStatus, RectificationStatus
from supervisor.db.models import Payment, Project, Rectification
from supervisor.db.users import ProjectMember, User
from supervisor.i18n import QT_TRANSLATE_NOOP

_OWN_PASSWORD = {"password_hash", "updated_at", "updated_by"}
_MEMBERS = "supervisor.project_members"


@dataclass(frozen=True)
class Person:
    """Someone signed in to the database at ``url``."""

    user_id: int
    name: str
    display_name: str
    roles: frozenset[Role]
    url: str

    def refusal(self, permission: Permission, **params) -> errors.Refused:
        return errors.Refused(permission.value, self.display_name, role_names(self.roles), **params)

    def require(self, permission: Permission) -> None:
        """Raise ``Refused`` unless one of the person's roles holds ``permission``."""
        if not allows(self.roles, permission):
            raise self.refusal(permission)

    def check_restore(self) -> None:
        """Raise ``Refused`` unless the person may restore a backup (``supervisor.backups``),
        which replaces every record."""
        self.require(Permission.RESTORE)

    def check_table(self, session: Session, table: str) -> None:
        permission = TABLE_PERMISSIONS.get(table, Permission.UNLISTED)
        if not allows(self.roles, permission):
            raise self.refusal(permission, table=table)

    def check_flush(self, session: Session) -> None:
        projects: set[int] = set()
        touched = (*session.new, *session.dirty, *session.deleted)
        # The change log goes with another write: refuse that write by its own name.
        for obj in sorted(touched, key=lambda o: o.__tablename__ == "change_log"):
            if obj in session.dirty and not session.is_modified(obj, include_collections=False):
                continue
            if isinstance(obj, User) and self._own_password(session, obj):
                continue
            self.check_table(session, obj.__tablename__)
            if isinstance(obj, Rectification) and _closes_or_reopens(obj):
                self.require(Permission.CLOSE_RECTIFICATION)
            if isinstance(obj, Payment):
                for permission in _payment_steps(obj):
                    self.require(permission)
            project_id = obj.id if isinstance(obj, Project) else getattr(obj, "project_id", None)
            if project_id is not None:
                projects.add(project_id)
        for project_id in projects:
            self.check_project(session, project_id)

    def _own_password(self, session: Session, user: User) -> bool:
        """A change of nothing but one's own password (anyone may change their own)."""
        if user.id != self.user_id or user in session.new or user in session.deleted:
            return False
        state = inspect(user)
        changed = {attr.key for attr in state.attrs if attr.history.has_changes()}
        return changed <= _OWN_PASSWORD

    def check_project(self, session: Session, project_id: int) -> None:
        """Refuse work on a project that has members when the person is not one of them
        (administrators are never limited)."""
        if Role.ADMINISTRATOR in self.roles:
            return
        cache = session.info.setdefault(_MEMBERS, {})
        if project_id not in cache:
            cache[project_id] = set(
                session.scalars(
                    select(ProjectMember.user_id).where(ProjectMember.project_id == project_id)
                )
            )
        members = cache[project_id]
        if members and self.user_id not in members:
            code = session.scalar(select(Project.code).where(Project.id == project_id)) or project_id
            raise errors.Refused(
                QT_TRANSLATE_NOOP("errors", "{name} ({roles}) may not work on project {code}: "
                                  "only its members may."),
                self.display_name, role_names(self.roles), code=code,
            )


_PAYMENT_STEP = {
    PaymentStatus.CERTIFIED: Permission.CERTIFY_PAYMENT,
    PaymentStatus.AUDITED: Permission.RECORD_PAYMENT,
    PaymentStatus.APPROVED: Permission.APPROVE_PAYMENT,
    PaymentStatus.DISBURSED: Permission.RECORD_PAYMENT,
    PaymentStatus.PUBLISHED: Permission.RECORD_PAYMENT,
}


def _payment_steps(payment: Payment) -> list[Permission]:
    """What moving a payment along its path, or signing off its milestone, needs."""
    state = inspect(payment)
    needed = []
    status = state.attrs.status.history
    if status.has_changes():
        needed += [_PAYMENT_STEP[s] for s in (status.added or ()) if s in _PAYMENT_STEP]
    if state.attrs.signed_off_by.history.has_changes() and payment.signed_off_by:
        needed.append(Permission.SIGN_OFF_MILESTONE)
    return needed


def _closes_or_reopens(rect: Rectification) -> bool:
    history = inspect(rect).attrs.status.history
    closed = RectificationStatus.CLOSED
    if not history.has_changes():
        return False
    return closed in (history.added or ()) or closed in (history.deleted or ())
