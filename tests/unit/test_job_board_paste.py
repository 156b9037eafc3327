"""What trying the tool as a job seeker found, on CVs and ads outside every labelled set: a
Cebu customer care team leader (a plain-text CV in the Philippine style: personal information,
trainings and seminars, character references and a signed declaration) to an operations
manager ad copied whole from an Indeed page, and a Singapore logistics executive to a regional
logistics manager ad copied whole from a LinkedIn page. Each test failed on the code before the
fix."""

from __future__ import annotations

from pathlib import Path

from cvtailor.checks.fabrication import pii_findings
from cvtailor.engines.offline.cv_parser import parse_cv_text
from cvtailor.engines.offline.jd_parser import parse_jd_text
from cvtailor.models import CVEntry, CVSection, SectionKind, StructuredCV
from cvtailor.nodes.assemble import drop_personal_details
from cvtailor.readers import read_document
from cvtailor.text.jd_terms import key_phrases
from cvtailor.text.vocabulary import default_vocabulary
from tests.conftest import pasted_job

VOCAB = default_vocabulary()

LINKEDIN_PAGE = """Skip to main content
Jobs
My Network

Regional Logistics Manager, APAC
Kuehne Freight Asia Pte. Ltd. · Singapore, Singapore · Reposted 1 week ago · Over 100 applicants
Promoted by hirer · Responses managed off LinkedIn
On-site
Full-time
Easy Apply
Save
Save Regional Logistics Manager, APAC at Kuehne Freight Asia Pte. Ltd.
Show match details
Meet the hiring team
Grace Tan
Talent Acquisition Partner
Message

About the job
Kuehne Freight Asia is a contract logistics provider running 14 warehouses across Singapore, \
Malaysia and Thailand.

What you'll do
• Manage a team of 6 logistics coordinators across Singapore and Malaysia
• Negotiate annual rates with ocean, air and trucking carriers

What you bring
• Knowledge of Incoterms 2020 and ASEAN customs procedures

Show more
Show less

Set alert for similar jobs
Regional Logistics Manager, Singapore, Singapore
Set alert

About the company
Kuehne Freight Asia Pte. Ltd.
12,406 followers
Follow
Transportation, Logistics, Supply Chain and Storage 1,001-5,000 employees
"""

INDEED_PAGE = """Operations Manager - Customer Support
Northstar Contact Solutions Inc.
3.8 out of 5 stars
Mandaue City, Cebu
₱70,000 - ₱90,000 a month - Full-time
Apply now

Profile insights
Find out how your skills align with the job description
Skills
Do you have experience in People management?
Yes
No

Job details
Pay
₱70,000 - ₱90,000 a month
Job type
Full-time

Full job description
Northstar Contact Solutions is a growing BPO serving telecom clients in the US.

Responsibilities:
Conduct coaching sessions with team leaders
Lead hiring and onboarding of new waves with Recruitment and Training
Prepare root cause analysis for service incidents

Qualifications:
Proficient in Microsoft Excel and PowerPoint

Report this job
"""


def test_an_ad_copied_from_a_linkedin_page_is_read_without_the_page(tmp_path: Path) -> None:
    """The title was "Skip to main content" and the company "Jobs"; the similar-jobs alert
    ("Regional Logistics Manager, Singapore, Singapore") and the company blurb were
    requirements."""
    text, job = pasted_job(tmp_path, LINKEDIN_PAGE)
    assert text.startswith("# Regional Logistics Manager, APAC\n")
    assert "Grace Tan" not in text and "followers" not in text and "Show more" not in text
    assert (job.title, job.company, job.location) == (
        "Regional Logistics Manager, APAC", "Kuehne Freight Asia Pte. Ltd.", "Singapore, Singapore")
    assert [r.text for r in job.requirements] == [
        "Manage a team of 6 logistics coordinators across Singapore and Malaysia",
        "Negotiate annual rates with ocean, air and trucking carriers",
        "Knowledge of Incoterms 2020 and ASEAN customs procedures"]


def test_an_ad_copied_from_an_indeed_page_is_read_without_the_page(tmp_path: Path) -> None:
    """Indeed's own question ("Do you have experience in People management?") was the first
    requirement."""
    text, job = pasted_job(tmp_path, INDEED_PAGE)
    assert "Profile insights" not in text and "Report this job" not in text
    assert (job.title, job.company) == (
        "Operations Manager - Customer Support", "Northstar Contact Solutions Inc.")
    texts = [r.text for r in job.requirements]
    assert not any("Do you have" in t or "People management" in t for t in texts)
    assert "Conduct coaching sessions with team leaders" in texts


def test_an_ad_with_headings_like_a_boards_is_left_as_written(tmp_path: Path) -> None:
    """An ad of its own with "About the job" and "About the company" headings and a "Remote"
    line is no board's page: nothing of it is cut."""
    ad = ("Dispatcher\nAcme Heating\nRemote\n\nWe route 900 calls a week.\n\nAbout the job\n"
          "- Route 60 calls a day\n\nAbout the company\nFamily owned since 1978.\n\n"
          "What you need\n- ServiceTitan experience\n")
    path = tmp_path / "jd.txt"
    path.write_text(ad, encoding="utf-8")
    text = read_document(path, kind="JD").text
    assert "We route 900 calls a week." in text and "ServiceTitan experience" in text


def test_an_unbulleted_item_ending_on_a_department_name_is_no_wrapped_line() -> None:
    """"... with Recruitment and Training" and "Prepare root cause analysis ..." were one
    requirement: a line ending on a capitalised word was read as wrapped."""
    job = parse_jd_text(INDEED_PAGE.split("Full job description\n", 1)[1], VOCAB)
    texts = [r.text for r in job.requirements]
    assert "Lead hiring and onboarding of new waves with Recruitment and Training" in texts
    assert "Prepare root cause analysis for service incidents" in texts
    # a name wrapped onto the next line still reads as one
    wrapped = parse_jd_text("Responsibilities:\nPartner daily with the Customer Success\n"
                            "Operations team on renewals and escalations\n", VOCAB)
    assert len(wrapped.requirements) == 1


def test_what_a_duty_makes_sure_of_is_no_term() -> None:
    """"Make sure shipments clear customs ..." gave the term "shipments clear customs", and a
    CV line became "work with our licensed shipments clear customs brokers"."""
    for duty in ("Make sure shipments clear customs in Singapore, Malaysia and Thailand",
                 "Ensure shipments clear customs on time"):
        assert not any("clear" in t for t in key_phrases(duty, duty=True)), duty


PHILIPPINE_CV = """MARIA CRISTINA D. VILLANUEVA
Blk 12 Lot 7 Camella Homes, Brgy. Talamban, Cebu City 6000
Mobile: 0917 555 0192 | Email: cristina.villanueva@example.ph

CAREER OBJECTIVE
To obtain a challenging position where I can use my skills in customer service.

PERSONAL INFORMATION
Date of Birth: March 14, 1991
Civil Status: Married
Nationality: Filipino

WORK EXPERIENCE

Team Leader, Customer Care (Telecom Account)
Vertex Global Solutions Inc., IT Park, Lahug, Cebu City
August 2019 - Present
- Lead a team of 18 agents handling inbound billing and technical calls

EDUCATION
Bachelor of Science in Business Administration
University of San Carlos, Cebu City, 2013

TRAININGS AND SEMINARS
- Six Sigma Yellow Belt, PMAP Cebu Chapter, 2022

SKILLS
- Customer service, coaching, Microsoft Excel

CHARACTER REFERENCES
Available upon request.

I hereby certify that the above information is true and correct to the best of my knowledge.
"""


def test_a_philippine_cv_keeps_its_sections_apart() -> None:
    """Trainings and seminars were the degree's lines; character references, "Available upon
    request." and the declaration were skills."""
    cv = parse_cv_text(PHILIPPINE_CV)
    sections = {s.heading: s for s in cv.sections}
    assert sections["TRAININGS AND SEMINARS"].kind == SectionKind.EDUCATION
    skills = [i.text for e in sections["SKILLS"].entries for i in e.items]
    assert skills == ["Customer service, coaching, Microsoft Excel"]
    references = sections["CHARACTER REFERENCES"]
    assert [i.text for e in references.entries for i in e.items] == [
        "Available upon request.",
        "I hereby certify that the above information is true and correct to the best of my "
        "knowledge."]
    assert not any(e.heading for e in references.entries)


def test_personal_information_lines_are_items_and_a_birth_date_is_left_out() -> None:
    """"Date of Birth: March 14, 1991" became an entry's heading, which the personal-data
    check does not read: the date of birth was in the tailored CV."""
    cv = parse_cv_text(PHILIPPINE_CV)
    personal = next(s for s in cv.sections if s.heading == "PERSONAL INFORMATION")
    assert [i.text for e in personal.entries for i in e.items] == [
        "Date of Birth: March 14, 1991", "Civil Status: Married", "Nationality: Filipino"]
    kept, notes, _ = drop_personal_details(cv)
    text = str(kept.model_dump())
    assert "March 14, 1991" not in text and "Blk 12" not in text
    assert "Brgy. Talamban, Cebu City 6000" in kept.contact[0]
    assert any("date_of_birth" in n for n in notes) and any("street_address" in n for n in notes)
    # right under the contact lines, the block is the CV's header: still no birth date
    first = PHILIPPINE_CV.replace("CAREER OBJECTIVE\nTo obtain a challenging position where I "
                                  "can use my skills in customer service.\n\n", "")
    kept, _, _ = drop_personal_details(parse_cv_text(first))
    assert kept.name == "MARIA CRISTINA D. VILLANUEVA"
    assert "March 14, 1991" not in str(kept.model_dump())


def test_a_birth_date_in_an_entry_heading_is_left_out() -> None:
    entry = CVEntry(id="other-1-1", heading="Date of Birth: 14/03/1991")
    cv = StructuredCV(name="A", contact=[], sections=[
        CVSection(id="other-1", heading="Other", kind=SectionKind.OTHER, entries=[entry])])
    kept, notes, _ = drop_personal_details(cv)
    assert kept.sections[0].entries[0].heading == "" and "date_of_birth" in notes[0]


def test_philippine_and_indian_house_addresses_are_street_addresses() -> None:
    for line in ("Blk 12 Lot 7 Camella Homes, Brgy. Talamban", "Flat No. 302, Sai Residency",
                 "H.No. 12-3-456, Kukatpally", "Plot No 18, Sector 5"):
        assert [k for k, _ in pii_findings(line)] == ["street_address"], line
    for line in ("Block 4 of the warehouse", "Handled 302 flat rentals", "Lot 7 of the run"):
        assert pii_findings(line) == [], line


def test_a_confirmed_term_goes_to_the_quoted_line_that_says_part_of_it() -> None:
    """Asked whether "Run the yearly tender ... and sign the rates with the chosen carriers" /
    "Booked sea freight with shipping lines ..." show annual rates, the person said yes; the
    first line already led with another confirmed term, so the CV said "Annual rates: booked
    sea freight with shipping lines", a job that set no rates."""
    from cvtailor.engines.offline import OfflineEngine
    from cvtailor.engines.offline.planner import _attested_carriers

    cv = OfflineEngine().parse_cv(
        "# Wei Ling Tan\n\n## Experience\n### Senior Logistics Executive, Straits Cargo\n"
        "Mar 2020 – Present\n- Run the yearly tender for trucking, sea and air freight and sign "
        "the rates with the chosen carriers\n\n### Logistics Executive, Pacific Link\n"
        "Jul 2016 – Feb 2020\n- Booked sea freight with shipping lines and arranged delivery "
        "under Incoterms 2020\n", "markdown")
    items = {i.id: i for i in cv.items()}
    tender = next(i for i, it in items.items() if "tender" in it.text)
    booked = next(i for i, it in items.items() if "Booked" in it.text)
    per_item: dict[str, list[str]] = {}
    _attested_carriers(per_item, cv, {"carrier contracts": [tender, booked],
                                      "annual rates": [tender, booked]}, "")
    assert per_item == {tender: ["carrier contracts", "annual rates"]}


def test_a_duties_second_verb_is_no_term() -> None:
    """"Own the freight budget and report monthly variance" gave the term "report monthly
    variance", and a CV line led with "Report monthly variance: keep the freight cost
    tracker ..."."""
    terms = key_phrases("Own the freight budget and report monthly variance to the Head of "
                        "Operations", duty=True)
    assert "monthly variance" in terms and not any(t.startswith("report") for t in terms)
    assert "report writing" in key_phrases("Prepare the budget and report writing", duty=True)


def test_a_job_boards_screening_line_repeating_a_requirement_is_one_requirement() -> None:
    """"BPO team leader: 2 years (Required)" under Indeed's "Experience:" repeated "At least 2
    years as a team leader in a BPO", and the person was asked the same thing twice."""
    job = parse_jd_text("Qualifications:\n- At least 2 years as a team leader in a BPO\n\n"
                        "Experience:\n- BPO team leader: 2 years (Required)\n"
                        "- Operations management: 1 year (Preferred)\n", VOCAB)
    assert [(r.text, r.priority) for r in job.requirements] == [
        ("At least 2 years as a team leader in a BPO", "critical"),
        ("Operations management: 1 year (Preferred)", "nice_to_have")]


def test_a_yes_said_the_way_people_say_it_confirms() -> None:
    """Answering a confirm question "Absolutely", "Sure" or "Of course" declined it (only
    yes, yep, yeah, correct and "it does" were a yes), and "Definitely not" must stay a no."""
    from cvtailor.research.interview import is_no, is_yes

    for said in ("Absolutely", "Sure", "Of course", "Definitely", "That's right", "I did",
                 "Yes po", "Certainly, at Vertex I coach 18 agents"):
        assert is_yes(said) and not is_no(said), said
    for said in ("Definitely not", "Absolutely not, I only watched", "Of course not",
                 "Not at all", "I didn't", "I did not"):
        assert is_no(said) and not is_yes(said), said
