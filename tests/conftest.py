from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from cvtailor.models import JobPosting, StructuredCV

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


# Provider settings a developer's shell may hold; a test never sees them (no real API call,
# no key in a recording). Tests that need a key set a fake one themselves.
PROVIDER_VARIABLES = ("OPENAI_API_KEY", "GOOGLE_API_KEY", "GEMINI_API_KEY", "ANTHROPIC_API_KEY")


# The test harness's own variables (where the PostgreSQL server, the `langgraph dev` venv and
# the shared corpus are; .ci/run exports them) are not settings and stay.
HARNESS_VARIABLES = ("CVTAILOR_SERVER_PYTHON", "CVTAILOR_CORPUS")


def _outside_setting(name: str) -> bool:
    if name.startswith("CVTAILOR_TEST_") or name in HARNESS_VARIABLES:
        return False
    return (name.startswith("CVTAILOR_") or name in PROVIDER_VARIABLES
            or name.endswith("_BASE_URL"))


def _defaults_only(mp: pytest.MonkeyPatch, store: Path, semantic: bool = False) -> None:
    for name in [n for n in os.environ if _outside_setting(n)]:
        mp.delenv(name)
    mp.setenv("CVTAILOR_STORE", str(store))  # never the user's real session store
    mp.setenv("CVTAILOR_SEMANTIC", "true" if semantic else "false")


@pytest.fixture(scope="session", autouse=True)
def _hermetic_session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The same defaults for session- and module-scoped fixtures, which are set up before any
    test's own fixtures (a module fixture runs a tailoring too)."""
    with pytest.MonkeyPatch.context() as mp:
        _defaults_only(mp, tmp_path_factory.mktemp("store") / "default-store.sqlite")
        yield


@pytest.fixture(autouse=True)
def _hermetic_environment(request: pytest.FixtureRequest, tmp_path: Path,
                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test starts from the defaults, whatever the shell exports: CVTAILOR_* settings,
    provider keys and base URLs are removed, and it gets its own session store. Semantic
    search (the embedding model) is off unless the test is marked `semantic`."""
    _defaults_only(monkeypatch, tmp_path / "default-store.sqlite",
                   semantic=request.node.get_closest_marker("semantic") is not None)


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


def two_role_cv(first: str, second: str, bullet: str) -> StructuredCV:
    """A CV with two roles (at Cobalt Payments and Lumen Health) and one bullet in the first:
    where the interview tests place described answers."""
    from cvtailor.models import CVEntry, CVSection, ItemType, SectionKind, StructuredCV

    experience = CVSection(id="experience", kind=SectionKind.EXPERIENCE, heading="Experience")
    for n, (title, org) in enumerate([(first, "Cobalt Payments"), (second, "Lumen Health")], 1):
        experience.entries.append(CVEntry(id=f"experience-{n}", heading=f"{title} — {org}",
                                          title=title, organization=org))
    experience.entries[0].add_item(bullet, ItemType.BULLET)
    return StructuredCV(name="Test Person", sections=[experience])



def buyer_cv() -> StructuredCV:
    """`two_role_cv` for a buyer: the interview-answer tests' CV."""
    return two_role_cv("Buyer", "Purchasing Coordinator", "Placed 1,900 purchase orders a year.")


def kafka_and_negotiation_job() -> JobPosting:
    """A job asking for a named tool (req-1, Apache Kafka) and a practice (req-2,
    negotiation): what an answer must name, and what it may describe."""
    from cvtailor.models import JobPosting, Requirement

    return JobPosting(title="Senior Buyer", requirements=[
        Requirement(id="req-1", text="Experience with Apache Kafka", keywords=["Apache Kafka"]),
        Requirement(id="req-2", text="Negotiate supplier contracts", keywords=["negotiation"]),
    ])


def answer_rounds(session: Any, answer_for: Any) -> dict[str, dict[str, Any]]:
    """Answer the gap interview round by round (it may ask again) until it stops asking:
    `answer_for(question)` gives the text, or None to leave a question unanswered; a round
    with nothing to answer ends the interview. The questions asked, by term."""
    asked: dict[str, dict[str, Any]] = {}
    while session.status == "awaiting_answers":
        questions = (session.pending or {}).get("questions", [])
        asked.update({q["term"]: q for q in questions})
        session.answer({q["id"]: text for q in questions
                        if (text := answer_for(q)) is not None})
    return asked


def pasted_job(tmp_path: Path, text: str) -> tuple[str, Any]:
    """A job ad pasted into a file as a person would (a job board's whole page), read as the
    CLI reads it and parsed by the offline engine: (the text read, the JobPosting)."""
    from cvtailor.engines.offline.jd_parser import parse_jd_text
    from cvtailor.readers import read_document
    from cvtailor.text.vocabulary import default_vocabulary

    path = tmp_path / "jd.txt"
    path.write_text(text, encoding="utf-8")
    read = read_document(path, kind="JD").text
    return read, parse_jd_text(read, default_vocabulary())
