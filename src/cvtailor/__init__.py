"""cvtailor: tailor a CV to a job description, truthfully, with a resumable LangGraph graph."""

from cvtailor.context import Context
from cvtailor.errors import CVTailorError, InputError, SessionError
from cvtailor.graph import build_graph
from cvtailor.session import Result, Session, tailor

__all__ = [
    "CVTailorError",
    "Context",
    "InputError",
    "Result",
    "Session",
    "SessionError",
    "build_graph",
    "tailor",
]
__version__ = "0.1.0"
