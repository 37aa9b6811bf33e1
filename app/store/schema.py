"""The schema, as an ordered list of migrations. `PRAGMA user_version` records how many were applied.

Each migration runs in the same transaction as the version bump, so a migration that fails (or a
process killed half-way) leaves the file at the previous version. Never edit a released migration:
add a new one.
"""

from __future__ import annotations

from app.store.schema_v1_6 import V1_CORE, V2_AUDIT, V3_IMPORTS, V4_FLOWERS, V5_AWARDS, V6_CERTIFICATES
from app.store.schema_v7_on import (
    NAMES_REKEYED,
    NAMES_REKEYED_AT,
    V7_FROZEN_PAY,
    V8_IMPORT_NAMES,
    V9_STINTS,
    V10_IMPORT_DAY_NAMES,
    V11_IN_AWARDS,
    V12_DEPARTMENT_NAMES,
    V13_IMPORT_SHARES,
    V14_NAME_KEYS,
    V15_DEMO_FOUND,
    V16_PRINTED_CONTENT,
    V17_SKIPPED_ACCOUNTS,
    V18_REMOVED_STAFF,
    V19_METRIC_NAMES,
    V20_EVENT_TYPE_NAMES,
)

__all__ = ["APPLICATION_ID", "LATEST_VERSION", "MIGRATIONS", "NAMES_REKEYED", "NAMES_REKEYED_AT"]

APPLICATION_ID = 0x48484231  # "HHB1": marks a file as a Honghua shop


MIGRATIONS: list[list[str]] = [V1_CORE, V2_AUDIT, V3_IMPORTS, V4_FLOWERS, V5_AWARDS, V6_CERTIFICATES, V7_FROZEN_PAY,
                               V8_IMPORT_NAMES, V9_STINTS, V10_IMPORT_DAY_NAMES,
                               V11_IN_AWARDS, V12_DEPARTMENT_NAMES, V13_IMPORT_SHARES,
                               V14_NAME_KEYS, V15_DEMO_FOUND, V16_PRINTED_CONTENT, V17_SKIPPED_ACCOUNTS,
                               V18_REMOVED_STAFF, V19_METRIC_NAMES, V20_EVENT_TYPE_NAMES]
LATEST_VERSION = len(MIGRATIONS)
