"""Load stage: the DuckDB warehouse (schema, migrations, idempotent loads, raw page archive, views).

Public API: `Warehouse`, `LoadItem`, `LoadStats`, `WarehouseError`, `WarehouseLocked`, `query`.
"""
