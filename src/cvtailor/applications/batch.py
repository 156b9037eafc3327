"""One CV, many job descriptions: `cvtailor batch` and `cvtailor.batch()`.

Each JD is its own session and application, auto-approved, written to
`OUT/<company-title slug, or the file's name>/`. A batch is resumable: every application is
keyed by a hash of the CV and JD texts (`SessionRecord.input_key`), so running the same batch
again skips the finished ones, resumes the unfinished ones (a crash, a kill) from their last
checkpoint and starts only the missing ones.

Gap questions the runs could not ask (auto-approve) are collected into one `OUT/answers.json`:
each distinct question once, with the applications that ask it. The person fills in the
answers and runs the same batch with `--answers OUT/answers.json`; the applications whose
answers changed run again from the start with them (the earlier run stays in their history),
the others are skipped. The file is rewritten with every answer kept.

Concurrency: `concurrency` applications at once, in threads by default; `processes=True` runs
them in worker processes instead (the offline engine is CPU-bound; see README "Batch").
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cvtailor.errors import InputError, parse_json
from cvtailor.models.application import BatchItem, BatchResult
from cvtailor.readers import Document, from_text, read_document
from cvtailor.storage.session_store import SessionStore, default_store

DEFAULT_OUT = "cvtailor-batch"
ANSWERS_FILE = "answers.json"
JD_SUFFIXES = (".md", ".markdown", ".txt", ".pdf", ".docx", ".json", ".html", ".htm",
               ".eml")
HOW_TO = ("Write an answer for each question you can: 'yes' or 'no' for a confirm question, "
          "for a describe question what you did and where (your own words; only this is ever "
          "added to a CV), or leave it empty. Then run the same batch command with "
          "--answers <this file>: only the applications whose answers changed run again.")


def input_key(cv_text: str, jd_text: str) -> str:
    """The hash that identifies one application of a batch: sha256 of the CV and JD texts."""
    digest = hashlib.sha256()
    for text in (cv_text, jd_text):
        data = text.encode("utf-8")
        digest.update(len(data).to_bytes(8, "big") + data)
    return digest.hexdigest()[:24]


def slug(text: str, limit: int = 60) -> str:
    """A folder name: lower-case ASCII letters, digits and dashes, at most `limit` long."""
    import unicodedata

    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:limit].strip("-")


def folder_name(jd: Document) -> str:
    """`company-title` as the offline JD reader finds them, else the JD's file name."""
    from cvtailor.engines.offline.jd_blocks import read_blocks
    from cvtailor.engines.offline.jd_header import front_matter, identify

    try:
        front, body = front_matter(jd.text.replace("\r\n", "\n"))
        found = identify(front, read_blocks(body)[0], body)
        named = slug(f"{found.company} {found.title}")
    except Exception:  # a name is a convenience: never fail the batch over it
        named = ""
    return named or slug(Path(jd.name).stem) or "job"


def find_jds(folder: Path) -> list[Path]:
    """The job description files in a folder (by suffix, sorted by name)."""
    if not folder.is_dir():
        raise InputError(f"not a folder of job descriptions: {folder}")
    found = sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")
                   and p.suffix.lower() in JD_SUFFIXES and p.name != ANSWERS_FILE)
    if not found:
        raise InputError(f"no job descriptions ({', '.join(JD_SUFFIXES)}) in {folder}")
    return found


@dataclass(frozen=True)
class Job:
    """One application of a batch, as a worker (thread or process) gets it."""

    cv: Document
    jd: Document
    key: str
    out_dir: str
    store: str
    settings: dict[str, Any]
    # The person's answers for this JD (question id, text); None: no answers file was given.
    answers: tuple[tuple[str, str], ...] | None = None


def run_job(job: Job) -> tuple[BatchItem, list[dict[str, str]]]:
    """Start, resume, re-answer or skip one application; its summary row and the gap questions
    it leaves unanswered. Never raises: a failure is a row with `action` failed."""
    from cvtailor.session import Session

    item = BatchItem(jd=job.jd.name, out_dir=job.out_dir)
    try:
        with SessionStore(job.store) as store:
            record = store.find_by_input(job.key)
            session = Session.open(record.id, store=store) if record else None
            given = [{"question_id": q, "text": t} for q, t in job.answers or ()]
            if session is None or not session.snapshot.values:  # new, or killed before a step
                session = Session.start(
                    job.cv, job.jd, store=store, session_id=session.id if session else None,
                    input_key=job.key, answers=given or None,
                    **{**job.settings, "auto_approve": True, "out_dir": job.out_dir})
                item.action = "started"
            elif job.answers is not None and _answered(session) != set(job.answers):
                _run_again_with(session, given)
                item.action = "reanswered"
            elif session.status == "completed":
                item.action = "skipped"
            else:
                session.resume().accept_all()
                item.action = "resumed"
            return _summary(item, session), _open_questions(session)
    except Exception as exc:  # one failed application never stops the others
        from cvtailor.errors import CVTailorError

        message = str(exc) if isinstance(exc, CVTailorError) else f"{type(exc).__name__}: {exc}"
        return item.model_copy(update={"action": "failed", "run_status": "failed",
                                       "error": " ".join(message.split())[:300]}), []


def _answered(session: Any) -> set[tuple[str, str]]:
    return {(a.question_id, a.text) for a in session.values.get("answers") or []}


def _run_again_with(session: Any, answers: list[dict[str, str]]) -> None:
    """Run the session again from its first step with these answers, on the same thread (the
    earlier run stays in its history)."""
    from cvtailor.models import Answer

    first = [h for h in session.history() if "parse_jd" in h["next"]][-1]["checkpoint"]
    session.graph.update_state(
        {"configurable": {"thread_id": session.id, "checkpoint_ns": "", "checkpoint_id": first}},
        {"answers": [Answer.model_validate(a) for a in answers]})
    session.resume().accept_all()


def _summary(item: BatchItem, session: Any) -> BatchItem:
    app = session.application()
    return item.model_copy(update={
        "session": session.id, "title": app.title, "company": app.company,
        "run_status": app.run_status, "status": app.status,
        "coverage_before": app.coverage_before, "coverage_after": app.coverage_after,
        "out_dir": app.out_dir or item.out_dir})


def _open_questions(session: Any) -> list[dict[str, str]]:
    report = session.values.get("gap_report")
    done = {q for q, _ in _answered(session)}
    return [{"question_id": q.id, "text": q.text, "kind": q.kind, "requirement": q.requirement}
            for q in (report.questions if report else []) if q.id not in done]


# -- the answers file ------------------------------------------------------------------------
def load_answers(path: str | Path) -> tuple[dict[str, Any], dict[str, list[tuple[str, str]]]]:
    """An answers file (the template `batch` writes, filled in): the file as read, and per
    session id its non-empty answers as (question id, text). InputError when malformed."""
    path = Path(path)
    try:
        data = parse_json(path.read_text(encoding="utf-8"), f"answers file {path}")
    except FileNotFoundError:
        raise InputError(f"answers file not found: {path}") from None
    questions = data.get("questions") if isinstance(data, dict) else None
    if not isinstance(questions, list) or not all(
            isinstance(q, dict) and isinstance(q.get("answer", ""), str)
            and isinstance(q.get("asked_in", []), list) for q in questions):
        raise InputError(f"answers file {path}: expected the template batch writes: "
                         '{"questions": [{"question": ..., "answer": "", "asked_in": [...]}]}')
    per_session: dict[str, list[tuple[str, str]]] = {}
    for q in questions:
        text = " ".join(str(q.get("answer", "")).split())
        for where in q.get("asked_in", []):
            if not isinstance(where, dict) or not where.get("session"):
                raise InputError(f"answers file {path}: every asked_in entry needs a session "
                                 "and a question_id")
            if text:
                per_session.setdefault(str(where["session"]), []).append(
                    (str(where.get("question_id", "")), text))
    return data, per_session


def answers_template(previous: dict[str, Any] | None,
                     asked: Iterable[tuple[BatchItem, list[dict[str, str]]]]) -> dict[str, Any]:
    """The answers file: every question once (same kind and wording = one question), with
    the applications that ask it; the entries and answers of `previous` are all kept."""
    entries: dict[tuple[str, str], dict[str, Any]] = {}
    for q in (previous or {}).get("questions", []):
        entries[(str(q.get("kind", "")), str(q.get("question", "")))] = dict(q)
    for item, questions in asked:
        for q in questions:
            entry = entries.setdefault((q["kind"], q["text"]), {
                "question": q["text"], "kind": q["kind"], "requirement": q["requirement"],
                "answer": "", "asked_in": []})
            where = {"application": Path(item.out_dir).name, "session": item.session,
                     "question_id": q["question_id"]}
            if not any(w.get("session") == item.session
                       and w.get("question_id") == q["question_id"]
                       for w in entry.setdefault("asked_in", [])):
                entry["asked_in"].append(where)
    return {"how_to": HOW_TO, "questions": list(entries.values())}


def _write_json(path: Path, data: Any) -> None:
    """Write JSON through a temporary file, so the old file stays whole until the new is."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    tmp.replace(path)


# -- the batch -------------------------------------------------------------------------------
def _read(value: str | Path | Document, kind: str) -> Document:
    if isinstance(value, Document):
        return value
    if isinstance(value, Path) or ("\n" not in value and Path(value).expanduser().is_file()):
        return read_document(Path(value).expanduser(), kind=kind)
    return from_text(value, kind=kind)


def plan_jobs(cv: Document, jds: Sequence[Document], out: Path, where: str,
              settings: dict[str, Any],
              answers: dict[str, list[tuple[str, str]]] | None) -> list[Job]:
    """One job per distinct JD, each with its folder: the one its application already has,
    else OUT/<slug>, numbered when two JDs would share it."""
    keyed: dict[str, Document] = {}
    for jd in jds:
        keyed.setdefault(input_key(cv.text, jd.text), jd)  # the same JD twice is one job
    known: dict[str, tuple[str, str]] = {}  # key -> (session id, folder)
    with SessionStore(where) as store:
        for key in keyed:
            record = store.find_by_input(key)
            if record and record.settings.get("out_dir"):
                known[key] = (record.id, str(record.settings["out_dir"]))
    taken = {folder for _, folder in known.values()}
    jobs = []
    for key, jd in keyed.items():
        session, folder = known.get(key, ("", ""))
        if not folder:
            base, n = folder_name(jd), 1
            folder = str(out / base)
            while folder in taken or Path(folder).exists():
                n += 1
                folder = str(out / f"{base}-{n}")
            taken.add(folder)
        given = None if answers is None else tuple(answers.get(session, []))
        jobs.append(Job(cv, jd, key, folder, where, settings, given))
    return jobs


def batch(
    cv: str | Path | Document,
    jds: Sequence[str | Path | Document],
    *,
    out_dir: str | Path = DEFAULT_OUT,
    store: str | Path | None = None,
    concurrency: int = 2,
    processes: bool = False,
    answers: str | Path | None = None,
    on_item: Callable[[BatchItem], None] | None = None,
    **settings: Any,
) -> BatchResult:
    """Tailor one CV to every JD, each as its own auto-approved, resumable application.

    `jds` are files or texts; `out_dir` gets one folder per application and answers.json;
    `concurrency` applications run at once (threads, or worker processes with `processes`);
    `answers` is a filled-in answers file from an earlier batch; `on_item` sees each row as
    it finishes. The other settings are `Context` fields (engine, customization_level...).
    """
    started = time.perf_counter()
    if concurrency < 1:
        raise InputError(f"--concurrency must be at least 1, not {concurrency}")
    if not jds:
        raise InputError("no job descriptions given")
    cv_doc = _read(cv, "CV")
    jd_docs = [_read(jd, "JD") for jd in jds]  # every file is read before anything runs
    previous, per_session = load_answers(answers) if answers else (None, None)
    out = Path(out_dir).expanduser().resolve()
    where = str(store) if store else default_store()
    settings.pop("auto_approve", None)
    jobs = plan_jobs(cv_doc, jd_docs, out, where, settings, per_session)

    results: dict[str, tuple[BatchItem, list[dict[str, str]]]] = {}
    if concurrency == 1 or len(jobs) == 1:
        for job in jobs:
            results[job.key] = run_job(job)
            if on_item:
                on_item(results[job.key][0])
    else:
        pool = _executor(min(concurrency, len(jobs)), processes)
        try:
            futures = {pool.submit(run_job, job): job.key for job in jobs}
            for future in as_completed(futures):
                results[futures[future]] = future.result()
                if on_item:
                    on_item(results[futures[future]][0])
        except BaseException:  # Ctrl-C: start nothing new; the running ones finish and save
            pool.shutdown(wait=False, cancel_futures=True)
            raise
        pool.shutdown()

    rows = [results[job.key] for job in jobs]
    template = answers_template(previous, rows)
    answers_file = ""
    if template["questions"]:
        out.mkdir(parents=True, exist_ok=True)
        _write_json(out / ANSWERS_FILE, template)
        answers_file = str(out / ANSWERS_FILE)
    return BatchResult(items=[item for item, _ in rows], answers_file=answers_file,
                       seconds=round(time.perf_counter() - started, 3))


def _executor(workers: int, processes: bool) -> Executor:
    if processes:
        import multiprocessing

        # spawn: a forked child would inherit open SQLite connections and LangGraph's threads.
        return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"))
    return ThreadPoolExecutor(workers, thread_name_prefix="cvtailor-batch")
