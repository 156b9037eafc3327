"""The `cvtailor` command: tailor, analyze, review, sessions, applications, mark, history,
replay, fork, export, batch, versions, edit, profile, graph.

Bad input gets one line on stderr and a non-zero exit, never a traceback (CVTAILOR_DEBUG=1
shows one). Progress and prompts go to stderr; results and `--json` go to stdout.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape

from cvtailor.errors import CVTailorError, InputError, parse_json

if TYPE_CHECKING:
    from cvtailor.session import Session

# Start-up cost: only typer, rich.console and cvtailor.errors are imported here, so `--help`
# and bad-input errors never load LangGraph, Chroma, the embedding model, provider SDKs or
# document libraries. Each command imports what it uses (see README "Performance").

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode="markdown",
                  help="Tailor a CV to a job description, truthfully. Runs offline by default.")
err = Console(stderr=True)
out = Console()

StoreOpt = Annotated[str | None, typer.Option(
    "--store", envvar="CVTAILOR_STORE",
    help="Where sessions live: a SQLite file, or postgresql://user:pass@host:5432/db (needs "
    "the 'postgres' extra).")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print a machine-readable result.")]
OutOpt = Annotated[Path | None, typer.Option("--out", help="Directory for cv.md and report.json.")]
FormatOpt = Annotated[str | None, typer.Option(
    "--format", help="Comma list of CV formats: md,html,pdf,docx,json (JSON Resume); md is "
    "always written.")]
DEFAULT_OUT = Path("cvtailor-out")
ProviderOpt = Annotated[str | None, typer.Option(
    "--provider", help="openai | google_genai (with --base-url: any OpenAI-compatible server).")]
ModelOpt = Annotated[str | None, typer.Option(
    "--model", help="Model, e.g. gpt-4.1-mini or google_genai:gemini-2.5-flash.")]
BaseUrlOpt = Annotated[str | None, typer.Option(
    "--base-url", help="OpenAI-compatible server, e.g. http://localhost:11434/v1 (Ollama).")]
MaxCostOpt = Annotated[float | None, typer.Option(
    "--max-cost", help="Cost cap in USD for the session; the run stops at a checkpoint there.")]
TimeLimitOpt = Annotated[float | None, typer.Option(
    "--time-limit", help="Hard limit for this run in seconds (0 = none): past it the run stops "
    "at a checkpoint as timed_out; `review` continues it.")]
TitleOpt = Annotated[str | None, typer.Option(
    "--title", help="The job title, when the one read from the JD is wrong.")]
CompanyOpt = Annotated[str | None, typer.Option(
    "--company", help="The hiring company, when the one read from the JD is wrong.")]
ProfileOpt = Annotated[str | None, typer.Option(
    "--profile", envvar="CVTAILOR_PROFILE",
    help="Whose profile (answers remembered across applications); default 'default'.")]


def model_settings(provider: str | None, model: str | None, base_url: str | None,
                   max_cost: float | None) -> dict[str, Any]:
    """Context overrides from the model options (only the ones given)."""
    given = {"provider": provider, "model": model, "base_url": base_url,
             "max_cost_usd": max_cost}
    return {k: v for k, v in given.items() if v is not None}


# The session whose questions the terminal is asking, for the line an interrupted prompt
# (Ctrl-C, Ctrl-D) leaves: what to run to go on.
_ASKING: dict[str, str] = {}


@contextmanager
def guard() -> Iterator[None]:
    """Turn an error inside the block into a one-line message and an exit code: 2 for bad input,
    1 for other errors, 130 on Ctrl-C or on Ctrl-D at a prompt (CVTAILOR_DEBUG=1 re-raises the
    unexpected ones)."""
    try:
        yield
    except typer.Exit:
        raise
    except InputError as exc:
        err.print(f"[red]error:[/red] {escape(str(exc))}", soft_wrap=True)
        raise typer.Exit(2) from None
    except CVTailorError as exc:
        err.print(f"[red]error:[/red] {escape(str(exc))}", soft_wrap=True)
        raise typer.Exit(1) from None
    except BrokenPipeError:
        # The reader went away (`cvtailor sessions | head`): stop quietly, as `ls | head` does.
        # Point stdout at /dev/null so the interpreter's final flush cannot fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise typer.Exit(141) from None
    except (KeyboardInterrupt, EOFError):  # Ctrl-C, or Ctrl-D at a prompt
        err.print("interrupted: finished work is saved; continue with `cvtailor review "
                  f"{_ASKING.get('session') or 'SESSION'}`", soft_wrap=True, markup=False)
        raise typer.Exit(130) from None
    except Exception as exc:
        if os.environ.get("CVTAILOR_DEBUG"):
            raise
        err.print(f"[red]error:[/red] {type(exc).__name__}: {escape(str(exc))[:300]} "
                  "(CVTAILOR_DEBUG=1 shows the traceback)", soft_wrap=True)
        raise typer.Exit(1) from None


def interactive(json_out: bool) -> bool:
    """Whether to show progress and prompts: stdin and stderr are terminals and the output is not
    JSON."""
    return sys.stdin.isatty() and sys.stderr.isatty() and not json_out


class ProgressView:
    """Rich progress bars fed by the graph's custom stream events."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        if enabled:  # rich.progress is only imported on a terminal
            from rich.progress import (
                BarColumn,
                Progress,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )

            self.progress = Progress(
                TextColumn("{task.description}"), BarColumn(),
                TextColumn("{task.completed:.0f}%"), TimeElapsedColumn(), TimeRemainingColumn(),
                console=err, transient=True,
            )
            self.task = self.progress.add_task("starting", total=100)
        self.items_total = 0
        self.items_done = 0
        self.base = 0.0

    def __enter__(self) -> ProgressView:
        if self.enabled:
            self.progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.enabled:
            self.progress.stop()

    def __call__(self, event: dict[str, Any]) -> None:
        if not self.enabled:
            return
        kind, node, status = event.get("type"), event.get("node"), event.get("status")
        if kind == "plan":
            self.items_total, self.items_done = int(event.get("items", 0)), 0
        elif kind == "qa" and not event.get("retry"):
            self.items_done += 1
        if kind == "node" and status == "end":
            self.base = max(self.base, {"parse_cv": 5, "parse_jd": 10, "research": 18,
                                        "gap_analysis": 25, "plan": 25, "assemble": 92,
                                        "export": 100}.get(str(node), self.base))
        done = self.base
        if self.items_total and self.base < 92:
            done = 25 + 65 * self.items_done / self.items_total
        label = f"{node or kind}" + (f" {self.items_done}/{self.items_total}"
                                     if self.items_total and self.base < 92 else "")
        self.progress.update(self.task, completed=done, description=label)


def print_json(data: Any) -> None:
    """JSON on stdout: highlighted on a terminal, else plain (what rich prints there too, at a
    fraction of the cost for long lists)."""
    if out.is_terminal:
        out.print_json(data=data)
    else:
        print(json.dumps(data, indent=2, ensure_ascii=False))


def columns(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    """A plain text table: one line per row, columns padded to their widest cell."""
    widths = [max([len(h), *(len(str(r[i])) for r in rows)]) for i, h in enumerate(header)]
    return "\n".join("  ".join(str(cell).ljust(w) for cell, w in zip(row, widths, strict=True))
                     .rstrip() for row in [header, *rows])


def _load_json(path: Path, what: str) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"{what} file not found: {path}") from None
    return parse_json(text, f"{what} file")


def _refused(session: Session, what: str) -> None:
    """Stop with one line when the session refused the answer just given (it still waits)."""
    error = (session.pending or {}).get("error")
    if error:
        raise CVTailorError(f"{what}: {error} (session {session.id} is still {session.status})")


def _ask_answers(session: Session) -> None:
    from rich.panel import Panel
    from rich.prompt import Prompt

    pending = session.pending or {}
    if pending.get("error"):
        err.print(f"[red]error:[/red] {escape(str(pending['error']))}", soft_wrap=True)
    err.print(Panel(f"Evidenced coverage: {pending.get('coverage', 0):.0%}  ·  "
                    f"{len(pending.get('matched', []))} matched, "
                    f"{len(pending.get('partial', []))} partial, "
                    f"{len(pending.get('gaps', []))} gaps", title="Gap report"))
    from cvtailor.models.interrupts import unclear

    answers = []
    for q in pending.get("questions", []):
        text = Prompt.ask(f"[bold]{escape(q['text'])}[/bold]\n  answer", default="",
                          console=err)
        while q.get("kind") == "describe" and unclear(text):  # "maybe": asked again, here
            text = Prompt.ask("  answer no, or say where (which role) and how in a sentence",
                              default="", console=err)
        if text.strip():
            answers.append({"question_id": q["id"], "text": text.strip()})
    session.answer(answers)


def _show_diff(original: str, draft: str) -> str:
    from cvtailor.writers.review import word_ops

    style = {"same": "{}", "del": "[red strike]{}[/red strike]", "ins": "[green]{}[/green]"}
    return " ".join(style[kind].format(escape(text)) for kind, text in word_ops(original, draft))


def _show_raw(session: Session, item_id: str, json_out: bool) -> None:
    """An item's raw model output, as stored with its draft."""
    raw = session.raw_output(item_id)
    if json_out:
        print_json({"session": session.id, "item": item_id, "raw_output": raw})
    elif raw is None:
        out.print(f"{item_id}: no model output (the offline engine wrote this draft)")
    else:
        print(raw)


def _review_interactively(session: Session) -> None:
    from rich.panel import Panel
    from rich.prompt import Prompt

    pending = session.pending or {}
    if pending.get("error"):
        err.print(f"[red]error:[/red] {escape(str(pending['error']))}", soft_wrap=True)
    items = pending.get("items", [])
    decisions: dict[str, Any] = {}
    for n, item in enumerate(items, 1):
        qa = item.get("qa") or {}
        issues = "; ".join(i["message"] for i in qa.get("issues", [])) or "none"
        body = (f"[dim]{escape(item['section'])} {escape(item.get('entry') or '')}[/dim]\n"
                f"{_show_diff(item['original'], item['draft'])}\n\n"
                f"[dim]evidence: {', '.join(item['evidence'])} · keywords: "
                f"{', '.join(item['keywords']) or '-'} · QA: {issues}[/dim]")
        if item.get("feedback_note"):
            body += f"\n[yellow]feedback: {escape(item['feedback_note'])}[/yellow]"
        err.print(Panel(body, title=f"{n}/{len(items)} {item['id']} ({item['status']})"))
        choice = Prompt.ask(r"\[a]ccept, \[e]dit, \[r]eject, re\[g]enerate, accept \[A]ll, "
                            r"model \[o]utput", choices=["a", "e", "r", "g", "A", "o"],
                            default="a", console=err)
        while choice == "o":
            raw = session.raw_output(item["id"])
            err.print(escape(raw) if raw else "(no model output: the offline engine wrote it)",
                      soft_wrap=True)
            choice = Prompt.ask(r"\[a]ccept, \[e]dit, \[r]eject, re\[g]enerate, accept "
                                r"\[A]ll", choices=["a", "e", "r", "g", "A"], default="a",
                                console=err)
        if choice == "A":
            break
        if choice == "e":
            decisions[item["id"]] = {"action": "edit",
                                     "text": Prompt.ask("new text", default=item["draft"],
                                                        console=err)}
        elif choice == "r":
            decisions[item["id"]] = {"action": "reject"}
        elif choice == "g":
            decisions[item["id"]] = {"action": "regenerate",
                                     "feedback": Prompt.ask("what should change?", console=err)}
        else:
            decisions[item["id"]] = {"action": "accept"}
    session.decide(decisions)


def _drive(session: Session, *, ask: bool, progress: ProgressView) -> None:
    from cvtailor.models import InterruptKind

    _ASKING["session"] = session.id
    while ask and (kind := session.waiting_for) in (InterruptKind.GAP_QUESTIONS,
                                                    InterruptKind.REVIEW):
        progress.__exit__()
        if kind == InterruptKind.GAP_QUESTIONS:
            _ask_answers(session)
        else:
            _review_interactively(session)


def _finish(session: Session, json_out: bool) -> None:
    status = session.status
    out_dir = session.context.out_dir
    if status != "completed" and out_dir:
        session.write_report(out_dir)
    report = session.report()
    if json_out:
        payload = {"session": session.id, "status": status, "out": out_dir,
                   "coverage": report["coverage"], "outputs": session.values.get("outputs", {}),
                   "warnings": report["warnings"]}
        if status != "completed":
            payload["pending"] = session.pending
        print_json(payload)
        _stopped(session, status)
        return
    if status == "completed":
        cov = report["coverage"]
        diff = report.get("diff") or {}
        from rich.table import Table

        table = Table(title=f"Session {session.id}: completed", show_header=False)
        table.add_row("JD keyword coverage", f"{cov['before']:.0%} -> {cov['after']:.0%}")
        table.add_row("Requirements evidenced", f"{cov['evidenced']:.0%}")
        table.add_row("Items changed", f"{diff.get('items_changed', 0)} of "
                      f"{diff.get('items_total', 0)} (+{diff.get('items_added', 0)} new)")
        for name, path in (session.values.get("outputs") or {}).items():
            table.add_row(name, str(path))
        out.print(table)
        for w in report["warnings"]:
            err.print(f"[yellow]warning:[/yellow] {escape(w)}")
    elif status in STOPPED:
        _stopped(session, status)
    elif status == "awaiting_budget":
        pending = session.pending or {}
        out.print(escape(str(pending.get("message", "Stopped at the cost cap."))))
        out.print(f"Continue with: cvtailor review {session.id} --max-cost HIGHER_USD")
    else:
        what = "answers to gap questions" if status == "awaiting_answers" else "your review"
        out.print(f"Session {session.id} is waiting for {what}.")
        out.print(f"Continue with: cvtailor review {session.id} --accept-all"
                  f"   (or --decisions FILE{' / --answers FILE' if status == 'awaiting_answers' else ''})")


# Statuses of a run that stopped without finishing or asking: one line, a non-zero exit.
STOPPED = {"running": "is being run by another process",
           "interrupted": "stopped before it finished (killed or crashed)",
           "timed_out": "stopped at its time limit",
           "failed": "failed"}


def _stopped(session: Session, status: str) -> None:
    if status not in STOPPED:
        return
    hint = ("" if status == "running" else
            f"; finished work is saved: continue with `cvtailor review {session.id}`")
    err.print(f"session {session.id} {STOPPED[status]}{hint}", soft_wrap=True, markup=False)
    raise typer.Exit(3 if status == "timed_out" else 1)


@app.command()
def tailor(
    cv: Annotated[Path, typer.Argument(help="Your CV: PDF, DOCX, Markdown, text, JSON Resume, "
                                       "RenderCV YAML or LaTeX")],
    jd: Annotated[Path, typer.Argument(help="The job description: Markdown, text (a LinkedIn, "
                                       "Indeed or USAJOBS page pasted whole too), HTML, PDF, "
                                       "DOCX, a saved email (.eml) or JSON Resume job")],
    out_dir: OutOpt = None,
    auto_approve: Annotated[bool, typer.Option("--auto-approve",
                            help="No questions, accept every draft.")] = False,
    interview: Annotated[bool, typer.Option("--interview",
                         help="Stop for the gap interview even when not on a terminal.")] = False,
    answers: Annotated[Path | None, typer.Option("--answers",
                       help="JSON answers to gap questions: {question_id: text}.")] = None,
    max_questions: Annotated[int | None, typer.Option(
        "--max-questions", min=0, help="At most this many gap questions in all, over every "
        "round of the interview (default 10).")] = None,
    level: Annotated[str, typer.Option("--level", help="light | moderate | extensive")] = "moderate",
    engine: Annotated[str, typer.Option("--engine", envvar="CVTAILOR_ENGINE")] = "offline",
    keep_personal_details: Annotated[bool, typer.Option("--keep-personal-details")] = False,
    cover_letter: Annotated[bool, typer.Option(
        "--cover-letter", help="Also write cover_letter.md (and the CV's formats) from the same "
        "evidence; you approve it like a CV item.")] = False,
    provider: ProviderOpt = None,
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    max_cost: MaxCostOpt = None,
    store: StoreOpt = None,
    json_out: JsonOpt = False,
    formats: FormatOpt = None,
    title: TitleOpt = None,
    company: CompanyOpt = None,
    profile_name: ProfileOpt = None,
    time_limit: TimeLimitOpt = None,
) -> None:
    """Tailor CV to JD: gap report, rewrites, your review, then cv.md + report.json."""
    with guard():
        from cvtailor.readers import read_document
        from cvtailor.writers import check_formats

        models = model_settings(provider, model, base_url, max_cost)
        if engine == "offline" and {"provider", "model", "base_url"} & set(models):
            engine = "llm"  # naming a model selects the LLM engine
        if level not in ("light", "moderate", "extensive"):
            raise InputError(f"--level must be light, moderate or extensive, not {level!r}")
        if formats is not None:
            models["formats"] = ",".join(check_formats(formats))
        if profile_name is not None:
            from cvtailor.storage.profile import check_name

            models["profile"] = check_name(profile_name)
        if time_limit is not None:
            models["run_timeout_seconds"] = time_limit
        if max_questions is not None:
            models["max_questions"] = max_questions
        cv_doc, jd_doc = read_document(cv, "CV"), read_document(jd, "JD")
        ask = interactive(json_out)
        given = _load_json(answers, "answers") if answers else None
        given_list = ([{"question_id": k, "text": v} for k, v in given.items()]
                      if isinstance(given, dict) else given)
        from cvtailor.session import Session  # LangGraph: only once the input is read

        with ProgressView(ask) as progress:
            session = Session.start(
                cv_doc, jd_doc, store=store, answers=given_list, on_event=progress,
                title=title, company=company,
                auto_approve=auto_approve, interview=(interview or ask) and not given,
                customization_level=level, engine=engine,
                keep_personal_details=keep_personal_details, cover_letter=cover_letter,
                out_dir=str((out_dir or DEFAULT_OUT).resolve()), **models,
            )
            _drive(session, ask=ask, progress=progress)
        _finish(session, json_out)


@app.command()
def review(
    session_id: Annotated[str, typer.Argument(metavar="SESSION")],
    accept_all: Annotated[bool, typer.Option("--accept-all",
                          help="No answers to gap questions; accept every draft.")] = False,
    decisions: Annotated[Path | None, typer.Option("--decisions",
                         help="JSON {item_id: accept|reject|{action, text, feedback}}.")] = None,
    answers: Annotated[Path | None, typer.Option("--answers", help="JSON {question_id: text}.")]
    = None,
    out_dir: OutOpt = None,
    show_raw: Annotated[str | None, typer.Option(
        "--show-raw", metavar="ITEM", help="Print what the model answered for ITEM's draft "
        "(or cover-letter), and change nothing.")] = None,
    provider: ProviderOpt = None,
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    max_cost: MaxCostOpt = None,
    store: StoreOpt = None,
    json_out: JsonOpt = False,
    wait: Annotated[float, typer.Option("--wait", help="Seconds to wait while another process "
                                        "runs the session (default: fail at once).")] = 0.0,
    time_limit: TimeLimitOpt = None,
) -> None:
    """Answer what a session is waiting for, or continue a run that stopped (killed, failed,
    timed out), until it completes or asks again."""
    with guard():
        from cvtailor.session import Session
        from cvtailor.session_status import RESUMABLE

        if show_raw is not None:
            _show_raw(Session.open(session_id, store=store), show_raw, json_out)
            return
        overrides: dict[str, Any] = {"out_dir": str(out_dir.resolve())} if out_dir else {}
        overrides.update(model_settings(provider, model, base_url, max_cost))
        if time_limit is not None:
            overrides["run_timeout_seconds"] = time_limit
        session = Session.open(session_id, store=store, **overrides)
        session.lease_wait = wait
        ask = interactive(json_out) and not (accept_all or decisions or answers)
        with ProgressView(ask) as progress:
            if session.status == "awaiting_budget":  # continues with the (raised) cap
                session.resume(on_event=progress)
            # Given answers or decisions are never dropped: a session not waiting for them
            # (another process went first) is an error (Session._expect, under the lease).
            if answers:
                session.answer(_load_json(answers, "answers"), on_event=progress)
                _refused(session, f"answers file {answers}")
            if decisions:
                session.decide(_load_json(decisions, "decisions"), on_event=progress)
                _refused(session, f"decisions file {decisions}")
            if accept_all:
                session.accept_all(on_event=progress)
            if session.status in RESUMABLE:
                session.resume(on_event=progress)
            _drive(session, ask=ask, progress=progress)
        if out_dir and session.status == "completed" and not session.values.get("outputs"):
            session.write_report(out_dir)
        _finish(session, json_out)


@app.command()
def analyze(
    cv: Annotated[Path, typer.Argument()],
    jd: Annotated[Path, typer.Argument()],
    json_out: JsonOpt = False,
    title: TitleOpt = None,
    company: CompanyOpt = None,
    profile_name: ProfileOpt = None,
    store: StoreOpt = None,
) -> None:
    """The gap report and the plan: which requirements the CV evidences, the questions for the
    gaps (not those your profile already answers), and what tailoring would change in each
    section, and why."""
    with guard():
        from cvtailor.readers import read_document

        settings: dict[str, Any] = {}
        if profile_name is not None:
            from cvtailor.storage.profile import check_name

            settings["profile"] = check_name(profile_name)
        cv_doc, jd_doc = read_document(cv, "CV"), read_document(jd, "JD")
        from cvtailor.session import analyze as analyze_gaps

        report = analyze_gaps(cv_doc, jd_doc, title=title, company=company, store=store,
                              **settings)
        if json_out:
            print_json(report)
            return
        from rich.table import Table

        table = Table(title=f"{report['job']['title'] or 'Job'} — evidenced coverage "
                            f"{report['coverage']['evidenced']:.0%}")
        for col in ("id", "priority", "status", "requirement", "evidence"):
            table.add_column(col)
        colour = {"matched": "green", "partial": "yellow", "gap": "red"}
        for r in report["requirements"]:
            table.add_row(r["id"], r["priority"], f"[{colour[r['status']]}]{r['status']}[/]",
                          escape(r["text"][:70]), ", ".join(r["evidence"][:3]))
        out.print(table)
        for q in report["questions"]:
            out.print(f"[bold]?[/bold] {escape(q['text'])}")
        if report.get("plan"):
            _print_plan(report["plan"])


def _print_plan(plan: dict[str, Any]) -> None:
    """The improvement plan per section: what will change and why, and the items it rewrites."""
    out.print(f"\n[bold]Plan[/bold] ({plan['customization_level']}): "
              f"{escape(plan['summary'])}")
    for section in plan["sections"]:
        out.print(f"[bold]{escape(section['section'] or 'Other')}[/bold]")
        for rec in section["recommendations"]:
            line = f"  {escape(rec['what'])} — {escape(rec['why'])}"
            if rec.get("after"):
                line += f" [dim](after: {escape(rec['after'][:100])})[/dim]"
            out.print(line)
        for item in section["items"]:
            terms = f" ({', '.join(item['keywords'])})" if item["keywords"] else ""
            out.print(f"  {escape(item['id'])}: {escape(item['reason'])}{escape(terms)}")


@app.command()
def sessions(store: StoreOpt = None, json_out: JsonOpt = False) -> None:
    """List sessions in the store."""
    with guard():
        from cvtailor.storage.session_store import SessionStore

        records = SessionStore(store).list_sessions()
        if json_out:
            print_json([{"session": r.id, "status": r.status, "created_at": r.created_at,
                         "cv": r.cv_name, "jd": r.jd_name} for r in records])
            return
        # Plain columns: a rich Table takes ~1.2 ms a row to lay out (1.2 s for 1,000).
        print(columns(("session", "status", "created", "cv", "jd"),
                      [(r.id, r.status, r.created_at, r.cv_name, r.jd_name) for r in records]))


@app.command()
def batch(
    cv: Annotated[Path, typer.Argument(help="Your CV (any format tailor reads).")],
    jds: Annotated[list[Path] | None, typer.Argument(
        metavar="[JD]...", help="Job descriptions, one application each.")] = None,
    jds_dir: Annotated[Path | None, typer.Option(
        "--jds", help="A folder of job descriptions (.md, .txt, .pdf, .docx, .json, .html, "
                 ".eml).")]
    = None,
    out_dir: Annotated[Path, typer.Option(
        "--out", help="One folder per application in here, and answers.json.")]
    = Path("cvtailor-batch"),
    concurrency: Annotated[int, typer.Option(
        "--concurrency", help="Applications at once.")] = 2,
    processes: Annotated[bool, typer.Option(
        "--processes", help="Run them in worker processes instead of threads.")] = False,
    answers: Annotated[Path | None, typer.Option(
        "--answers", help="The filled-in answers.json of an earlier batch: applications whose "
        "answers changed run again with them.")] = None,
    level: Annotated[str, typer.Option("--level", help="light | moderate | extensive")]
    = "moderate",
    engine: Annotated[str, typer.Option("--engine", envvar="CVTAILOR_ENGINE")] = "offline",
    provider: ProviderOpt = None,
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    max_cost: MaxCostOpt = None,
    formats: FormatOpt = None,
    store: StoreOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """Tailor one CV to many JDs, each its own auto-approved application; run it again to
    resume (finished applications are skipped)."""
    with guard():
        from cvtailor.applications.batch import batch as run_batch
        from cvtailor.applications.batch import find_jds

        files = [*(jds or []), *(find_jds(jds_dir) if jds_dir else [])]
        if not files:
            raise InputError("give job description files, or a folder of them with --jds")
        if level not in ("light", "moderate", "extensive"):
            raise InputError(f"--level must be light, moderate or extensive, not {level!r}")
        models = model_settings(provider, model, base_url, max_cost)
        if engine == "offline" and {"provider", "model", "base_url"} & set(models):
            engine = "llm"
        if formats is not None:
            from cvtailor.writers import check_formats

            models["formats"] = ",".join(check_formats(formats))
        show = sys.stderr.isatty() and not json_out
        done = [0]

        def progress(item: Any) -> None:
            done[0] += 1
            if show:
                err.print(f"{done[0]}/{len(files)} {item.action}: {escape(item.jd)}")

        try:
            result = run_batch(cv, files, out_dir=out_dir, store=store,
                               concurrency=concurrency, processes=processes, answers=answers,
                               on_item=progress, engine=engine, customization_level=level,
                               **models)
        except KeyboardInterrupt:
            err.print("interrupted: finished applications are saved; run the same command "
                      "again to resume the others", soft_wrap=True)
            raise typer.Exit(130) from None
        failed = [i for i in result.items if i.action == "failed"]
        if json_out:
            print_json(result.model_dump(mode="json"))
        else:
            print(columns(
                ("title", "company", "coverage", "status", "this run", "folder"),
                [(i.title or "-", i.company or "-",
                  f"{_percent(i.coverage_before)} -> {_percent(i.coverage_after)}",
                  i.status if i.run_status == "completed" else f"{i.status} ({i.run_status})",
                  i.action, i.out_dir) for i in result.items]))
            counts = {a: sum(i.action == a for i in result.items)
                      for a in ("started", "resumed", "reanswered", "skipped", "failed")}
            print(f"{len(result.items)} applications in {result.seconds:.1f}s: "
                  + ", ".join(f"{n} {a}" for a, n in counts.items() if n))
            for i in failed:
                err.print(f"[red]failed:[/red] {escape(i.jd)}: {escape(i.error)}", soft_wrap=True)
            if result.answers_file:
                print(f"Gap questions: answer them in {result.answers_file}, then run the same "
                      f"command with --answers {result.answers_file}")
        if failed:
            raise typer.Exit(1)


@app.command()
def history(session_id: Annotated[str, typer.Argument(metavar="SESSION")],
            store: StoreOpt = None, json_out: JsonOpt = False) -> None:
    """Checkpoints of a session, newest first (use one with replay or fork)."""
    with guard():
        from cvtailor.session import Session

        rows = Session.open(session_id, store=store).history()
        if json_out:
            print_json(rows)
            return
        from rich.table import Table

        table = Table("checkpoint", "step", "stage", "next", "created")
        for r in rows:
            table.add_row(r["checkpoint"], str(r["step"]), r["stage"], ", ".join(r["next"]),
                          str(r["created_at"]))
        out.print(table)


@app.command()
def replay(session_id: Annotated[str, typer.Argument(metavar="SESSION")],
           checkpoint: Annotated[str, typer.Option("--checkpoint")],
           store: StoreOpt = None, json_out: JsonOpt = False) -> None:
    """Re-run a session from a past checkpoint."""
    with guard():
        from cvtailor.session import Session

        session = Session.open(session_id, store=store).replay(checkpoint)
        _finish(session, json_out)


@app.command()
def fork(session_id: Annotated[str, typer.Argument(metavar="SESSION")],
         checkpoint: Annotated[str | None, typer.Option(
             "--checkpoint", help="Start from this checkpoint (cvtailor history); default: the "
             "first with --jd, else the latest.")] = None,
         jd: Annotated[Path | None, typer.Option("--jd", help="Another job description.")] = None,
         out_dir: Annotated[Path | None, typer.Option(
             "--out", help="The new application's folder (default: the source's + '-' + the "
             "new id).")] = None,
         store: StoreOpt = None, json_out: JsonOpt = False) -> None:
    """A new application from a session (its own id, record and folder), optionally with
    another JD; the source session is left exactly as it was."""
    with guard():
        from cvtailor.readers import read_document

        jd_doc = read_document(jd, "JD") if jd else None
        from cvtailor.session import Session

        session = Session.open(session_id, store=store).fork(checkpoint, jd=jd_doc,
                                                             out_dir=out_dir)
        _finish(session, json_out)


def _percent(value: float | None) -> str:
    return "-" if value is None else f"{value:.0%}"


@app.command()
def applications(
    status: Annotated[str | None, typer.Option(
        "--status", help="Only these: draft | ready | applied | closed.")] = None,
    store: StoreOpt = None, json_out: JsonOpt = False,
) -> None:
    """Your job applications (one per session): title, company, status, coverage, updated."""
    with guard():
        from cvtailor.applications.records import list_applications

        apps = list_applications(store, status)
        if json_out:
            print_json([a.model_dump(mode="json") for a in apps])
            return
        print(columns(("", "title", "company", "status", "coverage", "updated", "session"),
                      [("*" if a.favourite else "", a.title or "-", a.company or "-",
                        a.status if a.run_status in ("completed", "running") else
                        f"{a.status} ({a.run_status})",
                        f"{_percent(a.coverage_before)} -> {_percent(a.coverage_after)}",
                        a.updated_at, a.session) for a in apps]))


@app.command()
def mark(
    session_id: Annotated[str, typer.Argument(metavar="SESSION")],
    status: Annotated[str | None, typer.Argument(
        metavar="[STATUS]", help="draft | ready | applied | closed")] = None,
    favourite: Annotated[bool | None, typer.Option(
        "--favourite/--no-favourite", help="Star the application, or not.")] = None,
    title: Annotated[str | None, typer.Option("--title", help="The job title to show.")] = None,
    company: Annotated[str | None, typer.Option("--company", help="The company to show.")]
    = None,
    store: StoreOpt = None, json_out: JsonOpt = False,
) -> None:
    """Change an application: its status, favourite, title or company."""
    with guard():
        from cvtailor.applications.records import mark as mark_application

        app_ = mark_application(store, session_id, status, favourite=favourite, title=title,
                                company=company)
        if json_out:
            print_json(app_.model_dump(mode="json"))
            return
        print(f"{app_.session}: {app_.title or '-'} at {app_.company or '-'} is {app_.status}"
              + (", favourite" if app_.favourite else ""))


@app.command()
def export(session_id: Annotated[str, typer.Argument(metavar="SESSION")],
           out_dir: OutOpt = None, store: StoreOpt = None, json_out: JsonOpt = False,
           formats: FormatOpt = None) -> None:
    """Write a completed session's CV (--format; the pinned version if one is pinned),
    report.json, review and gap report, and its approved cover letter, to --out."""
    with guard():
        from cvtailor.session import Session
        from cvtailor.writers import check_formats, write_outputs

        session = Session.open(session_id, store=store)
        wanted = check_formats(formats or session.context.formats)
        result = session.result()
        if result.status != "completed" or result.final_cv is None:
            raise CVTailorError(f"session {session_id} is {result.status}, not completed")
        target = (out_dir or Path(session.context.out_dir or DEFAULT_OUT)).resolve()
        written = write_outputs(session.exported_cv(), target, wanted, report=session.report())
        written["report.json"] = str(session.write_report(target))
        letter = session.values.get("cover_letter")
        if letter is not None and letter.approved:
            from cvtailor.writers.letter import write_letter

            written.update(write_letter(letter, result.final_cv, target, wanted))
        if json_out:
            print_json({"session": session_id, "status": result.status,
                                 "out": str(target), "outputs": written})
        else:
            out.print("Wrote " + ", ".join(Path(p).name for p in written.values())
                      + f" to {target}")


@app.command()
def versions(session_id: Annotated[str, typer.Argument(metavar="SESSION")],
             show: Annotated[int | None, typer.Option("--show", help="Print round N in full.")]
             = None,
             diff: Annotated[tuple[int, int] | None, typer.Option(
                 "--diff", metavar="A B", help="Word diff of version A against B (0 = the "
                 "original CV).")] = None,
             pin: Annotated[int | None, typer.Option(
                 "--pin", help="Make version N the one export writes.")] = None,
             unpin: Annotated[bool, typer.Option(
                 "--unpin", help="Export the latest version again.")] = False,
             store: StoreOpt = None, json_out: JsonOpt = False) -> None:
    """Versions of a session (review rounds and edits): list, show, compare, pin."""
    with guard():
        from cvtailor.session import Session

        session = Session.open(session_id, store=store)
        if diff is not None:
            _print_diff(session.diff(*diff), json_out)
            return
        if pin is not None or unpin:
            session.pin(None if unpin else pin)
            message = (f"Session {session_id} exports its latest version" if unpin else
                       f"Session {session_id} exports version {pin}")
            if json_out:
                print_json({"session": session_id, "pinned_version": None if unpin else pin})
            else:
                out.print(message)
            return
        rounds = session.versions()
        if show is not None:
            rounds = [r for r in rounds if r["round"] == show]
            if not rounds:
                raise CVTailorError(f"session {session_id} has no version {show}")
        if json_out:
            print_json(rounds)
            return
        if show is not None:
            for item_id, row in rounds[0]["items"].items():
                out.print(f"[bold]{item_id}[/bold] ({row['action']}): {escape(row['final'])}")
            return
        from rich.table import Table

        pinned = session.pinned
        table = Table("version", "kind", "at", "items", "accepted", "edited", "rejected",
                      "regenerated")
        for r in rounds:
            actions = [row["action"] for row in r["items"].values()]
            mark = "*" if r["round"] == pinned else ""
            table.add_row(f"{r['round']}{mark}", r.get("kind", "review"), r["at"],
                          str(len(actions)), *(str(actions.count(a)) for a in (
                              "accept", "edit", "reject", "regenerate")))
        if pinned is not None:
            table.caption = f"* pinned: export writes version {pinned}"
        out.print(table)


def _print_diff(result: dict[str, Any], json_out: bool) -> None:
    """A version diff: JSON, or per changed item its id and a word diff ([-old-]{+new+} off a
    terminal, colours on one)."""
    if json_out:
        print_json(result)
        return
    out.print(f"version {result['a']} -> {result['b']}: {len(result['items'])} items differ, "
              f"{result['unchanged']} unchanged", highlight=False)
    plain = {"same": "{}", "del": "[-{}-]", "ins": "{{+{}+}}"}
    style = {"same": "{}", "del": "[red strike]{}[/red strike]", "ins": "[green]{}[/green]"}
    for row in result["items"]:
        words = [(kind, text) for kind, text in row["ops"]]
        if out.is_terminal:
            body = " ".join(style[k].format(escape(t)) for k, t in words)
            out.print(f"[bold]{escape(row['id'])}[/bold] [dim]{escape(row['section'])}[/dim]")
            out.print("  " + body)
        else:
            print(f"{row['id']} ({row['section']})")
            print("  " + " ".join(plain[k].format(t) for k, t in words))


@app.command()
def edit(session_id: Annotated[str, typer.Argument(metavar="SESSION")],
         item: Annotated[str, typer.Argument(help="The item's id (see report.json or "
                                             "`versions --show`).")],
         text: Annotated[str, typer.Argument(help="The item's new text.")],
         store: StoreOpt = None, json_out: JsonOpt = False) -> None:
    """Refine a completed session: ITEM reads TEXT in a new version, checked by the
    fabrication guard, then the CV is assembled and exported again."""
    with guard():
        from cvtailor.session import Session

        session = Session.open(session_id, store=store).edit(item, text)
        _finish(session, json_out)


@app.command()
def delete(session_id: Annotated[str, typer.Argument(metavar="SESSION")],
           outputs: Annotated[bool, typer.Option("--outputs", help="Also remove the files its "
                                                 "export wrote (cv.*, report.json, ...).")]
           = False,
           store: StoreOpt = None) -> None:
    """Delete every trace of a session: checkpoints, record, semantic index, cached model
    answers (and with --outputs its output files)."""
    with guard():
        from cvtailor.session import Session

        Session.open(session_id, store=store).delete(outputs=outputs)
        out.print(f"Deleted session {session_id}")


@app.command()
def profile(
    action: Annotated[str, typer.Argument(
        metavar="[list|show|forget|export|import]",
        help="list entries; show [ID]; forget ID; export FILE; import FILE.")] = "list",
    target: Annotated[str | None, typer.Argument(metavar="[ID|FILE]")] = None,
    profile_name: ProfileOpt = None,
    store: StoreOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """What your profile remembers from gap interviews (confirmed, described, rejected)."""
    with guard():
        from cvtailor.applications.profile import run_profile_command

        data, text = run_profile_command(action, target, profile_name, store)
        if json_out:
            print_json(data)
        else:
            print(text)


@app.command()
def prune(older_than: Annotated[str, typer.Option("--older-than", help="Age such as 30d or 12h: "
                                                  "sessions last updated before it go.")],
          dry_run: Annotated[bool, typer.Option("--dry-run", help="Only list them.")] = False,
          outputs: Annotated[bool, typer.Option("--outputs", help="Also remove their output "
                                                "files.")] = False,
          store: StoreOpt = None, json_out: JsonOpt = False) -> None:
    """Delete every trace of sessions older than --older-than (as `delete` does)."""
    with guard():
        from cvtailor.applications.retention import parse_age
        from cvtailor.applications.retention import prune as prune_sessions

        result = prune_sessions(parse_age(older_than), store=store, dry_run=dry_run,
                                outputs=outputs)
        if json_out:
            print_json({"cutoff": result.cutoff, "dry_run": dry_run,
                        "deleted": result.deleted, "skipped": result.skipped})
            return
        verb = "Would delete" if dry_run else "Deleted"
        out.print(f"{verb} {len(result.deleted)} session(s) last updated before "
                  f"{result.cutoff}" + (": " + ", ".join(result.deleted) if result.deleted
                                        else ""), markup=False, highlight=False)
        for sid, why in result.skipped.items():
            err.print(f"skipped {sid}: {why}", markup=False, soft_wrap=True)


@app.command()
def graph() -> None:
    """Print the graph as Mermaid."""
    from cvtailor.graph import build_graph

    out.print(build_graph().get_graph().draw_mermaid(), markup=False, highlight=False)


def main() -> None:
    """The `cvtailor` console script: run the Typer app."""
    app()


if __name__ == "__main__":
    main()
