"""Fuzz every reader (hypothesis): whatever the bytes, a Document or one InputError line
naming the file and the reason, in bounded time. Hostile files built here (billion laughs,
zip bomb, unclosed comment, deep LaTeX, UTF-16/32, 200k PDF operators) each end in one clean
line, quickly and without memory blow-up. The long run is tests/benchmarks/fuzz_readers.py."""

from __future__ import annotations

import resource
import time

import pytest
from hypothesis import HealthCheck, given, settings

from cvtailor.errors import InputError
from cvtailor.readers import from_bytes
from tests.formats import hostile
from tests.formats.conftest import CV_MD
from tests.formats.fuzzgen import READERS, read

EXAMPLES = {"pdf": 15, "docx": 60}  # PDFs are read in a child process (~0.3 s each)


def _fuzz(reader: str) -> None:
    strategy, name, kind = READERS[reader]

    @settings(max_examples=EXAMPLES.get(reader, 100), deadline=10_000, database=None,
              suppress_health_check=list(HealthCheck))
    @given(strategy)
    def run(data: bytes) -> None:
        outcome, message = read(data, name, kind)
        assert outcome != "generic", message

    run()


@pytest.mark.parametrize("reader", sorted(READERS))
def test_reader_fuzz(reader: str) -> None:
    _fuzz(reader)


@pytest.mark.parametrize("data", [b'{"basics": true}', b'{"work": [1, "x", null]}',
                                  b'{"basics": {"profiles": "x", "location": 3}}',
                                  b'{"basics": {}, "meta": {"cvtailor": {"sections": [1, {"entries": 2}]}}}'])
def test_json_resume_wrong_types_are_missing_not_a_crash(data: bytes) -> None:
    assert read(data, "cv.json", "CV")[0] in ("ok", "input_error")


def test_rendercv_wrong_types_are_missing_not_a_crash() -> None:
    for text in ("cv:\n  name: A\n  sections: true\n", "cv:\n  sections:\n    x: [1, true, {highlights: 3}]\n"):
        assert read(text.encode(), "cv.yaml", "CV")[0] in ("ok", "input_error")


def _bounded(data: bytes, name: str, kind: str = "CV", seconds: float = 10.0) -> str:
    """One clean line (or a Document) within `seconds`, and < 300 MB more peak memory."""
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.monotonic()
    try:
        from_bytes(data, name=name, kind=kind)
        message = ""
    except InputError as exc:
        message = str(exc)
    assert time.monotonic() - start < seconds
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 300 * 1024
    assert "\n" not in message
    return message


def test_billion_laughs_is_refused() -> None:
    assert "cannot be read safely" in _bounded(hostile.billion_laughs(), "cv.yaml")


def test_zip_bomb_docx_is_refused_before_unpacking() -> None:
    assert "zip bomb" in _bounded(hostile.zip_bomb_docx(200), "cv.docx")


def test_docx_with_150k_paragraphs_is_refused() -> None:
    assert "paragraphs; the limit" in _bounded(hostile.docx_many_bullets(150_000), "cv.docx")


def test_unclosed_comment_and_template_tags_do_not_hang() -> None:
    _bounded(hostile.unclosed_comment_jd(), "jd.md", "JD", seconds=5)
    _bounded(hostile.unclosed_template_jd(), "jd.md", "JD", seconds=5)


def test_deep_latex_is_one_line_not_recursion_error() -> None:
    assert "nested" in _bounded(hostile.deep_latex(20_000), "cv.tex")


def test_pdf_with_200k_operators_is_one_line() -> None:
    assert "cv.pdf" in _bounded(hostile.pdf_many_operators(), "cv.pdf", seconds=60)


def test_random_bytes_named_pdf_say_no_pdf_header() -> None:
    import random

    data = bytes(random.Random(1).randrange(256) for _ in range(5000))
    assert "cv.pdf is not a valid PDF: no %PDF header" in _bounded(data, "cv.pdf")


def test_stars_rendercv_is_read_quickly() -> None:
    _bounded(hostile.rendercv_stars(), "cv.yaml")
    _bounded(hostile.rendercv_star_lines(), "cv.yaml")


@pytest.mark.parametrize("encode", [
    lambda t: hostile.utf16_cv(t), lambda t: hostile.utf16_cv(t, bom=False),
    lambda t: hostile.utf16_cv(t, big=True), lambda t: hostile.utf16_cv(t, bom=False, big=True),
    lambda t: hostile.utf32_cv(t), lambda t: hostile.utf32_cv(t, bom=False)])
def test_utf16_and_utf32_decode_without_nuls(encode: object) -> None:
    doc = from_bytes(encode(CV_MD), name="cv.md")  # type: ignore[operator]
    assert "\x00" not in doc.text and "Norte Logistics" in doc.text


def test_docx_with_a_huge_table_is_refused() -> None:
    from tests.formats.hostile import W, _docx_zip

    rows = b"".join(b"<w:tr><w:tc><w:p><w:r><w:t>row %d</w:t></w:r></w:p></w:tc></w:tr>" % n
                    for n in range(20_000))
    data = _docx_zip(b'<?xml version="1.0"?><w:document ' + W + b"><w:body><w:tbl>" + rows
                     + b"</w:tbl></w:body></w:document>")
    assert "table cells; the limit" in _bounded(data, "cv.docx", seconds=5)
