"""The offline JD parser on hand-written job ads in shapes real job boards produce (issue 9):
plain prose with no headings, LinkedIn emoji bullets, government Duties / Specialized
Experience, agency ads, Title Case headings, numbered lists, semicolon paragraphs, UK Essential
/ Desirable criteria, Markdown, EEO and how-to-apply text, hard-wrapped lines, and a title line
that also holds the location and pay; a second round (r2_*) adds Indeed copy-paste, university
and hospital postings, emoji headings, a bilingual Canadian ad, a staffing temp ad, requirements
before duties, Must/Should/Could, a Craigslist paragraph, a Markdown skills table, a non-profit,
an apprenticeship, a second-person list and an executive search; a third round (r3_*) comes as
files: careers-site, Greenhouse and Workday HTML pages, DOCX, PDF, a forwarded email with
quoted-printable artefacts, ALL CAPS headings, Key Selection Criteria and a heading-less list;
a fourth round (r4_*) is prose-led: a company tagline or '<Company> — careers' line or
'Job title:' / 'Employer:' / 'Position:' lines before the job, 'The successful candidate will
...', 'Day to day, you'll ...', 'Key priorities include ...', requirements buried in a long ad,
headings over sentences, a public-sector Selection criteria ad, trades licences, a pay paragraph
mid-ad and a recruiter's email.
Every ad is read as a user's file is, through `read_document(path, "JD")`. The expectations in
tests/fixtures/ads/expected.json were written before the parser was run on the ads (one
round-2 must-find was dropped after: see its commit; round 4's were committed before its first
parse too)."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

import pytest

from cvtailor.engines.offline.jd_parser import parse_jd_text
from cvtailor.models import JobPosting
from cvtailor.readers import read_document
from cvtailor.text.jd_terms import NOUN_VERBS, bare_activity, generic, is_duty_verb
from cvtailor.text.vocabulary import default_vocabulary

ADS = Path(__file__).resolve().parents[1] / "fixtures" / "ads"
EXPECTED: dict[str, dict[str, object]] = {
    k: v for k, v in json.loads((ADS / "expected.json").read_text(encoding="utf-8")).items()
    if not k.startswith("_")}
VOCAB = default_vocabulary()
AD_SUFFIXES = (".txt", ".md", ".html", ".docx", ".pdf")
# Closed-class words a finished requirement never ends on ("Experience with", "such as").
DANGLING = frozenset("a an the and or but of to with in for on at by from as such including "
                     "like via than whether".split())


def norm(text: str) -> str:
    """Case-insensitive, punctuation-free form, as the JD parsing benchmark compares labels."""
    return " ".join(re.sub(r"[^\w]+", " ", text.lower()).split())


def squash(text: str) -> str:
    """Lowercase with runs of whitespace made one space (a hard-wrapped phrase still matches)."""
    return " ".join(text.lower().split())


@cache
def parsed(name: str) -> JobPosting:
    """The ad's file read as `cvtailor` reads a JD file, then parsed offline."""
    return parse_jd_text(read_document(ADS / name, "JD").text, VOCAB)


def found_in(phrase: str, texts: list[str]) -> bool:
    """`phrase` is in one requirement's text, or it pairs two skills ("medical terminology and
    HIPAA") that the parser split by design into one requirement each with the same lead-in
    ("Knowledge of medical terminology", "Knowledge of HIPAA privacy rules")."""
    phrase = squash(phrase)
    if any(phrase in t for t in texts):
        return True
    first, sep, second = phrase.partition(" and ")
    return bool(sep) and any(
        t.endswith(first) and any(u.startswith(t[:len(t) - len(first)] + second) for u in texts)
        for t in texts)


def fragment_reason(text: str) -> str:
    """Why a requirement's text reads as a piece of a sentence rather than a requirement."""
    words = text.split()
    known = bool(VOCAB.find(text))
    if len(words) < 3 and not known:
        return "under 3 words, no known skill"
    if len(words) <= 4 and (generic(text.rstrip(".;:,")) or bare_activity(text.rstrip(".;:,"))):
        return "a weak term, not a requirement"
    if text[:1] and not (text[0].isalnum() or text[0] in "\"'($£€"):
        return "starts with a bullet glyph"
    if words and words[-1].lower().strip(".;:,") in DANGLING:
        return "ends on a function word"
    if words and words[0][:1].islower() and not (known and VOCAB.find(words[0])):
        return "starts lowercase"
    if re.fullmatch(r"(?:As|In|At|For|With|On) (?:an?|the|our) [^,;]{1,60}", text):
        return "a lead-in, not a requirement"
    glued = [m.group(1) for m in re.finditer(r"(?<=[a-z]) ([A-Z][a-z]+)\b(?! \d)", text)
             if is_duty_verb(m.group(1).lower()) and m.group(1).lower() not in NOUN_VERBS
             and not m.group(1).endswith("ing")]
    # "... the inventory control team Train new associates": two list lines run together (not
    # a law's name and year: "the Food Act 1984")
    if glued:
        return "two items run together"
    return ""


def test_every_ad_has_expectations() -> None:
    files = sorted(p.name for p in ADS.iterdir() if p.suffix in AD_SUFFIXES)
    assert files == sorted(EXPECTED)
    assert len(files) == 52
    assert {Path(f).suffix for f in files} == set(AD_SUFFIXES)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_title_and_company(name: str) -> None:
    want, job = EXPECTED[name], parsed(name)
    titles = {norm(str(want["title"]))} | {norm(str(t)) for t in want.get("title_accept", [])}  # type: ignore[attr-defined]
    assert norm(job.title) in titles, job.title
    assert norm(job.company) == norm(str(want["company"])), job.company


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_requirements_found(name: str) -> None:
    want, job = EXPECTED[name], parsed(name)
    found = [squash(r.text) for r in job.requirements]
    missing = [p for p in want["must_find"] if not found_in(p, found)]  # type: ignore[attr-defined]
    assert not missing, (missing, [r.text for r in job.requirements])
    assert len(job.requirements) >= 6, [r.text for r in job.requirements]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_no_boilerplate_requirement(name: str) -> None:
    want, job = EXPECTED[name], parsed(name)
    leaked = [(p, r.text) for p in want["must_not"] for r in job.requirements  # type: ignore[attr-defined]
              if squash(p) in squash(r.text)]
    assert not leaked


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_no_fragment_requirement(name: str) -> None:
    bad = [(r.text, why) for r in parsed(name).requirements if (why := fragment_reason(r.text))]
    assert not bad


def test_the_checks_can_fail() -> None:
    assert fragment_reason("and the")
    assert fragment_reason("work closely with")
    assert fragment_reason("★ Assess")
    assert fragment_reason("✅ BSN preferred")
    assert fragment_reason("As a Program Analyst")
    assert fragment_reason("Track inventory with the control team Train new associates")
    assert not fragment_reason("Experience with Kubernetes and Docker in production")
    assert not fragment_reason("Inspect food premises under the Public Health and Wellbeing Act 2008")
    assert squash("draft\n  discovery requests") == "draft discovery requests"
    assert found_in("A and B", ["knowledge of a", "knowledge of b rules"])
    assert not found_in("A and B", ["knowledge of a", "skill in b"])


# -- the general rules behind the fixes, each on a text of its own ----------------------------
def _texts(text: str) -> list[str]:
    return [r.text for r in parse_jd_text(text, VOCAB).requirements]


def test_pictograph_lines_are_a_list_and_never_headings() -> None:
    ad = ("Line Cook\nHarbor Grill\n\nWhat you'll do:\n★ Prep vegetables, sauces and proteins"
          " for dinner service every afternoon\n★ Cook to order on the grill station\n\n"
          "Perks:\n🎁 Free staff meals and a $500 bonus\n🎁 Paid time off\n")
    texts = _texts(ad)
    assert "Prep vegetables, sauces and proteins for dinner service every afternoon" in texts
    assert "Cook to order on the grill station" in texts
    assert not any("★" in t or "🎁" in t or "bonus" in t for t in texts)


def test_duties_include_lists_one_duty_per_gerund() -> None:
    ad = ("Office Assistant\nMaple Dental\n\nRequirements:\nOne year of office experience.\n\n"
          "Summary:\nKey duties include: answering phones, filing patient records, and ordering "
          "office supplies.\n")
    texts = _texts(ad)
    assert {"Answering phones", "Filing patient records", "Ordering office supplies"} <= set(texts)
    # the list may open on a noun phrase before its -ing duties
    texts = _texts("Center Director\nLittle Oaks Learning\n\nAbout the role\nKey priorities "
                   "include family engagement, growing enrollment through tours and open "
                   "houses, and managing the center's budget.\n")
    assert {"Family engagement", "Growing enrollment through tours and open houses",
            "Managing the center's budget"} <= set(texts)


def test_a_sentence_listing_asks_gives_one_requirement_each() -> None:
    ad = ("Bookkeeper\nOak & Ash Ltd\n\nRequirements: an associate degree in accounting, at least "
          "two years of bookkeeping experience, and working knowledge of QuickBooks.\n")
    texts = _texts(ad)
    assert "An associate degree in accounting" in texts
    assert "At least two years of bookkeeping experience" in texts
    assert "Working knowledge of QuickBooks" in texts


def test_the_employer_describing_itself_is_no_duty() -> None:
    ad = ("Barista\nBean There Cafe\n\nAbout the job\nBean There Cafe is a family coffee shop "
          "serving Leeds since 1990. Our baristas are known for winning latte art contests. You "
          "will prepare espresso drinks and keep the bar clean.\n")
    texts = _texts(ad)
    assert not any("family coffee shop" in t or "latte art" in t for t in texts)
    assert any("espresso drinks" in t for t in texts)


def test_title_line_with_location_and_pay() -> None:
    job = parse_jd_text("Forklift Operator - Reno, NV - $21/hr\nSierra Freight\n\n"
                        "Duties\n- Load and unload trailers\n", VOCAB)
    assert (job.title, job.company, job.location) == ("Forklift Operator", "Sierra Freight",
                                                      "Reno, NV")


def test_company_line_with_ampersand_and_spelled_out_place() -> None:
    job = parse_jd_text("Legal Secretary\nHale & Morrow LLP - Bristol, Somerset\n\n"
                        "Duties\n- Type correspondence\n", VOCAB)
    assert job.company == "Hale & Morrow LLP"


def test_the_hire_named_by_role_gives_duties_without_the_name() -> None:
    ad = ("Dispatcher\nCanyon Freight\n\nRequirements: two years of dispatch experience.\n\n"
          "The dispatcher will assign loads to drivers, track shipments in our TMS, and update "
          "customers on delivery times.\n")
    texts = _texts(ad)
    assert "Assign loads to drivers" in texts
    assert not any("dispatcher will" in t.lower() for t in texts)


# -- round 2 (r2_* ads): each rule on a text of its own ---------------------------------------
def test_moscow_labels_head_requirements_and_nice_to_haves() -> None:
    job = parse_jd_text("Android Developer\nKestrel Apps\n\nMust:\n- 3+ years of Kotlin\n\n"
                        "Should:\n- Experience with Jetpack Compose\n\nCould:\n"
                        "- Experience with Flutter\n", VOCAB)
    by_text = {r.text: r.priority for r in job.requirements}
    assert by_text.get("Experience with Jetpack Compose") == "important"
    assert by_text.get("Experience with Flutter") == "nice_to_have"


def test_what_the_role_does_and_who_can_apply_are_sections() -> None:
    texts = _texts("Electrical Apprentice\nVolt Works Inc.\n\nWhat apprentices do\n"
                   "- Pull wire and mount boxes in new homes\n- Keep the job site clean\n\n"
                   "Who can apply\n- High school diploma or GED\n- Valid driver's license\n")
    assert {"Pull wire and mount boxes in new homes", "High school diploma or GED"} <= set(texts)


def test_a_trade_title_line_is_no_heading() -> None:
    job = parse_jd_text("Roofer Needed - Experienced Only\nTopline Roofing\n\nYou need at least "
                        "2 years of roofing experience.\n", VOCAB)
    assert (job.title, job.company) == ("Roofer Needed - Experienced Only", "Topline Roofing")


def test_a_title_may_start_with_a_lowercase_prefix() -> None:
    job = parse_jd_text("iOS Engineer\nHarbor Apps\n\nRequirements\n- 3 years of Swift\n", VOCAB)
    assert (job.title, job.company) == ("iOS Engineer", "Harbor Apps")


def test_a_title_in_two_languages_gives_the_first_and_keeps_the_company_line() -> None:
    job = parse_jd_text("Bilingual Receptionist / Réceptionniste bilingue pour notre bureau de "
                        "Québec\nMaple Leaf Dental\nQuébec, QC\n\nRequirements\n"
                        "- Fluency in French and English\n", VOCAB)
    assert (job.title, job.company) == ("Bilingual Receptionist", "Maple Leaf Dental")


def test_a_pay_and_shift_line_under_the_title_leaves_the_company_line_next() -> None:
    job = parse_jd_text("Forklift Driver\n$18/hr | 1st Shift 6am-2:30pm | Mon-Fri\n"
                        "Summit Staffing Group\nReading, PA\n\nWhat you need:\n"
                        "- 1 year of forklift experience\n", VOCAB)
    assert job.company == "Summit Staffing Group"


def test_pay_phone_and_equity_lines_are_boilerplate() -> None:
    texts = _texts("Line Cook\nRiver Diner\n\nYou will cook to order on the grill station. "
                   "Pay is $18-22/hr depending on experience. Call Dana at 555-201-3344 with your "
                   "experience.\n\nRequirements\n- Two years of line cook experience\n\nRiver "
                   "Diner is committed to employment equity.\n")
    assert "Two years of line cook experience" in texts
    assert not any("Pay is" in t or "555" in t or "equity" in t for t in texts)


def test_a_schedule_and_benefits_sentence_after_the_requirements_is_no_requirement() -> None:
    texts = _texts("QC Analyst\nMeridian Labs\n\nRequirements\n- 2+ years of lab work\n"
                   "- Sterility testing (USP <71>) is a plus\n\nWe run a 4x10 schedule with a "
                   "shift differential for evenings, and offer full benefits from day one.\n")
    assert "2+ years of lab work" in texts
    assert not any("benefits" in t or "4x10" in t for t in texts)
    # "<71>" is the chapter the ad cites, not an HTML tag to strip
    assert any("USP <71>" in t for t in texts)


def test_a_benefits_administrator_duty_stays_a_requirement() -> None:
    texts = _texts("Benefits Specialist\nAcme\n\nWhat you will do\n- Administer "
                   "comprehensive benefits programs for 900 employees\n")
    assert texts == ["Administer comprehensive benefits programs for 900 employees"]


def test_we_are_a_is_the_employer_describing_itself() -> None:
    texts = _texts("Mover\nBlue Box Moving\n\nWhat you'll do\nWe are a family-owned moving "
                   "company in Austin. You will load trucks and wrap furniture.\n")
    assert texts == ["You will load trucks and wrap furniture"]


def test_physical_demands_and_indeed_notes_are_no_requirements() -> None:
    texts = _texts("Lab Aide\nCedar College\n\nBenefits\nPulled from the full job description\n"
                   "Tuition credits\nDental insurance\n\nRequirements\n- Two years of lab work\n\n"
                   "Physical Demands\nAbility to lift 30 pounds and stand all day.\n")
    assert not any("Tuition" in t or "Physical" in t or "lift 30" in t for t in texts)


def test_cpr_bls_names_bls() -> None:
    assert [h.term for h in VOCAB.find("CPR/BLS certification")] == ["BLS"]


def test_markdown_table_rows_are_items_and_its_header_is_not() -> None:
    texts = _texts("# Data Engineer\n\n**Gull Data** | Remote\n\n## Skills\n\n| Skill | Years |"
                   " Required |\n|---|---|---|\n| Apache Airflow | 2+ | Yes |\n| dbt | 1+ | Nice to "
                   "have |\n")
    assert "Apache Airflow (2+)" in texts
    assert not any("|" in t or t.startswith("Skill") for t in texts)
    assert {r.text: r.priority for r in parse_jd_text(
        "# Data Engineer\n\n## Skills\n\n| Skill | Required |\n|---|---|\n| dbt | Nice to have |\n",
        VOCAB).requirements}.get("dbt") == "nice_to_have"


def test_a_sentence_of_needs_gives_one_requirement_each() -> None:
    texts = _texts("Landscaper\nGreen Acre Lawns\n\nYou need at least 2 years of landscaping "
                   "experience, your own work boots and a valid driver's license. Must be "
                   "comfortable working in the heat and able to operate a riding mower.\n")
    assert {"You need at least 2 years of landscaping experience", "Your own work boots",
            "A valid driver's license", "Able to operate a riding mower"} <= set(texts)


def test_the_employer_announcing_the_job_asks_nothing() -> None:
    texts = _texts("Dispatcher\nRed Mesa Freight\n\nAbout the role\nRed Mesa Freight is looking "
                   "for a night dispatcher for its Phoenix terminal. You will assign loads to "
                   "drivers.\n\nRequirements\n- Two years of dispatch experience\n")
    assert not any("looking for" in t for t in texts)
    assert "Two years of dispatch experience" in texts


def test_a_closing_preferred_makes_the_whole_ask_a_wish() -> None:
    job = parse_jd_text("Nurse\nBay Clinic\n\nRequirements\n- 2 years of ICU experience preferred\n"
                        "- 3 years of sales, SaaS preferred\n", VOCAB)
    by_text = {r.text: r.priority for r in job.requirements}
    assert by_text["2 years of ICU experience preferred"] == "nice_to_have"
    assert by_text["3 years of sales, SaaS preferred"] == "critical"


def test_helpful_is_a_wish() -> None:
    job = parse_jd_text("Roofer\nTopline Roofing\n\nRequirements\n- Valid driver's license\n"
                        "- Roofing experience is helpful but not required\n", VOCAB)
    assert {r.text: r.priority for r in job.requirements}[
        "Roofing experience is helpful but not required"] == "nice_to_have"


# -- round 3 (r3_* ads): each rule on a text of its own ---------------------------------------
def test_key_selection_criteria_numbered_as_labels_are_a_list() -> None:
    texts = _texts("Parks Officer\nRiverbend City Council\n\nKey Selection Criteria\n"
                   "KSC 1: A degree in horticulture or land management.\n"
                   "KSC 2: Demonstrated experience supervising outdoor crews.\n"
                   "SC3: A current driver licence.\n")
    assert {"A degree in horticulture or land management",
            "Demonstrated experience supervising outdoor crews", "A current driver licence"} \
        <= set(texts)
    assert not any("KSC" in t or "Selection" in t for t in texts)


def test_a_table_without_outer_pipes_gives_a_row_per_requirement() -> None:
    job = parse_jd_text("Archivist\nHolt County Museum\n\n## Requirements\n\n"
                        "Education | Master's degree in archival studies\n"
                        "Experience | Three years of experience processing collections\n"
                        "Preferred | Reading knowledge of German\n", VOCAB)
    by_text = {r.text: r.priority for r in job.requirements}
    assert "Master's degree in archival studies" in by_text
    assert "Three years of experience processing collections" in by_text
    assert by_text.get("Reading knowledge of German") == "nice_to_have"


def test_a_logo_beside_the_title_is_not_the_company_when_the_full_name_follows() -> None:
    job = parse_jd_text("# KESTREL | Crane Operator\nKestrel Lifting Services\nDuluth, MN\n\n"
                        "Requirements\n- NCCCO certification\n", VOCAB)
    assert (job.title, job.company) == ("Crane Operator", "Kestrel Lifting Services")
    job = parse_jd_text("# HERON | Account Manager\n\nBANK | Heron Bank Insurance\n"
                        "Tampa, FL\n\nRequirements\n- Florida 6-20 adjuster license\n", VOCAB)
    assert (job.title, job.company) == ("Account Manager", "Heron Bank Insurance")


def test_at_company_under_the_title_names_the_company() -> None:
    job = parse_jd_text("# Support Engineer\n\nat Quill Robotics\nRemote\n\nAbout Quill\n\n"
                        "Quill builds warehouse robots.\n\nRequirements\n- 2 years of Linux\n", VOCAB)
    assert job.company == "Quill Robotics"


def test_an_ad_that_is_one_bulleted_list_gives_its_requirements() -> None:
    texts = _texts("Dog Groomer\nWaggy Tails Grooming Salon\n\n"
                   "• Waggy Tails is a friendly salon on the high street\n"
                   "• Bathe, clip and style dogs of all breeds\n"
                   "• At least 2 years of professional grooming experience\n"
                   "• Calm with anxious animals\n"
                   "• £12.50 an hour plus tips\n"
                   "• Send your CV to jobs@waggytails.example or pop in\n")
    assert {"Bathe, clip and style dogs of all breeds",
            "At least 2 years of professional grooming experience",
            "Calm with anxious animals"} <= set(texts)
    assert not any("salon" in t or "£" in t or "@" in t for t in texts)


# -- round 4 (r4_* ads): each rule on a text of its own ---------------------------------------
def test_a_careers_banner_names_the_company_and_the_title_follows() -> None:
    for banner in ("Orchard Valley Library — careers", "Careers at Orchard Valley Library",
                   "Orchard Valley Library Jobs"):
        job = parse_jd_text(f"{banner}\n\nBranch Librarian\nMain Branch · Full-time\n\n"
                            "Requirements\n- MLIS degree\n", VOCAB)
        assert (job.title, job.company) == ("Branch Librarian", "Orchard Valley Library"), banner


def test_a_position_label_gives_the_title_and_the_name_above_it_the_company() -> None:
    job = parse_jd_text("Department of Regional Parks\n\nPosition: Senior Audit Officer\n"
                        "Classification: Grade 7\nLocation: Hobart\n\nDuties\n"
                        "- Audit agency accounts\n", VOCAB)
    assert (job.title, job.company) == ("Senior Audit Officer", "Department of Regional Parks")


def test_now_hiring_label_gives_the_title_and_an_ampersand_company_with_its_state() -> None:
    job = parse_jd_text("Now hiring: Line Cook\nSalt & Ember Kitchen · Boise, ID\n\n"
                        "Requirements\n- Two years on a grill station\n", VOCAB)
    assert (job.title, job.company, job.location) == ("Line Cook", "Salt & Ember Kitchen",
                                                      "Boise, ID")


def test_a_recruiter_names_the_client_after_the_title() -> None:
    job = parse_jd_text("Hi Alex,\n\nI'm Jo, a recruiter at Talent Bridge, and I'm recruiting "
                        "for a Data Engineer at Quarry Analytics, a client of ours in Leeds. "
                        "Jo at Talent Bridge would love to chat.\n\nYou will build pipelines "
                        "in Airflow.\n", VOCAB)
    assert (job.title, job.company) == ("Data Engineer", "Quarry Analytics")


def test_a_name_may_end_on_a_short_section_word() -> None:
    job = parse_jd_text("# Payments Analyst\n\n**Harbor Pay** · Remote (US)\n\n## Requirements\n"
                        "- 2 years of SQL\n", VOCAB)
    assert job.company == "Harbor Pay"


def test_the_successful_candidate_heading_heads_requirements() -> None:
    texts = _texts("Crane Operator\nNorthway Lifting\n\nThe successful candidate will have\n"
                   "- An NCCCO mobile crane certification\n- Three years of crane experience\n")
    assert {"An NCCCO mobile crane certification", "Three years of crane experience"} \
        <= set(texts)


def test_a_lead_in_line_under_a_duties_heading_keeps_the_list_duties() -> None:
    texts = _texts("Park Ranger\nState Parks Service\n\nRequirements\n- A driver licence\n\n"
                   "Duties\nThe Park Ranger will:\n1. Patrol campgrounds and trails.\n"
                   "2. Issue camping permits.\n")
    assert {"Patrol campgrounds and trails", "Issue camping permits"} <= set(texts)


def test_enquiries_and_special_conditions_are_no_requirements() -> None:
    texts = _texts("Park Ranger\nState Parks Service\n\nSelection criteria\n1. Experience in "
                   "visitor education.\n\nSpecial conditions\nAppointment needs a current "
                   "first aid certificate.\n\nEnquiries\nMs Ada Lund, Ranger in Charge, "
                   "(03) 9555 0101.\n")
    assert texts == ["Experience in visitor education"]


def test_a_line_of_years_is_an_item_not_a_heading() -> None:
    texts = _texts("Roofer\nApex Roofing\n\nWhat you bring\n3+ years of roofing experience\n"
                   "Your own hand tools\n")
    assert "3+ years of roofing experience" in texts
    assert "Your own hand tools" in texts


def test_what_success_looks_like_lists_duties() -> None:
    job = parse_jd_text("Account Manager\nLumen Labs\n\nRequirements\n- 3 years in SaaS sales\n\n"
                        "## What success looks like in 90 days\n- You have run QBRs with your top ten"
                        " accounts\n", VOCAB)
    assert "You have run QBRs with your top ten accounts" in job.responsibilities


def test_the_successful_candidate_and_they_will_have_ask_in_prose() -> None:
    texts = _texts("Groom\nHollow Oak Stables\n\nThe successful candidate will be an experienced"
                   " groom with at least two years in a competition yard. They will have a "
                   "working knowledge of equine first aid. Lunging experience is a bonus. "
                   "Knowledge of feeding plans and familiarity with clipping are expected.\n")
    assert {"The successful candidate will be an experienced groom with at least two years in a "
            "competition yard", "They will have a working knowledge of equine first aid",
            "Lunging experience is a bonus",
            "Knowledge of feeding plans and familiarity with clipping are expected"} <= set(texts)


def test_a_duty_after_youll_also_or_youd_also_names_what_it_does() -> None:
    texts = _texts("Groom\nHollow Oak Stables\n\nIn this role you will muck out twelve stables "
                   "daily. You'll also keep turnout rotas up to date on the yard board. You'd "
                   "also hack out with riders on weekends.\n")
    assert "You'll also keep turnout rotas up to date on the yard board" in texts
    assert "You'd also hack out with riders on weekends" in texts


def test_key_priorities_include_lists_one_duty_per_gerund() -> None:
    texts = _texts("Groom\nHollow Oak Stables\n\nRequirements\n- Two years of yard work\n\n"
                   "The role\nKey priorities include mucking out the stables, grooming the "
                   "horses before shows, and keeping the tack room in order.\n")
    assert {"Mucking out the stables", "Grooming the horses before shows",
            "Keeping the tack room in order"} <= set(texts)


def test_youd_be_doing_lists_one_duty_per_gerund() -> None:
    texts = _texts("Groom\nHollow Oak Stables\n\nIn the role you'd be mucking out the stables, "
                   "grooming the horses before shows, and keeping the tack room in order.\n\n"
                   "Requirements\n- Two years of yard work\n")
    assert {"Mucking out the stables", "Grooming the horses before shows",
            "Keeping the tack room in order"} <= set(texts)


def test_the_employer_saying_what_it_does_or_when_it_began_is_no_requirement() -> None:
    texts = _texts("Groom\nHollow Oak Stables\n\nRequirements\nTwo years of yard work in a "
                   "competition yard. Hollow Oak Stables provides livery and schooling to forty "
                   "horses. Our team supports riders competing at county shows. We were founded "
                   "in 1988 by two eventing riders.\n")
    assert texts == ["Two years of yard work in a competition yard"]


def test_a_qualification_is_something_a_requirement_says() -> None:
    texts = _texts("Gardener\nRowan Estates\n\nWhat we're looking for\nA Level 2 qualification "
                   "in horticulture would be an advantage.\n")
    assert texts == ["A Level 2 qualification in horticulture would be an advantage"]


def test_trade_duties_led_by_their_verb_are_duties() -> None:
    texts = _texts("Sheet Metal Worker\nTinline Ducts\n\nWhat you'll do\nCut and bend sheet "
                   "steel for duct runs\nFit up and seal joints on site\n")
    assert {"Cut and bend sheet steel for duct runs", "Fit up and seal joints on site"} \
        <= set(texts)


def test_verbs_sharing_one_object_are_one_duty_and_a_verb_after_will_leads_one() -> None:
    texts = _texts("Bookkeeper\nRye Street Bakery\n\nDay to day, you'll prepare, review and "
                   "file the monthly VAT returns. In this role you will carry out stock counts, "
                   "write the weekly production plan, and train two apprentices.\n")
    assert "Day to day, you'll prepare, review and file the monthly VAT returns" in texts
    assert {"In this role you will carry out stock counts",
            "Write the weekly production plan", "Train two apprentices"} <= set(texts)
