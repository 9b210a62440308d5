"""People named on records (managers, supervisors, contractors' contacts), kept once for every
project (Tools → People)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from supervisor import errors
from supervisor.db.models import Person
from supervisor.i18n import QT_TRANSLATE_NOOP
from supervisor.projects.project import PHONE_PATTERN


def list_people(session: Session) -> list[Person]:
    return list(session.scalars(select(Person).order_by(Person.name)))


def add_person(session: Session, name: str, role: str = "", organisation: str = "", phone: str = "") -> Person:
    if not name.strip():
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "A person needs a name."), field="name"
        )
    if phone.strip() and not PHONE_PATTERN.match(phone.strip()):
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "The phone number {phone} is not valid."),
            field="phone",
            phone=phone,
        )
    person = Person(
        name=name.strip(), role=role.strip(), organisation=organisation.strip(), phone=phone.strip()
    )
    session.add(person)
    session.flush()
    return person


@dataclass(frozen=True)
class PersonRow:
    id: int
    name: str
    role: str
    organisation: str
    phone: str


def person_rows(session: Session) -> list[PersonRow]:
    return [PersonRow(p.id, p.name, p.role, p.organisation, p.phone) for p in list_people(session)]


def update_person(session: Session, person_id: int, name: str, role: str, organisation: str, phone: str) -> None:
    person = session.get(Person, person_id)
    if person is None:
        raise errors.NotFound(QT_TRANSLATE_NOOP("errors", "The person no longer exists."))
    if not name.strip():
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "A person needs a name."), field="name"
        )
    if phone.strip() and not PHONE_PATTERN.match(phone.strip()):
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "The phone number {phone} is not valid."),
            field="phone",
            phone=phone,
        )
    person.name, person.role = name.strip(), role.strip()
    person.organisation, person.phone = organisation.strip(), phone.strip()
