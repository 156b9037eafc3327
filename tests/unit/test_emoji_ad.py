"""What trying the tool as a job seeker found, on a CV and an ad outside every labelled set: an
Austin backend engineer (a Markdown CV) to a senior platform engineer (a start-up's ad copied
from a job board, its headings and list marks emoji). Each test failed on the code before the
fix."""

from __future__ import annotations

from pathlib import Path

from cvtailor.engines.offline.jd_parser import parse_jd_text
from cvtailor.readers import read_document
from cvtailor.text.vocabulary import default_vocabulary

VOCAB = default_vocabulary()

EMOJI_AD = """About the job

👋 Hi, we're Quillstack! We build the document automation platform that 2,000+ law firms use every day.

🚀 The role
We're hiring a Senior Platform Engineer to join our 6-person Platform team.

🛠️ What you'll do
✅ Write and review infrastructure as code in Terraform
✅ Lead incident response and blameless postmortems

🎯 What we're looking for
- Strong Terraform skills

⭐ Bonus points
- Service mesh experience (Istio or Linkerd)

💰 $175,000 – $205,000 + equity. Remote (US).

Quillstack is an equal opportunity employer.
"""


def test_an_ad_with_emoji_headings_reads_its_sections(tmp_path: Path) -> None:
    """Every heading opened on an emoji, so none was read: all 19 requirements were
    "important" (the "Bonus points" too), "Remote (US)" and the company's own product were
    requirements, and the company was not found."""
    path = tmp_path / "jd.txt"
    path.write_text(EMOJI_AD, encoding="utf-8")
    job = parse_jd_text(read_document(path, kind="JD").text, VOCAB)
    assert (job.title, job.company) == ("Senior Platform Engineer", "Quillstack")
    rows = {r.text: (r.category, r.priority) for r in job.requirements}
    assert rows["Write and review infrastructure as code in Terraform"][0] == "responsibility"
    assert rows["Service mesh experience (Istio or Linkerd)"][1] == "nice_to_have"
    assert not any("Remote" in text or "law firms" in text or "175" in text for text in rows)
