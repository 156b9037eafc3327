"""join_inputs: where the two parse steps meet before research.

parse_cv and parse_jd run in parallel; either may be done by its node or, after a model
failure, by its error handler one super-step later (a handler is not its node, so a join edge
`["parse_cv", "parse_jd"] -> research` would wait forever). Both routes arrive here, and
`inputs_ready` goes on to research once the CV and the job are both in state.
"""

from __future__ import annotations

from typing import Any

from cvtailor.nodes.common import timed
from cvtailor.state import TailorState


@timed("join_inputs")
def join_inputs(state: TailorState) -> dict[str, Any]:
    """A meeting point; the route decides."""
    return {}


def inputs_ready(state: TailorState) -> list[str]:
    """To research when both the CV and the job are parsed; nowhere (wait) until then."""
    return ["research"] if state.get("cv") and state.get("job") else []
