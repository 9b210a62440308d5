"""The tables of people who sign in: ``users`` and the project members that limit who works on
a project. What they mean (roles, passwords, signing in, the permission check) belongs to
``supervisor.accounts``; here is only their shape, kept beside the other tables of
``supervisor.db.models`` (which imports this module at its end)."""

from sqlalchemy import JSON, Boolean, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from supervisor.db.models import Base, Tracked


class User(Tracked, Base):
    """Someone who signs in: a name, the name shown on records, an argon2id password hash (never
    the password), the roles held (several allowed) and whether the account is disabled."""

    __tablename__ = "users"

    name: Mapped[str] = mapped_column(String(100), unique=True)
    display_name: Mapped[str] = mapped_column(String(100), default="")
    password_hash: Mapped[str] = mapped_column(String(200))
    roles: Mapped[list] = mapped_column(JSON, default=list)
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)


class ProjectMember(Tracked, Base):
    """A person allowed to work on a project. A project with no members is open to everyone
    whose roles allow the work; one with members only to them."""

    __tablename__ = "project_member"
    __table_args__ = (UniqueConstraint("project_id", "user_id"),)

    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
