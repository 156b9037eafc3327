"""Fakes for tests — ours and yours. No network, no key, deterministic.

`ScriptedChatModel` is a LangChain chat model that answers from a script (structured output,
tool calls, usage, latency, timeouts, 429/5xx, malformed JSON, fabrications); `use_chat_model`
plugs it into the LLM engine.

`ScriptedEngine` behaves like the offline engine except where a script says otherwise: it can
return given texts for an item (a fabricating model, say), raise for an item, sleep, and it
records every writer call so a test can prove what ran and what did not.

    engine = ScriptedEngine(outputs={"experience-1-2": ["Led 12 engineers at Google."]})
    register_engine("scripted", lambda: engine)
    result = cvtailor.tailor(cv, jd, engine="scripted")
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import threading
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from langchain_core.language_models.chat_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.messages.ai import UsageMetadata
from langchain_core.outputs import ChatGeneration, ChatResult
from langchain_core.runnables import Runnable
from pydantic import ConfigDict, Field

from cvtailor.engines import register_engine
from cvtailor.engines.offline import OfflineEngine
from cvtailor.models import Draft, ItemStatus, WriteTask


@dataclass
class WriterCall:
    """One call of the scripted writer: item, attempt, round and feedback."""

    item_id: str
    attempt: int
    round: int
    feedback: str


@dataclass
class ScriptedEngine(OfflineEngine):
    """The offline engine with scripted writer behaviour per item id."""

    outputs: dict[str, list[str]] = field(default_factory=dict)
    fail: dict[str, BaseException] = field(default_factory=dict)
    delay: float = 0.0
    name: str = "scripted"
    calls: list[WriterCall] = field(default_factory=list)

    def __post_init__(self) -> None:
        OfflineEngine.__init__(self)
        self._lock = threading.Lock()

    def write_item(self, task: WriteTask) -> Draft:
        """The item's next scripted text, or its scripted exception; the offline writer once the
        script runs out."""
        with self._lock:
            self.calls.append(WriterCall(task.item.id, task.attempt, task.round, task.feedback))
            script = self.outputs.get(task.item.id)
            text = script.pop(0) if script else None
        if self.delay:
            time.sleep(self.delay)
        if task.item.id in self.fail:
            raise self.fail[task.item.id]
        if text is None:
            return OfflineEngine.write_item(self, task)
        return Draft(item_id=task.item.id, text=text, original=task.item.original,
                     evidence=list(task.plan.evidence or [task.item.id]),
                     keywords=list(task.plan.keywords), raw_output=text, engine=self.name,
                     attempt=task.attempt, round=task.round, status=ItemStatus.GENERATED,
                     feedback=task.feedback)

    def calls_for(self, item_id: str) -> list[WriterCall]:
        """The writer calls for one item, in order."""
        return [c for c in self.calls if c.item_id == item_id]

    def written(self) -> list[str]:
        """The item ids the writer was called for, in call order."""
        return [c.item_id for c in self.calls]


def use_engine(engine: ScriptedEngine, name: str | None = None) -> str:
    """Register `engine` under its name (or `name`) and return the name for Context.engine."""
    key = name or engine.name
    register_engine(key, lambda: engine)
    return key


def fabrications() -> Iterable[str]:
    """Typical fabrications a bad model produces, for guard tests."""
    return (
        "Increased revenue by 45% across 3 regions.",
        "Led the platform team at Google.",
        "Built streaming pipelines on Apache Kafka.",
        "Holds a PhD in Computer Science.",
    )


# -- a scripted chat model ---------------------------------------------------------------------


@dataclass
class Reply:
    """One scripted model answer. Build with `Reply.json(...)`, `Reply.raw(...)`,
    `Reply.fail(429)` (or 500, 400, "timeout", "connection"), `Reply.slow(seconds, ...)`."""

    payload: Any = None
    text: str | None = None
    error: int | str | None = None
    latency: float | None = None
    usage: tuple[int, int] | None = None
    message: str = ""

    @classmethod
    def json(cls, payload: Any, **kw: Any) -> Reply:
        """An answer with this JSON payload."""
        return cls(payload=payload, **kw)

    @classmethod
    def raw(cls, text: str, **kw: Any) -> Reply:
        """Text as the model wrote it (e.g. malformed JSON where JSON was asked for)."""
        return cls(text=text, **kw)

    @classmethod
    def fail(cls, error: int | str, **kw: Any) -> Reply:
        """A failing call: an HTTP status (429, 500, 400...), 'timeout' or 'connection'."""
        return cls(error=error, **kw)

    @classmethod
    def rewrite(cls, text: str, evidence: list[str] | None = None) -> Reply:
        """A writer's answer (the engine's `Rewrite` schema), e.g. fabricated content."""
        return cls(payload={"text": text, "evidence": evidence or [], "keywords": []})


Scripted = Reply | dict[str, Any] | str


def _as_reply(value: Scripted) -> Reply:
    if isinstance(value, Reply):
        return value
    if isinstance(value, dict):
        return Reply(payload=value)
    return Reply(text=str(value))


def _http_error(code: int | str, model: str, message: str = "") -> Exception:
    """The exception the real OpenAI client raises for this failure."""
    import httpx2
    import openai

    request = httpx2.Request("POST", f"https://scripted.invalid/{model}/chat/completions")
    if code == "timeout":
        return openai.APITimeoutError(request=request)
    if code == "connection":
        return openai.APIConnectionError(request=request)
    status = int(code)
    text = message or f"scripted {status}"
    response = httpx2.Response(status, request=request, json={"error": {"message": text}})
    cls = {400: openai.BadRequestError, 401: openai.AuthenticationError,
           404: openai.NotFoundError, 429: openai.RateLimitError}.get(status)
    if cls is None:
        cls = openai.InternalServerError if status >= 500 else openai.APIStatusError
    return cls(f"Error code: {status} - {text}", response=response, body=None)


class ScriptedChatModel(BaseChatModel):
    """A chat model that answers from a script: for your tests of graphs that use models.

    Supports `bind_tools` and `with_structured_output` (function calling, json_schema and
    json_mode), reports `usage_metadata`, and simulates latency, timeouts, 429/5xx/400 (the
    real `openai` exception types), malformed JSON and fabricated content.

    Which answer a call gets: the first `rules` key found in the requested tool/schema name or
    in the last message (its list is consumed in order), else the next `script` entry, else
    `responder(schema_name, messages)`, else an empty JSON object.

        model = ScriptedChatModel(rules={"experience-1-2": [Reply.fail(429)]},
                                  responder=lambda schema, msgs: {...})
        settings = use_chat_model(model)            # {"engine": "llm", "model": ...}
        cvtailor.tailor(cv, jd, **settings)
    """

    script: list[Any] = Field(default_factory=list)
    rules: dict[str, list[Any]] = Field(default_factory=dict)
    responder: Any = None
    latency: float = 0.0
    timeout: float | None = None
    model_name: str = "scripted"
    calls: list[dict[str, Any]] = Field(default_factory=list)

    model_config = ConfigDict(arbitrary_types_allowed=True)

    @property
    def _llm_type(self) -> str:
        return "cvtailor-scripted"

    def _next(self, schema: str, messages: list[BaseMessage]) -> tuple[Reply, str]:
        last = str(messages[-1].content) if messages else ""
        with _SCRIPT_LOCK:
            for key, replies in self.rules.items():
                if replies and (key == schema or key in last):
                    return _as_reply(replies.pop(0)), key
            if self.script:
                return _as_reply(self.script.pop(0)), "script"
        if self.responder is not None:
            return _as_reply(self.responder(schema, messages)), "responder"
        return Reply(payload={}), "default"

    def _generate(self, messages: list[BaseMessage], stop: list[str] | None = None,
                  run_manager: Any = None, **kwargs: Any) -> ChatResult:
        tools = kwargs.get("tools") or []
        schema = (tools[0].get("function", {}).get("name", "") if tools else
                  str(kwargs.get("response_format") or ""))
        reply, source = self._next(schema, messages)
        latency = self.latency if reply.latency is None else reply.latency
        with _SCRIPT_LOCK:
            self.calls.append({"schema": schema, "source": source, "messages": messages,
                               "error": reply.error})
        if self.timeout is not None and latency > self.timeout:
            time.sleep(self.timeout)
            raise _http_error("timeout", self.model_name)
        if latency:
            time.sleep(latency)
        if reply.error is not None:
            raise _http_error(reply.error, self.model_name, reply.message)
        text = reply.text if reply.text is not None else json.dumps(reply.payload)
        if reply.usage:
            inp, out = reply.usage
        else:
            inp = max(1, sum(len(str(m.content)) for m in messages) // 4)
            out = max(1, len(text) // 4)
        usage = UsageMetadata(input_tokens=inp, output_tokens=out, total_tokens=inp + out)
        if tools and reply.text is None:
            message = AIMessage(content="", usage_metadata=usage, tool_calls=[
                {"name": schema, "args": reply.payload, "id": f"call_{len(self.calls)}"}])
        elif tools:
            message = AIMessage(content="", usage_metadata=usage, invalid_tool_calls=[
                {"name": schema, "args": text, "id": f"call_{len(self.calls)}",
                 "error": "malformed JSON", "type": "invalid_tool_call"}])
        else:
            message = AIMessage(content=text, usage_metadata=usage)
        return ChatResult(generations=[ChatGeneration(message=message)])

    def bind_tools(self, tools: Sequence[Any], *, tool_choice: Any = None,
                   **kwargs: Any) -> Runnable[Any, AIMessage]:
        """The model bound to the tools (in OpenAI's format)."""
        from langchain_core.utils.function_calling import convert_to_openai_tool

        return self.bind(tools=[convert_to_openai_tool(t) for t in tools],
                         tool_choice=tool_choice, **kwargs)

    def with_structured_output(self, schema: Any, *, include_raw: bool = False,
                               method: str = "function_calling",
                               **kwargs: Any) -> Runnable[Any, Any]:
        """The model with structured output: function calling as LangChain does it; json_schema
        or json_mode by a response format and a parser."""
        if method == "function_calling":
            return super().with_structured_output(schema, include_raw=include_raw)
        from operator import itemgetter

        from langchain_core.output_parsers import JsonOutputParser, PydanticOutputParser
        from langchain_core.runnables import RunnableMap, RunnablePassthrough

        name = getattr(schema, "__name__", "json")
        llm = self.bind(response_format=name)
        parser: Any = (PydanticOutputParser(pydantic_object=schema)
                       if isinstance(schema, type) else JsonOutputParser())
        if not include_raw:
            return cast(Runnable[Any, Any], llm | parser)
        parsed = RunnablePassthrough.assign(parsed=itemgetter("raw") | parser,
                                            parsing_error=lambda _: None)
        none = RunnablePassthrough.assign(parsed=lambda _: None)
        return RunnableMap(raw=llm) | parsed.with_fallbacks([none],
                                                             exception_key="parsing_error")

    def calls_for(self, schema: str) -> list[dict[str, Any]]:
        """The calls made for one tool/schema name, in order."""
        return [c for c in self.calls if c["schema"] == schema]


_SCRIPT_LOCK = threading.Lock()


def use_chat_model(model: ScriptedChatModel | BaseChatModel, name: str = "scripted",
                   **settings: Any) -> dict[str, Any]:
    """Register `model` as provider `name` and return the run settings that use it:
    `cvtailor.tailor(cv, jd, **use_chat_model(model))`. Extra settings are passed through."""
    from cvtailor.engines.llm.providers import register_chat_model

    def factory(spec: Any, timeout: float) -> BaseChatModel:
        if isinstance(model, ScriptedChatModel) and model.timeout is None:
            model.timeout = timeout
        return model

    register_chat_model(name, factory)
    model_name = getattr(model, "model_name", "") or "model"
    return {"engine": "llm", "provider": name, "model": f"{name}:{model_name}",
            "writer_model": f"{name}:{model_name}", **settings}


# -- a small model that drifts -------------------------------------------------------------------

_DATA = re.compile(r'<data name="([a-z_]+)"[^>]*>\n(.*?)\n</data>', re.S)
_ITEM = re.compile(r'<data name="(?:item|current_summary|current)" id="([^"]+)"[^>]*>\n(.*?)\n'
                   r"</data>", re.S)
_SPELLED = re.compile(r"spelled as given: (.*?)\.?\n")
_NUM = re.compile(r"(?<![\w.])(\$?)(\d[\d,]*(?:\.\d+)?)(\s?%|\s?[kKmM]\b|\+)?")
# A capitalised run after a preposition: an employer, client or product ("at Lumen Freight").
_NAMED = re.compile(r"\s+(?:at|for|with|on|in|from|using|via)\s+"
                    r"(?:[A-Z][\w&'.-]*(?:\s+(?:[A-Z][\w&'.-]*|of|&))*)(?:\s*\([^)]*\))?")
_CRED = r"([A-Z][A-Z&]{1,7})"  # an acronym: CPA, CPP, PMP
_NOT_HELD = (
    (re.compile(r"\b(?:[Pp]assed|[Cc]ompleted) \d+ (?:of|/|out of) \d+ (?:sections of the )?"
                + _CRED + r"(?: exam)?(?: sections| parts)?"), r"\1-certified"),
    (re.compile(r"\b" + _CRED + r" (?:exam )?candidate\b(?:\s*(?:\([^)]*\)|[—–-][^;.]*))?"),
     r"\1"),
    (re.compile(r"\b(?:studying|preparing|sitting) for the " + _CRED + r"\b"), r"\1-certified"),
    (re.compile(r",?\s*\(?(?:expected|anticipated) [A-Z][a-z]+ \d{4}\)?"), ""),
)
DRIFTS = ("add_term", "inflate_number", "drop_number", "drop_name", "credential", "jd_copy")


def _unfence(text: str) -> str:
    return text.replace("<\\/data", "</data").replace("<\\data", "<data")


def _blocks(text: str) -> dict[str, str]:
    return {name: _unfence(body) for name, body in _DATA.findall(text)}


class DriftChatModel(ScriptedChatModel):
    """A small model that drifts: a scripted chat model that answers every step of the LLM
    engine with valid structured output (the CV and JD as the offline parser reads them, no
    gap verdicts of its own, the baseline plan, a respelled item) and, per writing call,
    deterministically (seeded by `seed` and the prompt) drifts the way small models do:

    - `add_term`: adds a plausible but unevidenced term, often one of the JD's requirements the
      CV does not show;
    - `inflate_number`: 40% -> 60%, 12 -> 18;
    - `drop_number`: leaves a number of the item out; `drop_name`: leaves out an employer,
      client or product ("at Lumen Freight");
    - `credential`: "CPA candidate" / "passed 2 of 4 CPA exam sections" -> "CPA(-certified)",
      in that item or any other;
    - `jd_copy`: answers with one of the JD's requirements as the item's new text.

    `drift_rate` is the share of writing calls that drift (one or two drifts each); `drifts`
    limits the kinds. `drifted` records (item id, kinds, text) for every drifted answer.
    Use it like ScriptedChatModel: `cvtailor.tailor(cv, jd, **use_chat_model(DriftChatModel()))`.
    """

    seed: int = 0
    drift_rate: float = 0.8
    drifts: tuple[str, ...] = DRIFTS
    model_name: str = "drift"
    job_terms: list[str] = Field(default_factory=list)
    job_lines: list[str] = Field(default_factory=list)
    cv_credentials: list[str] = Field(default_factory=list)
    drifted: list[tuple[str, list[str], str]] = Field(default_factory=list)

    def _next(self, schema: str, messages: list[BaseMessage]) -> tuple[Reply, str]:
        return Reply(payload=self.answer(schema, messages)), "drift"

    def answer(self, schema: str, messages: list[BaseMessage]) -> dict[str, Any]:
        """The structured answer to one of the LLM engine's prompts."""
        from cvtailor.engines.offline import OfflineEngine

        system = str(messages[0].content) if len(messages) > 1 else ""
        user = str(messages[-1].content)
        blocks = _blocks(user)
        offline = OfflineEngine()
        if "cv" in blocks:
            held = [m.group(1) for p, r in _NOT_HELD if r for m in p.finditer(blocks["cv"])]
            with _SCRIPT_LOCK:  # credentials the CV works towards, to claim anywhere
                self.cv_credentials = list(dict.fromkeys([*self.cv_credentials, *held]))
            return offline.parse_cv(blocks["cv"], "markdown").model_dump(mode="json")
        if "job_description" in blocks:
            job = offline.parse_jd(blocks["job_description"])
            with _SCRIPT_LOCK:
                self.job_terms = list(dict.fromkeys(
                    [*self.job_terms, *job.skills,
                     *(k for r in job.requirements for k in r.keywords)]))
                self.job_lines = [*self.job_lines, *(r.text for r in job.requirements)]
            dumped = job.model_dump(mode="json")
            return {k: v for k, v in dumped.items() if k not in ("suspicious", "parser")}
        if "baseline_plan" in blocks:
            return dict(json.loads(blocks["baseline_plan"]))
        if "retrieved_evidence" in blocks:
            return {"matches": []}  # no verdicts of its own: the rules' stand
        found = _ITEM.search(user)
        if not found:
            return {}
        return self.rewrite(found.group(1), _unfence(found.group(2)), system, user, offline.vocab)

    def rewrite(self, item_id: str, original: str, system: str, user: str,
                vocab: Any) -> dict[str, Any]:
        """A sensible rewrite (the planned JD terms respelled in), drifted by the seeded dice."""
        from cvtailor.engines.offline.writer import rewrite_sentence
        from cvtailor.text.wordforms import phrase_in

        spelled = _SPELLED.search(system)
        keywords = [k.strip() for k in (spelled.group(1) if spelled else "").split(",")
                    if k.strip() and k.strip() != "(none)"]
        evidence_json = _blocks(user).get("evidence_items", "[]")
        try:
            evidence = " ".join(str(e.get("text", "")) for e in json.loads(evidence_json))
        except ValueError:
            evidence = ""
        if not original:  # a new key qualification or summary
            text = keywords[0] if keywords else ""
        else:
            text, _ = rewrite_sentence(original, keywords, vocab)
        digest = hashlib.sha256(f"{self.seed}\x00{system}\x00{user}".encode()).digest()
        rng = random.Random(int.from_bytes(digest[:8], "big"))
        kinds: list[str] = []
        if rng.random() < self.drift_rate:
            with _SCRIPT_LOCK:
                unevidenced = [t for t in self.job_terms
                               if not phrase_in(t, evidence) and not phrase_in(t, text)]
                lines = list(self.job_lines)
                credentials = list(self.cv_credentials)
            candidates = list(self.drifts)
            rng.shuffle(candidates)
            for kind in candidates:
                changed = _drift(kind, text, rng, unevidenced, lines, evidence, credentials)
                if changed and changed != text:
                    text = changed
                    kinds.append(kind)
                    if len(kinds) >= 1 + (rng.random() < 0.3):
                        break
        if kinds:
            with _SCRIPT_LOCK:
                self.drifted.append((item_id, kinds, text))
        return {"text": text, "evidence": [item_id], "keywords": keywords}


def _drift(kind: str, text: str, rng: random.Random, unevidenced: list[str],
           jd_lines: list[str], evidence: str = "", credentials: Sequence[str] = ()
           ) -> str | None:
    """`text` drifted one way, or None when that drift does not apply to it."""
    body, end = (text[:-1], text[-1]) if text[-1:] in ".;" else (text, "")
    if kind == "add_term" and unevidenced:
        term = rng.choice(unevidenced)
        if not body:
            return term
        joiner = rng.choice([", using {t}", " with {t}", ", including {t}", " and {t}"])
        return body + joiner.format(t=term) + end
    numbers = list(_NUM.finditer(text))
    if kind == "inflate_number" and numbers:
        m = rng.choice(numbers)
        raw = m.group(2).replace(",", "")
        if re.fullmatch(r"(19|20)\d\d", raw):
            return None  # a year: not a quantity
        value = float(raw)
        bigger = value * rng.choice([1.5, 2, 3]) if value >= 4 else value + rng.choice([1, 2])
        shown = f"{bigger:,.0f}" if "," in m.group(2) else (
            f"{bigger:g}" if "." in raw else f"{round(bigger)}")
        return text[:m.start(2)] + shown + text[m.end(2):]
    if kind == "drop_number" and numbers:
        m = rng.choice(numbers)
        if re.fullmatch(r"(19|20)\d\d", m.group(2)):
            return None
        # The number with the preposition before it ("by 40%", "of 12") and its unit word.
        start = m.start()
        before = re.search(r"\s(?:by|of|to|from|for|over|across|with)\s+$", text[:start])
        if before:
            start = before.start()
        tail = re.match(r"\s*[a-zA-Z]+", text[m.end():]) if not m.group(3) else None
        stop = m.end() + (tail.end() if tail else 0)
        out = re.sub(r"\s{2,}", " ", text[:start] + text[stop:]).strip()
        return out or None
    if kind == "drop_name":
        found = list(_NAMED.finditer(text))
        if not found:
            return None
        m = rng.choice(found)
        return (text[:m.start()] + text[m.end():]).strip()
    if kind == "credential":
        for pattern, repl in _NOT_HELD:
            if pattern.search(text):
                return pattern.sub(repl, text, count=1)
        for pattern, repl in _NOT_HELD:  # a credential the evidence works towards: claimed
            hit = pattern.search(evidence)
            if hit and repl:
                held = hit.expand(repl)
                return held if not body else f"{body}; {held}{end}"
        if credentials:  # one the CV works towards elsewhere
            held = rng.choice(list(credentials))
            return held if not body else f"{body}; {held}{end}"
        return None
    if kind == "jd_copy" and jd_lines:
        line = rng.choice(jd_lines).strip().rstrip(".")
        return line[:1].upper() + line[1:] + "."
    return None


__all__ = ["DRIFTS", "DriftChatModel", "Reply", "ScriptedChatModel", "ScriptedEngine",
           "WriterCall", "fabrications", "use_chat_model", "use_engine"]
