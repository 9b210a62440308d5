"""A real PostgreSQL server for the test run: made in a temporary folder, stopped at the end.

``start_server()`` finds PostgreSQL's programs (``initdb``, ``pg_ctl``, ``postgres``; on PATH or
under Debian's ``/usr/lib/postgresql/<version>/bin``) and the ``pg_trgm`` extension, makes a
cluster with ``initdb --locale=C.UTF-8 -E UTF8`` (so that ``pg_trgm`` indexes Chinese) in a
temporary folder and starts it on a free loopback port. ``initdb`` refuses to run as root, so
when the tests run as root the cluster belongs to the unprivileged user ``nobody`` and the
programs run as that user (``runuser``). Durability is switched off: the cluster is thrown away.

Without PostgreSQL, ``start_server`` raises ``Unavailable`` saying why; the tests that need the
server are then skipped with that one line, or fail when ``SUPERVISOR_REQUIRE_POSTGRES=1``.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

REQUIRE = "SUPERVISOR_REQUIRE_POSTGRES"
USER = "supervisor"
"""The cluster's superuser, which the tests connect as (trust authentication on loopback)."""


class Unavailable(Exception):
    """PostgreSQL cannot be started here; the message says why."""


def required() -> bool:
    return os.environ.get(REQUIRE, "") not in ("", "0")


def _bin_dir() -> Path:
    found = shutil.which("pg_ctl")
    candidates = [Path(found).resolve().parent] if found else []
    candidates += [Path(p) for p in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)]
    for folder in candidates:
        if all((folder / name).exists() for name in ("initdb", "pg_ctl", "postgres")):
            return folder
    raise Unavailable("PostgreSQL's initdb, pg_ctl and postgres were not found (install postgresql)")


def _share_dir(bin_dir: Path) -> Path:
    pg_config = bin_dir / "pg_config"
    if pg_config.exists():
        done = subprocess.run([pg_config, "--sharedir"], capture_output=True, text=True)
        if done.returncode == 0:
            return Path(done.stdout.strip())
    return bin_dir.parent / "share"


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class Server:
    bin_dir: Path
    folder: Path
    port: int
    as_user: list[str]
    options: str = ""

    @property
    def data(self) -> Path:
        return self.folder / "data"

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{USER}@127.0.0.1:{self.port}/{database}"

    def dsn(self, database: str = "postgres") -> str:
        return f"host=127.0.0.1 port={self.port} user={USER} dbname={database}"

    def run(self, *argv, check: bool = True) -> subprocess.CompletedProcess:
        done = subprocess.run([*self.as_user, *map(str, argv)], capture_output=True, text=True)
        if check and done.returncode != 0:
            raise Unavailable(f"{Path(str(argv[0])).name} failed: {(done.stderr or done.stdout).strip()[-400:]}")
        return done

    def stop(self) -> None:
        self.run(self.bin_dir / "pg_ctl", "-D", self.data, "-m", "immediate", "-w", "stop", check=False)
        shutil.rmtree(self.folder, ignore_errors=True)

    def halt(self) -> None:
        """Stop the server, ending every connection (its data kept: durability is off here, so
        not "immediate", which would lose the last commits); ``resume`` starts it again."""
        self.run(self.bin_dir / "pg_ctl", "-D", self.data, "-m", "fast", "-w", "stop")

    def resume(self) -> None:
        self.run(self.bin_dir / "pg_ctl", "-D", self.data, "-l", self.folder / "log", "-o", self.options, "-w", "start")


def start_server() -> Server:
    """A new cluster in a temporary folder, started; raises ``Unavailable`` saying why not."""
    bin_dir = _bin_dir()
    if not (_share_dir(bin_dir) / "extension" / "pg_trgm.control").exists():
        raise Unavailable("PostgreSQL's pg_trgm extension is missing (install postgresql-contrib)")
    folder = Path(tempfile.mkdtemp(prefix="supervisor-pg-"))
    as_user: list[str] = []
    if os.geteuid() == 0:
        runuser = shutil.which("runuser")
        if runuser is None:
            shutil.rmtree(folder, ignore_errors=True)
            raise Unavailable("running as root and runuser is missing: initdb refuses root")
        owner = pwd.getpwnam("nobody")
        os.chown(folder, owner.pw_uid, owner.pw_gid)
        as_user = [runuser, "-u", "nobody", "--"]
    folder.chmod(0o700)
    server = Server(bin_dir, folder, _free_port(), as_user)
    try:
        server.run(
            bin_dir / "initdb", "-D", server.data, "-U", USER, "-A", "trust",
            "--locale=C.UTF-8", "-E", "UTF8", "--no-sync",
        )
        options = (
            f"-p {server.port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        server.options = options
        server.resume()
    except Unavailable:
        log = folder / "log"
        tail = log.read_text(errors="replace")[-400:] if log.exists() else ""
        shutil.rmtree(folder, ignore_errors=True)
        raise Unavailable(f"the PostgreSQL test server did not start. {tail}".strip()) from None
    return server


def admin(server: Server):
    """An autocommit psycopg connection to the server's ``postgres`` database."""
    import psycopg

    return psycopg.connect(server.dsn(), autocommit=True)


def copy_database(server: Server, source: str, target: str) -> str:
    """``target`` made as a copy of the database ``source`` (nobody may be connected to it);
    returns ``target``'s URL."""
    with admin(server) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{target}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{target}" TEMPLATE "{source}"')
    return server.url(target)


def drop_database(server: Server, name: str) -> None:
    with admin(server) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
