"""The `diendam` command: one entry point for the demo, crawls, backfills, re-extraction and queries.

Heavy imports (Prefect, DuckDB, trafilatura) happen inside the commands, so `diendam --help` and
bad-argument errors are instant.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import NoReturn

EXIT_OK = 0
EXIT_FAILED = 1  # the command ran but something it did failed (a source unreachable, a check failed)
EXIT_USAGE = 2  # bad arguments or unusable input; nothing was changed


class CliError(Exception):
    """An error the user can fix; printed as one line without a traceback."""

    def __init__(self, message: str, code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.code = code


# One example per command, shown at the end of `diendam COMMAND --help` (the short form of docs/cli.md).
# A new command adds its line here; tests/test_cli_help.py checks that each parses.
EXAMPLES: dict[str, str] = {
    "demo": "diendam demo --db build/demo.duckdb",
    "crawl": "diendam crawl --db /srv/diendam/diendam.duckdb",
    "backfill": "diendam backfill --since 2025-01-01 --until 2025-03-31 --source baoquocte.vn",
    "reextract": "diendam reextract --since 2025-01-01",
    "extract": "diendam extract docs/examples/articles.jsonl -o build/pred.jsonl",
    "query": 'diendam query "SELECT call_date, p1_name, p2_name, p2_country FROM calls_flat LIMIT 10"',
    "check": "diendam check --db /srv/diendam/diendam.duckdb",
    "export": "diendam export --format parquet build/exports/",
    "report": "diendam report -o build/report.html",
    "serve": "diendam serve --db /srv/diendam/diendam.duckdb",
    "sources": "diendam sources match https://vov.vn/chinh-tri/thu-tuong-dien-dam-voi-thu-tuong-nhat-ban-post1123456.vov",
    "sources match": "diendam sources match https://baoquocte.vn/ngoai-giao https://baoquocte.vn/a-b-c-1657.html",
    "sources check": "diendam sources check --source vov.vn",
}

# The docs section that explains the fix of an error line: (words in the message, page). First match wins;
# the line then ends with "(see PAGE)". tests/test_cli_help.py checks that each page and anchor exists.
ERROR_DOCS: tuple[tuple[str, str], ...] = (
    ("is locked", "docs/operations.md#the-warehouse-is-locked"),
    ("newer than this diendam", "docs/operations.md#the-warehouse-has-a-newer-schema"),
    ("disk is full", "docs/operations.md#disk-full-or-read-only-warehouse"),
    ("is not writable", "docs/operations.md#disk-full-or-read-only-warehouse"),
    ("cannot create warehouse", "docs/operations.md#disk-full-or-read-only-warehouse"),
    ("no warehouse at", "docs/operations.md#no-warehouse"),
    ("queries are read-only", "docs/warehouse.md#querying"),
    ("query failed", "docs/warehouse.md#tables"),
    ("not an absolute http(s) URL", "docs/sources-check.md#diendam-sources-match"),
    ("unknown source", "docs/sources.md"),
    ("sources file", "docs/sources.md"),
    (".toml:", "docs/sources.md"),
    ("argument --sources", "docs/sources.md"),
    ("--task-runner dask", "docs/running.md#dask-for-big-backfills"),
)


def with_docs(message: str) -> str:
    """The error line, ending with the docs page that explains the fix when there is one."""
    for words, page in ERROR_DOCS:
        if words in message:
            return f"{message} (see {page})"
    return message


class _Parser(argparse.ArgumentParser):
    """argparse's own errors (bad date, missing file) also name the docs page, when one explains the fix."""

    def error(self, message: str) -> NoReturn:
        super().error(with_docs(message))


def default_db() -> Path:
    """`$DIENDAM_DB` or ./diendam.duckdb, so a team can point every command at a shared file once."""
    return Path(os.environ.get("DIENDAM_DB") or "diendam.duckdb")


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {value!r}") from None


def _existing_file(value: str) -> Path:
    path = Path(value)
    if not path.is_file():
        raise argparse.ArgumentTypeError(f"no such file: {value}")
    return path


def _add_sources_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--sources", type=_existing_file, default=None, metavar="FILE",
                        help="sources TOML file (default: the shipped diendam/sources.toml)")


def _add_store_args(parser: argparse.ArgumentParser, sources: bool = True) -> None:
    if sources:
        _add_sources_arg(parser)
    parser.add_argument("--db", type=Path, default=None, metavar="FILE",
                        help="DuckDB warehouse file (default: $DIENDAM_DB or ./diendam.duckdb)")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser; kept separate so tests and docs can inspect it."""
    parser = _Parser(
        prog="diendam",
        description="Crawl Vietnamese diplomatic news, extract phone and online calls, load them into DuckDB.",
        epilog="example: diendam demo (then `diendam COMMAND --help`; the manual: docs/index.md)")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    demo = sub.add_parser("demo", help="run the daily crawl on the shipped offline snapshot and show the result")
    demo.add_argument("--db", type=Path, default=None, metavar="FILE",
                      help="warehouse to write (default: ./diendam.duckdb)")

    crawl = sub.add_parser("crawl", help="daily crawl of every configured source")
    _add_store_args(crawl)
    crawl.add_argument("--refetch", action="store_true", help="fetch articles again even when already stored")

    backfill = sub.add_parser("backfill", help="walk listings and sitemaps back to a date, skipping stored pages")
    _add_store_args(backfill)
    backfill.add_argument("--since", type=_iso_date, required=True, metavar="YYYY-MM-DD")
    backfill.add_argument("--until", type=_iso_date, default=None, metavar="YYYY-MM-DD")
    backfill.add_argument("--source", action="append", default=None, metavar="NAME", dest="source_names",
                          help="only this source (repeatable)")
    backfill.add_argument("--task-runner", choices=("threads", "dask"), default="threads",
                          help="where clean+extract run (default: threads in this process)")
    backfill.add_argument("--dask-address", default=None, metavar="ADDR",
                          help="scheduler of an existing Dask cluster, e.g. tcp://10.0.0.5:8786 "
                               "(default with --task-runner dask: a temporary local cluster)")
    backfill.add_argument("--warc", type=_existing_file, action="append", default=None, metavar="FILE",
                          help="ingest pages from this WARC file instead of the network (repeatable)")

    reextract = sub.add_parser("reextract", help="rebuild call records from stored raw pages (no network)")
    _add_store_args(reextract, sources=False)
    reextract.add_argument("--since", type=_iso_date, default=None, metavar="YYYY-MM-DD")
    reextract.add_argument("--extractor-version", default=None, metavar="VERSION",
                           help="only pages extracted with another version than this one "
                                "(default: every page)")

    extract = sub.add_parser("extract", help="run clean+extract on a JSONL file of articles (offline)")
    extract.add_argument("input", type=_existing_file, metavar="IN.jsonl")
    extract.add_argument("-o", "--output", type=Path, default=None, metavar="OUT.jsonl",
                         help="where to write predictions (default: standard output)")

    query = sub.add_parser("query", help="run a read-only SQL query and print a table")
    query.add_argument("sql")
    _add_store_args(query, sources=False)

    check = sub.add_parser("check", help="check the warehouse's integrity and name sources that may have moved")
    _add_store_args(check, sources=False)

    export = sub.add_parser("export", help="export every table to Parquet or CSV files")
    export.add_argument("--format", choices=("parquet", "csv"), default="parquet")
    export.add_argument("directory", type=Path, metavar="DIR")
    _add_store_args(export, sources=False)

    report = sub.add_parser("report", help="write an HTML report of the calls in the warehouse")
    report.add_argument("-o", "--output", type=Path, default=Path("report.html"), metavar="FILE")
    _add_store_args(report, sources=False)

    serve = sub.add_parser("serve", help="serve the three deployments with Prefect (Ctrl-C stops)")
    _add_store_args(serve)

    sources = sub.add_parser("sources", help="check the sources file: classify URLs, probe the sites")
    sources_sub = sources.add_subparsers(dest="sources_command", required=True, metavar="SUBCOMMAND")
    match = sources_sub.add_parser("match", help="say which source a URL belongs to and whether it is an article")
    match.add_argument("urls", nargs="+", metavar="URL", help="URLs to classify ('-' reads one a line from stdin)")
    _add_sources_arg(match)
    probe = sources_sub.add_parser("check", help="probe each source live: robots.txt, feeds, sitemaps, listing")
    probe.add_argument("--source", action="append", default=None, metavar="NAME", dest="source_names",
                       help="only this source (repeatable)")
    _add_sources_arg(probe)

    commands = list(sub.choices.items())
    commands += [(f"sources {name}", command) for name, command in sources_sub.choices.items()]
    for name, command in commands:
        command.epilog = f"example: {EXAMPLES[name]}" if name in EXAMPLES else None
        command.formatter_class = argparse.RawDescriptionHelpFormatter
    return parser


def _db(args: argparse.Namespace) -> Path:
    return args.db if args.db is not None else default_db()


def _existing_db(args: argparse.Namespace) -> Path:
    db = _db(args)
    if not db.is_file():
        raise CliError(f"no warehouse at {db}: run `diendam crawl` or `diendam demo` first, or pass --db FILE")
    return db


def _sources_path(args: argparse.Namespace) -> Path:
    if args.sources is not None:
        return args.sources
    from crawler.sources import DEFAULT_SOURCES

    return Path(DEFAULT_SOURCES)


def _check_sources(path: Path, names: Sequence[str] | None = None) -> None:
    """Read the sources file up front so a bad file or an unknown --source is one clear line, not a
    failed flow run."""
    from crawler.sources import SourcesError, load_sources

    try:
        sources = load_sources(path)
    except SourcesError as exc:
        raise CliError(str(exc)) from None
    unknown = sorted(set(names or ()) - {s.name for s in sources})
    if unknown:
        raise CliError(f"unknown source {', '.join(unknown)} in {path}; known: {', '.join(s.name for s in sources)}")


def cmd_extract(args: argparse.Namespace) -> int:
    from extractors.batch import extract_jsonl

    extract_jsonl(args.input, args.output)
    return EXIT_OK


def _summary(state: object) -> object:
    """The run's summary, or one clear line when the flow failed with an explained error (e.g. a locked,
    read-only, full or newer-schema warehouse: the state message says which). Other failures raise."""
    if state.is_failed():  # type: ignore[attr-defined]
        message = state.message or "the run failed"  # type: ignore[attr-defined]
        if message.startswith("warehouse: "):
            raise CliError(message, EXIT_FAILED)
        if message.startswith("every source failed"):  # the summary says which and why; exit code 1
            return state.result(raise_on_failure=False)  # type: ignore[attr-defined]
    return state.result()  # type: ignore[attr-defined]


def cmd_crawl(args: argparse.Namespace) -> int:
    sources = _sources_path(args)
    _check_sources(sources)  # cheap checks first: importing Prefect takes seconds
    from flows.crawl import daily_crawl
    from flows.progress import terminal_progress

    with terminal_progress():
        summary = _summary(daily_crawl(sources=str(sources), db=str(_db(args)), refetch=args.refetch,
                                       return_state=True))
    print(summary.describe())
    return EXIT_FAILED if summary.unreachable_sources or summary.all_sources_failed else EXIT_OK


def cmd_backfill(args: argparse.Namespace) -> int:
    if args.until is not None and args.until < args.since:
        raise CliError(f"--until {args.until} is before --since {args.since}")
    if args.dask_address and args.task_runner != "dask":
        raise CliError("--dask-address needs --task-runner dask")
    sources = _sources_path(args)
    _check_sources(sources, args.source_names)
    from flows.crawl import backfill
    from flows.progress import terminal_progress

    with terminal_progress():
        state = backfill(since=args.since.isoformat(), until=args.until.isoformat() if args.until else None,
                         sources=str(sources), db=str(_db(args)), source_names=args.source_names,
                         task_runner=args.task_runner, dask_address=args.dask_address,
                         warc_files=[str(p) for p in args.warc] if args.warc else None, return_state=True)
        summary = _summary(state)
    print(summary.describe())
    return EXIT_FAILED if summary.unreachable_sources or summary.all_sources_failed else EXIT_OK


def cmd_reextract(args: argparse.Namespace) -> int:
    db = _existing_db(args)
    from flows.crawl import reextract
    from flows.progress import terminal_progress

    with terminal_progress():
        summary = _summary(reextract(since=args.since.isoformat() if args.since else None,
                                     extractor_version=args.extractor_version, db=str(db), return_state=True))
    print(summary.describe())
    return EXIT_OK


def cmd_query(args: argparse.Namespace) -> int:
    from storage import format_table, query

    db = _existing_db(args)
    columns, rows = query(db, args.sql)
    print(format_table(columns, rows))
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from storage.schema import SCHEMA_VERSION
    from storage.warehouse import Warehouse, WarehouseError

    db = _existing_db(args)
    warehouse = Warehouse(db)
    if warehouse.schema_version() < SCHEMA_VERSION:  # an older file is upgraded in place, as any write would
        try:
            warehouse.migrate()
        except WarehouseError as exc:  # e.g. read-only: the check below says the schema is old
            print(f"note: could not upgrade the schema: {exc}")
    problems = warehouse.check()
    for problem in problems:
        print(f"problem: {problem}")
    # Source health of the latest runs: a warning, not an integrity problem (the warehouse itself is fine)
    for entry in warehouse.sources_may_have_moved():
        print(f"source may have moved: {entry['source']} ({entry['why']}; run {entry['run_id']})")
    if problems:
        return EXIT_FAILED
    print(f"{db}: ok")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from storage.warehouse import Warehouse

    written = Warehouse(_existing_db(args)).export(args.directory, args.format)
    for path in written or []:
        print(path)
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from storage.report import build_report

    build_report(_existing_db(args), args.output)
    print(f"report written to {args.output}")
    return EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    from flows.deployments import serve_all

    sources = _sources_path(args)
    _check_sources(sources)
    serve_all(sources=str(sources), db=str(_db(args).resolve()))
    return EXIT_OK


def _match_urls(args: argparse.Namespace) -> list[str]:
    from urllib.parse import urlsplit

    urls: list[str] = []
    for arg in args.urls:
        urls += [line.strip() for line in sys.stdin if line.strip()] if arg == "-" else [arg]
    for url in urls:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise CliError(f"not an absolute http(s) URL: {url!r}")
    return urls


def cmd_sources(args: argparse.Namespace) -> int:
    from crawler.sources import SourcesError, load_sources

    path = _sources_path(args)
    try:
        sources = load_sources(path)
    except SourcesError as exc:
        raise CliError(str(exc)) from None
    if args.sources_command == "match":
        from crawler.discover import classify_url

        for url in _match_urls(args):
            source, article = classify_url(url, sources)
            print(f"{url}\t{source.name if source else '-'}\t{'article' if article else 'not-article'}")
        return EXIT_OK
    _check_sources(path, args.source_names)
    from crawler.fetch import FetchPolicy
    from diendam.source_check import check_sources, format_check

    checks = check_sources(sources, args.source_names, FetchPolicy())
    for check in checks:
        print(format_check(check))
    return EXIT_OK if all(check.ok for check in checks) else EXIT_FAILED


def cmd_demo(args: argparse.Namespace) -> int:
    # The demo prints its own account of the run; Prefect's per-task lines would bury it.
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    from diendam.demo import run_demo

    run_demo(args.db if args.db is not None else Path("diendam.duckdb"))
    return EXIT_OK


COMMANDS = {
    "demo": cmd_demo, "crawl": cmd_crawl, "backfill": cmd_backfill, "reextract": cmd_reextract,
    "extract": cmd_extract, "query": cmd_query, "check": cmd_check, "export": cmd_export,
    "report": cmd_report, "serve": cmd_serve, "sources": cmd_sources,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Console entry point; returns the exit code (0 ok, 1 something failed, 2 bad usage)."""
    # The temporary Prefect server a command starts would otherwise report usage to Prefect's analytics
    # service: a crawler talks to the sites it crawls and nowhere else. Set the variable to opt in.
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except CliError as exc:
        print(f"diendam {args.command}: error: {with_docs(str(exc))}", file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        print(f"diendam {args.command}: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # known error types of the stages get one clear line
        warehouse = sys.modules.get("storage.warehouse")
        if (warehouse is not None and isinstance(exc, warehouse.WarehouseError)) or \
                type(exc).__name__ in {"SourcesError", "QueryError"}:
            print(f"diendam {args.command}: error: {with_docs(str(exc))}", file=sys.stderr)
            return EXIT_FAILED
        raise


if __name__ == "__main__":
    sys.exit(main())
