"""What trying the tool as a job seeker found, on CVs and ads outside every labelled set: a
Glasgow laboratory technician (a moderncv LaTeX CV) to a university teaching laboratory manager
(a UK university's plain-text ad opening on the university's and the school's names). Each test
failed on the code before the fix."""

from __future__ import annotations

from cvtailor.engines.offline.cv_parser import parse_cv_text
from cvtailor.engines.offline.jd_parser import parse_jd_text
from cvtailor.models import Answer, JobPosting, Question, Requirement, SectionKind
from cvtailor.readers.latex import latex_to_markdown
from cvtailor.research.evidence import held_term
from cvtailor.research.interview import apply_answers
from cvtailor.text.degrees import cv_degrees, jd_degree_requirement, satisfies
from cvtailor.text.vocabulary import default_vocabulary

VOCAB = default_vocabulary()

MODERNCV = r"""\documentclass[11pt,a4paper,sans]{moderncv}
\moderncvstyle{classic}
\name{Morag}{Kerr}
\title{Laboratory Technician}
\phone[mobile]{+44~7700~900512}
\email{morag.kerr@example.co.uk}
\begin{document}
\makecvtitle
\section{Experience}
\cventry{2019--present}{Senior Technician}{University of Strathclyde}{Glasgow}{}{
\begin{itemize}
\item Prepare reagents for up to 12 undergraduate practical classes a week
\item Write and review COSHH assessments for every new practical
\end{itemize}}
\section{Skills}
\cvitem{Instruments}{HPLC, GC-MS, UV-Vis}
\cvitem{Safety}{COSHH, risk assessment, fire warden}
\end{document}
"""

UNIVERSITY_AD = """University of Edinburgh
School of Chemistry

Teaching Laboratory Manager
Vacancy ref: 8841223

The School of Chemistry is looking for an experienced technician to lead the team that runs our
undergraduate teaching laboratories.

The opportunity
You will work with the Director of Teaching to get new experiments from idea to timetable. You
will also manage the teaching labs' consumables budget.

Your skills
- Degree in chemistry or a related science, or equivalent experience
- Registered Science Technician (RSciTech) status is desirable
"""


def test_a_moderncv_entry_keeps_each_bullet_and_its_name_heads_the_cv() -> None:
    """\\cventry's last argument, a list, was joined into one line with its heading's
    employer ("University of Strathclyde | Glasgow | - Prepare ... - Write ..."): nothing to
    tailor line by line. The name, set by \\name in the preamble, was lost, and a \\cvitem
    skills line read "Safety | COSHH, ..." (a label the writer took as a skill)."""
    text = latex_to_markdown(MODERNCV)
    assert text.startswith("# Morag Kerr\n")
    cv = parse_cv_text(text)
    experience = next(s for s in cv.sections if s.kind == SectionKind.EXPERIENCE)
    assert [i.text for i in experience.entries[0].items] == [
        "Prepare reagents for up to 12 undergraduate practical classes a week",
        "Write and review COSHH assessments for every new practical"]
    skills = next(s for s in cv.sections if s.kind == SectionKind.SKILLS)
    assert [i.text for e in skills.entries for i in e.items] == [
        "Instruments: HPLC, GC-MS, UV-Vis", "Safety: COSHH, risk assessment, fire warden"]


def test_an_ad_opening_on_its_employer_and_unit_is_titled_by_the_job() -> None:
    """"University of Edinburgh" was the title and "School of Chemistry" the company."""
    job = parse_jd_text(UNIVERSITY_AD, VOCAB)
    assert (job.title, job.company) == ("Teaching Laboratory Manager", "University of Edinburgh")


def test_whom_the_job_works_with_and_whose_budget_it_is_are_no_terms() -> None:
    """"Does ... show Director?" was asked ("work with the Director of Teaching"), and "labs'
    consumables budget" was the term of a budget the person manages. A credential named with
    a title ("the AHLEI Certified Hospitality Supervisor (CHS) designation") stays a term."""
    job = parse_jd_text(UNIVERSITY_AD, VOCAB)
    keywords = {k for r in job.requirements for k in r.keywords}
    assert not {"Director", "Teaching", "labs' consumables budget"} & keywords
    assert "consumables budget" in keywords
    hotel = parse_jd_text("Front Office Manager\n\nWhat you bring\n"
                          "- Working with the Director of Rooms on revenue management\n"
                          "- Bonus if you hold the AHLEI Certified Hospitality Supervisor (CHS) "
                          "designation\n", VOCAB)
    keywords = [r.keywords for r in hotel.requirements]
    assert ["revenue management"] in keywords
    assert any("Certified Hospitality Supervisor" in k for k in keywords)


def test_a_uk_degree_names_its_field_without_in() -> None:
    """"BSc (Hons) Applied Chemistry" had no field, so it did not satisfy "Degree in chemistry
    or a related science" and the requirement stayed open."""
    wanted = jd_degree_requirement("Degree in chemistry or a related science, or equivalent "
                                   "experience")
    assert wanted is not None
    for line in ("BSc (Hons) Applied Chemistry", "BSc Applied Chemistry",
                 "BSc (Hons) in Applied Chemistry"):
        (degree,) = cv_degrees(line, education=True)
        assert degree.field == "Applied Chemistry" and satisfies(degree, wanted), line
    assert cv_degrees("BSc Glasgow Caledonian University", education=True)[0].field == ""


def test_a_registered_title_is_held_and_its_answer_listed_as_held() -> None:
    """"Registered Science Technician (RSciTech) ... status" was asked "Have you done this?"
    and "I have been a Registered Science Technician ..." went to Additional Experience as
    "Been a Registered Science Technician ..."."""
    req = Requirement(id="req-1", text="Registered Science Technician (RSciTech) status is "
                                       "desirable", keywords=["Registered Science Technician"])
    assert held_term("Registered Science Technician", req.text, VOCAB)
    assert held_term("RSciTech", "RSciTech status is desirable", VOCAB)
    assert not held_term("chemical inventory system", "Experience of a chemical inventory "
                                                      "system is desirable", VOCAB)
    cv = parse_cv_text("# N\n\n## Experience\n\n### Senior Technician — University of "
                       "Strathclyde\n2019 – Present\n\n- Write COSHH assessments\n")
    asked = Question(id="q-req-1", requirement_id="req-1", text="?", term=req.keywords[0])
    out = apply_answers(cv, JobPosting(requirements=[req]), [asked], [Answer(
        question_id="q-req-1", text="I have been a Registered Science Technician with the "
                                    "Science Council since 2021.")])
    section, _, item = out.cv.locate(out.described[0])
    assert section.kind == SectionKind.CERTIFICATIONS
    assert item.text == "Registered Science Technician with the Science Council since 2021."
