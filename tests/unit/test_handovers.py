"""Handing a shift over said in other words (text/duties/handovers): an ad's duty to hand over
between shifts, shown by a CV line in which the person tells those who take over what they
need to know; never taking over from someone, never a job handed over to a client."""

from pathlib import Path

import pytest

import cvtailor
from cvtailor.engines.offline.jd_parser import parse_jd_text
from cvtailor.models import Requirement
from cvtailor.text.duties.handovers import handover_term, hands_over, hands_over_shifts
from cvtailor.text.vocabulary import default_vocabulary

VOCAB = default_vocabulary()


def duty(text: str) -> Requirement:
    [req] = parse_jd_text(f"Shift Leader\n\nThe role\n- {text}\n", VOCAB).requirements
    return req


@pytest.mark.parametrize("line", [
    "Walk the next crew through any press that played up before I go home.",
    "Tell the morning shift at six what is running and what is waiting.",
    "Go through open faults with the operator coming on before I leave the cab.",
    "Write up what was packed and what is left in the cold store for the afternoon team.",
])
def test_a_line_handing_the_shift_over(line: str) -> None:
    assert hands_over(line)


@pytest.mark.parametrize("line", [
    "Take over from the night crew at six and read their notes.",  # taking over
    "Tell the customer when the boat is ready to collect.",  # no one taking over
    "Walked the new starters through the line on their first day.",  # no shift
    "Night shift operator on the bagging line since 2019.",  # no act of passing on
])
def test_no_line_handing_the_shift_over(line: str) -> None:
    assert not hands_over(line)


def test_a_job_handed_over_to_a_client_is_no_shift_handover() -> None:
    assert not hands_over_shifts(duty("Carry out final inspections before handover to the client"))
    assert hands_over_shifts(duty("Run a clear shift handover to the next supervisor"))


@pytest.mark.parametrize(("text", "line", "term"), [
    ("Lead shift handovers on the jetty",
     "Walk the next crew through what is open on the berth before I go off.", "shift handovers"),
    ("Complete the shift report and hand over the shift to the next shift leader",
     "Write up in the book what was made and what stopped before the next crew comes on.",
     "shift report"),
])
def test_the_ad_s_term_for_the_handover_the_line_shows(text: str, line: str,
                                                       term: str) -> None:
    assert handover_term(duty(text), line) == term


def test_a_handover_in_other_words_leads_its_line(tmp_path: Path) -> None:
    """Unattended, the CV names the shift handover its line shows, as a handover (not as
    people "working with shift handovers")."""
    cv, jd = tmp_path / "cv.md", tmp_path / "jd.md"
    cv.write_text("# Ola Nordmann\nBergen | ola@example.com\n\n## Experience\n\n"
                  "### Process Operator, Vestkyst Gass AS, Mongstad\n2016 - Present\n"
                  "- Walk the next crew through what is open on the jetty before I go off.\n"
                  "- Connect the loading arms to the carrier's manifold.\n", encoding="utf-8")
    jd.write_text("# Loading Master\n\n## The role\n- Lead shift handovers on the jetty\n"
                  "- Connect and disconnect the loading arms\n", encoding="utf-8")
    text = cvtailor.tailor(cv, jd, engine="offline").markdown
    line = next(x for x in text.splitlines() if "next crew" in x)
    assert "shift handovers" in line.lower() and "working with" not in line.lower()
