from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
CV_MD = EXAMPLES / "cv_maria_santos.md"
CV_JSON = EXAMPLES / "cv_maria_santos.json"
JD_MD = EXAMPLES / "jd_data_platform_engineer.md"


@pytest.fixture
def cv_text() -> str:
    return CV_MD.read_text(encoding="utf-8")


@pytest.fixture
def jd_text() -> str:
    return JD_MD.read_text(encoding="utf-8")


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "sessions.sqlite"


@pytest.fixture(autouse=True)
def _isolated_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test ever touches the user's real session store."""
    monkeypatch.setenv("CVTAILOR_STORE", str(tmp_path / "default-store.sqlite"))


def facts_of_example() -> dict[str, list[str]]:
    """Employers, titles, dates and numbers of the example CV, read from its text."""
    text = CV_MD.read_text(encoding="utf-8")
    headings = re.findall(r"^### (.+?) — (.+)$", text, re.M)
    dates = re.findall(r"\|\s*(.+?)\s*$", text, re.M)
    numbers = re.findall(r"\$?\d[\d,.]*(?:%|K|M|\+)?", text)
    return {
        "titles": [t for t, _ in headings],
        "employers": [e for _, e in headings],
        "dates": [d for d in dates if re.search(r"\d{4}", d)],
        "numbers": sorted(set(numbers)),
    }
