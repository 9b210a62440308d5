"""Evidence warnings on a rectification's photos: "after" photos reused from elsewhere or taken
before the notice was issued, found by comparing capture times, file hashes and perceptual
fingerprints of the project's photos."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from supervisor.codes import PhotoRole
from supervisor.db.models import Photo, PhotoLink, Rectification, SiteCheck
from supervisor.i18n import QT_TRANSLATE_NOOP
from supervisor.site.rectifications import get_rectification

PHASH_MAX_DISTANCE = 8  # bits of a perceptual hash that may differ for "looks the same"


@dataclass(frozen=True)
class EvidenceWarning:
    """Something doubtful about an "after" photo of an item.

    ``detail`` is the English message; ``template`` (marked for translation in the context
    "evidence") and ``params`` let the window show it translated.
    """

    kind: str  # "taken_before_notice" | "same_file" | "looks_same"
    photo_id: int
    filename: str
    detail: str
    other: str  # where the other photo is: "ZG-2026-003 before", "site check 2026-05-03 …"
    template: str = ""
    params: tuple[tuple[str, str], ...] = ()
    # ``other`` again, for translation: ``{other}`` in ``template`` is this, translated and filled.
    place_template: str = ""
    place_params: tuple[tuple[str, str], ...] = ()


def _warning(
    kind: str, photo_id: int, filename: str, place: tuple[str, dict] | None, template: str, params: dict
) -> EvidenceWarning:
    place_template, place_params = place or ("", {})
    other = place_template.format(**place_params) if place_template else ""
    values = {k: str(v) for k, v in params.items()}
    if place is not None:
        values["other"] = other
    return EvidenceWarning(
        kind=kind,
        photo_id=photo_id,
        filename=filename,
        detail=template.format(**values),
        other=other,
        template=template,
        params=tuple(values.items()),
        place_template=place_template,
        place_params=tuple((k, str(v)) for k, v in place_params.items()),
    )


_PLACES = {
    "before": QT_TRANSLATE_NOOP("evidence", "{number} before"),
    "after": QT_TRANSLATE_NOOP("evidence", "{number} after"),
}


def _hash_value(hex_hash: str) -> int | None:
    try:
        return int(hex_hash, 16) if hex_hash else None
    except ValueError:
        return None


def _describe_places(session: Session, links: list) -> dict[int, tuple[str, dict]]:
    """Where each photo link is, by link id, as (template, params): "ZG-2026-003 before",
    "site check 2026-05-03 …"."""
    rect_ids = {link.rectification_id for link in links if link.rectification_id is not None}
    check_ids = {link.check_id for link in links if link.check_id is not None}
    numbers = (
        dict(
            session.execute(
                select(Rectification.id, Rectification.number).where(Rectification.id.in_(rect_ids))
            ).all()
        )
        if rect_ids
        else {}
    )
    checks = (
        {
            row.id: row
            for row in session.execute(
                select(SiteCheck.id, SiteCheck.checked_at, SiteCheck.location_text).where(
                    SiteCheck.id.in_(check_ids)
                )
            )
        }
        if check_ids
        else {}
    )
    places = {}
    for link in links:
        if link.rectification_id is not None:
            template = _PLACES.get(link.role, QT_TRANSLATE_NOOP("evidence", "{number}"))
            places[link.id] = (template, {"number": numbers.get(link.rectification_id, "?")})
        elif link.check_id is not None and link.check_id in checks:
            check = checks[link.check_id]
            params = {"date": f"{check.checked_at:%Y-%m-%d}", "location": check.location_text}
            if check.location_text:
                places[link.id] = (QT_TRANSLATE_NOOP("evidence", "site check {date} {location}"), params)
            else:
                places[link.id] = (QT_TRANSLATE_NOOP("evidence", "site check {date}"), params)
        else:
            places[link.id] = (QT_TRANSLATE_NOOP("evidence", "another record"), {})
    return places


def _similar_photos(session: Session, after: list) -> dict[int, list[tuple[int, int]]]:
    """For each "after" photo id: ``(other photo id, differing bits)`` of photos that look alike.

    Reads only the fingerprint index (``photo.phash``), never the photo rows, so it stays quick
    with tens of thousands of photos; which of them belong to the project is decided later.
    """
    wanted = {}
    for link in after:
        value = _hash_value(link.phash)
        if value is not None:
            wanted[link.photo_id] = (value, len(link.phash))
    if not wanted:
        return {}
    lengths = {length for _value, length in wanted.values()}
    similar: dict[int, list[tuple[int, int]]] = {photo_id: [] for photo_id in wanted}
    for photo_id, phash in session.execute(
        select(Photo.id, Photo.phash).where(Photo.phash > "", func.length(Photo.phash).in_(lengths))
    ):
        value = _hash_value(phash)
        if value is None:
            continue
        for after_id, (after_value, length) in wanted.items():
            if photo_id != after_id and len(phash) == length:
                bits = (value ^ after_value).bit_count()
                if bits <= PHASH_MAX_DISTANCE:
                    similar[after_id].append((photo_id, bits))
    return similar


def evidence_warnings(session: Session, rect_id: int) -> list[EvidenceWarning]:
    """Doubts about the item's "after" photos, in the order the photos are shown.

    - ``taken_before_notice``: the capture time is earlier than the notice's issue time;
    - ``same_file``: the same photo (same SHA-256) appears elsewhere in the project, this
      item's own "before" photos included;
    - ``looks_same``: another photo linked elsewhere in the project has a perceptual hash at
      most 8 bits away (this item's other "after" photos are not compared: several shots of
      one repair look alike).
    """
    rect = get_rectification(session, rect_id)
    after = session.execute(
        select(
            PhotoLink.id,
            PhotoLink.photo_id,
            Photo.filename,
            Photo.phash,
            Photo.taken_at,
        )
        .join(Photo, Photo.id == PhotoLink.photo_id)
        .where(PhotoLink.rectification_id == rect.id, PhotoLink.role == PhotoRole.AFTER.value)
        .order_by(PhotoLink.position, PhotoLink.id)
    ).all()
    if not after:
        return []
    after_link_ids = {link.id for link in after}
    similar = _similar_photos(session, after)
    photo_ids = {link.photo_id for link in after}
    photo_ids.update(other for pairs in similar.values() for other, _bits in pairs)
    others = session.execute(
        select(
            PhotoLink.id,
            PhotoLink.photo_id,
            PhotoLink.check_id,
            PhotoLink.rectification_id,
            PhotoLink.role,
            Photo.filename,
        )
        .join(Photo, Photo.id == PhotoLink.photo_id)
        .where(
            PhotoLink.project_id == rect.project_id,
            PhotoLink.photo_id.in_(photo_ids),
            # A photo imported for the project alone (e.g. from the command line) is not on
            # another record: it is no evidence of reuse.
            (PhotoLink.check_id.is_not(None)) | (PhotoLink.rectification_id.is_not(None)),
        )
        .order_by(PhotoLink.id)
    ).all()
    links_of: dict[int, list] = {}
    for other in others:
        links_of.setdefault(other.photo_id, []).append(other)

    found: list[tuple] = []  # (kind, after link, other link or None, template, params)
    for link in after:
        if link.taken_at is not None and link.taken_at < rect.issued_at:
            found.append(
                (
                    "taken_before_notice",
                    link,
                    None,
                    QT_TRANSLATE_NOOP(
                        "evidence", "Taken {taken}, before the notice was issued ({issued})."
                    ),
                    {
                        "taken": f"{link.taken_at:%Y-%m-%d %H:%M}",
                        "issued": f"{rect.issued_at:%Y-%m-%d %H:%M}",
                    },
                )
            )
        for other in links_of.get(link.photo_id, []):
            if other.id == link.id:
                continue
            found.append(
                (
                    "same_file",
                    link,
                    other,
                    QT_TRANSLATE_NOOP("evidence", "The same photo file is also on {other}."),
                    {},
                )
            )
        for other_photo, bits in sorted(similar.get(link.photo_id, []), key=lambda p: (p[1], p[0])):
            for other in links_of.get(other_photo, []):
                if other.id in after_link_ids:
                    continue
                found.append(
                    (
                        "looks_same",
                        link,
                        other,
                        QT_TRANSLATE_NOOP(
                            "evidence",
                            "Looks like {other_file} on {other} ({bits} of {total} "
                            "fingerprint bits differ).",
                        ),
                        {"other_file": other.filename, "bits": bits, "total": len(link.phash) * 4},
                    )
                )
    places = _describe_places(session, [entry[2] for entry in found if entry[2] is not None])
    warnings = []
    for kind, link, other, template, params in found:
        place = places[other.id] if other is not None else None
        warnings.append(_warning(kind, link.photo_id, link.filename, place, template, params))
    return warnings
