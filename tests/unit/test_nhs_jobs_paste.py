"""What trying the tool as a job seeker found, on an ad outside every labelled set: a senior
operating department practitioner vacancy copied whole from an NHS Jobs page (the site's menu,
the title and trust over "The closing date is ...", "Job summary", "Main duties of the job",
the pay and contract as label and value lines, "Job responsibilities", the person
specification's criteria groups each over an "Essential" and a "Desirable" list, then the
vetting notices and "Employer details"), for a Sheffield ODP whose CV runs "the cell saver" and
"the WHO checklist". Each test failed on the code before the fix, but for the guards, which
say what must stay as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from cvtailor.engines.offline.jd_parser import duty_keywords, fallback_keywords
from tests.conftest import pasted_job

CV = """\
Aisha Mahmood
Operating Department Practitioner
Sheffield  |  07700 900123  |  aisha.mahmood@example.co.uk

PROFESSIONAL PROFILE
HCPC-registered operating department practitioner with five years in theatres, working in anaesthetics and recovery across trauma, orthopaedic and emergency lists. Calm in a crash call, careful with checks, and keen to take on the coordinating role on a list.

EMPLOYMENT HISTORY

Operating Department Practitioner (Band 5)
Sheffield Teaching Hospitals NHS Foundation Trust, Northern General Hospital  |  Sep 2021 – present
• Prepare anaesthetic rooms and check anaesthetic machines for trauma and orthopaedic lists of up to 8 cases a day
• Assist anaesthetists with rapid sequence induction, awake fibreoptic intubation and arterial and central line insertion
• Keep the emergency theatre's difficult airway trolley stocked and checked every morning
• Lead the sign in and time out of the WHO checklist for every patient on my list
• Supervise 2 BSc ODP students each year as a practice supervisor, signing off their anaesthetic competencies
• Rotate to recovery one week in 6, caring for patients until they are fit for the ward and handing over up to 12 patients a shift
• Set up and run the cell saver for major orthopaedic and vascular cases
• Report incidents on Datix and gave statements for 3 serious incident reviews
• Act up as shift lead on the emergency list at weekends, allocating staff to 3 theatres

Theatre Support Worker
Barnsley Hospital NHS Foundation Trust  |  Jun 2018 – Aug 2019
• Prepared theatres, moved patients and restocked trolleys for day surgery lists

EDUCATION AND TRAINING
BSc (Hons) Operating Department Practice, Sheffield Hallam University, 2021
Immediate Life Support (ILS), Resuscitation Council UK, 2025
Advanced Life Support (ALS), Resuscitation Council UK – course booked for March 2027
Manual Handling Trainer, Sheffield Teaching Hospitals, 2023

REGISTRATION
HCPC registered Operating Department Practitioner, OD12345
"""

NHS_JOBS_PAGE = """\
Skip to main content
NHS Jobs
Sign in
Search for jobs
Back to search results
Senior Operating Department Practitioner - Anaesthetics
Leeds Teaching Hospitals NHS Trust
The closing date is 14 December 2026
Job summary
We are looking for an enthusiastic and experienced Band 6 Operating Department Practitioner or Registered Nurse to join our anaesthetic team at St James's University Hospital. You will lead the anaesthetic team on a theatre list, support the development of junior staff and learners, and take charge of the department in the absence of the team leader.
Main duties of the job
The successful candidate will provide skilled assistance to the anaesthetist during the induction, maintenance and reversal of anaesthesia, including advanced airway management, and will coordinate the anaesthetic team across the emergency and elective lists. You will act as a practice assessor for student ODPs and nurses and contribute to the department's audit programme.
About us
Leeds Teaching Hospitals is one of the largest NHS trusts in England, with around 20,000 staff. Our theatres at St James's run 24 hours a day and include a major trauma centre.
Date posted
20 November 2026
Pay scheme
Agenda for change
Band
Band 6
Salary
£38,682 to £46,580 a year per annum pro rata
Contract
Permanent
Working pattern
Full-time, Flexible working
Reference number
C9341-26-1187
Job locations
St James's University Hospital
Beckett Street
Leeds
LS9 7TF
Job description
Job responsibilities
Lead the anaesthetic team on an allocated theatre list, ensuring safe, efficient care.
Assist with the management of the difficult airway and with emergency situations such as major haemorrhage.
Ensure the WHO Surgical Safety Checklist is completed for every patient.
Provide cell salvage for major cases in line with trust policy.
Support post-anaesthetic care in the recovery unit when required.
Report incidents using Datix and take part in learning from them.
Act as practice assessor for learners on placement.
Please see the attached job description and person specification for full details of the role.
Person Specification
Qualifications
Essential
HCPC registered ODP or NMC registered nurse
Degree or diploma in operating department practice or nursing
Immediate Life Support
Desirable
Advanced Life Support provider
Practice assessor qualification
Experience
Essential
Substantial post-registration experience in anaesthetics
Experience of supervising and teaching learners
Experience of coordinating a theatre team
Desirable
Experience in a major trauma centre
Skills
Essential
Advanced airway management
Good communication skills
Disclosure and Barring Service Check
This post is subject to the Rehabilitation of Offenders Act (Exceptions Order) 1975 and as such it will be necessary for a submission for Disclosure to be made to the Disclosure and Barring Service (formerly known as CRB) to check for any previous criminal convictions.
Certificate of Sponsorship
Applications from job seekers who require current Skilled worker sponsorship to work in the UK are welcome and will be considered alongside all other applications.
Employer details
Employer name
Leeds Teaching Hospitals NHS Trust
Address
St James's University Hospital
Beckett Street
Leeds
LS9 7TF
Employer's website
https://www.leedsth.nhs.uk/
Apply online now
"""

# The old NHS Jobs and NHS Wales's and Scotland's Trac pages: "Job overview", "Working for our
# organisation", "Detailed job description and main responsibilities", and criteria lists
# under "Essential criteria" and "Desirable criteria".
TRAC_PAGE = """\
Skip to main content
Back to search results
Staff Nurse - Acute Medical Unit
Cardiff and Vale University Health Board
Closing date: 12 January 2027
Job overview
An exciting opportunity has arisen for a registered nurse to join our acute medical unit.
Main duties of the job
You will assess and admit acutely unwell patients and escalate deterioration using NEWS2.
Working for our organisation
Cardiff and Vale is one of the largest health boards in Wales.
Detailed job description and main responsibilities
Administer intravenous medicines in line with health board policy.
Person specification
Qualifications
Essential criteria
NMC registered nurse (Adult)
Desirable criteria
Venepuncture and cannulation competency
Experience
Essential criteria
Experience of caring for acutely unwell adults
Employer details
Employer name
Cardiff and Vale University Health Board
Address
University Hospital of Wales
Heath Park
Cardiff
CF14 4XW
"""


def test_an_ad_copied_from_an_nhs_jobs_page_is_read_without_the_page(tmp_path: Path) -> None:
    """The title was "Skip to main content", the company "NHS Jobs", and the vetting
    notices, the employer's address and the sponsorship line were requirements."""
    text, job = pasted_job(tmp_path, NHS_JOBS_PAGE)
    assert text.startswith("# Senior Operating Department Practitioner - Anaesthetics\n")
    assert (job.title, job.company, job.location) == (
        "Senior Operating Department Practitioner - Anaesthetics",
        "Leeds Teaching Hospitals NHS Trust", "Leeds")
    said = " ".join(r.text for r in job.requirements)
    for page_only in ("Disclosure", "Sponsorship", "sponsorship", "Beckett Street",
                      "St James's University Hospital", "Rehabilitation of Offenders",
                      "Agenda for change", "C9341-26-1187", "attached job description"):
        assert page_only not in said, page_only


def test_every_criterion_of_the_person_specification_is_a_requirement(tmp_path: Path) -> None:
    """The criteria ran together: "Immediate Life Support" and the experience group (over
    "Desirable") were taken for headings, so "Experience of coordinating a theatre team" and
    the whole "Experience" group's essentials were lost."""
    _, job = pasted_job(tmp_path, NHS_JOBS_PAGE)
    wanted = {r.text: r.priority for r in job.requirements}
    assert wanted["Immediate Life Support"] == "critical"
    assert wanted["Substantial post-registration experience in anaesthetics"] == "critical"
    assert wanted["Experience of supervising and teaching learners"] == "critical"
    assert wanted["Experience of coordinating a theatre team"] == "critical"
    assert wanted["Advanced airway management"] == "critical"
    assert wanted["Advanced Life Support provider"] == "nice_to_have"
    assert wanted["Practice assessor qualification"] == "nice_to_have"
    assert wanted["Experience in a major trauma centre"] == "nice_to_have"


def test_a_trac_page_is_read_the_same_way(tmp_path: Path) -> None:
    text, job = pasted_job(tmp_path, TRAC_PAGE)
    assert (job.title, job.company, job.location) == (
        "Staff Nurse - Acute Medical Unit", "Cardiff and Vale University Health Board",
        "Cardiff")
    wanted = {r.text: r.priority for r in job.requirements}
    assert wanted["NMC registered nurse (Adult)"] == "critical"
    assert wanted["Venepuncture and cannulation competency"] == "nice_to_have"
    assert wanted["Experience of caring for acutely unwell adults"] == "critical"
    assert "Heath Park" not in text and "largest health boards" not in " ".join(wanted)


def test_a_named_system_in_a_duty_is_its_term() -> None:
    """"Report incidents using Datix" gave "incidents" alone: a five-letter name was too
    short to be salient."""
    assert "Datix" in duty_keywords("Report incidents using Datix")
    assert "Simpro" in duty_keywords("Book every job in Simpro before the van leaves")
    # guard: the employer's board is no system
    assert "Board" not in duty_keywords("Present the monthly audit report to the Board")


def test_the_verb_a_requirement_opens_on_is_no_term() -> None:
    """"Ensure the WHO Surgical Safety Checklist ..." gave "Ensure", "Lead the anaesthetic
    team ..." gave "Lead"."""
    assert "Ensure" not in fallback_keywords("Ensure all checks are done")
    assert "Lead" not in fallback_keywords("Lead the team on each list, ensuring safe care")
    # guard: a noun the verb's spelling leads is a term
    assert "Lead generation" in fallback_keywords("Lead generation across the region")


@pytest.mark.semantic
def test_knowledge_of_theatre_practice_places_terms_on_the_lines_that_show_them(
        tmp_path: Path) -> None:
    """Auto-approved, the cell saver line showed no cell salvage, the WHO checklist line no
    WHO Surgical Safety Checklist; and once "post-anaesthetic care" was known, the recovery
    line's "caring for patients" was taken for a sibling of it, so the term went on the line
    that prepares anaesthetic rooms."""
    import cvtailor

    (tmp_path / "cv.txt").write_text(CV, encoding="utf-8")
    (tmp_path / "jd.txt").write_text(NHS_JOBS_PAGE, encoding="utf-8")
    markdown = cvtailor.tailor(tmp_path / "cv.txt", tmp_path / "jd.txt").markdown
    lines = markdown.splitlines()
    saver = next(line for line in lines if "cell saver" in line)
    assert "cell salvage" in saver.lower()
    assert any("WHO Surgical Safety Checklist for every patient" in line for line in lines)
    recovery = next(line for line in lines if "Rotate to recovery" in line
                    or "rotate to recovery" in line)
    assert "post-anaesthetic care" in recovery.lower()
    rooms = next(line for line in lines if "anaesthetic rooms" in line)
    assert "post-anaesthetic" not in rooms.lower()
    # the course only booked is not held
    assert "Advanced Life Support" not in markdown.split("## EMPLOYMENT HISTORY")[0]


def test_an_ad_written_in_the_nhs_headings_is_read_as_it_is() -> None:
    """Guard: a trust's own ad under "Job overview", "Main duties of the job" and "Person
    specification", with none of the site's labels, is no page to take apart."""
    from cvtailor.readers.job_board import board_ad

    ad = ("Band 5 Staff Nurse\nJob overview\nJoin our ward.\nMain duties of the job\n"
          "Care for adult patients.\nPerson specification\nEssential:\nNMC registration\n")
    assert board_ad(ad) is None


@pytest.mark.semantic
def test_an_answer_at_the_employer_a_course_also_names_goes_to_the_role(
        tmp_path: Path) -> None:
    """"At Sheffield Teaching Hospitals I lead the team brief ..." went under the course
    "Manual Handling Trainer, Sheffield Teaching Hospitals, 2023" (the only heading with those
    words whole) instead of the role at "Sheffield Teaching Hospitals NHS Foundation Trust";
    placed there, it kept "at Sheffield Teaching Hospitals" at its end as if another
    employer; and its "ward nurses" made "Nursing" a key qualification of an ODP."""
    from cvtailor import Session

    (tmp_path / "cv.txt").write_text(CV, encoding="utf-8")
    (tmp_path / "jd.txt").write_text(NHS_JOBS_PAGE, encoding="utf-8")
    session = Session.start(tmp_path / "cv.txt", tmp_path / "jd.txt",
                            store=tmp_path / "s.sqlite", interview=True)
    told = ("At Sheffield Teaching Hospitals I lead the team brief at the start of each list "
            "and hand over patients to the ward nurses.")
    assert session.pending is not None
    questions = list(session.pending["questions"])
    assert any(q["term"] == "communication skills" for q in questions)
    session.answer({q["id"]: told if q["term"] == "communication skills" else "no"
                    for q in questions})
    session.accept_all()
    markdown = session.result().markdown
    role = markdown.split("### Operating Department Practitioner (Band 5)")[1].split("###")[0]
    # the answer shows what was asked in its own words ("team brief" is a team briefing), so
    # it may lead with the term; either way it is the role's line
    assert "ead the team brief at the start of each list and hand over patients to the " \
           "ward nurses.\n" in role
    assert "at Sheffield Teaching Hospitals." not in markdown
    assert "- Nursing\n" not in markdown


def test_the_time_since_registering_is_no_term(tmp_path: Path) -> None:
    """"Substantial post-registration experience in anaesthetics" asked whether lines showed
    "post-registration experience", and a yes led a line with "Post-registration
    experience:"; what is asked is anaesthetics."""
    _, job = pasted_job(tmp_path, NHS_JOBS_PAGE)
    wanted = next(r for r in job.requirements if r.text.startswith("Substantial post-reg"))
    assert wanted.keywords[0] == "anaesthetics"
    assert not any("post-registration" in k for k in wanted.keywords)


def test_a_title_over_its_employer_and_dates_line_has_its_employer() -> None:
    """"Operating Department Practitioner (Band 5)" over "Sheffield Teaching Hospitals NHS
    Foundation Trust, Northern General Hospital  |  Sep 2021 – present" had no employer (the
    line was only a details line), so a JSON Resume had no company for the role."""
    from cvtailor.engines.offline.cv_parser import parse_cv_text
    from cvtailor.models import SectionKind

    cv = parse_cv_text(CV)
    experience = next(s for s in cv.sections if s.kind is SectionKind.EXPERIENCE)
    assert [(e.title, e.organization, e.location, e.dates) for e in experience.entries] == [
        ("Operating Department Practitioner (Band 5)",
         "Sheffield Teaching Hospitals NHS Foundation Trust", "Northern General Hospital",
         "Sep 2021 – present"),
        ("Theatre Support Worker", "Barnsley Hospital NHS Foundation Trust", "",
         "Jun 2018 – Aug 2019")]
