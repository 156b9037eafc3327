"""A US travel nurse's résumé: credentials listed in the header ("JORDAN MILLER, BSN, RN,
CCRN", "Compact RN license | BLS, ACLS, PALS | CCRN (AACN), 2022"), assignments as bullets
under each agency with what was done indented under them, in a "TRAVEL ASSIGNMENTS"
section, then a "STAFF EXPERIENCE" section."""

from __future__ import annotations

from cvtailor.engines.offline.cv_parser import parse_cv_text
from cvtailor.engines.offline.jd_parser import parse_jd_text
from cvtailor.models import SectionKind
from cvtailor.research.evidence import analyze_gaps, find_evidence
from cvtailor.text.cvtext import evidence_corpus
from cvtailor.text.vocabulary import default_vocabulary

VOCAB = default_vocabulary()

CV = """JORDAN MILLER, BSN, RN, CCRN
Denver, CO | (720) 555-0133 | jordan.miller.rn@example.com
Compact RN license (Colorado, multistate) | BLS, ACLS, PALS | CCRN (AACN), 2022
Nationality: American

TRAVEL ASSIGNMENTS
AMN Healthcare
- ICU RN, Intermountain Medical Center, Murray, UT | 13 weeks | Jan 2025 – Apr 2025
  Cared for 1–2 critically ill patients per shift; titrated vasoactive drips and managed CRRT
- ICU RN, Banner University Medical Center, Phoenix, AZ | 26 weeks | Jun 2024 – Dec 2024
  Covered a mixed surgical/trauma ICU, including fresh post-op hearts and ECMO patients

STAFF EXPERIENCE
Staff RN, Medical ICU — UCHealth University of Colorado Hospital, Aurora, CO | Jul 2018 – Aug 2023
- Charge nurse two shifts a week for a 24-bed MICU
"""

JD = """# Travel RN – CVICU

## Requirements
- BLS and ACLS from the AHA
- CRRT experience preferred
- CCRN certification preferred
"""


def test_assignments_are_roles_with_what_was_done_under_them() -> None:
    cv = parse_cv_text(CV)
    roles = [(e.title, e.organization, e.location, e.dates, [i.text[:20] for i in e.items])
             for s in cv.sections if s.kind == SectionKind.EXPERIENCE for e in s.entries
             if e.dates]
    assert roles == [
        ("ICU RN", "Intermountain Medical Center", "Murray, UT", "Jan 2025 – Apr 2025",
         ["Cared for 1–2 critic"]),
        ("ICU RN", "Banner University Medical Center", "Phoenix, AZ", "Jun 2024 – Dec 2024",
         ["Covered a mixed surg"]),
        ("Staff RN, Medical ICU", "UCHealth University of Colorado Hospital", "Aurora, CO",
         "Jul 2018 – Aug 2023", ["Charge nurse two shi"])]
    # two experience sections: no id of one is an id of the other
    ids = [i for s in cv.sections for e in s.entries for i in (e.id, *(x.id for x in e.items))]
    assert len(ids) == len(set(ids))
    assert any("managed CRRT" in text for text in evidence_corpus(cv).values())


def test_what_the_header_lists_as_held_is_held_and_what_it_asks_is_matched() -> None:
    cv, job = parse_cv_text(CV), parse_jd_text(JD, VOCAB)
    assert [r.keywords for r in job.requirements] == [["BLS", "ACLS"], ["CRRT"], ["CCRN"]]
    corpus = evidence_corpus(cv)
    assert "BSN, RN, CCRN" in corpus.values()
    assert not any("Nationality" in text for text in corpus.values())  # personal data
    report = analyze_gaps(job, find_evidence(cv, job, VOCAB), 10, VOCAB, corpus)
    assert [m.status for m in report.matches] == ["matched", "matched", "matched"]
    assert report.questions == []
