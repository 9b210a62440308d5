"""The archive file of the demo's largest project (target < 20 s), against printing its parts one
``supervisor print`` at a time as a clerk did before.

The demo is written to a temporary folder; its project with the most documents (checks and
notices) is the one measured. Each figure is one fresh process, as a user runs it:

- ``archive_largest_project``: ``supervisor archive`` of that project, start to exit, with
  its page count, file size and peak memory reported beside it;
- ``archive_vs_separate_prints``: the same time against the baseline, a sample of
  ``supervisor print`` commands run one after another (the procedure sheet, the first checks,
  the first notices, the first opinion register and the check register), their mean time
  scaled to the number of documents the archive holds.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SAMPLE_CHECKS = 3
SAMPLE_NOTICES = 2

_MEASURE = """
import resource, sys
from supervisor.cli import main
code = main(sys.argv[1:])
try:
    with open("/proc/self/status") as status:
        peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
except (OSError, StopIteration):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    peak = peak // 1024 if sys.platform == "darwin" else peak
print(peak)
sys.exit(code)
"""


def _run(*argv: str) -> tuple[float, str]:
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", _MEASURE, *argv], capture_output=True, text=True, check=True)
    return time.perf_counter() - started, done.stdout


def _largest(demo: Path) -> tuple[str, int]:
    """The code of the demo project with the most checks and notices, and its id."""
    from sqlalchemy import func, select

    from supervisor.db.engine import open_database
    from supervisor.db.models import Project, Rectification, SiteCheck

    database = open_database(demo)
    try:
        with database.read() as session:
            def size(project_id: int) -> int:
                return sum(session.scalar(select(func.count()).where(model.project_id == project_id))
                           for model in (SiteCheck, Rectification))

            projects = session.execute(select(Project.code, Project.id)).all()
            return max(projects, key=lambda p: size(p[1]))
    finally:
        database.close()


def _sample(demo: Path, code: str, project_id: int) -> list[list[str]]:
    """The ``supervisor print`` command lines of the baseline's sample."""
    from sqlalchemy import select

    from supervisor.db.engine import open_database
    from supervisor.db.models import Compound, Rectification, SiteCheck

    database = open_database(demo)
    try:
        with database.read() as session:
            checks = session.scalars(select(SiteCheck.id).where(SiteCheck.project_id == project_id)
                                     .order_by(SiteCheck.id).limit(SAMPLE_CHECKS)).all()
            notices = session.scalars(select(Rectification.number).where(Rectification.project_id == project_id)
                                      .order_by(Rectification.id).limit(SAMPLE_NOTICES)).all()
            compound = session.scalars(select(Compound.name).where(Compound.project_id == project_id)
                                       .order_by(Compound.id)).first()
    finally:
        database.close()
    lines = [["procedure"], ["site-checks"]]
    lines += [["site-check", "--record", str(c)] for c in checks]
    lines += [["rectification", "--record", n] for n in notices]
    if compound:
        lines.append(["opinions", "--compound", compound])
    return [["print", *line, "--db", str(demo), "--project", code] for line in lines]


def run() -> list[dict]:
    from pypdf import PdfReader

    from supervisor.demo.database import write_demo

    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        demo = Path(write_demo(folder / "demo.sqlite"))
        code, project_id = _largest(demo)
        out = folder / "archive.pdf"
        _run("archive", "--db", str(demo), "--project", code, "--out", str(out))  # warm the disk cache
        seconds, stdout = _run("archive", "--db", str(demo), "--project", code, "--out", str(out))
        peak_mb = int(stdout.split()[-1]) / 1024
        documents = int(stdout.split(": ", 1)[1].split(" document")[0])
        pages = len(PdfReader(str(out)).pages)
        size_mb = out.stat().st_size / 1e6
        sample = _sample(demo, code, project_id)
        times = [_run(*argv, "--out", str(folder / f"part{i}.pdf"))[0] for i, argv in enumerate(sample)]
    each = statistics.mean(times)
    baseline = each * documents
    print(
        f"archive of {code}: {documents} documents, {pages} pages, {size_mb:.1f} MB, {seconds:.1f} s, "
        f"peak {peak_mb:.0f} MB; separate prints: {each:.2f} s each over {len(times)}, "
        f"so {baseline:.0f} s for the {documents}",
        file=sys.stderr,
    )

    def entry(name: str, value: float, unit: str, target: float | None, base: float | None = None) -> dict:
        return {"name": name, "value": round(value, 3), "unit": unit,
                "baseline": None if base is None else round(base, 3),
                "ratio": None if base is None else round(value / base, 3), "target": target}

    return [
        entry("archive_largest_project", seconds, "s", 20),
        entry("archive_vs_separate_prints", seconds, "s", None, baseline),
        entry("archive_largest_project_pages", pages, "pages", None),
        entry("archive_largest_project_size", size_mb, "MB", None),
        entry("archive_largest_project_peak_memory", peak_mb, "MB", None),
    ]


if __name__ == "__main__":
    for result in run():
        print(result)
