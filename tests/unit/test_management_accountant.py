"""What trying the tool as a job seeker found, on a CV and an ad outside every labelled set: a
Manchester assistant accountant to a management accountant ("Coach junior accountants",
"Submit VAT returns under Making Tax Digital"). Each test failed on the code before the fix."""

from __future__ import annotations

from cvtailor.text.jd_terms import key_phrases


def test_a_duty_led_by_its_skill_verb_is_asked_about_as_an_activity() -> None:
    """"Coach junior accountants" was asked "Your CV does not mention coach junior
    accountants"; it is "coaching junior accountants"."""
    from cvtailor.research.evidence import _in_prose
    from cvtailor.text.vocabulary import default_vocabulary

    assert _in_prose("Coach junior accountants", "Coach junior accountants",
                     default_vocabulary()) == "coaching junior accountants"


def test_a_programmes_name_is_kept_whole() -> None:
    """"Making Tax Digital" (HMRC's programme) lost its first word as a verb: "Your CV does
    not mention Tax Digital"."""
    assert "Making Tax Digital" in key_phrases("Submit VAT returns under Making Tax Digital",
                                               duty=True)


def test_a_duty_led_by_its_skill_verb_leads_a_line_as_an_activity() -> None:
    """The line read "Coach junior accountants: trained 4 new accounts assistants ...", an
    order to the reader."""
    from cvtailor.engines.offline.writer import attest

    line = "Trained 4 new accounts assistants on the purchase ledger"
    assert attest(line, "Coach junior accountants") == (
        "Coaching junior accountants: trained 4 new accounts assistants on the purchase ledger")


def test_a_duty_of_two_verbs_is_asked_about_as_two_activities() -> None:
    from cvtailor.research.evidence import _in_prose
    from cvtailor.text.vocabulary import default_vocabulary

    assert _in_prose("Train and support new team members", "Train and support new team members",
                     default_vocabulary()) == "training and supporting new team members"


def test_a_verb_that_opens_the_requirement_is_asked_about_as_an_activity() -> None:
    """"Does ... show Supervise?": the verb kept the capital it had only for opening the
    requirement."""
    from cvtailor.research.evidence import _in_prose
    from cvtailor.text.vocabulary import default_vocabulary

    asked = "Supervise a team of three groomers and two bathers, including scheduling"
    assert _in_prose("Supervise", asked, default_vocabulary()) \
        == "supervising a team of three groomers"
