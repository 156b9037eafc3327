"""Real-world CV shapes (tests/fixtures/cvs): every entry split and labelled right, every fact
kept by the reader, the parser and an offline tailoring run.

The CVs and `expected.json` were written before the parser saw them (issue 9). An entry is
right when an entry of the expected section kind has the expected title, organization and
dates; a fact is kept when its string occurs verbatim in the parsed (or tailored) CV.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from cvtailor.engines.offline.cv_parser import parse_cv_text
from cvtailor.models import StructuredCV
from cvtailor.readers import parse_structured, read_document
from cvtailor.text.cvtext import clean_inline

FIXTURES = Path(__file__).parent.parent / "fixtures" / "cvs"
EXPECTED: dict[str, dict[str, Any]] = json.loads((FIXTURES / "expected.json").read_text("utf-8"))
FILES = sorted(EXPECTED)

JD = """# Operations Coordinator

Northgate Services is hiring an operations coordinator.

## Requirements

- 3+ years of experience coordinating a team
- Strong written communication and record keeping
- Experience with scheduling and budgets
- Microsoft Excel
"""


@cache
def parsed(name: str) -> StructuredCV:
    """The fixture CV read and parsed as the parse node does."""
    doc = read_document(FIXTURES / name, "CV")
    return parse_structured(doc.text, doc.format) or parse_cv_text(doc.text, doc.format)


def cv_text(cv: StructuredCV) -> str:
    """Every string of a CV (name, contact, headings, entry facts, items), one per line."""
    parts = [cv.name, *cv.contact]
    for s in cv.sections:
        parts.append(s.heading)
        for e in s.entries:
            parts += [e.heading, e.title, e.organization, e.location, e.dates, *e.details]
            parts += [i.text for i in e.items]
    return "\n".join(clean_inline(p) for p in parts)


def entry_found(cv: StructuredCV, want: dict[str, str]) -> bool:
    """Whether an entry of the expected kind has the expected title, organization and dates."""
    return any(
        s.kind.value == want["kind"]
        and clean_inline(e.title) == want["title"]
        and clean_inline(e.organization) == want["organization"]
        and clean_inline(e.dates) == want["dates"]
        for s in cv.sections for e in s.entries
    )


def scores() -> dict[str, tuple[int, int, int, int]]:
    """Per CV: (entries right, entries, facts kept, facts) of the parse."""
    out = {}
    for name in FILES:
        cv, exp = parsed(name), EXPECTED[name]
        text = cv_text(cv)
        out[name] = (sum(entry_found(cv, w) for w in exp["entries"]), len(exp["entries"]),
                     sum(f in text for f in exp["facts"]), len(exp["facts"]))
    return out


def test_fixture_set_is_complete() -> None:
    """Every fixture CV has expectations and every expectation has its file."""
    on_disk = {p.name for p in FIXTURES.iterdir()
               if p.suffix in {".txt", ".md", ".docx", ".pdf"}}
    assert on_disk == set(EXPECTED)
    assert len(EXPECTED) >= 12


@pytest.mark.parametrize("name", FILES)
def test_name(name: str) -> None:
    """The person's name is the CV's name."""
    assert clean_inline(parsed(name).name) == EXPECTED[name]["name"]


@pytest.mark.parametrize("name", FILES)
def test_entries(name: str) -> None:
    """Every expected entry is found with its kind, title, organization and dates."""
    cv = parsed(name)
    missing = [w for w in EXPECTED[name]["entries"] if not entry_found(cv, w)]
    got = [(s.kind.value, e.title, e.organization, e.dates)
           for s in cv.sections for e in s.entries]
    assert not missing, f"missing {missing}; parsed {got}"


@pytest.mark.parametrize("name", FILES)
def test_bullets_are_items(name: str) -> None:
    """The expected bullets are items (rewritable lines), not entry headings or details."""
    items = {clean_inline(i.text) for i in parsed(name).items()}
    assert [b for b in EXPECTED[name]["bullets"] if b not in items] == []


@pytest.mark.parametrize("name", FILES)
def test_facts_kept_by_parser(name: str) -> None:
    """Every fact string is somewhere in the parsed CV, verbatim."""
    text = cv_text(parsed(name))
    assert [f for f in EXPECTED[name]["facts"] if f not in text] == []


@pytest.mark.parametrize("name", FILES)
def test_facts_kept_by_tailoring(name: str) -> None:
    """An offline, auto-approved tailoring run keeps every fact of the CV."""
    import cvtailor

    result = cvtailor.tailor(FIXTURES / name, JD, auto_approve=True)
    assert result.status == "completed"
    assert result.final_cv is not None
    text = cv_text(result.final_cv)
    assert [f for f in EXPECTED[name]["facts"] if f not in text] == []


if __name__ == "__main__":  # the numbers: python tests/formats/test_cv_shapes.py
    s = scores()
    rounds = {}
    for tag in ("r2", "r3"):
        got = [v for k, v in s.items() if k.startswith(tag + "_")]
        rounds[tag] = {"entries_right": sum(v[0] for v in got), "entries": sum(v[1] for v in got),
                       "facts_kept": sum(v[2] for v in got), "facts": sum(v[3] for v in got)}
    print(json.dumps({"per_cv": s, "rounds": rounds,
                      "entries_right": sum(v[0] for v in s.values()),
                      "entries": sum(v[1] for v in s.values()),
                      "facts_kept": sum(v[2] for v in s.values()),
                      "facts": sum(v[3] for v in s.values())}, indent=1))
