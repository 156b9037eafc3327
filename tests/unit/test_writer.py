import re
from pathlib import Path

import pytest

import cvtailor
from cvtailor.engines.offline.writer import rewrite_sentence, summary_sentence, write
from cvtailor.models import CVItem, Draft, ItemPlan, ItemType, SectionKind, WriteTask
from cvtailor.text.vocabulary import default_vocabulary


def test_respells_and_names_implied_capability_naturally() -> None:
    v = default_vocabulary()
    text, used = rewrite_sentence("Built Jenkins pipelines on k8s", ["CI/CD pipelines",
                                                                    "Kubernetes"], v)
    assert text == "Built Jenkins CI/CD pipelines on Kubernetes"
    assert set(used) == {"CI/CD pipelines", "Kubernetes"}


def test_keeps_a_spelling_the_jd_uses_itself() -> None:
    v = default_vocabulary()
    text, _ = rewrite_sentence("Trained staff on our LMS", ["learning management system"], v,
                               frozenset({"lms", "learning management system"}))
    assert text == "Trained staff on our LMS"


def test_a_respelling_keeps_the_capital_and_never_renames_a_job() -> None:
    v = default_vocabulary()
    # the JD writes "procurement rules": a line that starts with its other name keeps its capital
    assert rewrite_sentence("Purchasing for 12 schools, 40 orders a week.", ["procurement"],
                            v)[0] == "Procurement for 12 schools, 40 orders a week."
    # "Purchasing assistant" is the person's job, in the CV's words: not "procurement assistant"
    assert rewrite_sentence("Purchasing assistant with four years in public-sector buying.",
                            ["procurement"], v) == (
        "Purchasing assistant with four years in public-sector buying.", [])


def test_never_names_what_the_item_does_not_evidence() -> None:
    v = default_vocabulary()
    text, used = rewrite_sentence("Replaced cron jobs with RabbitMQ consumers", ["Kafka"], v)
    assert "Kafka" not in text and not used


def test_skills_line_reordered_with_jd_terms_first() -> None:
    item = CVItem(id="skills-1-1", type=ItemType.SKILL,
                  text="**Data:** Airflow, dbt, Postgres", original="**Data:** Airflow, dbt, Postgres")
    task = WriteTask(item=item, section=SectionKind.SKILLS,
                     plan=ItemPlan(item_id=item.id, keywords=["PostgreSQL"]))
    assert write(task, default_vocabulary()).text == "**Data:** PostgreSQL, Airflow, dbt"


def test_a_capability_that_does_not_read_naturally_is_left_out() -> None:
    v = default_vocabulary()
    for text, term in [
        ("Set up Datadog APM, dashboards and alerts for 12 services", "monitoring"),
        ("Designed an event pipeline on AWS Lambda and SQS", "serverless"),
        ("Run sales cycles of 6-9 months with buying committees of 8-12 people",
         "complex sales cycles"),
    ]:
        assert rewrite_sentence(text, [term], v) == (text, [])


def test_a_word_form_is_respelled_only_where_the_grammar_holds() -> None:
    v = default_vocabulary()
    assert rewrite_sentence("Designed an A/B test on the transfer screen", ["A/B testing"],
                            v)[0] == "Designed an A/B test on the transfer screen"
    assert rewrite_sentence("Ran 12 usability tests", ["usability testing"], v)[1] == []
    assert rewrite_sentence("Rebuilt the loop around structured interviews",
                            ["structured interviewing"], v)[0] == (
        "Rebuilt the loop around structured interviewing")
    assert rewrite_sentence("Automated data-quality checks", ["data quality"], v)[0] == (
        "Automated data quality checks")
    # a word of a longer phrase is not respelled into more words: "backflow" of "backflow
    # preventers" would read "backflow prevention preventers"
    assert rewrite_sentence("Installed 12 backflow preventers", ["backflow prevention"], v)[0] \
        == "Installed 12 backflow preventers"
    # words the ad asks for in another term keep their form (blind87's first run lost
    # "older thatched roofs" to "Thatch roofs in Hungarian reed")
    line = "Repair storm damage on older thatched roofs"
    assert rewrite_sentence(line, ["Thatch roofs"], v)[0] == "Repair storm damage on older thatch roofs"
    assert rewrite_sentence(line, ["Thatch roofs"], v,
                            frozenset({"thatch roofs", "older thatched roofs"}))[0] == line


def test_skills_line_keeps_its_separator_and_table_form() -> None:
    v = default_vocabulary()

    def skills(text: str, keywords: list[str]) -> str:
        item = CVItem(id="skills-1-1", type=ItemType.SKILL, text=text, original=text)
        task = WriteTask(item=item, section=SectionKind.SKILLS,
                         plan=ItemPlan(item_id=item.id, keywords=keywords))
        return write(task, v).text

    assert skills("| Backend | Node, Express, NestJS, REST |", ["Node.js"]) == (
        "| Backend | Node.js, Express, NestJS, REST |")
    assert skills("| Area | Tools |", ["Node.js"]) == "| Area | Tools |"
    assert skills("SQL | Python (pandas, statsmodels) | Postgres", ["PostgreSQL"]) == (
        "PostgreSQL | SQL | Python (pandas, statsmodels)")
    assert skills("Sage Intacct · BlackLine · Excel (XLOOKUP, pivot tables)", ["Excel"]) == (
        "Excel (XLOOKUP, pivot tables) · Sage Intacct · BlackLine")


def test_an_existing_summary_is_respelled_never_extended() -> None:
    text = "Backend engineer building Python services on Postgres. I like boring systems."
    item = CVItem(id="summary-1-1", type=ItemType.SUMMARY, text=text, original=text)
    task = WriteTask(item=item, section=SectionKind.SUMMARY,
                     plan=ItemPlan(item_id=item.id, keywords=["PostgreSQL", "Kafka", "CI/CD"]))
    assert write(task, default_vocabulary()).text == (
        "Backend engineer building Python services on PostgreSQL. I like boring systems.")


def test_a_new_summary_is_one_natural_sentence_or_none() -> None:
    v = default_vocabulary()
    assert summary_sentence("Senior Data Engineer", ["Python", "Airflow", "BigQuery"], v) == (
        "Senior Data Engineer working with Python, Airflow and BigQuery.")
    # Degrees, certifications and practices are not "worked with"; one tool is not a summary.
    assert summary_sentence("Staff Accountant", ["Bachelor's degree", "CPA", "Excel"], v) is None
    assert summary_sentence("Staff Accountant", ["month-end close", "Excel"], v) is None
    assert summary_sentence("", ["Python", "SQL"], v) is None


def test_skills_list_names_a_capability_inside_the_entry_that_evidences_it() -> None:
    text = "**Infrastructure:** k8s, Docker, Jenkins pipelines, Grafana"
    item = CVItem(id="skills-1-1", type=ItemType.SKILL, text=text, original=text)
    task = WriteTask(item=item, section=SectionKind.SKILLS,
                     plan=ItemPlan(item_id=item.id, keywords=["CI/CD pipelines"]))
    assert write(task, default_vocabulary()).text == (
        "**Infrastructure:** k8s, Docker, Jenkins CI/CD pipelines, Grafana")


def test_a_term_the_line_evidences_in_its_trades_words_leads_it(tmp_path: Path) -> None:
    """Auto-approved, a bullet that shows a JD term only in its trade's words (NetFlow
    dashboards: network monitoring) and cannot take the term into a sentence leads with it;
    a bullet that does not evidence it is left as it was."""
    import cvtailor

    cv = ("# Dana Reyes\ndana@example.com\n\n## Experience\n"
          "### Network Administrator — Buckeye Mutual Insurance\n*2019 – present*\n"
          "- Set up SolarWinds alerts and NetFlow dashboards that caught 2 WAN saturation "
          "events before users called.\n"
          "- Replaced 40 branch switches over two weekends with no downtime.\n")
    jd = ("# Network Engineer — Harbor Bank\n\n## Requirements\n"
          "- Network monitoring and alerting for a 30-branch WAN\n"
          "- Experience replacing branch switches\n")
    result = cvtailor.tailor(cv, jd, engine="offline", out_dir=str(tmp_path))
    lines = result.markdown.splitlines()
    assert ("- Network monitoring: set up SolarWinds alerts and NetFlow dashboards that caught "
            "2 WAN saturation events before users called.") in lines
    assert "- Replaced 40 branch switches over two weekends with no downtime." in lines


def _confirmed(text: str, terms: list[str]) -> Draft:
    """A bullet written with `terms` the person confirmed for it."""
    item = CVItem(id="experience-1-2", type=ItemType.BULLET, text=text, original=text)
    return write(WriteTask(item=item, section=SectionKind.EXPERIENCE, plan=ItemPlan(
        item_id=item.id, keywords=terms, attested=terms)), default_vocabulary())


def test_a_second_term_the_person_confirmed_for_a_line_joins_its_lead_in() -> None:
    """Two terms the person confirmed for one line, neither of which its words can take: both
    are written, as one lead-in ("X and Y: ..."), never two labels and never one dropped."""
    draft = _confirmed("Installed service entrances up to 2,000A, switchgear and feeders from "
                      "engineered one-line diagrams.", ["electrical drawings", "schematics"])
    assert draft.text == ("Electrical drawings and schematics: installed service entrances up "
                          "to 2,000A, switchgear and feeders from engineered one-line diagrams.")
    assert draft.keywords == ["electrical drawings", "schematics"]
    # one whose head noun the lead-in shares is not merged into it ("Preventive electrical
    # maintenance", which says neither term): it joins the lead-in as well
    draft = _confirmed("Work through 25-30 scheduled inspection and service tasks a week on dock "
                      "doors, closing each one out in eMaint.",
                      ["preventive maintenance", "electrical maintenance"])
    assert draft.text.startswith("Preventive maintenance and electrical maintenance: work ")
    assert draft.keywords == ["preventive maintenance", "electrical maintenance"]


def test_a_line_with_a_colon_of_its_own_reads_with_one_label() -> None:
    """A line that has a colon of its own ("Charge sonographer 2 days a week: assign ...")
    led by a confirmed term takes a dash there: one label, never "Term: X: ..."; a second
    confirmed term still joins the one lead-in."""
    line = ("Charge sonographer 2 days a week: assign our 5 scanners to rooms and fit in "
            "add-on studies from the clinic.")
    draft = _confirmed(line, ["daily workflow"])
    assert draft.text == ("Daily workflow: charge sonographer 2 days a week — assign our 5 "
                          "scanners to rooms and fit in add-on studies from the clinic.")
    assert draft.text.count(":") == 1
    two = _confirmed(line, ["daily workflow", "staff scheduling"])
    assert two.text.startswith("Daily workflow and staff scheduling: charge sonographer 2 ")
    assert two.text.count(":") == 1 and two.keywords == ["daily workflow", "staff scheduling"]


def test_a_confirmed_duty_joins_the_lines_own_verb() -> None:
    """A duty the person confirmed ("influence cross-functional teams") for a line that says
    what it acts on right after its own verb takes that verb's form beside it; it is never
    put before the noun as if it were a kind of team ("Leading influence cross-functional
    teams"). A line with no verb there gets the duty as an activity that leads it; a noun's
    modifier the line lacks still goes before its noun."""
    def confirmed(text: str, term: str) -> str:
        item = CVItem(id="experience-1-1", type=ItemType.BULLET, text=text, original=text)
        return write(WriteTask(item=item, section=SectionKind.EXPERIENCE, plan=ItemPlan(
            item_id=item.id, keywords=[term], attested=[term])), default_vocabulary()).text

    term = "influence cross-functional teams"
    assert confirmed("Leading cross-functional teams to launch products.", term) == \
        "Leading and influencing cross-functional teams to launch products."
    assert confirmed("Led cross-functional teams to launch 3 products.", term) == \
        "Led and influenced cross-functional teams to launch 3 products."
    assert confirmed("Lead cross-functional teams through each launch.", term) == \
        "Lead and influence cross-functional teams through each launch."
    assert confirmed("Worked with cross-functional teams on 3 launches.", term) == \
        "Worked with cross-functional teams on 3 launches, to influence cross-functional teams."
    # an irregular verb takes its own form ("built", never "builded")
    assert confirmed("Led vendor relationships for 12 suppliers.",
                     "build vendor relationships") == \
        "Led and built vendor relationships for 12 suppliers."
    assert confirmed("RN with 6 years of acute care experience.", "care nursing experience") \
        == "RN with 6 years of acute care nursing experience."
    # a quality is no duty, though "complex" may be a verb
    assert confirmed("Run full sales cycles of 6-9 months with buying committees.",
                     "complex sales cycles") == \
        "Run full complex sales cycles of 6-9 months with buying committees."


def test_a_verb_takes_the_form_of_another() -> None:
    from cvtailor.text.lexicon import inflected_like

    assert [inflected_like("influence", like) for like in ("Leading", "Led", "Lead", "leads")] \
        == ["influencing", "influenced", "influence", "influences"]
    assert inflected_like("plan", "managed") == "planned"
    assert inflected_like("plan", "running") == "planning"
    assert inflected_like("carry", "Led") == "carried"
    assert inflected_like("build", "Led") == "built"  # irregular: never "builded"
    assert inflected_like("run", "managed") == "ran"


def test_a_labelled_list_takes_only_its_own_kind() -> None:
    """"**Libraries:** pandas, NumPy, Matplotlib" confirmed for data visualization stays a
    list of libraries (the capability goes to the key qualifications); another library, a
    term the vocabulary does not know, or any term of an unlabelled list joins it."""
    def confirmed(text: str, term: str) -> str:
        item = CVItem(id="skills-1-1", type=ItemType.SKILL, text=text, original=text)
        return write(WriteTask(item=item, section=SectionKind.SKILLS, plan=ItemPlan(
            item_id=item.id, keywords=[term], attested=[term])), default_vocabulary()).text

    libraries = "**Libraries:** pandas, NumPy, Matplotlib"
    assert confirmed(libraries, "data visualization") == libraries
    assert confirmed(libraries, "scikit-learn") == f"{libraries}, scikit-learn"
    assert confirmed("HTML5, CSS3, React", "web markup") == "HTML5, CSS3, React, web markup"


def test_a_term_is_never_written_into_one_of_two_coordinated_modifiers() -> None:
    """An apprentice's "with commercial and residential experience" + the confirmed "commercial
    electrical experience" was written "with commercial and residential commercial electrical
    experience": the head modified only the last of two, and repeated one. The line is left
    as written (no lead-in in a summary)."""
    from cvtailor.engines.offline.writer import attest

    line = "Electrical apprentice (4th year) with commercial and residential experience."
    assert attest(line, "commercial electrical experience", label=False) == line
    assert attest("Built SQL models", "data models") == "Built SQL data models"


def test_people_lead_a_line_as_those_the_work_is_with() -> None:
    """A confirmed "nurse managers" led a pharmacy technician's line as "Nurse managers:
    restock ...", which reads as their title: people lead it as those the work is with; the
    JD's words stay in the line."""
    line = ("Restock and reconcile Pyxis automated dispensing cabinets; investigate "
            "discrepancies with nursing before end of shift")
    assert _confirmed(line, ["nurse managers"]).text == (
        "Working with nurse managers: restock and reconcile Pyxis automated dispensing "
        "cabinets; investigate discrepancies with nursing before end of shift")
    # a line of one clause takes them after what was done
    assert _confirmed("Sat in the GC's weekly site meeting and sorted out clashes.",
                      ["general contractor"]).text == (
        "Sat in the GC's weekly site meeting and sorted out clashes, working with the general "
        "contractor.")


def test_an_activity_goes_after_the_line_a_topic_leads_it() -> None:
    """A third of the lines of an interviewed CV were led by a term ("Keeping the inventory of
    banquet equipment up to date: count the glasses ..."), which shows the writer's rule; a
    person writes what they did, then what it did ("..., keeping the inventory ... up to
    date"). A topic ("Floats: count out ...") still leads, and so does any term of a line with
    more than one clause, which a trailing activity would follow only loosely."""
    line = ("Count the glasses, cutlery and linen after every function and report breakages "
            "to the banqueting office.")
    assert _confirmed(line, ["Keeping the inventory of banquet equipment up to date"]).text == (
        "Count the glasses, cutlery and linen after every function and report breakages to "
        "the banqueting office, keeping the inventory of banquet equipment up to date.")
    # a duty as the ad opened a sentence with it says what the work was for, in the ad's words
    notes = "Check large notes under the UV lamp and hand any fake ones to security."
    assert _confirmed(notes, ["Spot counterfeit banknotes"]).text == (
        "Check large notes under the UV lamp and hand any fake ones to security, to spot "
        "counterfeit banknotes.")
    assert _confirmed(notes, ["Floats"]).text == (
        "Floats: check large notes under the UV lamp and hand any fake ones to security.")
    two = ("Sent 12 files to the special investigations unit in 2023; 9 were denied or "
           "withdrawn.")
    assert _confirmed(two, ["Spot counterfeit claims"]).text.startswith(
        "Spot counterfeit claims: sent 12 files")
    # one duty verb keeps the ad's form, which a recruiter's search finds ("Supervise"),
    # joined to the line's own present-tense verb
    crew = "Lead a team of 3 leasing consultants and review their follow-up notes."
    assert _confirmed(crew, ["Supervise"]).text.startswith("Supervise and lead a team")
    # a verb's -ing form and one noun may name a thing: "seating plan" stays a topic
    bookings = "Place each evening's bookings on the floor plan."
    assert _confirmed(bookings, ["seating plan"]).text == (
        "Seating plan: place each evening's bookings on the floor plan.")
    # an activity done with people is no people worked with ("Working with precepting ...")
    hosted = "Hosted 3 dietetics students a year for their 8-week clinical rotation."
    assert _confirmed(hosted, ["precepting dietetic interns"]).text == (
        "Hosted 3 dietetics students a year for their 8-week clinical rotation, precepting "
        "dietetic interns.")
    # a compound keeps its reading: "Change orders" are no changing of orders
    assert _confirmed("Logged every variation the client asked for.",
                      ["Change orders"]).text.startswith("Change orders: logged")


def test_a_duty_the_ad_wrote_with_its_verb_keeps_that_verb_after_the_line() -> None:
    """A duty the ad wrote with its verb's base ("Mentor new operators and trainees", "coach
    and mentor new communications officers") was written as an activity ("..., mentoring new
    operators and trainees"), which a recruiter's search for the ad's "mentor" does not find.
    After the line it says what the work was for, in the ad's words, after a line of more
    than one clause too."""
    shown = "Show new starters how to read the gauges and bring a train up to pressure safely."
    assert _confirmed(shown, ["Mentor new operators and trainees"]).text == (
        "Show new starters how to read the gauges and bring a train up to pressure safely, to "
        "mentor new operators and trainees.")
    sat = ("Sat beside 4 new hires on their first live shifts, taking over the console when a "
           "call went wrong and debriefing them after.")
    assert _confirmed(sat, ["mentor new communications officers"]).text == (
        f"{sat[:-1]}, to mentor new communications officers.")
    # two sentences: the duty still leads them, as an activity
    two = "Sent 12 new starters to the induction. 9 stayed a year."
    assert _confirmed(two, ["Mentor new operators and trainees"]).text.startswith(
        "Mentoring new operators and trainees: sent 12")
    # people worked with are no duty: "..., working with product managers", never "to product
    # managers"
    assert _confirmed("Wrote copy in Figma alongside 5 product designers.",
                      ["product managers"]).text == (
        "Wrote copy in Figma alongside 5 product designers, working with product managers.")


def test_a_second_confirmed_term_with_its_own_and_joins_the_lead_in_by_a_comma() -> None:
    """"Delivery plan and routing and scheduling: plan daily trunking runs ..." read as a
    tangle: a second term that has its own "and" joins the lead-in by a comma."""
    draft = _confirmed("Plan daily trunking runs between our two sites using Paragon",
                       ["delivery plan", "routing and scheduling"])
    assert draft.text == ("Delivery plan, routing and scheduling: plan daily trunking runs "
                          "between our two sites using Paragon")


def test_a_term_ending_on_a_prepositions_object_never_goes_before_that_word() -> None:
    """"communication with parents" was worked into "Talk parents through their child's SATs
    results" as "Talk communication with parents through ...": the term was read as
    modifiers of its last word. A term whose last word a preposition governs refines no
    noun of that name; it leads the line. "health and safety" still refines "safety walks"."""
    from cvtailor.engines.offline.writer import attest

    assert attest("Talk parents through their child's SATs results", "communication with "
                  "parents") == ("Communication with parents: talk parents through their "
                                 "child's SATs results")
    assert attest("Ran weekly safety walks on site", "health and safety") == \
        "Ran weekly health and safety walks on site"


def test_a_practice_named_by_its_ing_noun_is_not_read_as_a_verb() -> None:
    from cvtailor.engines.offline.writer import _as_activity, verb_led

    line = "Factory acceptance testing: travelled to the vendor's plant to witness acceptance " \
        "testing of a new parts washer"
    # "site" may be a verb, but here it says where, as "factory" does
    assert not verb_led("site acceptance testing", line)
    assert _as_activity("site acceptance testing", line) == "site acceptance testing"
    # a duty still leads as an activity
    assert _as_activity("influence cross-functional teams",
                        "Worked with cross-functional teams") == \
        "influencing cross-functional teams"


def test_a_name_the_ad_asks_for_as_experience_is_not_respelled() -> None:
    """"At least 2 years' barista experience": the vocabulary reads "barista experience" as
    Barista, and the CV's "Barista with four years in busy specialty cafes" became "Barista
    experience with four years ..."."""
    text = "Barista with four years in busy specialty cafes in Melbourne."
    assert rewrite_sentence(text, ["barista experience"], default_vocabulary())[0] == text


def test_a_team_is_worked_with_as_the_team() -> None:
    """A vet nurse's rota line was led "Working with nursing team: write the weekly nursing
    rota ...": a team, a crew, a family and the public take "the"; staff and people do not."""
    line = "Write the weekly nursing rota for a team of seven"
    assert _confirmed(line, ["nursing team"]).text.endswith(", working with the nursing team")
    assert _confirmed(line, ["clinical staff"]).text.endswith(", working with clinical staff")


def test_the_doer_of_the_lines_own_verb_leads_nothing() -> None:
    """"Preceptor: precept student nurses from UCC ..." said the line's own verb twice."""
    from cvtailor.engines.offline.writer import attest

    line = "Precept student nurses from UCC on their emergency placement"
    assert attest(line, "preceptor") == line
    assert attest("Coordinate the Saturday crews", "coordinator") == "Coordinate the Saturday crews"


def test_a_verb_of_two_keeps_its_form() -> None:
    """"Supervise two student veterinary nurses ... and sign off their skills" was respelled
    "Supervising ... and sign off their skills" for the ad's "supervising": the line's first
    verb is one of two, and only its own form leads both. A lone verb may still take the
    ad's form."""
    from cvtailor.engines.offline.writer import _breaks_grammar

    line = ("Supervise two student veterinary nurses through their Nursing Progress Log and "
            "sign off their skills")
    assert _breaks_grammar(line, 0, "Supervise", "supervising")
    assert not _breaks_grammar("Supervise two student veterinary nurses", 0, "Supervise",
                               "supervising")


def test_a_verb_after_help_keeps_its_base_form() -> None:
    """A described answer "... and help onboard new hires with the training team" was
    written "help onboarding new hires" for the ad's "onboarding new hires"."""
    from cvtailor.engines.offline.writer import _breaks_grammar

    line = "Buddy new agents in their first month and help onboard new hires"
    at = line.index("onboard")
    assert _breaks_grammar(line, at, "onboard", "onboarding")
    assert _breaks_grammar("Learned to train new hires", 11, "train", "training")
    assert not _breaks_grammar("Led the train the trainer sessions", 8, "train", "training")


def test_a_phrase_after_help_keeps_its_verb() -> None:
    """The same answer through the JD's multi-word term ("onboarding new hires")."""
    text, _ = rewrite_sentence(
        "Buddy new agents in their first month and help onboard new hires with the training team",
        ["onboarding new hires"], default_vocabulary())
    assert "help onboarding" not in text and "help onboard new hires" in text, text


def test_a_duty_the_ad_opened_a_sentence_with_is_never_read_as_people() -> None:
    """"Train apprentices" was led as "Working with train apprentices: ..." and trailed as
    "..., working with train apprentices": its last word names people, and that was asked
    before whether it is a duty. A duty as the ad opened a sentence with it keeps the ad's
    words: after the line, "..., to train apprentices"; leading a line of two sentences, as
    "Spot counterfeit claims" does. People worked with still read as people."""
    from cvtailor.engines.offline.writer import _as_activity

    line = "Show the first-years how to set out a roof and check their cuts"
    assert _as_activity("Train apprentices", line) == "Train apprentices"
    assert _confirmed(line, ["Train apprentices"]).text == f"{line}, to train apprentices"
    two = "Set out 40 roofs a year. Checked every first-year's cuts."
    assert _confirmed(two, ["Train apprentices"]).text.startswith(
        "Train apprentices: set out 40")
    assert _as_activity("nurse managers", line) == "working with nurse managers"


@pytest.mark.parametrize(("line", "term"), [
    # done to people the ad describes
    ("Taught 9 new hires the grill and sauté stations using station guides I wrote.",
     "training new cooks"),
    ("Show the new installers how to crimp, terminate and test cables properly.",
     "training junior technicians"),
    # people a job brings on that end like no agent noun ("recruits")
    ("Show newcomers at the fleshing machine how to feed a skin safely.",
     "training new recruits"),
    # done some way
    ("Weigh what comes back on the plates every day and turn the leftovers into the next day's "
     "soup.", "working systematically to reduce food waste"),
    ("Talk parents through each day's notes at pick-up.", "communicating clearly with families"),
])
def test_an_ing_verb_that_may_be_a_noun_or_adjective_is_an_activity(line: str,
                                                                    term: str) -> None:
    """"Training new cooks: taught 9 new hires ..." and "Working systematically to reduce food
    waste: weigh what comes back ..." led their lines as topics: "training" may be a noun
    ("Training sessions"), "working" an adjective ("working capital"). Done to people the ad
    describes, or some way ("systematically", "clearly"), each is an activity, and goes after
    what was done."""
    assert _confirmed(line, [term]).text == f"{line[:-1]}, {term}."


@pytest.mark.parametrize(("line", "term", "written"), [
    ("Lead a team of 3 leasing consultants and review their follow-up notes every Monday.",
     "supervise", "Supervise and lead a team of 3 leasing consultants and review their "
     "follow-up notes every Monday."),
    ("Keep the young port workers who have just joined next to me on their first ships.",
     "mentor", "Mentor and keep the young port workers who have just joined next to me on "
     "their first ships."),
    # a verb with its particle ("stand in for")
    ("Stand in for the team manager at the weekly team meeting when she is off island.",
     "Deputise", "Deputise and stand in for the team manager at the weekly team meeting when "
     "she is off island."),
])
def test_a_lone_verb_joins_the_lines_own_verb(line: str, term: str, written: str) -> None:
    """"Supervise: lead a team of 3 leasing consultants ..." read as a label: the ad's verb,
    confirmed by the person, joins the line's own present-tense verb instead."""
    assert _confirmed(line, [term]).text == written


def test_a_lone_verb_before_a_past_tense_or_a_noun_still_leads() -> None:
    """In the past tense the ad's verb would lose its spelling ("Supervised and led"), and a
    line that opens on a noun ("lead hand on ...") has no verb to join: both keep the label."""
    trained = "Trained 3 apprentices through their 2nd and 3rd periods."
    assert _confirmed(trained, ["mentor"]).text.startswith("Mentor: trained")
    hand = "Lead hand on the 9-storey Lakeshore Commons condo for 14 months."
    assert _confirmed(hand, ["supervise"]).text.startswith("Supervise: lead hand")


def test_training_that_is_a_thing_or_people_a_compound_names_is_no_activity() -> None:
    """Training that is a thing still leads, and a compound that names people ("nursing
    home residents") stays people worked with."""
    workshops = "Teach 2 free workshops a month on databases and e-books."
    assert _confirmed(workshops, ["training sessions"]).text.startswith("Training sessions: ")
    visits = "Visited 12 homes a week to check medicines and meals."
    assert _confirmed(visits, ["nursing home residents"]).text == (
        "Visited 12 homes a week to check medicines and meals, working with nursing home "
        "residents.")


def test_standing_in_and_training_newcomers_are_written_with_the_ads_words(tmp_path: Path) -> None:
    """A cook's CV that says "Stand in for the head chef on her days off" and "Trained 2 new
    commis chefs" evidences the ad's "Deputise for the Head Chef" and "Mentor and develop the
    kitchen team" in other words: the ad asked for both and got neither (the term was "Head
    Chef", the post stood in for, and training new people only counted when written "trained
    new hires"). Without a question, the tailored lines now carry the ad's words, and a line
    that says neither stays as it was."""
    (tmp_path / "cv.md").write_text(
        "# Sam Porter\n\n## Experience\n\n### Line Cook, Harbour Grill — 2019–2025\n\n"
        "- Stand in for the head chef on her days off, running the kitchen and signing off "
        "deliveries.\n"
        "- Trained 2 new commis chefs on the grill and sauté stations.\n"
        "- Taught 30 children to bake bread at the summer fair.\n", encoding="utf-8")
    (tmp_path / "jd.md").write_text(
        "# Sous Chef\n\nHarbour Group\n\n## Responsibilities\n\n"
        "- Deputise for the Head Chef when required\n- Mentor and develop the kitchen team\n",
        encoding="utf-8")
    text = cvtailor.tailor(tmp_path / "cv.md", tmp_path / "jd.md").markdown
    assert "- Deputise and stand in for the head chef on her days off" in text
    assert re.search(r"- [^\n]*\bmentor[^\n]*Trained 2 new commis chefs|"
                     r"- [^\n]*Trained 2 new commis chefs[^\n]*\bmentor", text, re.IGNORECASE)
    assert "- Taught 30 children to bake bread at the summer fair." in text
    assert "Head Chef:" not in text and "Head chef:" not in text
