"""An Irish public service (HSE) ad and an Australian ad with key selection criteria, read as a
user would meet them. On the code before this test:

- "(a) Lead and co-ordinate the nursing team ..." kept its letter, and "1. Statutory
  Registration, Professional Qualifications, Experience, etc." with the lettered items under it
  was one requirement;
- "Eligibility Criteria" was itself a requirement, and the criteria under it were not critical;
- "The Clinical Nurse Manager 1 will manage the ED team ..." was lost (a grade after the role);
- "Health: candidates must be fully fit for the post", "Character: ... of good character" and
  "the capacity to carry out the duties of the post" were requirements;
- "allocating patients and staff according to acuity" gave the term "staff according";
- "Key Selection Criteria" were not critical beside a "Desirable" list;
- "Venue Manager – The Harbour Hotel, Hobart" over "Position: Venue Manager (Bars and Bistro)"
  gave no company and no place.
"""

from cvtailor.engines.offline.jd_parser import parse_jd_text
from cvtailor.models import JobPosting
from cvtailor.text.vocabulary import default_vocabulary

VOCAB = default_vocabulary()

HSE = """Clinical Nurse Manager 1, Emergency Department
Cork University Hospital
Closing date: 12 noon, Friday 15 January 2027

Purpose of the Post
The Clinical Nurse Manager 1 will manage the ED team on a shift-by-shift basis.

Principal Duties and Responsibilities
The Clinical Nurse Manager 1 will:
(a) Lead and co-ordinate the nursing team on each shift, allocating patients and staff according to acuity.
(b) Carry out Manchester Triage and support staff new to triage.

Eligibility Criteria
Candidates must have at the latest date of application:
1. Statutory Registration, Professional Qualifications, Experience, etc.
(a) Be registered in the General Nurse Division of the Register of Nurses and Midwives maintained by the Nursing and Midwifery Board of Ireland (NMBI).
(b) Have at least 3 years post registration experience, of which 1 year must be in an emergency department.
(c) Have the clinical, managerial and administrative capacity to carry out the duties of the post.
2. Health: candidates must be fully fit for the post.
3. Character: candidates must be of good character.
"""

KSC = """Venue Manager – The Harbour Hotel, Hobart

Position: Venue Manager (Bars and Bistro)
Employment type: Full time, salaried

About the role
Reporting to the General Manager, you will run our public bar and bistro.

Key Selection Criteria
KSC1: Demonstrated experience managing a licensed venue, including rosters, stock control and cash handling.
KSC2: Experience with a POS system such as H&L or Swiftpos.

Desirable
- Food Safety Supervisor certificate
"""


def _job(ad: str) -> JobPosting:
    return parse_jd_text(ad, VOCAB)


def test_lettered_items_are_a_list() -> None:
    texts = [r.text for r in _job(HSE).requirements]
    assert "Lead and co-ordinate the nursing team on each shift, allocating patients and staff " \
        "according to acuity" in texts, texts
    assert "Carry out Manchester Triage and support staff new to triage" in texts
    assert not any(t.startswith("(") for t in texts), texts


def test_a_numbered_heading_over_lettered_items_asks_nothing() -> None:
    reqs = _job(HSE).requirements
    assert not any("Statutory Registration" in r.text for r in reqs), [r.text for r in reqs]
    registered = next(r for r in reqs if r.text.startswith("Be registered"))
    years = next(r for r in reqs if r.text.startswith("Have at least 3 years"))
    assert registered.priority == years.priority == "critical"
    assert not any(r.text == "Eligibility Criteria" for r in reqs)


def test_the_hire_with_a_grade_is_no_term() -> None:
    reqs = _job(HSE).requirements
    assert any(r.text == "Manage the ED team on a shift-by-shift basis" for r in reqs), \
        [r.text for r in reqs]


def test_standing_conditions_are_no_requirements() -> None:
    texts = [r.text for r in _job(HSE).requirements]
    assert not any("fit for the post" in t or "good character" in t
                   or "duties of the post" in t for t in texts), texts


def test_according_to_is_no_term() -> None:
    lead = next(r for r in _job(HSE).requirements if r.text.startswith("Lead and co-ordinate"))
    assert not any("according" in k for k in lead.keywords), lead.keywords


def test_key_selection_criteria_are_critical() -> None:
    reqs = _job(KSC).requirements
    venue = next(r for r in reqs if "licensed venue" in r.text)
    food = next(r for r in reqs if "Food Safety" in r.text)
    assert venue.priority == "critical" and food.priority == "nice_to_have"


def test_a_title_line_over_a_position_label_names_the_employer() -> None:
    job = _job(KSC)
    assert (job.title, job.company, job.location) == (
        "Venue Manager (Bars and Bistro)", "The Harbour Hotel", "Hobart")


SEEK = """Warehouse Team Leader
Northline Logistics
Dandenong South VIC 3175
Full time

About the role
Reporting to the Operations Manager, you will lead a night shift team of 15 pickers.

Key responsibilities:
* Make sure every load leaves on time and the dock is clear for the morning
* Run the morning team huddle

To be successful in this role, you will have:
* A current LF (forklift) high risk work licence
"""


def test_a_seek_place_with_its_postcode() -> None:
    """"Dandenong South VIC 3175" under the employer gave no location."""
    assert _job(SEEK).location == "Dandenong South VIC 3175"


def test_a_time_of_day_is_no_term() -> None:
    """"... the dock is clear for the morning" gave the term "morning" ("Have you done
    morning?"); "Run the morning team huddle" asks about the huddle."""
    reqs = _job(SEEK).requirements
    assert "morning" not in {k.lower() for r in reqs for k in r.keywords}
    huddle = next(r for r in reqs if "huddle" in r.text)
    assert huddle.keywords == ["team huddle"], huddle.keywords
    assert any("night shift team" in r.keywords for r in reqs)  # a shift's name stays


def test_a_high_risk_work_licence_is_a_licence() -> None:
    """"high risk work licence" gave the fragment "high risk" (its "work" read as a verb)."""
    licence = next(r for r in _job(SEEK).requirements if "licence" in r.text)
    assert "high risk" not in [k.lower() for k in licence.keywords]
    assert any(k.lower().endswith("risk work licence") for k in licence.keywords), \
        licence.keywords
