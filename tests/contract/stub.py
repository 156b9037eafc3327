"""A tiny OpenAI-, Gemini- and Anthropic-compatible HTTP server for recording cassettes.

Only used when recording (`--record-mode=once|rewrite|all`); replays never start it. Scripted
answers are queued per test: `stub.queue(("json", {...}), ("error", 429), ("raw", "{oops"))`.
An answer is shaped for the request: an OpenAI tool call when the request offers tools, OpenAI
message content otherwise, a Gemini `generateContent` response (JSON text or a
functionCall part), or an Anthropic Messages response (a `tool_use` block when the request
offers tools, a text block otherwise). `stub.serve(fn)` answers every request with
`fn(prompt_text)` instead of a queue (a whole graph run, whose requests interleave).
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

HOST, PORT = "127.0.0.1", 18765
BASE = f"http://{HOST}:{PORT}"
OPENAI_BASE = f"{BASE}/v1"
GEMINI_PATH = re.compile(r"^/v1beta/models/([^/:]+):generateContent$")


# (status, JSON payload, extra headers) for a request's path and JSON body.
Responder = Callable[[str, dict[str, str], dict[str, Any]], tuple[int, Any, dict[str, str]]]


def json_server(host: str, port: int, respond: Responder) -> ThreadingHTTPServer:
    """An HTTP server on host:port (0 = a free port) that answers every POST with JSON from
    `respond(path, headers, body)`; shared by the recording stub and the local-model stub."""

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

        def do_POST(self) -> None:
            length = int(self.headers.get("content-length") or 0)
            body = json.loads(self.rfile.read(length) or b"{}")
            status, payload, headers = respond(self.path, dict(self.headers), body)
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(data)))
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)

    return ThreadingHTTPServer((host, port), Handler)


def _usage(body: dict[str, Any], text: str) -> tuple[int, int]:
    return max(1, len(json.dumps(body)) // 4), max(1, len(text) // 4)


def openai_answer(kind: str, value: Any, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
    if kind == "error":
        return int(value), {"error": {"message": f"stub error {value}", "type": "stub",
                                      "code": str(value)}}
    text = value if kind == "raw" else json.dumps(value)
    inp, out = _usage(body, text)
    tools = body.get("tools") or []
    if tools:
        name = tools[0]["function"]["name"]
        message: dict[str, Any] = {"role": "assistant", "content": None, "tool_calls": [{
            "id": "call_stub_1", "type": "function",
            "function": {"name": name, "arguments": text}}]}
        finish = "tool_calls"
    else:
        message, finish = {"role": "assistant", "content": text}, "stop"
    return 200, {"id": "chatcmpl-stub", "object": "chat.completion", "created": 1767225600,
                 "model": body.get("model", "stub"),
                 "choices": [{"index": 0, "message": message, "finish_reason": finish}],
                 "usage": {"prompt_tokens": inp, "completion_tokens": out,
                           "total_tokens": inp + out}}


def gemini_answer(kind: str, value: Any, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
    if kind == "error":
        status = {429: "RESOURCE_EXHAUSTED", 500: "INTERNAL", 503: "UNAVAILABLE",
                  400: "INVALID_ARGUMENT"}.get(int(value), "UNKNOWN")
        return int(value), {"error": {"code": int(value), "message": f"stub error {value}",
                                      "status": status}}
    text = value if kind == "raw" else json.dumps(value)
    inp, out = _usage(body, text)
    tools = body.get("tools") or []
    declarations = [d for t in tools for d in t.get("functionDeclarations", []) or []]
    if declarations and kind != "raw":
        part: dict[str, Any] = {"functionCall": {"name": declarations[0]["name"], "args": value}}
    else:
        part = {"text": text}
    return 200, {"candidates": [{"content": {"role": "model", "parts": [part]},
                                 "finishReason": "STOP", "index": 0}],
                 "usageMetadata": {"promptTokenCount": inp, "candidatesTokenCount": out,
                                   "totalTokenCount": inp + out},
                 "modelVersion": "stub"}


ANTHROPIC_BASE = BASE  # the SDK appends /v1/messages
_ANTHROPIC_ERRORS = {400: "invalid_request_error", 401: "authentication_error",
                     429: "rate_limit_error", 500: "api_error", 529: "overloaded_error"}


def anthropic_prompt(body: dict[str, Any]) -> str:
    """The text of the last user message of an Anthropic Messages request."""
    content = (body.get("messages") or [{}])[-1].get("content", "")
    if isinstance(content, list):
        return "".join(str(b.get("text", "")) for b in content if isinstance(b, dict))
    return str(content)


def anthropic_answer(kind: str, value: Any, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
    """A Messages API response: tool_use when the request offers tools, else a text block."""
    if kind == "error":
        status = int(value)
        return status, {"type": "error", "error": {
            "type": _ANTHROPIC_ERRORS.get(status, "api_error"), "message": f"stub error {value}"}}
    text = value if kind == "raw" else json.dumps(value)
    inp, out = _usage(body, text)
    tools = body.get("tools") or []
    if tools and kind != "raw":
        choice = body.get("tool_choice") or {}
        name = choice.get("name") or tools[0]["name"]
        content: list[dict[str, Any]] = [{"type": "tool_use", "id": "toolu_stub_1",
                                          "name": name, "input": value}]
        stop = "tool_use"
    else:
        content, stop = [{"type": "text", "text": text}], "end_turn"
    return 200, {"id": "msg_stub", "type": "message", "role": "assistant",
                 "model": body.get("model", "stub"), "content": content,
                 "stop_reason": stop, "stop_sequence": None,
                 "usage": {"input_tokens": inp, "output_tokens": out}}


class StubServer:
    def __init__(self) -> None:
        self.answers: list[tuple[str, Any]] = []
        self.requests: list[dict[str, Any]] = []
        self.server_fn: Callable[[str], Any] | None = None
        self._lock = threading.Lock()
        self.server = json_server(HOST, PORT, self._respond)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def _respond(self, path: str, headers: dict[str, str], body: dict[str, Any]
                 ) -> tuple[int, Any, dict[str, str]]:
        with self._lock:
            self.requests.append({"path": path, "headers": headers, "body": body})
            kind, value = self.answers.pop(0) if self.answers else ("error", 500)
        path = path.split("?")[0]
        if self.server_fn is not None and path.endswith("/messages"):
            kind, value = "json", self.server_fn(anthropic_prompt(body))
        if path.endswith("/chat/completions"):
            status, payload = openai_answer(kind, value, body)
        elif GEMINI_PATH.match(path):
            status, payload = gemini_answer(kind, value, body)
        elif path == "/v1/messages":
            status, payload = anthropic_answer(kind, value, body)
        else:
            status, payload = 404, {"error": {"message": "no such endpoint"}}
        return status, payload, {"retry-after": "0"} if status == 429 else {}

    def start(self) -> StubServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def queue(self, *answers: tuple[str, Any]) -> None:
        with self._lock:
            self.answers = list(answers)
            self.requests = []
            self.server_fn = None

    def serve(self, fn: Callable[[str], Any]) -> None:
        """Answer every Anthropic request with fn(prompt text) as structured output."""
        with self._lock:
            self.answers, self.requests, self.server_fn = [], [], fn


class NoStub:
    """Replay mode: the cassette answers; queued answers are ignored."""

    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []

    def queue(self, *answers: tuple[str, Any]) -> None:
        pass

    def serve(self, fn: Callable[[str], Any]) -> None:
        pass
