"""The CV parser's rules for real-world entry headings (issue 9), each on a short text of its
own: the place in a heading, employer-first headings, dot leaders."""

from __future__ import annotations

from cvtailor.engines.offline.cv_parser import parse_cv_text
from cvtailor.text.places import is_place, split_place


def heading_entries(text: str) -> list[tuple[str, str, str, str]]:
    """(title, organization, location, dates) of every entry with a heading."""
    cv = parse_cv_text(text)
    return [(e.title, e.organization, e.location, e.dates)
            for s in cv.sections for e in s.entries if e.heading]


def test_place_is_city_and_state_code() -> None:
    """'City, ST' with a real state code is a place; a company suffix is not."""
    assert is_place("San Marcos, TX") and is_place("St. Paul, MN")
    assert not is_place("Acme, AB") and not is_place("Acme Corp")
    assert split_place("Harbor Foods | Tulsa, OK") == ("Harbor Foods", "Tulsa, OK")
    assert split_place("Harbor Foods, Tulsa, OK") == ("Harbor Foods", "Tulsa, OK")


def test_pipe_heading_place_is_the_location() -> None:
    """'Title | Company | City, ST | Dates': the place is not part of the employer."""
    text = "Jo Park\n\nExperience\nShift Lead | Harbor Foods | Tulsa, OK | 2020 – 2023\n- Ran a line\n"
    assert heading_entries(text) == [("Shift Lead", "Harbor Foods", "Tulsa, OK", "2020 – 2023")]


def test_comma_heading_place_is_the_location() -> None:
    """'Title, Company, City, ST': the company is the employer, the place the location."""
    text = "Jo Park\n\nExperience\nShift Lead, Harbor Foods, Tulsa, OK   2020 – 2023\n- Ran a line\n"
    assert heading_entries(text) == [("Shift Lead", "Harbor Foods", "Tulsa, OK", "2020 – 2023")]


def test_place_after_a_dash_splits_title_and_company() -> None:
    """'Title, Company — City, ST': the dash leads to the place, the comma splits the rest."""
    text = "Jo Park\n\nExperience\n### Clerk, Harbor Foods — Tulsa, OK\n2020 – 2023\n- Filed\n"
    assert heading_entries(text) == [("Clerk", "Harbor Foods", "Tulsa, OK", "2020 – 2023")]


def test_employer_with_place_first_then_title() -> None:
    """'Company, City, ST — Title (dates)': the part with the place is the employer."""
    text = ("Jo Park\n\nExperience\n**Harbor Foods, Tulsa, OK — Shift Lead (Jan 2020 – Present)**"
            "\n\n- Ran a line\n")
    assert heading_entries(text) == [("Shift Lead", "Harbor Foods", "Tulsa, OK", "Jan 2020 – Present")]


def test_dot_leaders_are_not_part_of_the_heading() -> None:
    """'Harbor Foods ........ 2020 – 2023': the dots between a heading and its dates go."""
    text = "Jo Park\n\nEXPERIENCE\nHarbor Foods ................ 2020 – 2023\n- Ran a line\n"
    assert heading_entries(text) == [("Harbor Foods", "", "", "2020 – 2023")]


def test_dates_first_then_title_then_employer_and_city() -> None:
    """European layout: '03/2019 – 06/2022' / title / 'Employer AB, City' on their own lines."""
    text = ("Eva Berg\n\nWork experience\n01/2018 – 02/2021\nStore Manager\nNorrsken Handel AB, Umeå"
            "\n- Ran the store\n")
    assert heading_entries(text) == [("Store Manager", "Norrsken Handel AB", "Umeå", "01/2018 – 02/2021")]


def test_employer_line_over_titles_of_a_promotion() -> None:
    """'Employer, City, ST' over 'Title, dates' lines: each title gets the employer."""
    text = ("Jo Park\n\nEXPERIENCE\n\nHarbor Foods, Tulsa, OK\nShift Lead, 2021 – 2023\n- Ran a line\n"
            "Line Cook, 2019 – 2021\n- Cooked\n")
    assert heading_entries(text) == [("Shift Lead", "Harbor Foods", "Tulsa, OK", "2021 – 2023"),
                              ("Line Cook", "Harbor Foods", "Tulsa, OK", "2019 – 2021")]


def test_institution_first_then_degree() -> None:
    """In education, 'University — Bachelor of ...': the degree is the title."""
    text = "Jo Park\n\nEducation\n**Plains University** — Bachelor of Arts in History\n2014 – 2018\n"
    assert heading_entries(text) == [("Bachelor of Arts in History", "Plains University", "", "2014 – 2018")]


def test_date_range_cut_by_a_line_wrap_is_joined() -> None:
    """A PDF line wrap that cut 'Mar 2016 – Feb' from '2019' does not lose the range."""
    text = ("Jo Park\n\nExperience\n### Clerk, Harbor Foods, Tulsa, OK | Mar 2016 – Feb\n2019\n"
            "- Filed\n")
    assert heading_entries(text) == [("Clerk", "Harbor Foods", "Tulsa, OK", "Mar 2016 – Feb 2019")]


def test_document_title_is_not_the_name_and_a_name_field_is() -> None:
    """'Curriculum Vitae' over 'Personal details' and 'Name: ...': the name is the field's."""
    text = ("Curriculum Vitae\n\nPersonal details\nName: Eva Berg\nEmail: eva@example.com\n\n"
            "Work experience\n01/2018 – 02/2021\nStore Manager\nNorrsken Handel AB, Umeå\n- Ran it\n")
    cv = parse_cv_text(text)
    assert cv.name == "Eva Berg"
    assert cv.contact == ["Email: eva@example.com"]


def test_title_over_employer_with_place() -> None:
    """'TITLE' over 'Employer, City, ST' over dates: the line with the place is the employer."""
    text = ("Jo Park\n\nEXPERIENCE\nSHIFT LEAD\nHarbor Foods, Tulsa, OK\n2020 - 2023\n- Ran a line\n"
            "\nEDUCATION\nBachelor of Arts in History\nPlains University, Ada, OK, 2014\n")
    assert heading_entries(text) == [("SHIFT LEAD", "Harbor Foods", "Tulsa, OK", "2020 - 2023"),
                              ("Bachelor of Arts in History", "Plains University", "Ada, OK",
                               "2014")]


def test_employer_first_layout_is_kept_through_a_section() -> None:
    """'Employer .... dates' over 'Title': one employer named as such ('... Hospital') makes
    every entry of that shape in the section employer first."""
    text = ("Jo Park\n\nEXPERIENCE\nLakeside Hospital ........ 2020 – 2023\nWard Clerk, Oncology\n"
            "- Filed charts\nGreen Fields ........ 2018 – 2020\nCashier\n- Ran a till\n")
    assert heading_entries(text) == [("Ward Clerk, Oncology", "Lakeside Hospital", "", "2020 – 2023"),
                              ("Cashier", "Green Fields", "", "2018 – 2020")]


def test_title_over_employer_without_a_cue_stays_title_first() -> None:
    """With no place and no employer word, the first line stays the title."""
    text = "Jo Park\n\nEXPERIENCE\nShift Lead\nHarbor Foods\n2020 - 2023\n- Ran a line\n"
    assert heading_entries(text) == [("Shift Lead", "", "", "2020 - 2023")]


def test_a_second_complete_degree_line_is_its_own_entry() -> None:
    """'M.A. ... — University, 2018' then 'B.A. ... — College, 2016': two degrees, two entries."""
    text = ("Jo Park\n\nEducation\n**M.A. in History** — Plains University, 2018\n\n"
            "**B.A. in History** — Ada College, 2016\n")
    assert heading_entries(text) == [("M.A. in History", "Plains University", "", "2018"),
                              ("B.A. in History", "Ada College", "", "2016")]


def test_a_projects_tool_list_is_not_an_employer() -> None:
    """'Tracker — Python, Flask, SQLite | 2023': the tools are not the project's organization."""
    text = "Jo Park\n\nProjects\n**Tracker** — Python, Flask, SQLite | 2023\n- Tracks buses\n"
    assert heading_entries(text) == [("Tracker", "", "", "2023")]
