"""The lists of ``bench_lists`` on a PostgreSQL server, beside its SQLite figures.

The same synthetic district (100,000 site checks, 20,000 photos, 5,000 rectification items) is
written through the real schema into a database on a throwaway PostgreSQL server, started the
way the tests start theirs (``tests/pg.py``: ``initdb --locale=C.UTF-8`` in a temporary folder,
a free loopback port), and analysed as autovacuum would. Then, warm, the median of several runs
of one user event (a fresh session, the exact count and the first page of 200 rows):

- the check list with the default sort (newest first);
- a 2-character Chinese search, 渗漏 (``ILIKE`` over the ``pg_trgm`` GIN indexes);
- a 4-character search, 防水卷材, and a 1-character one, 漏.

Without PostgreSQL on the machine the benchmark says why and reports nothing.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

import bench_lists  # noqa: E402 - the district and the measuring, shared with the SQLite figures


def run() -> list[dict]:
    from tests import pg

    try:
        server = pg.start_server()
    except pg.Unavailable as error:
        print(f"bench_lists_pg: skipped, no PostgreSQL server: {error}", file=sys.stderr)
        return []
    try:
        with pg.admin(server) as connection:
            connection.execute('CREATE DATABASE "district"')
        url = server.url("district")
        begin = time.perf_counter()
        ids = bench_lists.build(url)
        import psycopg

        with psycopg.connect(server.dsn("district"), autocommit=True) as connection:
            connection.execute("VACUUM ANALYZE")
            size = connection.execute("SELECT pg_database_size('district')").fetchone()[0]
        print(f"bench_lists_pg: district built in {time.perf_counter() - begin:.1f} s "
              f"({size / 1e6:.0f} MB)", file=sys.stderr)
        wanted = {"checks_first_page", "checks_search_fts_4ch", "checks_search_like_2ch",
                  "checks_search_like_1ch", "rectifications_overdue_page"}
        results = [r for r in bench_lists.measure(url, ids["project_id"]) if r["name"] in wanted]
        names = {"checks_search_fts_4ch": "checks_search_4ch"}
        for result in results:
            result["name"] = f"pg_{names.get(result['name'], result['name'])}"
        return results
    finally:
        server.stop()


if __name__ == "__main__":
    for result in run():
        print(result)
