"""Sign-in and roles in the core: every write passes the signed-in person's check."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, update

from supervisor import errors
from supervisor.accounts import passwords, people
from supervisor.accounts.roles import TABLE_PERMISSIONS
from supervisor.db.engine import open_database
from supervisor.db.models import Base, ChangeLog, Project, Rectification
from supervisor.db.users import User
from supervisor.projects.places import CompoundData, add_compound
from supervisor.projects.project import get_project, project_data, update_project
from supervisor.site import rectifications
from supervisor.site.rectifications import RectificationData
from tests.accounts.conftest import PASSWORD


def project_name(database, project_id) -> str:
    with database.read() as session:
        return get_project(session, project_id).name


def rename(database, project_id, name: str) -> None:
    with database.write() as session:
        p = get_project(session, project_id)
        data = project_data(p)
        data.name = name
        update_project(session, p, data)


def issue(database, project_id) -> int:
    with database.write() as session:
        compound = add_compound(session, get_project(session, project_id), CompoundData("幸福里小区"))
        compound_id = compound.id
    return compound_id


def new_item(database, project_id, compound_id) -> int:
    with database.write() as session:
        return rectifications.create(session, RectificationData(
            project_id=project_id, compound_id=compound_id, location_text="1号楼 屋面",
            category="workmanship", responsible_party="城建三公司", problem="防水搭接不足",
            requirement="重新搭接", basis="GB 50207", issued_at=dt.datetime(2026, 3, 10, 9, 0),
        )).id


def test_a_database_without_users_is_open(database, project):
    rename(database, project, "开放的片区")
    assert project_name(database, project) == "开放的片区"
    with database.read() as session:
        assert get_project(session, project).updated_by == "tester"  # the OS name, as before


def test_once_users_exist_nobody_signed_in_changes_nothing(staff, project):
    with pytest.raises(errors.NotSignedIn, match="sign in"):
        rename(staff, project, "无人签名")
    assert project_name(staff, project) == "测试片区"


def test_the_first_user_must_be_an_administrator(database):
    with pytest.raises(errors.ValidationError, match="first user must be an administrator"):
        with database.write() as session:
            people.add_user(session, "pm", PASSWORD, ["project manager"])
    with database.read() as session:
        assert people.list_users(session) == []


def test_only_an_administrator_adds_users(staff, as_user):
    as_user("pm")
    with pytest.raises(errors.Refused, match=r"^李经理 \(project manager\) may not manage users\.$"):
        with staff.write() as session:
            people.add_user(session, "newbie", PASSWORD, ["clerk"])
    as_user("admin")
    with staff.write() as session:
        people.add_user(session, "newbie", PASSWORD, ["clerk", "supervisor"], "新人")
    with staff.read() as session:
        row = next(r for r in people.list_users(session) if r.name == "newbie")
    assert [str(r) for r in row.roles] == ["supervisor", "clerk"] and row.display_name == "新人"


def test_an_auditors_write_is_refused(staff, project, as_user):
    as_user("audit")
    with pytest.raises(errors.Refused) as refused:
        rename(staff, project, "审计改名")
    assert str(refused.value) == "赵审计 (auditor) may not change projects, compounds or procedure steps."
    assert project_name(staff, project) == "测试片区"
    with staff.read() as session:  # nothing else was written either
        assert session.scalar(select(ChangeLog).where(ChangeLog.user == "赵审计")) is None


def test_an_auditor_reads(staff, project, as_user):
    as_user("audit")
    assert project_name(staff, project) == "测试片区"


def test_a_supervisor_cannot_edit_a_project(staff, project, as_user):
    as_user("sup")
    with pytest.raises(errors.Refused, match=r"张监理 \(supervisor\) may not change projects"):
        rename(staff, project, "监理改名")
    assert project_name(staff, project) == "测试片区"


def test_a_project_manager_edits_a_project_under_their_name(staff, project, as_user):
    as_user("pm")
    rename(staff, project, "经理改名")
    with staff.read() as session:
        p = get_project(session, project)
        assert (p.name, p.updated_by) == ("经理改名", "李经理")


def test_a_bulk_statement_is_checked_too(staff, project, as_user):
    as_user("clerk")
    with pytest.raises(errors.Refused, match="王资料 \\(clerk\\)"):
        with staff.write() as session:
            session.execute(update(Project).values(name="批量"))
    assert project_name(staff, project) == "测试片区"


def test_a_clerk_cannot_close_a_rectification_a_supervisor_can(staff, project, as_user):
    as_user("pm")
    compound = issue(staff, project)
    as_user("sup")
    rect_id = new_item(staff, project, compound)
    as_user("clerk")  # the clerk enters the contractor's reply
    with staff.write() as session:
        rectifications.reply(session, rect_id, "已重新搭接")
    with pytest.raises(errors.Refused, match=r"^王资料 \(clerk\) may not close or reopen rectification items\.$"):
        with staff.write() as session:
            rectifications.recheck(session, rect_id, True, "复查合格")
    with staff.read() as session:
        assert session.get(Rectification, rect_id).status == "replied"
    as_user("sup")
    with staff.write() as session:
        rectifications.recheck(session, rect_id, True, "复查合格")
    with staff.read() as session:
        rect = session.get(Rectification, rect_id)
        assert (rect.status, rect.issued_by, rect.replied_by, rect.rechecked_by) == (
            "closed", "张监理", "王资料", "张监理")


def test_a_project_with_members_is_limited_to_them(staff, project, as_user):
    as_user("admin")
    with staff.write() as session:
        people.add_user(session, "pm2", PASSWORD, ["project manager"], "周经理")
        people.set_members(session, project, ["pm2"])
    as_user("pm")
    with pytest.raises(errors.Refused, match=r"李经理 \(project manager\) may not work on project T-01"):
        rename(staff, project, "非成员")
    as_user("pm2")
    rename(staff, project, "成员改名")
    assert project_name(staff, project) == "成员改名"


def test_people_change_their_own_password_only(staff, as_user):
    as_user("clerk")
    with staff.write() as session:
        people.set_password(session, "clerk", "a new secret 2")
    with pytest.raises(errors.Refused, match="may not manage users"):
        with staff.write() as session:
            people.set_password(session, "sup", "a new secret 2")
    with pytest.raises(errors.Refused, match="may not manage users"):  # nor their roles
        with staff.write() as session:
            people.set_roles(session, "clerk", ["administrator"])
    people.sign_out()
    with pytest.raises(errors.SignInFailed, match="Wrong name or password for clerk"):
        people.sign_in(staff, "clerk", PASSWORD)
    assert people.sign_in(staff, "clerk", "a new secret 2").display_name == "王资料"


def test_a_disabled_account_cannot_sign_in_and_an_administrator_stays(staff, as_user):
    as_user("admin")
    with staff.write() as session:
        people.set_disabled(session, "sup")
    with pytest.raises(errors.RuleViolation, match="no administrator"):
        with staff.write() as session:
            people.set_disabled(session, "admin")
    with pytest.raises(errors.SignInFailed, match="disabled"):
        people.sign_in(staff, "sup", PASSWORD)


@pytest.mark.sqlite_only  # it also reads the database files for the password in clear
def test_passwords_are_stored_as_argon2id_hashes_only(staff, db_path):
    with staff.read() as session:
        stored = session.scalars(select(User.password_hash)).all()
    assert all(h.startswith("$argon2id$v=19$m=19456,t=2,p=1$") for h in stored)
    assert len(set(stored)) == len(stored)  # salted: one password, different hashes
    assert not passwords.needs_rehash(stored[0])
    staff.close()
    for path in db_path.parent.glob(db_path.name + "*"):
        assert PASSWORD.encode() not in path.read_bytes()


def test_signing_in_to_one_database_does_not_open_another(staff, tmp_path, as_user):
    as_user("audit")
    other = open_database(tmp_path / "other.sqlite")  # no users: open, under the person's name
    try:
        with other.write() as session:
            people.add_user(session, "boss", PASSWORD, ["administrator"])
    finally:
        other.close()


def test_every_table_is_in_the_permission_map():
    assert sorted(set(Base.metadata.tables) - set(TABLE_PERMISSIONS)) == []
    assert sorted(set(TABLE_PERMISSIONS) - set(Base.metadata.tables)) == []
