"""A Europass CV as its PDF reads as text: dates first as DD/MM/YYYY with "CURRENT" ("01/02/2022
– CURRENT Porto, Portugal") over "TITLE EMPLOYER" in capitals, or "TITLE" over "EMPLOYER [
01/02/2022 – Current ]" over "City: Porto | Country: Portugal"; a "DRIVING LICENCE" section.
Each role keeps its title, employer, place and dates; the JSON Resume says only what the
dates say."""

from __future__ import annotations

from cvtailor.engines.offline.cv_parser import parse_cv_text
from cvtailor.models import SectionKind
from cvtailor.writers.jsonresume import iso_date, to_json_resume

DATES_FIRST = """Inês Carvalho
Email address: ines.carvalho@example.pt

WORK EXPERIENCE
01/02/2022 – CURRENT Porto, Portugal
DEMAND AND SUPPLY PLANNER SONAE MC
- Run the weekly S&OP meeting with sales, logistics and finance

03/09/2019 – 31/01/2022 Aveiro, Portugal
MATERIALS PLANNER BOSCH TERMOTECNOLOGIA S.A.
- Planned material requirements (MRP) for two assembly lines in SAP

EDUCATION AND TRAINING
2017 – 2019 Porto, Portugal
MASTER IN INDUSTRIAL ENGINEERING AND MANAGEMENT Faculdade de Engenharia da Universidade do Porto
2012 – 2017 Porto, Portugal
BACHELOR IN MANAGEMENT Universidade do Porto

DRIVING LICENCE
Driving Licence: B
"""

TITLE_FIRST = """Inês Carvalho
Email address: ines.carvalho@example.pt

WORK EXPERIENCE

DEMAND AND SUPPLY PLANNER
SONAE MC [ 01/02/2022 – Current ]
City: Porto | Country: Portugal
• Run the weekly S&OP meeting with sales, logistics and finance
"""


def _facts(text: str, kind: SectionKind) -> list[tuple[str, str, str, str]]:
    cv = parse_cv_text(text)
    return [(e.title, e.organization, e.location, e.dates)
            for s in cv.sections if s.kind == kind for e in s.entries]


def test_dates_first_then_title_and_employer_in_capitals() -> None:
    assert _facts(DATES_FIRST, SectionKind.EXPERIENCE) == [
        ("DEMAND AND SUPPLY PLANNER", "SONAE MC", "Porto, Portugal", "01/02/2022 – CURRENT"),
        ("MATERIALS PLANNER", "BOSCH TERMOTECNOLOGIA S.A.", "Aveiro, Portugal",
         "03/09/2019 – 31/01/2022")]
    assert _facts(DATES_FIRST, SectionKind.EDUCATION) == [
        ("MASTER IN INDUSTRIAL ENGINEERING AND MANAGEMENT",
         "Faculdade de Engenharia da Universidade do Porto", "Porto, Portugal", "2017 – 2019"),
        ("BACHELOR IN MANAGEMENT", "Universidade do Porto", "Porto, Portugal", "2012 – 2017")]
    licence = [s for s in parse_cv_text(DATES_FIRST).sections
               if s.kind == SectionKind.CERTIFICATIONS]
    assert [i.text for s in licence for e in s.entries for i in e.items] == [
        "Driving Licence: B"]


def test_title_over_employer_with_bracketed_dates_over_city_and_country() -> None:
    assert _facts(TITLE_FIRST, SectionKind.EXPERIENCE) == [
        ("DEMAND AND SUPPLY PLANNER", "SONAE MC", "Porto, Portugal", "01/02/2022 – Current")]


def test_json_resume_says_what_day_first_dates_say() -> None:
    work = to_json_resume(parse_cv_text(DATES_FIRST))["work"]
    assert [(w["name"], w.get("startDate"), w.get("endDate")) for w in work] == [
        ("SONAE MC", "2022", None), ("BOSCH TERMOTECNOLOGIA S.A.", "2019", "2022-01")]
    assert iso_date("01.02.2022") == "2022-02"  # dots: day first, as German CVs write it
    assert iso_date("12/31/2022") == "2022-12"  # a US date says its month by its day
