"""Rotas and incident reports said in other words (text/duties/rotas, text/duties/incidents):
deciding who works where, and writing down what went wrong; never a turn taken on a rota, a
shift swapped, nor an incident told to someone who writes it."""

import pytest

from cvtailor.engines.offline.jd_parser import parse_jd_text
from cvtailor.models import Requirement
from cvtailor.text.duties import READERS
from cvtailor.text.duties.incidents import incident_term
from cvtailor.text.duties.rotas import rota_term
from cvtailor.text.vocabulary import default_vocabulary

VOCAB = default_vocabulary()


def duty(text: str) -> Requirement:
    [req] = parse_jd_text(f"Team Leader\n\nThe role\n- {text}\n", VOCAB).requirements
    return req


ROTA = "Draw up the weekly staff rota for the warehouse team"
REPORTS = "Complete incident reports for every accident and near miss"


@pytest.mark.parametrize("line", [
    "Work out which of us covers each weekend and find cover when someone is ill.",
    "Sort out who works which dock each week.",
    "Decide each morning who stands at which packing bench.",
    "Share out the day's deliveries among the 4 drivers.",
    "Draw up the fortnightly shift plan for 12 pickers around their college hours.",
])
def test_deciding_who_works_where_is_the_rota(line: str) -> None:
    assert rota_term(duty(ROTA), line) == "staff rota"


@pytest.mark.parametrize("line", [
    "Swap shifts with colleagues when someone is ill.",  # a shift swapped
    "Work a four-on, four-off rota on the night shift.",  # a turn taken
    "Decide which pallets go out first from the delivery notes.",  # no one put anywhere
])
def test_no_rota(line: str) -> None:
    assert rota_term(duty(ROTA), line) is None


def test_an_on_call_rota_is_a_turn_taken() -> None:
    assert rota_term(duty("Take your turn on the on-call rota"),
                     "Work out which of us covers each weekend.") is None


@pytest.mark.parametrize("line", [
    "Write up every slip and fall in the accident book the same day.",
    "Write down what happened, with times and witnesses, whenever a forklift hits a rack.",
    "Log anything that went wrong or nearly went wrong before the end of the shift.",
])
def test_writing_down_what_went_wrong_is_an_incident_report(line: str) -> None:
    assert incident_term(duty(REPORTS), line) == "incident reports"


@pytest.mark.parametrize("line", [
    "Tell the supervisor straight away when a load swings close to someone.",  # told
    "Write up the delivery notes for every load.",  # nothing went wrong
    "Read the accident book at the start of each shift.",  # read
])
def test_no_incident_report(line: str) -> None:
    assert incident_term(duty(REPORTS), line) is None


def test_every_reader_gives_a_term_of_the_requirement() -> None:
    """What each reader gives is one of the requirement's own keywords, or None: the planner
    writes only a covered keyword."""
    lines = ["Work out which of us covers each weekend.",
             "Write up every slip and fall in the accident book the same day.",
             "Grease the conveyor bearings every Saturday.",
             "Walk the next crew through the open orders before I go home.",
             "Show the new starters how to drive the pallet truck in their first week."]
    for text in [ROTA, REPORTS, "Carry out preventive maintenance on the conveyors",
                 "Lead shift handovers with the next team", "Train new starters on the floor"]:
        req = duty(text)
        terms = {t for read in READERS for line in lines for t in [read(req, line)] if t}
        assert terms and terms <= set(req.keywords), (text, terms, req.keywords)


CHECKS = "Carry out quality checks on every pallet before it leaves the warehouse"
COMPLAINTS = "Handle customer complaints about late deliveries"


@pytest.mark.parametrize("line", [
    "Look over every pallet before it goes out and rewrap anything that leans.",
    "Take a sample from every batch to the lab before it is bagged.",
    "Check every order against the picking list and hold back any with a short count.",
])
def test_checking_every_piece_before_it_goes_out_is_a_quality_check(line: str) -> None:
    from cvtailor.text.duties.checks import quality_term

    assert quality_term(duty(CHECKS), line) == "quality checks"


@pytest.mark.parametrize("line", [
    "Check the forklift's tyres and horn at the start of each shift.",  # one's own tools
    "Watched the QC inspector test every batch before it was bagged.",  # someone else's
    "Pack every order in the same day.",  # no check
])
def test_no_quality_check(line: str) -> None:
    from cvtailor.text.duties.checks import quality_term

    assert quality_term(duty(CHECKS), line) is None


def test_dealing_with_someone_unhappy_is_a_complaint_handled() -> None:
    from cvtailor.text.duties.checks import complaint_term

    req = duty(COMPLAINTS)
    assert complaint_term(req, "Call back customers who are unhappy about a late delivery "
                               "and rebook it.") == "customer complaints"
    assert complaint_term(req, "Pass unhappy customers' calls to the office manager.") is None
    assert complaint_term(req, "Take complaints from unhappy customers to the duty manager.") \
        is None
    assert complaint_term(req, "Call customers the day before each delivery.") is None
