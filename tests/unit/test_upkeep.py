"""Preventive maintenance and toolbox talks said in other words (text/duties/upkeep): upkeep done
on a schedule or before anything fails, and a safety talk to the crew before work; never a
repair when something breaks, never a talk that is not about safety, never someone else's."""

from pathlib import Path

import pytest

import cvtailor
from cvtailor.engines.offline.jd_parser import parse_jd_text
from cvtailor.models import Requirement
from cvtailor.text.duties.upkeep import toolbox_term, upkeep_term
from cvtailor.text.vocabulary import default_vocabulary

VOCAB = default_vocabulary()


def duty(text: str) -> Requirement:
    [req] = parse_jd_text(f"Shift Leader\n\nThe role\n- {text}\n", VOCAB).requirements
    return req


PM = "Plan preventive maintenance of the presses and conveyors"
TALKS = "Lead toolbox talks at the start of every shift"


@pytest.mark.parametrize("line", [
    "Grease the conveyor bearings and tighten the chains every Saturday.",
    "Change worn belts and seals during the weekly stop, following the fitter's checklist.",
    "Swap worn dies on the dates in the maintenance book, so the press does not stop mid-run.",
])
def test_upkeep_on_a_schedule_is_preventive_maintenance(line: str) -> None:
    assert upkeep_term(duty(PM), line) == "preventive maintenance"


@pytest.mark.parametrize("line", [
    "Change the blades when they go blunt.",  # a repair, no schedule
    "Call the fitter when a conveyor jams and log the stoppage.",  # someone else's
    "Clean the presses at the end of every shift.",  # cleaning
    "Watched the fitters grease the presses every Saturday.",  # watched
])
def test_no_preventive_maintenance(line: str) -> None:
    assert upkeep_term(duty(PM), line) is None


@pytest.mark.parametrize("line", [
    "Give a 10-minute safety briefing at the van every Monday on ladders and lifting.",
    "Go over the day's hazards with the crew before we start: live cables and hot work.",
])
def test_a_safety_talk_before_work_is_a_toolbox_talk(line: str) -> None:
    assert toolbox_term(duty(TALKS), line) == "toolbox talks"


@pytest.mark.parametrize("line", [
    "Get the crew together at the start of each shift to go over the ship and the weather.",
    "Attended the site manager's safety briefing every Monday.",
    "Wrote the hazard sheet for the new press line.",
])
def test_no_toolbox_talk(line: str) -> None:
    assert toolbox_term(duty(TALKS), line) is None


def test_upkeep_in_other_words_is_written_with_the_ad_s_term(tmp_path: Path) -> None:
    """Unattended, the CV names the preventive maintenance its line shows."""
    cv, jd = tmp_path / "cv.md", tmp_path / "jd.md"
    cv.write_text("# Ana Kowalska\nLomza | ana@example.com\n\n## Experience\n\n"
                  "### Press Operator, Meble Narew Sp. z o.o., Lomza\n2016 - Present\n"
                  "- Grease the press bearings and tighten the drive chains every Saturday.\n"
                  "- Set up and run the veneer press for each order.\n", encoding="utf-8")
    jd.write_text(f"# Press Shift Leader\n\n## The role\n- {PM}\n"
                  "- Set up and run the veneer presses\n", encoding="utf-8")
    text = cvtailor.tailor(cv, jd, engine="offline").markdown
    line = next(x for x in text.splitlines() if "press bearings" in x)
    assert "preventive maintenance" in line.lower()
