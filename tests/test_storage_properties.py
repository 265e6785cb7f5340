"""Property: the warehouse's content does not depend on the order the reports arrive in or how they are
split into load batches (daily runs, backfills and re-runs all end up with the same calls)."""

from __future__ import annotations

import itertools
import tempfile
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storage import Warehouse, query
from storage.sample import sample_items

N_ITEMS = len(sample_items())


def calls_summary(path: Path) -> Counter:
    """Calls by (date, countries, number of reports): independent of which spelling came first."""
    _, rows = query(path, "SELECT call_date, call_month_day, list_sort([p1_country, p2_country]), n_articles, "
                          "medium FROM calls_flat")
    return Counter((d, md, tuple(c), n, m) for d, md, c, n, m in rows)


def load_in(order: list[int], cuts: list[int], path: Path) -> Warehouse:
    items = sample_items()
    ordered = [items[i] for i in order]
    bounds = sorted({0, len(ordered), *[c % (len(ordered) + 1) for c in cuts]})
    warehouse = Warehouse(path)
    for start, end in itertools.pairwise(bounds):
        warehouse.load(ordered[start:end], f"run-{start}")
    return warehouse


BASELINE: Counter | None = None


def baseline() -> Counter:
    global BASELINE
    if BASELINE is None:
        with tempfile.TemporaryDirectory() as tmp:
            BASELINE = calls_summary(load_in(list(range(N_ITEMS)), [], Path(tmp) / "base.duckdb").path)
    return BASELINE


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(order=st.permutations(list(range(N_ITEMS))), cuts=st.lists(st.integers(0, N_ITEMS), max_size=4))
def test_order_and_batching_do_not_change_the_calls(tmp_path_factory, order, cuts):
    path = tmp_path_factory.mktemp("prop") / "wh.duckdb"
    warehouse = load_in(order, cuts, path)
    assert calls_summary(path) == baseline()
    assert warehouse.check() == []
    again = warehouse.load(sample_items(), "again")
    assert (again.new_calls, again.new_mentions, again.new_articles) == (0, 0, 0)
