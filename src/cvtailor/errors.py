"""Errors a user can act on. The CLI prints their message on one line and exits non-zero."""


class CVTailorError(Exception):
    """Base class: the message is meant for the user, not a traceback."""


class InputError(CVTailorError, ValueError):
    """A CV or JD that cannot be read: missing, empty, too big, unsupported, unrecognisable."""


class SessionError(CVTailorError):
    """A session that does not exist, or is not waiting for what was sent."""
