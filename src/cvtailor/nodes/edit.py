"""edit: where an edit of a completed CV enters the graph; the run goes on to assemble.

`Session.edit` checks the edit with the fabrication guard first (`applications/versions.py`),
then writes it to the thread as this node (`graph.update_state(config, update, as_node="edit")`):
a new version, the decision and the audit entry. The edge edit -> assemble then re-assembles
and re-exports the CV, so the history shows the edit as a step of its own. Run directly (a
`Command(goto="edit")`), the node changes nothing and the CV is assembled again as it is.
"""

from __future__ import annotations

from typing import Any

from cvtailor.state import TailorState


def edit(state: TailorState) -> dict[str, Any]:
    """No update of its own: the edit's values are written as this node's (see the module)."""
    return {}
