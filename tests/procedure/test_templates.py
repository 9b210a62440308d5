"""The default 45-step template and template editing."""

from __future__ import annotations

import copy

import pytest

from supervisor import errors
from supervisor.db.models import ProjectStep
from supervisor.procedure import templates


def test_default_template_has_five_phases_and_45_unique_steps():
    data = templates.load_template_file()
    assert [p["code"] for p in data["phases"]] == ["P1", "P2", "P3", "P4", "P5"]
    codes = [s["code"] for p in data["phases"] for s in p["steps"]]
    assert len(codes) == 45 and len(set(codes)) == 45
    assert [p["name"] for p in data["phases"]] == ["招投标", "开工前准备", "开工建设", "竣工验收", "长效管理"]
    assert all(s["materials"] and s["responsible"] for p in data["phases"] for s in p["steps"])


def test_template_with_duplicate_code_is_refused():
    data = copy.deepcopy(templates.load_template_file())
    data["phases"][1]["steps"][0]["code"] = "1"
    with pytest.raises(errors.ValidationError):
        templates.validate_template_data(data)


def test_template_with_unknown_prerequisite_is_refused():
    data = copy.deepcopy(templates.load_template_file())
    data["phases"][0]["steps"][1]["prerequisites"] = ["99"]
    with pytest.raises(errors.ValidationError):
        templates.validate_template_data(data)


def test_builtin_and_used_templates_cannot_be_edited(database, project):
    with database.write() as session:
        builtin = templates.default_template(session)
        step = builtin.phases[0].steps[0]
        with pytest.raises(errors.RuleViolation):
            templates.update_step(session, builtin, step, templates.StepFields(code="1", name="改名"))
        mine = templates.copy_template(session, builtin, name="本市程序")
        assert templates.is_editable(session, mine)
        from supervisor.procedure.templates import create_project
        from supervisor.projects.project import ProjectData

        create_project(session, ProjectData(code="T-02", name="用副本的项目"), template=mine)
        with pytest.raises(errors.RuleViolation):
            templates.add_material(session, mine, mine.phases[0].steps[0], "新材料")


def test_editing_a_copy_never_changes_a_started_project(database, project):
    with database.write() as session:
        builtin = templates.default_template(session)
        mine = templates.copy_template(session, builtin, name="本市程序")
        first = mine.phases[0].steps[0]
        templates.update_step(session, mine, first, templates.StepFields(code="1", name="居民意愿征询"))
        templates.remove_step(session, mine, mine.phases[4].steps[-1])
        templates.add_material(session, mine, first, "入户走访照片", required=False)
        templates.move_step(session, mine, mine.phases[0].steps[1], -1)
        mine_id = mine.id
    with database.read() as session:
        mine = templates.get_template(session, mine_id)
        assert mine.name == "本市程序" and mine.version == 1
        assert sum(len(p.steps) for p in mine.phases) == 44
        assert [s.code for s in mine.phases[0].steps[:2]] == ["2", "1"]
        assert mine.phases[0].steps[1].name == "居民意愿征询"
        assert [m.name for m in mine.phases[0].steps[1].materials][-1] == "入户走访照片"
        steps = session.query(ProjectStep).filter_by(project_id=project).order_by(ProjectStep.position).all()
        assert len(steps) == 45
        assert steps[0].name == "改造意愿征询（第一轮）"
