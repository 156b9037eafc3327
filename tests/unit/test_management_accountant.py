"""What trying the tool as a job seeker found, on a CV and an ad outside every labelled set: a
Manchester assistant accountant to a management accountant ("Coach junior accountants",
"Submit VAT returns under Making Tax Digital"). Each test failed on the code before the fix."""

from __future__ import annotations

from cvtailor.text.jd_terms import key_phrases


def test_a_duty_led_by_what_it_does_to_people_names_the_verb_and_the_people() -> None:
    """"Coach junior accountants" was one term, and the person was told "Your CV does not
    mention coach junior accountants"."""
    assert key_phrases("Coach junior accountants", duty=True) == ["Coach", "junior accountants"]
    assert key_phrases("Mentor junior engineers", duty=True) == ["Mentor", "junior engineers"]


def test_a_programmes_name_is_kept_whole() -> None:
    """"Making Tax Digital" (HMRC's programme) lost its first word as a verb: "Your CV does
    not mention Tax Digital"."""
    assert "Making Tax Digital" in key_phrases("Submit VAT returns under Making Tax Digital",
                                               duty=True)
