"""A short duty that joins two of a requirement's terms ("You will present loan files to the
credit committee") is asked about whole, as an activity: the person vouches for the duty, not
for one of its nouns, and a yes (or an account of where it shows) writes the duty into the
line it confirms, in the ad's words but never the ad's "our"."""

from __future__ import annotations

from pathlib import Path

from cvtailor import Session
from cvtailor.storage.session_store import SessionStore

CV_MD = """# Thida Aung

## Experience

### Loan Officer — Golden Delta Microfinance
*2019 – present*
- Take each new file to the Thursday meeting with the branch manager and accountant, where we decide which loans to approve.
- Visit 25 clients a week at their shops and farms to collect repayments.
"""

JD_MD = """# Senior Loan Officer — Irrawaddy Credit

## Responsibilities
- You will present loan files to the credit committee
- Work closely with our recovery team on overdue accounts
"""

DUTY = "presenting loan files to the credit committee"


def _start(tmp_path: Path) -> Session:
    (tmp_path / "cv.md").write_text(CV_MD, encoding="utf-8")
    (tmp_path / "jd.md").write_text(JD_MD, encoding="utf-8")
    return Session.start(tmp_path / "cv.md", tmp_path / "jd.md", interview=True,
                         store=SessionStore(tmp_path / "s.sqlite"))


def test_a_yes_to_a_duty_writes_it_into_the_line_it_confirms(tmp_path: Path) -> None:
    session = _start(tmp_path)
    questions = {q["term"]: q for q in session.pending["questions"]}
    question = questions[DUTY]
    assert question["kind"] == "confirm"
    assert [e["text"] for e in question["evidence"]] == [CV_MD.split("\n- ")[1].split("\n")[0]]
    session.answer({q["id"]: "yes" if q["term"] == DUTY else "no"
                    for q in session.pending["questions"]})
    session.accept_all()
    markdown = session.result().markdown
    # the activity follows what was done, as a person writes it
    assert ("- Take each new file to the Thursday meeting with the branch manager and "
            "accountant, where we decide which loans to approve, presenting loan files to the "
            "credit committee.") in markdown
    assert markdown.count("credit committee") == 1  # nowhere the person did not put it


def test_where_another_line_shows_a_duty_is_the_claim_of_it(tmp_path: Path) -> None:
    session = _start(tmp_path)
    question = next(q for q in session.pending["questions"] if q["term"] == DUTY)
    session.answer({question["id"]: "At Golden Delta Microfinance I take each new file to "
                                     "the Thursday meeting where we decide which loans to "
                                     "approve."})
    while session.status == "awaiting_answers":
        session.answer({q["id"]: "no" for q in session.pending["questions"]})
    session.accept_all()
    assert "which loans to approve, presenting loan files to the credit committee." \
        in session.result().markdown


def test_a_no_to_a_duty_claims_none_of_its_terms(tmp_path: Path) -> None:
    session = _start(tmp_path)
    session.answer({q["id"]: "no" for q in session.pending["questions"]})
    while session.status == "awaiting_answers":
        session.answer({q["id"]: "no" for q in session.pending["questions"]})
    session.accept_all()
    markdown = session.result().markdown
    assert "credit committee" not in markdown and "loan files" not in markdown
    assert "our recovery team" not in markdown
