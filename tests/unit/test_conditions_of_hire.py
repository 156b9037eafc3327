"""The law's conditions on a hire are no requirement to tailor for or ask about: "eligible to
work in Ireland, as we're unable to offer visa sponsorship" asked "Have you done offer visa
sponsorship?", one of the interview's ten questions. A recruiter's sponsorship work is still
a requirement."""

from cvtailor.engines.offline.jd_parser import parse_jd_text
from cvtailor.text.vocabulary import default_vocabulary

AD = """# Senior Fund Accountant

## Requirements
- Candidates must be eligible to work in Ireland, as we're unable to offer visa sponsorship
- You must have the right to work in the UK
- Experience with H-1B and visa sponsorship processes
- 4 years of fund accounting experience
"""


def test_eligibility_to_work_is_no_requirement() -> None:
    texts = [r.text for r in parse_jd_text(AD, default_vocabulary()).requirements]
    assert not any("eligible" in t or "right to work" in t for t in texts), texts


def test_sponsorship_work_and_experience_stay() -> None:
    texts = [r.text for r in parse_jd_text(AD, default_vocabulary()).requirements]
    assert any("H-1B" in t for t in texts)
    assert any("fund accounting" in t for t in texts)
