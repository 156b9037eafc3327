"""JD files as users hand them in, read by `read_document(path, "JD")`: each reader rule the
round-3 ads (tests/fixtures/ads/r3_*) needed, on a short input of its own."""

from __future__ import annotations

from pathlib import Path

from cvtailor.engines.offline.jd_parser import parse_jd_text
from cvtailor.models import JobPosting
from cvtailor.readers import read_document
from cvtailor.readers.email_jd import decode_quoted_printable, quoted_body, unescape_entities
from cvtailor.text.vocabulary import default_vocabulary

VOCAB = default_vocabulary()


def _job(tmp_path: Path, name: str, content: str) -> JobPosting:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return parse_jd_text(read_document(path, "JD").text, VOCAB)


def test_a_forwarded_email_ad_reads_as_its_quoted_body(tmp_path: Path) -> None:
    job = _job(tmp_path, "fwd.txt", (
        "---------- Forwarded message ---------\nFrom: Ann <ann@example.org>\n"
        "Subject: Fwd: Florist =E2=80=93 please share\n\nHi all, pass this on!\n\n"
        "> Florist\n> Petal &amp; Stem Ltd\n>\n> What you=E2=80=99ll do:\n"
        "> - Design bridal bouquets and table arrangem=\nents for weddings\n"
        "> - Process deliveries of fresh flowers every morning\n>\n"
        "> What we=E2=80=99re looking for:\n> - 2 years of floristry experience\n\n"
        "Thanks,\nAnn\n"))
    assert (job.title, job.company) == ("Florist", "Petal & Stem Ltd")
    texts = [r.text for r in job.requirements]
    assert "Design bridal bouquets and table arrangements for weddings" in texts
    assert "2 years of floristry experience" in texts


def test_email_artefacts_need_clear_evidence() -> None:
    assert decode_quoted_printable("a=b and x=E2=80=99 y=E2=80=93") == "a=b and x’ y–"
    assert decode_quoted_printable("Set x=E2 in the config=\n") == "Set x=E2 in the config=\n"
    assert unescape_entities("R&amp;D &#8217; &unknown; A&B") == "R&D ’ &unknown; A&B"
    text = "> a\n> b\nc\nd\ne\nf\n"
    assert quoted_body(text) == text  # two quoted lines are a quote, not the ad


def test_a_careers_page_reads_without_its_chrome_and_names_the_job_from_json_ld(
        tmp_path: Path) -> None:
    page = (
        '<!DOCTYPE html><html><head><title>Jobs</title><script type="application/ld+json">'
        '{"@context": "https://schema.org", "@graph": [{"@type": "JobPosting", "title": '
        '"Sous Chef", "hiringOrganization": {"name": "Copper Pot Bistro"}, "jobLocation": '
        '{"address": {"addressLocality": "Boise", "addressRegion": "ID"}}}]}</script></head>'
        '<body><div class="cookie-banner"><p>We use cookies on this site.</p><button>Accept'
        '</button></div><nav><ul><li>Home</li><li>Search jobs</li></ul></nav><main>'
        '<p>Open roles in our kitchens</p><h2>What you need</h2><ul>'
        '<li>Three years of line cook experience</li><li>ServSafe certification</li></ul>'
        '<button>Apply now</button></main><footer><ul><li>Privacy policy and terms</li>'
        '</ul></footer></body></html>')
    job = _job(tmp_path, "job.html", page)
    assert (job.title, job.company, job.location) == ("Sous Chef", "Copper Pot Bistro",
                                                      "Boise, ID")
    text = read_document(tmp_path / "job.html", "JD").text
    assert "cookies" not in text and "Search jobs" not in text and "Privacy" not in text
    assert "Apply now" not in text
    assert [r.text for r in job.requirements] == ["Three years of line cook experience",
                                                  "ServSafe certification"]


def test_bold_paragraph_headings_list_paragraphs_and_a_careers_line(tmp_path: Path) -> None:
    page = (
        '<html><body><div data-automation-id="header"><a href="#main">Skip to main content'
        '</a><span>Careers at Alder Transit</span></div><h2>Bus Mechanic</h2>'
        '<dl><dt>locations</dt><dd>Eugene, OR</dd></dl>'
        '<div data-automation-id="jobPostingDescription"><p><b>Essential Functions</b></p>'
        '<ul><li><p>Repair transit bus brake systems</p></li></ul>'
        '<p><strong>Bonus points:</strong></p><ul><li><p>Experience with hybrid buses</p>'
        '</li></ul></div><div data-automation-id="similarJobs"><ul><li>Lead Bus Mechanic'
        '</li></ul></div></body></html>')
    job = _job(tmp_path, "job.html", page)
    assert (job.title, job.company, job.location) == ("Bus Mechanic", "Alder Transit",
                                                      "Eugene, OR")
    by_text = {r.text: r.priority for r in job.requirements}
    assert by_text == {"Repair transit bus brake systems": "important",
                       "Experience with hybrid buses": "nice_to_have"}
