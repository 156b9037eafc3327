"""Server entry point for `langgraph dev` / LangGraph Server (see README "Serve it").

`graph`: the tailoring graph without a checkpointer (the server owns persistence), with the
server's run settings (`ServerContext`: registered engines only, no client-chosen paths).
`checkpointer`: the server's checkpointer (langgraph.json "checkpointer"), which knows
cvtailor's types. Start it with `pip install -e . "langgraph-cli[inmem]" && langgraph dev`.
"""

from cvtailor.server import build_server_graph, checkpointer

graph = build_server_graph()

__all__ = ["checkpointer", "graph"]
