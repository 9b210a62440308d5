"""The log: a rotating file in the user's data folder, where unexpected errors leave their details."""

from __future__ import annotations

import logging

import pytest

from supervisor import cli, log


@pytest.fixture
def data_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    yield tmp_path / "data"
    log.configure(tmp_path / "afterwards")  # leave no handler on the test's folder


def test_an_unexpected_error_in_a_command_goes_to_the_log_not_the_terminal(data_home, demo_path, capsys, monkeypatch):
    from supervisor.procedure import status

    db = demo_path

    def broken(*_args, **_kwargs):
        raise RuntimeError("a bug in the report")

    monkeypatch.setattr(status, "report", broken)
    code = cli.main(["status", "--db", str(db)])
    err = capsys.readouterr().err
    logged = (data_home / "Supervisor" / "logs" / "supervisor.log").read_text(encoding="utf-8")
    assert code not in (0, 1, 2)
    assert "a bug in the report" in err and "supervisor.log" in err and "Traceback" not in err
    assert "Traceback" in logged and "RuntimeError: a bug in the report" in logged


def test_each_package_logs_under_its_own_name(tmp_path):
    path = log.configure(tmp_path / "logs")
    logging.getLogger("supervisor.site.photos").info("imported 3 photos")
    logging.getLogger("elsewhere").info("not ours")
    text = path.read_text(encoding="utf-8")
    assert "supervisor.site.photos: imported 3 photos" in text and "not ours" not in text


def test_a_log_that_cannot_be_written_stops_nothing(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    log.configure(tmp_path / "logs")
    assert log.configure(blocker / "logs") == tmp_path / "logs" / "supervisor.log"  # kept the old one
