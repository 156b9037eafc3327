"""Every reader extracts every employer, title, date range and bullet; bad input is one clear
InputError. Fixtures (PDF, DOCX, LaTeX, RenderCV, JD files) are generated here."""

from __future__ import annotations

import json
from io import BytesIO
from pathlib import Path

import pytest

from cvtailor.engines.offline.cv_parser import parse_cv_text
from cvtailor.errors import InputError
from cvtailor.models import StructuredCV
from cvtailor.readers import detect_format, from_bytes, parse_structured, read_document
from cvtailor.readers.pdf import clean_glyph_noise
from cvtailor.text.cvtext import clean_inline
from tests.formats.conftest import DATES, EMPLOYERS, TITLES, bullets, needs_weasyprint


def parse(data: bytes | str, name: str, kind: str = "CV") -> StructuredCV:
    doc = from_bytes(data if isinstance(data, bytes) else data.encode(), name=name, kind=kind)
    return parse_structured(doc.text, doc.format) or parse_cv_text(doc.text, doc.format)


def assert_facts(cv: StructuredCV, expected: StructuredCV) -> None:
    text = "\n".join([cv.name, *cv.contact] + [
        f"{e.heading} {e.title} {e.organization} {e.dates} {' '.join(e.details)}"
        for s in cv.sections for e in s.entries])
    text = clean_inline(text)
    for fact in [*EMPLOYERS, *TITLES, *DATES]:
        assert fact in text, fact
    assert set(bullets(expected)) <= set(bullets(cv))


# -- PDF -------------------------------------------------------------------------------------

@needs_weasyprint
def test_two_column_pdf_reads_each_column_whole(cv: StructuredCV) -> None:
    from cvtailor.writers.html import render_html
    from cvtailor.writers.pdf import html_to_pdf

    main = render_html(cv).split("<main>")[1].split("</main>")[0]
    side = ("<aside><h2>Contact</h2><p>ana.ferreira@example.org</p><h2>Tools</h2>"
            + "".join(f"<p>Tool number {n} for sidebar layout</p>" for n in range(12))
            + "</aside>")
    html = ("<html><head><style>@page{size:A4;margin:12mm} body{font:10pt 'DejaVu Sans'}"
            "aside{position:absolute;left:0;top:0;width:45mm}"
            "main{margin-left:55mm}</style></head><body>" + side + "<main>" + main
            + "</main></body></html>")
    got = parse(html_to_pdf(html), "two-column.pdf")
    assert_facts(got, cv)


@needs_weasyprint
def test_a_pdf_profile_handle_shows_the_page_it_links_to() -> None:
    """A PDF CV's header often shows only a handle next to an icon ("hdent"), linked to the
    profile: the CV read from it shows the link's address, which still holds the handle as
    written. A link whose address does not end with the text, and a mail link, change
    nothing."""
    from cvtailor.readers import from_bytes
    from cvtailor.writers.pdf import html_to_pdf

    html = ("<html><body><h1>Harvey Dent</h1>"
            "<p><a href='mailto:hdent@example.com'>hdent@example.com</a></p>"
            "<p><a href='https://www.linkedin.com/in/hdent/'>hdent</a></p>"
            "<p>Machine Learning Engineer | <a href='https://github.com/hdent'>hdent</a></p>"
            "<p><a href='https://example.com/portfolio'>my portfolio</a></p>"
            "<h2>Experience</h2><p>Trained models for 3 product teams.</p></body></html>")
    text = from_bytes(html_to_pdf(html), name="cv.pdf").text
    assert "\nlinkedin.com/in/hdent\n" in text
    assert "Machine Learning Engineer | github.com/hdent" in text
    assert "hdent@example.com" in text and "my portfolio" in text


def test_a_link_replaces_only_the_handle_its_address_ends_with() -> None:
    from cvtailor.readers.pdf import Frag, linked

    frags = [Frag(100, 700, 10, "hdent"), Frag(100, 680, 10, "Portfolio"),
             Frag(300, 700, 10, "hdent")]
    linked(frags, [(95, 695, 140, 712, "https://www.linkedin.com/in/hdent"),
                   (95, 675, 160, 690, "https://example.com/work")])
    assert [f.text for f in frags] == ["linkedin.com/in/hdent", "Portfolio", "hdent"]


def _blank_pdf() -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    buffer = BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def test_scanned_pdf_without_text_layer_says_so() -> None:
    with pytest.raises(InputError, match="no text layer"):
        from_bytes(_blank_pdf(), name="scan.pdf")


def test_damaged_pdf_is_a_clear_error() -> None:
    with pytest.raises(InputError, match="damaged or not supported PDF"):
        from_bytes(b"%PDF-1.4 this is not really a pdf", name="broken.pdf")


def test_icon_glyph_noise_is_dropped_and_words_kept() -> None:
    assert clean_glyph_noise("♂¶obile-alt (123) 456-7890") == "(123) 456-7890"
    assert clean_glyph_noise("/linkedin-in apennyworth") == "apennyworth"
    assert clean_glyph_noise("HOUSE-CHIMNEY www.example.com") == "www.example.com"
    assert clean_glyph_noise("✉ a@b.org \ue0b0") == "a@b.org"
    assert clean_glyph_noise("Home Automation at scale, see link") == (
        "Home Automation at scale, see link")
    assert clean_glyph_noise("github") == ""


# -- DOCX ------------------------------------------------------------------------------------

def _docx_by_hand() -> bytes:
    import docx

    d = docx.Document()
    d.add_paragraph("Ana Ferreira", style="Title")
    d.add_paragraph("ana.ferreira@example.org")
    d.add_heading("Experience", level=1)
    for title, employer, dates in zip(TITLES, EMPLOYERS, DATES, strict=True):
        table = d.add_table(rows=1, cols=2)  # a layout table: heading left, dates right
        table.rows[0].cells[0].text = f"{title}, {employer}"
        table.rows[0].cells[1].text = dates
        d.add_paragraph(f"Did one thing at {employer} with measurable care.",
                        style="List Bullet")
        d.add_paragraph(f"Did a second thing at {employer} on time.", style="List Number")
    d.add_heading("Skills", level=1)
    d.add_paragraph("Kubernetes, Terraform, GitLab CI")
    buffer = BytesIO()
    d.save(buffer)
    return buffer.getvalue()


def test_docx_styles_lists_and_tables() -> None:
    got = parse(_docx_by_hand(), "hand.docx")
    assert got.name == "Ana Ferreira"
    experience = got.sections[0]
    assert [e.dates for e in experience.entries] == DATES
    assert [e.title for e in experience.entries] == TITLES
    assert [e.organization for e in experience.entries] == EMPLOYERS
    assert all(len(e.items) == 2 for e in experience.entries)
    assert got.sections[1].kind.value == "skills"


def test_docx_with_no_body_text_says_so() -> None:
    import docx

    buffer = BytesIO()
    docx.Document().save(buffer)
    with pytest.raises(InputError, match="no readable text"):
        from_bytes(buffer.getvalue(), name="empty.docx")


# -- LaTeX, RenderCV, other JSON/YAML -----------------------------------------------------------

LATEX = r"""
\documentclass{article}
\newcommand{\resumeItem}[1]{\item\small{#1}}
\begin{document}
\begin{center}
  \textbf{\Huge Ana Ferreira} \\ \small ana.ferreira@example.org $|$ \href{https://x.org}{x.org}
\end{center}
% a comment that must not appear
\section{Experience}
\resumeSubHeadingListStart
  \resumeSubheading{Staff Platform Engineer}{Feb 2022 -- Present}{Norte Logistics}{Porto}
  \resumeItemListStart
    \resumeItem{Ran 6 Kubernetes clusters (EKS) serving 140 services with 99.97\% availability}
    \resumeItem{Cut deploy time from 38 to 9 minutes \& rebuilt \textbf{GitLab CI}}
  \resumeItemListEnd
  \resumeSubheading{DevOps Engineer}{Sep 2018 -- Jan 2022}{Tejo Payments}{Lisbon}
  \begin{itemize}
    \item Migrated the card-authorisation service with zero downtime
  \end{itemize}
  \resumeSubheading{Systems Administrator}{2016 -- 2018}{Biblioteca Digital}{Coimbra}
  \resumeItemListStart
    \resumeItem{Backups}{Automated nightly backups of 4 TB of archives}
  \resumeItemListEnd
\resumeSubHeadingListEnd
\section{Technical Skills}
\textbf{Cloud}{: AWS, Kubernetes, Terraform}
\end{document}
"""


def test_latex_sections_entries_and_items() -> None:
    got = parse(LATEX, "cv.tex")
    assert got.name == "Ana Ferreira"
    exp = got.sections[0]
    assert [e.title for e in exp.entries] == TITLES
    assert [e.dates for e in exp.entries] == DATES
    assert [clean_inline(" ".join(e.details)).split(" | ")[0] for e in exp.entries] == EMPLOYERS
    texts = [i.text for i in exp.entries[0].items]
    assert texts == ["Ran 6 Kubernetes clusters (EKS) serving 140 services with 99.97% availability",
                     "Cut deploy time from 38 to 9 minutes & rebuilt GitLab CI"]
    assert exp.entries[2].items[0].text == "Backups: Automated nightly backups of 4 TB of archives"
    assert got.sections[1].heading == "Technical Skills" and got.sections[1].kind.value == "skills"
    assert "comment" not in str(got.model_dump())


RENDERCV = """
cv:
  name: Ana Ferreira
  email: ana.ferreira@example.org
  social_networks:
    - network: GitHub
      username: ana-ferreira-example
  sections:
    summary:
      - Platform engineer with 7 years of experience.
    experience:
      - company: Norte Logistics
        position: Staff Platform Engineer
        start_date: 2022-02
        end_date: present
        location: Porto, Portugal
        highlights:
          - Ran 6 Kubernetes clusters (EKS) serving **140 services**
      - company: Tejo Payments
        position: DevOps Engineer
        start_date: 2018-09
        end_date: 2022-01
        highlights:
          - Migrated the card-authorisation service with zero downtime
    education:
      - institution: Universidade do Minho
        area: Informatics Engineering
        degree: MSc
        start_date: 2014
        end_date: 2016
    skills:
      - label: Cloud
        details: AWS, Kubernetes
    selected_honors:
      - bullet: Best internal tool award (2023)
design:
  theme: classic
"""


def test_rendercv_yaml_maps_every_entry() -> None:
    doc = from_bytes(RENDERCV.encode(), name="cv.yaml")
    assert doc.format == "rendercv" and doc.text == RENDERCV
    got = parse(RENDERCV, "cv.yaml")
    exp = next(s for s in got.sections if s.kind.value == "experience")
    assert [(e.title, e.organization, e.dates) for e in exp.entries] == [
        ("Staff Platform Engineer", "Norte Logistics", "2022-02 – Present"),
        ("DevOps Engineer", "Tejo Payments", "2018-09 – 2022-01")]
    assert exp.entries[0].items[0].text == "Ran 6 Kubernetes clusters (EKS) serving 140 services"
    edu = next(s for s in got.sections if s.kind.value == "education")
    assert edu.entries[0].title == "MSc in Informatics Engineering"
    assert next(s for s in got.sections if s.heading == "Selected honors").entries[0].items
    assert "GitHub: ana-ferreira-example" in got.contact
    ids = [i.id for i in got.items()]
    assert len(ids) == len(set(ids))


def test_other_json_cv_schema_is_read_generically() -> None:
    data = {"personalInfo": {"name": "Ana Ferreira", "email": "ana@example.org"},
            "workExperience": [{"title": t, "company": e, "years": d,
                                "description": [f"Shipped things at {e} carefully."]}
                               for t, e, d in zip(TITLES, EMPLOYERS, DATES, strict=True)]}
    got = parse(json.dumps(data), "cv.json")
    assert got.name == "Ana Ferreira"
    exp = got.sections[0]
    assert [(e.title, e.organization, e.dates) for e in exp.entries] == list(
        zip(TITLES, EMPLOYERS, DATES, strict=True))


def test_a_projects_name_and_grouped_lists_are_kept_as_the_schema_means_them() -> None:
    # Resume-Matcher's shape: a project with a name and a role; "additional" holds named lists
    data = {"personalInfo": {"name": "Ana Ferreira"},
            "personalProjects": [{"name": "OpenAPI Generator", "role": "Creator & Maintainer",
                                  "years": "2021 - Present",
                                  "description": ["CLI tool generating API clients"]}],
            "education": [{"institution": "Sidney Sussex", "degree": "MA",
                           "field": "Criminology", "years": "1878"}],
            "additional": {"technicalSkills": ["Python", "FastAPI"],
                           "languages": ["English (Native)", "Spanish (Conversational)"],
                           "awards": ["Employee of the Year 2022"]}}
    got = parse(json.dumps(data), "cv.json")
    project = next(s for s in got.sections if s.heading == "Personal Projects").entries[0]
    assert (project.title, project.organization) == ("Creator & Maintainer", "OpenAPI Generator")
    headings = [s.heading for s in got.sections]
    assert {"Technical Skills", "Languages", "Awards"} <= set(headings), headings
    assert "Python" not in headings  # a list's first item is never its heading
    text = " ".join(i.text for i in got.items())
    assert "Spanish (Conversational)" in text and "Criminology" in text  # every string kept


# -- detection, limits, JD readers ---------------------------------------------------------------

def test_format_detection_is_by_content(cv: StructuredCV, tmp_path: Path) -> None:
    from cvtailor.writers.docx import render_docx
    from tests.conftest import CV_JSON

    wrong = tmp_path / "cv.md"
    wrong.write_bytes(render_docx(cv))  # a DOCX named .md
    assert read_document(wrong).format == "markdown"
    assert parse_cv_text(read_document(wrong).text).name == "Ana Ferreira"
    named_txt = tmp_path / "resume.txt"
    named_txt.write_text(CV_JSON.read_text())
    assert read_document(named_txt).format == "jsonresume"
    assert detect_format("\\documentclass{article}\n\\begin{document}x\\end{document}") == "latex"
    assert detect_format(RENDERCV) == "rendercv"
    assert detect_format("<!DOCTYPE html><html><body><h1>A</h1></body></html>") == "html"


def test_size_and_type_limits(tmp_path: Path) -> None:
    big = tmp_path / "big.pdf"
    big.write_bytes(b"%PDF-1.4\n" + b"0" * (5 * 1024 * 1024 + 1))
    with pytest.raises(InputError, match="too large"):
        read_document(big)
    for name, data, what in [("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"0" * 64, "DOC"),
                             ("cv.rtf", b"{\\rtf1 hello}", "RTF"),
                             ("photo.png", b"\x89PNG\r\n\x1a\n" + b"0" * 64, "image")]:
        with pytest.raises(InputError, match=what):
            from_bytes(data, name=name)


JD_FRONT_MATTER = """---
title: "Platform Engineer"
layout: job
key_objectives:
  - title: You will run Kubernetes clusters for all product teams.
    items:
      - Operate and upgrade EKS clusters with Terraform.
---

{% include "banner.html" %}
<!-- internal note: do not publish -->
## Requirements

- 5+ years running Kubernetes in production.
- Terraform and AWS.
"""


def test_jd_markdown_front_matter_and_template_tags_dropped() -> None:
    doc = from_bytes(JD_FRONT_MATTER.encode(), name="jd.md", kind="JD")
    # What names the job stays as front matter (the parser records it came from there).
    assert doc.text.startswith("---\ntitle: Platform Engineer\n---\n# Platform Engineer")
    assert "layout" not in doc.text and "include" not in doc.text and "internal" not in doc.text
    assert "- Operate and upgrade EKS clusters with Terraform." in doc.text
    assert "- 5+ years running Kubernetes in production." in doc.text


def test_jd_front_matter_yaml_cannot_parse_keeps_its_text_under_its_keys() -> None:
    """A job board template whose whole ad is front matter YAML cannot parse (an item at the
    wrong indent, text after a block scalar's `|`): each field's text stays under its own
    key as a heading, the duties as bullets, without template tags, comments or the fields
    that name the job, so the parser reads it like any ad."""
    from cvtailor.engines.offline.jd_parser import parse_jd_text
    from cvtailor.text.vocabulary import default_vocabulary

    text = """---
permalink: /join/{{ title | slugify }}.html
title: "Login.gov: Data Analyst"
vacancies: "1" # Put the number in quotes, like "1" or "2 to 3".
location: Anywhere in the U.S. (remote)
key_objectives:
  - title: You will apply statistical analysis and predictive modeling to program data.
    items:
    - Ensure data integrity and troubleshoot data issues with the engineering team.
    - Develop data models to identify patterns, trends and anomalies in program data.
- title: You will communicate findings of actionable insights from data analysis.
    items:
    - Create dashboards and charts with data visualization tools for program leads.
role_summary: | As a Data Analyst, you will build automated approaches for measuring product performance.
---
"""
    doc = from_bytes(text.encode(), name="jd.md", kind="JD")
    assert "## Key objectives" in doc.text and "## Role summary" in doc.text
    assert "- Ensure data integrity and troubleshoot data issues" in doc.text
    assert "slugify" not in doc.text and "/join/" not in doc.text and "quotes" not in doc.text
    assert "- Anywhere" not in doc.text and "|" not in doc.text.split("## Role summary")[1]
    job = parse_jd_text(doc.text, default_vocabulary())
    assert (job.title, job.company) == ("Data Analyst", "Login.gov")
    keywords = [k for r in job.requirements for k in r.keywords]
    assert "data integrity" in keywords and "data visualization" in keywords


def test_jd_json_resume_job_schema() -> None:
    job = {"title": "Web Developer", "company": "Acme", "description": "Build web apps.",
           "responsibilities": ["Build and maintain web applications"],
           "qualifications": ["3+ years of experience in web development"],
           "skills": [{"name": "Web", "keywords": ["HTML", "React"]}]}
    doc = from_bytes(json.dumps(job).encode(), name="job.json", kind="JD")
    assert doc.text.startswith("# Web Developer")
    assert "## Requirements" in doc.text and "- Web: HTML, React" in doc.text


@needs_weasyprint
def test_jd_pdf_and_docx() -> None:
    import docx

    from cvtailor.writers.pdf import html_to_pdf

    pdf = html_to_pdf("<h1>Platform Engineer</h1><h2>Requirements</h2><ul>"
                      "<li>5+ years running Kubernetes in production.</li>"
                      "<li>Terraform and AWS.</li></ul>")
    text = from_bytes(pdf, name="jd.pdf", kind="JD").text
    assert "- 5+ years running Kubernetes in production." in text
    d = docx.Document()
    d.add_heading("Requirements", level=1)
    d.add_paragraph("Terraform and AWS.", style="List Bullet")
    buffer = BytesIO()
    d.save(buffer)
    assert "- Terraform and AWS." in from_bytes(buffer.getvalue(), name="jd.docx", kind="JD").text


def test_pdf_layout_a_date_first_line_under_a_dated_entry_starts_the_next_entry() -> None:
    """"2014 - 2016 Master of ..." then "2010 - 2014 Bachelor of ..." (a date column cut off
    its line): two education entries, each with its own dates, not one entry holding both."""
    from cvtailor.engines.offline.cv_parser import parse_cv_text
    from cvtailor.readers.textlayout import lines_to_markdown

    lines = [("Harvey Dent", 20.0, 50.0), ("Education", 14.0, 50.0),
             ("2014 – 2016", 10.0, 50.0), ("Master of Science in Computer Science, MIT", 10.0, 50.0),
             ("2010 – 2014", 10.0, 50.0),
             ("Bachelor of Science in Computer Science, UC San Diego", 10.0, 50.0)]
    cv = parse_cv_text(lines_to_markdown(lines))
    entries = cv.sections[0].entries
    assert [(e.heading, e.dates) for e in entries] == [
        ("Master of Science in Computer Science, MIT", "2014 – 2016"),
        ("Bachelor of Science in Computer Science, UC San Diego", "2010 – 2014")]


def test_roles_under_a_profile_with_no_experience_heading_are_entries() -> None:
    text = """**Dana Whitfield**
Dubbo NSW · dana@example.com

**Profile**
Paramedic with 10 years on the road, the last 4 as an Intensive Care Paramedic.

---

**Intensive Care Paramedic — Western Plains Ambulance Service**
Dubbo & Orange stations · March 2022 – present
- Attend 900+ cases a year at advanced life support level.
- Run mock cardiac-arrest scenarios for station crews every month.

**Paramedic — Metro West Ambulance Service**
Blacktown stations · February 2016 – February 2022
- Responded to emergency cases in a busy metropolitan sector.

**Education**
- Bachelor of Paramedicine — Western Sydney University, 2015
"""
    cv = parse_cv_text(text)
    kinds = [s.kind for s in cv.sections]
    assert kinds == ["summary", "experience", "education"], kinds
    roles = cv.sections[1].entries
    assert [(e.title, e.organization, e.dates, len(e.items)) for e in roles] == [
        ("Intensive Care Paramedic", "Western Plains Ambulance Service", "March 2022 – present", 2),
        ("Paramedic", "Metro West Ambulance Service", "February 2016 – February 2022", 1)]
    assert cv.sections[0].entries[0].items[0].text.startswith("Paramedic with 10 years")


def test_wiki_style_headings_are_sections() -> None:
    text = """KEISHA ODUYA
Pflugerville, TX · keisha@example.com

Lead pre-K teacher with 7 years in licensed child care centers, running a calm classroom.

== Work Experience ==

Bright Path Early Learning, Austin, TX
Lead Pre-K Teacher, January 2021 - present
- Planned weekly lessons with Creative Curriculum for 18 four-year-olds.

== Education ==
B.S. Early Childhood Education, Texas State University, 2018
"""
    cv = parse_cv_text(text)
    assert [(s.kind, s.heading) for s in cv.sections] == [
        ("summary", "Summary"), ("experience", "Work Experience"), ("education", "Education")]
    [role] = cv.sections[1].entries
    assert (role.title, role.organization) == ("Lead Pre-K Teacher", "Bright Path Early Learning")


@pytest.mark.parametrize("heading", ["--- Experience ---", "*** EXPERIENCE ***", "[Experience]",
                                     ">> Experience", "| Experience |", "• EXPERIENCE •"])
def test_decorated_section_names_are_sections(heading: str) -> None:
    text = (f"JANE DOE\njane@example.com\n\n{heading}\nAcme Corp, Austin, TX\n"
            "Senior Analyst, January 2021 - present\n- Built 12 dashboards in Power BI.\n")
    cv = parse_cv_text(text)
    assert [s.kind for s in cv.sections] == ["experience"], heading
    assert cv.sections[0].entries[0].organization == "Acme Corp"
    # a bullet that only names a section is still a bullet of its list
    listed = parse_cv_text("JANE DOE\n\n## Skills\n- Languages\n- Excel\n")
    assert [s.kind for s in listed.sections] == ["skills"]


def test_a_word_paste_splits_at_tabs_and_reads_non_breaking_spaces() -> None:
    """'Title<tab>Employer, City, ST<tab>May 2018 – Present' with non-breaking spaces (a CV
    pasted from Word): the tab stops separate the fields, and the dates read as plain text."""
    text = ("KEISHA MONROE\n\nEXPERIENCE\nStore Manager\tPeachtree Home & Garden, Atlanta, GA"
            "\tMay\u00a02018 – Present\n•\u00a0\u00a0Grew sales from $6.2M to $8.1M\n")
    [role] = parse_cv_text(text).sections[0].entries
    assert (role.title, role.organization, role.location, role.dates) == (
        "Store Manager", "Peachtree Home & Garden", "Atlanta, GA", "May 2018 – Present")
    assert [i.text for i in role.items] == ["Grew sales from $6.2M to $8.1M"]


def test_a_dot_separated_heading_keeps_no_dot() -> None:
    """'**Title** @ Employer · *Sept 2021 – present*': the employer carries no trailing dot."""
    cv = parse_cv_text("Sam Haddad\n\n## Experience\n\n**Backend Developer** @ Tramway "
                       "Logistics · *Sept 2021 – present*\n\n* Cut p95 latency to 95 ms\n")
    [role] = cv.sections[0].entries
    assert (role.title, role.organization, role.dates) == (
        "Backend Developer", "Tramway Logistics", "Sept 2021 – present")


def test_employer_with_its_place_in_parentheses_over_a_title_line() -> None:
    """'**Employer (City, ST)**' over 'Title — dates': the employer, its place, the title."""
    text = ("# Tomasz W\n\n## Experience\n\n**Front Range Engineers (Denver, CO)**\n"
            "Project Engineer — Jan 2020 – Present\n- Designed 14 miles of roadway\n\n"
            "## Education\n\n**Colorado School of Mines (Golden, CO)**\nM.S. Civil Engineering — 2016\n")
    cv = parse_cv_text(text)
    got = [(e.title, e.organization, e.location, e.dates)
           for s in cv.sections for e in s.entries]
    assert got == [("Project Engineer", "Front Range Engineers", "Denver, CO", "Jan 2020 – Present"),
                   ("M.S. Civil Engineering", "Colorado School of Mines", "Golden, CO", "2016")]


def test_to_date_ends_a_range_and_study_names_education() -> None:
    """'04/2020 to date' is a range open to the present; '>> Study' is an education heading."""
    text = ("DAVID REID\n\n*** EMPLOYMENT ***\n\nSenior Project Manager - Midland Rail Ltd - "
            "04/2020 to date\n- Delivered a £12.4m scheme\n\n>> Study\n"
            "AS Veterinary Technology | Mesa College | 2016\n")
    cv = parse_cv_text(text)
    assert [s.kind for s in cv.sections] == ["experience", "education"]
    role = cv.sections[0].entries[0]
    assert (role.title, role.organization, role.dates) == (
        "Senior Project Manager", "Midland Rail Ltd", "04/2020 to date")


def test_a_dates_column_on_the_left_heads_entries_and_hung_lines_are_items() -> None:
    """'2019–2023   Title, Employer' with its achievements hung under the title's column."""
    text = ("ADA NWOSU\n\nEMPLOYMENT\n2023–Present   Ward Manager, Wythenshawe Hospital\n"
            "               Brought agency spend down by 27% in the first year\n"
            "2019–2023      Staff Nurse, Salford Royal Hospital\n"
            "               Mentored 14 student nurses\n")
    roles = parse_cv_text(text).sections[0].entries
    assert [(e.title, e.organization, e.dates, [i.text for i in e.items]) for e in roles] == [
        ("Ward Manager", "Wythenshawe Hospital", "2023–Present",
         ["Brought agency spend down by 27% in the first year"]),
        ("Staff Nurse", "Salford Royal Hospital", "2019–2023", ["Mentored 14 student nurses"])]


def test_blank_line_blocks_of_title_employer_dates_are_entries_with_plain_achievements() -> None:
    """Blocks apart by blank lines: 'Title' / 'Employer' / 'dates', then unmarked lines that
    are achievements; an institution named 'University of ...' is the organization."""
    text = ("REBECCA HALE\n\nExperience\n\nHR Business Partner\nKestrel Logistics Group\n"
            "March 2021 to present\nReduced first-year attrition from 31% to 19%\n\n"
            "HR Advisor\nPennine Water Services\nJune 2017 to February 2021\n"
            "Rolled out a new HR system to 600 staff\n\nEducation\n\n"
            "CIPD Level 7 Diploma\nUniversity of Huddersfield\n2019\n")
    cv = parse_cv_text(text)
    got = [(e.title, e.organization, e.dates, [i.text for i in e.items])
           for s in cv.sections for e in s.entries]
    assert got == [
        ("HR Business Partner", "Kestrel Logistics Group", "March 2021 to present",
         ["Reduced first-year attrition from 31% to 19%"]),
        ("HR Advisor", "Pennine Water Services", "June 2017 to February 2021",
         ["Rolled out a new HR system to 600 staff"]),
        ("CIPD Level 7 Diploma", "University of Huddersfield", "2019", [])]


def test_a_text_export_side_column_is_read_after_the_main_one() -> None:
    """A two-column text export puts a skills column beside the roles on the same lines: the
    side column is read as its own sections and every role line stays whole; an employer
    line 'Name Ltd, Town' gives the employer and the town."""
    gap = " " * 40
    text = "\n".join([
        "HANNAH CLAIR", "",
        "EXPERIENCE" + gap + "SKILLS",
        "Payroll Officer".ljust(50) + "Sage 50 Payroll",
        "Hartwell Foods Ltd, Leeds".ljust(50) + "Xero",
        "Mar 2021 – Present".ljust(50) + "RTI submissions to HMRC",
        "• Run weekly payroll for 340 staff".ljust(50) + "LANGUAGES",
        " " * 50 + "Polish (conversational)", ""])
    cv = parse_cv_text(text)
    assert [s.kind for s in cv.sections] == ["experience", "skills", "languages"]
    [role] = cv.sections[0].entries
    assert (role.title, role.organization, role.location, role.dates) == (
        "Payroll Officer", "Hartwell Foods Ltd", "Leeds", "Mar 2021 – Present")
    assert [i.text for i in role.items] == ["Run weekly payroll for 340 staff"]
    assert [i.text for e in cv.sections[1].entries for i in e.items] == [
        "Sage 50 Payroll", "Xero", "RTI submissions to HMRC"]


def test_right_aligned_dates_are_no_side_column() -> None:
    """Dates set at one column on every role line have no section heading: no column split."""
    from cvtailor.engines.offline.cv_heading import split_side_column

    text = "\n".join(f"{t}, Acme Corp".ljust(40) + d for t, d in [
        ("Analyst", "2019 – 2022"), ("Clerk", "2017 – 2019"), ("Intern", "2016 – 2017"),
        ("Aide", "2015 – 2016")])
    assert split_side_column(text) == text


def test_label_lines_lose_their_colon_and_a_summary_its_label() -> None:
    text = ("# Keisha Dunmore\nConcord, NC | keisha@example.com\n\nSummary: Senior mortgage "
            "processor with 6 years of agency and government loans, the last 2 on complex "
            "files.\n\nExperience:\n\n**Piedmont Crest Mortgage — Loan Processor**, March 2022 "
            "to present\n- Processed 25-30 files a month.\n")
    cv = parse_cv_text(text)
    assert [s.heading for s in cv.sections] == ["Summary", "Experience"]
    assert cv.sections[0].entries[0].items[0].text.startswith("Senior mortgage processor")
