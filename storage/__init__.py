"""Load stage: the DuckDB warehouse (schema, migrations, idempotent loads, raw page archive, views).

Public API: `Warehouse`, `LoadItem`, `LoadStats`, `StoredPage`, `WarehouseError`, `WarehouseLocked`, `query`,
`format_table`, `SCHEMA_VERSION`; `storage.report.build_report` for the HTML report.
"""

from storage.schema import SCHEMA_VERSION
from storage.warehouse import (
    LoadItem,
    LoadStats,
    StoredPage,
    Warehouse,
    WarehouseError,
    WarehouseLocked,
    format_table,
    query,
)

__all__ = ["SCHEMA_VERSION", "LoadItem", "LoadStats", "StoredPage", "Warehouse", "WarehouseError",
           "WarehouseLocked", "format_table", "query"]
