"""The profile under `langgraph dev`: the server's own store, shared by its threads."""

from __future__ import annotations

from typing import Any

import pytest

from tests.graph.test_profile import JD2
from tests.server.conftest import Server
from tests.server.test_server import client, run, start_input

pytestmark = [pytest.mark.server, pytest.mark.slow]


def _questions(server: Server, thread: str) -> dict[str, Any]:
    state = client(server).threads.get_state(thread)
    return {q["term"]: q for q in state["interrupts"][0]["value"]["questions"]}


def test_a_no_in_one_thread_is_not_asked_in_the_next(server: Server) -> None:
    c = client(server)
    context = {"interview": True, "profile": "served"}
    first = c.threads.create()["thread_id"]
    run(server, first, input=start_input(), context=context)
    kafka = _questions(server, first)["Apache Kafka"]
    out = run(server, first, command={"resume": {"answers": {kafka["id"]: "no"}}},
              context=context)
    assert "__error__" not in (out or {}), out
    items = c.store.search_items(["profiles", "served", "entries"])["items"]
    assert [(i["key"], i["value"]["kind"]) for i in items] == [("kafka", "rejected")]

    second = c.threads.create()["thread_id"]
    run(server, second, input={**start_input(), "jd_text": JD2, "jd_name": "jd2.md"},
        context=context)
    asked = _questions(server, second)
    assert "Apache Kafka" not in asked and "Kubernetes" in asked
