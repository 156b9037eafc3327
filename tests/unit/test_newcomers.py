"""Training newcomers said in other words (text/duties/newcomers): an ad's duty to train the people a
workplace takes on, shown by a CV line in which the person teaches them; never the people the
work serves, never training received, never learners for new staff."""

from pathlib import Path

import pytest

import cvtailor
from cvtailor.engines.offline.jd_parser import parse_jd_text
from cvtailor.models import Requirement
from cvtailor.text.duties.newcomers import taught_term, teaches_newcomers, trains_newcomers
from cvtailor.text.vocabulary import default_vocabulary

VOCAB = default_vocabulary()


def duty(text: str) -> Requirement:
    [req] = parse_jd_text(f"Workshop Foreman\n\nThe role\n- {text}\n", VOCAB).requirements
    return req


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
])
def test_the_ad_s_term_for_the_training_the_line_shows(text: str, line: str,
                                                        term: str) -> None:
    """The term is the ad's words for the training and whom it is for, never a topic the
    duty names beside ("safe working practices")."""
    req = duty(text)
    assert trains_newcomers(req)
    assert taught_term(req, line) == term


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
