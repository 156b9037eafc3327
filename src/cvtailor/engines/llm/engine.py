"""`LLMEngine`: each step renders its prompt, asks a chat model for the step's Pydantic type
(`with_structured_output`), records token usage and cost, and repairs a malformed answer once.
It never retries and never falls back itself; it raises, and the graph decides (`graph.py`):

    primary model -> fallback model -> raise TransientLLMError (the node's RetryPolicy retries)
                                       or LLMError (the node's error handler: offline engine)

The truth rules do not depend on the model: parsed CVs must quote the CV verbatim, gap
evidence and plans may only cite ids that exist, and every draft still goes through the
rule-based QA guard (`quality.check_draft`) in `qa_item`, whoever wrote it.
"""

from __future__ import annotations

import functools
import json
import logging
import re
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

from langchain_core.language_models.chat_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage
from langchain_core.runnables import Runnable, RunnableSequence
from pydantic import BaseModel, ValidationError

from cvtailor.context import Context
from cvtailor.engines.llm.cache import ResponseCache, request_key
from cvtailor.engines.llm.errors import (
    LLMError,
    StructuredOutputError,
    TransientLLMError,
    classify,
    is_transient,
    redact,
    redact_answer,
)
from cvtailor.engines.llm.pricing import price_for
from cvtailor.engines.llm.prompts import render, render_repair
from cvtailor.engines.llm.providers import (
    EXTRACTION_DEFAULTS,
    WRITER_DEFAULTS,
    ModelSpec,
    build_chat_model,
    canonical_method,
    default_context_tokens,
    default_timeout,
    has_key,
    method_order,
    parse_spec,
)
from cvtailor.engines.llm.schemas import CoverLetter, Rewrite
from cvtailor.engines.offline.planner import MAX_QUALIFICATION_CHARS
from cvtailor.errors import CVTailorError
from cvtailor.guards import budget
from cvtailor.guards.usage import record_usage
from cvtailor.models import (
    Draft,
    Evidence,
    GapReport,
    ItemStatus,
    ItemType,
    JobPosting,
    Letter,
    Plan,
    StructuredCV,
    WriteTask,
)
from cvtailor.research.evidence import interview_questions

log = logging.getLogger(__name__)
T = TypeVar("T", bound=BaseModel)
_SCHEMA_IN_PROMPT = ("Answer with one JSON object only (no prose, no code fence) that "
                     "validates against this JSON schema:\n{schema}")
# What a server says when it does not support a structured-output method (llama.cpp: "Input
# should be 'text' or 'json_object'"; others name response_format, json_schema or tools).
_METHOD_REJECTED = re.compile(r"response_format|json_schema|json_object|tool_choice|\btools?\b|"
                              r"function.?call|grammar|not supported|unsupported", re.I)
# Methods that worked, per model label, for this process (the cache DB keeps them across runs).
_METHOD_MEMORY: dict[str, str] = {}
# Tokens always left for the answer: a request is never sent with less room than this.
_MIN_ANSWER = 256
def default_cache_path() -> str:
    """llm-cache.sqlite next to the default session store."""
    from cvtailor.storage.session_store import default_store_path

    return str(default_store_path().with_name("llm-cache.sqlite"))


def raw_text(message: BaseMessage | None) -> str:
    """What the model actually said: tool-call arguments, or the text content."""
    if message is None:
        return ""
    if isinstance(message, AIMessage):
        if message.tool_calls:
            return json.dumps(message.tool_calls[0].get("args"), ensure_ascii=False)
        if message.invalid_tool_calls:
            return str(message.invalid_tool_calls[0].get("args") or "")
    content = message.content
    if isinstance(content, list):
        return "".join(p.get("text", "") if isinstance(p, dict) else str(p) for p in content)
    return str(content)


def _norm(text: str) -> str:
    text = re.sub(r"[*_`#>|]", " ", text.lower())
    text = re.sub(r"^\s*(?:[-•·+]|\d+[.)])\s+", " ", text, flags=re.M)
    return re.sub(r"\s+", " ", text).strip()


class LLMEngine:
    """The Engine protocol on hosted or local chat models. Built per run context."""

    name = "llm"

    def __init__(self, ctx: Context | None = None) -> None:
        from cvtailor.engines.offline import OfflineEngine

        self.ctx = ctx or Context()
        # The rules a model's answer is checked against and completed with (baselines,
        # injection flags); never a fallback: a failed step raises.
        self.rules = OfflineEngine()
        self.extract_spec, self.writer_spec, self.fallback_spec = self._specs(self.ctx)
        self._models: dict[ModelSpec, BaseChatModel] = {}
        self._runnables: dict[tuple[ModelSpec, type[BaseModel], str], Any] = {}
        self._lock = threading.Lock()
        self._priced: set[str] = set()
        where = getattr(self.ctx, "llm_cache", "") or default_cache_path()
        self.cache = None if where in ("off", "none", "0") else ResponseCache(where)

    # -- which model ------------------------------------------------------------------------
    @staticmethod
    def _specs(ctx: Context) -> tuple[ModelSpec, ModelSpec, ModelSpec | None]:
        provider = getattr(ctx, "provider", "") or ""
        base_url = getattr(ctx, "base_url", "") or ""
        model = getattr(ctx, "model", "") or ""
        if not provider and not model:
            provider = ("openai" if has_key("openai") or base_url
                        else "google_genai" if has_key("google_genai")
                        else "anthropic" if has_key("anthropic") else "")
        if not model:
            if provider not in EXTRACTION_DEFAULTS:
                raise CVTailorError(
                    "the LLM engine needs a model: pass --provider/--model (or set "
                    "CVTAILOR_PROVIDER/CVTAILOR_MODEL) and an API key such as OPENAI_API_KEY "
                    "or GOOGLE_API_KEY, or --base-url for a local OpenAI-compatible server")
            model = EXTRACTION_DEFAULTS[provider]
        extract = parse_spec(model, provider=provider, base_url=base_url)
        writer_name = getattr(ctx, "writer_model", "") or ""
        if ctx.customization_level == "light":
            writer = extract  # the level picks the writing model: light writes small
        elif writer_name:
            writer = parse_spec(writer_name, provider=extract.provider, base_url=base_url)
        elif extract.provider in WRITER_DEFAULTS and not extract.base_url:
            writer = ModelSpec(extract.provider, WRITER_DEFAULTS[extract.provider])
        else:
            writer = extract
        fallback_name = getattr(ctx, "fallback_model", "") or ""
        fallback = parse_spec(fallback_name) if fallback_name else None
        return extract, writer, fallback

    def chain(self, writer: bool = False) -> list[ModelSpec]:
        """The models to try in order: the extraction (or writer) model, then the fallback model
        if one is set and differs."""
        first = self.writer_spec if writer else self.extract_spec
        return [first] + ([self.fallback_spec] if self.fallback_spec
                          and self.fallback_spec != first else [])

    def model(self, spec: ModelSpec) -> BaseChatModel:
        """The chat model for `spec`, built once per engine with the configured (or the default)
        timeout."""
        with self._lock:
            if spec not in self._models:
                timeout = float(getattr(self.ctx, "timeout_seconds", 0) or 0)
                self._models[spec] = build_chat_model(spec, timeout or default_timeout(spec))
            return self._models[spec]

    def context_tokens(self, spec: ModelSpec) -> int:
        """The model's context size in tokens: `Context.context_tokens`, else the provider's
        default."""
        return int(getattr(self.ctx, "context_tokens", 0) or 0) or default_context_tokens(spec)

    # -- how big a request is ------------------------------------------------------------------
    @staticmethod
    def prompt_tokens(system: str, user: str, schema: type[BaseModel]) -> int:
        """Approximate input tokens of one request: the messages plus the output schema (sent
        as a tool, a response format or in the prompt, whichever the method is)."""
        from langchain_core.messages.utils import count_tokens_approximately

        schema_text = _schema_text(schema)
        return count_tokens_approximately([SystemMessage(system), HumanMessage(user)]) + \
            len(schema_text) // 4 + 20

    def budget_tokens(self, spec: ModelSpec | None = None) -> int:
        """Input tokens a request may use: the context less a quarter kept for the answer."""
        spec = spec or self.extract_spec
        size = self.context_tokens(spec)
        return size - max(256, size // 4)

    def fits(self, task: str, schema: type[BaseModel], inputs: dict[str, Any],
             writer: bool = False, answer: int | None = None) -> bool:
        """Whether the rendered prompt and an answer of ~`answer` tokens (default: a quarter
        of the context) fit every model of the chain."""
        system, user = render(task, **inputs)
        need = self.prompt_tokens(system, user, schema)
        for spec in self.chain(writer):
            # Never less room for the answer than a request is sent with (`_structured`).
            limit = self.budget_tokens(spec) if answer is None else \
                self.context_tokens(spec) - max(answer + 64, _MIN_ANSWER)
            if need > limit:
                return False
        return True

    # -- which structured-output method -------------------------------------------------------
    def methods(self, spec: ModelSpec) -> list[str]:
        """Structured-output methods to try for `spec`, starting from the one it accepted last
        when that is known."""
        order = method_order(spec, getattr(self.ctx, "structured_output", "auto"))
        if len(order) == 1:
            return order
        known = _METHOD_MEMORY.get(spec.label) or self._stored_method(spec)
        if known in order:
            return order[order.index(known):]
        return order

    def _stored_method(self, spec: ModelSpec) -> str:
        if self.cache is None:
            return ""
        try:
            found = self.cache.method(spec.label)
        except Exception:  # an older cache file: no table yet
            return ""
        if found:
            _METHOD_MEMORY[spec.label] = found
        return found or ""

    def _remember(self, spec: ModelSpec, method: str) -> None:
        if _METHOD_MEMORY.get(spec.label) == method:
            return
        _METHOD_MEMORY[spec.label] = method
        if self.cache is not None:
            try:
                self.cache.set_method(spec.label, method)
            except Exception as exc:  # remembering is an optimisation
                log.debug("could not store the method of %s: %s", spec.label, exc)

    def _runnable(self, spec: ModelSpec, schema: type[T], method: str) -> Any:
        key = (spec, schema, method)
        with self._lock:
            built = self._runnables.get(key)
        if built is None:
            built = self._build_runnable(spec, schema, method)
            with self._lock:
                self._runnables[key] = built
        return built

    def _build_runnable(self, spec: ModelSpec, schema: type[T], method: str) -> Any:
        model = self.model(spec)
        if method == "prompt":
            return model
        if method == "json_mode" and spec.openai_compatible:
            return model.bind(response_format={"type": "json_object"})
        name = {"tools": "function_calling"}.get(method, method)
        chain = model.with_structured_output(schema, method=name)
        if isinstance(chain, RunnableSequence):
            return _RawAndParsed(chain)
        return model.with_structured_output(schema, method=name, include_raw=True)

    # -- one structured call, with repair ----------------------------------------------------
    def _record(self, spec: ModelSpec, message: BaseMessage | None,
                messages: list[BaseMessage]) -> None:
        usage = getattr(message, "usage_metadata", None) or {}
        inp, out = int(usage.get("input_tokens") or 0), int(usage.get("output_tokens") or 0)
        if not usage:  # a server that reports nothing: estimate, never count zero
            from langchain_core.messages.utils import count_tokens_approximately

            inp = count_tokens_approximately(messages)
            out = max(1, len(raw_text(message)) // 4)
        price = price_for(spec.provider, spec.model, local=spec.local,
                          path=getattr(self.ctx, "prices", "") or "")
        if not price.known and spec.label not in self._priced:
            self._priced.add(spec.label)
            budget.note(f"No price known for {spec.label}: its calls count $0 in usage; "
                        "add it to a prices file (CVTAILOR_PRICES)")
        record_usage(input_tokens=inp, output_tokens=out, cost_usd=price.cost(inp, out))

    def _structured(self, spec: ModelSpec, schema: type[T], system: str, user: str,
                    validate: Callable[[T], str] | None) -> tuple[T, str]:
        """The answer by the first method the model accepts; a method the server rejects
        (a 400/500 naming response_format, json_schema or tools) moves on to the next one."""
        limit = self.context_tokens(spec) - _MIN_ANSWER
        need = self.prompt_tokens(system, user, schema)
        if need > limit:
            raise LLMError(f"the {schema.__name__} prompt needs ~{need} tokens, over the "
                           f"{limit} this model's context allows", kind="context")
        methods = self.methods(spec)
        for n, method in enumerate(methods):
            try:
                result = self._with_method(spec, schema, system, user, validate, method)
            except Exception as exc:
                if n + 1 < len(methods) and method_rejected(exc):
                    log.info("%s rejected %s output (%s); trying %s", spec.label, method,
                             redact(str(exc))[:160], methods[n + 1])
                    continue
                raise
            self._remember(spec, method)
            return result
        raise LLMError(f"{spec.label} accepted no structured-output method", kind="client")

    def _with_method(self, spec: ModelSpec, schema: type[T], system: str, user: str,
                     validate: Callable[[T], str] | None, method: str) -> tuple[T, str]:
        runnable = self._runnable(spec, schema, method)
        limit = self.context_tokens(spec) - _MIN_ANSWER
        if method in ("json_mode", "prompt"):
            schema_text = _schema_text(schema)
            system = system + "\n" + _SCHEMA_IN_PROMPT.format(schema=schema_text)
        messages: list[BaseMessage] = [SystemMessage(system), HumanMessage(user)]
        error = ""
        for attempt in (1, 2):
            try:
                out: Any = runnable.invoke(messages)
            except Exception as exc:  # the client refuses a cut-off answer: repair it too
                if "lengthfinishreason" not in type(exc).__name__.lower():
                    raise
                out = {"raw": None, "parsed": None,
                       "parsing_error": "the answer was cut off at the output token limit"}
            if isinstance(out, BaseMessage):  # our own parsing: json_mode / prompt
                out = {"raw": out, "parsed": None, "parsing_error": None}
            message = out.get("raw") if isinstance(out, dict) else None
            self._record(spec, message, messages)
            # A server may echo the API key back: mask it before the answer goes anywhere.
            text: str = redact_answer(raw_text(message))
            parsed, failure = redact_answer(out.get("parsed")), out.get("parsing_error")
            if parsed is None and text:  # a fenced or chatty answer: find the JSON in it
                found = extract_json(text)
                if found is not None:
                    parsed, failure = found, None
            finish = str(getattr(message, "response_metadata", {}).get("finish_reason") or "")
            if finish.lower() in ("length", "max_tokens"):  # lenient parsers accept a cut-off
                parsed, failure = None, "the answer was cut off at the output token limit"
            if parsed is not None and failure is None:
                try:
                    value = parsed if isinstance(parsed, schema) else schema.model_validate(parsed)
                    error = validate(value) if validate else ""
                except ValidationError as exc:
                    error = str(exc)
                if not error:
                    return value, text
            else:
                error = str(failure) if failure else "the answer held no structured output"
            error = redact(error)[:800]
            if attempt == 1:
                log.info("%s: invalid %s (%s); asking once more", spec.label, schema.__name__,
                         error[:200])
                repair = user + "\n\n" + render_repair(
                    error=error, raw=text[:4000] or "(empty)", schema=schema.__name__)
                if self.prompt_tokens(system, repair, schema) > limit:
                    repair = user + "\n\n" + render_repair(
                        error=error[:300], raw="(omitted)", schema=schema.__name__)
                messages = [SystemMessage(system), HumanMessage(repair)]
        raise StructuredOutputError(f"malformed {schema.__name__} after one repair: {error}")

    def ask(self, step: str, task: str, schema: type[T], inputs: dict[str, Any], *,
            writer: bool = False, cacheable: bool = True,
            validate: Callable[[T], str] | None = None) -> tuple[T, str, ModelSpec]:
        """The step's answer from the first model in the chain that gives a valid one.

        Raises TransientLLMError when a model failed transiently (the node's RetryPolicy
        retries the step), otherwise LLMError (the node's error handler falls back offline).
        """
        system, user = render(task, **inputs)
        thread = budget.thread_id()
        failures: list[str] = []
        transient = ""
        for spec in self.chain(writer):
            left = budget.remaining(thread)
            if left is not None and left <= 0:
                raise LLMError("the run's time limit was reached", kind="timeout")
            method = canonical_method(getattr(self.ctx, "structured_output", "auto"))
            key = request_key(spec.label, method, _json_schema(schema), system, user)
            if cacheable and self.cache is not None:
                hit = self.cache.get(thread, key)
                if hit is not None:
                    try:
                        return schema.model_validate(hit[0]), hit[1], spec
                    except ValidationError:
                        pass
            started = time.perf_counter()
            try:
                value, text = self._structured(spec, schema, system, user, validate)
            except Exception as exc:
                kind = classify(exc)
                failures.append(f"{spec.label}: {kind}: {redact(str(exc))[:240]}")
                log.warning("%s %s failed after %.1fs: %s", step, spec.label,
                            time.perf_counter() - started, failures[-1])
                if is_transient(exc):
                    transient = kind
                continue
            if cacheable and self.cache is not None:
                self.cache.put(thread, key, value.model_dump(mode="json"), text)
            return value, text, spec
        message = "; ".join(failures) or "no model answered"
        if transient:
            raise TransientLLMError(message, kind=transient)
        kind = "validation" if "malformed" in message else classify_text(message)
        raise LLMError(message, kind=kind)

    # -- the Engine protocol ----------------------------------------------------------------
    def parse_cv(self, text: str, source_format: str) -> StructuredCV:
        """The CV text as a StructuredCV, a chunk per call when it is too long for the context;
        every item must be verbatim from the source."""
        # The answer repeats the CV verbatim as JSON: about twice the CV's tokens.
        # A chunk starts with its section's heading (a role's bullets without "## Experience"
        # above them are a paragraph to any reader), so room is kept for one.
        reserve = "## " + "x" * 60 + "\n"
        chunks = with_section_headings(split_to_fit(text, lambda part: self.fits(
            "parse_cv", StructuredCV, {"cv_text": reserve + part,
                                       "source_format": source_format},
            answer=len(reserve + part) // 2 + 128)))
        parts = [self._parse_cv_chunk(part, source_format) for part in chunks]
        cv = parts[0] if len(parts) == 1 else merge_cvs(parts)
        cv.source_format = source_format
        return cv

    def _parse_cv_chunk(self, text: str, source_format: str) -> StructuredCV:
        source = _norm(text)

        def verbatim(cv: StructuredCV) -> str:
            ids = [i.id for i in cv.items()]
            if not ids:
                return "no items were found"
            if len(set(ids)) != len(ids) or any(not i for i in ids):
                return "item ids must be unique and non-empty"
            changed = [i.text for i in cv.items() if _norm(i.text) not in source]
            changed += [e.heading for s in cv.sections for e in s.entries
                        if e.heading and _norm(e.heading) not in source]
            if changed:
                return f"these are not verbatim from the CV: {changed[:3]}"
            return ""

        cv, _, _ = self.ask("parse_cv", "parse_cv", StructuredCV,
                            {"cv_text": text, "source_format": source_format},
                            validate=verbatim)
        for item in cv.items():
            item.original = item.original or item.text
            item.status, item.raw_output, item.metadata = ItemStatus.INITIAL, None, {}
        return cv

    def parse_jd(self, text: str) -> JobPosting:
        """The job posting, a chunk per call when too long; requirement ids made unique, and the
        rules' injection flags kept."""
        rules = self.rules.parse_jd(text)

        def usable(job: JobPosting) -> str:
            if not job.requirements or any(not r.text.strip() for r in job.requirements):
                return "every requirement needs its text, and there must be at least one"
            return ""

        chunks = split_to_fit(text, lambda part: self.fits(
            "parse_jd", JobPosting, {"jd_text": part}, answer=len(part) // 4 + 256))
        answers = [self.ask("parse_jd", "parse_jd", JobPosting, {"jd_text": part},
                            validate=usable) for part in chunks]
        job, _, spec = answers[0]
        if len(answers) > 1:  # one posting from its parts; requirements get fresh ids
            job = merge_jobs([a[0] for a in answers])
        ids = [r.id for r in job.requirements]
        if len(set(ids)) != len(ids) or any(not i for i in ids):
            for n, req in enumerate(job.requirements, 1):
                req.id = f"req-{n}"
        # Instruction-like text is flagged by the rules too: a model may have obeyed it.
        job.suspicious = list(dict.fromkeys([*rules.suspicious, *job.suspicious]))
        job.parser = f"llm:{spec.label}"
        job.sources = {f: "llm" for f in ("title", "company", "location", "level")
                       if getattr(job, f)}
        return job

    def analyze_gaps(self, cv: StructuredCV, job: JobPosting,
                     evidence: dict[str, list[Evidence]]) -> GapReport:
        """The model's verdict per requirement (a group at a time when too long), citing only
        real ids; the rules fill any it missed, and the interview questions are added."""
        baseline = self.rules.analyze_gaps(cv, job, evidence)
        from cvtailor.checks.coverage import weighted_coverage
        from cvtailor.text.cvtext import evidence_corpus, not_work_ids

        corpus = evidence_corpus(cv)
        requirements = {r.id: r for r in job.requirements}

        def cites_real_ids(report: GapReport) -> str:
            bad_req = [m.requirement_id for m in report.matches
                       if m.requirement_id not in requirements]
            bad_ids = [e.item_id for m in report.matches for e in m.evidence
                       if e.item_id not in corpus]
            unevidenced = [m.requirement_id for m in report.matches
                           if m.status != "gap" and not m.evidence]
            if bad_req or bad_ids or unevidenced:
                return (f"unknown requirement ids {bad_req[:5]}, unknown evidence ids "
                        f"{bad_ids[:5]}, matches without evidence {unevidenced[:5]}; use only "
                        "the ids given")
            return ""

        whole_cv = [True]

        def inputs(requirements: list[Any]) -> dict[str, Any]:
            wanted = {r.id for r in requirements}
            cited = {e.item_id for rid in wanted for e in evidence.get(rid, [])[:6]}
            return {
                "job": {"title": job.title, "company": job.company,
                        "requirements": [r.model_dump(mode="json") for r in requirements]},
                "cv_items": [{"id": k, "text": v} for k, v in corpus.items()
                             if whole_cv[0] or k in cited],
                "evidence": {rid: [{"item_id": e.item_id, "term": e.term, "matched": e.matched}
                                   for e in rows[:6]] for rid, rows in evidence.items()
                             if rid in wanted},
            }

        # Too long for the context: judge the requirements a group at a time.
        # A small context that cannot hold the whole CV with one requirement gets, per group,
        # the CV lines retrieval found for it.
        def fits(reqs: list[Any]) -> bool:
            return self.fits("gap_analysis", GapReport, inputs(reqs), answer=100 * len(reqs))

        # Whole CV only when every requirement fits with it (one with much evidence may not).
        if not all(fits([r]) for r in job.requirements):
            whole_cv[0] = False
        groups = split_list_to_fit(list(job.requirements), fits)
        report = GapReport()
        for group in groups:
            part, _, _ = self.ask("gap_analysis", "gap_analysis", GapReport, inputs(group),
                                  validate=cites_real_ids)
            report.matches += part.matches
        by_req = report.by_requirement()
        for match in baseline.matches:  # every requirement gets a verdict
            if match.requirement_id not in by_req:
                report.matches.append(match)
        report.coverage = weighted_coverage(job, report.matches)
        # The interview is asked the same way whoever judged: confirm questions quoting CV
        # lines, describe questions otherwise, for every requirement the model did not match.
        report.questions = interview_questions(job, report, corpus, self.rules.vocab,
                                               not_work_ids(cv))
        return report

    def plan(self, cv: StructuredCV, job: JobPosting, report: GapReport, *,
             level: str = "moderate", key_qualifications: int = 10) -> Plan:
        """The model's rewrite plan over the rules' baseline (a group of items at a time when too
        long), citing only real item ids; the baseline's additions are kept."""
        baseline = self.rules.plan(cv, job, report, level=level,
                                   key_qualifications=key_qualifications)
        planned_cv = baseline.added_to(cv)
        from cvtailor.text.cvtext import evidence_corpus

        corpus = evidence_corpus(planned_cv)
        items = planned_cv.item_map()

        def grounded(plan: Plan) -> str:
            bad_items = [p.item_id for p in plan.items if p.item_id not in items]
            bad_evidence = [i for p in plan.items for i in p.evidence if i not in corpus]
            long_kq = [k for k in plan.key_qualifications if len(k) > MAX_QUALIFICATION_CHARS]
            if bad_items or bad_evidence or long_kq or len(plan.key_qualifications) > \
                    key_qualifications:
                return (f"unknown item ids {bad_items[:5]}, unknown evidence ids "
                        f"{bad_evidence[:5]}, key qualifications over "
                        f"{MAX_QUALIFICATION_CHARS} characters "
                        f"{long_kq[:3]} (at most {key_qualifications} of them)")
            return ""

        # What the planner needs, briefly (a small local model has a 4k context): the job's
        # requirements and each verdict with the ids of its evidence.
        requirements = [r.model_dump(mode="json", exclude={"category"})
                        for r in job.requirements]
        job_data = {"title": job.title, "company": job.company, "skills": job.skills,
                    "requirements": requirements}
        report_data = {"matches": [
            {"requirement_id": m.requirement_id, "status": m.status,
             "evidence": list(dict.fromkeys(e.item_id for e in m.evidence))[:6],
             "missing_keywords": m.missing_keywords} for m in report.matches]}

        def inputs(chunk: list[Any], whole: bool = True) -> dict[str, Any]:
            ids = {i.id for i in chunk}
            part = baseline.model_copy(update={
                "items": [p for p in baseline.items if p.item_id in ids], "additions": []})
            job_part, report_part = job_data, report_data
            excluded = {"additions"}
            if not whole:  # a small context: only the requirements these items bear on, briefly
                terms = {k.lower() for p in part.items for k in p.keywords}
                wanted = {m["requirement_id"] for m in report_data["matches"]
                          if ids & set(m["evidence"])}
                wanted |= {r.id for r in job.requirements
                           if terms & {k.lower() for k in r.keywords}}
                job_part = {"title": job.title, "company": job.company, "requirements": [
                    {**r, "text": r["text"][:80]} for r in requirements if r["id"] in wanted]}
                report_part = {"matches": [
                    {**m, "evidence": [i for i in m["evidence"] if i in ids]}
                    for m in report_data["matches"] if m["requirement_id"] in wanted]}
                excluded |= {"recommendations", "summary"}
            return {
                "job": job_part, "gap_report": report_part,
                "cv_items": [{"id": i.id, "type": i.type.value, "text": i.text or i.original}
                             for i in chunk],
                "baseline": part.model_dump(mode="json", exclude=excluded),
                "level": level, "key_qualifications": key_qualifications,
            }

        # Too long for the context: plan a group of items at a time, then merge.
        # Too long even for one item with the whole job: each group gets the requirements
        # its items bear on.
        whole = self.fits("plan", Plan, inputs(planned_cv.items()[:1]), answer=280)
        groups = split_list_to_fit(planned_cv.items(), lambda chunk: self.fits(
            "plan", Plan, inputs(chunk, whole), answer=80 * len(chunk) + 200))
        answers = [self.ask("plan", "plan", Plan, inputs(g, whole), validate=grounded)[0]
                   for g in groups]
        plan = answers[0] if len(answers) == 1 else merge_plans(answers, key_qualifications)
        plan.customization_level = level  # type: ignore[assignment]
        plan.additions = baseline.additions
        for item_plan in plan.items:  # the item itself is always its own evidence
            if item_plan.item_id not in item_plan.evidence:
                item_plan.evidence.insert(0, item_plan.item_id)
        return plan

    def write_item(self, task: WriteTask) -> Draft:
        """Raises on failure: the write_item node's error handler has the offline engine write
        the item and marks it `generated_fallback` with the reason."""
        template = {ItemType.SUMMARY: "summary",
                    ItemType.KEY_QUALIFICATION: "key_qualifications"}.get(task.item.type,
                                                                          "write_item")
        allowed = [i.id for i in task.evidence_items]
        inputs = {
            "item": {"id": task.item.id, "type": task.item.type.value,
                     "original": task.item.original or task.item.text},
            "section": task.section.value, "keywords": task.plan.keywords,
            "role_title": task.plan.role_title, "job_keywords": task.job_keywords,
            "evidence_items": [{"id": i.id, "text": i.original or i.text}
                               for i in task.evidence_items],
            "feedback": task.feedback, "attempt": task.attempt,
            "qa_findings": [f.message for f in task.qa_findings],
        }

        def non_empty(rewrite: Rewrite) -> str:
            return "" if rewrite.text.strip() else "the text is empty"

        rewrite, raw, spec = self.ask("write_item", template, Rewrite, inputs, writer=True,
                                      cacheable=not task.feedback, validate=non_empty)
        cited = [i for i in rewrite.evidence if i in allowed]
        return Draft(
            item_id=task.item.id, text=rewrite.text.strip(), original=task.item.original,
            evidence=cited or list(task.plan.evidence or [task.item.id]),
            keywords=list(task.plan.keywords), raw_output=raw, engine=spec.label,
            attempt=task.attempt, round=task.round, status=ItemStatus.GENERATED,
            feedback=task.feedback,
        )

    def cover_letter(self, cv: StructuredCV, job: JobPosting, report: GapReport, *,
                     feedback: str = "") -> Letter:
        """The cover_letter node's letter from the `cover_letter` prompt: the evidenced
        requirements (most important first) with their CV lines, and the roles. Raises on
        failure (the node falls back to the offline letter); the node guards every sentence."""
        from cvtailor.engines.offline.letter import evidenced_terms

        items = cv.item_map()
        terms = evidenced_terms(job, report, self.rules.vocab)[:8]
        matched = [{"requirement": term, "terms": [term],
                    "evidence": [{"id": i, "text": items[i].text} for i in dict.fromkeys(ids)
                                 if i in items][:3]} for term, ids in terms]
        roles = [{"title": e.title, "organization": e.organization, "dates": e.dates}
                 for s in cv.sections for e in s.entries if e.title or e.organization]
        inputs = {"name": cv.name, "job": {"title": job.title, "company": job.company},
                  "matched": matched, "roles": roles, "tone": "professional, plain, warm",
                  "feedback": feedback}

        def non_empty(letter: CoverLetter) -> str:
            return "" if letter.text.strip() else "the letter is empty"

        answer, raw, spec = self.ask("cover_letter", "cover_letter", CoverLetter, inputs,
                                     writer=True, cacheable=not feedback, validate=non_empty)
        return Letter(paragraphs=Letter.paragraphs_of(answer.text),
                      evidence=[i for i in answer.evidence if i in items],
                      terms=[t for t, _ in terms], engine=spec.label, raw_output=raw,
                      feedback=feedback)


# -- chunking: inputs too large for a small model's context -----------------------------------
_HEADING = re.compile(r"(?m)^(?=#{1,6}\s|[A-Z][A-Z &/]{2,40}:?\s*$)")


def split_to_fit(text: str, fits: Callable[[str], bool]) -> list[str]:
    """`text` as few consecutive parts as fit: split by section (headings), then paragraph,
    then line, then characters; parts are packed greedily. Raises LLMError if even a small
    piece of text cannot fit (the prompt alone is over the context)."""
    if fits(text):
        return [text]
    pieces = _pieces(text, fits)
    out: list[str] = []
    for piece in pieces:
        joined = out[-1] + piece if out else piece
        if out and fits(joined):
            out[-1] = joined
        else:
            out.append(piece)
    return [p for p in out if p.strip()]


def _pieces(text: str, fits: Callable[[str], bool], level: int = 0) -> list[str]:
    splitters: list[Callable[[str], list[str]]] = [
        lambda t: [p for p in _HEADING.split(t) if p],
        lambda t: re.split(r"(?<=\n\n)", t),
        lambda t: t.splitlines(keepends=True),
    ]
    if fits(text):
        return [text]
    for n in range(level, len(splitters)):
        parts = [p for p in splitters[n](text) if p]
        if len(parts) > 1:
            return [q for p in parts for q in _pieces(p, fits, n)]
    size = max(200, len(text) // 2)
    if len(text) <= 200:
        raise LLMError("the prompt does not fit the model's context even for a few lines; "
                       "raise context_tokens", kind="context")
    cut = text.rfind(" ", 0, size) + 1 or size
    return _pieces(text[:cut], fits, len(splitters)) + _pieces(text[cut:], fits,
                                                               len(splitters))


_SECTION_HEADING = re.compile(r"(?m)^(?:#{1,2}\s+\S.*|[A-Z][A-Z &/]{2,40}:?)[ \t]*$")


def with_section_headings(chunks: list[str]) -> list[str]:
    """CV chunks where a chunk that does not start with a section heading gets the heading of
    the section it continues (the last `#`/`##` or upper-case heading before it), so every
    chunk parses into the right section; merge_cvs joins the section's parts again."""
    out: list[str] = []
    current = ""
    for chunk in chunks:
        first = chunk.lstrip("\n").split("\n", 1)[0]
        if current and not _SECTION_HEADING.match(first):
            out.append(f"{current}\n\n{chunk.lstrip(chr(10))}")
        else:
            out.append(chunk)
        found = _SECTION_HEADING.findall(chunk)
        if found:
            current = found[-1].strip()
    return out


def split_list_to_fit(values: list[Any], fits: Callable[[list[Any]], bool]) -> list[list[Any]]:
    """`values` in consecutive groups that fit (greedy); LLMError if one value alone does not."""
    if fits(values):
        return [values]
    groups: list[list[Any]] = []
    for value in values:
        if groups and fits(groups[-1] + [value]):
            groups[-1].append(value)
        elif fits([value]):
            groups.append([value])
        else:
            raise LLMError("one input does not fit the model's context; raise context_tokens",
                           kind="context")
    return groups


def merge_cvs(parts: list[StructuredCV]) -> StructuredCV:
    """One CV from parsed parts: a section continued in the next part is one section; ids
    are renumbered by the parse_cv convention (section slug, <section>-<n>, <entry>-<n>)."""
    cv = StructuredCV(name=next((p.name for p in parts if p.name), ""),
                      contact=list(dict.fromkeys(c for p in parts for c in p.contact)))
    for part in parts:
        for n, section in enumerate(part.sections):
            last = cv.sections[-1] if cv.sections else None
            if n == 0 and last is not None and (last.id == section.id
                                                or not section.heading.strip()):
                last.entries += section.entries  # the previous part's section goes on
            else:
                cv.sections.append(section)
    seen: set[str] = set()
    for section in cv.sections:
        base, k = section.id or section.kind.value, 1
        section.id = base
        while section.id in seen:
            k += 1
            section.id = f"{base}-{k}"
        seen.add(section.id)
        for e, entry in enumerate(section.entries, 1):
            entry.id = f"{section.id}-{e}"
            for i, item in enumerate(entry.items, 1):
                item.id = f"{entry.id}-{i}"
    return cv


def merge_jobs(parts: list[JobPosting]) -> JobPosting:
    """One posting from parsed parts: first non-empty facts, lists joined without repeats,
    requirements deduplicated by text and renumbered req-1.."""
    job = parts[0].model_copy(deep=True)
    for part in parts[1:]:
        for name in ("title", "company", "level", "industry"):
            if not getattr(job, name):
                setattr(job, name, getattr(part, name))
        for name in ("responsibilities", "skills", "industry_terms", "values"):
            setattr(job, name, list(dict.fromkeys([*getattr(job, name), *getattr(part, name)])))
        job.requirements += part.requirements
    seen: set[str] = set()
    requirements = []
    for req in job.requirements:
        key = _norm(req.text)
        if key and key not in seen:
            seen.add(key)
            requirements.append(req)
    for n, req in enumerate(requirements, 1):
        req.id = f"req-{n}"
    job.requirements = requirements
    return job


def merge_plans(parts: list[Plan], key_qualifications: int) -> Plan:
    """One plan from the plans of item groups."""
    plan = parts[0].model_copy(deep=True)
    for part in parts[1:]:
        plan.items += [p for p in part.items if plan.for_item(p.item_id) is None]
        plan.keywords = list(dict.fromkeys([*plan.keywords, *part.keywords]))
        plan.key_qualifications = list(dict.fromkeys([*plan.key_qualifications,
                                                      *part.key_qualifications]))
        plan.recommendations += part.recommendations
        plan.summary = plan.summary or part.summary
    plan.key_qualifications = plan.key_qualifications[:key_qualifications]
    return plan


def method_rejected(exc: BaseException) -> bool:
    """A server saying it does not support the structured-output method asked for (not a
    timeout, not a 429: those are the model failing, not the method)."""
    if isinstance(exc, NotImplementedError):  # a chat model without bind_tools, say
        return True
    from cvtailor.engines.llm.errors import status_of

    status = status_of(exc)
    if status not in (400, 404, 415, 422, 500, 501):
        return False
    body = getattr(exc, "body", None)
    return bool(_METHOD_REJECTED.search(f"{exc} {body or ''}"))


_FENCE = re.compile(r"```(?:json|JSON)?\s*\n?(.*?)(?:```|$)", re.S)


def extract_json(text: str) -> Any:
    """The JSON object in a model's text answer: inside a ```json fence, or the outermost
    {...}; None when there is none or it does not parse."""
    candidates = [m.group(1) for m in _FENCE.finditer(text)] + [text]
    for candidate in candidates:
        start, end = candidate.find("{"), candidate.rfind("}")
        if start < 0 or end <= start:
            continue
        try:
            value = json.loads(candidate[start:end + 1])
        except ValueError:
            continue
        if isinstance(value, dict):
            return value
    return None


class _RawAndParsed:
    """`with_structured_output(schema, include_raw=True)` without its thread pools. LangChain's
    include_raw chain runs the model inside a RunnableParallel, which starts a thread pool on
    every call (two per call; ~1-20 ms each on a busy machine, while the other item writers
    wait for the GIL). The plain chain is `model | parser`: this invokes the model and then
    the parser, and returns the same {raw, parsed, parsing_error} (a parser exception is
    reported, not raised, as include_raw does)."""

    def __init__(self, chain: RunnableSequence[Any, Any]) -> None:
        self.call: Runnable[Any, Any] = (RunnableSequence(*chain.steps[:-1])
                                         if len(chain.steps) > 2 else chain.first)
        self.parse = chain.last

    def invoke(self, messages: list[BaseMessage]) -> dict[str, Any]:
        raw = self.call.invoke(messages)
        try:
            return {"raw": raw, "parsed": self.parse.invoke(raw), "parsing_error": None}
        except Exception as exc:
            return {"raw": raw, "parsed": None, "parsing_error": exc}


@functools.cache
def _json_schema(schema: type[BaseModel]) -> dict[str, Any]:
    """The schema's JSON schema (for cache keys), built once per class."""
    return schema.model_json_schema()


@functools.cache
def _schema_text(schema: type[BaseModel]) -> str:
    """The schema's JSON schema as compact JSON (prompt sizes, schema-in-prompt), once per
    class: pydantic builds it anew on every call, and every item writer asked for it."""
    return json.dumps(_json_schema(schema), separators=(",", ":"))


def classify_text(message: str) -> str:
    """The error kind named in a failure message (timeout, rate_limit, ...); 'api' when none is."""
    for kind in ("timeout", "rate_limit", "server", "connection", "validation", "context",
                 "client"):
        if kind in message:
            return kind
    return "api"


__all__ = ["LLMEngine", "extract_json", "method_rejected", "raw_text"]
