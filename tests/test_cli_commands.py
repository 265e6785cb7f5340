"""The `diendam` command in-process: argument errors, extract, and crawl/query/check/export/report/demo on
the offline snapshot with a real (temporary) Prefect API and a DuckDB file in tmp_path."""

from __future__ import annotations

import json

import pytest

from diendam.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE, build_parser, main
from diendam.snapshot_server import SnapshotServer


@pytest.fixture(scope="module")
def prefect_api():
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=90):
        yield


@pytest.fixture(scope="module")
def crawled(prefect_api, tmp_path_factory):
    """A warehouse filled by `diendam crawl` from the snapshot, shared by the read-only command tests."""
    tmp = tmp_path_factory.mktemp("crawled")
    with SnapshotServer() as server:
        sources = server.write_sources(tmp / "sources.toml")
        code = main(["crawl", "--sources", str(sources), "--db", str(tmp / "w.duckdb")])
    assert code == EXIT_OK
    return tmp / "w.duckdb"


def test_every_command_has_help():
    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices  # noqa: SLF001 - argparse has no public accessor
    assert set(commands) == {"demo", "crawl", "backfill", "reextract", "extract", "query", "check", "export",
                             "report", "serve", "sources"}


@pytest.mark.parametrize("argv", [
    ["backfill", "--since", "2025-13-01"],
    ["backfill"],
    ["crawl", "--sources", "/no/such/sources.toml"],
    ["export", "--format", "xlsx", "out"],
    ["nonsense"],
])
def test_bad_arguments_exit_2_with_a_message(argv, capsys):
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == EXIT_USAGE
    assert "error:" in capsys.readouterr().err


def test_usage_errors_found_after_parsing_exit_2_and_change_nothing(tmp_path, capsys):
    db = tmp_path / "none.duckdb"
    assert main(["backfill", "--since", "2025-10-02", "--until", "2025-10-01", "--db", str(db)]) == EXIT_USAGE
    assert "before --since" in capsys.readouterr().err
    assert main(["query", "SELECT 1", "--db", str(db)]) == EXIT_USAGE
    assert "no warehouse" in capsys.readouterr().err
    bad = tmp_path / "bad.toml"
    bad.write_text("[[source]]\nname = 'x'\n", encoding="utf-8")
    assert main(["crawl", "--sources", str(bad), "--db", str(db)]) == EXIT_USAGE
    assert "bad.toml" in capsys.readouterr().err
    with SnapshotServer() as server:
        sources = server.write_sources(tmp_path / "sources.toml")
        assert main(["backfill", "--since", "2025-01-01", "--source", "nope", "--sources", str(sources),
                     "--db", str(db)]) == EXIT_USAGE
    assert "unknown source nope" in capsys.readouterr().err
    assert not db.exists()


def test_extract_writes_one_prediction_per_article(tmp_path):
    articles = tmp_path / "in.jsonl"
    articles.write_text(json.dumps({
        "id": "t1", "published": "2025-11-05",
        "text": "Thủ tướng điện đàm trực tuyến với Thủ tướng New Zealand\nTối 5/11, Thủ tướng Chính phủ Phạm "
                "Minh Chính đã điện đàm trực tuyến với Thủ tướng New Zealand Christopher Luxon."},
        ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(articles), "-o", str(out)]) == EXIT_OK
    [line] = out.read_text(encoding="utf-8").splitlines()
    prediction = json.loads(line)
    assert prediction["id"] == "t1" and prediction["label"] == "call"


def test_query_check_export_report_on_a_crawled_warehouse(crawled, tmp_path, capsys):
    capsys.readouterr()
    assert main(["query", "SELECT count(*) AS articles FROM articles", "--db", str(crawled)]) == EXIT_OK
    assert "| 10 " in capsys.readouterr().out
    assert main(["query", "DELETE FROM articles", "--db", str(crawled)]) == EXIT_FAILED
    assert "read-only" in capsys.readouterr().err
    assert main(["check", "--db", str(crawled)]) == EXIT_OK
    assert main(["export", "--format", "csv", str(tmp_path / "csv"), "--db", str(crawled)]) == EXIT_OK
    assert any(p.suffix == ".csv" for p in (tmp_path / "csv").rglob("*"))
    pytest.importorskip("storage.report")
    report = tmp_path / "report.html"
    assert main(["report", "-o", str(report), "--db", str(crawled)]) == EXIT_OK
    assert report.stat().st_size > 0


def test_reextract_command_needs_no_network(crawled, capsys):
    from extractors.calls import EXTRACTOR_VERSION

    assert main(["reextract", "--db", str(crawled)]) == EXIT_OK
    assert "reextract: 10 pages" in capsys.readouterr().out
    # every page is already at the current version: nothing to redo
    assert main(["reextract", "--extractor-version", EXTRACTOR_VERSION, "--db", str(crawled)]) == EXIT_OK
    assert "reextract: 0 pages" in capsys.readouterr().out


def test_crawl_reports_an_unreachable_source_with_exit_1(prefect_api, tmp_path):
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{sock.getsockname()[1]}"
    sources = tmp_path / "sources.toml"
    sources.write_text(f'[[source]]\nname = "dead"\nbase_url = "{dead}/"\nfeeds = ["{dead}/rss.xml"]\n'
                       "delay = 0.0\n", encoding="utf-8")
    assert main(["crawl", "--sources", str(sources), "--db", str(tmp_path / "w.duckdb")]) == EXIT_FAILED


def test_demo_crawls_the_snapshot_and_shows_calls_and_a_query(prefect_api, tmp_path, capsys):
    db = tmp_path / "demo.duckdb"
    assert main(["demo", "--db", str(db)]) == EXIT_OK
    out = capsys.readouterr().out
    assert "10 new articles" in out and "Calls in" in out and "Example query" in out
    assert "Penny Wong" in out or "Christopher Luxon" in out
    # run again on the same warehouse: the same addresses, nothing new
    assert main(["demo", "--db", str(db)]) == EXIT_OK
    again = capsys.readouterr().out
    assert "0 new articles" in again and "0 new calls" in again


def test_a_client_dropping_its_connection_prints_no_traceback(capfd):
    # a crawler closing a kept-alive socket resets it; the demo's snapshot server must not print a traceback for that
    import socket
    import struct
    import time
    from urllib.parse import urlsplit

    with SnapshotServer() as server:
        host_port = urlsplit(next(iter(server.base_urls.values())))
        sock = socket.create_connection((host_port.hostname, host_port.port))
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # close with a reset
        sock.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n")  # a request cut before its end
        sock.close()
        time.sleep(0.3)
    err = capfd.readouterr().err
    assert "Traceback" not in err and "Connection reset" not in err
