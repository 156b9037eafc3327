"""What trying the tool as a job seeker found, on CVs and ads outside every labelled set: a
Newport HGV driver and relief planner (plain-text CV) to a chilled transport planner (a UK prose
ad), a Hamilton practical nurse (Markdown CV) to a long-term care charge nurse (a Canadian ad
with an "Assets" list), and a Sheffield support worker (a DOCX CV) to a senior support worker
(a UK charity's person specification). Each test failed on the code before the fix."""

from __future__ import annotations

from cvtailor.engines.offline.cv_parser import parse_cv_text
from cvtailor.engines.offline.jd_parser import parse_jd_text
from cvtailor.engines.offline.writer import attest
from cvtailor.models import (
    CVSection,
    Evidence,
    GapReport,
    JobPosting,
    Question,
    Requirement,
    RequirementMatch,
    SectionKind,
)
from cvtailor.research.evidence import analyze_gaps, find_evidence, interview_questions
from cvtailor.text.cvtext import evidence_corpus
from cvtailor.text.jd_terms import key_phrases, weak_term
from cvtailor.text.vocabulary import default_vocabulary
from cvtailor.text.wordforms import phrase_near, short_form_in

VOCAB = default_vocabulary()

TRANSPORT_AD = """Transport Planner – Chilled Network
Valleys Fresh Logistics, Bridgend

The role
Reporting to the Transport Manager, you will plan our daily chilled network. You'll build the
next day's routes in our routing software. React on the day when a delivery window is missed or
a vehicle goes off the road.

About you
A strong working knowledge of EU and domestic drivers' hours rules and the Working Time
Directive is essential, as is experience of route planning software (Paragon or Descartes).
You'll need a calm head under pressure and the ability to manage a team of drivers. A Transport
Manager CPC would be a real advantage, and an HGV licence is desirable.
"""

CHARGE_NURSE_AD = """# Charge Nurse (RPN) – Long-Term Care

**Cedar Glen Lodge** · Stoney Creek, Ontario · Full-time

## What you bring

- Current registration with the College of Nurses of Ontario (RN or RPN)
- Minimum 2 years' experience in long-term care

## Assets

- P.I.E.C.E.S. training
- Experience with falls prevention programs

Cedar Glen Lodge is committed to an inclusive, barrier-free recruitment process. Accommodations
are available on request.
"""


def _requirements(job: JobPosting) -> dict[str, Requirement]:
    return {r.text: r for r in job.requirements}


def test_a_uk_prose_ad_gives_each_ask_its_own_requirement() -> None:
    """"X is essential, as is experience of Y" was one requirement, and "A Transport Manager
    CPC would be a real advantage" none at all (no word the vocabulary knows, no verb)."""
    by_text = _requirements(parse_jd_text(TRANSPORT_AD, VOCAB))
    software = by_text["Experience of route planning software (Paragon or Descartes)"]
    assert "Paragon" in software.keywords
    assert any(t.endswith("Working Time Directive is essential") for t in by_text)
    cpc = by_text["A Transport Manager CPC would be a real advantage"]
    assert cpc.priority == "nice_to_have" and cpc.keywords == ["Transport Manager CPC"]
    assert by_text["An HGV licence is desirable"].priority == "nice_to_have"


def test_the_company_line_names_the_business_and_its_town() -> None:
    job = parse_jd_text(TRANSPORT_AD, VOCAB)
    assert (job.company, job.location) == ("Valleys Fresh Logistics", "Bridgend")
    ontario = parse_jd_text(CHARGE_NURSE_AD, VOCAB)
    assert (ontario.company, ontario.location) == ("Cedar Glen Lodge", "Stoney Creek, Ontario")


def test_a_sentence_opened_by_a_verb_is_no_tool_and_a_temper_is_no_term() -> None:
    """"React on the day when ..." gave the JavaScript library React as its only term; "a
    calm head under pressure" gave "calm head"; "EU" of "EU and domestic drivers' hours"
    was asked about ("... show EU?")."""
    by_text = _requirements(parse_jd_text(TRANSPORT_AD, VOCAB))
    react = next(r for t, r in by_text.items() if t.startswith("React on the day"))
    assert "React" not in react.keywords and "delivery window" in react.keywords
    keywords = {k for r in by_text.values() for k in r.keywords}
    assert not {"calm head", "pressure", "React"} & keywords
    assert weak_term("EU") and not weak_term("tachograph compliance")


def test_a_canadian_assets_list_is_nice_to_have_and_its_boilerplate_no_ask() -> None:
    by_text = _requirements(parse_jd_text(CHARGE_NURSE_AD, VOCAB))
    assert by_text["P.I.E.C.E.S. training"].priority == "nice_to_have"
    assert by_text["Experience with falls prevention programs"].priority == "nice_to_have"
    assert not any("barrier-free" in t or "Accommodations" in t for t in by_text)
    registration = next(r for t, r in by_text.items() if "College of Nurses" in t)
    assert "College of Nurses of Ontario" in registration.keywords
    assert "College" not in registration.keywords
    years = next(r for t, r in by_text.items() if t.startswith("Minimum"))
    assert "Minimum" not in years.keywords


def test_a_body_named_with_of_is_one_term() -> None:
    assert key_phrases("Membership of the Institute of Chartered Accountants in Ireland"
                       )[0] == "Institute of Chartered Accountants in Ireland"


def test_the_uk_safeguarding_statement_asks_nothing() -> None:
    job = parse_jd_text("# Senior Support Worker\n\n## Essential\n\n- Experience of leading a "
                        "shift\n\nPennine Pathways is committed to safeguarding and promoting "
                        "the welfare of adults at risk.\n", VOCAB)
    assert [r.text for r in job.requirements] == ["Experience of leading a shift"]


def test_a_systems_heading_is_a_section_not_a_qualification() -> None:
    cv = parse_cv_text("GARETH PRICE\n\nLICENCES AND TRAINING\nCategory C+E licence, DVLA\n"
                       "Driver CPC, card valid to 2027\n\nSYSTEMS\nParagon routing, Microlise, "
                       "Excel\n")
    kinds = {s.heading: s.kind for s in cv.sections}
    assert kinds["SYSTEMS"] == SectionKind.SKILLS
    assert not any(i.text == "SYSTEMS" for i in cv.items())


def _experience(text: str) -> CVSection:
    [experience] = [s for s in parse_cv_text(text).sections if s.kind == SectionKind.EXPERIENCE]
    return experience


def test_a_role_right_under_the_last_bullet_starts_its_own_entry() -> None:
    """A DOCX's paragraphs come with no blank line between a list and the next role's bold
    heading: "**Recovery Worker, Mind in Rotherham**" was a bullet of the role before, and its
    dates a role of their own."""
    experience = _experience(
        "# Aisha Okafor\n\n## Employment history\n**Support Worker, Don Valley Housing Trust, "
        "Sheffield**\nOctober 2022 – present\n- Act as shift lead on nights\n- Write support "
        "plans with residents\n**Recovery Worker, Mind in Rotherham, Rotherham**\nJune 2020 – "
        "September 2022\n- Ran a weekly wellbeing group\n")
    assert len(experience.entries) == 2
    assert [i.text for i in experience.entries[1].items] == ["Ran a weekly wellbeing group"]
    assert "Recovery Worker" in experience.entries[1].heading


def test_words_of_two_clauses_are_no_phrase() -> None:
    """"Driver CPC, 35 hours completed" evidenced "driver hours"; "code review, incident
    response" evidenced "incident reviews"."""
    assert not phrase_near("driver hours", "Driver CPC, 35 hours completed")
    assert not phrase_near("incident reviews", "Practices: code review, incident response")
    assert phrase_near("driver hours", "sorting out the drivers' hours")
    assert phrase_near("route planning", "Plan next-day routes for 22 vehicles")


def test_a_short_form_of_the_term_evidences_it_and_is_spelled_out_where_it_stands() -> None:
    """"directing 4 PSWs" is personal support workers: the initials of the ad's words."""
    line = "Lead the evening shift, directing 4 PSWs and assigning breaks"
    assert short_form_in("personal support workers", line) == "PSWs"
    assert short_form_in("support workers", line) is None  # two words: too short to tell
    cv = parse_cv_text(f"# P\n\n## Experience\n\n### RPN — Maplecrest\n2020 – Present\n\n"
                       f"- {line}\n")
    job = parse_jd_text("# Charge Nurse\n\n## What you bring\n\n- Experience supervising "
                        "personal support workers\n", VOCAB)
    rows = find_evidence(cv, job, VOCAB)["req-1"]
    # the line also shows the supervising (4 PSWs directed), and the workers by their initials
    assert ("experience-1-1", "PSWs") in {(row.item_id, row.matched) for row in rows}
    assert {row.term for row in rows} == {"supervising", "personal support workers"}
    assert attest(line, "personal support workers") == (
        "Lead the evening shift, directing 4 personal support workers (PSWs) and assigning "
        "breaks")


def _asked(cv_text: str, jd_text: str) -> dict[str, str]:
    cv, job = parse_cv_text(cv_text), parse_jd_text(jd_text, VOCAB)
    report = analyze_gaps(job, find_evidence(cv, job, VOCAB), 10, VOCAB, evidence_corpus(cv))
    return {q.term: q.text for q in report.questions}


def test_a_credential_in_progress_is_quoted_not_called_unmentioned() -> None:
    """"IV Therapy certificate, ..., in progress" was answered with "Your CV does not mention IV
    therapy certification"; "Transport Manager CPC (Road Haulage), studying ..." with "Your
    CV names Transport Manager CPC, but not in a role. Have you done this?"."""
    asked = _asked("# P\n\n## Certifications\n\n- IV Therapy certificate, Mohawk College "
                   "Continuing Education, in progress\n- Transport Manager CPC (Road Haulage), "
                   "studying with Logistics Academy, exam booked March 2027\n",
                   "# Charge Nurse\n\n## Assets\n\n- IV therapy certification\n- A Transport "
                   "Manager CPC would be a real advantage\n")
    assert 'Your CV says "IV Therapy certificate, Mohawk College Continuing Education, in ' \
           'progress". Do you hold it now?' in asked["IV therapy certification"]
    assert 'Your CV says "Transport Manager CPC (Road Haulage), studying' in \
           asked["Transport Manager CPC"]


def _confirm_about(item_id: str, line: str, requirement: str, term: str) -> Question:
    """The one question about a requirement whose only candidate is `line`."""
    req = Requirement(id="req-1", text=requirement, keywords=[term])
    row = Evidence(item_id=item_id, score=0.5, via="semantic", matched=line)
    report = GapReport(matches=[RequirementMatch(requirement_id="req-1", status="partial",
                                                 evidence=[row])])
    [question] = interview_questions(JobPosting(requirements=[req]), report, {item_id: line},
                                     VOCAB)
    return question


def test_a_question_quotes_the_sentence_of_a_paragraph_that_shows_the_term() -> None:
    summary = ("Class 1 driver with nine years on trunking, multi-drop and chilled work. For the "
               "last two years I have covered the transport office two days a week, planning "
               "loads and sorting out the drivers' hours.")
    question = _confirm_about("summary-1-1", summary, "At least 2 years' experience of "
                              "transport planning", "transport planning")
    assert question.kind == "confirm"
    assert 'Does "For the last two years I have covered the transport office' in question.text
    assert "Class 1 driver" not in question.text
    assert question.evidence[0].text == summary  # what the person confirms is the whole item


def test_a_verb_alone_is_asked_as_the_activity_it_names() -> None:
    """"Does ... show supervise?" is no question."""
    line = "Act as shift lead on nights, allocating tasks to 2 support workers"
    question = _confirm_about("experience-1-1", line, "You will supervise a team of six support "
                              "workers", "supervise")
    assert "show supervising a team of six support workers?" in question.text


def test_a_category_c_plus_e_licence_is_an_hgv_licence() -> None:
    said = VOCAB.evidenced_names("Category C+E licence, DVLA")
    assert said.get("HGV licence") == "implied"


def test_an_answer_that_goes_on_to_new_work_is_its_own_bullet() -> None:
    """"help residents with benefit claims and challenge decisions on Universal Credit and PIP"
    was taken as the CV's "Help residents with benefit claims, tenancy paperwork and GP
    appointments" told again: the challenge to decisions, the person's own words, was lost."""
    from cvtailor.models import CVEntry, ItemType
    from cvtailor.research.interview import restated_lines

    entry = CVEntry(id="experience-1", heading="Support Worker, Don Valley Housing Trust")
    entry.add_item("Help residents with benefit claims, tenancy paperwork and GP appointments",
                   ItemType.BULLET)
    assert restated_lines(entry, "Help residents with benefit claims and challenge decisions "
                                 "on Universal Credit and PIP.") is None
    assert restated_lines(entry, "Help residents with benefit claims and tenancy "
                                 "paperwork.") is not None


def test_a_name_offered_instead_of_one_the_cv_has_is_not_asked_about() -> None:
    """"Proficiency with CCC ONE or Mitchell estimating software", for a CV that writes
    supplements in CCC ONE, asked: Does "... in CCC ONE ..." show Mitchell estimating
    software?"""
    asked = _asked("# M\n\n## Experience\n\n### Lead Body Technician — Sonoran Collision\n"
                   "2021 – Present\n\n- Tear down vehicles and write supplements in CCC ONE "
                   "for hidden damage\n",
                   "# Collision Estimator\n\n## What you'll need\n\n- Proficiency with CCC ONE "
                   "or Mitchell estimating software\n")
    assert not any("Mitchell" in term for term in asked)


def test_a_name_offered_in_brackets_instead_of_one_the_cv_has_is_not_missing() -> None:
    """"You'll hold IRATA Level 3 (or SPRAT Level III) and have at least 1,000 logged hours",
    for a CV with both: the bracketed alternative counted as missing, so the requirement was
    only partly met."""
    cv = parse_cv_text("# O\n\n## Experience\n\n### Rope Access Supervisor — Northline\n"
                       "2021 – Present\n\n- Supervise rope access teams on bridge inspections"
                       "\n\n## Qualifications\n\n- IRATA Level 3 Technician (2021), 2,400 "
                       "logged hours\n")
    job = parse_jd_text("# Lead Rope Access Technician\n\n## What we need\n\nYou'll hold "
                        "IRATA Level 3 (or SPRAT Level III) and have at least 1,000 logged "
                        "hours.\n", VOCAB)
    report = analyze_gaps(job, find_evidence(cv, job, VOCAB), 10, VOCAB, evidence_corpus(cv))
    assert [m.status for m in report.matches] == ["matched"]


def test_a_person_the_ad_asks_them_to_be_is_asked_as_being_one() -> None:
    """"You should be patient, a clear communicator ..." asked: "Your CV does not mention
    clear communicator. Have you done this?"."""
    asked = _asked("# G\n\n## Experience\n\n### Coach Driver — Dalesway Travel\n2018 – "
                   "Present\n\n- Drive coaches on school contracts and day tours\n",
                   "# Driver Trainer\n\n## What you'll bring\n\nYou should be patient, a "
                   "clear communicator and comfortable in front of a group.\n")
    assert "mention being a clear communicator." in asked["clear communicator"]


def test_a_line_that_names_the_role_as_someone_else_decides_nothing() -> None:
    """"Walk customers through the repair plan and timeline when the estimator is out" was
    written as "Thorough repair estimates: walk customers ..." for a Collision Estimator."""
    from cvtailor.research.similarity import names_the_role

    line = "Walk customers through the repair plan and timeline when the estimator is out"
    assert names_the_role("thorough repair estimates", "Collision Estimator", line)
    assert not names_the_role("repair estimates", "Collision Estimator",
                              "Wrote 40 repair estimates a month in CCC ONE")
    assert not names_the_role("customer updates", "Collision Estimator", line)


def test_the_person_a_team_turns_to_is_no_term_to_ask_about() -> None:
    asked = _asked("# A\n\n## Experience\n\n### Support Worker — Don Valley Housing\n2022 – "
                   "Present\n\n- Act as shift lead on nights\n",
                   "# Senior Support Worker\n\n## The role\n\nYou will be the person the team "
                   "turns to when things get difficult.\n")
    assert "team turns" not in asked


def test_a_numbered_level_stays_with_its_qualification() -> None:
    job = parse_jd_text("# Senior Support Worker\n\n## Desirable\n\n- NVQ/QCF Level 3 in "
                        "Health and Social Care or equivalent\n\n## The role\n\nYou'll inspect "
                        "damaged vehicles, photograph and document damage.\n", VOCAB)
    keywords = {k for r in job.requirements for k in r.keywords}
    assert "NVQ/QCF Level 3" in keywords and "NVQ/QCF Level" not in keywords
    assert "You'll inspect damaged vehicles" in [r.text for r in job.requirements]


def test_an_activity_confirmed_for_a_line_leads_it_and_is_not_put_inside_it() -> None:
    """"managing absence" confirmed for "Track sickness absence in Core HR ..." was written
    "Track sickness managing absence in Core HR ..."."""
    line = "Track sickness absence in Core HR and prepare the monthly return-to-work list"
    assert attest(line, "managing absence") == (
        "Managing absence: track sickness absence in Core HR and prepare the monthly "
        "return-to-work list")
    assert attest("Ran sessions for new hires", "training sessions") != \
        "Training sessions: ran sessions for new hires"  # a noun compound still refines


def test_a_json_resume_certificate_is_named_once() -> None:
    """studyType "Certificate" and area "Certificate in People Practice (Level 3)" read
    "Certificate in Certificate in People Practice (Level 3)"."""
    from cvtailor.readers.jsonresume import json_resume_to_cv

    cv = json_resume_to_cv({"basics": {"name": "Niamh Brennan"}, "education": [
        {"institution": "CIPD", "area": "Certificate in People Practice (Level 3)",
         "studyType": "Certificate", "endDate": "2022"},
        {"institution": "University of Limerick", "area": "Business Studies",
         "studyType": "BA", "endDate": "2020"}]})
    headings = [e.heading for s in cv.sections for e in s.entries]
    assert "Certificate in People Practice (Level 3) — CIPD" in headings
    assert "BA in Business Studies — University of Limerick" in headings


def test_a_licence_answer_is_listed_without_its_article() -> None:
    """"I have a full clean Irish driving licence." was listed as "A full clean Irish driving
    licence."; "I have held a full UK driving licence since 2015" as "Held a full UK ..."."""
    from cvtailor.models import Answer
    from cvtailor.research.interview import apply_answers

    licence = Requirement(id="req-1", text="Full clean driving licence",
                          keywords=["clean driving licence"])
    asked = Question(id="q-req-1", requirement_id="req-1", text="?", term=licence.keywords[0])
    for said, listed in (("I have a full clean Irish driving licence.",
                          "Full clean Irish driving licence."),
                         ("I have held a full UK driving licence since 2015.",
                          "Full UK driving licence since 2015.")):
        cv = parse_cv_text("# N\n\n## Experience\n\n### HR Administrator — Burren Dairy Ltd\n"
                           "2023 – Present\n\n- Send payroll changes to the bureau each month\n")
        out = apply_answers(cv, JobPosting(requirements=[licence]), [asked],
                            [Answer(question_id="q-req-1", text=said)])
        assert [out.cv.locate(i)[2].text for i in out.described] == [listed]


def test_an_australian_mining_ad_reads_each_wish_and_its_compounds() -> None:
    """A production supervisor's ad: one bullet wished for two certificates ("... is
    desirable, and a G2 Supervisor Certificate of Competency is highly regarded"); "open cut
    mining environment" gave "cut mining environment"; "rotating" of "on rotating day and
    night shift" was asked about."""
    job = parse_jd_text("Production Supervisor – Open Cut\nRedgum Resources Ltd | Eastern "
                        "Goldfields, WA\n\nKey Selection Criteria\n- Minimum 3 years' "
                        "supervisory experience in an open cut mining environment\n- Current WA "
                        "First Class Mine Manager's Certificate of Competency is desirable, and "
                        "a G2 Supervisor Certificate of Competency is highly regarded\n", VOCAB)
    by_text = _requirements(job)
    assert "open cut mining" in by_text[
        "Minimum 3 years' supervisory experience in an open cut mining environment"].keywords
    g2 = by_text["A G2 Supervisor Certificate of Competency is highly regarded"]
    assert g2.keywords == ["G2 Supervisor Certificate of Competency"]
    assert g2.priority == "nice_to_have"
    assert weak_term("rotating") and weak_term("WA")


def test_a_certificate_not_yet_attempted_is_not_held() -> None:
    """"G2 Supervisor Certificate of Competency - not yet attempted" matched the ad's G2."""
    asked = _asked("# J\n\n## Tickets and training\n\n- G2 Supervisor Certificate of "
                   "Competency - not yet attempted\n",
                   "# Production Supervisor\n\n## Desirable\n\n- A G2 Supervisor Certificate "
                   "of Competency is highly regarded\n")
    assert 'Your CV says "G2 Supervisor Certificate of Competency - not yet attempted". Do ' \
           'you hold it now?' in asked["G2 Supervisor Certificate of Competency"]


def test_a_table_laid_cv_gives_each_role_its_lines() -> None:
    """A DOCX CV laid out in one table per role ("2021 – present | Chef de Partie, ..." beside
    its duties, written without bullet marks): every duty was a detail of the first role's
    heading, the second role too, and the experience had no line to tailor."""
    experience = _experience(
        "# Sipho Ndlovu\n\n## Experience\n\n2021 – present | Chef de Partie, The Oyster Box "
        "Hotel, Umhlanga\nRun the grill section for a 160-cover restaurant\nTrain commis chefs "
        "on knife skills and plating\n\n2017 – 2021 | Commis Chef, Durban ICC Banqueting, "
        "Durban\nPrepared banquets for up to 1,200 guests\nKept HACCP temperature logs for the "
        "cold room\n")
    assert [[i.text for i in e.items] for e in experience.entries] == [
        ["Run the grill section for a 160-cover restaurant",
         "Train commis chefs on knife skills and plating"],
        ["Prepared banquets for up to 1,200 guests",
         "Kept HACCP temperature logs for the cold room"]]
    assert "Commis Chef" in experience.entries[1].heading


def test_a_singapore_ad_keeps_its_asks_and_drops_its_recruiter_lines() -> None:
    """A Changi forwarder's ad: "please send your resume stating current and expected salary",
    "EA Licence No. 12C3456" and "Able to start immediately will be an advantage" were
    requirements; "Good command of English and Mandarin to liaise with Mandarin-speaking
    associates" asked whether a languages line shows "speaking associates"."""
    job = parse_jd_text("Air Freight Manager (Export)\nKestrel Global Logistics Pte Ltd\n\nJob "
                        "Requirements:\n1. Familiar with CargoWise One\n2. Good command of "
                        "English and Mandarin to liaise with Mandarin-speaking associates\n3. "
                        "Able to start immediately will be an advantage\n\nInterested "
                        "applicants, please send your resume stating current and expected "
                        "salary. We regret only shortlisted candidates will be notified.\nEA "
                        "Licence No. 12C3456\n", VOCAB)
    texts = [r.text for r in job.requirements]
    assert texts[0] == "Familiar with CargoWise One"
    assert not any("salary" in t or "EA Licence" in t or "immediately" in t for t in texts)
    languages = next(r for r in job.requirements if "Mandarin" in r.text)
    assert {"English", "Mandarin"} <= set(languages.keywords)
    assert not {"speaking associates", "command"} & set(languages.keywords)


def test_a_place_or_a_post_is_no_body_and_minimum_names_only_a_standard() -> None:
    """Joining "X of Y" names made "State of Ohio" and "Director of Rooms" terms, and putting
    "minimum" among the stop words lost "Texas minimum standards"."""
    def keywords(text: str) -> list[str]:
        [req] = parse_jd_text(f"# X\n\n## Requirements\n\n- {text}\n", VOCAB).requirements
        return req.keywords

    assert keywords("Current, unrestricted RN license in the State of Ohio") == ["RN"]
    assert "Director of Rooms" not in keywords("Working with the Director of Rooms on revenue "
                                               "management and the department's budget")
    assert "Texas minimum standards" in keywords("You'll keep the center in full compliance "
                                                 "with Texas minimum standards")
    assert keywords("Minimum 2 years' experience in long-term care") == ["long-term care"]


def test_a_short_form_the_cv_writes_in_full_as_a_name() -> None:
    """"GWO BST and BTT certificates": the CV names them in full, as the courses are called
    ("GWO Basic Safety Training"); its capitals spell the ad's letters. Everyday words that
    happen to have those initials do not ("basic safety talks")."""
    from cvtailor.text.wordforms import named_in_full

    line = "GWO Basic Safety Training (Working at Heights, First Aid), renewed 2024"
    assert named_in_full("GWO BST", line) == "GWO Basic Safety Training"
    assert named_in_full("GWO BTT", "GWO Basic Technical Training") \
        == "GWO Basic Technical Training"
    assert named_in_full("BTT", "GWO Basic Technical Training") is None  # whose BTT?
    assert named_in_full("GWO BST", "Gave basic safety talks to new starters") is None
    assert named_in_full("GWO BST", "Basic Safety Training, renewed 2024") is None  # no GWO
    assert named_in_full("SAP", "Sent all purchase orders") is None  # a name's capitals only
