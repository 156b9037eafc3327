"""JD understanding on real ads: prose requirements, priorities from the ad's own signals,
boilerplate, and where the title and company come from (offline, no model)."""

import pytest

from cvtailor.engines.offline.jd_parser import (
    clauses,
    fallback_keywords,
    parse_jd_text,
    sentences,
    split_skills,
)
from cvtailor.models import JobPosting
from cvtailor.text.jd_terms import key_phrases
from cvtailor.text.vocabulary import default_vocabulary

VOCAB = default_vocabulary()

# The shape of the corpus's plain-text ads: no heading, a hard-wrapped Requirements paragraph.
PLAIN_AD = """We are looking for a Senior Backend Engineer to join our platform team. You will design
and build Python services using FastAPI, owning the full lifecycle from schema design to
production deployment. Our office is in a lovely old building by the river.

Requirements: 4+ years of professional Python experience; deep knowledge of async programming
with asyncio; experience with containerization via Docker and orchestration with Kubernetes or
ECS; familiarity with CI/CD pipelines (GitHub Actions or CircleCI) and observability tooling
(Datadog, OpenTelemetry). Experience with Terraform is a plus.
"""


def parse(text: str) -> JobPosting:
    return parse_jd_text(text, VOCAB)


def duty_terms(duty: str, title: str = "Cook") -> list[str]:
    """Every term of a one-duty ad: its title, a "Duties" heading and the duty as a bullet."""
    return [k for r in parse(f"{title}\n\nDuties\n- {duty}\n").requirements for k in r.keywords]


def texts(job: JobPosting) -> list[str]:
    return [r.text for r in job.requirements]


# -- prose -----------------------------------------------------------------------------------
def test_sentences_do_not_end_at_abbreviations() -> None:
    text = "Work with the U.S. Census Bureau, e.g. survey data. Then report to Acme Inc. monthly."
    assert sentences(text) == ["Work with the U.S. Census Bureau, e.g. survey data.",
                               "Then report to Acme Inc. monthly."]


def test_clauses_cut_at_top_level_semicolons_only() -> None:
    assert clauses("SQL; Python (pandas; numpy); Go") == ["SQL", "Python (pandas; numpy)", "Go"]


def test_a_wrapped_requirements_paragraph_becomes_one_requirement_per_clause() -> None:
    job = parse(PLAIN_AD)
    found = texts(job)
    assert "4+ years of professional Python experience" in found
    assert "Deep knowledge of async programming with asyncio" in found  # joined across lines
    assert "Experience with containerization via Docker" in found
    assert "Experience with orchestration with Kubernetes or ECS" in found
    assert "Familiarity with CI/CD pipelines (GitHub Actions or CircleCI)" in found
    assert "Familiarity with observability tooling (Datadog, OpenTelemetry)" in found
    assert not any(t[:1].islower() for t in found)  # no clause starts mid-sentence
    assert not any("lovely old building" in t for t in found)  # no cue, no skill


def test_title_comes_from_the_hiring_sentence_not_a_fragment() -> None:
    job = parse(PLAIN_AD)
    assert job.title == "Senior Backend Engineer"
    assert job.sources["title"] == "heuristic"
    assert job.company == ""  # the ad does not name one


def test_skill_lists_split_only_into_separate_skills() -> None:
    assert split_skills("strong Python skills with expertise in PyTorch, scikit-learn, and "
                        "Hugging Face Transformers", VOCAB) == [
        "strong Python skills", "expertise in PyTorch", "expertise in scikit-learn",
        "expertise in Hugging Face Transformers"]
    for whole in ("experience with Kubernetes or ECS",  # alternatives
                  "experience with Python, Go, or Rust",
                  "experience with tools such as Tableau, Looker and Power BI",  # examples
                  "scalable, reliable and secure systems",  # not skills
                  "data pipeline construction, model training and evaluation"):
        assert split_skills(whole, VOCAB) == [whole]


def test_intro_cues_count_and_mission_statements_do_not() -> None:
    job = parse("# Data Engineer\n\nAcme helps farmers sell grain. We're looking for someone who "
                "has run Airflow in production. You'll own our dbt models. Our team's "
                "experience with government is long.\n\n## Requirements\n\n- SQL\n")
    found = texts(job)
    assert "We're looking for someone who has run Airflow in production" in found
    assert "You'll own our dbt models" in found
    assert job.requirements[found.index("You'll own our dbt models")].category == "responsibility"
    assert not any("farmers" in t or "government" in t for t in found)


def test_an_all_prose_ad_still_yields_its_skills() -> None:
    job = parse("Acme builds payment APIs in Go and PostgreSQL on AWS. The team ships weekly.")
    assert [r.keywords[:3] for r in job.requirements] == [["Go", "PostgreSQL", "AWS"]]


def test_an_about_paragraph_first_does_not_swallow_the_ad_that_follows_it() -> None:
    # A plain-text ad: the title, an "About <Company>" heading and paragraph, then the role in
    # unheaded paragraphs. The About section ends where the ad starts speaking to the reader.
    job = parse("""Payroll Specialist
Harrow & Lyle Foods · Leeds

About Harrow & Lyle Foods
We have baked bread in Yorkshire since 1931 and now run four plants with 900 staff.

As our Payroll Specialist you'll run the weekly and monthly payroll for all four plants in
Sage 200, reconcile payroll to the general ledger and answer staff pay queries.

You have three or more years of UK payroll experience and a working knowledge of PAYE and
auto-enrolment pensions. Bonus if you hold a CIPP qualification.

We offer 25 days' holiday, a pension and free bread.
""")
    found = " | ".join(texts(job)).lower()
    assert len(job.requirements) >= 4
    assert "payroll experience" in found and "reconcile payroll" in found and "cipp" in found
    assert "1931" not in found and "bread" not in found  # the employer's story is not asked


def test_an_employer_heading_of_another_name_ends_where_the_ad_begins() -> None:
    job = parse("""Warehouse Shift Lead
Northbay Logistics

Who we are
Northbay moves fresh produce for 40 growers across the Central Valley.

In this job you will lead a crew of 15 on the night shift and plan pick waves in our WMS.

You should have at least two years of warehouse supervision and a forklift certification.

Benefits
You'll enjoy medical and dental insurance and a 401(k).
""")
    found = " | ".join(texts(job)).lower()
    assert "warehouse supervision" in found and "pick waves" in found
    assert "produce" not in found and "401(k)" not in found  # the employer, the perks


def test_a_perk_asked_as_knowledge_a_list_of_tools_and_the_duties_of_the_hire_are_read() -> None:
    job = parse("""Dental Office Manager

We're looking for an office manager who will run the front office and keep our accounts
receivable under 30 days.

Requirements: 3+ years managing a dental office; strong knowledge of dental insurance and CDT
coding; Dentrix or Eaglesoft.

We offer dental insurance and paid time off.
""")
    keywords = [k for r in job.requirements for k in r.keywords]
    assert {"dental insurance", "CDT coding", "Dentrix", "Eaglesoft", "accounts receivable"} \
        <= set(keywords)
    assert not any("paid time off" in t or t.startswith("We offer") for t in texts(job))


# -- priority --------------------------------------------------------------------------------
@pytest.mark.parametrize(("heading", "priority"), [
    ("Requirements", "important"), ("Minimum qualifications", "critical"),
    ("Must have", "critical"), ("Preferred qualifications", "nice_to_have"),
    ("Nice to have", "nice_to_have"), ("Bonus points", "nice_to_have"),
])
def test_priority_from_section_headings(heading: str, priority: str) -> None:
    job = parse(f"# Analyst\n\n## {heading}\n\n- Experience with Tableau dashboards\n")
    assert [r.priority for r in job.requirements] == [priority]


@pytest.mark.parametrize(("line", "priority"), [
    ("Experience with Tableau is required", "critical"),
    ("You must know SQL", "critical"),
    ("Experience with Looker is a plus", "nice_to_have"),
    ("Ideally, experience with dbt", "nice_to_have"),
    ("Bonus if you have used Snowflake", "nice_to_have"),
    ("Comfort reading financial statements (no CPA required)", "important"),
    # an Irish or UK ad's wish ("is a strong advantage", "would be advantageous")
    ("Previous experience as nurse in charge is a strong advantage", "nice_to_have"),
    ("Prior experience with SAP would be advantageous", "nice_to_have"),
])
def test_priority_from_the_ads_own_words(line: str, priority: str) -> None:
    job = parse(f"# Analyst\n\n## Requirements\n\n- {line}\n")
    assert [r.priority for r in job.requirements] == [priority]


@pytest.mark.parametrize(("line", "priority"), [
    ("At least four years of accounting experience, ideally in logistics", "critical"),
    ("Experience with Feast is a big plus", "nice_to_have"),
    ("We'd love it if you also hold EPA 608 certification", "nice_to_have"),
    ("Nice to have: 3+ years of Go", "nice_to_have"),
])
def test_the_first_signal_decides(line: str, priority: str) -> None:
    job = parse(f"# Analyst\n\n## Requirements\n\n{line}.\n")
    assert [r.priority for r in job.requirements] == [priority]


@pytest.mark.parametrize(("heading", "kind"), [
    ("You'll:", "responsibility"), ("What you will do", "responsibility"),
    ("What you'll need", "req"), ("What you will bring", "req"),
])
def test_you_will_headings(heading: str, kind: str) -> None:
    job = parse(f"# Engineer\n\n## {heading}\n\n- Build pipelines with Airflow\n")
    assert [r.category == "responsibility" for r in job.requirements] == [
        kind == "responsibility"]


def test_the_sentence_that_names_the_job_is_not_a_requirement() -> None:
    job = parse("# Data Engineer\n\n## About the role\n\nAcme is hiring a Data Engineer to "
                "build Airflow pipelines. We are seeking a Data Engineer with 3+ years of SQL.\n")
    # the duty it goes on to name is one ("to build Airflow pipelines"), the title is none
    assert texts(job) == ["Build Airflow pipelines",
                          "We are seeking a Data Engineer with 3+ years of SQL"]


def test_split_parts_keep_their_clauses_signal() -> None:
    job = parse("# Engineer\n\nRequirements: experience with Python and Go preferred; you must "
                "have knowledge of Docker and Terraform.\n")
    assert {r.text: r.priority for r in job.requirements} == {
        "Experience with Python": "nice_to_have", "Experience with Go preferred": "nice_to_have",
        "You must have knowledge of Docker": "critical",
        "You must have knowledge of Terraform": "critical"}


# -- what is not a requirement ---------------------------------------------------------------
def test_boilerplate_never_becomes_a_requirement() -> None:
    job = parse("""# Nurse

## Requirements

- Current RN license
- You must be a U.S. Citizen
- Applicants must be legally authorized to work in the United States
- Competitive salary and 401(k) match
- Complete a financial disclosure report

Acme is an equal opportunity employer and does not discriminate regardless of race or religion.
To apply, submit your resume and a cover letter.
""")
    assert texts(job) == ["Current RN license"]


def test_whom_the_job_is_with_and_whom_it_suits_are_no_requirements() -> None:
    """The team the hire sits on, the mentor they are paired with and the people the role
    suits name skills ("marketing", "ASHA") without asking for them."""
    job = parse("""# Content Strategist

## About the role

This role is a good fit for a former journalist who wants to move into marketing. You'll sit
on the marketing team and work closely with product marketing and sales. You'll be paired
with an ASHA-certified mentor who meets with you every week. You'll write SEO briefs and
edit case studies with our product marketing team.
""")
    assert texts(job) == [
        "You'll write SEO briefs and edit case studies with our product marketing team"]


def test_near_duplicates_are_merged_keeping_the_stronger_priority() -> None:
    job = parse("# Engineer\n\n## Nice to have\n\n- Experience with Kafka.\n\n"
                "## Must have\n\n- Experience with Kafka\n")
    assert [(r.text, r.priority) for r in job.requirements] == [
        ("Experience with Kafka", "critical")]


def test_keyword_phrases_stop_at_punctuation_and_helper_words() -> None:
    keywords = fallback_keywords("Develop data models for the program data, applying statistics; "
                                 "help partner design, occasional travel may apply")
    assert "program data applying" not in keywords and "help partner design" not in keywords
    assert all(not k.endswith((" may", " help")) for k in keywords)
    assert fallback_keywords("Working knowledge of GD&T") == ["GD&T"]


# -- title, company, location: each from its source ------------------------------------------
def test_front_matter_names_the_job() -> None:
    job = parse("---\ntitle: Staff Data Engineer\ncompany: Acme Corp\nlocation: Remote (EU)\n"
                "---\n# Staff Data Engineer\n\n## Requirements\n\n- SQL\n")
    assert (job.title, job.company, job.location, job.level) == (
        "Staff Data Engineer", "Acme Corp", "Remote (EU)", "staff")
    assert job.sources == {"title": "front_matter", "company": "front_matter",
                           "location": "front_matter", "level": "front_matter"}


def test_front_matter_org_colon_title() -> None:
    job = parse('---\ntitle: "Login.gov: Data Analyst"\n---\n\n## Requirements\n\n- SQL\n')
    assert (job.title, job.company) == ("Data Analyst", "Login.gov")


def test_reader_keeps_what_names_the_job_for_the_parser() -> None:
    from cvtailor.readers import from_bytes

    raw = "---\ntitle: Platform Engineer\ncompany: Quarry Data\nlayout: job\n---\n\n" \
          "## Requirements\n\n- Terraform\n"
    doc = from_bytes(raw.encode(), name="jd.md", kind="JD")
    job = parse(doc.text)
    assert (job.title, job.company) == ("Platform Engineer", "Quarry Data")
    assert job.sources["company"] == "front_matter" and "layout" not in doc.text


@pytest.mark.parametrize(("head", "title", "company", "location"), [
    ("# UX Designer\n\n**CareLoop** · Toronto, ON (hybrid) · Full-time",
     "UX Designer", "CareLoop", "Toronto, ON (hybrid)"),
    ("LOGISTICS COORDINATOR\nKestrel Home Goods - Olive Branch, MS",
     "Logistics Coordinator", "Kestrel Home Goods", "Olive Branch, MS"),
    ("RESEARCH ANALYST 3 - HOUSING DATA AND EVALUATION\nState Office of Housing\n"
     "Location: Olympia, WA", "Research Analyst 3 - Housing Data and Evaluation",
     "State Office of Housing", "Olympia, WA"),
    ("Job Description: Java Developer (3 Years of Experience)\n"
     "Tech Solutions, San Francisco, CA, USA", "Java Developer",  # years are not the title
     "Tech Solutions", "San Francisco, CA, USA"),
    ("# Clinical Pharmacist — Inpatient (Full Time, Days/Evenings)\n\n**St. Anselm Medical "
     "Center** · Columbus, OH", "Clinical Pharmacist — Inpatient", "St. Anselm Medical Center",
     "Columbus, OH"),
    ("Facilities Technician II (Electrical) - Verity Pharmaceuticals - Andover, MA\n\n"
     "Verity Pharmaceuticals makes sterile injectable medicines.",
     "Facilities Technician II (Electrical)", "Verity Pharmaceuticals", "Andover, MA"),
    ("# Product Manager at Fernhill Robotics", "Product Manager", "Fernhill Robotics", ""),
    ("# TTS - Director of Outreach", "Director of Outreach", "TTS", ""),
    ("# Data Engineer\n\nCompany: Acme Analytics", "Data Engineer", "Acme Analytics", ""),
    # a Swiss ad: the workload is no part of the title, "SA" is the company's legal form (not
    # South Australia), and the town is named with its canton
    ("# After-Sales Service Team Leader – 100%\n\n**Vuilleumier Horlogerie SA** · Customer "
     "Service Centre · Le Locle, canton of Neuchâtel", "After-Sales Service Team Leader",
     "Vuilleumier Horlogerie SA", "Le Locle, canton of Neuchâtel"),
    ("# Teamleiter Logistik (80-100%)\n\n**Brunner Transporte AG** · Winterthur, canton of "
     "Zurich", "Teamleiter Logistik", "Brunner Transporte AG", "Winterthur, canton of Zurich"),
])
def test_header_lines(head: str, title: str, company: str, location: str) -> None:
    job = parse(f"{head}\n\n## Requirements\n\n- Experience with SQL\n")
    assert (job.title, job.company, job.location) == (title, company, location)
    assert job.sources["title"] == job.sources["company"] == "header"
    assert texts(job) == ["Experience with SQL"]  # header lines are not requirements


def test_a_workload_is_no_part_of_the_title_but_a_share_may_be() -> None:
    from cvtailor.engines.offline.jd_header import Identity

    def title(raw: str) -> str:
        found = Identity()
        found.offer("title", raw, "header")
        return found.title

    assert title("Projektleiter 80 – 100%") == "Projektleiter"
    assert title("Top 10% Sales Representative") == "Top 10% Sales Representative"


def test_title_dash_company_only_when_the_ad_names_the_company_elsewhere() -> None:
    named = parse("# Operations Manager - FreshCrate\n\nAbout FreshCrate: we deliver meal kits."
                  "\n\n## Requirements\n\n- Excel\n")
    assert (named.title, named.company) == ("Operations Manager", "FreshCrate")
    unnamed = parse("# Operations Manager - Fulfillment Center\n\n## Requirements\n\n- Excel\n")
    assert (unnamed.title, unnamed.company) == ("Operations Manager - Fulfillment Center", "")
    # the company doing something in the ad's first paragraph names it too, also without its
    # legal form; that sentence is the employer's story, no requirement
    for head, story, company in (
            ("Learning and Development Specialist — Northgate Logistics",
             "Northgate Logistics employs 3,200 people across 14 warehouses.",
             "Northgate Logistics"),
            ("Internal Auditor — Calder Foods plc",
             "Calder Foods is a UK food manufacturer with six sites.", "Calder Foods plc")):
        job = parse(f"# {head}\n\n{story}\n\n## Requirements\n\n- Excel\n")
        assert (job.title, job.company) == (head.split(" — ")[0], company)
        assert texts(job) == ["Excel"]


def test_about_heading_names_the_company() -> None:
    job = parse("# Recruiter\n\n## About Verdant Bio\n\nWe make enzymes.\n\n"
                "## Requirements\n\n- Greenhouse\n")
    assert (job.company, job.sources["company"]) == ("Verdant Bio", "about")
    assert texts(job) == ["Greenhouse"]  # the About section is not requirements


@pytest.mark.parametrize(("prose", "title", "company"), [
    ("Ledgerly is hiring a Senior Backend Engineer to own payments.",
     "Senior Backend Engineer", "Ledgerly"),
    ("Join Routewise as an Enterprise Account Executive.", "Enterprise Account Executive",
     "Routewise"),
    ("We're hiring our first Marketing Manager. Life at Bramblewood is outdoors; Bramblewood "
     "makes camp chairs.", "Marketing Manager", "Bramblewood"),
])
def test_prose_names_the_job(prose: str, title: str, company: str) -> None:
    job = parse(f"{prose}\n\nRequirements: experience with SQL.\n")
    assert (job.title, job.company) == (title, company)
    assert job.sources["title"] == job.sources["company"] == "heuristic"


def test_email_domain_names_the_company() -> None:
    job = parse("## Requirements\n\n- Python\n\nSend your CV to jobs@acme.com.\n")
    assert (job.company, job.sources["company"]) == ("Acme", "email")
    spaced = parse("Tech Solutions builds software.\n\n## Requirements\n\n- Python\n\n"
                   "Write to hiring@techsolutions.com.\n")
    assert spaced.company == "Tech Solutions"


@pytest.mark.parametrize("line", [
    "for classification and ranking tasks.",  # lowercase, a preposition, a period
    "With a strong background in systems",  # starts with a preposition
    "Senior engineer who will own the platform roadmap and mentor the whole team",  # too long
])
def test_a_title_is_never_a_fragment(line: str) -> None:
    job = parse(f"{line}\n\n## Requirements\n\n- Python\n")
    assert job.title == ""


# -- the user's word -------------------------------------------------------------------------
def test_user_corrects_title_and_company_through_the_graph() -> None:
    from cvtailor.session import analyze

    cv = "# Sam Doe\n\n## Experience\n\n### Engineer — Acme\n2020 – Present\n\n- Wrote SQL\n"
    report = analyze(cv, "# Data Engineer\n\n**Acme** · Remote\n\n## Requirements\n\n- SQL\n",
                     title="Senior Data Engineer", company="Acme Corp", semantic=False)
    job = report["job"]
    assert (job["title"], job["company"]) == ("Senior Data Engineer", "Acme Corp")
    assert job["sources"]["title"] == job["sources"]["company"] == "user"
    assert job["sources"]["location"] == "header"


def test_old_postings_load_and_sources_stay_out_of_the_models_schema() -> None:
    old = JobPosting.model_validate({"title": "Engineer", "company": "Acme", "requirements": []})
    assert old.sources == {} and old.location == ""
    assert "sources" not in JobPosting.model_json_schema()["properties"]


def test_a_short_named_credential_in_a_prose_list_is_a_requirement() -> None:
    # "Essential: ...; HCPC registration; evidence of post-registration CPD; ...": a UK
    # person specification's screening items, each short, none a skill the vocabulary knows
    job = parse("# Occupational Therapist\n\n## Person specification\n\nEssential: Diploma or "
                "degree in Occupational Therapy; HCPC registration; evidence of "
                "post-registration CPD; experience of working in a community setting.\n")
    texts = [r.text for r in job.requirements]
    assert "HCPC registration" in texts
    # "evidence of" is what the ad asks for, as "experience of" is: no term; nor is
    # "post-registration", when the CPD was done (the twenty-sixth pass)
    [cpd] = [r for r in job.requirements if "post-registration CPD" in r.text]
    assert cpd.keywords == ["CPD"]
    # a short phrase naming nothing held stays out
    job = parse("# Nurse\n\n## Requirements\n\nEssential: NMC registration; great team.\n")
    assert [r.text for r in job.requirements] == ["NMC registration"]


def test_first_weeks_steps_the_employer_arranges_are_no_requirements() -> None:
    # a corpus ad's "In the first 30 days, you will…" list: learning the product, meeting the
    # team and an onboarding assignment are arranged by the employer, nothing a candidate
    # brings; the work in the same list, and what the ad asks elsewhere, stay
    job = parse("# Customer Support Engineer\n\n### In the first 30 days, you will…\n\n"
                "- Learn about our product, our value propositions, our customers and our "
                "practices.\n- Meet for an initial chat with each Customer Engineer.\n"
                "- Complete an assignment from engineering to further your knowledge of our "
                "code base.\n- Meet our external accounting team and each of our internal "
                "organization leads.\n- Work with customers to troubleshoot and solve reported "
                "issues.\n\n## Qualifications\n\n- Experience debugging self-hosted systems "
                "(Docker or Kubernetes)\n- Meet deadlines in a fast-paced environment\n")
    texts = [r.text for r in job.requirements]
    assert not [t for t in texts if t.startswith(("Learn", "Meet our", "Meet for", "Complete"))]
    assert any(t.startswith("Work with customers to troubleshoot") for t in texts)
    assert any("Docker" in t for t in texts)
    assert any(t.startswith("Meet deadlines") for t in texts)


def test_training_the_people_a_job_brings_in_is_one_term() -> None:
    """"Experience training new medical assistants" had the one keyword "medical
    assistants", a word of the job's own title, so the requirement was never asked about:
    "new" is a stop word, and it cut "training" from whom it is for."""
    [req] = parse("# Lead Medical Assistant\n\n## Requirements\n\n"
                  "- Experience training new medical assistants\n").requirements
    assert req.keywords == ["training new medical assistants"]
    [req] = parse("# Charge Nurse\n\n## Requirements\n\n- Experience training new hires\n"
                  ).requirements
    assert req.keywords == ["training new hires"]


def test_a_duty_to_train_new_people_is_the_training_of_them() -> None:
    """"Train new operators on machine settings" had the keywords "machine settings" and
    "operators": "new" is a stop word, so the question asked about the settings or about
    "operators" (a word of the job itself), never about training new operators. Led by the
    duty's own verb, the training and whom it is for are the term, as an activity (a term led
    by "Train" is a clause's fragment, never asked about), and what the duty is comes
    first."""
    from cvtailor.text.jd_terms import weak_term

    [req] = parse("# Shift Supervisor\n\n## Responsibilities\n\n"
                  "- Train new operators on machine settings\n").requirements
    assert req.keywords[0] == "training new operators"
    assert not weak_term(req.keywords[0])
    [req] = parse("# Shift Foreman\n\n## Responsibilities\n\n"
                  "- Train new employees on the line\n").requirements
    assert req.keywords == ["training new employees"]
    # a verb that does something else to new people is not the term ("Assign new operators")
    [req] = parse("# Shift Foreman\n\n## Responsibilities\n\n"
                  "- Assign new operators to each section\n").requirements
    assert not any(k.startswith("Assign") for k in req.keywords)


def test_new_people_counted_one_by_one_are_trained_all_the_same() -> None:
    """"You'll train every new cook we hire" gave no requirement at all: the determiner
    between the verb and the newcomers hid whom the training is for. After "every" or "each"
    the term names them all ("training new cooks"); after "all" or "the" it is as the ad
    says it. A thing that is new is still no one trained ("Train each new system")."""
    def keywords(line: str) -> list[str]:
        return [k for r in parse(f"# Sous Chef\n\n## What you'll do\n\n- {line}\n"
                                 ).requirements for k in r.keywords]

    assert keywords("You'll train every new cook we hire") == ["training new cooks"]
    assert keywords("Train each new hire on the grill")[0] == "training new hires"
    assert keywords("Induct all new starters to site")[0] == "inducting new starters"
    assert keywords("Train the new apprentices")[0] == "training new apprentices"
    assert not any(k.startswith("training") for k in keywords("Train each new system"))


def test_a_contract_line_with_a_reference_and_closing_date_asks_nothing() -> None:
    """"Ref." ended a sentence, so "EHR-HSN-2612 · Closing date: 22 January 2027" of a
    Japanese railway's contract line was a requirement ("EHR", "Closing date", "January")
    and was asked about."""
    job = parse("# Track Maintenance Team Leader\n\n*Full-time regular employee, 3-month "
                "probation · Monthly salary ¥285,000–¥345,000 plus night work allowances · "
                "Ref. EHR-HSN-2612 · Closing date: 22 January 2027*\n\n## The role\n\n"
                "- Carry out track patrols on foot\n")
    assert [r.text for r in job.requirements] == ["Carry out track patrols on foot"]


def test_a_list_under_your_main_tasks_is_read() -> None:
    """A Swiss ad's "Your main tasks:" over its list of thirteen duties, after the paragraph
    under "## Your role", named no section, so none of the duties was read."""
    job = parse("# After-Sales Service Team Leader\n\n## Your role\n\nOur team leader leads a "
                "team of 12 watchmakers.\n\nYour main tasks:\n\n- Handle warranty returns and "
                "find their root cause\n- Drive continuous improvement of workshop methods\n\n"
                "## Your profile\n\nYou speak French.\n")
    texts = [r.text for r in job.requirements]
    assert "Handle warranty returns and find their root cause" in texts
    assert "Drive continuous improvement of workshop methods" in texts


def test_training_junior_members_of_a_team_is_asked_about() -> None:
    """"You have experience training junior members of the finance team" had the keywords
    "junior members" and "finance team", both too general to ask about: it was never asked."""
    [req] = parse("# Management Accountant\n\n## About you\n\nYou have experience training "
                  "junior members of the finance team.\n").requirements
    assert req.keywords[0] == "training junior members"


def test_a_schools_ad_reads_its_header_and_asks_about_what_it_names() -> None:
    """An assistant headteacher's ad: "**Redland Green Primary School, Bristol**" was the
    company with its town; "lead our approach to professional development" asked "Your CV
    does not mention approach"; "pupils with SEND make strong progress" gave the term "SEND
    make"."""
    job = parse("# Assistant Headteacher\n\n**Redland Green Primary School, Bristol** · "
                "Leadership scale L5–L9\n\n## The role\n\nYou will lead our approach to "
                "professional development. You will also lead on curriculum design in maths "
                "and work with the SENCo to make sure pupils with SEND make strong progress.\n")
    assert (job.company, job.location) == ("Redland Green Primary School", "Bristol")
    keywords = [k for r in job.requirements for k in r.keywords]
    assert "professional development" in keywords
    assert not {"approach", "SEND make"} & set(keywords)


def test_an_australian_prose_ad_reads_its_header_and_each_ask() -> None:
    """A Melbourne 3PL's ad: "Ridgeway Freight & Warehousing | Truganina, VIC | Full time"
    gave no company and no location; "... is highly regarded, and a Certificate IV in
    Leadership and Management would be a bonus" was one requirement, an important one;
    "strong knowledge of WHS obligations and a First Aid certificate" asked for "strong
    knowledge of a First Aid certificate"; "making sure every order leaves on time" gave the
    keyword "making"."""
    job = parse("Operations Supervisor – Night Shift\nRidgeway Freight & Warehousing | "
                "Truganina, VIC | Full time | $92,000 + super\n\nAbout the role\nYou'll lead "
                "two team leaders and around 35 warehouse staff, making sure every order "
                "leaves on time and in full.\n\nWhat you'll bring\nExperience with continuous "
                "improvement or lean methods is highly regarded, and a Certificate IV in "
                "Leadership and Management would be a bonus. You will need strong knowledge "
                "of WHS obligations and a First Aid certificate.\n")
    assert (job.company, job.location) == ("Ridgeway Freight & Warehousing", "Truganina, VIC")
    by_text = {r.text: r for r in job.requirements}
    assert by_text["Experience with continuous improvement or lean methods is highly "
                   "regarded"].priority == "nice_to_have"
    assert by_text["A Certificate IV in Leadership and Management would be a bonus"
                   ].priority == "nice_to_have"
    assert "A First Aid certificate" in by_text
    assert not any("making" in k for r in job.requirements for k in r.keywords)


def test_successful_says_how_good_not_which_experience() -> None:
    """"five years' successful teaching experience" made "Successful teaching experience" a
    key qualification once the person confirmed it: like "proven", "successful" says how good,
    not what."""
    [req] = parse("# Assistant Headteacher\n\n## About you\n\n- At least five years' successful "
                  "teaching experience in primary\n").requirements
    assert "teaching experience" in req.keywords
    assert not any("successful" in k.lower() for k in req.keywords)


def test_a_prose_ad_says_must_and_nice_in_its_own_words() -> None:
    """A head groundskeeper's ad written as one paragraph under its title gave its five "You
    will ..." duties and nothing it asked for: "Experience with Toro or John Deere mowers is
    essential", "A Certificate III in Sports Turf Management is highly regarded", "You should
    be comfortable working early mornings ..." and "We'd love it if you had ..." carried no
    cue the parser knew, and outside any section only a cue makes a sentence a requirement."""
    job = parse(
        "Head Groundskeeper\n\nFairway Park is an 18-hole parkland course in Ballarat. You will "
        "plan the daily course set-up and keep the machinery fleet serviced and ready. "
        "Experience with Toro or John Deere mowers is essential. A Certificate III in Sports "
        "Turf Management is highly regarded. You should be comfortable working early mornings "
        "and weekends during tournament season. We'd love it if you had some experience with "
        "bunker renovation or drainage projects.\n")
    by_text = {r.text: r for r in job.requirements}
    assert by_text["Experience with Toro or John Deere mowers is essential"].priority \
        == "critical"
    assert by_text["A Certificate III in Sports Turf Management is highly regarded"].priority \
        == "nice_to_have"
    assert any("early mornings" in r.keywords for r in job.requirements)
    assert any("bunker renovation" in r.keywords for r in job.requirements)
    # the employer's own story is still no requirement
    assert not any("parkland" in r.text for r in job.requirements)


def test_title_dash_company_when_the_ad_tells_of_the_company_by_its_first_words() -> None:
    """"# Sous Chef — Larkspur Kitchen & Bar" was all title and no company: the ad says
    "Larkspur is a 140-seat seasonal restaurant", never the whole name, and the ampersand kept
    the name from reading as one. A dash's other side that the ad never tells of stays the
    title's ("Lead Surgical Technologist - Main OR")."""
    job = parse("# Sous Chef — Larkspur Kitchen & Bar\n\nLarkspur is a 140-seat seasonal "
                "restaurant in the West Loop.\n\n## What you'll do\n\n- Run the pass\n")
    assert (job.title, job.company) == ("Sous Chef", "Larkspur Kitchen & Bar")
    job = parse("Head Groundskeeper - Fairway Park Golf Club\n\nFairway Park is an 18-hole "
                "parkland course. You will cut greens, tees and fairways.\n")
    assert (job.title, job.company) == ("Head Groundskeeper", "Fairway Park Golf Club")
    job = parse("# Lead Surgical Technologist - Main OR\n\nMain theatres run 14 rooms.\n\n"
                "## What you'll do\n\n- Scrub complex cases\n")
    assert job.title == "Lead Surgical Technologist - Main OR" and not job.company


def test_the_role_involves_lists_the_duties() -> None:
    """"The role involves planning the daily workload for a team of five fitters, carrying out
    services and repairs ..., and making sure LOLER and PUWER inspections are done on time"
    gave nothing: only "duties include" led a list of duties."""
    job = parse("Workshop Supervisor\n\nKestrel Plant Hire is a family-owned plant hire "
                "company. The role involves planning the daily workload for a team of five "
                "fitters, carrying out services and repairs on excavators, and making sure "
                "LOLER and PUWER inspections are done on time.\n")
    texts = [r.text for r in job.requirements]
    assert "Planning the daily workload for a team of five fitters" in texts
    assert "Making sure LOLER and PUWER inspections are done on time" in texts


def test_the_company_from_a_sentence_that_says_what_kind_of_organisation_it_is() -> None:
    """"Kestrel Plant Hire is a family-owned plant hire company based in Inverness" named the
    employer, and the ad had no company. A sentence about the employer that does not name it
    names no company ("This is a permanent role with a growing business", "The Trust is a
    large NHS employer")."""
    def company(sentence: str) -> str:
        return parse(f"Workshop Supervisor\n\n{sentence}\n\n## Duties\n\n- Plan the workload\n"
                     ).company
    assert company("Kestrel Plant Hire is a family-owned plant hire company based in "
                   "Inverness.") == "Kestrel Plant Hire"
    assert company("This is a permanent role with a growing business.") == ""
    assert company("The Trust is a large NHS employer.") == ""
    assert company("Our client is a leading food manufacturer in Leeds.") == ""


# -- the forty-third pass: a trade ad's header, licences and duties ---------------------------
def test_a_licence_named_by_whose_it_is_stays_the_term() -> None:
    # "driver's" is the kind of licence, not its owner ("the lab's autoclave": whose it is)
    assert key_phrases("A current driver's licence") == ["driver's licence"]
    assert key_phrases("A pilot's licence") == ["pilot's licence"]
    assert key_phrases("A full drivers licence") == ["drivers licence"]  # a noun, not "to license"
    assert key_phrases("A master's degree in ecology")[0] == "master's degree"
    assert key_phrases("the lab's autoclave cycles") == ["autoclave cycles"]
    job = parse("Head Beekeeper\n\nYou have\n- 4+ years of commercial beekeeping\n\n"
                "You must hold a current driver's licence and be comfortable working weekends.\n")
    assert any(r.keywords == ["driver's licence"] and r.priority == "critical"
               for r in job.requirements)


def test_a_requirement_the_prose_asks_again_is_one_requirement() -> None:
    job = parse("Dairy Herd Manager\n\nWhat you'll need\n- A current driver's licence\n"
                "- Experience with rotary dairy sheds\n\n"
                "You must hold a current driver's licence.\n")
    licences = [r for r in job.requirements if r.keywords == ["driver's licence"]]
    assert len(licences) == 1 and licences[0].priority == "critical"  # the stronger ask


def test_title_dash_employer_and_town_for_any_trade() -> None:
    job = parse("Senior Locksmith – Keyline Security, Leeds\n\nRequirements\n"
                "- Experience with Abloy high-security cylinders\n")
    assert (job.title, job.company, job.location) == ("Senior Locksmith", "Keyline Security",
                                                      "Leeds")
    job = parse("Head Beekeeper\nWildflower Honey Co. - Otago\n\nYou have\n"
                "- 4+ years of commercial beekeeping\n")
    assert (job.title, job.company, job.location) == ("Head Beekeeper", "Wildflower Honey Co.",
                                                      "Otago")


def test_a_sentence_that_says_the_employer_needs_the_job_asks_nothing() -> None:
    job = parse("Head Beekeeper\n\nAbout the role\nWe run 1,800 hives across Central Otago and "
                "need a head beekeeper.\n\nYou have\n- 4+ years of commercial beekeeping\n")
    assert [r.keywords for r in job.requirements] == [["commercial beekeeping"]]


def test_two_verbs_sharing_a_duty_s_object_are_not_its_term() -> None:
    assert key_phrases("Sort and bag queen cells for sale", duty=True)[0] == "queen cells"
    assert key_phrases("Plan and budget site works", duty=True) == ["site works"]
    assert "drums" in key_phrases("Fill and seal the drums at extraction", duty=True)
    # a noun after "and" is the object's, not a verb
    assert key_phrases("Research and development projects", duty=True) == [
        "development projects"]


def test_a_named_qualification_the_ad_calls_essential_is_a_requirement() -> None:
    job = parse("Banker Mason\n\nAbout you\nYou'll have at least 5 years in a banker shop. "
                "An NVQ Level 3 in Stonemasonry is essential. A CSCS card is needed for "
                "occasional site visits.\n")
    nvq = [r for r in job.requirements if "NVQ Level 3" in r.keywords]
    assert len(nvq) == 1 and nvq[0].priority == "critical"


def test_how_to_apply_is_no_requirement() -> None:
    job = parse("Banker Mason\n\nAbout you\nYou'll have at least 5 years in a banker shop.\n\n"
                "Apply with a CV and photos of your work.\n")
    assert [r.keywords for r in job.requirements] == [["banker shop"]]


def test_a_must_asks_for_everything_its_clause_lists() -> None:
    job = parse("Farrier wanted – Hollybrook Equine Practice, Newmarket\n\nHollybrook is a busy "
                "equine practice. You must be registered with the Farriers Registration Council "
                "and hold the DipWCF.\n")
    assert (job.title, job.company, job.location) == ("Farrier", "Hollybrook Equine Practice",
                                                      "Newmarket")
    held = {k: r.priority for r in job.requirements for k in r.keywords}
    assert held["DipWCF"] == "critical" and held["Farriers Registration Council"] == "critical"


def test_the_place_on_the_line_under_the_employer() -> None:
    job = parse("STONEMASON / BANKER MASON\nCalder Stone Restoration Ltd\n"
                "Halifax, West Yorkshire | Permanent | £15.50–£18.00 per hour\n\n"
                "About you\nYou'll have at least 5 years in a banker shop.\n")
    assert (job.company, job.location) == ("Calder Stone Restoration Ltd",
                                           "Halifax, West Yorkshire")


def test_a_small_employer_s_prose_ad_is_read_whole() -> None:
    job = parse(
        "Boatbuilder (GRP and timber) - Harbourside Marine, Falmouth\n\n"
        "Harbourside Marine builds and refits working boats from our yard on the Penryn River.\n\n"
        "Most of your time will be spent on hull repairs, deck replacements and fitting out "
        "interiors in marine ply. You will read technical drawings.\n\n"
        "Knowledge of epoxy systems (West System or similar) is important, and experience with "
        "marine electrics is useful but not essential. A Powerboat Level 2 certificate would "
        "help.\n")
    assert (job.title, job.company, job.location) == ("Boatbuilder (GRP and timber)",
                                                      "Harbourside Marine", "Falmouth")
    asked = {k: r.priority for r in job.requirements for k in r.keywords}
    assert "hull repairs" in asked  # "your time will be spent on": the duties
    assert asked["marine electrics"] == "nice_to_have"
    assert asked["epoxy systems"] != "nice_to_have"  # the wish after ", and" is its own
    assert asked["Powerboat Level 2 certificate"] == "nice_to_have"


def test_the_employer_and_its_town_under_the_title_and_a_wish_in_brackets() -> None:
    job = parse("Sign Writer & Graphics Installer\nBrightline Signs, Dunedin\n\n"
                "What we're looking for\nYou're confident on ladders and scaffold towers (a Site "
                "Safe passport helps). Experience with vehicle wraps is essential.\n")
    assert (job.company, job.location) == ("Brightline Signs", "Dunedin")
    asked = {k: r.priority for r in job.requirements for k in r.keywords}
    assert asked["ladders"] != "nice_to_have" and asked["Site Safe passport"] == "nice_to_have"
    assert asked["vehicle wraps"] == "critical"


def test_your_day_lists_the_duties() -> None:
    job = parse("Kennel Supervisor\nPawfield Boarding Kennels & Cattery — Ashford, Kent\n\n"
                "Your day\nPlanning the rota, overseeing feeding, cleaning and exercise, and "
                "keeping accurate care records.\n\nYou'll need\nAt least two years working in "
                "boarding kennels.\n")
    assert any("care records" in r.keywords for r in job.requirements)


def test_the_county_the_work_is_in_is_no_term_but_where_a_licence_holds_is() -> None:
    job = parse("Farrier\n\nThe job\nYou'll shoe and trim around 25 horses a week across yards "
                "in Suffolk.\n\nYou have\n- A Professional Engineer (PE) license in Virginia\n")
    keywords = [k for r in job.requirements for k in r.keywords]
    assert "Suffolk" not in keywords and "horses" in keywords
    assert "Virginia" in keywords  # the licence is the state's


def test_a_place_named_new_keeps_its_new() -> None:
    """"New" is a stop word of ads ("train new starters"), but the first word of New Zealand:
    "Hold the New Zealand Certificate in Pharmacy" gave "Zealand Certificate"."""
    assert key_phrases("Hold the New Zealand Certificate in Pharmacy (Level 5)")[0] \
        == "New Zealand Certificate"
    assert "New South Wales" in key_phrases("Hold a New South Wales driver licence")
    assert key_phrases("Train new starters on the till") == ["Train", "starters"]


def test_a_product_named_before_the_kind_of_tool_it_is_is_the_term() -> None:
    """"Experience with Toniq dispensing software is essential" asked for the whole phrase,
    which no CV writes: a pharmacy technician who dispenses "in Toniq" went unmatched."""
    job = parse("Pharmacy Technician\n\nRequirements\n"
                "- Experience with Toniq dispensing software is essential\n"
                "- Experience with ServiceTitan dispatch software\n"
                "- Dispensing software experience\n")
    keywords = [r.keywords for r in job.requirements]
    assert keywords[0] == ["Toniq"] and keywords[1] == ["ServiceTitan"]
    assert "Dispensing" not in keywords[2]  # an everyday word names no product


def test_a_schemes_letters_name_the_card_it_issues() -> None:
    """"A CSCS card is a must" asked for "CSCS card", which a CV holding a "CSCS Blue Skilled
    Worker card" does not write."""
    job = parse("Lead Technician\n\nWhat we need\n- A CSCS card is a must\n"
                "- A full UK driving licence\n")
    assert job.requirements[0].keywords == ["CSCS"]
    assert "UK driving licence" in job.requirements[1].keywords


def test_a_must_after_what_it_is_a_condition_of_asks_for_every_item() -> None:
    """"To be considered you must be registered ..., hold ... and have ...": the middle item
    came out merely important."""
    job = parse("Senior Pharmacy Technician\n\nAbout you\nTo be considered you must be "
                "registered with the Pharmacy Council as a pharmacy technician, hold the New "
                "Zealand Certificate in Pharmacy (Level 5) or an equivalent, and have at least "
                "three years of dispensing experience in a community pharmacy.\n")
    held = next(r for r in job.requirements if r.text.lower().startswith("hold"))
    assert held.priority == "critical"


def test_a_licence_keeps_its_category_letter() -> None:
    """"A full D licence with no more than 3 points is essential" gave "full": the category's
    one letter was dropped as too short to be a word, and the licence with it."""
    job = parse("Driver Trainer\n\nWhat you'll bring\nA full D licence with no more than 3 "
                "points is essential, along with a valid Driver Qualification Card.\n")
    keywords = [k for r in job.requirements for k in r.keywords]
    assert "D licence" in keywords and "full" not in keywords
    assert key_phrases("You hold a full B licence") == ["B licence"]


def test_in_front_of_is_where_not_a_term() -> None:
    assert "front" not in key_phrases("You should be patient and comfortable in front of a "
                                      "group")
    assert "front of house" in key_phrases("Work in front of house")


def test_a_bullet_that_requires_one_thing_and_prefers_another_is_two() -> None:
    """"Fundamental Payroll Certification (FPC) required; Certified Payroll Professional (CPP)
    preferred" was one critical requirement: the CPP the ad only prefers was asked for as a
    must, and a CV with the FPC alone met it only in part."""
    job = parse("Payroll Supervisor\n\nQualifications\n"
                "- Fundamental Payroll Certification (FPC) required; Certified Payroll "
                "Professional (CPP) preferred\n- PMP required, PRINCE2 a plus\n")
    asked = {k: r.priority for r in job.requirements for k in r.keywords}
    assert asked["FPC"] == "critical" and asked["CPP"] == "nice_to_have"
    assert asked["PMP"] == "critical" and asked["PRINCE2"] == "nice_to_have"


def test_a_bold_section_name_opening_its_paragraph_is_read_as_one() -> None:
    """"**What you bring.** At least four years supporting a C-level executive. ..." lost its
    first sentence, the years the ad asks for: the bold name and the sentence read as one
    verbless fragment. The wish after ", and" with a name ("Spanish would be an advantage")
    is its own."""
    job = parse("Executive Assistant\n\n**What you bring.** At least four years supporting a "
                "C-level executive. Experience supporting a board of directors is a plus, and "
                "Spanish would be an advantage.\n\n**Harborline** is a 300-person freight "
                "forwarder.\n")
    asked = {k: r.priority for r in job.requirements for k in r.keywords}
    assert asked["C-level executive"] == "critical"
    assert asked["Spanish"] == "nice_to_have" and asked["board of directors"] == "nice_to_have"
    assert not any("Harborline" in r.text for r in job.requirements)


def test_an_ads_own_short_form_names_the_credential_before_it() -> None:
    """"Certified Payroll Professional (CPP) preferred" gave "Payroll" and "CPP", which the
    vocabulary read as C++: a payroll supervisor was to be asked about a programming
    language. "Certified Kubernetes Administrator (CKA)" is the CKA it knows."""
    job = parse("Payroll Supervisor\n\nQualifications\n"
                "- Certified Payroll Professional (CPP) preferred\n"
                "- Certified Kubernetes Administrator (CKA)\n")
    assert job.requirements[0].keywords == ["Certified Payroll Professional", "CPP"]
    assert "Certified Kubernetes Administrator" in job.requirements[1].keywords
    assert "C++" not in [k for r in job.requirements for k in r.keywords]


def test_book_opening_a_duty_is_its_verb() -> None:
    """"Book domestic and international travel" gave the term "Book domestic"."""
    job = parse("Executive Assistant\n\nWhat you'll do\n- Book domestic and international "
                "travel\n")
    assert job.requirements[0].keywords[0] == "international travel"
    assert not any(k.startswith("Book") for k in job.requirements[0].keywords)


def test_a_maker_of_two_words_named_before_the_kind_of_thing_is_the_term() -> None:
    """"ideally on Siemens Gamesa platforms" asked for the whole phrase: a wind turbine
    technician servicing "48 Siemens Gamesa SWT-2.3 turbines" was asked whether they had
    worked on them."""
    job = parse("Lead Wind Turbine Technician\n\nAbout you\nWe need someone with at least five "
                "years' experience maintaining wind turbines, ideally on Siemens Gamesa "
                "platforms.\n")
    keywords = [k for r in job.requirements for k in r.keywords]
    assert "Siemens Gamesa" in keywords and "Siemens Gamesa platforms" not in keywords
    # words of everyday English are no maker's name
    assert parse("Technician\n\nRequirements\n- Experience with Warehouse Management "
                 "software\n").requirements[0].keywords == ["Warehouse Management software"]


def test_a_schemes_letters_name_the_certificate_it_issues() -> None:
    job = parse("Lead Technician\n\nWhat we need\n- Current GWO BST and BTT certificates\n")
    assert "BTT" in job.requirements[0].keywords


def test_how_well_a_language_is_spoken_is_no_term() -> None:
    assert parse("Dental Hygienist\n\nRequirements\n- Conversational Mandarin preferred\n"
                 ).requirements[0].keywords == ["Mandarin"]


def test_two_verbs_of_bringing_people_on_share_whom_they_name() -> None:
    """"Supervise and mentor junior hygienists": "Supervise" alone was a term, and its question
    asked whether a line showed "Supervise"."""
    keywords = parse("Senior Hygienist\n\nResponsibilities\n- Supervise and mentor junior "
                     "hygienists and dental assistants\n").requirements[0].keywords
    assert keywords[0] == "Supervise and mentor junior hygienists" and "Supervise" not in keywords
    # another verb between, and people who are new: still whom the duty is done to
    assert parse("Cafe Supervisor\n\nWhat you'll do\n- Train and support new team members\n"
                 ).requirements[0].keywords == ["Train and support new team members"]
    assert parse("Lead\n\nWhat you'll do\n- Mentor and coach new technicians\n"
                 ).requirements[0].keywords == ["Mentor and coach new technicians"]


def test_the_employer_and_the_site_it_works_from_under_the_title() -> None:
    """"Kestrel Supply Chain – Dublin Airport Logistics Park": no town the parser knew, so the
    line was a requirement, and so was "Kestrel Supply Chain provides warehousing ..."."""
    job = parse("Inventory Controller\nKestrel Supply Chain – Dublin Airport Logistics Park\n\n"
                "Kestrel Supply Chain provides warehousing and distribution for healthcare "
                "clients across Ireland.\n\nYou will plan and carry out the cycle count "
                "programme.\n")
    assert (job.company, job.location) == ("Kestrel Supply Chain",
                                           "Dublin Airport Logistics Park")
    assert [r.text for r in job.requirements] == [
        "You will plan and carry out the cycle count programme"]


def test_an_item_that_says_how_the_person_stands_to_it_keeps_its_own_words() -> None:
    """"You are proficient with QuickBooks and Microsoft 365, and comfortable with
    spreadsheets" gave "You are proficient with comfortable with spreadsheets"."""
    job = parse("Office Manager\n\nYou have at least three years of experience in office "
                "administration. You are proficient with QuickBooks and Microsoft 365, and "
                "comfortable with spreadsheets. You are organized, discreet with confidential "
                "information and a strong communicator.\n")
    texts = [r.text for r in job.requirements]
    assert "Comfortable with spreadsheets" in texts
    assert not any("proficient with comfortable" in t for t in texts)
    # the person described by what they are: an ask, though no heading says so
    assert any("confidential information" in r.keywords for r in job.requirements)


def test_an_occasion_that_opens_a_sentence_stays_with_its_duty() -> None:
    """"When you find a problem, you'll issue notices of violation, explain the fix ...": the
    occasion was cut off as a requirement of its own, "When you find a problem", whose only
    term, "problem", a describe question then asked the person about."""
    job = parse("Fire Inspector\nAcme Fire District\n\nAbout the role\n\nWhen you find a problem, "
                "you'll issue notices of violation, explain the fix to the business owner in "
                "plain language and return until it is corrected.\n")
    texts = [r.text for r in job.requirements]
    assert "When you find a problem" not in texts
    first = job.requirements[0]
    assert first.text == "When you find a problem, you'll issue notices of violation"
    assert first.keywords == ["notices of violation"]  # when it is done names no term
    assert not any("problem" in k for r in job.requirements for k in r.keywords)


def test_the_town_under_the_title_is_where_the_job_is_and_no_term() -> None:
    """"Klippeøens Kantiner ApS – Aakirkeby, Bornholm" under the title named the employer but
    not where the job is, so "in Aakirkeby" of "run our canteen at a food company's head
    office ... in Aakirkeby" became a term: the interview asked about the town first, and a
    yes wrote "Aakirkeby: set up the salad bar ..." for a person who works in Rønne."""
    job = parse("CANTEEN MANAGER\nKlippeøens Kantiner ApS – Aakirkeby, Bornholm\n\nTHE JOB\n"
                "As canteen manager you will run our canteen at a food company's head office "
                "and warehouse in Aakirkeby, which serves a hot lunch to about 140 employees.\n")
    assert (job.company, job.location) == ("Klippeøens Kantiner ApS", "Aakirkeby, Bornholm")
    keywords = [k for r in job.requirements for k in r.keywords]
    assert "Aakirkeby" not in keywords and "canteen manager" in keywords


def test_whose_premises_the_job_is_at_is_no_term() -> None:
    """"run our canteen at a food company's head office and warehouse": where the canteen is,
    no work a line shows. Asked about, a described answer about the salad bar led its line
    with "Head office: ...". Head office as whom the work is with is still a term."""
    job = parse("Canteen Manager\n\nThe job\nYou will run our canteen at a food company's "
                "head office and warehouse, serving about 140 employees.\n\nDuties\n"
                "- Liaise with head office on orders\n")
    keywords = [[k for k in r.keywords] for r in job.requirements]
    assert not any("head office" in ks for ks in keywords[:-1])
    assert keywords[-1] == ["head office", "orders"]


@pytest.mark.parametrize("sentence", [
    "You will be happy to spend the odd week away on jobs up the North-West Coast.",
    "You will run crews on farms across the Hunter Valley and the Liverpool Plains.",
])
def test_a_stretch_of_land_the_work_is_in_is_no_term(sentence: str) -> None:
    """"up the North-West Coast" is where the jobs are, no thing a line can show: asked as a
    term, a yes would claim the region."""
    job = parse(f"Fencing Crew Leader\n\nThe job\n{sentence}\n")
    keywords = [k for r in job.requirements for k in r.keywords]
    assert not any(k.endswith(("Coast", "Valley", "Plains")) for k in keywords)


@pytest.mark.parametrize(("duty", "term"), [
    ("Take care of the onboarding of new colleagues", "onboarding"),
    ("Take care of the cleaning of the kitchen", "cleaning"),
    ("Take charge of the stores", "stores"),
])
def test_take_care_of_is_a_verb_whose_object_is_the_term(duty: str, term: str) -> None:
    """"Take care of the onboarding of new colleagues" gave the term "care of the onboarding",
    which the interview asked about and the writer led a line with ("Care of the onboarding:
    show new colleagues ...")."""
    keywords = duty_terms(duty)
    assert term in keywords and not any(k.startswith(("care", "charge")) for k in keywords)


@pytest.mark.parametrize(("duty", "term"), [
    ("Deputise for the Team Manager when required", "Deputise"),
    ("You will deputise for the head chef and run the pass on Sundays", "deputise"),
    ("Deputize for the store manager", "Deputize"),
])
def test_standing_in_for_a_post_is_the_term_not_the_post(duty: str, term: str) -> None:
    """"Deputise for the Team Manager when required" gave the term "Team Manager": the post
    stood in for, a title the person never held, and no question asked whether they deputise
    (a lone verb naming no skill was too weak to ask about)."""
    keywords = duty_terms(duty)
    assert keywords[0] == term
    assert not any("manager" in k.lower() or "chef" in k.lower() for k in keywords)


@pytest.mark.parametrize(("duty", "term"), [
    ("Oversee the training of new staff", "training of new staff"),
    ("Run the training of seasonal workers in their first week", "training of seasonal workers"),
    ("Organise training for new starters", "training for new starters"),
    ("Provide training to junior staff", "training to junior staff"),
    ("Coordinate the training of apprentices and the scheduling of the crew",
     "training of apprentices"),
])
def test_training_of_people_is_a_term_with_whom_it_is_for(duty: str, term: str) -> None:
    """"Oversee the training of new staff" gave no term at all ("training" alone is too
    general), and "Organise training for new starters" only "starters": the training, with
    whom it is for as the ad names them, is the term."""
    keywords = duty_terms(duty)
    assert term in keywords
    assert not any(k != term and term.endswith(k) for k in keywords)


@pytest.mark.parametrize("sentence", [
    "As a small island team we also cover adult safeguarding",
    "We also run night shifts for the hospital",
])
def test_a_verb_after_its_subject_and_an_adverb_is_no_term(sentence: str) -> None:
    """"we also cover adult safeguarding" gave the term "cover adult", which the interview
    asked about and the writer put into a line ("..., working with the cover adult")."""
    keywords = [k for r in parse(f"Cook\n\nAbout the job\n{sentence}.\n").requirements
                for k in r.keywords]
    assert keywords and not any(k.lower().startswith(("cover", "run")) for k in keywords)


@pytest.mark.parametrize(("duty", "term"), [
    ("Run the daily work planning for your crew", "work planning"),
    ("Keep the work records for each job", "work records"),
    ("Close work requests in the CMMS", "work requests"),
    ("Prepare work packs for the shutdown", "work packs"),
])
def test_work_before_a_noun_is_the_compounds_first_word(duty: str, term: str) -> None:
    """"Run the daily work planning for your crew" gave no term at all: "work" is a stop word,
    and "planning" alone too general. Before planning, records, requests or packs it is the
    first word of the ad's compound, as it already was before orders and permits."""
    keywords = duty_terms(duty, "Roofer")
    assert term in keywords


@pytest.mark.parametrize(("duty", "first"), [
    ("Call in casual staff for large events", "casual staff"),
    ("Book agency staff to cover sickness", "agency staff"),
])
def test_staff_named_by_how_they_are_hired_are_the_term(duty: str, first: str) -> None:
    """"Call in casual staff for large events" led with "large events", what the staff are for:
    "staff" after any word was too general to be a term. Casual, agency, seasonal or relief
    staff are a kind the ad names, and the duty is done to them."""
    keywords = duty_terms(duty, "Supervisor")
    assert keywords[0] == first


def test_the_staff_a_team_is_made_of_do_not_lead() -> None:
    """Who a team is made of is not what the duty asks ("lead a team of 8 operators and
    part-time staff on tart line 2": a question on "part-time staff" asks nothing of the
    person), as those the work is done to are not."""
    keywords = duty_terms("You will lead a team of 8 operators and part-time staff on tart "
                          "line 2", "Line leader")
    assert keywords[0] != "part-time staff"


def test_a_reporting_line_that_goes_on_to_a_duty_keeps_the_duty() -> None:
    """A bullet "Reporting to the Operations Team Manager, you will plan weekly rotas" was
    dropped whole as a reporting line (its title part ran on over the comma); the reporting
    line alone still is no requirement."""
    job = parse("Supervisor\n\nThe role\n- Reporting to the Operations Team Manager, you will "
                "plan weekly rotas.\n- Reporting to the Manager, Interpreting Services\n")
    assert [k for r in job.requirements for k in r.keywords] == ["rotas"]


@pytest.mark.parametrize(("duty", "terms"), [
    ("Run our productions from the first rehearsal to closing night", ["productions"]),
    ("Manage subcontractors from buyout to final payment", ["subcontractors"]),
    ("Lead employee relations investigations from intake to written findings",
     ["employee relations"]),
    ("Handle evictions from filing through court when collections fail", ["evictions"]),
])
def test_the_stages_a_duty_runs_between_are_no_terms(duty: str, terms: list[str]) -> None:
    """"Run our productions from the first rehearsal to closing night" gave the term "first
    rehearsal", and the interview asked whether a line showed it: the stages a duty runs
    between say how far the work goes, not what it is."""
    assert duty_terms(duty, "Stage Manager") == terms


@pytest.mark.parametrize(("duty", "kept"), [
    ("Own the full lifecycle from schema design to production deployment",
     "production deployment"),  # stages that are practices of their own
    ("Migrate our reports from SAS to Python", "Python"),  # names
    ("Take models from our data scientists' notebooks to production", "production"),  # all
    ("Stabilize everything from hit-by-car trauma to toxin ingestions", "toxin ingestions"),
    ("Cut the average turnaround from 4 days to 2", "average turnaround"),  # an amount
])
def test_a_span_that_is_the_work_keeps_its_terms(duty: str, kept: str) -> None:
    """What `_outside_scope` leaves alone: stages that are practices, names, a span that
    holds all the duty names, a range of the work, and an amount."""
    assert kept in duty_terms(duty, "Engineer")


@pytest.mark.parametrize("line", [
    "You will still spend most of your shift at the presses",
    "About half your time is at the bench, the other half quoting and ordering",
    "You'll spend part of every week out on the farms yourself",
    "You report to the managing director, Anna Berg",
])
def test_where_the_job_s_time_goes_and_whom_it_reports_to_are_no_requirements(
        line: str) -> None:
    """"You will still spend a good part of your day at the bench" gave the term "soybean
    harvest" and "You report to the managing director, Chiara Bernasconi" the term "managing
    director", and the interview asked about both: how the job's time is shared out at a
    place, and whom it reports to, ask nothing of a candidate."""
    job = parse(f"Workshop Lead\n\nThe role\n- {line}\n- Read technical drawings\n")
    assert [k for r in job.requirements for k in r.keywords] == ["technical drawings"]


def test_time_spent_on_the_work_itself_is_the_work() -> None:
    """What `_TIME_SHARE` leaves alone: time spent doing something, or on it."""
    assert "wound care" in duty_terms("You will spend most of your day providing wound care",
                                      "Nurse")
    assert "hull repairs" in duty_terms("Most of your time will be spent on hull repairs",
                                        "Boatbuilder")


@pytest.mark.parametrize(("duty", "terms"), [
    ("Take part in proficiency testing with other laboratories", "proficiency testing"),
    ("Lead knowledge transfer to the night shift", "knowledge transfer"),
])
def test_a_cue_word_that_is_the_practice_s_own_noun_stays_in_its_term(duty: str,
                                                                       terms: str) -> None:
    """"Take part in proficiency testing" gave "testing": "proficiency" is dropped from terms
    because it asks ("proficiency in Excel"), but here it names the practice."""
    assert terms in duty_terms(duty, "Laboratory Supervisor")


@pytest.mark.parametrize(("duty", "verb"), [
    ("Inspect the welds and follow up on any repairs", "follow"),
    ("Manage the paint stock and order from our suppliers", "order"),
])
def test_a_later_verb_before_its_particle_is_no_term(duty: str, verb: str) -> None:
    """"... and follow up any deviation" gave the term "follow", and "... and order from the
    gold beaters" the term "order": a duty's later verb, before its particle or where it gets
    things from, is a verb."""
    terms = duty_terms(duty, "Supervisor")
    assert verb not in terms and terms


@pytest.mark.parametrize(("duty", "term"), [
    ("Manage spare parts stock and order from manufacturers", "spare parts stock"),
    ("Control spare parts for the irrigation store", "spare parts"),
    ("Keep spare parts in stock", "spare parts"),
    ("Order spare parts and keep the engine stores in order", "spare parts"),
])
def test_spare_parts_are_one_thing(duty: str, term: str) -> None:
    """"Manage spare parts stock" gave no term and "Control spare parts stock" the term
    "controlling spare": "part" is a function word ("part of", "take part"), but spare parts
    are what a workshop keeps."""
    assert term in duty_terms(duty, "Workshop Foreman")


@pytest.mark.parametrize(("duty", "term"), [
    ("Plan the shift and assign tasks across the egg, larval and pupal areas", "assign tasks"),
    ("Allocate work across the crew", "Allocate work"),
    ("Assign tasks to the crew", "Assign tasks"),
])
def test_sharing_out_the_work_is_a_term(duty: str, term: str) -> None:
    """"Plan the shift and assign tasks across the egg, larval and pupal areas" gave only
    "pupal areas" (where the work is), and "Assign tasks to the crew" no term: "tasks" and
    "work" alone are too general to be terms, but sharing them out is a supervisor's duty.
    The areas a duty spans are no term."""
    terms = duty_terms(duty, "Shift Supervisor")
    assert term in terms and "pupal areas" not in terms


def test_work_orders_are_still_a_thing_assigned() -> None:
    """What the sharing-out phrase leaves alone: "work" that names a thing ("work orders")."""
    assert "work orders" in duty_terms("Assign work orders to technicians", "Supervisor")


@pytest.mark.parametrize(("line", "title", "first"), [
    ("As head of the workshop, you will draw up the weekly production schedule",
     "head of the workshop", "production schedule"),
    ("As shift leader you are responsible for the drawing hall on your shift", "shift leader",
     "drawing hall"),
])
def test_the_job_s_title_in_lower_case_is_read_last(line: str, title: str, first: str) -> None:
    """"As head of the workshop, you will draw up the weekly production schedule" led with
    "head of the workshop", and the interview asked about it before the schedule: the job's
    title in lower case, ended by a role noun, goes last as the capitalised one does."""
    [req] = parse(f"Mosaicist\n\nThe role\n- {line}\n").requirements
    assert req.keywords[0] == first and req.keywords[-1] == title


def test_a_time_clause_is_no_title() -> None:
    """What the lower-case title leaves alone: "As the harvest approaches you will ..."."""
    [req] = parse("Vineyard Lead\n\nThe role\n- As the harvest approaches you will prepare "
                  "yield estimates\n").requirements
    assert req.keywords[0] == "yield estimates"


@pytest.mark.parametrize("line", [
    "Work closely with our quality control laboratory and with the irradiation team",
    "You report to the Production Manager and work with the laboratory and the maintenance "
    "department",
    "Work closely with our practice manager",
    "You will still spend most of your nights at the bedside and at the recording station",
    "You are the person the team turns to when a piece does not go to plan",
    "Reports to the Production Manager, Henrik Sandvik, and works with the planners, the "
    "laboratory and the maintenance team",
])
def test_whom_the_job_works_with_is_no_requirement(line: str) -> None:
    """"Work closely with our quality control laboratory and with the irradiation team"
    and "... work with the laboratory and the maintenance department" were asked about in
    the interview ("Does ... show maintenance department?"): whom a job works with, the
    nights it spends at a place and whom the team turns to ask nothing a CV shows."""
    job = parse(f"Shift Supervisor\n\nThe role\n- {line}\n- Read technical drawings\n")
    assert [k for r in job.requirements for k in r.keywords] == ["technical drawings"]


@pytest.mark.parametrize(("duty", "kept"), [
    ("Work with the quality control laboratory on sampling", "quality control laboratory"),
    ("Work with engineers and product managers to document new features", "product managers"),
])
def test_what_is_done_with_others_keeps_its_terms(duty: str, kept: str) -> None:
    """What `_works_with_only` leaves alone: what is done with the people named."""
    assert kept in duty_terms(duty, "Supervisor")


@pytest.mark.parametrize(("line", "fragment"), [
    ("You will help the owner run our online shop in Shopify", "owner run"),
    ("Carry out a final inspection on every gun before it goes back to the customer",
     "goes back"),
    ("You have a full Class 1 driver licence and a Site Safe Supervisor certificate, or you are "
     "ready to gain one in your first year", "gain"),
    ("You are in charge of one of our two production blocks", "production blocks"),
    ("Finnish is used daily with planning and maintenance", "used daily"),
])
def test_a_verb_or_the_employer_s_unit_is_no_term(line: str, fragment: str) -> None:
    """"You will help the owner run our online shop" gave the term "owner run", "before it
    goes back" the term "goes back", "ready to gain one" the term "gain", and "one of our two
    production blocks" the term "production blocks": the verb of whom the job helps, a
    thing's verb after "it", an infinitive before its pronoun, and which of the employer's
    units the job runs."""
    job = parse(f"Head Saddler\n\nThe role\n- {line}\n")
    assert fragment not in [k for r in job.requirements for k in r.keywords]
