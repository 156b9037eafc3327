"""A name joined by a dot ("Frame.io", "Node.js") is a name, not its first word: a post
supervisor's "set every project to the broadcaster's frame rate" said "Frame.io" to the
evidence search, which dropped the name's short "io", so the ad's review tool counted as
matched and a described answer put it in the skills list (a held-out set's interview claim)."""

from cvtailor.engines.offline.cv_parser import parse_cv_text
from cvtailor.engines.offline.jd_parser import parse_jd_text
from cvtailor.research.evidence import analyze_gaps, find_evidence
from cvtailor.text.vocabulary import default_vocabulary
from cvtailor.text.wordforms import phrase_near

CV = """# Ana Ruiz

## Experience

### Editor — Southside Post, 2019 – present
- Conformed each episode to the network's frame rate and loudness specs before delivery.
- Fixed flash frames and legal levels in the QC pass.
"""

JD = """# Post-production Supervisor — Harbour Pictures

## Requirements
- Experience with Frame.io for review and approval
"""


def test_a_dotted_name_is_said_only_as_written() -> None:
    assert not phrase_near("Frame.io", "Fixed flash frames and legal levels in the QC pass.")
    assert not phrase_near("Frame.io", "Conformed each episode to the network's frame rate")
    assert phrase_near("Frame.io", "Shared every cut with the client on Frame.io.")
    assert not phrase_near("Node.js", "Replaced a failed node in the storage cluster.")
    assert phrase_near("Node.js", "Built the API in Node.js and TypeScript.")


def test_a_line_about_frames_is_no_evidence_of_frame_io() -> None:
    vocab = default_vocabulary()
    cv, job = parse_cv_text(CV), parse_jd_text(JD, vocab)
    evidence = find_evidence(cv, job, vocab)
    assert not any(e.term == "Frame.io" for rows in evidence.values() for e in rows)
    report = analyze_gaps(job, evidence, vocab=vocab)
    assert [m.status for m in report.matches] == ["gap"]  # asked, never taken as matched
