"""Found trying the tool on a Cardiff second-line support engineer's CV and a Welsh schools
trust's IT support team leader ad (prose), written before running anything. The test failed on
the code before the fix."""

from __future__ import annotations

from cvtailor.engines.offline.jd_parser import parse_jd_text
from cvtailor.text.vocabulary import default_vocabulary


def test_an_item_with_its_own_lead_does_not_take_the_lists() -> None:
    """"... experience in second line support and some experience of leading or supervising
    others" gave "You will have at least three years' experience in some experience of ..."."""
    job = parse_jd_text("# IT Support Team Leader\n\n**Severn Valley Schools Trust** · Newport"
                        "\n\n## About you\n\nYou will have at least three years' experience in "
                        "second line support and some experience of leading or supervising "
                        "others.\n", default_vocabulary())
    assert [r.text for r in job.requirements] == [
        "You will have at least three years' experience in second line support",
        "Some experience of leading or supervising others"]


def test_the_tail_of_the_employers_story_is_no_location() -> None:
    """Found on a development set's ad (blind22's stage manager): the location was "and tours
    2 productions a year around regional Aotearoa. We make ..."."""
    job = parse_jd_text(
        "# Stage Manager\n\n**Waitematā Playhouse Trust** · Tāmaki Makaurau Auckland · "
        "Permanent, full-time\n\nWaitematā Playhouse is a charitable trust that runs a 420-seat "
        "mainstage in Auckland's city centre, and tours 2 productions a year around regional "
        "Aotearoa. We make new New Zealand plays.\n\nWe're looking for a Stage Manager to run "
        "our productions from the first rehearsal to closing night.\n", default_vocabulary())
    assert "tours" not in job.location and len(job.location.split()) <= 8
