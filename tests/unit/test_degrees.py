"""Degrees: a CV degree line and a JD degree requirement read into level and fields, the
decision between them, the guard, and the degree surfaced in the JD's words end to end."""

from __future__ import annotations

from pathlib import Path

import pytest

from cvtailor.checks.fabrication import check_draft
from cvtailor.engines.offline import OfflineEngine
from cvtailor.models import Draft
from cvtailor.research.evidence import find_evidence
from cvtailor.text.degrees import (
    best_degree,
    cv_degrees,
    jd_degree_requirement,
    qualification,
    satisfies,
)
from cvtailor.text.vocabulary import default_vocabulary

VOCAB = default_vocabulary()

# CV line -> (level, field as written, field the degree's name implies, held)
CV_LINES = {
    "B.S. in Accounting — Front Range State University, 2016":
        ("bachelor", "Accounting", "", True),
    "BS in Computer Science, 2012": ("bachelor", "Computer Science", "", True),
    "BSc in Physics — Leeds": ("bachelor", "Physics", "", True),
    "B.Sc. in Computer Science — Lakeside University, 2016 – 2020":
        ("bachelor", "Computer Science", "", True),
    "BBA, Baruch College": ("bachelor", "", "Business Administration", True),
    "BEng in Civil Engineering": ("bachelor", "Civil Engineering", "Engineering", True),
    "BSN — Ohio State University": ("bachelor", "", "Nursing", True),
    "Bachelor of Science in Nursing, Ohio State University": ("bachelor", "Nursing", "", True),
    "Bachelor of Arts in Economics": ("bachelor", "Economics", "", True),
    "Bachelor of Science (Geology) — Curtin University, 2019": ("bachelor", "Geology", "", True),
    "Bachelor of Science (Hons) Geology, 2015": ("bachelor", "Geology", "", True),
    "Bachelor of Science (Part-time) — Lakeside University": ("bachelor", "", "", True),
    "BSc (Hons) Ecology and Conservation — University of Chester, 2019":
        ("bachelor", "Ecology and Conservation", "", True),
    "BSc Midwifery (post-diploma, sandwich) — University of Cape Coast, 2 of 3 years completed":
        ("bachelor", "Midwifery", "", False),
    "BA in English — Grinnell College": ("bachelor", "English", "", True),
    "MA in History": ("master", "History", "", True),
    "M.S. in Statistics, 2023 – Present": ("master", "Statistics", "", False),
    "MSc in Data Science, expected May 2027": ("master", "Data Science", "", False),
    "MBA, Wharton": ("master", "", "Business Administration", True),
    "M.Ed. in Curriculum and Instruction — University of the Northern Prairie, 2018":
        ("master", "Curriculum and Instruction", "Education", True),
    "MEd, 2015": ("master", "", "Education", True),
    "MPH — Emory University": ("master", "", "Public Health", True),
    "MSN, Family Nurse Practitioner": ("master", "", "Nursing", True),
    "Master of Education, 2019": ("master", "Education", "", True),
    "Pursuing a Master of Science in Nursing, part time": ("master", "Nursing", "", False),
    "PhD in Physics — MIT": ("doctorate", "Physics", "", True),
    "Ph.D. in Economics (in progress)": ("doctorate", "Economics", "", False),
    "DPT, University of Iowa": ("doctorate", "", "Physical Therapy", True),
    "EdD in Educational Leadership": ("doctorate", "Educational Leadership", "Education", True),
    "JD, Georgetown Law": ("doctorate", "", "Law", True),
    "MD — Johns Hopkins": ("doctorate", "", "Medicine", True),
    "Associate of Applied Science, Electrical Technology": ("associate", "", "", True),
    "AAS in Electrical Technology": ("associate", "Electrical Technology", "Applied Science",
                                     True),
    "B.S. Statistics, Evergreen Coast University, 2018": ("bachelor", "Statistics", "", True),
    "Staff accountant with a B.S. in Accounting and 5 years in distribution.":
        ("bachelor", "Accounting", "", True),
    "BS in Computer Science and minor in Math": ("bachelor", "Computer Science", "", True),
    "Doctor of Physical Therapy (DPT) — Front Range University, 2018":
        ("doctorate", "Physical Therapy", "", True),
    "Bachelor of Science in Civil Engineering\nTidewater State University, 2020":
        ("bachelor", "Civil Engineering", "", True),
    # a field after a comma, when it is one ("MBA, Wharton" names a school)
    "B.Tech, Computer Science and Engineering\nIndian Institute of Technology Delhi":
        ("bachelor", "Computer Science and Engineering", "Technology", True),
    "B.Com, Accounting, University of Mumbai, 2019": ("bachelor", "Accounting", "Commerce",
                                                      True),
}


@pytest.mark.parametrize("line", sorted(CV_LINES))
def test_a_cv_degree_line_is_read_into_level_and_field(line: str) -> None:
    [degree] = cv_degrees(line, education=True)
    assert (degree.level, degree.field, degree.implied_field, degree.held) == CV_LINES[line]


def test_two_degrees_on_one_line_are_two_and_ambiguous_letters_are_not_degrees() -> None:
    both = cv_degrees("M.Ed. in Curriculum and Instruction — University of the Northern "
                      "Prairie, 2018 B.S. in Biology — Lakes State University, 2014")
    assert [(d.level, d.field) for d in both] == [("master", "Curriculum and Instruction"),
                                                 ("bachelor", "Biology")]
    # a state, an office suite, a job description: not degrees outside an Education line
    assert cv_degrees("Moved to Boston, MA; built MS Excel models from the JD") == []
    assert cv_degrees("BS, Lakeland State University") == []
    assert [d.level for d in cv_degrees("BS, Lakeland State University", education=True)] \
        == ["bachelor"]


# JD text -> (level, phrase, fields, related field, or higher, or equivalent)
JD_LINES = {
    "Bachelor's degree in Finance, Accounting or Economics.":
        ("bachelor", "Bachelor's degree", ("Finance", "Accounting", "Economics"), False, False,
         False),
    "We're looking for someone with a bachelor's degree in accounting or finance and at least "
    "four years of accounting experience":
        ("bachelor", "bachelor's degree", ("accounting", "finance"), False, True, False),
    "Master's degree in Instructional Design, Education or a related field.":
        ("master", "Master's degree", ("Instructional Design", "Education"), True, False,
         False),
    "Bachelor's degree in a STEM field or equivalent experience":
        ("bachelor", "Bachelor's degree", ("STEM",), False, False, True),
    "BA/BS in Computer Science, Engineering, or a related technical field":
        ("bachelor", "BA/BS", ("Computer Science", "Engineering"), True, False, False),
    "Bachelor's or Master's degree in Statistics":
        ("bachelor", "Bachelor's degree", ("Statistics",), False, True, False),
    "Associate degree or higher": ("associate", "Associate degree", (), False, True, False),
    "Bachelor's degree in any field": ("bachelor", "Bachelor's degree", (), False, False,
                                       False),
    "Bachelors in Marketing": ("bachelor", "Bachelor's degree", ("Marketing",), False, False,
                               False),
    "Bachelor of Science in Nursing (BSN) from an accredited program":
        ("bachelor", "Bachelor of Science", ("Nursing",), False, False, False),
    "Bachelor's degree in Civil Engineering from an ABET-accredited program":
        ("bachelor", "Bachelor's degree", ("Civil Engineering",), False, False, False),
    "Bachelor's degree from an accredited university":
        ("bachelor", "Bachelor's degree", (), False, False, False),
    # a degree with a field and no level: the usual first degree
    "Degree in Computer Science, Engineering, or a related field":
        ("bachelor", "Degree", ("Computer Science", "Engineering"), True, False, False),
    "A degree in Finance or Accounting": ("bachelor", "degree", ("Finance", "Accounting"),
                                          False, False, False),
}


@pytest.mark.parametrize("line", sorted(JD_LINES))
def test_a_jd_degree_requirement_is_read(line: str) -> None:
    req = jd_degree_requirement(line)
    assert req is not None
    assert (req.level, req.phrase, req.fields, req.related, req.or_higher,
            req.or_equivalent) == JD_LINES[line]


def test_a_requirement_without_a_degree_is_none() -> None:
    assert jd_degree_requirement("5+ years of experience in FP&A") is None
    assert jd_degree_requirement("Active CPA license") is None
    assert jd_degree_requirement("A journeyman license; a master license is a plus") is None
    assert jd_degree_requirement("Two years as a Sales Associate") is None
    assert jd_degree_requirement("A degree or equivalent experience") is None  # no field
    assert jd_degree_requirement("A high degree of autonomy in planning") is None
    # a field it cannot read is not "any field": the requirement is left undecided
    assert jd_degree_requirement("Bachelor's degree in 5+ years of hands-on work") is None


def holds(cv_line: str, jd_line: str) -> bool:
    req = jd_degree_requirement(jd_line)
    assert req is not None
    return best_degree(cv_degrees(cv_line, education=True), req) is not None


def test_levels_compare() -> None:
    assert holds("B.S. in Accounting", "Bachelor's degree or higher")
    assert holds("M.S. in Accounting", "Bachelor's degree in Accounting")  # higher satisfies
    assert holds("PhD in Physics", "Master's degree in Physics")
    assert holds("AAS in Electrical Technology", "Associate degree or higher")
    assert not holds("B.S. in Accounting", "Master's degree in Accounting")
    assert not holds("AAS in Electrical Technology", "Bachelor's degree")


def test_fields_decide() -> None:
    assert holds("B.S. in Accounting", "Bachelor's degree in Finance, Accounting or Economics")
    assert holds("B.S. in Mechanical Engineering", "Bachelor's degree in Engineering")
    assert holds("B.S. in Chemistry", "Bachelor's degree in a STEM field")
    assert holds("M.Ed. in Curriculum and Instruction",
                 "Master's degree in Instructional Design, Education or a related field")
    assert holds("B.A. in Economics", "Bachelor's degree in Finance or a related field")
    # a wrong field is not claimed, nor a merely different one without "related field"
    assert not holds("B.A. in History", "Bachelor's degree in Finance, Accounting or Economics")
    assert not holds("B.A. in History", "Bachelor's degree in Finance or a related field")
    assert not holds("B.A. in Economics", "Bachelor's degree in Finance")
    assert not holds("B.A. in Political Science", "Bachelor's degree in a STEM field")
    assert not holds("B.S. in Engineering", "Bachelor's degree in Mechanical Engineering")
    assert not holds("MBA", "Master's degree in Education")


def test_a_degree_not_yet_held_does_not_count_unless_the_jd_accepts_it() -> None:
    for cv in ("B.S. in Accounting, expected 2027", "B.S. in Accounting (in progress)",
               "M.S. in Accounting candidate", "B.S. in Accounting, 2024 – Present"):
        assert not holds(cv, "Bachelor's degree in Accounting"), cv
    assert holds("B.S. in Accounting, expected 2027",
                 "Bachelor's degree in Accounting or currently pursuing one")


def test_the_qualification_is_the_jds_phrase_with_the_cvs_degree() -> None:
    req = jd_degree_requirement("Bachelor's degree in Finance, Accounting or Economics")
    assert req is not None
    [bs] = cv_degrees("B.S. in Accounting — Front Range State University, 2016")
    assert qualification(req, bs, limit=60) == "Bachelor's degree in Accounting"
    assert qualification(req, bs) == "Bachelor's degree, Accounting"  # 30 characters at most
    master = jd_degree_requirement("Master's degree in Education or a related field")
    assert master is not None
    [med] = cv_degrees("M.Ed. in Curriculum and Instruction — University of the Northern Prairie")
    assert satisfies(med, master)
    assert qualification(master, med) == "Master's degree (M.Ed.)"
    # a higher degree is named at its own level, never at the level it exceeds
    [ms] = cv_degrees("M.S. in Accounting")
    assert qualification(req, ms) == "Master's degree in Accounting"
    # the field shows only where the JD asks for it (a misread field never reaches the CV)
    anything = jd_degree_requirement("Bachelor's degree required")
    assert anything is not None and qualification(anything, bs) == "Bachelor's degree (B.S.)"


def guard_errors(text: str, evidence: str) -> set[str]:
    result = check_draft(Draft(item_id="k", text=text, original=""), [evidence], VOCAB,
                         planned_keywords=[text],
                         job_terms=["Bachelor's degree", "Master's degree"])
    return {i.code for i in result.issues if i.severity == "error"}


def test_the_guard_accepts_the_degree_held_and_nothing_more() -> None:
    bs = "B.S. in Accounting — Front Range State University, 2016"
    assert guard_errors("Bachelor's degree, Accounting", bs) == set()
    assert guard_errors("Bachelor's degree in Accounting", bs) == set()
    assert "unsupported_skill" in guard_errors("Master's degree in Accounting", bs)
    assert "unsupported_skill" in guard_errors("Master's degree", bs)
    for not_yet in ("B.S. in Accounting, expected May 2027", "B.S. in Accounting (in progress)"):
        assert guard_errors("Bachelor's degree in Accounting", not_yet), not_yet
    med = "M.Ed. in Curriculum and Instruction — University of the Northern Prairie, 2018"
    assert guard_errors("Master's degree (M.Ed.)", med) == set()
    assert "unsupported_skill" in guard_errors("PhD", "Ed.D. in Education — Lakes University")
    # the field is checked too, whatever its case; the evidence's own words always pass
    assert "unsupported_degree" in guard_errors("Bachelor's degree in finance", bs)
    assert "unsupported_degree" in guard_errors("Holds a bachelor's degree in economics.", bs)
    assert "unsupported_degree" not in guard_errors(
        "Mentored 4 master's students.", "Mentored 4 master's students in the lab.")


CV = """# Robin Vale

robin@example.com

## Experience

### Staff Accountant — Halvorsen Supply
Aug 2019 – Present

- Prepare 45 balance sheet reconciliations each month.
- Post journal entries for accruals and prepaids.

## Education

**B.S. in Accounting** — Lakeland State University, 2015 – 2019
"""
JD = """# Senior Accountant

## Requirements

- Bachelor's degree in Finance, Accounting or Economics
- Balance sheet reconciliations
- Journal entries for accruals
"""
EDUCATION_LINE = "**B.S. in Accounting** — Lakeland State University, 2015 – 2019"


def test_the_degree_is_evidence_and_no_question_is_asked() -> None:
    engine = OfflineEngine()
    cv, job = engine.parse_cv(CV, "markdown"), engine.parse_jd(JD)
    evidence = find_evidence(cv, job, engine.vocab)
    req = next(r for r in job.requirements if "degree" in r.text)
    assert any(e.via == "alias" and e.term == "Bachelor's degree"
               and e.matched == "B.S. in Accounting" for e in evidence[req.id])
    report = engine.analyze_gaps(cv, job, evidence)
    assert report.by_requirement()[req.id].status == "matched"
    assert not any(q.requirement_id == req.id for q in report.questions)
    # the same CV with a degree in another field, or one still in progress: no evidence
    for other in (CV.replace("in Accounting", "in History"),
                  CV.replace("2015 – 2019", "expected May 2027")):
        cv = engine.parse_cv(other, "markdown")
        rows = find_evidence(cv, job, engine.vocab)[req.id]
        assert not any(e.term == "Bachelor's degree" for e in rows)


def test_end_to_end_the_jds_phrase_is_surfaced_and_education_kept(tmp_path: Path) -> None:
    import cvtailor

    result = cvtailor.tailor(CV, JD, engine="offline", out_dir=str(tmp_path))
    assert "- Bachelor's degree, Accounting" in result.markdown
    # the Education line as written (the renderer makes an entry's heading a "###" line)
    lines = result.markdown.splitlines()
    assert [ln for ln in lines if "B.S." in ln] == [f"### {EDUCATION_LINE}"]


def test_the_qualification_states_the_best_degree_of_all_not_the_first_listed() -> None:
    # an MBA listed above the B.S.: the bachelor's the JD asks for, not "Master's degree"
    engine = OfflineEngine()
    two = CV.replace("**B.S. in Accounting**", "**MBA** — Lakeland State University, "
                     "2020 – 2022\n\n**B.S. in Accounting**")
    any_field = JD.replace("Bachelor's degree in Finance, Accounting or Economics",
                           "Bachelor's degree (MBA preferred)")
    cv, job = engine.parse_cv(two, "markdown"), engine.parse_jd(any_field)
    report = engine.analyze_gaps(cv, job, find_evidence(cv, job, engine.vocab))
    plan = engine.plan(cv, job, report)
    assert "Bachelor's degree (B.S.)" in plan.key_qualifications
    assert not any(q.startswith("Master") for q in plan.key_qualifications)


def test_a_cv_that_already_says_the_jds_phrase_gets_no_degree_qualification() -> None:
    engine = OfflineEngine()
    said = CV.replace("**B.S. in Accounting**", "Bachelor's degree: **B.S. in Accounting**")
    cv, job = engine.parse_cv(said, "markdown"), engine.parse_jd(JD)
    report = engine.analyze_gaps(cv, job, find_evidence(cv, job, engine.vocab))
    plan = engine.plan(cv, job, report)
    assert "Bachelor's degree" in plan.keywords
    assert not any("degree" in q for q in plan.key_qualifications)


def test_only_a_keyword_that_is_a_degree_is_decided_by_degrees() -> None:
    from cvtailor.research.degrees import degree_keyword

    req = jd_degree_requirement("Experience supervising master's students")
    assert req is not None
    assert degree_keyword(["master's students"], req) is None
    bachelor = jd_degree_requirement("Bachelor's degree in Accounting")
    assert bachelor is not None
    assert degree_keyword(["Accounting", "Bachelor's degree"], bachelor) == "Bachelor's degree"


def test_a_course_named_after_an_acronym_is_no_degree() -> None:
    # the Mortgage Bankers Association's course is not a Master of Business Administration
    assert cv_degrees("MBA Residential Underwriting Fundamentals (online course), 2025",
                      education=True) == []
    assert cv_degrees("CPA Review course, Becker, 2022", education=True) == []
    assert [d.level for d in cv_degrees("MBA, Wharton School, 2019", education=True)] == [
        "master"]
    assert [d.field for d in cv_degrees("MBA in Finance — Kellogg, 2018")] == ["Finance"]


PART_DONE_CV = """# Dana Okafor

dana@example.com

## Experience

### Receiving Clerk — Northgate Foods
Mar 2021 – Present

- Check 30 inbound trailers a day against their purchase orders.

## Education

- Procurement and Bookkeeping certificate, Lakeshore Technical College, 2 of 6 courses completed
"""
PART_DONE_JD = """# Distribution Lead

## Requirements

- Associate degree in procurement or bookkeeping
- Check inbound trailers against purchase orders
"""


def test_a_course_part_done_is_no_degree_nor_its_field() -> None:
    # "2 of 6 courses completed" of a procurement certificate: the requirement offers two
    # fields ("or"), never the degree itself, so it is not matched; and the certificate's
    # field is no key qualification of a person who has not finished it
    engine = OfflineEngine()
    cv, job = engine.parse_cv(PART_DONE_CV, "markdown"), engine.parse_jd(PART_DONE_JD)
    report = engine.analyze_gaps(cv, job, find_evidence(cv, job, engine.vocab))
    req = next(r for r in job.requirements if "degree" in r.text)
    assert report.by_requirement()[req.id].status != "matched"
    plan = engine.plan(cv, job, report)
    assert not any("procurement" in q.lower() or "bookkeeping" in q.lower()
                   for q in plan.key_qualifications)
    # the same certificate finished is the field's evidence (not the degree's)
    done = PART_DONE_CV.replace("2 of 6 courses completed", "2023")
    cv = engine.parse_cv(done, "markdown")
    rows = find_evidence(cv, job, engine.vocab)[req.id]
    assert rows and not any(e.term == "Associate degree" for e in rows)
