"""Users: adding, listing, changing roles, disabling, passwords, project members, signing in.

A database starts with no users and is open to everyone. The first user added must be an
administrator; from then on every session signs in (``sign_in``), and only an administrator
adds or changes users (the permission check in ``supervisor.accounts.guard`` refuses anyone
else), except that each person may change their own password.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from supervisor import errors
from supervisor.accounts import passwords
from supervisor.accounts.guard import Person
from supervisor.accounts.roles import Role, parse_role, role_names
from supervisor.db import audit
from supervisor.db.models import Project
from supervisor.db.users import ProjectMember, User
from supervisor.i18n import QT_TRANSLATE_NOOP

MIN_PASSWORD = 8


@dataclass(frozen=True)
class UserRow:
    id: int
    name: str
    display_name: str
    roles: tuple[Role, ...]
    disabled: bool


def _invalid(template: str, field: str, **params) -> errors.ValidationError:
    return errors.ValidationError(template, field=field, **params)


def roles_from(values) -> list[Role]:
    """Roles from names (English or Chinese); raises for an unknown one or none at all."""
    roles: list[Role] = []
    for value in values:
        role = value if isinstance(value, Role) else parse_role(str(value))
        if role is None:
            raise _invalid(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Unknown role '{role}': use administrator, project manager, supervisor, "
                    "clerk or auditor.",
                ),
                "roles", role=value,
            )
        if role not in roles:
            roles.append(role)
    if not roles:
        raise _invalid(QT_TRANSLATE_NOOP("errors", "Give the person at least one role."), "roles")
    return [role for role in Role if role in roles]


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise _invalid(
            QT_TRANSLATE_NOOP("errors", "A password needs at least {count} characters."),
            "password", count=MIN_PASSWORD,
        )


def has_users(session: Session) -> bool:
    return session.scalar(select(func.count()).select_from(User)) > 0


def _active_administrators(session: Session) -> list[User]:
    return [
        user for user in session.scalars(select(User).where(User.disabled.is_(False)))
        if Role.ADMINISTRATOR in user.roles
    ]


def get_user(session: Session, name: str) -> User:
    user = session.scalars(select(User).where(User.name == name.strip())).first()
    if user is None:
        raise errors.NotFound(QT_TRANSLATE_NOOP("errors", "There is no user {name}."), name=name)
    return user


def add_user(
    session: Session, name: str, password: str, roles, display_name: str = ""
) -> User:
    """Add a person; the first one must be an administrator."""
    name = name.strip()
    if not name:
        raise _invalid(QT_TRANSLATE_NOOP("errors", "The user's name is empty."), "name")
    wanted = roles_from(roles)
    if not has_users(session) and Role.ADMINISTRATOR not in wanted:
        raise _invalid(
            QT_TRANSLATE_NOOP(
                "errors",
                "The first user must be an administrator (give the role administrator), "
                "so that someone can manage the others.",
            ),
            "roles",
        )
    if session.scalars(select(User.id).where(User.name == name)).first() is not None:
        raise _invalid(QT_TRANSLATE_NOOP("errors", "There is already a user {name}."), "name", name=name)
    _check_password(password)
    user = User(
        name=name,
        display_name=display_name.strip() or name,
        password_hash=passwords.hash_password(password),
        roles=[str(role) for role in wanted],
        disabled=False,
    )
    session.add(user)
    session.flush()
    return user


def list_users(session: Session) -> list[UserRow]:
    return [
        UserRow(u.id, u.name, u.display_name, tuple(Role(r) for r in u.roles), u.disabled)
        for u in session.scalars(select(User).order_by(User.name))
    ]


def _keep_an_administrator(session: Session) -> None:
    session.flush()
    if not _active_administrators(session):
        raise errors.RuleViolation(
            QT_TRANSLATE_NOOP(
                "errors", "This would leave no administrator able to sign in; nothing was changed."
            )
        )


def set_roles(session: Session, name: str, roles) -> User:
    user = get_user(session, name)
    user.roles = [str(role) for role in roles_from(roles)]
    _keep_an_administrator(session)
    return user


def set_display_name(session: Session, name: str, display_name: str) -> User:
    user = get_user(session, name)
    user.display_name = display_name.strip() or user.name
    session.flush()
    return user


def set_disabled(session: Session, name: str, disabled: bool = True) -> User:
    user = get_user(session, name)
    user.disabled = disabled
    _keep_an_administrator(session)
    return user


def set_password(session: Session, name: str, password: str) -> User:
    """A new password (an administrator resets anyone's; everyone may change their own)."""
    _check_password(password)
    user = get_user(session, name)
    user.password_hash = passwords.hash_password(password)
    session.flush()
    return user


def set_members(session: Session, project_id: int, names: list[str]) -> None:
    """Limit the project to these people (none: open to everyone whose roles allow the work)."""
    wanted = {get_user(session, name).id for name in names}
    current = {m.user_id: m for m in session.scalars(
        select(ProjectMember).where(ProjectMember.project_id == project_id))}
    for user_id, member in current.items():
        if user_id not in wanted:
            session.delete(member)
    for user_id in wanted - set(current):
        session.add(ProjectMember(project_id=project_id, user_id=user_id))
    session.flush()


def members(session: Session, project_id: int) -> list[str]:
    return list(session.scalars(
        select(User.name).join(ProjectMember, ProjectMember.user_id == User.id)
        .where(ProjectMember.project_id == project_id).order_by(User.name)
    ))


def project_id_of(session: Session, code: str) -> int:
    project_id = session.scalar(select(Project.id).where(Project.code == code))
    if project_id is None:
        raise errors.NotFound(QT_TRANSLATE_NOOP("errors", "There is no project {code}."), code=code)
    return project_id


# --- signing in ------------------------------------------------------------------------------


_WRONG = QT_TRANSLATE_NOOP("errors", "Wrong name or password for {name}.")


def check_password(database, name: str, password: str) -> Person:
    """The person ``name`` of ``database`` if ``password`` is theirs; raises ``SignInFailed``
    (the same message for an unknown name and a wrong password) or for a disabled account."""
    with database.read() as session:
        user = session.scalars(select(User).where(User.name == name.strip())).first()
        found = user is not None and passwords.verify(user.password_hash, password)
        if not found:
            raise errors.SignInFailed(_WRONG, name=name)
        if user.disabled:
            raise errors.SignInFailed(
                QT_TRANSLATE_NOOP("errors", "The account {name} is disabled; ask an administrator."),
                name=name,
            )
        return Person(
            user_id=user.id, name=user.name, display_name=user.display_name or user.name,
            roles=frozenset(Role(r) for r in user.roles), url=str(database.engine.url),
        )


def database_has_users(database) -> bool:
    with database.read() as session:
        return has_users(session)


def sign_in(database, name: str, password: str) -> Person:
    """Sign ``name`` in: from now on records carry their display name and every write is
    checked against their roles."""
    person = check_password(database, name, password)
    audit.sign_in(person)
    return person


def sign_out() -> None:
    audit.sign_out()


def signed_in() -> Person | None:
    return audit.signed_in()


def require_write(table: str, session: Session | None = None, project_id: int | None = None) -> None:
    """Refuse at once work that would write records of ``table`` (of the project
    ``project_id``) the signed-in person may not change: a long import then stops before it
    starts. The writes themselves are checked anyway."""
    person = audit.signed_in()
    if person is not None:
        person.check_table(session, table)
        if session is not None and project_id is not None:
            person.check_project(session, project_id)


def confirm_password(database, password: str) -> None:
    """Ask again before a weighty act (closing a rectification, completing acceptance): raises
    ``SignInFailed`` unless ``password`` is the signed-in person's. Nobody signed in (a
    database without users): nothing to confirm."""
    person = audit.signed_in()
    if person is not None:
        check_password(database, person.name, password)


def describe(person: Person) -> str:
    """"NAME (roles)" in English (the window translates the role names itself)."""
    return f"{person.display_name} ({', '.join(role_names(person.roles))})"
