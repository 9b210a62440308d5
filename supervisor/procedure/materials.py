"""A step's materials (所需材料): provided, waived with a reason, or attached as files kept in
the database (originals and their SHA-256, read back only when asked for)."""

from __future__ import annotations

import hashlib
import mimetypes
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from supervisor import errors
from supervisor.db.audit import log_change
from supervisor.db.models import Attachment, AttachmentBlob, StepMaterial
from supervisor.i18n import QT_TRANSLATE_NOOP

MAX_ATTACHMENT_BYTES = 200 * 1024 * 1024


def get_material(session: Session, material_id: int) -> StepMaterial:
    material = session.get(StepMaterial, material_id)
    if material is None:
        raise errors.NotFound(QT_TRANSLATE_NOOP("errors", "The material no longer exists."))
    return material


@dataclass(frozen=True)
class MaterialState:
    """What a user can change on a material besides its files, to put it back (undo)."""

    provided: bool
    waived: bool
    waive_reason: str


def material_state(material: StepMaterial) -> MaterialState:
    return MaterialState(material.provided, material.waived, material.waive_reason)


def restore_material(session: Session, material: StepMaterial, state: MaterialState) -> None:
    material.provided, material.waived, material.waive_reason = (
        state.provided, state.waived, state.waive_reason
    )
    log_change(session, material, "material.restore", provided=state.provided, waived=state.waived)


def set_provided(session: Session, material: StepMaterial, provided: bool) -> None:
    material.provided = provided
    if provided:
        material.waived = False
        material.waive_reason = ""


def waive(session: Session, material: StepMaterial, reason: str) -> None:
    if not reason.strip():
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "Give a reason for waiving {material}."),
            field="reason",
            material=material.name,
        )
    material.waived = True
    material.waive_reason = reason.strip()
    log_change(session, material, "material.waive", reason=material.waive_reason)


def unwaive(session: Session, material: StepMaterial) -> None:
    material.waived = False
    material.waive_reason = ""


def read_file_for_attachment(path: Path) -> bytes:
    """The bytes of a file the user chose, or a ``ValidationError`` saying why not."""
    try:
        size = path.stat().st_size
        if size > MAX_ATTACHMENT_BYTES:
            raise errors.ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "{file} is larger than {limit} MB and was not attached."
                ),
                file=path.name,
                limit=MAX_ATTACHMENT_BYTES // (1024 * 1024),
            )
        return path.read_bytes()
    except IsADirectoryError as error:
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "{file} is a folder, not a file."), file=path.name
        ) from error
    except OSError as error:
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "{file} cannot be read: {detail}"),
            file=path.name,
            detail=error.strerror or str(error),
        ) from error


def attach(session: Session, material: StepMaterial, filename: str, data: bytes) -> Attachment:
    """Store a file on a material (bytes in the database) and mark the material provided."""
    if not filename.strip():
        raise errors.ValidationError(QT_TRANSLATE_NOOP("errors", "The file needs a name."))
    media_type = mimetypes.guess_type(filename)[0] or "application/octet-stream"
    attachment = Attachment(
        filename=filename,
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        media_type=media_type,
    )
    attachment.blob = AttachmentBlob(data=data)
    material.attachments.append(attachment)
    set_provided(session, material, True)
    session.flush()
    log_change(session, attachment, "attachment.add", filename=filename, sha256=attachment.sha256)
    return attachment


def attachment_bytes(session: Session, attachment_id: int) -> tuple[str, bytes]:
    row = session.execute(
        select(Attachment.filename, AttachmentBlob.data)
        .join(AttachmentBlob, AttachmentBlob.attachment_id == Attachment.id)
        .where(Attachment.id == attachment_id)
    ).first()
    if row is None:
        raise errors.NotFound(QT_TRANSLATE_NOOP("errors", "The attachment no longer exists."))
    return row[0], row[1]


def attachment_material_id(session: Session, attachment_id: int) -> int:
    attachment = session.get(Attachment, attachment_id)
    if attachment is None:
        raise errors.NotFound(QT_TRANSLATE_NOOP("errors", "The attachment no longer exists."))
    return attachment.material_id


def remove_attachment(session: Session, attachment_id: int) -> None:
    attachment = session.get(Attachment, attachment_id)
    if attachment is None:
        raise errors.NotFound(QT_TRANSLATE_NOOP("errors", "The attachment no longer exists."))
    material = attachment.material
    log_change(session, attachment, "attachment.remove", filename=attachment.filename)
    material.attachments.remove(attachment)
    session.flush()
    if not material.attachments:
        material.provided = False
