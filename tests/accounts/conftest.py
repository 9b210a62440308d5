"""People for the sign-in and role tests: one of each role, added by the administrator."""

from __future__ import annotations

import pytest

from supervisor.accounts import people

PASSWORD = "correct horse 1"

STAFF = {
    "admin": ("管理员甲", ["administrator"]),
    "pm": ("李经理", ["project manager"]),
    "sup": ("张监理", ["supervisor"]),
    "clerk": ("王资料", ["clerk"]),
    "audit": ("赵审计", ["auditor"]),
}


def add_staff(database) -> None:
    """The administrator first (the database is open until then), then the others as them."""
    with database.write() as session:
        people.add_user(session, "admin", PASSWORD, ["administrator"], "管理员甲")
    people.sign_in(database, "admin", PASSWORD)
    with database.write() as session:
        for name, (display, roles) in STAFF.items():
            if name != "admin":
                people.add_user(session, name, PASSWORD, roles, display)
    people.sign_out()


@pytest.fixture
def staff(database):
    """The database with one user of each role (password ``PASSWORD``); nobody signed in."""
    add_staff(database)
    return database


@pytest.fixture
def as_user(staff):
    """Sign in as the named user of ``staff``."""

    def sign(name: str):
        return people.sign_in(staff, name, PASSWORD)

    return sign
