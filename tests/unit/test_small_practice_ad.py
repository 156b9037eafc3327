"""A small practice's ad written as prose, the way vets, dentists and salons post them: the
header line carries the hours, the employer's line its town, and the asks are sentences
("We'd like someone who ...", "... is helpful but not essential")."""

from __future__ import annotations

from cvtailor.engines.offline.jd_parser import parse_jd_text
from cvtailor.research.similarity import names_the_role
from cvtailor.text.vocabulary import default_vocabulary

AD = """Registered Veterinary Nurse – Full Time
Glenview Vets, Perth

We're a busy three-vet small animal practice, and we're looking for an RVN to join our team.

Day to day you'll be running our nurse clinics and monitoring anaesthetics for routine
neutering. We'd like someone who is confident explaining aftercare and medication to owners.

You must be on the RCVS register. We use RxWorks, so experience of it is helpful but not
essential, and we'll train you.
"""


def test_the_hours_after_a_title_and_the_town_after_an_employer_are_neither() -> None:
    job = parse_jd_text(AD, default_vocabulary())
    assert (job.title, job.company, job.location) == (
        "Registered Veterinary Nurse", "Glenview Vets", "Perth")
    job = parse_jd_text("Registered Veterinary Nurse - Part-time, Permanent\nGlenview Vets, "
                        "Perth, Scotland\n\nWe're a busy practice.\n", default_vocabulary())
    assert (job.title, job.location) == ("Registered Veterinary Nurse", "Perth, Scotland")
    # a title's own last part stays ("Head of Operations - North")
    job = parse_jd_text("Head of Operations - North\nAcme Foods\n\nWe make soup.\n",
                        default_vocabulary())
    assert job.title == "Head of Operations - North"


def test_someone_the_ad_would_like_and_what_helps_are_asked_for() -> None:
    job = parse_jd_text(AD, default_vocabulary())
    by_text = {r.text: r for r in job.requirements}
    aftercare = next(r for t, r in by_text.items() if "aftercare" in t)
    assert aftercare.priority == "important" and "explaining aftercare" in aftercare.keywords
    rxworks = next(r for t, r in by_text.items() if "RxWorks" in t)
    assert rxworks.priority == "nice_to_have" and rxworks.keywords == ["RxWorks"]
    job = parse_jd_text("Someone confident explaining aftercare to owners would suit us.\n"
                        "Experience of RxWorks is helpful but not essential.\n",
                        default_vocabulary())
    assert [r.priority for r in job.requirements] == ["important", "nice_to_have"]


def test_the_role_as_a_nouns_modifier_is_no_one_else() -> None:
    """"Run my own nurse consultations" for a veterinary nurse: the person's own clinics, not
    the job's role named as someone else (whose line decides nothing)."""
    title = "Registered Veterinary Nurse"
    assert not names_the_role("nurse clinics", title, "Run my own nurse consultations")
    assert names_the_role("nurse clinics", title, "Set up clinics when the nurse was away")
