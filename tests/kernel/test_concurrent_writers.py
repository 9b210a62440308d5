"""Several laptops writing to one server at once (separate processes, each its own connection):
every acknowledged row is there, numbers are unique, and no edit silently overwrites another."""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pytest
from sqlalchemy import func, select

from supervisor.db.models import Photo, PhotoLink, Rectification
from tests.conftest import REPO, step_by_code

pytestmark = pytest.mark.postgresql_only

WORKERS = 4
ITEMS = 8
PHOTOS = 3

WORKER = r'''
import io, json, sys, time
from pathlib import Path
from PIL import Image
from supervisor import errors
from supervisor.db.audit import set_current_user
from supervisor.db.engine import open_database
from supervisor.procedure import steps
from supervisor.site import photos, rectifications
from supervisor.site.rectifications import RectificationData

url, worker, project_id, folder, go = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), Path(sys.argv[4]), Path(sys.argv[5])
set_current_user(f"工作站{worker}")
database = open_database(url)
with database.read() as session:  # the step as each one's form shows it before anyone saves
    from sqlalchemy import select
    from supervisor.db.models import ProjectStep
    step_id = session.scalar(select(ProjectStep.id).where(ProjectStep.project_id == project_id, ProjectStep.code == "26"))
    edit = steps.current_edit(session.get(ProjectStep, step_id))
paths = []
for number in range(%(photos)d):
    picture = Image.effect_noise((320, 240), 20 + worker * 10 + number).convert("RGB")
    out = io.BytesIO(); picture.save(out, "JPEG", quality=80)
    path = folder / f"w{worker}_{number}.jpg"; path.write_bytes(out.getvalue()); paths.append(path)
(folder / f"ready{worker}").touch()  # form read: waiting for the others
while not go.exists():
    time.sleep(0.01)
numbers = []
for number in range(%(items)d):
    with database.write() as session:
        numbers.append(rectifications.create(session, RectificationData(
            project_id=project_id, problem=f"工作站{worker} 问题{number}", responsible_party="城建第三工程有限公司")).number)
imported = [o.photo_id for o in photos.import_paths(database, paths, project_id) if o.status == "imported"]
edit.notes = f"工作站{worker} 的备注"
try:
    with database.write() as session:
        steps.update_step(session, session.get(ProjectStep, step_id), edit)
    saved = True
except errors.EditConflict:
    saved = False
database.close()
print(json.dumps({"numbers": numbers, "photos": imported, "saved": saved, "notes": edit.notes}))
''' % {"photos": PHOTOS, "items": ITEMS}


def test_writers_at_once_lose_nothing_and_overwrite_nobody(db_path, database, project, tmp_path):
    go = tmp_path / "go"
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, str(db_path), str(n), str(project), str(tmp_path), str(go)],
            cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        for n in range(WORKERS)
    ]
    deadline = time.monotonic() + 120
    while not all((tmp_path / f"ready{n}").exists() for n in range(WORKERS)):  # all hold their forms
        assert time.monotonic() < deadline and all(w.poll() is None for w in workers)
        time.sleep(0.05)
    go.touch()
    results = []
    for worker in workers:
        out, err = worker.communicate(timeout=300)
        assert worker.returncode == 0, err[-3000:]
        results.append(json.loads(out.splitlines()[-1]))

    numbers = [n for r in results for n in r["numbers"]]
    assert len(set(numbers)) == len(numbers) == WORKERS * ITEMS  # every acknowledged item, each its own number
    year = numbers[0].split("-")[1]
    assert sorted(numbers, key=lambda n: int(n.rsplit("-", 1)[1])) == [
        f"ZG-{year}-{n:03d}" for n in range(1, WORKERS * ITEMS + 1)
    ]
    photo_ids = {p for r in results for p in r["photos"]}
    assert len(photo_ids) == WORKERS * PHOTOS
    with database.read() as session:
        assert session.scalar(select(func.count()).select_from(Rectification)) == WORKERS * ITEMS
        assert set(session.scalars(select(Rectification.number))) == set(numbers)
        assert set(session.scalars(select(Photo.id))) == photo_ids
        assert session.scalar(select(func.count()).select_from(PhotoLink)) == WORKERS * PHOTOS
        notes = step_by_code(session, project, "26").notes
    saved = [r for r in results if r["saved"]]
    assert len(saved) == 1 and notes == saved[0]["notes"]  # one edit won; the others were told
