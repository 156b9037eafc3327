"""Plain lines of an education or tickets list, written without bullets: a course under way
and a thing held are two entries. Read as one, "BSc (Hons) Occupational Therapy, ..., 2023"
with "Moving and Handling trainer course (in progress)" under it made the held degree read
as in progress (asked "Do you hold it now?"), and "Gas Fitter Second Class — currently
enrolled" swallowed the "Class 5 driver's licence" under it, which then evidenced nothing.
A status line that names nothing of its own stays with its degree."""

from cvtailor.engines.offline.cv_parser import parse_cv_text
from cvtailor.models import SectionKind


def _education(text: str) -> list[str]:
    cv = parse_cv_text(text)
    section = next(s for s in cv.sections if s.kind == SectionKind.EDUCATION)
    return [e.heading for e in section.entries]


def test_a_course_under_way_is_not_the_degree_above() -> None:
    heads = _education("# Priya Raman\n\n## Education\n"
                       "BSc (Hons) Occupational Therapy, De Montfort University, 2023\n"
                       "Moving and Handling trainer course (in progress)\n")
    assert heads == ["BSc (Hons) Occupational Therapy, De Montfort University, 2023",
                     "Moving and Handling trainer course (in progress)"]


def test_a_licence_held_is_not_the_course_above() -> None:
    heads = _education("# Daniel Tremblay\n\n## Education and Tickets\n"
                       "Ozone Depletion Prevention (ODP) card\n"
                       "Gas Fitter Second Class — currently enrolled\n"
                       "Class 5 driver's licence\n")
    assert heads[-2:] == ["Gas Fitter Second Class — currently enrolled",
                          "Class 5 driver's licence"], heads


def test_a_status_that_names_nothing_stays_with_its_degree() -> None:
    cv = parse_cv_text("# Ana Lima\n\n## Education\n"
                       "BSc Nursing, University of Leeds\nExpected May 2026\n")
    section = next(s for s in cv.sections if s.kind == SectionKind.EDUCATION)
    assert len(section.entries) == 1
    assert "Expected May 2026" in section.entries[0].details + [
        i.text for i in section.entries[0].items]


def test_school_leaving_results_are_not_the_unfinished_course_above() -> None:
    # read as one, "A levels: Biology, Chemistry, English" was quoted as part of the
    # unfinished certificate ("... - 2 of 4 modules completed A levels: Biology, ...")
    heads = _education("# Hannah Price\n\n## Education and Qualifications\n"
                       "Certificate in Advanced Veterinary Nursing - 2 of 4 modules completed\n"
                       "A levels: Biology, Chemistry, English\n")
    assert heads == ["Certificate in Advanced Veterinary Nursing - 2 of 4 modules completed",
                     "A levels: Biology, Chemistry, English"], heads


def test_a_labelled_detail_stays_with_its_course() -> None:
    cv = parse_cv_text("# Hannah Price\n\n## Education\n"
                       "Certificate in Advanced Veterinary Nursing - 2 of 4 modules completed\n"
                       "Modules: Anaesthesia, Emergency and Critical Care\n")
    section = next(s for s in cv.sections if s.kind == SectionKind.EDUCATION)
    assert len(section.entries) == 1
