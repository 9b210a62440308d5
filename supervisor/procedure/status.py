"""Progress reports of projects, for ``supervisor status`` (text and JSON). The command line adds
each project's money (``supervisor.funds.summary``, a layer above) under "funds"; the text shows
its overdue deadlines with the overdue steps."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from supervisor.db.models import Project
from supervisor.procedure import steps
from supervisor.projects.project import find_project


def _step_json(state: steps.StepState) -> dict:
    step, dates = state.step, state.dates
    return {
        "code": step.code,
        "name": step.name,
        "status": str(step.status),
        "due_date": dates.due.date.isoformat() if dates.due else None,
        "due_date_estimated": bool(dates.due and dates.due.estimated),
        "overdue": dates.overdue,
        "overdue_days": dates.overdue_days,
        "responsible": step.responsible_party,
        "actual_end": step.actual_end.isoformat() if step.actual_end else None,
    }


def project_report(session: Session, project: Project, today: dt.date) -> dict:
    progress = steps.progress(session, project, today)
    return {
        "code": project.code,
        "name": project.name,
        "archived": project.archived,
        "done": progress.done,
        "total": progress.total,
        "overdue": len(progress.overdue),
        "phases": [
            {
                "code": phase.code,
                "name": phase.name,
                "done": phase.done,
                "total": phase.total,
                "steps": [_step_json(s) for s in phase.steps],
            }
            for phase in progress.phases
        ],
    }


def report(session: Session, project_code: str | None = None, today: dt.date | None = None) -> dict:
    """Every project (or the one named), with its phases and steps as of ``today``."""
    today = today or dt.date.today()
    if project_code:
        projects = [find_project(session, project_code)]
    else:
        projects = list(session.scalars(select(Project).order_by(Project.archived, Project.code)))
    return {
        "date": today.isoformat(),
        "projects": [project_report(session, p, today) for p in projects],
    }


def _late(days: int) -> str:
    return f"{days} day{'' if days == 1 else 's'} late"


def format_text(data: dict) -> str:
    lines = []
    for project in data["projects"]:
        flag = " [archived]" if project["archived"] else ""
        lines.append(f"{project['code']}  {project['name']}{flag}  {project['done']}/{project['total']}")
        for phase in project["phases"]:
            lines.append(f"  {phase['code']} {phase['name']}: {phase['done']}/{phase['total']}")
        overdue = [s for phase in project["phases"] for s in phase["steps"] if s["overdue"]]
        money = project.get("funds") or {}
        late_money = [d for d in money.get("deadlines", []) if d["overdue"]]
        if overdue or late_money:
            lines.append(f"  overdue: {len(overdue) + len(late_money)}")
            for step in overdue:
                mark = " (estimated)" if step["due_date_estimated"] else ""
                lines.append(
                    f"    {step['code']:>3} {step['name']}  due {step['due_date']}{mark}, {_late(step['overdue_days'])}"
                )
            for deadline in late_money:  # the final account and settlement, counted from acceptance
                lines.append(f"        {deadline['name']}  due {deadline['due']}, {_late(deadline['overdue_days'])}")
        else:
            lines.append("  overdue: none")
        if money:
            lines.append(f"  funds: budget {money['budget']}, certified {money['certified']}, "
                         f"disbursed {money['disbursed']}, retained {money['retained']}")
        lines.append("")
    if not data["projects"]:
        lines.append("No projects.")
    return "\n".join(lines).rstrip() + "\n"
