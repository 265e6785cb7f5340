"""`diendam demo`: the daily crawl on the shipped offline snapshot, then what landed in the warehouse.

Everything stays on this machine: the snapshot sites are served on 127.0.0.1, Prefect runs as a temporary
local server, and the warehouse is a DuckDB file in the current directory (or --db).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from diendam.snapshot_server import SnapshotServer

EXAMPLE_SQL = """SELECT coalesce(p2_country, p1_country) AS country, count(*) AS calls,
       min(call_date) AS first_call, max(call_date) AS last_call
FROM calls_flat GROUP BY 1 ORDER BY calls DESC, country"""

CALLS_SQL = """SELECT coalesce(CAST(call_date AS VARCHAR), call_month_day, '?') AS date, medium,
       p1_name || ' (' || coalesce(p1_country, '?') || ')' AS participant_1,
       p2_name || ' (' || coalesce(p2_country, '?') || ')' AS participant_2
FROM calls_flat ORDER BY call_date NULLS LAST, p1_name"""


# the snapshot's sites are served from this port on, so that running the demo again on the same warehouse serves the
# same addresses and shows that a crawl loads only what is new (a port taken falls back to a free one)
DEMO_FIRST_PORT = 47310


def run_demo(db: Path, print_fn=print) -> int:
    """Crawl the snapshot into `db` and print the calls found and an example query; returns the call count."""
    from flows.crawl import daily_crawl
    from flows.progress import terminal_progress
    from storage import format_table, query

    with tempfile.TemporaryDirectory(prefix="diendam-demo-") as tmp, SnapshotServer(first_port=DEMO_FIRST_PORT) as snapshot:
        sources = snapshot.write_sources(Path(tmp) / "sources.toml")
        print_fn(f"diendam demo: offline snapshot of {len(snapshot.sites)} sites on "
                 + ", ".join(snapshot.base_urls.values()))
        print_fn(f"diendam demo: daily crawl into {db} (a temporary local Prefect server starts first)")
        with terminal_progress():
            summary = daily_crawl(sources=str(sources), db=str(db))
    print_fn("")
    print_fn(summary.describe())
    columns, rows = query(db, CALLS_SQL)
    print_fn("")
    print_fn(f"Calls in {db}: {len(rows)}")
    print_fn(format_table(columns, rows))
    print_fn("")
    print_fn("Example query (diendam query \"...\" --db " + str(db) + "):")
    print_fn(EXAMPLE_SQL)
    columns, rows = query(db, EXAMPLE_SQL)
    print_fn(format_table(columns, rows))
    return len(rows)
