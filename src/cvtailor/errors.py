"""Errors a user can act on. The CLI prints their message on one line and exits non-zero."""

import json
from typing import Any


class CVTailorError(ValueError):
    """Base class: the message is meant for the user, not a traceback.

    A ValueError so that LangGraph Server passes the message on to its clients: it replaces
    the message of other exception types with "An internal error occurred"."""


class InputError(CVTailorError):
    """A CV or JD that cannot be read: missing, empty, too big, unsupported, unrecognisable."""


class SessionError(CVTailorError):
    """A session that does not exist, or is not waiting for what was sent."""


def parse_json(text: str, what: str) -> Any:
    """json.loads, with a one-line InputError naming `what` and the line of the mistake."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{what} is not valid JSON: {exc.msg} at line {exc.lineno}") from None
