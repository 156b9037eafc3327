"""An in-process OpenAI-compatible server that behaves like a small local model behind
llama.cpp's or Ollama's server, on 127.0.0.1 and a free port, for whole-graph tests.

Behaviours (`LocalStub(behaviour=...)`), each observed with real small models:
- "llama_cpp": `response_format: json_schema` is rejected with HTTP 500 ("Input should be
  'text' or 'json_object'", as llama-cpp-python's server says); forced tool calls are honoured;
  with `tool_choice: auto` the model writes its JSON as text in a ```json fence.
- "fenced": no tools, no response formats: every answer is text with the JSON in a fence and
  some chatter around it (Ollama with a model without tool support).
- "malformed": the first answer to every prompt is truncated JSON (finish_reason "length"),
  the re-ask gets a valid one.
- "slow": like llama_cpp, but the first answer comes only after `first_token_delay` seconds.

The answers themselves are a well-behaved model: the CV and JD as the offline parser reads
them, the rule-based gap verdicts and plan, and each item's own text as its rewrite.
"""

from __future__ import annotations

import json
import re
import threading
import time
from typing import Any

from tests.contract.stub import json_server

_BLOCK = re.compile(r'<data name="([a-z_]+)"[^>]*>\n(.*?)\n</data>', re.S)
_ITEM = re.compile(r'<data name="(?:item|current_summary|current)" id="([^"]+)"[^>]*>\n(.*?)\n'
                   r"</data>", re.S)
LLAMA_CPP_REJECTION = ("1 validation error for CreateChatCompletionRequest\nresponse_format.type"
                       "\n  Input should be 'text' or 'json_object'")


def _unfence(text: str) -> str:
    return text.replace("<\\/data", "</data").replace("<\\data", "<data")


def answer_for(body: dict[str, Any]) -> dict[str, Any]:
    """What a good model answers to one of the LLM engine's prompts."""
    from cvtailor.engines.offline import OfflineEngine

    user = str(body["messages"][-1]["content"])
    blocks = {name: _unfence(text) for name, text in _BLOCK.findall(user)}
    offline = OfflineEngine()
    if "cv" in blocks:
        return offline.parse_cv(blocks["cv"], "markdown").model_dump(mode="json")
    if "job_description" in blocks:
        job = offline.parse_jd(blocks["job_description"]).model_dump(mode="json")
        return {k: v for k, v in job.items() if k not in ("suspicious", "parser")}
    if "baseline_plan" in blocks:
        return json.loads(blocks["baseline_plan"])
    if "retrieved_evidence" in blocks:
        return {"matches": []}  # "no opinion": the rules' verdicts stand
    found = _ITEM.search(user)
    if found:
        return {"text": _unfence(found.group(2)), "evidence": [found.group(1)], "keywords": []}
    return {}


class LocalStub:
    def __init__(self, behaviour: str = "llama_cpp", first_token_delay: float = 0.0) -> None:
        self.behaviour = behaviour
        self.first_token_delay = first_token_delay
        self.requests: list[dict[str, Any]] = []
        self.statuses: list[int] = []
        self._seen: set[str] = set()
        self._lock = threading.Lock()
        self.server = json_server(
            "127.0.0.1", 0, lambda path, headers, body: (*self.respond(body), {}))
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    def __enter__(self) -> LocalStub:
        self.thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.server.shutdown()
        self.server.server_close()

    def respond(self, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        fmt = (body.get("response_format") or {}).get("type", "")
        tools, choice = body.get("tools") or [], body.get("tool_choice")
        prompt = json.dumps(body.get("messages"))
        with self._lock:
            self.requests.append(body)
            first = prompt not in self._seen and not any(
                "could not be used" in str(m.get("content")) for m in body["messages"])
            self._seen.add(prompt)
            delay = self.first_token_delay if len(self.requests) == 1 else 0.0
        if delay:
            time.sleep(delay)
        if fmt == "json_schema" and self.behaviour != "fenced":
            return self._status(500, {"error": {"code": 500, "message": LLAMA_CPP_REJECTION,
                                                "type": "server_error"}})
        value = json.dumps(answer_for(body), ensure_ascii=False)
        finish = "stop"
        if self.behaviour == "malformed" and first:
            value, finish = value[: max(10, len(value) // 2)], "length"
        forced = isinstance(choice, dict) or choice in ("required", "any")
        if tools and forced and self.behaviour != "fenced":
            name = tools[0]["function"]["name"]
            message: dict[str, Any] = {"role": "assistant", "content": None, "tool_calls": [{
                "id": "call_1", "type": "function",
                "function": {"name": name, "arguments": value}}]}
            finish = "tool_calls" if finish == "stop" else finish
        elif fmt == "json_object" and self.behaviour != "fenced":
            message = {"role": "assistant", "content": value}
        else:  # the JSON as text in a fence, the way small models write it
            message = {"role": "assistant",
                       "content": f"Here is the result:\n```json\n{value}\n```\nHope it helps!"}
        return self._status(200, {
            "id": "chatcmpl-local", "object": "chat.completion", "created": 1767225600,
            "model": body.get("model", "local"),
            "choices": [{"index": 0, "message": message, "finish_reason": finish}],
            "usage": {"prompt_tokens": len(prompt) // 4, "completion_tokens": len(value) // 4,
                      "total_tokens": (len(prompt) + len(value)) // 4}})

    def _status(self, status: int, payload: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        with self._lock:
            self.statuses.append(status)
        return status, payload
