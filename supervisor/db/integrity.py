"""Integrity checks of storage for ``supervisor check``: the database file, references and stored
files. The features add their own findings (``supervisor.procedure.gates.consent_problems``);
the command runs them all."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlalchemy import select

from supervisor.db.engine import Database
from supervisor.db.models import Attachment, AttachmentBlob, Project, ProjectStep, TemplateStep


@dataclass(frozen=True)
class Problem:
    kind: str
    detail: str

    def __str__(self) -> str:
        return f"{self.kind}: {self.detail}"


def check(database: Database) -> list[Problem]:
    """Every problem found; an empty list means the database is sound."""
    problems: list[Problem] = []
    with database.engine.connect() as connection:
        if database.is_sqlite:
            for (result,) in connection.exec_driver_sql("PRAGMA integrity_check"):
                if result != "ok":
                    problems.append(Problem("integrity", result))
            for row in connection.exec_driver_sql("PRAGMA foreign_key_check"):
                problems.append(
                    Problem("foreign key", f"{row[0]} row {row[1]} refers to a missing {row[2]}")
                )
    with database.read() as session:
        orphans = session.execute(
            select(Project.code, ProjectStep.code, ProjectStep.name)
            .join(Project, Project.id == ProjectStep.project_id)
            .outerjoin(TemplateStep, TemplateStep.id == ProjectStep.template_step_id)
            .where(TemplateStep.id.is_(None))
            .order_by(Project.code, ProjectStep.position)
        )
        for project_code, step_code, name in orphans:
            problems.append(
                Problem("step without template", f"project {project_code} step {step_code} {name}")
            )
        rows = session.execute(
            select(Attachment.id, Attachment.filename, Attachment.sha256, Attachment.size)
        ).all()
        for attachment_id, filename, sha256, size in rows:
            data = session.scalar(
                select(AttachmentBlob.data).where(AttachmentBlob.attachment_id == attachment_id)
            )
            if data is None:
                problems.append(Problem("file missing", f"{filename} (attachment {attachment_id})"))
            elif hashlib.sha256(data).hexdigest() != sha256 or len(data) != size:
                problems.append(
                    Problem("file changed", f"{filename} (attachment {attachment_id}): SHA-256 differs")
                )
    return problems
