"""The duty readers (text/duties), each a duty every trade's supervisor is asked for, read
where a CV says it by what was done: training newcomers, handing the shift over, preventive
maintenance and toolbox talks, rotas, incident reports, quality checks and complaints, shift
logs, safety rules enforced, written procedures and continuous improvement. Each reads only
the person's own act; never the people the work serves, never training received, a turn
taken, a shift swapped or a complaint passed on, never learners for new staff."""

from pathlib import Path
from tempfile import TemporaryDirectory

import pytest

import cvtailor
from cvtailor.engines.offline.jd_parser import parse_jd_text
from cvtailor.models import Requirement
from cvtailor.text.duties import READERS, read_duty
from cvtailor.text.duties.handovers import handover_term, hands_over, hands_over_shifts
from cvtailor.text.duties.incidents import incident_term
from cvtailor.text.duties.newcomers import taught_term, teaches_newcomers, trains_newcomers
from cvtailor.text.duties.rotas import rota_term
from cvtailor.text.duties.upkeep import toolbox_term, upkeep_term
from cvtailor.text.vocabulary import default_vocabulary

VOCAB = default_vocabulary()


def duty(text: str, title: str = "Shift Leader") -> Requirement:
    """The one requirement of an ad with `title` and `text` as its one duty."""
    [req] = parse_jd_text(f"{title}\n\nThe role\n- {text}\n", VOCAB).requirements
    return req


# Training newcomers (text/duties/newcomers)

@pytest.mark.parametrize("line", [
    "Show the two trainees in their third year how to fit a firing pin.",
    "Teach the school leavers we took on last spring to cut a clean mitre.",
    "Take new people out to the quay with me for their first fortnight.",
    "Stand beside newcomers for their first weeks until they can run the press alone.",
    "Teach the women who join us each season how to grade the fruit.",
    "Showed 3 new technicians how to set up the loggers, then checked their first reports.",
    "Sit with the two first-year learners from the trade school on Fridays and check their work.",
])
def test_a_line_teaching_newcomers(line: str) -> None:
    assert teaches_newcomers(line)


@pytest.mark.parametrize("line", [
    # the people the work serves
    "Show new patients how to put on the CPAP mask before lights out.",
    "Taught first-year students algebra and geometry.",
    "Show customers who join the club how to use the rowing machines.",
    "Show new customers round the shop in their first week.",
    # training received, watched or helped with
    "Trained as an apprentice at a cabinet maker's in Lyon from 2009 to 2012.",
    "Was shown how to set the press by the shift leader in my first week.",
    "Helped the trainer show new starters how to stack the pallets.",
    "Watched the foreman teach the apprentices how to lay a course.",
    # no newcomer: people of long standing, or a new thing
    "Show the nurses on 3 wards how to set the alarm limits on the new monitors.",
    "Teach the team how to use the new label printer.",
])
def test_no_line_teaching_newcomers(line: str) -> None:
    assert not teaches_newcomers(line)


@pytest.mark.parametrize(("text", "line", "term"), [
    ("Train and follow up apprentices in the process trade",
     "Take the youngsters on learning contracts out on the jetty and let them make up the "
     "arm connection with me beside them.", "apprentices"),
    ("Induct and coach new starters on the gate",
     "Take new people out to the gate with me for their first fortnight.",
     "coaching new starters"),
    ("Train new workers in safe working practices",
     "Teach the women who join us each season how to hold the sieve.", "training new workers"),
    ("Train new operatives in the trade",
     "Teach the young lads taken on each autumn how to trim a leg.", "training new operatives"),
    ("Take charge of the induction of new colleagues and temporary staff",
     "Stay beside newcomers and agency temps for their first weeks on the line until they can "
     "run a product change alone.", "induction"),
])
def test_the_ad_s_term_for_the_training_the_line_shows(text: str, line: str,
                                                        term: str) -> None:
    """The term is the ad's words for the training and whom it is for, never a topic the
    duty names beside ("safe working practices")."""
    req = duty(text)
    assert trains_newcomers(req)
    assert taught_term(req, line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    ("Give on-the-job training to new operators and apprentices",
     "Take the newly hired operators round my section in their first weeks and sign off each "
     "post in their training folder once they can run it alone.", "on-the-job training"),
    ("Train new operators on the crane and the control system",
     "Show the two latest recruits how to run the crane before they work a night alone.",
     "training new operators"),
])
def test_the_training_given_to_whom_the_line_taught(text: str, line: str, term: str) -> None:
    """The ad's name for the training is written where its words for whom it trains are
    not the line's ("apprentices" of a line teaching new operators)."""
    assert taught_term(duty(text), line) == term
    # and never the people the line did not teach
    assert taught_term(duty("Give on-the-job training to apprentices"),
                       "Show the newly hired operators how to run the press.") is None


def test_learners_are_no_new_staff() -> None:
    """Students on placement are no new employees: a line teaching them shows no "Train new
    employees", and one teaching newcomers no "Train apprentices"."""
    assert taught_term(duty("Train new employees on the line"),
                       "Teach the students on placement from the college how to weigh.") is None
    assert taught_term(duty("Train our apprentices in joinery"),
                       "Show newcomers how to start and stop the saw safely.") is None


def test_a_duty_to_train_people_served_is_no_training_of_newcomers() -> None:
    assert not trains_newcomers(duty("Train new patients on the use of home dialysis machines"))
    assert not trains_newcomers(duty("Deliver training to clinical staff on new equipment"))


CV = """# Aitor Goikoetxea
Pamplona | aitor@example.com

## Experience

### Saddler, Guarnicionería Etxeberria, Pamplona
2015 - Present
- Build dressage saddles from the bare tree, fitting the panels to each horse.
- Teach the two students on placement from the vocational school how to cut a strap true.
- Show new patients' families around the shop on open days.

## Education
- Técnico en Calzado, CIP Donapea, 2014
"""
JD = """# Saddlery Workshop Foreman

## The role
- Build dressage saddles from the tree up
- Train our apprentices from the dual programme
- Train new employees in safe working practices
"""


def test_a_line_teaching_learners_is_written_as_training_the_apprentices(tmp_path: Path) -> None:
    """Unattended, the CV names the apprentices the line shows trained, as training them (not
    "working with apprentices"), and leaves new employees, whom it never shows, unclaimed."""
    cv, jd = tmp_path / "cv.md", tmp_path / "jd.md"
    cv.write_text(CV, encoding="utf-8")
    jd.write_text(JD, encoding="utf-8")
    text = cvtailor.tailor(cv, jd, engine="offline").markdown
    line = next(x for x in text.splitlines() if "students on placement" in x)
    assert "training apprentices" in line.lower()
    assert "working with apprentices" not in text.lower()
    assert "new employees" not in text.lower()


def test_training_apprentices_written_is_no_claim_of_another_requirement(
        tmp_path: Path) -> None:
    """An ad whose other requirement names the training too ("the trainer exam that anyone who
    trains apprentices needs") does not stop the line being written as training the
    apprentices: the fabrication check takes "training apprentices" as attested with the
    apprentices (nodes/qa_item), and the exam stays unclaimed."""
    cv, jd = tmp_path / "cv.md", tmp_path / "jd.md"
    cv.write_text(CV, encoding="utf-8")
    jd.write_text(JD + "- You have the trainer exam that anyone who trains apprentices needs\n",
                  encoding="utf-8")
    result = cvtailor.tailor(cv, jd, engine="offline")
    line = next(x for x in result.markdown.splitlines() if "students on placement" in x)
    assert "training apprentices" in line.lower()
    assert "trainer exam" not in result.markdown.lower()
    assert not [i for i in result.report["items"] if i["status"] == "generation_failed"
                and "students on placement" in i["original"]]


def test_the_contact_read_in_the_ad_s_words_is_written() -> None:
    """The contact reader's term joins the ad's keywords ("main point of contact for
    landholders" of "main point of contact" and "landholders"): it covers both, and is what
    the line is written with."""
    cv = ("# Jack Ryan\n\n## Experience\n\n**Fencer**, Meander Fencing, Deloraine\n"
          "July 2018 – Present\n\n- Talk with the farmer or farm manager each morning about "
          "gates to leave shut and where the ute can go.\n- Strain and tie off plain wire.\n")
    jd = "Fencing Crew Leader\n\nThe role\n- Be the main point of contact for landholders on site\n"
    with TemporaryDirectory() as tmp:
        (Path(tmp) / "cv.md").write_text(cv, encoding="utf-8")
        (Path(tmp) / "jd.txt").write_text(jd, encoding="utf-8")
        result = cvtailor.tailor(Path(tmp) / "cv.md", Path(tmp) / "jd.txt", engine="offline")
    [req] = result.report["requirements"]
    assert req["status"] == "matched"
    line = next(x for x in result.markdown.splitlines() if "farm manager" in x)
    assert "point of contact for landholders" in line.lower()


def test_a_term_read_in_other_words_is_not_placed_again_by_its_cosine() -> None:
    """A line read as training the apprentices settles the term: another line that is only
    near the requirement ("Log every trainee's hours in the chamber's record book") is not
    also decided for it, however high its cosine; it stays a candidate to ask about."""
    from cvtailor.engines.offline.cv_parser import parse_cv_text
    from cvtailor.research.evidence import add_semantic, find_evidence
    from cvtailor.text.cvtext import evidence_corpus

    cv = parse_cv_text("# Jo Bauer\n\n## Experience\n\n### Joiner — Holz Bauer, Suhl\n"
                       "2015 - Present\n"
                       "- Show the two trainees in their third year how to cut a dovetail.\n"
                       "- Log every trainee's hours in the chamber's record book.\n")
    job = parse_jd_text("# Joinery Foreman\n\n## The role\n- Train and supervise apprentices\n",
                        VOCAB)
    [req] = job.requirements
    corpus = evidence_corpus(cv)
    show, log = (cid for cid, text in corpus.items() if text.startswith(("Show", "Log")))
    evidence = find_evidence(cv, job, VOCAB)
    assert [(e.item_id, e.via) for e in evidence[req.id]] == [(show, "similarity")]
    merged = add_semantic(evidence, {req.id: [(log, 0.9)]}, corpus, job, VOCAB)
    assert [(e.item_id, e.via) for e in merged[req.id]] == [(show, "similarity"),
                                                            (log, "semantic")]


# Handing the shift over (text/duties/handovers)

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


def test_the_shift_leader_coming_on_takes_over() -> None:
    assert hands_over("Walk the plant with the shift leader coming on, go through the log book "
                      "and point out every open fault.")


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


# Preventive maintenance and toolbox talks (text/duties/upkeep)

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


# Rotas, incident reports, quality checks and complaints (text/duties/rotas, incidents, checks)

ROTA = "Draw up the weekly staff rota for the warehouse team"
REPORTS = "Complete incident reports for every accident and near miss"


@pytest.mark.parametrize("line", [
    "Work out which of us covers each weekend and find cover when someone is ill.",
    "Sort out who works which dock each week.",
    "Decide each morning who stands at which packing bench.",
    "Share out the day's deliveries among the 4 drivers.",
    "Draw up the fortnightly shift plan for 12 pickers around their college hours.",
    "On Fridays I chalk up on the board who picks, who packs and who loads the next week.",
    "Set out on the wall chart every Monday which of us drives to which store.",
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


def test_a_list_of_who_does_what_is_the_staff_deployment() -> None:
    assert rota_term(duty("Plan staff deployment on your shift, including cover for absences"),
                     "Decide at the start of each turn who runs the wrapper, who takes the "
                     "palletiser and who drives the forklift.") == "staff deployment"
    # a "who" of the people served puts no one anywhere
    assert rota_term(duty(ROTA), "Plan deliveries for customers who need them early.") is None


def test_an_on_call_rota_is_a_turn_taken() -> None:
    assert rota_term(duty("Take your turn on the on-call rota"),
                     "Work out which of us covers each weekend.") is None


def test_the_duty_roster_drawn_up_beside_an_on_call_rota() -> None:
    # an ad that asks for the on-call rota drawn up is read for its other rota
    assert rota_term(duty("Draw up the duty roster and the on-call rota for the team"),
                     "Put together the month's plan of who is in theatre, who is on call at "
                     "night and who covers the weekends for the five of us.") == "duty roster"


@pytest.mark.parametrize(("text", "line", "term"), [
    ("Plan shift staffing and assign operators to the plant sections",
     "Put each operator of my shift on the crusher, separation or loading post at the start "
     "of the shift.", "shift staffing"),
    ("Set the daily work allocation for the team",
     "Decide each morning who goes to which boat and who cuts, who glues and who caulks.",
     "work allocation"),
    ("Plan the crew's assembly schedule across the season",
     "Work out with the owner which crew goes to which town each week.", "assembly schedule"),
    ("Draw up the aquarists' duty rota, including weekends",
     "Pin up the weekly sheet every Thursday saying who feeds, who dives and who covers "
     "Saturday and Sunday.", "duty rota"),
    ("Draw up the weekly production schedule",
     "Sort the orders every Monday morning into what must be fired first and tell each of us "
     "which pieces to take.", "production schedule"),
])
def test_the_ad_s_own_name_for_the_rota(text: str, line: str, term: str) -> None:
    assert rota_term(duty(text), line) == term


@pytest.mark.parametrize("line", [
    "Put each pallet on the racking by its bay number.",  # no one put anywhere
    "Put together the flat-pack desks for customers who ordered assembly.",  # no plan
    "Pin up the safety notices in the canteen.",  # no one put anywhere
])
def test_no_staffing_plan(line: str) -> None:
    assert rota_term(duty("Plan shift staffing and assign operators to the sections"),
                     line) is None


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
             "Show the new starters how to drive the pallet truck in their first week.",
             "Count the gloves and tape every Friday and tell the office what to order.",
             "Push the line when we fall behind the day's tonnage."]
    for text in [ROTA, REPORTS, "Carry out preventive maintenance on the conveyors",
                 "Lead shift handovers with the next team", "Train new starters on the floor",
                 "Keep track of the stock of consumables", "Meet the daily production targets",
                 "Give on-the-job training to new starters"]:
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
    # what they say went wrong, and their money given back
    assert complaint_term(req, "Ring back customers who say a loaf arrived damaged and give "
                               "them their money back.") == "customer complaints"
    assert complaint_term(req, "Pass customers who say a cake tasted wrong to the manager.") \
        is None
    assert complaint_term(req, "Ring customers who say a time suits them.") is None


# Shift logs and records, and rules enforced (text/duties/logs, safety)

LOG = "Keep the shift log with tonnages and breakdowns"


@pytest.mark.parametrize("line", [
    "Write the tonnage loaded, the belt hours and any breakdowns in the book for the next crew.",
    "Write up the pallets made and the stoppages in the line book at the end of every turn.",
    "Read the weighbridge every hour and fill in the sheet by the gate.",
])
def test_writing_the_shift_s_figures_in_its_book_is_the_shift_log(line: str) -> None:
    from cvtailor.text.duties.logs import log_term

    assert log_term(duty(LOG), line) == "shift log"


def test_every_stop_written_in_the_book_is_the_downtime_record() -> None:
    from cvtailor.text.duties.logs import log_term

    req = duty("Keep the downtime records for your shift complete")
    assert log_term(req, "Write each stop of the filler in the line book with its cause and "
                         "how long we stood still.") == "downtime records"
    # the book, but no stop in it
    assert log_term(req, "Write the pallets made in the line book at the end of every turn.") \
        is None


@pytest.mark.parametrize("line", [
    "Write up every slip and fall in the accident book the same day.",  # an incident report
    "Read the shift log at the start of each shift.",  # read, not written
    "Helped the foreman fill in the shift book.",  # someone else's
    "Write the tonnage loaded on the whiteboard.",  # no book, sheet or log
    "Completed the forklift log book course in 2019.",  # a course, no figures written
])
def test_no_shift_log(line: str) -> None:
    from cvtailor.text.duties.logs import log_term

    assert log_term(duty(LOG), line) is None


def test_a_record_of_a_measure_needs_the_measure_read() -> None:
    from cvtailor.text.duties.logs import log_term

    req = duty("Keep the humidity records of the drying rooms")
    assert log_term(req, "Read the hygrometers three times a day and fill in the sheet on the "
                         "wall of each room.") == "humidity records"
    assert log_term(req, "Write the number of pieces hung in each room in the book.") is None


SAFETY = "Enforce occupational safety rules and the wearing of PPE on the shift"


@pytest.mark.parametrize("line", [
    "Make sure nobody goes near the furnace without face shield, jacket and safety boots.",
    "See that everyone wears gloves, goggles and ear defenders at the saws.",
    "Make sure nobody reaches into the press without isolating it and hanging their own "
    "padlock on it.",
])
def test_making_others_keep_the_rules_is_enforcing_safety(line: str) -> None:
    from cvtailor.text.duties.safety import safety_term

    assert safety_term(duty(SAFETY), line) == "occupational safety rules"


@pytest.mark.parametrize("line", [
    "Wear a face shield, jacket and safety boots at the furnace.",  # one's own gear
    "Make sure the furnace door is shut before lunch.",  # no one made to keep a rule
    "Make sure everyone gets their payslip on Friday.",  # nothing kept safe or clean
])
def test_no_safety_rule_enforced(line: str) -> None:
    from cvtailor.text.duties.safety import safety_term

    assert safety_term(duty(SAFETY), line) is None


def test_a_duty_to_hold_a_safety_certificate_is_no_rule_enforced() -> None:
    from cvtailor.text.duties.safety import safety_term

    assert safety_term(duty("Hold a valid occupational safety certificate"),
                       "Make sure nobody goes near the furnace without a face shield.") is None


PROCEDURES = "Write and update standard operating procedures for the lab"


@pytest.mark.parametrize("line", [
    "Wrote the step-by-step sheets for media making and autoclaving that hang on the lab wall.",
    "Rewrote our step-by-step guides for fire and flood calls after a review found gaps.",
    "Keep the step-by-step instruction sheets in the rearing rooms current.",
    "Wrote the department's how-to guide for new files, from the first letter to the last.",
])
def test_writing_the_step_by_step_guides_is_writing_procedures(line: str) -> None:
    from cvtailor.text.duties.procedures import procedure_term

    assert procedure_term(duty(PROCEDURES), line) == "standard operating procedures"


@pytest.mark.parametrize("line", [
    "Follow the step-by-step guide for autoclaving every morning.",  # followed, not written
    "Wrote a step-by-step guide for patients on caring for their dressing at home.",  # served
    "Wrote the monthly report for the lab manager.",  # no guide
])
def test_no_procedure_written(line: str) -> None:
    from cvtailor.text.duties.procedures import procedure_term

    assert procedure_term(duty(PROCEDURES), line) is None


IMPROVEMENT = "Drive continuous improvement on your shift"


@pytest.mark.parametrize("line", [
    "Came up with moving the reject chute at the trimmer, which cut the time lost to jams.",
    "Suggested a tray system that keeps each order's parts together, now used across the site.",
    "Proposed cleaning the belt scrapers at every product change, which cut unplanned stops.",
])
def test_an_idea_that_bettered_the_work_is_continuous_improvement(line: str) -> None:
    from cvtailor.text.duties.improvements import improvement_term

    assert improvement_term(duty(IMPROVEMENT), line) == "continuous improvement"


@pytest.mark.parametrize("line", [
    "Suggested new colours for the shop's sign.",  # nothing said bettered
    "Was shown a die box trolley that cut the time for a die change.",  # not the person's
    "Introduced the new starters to the crew, which cut their first week's questions.",  # people
])
def test_no_improvement(line: str) -> None:
    from cvtailor.text.duties.improvements import improvement_term

    assert improvement_term(duty(IMPROVEMENT), line) is None


def test_a_method_named_by_its_school_is_no_idea_of_a_shift() -> None:
    from cvtailor.text.duties.improvements import improvement_term

    assert improvement_term(
        duty("Lead continuous improvement projects with Lean Six Sigma tools"),
        "Came up with moving the reject chute, which cut the time lost to jams.") is None


# Stock counted and reordered (text/duties/stock)

@pytest.mark.parametrize(("text", "line", "term"), [
    ("Manage the stock of raw materials and place orders with our suppliers",
     "Count the enamel jars, copper sheets and silver wire at the end of each month and tell "
     "the owner what to reorder.", "stock of raw materials"),
    ("Manage stocks of food, salt and consumables and order from suppliers",
     "Keep the freezers of sardines and krill and the sea salt stocked, and ring the "
     "wholesaler before we run short.", "consumables"),
    ("Keep track of the warehouse stock of bulbs, cables and lamp holders",
     "Count the spare bulbs and cable reels in the store before each trip and tell the office "
     "what we will need.", "warehouse stock"),
    ("Own inventory and ordering for proteins and produce",
     "Count the walk-in and dry storage every Sunday and place produce, protein and dairy "
     "orders with 4 vendors.", "inventory"),
    ("Manage the supply inventory",
     "Count dialyzers, bloodlines and needles every Thursday and fill in the reorder sheet for "
     "Friday's truck.", "inventory"),
    # in charge of it; a thing that runs short
    ("You will be in charge of stock management for bearings and belts",
     "Count the bearings and belts every Monday and ring the supplier when a size runs short.",
     "stock management"),
    # what is left, counted
    ("Order consumables and keep them in stock",
     "Check each Friday what gloves, wipes and filters are left in the store and tell the "
     "office what to order.", "consumables"),
])
def test_stock_counted_and_reordered(text: str, line: str, term: str) -> None:
    from cvtailor.text.duties.stock import stock_term

    assert stock_term(duty(text), line) == term


@pytest.mark.parametrize(("text", "line"), [
    # counted, never ordered
    ("Manage the stock of raw materials", "Count the enamel jars at the end of each month."),
    # ordered for one job, never counted
    ("Manage the stock of raw materials", "Order the copper sheets for each commission."),
    # the stock the ad names is not what the line counts
    ("Manage the stock of spare parts for the presses",
     "Count the oxygenators and cannulas on Fridays and order what is missing."),
    # a system the line does not name
    ("Manage stock levels in SAP", "Count the jars on Fridays and order what is missing."),
    # gun stocks are made, not kept
    ("Make and fit stocks from walnut blanks",
     "Count the walnut blanks each month and order what is missing."),
    # someone else's count
    ("Manage the stock of raw materials",
     "Helped the owner count the enamel jars and order what is missing."),
    # what is left, never ordered
    ("You will be in charge of stock management",
     "Check what bearings are left after each repair."),
])
def test_no_stock_kept(text: str, line: str) -> None:
    from cvtailor.text.duties.stock import stock_term

    assert stock_term(duty(text), line) is None


# Production targets met or set (text/duties/targets)

@pytest.mark.parametrize(("text", "line"), [
    ("Meet daily production targets for volume and yield",
     "Keep an eye on the cubic metres sawn per hour and push the line to reach the 115 m³ we "
     "aim for each shift."),
    ("Keep production targets in view through the shift",
     "Keep count of bags filled each hour and push the line when we fall behind the day's "
     "tonnage."),
    ("Meet the daily production targets of your line",
     "Keep the line fed and the stops short so we get through the bales the office plans for "
     "each shift."),
    ("Plan weekly production targets for each crop",
     "Work out with the lab manager every Monday how many jars of each line we must cut that "
     "week."),
])
def test_an_amount_worked_towards_or_set_is_the_production_target(text: str, line: str) -> None:
    from cvtailor.text.duties.targets import target_term

    assert target_term(duty(text), line) == "production targets"


@pytest.mark.parametrize(("text", "line"), [
    # a rate recorded, no amount aimed at
    ("Meet daily production targets", "Ran the press at 40 sheets a minute on the night shift."),
    # a target worked towards is no target set
    ("Plan weekly production targets for each crop",
     "Push the line when we fall behind the day's tonnage."),
    # someone else's
    ("Meet daily production targets", "Helped the shift leader push the line when we fell "
     "behind the day's tonnage."),
])
def test_no_production_target(text: str, line: str) -> None:
    from cvtailor.text.duties.targets import target_term

    assert target_term(duty(text), line) is None


@pytest.mark.parametrize("line", [
    "Sort out problems raised by parents and lap swimmers at the front desk.",
    "Call back anyone who questions a result and measure the instrument again if needed.",
    "Explain to farmers why their oil yield came out lower than they hoped.",
    "Listen to people who say their water bill is too high and explain how to check for a "
    "running toilet.",
    "Phone back anyone unhappy with how a visit went and listen.",
])
def test_someone_unhappy_in_other_words_is_a_complaint_handled(line: str) -> None:
    from cvtailor.text.duties.checks import complaint_term

    assert complaint_term(duty("Handle customer complaints about readings and bills"),
                          line) == "customer complaints"


@pytest.mark.parametrize("line", [
    "Answer the questions the visitors ask about the fish.",  # a question, not a complaint
    "Sort out the problems with the till before opening.",  # no one unhappy
    "Explain to growers how the yield is worked out.",  # nothing fell short
])
def test_no_complaint_handled(line: str) -> None:
    from cvtailor.text.duties.checks import complaint_term

    assert complaint_term(duty("Handle customer complaints about readings and bills"),
                          line) is None


# Traceability kept, infection control kept (text/duties/traceability, infection)

@pytest.mark.parametrize("line", [
    "Write each grower's lot number on the tank card so that every tank can be followed back "
    "to the trailers it came from.",
    "Write the grower's name and intake number on every sack so any bag can be followed back "
    "to the garden it came from.",
    "Give each crate a lot number and note the field, so that any crate can be followed back "
    "to the grower.",
])
def test_each_lot_marked_to_be_followed_back_is_traceability(line: str) -> None:
    from cvtailor.text.duties.traceability import traceability_term

    assert traceability_term(duty("Keep traceability of every lot from grower to tank"),
                             line) == "traceability"


@pytest.mark.parametrize("line", [
    "Write the grower's lot number on the tank card.",  # nothing said of what it is for
    "Traced a bad batch back to the supplier once.",  # followed back, not kept traceable
    "Helped the quality office label sacks so they can be traced back.",  # someone else's
])
def test_no_traceability_kept(line: str) -> None:
    from cvtailor.text.duties.traceability import traceability_term

    assert traceability_term(duty("Keep traceability of every lot from grower to tank"),
                             line) is None


@pytest.mark.parametrize("line", [
    "Soak reusable sensors and masks in disinfectant after each patient.",
    "Wipe down chin rests and trial lenses between patients.",
    "Scrub the tables, sinks and floor with chlorine solution after every case.",
])
def test_what_is_shared_cleaned_each_time_is_infection_control(line: str) -> None:
    from cvtailor.text.duties.infection import infection_term

    assert infection_term(duty("Enforce infection control in the laboratory"),
                          line) == "infection control"


@pytest.mark.parametrize("line", [
    "Completed the infection control course in 2021.",  # a course, no act
    "Clean the waiting room at the end of the day.",  # cleaning says nothing of infection
    "Watched the nurses disinfect the couches between patients.",  # someone else's
])
def test_no_infection_control_kept(line: str) -> None:
    from cvtailor.text.duties.infection import infection_term

    assert infection_term(duty("Enforce infection control in the laboratory"), line) is None


# External auditors supported (text/duties/audits)

@pytest.mark.parametrize("line", [
    "Answer the audit teams' sample requests at year-end, sending trade tickets before their "
    "deadline.",
    "Gather bank confirmations and statements for the firm that checks our accounts each "
    "February.",
    "Prepared 60+ PBC schedules and answered fieldwork questions during the annual audit.",
])
def test_answering_the_yearly_audit_is_supporting_the_external_auditors(line: str) -> None:
    from cvtailor.text.duties.audits import auditor_term

    assert auditor_term(duty("Liaise with external auditors at year-end"),
                        line) == "external auditors"


@pytest.mark.parametrize("line", [
    "Answer the internal audit team's questions on expense claims.",  # internal
    "Audited the branches' petty cash every quarter.",  # an audit the person makes
    "Helped the controller prepare for the annual audit.",  # someone else's
])
def test_no_external_auditors_supported(line: str) -> None:
    from cvtailor.text.duties.audits import auditor_term

    assert auditor_term(duty("Liaise with external auditors at year-end"), line) is None


def test_the_verb_an_ad_leads_a_duty_with_is_not_its_term() -> None:
    """"Guarantee batch traceability": what is guaranteed is the term, and a line that marks
    each lot to be followed back shows it."""
    from cvtailor.text.duties.traceability import traceability_term

    req = duty("Guarantee batch traceability from the field to the finished product")
    assert req.keywords == ["batch traceability"]
    assert traceability_term(req, "Give each jar a lot number, so that any jar can be followed "
                                  "back to the field.") == "batch traceability"


# Lockout kept by all (text/duties/safety)

@pytest.mark.parametrize(("text", "line", "term"), [
    ("Make sure lockout procedures are followed on every intervention",
     "Hang my own padlock on the isolator before anyone reaches into the mixer, and check that "
     "the others do the same.", "lockout procedures"),
    ("Enforce the LOTO procedure during cleaning and repairs",
     "Make sure nobody goes under the conveyor until the isolator is off and their own padlock "
     "is on it.", "LOTO"),
])
def test_a_lock_kept_by_all_is_lockout_enforced(text: str, line: str, term: str) -> None:
    from cvtailor.text.duties.safety import safety_term

    assert safety_term(duty(text), line) == term


@pytest.mark.parametrize("line", [
    # one's own lock, nobody else's
    "Hang my own padlock on the isolator before I reach into the mixer.",
    # a course
    "Completed a LOTO course in 2021, and check that the others attend it.",
])
def test_no_lockout_enforced(line: str) -> None:
    from cvtailor.text.duties.safety import safety_term

    assert safety_term(duty("Make sure lockout procedures are followed"), line) is None


# Who works where, said as people put on posts (text/duties/rotas)

@pytest.mark.parametrize(("text", "line", "term"), [
    ("Draw up the staff planning for the shift",
     "Decide at the start of each shift who stands at the filler, who at the capper and who "
     "packs.", "staff planning"),
    ("Plan staff deployment on the shift according to order priorities",
     "Put the four operators of my shift on the kilns, the sorter and the packing line as "
     "orders come in.", "staff deployment"),
])
def test_people_put_on_posts_is_the_staff_plan(text: str, line: str, term: str) -> None:
    assert rota_term(duty(text), line) == term


def test_things_put_on_posts_are_no_staff_plan() -> None:
    assert rota_term(duty("Plan staff deployment on the shift"),
                     "Put the three pallets of each order on the rack by the door.") is None


def test_a_term_that_reads_as_held_is_never_a_reader_s(monkeypatch: pytest.MonkeyPatch) -> None:
    """"Keep the downtime registration": a registration reads as something held (a nurse's),
    so whatever a reader gives, no line of work is taken to show it; the person is asked."""
    from cvtailor.research import evidence

    req = duty("Keep the downtime registration and the downtime log for your shift")
    line = {"experience-1-1": "Write each stop of the kiln in the shift log with its cause."}
    monkeypatch.setattr(evidence, "read_duty", lambda r, t: "downtime registration")
    assert evidence._in_other_words(req, line, [], set()) == []
    monkeypatch.setattr(evidence, "read_duty", lambda r, t: "downtime log")
    assert [e.term for e in evidence._in_other_words(req, line, [], set())] == ["downtime log"]


def test_a_duty_read_on_a_line_that_names_another_of_its_terms(tmp_path: Path) -> None:
    """"Organise a clean shift handover with the next shift": the line says "the next shift"
    (another of the requirement's terms) and shows the handover in its own words; naming a
    part of the duty does not keep the line from being read for all of it."""
    cv, jd = tmp_path / "cv.md", tmp_path / "jd.md"
    cv.write_text("# Jana Novak\nBrno | jana@example.com\n\n## Experience\n\n"
                  "### Kiln Operator, Keramika Jih, Znojmo\n2015 - Present\n"
                  "- Walk the next shift through every kiln at changeover: what is in, what is "
                  "due out and which alarms came up.\n"
                  "- Load and fire the tunnel kiln.\n", encoding="utf-8")
    jd.write_text("# Kiln Shift Supervisor\n\n## The role\n"
                  "- Organise a clean shift handover with the next shift\n"
                  "- Load and fire the tunnel kiln\n", encoding="utf-8")
    text = cvtailor.tailor(cv, jd, engine="offline").markdown
    line = next(x for x in text.splitlines() if "every kiln" in x)
    assert "shift handover" in line.lower()


# The seventy-fourth pass: more of each duty read in other words

@pytest.mark.parametrize("line", [
    "Take the new hires through the start-up checklist and the alarms.",
    "Stand with new starters at the saw for their first week until they can set it alone.",
    "Take the fitters who have just joined onto my van for their first month.",
    "Instruct the apprentices on the edge bander before they run it alone.",
])
def test_more_lines_teaching_newcomers(line: str) -> None:
    assert teaches_newcomers(line)


@pytest.mark.parametrize("line", [
    "Take the pallets through the wrapper and onto my truck.",
    "Stand with customers at the counter until they can choose a paint.",
    "Take new customers through the menu on their first visit.",
    "Was instructed by the foreman on the edge bander.",
])
def test_still_no_line_teaching_newcomers(line: str) -> None:
    assert not teaches_newcomers(line)


@pytest.mark.parametrize(("text", "line", "term"), [
    ("Train the newly recruited drivers at the start of each season",
     "Take the drivers who have just joined onto my route for their first week.",
     "newly recruited drivers"),
    ("Instruct and supervise the trainees (Lehrlinge) on your shift",
     "Show the two apprentices how to set the press and read its display.", "Lehrlinge"),
    ("Take charge of the onboarding of new employees and apprentices",
     "Stand with new starters at the machine until they can clear a jam on their own.",
     "onboarding"),
    ("Train new analysts and assess their competence",
     "Teach analysts who join us to run the assay step by step.", "training new analysts"),
    ("Teach and supervise our apprentice joiners",
     "Teach the newcomers from the technical college to read a drawing and cut a tenon.",
     "apprentice joiners"),
])
def test_whom_the_ad_trains_in_other_words(text: str, line: str, term: str) -> None:
    assert taught_term(duty(text), line) == term


def test_newly_qualified_people_are_new_staff_not_learners() -> None:
    """"Mentor newly qualified inspectors": new staff, whom a line about trainees from a
    school does not show."""
    req = duty("Mentor newly qualified inspectors")
    assert trains_newcomers(req)
    assert taught_term(req, "Show the trainees from the technical college how to read a "
                            "gauge.") is None


@pytest.mark.parametrize(("text", "line", "term"), [
    ("Plan the deployment of your shift team on the lines",
     "Decide each morning who runs the kilns, who sorts and who goes to packing.",
     "deployment"),
    ("Do the deployment planning of the crew across the ovens",
     "Decide at the start of the night which of the four of us minds which oven.",
     "deployment planning"),
    ("Plan the workshop workload across both shifts",
     "Decide each morning which jobs go first and who on my shift takes each one.",
     "workshop workload"),
])
def test_work_shared_out_among_people_is_the_rota(text: str, line: str, term: str) -> None:
    assert rota_term(duty(text), line) == term


@pytest.mark.parametrize("text", [
    "Manage a varied workload with little supervision",
    "Support the deployment of the new software on the lines",
])
def test_a_workload_or_a_deployment_of_things_is_no_rota(text: str) -> None:
    line = "Decide each morning who runs the kilns, who sorts and who goes to packing."
    assert rota_term(duty(text), line) is None


@pytest.mark.parametrize(("text", "line", "term"), [
    ("Take care of stock management of reagents and disposables",
     "Check the reagents and the gloves every Friday and order from the supplier before we "
     "run short.", "stock management"),
    ("Handle spare parts ordering with our suppliers",
     "Keep count of belts, bearings and filters and ring the supplier before we run short.",
     "spare parts"),
])
def test_more_stock_kept(text: str, line: str, term: str) -> None:
    from cvtailor.text.duties.stock import stock_term

    assert stock_term(duty(text), line) == term


def test_checking_without_ordering_keeps_no_stock() -> None:
    from cvtailor.text.duties.stock import stock_term

    req = duty("Take care of stock management of reagents and disposables")
    assert stock_term(req, "Check the reagents every Friday for their expiry dates.") is None


@pytest.mark.parametrize(("text", "line"), [
    ("Follow up production targets and report to the Production Manager",
     "Keep an eye on the bags per hour against the shift's plan and tell the manager when we "
     "will fall short."),
    ("Set daily production targets for the workshop",
     "Chalk up on the board how many crates each bench should fill that day."),
])
def test_more_production_targets(text: str, line: str) -> None:
    from cvtailor.text.duties.targets import target_term

    assert target_term(duty(text), line) == "production targets"


def test_the_output_written_up_is_no_target_set() -> None:
    from cvtailor.text.duties.targets import target_term

    assert target_term(duty("Set daily production targets for the workshop"),
                       "Chalk up on the board how many crates we filled.") is None


def test_upkeep_on_a_weekday_is_preventive_maintenance() -> None:
    req = duty("Organise preventive maintenance with our workshop")
    assert upkeep_term(req, "Grease the chain and check the belts on the Friday late shift.") \
        == "preventive maintenance"
    assert upkeep_term(req, "Change the chain when it snaps.") is None


@pytest.mark.parametrize(("text", "line", "term"), [
    ("Carry out a visual inspection of every casting",
     "Check every casting out of the mould for cracks and set aside any that cannot be sold.",
     "visual inspection"),
    ("Carry out quality checks on every pallet before dispatch",
     "Pull bricks at random off every pallet and send back any that ring dull.",
     "quality checks"),
    ("Carry out a final inspection of every order",
     "Run my hand along every board before it goes to the customer and send back any that "
     "are rough.", "final inspection"),
])
def test_more_quality_checks(text: str, line: str, term: str) -> None:
    from cvtailor.text.duties.checks import quality_term

    assert quality_term(duty(text), line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    ("Lead the root cause analysis when a mould keeps failing",
     "Work out why a core keeps cracking and change the sand mix so it does not happen "
     "again.", "root cause analysis"),
    ("Carry out root cause analysis when reject rates rise",
     "When the scrap bin fills up, go back along the line until I find out why, and note "
     "what we changed so it does not happen again.", "root cause analysis"),
    ("Lead troubleshooting when the presses stop",
     "Find out why a press stops, fix what we can ourselves and call the fitter for the "
     "rest.", "troubleshooting"),
])
def test_a_fault_traced_to_its_cause_and_put_right(text: str, line: str, term: str) -> None:
    from cvtailor.text.duties.causes import cause_term

    assert cause_term(duty(text), line) == term


@pytest.mark.parametrize(("text", "line"), [
    # put right, but nothing keeps it from coming back: no root cause analysis
    ("Lead the root cause analysis when a mould keeps failing",
     "Find out why a core cracks and fix it."),
    # the cause found by someone else
    ("Lead troubleshooting when the presses stop",
     "Helped the fitter find out why the press stopped and fix it."),
    # the fault named, its cause never looked for
    ("Lead troubleshooting when the presses stop", "Fix the presses when they stop."),
    # the cause found, nothing put right
    ("Lead troubleshooting when the presses stop", "Work out why the press stops."),
])
def test_no_fault_traced_to_its_cause(text: str, line: str) -> None:
    from cvtailor.text.duties.causes import cause_term

    assert cause_term(duty(text), line) is None


@pytest.mark.parametrize(("text", "line", "term"), [
    ("Lead monthly safety rounds in the mill",
     "Walk the boiler house every month with the safety rep, looking for loose handrails and "
     "leaking valves.", "safety rounds"),
    ("Carry out risk assessments for the yard",
     "Go round the yard with the manager each quarter and write down whatever could hurt "
     "someone and what we will do about it.", "risk assessments"),
])
def test_the_workplace_gone_round_for_what_could_hurt(text: str, line: str, term: str) -> None:
    from cvtailor.text.duties.rounds import round_term

    assert round_term(duty(text), line) == term


@pytest.mark.parametrize(("text", "line"), [
    # a round for the output, not for hazards
    ("Lead monthly safety rounds in the mill",
     "Walk the mill every hour and note the output of each line."),
    # someone else's round, joined
    ("Lead monthly safety rounds in the mill",
     "Joined the safety rep on his round, looking for loose handrails."),
    # hazards looked for, nothing written of what will be done: a round, no risk assessment
    ("Carry out risk assessments for the yard",
     "Walk the yard every week looking for loose sheeting and blocked exits."),
])
def test_no_safety_round_or_risk_assessment(text: str, line: str) -> None:
    from cvtailor.text.duties.rounds import round_term

    assert round_term(duty(text), line) is None


def test_what_went_off_spec_written_up_is_a_deviation_reported() -> None:
    req = duty("Report and follow up deviations in our quality system")
    assert incident_term(req, "Write up every spill and off-spec batch in the plant's "
                              "reporting system.") == "deviations"
    assert incident_term(req, "Write up the batch records at the end of the shift.") is None


@pytest.mark.parametrize(("text", "kinds"), [
    # the people the words after "new" run up to
    ("Lead onboarding and competency checks for new medical assistants", {"new staff"}),
    ("Train and mentor new farm workers", {"new staff"}),
    ("Mentor newly registered port workers", {"new staff"}),
    ("Train new cooks", {"new staff"}),
    # a new thing, whoever uses it
    ("Train operators on the new equipment for the line", set()),
    ("Train staff on new equipment for operators", set()),
])
def test_whom_an_ad_s_new_people_are(text: str, kinds: set[str]) -> None:
    from cvtailor.text.duties.newcomers import _ad_kinds

    assert _ad_kinds(text) == kinds


@pytest.mark.parametrize(("text", "line", "term"), [
    ("Mentor newer adjusters",
     "Rode along with 5 newly hired desk adjusters on their first field inspections.",
     "Mentor newer adjusters"),
    ("Induct and train new operators and summer workers",
     "Take the holiday temps through the line in their first two weeks, from splicing to the "
     "emergency stops.", "summer workers"),  # the holiday temps are its summer workers
    ("the mentoring of new technicians and students",
     "Take the students from the agricultural school out on my rounds and let them work "
     "under my eye.", "students"),
    ("Onboarding and coaching of new colleagues and agency staff",
     "Take the new starters through the line in their first week and stay with them until "
     "they can change a recipe on their own.", "coaching"),
])
def test_more_of_whom_the_ad_trains(text: str, line: str, term: str) -> None:
    assert taught_term(duty(text), line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    ("Take charge of stock management for the team's parts",
     "Keep the bench stocks of springs and gaskets topped up and order from the parts store "
     "each Monday.", "stock management"),
    ("Monitor spares for the presses and conveyors",
     "Check the belts, rollers and bearings in the store each Saturday and tell the "
     "maintenance chief what is running low.", "spares"),
    ("Check stock of raw materials and packaging for the line",
     "Count the flour, sugar and packaging film in the store every Friday and tell the buyer "
     "what to buy.", "stock of raw materials"),
])
def test_the_stock_kept_topped_up_or_checked_for_what_runs_low(text: str, line: str,
                                                                term: str) -> None:
    from cvtailor.text.duties.stock import stock_term

    assert stock_term(duty(text), line) == term


@pytest.mark.parametrize("line", [
    # checked, nothing running low said
    "Check the belts, rollers and bearings in the store each Saturday.",
    # ordered each week, nothing counted or kept topped up
    "Order the fish from the market each Monday.",
])
def test_still_no_stock_kept(line: str) -> None:
    from cvtailor.text.duties.stock import stock_term

    assert stock_term(duty("Monitor spares for the presses and conveyors"), line) is None


def test_reminding_the_crew_of_harnesses_before_the_week_is_a_toolbox_talk() -> None:
    req = duty("Hold toolbox talks and enforce safety at height")
    term = toolbox_term(req, "Remind the lads every Monday morning about harnesses and "
                             "ladder ties.")
    assert term is not None and "toolbox talks" in term
    assert toolbox_term(req, "Remind the lads every Monday morning about the timesheets.") \
        is None


def test_a_near_miss_told_and_written_in_the_book() -> None:
    req = duty("Report near misses and unsafe conditions")
    assert incident_term(req, "Tell the engineer straight away about anything that nearly "
                              "hurt someone, and write it in the safety book.") == "near misses"
    # told, never written: passed on
    assert incident_term(req, "Tell the engineer straight away about anything that nearly "
                              "hurt someone.") is None


@pytest.mark.parametrize(("text", "line", "term"), [
    ("Plan staffing for the shift and cover absence",
     "Ring round for cover when someone on the shift calls in sick and swap people between "
     "stations.", "staffing"),
    ("Draw up the weekly production schedule for the workshop",
     "Pin up the list of jobs due each Friday and say who starts what on Monday.",
     "production schedule"),
    ("Draw up the weekly production schedule with the office",
     "Sort the week's orders on the board by date and give each joiner the jobs that suit "
     "them.", "production schedule"),
])
def test_more_of_who_works_where(text: str, line: str, term: str) -> None:
    assert rota_term(duty(text), line) == term


def test_cover_found_is_no_rota_drawn_up() -> None:
    """Ringing round for cover staffs a shift an ad asks to cover; it draws up no rota."""
    line = "Ring round for cover when someone on the shift calls in sick."
    assert rota_term(duty("Draw up the weekly staff rota"), line) is None


@pytest.mark.parametrize("line", [
    "Dig out the dye cards when a customer sends back sheets for patchy colour, and find which "
    "vat and which step went wrong.",
    "When a buyer rings about a batch that is too dry, pull the kept sample and the mixing "
    "sheet and find out what went wrong.",
])
def test_a_complaint_investigated_is_what_went_wrong_found(line: str) -> None:
    from cvtailor.text.duties.checks import complaint_term

    req = duty("Investigate customer complaints with our quality coordinator")
    assert complaint_term(req, line) == "customer complaints"
    # handled is not investigated: an ad that asks the complaints handled is not shown by
    # digging out the cards
    assert complaint_term(duty("Handle customer complaints at the counter"), line) is None


def test_a_complaint_investigated_needs_what_went_wrong_found() -> None:
    from cvtailor.text.duties.checks import complaint_term

    req = duty("Investigate customer complaints with our quality coordinator")
    assert complaint_term(req, "Dig out the dye cards when a customer sends back sheets.") \
        is None


def test_a_near_miss_told_so_that_it_goes_in_the_book() -> None:
    req = duty("Report near misses the same day")
    assert incident_term(req, "Tell the foreman straight away when something nearly hurt "
                              "someone, so that it goes in the book.") == "near misses"


def test_upkeep_called_in_on_a_schedule_is_preventive_maintenance_arranged() -> None:
    line = "Call the service engineer every six months to change the filters and test the hoods."
    assert upkeep_term(duty("Arrange preventive maintenance of the hoods and autoclaves"),
                       line) == "preventive maintenance"
    # an ad that asks the upkeep done, not arranged
    assert upkeep_term(duty("Carry out preventive maintenance of the hoods"), line) is None
    # called in when something broke
    assert upkeep_term(duty("Arrange preventive maintenance of the hoods and autoclaves"),
                       "Call the service engineer when a hood fails.") is None


@pytest.mark.parametrize(("line", "term"), [
    ("Sign the fitters' papers before they open a pump or go into a tank, after checking that "
     "the valves are closed and padlocked.", "work permits"),
    # no work let begin
    ("Sign the delivery papers after checking that the valves are closed.", None),
    # nothing made safe first
    ("Sign the fitters' papers before they start in the morning.", None),
    # someone else's permit
    ("Worked under a permit when going into the tank after the valves were closed.", None),
])
def test_papers_signed_once_the_plant_is_made_safe_are_work_permits(line: str,
                                                                   term: str | None) -> None:
    from cvtailor.text.duties.permits import permit_term

    assert permit_term(duty("Issue work permits to mechanics and contractors"), line) == term


def test_people_after_new_or_junior_named_as_at_the_start() -> None:
    """"junior team members", "new crew members": a word for people any workplace takes on
    names them, whatever follows ("members" alone would be a club's)."""
    line = "Showed 3 new starters how to book trades and sat with them for their first NAVs."
    assert taught_term(duty("Train junior team members"), line) == "training junior team members"
    assert taught_term(duty("Train and supervise new crew members"),
                       "Show the backpackers we take on each summer how to tie off wire.") \
        == "supervise new crew members"


def test_an_area_that_falls_behind_is_no_incident() -> None:
    """"move people when one area falls behind": no fall written up, so no deviation."""
    req = duty("Record deviations and near misses in the quality system")
    assert incident_term(req, "Write up on the board at the start of each turn who works the "
                              "egg room, and move people when one area falls behind.") is None
    assert incident_term(req, "Write up every fall and spill in the accident book.") \
        is not None


# Pass 75: duties read further

@pytest.mark.parametrize(("line", "term"), [
    ("Check every finished jug on the light box for seeds and chips and set the seconds "
     "aside.", "quality checks"),
    ("Taste every vat before it is bottled and send back any that is off.", "quality checks"),
    ("Hold the first and every tenth leg of a series against the drawing and stop the run "
     "when one is out.", "quality checks"),
    ("Pull jars off the filler at the start of each run and every hour after, to weigh them "
     "and check the lids.", "quality checks"),
    # no check of what is made: a machine's care on a round
    ("Check the oil on every press every hour.", None),
    # sampled, but on no round through the run and nothing held back
    ("Pull a jar off the filler when the buyer asks for one.", None),
    # held against nothing
    ("Hold every door while the fitter hangs it.", None),
])
def test_checks_by_the_senses_against_a_pattern_or_through_the_run(line: str,
                                                                   term: str | None) -> None:
    from cvtailor.text.duties.checks import quality_term

    assert quality_term(duty("Carry out quality checks on the bottling line"), line) == term


@pytest.mark.parametrize(("line", "term"), [
    ("True the wheels, change the belts and grease the spindles of our six lathes, and call "
     "the fitter when a motor goes.", "preventive maintenance"),
    ("Grease the pumps and change the seals on the filter housings.", "preventive maintenance"),
    # greasing alone: one act
    ("Grease the hinges of the oven doors.", None),
    # two acts, no greasing: a repair may be both
    ("Change the belts and replace the bearings when the motor goes.", None),
    # someone else's
    ("Watched the fitter grease the pumps and change the seals.", None),
])
def test_greasing_among_the_hand_s_upkeep_is_routine_upkeep(line: str,
                                                            term: str | None) -> None:
    assert upkeep_term(duty(PM), line) == term


@pytest.mark.parametrize(("line", "term"), [
    ("Walk the relieving crew through my night: what tripped and what is still open.",
     "shift handover"),
    ("Write up in the logbook what each tank is doing and talk it through with whoever comes "
     "in next.", "shift handover"),
    ("Talk it through with whoever comes in next week about the budget.", None),
])
def test_those_who_relieve_the_person_take_over(line: str, term: str | None) -> None:
    # (next week's visitor comes on no shift)
    assert handover_term(duty("Lead the shift handover with the incoming team"), line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    ("You will order wheels, polishing powders and other consumables",
     "Count the wheels, felt pads and cerium oxide on Fridays and tell the buyer what to order.",
     "consumables"),
    ("Manage stocks of raw materials and additives",
     "Count the must in the reception tanks every Friday and tell the buyer what we will need.",
     "stocks of raw materials"),
    ("Manage our timber stock and tell us when to buy",
     "Keep the oak boards drying in the loft and tell the owner when a stack is running short.",
     "timber stock"),
    # counting alone
    ("You will order wheels, polishing powders and other consumables",
     "Count the wheels and felt pads on Fridays.", None),
    # kept, but nothing said of it running short
    ("Manage our timber stock and tell us when to buy",
     "Keep the oak boards drying in the loft and tell the owner when they are dry.", None),
])
def test_stock_named_in_a_list_or_as_a_class_and_running_short_told(
        text: str, line: str, term: str | None) -> None:
    from cvtailor.text.duties.stock import stock_term

    assert stock_term(duty(text), line) == term


@pytest.mark.parametrize(("line", "term"), [
    ("Tell the two others on my shift which kiln to unload first and who covers the sorting "
     "table.", "production schedule"),
    ("Sort the order tickets every Monday and decide which press and which of the four of us "
     "takes each one.", "production schedule"),
    ("Chalk up on the board each Monday which frames, panels and repairs each of us is on.",
     "production schedule"),
    # told, but no one put anywhere
    ("Tell the two others on my shift when the kiln is hot.", None),
    # what the work is, not who does it
    ("Chalk up on the board which frames are due on Friday.", None),
])
def test_work_told_or_sorted_to_each_of_us_is_the_schedule(line: str, term: str | None) -> None:
    text = "Draw up the weekly production schedule for the workshop"
    assert rota_term(duty(text), line) == term


@pytest.mark.parametrize(("line", "term"), [
    ("Write up every mix-up, lost tube or thawed box in the incident log.", "deviations"),
    ("Log every labelling mistake in the deviation book before the end of the day.",
     "deviations"),
    ("Write up the day's samples in the log.", None),  # nothing went wrong
])
def test_a_mix_up_or_a_mistake_written_up_is_a_deviation(line: str, term: str | None) -> None:
    assert incident_term(duty("You will register and follow up deviations"), line) == term


@pytest.mark.parametrize(("line", "term"), [
    ("Rewrite our bench instructions when a method changes and get them signed off.",
     "standard operating procedures"),
    ("Follow the bench instructions for every extraction.", None),  # followed, not written
])
def test_the_workplace_s_own_instructions_written_are_its_procedures(line: str,
                                                                    term: str | None) -> None:
    from cvtailor.text.duties.procedures import procedure_term

    text = "Keep our standard operating procedures up to date"
    assert procedure_term(duty(text), line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    ("Ensure fire safety and keep escape routes clear",
     "Walk the hall before every concert to make sure the emergency exits are free and the "
     "extinguishers are in date.", "fire safety"),
    ("Ensure fire safety and keep escape routes clear",
     "Walk the hall before every concert and count the chairs.", None),  # no fire means
    ("Enforce lockout procedures before any work on equipment",
     "Padlock the isolator and hang my own tag before anyone opens a pump or a tank.",
     "lockout procedures"),
    ("Enforce lockout procedures before any work on equipment",
     "Padlock the gate at night.", None),  # no one's work made safe
    ("Enforce lockout procedures before any work on equipment",
     "Watched the fitter padlock the isolator before anyone opened the pump.", None),
])
def test_fire_means_kept_ready_and_lockout_for_others_work(text: str, line: str,
                                                          term: str | None) -> None:
    from cvtailor.text.duties.safety import safety_term

    assert safety_term(duty(text), line) == term


@pytest.mark.parametrize(("line", "term"), [
    ("Before the fitters open anything on the cells, go over on the spot with them what could "
     "go wrong, and stop the job if it does not add up.", "last minute risk analysis"),
    ("Go through the hazards with the crew before we start each lift.",
     "last minute risk analysis"),
    ("Go over the week's orders with the buyer before we start.", None),  # no hazard
    ("Read the risk assessment the manager wrote.", None),  # someone else's
])
def test_what_could_go_wrong_gone_over_before_the_job_is_a_risk_analysis(
        line: str, term: str | None) -> None:
    from cvtailor.text.duties.rounds import round_term

    req = duty("Make sure a last minute risk analysis (LMRA) is done before every job")
    assert round_term(req, line) == term


@pytest.mark.parametrize(("line", "term"), [
    ("Date every crate in the cold store and always take the oldest one out first.",
     "stock rotation"),
    ("Keep the oldest sacks at the front of the shelves and take off sale anything past its "
     "date.", "stock rotation"),
    ("Move the oldest lots down to the cellar first.", "stock rotation"),
    ("Date every crate in the cold store.", None),  # dated, nothing used first
    ("Watched the manager move the oldest lots first.", None),  # someone else's
])
def test_the_oldest_used_first_is_stock_rotation(line: str, term: str | None) -> None:
    from cvtailor.text.duties.stock import rotation_term

    assert rotation_term(duty("Organise stock rotation in the cold rooms"), line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    ("Report production figures to the plant manager every morning",
     "Tell the office at the end of my shift how many bales were pressed and how many kilos of "
     "seed went to the silo.", "production figures"),
    ("Report production figures to the plant manager every morning",
     "Note the cubic metres made and the minutes the line stood still for the morning meeting.",
     "production figures"),
    ("Prepare daily yield reports for management",
     "Write up in the shift book how many tonnes of beet went in and how many bags came out.",
     "yield reports"),
    # a yield needs what went in and what came out
    ("Prepare daily yield reports for management",
     "Write up in the shift book how many bags came out.", None),
    # no amount made
    ("Report production figures to the plant manager every morning",
     "Tell the office when the line stops.", None),
])
def test_the_amounts_made_reported_are_the_production_figures(text: str, line: str,
                                                              term: str | None) -> None:
    from cvtailor.text.duties.logs import figures_term

    assert figures_term(duty(text), line) == term


@pytest.mark.parametrize(("line", "term"), [
    ("Write down each tank's head count, feed used and losses in the farm notebook every "
     "evening.", "stock records"),
    ("Keep the cellar book up to date: what every barrel holds and how much is left.",
     "stock records"),
    ("Write the day's deliveries in the book.", None),  # nothing held counted
])
def test_what_is_held_written_in_the_book_is_the_stock_record(line: str,
                                                              term: str | None) -> None:
    from cvtailor.text.duties.logs import log_term

    assert log_term(duty("Keep the stock records up to date"), line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    ("Raise work orders for the maintenance department",
     "Write up leaks, noisy bearings and worn rollers on the repair board for the fitters.",
     "work orders"),
    ("Log maintenance requests for the day fitter",
     "Put every broken guard and leaking valve in the maintenance book for the day fitter.",
     "maintenance requests"),
    # mended by the person: no order raised
    ("Raise work orders for the maintenance department",
     "Fix leaks and worn belts myself before the fitters come in.", None),
    # an ad that asks work orders completed, not raised
    ("Complete work orders in the CMMS", "Write up leaks for the fitters.", None),
])
def test_faults_written_up_for_whoever_mends_them_are_work_orders_raised(
        text: str, line: str, term: str | None) -> None:
    from cvtailor.text.duties.repairs import repair_term

    assert repair_term(duty(text), line) == term


@pytest.mark.parametrize(("line", "term"), [
    ("Get the crew to sweep up the sawdust every two hours so the floors stay clean.",
     "housekeeping"),
    ("Sweep the walkways and clear the offcuts before the next shift comes in.",
     "housekeeping"),
    ("Clean the presses at the end of every shift.", None),  # a machine cleaned
    ("Watched the cleaners sweep the floors.", None),  # someone else's
])
def test_the_floors_kept_clean_are_good_housekeeping(line: str, term: str | None) -> None:
    from cvtailor.text.duties.safety import housekeeping_term

    assert housekeeping_term(duty("Keep good housekeeping on the mill floors"), line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    ("Write and review risk assessments for events",
     "Wrote up the hazards and controls for our new climbing wall before its first session.",
     "risk assessments"),
    ("Lead risk assessments (FMEA) with engineering",
     "Scored each way a new filling line could fail by severity, likelihood and detection.",
     "risk assessments"),
    ("Write and review risk assessments for events",
     "Wrote up the timetable for our new climbing wall.", None),  # no hazard
    ("Write and review risk assessments for events",
     "Wrote up the hazards of the climbing wall.", None),  # no control
])
def test_hazards_written_with_their_controls_are_a_risk_assessment(text: str, line: str,
                                                                   term: str | None) -> None:
    from cvtailor.text.duties.rounds import round_term

    assert round_term(duty(text), line) == term


@pytest.mark.parametrize(("line", "term"), [
    ("Read through the junior surveyors' site sheets before they are sent out and hand them "
     "back when a photo is missing.", "inspection reports"),
    ("Go over the other inspectors' reports at the end of each shift and send back any defect "
     "graded too soft.", "inspection reports"),
    ("Read back over my own sheets at the end of each shift.", None),  # one's own
    ("Read through the other inspectors' reports.", None),  # nothing sent back or signed
])
def test_others_reports_read_and_sent_back_are_reviewed(line: str, term: str | None) -> None:
    from cvtailor.text.duties.checks import review_term

    req = duty("Review and sign off inspection reports before they go to the client")
    assert review_term(req, line) == term


@pytest.mark.parametrize(("line", "term"), [
    ("Work out each evening how many loaves of each kind to bake tomorrow from what sold "
     "today.", "production plan"),
    ("Bake 300 loaves a day.", None),  # an output, no plan
])
def test_how_much_to_make_worked_out_is_the_production_plan(line: str,
                                                           term: str | None) -> None:
    from cvtailor.text.duties.targets import target_term

    assert target_term(duty("Draw up the daily production plan for the bakery"), line) == term


def test_work_orders_raised_in_a_system_are_left_to_be_asked() -> None:
    """"Create maintenance notifications in SAP PM": the system is the person's to claim."""
    from cvtailor.text.duties.repairs import repair_term

    line = "Write up leaks and worn rollers on the repair board for the fitters."
    assert repair_term(duty("Create maintenance notifications in SAP PM"), line) is None
    assert repair_term(duty("Create maintenance notifications for the fitters"), line) \
        == "maintenance notifications"


def test_work_told_to_others_than_the_crew_is_no_rota() -> None:
    """"Tell the office which ...": told of the plan, not put on it."""
    text = "Draw up the weekly production schedule for the workshop"
    assert rota_term(duty(text), "Tell the office which orders are late and who rang.") is None
    assert rota_term(duty(text), "Tell the two others on my shift which kiln to unload and who "
                                 "covers the sorting table.") == "production schedule"


def test_figures_kept_in_a_system_are_left_to_be_asked() -> None:
    from cvtailor.text.duties.logs import figures_term

    line = "Tell the office at the end of my shift how many sacks were filled."
    assert figures_term(duty("Enter production figures in SAP every shift"), line) is None
    assert figures_term(duty("Report production figures every shift"), line) \
        == "production figures"


@pytest.mark.parametrize(("line", "term"), [
    ("Answer the growers' questions on their contracts and payments by email and phone.",
     "customer enquiries"),
    ("Answer riders who ring or email about saddles and fitting, and talk them through it.",
     "customer enquiries"),
    ("Answer the phone and take messages for the owner.", None),  # no one's question
    ("Passed the growers' questions on to the office.", None),  # someone else answers
])
def test_questions_answered_are_enquiries_dealt_with(line: str, term: str | None) -> None:
    from cvtailor.text.duties.checks import enquiry_term

    req = duty("Deal with customer enquiries by phone, email and in our shop")
    assert enquiry_term(req, line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    ("Lead our scaffolding gangs, setting daily priorities",
     "Chargehand on a crew of 4, setting out each day's work.", "scaffolding gangs"),
    ("Lead a field crew", "Stood in for the party chief two days a week, planning the day's "
     "work and running the 2-person crew.", "field crew"),
    ("You'll lead a stage management team of ASMs and casual crew",
     "Run a backstage team of 2 assistants and 4 casual crew.", "stage management team"),
    ("Lead a field crew", "Worked in a crew of 4 on the bypass.", None),  # worked in, not led
    ("Lead a field crew", "Run the total station for the crew.", None),  # no team of a size
])
def test_a_team_of_a_size_run_is_the_ad_s_team_led(text: str, line: str,
                                                     term: str | None) -> None:
    from cvtailor.text.duties.teams import team_term

    assert team_term(duty(text), line) == term


def test_crew_assignments_are_a_rota() -> None:
    line = "Sort out each evening which of the six of us goes to which berth."
    assert rota_term(duty("Plan crew assignments for each vessel shift"), line) \
        == "crew assignments"


@pytest.mark.parametrize(("text", "line", "term"), [
    ("Prepare costings for quotations together with the office",
     "Tell the office how many minutes a chair leg takes and how many metres of ash a job "
     "needs, so they can price it.", "costings"),
    ("Prepare written quotations for repairs",
     "Work out the hours and parts a repair will take and write the price on the slip.",
     "written quotations"),
    ("Prepare cost estimates for the owner's quotations",
     "Price the parts and the hours for a new gate so that the office can send a fixed price.",
     "cost estimates"),
    # the materials worked out, but for no price
    ("Prepare cost estimates for the owner's quotations",
     "Work out how many bundles and metres of wire the job will take.", None),
    # someone else's estimate
    ("Prepare cost estimates for the owner's quotations",
     "Helped the owner price the parts and the hours for a new gate.", None),
])
def test_what_a_job_takes_worked_out_for_its_price_is_the_estimate(text: str, line: str,
                                                                   term: str | None) -> None:
    from cvtailor.text.duties.estimates import estimate_term

    assert estimate_term(duty(text), line) == term


@pytest.mark.parametrize(("line", "term"), [
    ("Call out the plant fitters when a door seal or a fan fails and tell them which kiln can "
     "wait.", "maintenance department"),
    ("Call the mill fitters to the stand and agree with them how long the line will stop.",
     "maintenance department"),
    ("Call the fitters in for the Friday meeting.", None),  # no fault
    ("Fix the door seals myself when they fail.", None),  # nobody called in
])
def test_the_maintenance_people_called_in_to_a_fault(line: str, term: str | None) -> None:
    from cvtailor.text.duties.repairs import maintenance_term

    req = duty("Coordinate repairs with the maintenance department")
    assert maintenance_term(req, line) == term


# The seventy-sixth pass: duties read further, and three new readers.

@pytest.mark.parametrize(("text", "line", "term"), [
    ("Plan the crew's workload week by week",
     "Sit down with the site manager on Thursdays to decide which of us goes to which job "
     "next week.", "workload"),
    ("Draw up the shift rota",
     "Write on the whiteboard before each shift who stands on which press and who packs.",
     "shift rota"),
    ("Organise the team's weekly schedule across sites",
     "Decide on Sunday which van and which man go to which site.", "schedule"),
    ("Draw up the shift rota",
     "Go through the order list each morning with the planner and decide who of the three of "
     "us takes which mould.", "shift rota"),
    # a board written, but nobody put anywhere
    ("Draw up the shift rota", "Write on the whiteboard which orders are late.", None),
    # sat down to decide, but about things, not people
    ("Plan the crew's workload week by week",
     "Sit down with the site manager on Thursdays to decide which materials to order.", None),
])
def test_who_goes_where_decided_in_more_words_is_the_rota(text: str, line: str,
                                                          term: str | None) -> None:
    assert rota_term(duty(text), line) == term


@pytest.mark.parametrize(("line", "term"), [
    ("Walk each field before we start and point out overhead lines, ditches and soft ground "
     "to the crew.", "risk assessments"),
    ("Walk every yard before we start, look for buried cables and open trenches.",
     "risk assessments"),
    ("Walk each field before we start and count the trees to be felled.", None),  # no hazard
    ("Walk each field after we finish and point out the overhead lines.", None),  # not before
    ("Joined the manager on a walk of each field before we start, looking for buried cables.",
     None),  # not the person's own walk
])
def test_a_site_walked_before_work_for_hazards_is_a_risk_assessment(line: str,
                                                                    term: str | None) -> None:
    from cvtailor.text.duties.rounds import round_term

    assert round_term(duty("Carry out risk assessments before every job"), line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    ("Enforce the wearing of PPE on site",
     "Check every morning that everyone has boots, gloves and a helmet before the rig starts.",
     "PPE"),
    ("Drive workplace safety in the joinery",
     "Check each morning that the guards are on the saws before anyone starts.",
     "workplace safety"),
    ("Enforce safe working in confined spaces such as tanks and silos",
     "Make sure nobody goes into a tank without a harness and a gas detector.",
     "confined spaces"),
    # a rule for the place, but not for going into one
    ("Enforce safe working in confined spaces such as tanks and silos",
     "Make sure everyone wears a harness on the silo roof.", None),
    # one's own gear
    ("Enforce the wearing of PPE on site", "Wear boots, gloves and a helmet every morning.",
     None),
])
def test_rules_kept_by_others_in_more_words(text: str, line: str, term: str | None) -> None:
    from cvtailor.text.duties.safety import safety_term

    assert safety_term(duty(text), line) == term


@pytest.mark.parametrize(("line", "term"), [
    ("Go through the day's risks with the crew in the cabin every Monday before work starts.",
     "toolbox talks"),
    ("Go through the day's risks on my own every Monday.", None),  # with nobody
])
def test_risks_gone_through_with_the_crew_is_a_toolbox_talk(line: str,
                                                            term: str | None) -> None:
    assert toolbox_term(duty("Lead toolbox talks at the start of every shift"), line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    ("Keep the pile records for the site engineer",
     "Write down the depth and the concrete poured for every pile in the book in the cab.",
     "pile records"),
    ("Keep daily progress records for each contract",
     "Note the metres fenced each day in a notebook for the boss.", "progress records"),
    # the thing named, but not each of them written
    ("Keep the pile records for the site engineer",
     "Write down the day's deliveries in the book in the cab.", None),
])
def test_the_records_of_what_the_work_makes(text: str, line: str, term: str | None) -> None:
    from cvtailor.text.duties.logs import log_term

    assert log_term(duty(text), line) == term


@pytest.mark.parametrize(("line", "term"), [
    ("Teach our three Lehrlinge how to set the rollers and judge the malt.", "apprentices"),
    ("Teach the Azubis how to take a sample.", "apprentices"),
    ("Teach the customers how to judge the malt.", None),
])
def test_apprentices_named_in_the_country_s_own_word(line: str, term: str | None) -> None:
    assert taught_term(duty("Train our apprentices"), line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    ("Lead a drilling crew of 3 to 5 operatives",
     "Run the site with our two labourers and the driller whenever the foreman is away.",
     "drilling crew"),
    ("Lead a drilling crew of 3 to 5 operatives",
     "Take charge of the rig and the 3 helpers on the night shift.", "drilling crew"),
    ("Lead a drilling crew of 3 to 5 operatives",
     "Run the site with our two machines and the compressor.", None),  # no people
    ("Lead a drilling crew of 3 to 5 operatives",
     "Worked with our two labourers and the driller.", None),  # not led
])
def test_a_team_led_named_by_its_people_counted(text: str, line: str, term: str | None) -> None:
    from cvtailor.text.duties.teams import team_term

    assert team_term(duty(text), line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    ("Support customer and certification audits",
     "Walk the certification body's inspectors round the bakery and show them the cleaning "
     "records.", "certification audits"),
    ("Get the pool ready for the yearly safety audits",
     "Walked the assessor around the pool during our yearly inspection.", "safety audits"),
    # the person audits others: no outside audit hosted
    ("Carry out hygiene audits of the kitchens",
     "Walk the inspectors round the kitchens.", None),
    ("Support customer and certification audits",
     "Walk the new starters round the bakery.", None),  # no inspectors
])
def test_the_inspectors_walked_round_for_an_outside_audit(text: str, line: str,
                                                          term: str | None) -> None:
    from cvtailor.text.duties.audits import auditor_term

    assert auditor_term(duty(text), line) == term


@pytest.mark.parametrize(("line", "term"), [
    ("Go through the drawings of the two junior surveyors line by line and send them back with "
     "my notes.", "quality review"),
    ("Go through my own drawings line by line before they go out.", None),
])
def test_others_work_sent_back_is_the_quality_review(line: str, term: str | None) -> None:
    from cvtailor.text.duties.checks import review_term

    req = duty("Carry out a quality review of every survey before it is signed")
    assert review_term(req, line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    ("Keep the measuring equipment calibrated",
     "Send the moisture meters and the scales for their yearly check at the lab and keep the "
     "certificates.", "measuring equipment"),
    ("Keep our test equipment within its verification dates",
     "Check the torque wrenches against the reference standard every month.", "test equipment"),
    ("Keep the equipment calibration programme up to date",
     "Check the balances against reference weights each Monday.", "equipment calibration"),
    # sent in, but for a service, and nothing kept to prove it
    ("Keep the measuring equipment calibrated",
     "Send the scales to the workshop when they break.", None),
    # the instruments used, not kept true
    ("Keep the measuring equipment calibrated", "Check the moisture of every load.", None),
    # calibration of what the work makes, not of equipment
    ("Carry out quality checks on every calibration file",
     "Check the torque wrenches against the reference standard every month.", None),
])
def test_equipment_kept_calibrated(text: str, line: str, term: str | None) -> None:
    from cvtailor.text.duties.calibration import calibration_term

    assert calibration_term(duty(text), line) == term


@pytest.mark.parametrize(("line", "term"), [
    ("Count every shelf with the staff at the end of March and September and chase up the "
     "differences.", "stocktaking"),
    ("Count all the racks against the stock list at the end of each quarter.", "stocktaking"),
    ("Count the delivery against the note.", None),  # one delivery
    ("Helped count every shelf at the end of March.", None),  # not the person's own count
])
def test_the_whole_store_counted_is_the_stocktaking(line: str, term: str | None) -> None:
    from cvtailor.text.duties.stock import stocktake_term

    assert stocktake_term(duty("Carry out the stocktaking twice a year"), line) == term


@pytest.mark.parametrize(("line", "term"), [
    ("Replace worn blades and belts on the slicers myself and call the fitters only for "
     "electrical faults.", "first-line maintenance"),
    ("Change broken guides on the packers myself.", "first-line maintenance"),
    ("Call the fitters when a belt is worn.", None),  # not mended by the person
    ("Change the blades on the slicers every shift.", None),  # nothing worn or broken
])
def test_worn_parts_changed_by_one_s_own_hand_is_first_line_maintenance(
        line: str, term: str | None) -> None:
    from cvtailor.text.duties.repairs import first_line_term

    req = duty("Carry out first-line maintenance on the slicers")
    assert first_line_term(req, line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    ("Enforce chemical safety in the dye house",
     "See that everyone wears goggles and gloves before any drum is opened.", "chemical safety"),
    ("Enforce the factory's safety rules in every shed",
     "Send anyone home who comes to the shed with a lighter in a pocket.", "safety rules"),
    ("Enforce workshop safety at every bench",
     "Keep the blades sheathed and the guards down, and make sure the apprentices do the same.",
     "workshop safety"),
    ("Enforce biosecurity rules in the hatchery",
     "Make everyone change into clean coats and overshoes at the door.", "biosecurity rules"),
    ("All year round you will make sure the crew follows safe working practices",
     "Remind the crew each morning to wear boots with a good grip.", "safe working practices"),
    # one's own gear kept, nobody else's
    ("Enforce workshop safety at every bench", "Keep my blades sheathed and the guards down.",
     None),
    # sent home, but for no rule
    ("Enforce the factory's safety rules in every shed", "Send the boys home early on Fridays.",
     None),
])
def test_rules_kept_by_everyone_in_other_words(text: str, line: str, term: str | None) -> None:
    from cvtailor.text.duties.safety import safety_term

    assert safety_term(duty(text), line) == term


@pytest.mark.parametrize(("line", "term"), [
    ("Disinfect boots, crates and buckets between farms.", "biosecurity"),
    ("Change overalls and scrub my boots before I leave a farm.", "biosecurity"),
    ("Scrub the boots every evening.", None),  # no farm left
    ("Drive between farms with the feed samples.", None),  # nothing cleaned
])
def test_what_is_cleaned_between_farms_is_biosecurity(line: str, term: str | None) -> None:
    from cvtailor.text.duties.infection import infection_term

    assert infection_term(duty("Ensure biosecurity on every farm we visit"), line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    ("Train novice pickers in safe ladder work",
     "Show the young lads in their first season how to set a ladder in a tree.",
     "Train novice pickers"),
    ("Mentor graduate surveyors and field assistants",
     "Showed 2 new graduates how to level a site, then checked their books for a month.",
     "Mentor graduate surveyors"),
    ("You will induct new guides, deal with guest complaints calmly and fairly",
     "Take new hires along on their first 10 walks and let them lead the group while I watch.",
     "induct new guides"),
    ("Supervise, train and support junior staff in the accounts team",
     "Show the new clerks how to match receipts and check their work in their first months.",
     "support junior staff"),
    ("Off the floor, you will run the induction of new seasonal staff on hygiene",
     "Show the men hired for each season where to wash their hands.", "seasonal staff"),
    ("Precept new theatre technicians and students",
     "Paired with 4 new hires for their first weeks, letting them work alongside me.",
     "Precept new theatre technicians and students"),
    # volunteers, taught nothing
    ("You will train volunteer presenters in studio operation",
     "Show the presenters the studio rota.", None),
])
def test_people_taken_on_named_in_more_ways(text: str, line: str, term: str | None) -> None:
    assert taught_term(duty(text), line) == term


def test_an_ad_that_asks_only_to_work_on_the_rota_is_no_rota_drawn_up() -> None:
    line = "Decide with the others at the start of every night who runs the kiln and who packs."
    assert rota_term(duty("Draw up the shift rota"), line) == "shift rota"
    assert rota_term(duty("Willingness to work three shifts, including weekends on the rota"),
                     line) is None


@pytest.mark.parametrize(("text", "term"), [
    ("Keep the daily site diary", "site diary"),
    ("Keep the daily site diary and the crew's hours in Capmo", None),  # a tool the line lacks
    ("Keep the daily site diary in the site management software", None),
])
def test_records_kept_in_a_tool_the_line_does_not_name_are_asked(text: str,
                                                                 term: str | None) -> None:
    from cvtailor.text.duties.logs import log_term

    line = "Write down the pours, the deliveries and the weather in the site book every day."
    assert log_term(duty(text), line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    ("Be the main point of contact for landholders on site",
     "Talk with the farmer each morning about which gates stay shut.",
     "main point of contact for landholders"),
    ("You will be our link to main contractors on site",
     "Sit in on the builders' site meetings and agree when our ducts go up.",
     "link to main contractors"),
    ("Liaise with yacht captains and our project managers on progress",
     "Walk the skipper round the deck each evening and agree any change.", "yacht captains"),
    ("Handle client liaison with the mills' timber buyers",
     "Ring the buyers' office when a load is short and agree what to do with it.",
     "client liaison"),
    ("Act as the point of reference for the festival committees from the first meeting",
     "Meet the committee president every afternoon and settle any change to the times.",
     "point of reference for festival committees"),
    # other people than the ad's
    ("Be the main point of contact for landholders on site",
     "Talk with the site manager each morning about the deliveries.", None),
    # the people named, but nothing agreed with them
    ("Be the main point of contact for landholders on site",
     "Drove past the farmer's house each morning.", None),
])
def test_the_people_outside_the_team_dealt_with_is_their_contact(text: str, line: str,
                                                                 term: str | None) -> None:
    from cvtailor.text.duties.liaison import liaison_term

    assert liaison_term(duty(text), line) == term


def test_a_no_to_another_term_keeps_the_duty_a_reader_read() -> None:
    """"Train novice strippers in safe axe technique": the training line is read as "Train
    novice strippers"; the interview asks whether it also shows the safe axe technique, as the
    requirement's second term, so a "no" keeps the training the auto-approved CV already
    shows (it declined the whole requirement before, and the training was lost)."""
    from cvtailor.engines.offline.cv_parser import parse_cv_text
    from cvtailor.models import Answer, Question
    from cvtailor.research.interview import apply_answers
    from cvtailor.session import analyze

    cv = ("# Rui Marques\n\n## Experience\n\n**Cork Stripper**, Corticas do Sul, Alentejo\n"
          "May 2015 – Present\n\n- Show the young lads in their first seasons how to open the "
          "cut and lever off the plank.\n- Strip amadia with the axe on hillside estates.\n")
    jd = ("Cork Harvest Foreman\nCorticas Serra, Algarve\n\nThe role\n"
          "- Train novice strippers in safe axe technique\n")
    [question] = analyze(cv, jd, semantic=False)["questions"]
    assert (question["kind"], question["term"]) == ("confirm", "safe axe technique")
    assert question["id"].endswith("-also"), question
    job = parse_jd_text(jd, VOCAB)
    outcome = apply_answers(parse_cv_text(cv, "markdown"), job, [Question(**question)],
                            [Answer(question_id=question["id"], text="no")])
    assert outcome.declined == []


@pytest.mark.parametrize(("text", "line", "term"), [
    # an ad in the present tense
    ("You manage stock levels of felt, straw and trimmings",
     "Count the hoods, cones and ribbon rolls on the shelves at the end of each month and ring "
     "the felt works when we run short.", "stock levels"),
    ("You make sure everyone follows the safety rules for steam, solvents and hot irons",
     "Make sure nobody stiffens a hat without gloves and the extractor on.", "safety rules"),
    # ... or as the role it is done as
    ("As head of the workshop you prepare cost calculations for orders from bands and clubs",
     "Work out what a club order of 40 hats will cost in felt, trimmings and bench hours, so "
     "the owner can quote.", "cost calculations"),
    ("As workshop lead you will draw up the production schedule each week",
     "Go through the order book with the owner on Monday mornings and decide which of the "
     "three of us weaves what that week.", "production schedule"),
    # experience asked for, no duty
    ("You have experience managing stock levels of felt, straw and trimmings",
     "Count the hoods, cones and ribbon rolls on the shelves at the end of each month and ring "
     "the felt works when we run short.", None),
])
def test_an_ad_s_duty_in_the_present_tense_or_as_its_role(text: str, line: str,
                                                          term: str | None) -> None:
    assert read_duty(duty(text), line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    ("Keep an eye on stock levels of willow, rattan and leather fittings",
     "Keep a tally of the bundles in the drying barn and of the leather straps, and ring our "
     "grower when a length runs short.", "stock levels"),
    ("Manage the stock of lamps and consumables",
     "Keep a spare lamp, fuses and lens tissue in the booth cupboard and reorder them from the "
     "supplier before we run low.", "consumables"),
    # spares kept, nothing reordered
    ("Manage the stock of lamps and consumables",
     "Keep a spare lamp in the booth cupboard.", None),
])
def test_stock_kept_count_of_or_kept_in_spares(text: str, line: str, term: str | None) -> None:
    from cvtailor.text.duties.stock import stock_term

    assert stock_term(duty(text), line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    ("Allocate tasks to the operators on your shift",
     "Decide at the start of each night who takes the diffusion, who takes the dryers and who "
     "does the rounds.", "Allocate tasks"),
    ("Plan the daily deployment of your crew and vehicles",
     "Sort out each evening which two of us go to which site the next morning and who takes "
     "the pump truck.", "daily deployment"),
    ("Draw up the weekly production schedule",
     "Decide which of the three of us weaves what that week.", "production schedule"),
    # which machine does which work, nobody put on it
    ("Allocate tasks to the operators on your shift",
     "Decide which of the two kilns fires what each week.", None),
])
def test_tasks_allocated_and_a_crew_deployed(text: str, line: str, term: str | None) -> None:
    assert rota_term(duty(text), line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    ("Enforce occupational safety rules and lock-out procedures",
     "Stop anyone who reaches into the card or a loom before the line is locked off, and test "
     "the guards at the start of each shift.", "occupational safety rules"),
    ("Make sure the team follows the site rules and wears its protective equipment",
     "Make everyone in the bay wear safety shoes and glasses.", "protective equipment"),
    ("Make sure everyone follows the safety rules for solvents",
     "Keep the solvent tins in the fire cabinet and make sure the extractor is on whenever "
     "anyone cleans a hat.", "safety rules"),
    # the lockout the ad asks applied, whatever its verb
    ("Apply lock-out/tag-out before any intervention on the installations",
     "Put my own padlock and tag on the isolator before the fitters open a pump or a valve.",
     "lock-out/tag-out"),
    # the line stopped, nobody kept to a rule; one's own gear worn
    ("Enforce occupational safety rules and lock-out procedures",
     "Stop the line when a roll tears and rethread it.", None),
    ("Make sure the team follows the site rules and wears its protective equipment",
     "Wear safety shoes and glasses in the bay.", None),
])
def test_rules_kept_by_others_in_more_ways(text: str, line: str, term: str | None) -> None:
    from cvtailor.text.duties.safety import safety_term

    assert safety_term(duty(text), line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    ("Carry out first-level maintenance on pumps, valves and filters",
     "Change pump seals and tighten leaking flanges myself before calling the fitters.",
     "first-level maintenance"),
    ("Calculate material quantities from drawings and measurements",
     "Work out from the floor plan how many tonnes of sand and bags of cement a job needs.",
     "material quantities"),
    # what was used, worked out for no job
    ("Calculate material quantities from drawings and measurements",
     "Work out how many tonnes of sand we used last year.", None),
    ("Carry out root cause analysis of customer complaints",
     "When a customer sends back a roll with thin spots, go back through the hourly samples to "
     "find out what went wrong, and write it up for the quality office.", "root cause analysis"),
    # a complaint written up, no cause found
    ("Carry out root cause analysis of customer complaints",
     "Write up every complaint for the quality office.", None),
    ("Record downtime, scrap and output in the shift report",
     "Write every stop of the line in the shift book: how long it lasted and why.", "downtime"),
    # the measure said already, or the log the duty: the record is the term
    ("Record downtime and output in the shift report",
     "Write every stop of the line and its downtime in the shift book.", "shift report"),
    ("Keep the shift log with tonnages and breakdowns",
     "Write up the pallets made and the stoppages in the line book.", "shift log"),
])
def test_more_duties_in_other_words(text: str, line: str, term: str | None) -> None:
    assert read_duty(duty(text), line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    ("Order materials and manage reed stock at the yard",
     "Count the bundles left in the shed at the yard and ring the importer when we are down to "
     "the last few hundred.", "reed stock"),
    ("You will manage the spare parts inventory",
     "Keep a notebook of the fuses, connectors and cables we hold and tell the director before "
     "we run out.", "spare parts inventory"),
    ("Manage the retail stock in the gift shop",
     "Count the books, tea towels and blankets in the shop each month and reorder the best "
     "sellers from local makers.", "retail stock"),
    ("Monitor raw material stocks in the silos and report shortages to purchasing",
     "Check the levels in the grain and soya meal silos at the start of every night and ring "
     "the buyer when anything will not last until morning.", "raw material stocks"),
    # ordered for the next job, nothing running short
    ("Manage the retail stock in the gift shop",
     "Count the books in the shop each month and order more for the Christmas fair.", None),
])
def test_stock_running_short_said_in_more_ways(text: str, line: str, term: str | None) -> None:
    from cvtailor.text.duties.stock import stock_term

    assert stock_term(duty(text), line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    ("Make daily work assignments for a crew of 22",
     "Write up the morning job board for 14 crew members before the first tee time.",
     "work assignments"),
    ("Make daily room assignments for the surgical technologists",
     "Match techs to rooms each morning on the OR board.", "room assignments"),
    ("Make patient assignments for the technicians on your shift",
     "Split the chairs between the techs at the start of each shift.", "patient assignments"),
    # work split among machines, a colour matched, a board written for no one
    ("Make daily work assignments for a crew of 22",
     "Split the logs between the two kilns.", None),
    ("Make daily work assignments for a crew of 22", "Match the paint to the sample card.",
     None),
    ("Make daily work assignments for a crew of 22", "Write up the job board for the week.",
     None),
])
def test_work_split_among_people_or_people_matched_to_it(text: str, line: str,
                                                         term: str | None) -> None:
    assert rota_term(duty(text), line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    # one newcomer at a time
    ("Train and lead your team of seasonal assistants",
     "Showed each new helper in June how to set the tables and make up the bunks.",
     "seasonal assistants"),
    # learners from an institute
    ("Coach and assess trainee operators on the desk and in the field",
     "Teach the new graduates from the Higher Institute how to read the single-line diagram.",
     "Coach and assess trainee operators"),
    # a new patient is served, not taken on
    ("Train and lead your team of seasonal assistants",
     "Showed each new patient how to use the mask.", None),
])
def test_a_newcomer_named_one_at_a_time_or_from_an_institute(text: str, line: str,
                                                             term: str | None) -> None:
    assert taught_term(duty(text), line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    ("Carry out small repairs on the building and its equipment",
     "Fixed dripping taps, re-hung the dormitory doors and oiled the shutters.", "small repairs"),
    ("Carry out minor repairs to customers' garments",
     "Mend torn seams and replace zips on customers' jackets.", "minor repairs"),
    # repairs asked on the building: a hat mended is none of its parts
    ("Carry out small repairs on the building and its equipment",
     "Mended hats that customers brought in.", None),
    # reported, not fixed
    ("Carry out small repairs on the building and its equipment",
     "Reported dripping taps to the caretaker.", None),
    ("Write and update assembly instructions and checklists",
     "Write step-by-step notes with photos for the tool changer build.",
     "assembly instructions"),
])
def test_small_repairs_made_and_assembly_instructions_written(text: str, line: str,
                                                             term: str | None) -> None:
    assert read_duty(duty(text), line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    ("Prepare the laboratory for ESYD assessments and surveillance visits",
     "Get the quality manual, equipment files and certificates ready for the yearly visit of "
     "the national accreditation body.", "ESYD assessments"),
    ("Prepare the laboratory's records for MAPA audits",
     "Get the sample register and test sheets in order when the Ministry's inspectors come.",
     "MAPA audits"),
    # the person's own risk assessments are no outside audit; an internal audit neither
    ("Prepare risk assessments for every job",
     "Get the method statements ready for the client's visit.", None),
    ("Prepare the laboratory for internal audits",
     "Get the registers ready for the auditors' visit.", None),
])
def test_the_workplace_got_ready_for_an_outside_assessment(text: str, line: str,
                                                          term: str | None) -> None:
    from cvtailor.text.duties.audits import auditor_term

    assert auditor_term(duty(text), line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    ("Take part in proficiency testing with the other centres",
     "Assay the round-robin samples that the bureau sends to every centre twice a year and "
     "compare our results with theirs.", "proficiency testing"),
    ("Organise our participation in interlaboratory comparisons",
     "Test the same blind samples as the other labs in the yearly comparison and go over our "
     "results with the manager.", "interlaboratory comparisons"),
    # colleagues compared among themselves, no laboratory's samples
    ("Take part in proficiency testing with the other centres",
     "Score the same study as the other three technicians once a month and compare.", None),
])
def test_the_samples_every_laboratory_tests_are_proficiency_testing(text: str, line: str,
                                                                   term: str | None) -> None:
    from cvtailor.text.duties.proficiency import proficiency_term

    assert proficiency_term(duty(text), line) == term


def test_campaign_temps_are_taken_on_for_the_season() -> None:
    line = "Show the campaign temps how to read the diffusion screens and take a sample."
    term = taught_term(duty("Train new operators and campaign temporary workers"), line)
    assert term is not None and "new operators" in term


def test_the_rule_the_line_echoes_is_the_one_written() -> None:
    """Of the ad's rules, the one the line keeps by its own words ("the extractor") is written,
    before the ad's first ("safe working practices")."""
    from cvtailor.text.duties.safety import safety_term

    text = ("See to it that the dust extraction is running and that safe working practices are "
            "followed at every bench")
    line = "Make sure the extractor is running and masks are on whenever anyone sands."
    assert safety_term(duty(text), line) == "dust extraction"
    assert safety_term(duty(text), "Make sure everyone wears masks and gloves at the bench.") \
        == "safe working practices"


@pytest.mark.parametrize(("text", "line", "term"), [
    # quality checks made by eye, against a checklist, by going round each piece
    ("Carry out quality checks on every frame before it is delivered",
     "Spin every trued frame on the jig and sight along it for twist before it leaves the shop.",
     "quality checks"),
    ("Carry out in-process quality checks at every station",
     "Go round each caravan with the checklist before it moves on and mark any gap for rework.",
     "in-process quality checks"),
    ("Run quality assurance on every chart before it goes to print",
     "Read every proof against the style sheet before it goes to the printer.",
     "quality assurance"),
    # one's own walk round, no piece held back nor checked before it goes, is no check
    ("Carry out in-process quality checks at every station",
     "Go round the stations with the foreman at the start of the week.", None),
    ("Run quality assurance on every chart before it goes to print",
     "Read the printer's invoices against our orders.", None),
])
def test_quality_checks_by_eye_or_against_a_checklist(text: str, line: str,
                                                       term: str | None) -> None:
    assert read_duty(duty(text), line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    ("Enforce our safety rules in the yard and on the road",
     "Let nobody onto the loading bay without a hi-vis vest and safety boots.", "safety rules"),
    ("Be responsible for occupational safety in the workshop",
     "Make sure nobody runs the sander without goggles and that the extractor is on.",
     "occupational safety"),
    # letting nobody in for another reason keeps no safety rule
    ("Enforce our safety rules in the yard and on the road",
     "Let nobody into the office without an appointment.", None),
    # responsible for the workshop, not its safety: no rule of the ad's
    ("Be responsible for the hand tools and the grinding wheels",
     "Make sure nobody runs the sander without goggles.", None),
])
def test_nobody_let_in_unprotected_and_safety_an_ad_makes_yours(text: str, line: str,
                                                                 term: str | None) -> None:
    from cvtailor.text.duties.safety import safety_term

    assert safety_term(duty(text), line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    ("Carry out HSE rounds and follow up deviations",
     "Walk the whole mill each morning looking for leaks and loose guards, and note what I find.",
     "HSE rounds"),
    ("Lead root cause analyses after incidents",
     "Sit down with the shift engineer after a spill and dig out why it really happened, not "
     "just what broke, for the incident report.", "root cause analyses"),
    ("Lead troubleshooting on the line together with our fitter",
     "Track down why a conveyor has stopped and get the line running again, calling the fitter "
     "for the gearbox.", "troubleshooting"),
    ("Issue work permits for maintenance jobs",
     "Drain and lock out the tanks myself and sign the papers that let the welders open them.",
     "work permits"),
    ("Allocate tasks to your team at the start of each shift",
     "Tell each of the five on the line first thing which frames they start on.",
     "Allocate tasks"),
    ("Be the contact for parents about their children's progress",
     "Talk to the mums and dads after each swimming class about how their child is doing.",
     "contact for parents"),
    # a fault found and nothing done about it; papers signed with no one let in to work
    ("Lead troubleshooting on the line together with our fitter",
     "Track down why a conveyor has stopped and tell the manager.", None),
    ("Issue work permits for maintenance jobs",
     "Drain the tanks and sign the delivery notes.", None),
    ("Be the contact for parents about their children's progress",
     "Talk to the other coaches after each class about the timetable.", None),
])
def test_more_duties_read_in_the_words_of_a_plant_and_a_yard(text: str, line: str,
                                                             term: str | None) -> None:
    assert read_duty(duty(text), line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    ("Be in charge of production planning for the joinery",
     "Decide every Friday which window frames go through the moulder first next week.",
     "production planning"),
    ("Plan the bakery's daily production",
     "Write up on the board each evening which doughs go to which oven and when.",
     "daily production"),
    ("Plan the bakery's daily production",
     "Work out in which order the batches run so the vans leave on time.", "daily production"),
    ("Plan the bakery's daily production",
     "Decide which flour goes into the silo.", None),
    # which people go where is a rota, not the production planned
    ("Plan the bakery's daily production",
     "Decide each morning which of us goes to which oven.", None),
    # which van the crew takes is no work planned
    ("Draw up the crew's weekly work programme",
     "Decide every Monday which van the crew takes to site.", None),
    ("Draw up the crew's weekly work programme",
     "Work out with the engineer which section of track the crew tackles first each week.",
     "work programme"),
    ("Plan shift staffing, sick leave cover and overtime",
     "Ring round the lads when someone calls in sick and find who can come in.",
     "shift staffing"),
    ("Plan shift staffing, sick leave cover and overtime",
     "Ring round the hauliers when a load is late and find who can take it.", None),
])
def test_production_planned_and_a_sick_shift_covered(text: str, line: str,
                                                     term: str | None) -> None:
    assert read_duty(duty(text), line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    ("Lead the pre-service briefing", "Gather the floor team a quarter of an hour before the "
     "doors open to go over the menu changes and the big tables.", "pre-service briefing"),
    ("Hold the morning briefing with the tour guides",
     "Walk the other guides through the day's groups and routes before the first guests "
     "arrive.", "briefing"),
    # a safety briefing is a toolbox talk, shown only by safety gone over
    ("Give safety briefings at the start of every shift",
     "Gather the crew at the start of each shift to go over the day's deliveries.", None),
    # the team gathered after work is no briefing before it
    ("Lead the pre-service briefing",
     "Gather the floor team after closing to count the tips.", None),
])
def test_the_team_briefed_before_service(text: str, line: str, term: str | None) -> None:
    assert read_duty(duty(text), line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    ("Introduce new employees to the bakery",
     "Show the holiday staff how to run the divider and the moulder in their first week.",
     "introducing new employees"),
    # new products introduced are no people trained
    ("Introduce new products to the range",
     "Show the holiday staff how to run the divider and the moulder in their first week.", None),
])
def test_newcomers_introduced_to_the_workplace(text: str, line: str, term: str | None) -> None:
    assert read_duty(duty(text), line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    ("Plan the workshop's repair workload against delivery dates",
     "Sort the jobs that come in by due date and agree with the foreman which orders go first.",
     "repair workload"),
    ("Lead root cause analysis of weld defects",
     "Work out with the welding inspector why seams cracked and which setting caused them.",
     "root cause analysis"),
    # the cause looked for and not named is no root cause found
    ("Lead root cause analysis of weld defects",
     "Work out with the welding inspector why seams cracked.", None),
])
def test_work_planned_by_due_date_and_a_cause_named(text: str, line: str, term: str | None) -> None:
    assert read_duty(duty(text), line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    ("Introduce and train our summer staff",
     "Take the students who start in July round the park on their first day and show them how "
     "we rake a pitch.", "summer staff"),
    ("Train and supervise the seasonal workers",
     "Show the extra hands taken on for the apple harvest how to lift a fruit without bruising "
     "it.", "seasonal workers"),
    ("Train new guides before the season",
     "Take the first-season guides up the ridge in May and make them rig every anchor before "
     "they lead guests.", "training new guides"),
    ("You are responsible for the training of our apprentices",
     "Show the Lernende in their third year how to set the router and check the first board.",
     "training of our apprentices"),
    ("Orient and precept new patient care technicians",
     "Trained 3 new hires at my station for their first 4 weeks.", "precept"),
    ("Handle the onboarding and training of new joiners",
     "Teach the new lads from the college course to sharpen chisels and mark out a joint.",
     "training of new joiners"),
    # a school's pupils in their year are taught as the job's own work, no learners
    ("Train apprentices", "Taught first-year students algebra and geometry.", None),
    ("Train apprentices", "Show the students in their second year how to weld a fillet.", None),
    # new patients are served, not trained
    ("Train new staff", "Show new patients how to use the CPAP mask.", None),
])
def test_seasonal_and_first_year_newcomers_trained(text: str, line: str,
                                                   term: str | None) -> None:
    assert read_duty(duty(text), line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    ("Plan each shift and allocate staff to the lines",
     "Tell each person at the start of the night which belt or machine they are on.",
     "allocate staff"),
    ("Plan the deployment of your crew day by day",
     "Phone round the evening before and tell each of the lads which site and which machine "
     "they are on.", "deployment"),
    ("Plan the staff deployment across the lines",
     "On the foreman's days off, decide at the start of the shift who works the mixer and who "
     "the oven.", "staff deployment"),
    ("Handle the driver allocation",
     "Stand in at the depot desk when the manager is on leave, matching each morning's buses "
     "and drivers to the day's work.", "driver allocation"),
    ("Draw up the daily staff roster",
     "Post in the team's group chat each evening who takes which boat the next day.",
     "staff roster"),
    ("Take over shift planning and allocate your team to the lines",
     "Tell the other four on nights which machine each one runs.", "shift planning"),
    ("Allocate referrals to the family support workers",
     "Go through the new requests with the manager every Monday and decide which of us takes "
     "each family.", "referrals"),
    # what is shared out among things is no work shared among people
    ("Allocate budgets to the departments",
     "Go through the new requests with the manager every Monday and decide which of us takes "
     "each family.", None),
    # the office told of late loads is no crew put on work
    ("Draw up the daily staff roster",
     "Phone round the suppliers and tell the office which loads are late.", None),
    ("Plan the staff deployment", "Tell each customer which table they are on.", None),
])
def test_work_shared_out_by_telling_posting_or_standing_in(text: str, line: str,
                                                           term: str | None) -> None:
    assert read_duty(duty(text), line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    ("Hold the shift handover with the next shift leader",
     "Write in the shift book what ran and what is half done, and go through it with the "
     "operator who takes over my machine.", "shift handover"),
    ("Lead the shift handover",
     "Walk the late-shift operator round the line and tell him what the oven did.",
     "shift handover"),
    ("Keep the treatment register up to date",
     "Write down every spraying in the book in the office: the plot, the product and the dose.",
     "treatment register"),
    ("Keep the catch register required by our lease",
     "Weigh every species after each haul and enter the kilos in the ledger.", "catch register"),
    ("Record downtime and its causes",
     "Note every stop of the line with its minutes and its cause on the shift sheet.",
     "downtime"),
    ("Keep the downtime registration for your shift complete",
     "Write every stop of more than ten minutes in the shift log with its cause.",
     "downtime registration"),
    # a till, or a register the workshop is entered in, is no register kept
    ("Operate the cash register", "Write the takings in the book at closing.", None),
    ("A master's certificate, as the workshop must be entered in the trades register",
     "Log every gun that comes in with its maker and serial number in the book.", None),
])
def test_handovers_and_registers_in_other_words(text: str, line: str, term: str | None) -> None:
    assert read_duty(duty(text), line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    ("Carry out weekly playground inspections",
     "Go over the swings and the slide every Monday and tape off anything loose.",
     "playground inspections"),
    ("Carry out and record equipment inspections",
     "Go through every helmet and harness at the end of each month and throw out anything "
     "frayed.", "record equipment inspections"),
    ("Carry out the monthly fire safety checks",
     "Check every month that the extinguishers are full and the exit signs are lit.",
     "fire safety checks"),
    ("Teach and check the pre-trip inspection of the vehicle",
     "Walk round the bus before it leaves the depot: tyres, lights, doors and brakes.",
     "pre-trip inspection"),
    ("Carry out the pre-opening inspection of lines, platforms and anchors",
     "Walk the course every morning, checking the platform bolts and tree anchors before the "
     "first group goes up.", "pre-opening inspection"),
    # what is checked is of another kind
    ("Carry out the monthly fire safety checks",
     "Check every morning that the fridges are cold and bin anything out of date.", None),
    # checks of people, and quality checks, are read elsewhere or not at all
    ("Carry out background checks on new staff",
     "Check every morning that the doors are locked.", None),
    # a check at no set time
    ("Carry out weekly playground inspections", "Go over the swings and tape off a loose seat.",
     None),
])
def test_equipment_inspected_at_set_times(text: str, line: str, term: str | None) -> None:
    assert read_duty(duty(text), line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    ("Do minor repairs in the cabins",
     "Change dripping taps and broken door handles in the cabins myself.", "minor repairs"),
    ("Do minor repairs in the cabins", "Change the beds in the cabins every Saturday.", None),
    ("Carry out weekly stock counts in the cold stores",
     "Count the pallets in the freezer rooms every Friday and check them against the office's "
     "list.", "stock counts"),
    # one delivery counted is no stocktake
    ("Carry out weekly stock counts", "Count the pallets in the lorry every Friday.", None),
    ("Monitor stocks of raw materials",
     "Count the sacks of wax and the reels of wick every Friday and tell the storeman what we "
     "will run short of.", "stocks of raw materials"),
    ("Carry out quality checks on the finished product",
     "Pull boxes off the end of the line every hour and count the broken biscuits against the "
     "customer's limits.", "quality checks"),
    ("Lead the weekly hygiene rounds",
     "Walk the bakery every Thursday looking for crumbs on ledges and loose hairnets.",
     "hygiene rounds"),
    ("You hold the safety briefings at the start of each site",
     "Walk the crew round the shoring and the ladders at the start of every new trench and tell "
     "them what can go wrong before anyone climbs down.", "safety briefings"),
    ("Enforce fire safety rules around the melting area",
     "Keep the fire blanket and the powder extinguisher beside every tank.", "fire safety rules"),
    ("Enforce fire safety rules", "Keep the extinguisher manual in the office.", None),
    ("Plan preventive maintenance",
     "Clean the nozzles every Friday and grease the chains before they start to squeak.",
     "preventive maintenance"),
])
def test_repairs_counts_rounds_and_upkeep_in_other_words(text: str, line: str,
                                                         term: str | None) -> None:
    assert read_duty(duty(text), line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    ("Organise the sanitation of the lines at the end of the shift",
     "Strip down, wash and foam the belts and the slicer at the end of each night and sign the "
     "cleaning sheet.", "sanitation of the lines"),
    # the floors are housekeeping, and a clean when it is needed is at no set time
    ("Organise the sanitation of the lines", "Wash the floors at the end of each night.", None),
    ("Organise the sanitation of the lines", "Clean the belts when they get sticky.", None),
    ("Do the daily cash reconciliation at closing",
     "Count the till and the card terminal totals at closing and make them agree with the "
     "day's bookings.", "cash reconciliation"),
    ("Do the daily cash reconciliation", "Count the pallets against the delivery note.", None),
    ("Do the daily cash reconciliation", "Count the cash float every morning.", None),
    ("Monitor yields on the peeling line",
     "Weigh what goes into the peeler and what comes out as clean kernels every hour, and tell "
     "the manager when we lose too much.", "yields"),
    # what went in alone is no yield
    ("Monitor yields on the peeling line", "Weigh what goes into the peeler every hour.", None),
])
def test_lines_cleaned_tills_reconciled_and_yields_weighed(text: str, line: str,
                                                           term: str | None) -> None:
    assert read_duty(duty(text), line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    ("Give the safety talk to every group before it goes on the water",
     "Talk each group through how to sit, paddle and float feet first before we put in.",
     "safety talk"),
    # a guided tour's story is no safety talk, and a talk after the trip is too late
    ("Give the safety talk to every group",
     "Talk each group through the history of the castle before we go in.", None),
    ("Give the safety talk to every group",
     "Talk each group through how to paddle after the trip.", None),
])
def test_guests_talked_through_an_activity_before_it_starts(text: str, line: str,
                                                            term: str | None) -> None:
    assert read_duty(duty(text), line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    ("Keep the cold chain records",
     "Check the freezer room thermometers three times a day and write the readings on the "
     "sheet on the door.", "cold chain records"),
    ("Keep HACCP records for the cooking and metal detection points",
     "Write down the oven temperature and the metal detector test every hour and sign the check "
     "sheet.", "HACCP"),
    ("Keep a log of off-air time for the transmitters",
     "Note every time the signal goes down, how long for and why, in the book at the mast.",
     "log of off-air time"),
    # no reading of the cold, no stop of the signal
    ("Keep the cold chain records", "Write the deliveries in the book.", None),
    ("Keep HACCP records", "Write the deliveries in the book and sign the sheet.", None),
    ("Keep a log of off-air time", "Note the songs played in the book.", None),
])
def test_records_of_control_points_and_outages(text: str, line: str, term: str | None) -> None:
    assert read_duty(duty(text), line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    ("Order bulk materials in good time",
     "Ring the builders' merchant for pipes and call off the gravel lorries for the morning.",
     "bulk materials"),
    ("Take care of materials ordering for your jobs",
     "Write up the pipe and fittings each job needs and ring our supplier for anything the yard "
     "does not carry.", "materials ordering"),
    ("Handle the purchasing of glass, stone and adhesives",
     "Keep the colour drawers full and phone the glassworks when a shade runs low.",
     "purchasing"),
    ("Take charge of procurement of leather, trees and fittings",
     "Choose the hides at the tannery twice a year and reorder buckles and thread from the "
     "fittings supplier.", "procurement"),
    ("Order ready-mixed concrete for each day's piles",
     "Ring the batching plant the day before to book the mixer trucks.", "ready-mixed concrete"),
    # what the ad names is not what the line orders
    ("Order spare parts for the lines", "Order flour and sugar from the mill when the bins run low.",
     None),
    ("Order the team's PPE", "Order pizza for the team from the shop on Fridays.", None),
    # the customers' orders are no buying; a customer rung is no supplier
    ("Take customer orders from restaurants", "Ring the farm for eggs when we run low.", None),
    ("Order bulk materials in good time", "Ring the customer when the order is ready.", None),
])
def test_materials_ordered_from_whoever_sells_them(text: str, line: str,
                                                   term: str | None) -> None:
    assert read_duty(duty(text), line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    ("Give client briefings each evening on the plan for the next day",
     "Tell the walkers in the hut each night what the path looks like tomorrow and when we "
     "leave.", "client briefings"),
    # the day reported to the office is no one briefed
    ("Lead the daily briefing", "Tell the site manager each evening what we will need tomorrow.",
     None),
    ("Enforce safe working at height in every tower",
     "Check every harness before we climb and make sure nobody steps onto the roof without "
     "being clipped on.", "safe working at height"),
    ("Lead a safe job analysis before non-routine work",
     "Sit down with the crew before any unusual job and go step by step through what can go "
     "wrong.", "safe job analysis"),
])
def test_the_next_day_told_and_a_job_gone_over(text: str, line: str, term: str | None) -> None:
    assert read_duty(duty(text), line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    # rotas: the shift lists drawn up, the turns filled in fairly, the jobs shared out
    ("Draw up the shift lists for the bakery team",
     "Work out which of us takes the early bake each day of the week.", "shift lists"),
    ("Draw up the weekly staff rota",
     "Fill in next month's nights and lates on the board, so each of the six of us gets the "
     "same share.", "staff rota"),
    ("Draw up the weekly staff rota",
     "Sit down with the foreman on Thursdays to share out the next week's jobs between the "
     "four of us.", "staff rota"),
    # one's own turns filled in are no rota drawn up
    ("Draw up the weekly staff rota",
     "Fill in the weekends I can work on the sheet, so each of us gets the same share.", None),
    # stock: what will run out told, the van topped up from the store, goods counted by name
    ("Monitor stock levels of glass and sealant",
     "Count the glass racks and the sealant boxes on Thursdays and tell the buyer what will "
     "run out next week.", "stock levels"),
    ("Keep track of the van stock",
     "Count the fuses, cable ties and sockets in the van every Monday and top them up from the "
     "depot store.", "van stock"),
    ("Carry out stock counts at every shift change",
     "Count the lubricants, wiper blades and bulbs at every shift change and note any "
     "difference in the shift book.", "stock counts"),
    # the till's money counted is no stock count, nor a delivery counted
    ("Carry out stock counts at every shift change",
     "Count the cash, the vouchers and the card slips at every shift change and note any "
     "difference in the shift book.", None),
    ("Carry out stock counts at every shift change",
     "Count the boxes, crates and sacks off the lorry and note any difference on the delivery "
     "note.", None),
    # purchase orders placed with suppliers are the buying
    ("Place purchase orders with suppliers for the workshop",
     "Ring the wholesaler for screws, glue and sandpaper when a box runs low.",
     "Place purchase orders"),
    ("Place purchase orders with suppliers for timber",
     "Ring the wholesaler for screws, glue and sandpaper when a box runs low.", None),
])
def test_shift_lists_stock_counted_by_name_and_orders_placed(text: str, line: str,
                                                             term: str | None) -> None:
    assert read_duty(duty(text), line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    # the post the act is done in may open the line
    ("Lead monthly safety rounds",
     "As safety rep, go round the yard once a month looking for loose guards and blocked exits.",
     "safety rounds"),
    # an incident looked into: how it happened worked out, and what changes said
    ("Lead incident investigations after falls and near misses",
     "Sit down with the rider and the yard manager after any fall and work out together how it "
     "happened and what we change.", "incident investigations"),
    ("Lead incident investigations after falls and near misses",
     "Sat in on the investigation after a fall and heard how it happened.", None),
    # machines stripped to be greased, and machinery maintenance by the machines' kind
    ("Organise preventive maintenance of the mixers",
     "Take the mixers' blades and bearings apart every Friday to clean and grease them.",
     "preventive maintenance"),
    ("Organise machinery maintenance for our harvesters and balers",
     "Grease the harvester and the baler every week and change the oil when the hour meter "
     "says so.", "machinery maintenance"),
    ("Organise machinery maintenance for our harvesters and balers",
     "Change the baler's knives when they go blunt.", None),
])
def test_safety_rep_rounds_incidents_looked_into_and_machinery_upkeep(text: str, line: str,
                                                                       term: str | None) -> None:
    assert read_duty(duty(text), line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    # records named by what is entered in them
    ("Keep the herd health records with our vet",
     "Write every dose, vaccination and foot trim into the cow book with the withdrawal time.",
     "herd health records"),
    ("Keep the herd health records with our vet",
     "Write the calving dates and the ear tag numbers into the cow book.", None),
    ("Keep the picking records for every orchard",
     "Count the crates picked by row each evening and write them in the ledger.",
     "picking records"),
    ("Keep the picking records for every orchard", "Write the customers' orders in the book.",
     None),
    # every step of the work written for each unit in the book shows traceability
    ("Keep the traceability records for every lot",
     "Write down every pressing, racking, filtering and bottling by tank in the cellar book.",
     "traceability records"),
    ("Keep the traceability records for every lot",
     "Write down every pressing and bottling in the cellar book.", None),
])
def test_records_named_by_what_is_entered(text: str, line: str, term: str | None) -> None:
    assert read_duty(duty(text), line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    ("Lead and organise a team of seasonal workers",
     "Show the summer pickers each morning which rows to pick and check their punnets.",
     "seasonal workers"),
    ("Coordinate the temporary staff we take on for the spring rush",
     "Put the extra hands who join us in March on the jobs they can do safely.",
     "temporary staff"),
    ("Supervise the seasonal grape pickers",
     "Keep the pickers who come for the harvest to their rows and check their buckets.",
     "seasonal grape pickers"),
    # working beside them is no leading; a line of no people taken on for a season neither
    ("Supervise the seasonal grape pickers", "Picked alongside the summer pickers in the rows.",
     None),
    ("Supervise the seasonal grape pickers",
     "Show the customers which rows to pick and check their baskets.", None),
])
def test_the_people_taken_on_for_a_season_set_to_their_work(text: str, line: str,
                                                              term: str | None) -> None:
    assert read_duty(duty(text), line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    # a trade's own plan: which thing goes where, how much of each on which day
    ("Draw up the weekly grazing plans for the herds",
     "Work out each Friday which herd goes onto which hill pasture for the week.",
     "grazing plans"),
    ("Draw up the planting plan for the nursery",
     "Decide with the owner in winter which shrubs go in which beds.", "planting plan"),
    ("Draw up the weekly production plan",
     "Write on the board each Monday how many batches of each loaf we bake on which day.",
     "production plan"),
    ("Follow up the daily production plan",
     "Go through the orders each morning and agree with the office which frames we glaze first.",
     "production plan"),
    # people sent where are a rota; an order of work agreed with a customer is no plan
    ("Draw up the planting plan for the nursery", "Work out which of us goes to which bed.",
     None),
    ("Draw up the weekly production plan", "Agree with the customer which colour we paint first.",
     None),
    # a piece opened and tasted, a finished job gone round and what is owed noted
    ("Carry out quality checks on every batch",
     "Cut and taste a slice from every batch of cheese and send back anything too salty.",
     "quality checks"),
    ("Carry out a final inspection of every bathroom with the customer",
     "Walk round every finished bathroom with the owner and note anything we still owe them.",
     "final inspection"),
    ("Carry out quality checks on every batch", "Cut the cheese into wedges for the shop.", None),
    ("Carry out a final inspection of every bathroom with the customer",
     "Walk round every finished bathroom with the owner and show them the shower controls.",
     None),
])
def test_a_trades_own_plan_and_pieces_tasted_or_gone_round(text: str, line: str,
                                                            term: str | None) -> None:
    assert read_duty(duty(text), line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    # others made to put out cigarettes, with the extinguishers kept in date
    ("Enforce fire safety rules in the yard",
     "Make the drivers put out their cigarettes by the tanks, and check the dates on the "
     "extinguishers every Friday.", "fire safety rules"),
    ("Enforce fire safety rules in the yard", "Make the drivers switch off their engines.", None),
    # the staff taken through what to do in an emergency; never a drill taken part in
    ("Run evacuation drills with the whole staff",
     "Take the kitchen team and the waiters through what to do when the fire alarm sounds, "
     "every spring.", "evacuation drills"),
    ("Run evacuation drills with the whole staff", "Took part in the yearly fire drill.", None),
    ("Run evacuation drills with the whole staff",
     "Walk the guests through what to do when the fire alarm goes off.", None),
    # the rules of where the crew works gone through before the first vehicle goes out
    ("Hold the safety briefings at the start of every shift",
     "Go through the quarry rules, the blast times and the haul roads with the loaders "
     "before the first truck pulls out.", "safety briefings"),
    ("Hold the safety briefings at the start of every shift",
     "Go through the delivery list with the drivers before the first van rolls out.", None),
])
def test_fire_rules_kept_drills_run_and_rules_gone_through(text: str, line: str,
                                                           term: str | None) -> None:
    assert read_duty(duty(text), line) == term


# The eighty-first pass: a rota of who works when is not the posts of one morning; whom the
# line taught chosen among the ad's groups; and duties read further.

@pytest.mark.parametrize(("text", "line", "term"), [
    # a rota asked planned in a tool the line does not show used is left to be asked
    ("Plan your team's rotas in Planday, our scheduling tool",
     "Decide each morning with the floor manager which picker goes on which packing line.",
     None),
    ("Plan your team's rotas",
     "Decide each morning with the floor manager which picker goes on which packing line.",
     "rotas"),
    # a deployment plan, and a board with a name
    ("Draw up the deployment plan for the crew each week",
     "Write on the yard board every Thursday who goes to which farm next week.",
     "deployment plan"),
])
def test_a_rota_in_a_tool_and_a_deployment_plan(text: str, line: str, term: str | None) -> None:
    assert rota_term(duty(text), line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    # the ad's group the line's people are: the summer's students are its seasonal workers
    ("Train new drivers and seasonal workers",
     "Show the students who come for the apple harvest how to stack crates on the trailer.",
     "seasonal workers"),
    ("Train new drivers and seasonal workers",
     "Show each new driver who joins us how to stack crates on the trailer.",
     "training new drivers"),
    # the young lads are its junior colleagues, not its trainees
    ("Mentor trainees and junior colleagues",
     "Teach the two young lads from the bar how to pour and stack the glasses.",
     "junior colleagues"),
    # a school's pupils sent on placement are learners
    ("Train and supervise apprentices",
     "Teach the pupils the technical school sends us each spring how to solder a joint.",
     "supervise apprentices"),
    ("Train and supervise apprentices",
     "Teach the pupils at the technical school how to solder a joint.", None),
])
def test_whom_the_line_taught_among_the_ads_groups(text: str, line: str,
                                                    term: str | None) -> None:
    assert taught_term(duty(text), line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    # machines stripped down and greased in the quiet weeks of the year
    ("Organise preventive maintenance of the plant",
     "Strip down the mixers and conveyors in the quiet weeks of January, change worn seals "
     "and grease every bearing.", "preventive maintenance"),
    ("Organise preventive maintenance of the plant", "Strip down the mixer when it jams.",
     None),
    # the cause found on a call-out, read with the means of finding it
    ("Lead troubleshooting when a machine fails",
     "Take the call-out phone one week in four and find out at night why a compressor trips, "
     "using the fault codes and a multimeter.", "troubleshooting"),
    ("Lead troubleshooting when a machine fails", "Take the call-out phone one week in four.",
     None),
    ("Lead troubleshooting when a machine fails",
     "Take the call-out phone one week in four and find out at night why a compressor trips.",
     None),
    # a job measured or counted for whoever prices it
    ("Prepare price estimates for new customers",
     "Count the doors, measure the walls and note the access on new jobs so the owner can "
     "price them.", "price estimates"),
    ("Prepare price estimates for new customers",
     "Measure the walls on new jobs so the owner can plan them.", None),
    ("Survey boilers and take measurements for quotations",
     "Go out to look at boilers, measure the rooms and tell the boss which parts each job "
     "needs.", "quotations"),
    # the site walked before the work, the dangers of work at height noted
    ("Carry out risk assessments before work at height",
     "Walk round each new roof before we start and note where to clip on and where people "
     "walk underneath.", "risk assessments"),
    ("Carry out risk assessments before work at height",
     "Walk round each new roof before we start and note the customer's name.", None),
])
def test_upkeep_causes_estimates_and_risks_read_further(text: str, line: str,
                                                        term: str | None) -> None:
    assert read_duty(duty(text), line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    # people calmed down after something went wrong for them
    ("Handle passenger complaints on board",
     "Calm down passengers whose train was cancelled and hand out vouchers.",
     "passenger complaints"),
    ("Handle passenger complaints on board",
     "Calm down nervous passengers before the boat leaves.", None),
    # the maintenance people radioed as soon as something stops
    ("Report every fault to the maintenance team",
     "Radio the fitters as soon as a press stops on a fault and keep it locked until they "
     "come.", "maintenance team"),
    ("Report every fault to the maintenance team", "Radio the fitters at the start of the shift.",
     None),
    # the stock counted and a shopping list given to whoever buys
    ("Manage consumables stock and orders",
     "Keep count of the gloves, foil and cleaning sprays in the store and give the head chef a "
     "shopping list every Friday.", "consumables stock"),
    ("Manage consumables stock and orders", "Give the head chef a shopping list every Friday.",
     None),
    # a job's list gone through and the merchant rung for what is short
    ("Take care of material orders for your sites",
     "Go through each job's cutting list with the foreman and ring the timber merchant for "
     "the boards we are short of.", "material orders"),
    ("Take care of material orders for your sites",
     "Go through each job's cutting list with the foreman.", None),
    # a finished job gone back over and redone; a structure checked before the public come
    ("Carry out quality checks on finished jobs",
     "Go back over each lawn after the job and redo any edge that is ragged.", "quality checks"),
    ("Carry out quality checks on finished jobs", "Go back over the invoices after the job.",
     None),
    ("Carry out the handover inspection of every stage before the show",
     "Walk round every stage with the manager before the public arrive and check each bolt "
     "is tight.", "handover inspection"),
    ("Carry out the handover inspection of every stage before the show",
     "Walk round the stage with the manager.", None),
])
def test_complaints_faults_stock_orders_and_checks_read_further(text: str, line: str,
                                                                term: str | None) -> None:
    assert read_duty(duty(text), line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    # the people on the contracts are the contract customers
    ("Be the contact person for our contract customers",
     "Agree cleaning days with the office managers on our yearly contracts and ring them when "
     "a visit moves.", "contact person for contract customers"),
    ("Be the contact person for our contract customers",
     "Agree cleaning days with the other crews and ring them when a visit moves.", None),
    # what was found explained to the customers
    ("Be the contact person for customers on site",
     "Explain to homeowners what we found under their floor before we close it up.",
     "contact person for customers"),
    ("Be the contact person for customers on site",
     "Explain to the apprentices what we found under the floor.", None),
    # the site meetings sat down to with the architect
    ("Represent us at site meetings with architects and the other trades",
     "Sit down every Monday with the architect and the plumber to agree where our cables run.",
     "site meetings"),
    ("Represent us at site meetings with architects and the other trades",
     "Sit down every Monday with my foreman to agree where our cables run.", None),
    # each call written up with what went into it, or signed for by the customer
    ("Make sure every call is closed with complete service reports",
     "Write up each call with the parts used and the time spent and get the customer to sign.",
     "service reports"),
    ("Make sure every call is closed with complete service reports",
     "Write up the parts used on the van.", None),
    ("Complete service reports in our service app", "Write up each call with the parts used.",
     None),
    # a new system's start-up papers filled in for each one
    ("Hand over every new system with a commissioning report",
     "Fill in the start-up sheet for every new boiler and go through it with the owner.",
     "commissioning"),
    ("Hand over every new system with a commissioning report",
     "Fill in the delivery note for every new boiler.", None),
])
def test_contacts_and_job_reports_read_further(text: str, line: str, term: str | None) -> None:
    assert read_duty(duty(text), line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    # the place gone out to before the job, to measure or look at it
    ("Carry out site visits before larger jobs",
     "Go out with the owner before big gardens to measure the beds and look at the access.",
     "site visits"),
    ("Carry out home assessments before bath lifts are installed",
     "Go to the client's flat before a bath lift goes in to measure the bath and check the "
     "tiles.", "home assessments"),
    ("Carry out site visits before larger jobs", "Go out with the crew to lay the turf.", None),
    ("Carry out site visits before larger jobs", "Go to the garden before the owner arrives.",
     None),
])
def test_the_site_visited_before_the_job(text: str, line: str, term: str | None) -> None:
    assert read_duty(duty(text), line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    # the air of the space checked with a meter before anyone goes in
    ("Carry out gas tests before anyone enters a manhole",
     "Check the air in the chamber with the gas detector before anyone climbs down.",
     "gas tests"),
    ("Carry out gas tests before anyone enters a manhole",
     "Check the air in the chamber before anyone climbs down.", None),
    # the place gone round after the last run of the day and closed down
    ("Carry out the closing procedures of the pool",
     "Walk the hall after the last session, switch off the pumps' lights and hand the keys "
     "to the caretaker.", "closing procedures"),
    ("Carry out the closing procedures of the pool",
     "Walk the hall after the last session and tidy the floats.", None),
])
def test_the_air_tested_and_the_place_closed_down(text: str, line: str,
                                                  term: str | None) -> None:
    assert read_duty(duty(text), line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    # the weather watched by its means and acted on
    ("Monitor weather warnings during tours",
     "Check the wind forecast each morning and call the guides back when a storm comes in.",
     "weather warnings"),
    ("Monitor weather warnings during tours", "Check the wind forecast each morning.", None),
])
def test_the_weather_followed_for_the_people_out_in_it(text: str, line: str,
                                                       term: str | None) -> None:
    assert read_duty(duty(text), line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    # newcomers set to the work a piece at a time, had beside the person, or spent time with
    ("Train and supervise apprentices and newly hired roofers",
     "Take the new lads up the ladder for their first weeks, start them on the ridge tiles and "
     "check every batten they fix.", "supervise apprentices"),
    ("Train and supervise apprentices and newly hired roofers",
     "Take the new lads to the builders' merchant.", None),
    ("Train and look after the trainees in your kitchen",
     "Have the two pupils from the catering college with me on their placement days and let "
     "them plate the starters under my eye.", "trainees"),
    ("Train and look after the trainees in your kitchen",
     "Have the two pupils from the catering college clear the tables.", None),
    ("Train and mentor new guides before the season",
     "Spend the first weekend of May on the river with the students who join us each summer, "
     "showing them how we read a rapid.", "mentor new guides"),
    ("Train and mentor new guides before the season",
     "Spend the first weekend of May on the river with the regulars.", None),
    # a season's trainees are the new crew members of the season
    ("Induct and coach new crew members on the dredger",
     "Show the summer trainees how to grease the winch and read the depth gauge.",
     "coaching new crew members"),
    ("Induct and coach new crew members on the dredger",
     "Show the summer visitors how the winch works.", None),
])
def test_newcomers_set_to_the_work_or_spent_time_with(text: str, line: str,
                                                      term: str | None) -> None:
    assert read_duty(duty(text), line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    # which of the people does which work, settled with the crew, for the ad's period
    ("Draw up the weekly boat rota for the anglers",
     "Chalk up on the board each Sunday which party fishes which loch on which day.",
     "boat rota"),
    ("Draw up the weekly boat rota for the anglers",
     "Chalk up on the board each Sunday which fly catches which fish on which loch.", None),
    ("Plan the pump room watch rota for the season",
     "Agree with the other two attendants each spring who takes the early, day and late turns.",
     "watch rota"),
    ("Plan the pump room watch rota for the season",
     "Agree with the other two attendants each spring when the pumps are serviced.", None),
    ("Draw up the crew's weekly schedule",
     "Sort out on Thursday who goes to which roof the next week.", "weekly schedule"),
    ("Draw up the crew's weekly schedule",
     "Sort out on Thursday who goes to which roof in the morning.", "schedule"),
])
def test_rotas_settled_with_the_crew(text: str, line: str, term: str | None) -> None:
    assert read_duty(duty(text), line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    # a sample gone through before it is packed, a fitted piece tried, a piece tasted
    ("Carry out the final quality inspection on each batch",
     "Go through a sample from every batch with the gauge and the drawing before the crates "
     "are nailed shut, and send back anything out of size.", "final quality inspection"),
    ("Carry out the final quality inspection on each batch",
     "Go through the orders of every customer.", None),
    ("Carry out a quality check on every installation before you leave",
     "Open and close every door, check it with a level and look for gaps in the seal before "
     "we pack up.", "quality check"),
    ("Carry out a quality check on every installation before you leave",
     "Open and close the shop every day.", None),
    ("Carry out sensory checks on every batch before it is packed",
     "Taste a spoon of every pot before it is packed and put aside any pot that is too sour.",
     "sensory checks"),
    ("Carry out sensory checks on every batch before it is packed",
     "Taste the new recipes with the owner.", None),
])
def test_quality_checks_by_going_through_trying_or_tasting(text: str, line: str,
                                                           term: str | None) -> None:
    assert read_duty(duty(text), line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    ("Keep the engine log for every voyage",
     "Write the oil pressure and the fuel burnt into the engine room book after every voyage.",
     "engine log"),
    ("Keep the engine log for every voyage", "Read the oil pressure after every voyage.", None),
    ("Keep the site diary for the client's engineer",
     "Fill in the day's page for the engineer every evening: who was on site and the weather.",
     "site diary"),
    ("Keep the site diary for the client's engineer",
     "Fill in the timesheet for the office every Friday.", None),
])
def test_logs_kept_in_the_engine_book_or_the_days_page(text: str, line: str,
                                                       term: str | None) -> None:
    assert read_duty(duty(text), line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    # a finished job gone over with whoever takes it, and settled with them
    ("Lead the handover to the customer at the end of each job",
     "Show the owners how the boiler controls work and get them to sign the completion sheet.",
     "handover"),
    ("Lead the handover to the customer at the end of each job",
     "Show the owners the catalogue of boilers.", None),
    ("Carry out the hand-over of finished bridges to the client",
     "Walk every finished span with the council's engineer at the end of the job and put right "
     "whatever he marks.", "hand-over of finished bridges"),
    ("Carry out the hand-over of finished bridges to the client",
     "Walk every finished span at the end of the job and sweep it.", None),
    # never a shift handed over
    ("Lead shift handovers to the night crew",
     "Show the owners how the boiler controls work and get them to sign the completion sheet.",
     None),
])
def test_a_finished_job_handed_over_to_the_client(text: str, line: str,
                                                  term: str | None) -> None:
    assert read_duty(duty(text), line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    # the orders looked through and how much of each is made decided, or what each starts on
    ("Plan the daily production from the bakery's orders",
     "Look through the cafés' orders every afternoon and decide how many trays of rye and "
     "spelt loaves we bake the next morning.", "daily production"),
    ("Plan the daily production from the bakery's orders",
     "Look through the cafés' orders every afternoon and ring those that are late paying.",
     None),
    ("Lead production planning for the Christmas market",
     "Sit down with the owner in October to work out how many candles of each colour we need "
     "for the market.", "production planning"),
    ("Lead production planning for the Christmas market",
     "Sit down with the owner in October to work out how many stalls the market has.", None),
    ("Organise the daily work plan of the sewing room",
     "Look at the orders due each morning and tell each of the 4 people at our tables which "
     "coat and how many pieces to start on.", "work plan"),
    ("Organise the daily work plan of the sewing room",
     "Look at the orders due each morning and tell the office which are late.", None),
])
def test_production_planned_from_the_orders(text: str, line: str, term: str | None) -> None:
    assert read_duty(duty(text), line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    # the emergency itself practised with the crew
    ("Take part in the monthly emergency drills with the deck crew",
     "Practise fire fighting and man-overboard recovery with the skipper and the deckhands "
     "every month.", "emergency drills"),
    ("Take part in the monthly emergency drills with the deck crew",
     "Practise knots and splices on my own every month.", None),
    # both parties of the ad, where the line deals with people of their kind
    ("Be the first contact for landowners and forest owners near the works",
     "Talk to the farmers whose fields we cross and to the forest owners about where we cut.",
     "first contact for landowners and forest owners"),
    ("Be the first contact for landowners and forest owners near the works",
     "Talk to the site manager about where we cut.", None),
    # the measurements taken on site before the order
    ("Take the final measurements on site before we order",
     "Go out before the order is placed to check the openings with a tape and a level.",
     "final measurements"),
    ("Take the final measurements on site before we order",
     "Go out before the order is placed to pick up the keys.", None),
])
def test_drills_contacts_and_measurements_read_further(text: str, line: str,
                                                       term: str | None) -> None:
    assert read_duty(duty(text), line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    ("Keep the boiling room to our sanitation standards",
     "Scrub out the cauldrons and paddles with hot water at the end of each day.",
     "sanitation standards"),
    ("Keep the boiling room to our sanitation standards",
     "Scrub out the office at the end of each day.", None),
    ("Keep full traceability for every batch",
     "Write the lot numbers of the flour against each day's batches, so we can tell which "
     "shops got which batch.", "full traceability"),
    ("Keep full traceability for every batch",
     "Write the lot numbers of the flour on the order.", None),
    ("Handle customer complaints from parents",
     "Talk to parents after the session when a child has had a bad day, and offer them "
     "another session.", "customer complaints"),
    ("Handle customer complaints from parents",
     "Talk to parents after the session about the next term.", None),
    ("Place material orders with our yard and suppliers in good time",
     "Phone the yard when we are down to the last pallet of blocks.", "Place material orders"),
    ("Place material orders with our yard and suppliers in good time",
     "Phone the office when we are down to the last hour of daylight.", None),
    ("Carry out risk assessments for canoeing before each season",
     "Walk every stretch of the river before the season opens and mark where the banks are "
     "undercut.", "risk assessments"),
    ("Carry out risk assessments for canoeing before each season",
     "Walk every stretch of the river before the season opens with the guests.", None),
])
def test_cleaning_lots_complaints_orders_and_risks_read_further(text: str, line: str,
                                                                term: str | None) -> None:
    assert read_duty(duty(text), line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    # customers' orders taken: the call answered and what is wanted written down
    ("Take customer orders by phone and email",
     "Answer the phone when a shop rings about cakes and write down the sizes and the date "
     "they need them by.", "customer orders"),
    ("Take customer orders by phone and email",
     "Answer the phone when the owner is out.", None),
    # what buyers send back looked into and put right
    ("Handle customer returns from our shops",
     "Open the boxes of shoes the shops send back, find out what went wrong and repair them.",
     "customer returns"),
    ("Handle customer returns from our shops",
     "Open the boxes of leather the tannery sends us and sort them by colour.", None),
    # the figures of what was done handed in so that it can be billed
    ("Prepare your crew's weekly figures for invoicing",
     "Hand in the hours worked and the posts set on each job at the office on Friday, so the "
     "owner can bill every client.", "invoicing"),
    ("Prepare your crew's weekly figures for invoicing",
     "Hand in the keys of the van at the office on Friday.", None),
    # what is thrown away counted at set times
    ("Monitor scrap rates and their causes",
     "Count the castings we throw away each week, with the reason, and show the figures to "
     "the foreman.", "scrap rates"),
    ("Monitor scrap rates and their causes",
     "Throw away the castings that crack.", None),
    # deliveries checked in as they arrive, what is short or damaged found
    ("Check every delivery against the delivery notes",
     "Count the boards and boxes of screws when the lorry from the sawmill arrives, and ring "
     "the office at once if anything is missing or broken.", "delivery notes"),
    ("Check every delivery against the delivery notes",
     "Count the boards in the store every month.", None),
])
def test_orders_returns_billing_scrap_and_deliveries(text: str, line: str,
                                                      term: str | None) -> None:
    assert read_duty(duty(text), line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    # the plant got ready for an outside inspection, after the time the ad gives it
    ("In the autumn you will prepare the kiln for its periodic inspection by the insurer",
     "Sweep out the kiln and have everything ready when the man from the insurer comes to "
     "look inside.", "periodic inspection"),
    ("In the autumn you will prepare the kiln for its periodic inspection by the insurer",
     "Sweep out the kiln and have everything ready for the next firing.", None),
])
def test_the_plant_got_ready_for_an_outside_inspection(text: str, line: str,
                                                       term: str | None) -> None:
    assert read_duty(duty(text), line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    # newcomers worked beside until they can do it, or buddied
    ("Train and induct new starters", "Work alongside the new starters until they can run the "
     "press alone.", "inducting new starters"),
    ("Train and induct new starters", "Work alongside the new starters on the press.", None),
    # the day's jobs handed out to the people (never leaflets to visitors)
    ("Allocate tasks to the operators on your shift",
     "Hand out the day's jobs to the three fitters each morning.", "Allocate tasks"),
    ("Allocate tasks to the operators on your shift",
     "Hand out the leaflets to the visitors each morning.", None),
])
def test_newcomers_worked_beside_and_jobs_handed_out(text: str, line: str,
                                                     term: str | None) -> None:
    assert read_duty(duty(text), line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    # newcomers told how it is done, or let do it under the person's eye
    ("Train and induct new starters",
     "Explain to the new starters how the press is set and watch their first runs.",
     "inducting new starters"),
    ("Train and induct new starters", "Explain to the customers how the press is set.", None),
    ("Train and supervise apprentices", "Let the apprentices fit the hinges under my eye.",
     "supervise apprentices"),
    ("Train and supervise apprentices", "Let the apprentices go home early on Fridays.", None),
    # who works where, arranged
    ("Draw up the weekly staff rota", "Arrange each week who covers which gate.", "staff rota"),
    ("Draw up the weekly staff rota", "Arrange the gates each week.", None),
])
def test_newcomers_told_how_and_rotas_arranged(text: str, line: str, term: str | None) -> None:
    assert read_duty(duty(text), line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    ("Train and supervise new boatmen",
     "Take the two new ferrymen across beside me for their first month and hand them the tiller "
     "on calm days.",
     "new boatmen"),
    ("Train and supervise new boatmen",
     "Take the two ferrymen across to the island each morning.",
     None),
    ("Train and sign off trainee instructors",
     "Take the new seasonal staff out as my second on the slope and let them lead the easier runs "
     "while I watch.",
     "trainee instructors"),
    ("Train and sign off trainee instructors",
     "Take the new skis out of the store each December.",
     None),
    ("Mentor junior designers on projects",
     "Take our assistant along to client meetings and go through her sketches with her the next "
     "morning.",
     "Mentor junior designers"),
    ("Train and supervise apprentices",
     "Take our assistant along to client meetings and go through her sketches with her the next "
     "morning.",
     None),
])
def test_newcomers_named_by_their_trade_or_as_the_assistant(
        text: str, line: str, term: str | None) -> None:
    """Newcomers of a trade named by its "-men", trainees of a trade, and
    the assistant a line names for the ad's juniors (never for its apprentices)."""
    assert read_duty(duty(text), line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    ("Give the safety briefing to passengers before departure",
     "Tell every group before we cast off to keep their lifejackets on and stay seated.",
     "safety briefing"),
    ("Give the safety briefing to passengers before departure",
     "Tell the office before we cast off how many are aboard.",
     None),
    ("Give safety briefings before every session",
     "Go through the hand signals and what to do if someone falls in before every group gets in "
     "the canoes.",
     "safety briefings"),
    ("Give safety briefings before every session",
     "Go through the bookings before the office opens.",
     None),
    ("Give every group of riders their handover briefing before they set off",
     "Spend twenty minutes with every family before they set off, showing them how to saddle and "
     "lead their pony.",
     "handover briefing"),
    ("Give every group of riders their handover briefing before they set off",
     "Spend twenty minutes with every family after they come back, showing them the photos.",
     None),
])
def test_guests_told_what_to_do_before_they_set_off(text: str, line: str, term: str | None) -> None:
    """An activity's guests told, gone through or shown what to do before it
    starts, for the ad's safety briefing or the briefing it says they are given."""
    assert read_duty(duty(text), line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    ("Plan the workshop team's weekly work",
     "Decide on Monday mornings which of us goes to which farm or kitchen job.",
     "weekly work"),
    ("Plan the workshop team's weekly work",
     "Decide on Monday mornings which farm to visit first.",
     None),
    ("Plan the weekly delivery schedule for the team",
     "Decide each Friday which of the four of us drives which round.",
     "delivery schedule"),
    ("Draw up the weekly staff rota",
     "Pin up the week's tours in the office and put each guide with the groups that suit them.",
     "staff rota"),
    ("Draw up the weekly staff rota",
     "Pin up the week's tours in the office and put each map with the others.",
     None),
])
def test_the_teams_work_planned_and_each_put_with_their_groups(
        text: str, line: str, term: str | None) -> None:
    """The team's work the ad asks planned by its period or as a schedule, and
    each of the people put with the work that suits them."""
    assert read_duty(duty(text), line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    ("Be the contact for tour operators",
     "Agree pick-up times on the phone with the coach drivers who bring the groups.",
     "contact for tour operators"),
    ("Be the contact for tour operators",
     "Agree pick-up times on the phone with the vet.",
     None),
    ("Coordinate arrivals with the tour operators",
     "Agree with the guides of the coach companies where and when to meet their groups.",
     "tour operators"),
    ("Liaise with group leaders before each booking",
     "Ring the teachers and scout leaders the week before to check ages and medical needs.",
     "group leaders"),
    ("Liaise with group leaders before each booking",
     "Ring the teachers the week before to say hello.",
     None),
    ("You will be the contact person for clients on site",
     "Explain to house owners what we found under their floor.",
     "contact person for clients"),
])
def test_tour_operators_group_leaders_and_owners_dealt_with(
        text: str, line: str, term: str | None) -> None:
    """The tour operators by their coaches' drivers and guides, the group
    leaders by the teachers and scout leaders, the clients by the house owners."""
    assert read_duty(duty(text), line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    ("Keep track of feed stock",
     "Ring the merchant for another load of straw when the barn is down to the last 30 bales.",
     "feed stock"),
    ("Keep track of feed stock",
     "Ring the merchant for another load of straw.",
     None),
])
def test_more_got_when_the_store_is_down_to_its_last(
        text: str, line: str, term: str | None) -> None:
    """What is left watched and another load rung for before it runs out."""
    assert read_duty(duty(text), line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    ("Run daily equipment checks",
     "Rinse, hang up and look over every harness, helmet and rope after each day and bin anything "
     "frayed.",
     "equipment checks"),
    ("Run daily equipment checks",
     "Rinse, hang up and look over every harness after each day.",
     None),
    ("Carry out the morning safety inspection of every boat",
     "Walk along the boats before the first trip and knock on every hull for cracks.",
     "safety inspection"),
    ("Carry out the morning safety inspection of every boat",
     "Walk along the boats before the first trip and greet the passengers.",
     None),
])
def test_equipment_looked_over_and_what_is_checked_for(
        text: str, line: str, term: str | None) -> None:
    """The things looked over last of what is done to them, and what each is
    checked for before the first trip."""
    assert read_duty(duty(text), line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    ("Carry out rig maintenance and look after health and safety on site",
     "Make sure everyone on the scaffold wears a hard hat and gloves.",
     "health and safety"),
    ("Carry out rig maintenance and look after health and safety on site",
     "Wear a hard hat and gloves on the scaffold.",
     None),
    ("Look after fire safety and order in the workshop",
     "Make sure the soldering irons are off and the extinguisher is in its place before we lock "
     "up.",
     "fire safety"),
    ("Look after fire safety and order in the workshop",
     "Make sure the soldering irons are off before we lock up.",
     None),
    ("Take charge of cash handling at the ticket office",
     "Sell entry tickets at the gate, count the till at closing time and hand the takings to the "
     "manager.",
     "cash handling"),
    ("Take charge of cash handling at the ticket office",
     "Sell entry tickets at the gate on busy weekends.",
     None),
    ("Keep the trip log for every boat and crossing",
     "Write down after every crossing the time and how many people were aboard, in the notebook "
     "in the wheelhouse.",
     "trip log"),
    ("Keep the trip log for every boat and crossing",
     "Write down after every crossing what the passengers liked.",
     None),
])
def test_safety_looked_after_and_cash_and_trips_written_down(
        text: str, line: str, term: str | None) -> None:
    """Safety the ad asks looked after, the extinguisher in its place, the cash
    handled by the till counted and the takings handed in, each trip written in the book."""
    assert read_duty(duty(text), line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    ("Help the owner prepare quotations for new roofs",
     "Work out for the owner how many slates, battens and days a new roof will need.",
     "quotations"),
    ("Help the owner prepare quotations for new roofs",
     "Work out for the owner how many slates are left in the yard.",
     None),
    ("Help the manager prepare quotations for new roofs",
     "Work out for the owner how many slates a new roof will need.",
     None),
    ("Carry out boat maintenance",
     "Grease the winches, change the engine oil and filters and replace worn sheets on the boat "
     "myself.",
     "boat maintenance"),
    ("Carry out boat maintenance",
     "Replace worn sheets on the boat myself.",
     None),
    ("Hold client consultations before every shoot",
     "Meet each couple at the studio a month before the day to go through the venue and the list "
     "of groups.",
     "client consultations"),
    ("Hold client consultations before every shoot",
     "Meet a couple of friends at the studio to talk about the venue.",
     None),
])
def test_a_job_worked_out_for_who_prices_it_the_rig_kept_and_couples_met(
        text: str, line: str, term: str | None) -> None:
    """What a new job will need worked out for the one the ad says prices it (the ad's estimate
    without its verb), the one machine the crew works kept by the hand's routine upkeep, and
    the couple met before the day for the ad's client consultations (never "a couple of")."""
    assert read_duty(duty(text), line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    ("Monitor the critical control points",
     "Write down the fryer's oil temperature every hour on the sheet by the pass and stop frying "
     "if it climbs past the mark.",
     "critical control points"),
    ("Monitor the critical control points",
     "Write down the portions served every hour on the sheet by the pass.",
     None),
    ("Carry out first-line troubleshooting when the line stops",
     "Free jammed bottles from the labeller, change its worn belts myself and call the fitter "
     "only for the motor.",
     "first-line troubleshooting"),
    ("Carry out first-line troubleshooting when the line stops",
     "Free jammed bottles from the labeller and call the fitter.",
     None),
])
def test_control_points_written_and_jams_freed_first_line(
        text: str, line: str, term: str | None) -> None:
    """The critical control points monitored by their readings written on the sheet (never
    other figures), and first-line troubleshooting by jams freed and worn parts changed by the
    person's own hand, the rest left to the fitter."""
    assert read_duty(duty(text), line) == term


@pytest.mark.parametrize(("text", "line", "term"), [
    ("Lead customer consultations in the workshop",
     "Sit down with each customer at the bench to choose the leather and take the measurements.",
     "customer consultations"),
    ("Lead customer consultations in the workshop",
     "Go over every finished saddle under the lamp and check each seam before it goes to the "
     "customer.",
     None),
])
def test_consultations_held_by_meeting_the_clients(text: str, line: str,
                                                   term: str | None) -> None:
    """The ad's consultations are held by the clients met, never by a piece gone over before
    it goes to them."""
    assert read_duty(duty(text), line) == term


# The workshop's work shared out piece by piece is its production planning (text/duties/rotas,
# planning); plans by a pinned sheet, a round of calls or a sit-down with the boss

@pytest.mark.parametrize(("text", "line", "term"), [
    ("Take charge of production planning for the workshop",
     "Pin the job cards on the wall each Monday and say who sands, who glues and who varnishes "
     "that week.", "production planning"),
    ("Plan the workshop's weekly production",
     "Pin the orders on the board every Monday and decide which of us cuts, stitches or "
     "finishes which coat.", "weekly production"),
    ("Run the weekly production planning for the print room",
     "Decide every Monday which bolts go on the printing tables and which wait for the dye.",
     "production planning"),
    ("Do the shift planning for the bakery",
     "Pin up on Friday who lights the ovens at three and who comes in for the rolls each day.",
     "shift planning"),
    ("Set the crew's work schedule",
     "Ring round the crew on Sunday to say which farm we meet at and who starts on fencing.",
     "work schedule"),
    ("Plan the burn schedule and the night watches for the team",
     "Sit down with the owner on Sunday and settle which kiln is filled or opened that week "
     "and who sits up with it.", "burn schedule"),
    # who covers which shift is a rota, never production planned
    ("Take charge of production planning for the workshop",
     "Pin the sheet on the wall each Monday and say who works Saturday and who covers Sunday.",
     None),
    # a sheet pinned for the office, a call round to say when: no one put on any work
    ("Do the shift planning for the bakery",
     "Pin up on Friday the prices of the week's specials.", None),
    ("Set the crew's work schedule",
     "Ring round the customers on Sunday to say which day we deliver.", None),
])
def test_the_workshops_work_shared_out_plans_its_production_and_shifts(
        text: str, line: str, term: str | None) -> None:
    """The ad's production planning, shift planning or work schedule is shown by a line that
    shares out the work piece by piece among the people, however the plan is posted."""
    assert read_duty(duty(text), line) == term


# Safety enforced where the person's own keeping ends on everyone else's, fire put out before
# the place is left (text/duties/safety); officials walked round for the ad's inspections
# (text/duties/audits)

@pytest.mark.parametrize(("text", "line", "term"), [
    ("Enforce occupational safety at the woodworking machines",
     "Keep the guards on the planer, sweep up the shavings and see that everyone at the "
     "machines wears goggles.", "occupational safety"),
    ("Lead HSE on every site",
     "Check the ladders every morning and keep everyone off the roof without a harness.", "HSE"),
    ("Enforce fire safety in the bakehouse",
     "Rake out the embers and check that no sparks are left in the flue before I lock up.",
     "fire safety"),
    ("Prepare for official inspections by the Food Safety Authority",
     "Show the state vet round the cold store and the records when she calls.",
     "official inspections"),
    ("Accompany animal welfare inspections by the county board",
     "Walk the officer from the county board round the sheds and show her the water troughs.",
     "animal welfare inspections"),
    # the person's own gear, one's own watching of the fire, a vet who treats the herd
    ("Enforce occupational safety at the woodworking machines",
     "Keep my goggles on at the planer and sweep up the shavings.", None),
    ("Enforce fire safety in the bakehouse",
     "Rake out the embers every morning before the first bake.", None),
    ("Accompany animal welfare inspections by the county board",
     "Show the vet the lame cows when she comes for the herd's checks.", None),
    ("Lead HSE on every site",
     "Keep everyone off the lawn until the seed has taken.", None),
])
def test_safety_seen_kept_by_all_and_officials_walked_round(text: str, line: str,
                                                           term: str | None) -> None:
    """Occupational safety and HSE by a rule the person sees everyone keep; fire safety by the
    fire put out and checked before locking up; official inspections by the inspecting
    official shown round."""
    assert read_duty(duty(text), line) == term


# Quality checked against the light or by ear (text/duties/checks); customers' own orders
# worked out sitting with them (text/duties/consultations)

@pytest.mark.parametrize(("text", "line", "term"), [
    ("Carry out quality checks on every piece",
     "Hold every finished glass up to the light and send back any with a bubble.",
     "quality checks"),
    ("Carry out quality control of every batch",
     "Break a few tiles from every firing and listen for the ring; soft ones go back into the "
     "next firing.", "quality control"),
    ("Carry out quality control before each roof goes on",
     "Go round every new wall with a lamp and recut each joint where light shows through.",
     "quality control"),
    ("Handle bespoke commissions with customers",
     "Sit with couples at the counter and sketch the ring they have in mind.",
     "bespoke commissions"),
    ("Provide customer advice in our showroom",
     "Sit with the players who come to try a fiddle and help them choose the strings.",
     "customer advice"),
    # a piece held up for show, a check of one's own tools; the workshop's own people taught
    ("Carry out quality checks on every piece",
     "Hold every finished glass up to the light for the visitors to admire.", None),
    ("Carry out quality control of every batch",
     "Break the old moulds and listen to the radio while I work.", None),
    ("Provide customer advice in our showroom",
     "Sit with the apprentices and help them choose their first set of chisels.", None),
    ("Handle bespoke commissions with customers",
     "Sit with couples at the counter while they wait for their rings to be wrapped.", None),
])
def test_quality_checked_by_light_or_ear_and_customers_orders_worked_out_with_them(
        text: str, line: str, term: str | None) -> None:
    """Quality checks by a piece held to the light or broken and listened to, with what fails
    sent back or recut; customer advice and bespoke commissions by the customers sat with and
    helped to choose."""
    assert read_duty(duty(text), line) == term


# What is left weighed or the store looked at, more rung for when under a mark (text/duties/
# stock); a trade's own records (text/duties/logs); a season's students (text/duties/newcomers);
# visitors shown the trade (text/duties/visitors)

@pytest.mark.parametrize(("text", "line", "term"), [
    ("Keep the silver inventory and place orders with suppliers",
     "Weigh the gold wire left in the safe every Friday and ring the dealer when we are under "
     "half a kilo.", "silver inventory"),
    ("Keep track of feed and bedding supplies and reorder in time",
     "Check the grain bins every Monday and ring the mill when we are under ten days' worth.",
     "bedding supplies"),
    ("Keep the burn log for every kiln",
     "Write down every hour the heat, the draught and which vents I opened, in the kiln book.",
     "burn log"),
    ("Keep the treatment records for the vet",
     "Write in the herd book every cow the vet has seen and what she was given.",
     "treatment records"),
    ("Train and lead our seasonal workers",
     "Show the summer students how to lift a hive frame without crushing the bees.",
     "seasonal workers"),
    ("Train our apprentices",
     "Show the girl in her second year with us how to set a saw.", "apprentices"),
    ("Give demonstrations for visitors and tour groups",
     "Show coach parties round the pottery and let the children throw a pot of their own.",
     "demonstrations"),
    ("Give guided tours for school classes and visitors",
     "Tell the school classes and the hikers how the salt is boiled out of the brine.",
     "guided tours"),
    ("Give live demonstrations to visitors in the shop",
     "Work at the wheel in the shop window while tourists watch.", "live demonstrations"),
    # what is left weighed for a recipe, a bin looked at for rats; a book read; one's own
    # school year; customers served; an inspector shown round
    ("Keep the silver inventory and place orders with suppliers",
     "Weigh the dough left from the morning and bake it into rolls.", None),
    ("Keep track of feed and bedding supplies and reorder in time",
     "Check the grain bins for rats every Monday.", None),
    ("Keep the burn log for every kiln",
     "Read the kiln book every morning before the first firing.", None),
    ("Give demonstrations for visitors and tour groups",
     "Show customers round the showroom and take their orders.", None),
    ("Give guided tours for school classes and visitors",
     "Show the inspectors round the drying sheds once a year.", None),
])
def test_stock_weighed_records_kept_students_shown_and_visitors_shown_round(
        text: str, line: str, term: str | None) -> None:
    """A store's stock by what is left weighed or its bins checked and more rung for when under
    a mark; burn logs and treatment records by each entry written in the book; a season's
    students as its seasonal workers, an apprentice by the year of the training; the ad's
    demonstrations and guided tours by visitors taken round, told how or watching the work."""
    assert read_duty(duty(text), line) == term


# The bargain struck with sellers (text/duties/purchasing); animals' health checked on a round
# of every flock (text/duties/checks)

@pytest.mark.parametrize(("text", "line", "term"), [
    ("Handle timber purchasing from the forestry offices",
     "Walk the oak stands with the forester in spring and agree which logs by the track we "
     "will take.", "timber purchasing"),
    ("Handle the purchasing of grapes from local growers",
     "Go round the vineyards in September, taste the grapes and agree the price with the "
     "growers.", "purchasing"),
    ("Carry out daily health checks on every herd",
     "Walk every paddock at first light and take any calf that coughs or stands apart to the "
     "sick pen.", "health checks"),
    # a price agreed with customers, a round of the fences; the ad's quality checks
    ("Handle timber purchasing from the forestry offices",
     "Walk the stands with the forester and agree which trees to leave for the birds.", None),
    ("Carry out daily health checks on every herd",
     "Walk every paddock at first light and mend any fence that is down.", None),
    ("Carry out quality checks on every piece",
     "Walk every paddock at first light and take any calf that coughs to the sick pen.", None),
])
def test_a_bargain_struck_buys_and_every_flock_walked_checks_its_health(
        text: str, line: str, term: str | None) -> None:
    """Purchasing by the price agreed with the sellers or the lots agreed to be taken; the
    animals' health checks by every flock or herd walked and the sick ones taken out."""
    assert read_duty(duty(text), line) == term
