"""What trying the tool as a job seeker found, on a CV and an ad outside every labelled set: an
Adelaide enrolled nurse (a DOCX CV with her name in the page header and her qualifications in a
table) to a clinical nurse in residential aged care (an Australian health network's ad as a PDF,
with numbered Essential and Desirable selection criteria). Each test failed on the code before
the fix."""

from __future__ import annotations

from cvtailor.engines.offline.cv_parser import parse_cv_text
from cvtailor.engines.offline.jd_parser import parse_jd_text
from cvtailor.models import SectionKind
from cvtailor.research.evidence import find_evidence
from cvtailor.text.vocabulary import default_vocabulary

VOCAB = default_vocabulary()

CLINICAL_NURSE_AD = """# Clinical Nurse – Residential Aged Care

## Essential

1. Registration as a Registered Nurse with AHPRA.
2. Knowledge of the Serious Incident Response Scheme (SIRS) and clinical incident management.
3. Sound knowledge of medication management, including Schedule 8 medicines.

## Desirable

1. Ability to speak a community language.

Appointment is subject to a satisfactory National Police Certificate and Working with Vulnerable
People check.
"""

ENROLLED_NURSE_CV = """# Tran Thi Mai

## Employment history

### Enrolled Nurse — Banksia Grove Aged Care
February 2020 – present

- Administer medications for a 30-bed memory support wing, including S8 checks with the RN
- Act as shift coordinator on afternoons when the RN is on the other wing

## Education and registration

Registration | AHPRA Enrolled Nurse, no notations
Diploma of Nursing (HLT54115) | TAFE SA, 2019
Bachelor of Nursing | University of South Australia, in progress (4 of 6 semesters completed)
Certificate III in Individual Support | TAFE SA, 2016

## Skills

- Languages: English, Vietnamese
"""


def test_a_named_scheme_a_numbered_schedule_and_a_check_on_appointment() -> None:
    """"Serious Incident Response Scheme (SIRS)" gave the IT term "Incident Response";
    "Schedule 8 medicines" lost its 8 ("Schedule"); "Appointment is subject to a satisfactory
    National Police Certificate ..." was a requirement, with "Appointment" a term."""
    job = parse_jd_text(CLINICAL_NURSE_AD, VOCAB)
    keywords = {r.text: r.keywords for r in job.requirements}
    assert keywords["Knowledge of the Serious Incident Response Scheme (SIRS) and clinical "
                    "incident management"][0] == "Serious Incident Response Scheme"
    assert "Schedule 8 medicines" in keywords["Sound knowledge of medication management, "
                                              "including Schedule 8 medicines"]
    assert not any("Police" in text for text in keywords)
    istqb = parse_jd_text("# QA Engineer\n\n## Nice to have\n\n- ISTQB Advanced Level Test "
                          "Automation Engineer certification\n", VOCAB)
    assert "Level Test Automation Engineer" not in istqb.requirements[0].keywords


def test_the_rn_someone_works_with_is_no_registration_of_theirs() -> None:
    """An enrolled nurse's "S8 checks with the RN" and "when the RN is on the other wing"
    evidenced "Registered Nurse" (the vocabulary's alias) and it was listed as her Key
    Qualification, though she answered no to holding it."""
    cv, job = parse_cv_text(ENROLLED_NURSE_CV), parse_jd_text(CLINICAL_NURSE_AD, VOCAB)
    rn = next(r for r in job.requirements if r.keywords[0] == "Registered Nurse")
    assert not [e for e in find_evidence(cv, job, VOCAB)[rn.id] if e.term == "Registered Nurse"]
    worked = parse_cv_text("# N\n\n## Experience\n\n### Staff Nurse — Lyell McEwin Hospital\n"
                           "2019 – present\n\n- Work as an RN on a 28-bed surgical ward\n")
    assert [e for e in find_evidence(worked, job, VOCAB)[rn.id] if e.term == "Registered Nurse"]


def test_a_table_of_qualifications_gives_one_entry_a_row() -> None:
    """The rows of a DOCX table under "Education and registration" were read as one
    qualification with a detail and an item, two rows joined into one line."""
    cv = parse_cv_text(ENROLLED_NURSE_CV)
    education = next(s for s in cv.sections if s.kind == SectionKind.EDUCATION)
    assert [e.heading for e in education.entries] == [
        "Registration | AHPRA Enrolled Nurse, no notations",
        "Diploma of Nursing (HLT54115) | TAFE SA, 2019",
        "Bachelor of Nursing | University of South Australia, in progress (4 of 6 semesters "
        "completed)", "Certificate III in Individual Support | TAFE SA, 2016"]
