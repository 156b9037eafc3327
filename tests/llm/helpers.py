"""Shared helpers for graph tests of the LLM engine with the public ScriptedChatModel."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from langchain_core.messages import BaseMessage

from cvtailor import Session
from cvtailor.storage.session_store import SessionStore
from cvtailor.testing import ScriptedChatModel, use_chat_model
from tests.conftest import CV_MD, JD_MD

VICTIM = "experience-1-2"
_BLOCK = re.compile(r'<data name="(?:item|current_summary|current)" id="([^"]+)"[^>]*>\n(.*?)\n'
                    r"</data>", re.S)


def item_key(item_id: str) -> str:
    """A rule key that matches only the prompt that rewrites `item_id`."""
    return f'name="item" id="{item_id}"'


def echo(schema: str, messages: list[BaseMessage]) -> dict[str, Any]:
    """A well-behaved writer: answers with the item's own text (always passes QA)."""
    found = _BLOCK.search(str(messages[-1].content))
    text = found.group(2) if found else ""
    return {"text": text, "evidence": [found.group(1)] if found else [], "keywords": []}


def model(**kw: Any) -> ScriptedChatModel:
    kw.setdefault("responder", echo)
    return ScriptedChatModel(**kw)


def prices_file(tmp_path: Path, per_million: float) -> str:
    path = tmp_path / "prices.json"
    path.write_text(json.dumps({"scripted:scripted": {"input": per_million,
                                                       "output": per_million}}))
    return str(path)


def start(store_path: Path, chat: ScriptedChatModel, **settings: Any) -> Session:
    settings.setdefault("interview", False)
    settings.setdefault("llm_steps", "write_item")
    return Session.start(CV_MD, JD_MD, store=SessionStore(store_path),
                         **use_chat_model(chat, **settings))
