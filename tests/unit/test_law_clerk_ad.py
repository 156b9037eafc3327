"""What trying the tool as a job seeker found, on a CV and an ad outside every labelled set: a
Mississauga litigation law clerk (a RenderCV YAML CV) to a senior litigation law clerk (a
Canadian firm's ad as a DOCX). Each test failed on the code before the fix."""

from __future__ import annotations

from cvtailor.engines.offline.cv_parser import parse_cv_text
from cvtailor.engines.offline.jd_parser import parse_jd_text
from cvtailor.models import Answer, JobPosting, Question, Requirement
from cvtailor.research.evidence import analyze_gaps, find_evidence
from cvtailor.research.interview import apply_answers
from cvtailor.text.cvtext import evidence_corpus
from cvtailor.text.vocabulary import default_vocabulary

VOCAB = default_vocabulary()

CLERK_AD = """# Senior Litigation Law Clerk
Harcourt Lane Litigation LLP · Toronto, Ontario · Full-time

## What you bring
- Law Clerk diploma from a recognized college
- Thorough knowledge of the Ontario Rules of Civil Procedure
- Experience with e-filing through the Civil Submissions Online portal
- ILCO Certified Law Clerk designation is preferred
- French is an asset

We thank all applicants; only those selected for an interview will be contacted.
"""

CLERK_CV = """# Priya Raghunathan

## Summary

Law clerk with six years in civil litigation. I keep files moving, know the Rules of Civil
Procedure well and am the person lawyers ask when a deadline is tight.

## Experience

### Litigation Law Clerk — Whitfield Barrow LLP
2019 – Present

- Draft affidavits of documents and motion records for three litigation partners

## Skills

- Languages: English, Tamil, Hindi
"""


def _keywords() -> dict[str, list[str]]:
    return {r.text: r.keywords for r in parse_jd_text(CLERK_AD, VOCAB).requirements}


def test_a_name_keeps_its_first_words_and_how_well_is_no_term() -> None:
    """"Thorough" was a term ("Does ... show thorough?"); "Civil Submissions Online portal"
    lost "Civil", and "ILCO Certified Law Clerk designation" its "Certified"."""
    keywords = _keywords()
    assert keywords["Thorough knowledge of the Ontario Rules of Civil Procedure"] == [
        "Ontario Rules of Civil Procedure"]
    assert "Civil Submissions Online portal" in keywords[
        "Experience with e-filing through the Civil Submissions Online portal"]
    assert keywords["ILCO Certified Law Clerk designation is preferred"] == [
        "Certified Law Clerk designation"]


def test_where_a_diploma_comes_from_and_the_thanks_to_applicants_ask_nothing() -> None:
    """"recognized college" was a second term of the diploma ("Does 'Diploma in Law Clerk —
    Seneca Polytechnic' show recognized college?"), and "only those selected for an interview
    will be contacted" a requirement ("Your CV does not mention interview")."""
    keywords = _keywords()
    assert keywords["Law Clerk diploma from a recognized college"] == ["Law Clerk diploma"]
    assert not any("interview" in text for text in keywords)


def test_a_name_said_without_its_place_is_asked_about_with_the_line() -> None:
    """"Your CV does not mention Ontario Rules of Civil Procedure" for a summary that says
    "know the Rules of Civil Procedure well"."""
    cv, job = parse_cv_text(CLERK_CV), parse_jd_text(CLERK_AD, VOCAB)
    report = analyze_gaps(job, find_evidence(cv, job, VOCAB), 10, VOCAB, evidence_corpus(cv))
    asked = {q.term: q for q in report.questions}
    rules = asked["Ontario Rules of Civil Procedure"]
    assert rules.kind == "confirm"
    assert 'Does "I keep files moving, know the Rules of Civil Procedure well' in rules.text


def _spoken(cv_text: str, ad: str, term: str, requirement: str, said: str
            ) -> tuple[str, str, str]:
    """(the question about `term`, the line the answer went under, the answer's line)."""
    cv, job = parse_cv_text(cv_text), parse_jd_text(ad, VOCAB)
    report = analyze_gaps(job, find_evidence(cv, job, VOCAB), 10, VOCAB, evidence_corpus(cv))
    question = next(q for q in report.questions if q.term == term)
    req = Requirement(id="req-1", text=requirement, keywords=[term])
    asked = Question(id="q-req-1", requirement_id="req-1", text="?", term=term)
    out = apply_answers(cv, JobPosting(requirements=[req]), [asked],
                        [Answer(question_id="q-req-1", text=said)])
    _, entry, item = out.cv.locate(out.described[0])
    return question.text, entry.items[0].text, item.text


def test_a_language_is_asked_as_spoken_and_listed_with_the_languages() -> None:
    """"French is an asset" was asked "Have you done this? ... say where (which role)", and "I
    speak basic French." went to Additional Experience as "Speak basic French."; so did "I
    speak Vietnamese fluently" for "Ability to speak a community language" (an Australian aged
    care ad)."""
    asked, languages, line = _spoken(CLERK_CV, CLERK_AD, "French", "French is an asset",
                                     "I speak basic French.")
    assert "Do you speak it? If you do, say how well" in asked
    assert (languages, line) == ("Languages: English, Tamil, Hindi", "French (basic)")
    asked, languages, line = _spoken(
        CLERK_CV.replace("Tamil, Hindi", "Vietnamese"),
        "# Clinical Nurse\n\n## Desirable\n\n- Ability to speak a community language\n",
        "community language", "Ability to speak a community language",
        "I speak Vietnamese fluently.")
    assert "Do you speak it?" in asked
    assert (languages, line) == ("Languages: English, Vietnamese", "Vietnamese (fluent)")
