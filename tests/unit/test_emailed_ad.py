"""What trying the tool as a job seeker found, on a CV and an ad outside every labelled set: an
Aurora HVAC dispatcher (a plain-text CV) to a service coordinator, the ad an email saved whole
(.eml) from the hiring manager. Each test failed on the code before the fix."""

from __future__ import annotations

from pathlib import Path

from cvtailor.engines.offline.jd_parser import parse_jd_text
from cvtailor.readers import read_document
from cvtailor.text.vocabulary import default_vocabulary

VOCAB = default_vocabulary()

SAVED_EMAIL = """From: Megan Ostrowski <megan@summitairpros.com>
To: careers-list@example.org
Subject: Now hiring: Service Coordinator (HVAC) - Littleton, CO
Date: Mon, 23 Nov 2026 09:14:00 -0700
Content-Type: text/plain; charset="utf-8"

Hi all,

Summit Air Pros is hiring a Service Coordinator for our Littleton shop.

What we're looking for:
- 3+ years of dispatching in residential HVAC, plumbing or electrical
- ServiceTitan experience required

Thanks,
Megan Ostrowski
Operations Manager, Summit Air Pros
"""


def test_a_saved_email_is_read_as_its_message_with_the_subject_as_title(tmp_path: Path) -> None:
    """The headers were read as the ad's first lines and the signature as two requirements
    ("Your CV does not mention Megan Ostrowski. Have you done this?")."""
    path = tmp_path / "jd.eml"
    path.write_text(SAVED_EMAIL, encoding="utf-8")
    text = read_document(path, kind="JD").text
    assert text.startswith("# Service Coordinator (HVAC) - Littleton, CO\n")
    assert "From:" not in text and "Hi all" not in text and "Megan" not in text
    job = parse_jd_text(text, VOCAB)
    assert (job.title, job.company, job.location) == (
        "Service Coordinator (HVAC)", "Summit Air Pros", "Littleton, CO")
    assert [r.text for r in job.requirements] == [
        "3+ years of dispatching in residential HVAC, plumbing or electrical",
        "ServiceTitan experience required"]


def test_a_text_that_only_starts_like_a_header_is_no_email(tmp_path: Path) -> None:
    path = tmp_path / "jd.txt"
    path.write_text("Location: Denver, CO\nSchedule: Mon-Fri\n\nDispatcher\n\n- Route 60 calls "
                    "a day\n", encoding="utf-8")
    assert read_document(path, kind="JD").text.startswith("Location: Denver, CO")


def test_experience_of_a_named_tool_is_asked_as_the_tool() -> None:
    """"ServiceTitan experience" was the term, so a CV naming ServiceTitan twice was told "Your
    CV does not mention ServiceTitan experience". Under "What we need" (no section heading
    then) or a line of no section, the bullet was dropped: it names no skill the vocabulary
    knows, though it says it is required."""
    for heading in ("Our shop is busy", "What we need"):
        job = parse_jd_text(f"Service Coordinator\n\n{heading}\n- ServiceTitan experience "
                            "required\n- Dispatch experience in a busy shop\n", VOCAB)
        keywords = [r.keywords for r in job.requirements]
        assert keywords[0] == ["ServiceTitan"], heading
    assert "Dispatch experience" in keywords[1]  # a practice keeps its experience
