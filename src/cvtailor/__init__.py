"""cvtailor: tailor a CV to a job description, truthfully, with a resumable LangGraph graph.

The public names are imported on first use (module `__getattr__`), so `import cvtailor` and the
CLI's start-up do not pay for LangGraph, LangChain or the embedding model until a run needs them.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cvtailor.applications.batch import batch
    from cvtailor.applications.retention import prune
    from cvtailor.context import Context
    from cvtailor.errors import CVTailorError, InputError, SessionError
    from cvtailor.graph import build_graph
    from cvtailor.session import Result, Session, tailor

_LAZY = {
    "CVTailorError": "cvtailor.errors",
    "Context": "cvtailor.context",
    "InputError": "cvtailor.errors",
    "Result": "cvtailor.session",
    "Session": "cvtailor.session",
    "SessionError": "cvtailor.errors",
    "batch": "cvtailor.applications.batch",
    "build_graph": "cvtailor.graph",
    "prune": "cvtailor.applications.retention",
    "tailor": "cvtailor.session",
}

__all__ = [
    "CVTailorError",
    "Context",
    "InputError",
    "Result",
    "Session",
    "SessionError",
    "batch",
    "build_graph",
    "prune",
    "tailor",
]
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'cvtailor' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted([*__all__, "__version__"])
