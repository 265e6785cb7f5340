"""Every ```sql block of the README's `## Querying` section runs as written on a small warehouse, returns
rows, and the tables and views it documents exist."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from storage import query
from storage.sample import build_sample_warehouse
from storage.schema import TABLES, VIEW_NAMES

README = Path(__file__).resolve().parent.parent / "README.md"


def querying_section() -> str:
    text = README.read_text(encoding="utf-8")
    match = re.search(r"^## Querying\n(.*?)(?=^## |\Z)", text, flags=re.S | re.M)
    assert match, "README has no '## Querying' section"
    return match.group(1)


def sql_blocks() -> list[str]:
    return re.findall(r"```sql\n(.*?)```", querying_section(), flags=re.S)


@pytest.fixture(scope="module")
def warehouse_path(tmp_path_factory) -> Path:
    warehouse, _ = build_sample_warehouse(tmp_path_factory.mktemp("readme") / "wh.duckdb")
    return warehouse.path


def test_section_has_ten_queries():
    assert len(sql_blocks()) >= 10


@pytest.mark.parametrize("index", range(len(sql_blocks())))
def test_readme_query_runs(warehouse_path, index):
    sql = sql_blocks()[index]
    columns, rows = query(warehouse_path, sql)
    assert columns
    assert rows, f"README query {index + 1} returned nothing on the sample warehouse:\n{sql}"


def test_documented_tables_and_views_exist(warehouse_path):
    section = querying_section()
    for name in TABLES + VIEW_NAMES:
        assert f"`{name}`" in section, f"{name} is not documented in README ## Querying"
        query(warehouse_path, f"SELECT * FROM {name} LIMIT 1")
