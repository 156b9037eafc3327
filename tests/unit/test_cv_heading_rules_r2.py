"""The CV parser's second-round rules for real-world entry headings, each on a short text of
its own: places outside the US, a 'Title' line over an 'Employer' line with no place,
Europass label lines, LinkedIn's company-then-title export."""

from __future__ import annotations

from cvtailor.engines.offline.cv_parser import parse_cv_text
from cvtailor.text.places import split_place
from tests.unit.test_cv_heading_rules import heading_entries


def test_places_outside_the_us() -> None:
    """A Canadian province, an Australian state, a country, a UK county with its postcode and a
    US place with its country end an employer as its place; a bare 'CA, USA' does not."""
    assert split_place("Harbor Foods, Regina, SK") == ("Harbor Foods", "Regina, SK")
    assert split_place("Harbor Foods, Hobart TAS 7000") == ("Harbor Foods", "Hobart TAS 7000")
    assert split_place("Harbor Foods, Acme SA") == ("Harbor Foods, Acme SA", "")  # S.A., a suffix
    assert split_place("Harbor Foods | Lyon, France") == ("Harbor Foods", "Lyon, France")
    assert split_place("Harbor Foods, Ripon, North Yorkshire HG4 1AA") == (
        "Harbor Foods", "Ripon, North Yorkshire HG4 1AA")
    assert split_place("Harbor Foods, Tulsa, OK, USA") == ("Harbor Foods", "Tulsa, OK, USA")
    assert split_place("Harbor Foods, OK, USA") == ("Harbor Foods, OK, USA", "")


def test_heading_with_a_canadian_place() -> None:
    """'Title, Company, City, ON   dates': the province code makes the place the location."""
    text = "Jo Park\n\nExperience\nShift Lead, Harbor Foods, Regina, SK   2020 – 2023\n- Ran a line\n"
    assert heading_entries(text) == [("Shift Lead", "Harbor Foods", "Regina, SK", "2020 – 2023")]


def test_title_over_employer_with_a_uk_place() -> None:
    """'Title' over 'Employer, Town, County' over dates (a UK CV): the employer and place."""
    text = ("Jo Park\n\nEmployment history\nShift Lead\nHarbor Foods, Ripon, North Yorkshire\n"
            "Sep 2018 - present\n- Ran a line\n")
    assert heading_entries(text) == [("Shift Lead", "Harbor Foods", "Ripon, North Yorkshire",
                               "Sep 2018 - present")]


def test_title_over_employer_named_by_its_last_word() -> None:
    """'Title' over 'Harbor Foods Inc.' over dates, no place anywhere: the line ending in an
    employer word is the employer; a plain second line is not."""
    text = ("Jo Park\n\nExperience\nShift Lead\nHarbor Foods Inc.\nJanuary 2021 - Present\n"
            "- Ran a line\n\nEducation\nBachelor of Arts in History\nPlains State University\n2014\n")
    assert heading_entries(text) == [("Shift Lead", "Harbor Foods Inc.", "", "January 2021 - Present"),
                              ("Bachelor of Arts in History", "Plains State University", "", "2014")]
    plain = "Jo Park\n\nExperience\nShift Lead\nNight shifts\n2021 - 2023\n- Ran a line\n"
    assert heading_entries(plain) == [("Shift Lead", "", "", "2021 - 2023")]


def test_europass_label_lines() -> None:
    """'Dates: ...' over 'Occupation or position held: X' and 'Employer: Y, City, Country':
    the labelled values are the title, the employer and the place, not 'Dates:'."""
    text = ("Eva Berg\n\nWork experience\n\nDates: 01/2018 – 02/2021\n"
            "Occupation or position held: Store Manager\nEmployer: Norrsken Handel AB, Umeå, Sweden\n"
            "- Ran the store\n\nEducation and training\n\nDates: 2012 – 2015\n"
            "Title of qualification awarded: Bachelor of Science in Economics\n"
            "Organisation providing education: Umeå School of Business\n")
    assert heading_entries(text) == [
        ("Store Manager", "Norrsken Handel AB", "Umeå, Sweden", "01/2018 – 02/2021"),
        ("Bachelor of Science in Economics", "Umeå School of Business", "", "2012 – 2015")]


def test_linkedin_company_then_title_then_duration() -> None:
    """LinkedIn's export: the company, the title, then 'dates · 3 yrs 2 mos'; in education the
    institution over 'Degree · (years)'."""
    text = ("Jo Park\n\nExperience\nHarbor Foods\nShift Lead\nJan 2020 - Present · 3 yrs 2 mos\n"
            "Tulsa, Oklahoma, United States\n\nEducation\nPlains State University\n"
            "Bachelor of Arts - BA, History · (2014 - 2018)\n")
    assert heading_entries(text) == [
        ("Shift Lead", "Harbor Foods", "", "Jan 2020 - Present"),
        ("Bachelor of Arts - BA, History", "Plains State University", "", "2014 - 2018")]
    no_duration = "Jo Park\n\nExperience\nShift Lead\nNight shifts\nJan 2020 - Present\n- Ran\n"
    assert heading_entries(no_duration) == [("Shift Lead", "", "", "Jan 2020 - Present")]


def test_academic_appointments_one_complete_line_each() -> None:
    """'Academic Appointments' is experience, and a complete 'Title, Institution, City, ST —
    years' line under another complete one is its own entry, not a detail of the first."""
    text = ("Dr. Jo Park\n\n## Academic Appointments\n\n"
            "**Lecturer in History**, Plains University, Tulsa, OK — 2020 – present\n\n"
            "**Research Fellow**, Prairie Institute, Norman, OK — 2017 – 2020\n")
    cv = parse_cv_text(text)
    assert [s.kind.value for s in cv.sections] == ["experience"]
    assert heading_entries(text) == [
        ("Lecturer in History", "Plains University", "Tulsa, OK", "2020 – present"),
        ("Research Fellow", "Prairie Institute", "Norman, OK", "2017 – 2020")]


def test_digits_inside_a_number_are_no_year() -> None:
    """'Registration PHY0001873452': the '0001' inside the number is no date, and the number
    stays whole in the title; nor is the '2019' of a detail line 'No. QX2019B'."""
    text = ("# Jo Park\n\n## Experience\n\nShift Lead | Harbor Foods | 2020 – 2023\n- Ran a line\n\n"
            "## Awards\n\nBoard registration PHY0001873452\n")
    cv = parse_cv_text(text)
    other = [e for s in cv.sections for e in s.entries if "PHY" in e.heading]
    assert [(e.title, e.dates) for e in other] == [("Board registration PHY0001873452", "")]
    permit = parse_cv_text("# Jo Park\n\n## Awards\n\nState prize\nNo. QX2019B\n")
    assert [(e.details, e.dates) for s in permit.sections for e in s.entries] == [
        (["No. QX2019B"], "")]


def test_uk_and_european_section_names() -> None:
    """'PERSONAL PROFILE', 'LICENCES' (British spelling), 'PROFESSIONAL REGISTRATION' and
    Europass 'Personal skills' are sections, not lines of the contact block or of the entry
    above them."""
    text = ("Jo Park\nLeeds | jo@example.com\n\nPERSONAL PROFILE\nPharmacist with eight years in "
            "community pharmacy and a steady record of safe dispensing in busy branches.\n\n"
            "EDUCATION\nMPharm Pharmacy, University of Leeds, 2015\n\nPROFESSIONAL REGISTRATION\n"
            "General Pharmaceutical Council, registration number 2012345\n\nLICENCES\n"
            "Driving licence, full\n\nPersonal skills\nMother tongue: English\n")
    cv = parse_cv_text(text)
    assert [s.kind.value for s in cv.sections] == [
        "summary", "education", "certifications", "certifications", "skills"]
    assert cv.contact == ["Leeds | jo@example.com"]


def test_separator_lines_are_no_items() -> None:
    """A plain-text CV boxes its headings in dashed lines: the lines are not items or entries,
    and 'Employer - City, ST' over 'Title, dates' still gives the employer and its place."""
    rule = "-" * 30
    text = (f"JO PARK\nTulsa, OK\n\n{rule}\nSUMMARY\n{rule}\nLine cook with ten years in busy "
            f"kitchens.\n\n{rule}\nWORK HISTORY\n{rule}\nHarbor Foods - Tulsa, OK\n"
            f"Shift Lead, 2016 - Present\n  * Ran a line\n\n{rule}\nSKILLS\n{rule}\nKnife work\n")
    cv = parse_cv_text(text)
    texts = [i.text for i in cv.items()]
    assert texts == ["Line cook with ten years in busy kitchens.", "Ran a line", "Knife work"]
    assert heading_entries(text) == [("Shift Lead", "Harbor Foods", "Tulsa, OK", "2016 - Present")]


def test_projects_under_one_employer() -> None:
    """'Project: ...' sub-entries after an employer's bullets are work for that employer (the
    open parenthesis the heading split leaves goes); a project under no employer is not."""
    text = ("Jo Park\n\nExperience\n\nConsultant — Harbor Advisory, Tulsa, OK\nMar 2017 – Present\n"
            "- Led audits\n\n**Project: Depot redesign** (logistics client, 2021 – 2022)\n"
            "- Cut costs by 8%\n\nAnalyst — Prairie Bank, Norman, OK\n2014 – 2017\n- Wrote models\n")
    assert heading_entries(text) == [
        ("Consultant", "Harbor Advisory", "Tulsa, OK", "Mar 2017 – Present"),
        ("Project: Depot redesign", "Harbor Advisory", "Tulsa, OK", "2021 – 2022"),
        ("Analyst", "Prairie Bank", "Norman, OK", "2014 – 2017")]
    alone = "Jo Park\n\nExperience\n\n**Project: Depot redesign** (2021)\n- Cut costs\n"
    assert [org for _t, org, _l, _d in heading_entries(alone)] == [""]


def test_a_languages_line_closing_another_section_is_the_languages() -> None:
    """"Languages: French (native), English (fluent)" under TRAINING was read as the dates line
    of the entry above ("Pet First Aid and CPR, 2023")."""
    cv = parse_cv_text("Sophie Tremblay\n\nTRAINING\nProfessional Grooming Certificate, 2019\n"
                       "Pet First Aid and CPR, 2023\nLanguages: French (native), English "
                       "(fluent)\n")
    languages = [s for s in cv.sections if s.kind.value == "languages"]
    assert languages and languages[0].entries[0].items[0].text == \
        "French (native), English (fluent)"
    assert not any("Languages" in (e.heading + e.dates) for s in cv.sections
                   for e in s.entries if s.kind.value != "languages")
