"""`delete` removes every trace of a session: checkpoints and writes (SQLite file and WAL),
its semantic index, its cached model answers and, when asked, its outputs; another session's
data stays intact."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cvtailor import Session
from cvtailor.cli import app
from cvtailor.semantic.index import open_index
from cvtailor.storage.session_store import SessionStore
from cvtailor.testing import use_chat_model
from tests.conftest import CV_MD, JD_MD
from tests.llm.helpers import model

runner = CliRunner()
MARK = {"a": b"xylofantaquod", "b": b"plumbirexvane"}


def _files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file()]


def _holding(root: Path, needle: bytes) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in _files(root) if needle in p.read_bytes())


@pytest.mark.semantic
def test_delete_leaves_no_byte_of_the_session_and_keeps_the_other(tmp_path: Path) -> None:
    store_path, cache = tmp_path / "s.sqlite", tmp_path / "cache" / "llm-cache.sqlite"
    cv = CV_MD.read_text(encoding="utf-8")
    assert "shipment-tracking" in cv
    with SessionStore(store_path) as store:
        for name, mark in MARK.items():
            text = cv.replace("shipment-tracking", f"shipment-tracking {mark.decode()}")
            settings = use_chat_model(model(), llm_steps="write_item", interview=False,
                                      auto_approve=True, llm_cache=str(cache),
                                      out_dir=str(tmp_path / f"out-{name}"))
            session = Session.start(text, JD_MD, store=store, session_id=name, **settings)
            assert session.status == "completed"
    open_index(str(tmp_path / "cvtailor-index"))  # a later run writes staged vectors to Chroma
    for mark in MARK.values():  # both sessions are everywhere before the delete
        where = _holding(tmp_path, mark)
        assert any(w.startswith("s.sqlite") for w in where), where
        assert any(w.startswith("cache") for w in where), where
        assert any(w.startswith("cvtailor-index") for w in where), where
        assert any(w.startswith("out-") for w in where), where

    done = runner.invoke(app, ["delete", "a", "--outputs", "--store", str(store_path)])
    assert done.exit_code == 0, done.output

    assert _holding(tmp_path, MARK["a"]) == []
    assert not (tmp_path / "out-a").exists()
    kept = _holding(tmp_path, MARK["b"])
    for part in ("s.sqlite", "cache", "cvtailor-index", "out-b"):
        assert any(w.startswith(part) for w in kept), (part, kept)
    with SessionStore(store_path) as store:
        assert [r.id for r in store.list_sessions()] == ["b"]
        assert Session.open("b", store=store).status == "completed"
    gone = runner.invoke(app, ["delete", "a", "--store", str(store_path)])
    assert gone.exit_code == 1 and "no session 'a'" in gone.stderr
