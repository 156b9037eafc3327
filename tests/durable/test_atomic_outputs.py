"""Output files are written atomically (temp file + os.replace), 0600 in 0700 directories."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from cvtailor.storage import private
from cvtailor.storage.private import write_private


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_failed_write_leaves_the_old_file_and_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "cv.md"
    write_private(target, "old complete text\n")

    def killed(*_: object) -> None:
        raise OSError("killed mid-export")

    monkeypatch.setattr(private.os, "replace", killed)
    with pytest.raises(OSError):
        write_private(target, "new text that never lands")
    assert target.read_text() == "old complete text\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cv.md"]


def test_outputs_are_private_and_replaced_whole(tmp_path: Path) -> None:
    old_umask = os.umask(0)
    try:
        out = private.private_dir(tmp_path / "out")
        path = write_private(out / "cv.pdf", b"%PDF-1.7 first")
        write_private(path, b"%PDF-1.7 second")
    finally:
        os.umask(old_umask)
    assert path.read_bytes() == b"%PDF-1.7 second"
    assert _mode(path) == 0o600 and _mode(out) == 0o700
    assert [p.name for p in out.iterdir()] == ["cv.pdf"]


def test_every_writer_goes_through_the_atomic_path(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from cvtailor import tailor

    replaced: list[str] = []
    real = os.replace

    def spy(src: str | Path, dst: str | Path) -> None:
        replaced.append(Path(dst).name)
        real(src, dst)

    monkeypatch.setattr(private.os, "replace", spy)
    cv = "Jane Doe\n\nExperience\nEngineer, Acme (2019-2023)\n- Built Python services\n"
    jd = "Backend Engineer\n\nRequirements\n- Python\n- PostgreSQL\n"
    out = tmp_path / "out"
    result = tailor(cv, jd, out_dir=str(out), formats="md,html,json,docx")
    written = {p.name for p in out.iterdir()}
    assert result.status == "completed"
    assert written <= set(replaced), written - set(replaced)
    assert {"cv.md", "cv.html", "cv.json", "cv.docx", "report.json"} <= written
    assert all(_mode(p) == 0o600 for p in out.iterdir())
