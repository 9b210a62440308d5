"""Run every ``bench_*.py`` here, print a table and write ``bench-results.json``.

Each benchmark module has ``run() -> list[dict]`` returning entries with the keys
name, value, unit, baseline, ratio, target. ``target`` bounds ``ratio`` when there is a
baseline, else ``value``; ``null`` means the figure is reported without a target.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUTPUT = HERE.parent / "bench-results.json"


def load(path: Path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def verdict(entry: dict) -> str:
    if entry["target"] is None:
        return "-"
    measured = entry["ratio"] if entry["baseline"] is not None else entry["value"]
    return "ok" if measured <= entry["target"] else "MISSED"


def main(argv: list[str]) -> int:
    wanted = set(argv)
    results = []
    for path in sorted(HERE.glob("bench_*.py")):
        if wanted and path.stem not in wanted and path.stem[6:] not in wanted:
            continue
        print(f"running {path.stem}…", file=sys.stderr, flush=True)
        results.extend(load(path).run())
    OUTPUT.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    header = f"{'name':34} {'value':>10} {'unit':5} {'baseline':>9} {'ratio':>6} {'target':>7}  result"
    print(header)
    print("-" * len(header))
    for e in results:
        baseline = "" if e["baseline"] is None else f"{e['baseline']:.3f}"
        ratio = "" if e["ratio"] is None else f"{e['ratio']:.2f}"
        target = "" if e["target"] is None else f"{e['target']:g}"
        print(f"{e['name']:34} {e['value']:>10.3f} {e['unit']:5} {baseline:>9} {ratio:>6} {target:>7}  {verdict(e)}")
    print(f"\nwritten to {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
