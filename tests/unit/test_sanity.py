"""Sanity warnings: a JD in another language than the CV, a CV without sections, CV and JD
swapped. Real pairs from the benchmark cases get none."""

from __future__ import annotations

from pathlib import Path

import pytest

from cvtailor.readers import from_text, read_document
from cvtailor.readers.sanity import guess_language, sanity_warnings
from tests.formats.conftest import CV_MD

CASES = sorted(p for p in Path("tests/benchmarks/cases").iterdir() if (p / "cv.txt").exists())


def jd_of(case: Path) -> Path:
    return next(iter(sorted(case.glob("jd.*"))))

JD_DE = """# Senior Platform Engineer (m/w/d)

Wir suchen eine erfahrene Person für unser Plattform-Team in Berlin. Du bist für den Betrieb
unserer Kubernetes-Cluster verantwortlich und arbeitest mit den Teams an der Automatisierung.

## Deine Aufgaben

- Du betreibst und verbesserst die Kubernetes-Plattform mit dem Team.
- Du automatisierst die Infrastruktur mit Terraform und bist bei der Rufbereitschaft dabei.

## Dein Profil

- Mehrere Jahre Erfahrung mit Kubernetes und AWS, die du in die Arbeit einbringst.
- Sehr gute Deutsch- und Englischkenntnisse, die für uns wichtig sind.
"""
JD_EN = Path("tests/benchmarks/cases") / "fullstack_engineer_to_backend_engineer"


@pytest.mark.parametrize("lang,text", [("de", JD_DE), ("en", CV_MD)])
def test_language_guess(lang: str, text: str) -> None:
    assert guess_language(text) == lang


def test_german_jd_for_an_english_cv_is_warned() -> None:
    cv, jd = from_text(CV_MD, name="cv.md"), from_text(JD_DE, name="jd.md", kind="JD")
    warnings = sanity_warnings(cv, jd)
    assert any("looks German and the CV English" in w for w in warnings)


def test_cv_without_headings_is_warned() -> None:
    flat = "\n".join(line.lstrip("#").strip() for line in CV_MD.splitlines()
                     if not line.startswith("## "))
    cv, jd = from_text(flat, name="cv.txt"), read_document(jd_of(JD_EN), "JD")
    assert any("no section cvtailor recognises" in w for w in sanity_warnings(cv, jd))


def test_swapped_inputs_are_warned() -> None:
    case = CASES[0]
    jd_text = jd_of(case).read_text()
    cv_text = (case / "cv.txt").read_text()
    swapped_cv = from_text(jd_text, name="jd.txt")
    swapped_jd = from_text(cv_text, name="cv.txt", kind="JD")
    assert any("other way round" in w for w in sanity_warnings(swapped_cv, swapped_jd))


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_real_pairs_get_no_sanity_warning(case: Path) -> None:
    cv, jd = read_document(case / "cv.txt", "CV"), read_document(jd_of(case), "JD")
    assert sanity_warnings(cv, jd) == []


def test_warnings_reach_the_run_input() -> None:
    from cvtailor.session import _graph_input

    cv, jd = from_text(CV_MD, name="cv.md"), from_text(JD_DE, name="jd.md", kind="JD")
    assert any("German" in w for w in _graph_input(cv, jd)["warnings"])
