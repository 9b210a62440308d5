"""Photo import: ``photos.import_paths`` per photo against a bare Pillow thumbnail loop.

Sixty 2000×1500 JPEGs (shapes, gradients and sensor-like noise, about 0.8 MB each at quality
90, with EXIF: orientation 1/3/6/8, capture time, camera, GPS) are written to a temporary
folder: twelve pictures, each saved five times with different EXIF, so every file has its own
bytes and is fully imported. Each round times, on the same files:

- the baseline: a bare loop that opens each file with Pillow, asks for draft mode, makes a
  256 px thumbnail and saves it as JPEG into memory;
- the import: ``import_paths`` into a fresh database file (created before the clock starts):
  read, SHA-256, decode (at the smallest scale that still gives a preview of at least 1000 px),
  EXIF, upright preview and 256 px thumbnail, phash, and the original, preview and thumbnail
  stored, those analysed together in one transaction (``photos.GROUP_SECONDS``);
- the same import restricted to one analysing thread (reported without a target, to show
  what the thread pool adds on this machine).

They alternate for three rounds; the best round of each is kept. A warm-up import first loads
what a running application would already have loaded (Pillow, pillow-heif). The same
is then measured on twelve 12 MP (4032×3024) phone-size photos, reported without a target.
"""

from __future__ import annotations

import io
import itertools
import math
import os
import random
import sys
import tempfile
import time
from pathlib import Path

COUNT = 60
SIZE = (2000, 1500)
SCENES = 12  # pictures; each is saved several times with different EXIF (different bytes)
LARGE_COUNT = 12
LARGE_SIZE = (4032, 3024)  # a 12 MP phone photo
LARGE_SCENES = 3
ROUNDS = 3

_databases = itertools.count()


def make_scene(index: int, size: tuple[int, int]):
    """Pixels that compress like a camera photo's: shapes, gradients and sensor-like noise."""
    from PIL import Image, ImageDraw, ImageFilter

    rnd = random.Random(index)
    width, height = size
    gradient = Image.linear_gradient("L").resize(size)
    radial = Image.radial_gradient("L").resize(size)
    red = gradient.rotate(rnd.choice([0, 90, 180, 270]), expand=False)
    scene = Image.merge("RGB", (red, radial, gradient.transpose(Image.Transpose.FLIP_LEFT_RIGHT)))
    draw = ImageDraw.Draw(scene)
    for _ in range(25):
        x0, y0 = rnd.randrange(width), rnd.randrange(height)
        x1 = x0 + rnd.randrange(width // 40, width // 3)
        y1 = y0 + rnd.randrange(height // 30, height // 4)
        box = (x0, y0, x1, y1)
        colour = tuple(rnd.randrange(256) for _ in range(3))
        (draw.ellipse if rnd.random() < 0.5 else draw.rectangle)(box, fill=colour)
    scene = scene.filter(ImageFilter.GaussianBlur(2))
    noise = Image.merge("RGB", [Image.effect_noise(size, 48) for _ in range(3)])
    return Image.blend(scene, noise, 0.18)


def make_photo(scene, index: int) -> bytes:
    """``scene`` as a camera JPEG with EXIF; each ``index`` gives different bytes."""
    from PIL import Image

    exif = Image.Exif()
    exif[0x010F] = "Supervisor"  # Make
    exif[0x0110] = "Bench Camera"  # Model
    exif[0x0112] = (1, 6, 3, 8)[index % 4]  # Orientation
    exif.get_ifd(0x8769)[0x9003] = f"2026:03:{1 + index % 28:02d} 10:{index % 60:02d}:00"
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "N", (39.0, 54.0, 27.0 + index / 10)
    gps[3], gps[4] = "E", (116.0, 23.0, 50.0)
    out = io.BytesIO()
    scene.save(out, "JPEG", quality=90, exif=exif)
    return out.getvalue()


def bare_loop(files: list[Path]) -> float:
    from PIL import Image

    start = time.perf_counter()
    for path in files:
        with Image.open(path) as image:
            image.draft("RGB", (256, 256))
            image.thumbnail((256, 256))
            image.save(io.BytesIO(), "JPEG")
    return time.perf_counter() - start


def import_once(files: list[Path], folder: Path, tag: str) -> float:
    """Seconds ``import_paths`` takes for ``files`` into a new database (made beforehand)."""
    from supervisor.db.engine import open_database
    from supervisor.procedure.templates import create_project
    from supervisor.projects.project import ProjectData
    from supervisor.site.photos import import_paths

    database = open_database(folder / f"bench-{tag}-{next(_databases)}.sqlite")
    try:
        with database.write() as session:
            project_id = create_project(session, ProjectData(code="B-1", name="Bench")).id
        start = time.perf_counter()
        outcomes = import_paths(database, files, project_id)
        elapsed = time.perf_counter() - start
    finally:
        database.close()
    assert all(outcome.status == "imported" for outcome in outcomes), outcomes
    return elapsed


def write_photos(folder: Path, prefix: str, count: int, scenes: int, size) -> list[Path]:
    files = []
    pictures = [make_scene(index, size) for index in range(scenes)]
    for index in range(count):
        path = folder / f"{prefix}_{index:04d}.jpg"
        path.write_bytes(make_photo(pictures[index % scenes], index))
        files.append(path)
    return files


def measure(files: list[Path], folder: Path, rounds: int) -> dict[str, float]:
    """Best total seconds of each contender over ``rounds`` interleaved rounds."""
    from supervisor.site import photos

    best = {"bare": math.inf, "pool": math.inf, "one": math.inf}
    workers = photos._workers
    for round_ in range(rounds):
        best["bare"] = min(best["bare"], bare_loop(files))
        best["pool"] = min(best["pool"], import_once(files, folder, f"pool{round_}"))
        photos._workers = lambda: 1
        try:
            best["one"] = min(best["one"], import_once(files, folder, f"one{round_}"))
        finally:
            photos._workers = workers
    return best


def entry(name: str, seconds: float, baseline: float, count: int, target) -> dict:
    value, base = seconds / count, baseline / count
    return {
        "name": name,
        "value": round(value, 4),
        "unit": "s",
        "baseline": round(base, 4),
        "ratio": round(value / base, 2),
        "target": target,
    }


def run() -> list[dict]:
    from supervisor.db.audit import set_current_user
    from supervisor.site import photos

    set_current_user("bench")
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        files = write_photos(folder, "IMG", COUNT, SCENES, SIZE)
        large = write_photos(folder, "BIG", LARGE_COUNT, LARGE_SCENES, LARGE_SIZE)
        import_once(files[:2], folder, "warm")  # load pillow-heif, ImageHash, SciPy once
        bare_loop(files + large)  # and bring the files into the page cache
        main = measure(files, folder, ROUNDS)
        big = measure(large, folder, ROUNDS)
        sizes = [sum(p.stat().st_size for p in group) / len(group) for group in (files, large)]
    print(
        f"{COUNT} photos {SIZE[0]}x{SIZE[1]} ({sizes[0] / 2**20:.2f} MB each), "
        f"{LARGE_COUNT} photos {LARGE_SIZE[0]}x{LARGE_SIZE[1]} ({sizes[1] / 2**20:.2f} MB each); "
        f"{os.cpu_count()} CPUs, {photos._workers()} decoding threads",
        file=sys.stderr,
    )
    return [
        entry("photo_import_per_photo", main["pool"], main["bare"], COUNT, 1.5),
        entry("photo_import_per_photo_one_thread", main["one"], main["bare"], COUNT, None),
        entry("photo_import_per_12mp_photo", big["pool"], big["bare"], LARGE_COUNT, None),
        entry("photo_import_per_12mp_photo_one_thread", big["one"], big["bare"], LARGE_COUNT, None),
    ]


if __name__ == "__main__":
    for result in run():
        print(result)
