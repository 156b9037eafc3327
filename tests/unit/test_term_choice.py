"""The term a requirement is asked about and written with is what a recruiter searches for
(issue 9): a named thing leads, an activity counts, generic heads and clause fragments never
lead, qualifiers stay, and the gap interview spends no question on a fragment."""

from __future__ import annotations

from cvtailor.engines.offline import jd_parser
from cvtailor.engines.offline.jd_parser import duty_keywords, parse_jd_text
from cvtailor.text import jd_terms
from cvtailor.text.jd_terms import key_phrases
from cvtailor.text.vocabulary import default_vocabulary


def fragment(phrase: str) -> bool:
    """jd_terms.fragment (looked up when called, so each test fails on its own without it)."""
    return bool(jd_terms.fragment(phrase))


def generic(phrase: str) -> bool:
    """jd_terms.generic."""
    return bool(jd_terms.generic(phrase))


def weak_term(term: str) -> bool:
    """jd_terms.weak_term."""
    return bool(jd_terms.weak_term(term))


def separate_asks(clause: str) -> list[str]:
    """jd_parser.separate_asks."""
    return list(jd_parser.separate_asks(clause))


def _terms(line: str, section: str = "Responsibilities") -> list[str]:
    job = parse_jd_text(f"Technician\n\n{section}\n- {line}\n", default_vocabulary())
    assert len(job.requirements) == 1, job.requirements
    return job.requirements[0].keywords


def test_an_acronym_leads_the_practice_it_qualifies() -> None:
    assert _terms("Basic PLC troubleshooting", "Requirements")[0] == "PLC"
    assert _terms("Do basic PLC troubleshooting when a packaging line stops")[0] == "PLC"


def test_a_generic_head_never_leads() -> None:
    assert duty_keywords("You'll be the day-to-day contact for our external auditors during "
                         "the year-end audit")[0] == "external auditors"
    assert generic("day-to-day contact") and generic("signed enterprise customers")
    assert generic("people leaders") and generic("clear reports")
    assert not generic("managing teams")  # the activity is the term
    assert not generic("voice of the customer")  # headed by "voice"


def test_an_activity_counts_as_a_term() -> None:
    assert duty_keywords("You'll lead onboarding for newly signed enterprise customers "
                         "together with our implementation team")[0] == "onboarding"
    assert duty_keywords("In this role you'll coach people leaders on everything from a "
                         "tough conversation to how to structure their team")[0] == "coach"
    assert duty_keywords("As the team grows you'll help mentor our two staff "
                         "accountants")[0] == "mentor"
    # a verb whose object is the term does not displace it
    assert key_phrases("You'll follow lockout/tagout on every job")[0] == "lockout/tagout"


def test_a_fragment_of_a_clause_is_no_term() -> None:
    terms = duty_keywords("Measure learning effectiveness using assessment and completion "
                          "data, and improve courses based on what you find")
    assert terms[0] == "learning effectiveness" and "improve courses based" not in terms
    # what the job does not want is no term of it
    assert "product launch" not in duty_keywords(
        "Find savings without putting a product launch at risk")
    assert all(fragment(p) for p in ("improve courses based", "suppliers honest", "team grows",
                                     "ship models", "considered"))
    assert not any(fragment(p) for p in ("variable frequency drives", "month-end close",
                                         "Bilingual English/Spanish", "design system"))


def test_a_term_comes_from_the_requirements_own_words_and_keeps_its_qualifier() -> None:
    assert _terms("Supplier performance management: scorecards and corrective actions",
                  "Requirements")[0] == "Supplier performance management"
    assert _terms("Set up model monitoring for data and prediction drift")[0] == \
        "model monitoring"
    # a verb before a known practice is not its qualifier
    assert _terms("Lead employee relations investigations from intake to written "
                  "findings")[0] == "employee relations"
    assert duty_keywords("You'll also be the voice of the customer inside Acme")[0] == \
        "voice of the customer"


def test_a_prose_requirement_asking_two_things_is_two_requirements() -> None:
    job = parse_jd_text(
        "HR Business Partner\n\nWhat we're looking for\nWe're looking for someone with at "
        "least five years of progressive HR experience, including time supporting a "
        "multi-site workforce.\n", default_vocabulary())
    assert [r.keywords[0] for r in job.requirements] == ["HR experience",
                                                         "multi-site workforce"]
    assert all(r.priority == "critical" for r in job.requirements)  # "at least five years"
    assert separate_asks(
        "We're looking for someone with at least five years of HR experience, including time "
        "supporting a multi-site workforce") == [
        "We're looking for someone with at least five years of HR experience",
        "time supporting a multi-site workforce"]
    assert len(separate_asks("You'll need a journeyman electrician license and several years "
                             "of electrical maintenance experience")) == 2
    # examples of one thing, or the person asked for, stay whole
    assert len(separate_asks("Experience with Census Bureau data, including the American "
                             "Community Survey")) == 1
    assert len(separate_asks("We're looking for someone who has run Airflow in production")) \
        == 1


def test_no_question_is_spent_on_a_weak_term() -> None:
    from cvtailor.models import JobPosting, Requirement
    from cvtailor.research.evidence import analyze_gaps

    job = JobPosting(title="Accountant", requirements=[
        Requirement(id="a", text="Be the day-to-day contact for auditors",
                    keywords=["day-to-day contact"]),
        Requirement(id="b", text="Measure learning effectiveness and improve courses based on "
                    "it", keywords=["improve courses based"]),
        Requirement(id="c", text="External audit support", keywords=["external audit"]),
    ])
    report = analyze_gaps(job, {}, vocab=default_vocabulary())
    assert [q.term for q in report.questions] == ["external audit"]
    assert weak_term("day-to-day contact") and weak_term("improve courses based")


def test_a_bare_generic_activity_is_no_term_but_an_activity_that_names_a_skill_is() -> None:
    # "Does this line show building?" asks nothing a person can answer
    for word in ("building", "rebuilding", "Designing", "maintaining", "running"):
        assert weak_term(word), word
    for term in ("onboarding", "budgeting", "negotiating", "coaching", "recruiting",
                 "testing", "building automation", "designing microservices"):
        assert not weak_term(term), term


def test_similarity_decides_a_practice_never_a_named_thing_or_a_lone_noun() -> None:
    from cvtailor.models import Requirement
    from cvtailor.research.similarity import decided_term

    vocab = default_vocabulary()

    def decided(keyword: str, text: str) -> str | None:
        return decided_term(Requirement(id="r", text=text, category="responsibility",
                                        keywords=[keyword]), vocab)

    assert decided("coach", "Help coach our staff accountants") is None  # a lone noun
    assert decided("patients", "Care for patients after surgery") is None
    assert decided("PLC", "Basic PLC troubleshooting") is None  # a named thing
    assert decided("Apache Kafka", "Hands-on experience with Apache Kafka") is None
    assert decided("postgresql query tuning", "Do postgresql query tuning daily") is None
    # a practice the vocabulary knows, or an activity, is a term a similar line can show:
    # its evidencing phrases are never all a trade's ways of saying it ("Reviewed 80+
    # contractor submittals and RFIs and made weekly site visits")
    assert decided("construction administration",
                   "Lead construction administration on our sites") == \
        "construction administration"
    assert decided("Supplier performance management",
                   "Supplier performance management with scorecards") == \
        "Supplier performance management"
    assert decided("onboarding", "Own onboarding for new hires") == "onboarding"
    assert decided("executive business reviews", "Run executive business reviews") == \
        "executive business reviews"
    # one of the alternatives an ad offers: the line shows one of them, not which one (a
    # personal trainer's summary is fitness, and similarity had decided health promotion)
    assert decided("health promotion", "At least 3 years of experience in fitness, health "
                   "promotion or wellness, ideally in a workplace setting") is None
    assert decided("health promotion", "Run health promotion or wellness campaigns") is None
    assert decided("member retention", "Own member retention, renewals and reports") == \
        "member retention"


# -- where a term ends: a clause's verb, a reason, a range -----------------------------------
def test_a_term_ends_where_its_clause_verb_starts() -> None:
    """English compounds take a singular modifier, so a plural noun or a noun naming people
    followed by a verb form is a subject and its verb, not a term."""
    assert jd_terms.subject_cut(["submittals", "moving"]) == ["submittals"]
    assert jd_terms.subject_cut(["project", "managers", "price"]) == ["project", "managers"]
    assert jd_terms.subject_cut(["in-house", "experts", "know"]) == ["in-house", "experts"]
    # a mass plural leads a real compound; "experience" ends one
    assert jd_terms.subject_cut(["claims", "processing"]) == ["claims", "processing"]
    assert jd_terms.subject_cut(["sales", "engineering"]) == ["sales", "engineering"]
    terms = key_phrases("Keep RFIs and submittals moving")
    assert "submittals moving" not in terms and "submittals" in terms


def test_a_quantifier_noun_heads_no_term() -> None:
    """"a group of writers", "a variety of solutions": the quantity names no skill."""
    assert generic("group of writers")
    assert generic("variety of solutions")
    terms = key_phrases("You've owned an editorial calendar and kept a group of writers "
                        "shipping on schedule")
    assert terms[0] == "editorial calendar"
    assert not any(t.startswith("group of") for t in terms)


def test_the_reason_an_ad_gives_is_no_term() -> None:
    """What follows "because" or "which" explains the ask; it is not asked for."""
    terms = key_phrases("You'll need hands-on experience with estimating and preparing bids, "
                        "because our project managers price their own work")
    assert "project managers" not in terms and "project managers price" not in terms
    assert "preparing bids" in terms
    terms = key_phrases("Golang, which we use for a few high-throughput services")
    assert "high-throughput services" not in terms


def test_a_range_comes_after_what_the_work_is() -> None:
    """"manage subcontractors from buyout to final payment": the range says how far."""
    terms = key_phrases("Day to day you'll manage subcontractors from buyout to final payment")
    assert terms[0] == "subcontractors"
    terms = key_phrases("Support families through difficult conversations")
    assert "difficult conversations" in terms  # "through" alone is no range


def test_a_trailing_adjective_or_adverb_is_cut_from_a_term() -> None:
    """"keep unit turns fast", "a caseload of high-severity ... files", "maintenance
    afterwards": the term is what the adjective describes."""
    assert "unit turns" in key_phrases("keep unit turns fast and make-ready quality high")
    assert "unit turns fast" not in key_phrases("keep unit turns fast")
    assert "caseload" in key_phrases("You will manage a caseload of high-severity and "
                                     "disputed files", limit=4)
    assert "periodontal maintenance" in key_phrases(
        "seeing patients for periodontal maintenance afterwards")


def test_a_word_after_a_modal_is_a_verb_and_a_possessive_is_not_the_term() -> None:
    """"Residents should feel heard": no term "feel heard"; "the lab's autoclave cycles"
    is about autoclave cycles."""
    assert "feel heard" not in key_phrases("Residents should feel heard")
    assert key_phrases("Operate and verify the lab's autoclave cycles", duty=True)[0] \
        == "autoclave cycles"


def test_a_count_never_qualifies_a_practice() -> None:
    """"a team of three payroll specialists" names payroll, not "three payroll"."""
    terms = _terms("Lead a team of three payroll specialists")
    assert not any(t.lower().startswith("three") for t in terms)


def test_an_adjective_that_classifies_qualifies_a_practice() -> None:
    """"environmental monitoring", "hemodynamic monitoring" are the compounds searched for;
    "critical monitoring" is not one."""
    assert "environmental monitoring" in _terms("Perform routine environmental monitoring "
                                                "of classified areas")
    assert "critical monitoring" not in _terms("Perform critical monitoring of patients")


def test_a_soft_skill_naming_a_group_is_not_the_skill() -> None:
    """"Report on usage analytics to the leadership team": leadership is who reads it."""
    terms = _terms("Report on usage analytics to the leadership team every quarter")
    assert "leadership" not in [t.lower() for t in terms]
    assert "usage analytics" in terms
    assert "leadership" in [t.lower() for t in _terms("Leadership of a team of 5 nurses")]


def test_an_idiom_or_a_lone_verb_is_no_term() -> None:
    """"from the ground up", "hit the ground running", "everything that happens on site"."""
    assert "ground" not in key_phrases("You will own our internal knowledge base from the "
                                       "ground up")
    assert not any("ground" in t for t in key_phrases(
        "Hands-on Workday experience will help you hit the ground running"))
    assert weak_term("happens")


def test_a_lone_past_participle_is_no_term() -> None:
    """"We also want our ways of working written down": "written" names nothing."""
    assert weak_term("written")
    assert weak_term("considered")


def test_work_qualifies_the_practice_it_names() -> None:
    """"draw up the weekly work rota for the farm team" gave "rota": "work" is too common to
    be a term alone, but after "the weekly" it is no verb, and the ad asks for the work rota
    (a CV's "duty rota" or "staff rota" is another)."""
    assert _terms("You will also draw up the weekly work rota for the farm team")[0] == \
        "work rota"
    assert _terms("You will work shifts on the packing line")[:1] != ["work shifts"]


def test_a_skill_verb_with_a_short_object_is_the_activity() -> None:
    """"Allocate files across the formalities team" gave only "formalities team": the verb
    names the skill, and "files" alone is too short to say it, so the activity is the term
    ("allocating files"). A verb of bringing people on keeps its own rule, and a generic
    object ("jobs") is still no term."""
    assert _terms("Allocate files across the formalities team") == [
        "allocating files", "formalities team"]
    assert _terms("Negotiate rates with hauliers")[0] == "negotiating rates"
    assert "allocating jobs" not in _terms("Allocate jobs to the engineers")


def test_a_place_of_two_words_stays_whole_in_its_term() -> None:
    """A credential named after a place of two words keeps the whole place: "Zealand driving
    licence" or "Helena driving licence" is no licence anyone holds, and a "yes" would write
    it (the sixtieth pass: a St Helena licence was asked about as "Helena driving licence").
    A name the term opens on is still read as before ("Rain Bird", then what it makes)."""
    assert _terms("A full New Zealand driving licence is essential",
                  "Requirements") == ["New Zealand driving licence"]
    assert _terms("Hold a full St Helena driving licence", "Requirements") == [
        "St Helena driving licence"]
    assert _terms("St Helena driving licence", "Requirements") == ["St Helena driving licence"]
    assert _terms("Run the Rain Bird irrigation system") == ["Rain Bird", "irrigation system"]
