"""The `cvtailor` command: tailor, analyze, review, sessions, history, replay, fork, export, graph.

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

app = typer.Typer(add_completion=False, no_args_is_help=True,
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
TitleOpt = Annotated[str | None, typer.Option(
    "--title", help="The job title, when the one read from the JD is wrong.")]
CompanyOpt = Annotated[str | None, typer.Option(
    "--company", help="The hiring company, when the one read from the JD is wrong.")]


def model_settings(provider: str | None, model: str | None, base_url: str | None,
                   max_cost: float | None) -> dict[str, Any]:
    """Context overrides from the model options (only the ones given)."""
    given = {"provider": provider, "model": model, "base_url": base_url,
             "max_cost_usd": max_cost}
    return {k: v for k, v in given.items() if v is not None}


@contextmanager
def guard() -> Iterator[None]:
    """Turn an error inside the block into a one-line message and an exit code: 2 for bad input,
    1 for other errors, 130 on Ctrl-C (CVTAILOR_DEBUG=1 re-raises the unexpected ones)."""
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
    except KeyboardInterrupt:
        err.print("interrupted: finished work is saved; continue with `cvtailor review SESSION`",
                  soft_wrap=True)
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
    answers = []
    for q in pending.get("questions", []):
        text = Prompt.ask(f"[bold]{escape(q['text'])}[/bold]\n  answer", default="",
                          console=err)
        if text.strip():
            answers.append({"question_id": q["id"], "text": text.strip()})
    session.answer(answers)


def _show_diff(original: str, draft: str) -> str:
    from cvtailor.writers.review import word_ops

    style = {"same": "{}", "del": "[red strike]{}[/red strike]", "ins": "[green]{}[/green]"}
    return " ".join(style[kind].format(escape(text)) for kind, text in word_ops(original, draft))


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
        choice = Prompt.ask(r"\[a]ccept, \[e]dit, \[r]eject, re\[g]enerate, accept \[A]ll",
                            choices=["a", "e", "r", "g", "A"], default="a", console=err)
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
    elif status == "awaiting_budget":
        pending = session.pending or {}
        out.print(escape(str(pending.get("message", "Stopped at the cost cap."))))
        out.print(f"Continue with: cvtailor review {session.id} --max-cost HIGHER_USD")
    else:
        what = "answers to gap questions" if status == "awaiting_answers" else "your review"
        out.print(f"Session {session.id} is waiting for {what}.")
        out.print(f"Continue with: cvtailor review {session.id} --accept-all"
                  f"   (or --decisions FILE{' / --answers FILE' if status == 'awaiting_answers' else ''})")


@app.command()
def tailor(
    cv: Annotated[Path, typer.Argument(help="Your CV: PDF, DOCX, Markdown, text, JSON Resume, "
                                       "RenderCV YAML or LaTeX")],
    jd: Annotated[Path, typer.Argument(help="The job description: Markdown, text, PDF, DOCX or "
                                       "JSON Resume job")],
    out_dir: OutOpt = None,
    auto_approve: Annotated[bool, typer.Option("--auto-approve",
                            help="No questions, accept every draft.")] = False,
    interview: Annotated[bool, typer.Option("--interview",
                         help="Stop for the gap interview even when not on a terminal.")] = False,
    answers: Annotated[Path | None, typer.Option("--answers",
                       help="JSON answers to gap questions: {question_id: text}.")] = None,
    level: Annotated[str, typer.Option("--level", help="light | moderate | extensive")] = "moderate",
    engine: Annotated[str, typer.Option("--engine", envvar="CVTAILOR_ENGINE")] = "offline",
    keep_personal_details: Annotated[bool, typer.Option("--keep-personal-details")] = False,
    provider: ProviderOpt = None,
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    max_cost: MaxCostOpt = None,
    store: StoreOpt = None,
    json_out: JsonOpt = False,
    formats: FormatOpt = None,
    title: TitleOpt = None,
    company: CompanyOpt = None,
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
                keep_personal_details=keep_personal_details,
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
    provider: ProviderOpt = None,
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    max_cost: MaxCostOpt = None,
    store: StoreOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """Answer what a session is waiting for, until it completes or asks again."""
    with guard():
        from cvtailor.session import Session

        overrides: dict[str, Any] = {"out_dir": str(out_dir.resolve())} if out_dir else {}
        overrides.update(model_settings(provider, model, base_url, max_cost))
        session = Session.open(session_id, store=store, **overrides)
        ask = interactive(json_out) and not (accept_all or decisions or answers)
        with ProgressView(ask) as progress:
            if session.status == "awaiting_budget":  # continues with the (raised) cap
                session.resume(on_event=progress)
            if answers and session.status == "awaiting_answers":
                session.answer(_load_json(answers, "answers"), on_event=progress)
                _refused(session, f"answers file {answers}")
            if decisions and session.status == "awaiting_review":
                session.decide(_load_json(decisions, "decisions"), on_event=progress)
                _refused(session, f"decisions file {decisions}")
            if accept_all:
                session.accept_all(on_event=progress)
            if session.status == "interrupted":
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
) -> None:
    """The gap report only: which requirements the CV evidences, and the questions for gaps."""
    with guard():
        from cvtailor.readers import read_document

        cv_doc, jd_doc = read_document(cv, "CV"), read_document(jd, "JD")
        from cvtailor.session import analyze as analyze_gaps

        report = analyze_gaps(cv_doc, jd_doc, title=title, company=company)
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
         checkpoint: Annotated[str, typer.Option("--checkpoint")],
         jd: Annotated[Path | None, typer.Option("--jd", help="Another job description.")] = None,
         store: StoreOpt = None, json_out: JsonOpt = False) -> None:
    """Branch a session from a past checkpoint, optionally with another JD, and run it."""
    with guard():
        from cvtailor.readers import read_document
        from cvtailor.session import Session

        values = {"jd_text": read_document(jd, "JD").text} if jd else {}
        session = Session.open(session_id, store=store).fork(checkpoint, values)
        _finish(session, json_out)


@app.command()
def export(session_id: Annotated[str, typer.Argument(metavar="SESSION")],
           out_dir: OutOpt = None, store: StoreOpt = None, json_out: JsonOpt = False,
           formats: FormatOpt = None) -> None:
    """Write a completed session's CV (--format), report.json, review and gap report to --out."""
    with guard():
        from cvtailor.session import Session
        from cvtailor.writers import check_formats, write_outputs

        session = Session.open(session_id, store=store)
        wanted = check_formats(formats or session.context.formats)
        result = session.result()
        if result.status != "completed" or result.final_cv is None:
            raise CVTailorError(f"session {session_id} is {result.status}, not completed")
        target = (out_dir or Path(session.context.out_dir or DEFAULT_OUT)).resolve()
        written = write_outputs(result.final_cv, target, wanted, report=session.report())
        written["report.json"] = str(session.write_report(target))
        if json_out:
            print_json({"session": session_id, "status": result.status,
                                 "out": str(target), "outputs": written})
        else:
            out.print("Wrote " + ", ".join(Path(p).name for p in written.values())
                      + f" to {target}")


@app.command()
def versions(session_id: Annotated[str, typer.Argument(metavar="SESSION")],
             show: Annotated[int | None, typer.Option("--show", help="Print round N in full.")]
             = None, store: StoreOpt = None, json_out: JsonOpt = False) -> None:
    """Review rounds of a session (each is a version): what was shown and decided."""
    with guard():
        from cvtailor.session import Session

        rounds = Session.open(session_id, store=store).versions()
        if show is not None:
            rounds = [r for r in rounds if r["round"] == show]
            if not rounds:
                raise CVTailorError(f"session {session_id} has no review round {show}")
        if json_out:
            print_json(rounds)
            return
        if show is not None:
            for item_id, row in rounds[0]["items"].items():
                out.print(f"[bold]{item_id}[/bold] ({row['action']}): {escape(row['final'])}")
            return
        from rich.table import Table

        table = Table("round", "at", "items", "accepted", "edited", "rejected", "regenerated")
        for r in rounds:
            actions = [row["action"] for row in r["items"].values()]
            table.add_row(str(r["round"]), r["at"], str(len(actions)),
                          *(str(actions.count(a)) for a in ("accept", "edit", "reject",
                                                              "regenerate")))
        out.print(table)


@app.command()
def delete(session_id: Annotated[str, typer.Argument(metavar="SESSION")],
           store: StoreOpt = None) -> None:
    """Delete a session: its checkpoints, its semantic index and its record."""
    with guard():
        from cvtailor.session import Session

        Session.open(session_id, store=store).delete()
        out.print(f"Deleted session {session_id}")


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
