"""A court's prose ad, with no headings: "Applicants must hold a current Georgia Certified Court
Reporter (CCR) certificate" was read as how-to-apply text (dropped: the ad's one must-have
credential), "The successful applicant will report trials, ..." kept the hire as its subject,
and the header line "Title — Employer (Town, ST)" gave no title, employer or place. How to
apply stays out."""

from cvtailor.engines.offline.jd_parser import parse_jd_text
from cvtailor.text.vocabulary import default_vocabulary

AD = """Official Court Reporter — Superior Court of Cobb County (Marietta, GA)

The Superior Court of Cobb County seeks an Official Court Reporter to make the verbatim record of proceedings in a busy felony courtroom. The successful applicant will report trials, hearings and pleas, and will prepare and certify transcripts for appeal within the deadlines set by the court.

Applicants must hold a current Georgia Certified Court Reporter (CCR) certificate. Candidates should have at least three years of experience reporting court proceedings or depositions. Experience with Case CATalyst is required.

To apply, submit a resume to the Court Administrator. Applicants must address the selection criteria in a cover letter. All applicants will receive consideration without regard to race.
"""


def _job():  # type: ignore[no-untyped-def]
    return parse_jd_text(AD, default_vocabulary())


def test_a_credential_applicants_must_hold_is_a_critical_requirement() -> None:
    reqs = [r for r in _job().requirements if "CCR" in r.keywords]
    assert reqs and reqs[0].priority == "critical", [r.text for r in _job().requirements]


def test_the_hires_duties_are_duties_without_the_hire() -> None:
    job = _job()
    texts = [r.text for r in job.requirements]
    assert "Report trials, hearings and pleas" in texts, texts
    assert any(t.startswith("Prepare and certify transcripts") for t in texts), texts
    assert not any("successful applicant" in r.text or "applicant" in " ".join(r.keywords)
                   for r in job.requirements)


def test_how_to_apply_stays_out() -> None:
    texts = " ".join(r.text for r in _job().requirements)
    assert "selection criteria" not in texts and "consideration" not in texts


def test_title_employer_and_place_in_brackets() -> None:
    job = _job()
    assert (job.title, job.company, job.location) == (
        "Official Court Reporter", "Superior Court of Cobb County", "Marietta, GA")


def test_a_bracketed_abbreviation_is_no_place() -> None:
    job = parse_jd_text("# Speech-Language Pathologist – Clinical Fellow (CF)\n\n"
                        "## Requirements\n- A master's degree in SLP\n", default_vocabulary())
    assert "CF" not in job.location
