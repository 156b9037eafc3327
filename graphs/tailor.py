"""Server entry point for `langgraph dev` / LangGraph Studio: the graph without a checkpointer
(the server owns persistence). Start it with `pip install -e . && langgraph dev`."""

from cvtailor.graph import build_graph

graph = build_graph()
