"""What trying the tool as a job seeker found, on a CV and an ad outside every labelled set: a
Bengaluru payroll executive (a two-column PDF CV, contact and skills in a sidebar) to a payroll
lead (an Indian careers page saved as HTML). Each test failed on the code before the fix."""

from __future__ import annotations

from cvtailor.engines.offline.jd_parser import parse_jd_text
from cvtailor.readers.textlayout import lines_to_markdown
from cvtailor.text.vocabulary import default_vocabulary
from cvtailor.text.wordforms import phrase_in, phrase_near

VOCAB = default_vocabulary()


def test_a_phone_number_with_its_country_code_is_no_bullet() -> None:
    """"+91 98450 12345" came out as the bullet "- 91 98450 12345"."""
    text = lines_to_markdown([("Kavya Nagaraj", 18, 200), ("Bengaluru, Karnataka", 10, 20),
                              ("+91 98450 12345", 10, 20), ("- Runs payroll", 10, 20),
                              ("-5% late filings year on year", 10, 20)])
    assert "+91 98450 12345" in text and "- 91" not in text
    assert "- Runs payroll" in text and "-5% late filings" in text


def test_a_sidebar_read_first_leaves_the_headline_under_the_name() -> None:
    """The sidebar came first, so the name (moved to the top) left its headline "Payroll
    Executive" behind, and it was joined onto the sidebar's last line ("Pursuing CA Intermediate
    (Group 1 cleared, 2024) Payroll Executive")."""
    sidebar = [("CONTACT", 12, 20), ("Bengaluru, Karnataka", 10, 20), ("EDUCATION", 12, 20),
               ("B.Com, Bangalore University, 2016", 10, 20),
               ("Pursuing CA Intermediate (Group 1 cleared, 2024)", 10, 20)]
    main = [("Kavya Nagaraj", 18, 200), ("Payroll Executive", 10, 200), ("PROFILE", 12, 200),
            ("Payroll executive with seven years running monthly payroll.", 10, 200)]
    text = lines_to_markdown(sidebar + main)
    assert text.startswith("# Kavya Nagaraj\n\nPayroll Executive\n")
    assert "Pursuing CA Intermediate (Group 1 cleared, 2024)\n" in text


def test_a_code_with_a_number_is_part_of_the_term() -> None:
    """"24Q returns" (India's quarterly TDS return) was evidenced by "File PF, ESI and
    professional tax returns" and put in Key Qualifications: the code was skipped as a number
    is not."""
    line = "File PF, ESI and professional tax returns and reconcile challans"
    assert not phrase_near("24Q returns", line) and not phrase_in("24Q returns", line)
    assert phrase_near("24Q returns", "File the quarterly 24Q returns for 1,400 staff")
    assert not phrase_near("ASE C1 certification", "ASE A5 certification, 2019")


def test_a_two_word_place_qualifies_a_practice_whole_and_fee_warnings_ask_nothing() -> None:
    """"Support our Sri Lanka payroll" gave the term "Lanka payroll", and Indian ads' warning
    "We do not charge any fee at any stage of the recruitment process" was a requirement."""
    job = parse_jd_text("# Payroll Lead\n\n## Responsibilities\n\n- Support our Sri Lanka "
                        "payroll through a vendor\n- Own the monthly payroll cycle\n\nWe do not "
                        "charge any fee at any stage of the recruitment process.\n", VOCAB)
    assert job.requirements[0].keywords[0] == "Sri Lanka payroll"
    assert not any("fee" in r.text for r in job.requirements)
