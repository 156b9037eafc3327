"""Every entry point reads the CV and JD the same way: the graph runs the CLI's readers.

And the run settings a client sends are checked: engines by registered name only, paths on a
server only from its deployment. (The server itself: tests/server.)
"""

from __future__ import annotations

import base64
import os
from pathlib import Path
from typing import Any

import pytest
from langgraph.checkpoint.memory import InMemorySaver
from pydantic import TypeAdapter

from cvtailor.context import Context
from cvtailor.engines import UnknownEngineError, get_engine, register_engine
from cvtailor.errors import CVTailorError, InputError, SessionError
from cvtailor.graph import build_graph
from cvtailor.readers import read_document
from cvtailor.state import TailorInput, TailorOutput
from tests.conftest import CV_MD, JD_MD, ROOT

PROSE_JD = "tts_gsa_jd_data_analyst_login_gov.md"
PDF_JD = "resumematcher_jd_java_developer.pdf"


def corpus_dir() -> Path | None:
    """The shared public corpus: CVTAILOR_CORPUS, or ../shared/corpus from the checkout (or
    from its parent, for a worktree one level down)."""
    for where in (os.environ.get("CVTAILOR_CORPUS"), ROOT.parent / "shared" / "corpus",
                  ROOT.parents[1] / "shared" / "corpus"):
        if where and Path(where, "jds").is_dir():
            return Path(where)
    return None


def corpus_jd(name: str) -> Path:
    found = corpus_dir()
    if found is None or not (found / "jds" / name).is_file():
        pytest.skip(f"the shared corpus is not here (../shared/corpus): {name}")
    return found / "jds" / name


def parse_only(payload: dict[str, Any], **settings: Any) -> dict[str, Any]:
    graph = build_graph(InMemorySaver())
    cfg: Any = {"configurable": {"thread_id": "t"}}
    graph.invoke(payload, cfg, context=Context(semantic=False, **settings),
                 interrupt_before=["research"])
    return dict(graph.get_state(cfg).values)


def requirements(job: Any) -> list[str]:
    return [r.text for r in job.requirements]


def cli_requirements(path: Path) -> list[str]:
    return requirements(get_engine("offline").parse_jd(read_document(path, kind="JD").text))


@pytest.mark.parametrize("schema", [TailorInput, TailorOutput])
def test_schemas_build_with_pydantic_and_describe_every_field(schema: Any) -> None:
    props = TypeAdapter(schema).json_schema()["properties"]
    assert props and all(p.get("description") for p in props.values())


def test_graph_input_schema_is_described() -> None:
    props = build_graph().get_input_jsonschema()["properties"]
    for key in ("cv_text", "cv_file", "jd_text", "jd_file"):
        assert props[key]["description"]


def test_prose_jd_as_raw_text_gives_the_cli_requirements() -> None:
    path = corpus_jd(PROSE_JD)
    expected = cli_requirements(path)
    assert len(expected) >= 3
    values = parse_only({"cv_text": CV_MD.read_text("utf-8"),
                         "jd_text": path.read_text("utf-8"), "jd_name": path.name})
    assert requirements(values["job"]) == expected


def test_pdf_jd_as_a_base64_file_gives_the_cli_requirements() -> None:
    path = corpus_jd(PDF_JD)
    file = {"filename": path.name, "content_base64": base64.b64encode(path.read_bytes()).decode()}
    values = parse_only({"cv_text": CV_MD.read_text("utf-8"), "jd_file": file})
    assert requirements(values["job"]) == cli_requirements(path)


def test_cv_as_a_file_reads_like_the_cli() -> None:
    file = {"filename": CV_MD.name, "content_base64": base64.b64encode(CV_MD.read_bytes()).decode()}
    values = parse_only({"cv_file": file, "jd_text": JD_MD.read_text("utf-8")})
    assert values["cv"].name == "Maria Santos"


@pytest.mark.parametrize(("payload", "message"), [
    ({}, "the CV is empty"),
    ({"cv_file": {"filename": "cv.md", "content_base64": "not base64!"}}, "not valid base64"),
    ({"cv_file": {"filename": "cv.png", "content_base64": base64.b64encode(
        b"\x89PNG\r\n\x1a\n....").decode()}}, "not supported"),
])
def test_unreadable_input_is_an_input_error(payload: dict[str, Any], message: str) -> None:
    with pytest.raises(InputError, match=message):
        parse_only({"jd_text": JD_MD.read_text("utf-8"), **payload})


def test_project_errors_are_value_errors() -> None:
    # LangGraph Server passes on a ValueError's message; other errors become "internal".
    assert issubclass(CVTailorError, ValueError) and issubclass(SessionError, ValueError)


def test_import_paths_are_not_engines() -> None:
    with pytest.raises(UnknownEngineError, match="import path"):
        get_engine("os:getcwd")
    with pytest.raises(UnknownEngineError, match="unknown engine 'nonesuch'"):
        get_engine("nonesuch")


def test_registered_and_entry_point_engines(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.metadata

    from cvtailor.engines import forget_instances
    from cvtailor.engines.offline import OfflineEngine

    register_engine("mine-test", OfflineEngine)
    assert isinstance(get_engine("mine-test"), OfflineEngine)

    ep = importlib.metadata.EntryPoint(name="plugin-test", group="cvtailor.engines",
                                       value="cvtailor.engines.offline:OfflineEngine")
    real = importlib.metadata.entry_points

    def fake(**kw: Any) -> Any:
        if kw.get("group") == "cvtailor.engines":
            eps = importlib.metadata.EntryPoints([ep])
            return eps.select(name=kw["name"]) if "name" in kw else eps
        return real(**kw)

    monkeypatch.setattr(importlib.metadata, "entry_points", fake)
    try:
        assert isinstance(get_engine("plugin-test"), OfflineEngine)
    finally:
        forget_instances("plugin-test")
        forget_instances("mine-test")


def test_server_context_refuses_client_paths(monkeypatch: pytest.MonkeyPatch) -> None:
    from cvtailor.server import ServerContext, ServerSettingError

    monkeypatch.delenv("CVTAILOR_SERVER_OUT_DIR", raising=False)
    for field in ("out_dir", "index_dir", "llm_cache", "prices"):
        with pytest.raises(ServerSettingError, match=field):
            ServerContext(**{field: "/tmp/x"})
    with pytest.raises(UnknownEngineError):
        ServerContext(engine="pkg.mod:Engine")
    assert ServerContext().out_dir == ""
    monkeypatch.setenv("CVTAILOR_SERVER_OUT_DIR", "/srv/out")
    assert ServerContext().out_dir == "/srv/out"


def test_reading_twice_parses_the_same_job() -> None:
    """The CLI and Session pass text the readers already read; the graph reads it again."""
    found = corpus_dir()
    if found is None:
        pytest.skip("the shared corpus is not here (../shared/corpus)")
    from cvtailor.readers import from_text

    engine = get_engine("offline")
    for path in sorted((found / "jds").iterdir()):
        once = read_document(path, kind="JD")
        twice = from_text(once.text, name=path.name, kind="JD", suffix=path.suffix.lower())
        assert engine.parse_jd(once.text) == engine.parse_jd(twice.text), path.name
