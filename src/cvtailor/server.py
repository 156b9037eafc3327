"""What `langgraph dev` / LangGraph Server needs from cvtailor beyond the graph (see README
"Serve it").

- `checkpointer()`: the server's checkpointer (langgraph.json "checkpointer"), a saver with
  cvtailor's serializer, so checkpointed domain types load back without "unregistered type"
  warnings. CVTAILOR_SERVER_STORE picks it: a `postgresql://` URL (the `postgres` extra) or a
  SQLite file; default `.langgraph_api/cvtailor.sqlite` in the server's working folder.
- `ServerContext`: the run settings a client may send. Engines are named from the registry
  only; paths (output folder, index, cache, price file) are the deployment's, never a client's.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.graph.state import CompiledStateGraph

from cvtailor.context import Context
from cvtailor.engines import UnknownEngineError, available_engines
from cvtailor.errors import CVTailorError
from cvtailor.graph import build_graph
from cvtailor.storage.serializer import serializer
from cvtailor.storage.session_store import is_postgres_url

SERVER_STORE_ENV = "CVTAILOR_SERVER_STORE"
DEFAULT_SERVER_STORE = Path(".langgraph_api") / "cvtailor.sqlite"


@asynccontextmanager
async def checkpointer() -> AsyncIterator[BaseCheckpointSaver[Any]]:
    """The server's checkpointer: PostgreSQL or SQLite, with cvtailor's serializer."""
    where = os.environ.get(SERVER_STORE_ENV) or str(DEFAULT_SERVER_STORE)
    if is_postgres_url(where):
        from cvtailor.storage.postgres import async_postgres_saver

        async with async_postgres_saver(where) as pg_saver:
            yield pg_saver
        return
    import aiosqlite
    from langgraph.checkpoint.sqlite.aio import AsyncSqliteSaver

    path = Path(where).expanduser()
    path.parent.mkdir(parents=True, exist_ok=True)
    async with aiosqlite.connect(str(path), timeout=30) as conn:
        await conn.execute("PRAGMA busy_timeout = 30000")
        saver = AsyncSqliteSaver(conn, serde=serializer())
        await saver.setup()
        yield saver


SERVER_OUT_DIR_ENV = "CVTAILOR_SERVER_OUT_DIR"
# Settings that name a place on the server's disk: the deployment's (its environment), never a
# client's. out_dir comes from CVTAILOR_SERVER_OUT_DIR; the others from their CVTAILOR_* vars.
DEPLOYMENT_PATHS = ("out_dir", "index_dir", "llm_cache", "prices")


class ServerSettingError(CVTailorError):
    """A run setting a server client may not choose."""


@dataclass(kw_only=True)
class ServerContext(Context):
    """Run settings as a LangGraph Server client sends them: every `Context` field, except that
    paths (out_dir, index_dir, llm_cache, prices) are refused, and files are written only when
    the deployment sets CVTAILOR_SERVER_OUT_DIR (to <it>/<thread id>/)."""

    out_dir_per_session: ClassVar[bool] = True

    out_dir: str = field(default="", metadata={"description": (
        "Not accepted from clients. Files are written only when the deployment sets "
        f"{SERVER_OUT_DIR_ENV} (to <it>/<thread id>/); the CV is always in outputs['cv.md'].")})
    index_dir: str = field(default="", metadata={"description": (
        "Not accepted from clients: the semantic index is kept in memory.")})
    llm_cache: str = field(default_factory=lambda: os.environ.get("CVTAILOR_LLM_CACHE", ""),
                           metadata={"description": "Not accepted from clients: the deployment "
                                     "sets CVTAILOR_LLM_CACHE."})
    prices: str = field(default_factory=lambda: os.environ.get("CVTAILOR_PRICES", ""),
                        metadata={"description": "Not accepted from clients: the deployment "
                                  "sets CVTAILOR_PRICES."})

    def __post_init__(self) -> None:
        defaults = Context()
        chosen = [name for name in DEPLOYMENT_PATHS
                  if getattr(self, name) != getattr(defaults, name)
                  and not (name == "out_dir" and getattr(self, name) == _server_out_dir())]
        if chosen:
            raise ServerSettingError(
                f"the server does not accept {', '.join(chosen)} from a client: paths on the "
                f"server are set by its deployment ({SERVER_OUT_DIR_ENV} for output files)")
        if ":" in self.engine or "/" in self.engine:
            raise UnknownEngineError(
                f"engine {self.engine!r} looks like an import path, which is not accepted; "
                f"available engines: {', '.join(available_engines())}")
        self.out_dir = _server_out_dir()


def _server_out_dir() -> str:
    return os.environ.get(SERVER_OUT_DIR_ENV, "")


def build_server_graph() -> CompiledStateGraph[Any, Any, Any, Any]:
    """The graph `langgraph dev` serves: no checkpointer (the server's), `ServerContext`."""
    return build_graph(context_schema=ServerContext)
