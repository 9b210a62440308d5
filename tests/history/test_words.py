"""A history entry in the words people use: field names, coded values, yes/no, local times,
files and secrets; and a record's entries together with those of the records shown with it."""

from __future__ import annotations

import dataclasses
import datetime as dt

from supervisor.history import fields, reading
from supervisor.history.fields import CHINESE_WORDS, change_lines


def _check(session, project, **changes) -> int:
    from supervisor.site.checks import CheckData, save_check

    data = CheckData(project_id=project, common_area="roof", category="materials", result="problem",
                     description="防水卷材无合格证", inspector="李秀英")
    return save_check(session, None, dataclasses.replace(data, **changes))


def _entry(kind: str, action: str, changes: dict, operation: str = "") -> reading.Entry:
    return reading.Entry(1, dt.datetime(2026, 11, 6, 2, 0), "张监理", kind, "1", "", "#1", None, action,
                         operation, changes)


def test_a_checks_result_changed_reads_old_and_new_by_their_chinese_names(database, project):
    from supervisor.site.checks import check_data, save_check

    with database.write() as session:
        check_id = _check(session, project)
    with database.write() as session:
        data = check_data(session, check_id)
        save_check(session, check_id, dataclasses.replace(data, result="pass", description="已整改"))
    with database.read() as session:
        created, changed = reading.of_record(session, "site_check", check_id)
    assert fields.action_name(changed.action, changed.operation).zh == "修改"
    assert change_lines(changed, CHINESE_WORDS) == ["结论：发现问题 → 合格", "检查情况：防水卷材无合格证 → 已整改"]
    lines = change_lines(created, CHINESE_WORDS)
    assert "公共部位：屋面" in lines and "类别：原材料" in lines and "巡查人：李秀英" in lines
    assert fields.action_name(created.action, created.operation).zh == "新建"


def test_booleans_times_files_and_secrets_read_as_people_expect():
    waived = _entry("step_material", "update", {"waived": [False, True], "waive_reason": [None, "不适用"]})
    assert change_lines(waived, CHINESE_WORDS) == ["免于提供：否 → 是", "免于提供的原因：— → 不适用"]
    stamped = _entry("project_step", "update", {"override_at": [None, "2026-11-06 02:00:00.000000"]})
    local = reading.local_time(dt.datetime(2026, 11, 6, 2, 0))
    assert change_lines(stamped, CHINESE_WORDS) == [f"越序办理时间：— → {local:%Y-%m-%d %H:%M}"]
    entered = _entry("site_check", "update", {"checked_at": ["2026-11-06 09:30:00.000000", "2026-11-06 10:00:00.000000"]})
    assert change_lines(entered, CHINESE_WORDS) == ["巡查时间：2026-11-06 09:30 → 2026-11-06 10:00"]
    replaced = _entry("attachment", "update", {"sha256": ["a" * 64, "b" * 64], "size": [10, 12]})
    assert change_lines(replaced, CHINESE_WORDS) == ["大小（字节）：10 → 12", "文件：文件已更换"]
    password = _entry("users", "update", {"password_hash": ["x" * 64, "y" * 64]})
    assert change_lines(password, CHINESE_WORDS) == ["密码：已更改"]
    hidden = _entry("photo", "update", {"phash": ["1", "2"], "updated_at": ["a", "b"], "check_id": [1, 2]})
    assert change_lines(hidden, CHINESE_WORDS) == []


def test_every_column_a_history_view_can_show_has_a_name():
    unnamed = [(kind, column) for kind, column in fields.shown_columns()
               if fields.field_name(kind, column).zh == column]
    assert unnamed == []


def test_the_chinese_of_every_field_and_kind_is_the_windows_translation(qapp):
    """The ledger's Chinese (the core's) and the window's (the translation) say the same."""
    from PySide6.QtCore import QTranslator

    from supervisor.history import audited
    from supervisor.paths import TRANSLATIONS

    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "supervisor_zh_CN.qm"))
    names = [*fields.COMMON.values(), *fields.ACTIONS.values(), *fields.OPERATIONS.values()]
    differ = [(n.label, n.zh, translator.translate("history", n.label)) for n in names
              if translator.translate("history", n.label) != n.zh]
    differ += [(label, fields.KIND_ZH[kind], translator.translate("history", label))
               for kind, label in audited.KIND_NAMES.items()
               if translator.translate("history", label) != fields.KIND_ZH[kind]]
    assert differ == []


def test_a_rectification_items_history_holds_its_events_and_photos_even_one_removed(database, project):
    from supervisor.site import photos, rectifications
    from tests.conftest import SAMPLE_PHOTOS

    with database.write() as session:
        check_id = _check(session, project)
    with database.write() as session:
        rect_id = rectifications.create_from_check(session, check_id, responsible_party="施工单位").id
    path = next(SAMPLE_PHOTOS.glob("*.jpg"))
    outcome = photos.import_paths(database, [path], project, rectification_id=rect_id, role="before")
    with database.read() as session:
        link_id = photos.photo_rows(session, rectification_id=rect_id)[0].link_id
    with database.write() as session:
        photos.unlink(session, link_id)
    with database.read() as session:
        which = reading.family(session, "rectification", rect_id)
        found = reading.entries(session, which)
        other = reading.entries(session, reading.Filter(kind="site_check"))
    kinds = {(e.kind, e.action) for e in found}
    assert {("rectification", "insert"), ("rectification_event", "insert"), ("photo_link", "insert"),
            ("photo_link", "delete")} <= kinds
    assert not {e.id for e in other} & {e.id for e in found}
    assert [e.id for e in found] == sorted((e.id for e in found), reverse=True)
    assert len(outcome) == 1


def test_filters_by_person_kind_days_project_and_number_text(database, project):
    from tests.history.conftest import bulk_entries

    bulk_entries(database, 3, person="甲", at=dt.datetime(2026, 11, 5, 2, 0), project_id=project)
    bulk_entries(database, 4, person="乙", kind="rectification", at=dt.datetime(2026, 11, 7, 2, 0))
    with database.read() as session:
        assert reading.count(session, reading.Filter(person="甲")) == 3
        assert reading.count(session, reading.Filter(kind="rectification")) == 4
        assert reading.count(session, reading.Filter(person="乙", kind="site_check")) == 0
        assert reading.count(session, reading.Filter(project_id=project, person="甲")) == 3
        day = reading.utc_from_local(reading.local_time(dt.datetime(2026, 11, 7, 2, 0)).date())
        assert reading.count(session, reading.Filter(since=day, until=day + dt.timedelta(days=1))) == 4
        assert reading.count(session, reading.Filter(label_contains="xc-2026-10000")) == 4 + 3 - 0  # all seven
        assert reading.count(session, reading.Filter(label_contains="100001")) == 2
        assert reading.count(session, reading.Filter(label_contains="%")) == 0
