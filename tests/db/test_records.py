"""Records as values for undo: a change recorded, put back and done again exactly, with the
links that named its records; a later change shows; a record gone makes a put-back fail."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from supervisor.db import records
from supervisor.db.engine import open_database
from supervisor.db.models import Opinion, PhotoLink, Rectification, SiteCheck, SupervisionIssue
from supervisor.db.records import CREATED, part
from supervisor.projects import places
from supervisor.projects.project import get_project
from supervisor.residents import opinions, supervision_days
from supervisor.residents.opinions import OpinionData
from supervisor.residents.supervision_days import DayData, IssueData
from supervisor.site import checks, rectifications
from supervisor.site.checks import CheckData


def new_check(project: int, description: str = "外墙空鼓") -> CheckData:
    return CheckData(project_id=project, result="problem", description=description, inspector="李秀英",
                     checked_at=dt.datetime(2026, 3, 5, 10, 0))


def a_project_link(database, project: int) -> int:
    """A photo link to the project alone (a photo imported while a check is typed)."""
    from supervisor.db.models import Photo, PhotoBlob

    with database.write() as session:
        photo = Photo(sha256="a" * 64, filename="a.jpg", size=1, media_type="image/jpeg", width=1, height=1,
                      thumbnail=b"t")
        session.add(photo)
        session.flush()
        session.add(PhotoBlob(photo_id=photo.id, original=b"o", preview=b"p"))
        link = PhotoLink(photo_id=photo.id, project_id=project)
        session.add(link)
        session.flush()
        return link.id


def check_parts(link_id):
    return lambda check_id: [
        part(SiteCheck, SiteCheck.id == check_id, links=CREATED),
        part(PhotoLink, PhotoLink.id == link_id),
    ]


def test_a_new_check_is_put_back_and_done_again_with_its_id_and_photo(db_path, database, project):
    link_id = a_project_link(database, project)
    with database.write() as session:
        change, check_id = records.record_change(
            session, check_parts(link_id), lambda s: checks.save_check(s, None, new_check(project), [link_id]))
    with database.read() as session:
        made = session.get(SiteCheck, check_id)
        uuid, created_at = made.uuid, made.created_at
    with database.write() as session:
        assert records.snapshot(session, list(change.parts)) == change.after
        assert records.restore(session, list(change.parts), change.before)
    with database.read() as session:
        assert session.get(SiteCheck, check_id) is None
        link = session.get(PhotoLink, link_id)
        assert (link.check_id, link.project_id) == (None, project)  # back with the project alone
        assert records.snapshot(session, list(change.parts)) == change.before
    with database.write() as session:
        assert records.restore(session, list(change.parts), change.after)
    database.close()
    reopened = open_database(db_path, create=False)
    try:
        with reopened.read() as session:
            again = session.get(SiteCheck, check_id)
            assert (again.uuid, again.created_at, again.description) == (uuid, created_at, "外墙空鼓")
            assert session.get(PhotoLink, link_id).check_id == check_id
            # the full-text index followed (its triggers run on the statements restore makes)
            found = checks.list_checks(session, checks.CheckFilter(project_id=project, search="外墙空鼓"))
            assert [r.id for r in found] == [check_id]
    finally:
        reopened.close()


def test_a_later_edit_or_link_shows_in_the_snapshot(database, project):
    with database.write() as session:
        change, check_id = records.record_change(
            session, check_parts(None), lambda s: checks.save_check(s, None, new_check(project)))
    with database.write() as session:
        rect = rectifications.create_from_check(session, check_id, responsible_party="施工单位")
        rect_id = rect.id
    with database.read() as session:
        assert records.snapshot(session, list(change.parts)) != change.after  # a rectification names it
    with database.write() as session:
        session.delete(session.get(Rectification, rect_id))
    with database.read() as session:
        assert records.snapshot(session, list(change.parts)) == change.after
    with database.write() as session:
        checks.update_check(session, check_id, new_check(project, "外墙空鼓，已标记"))
    with database.read() as session:
        assert records.snapshot(session, list(change.parts)) != change.after  # edited since


def opinion_from_an_issue(database, project):
    with database.write() as session:
        compound = places.add_compound(session, get_project(session, project), places.CompoundData("幸福里小区"))
        day = supervision_days.save_day(session, DayData(
            project_id=project, held_on=dt.date(2026, 3, 2), compound_id=compound.id,
            issues=[IssueData(content="楼道灯不亮", raised_by="王大爷")]))
        issue_id = day.issues[0].id
        opinion_id = supervision_days.issue_to_opinion(session, issue_id).id
        return compound.id, issue_id, opinion_id


def test_a_removed_record_comes_back_with_the_links_that_named_it(database, project):
    _compound_id, issue_id, opinion_id = opinion_from_an_issue(database, project)
    parts = [part(Opinion, Opinion.id == opinion_id)]
    with database.write() as session:
        change, _ = records.record_change(
            session, lambda _r: parts, lambda s: opinions.remove_opinion(s, opinions.get_opinion(s, opinion_id)))
    with database.read() as session:
        assert session.get(SupervisionIssue, issue_id).opinion_id is None
    with database.write() as session:
        assert records.restore(session, parts, change.before)
    with database.read() as session:
        assert session.get(Opinion, opinion_id).content == "楼道灯不亮"
        assert session.get(SupervisionIssue, issue_id).opinion_id == opinion_id


def test_a_record_cannot_come_back_once_what_it_belongs_to_is_gone(database, project):
    compound_id, _issue_id, opinion_id = opinion_from_an_issue(database, project)
    parts = [part(Opinion, Opinion.id == opinion_id)]
    with database.write() as session:
        change, _ = records.record_change(
            session, lambda _r: parts, lambda s: opinions.remove_opinion(s, opinions.get_opinion(s, opinion_id)))
    with database.write() as session:
        places.remove_compound(session, places.get_compound(session, compound_id))
    with database.write() as session:
        assert records.snapshot(session, parts) == change.after  # nothing names the opinion...
        assert not records.restore(session, parts, change.before)  # ...but its compound is gone
        session.rollback()
    with database.read() as session:
        assert session.scalars(select(Opinion)).all() == []


def test_opinion_data_is_unchanged_by_a_round_trip(database, project):
    """Values of every kind (dates, text, None) come back equal."""
    compound_id, _issue_id, opinion_id = opinion_from_an_issue(database, project)
    with database.write() as session:
        change, _ = records.record_change(
            session, lambda _r: [part(Opinion, Opinion.id == opinion_id)],
            lambda s: opinions.update_opinion(s, opinions.get_opinion(s, opinion_id), OpinionData(
                project_id=project, compound_id=compound_id, content="楼道灯不亮（已修）",
                received_on=dt.date(2026, 3, 2), person="王大爷")))
    with database.write() as session:
        assert records.restore(session, list(change.parts), change.before)
    with database.read() as session:
        assert records.snapshot(session, list(change.parts)) == change.before
        assert session.get(Opinion, opinion_id).content == "楼道灯不亮"
