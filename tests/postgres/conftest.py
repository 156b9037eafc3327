"""A PostgreSQL database per test module, on the server CVTAILOR_TEST_POSTGRES names.

.ci/run starts a throwaway cluster and exports CVTAILOR_TEST_POSTGRES (a superuser URL); without
it the tests that need a server are skipped with one line. Each module gets a fresh database,
dropped afterwards, so runs never see each other's sessions.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from urllib.parse import urlsplit, urlunsplit

import pytest

DSN_ENV = "CVTAILOR_TEST_POSTGRES"


@pytest.fixture(scope="module")
def pg_url() -> Iterator[str]:
    dsn = os.environ.get(DSN_ENV)
    if not dsn:
        pytest.skip(f"no PostgreSQL server: set {DSN_ENV}=postgresql://user:pass@host:port/db "
                    "(.ci/run starts one)")
    psycopg = pytest.importorskip("psycopg", reason="the 'postgres' extra is not installed")
    name = "cvtailor_test_" + uuid.uuid4().hex[:10]
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    parts = urlsplit(dsn)
    try:
        yield urlunsplit(parts._replace(path="/" + name))
    finally:
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
