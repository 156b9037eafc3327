"""The Python API: `tailor()` for one shot, `Session` for interactive and resumable runs.

A session is a LangGraph thread in a checkpointed store. Every call that continues a run passes
the settings the session started with (LangGraph does not checkpoint the context), so a
session started in one process can be reviewed, resumed, replayed or forked in another.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from langchain_core.runnables import RunnableConfig
from langgraph.errors import GraphRecursionError
from langgraph.graph.state import CompiledStateGraph
from langgraph.types import Command

from cvtailor import session_status
from cvtailor.context import Context
from cvtailor.errors import CVTailorError, InputError, SessionError
from cvtailor.graph import build_graph
from cvtailor.guards import budget, run_limit
from cvtailor.models import Answer, InterruptKind, Report, StructuredCV, versions_of
from cvtailor.models.application import Application
from cvtailor.nodes.common import EVENT_HANDLER, RUN_SLOTS, RUN_STOPPING
from cvtailor.readers import Document, from_text, read_document
from cvtailor.storage import lease
from cvtailor.storage.session_store import SessionRecord, SessionStore
from cvtailor.writers.markdown import render_markdown
from cvtailor.writers.report import build_report, save_report

EventHandler = Callable[[dict[str, Any]], None]
# The session status while the run waits at each kind of interrupt.
AWAITING = session_status.AWAITING


def _document(value: str | Path | Document, kind: str) -> Document:
    if isinstance(value, Document):
        return value
    if isinstance(value, Path) or ("\n" not in value and len(value) < 1024
                                   and Path(value).expanduser().is_file()):
        return read_document(Path(value).expanduser(), kind=kind)
    return from_text(str(value), kind=kind)


def _graph_input(cv: Document, jd: Document, title: str | None = None,
                 company: str | None = None) -> dict[str, Any]:
    """The graph's input (TailorInput) for two read documents, with the user's job title and
    company when given (they replace what the JD parser finds), the readers' warnings (hidden
    text left out, boilerplate trimmed) and the pair's sanity warnings."""
    from cvtailor.readers.sanity import sanity_warnings

    payload = {"cv_text": cv.text, "cv_format": cv.format, "cv_name": cv.name,
               "jd_text": jd.text, "jd_format": jd.format, "jd_name": jd.name}
    named = {"job_title": (title or "").strip(), "job_company": (company or "").strip()}
    warnings = [*cv.warnings, *jd.warnings, *sanity_warnings(cv, jd)]
    return payload | {k: v for k, v in named.items() if v} | (
        {"warnings": warnings} if warnings else {})


@dataclass
class Result:
    """What a run returns: its status, report, final CV (and its Markdown), the files written and
    any pending interrupt."""

    session: str
    status: str  # completed | awaiting_* | running | interrupted | timed_out | failed
    report: dict[str, Any]
    markdown: str = ""
    final_cv: StructuredCV | None = None
    outputs: dict[str, str] = field(default_factory=dict)
    pending: dict[str, Any] | None = None


class Session:
    """One tailoring run that can stop, be resumed from another process, replayed or forked."""

    def __init__(self, session_id: str, store: SessionStore, context: Context) -> None:
        self.id = session_id
        self.store = store
        self.context = context
        self.lease_wait = 0.0  # seconds to wait when another process runs the session
        self.graph: CompiledStateGraph[Any, Any, Any, Any] = _graph_of(store)

    # -- starting and opening ---------------------------------------------------------------
    @classmethod
    def start(
        cls,
        cv: str | Path | Document,
        jd: str | Path | Document,
        *,
        store: SessionStore | str | Path | None = None,
        session_id: str | None = None,
        answers: list[Answer] | list[dict[str, Any]] | None = None,
        on_event: EventHandler | None = None,
        title: str | None = None,
        company: str | None = None,
        input_key: str = "",
        **settings: Any,
    ) -> Session:
        """Start a run. `title` / `company` correct what the JD parser finds; `input_key`
        names the inputs in the record (batch finds the run again by it); the other
        settings are `Context` fields."""
        cv_doc, jd_doc = _document(cv, "CV"), _document(jd, "JD")
        the_store = store if isinstance(store, SessionStore) else SessionStore(store)
        settings.setdefault("index_dir", str(the_store.path.parent / "cvtailor-index"))
        context = Context(**settings)
        session = cls(session_id or _new_id(), the_store, context)
        the_store.save_session(SessionRecord(
            session.id, "", "", cv_doc.name, jd_doc.name, context.to_dict(), "running",
            input_key=input_key))
        payload = _graph_input(cv_doc, jd_doc, title, company)
        if answers:
            payload["answers"] = [a if isinstance(a, Answer) else Answer.model_validate(a)
                                  for a in answers]
        session._run(payload, on_event)
        return session

    @classmethod
    def open(cls, session_id: str, *, store: SessionStore | str | Path | None = None,
             **overrides: Any) -> Session:
        """The stored session; `overrides` change its settings and are saved."""
        the_store = store if isinstance(store, SessionStore) else SessionStore(store)
        record = the_store.get_session(session_id)
        context = Context.from_dict({**record.settings, **overrides})
        session = cls(session_id, the_store, context)
        if overrides:
            session._save(record.status)
        return session

    # -- running ---------------------------------------------------------------------------
    @property
    def config(self) -> RunnableConfig:
        """The LangGraph run config: the session's thread id and the graph's worker pool (the
        items written at once are capped by `Context.max_concurrency`)."""
        return {"configurable": {"thread_id": self.id}, "max_concurrency": GRAPH_POOL}

    def lease(self) -> AbstractContextManager[None]:
        """Hold the session's lease (storage.lease): one process at a time runs it; another
        gets SessionBusyError after `lease_wait` seconds."""
        return lease.hold(self.store, self.id, self.lease_wait)

    def _run(self, payload: Any, on_event: EventHandler | None = None,
             config: RunnableConfig | None = None) -> None:
        with self.lease():
            before = self.snapshot.values or {}
            self._save("running", before)
            self._run_held(payload, on_event, config, before)

    def _run_held(self, payload: Any, on_event: EventHandler | None,
                  config: RunnableConfig | None, before: dict[str, Any]) -> None:
        # The cost ledger starts from the checkpointed spend; the run deadline starts now.
        budget.seed(self.id, before.get("usage"))
        budget.start_run(self.id, self.context.run_timeout_seconds)
        limit = run_limit.RunLimit(self.context.run_timeout_seconds)
        try:
            with run_scope(self.context, on_event):
                for _ in self.graph.stream(payload, config or self.config, context=self.context,
                                           stream_mode="updates", durability="sync"):
                    if limit.exceeded():
                        break  # stop at the checkpoint: finished tasks' writes are saved
        except (CVTailorError, GraphRecursionError) as exc:
            self._save_status()
            raise CVTailorError(str(exc)) from exc
        except BaseException:
            self._save_status()
            raise
        snap = self.snapshot
        timed_out = limit.exceeded() and session_status.has_work(snap) and not snap.interrupts
        self._save_status(snap, "timed_out" if timed_out else None)

    def _save_status(self, snap: Any = None, status: str | None = None) -> None:
        """Record the status read from one snapshot (taken now unless given)."""
        snap = snap if snap is not None else self.snapshot
        self._save(status or session_status.status_of(self, snap), snap.values or {})

    def _save(self, status: str, values: dict[str, Any] | None = None) -> None:
        from cvtailor.applications.records import with_run

        try:
            record = self.store.get_session(self.id)
        except SessionError:
            record = SessionRecord(self.id, "", "", "", "", {}, status)
        record = replace(record, settings=self.context.to_dict(), status=status)
        self.store.save_session(with_run(record, self.values if values is None else values))

    def _exists(self) -> bool:
        try:
            self.store.get_session(self.id)
        except SessionError:
            return False
        return True

    # -- what is going on ------------------------------------------------------------------
    @property
    def snapshot(self) -> Any:
        """The graph's state snapshot at the session's latest checkpoint."""
        return self.graph.get_state(self.config)

    @property
    def values(self) -> dict[str, Any]:
        """The session's current state values (a copy)."""
        return dict(self.snapshot.values or {})

    @property
    def pending(self) -> dict[str, Any] | None:
        """The interrupt payload the run is waiting on (gap questions, drafts or the cost cap),
        as JSON; `error` is set when the last answer was refused (see `models.interrupts`)."""
        interrupts = self.snapshot.interrupts
        return dict(interrupts[0].value) if interrupts else None

    @property
    def waiting_for(self) -> InterruptKind | None:
        """What the run is stopped for: the kind of its pending interrupt, if any."""
        interrupts = self.snapshot.interrupts
        return InterruptKind.of(interrupts[0].value) if interrupts else None

    @property
    def status(self) -> str:
        """completed | awaiting_answers | awaiting_review | awaiting_budget | running |
        interrupted | failed, decided from LangGraph's snapshot (see `session_status`)."""
        return session_status.status_of(self)

    # -- continuing ------------------------------------------------------------------------
    def answer(self, answers: Any, on_event: EventHandler | None = None) -> Session:
        """Answer the gap questions: {question_id: "yes" | "no" | text} or
        [{question_id, text, role?}]; {} answers none. An invalid answer leaves the session
        awaiting_answers with `pending["error"]` saying why."""
        with self.lease():  # the check and the run are one step for other processes
            self._expect("awaiting_answers")
            # Always a non-empty envelope: LangGraph reads a bare dict as {interrupt_id: value}.
            self._run(Command(resume={"answers": answers}), on_event)
        return self

    def decide(self, decisions: Any, on_event: EventHandler | None = None) -> Session:
        """Decide on the pending drafts: {item_id: 'accept'|{'action': 'edit', 'text': ...}}.
        Items not named are accepted; `regenerate` re-writes only those items. An invalid
        answer leaves the session awaiting_review with `pending["error"]` saying why."""
        with self.lease():
            self._expect("awaiting_review")
            self._run(Command(resume={"decisions": decisions}), on_event)
        return self

    def accept_all(self, on_event: EventHandler | None = None) -> Session:
        """Answer whatever is pending with no answers / accept every draft, continuing a run
        that stopped without an interrupt (killed, failed, timed out), until done."""
        with self.lease():
            for _ in range(self.context.max_rounds + 2):
                status = self.status
                if status == "awaiting_answers":
                    self._run(Command(resume={"answers": []}), on_event)
                elif status == "awaiting_review":
                    self._run(Command(resume={"accept_all": True}), on_event)
                elif (status in session_status.RESUMABLE
                      and session_status.has_work(self.snapshot)):
                    self._run(None, on_event)
                else:
                    break
        return self

    def resume(self, on_event: EventHandler | None = None) -> Session:
        """Continue a run that stopped without an interrupt (a crash, a timeout, a kill), or
        at the cost cap (open the session with a higher `max_cost_usd`/`max_tokens` first)."""
        with self.lease():
            if self.status == "awaiting_budget":
                caps = {"max_cost_usd": self.context.max_cost_usd,
                        "max_tokens": self.context.max_tokens}
                self._run(Command(resume={i.id: caps for i in self.snapshot.interrupts}),
                          on_event)
                return self
            snap = self.snapshot
            if session_status.has_work(snap) and not snap.interrupts:
                self._run(None, on_event)
        return self

    def _expect(self, status: str) -> None:
        if self.status != status:
            raise SessionError(f"session {self.id} is {self.status}, not {status}")

    # -- time travel -----------------------------------------------------------------------
    def history(self) -> list[dict[str, Any]]:
        """Checkpoints, newest first: id, step, the nodes that ran next, stage, created_at."""
        out = []
        for snap in self.graph.get_state_history(self.config):
            out.append({
                "checkpoint": snap.config["configurable"]["checkpoint_id"],
                "step": snap.metadata.get("step") if snap.metadata else None,
                "source": snap.metadata.get("source") if snap.metadata else None,
                "next": list(snap.next),
                "stage": (snap.values or {}).get("stage", "draft"),
                "created_at": snap.created_at,
            })
        return out

    def replay(self, checkpoint_id: str, on_event: EventHandler | None = None) -> Session:
        """Re-run from a past checkpoint (the steps after it run again, on this session)."""
        self._checkpoint(checkpoint_id)
        cfg: RunnableConfig = {**self.config, "configurable": {
            "thread_id": self.id, "checkpoint_id": checkpoint_id}}
        self._run(None, on_event, config=cfg)
        return self

    def fork(self, checkpoint_id: str | None = None, values: dict[str, Any] | None = None,
             on_event: EventHandler | None = None, *, jd: str | Path | Document | None = None,
             out_dir: str | Path | None = None, session_id: str | None = None) -> Session:
        """A NEW session (application) from one of this session's checkpoints, run until it
        completes or waits: its own id, record and output folder. This session's checkpoints,
        record and files are only read.

        `jd` (or `values`, e.g. another `jd_text`) changes the input; the checkpoint must then
        be one before the JD is parsed, and by default is the first. Without a change the
        default is the latest checkpoint, taken from before export, so the fork writes its own
        files. `out_dir` defaults to this session's folder + '-' + the new id."""
        from cvtailor.storage.threads import copy_checkpoint

        values = dict(values or {})
        if jd is not None:
            doc = _document(jd, "JD")
            values.update(jd_text=doc.text, jd_name=doc.name, jd_format=doc.format,
                          job_title="", job_company="")  # the old JD's corrections do not apply
            if doc.warnings:
                values["warnings"] = list(doc.warnings)
        new_input = bool({"jd_text", "cv_text", "jd_file", "cv_file"} & set(values))
        chosen = self._fork_point(checkpoint_id, new_input)
        new_id = session_id or _new_id()
        source = self.store.get_session(self.id)
        target = str(out_dir or (f"{self.context.out_dir.rstrip('/')}-{new_id}"
                                 if self.context.out_dir else ""))
        if target and self.context.out_dir and (
                Path(target).expanduser().resolve() == Path(self.context.out_dir).resolve()):
            raise InputError(f"the fork needs its own output folder, not {target} "
                             f"(session {self.id} writes there)")
        context = replace(self.context, out_dir=str(Path(target).expanduser().resolve())
                          if target else "")
        same_job = not new_input
        self.store.save_session(SessionRecord(
            new_id, "", "", source.cv_name, values.get("jd_name") or source.jd_name,
            context.to_dict(), "running", title=source.title if same_job else "",
            company=source.company if same_job else ""))
        forked = Session(new_id, self.store, context)
        latest = self.snapshot.config["configurable"]["checkpoint_id"]
        copied = copy_checkpoint(self.store.checkpointer, self.id, chosen, new_id,
                                 with_writes=chosen == latest)
        if values:
            forked.graph.update_state(copied, values)
        forked._run(None, on_event)
        return forked

    def _fork_point(self, checkpoint_id: str | None, new_input: bool) -> str:
        """The checkpoint a fork copies (see `fork`)."""
        history = self.history()
        if not history:
            raise SessionError(f"session {self.id} has no checkpoints to fork from")
        if checkpoint_id is not None:
            self._checkpoint(checkpoint_id)
            row = next(h for h in history if h["checkpoint"] == checkpoint_id)
        elif new_input:
            row = next((h for h in reversed(history) if "parse_jd" in h["next"]), history[-1])
        else:
            row = history[0]
        if new_input and "parse_jd" not in row["next"]:
            raise InputError(f"checkpoint {row['checkpoint']} of session {self.id} is past "
                             "parse_jd, so a new job description would not be read: fork from "
                             "an earlier checkpoint (cvtailor history) or without --checkpoint")
        if not row["next"] and row["stage"] == "exported":
            # A finished run: copy it from before export, so the fork writes its own files.
            row = next((h for h in history if "export" in h["next"]), row)
        return str(row["checkpoint"])

    def _checkpoint(self, checkpoint_id: str) -> None:
        if not any(h["checkpoint"] == checkpoint_id for h in self.history()):
            raise SessionError(f"session {self.id} has no checkpoint {checkpoint_id!r}")

    def versions(self) -> list[dict[str, Any]]:
        """Every review round: when, and per item the draft shown, the action and the result
        (`models.Version` as JSON)."""
        return [v.model_dump(mode="json") for v in versions_of(self.values.get("versions"))]

    def application(self) -> Application:
        """The session as a job application: title, company, status, coverage..."""
        from cvtailor.applications.records import application_of

        return application_of(self.store.get_session(self.id))

    def mark(self, status: str | None = None, *, favourite: bool | None = None,
             title: str | None = None, company: str | None = None) -> Application:
        """Set the application's status (draft | ready | applied | closed), favourite, title
        or company; a bad value raises InputError and changes nothing."""
        from cvtailor.applications.records import mark

        return mark(self.store, self.id, status, favourite=favourite, title=title,
                    company=company)

    # -- versions: compare, pin, edit (applications/versions.py) ------------------------------
    def diff(self, a: int, b: int) -> dict[str, Any]:
        """Version `a` against version `b` (0 = the original CV): the items that read
        differently, with a word diff (`models.VersionDiff` as JSON)."""
        from cvtailor.applications import versions as v

        values = self.values
        for n in (a, b):
            v.check_version(values, n, self.id)
        return v.diff(values, a, b).model_dump(mode="json")

    @property
    def pinned(self) -> int | None:
        """The version export writes, when the user pinned one (None: the latest)."""
        return self.store.get_session(self.id).pinned_version

    def pin(self, version: int | None) -> Session:
        """Make `version` the one `export` writes and the session's out_dir holds (None: the
        latest again); the pin is stored with the session."""
        from cvtailor.applications import versions as v

        if version is not None:
            self._expect("completed")
            v.check_version(self.values, version, self.id)
        self.store.pin_version(self.id, version)
        if self.context.out_dir and self.status == "completed":  # the application's files
            from cvtailor.writers import write_outputs

            write_outputs(self.exported_cv(), self.context.out_dir, self.context.formats)
        return self

    def exported_cv(self) -> StructuredCV:
        """The CV export writes: the pinned version, else the final CV."""
        from cvtailor.applications import versions as v

        values, pinned = self.values, self.pinned
        final = values.get("final_cv")
        if final is None:
            raise SessionError(f"session {self.id} is {self.status}, not completed")
        return v.cv_at(values, pinned) if pinned is not None else final

    def edit(self, item_id: str, text: str, on_event: EventHandler | None = None) -> Session:
        """Refine a completed CV: item `item_id` reads `text` in a new version, re-assembled
        and re-exported. The fabrication guard checks it first: an edit that adds a number,
        skill, employer or credential the CV and answers do not support raises InputError
        and changes nothing. An edit unpins a pinned version."""
        from cvtailor.applications import versions as v

        with self.lease():  # the check, the new version and its run are one step
            self._expect("completed")
            update = v.edit_update(self.values, item_id, text, self.id)
            self.graph.update_state(self.config, update, as_node="edit")
            if self.pinned is not None:
                self.store.pin_version(self.id, None)
            self._run(None, on_event)
        return self

    def raw_output(self, item_id: str) -> str | None:
        """What the model answered when it wrote item `item_id`'s latest draft (or the cover
        letter, `cover-letter`); None when no model wrote it (the offline engine did).
        SessionError for an item the session has no draft of."""
        from cvtailor.models import LETTER_ID

        values = self.values
        if item_id == LETTER_ID and values.get("cover_letter") is not None:
            return values["cover_letter"].raw_output  # type: ignore[no-any-return]
        draft = (values.get("drafts") or {}).get(item_id)
        if draft is None:
            drafted = ", ".join(list(values.get("drafts") or {})[:8])
            raise SessionError(f"session {self.id} has no draft of item {item_id!r}"
                               + (f" (drafted: {drafted}, ...)" if drafted else ""))
        return draft.raw_output  # type: ignore[no-any-return]

    def delete(self, outputs: bool = False) -> None:
        """Remove every trace of the session (`storage.erase`): checkpoints and writes, its
        record, its semantic index, its cached model answers, and with `outputs` the files
        its export wrote."""
        from cvtailor.storage import erase

        with self.lease():
            values = self.values if outputs else {}
            erase.erase_checkpoints(self.store, self.id)
            erase.erase_index(self.context.index_dir or None, self.id)
            erase.erase_cache(erase.cache_path_of(self.context), self.id)
            if outputs and self.context.out_dir:
                base = Path(self.context.out_dir)
                erase.erase_outputs(values.get("outputs"), [base, base / self.id], self.id)

    # -- results ---------------------------------------------------------------------------
    def report(self) -> dict[str, Any]:
        """report.json as it would be written now (`report_model()` as JSON)."""
        return self.report_model().dump()

    def report_model(self) -> Report:
        """The run's report (`models.Report`), at whatever stage the session is."""
        status, values = self.status, self.values
        pinned = self.pinned if values.get("final_cv") is not None else None
        if pinned is not None:  # the report describes what export writes
            from cvtailor.applications import versions as v

            values = {**values, "final_cv": v.cv_at(values, pinned)}
        report = build_report(values, session=self.id, status=status,
                              engine=self.context.engine)
        report.version = pinned
        if status == "awaiting_budget" and self.pending:
            report.warnings.append(str(self.pending.get("message", "")))
        return report

    def result(self) -> Result:
        """The run's Result as it stands now."""
        values = self.values
        final = values.get("final_cv")
        return Result(
            session=self.id, status=self.status, report=self.report(),
            markdown=render_markdown(final) if final else "", final_cv=final,
            outputs=dict(values.get("outputs") or {}), pending=self.pending,
        )

    def write_report(self, out_dir: str | Path) -> Path:
        """Write report.json to `out_dir`."""
        return save_report(self.report_model(), out_dir)


def _graph_of(store: SessionStore) -> CompiledStateGraph[Any, Any, Any, Any]:
    """The graph compiled with `store`'s checkpointer and profile store, once per store
    (compiling takes ~8 ms, on the critical path of every run; a compiled graph keeps no run
    state)."""
    if store.compiled_graph is None:
        store.compiled_graph = build_graph(store.checkpointer, store=store.profile_store)
    graph: CompiledStateGraph[Any, Any, Any, Any] = store.compiled_graph
    return graph


# LangGraph's thread pool for one run. It also runs LangGraph's own jobs (checkpoint writes of
# each finished task, the stream waiter), so it is sized for a whole fan-out; how many nodes
# work at once is Context.max_concurrency, enforced by run_scope.
GRAPH_POOL = 256


@contextmanager
def run_scope(context: Context, on_event: EventHandler | None = None) -> Iterator[None]:
    """What the nodes of one run share: its node slots (max_concurrency) and its progress
    handler. LangGraph copies the context into node threads."""
    events = EVENT_HANDLER.set(_serialised(on_event) if on_event is not None else None)
    slots = RUN_SLOTS.set(threading.BoundedSemaphore(max(1, context.max_concurrency)))
    stop = threading.Event()
    stopping = RUN_STOPPING.set(stop)
    try:
        with _stop_on_signals(stop):
            yield
    finally:
        RUN_STOPPING.reset(stopping)
        RUN_SLOTS.reset(slots)
        EVENT_HANDLER.reset(events)


@contextmanager
def _stop_on_signals(stop: threading.Event) -> Iterator[None]:
    """Ctrl-C or SIGTERM set `stop` (so queued nodes give up, see nodes.common.RunStopped),
    then act as before (KeyboardInterrupt, or the handler in place). Main thread only."""
    import signal

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}

    def handler(signum: int, frame: Any) -> None:
        stop.set()
        before = previous[signal.Signals(signum)]
        if callable(before):
            before(signum, frame)
        elif before == signal.SIG_DFL and signum == signal.SIGTERM:
            raise SystemExit(128 + signum)
        elif before != signal.SIG_IGN:
            raise KeyboardInterrupt

    for sig in previous:
        signal.signal(sig, handler)
    try:
        yield
    finally:
        for sig, before in previous.items():
            signal.signal(sig, before)


def _serialised(handler: EventHandler) -> EventHandler:
    """`handler`, called by one node thread at a time (events come from parallel writers)."""
    lock = threading.Lock()

    def call(event: dict[str, Any]) -> None:
        with lock:
            handler(event)

    return call


def _new_id() -> str:
    return datetime.now(UTC).strftime("%Y%m%d-%H%M%S-") + uuid.uuid4().hex[:6]


def tailor(cv: str | Path | Document, jd: str | Path | Document, *,
           store: SessionStore | str | Path | None = None, title: str | None = None,
           company: str | None = None, **settings: Any) -> Result:
    """Tailor a CV to a JD in one call (auto-approved unless `auto_approve=False`).

    `cv` and `jd` are file paths or text. `title` / `company` correct what the JD parser
    finds. Settings are `Context` fields (engine, out_dir, customization_level, ...). With no
    store, the session lives in a temporary file.
    """
    settings.update(title=title, company=company)
    settings.setdefault("auto_approve", True)
    if store is None:
        import tempfile

        with tempfile.TemporaryDirectory(prefix="cvtailor-") as tmp:
            the_store = SessionStore(Path(tmp) / "session.sqlite")
            try:
                return Session.start(cv, jd, store=the_store, **settings).result()
            finally:
                the_store.close()
    return Session.start(cv, jd, store=store, **settings).result()


def analyze(
    cv: str | Path | Document, jd: str | Path | Document, *, title: str | None = None,
    company: str | None = None, store: SessionStore | str | Path | None = None,
    **settings: Any
) -> dict[str, Any]:
    """The gap report and the improvement plan: parse, research, gap analysis and plan,
    nothing rewritten or stored. `title` / `company` correct what the JD parser finds. The
    profile (`Context.profile`) in `store` (default: the default store, when it exists) is
    read, so a question the person already answered is not listed again."""
    from langgraph.checkpoint.memory import InMemorySaver

    from cvtailor.storage.serializer import serializer
    from cvtailor.storage.session_store import (
        default_store,
        default_store_path,
        is_postgres_url,
    )

    cv_doc, jd_doc = _document(cv, "CV"), _document(jd, "JD")
    context = Context(**settings)
    if store is None and (is_postgres_url(default_store())
                          or default_store_path().exists()):
        store = default_store()
    opened = store is not None and not isinstance(store, SessionStore)
    the_store = store if isinstance(store, SessionStore) or store is None else SessionStore(store)
    try:
        profiles = the_store.profile_store if isinstance(the_store, SessionStore) else None
        graph = build_graph(InMemorySaver(serde=serializer()), store=profiles)
        cfg: RunnableConfig = {"configurable": {"thread_id": "analyze"},
                               "max_concurrency": GRAPH_POOL}
        with run_scope(context):
            # Through the plan (what would change, and why); no item is written.
            graph.invoke(_graph_input(cv_doc, jd_doc, title, company), cfg, context=context,
                         interrupt_before=["write_item", "review", "cost_cap"])
    finally:
        if opened and isinstance(the_store, SessionStore):
            the_store.close()
    values = graph.get_state(cfg).values
    report = build_report(values, session="", status="analyzed",
                          engine=settings.get("engine", "offline")).dump()
    return {k: report[k] for k in ("status", "engine", "job", "requirements", "coverage",
                                   "questions", "plan", "warnings", "timings")}
