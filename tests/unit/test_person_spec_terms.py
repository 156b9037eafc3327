"""Terms of an NHS person specification and a trade ad's conditions: "The post holder will
manage a complex caseload" asked about "post holder"; "... service development and audit
programme" gave a requirement "Audit programme" of its own (a noun read as a verb); "access to
a vehicle" gave "access" (matched on a home-visit line about bathroom access) and "vehicle";
"Gas fitter ticket (Class B)" gave "Class"."""

from cvtailor.engines.offline.jd_parser import parse_jd_text
from cvtailor.text.vocabulary import default_vocabulary

AD = """Band 6 Occupational Therapist
Northamptonshire Healthcare NHS Foundation Trust

Main duties of the job
The post holder will manage a complex caseload, complete standardised assessments, and set goals with patients and families. You will provide clinical supervision to Band 5 staff and students, and contribute to the team's service development and audit programme. The role includes prescribing equipment and minor adaptations and liaising with social care.

Person specification
Essential: Full UK driving licence and access to a vehicle
Desirable: A clean driving licence and your own car
"""


def _reqs():  # type: ignore[no-untyped-def]
    return parse_jd_text(AD, default_vocabulary()).requirements


def test_the_post_holder_is_no_term() -> None:
    reqs = _reqs()
    assert any(r.text == "Manage a complex caseload" for r in reqs), [r.text for r in reqs]
    assert not any("post holder" in k.lower() for r in reqs for k in r.keywords)


def test_a_noun_after_and_is_no_duty_of_its_own() -> None:
    reqs = _reqs()
    assert not any(r.text.lower().startswith("audit programme") for r in reqs)
    both = [r for r in reqs if "audit programme" in r.keywords]
    assert both and "service development" in both[0].keywords


def test_two_duties_the_role_includes() -> None:
    texts = [r.text for r in _reqs()]
    assert "Prescribing equipment and minor adaptations" in texts, texts
    assert "Liaising with social care" in texts, texts


def test_how_the_person_gets_there_is_one_term() -> None:
    keywords = [k for r in _reqs() for k in r.keywords]
    assert "access to a vehicle" in keywords and "own car" in keywords, keywords
    assert not {"access", "vehicle", "car", "your own car"} & set(keywords)


def test_a_grade_word_alone_is_no_term() -> None:
    job = parse_jd_text("Qualifications:\n- Gas fitter ticket (Class B) is an asset\n",
                        default_vocabulary())
    keywords = [k for r in job.requirements for k in r.keywords]
    assert "Gas fitter ticket" in keywords and "Class" not in keywords, keywords


def test_a_licence_named_with_its_country_is_asked_about_the_cvs_licence() -> None:
    """"Full UK driving licence" and a CV's "Driving licence": the line is quoted in a confirm
    question (a candidate), never taken for it, and never "Your CV does not mention it"."""
    from cvtailor.engines.offline.cv_parser import parse_cv_text
    from cvtailor.research.evidence import find_evidence

    cv = parse_cv_text("# Priya Raman\n\n## Skills\nFalls prevention · SystmOne · "
                       "Driving licence\n")
    job = parse_jd_text("Person specification\nEssential: Full UK driving licence\n",
                        default_vocabulary())
    req = next(r for r in job.requirements if "UK driving licence" in r.keywords)
    found = find_evidence(cv, job, default_vocabulary())[req.id]
    assert found and all(e.via == "semantic" and not e.term for e in found), found
