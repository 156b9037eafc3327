"""An "or" offers named things in each other's place, never the rest of the requirement in
theirs: "2 years in a dental practice, using Dentrix or Eaglesoft" is not met by the practice
alone, and a line naming neither tool is asked about, not taken for them."""

from cvtailor.engines.offline.cv_parser import parse_cv_text
from cvtailor.engines.offline.jd_parser import parse_jd_text
from cvtailor.research.evidence import analyze_gaps, find_evidence
from cvtailor.text.vocabulary import default_vocabulary

CV = """# Ana Lima

## Experience

### Dental Nurse — Smile Street Dental Practice
Mar 2021 – Present

- Chairside support for 2 dentists in a busy dental practice, 30 patients a day
- Ran the decontamination room and kept instrument tracking records
"""


def _status(requirement: str, cv: str = CV) -> tuple[str, list[str]]:
    vocab = default_vocabulary()
    job = parse_jd_text(f"# Senior Dental Nurse\n\n## Requirements\n- {requirement}\n", vocab)
    report = analyze_gaps(job, find_evidence(parse_cv_text(cv), job, vocab), vocab=vocab)
    match = report.matches[0]
    return match.status, match.missing_keywords


def test_the_setting_alone_does_not_meet_an_either_of_two_named_tools() -> None:
    status, missing = _status("At least 2 years in a dental practice, using Dentrix or Eaglesoft")
    assert {"Dentrix", "Eaglesoft"} <= set(missing)
    assert status == "partial"


def test_one_named_tool_of_the_two_still_suffices() -> None:
    status, missing = _status("At least 2 years in a dental practice, using Dentrix or Eaglesoft",
                              CV + "- Booked and charted every appointment in Dentrix\n")
    assert "Dentrix" not in missing
    assert status == "matched"
