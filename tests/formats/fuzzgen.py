"""Hypothesis strategies for every reader's input, and the contract every reader keeps: a
Document, or one InputError line that names the file and the reason (never another exception,
never a generic message). Shared by tests/formats/test_fuzz.py and
tests/benchmarks/fuzz_readers.py."""

from __future__ import annotations

import json
import re
from typing import Any

import yaml
from hypothesis import strategies as st

from tests.formats import hostile

JSON_RESUME_KEYS = ["basics", "work", "education", "skills", "projects", "volunteer",
                    "certificates", "awards", "publications", "languages", "interests",
                    "references", "meta", "$schema"]
FIELDS = ["name", "label", "email", "summary", "location", "profiles", "position", "highlights",
          "startDate", "endDate", "keywords", "courses", "score", "institution", "area",
          "studyType", "cvtailor", "sections", "entries", "items", "details", "kind", "heading",
          "x-contact", "url", "network", "username", "company", "date", "authors", "bullet",
          "label", "number", "doi", "social_networks", "reversed_number"]
WORDS = ["Python", "Kubernetes expert", "2019", "Present", "**bold**", "*", "_", "[x](y)",
         "<!--", "-->", "{%", "%}", "{{", "\\section{", "\\item", "## Experience", "- ", "\n",
         "\t", "\x00", "\ufeff", "é", "·", "|", "&", "%", "\\", "{", "}", "#", ":", "---"]

scalars = st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**6),
                    st.floats(allow_nan=False, allow_infinity=False), st.text(max_size=30),
                    st.sampled_from(WORDS))
json_values = st.recursive(
    scalars, lambda inner: st.one_of(
        st.lists(inner, max_size=5),
        st.dictionaries(st.one_of(st.sampled_from(FIELDS), st.text(max_size=8)), inner,
                        max_size=5)),
    max_leaves=40)
markupy = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=12)), max_size=60).map(
    "".join)


@st.composite
def json_resume(draw: Any) -> bytes:
    keys = draw(st.lists(st.sampled_from(JSON_RESUME_KEYS), min_size=1, max_size=6, unique=True))
    if not {"basics", "work"} & set(keys):
        keys.append(draw(st.sampled_from(["basics", "work"])))
    data = {k: draw(json_values) for k in keys}
    return json.dumps(data).encode()


@st.composite
def rendercv(draw: Any) -> bytes:
    cv = {"name": draw(scalars), "sections": draw(json_values)}
    for k in draw(st.lists(st.sampled_from(FIELDS), max_size=4)):
        cv[k] = draw(json_values)
    text = yaml.safe_dump({"cv": cv}, allow_unicode=True)
    if draw(st.booleans()):  # corrupt it: YAML syntax in odd places
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.sampled_from(["*", "&a ", "*a", "- ", ": ", "{", "[", "!!python/object ", "\t"])) + text[at:]
    return text.encode()


@st.composite
def generic_structured(draw: Any) -> bytes:
    data = draw(st.dictionaries(st.sampled_from([*FIELDS, "experience", "education", "cv"]),
                                json_values, min_size=2, max_size=6))
    if draw(st.booleans()):
        return json.dumps(data).encode()
    return yaml.safe_dump(data, allow_unicode=True).encode()


@st.composite
def text_like(draw: Any) -> bytes:
    head = draw(st.sampled_from(["", "# Jane Doe\n\n", "<html><body>", "\\documentclass{article}"
                                 "\\begin{document}", "---\ntitle: x\n---\n", "{", "cv:\n"]))
    body = draw(markupy)
    enc = draw(st.sampled_from(["utf-8", "utf-8", "utf-16", "utf-32", "latin-1"]))
    return (head + body).encode(enc, "replace")


_RUN_PROPS = [b"", b"<w:b/>", b"<w:vanish/>", b'<w:color w:val="FFFFFF"/>', b'<w:sz w:val="4"/>',
              b"<w:i/>", b'<w:color w:val="zz"/>', b'<w:sz w:val="x"/>']


CV_WORDS = ["Ana", "Ferreira", "Staff", "Platform", "Engineer", "Norte", "Logistics", "Ran",
            "Kubernetes", "clusters", "2019", "–", "Present", "Experience", "Education", "Skills",
            "Python", "built", "pipelines", "with", "the", "team", "PhD", "10", "years"]
cv_line = st.lists(st.sampled_from(CV_WORDS), min_size=3, max_size=12).map(" ".join)


@st.composite
def docx(draw: Any) -> bytes:
    base = [hostile.para(draw(cv_line), draw(st.sampled_from(_RUN_PROPS)),
                         draw(st.sampled_from(["", "Heading1", "Title", "ListBullet"])))
            for _ in range(draw(st.integers(0, 12)))]
    paras = base + [hostile.para(draw(st.text(max_size=40)).replace("\x00", ""),
                          draw(st.sampled_from(_RUN_PROPS)),
                          draw(st.sampled_from(["", "Heading1", "Title", "ListBullet", "x"])))
             for _ in range(draw(st.integers(0, 30)))]
    data = hostile.docx_of_paragraphs(paras)
    if draw(st.booleans()):  # flip bytes: a damaged archive or XML
        raw = bytearray(data)
        for _ in range(draw(st.integers(1, 8))):
            raw[draw(st.integers(0, len(raw) - 1))] = draw(st.integers(0, 255))
        data = bytes(raw)
    return data


_OPS = ["BT", "ET", "q", "Q", "Tj", "TJ", "Td", "Tm", "Tf", "rg", "g", "k", "Tr", "cm", "re",
        "f", "'", "\"", "T*", "Do", "sc", "scn", "BI", "ID", "EI"]
_OPERANDS = ["0", "1", "-1", "0.5", "1e9", "(Text)", "(", ")", "<4142>", "[(a) -20 (b)]",
             "/F1", "/F9", "72 700", "12", "1 1 1", "[", "]", "<<", ">>", "3"]


@st.composite
def pdf(draw: Any) -> bytes:
    pages = []
    for _ in range(draw(st.integers(1, 3))):
        text = [f"{draw(st.sampled_from(['0 g', '1 1 1 rg', '0.5 g', '3 Tr', '0 Tr', '/F1 2 Tf', '/F1 11 Tf']))} 72 {700 - 14 * n} Td ({draw(cv_line)}) Tj"
                for n in range(draw(st.integers(0, 12)))]
        garbage = draw(st.sampled_from([0, 0, 5, 40]))  # half the pages are well-formed
        ops = [[*draw(st.lists(st.sampled_from(_OPERANDS), max_size=4)),
                draw(st.sampled_from(_OPS))] for _ in range(garbage)]
        body = " ".join(" ".join(o) for o in ops)
        pages.append(("BT /F1 11 Tf " + " ".join(text) + " ET " + body).encode())
    data = hostile.pdf_from_content(pages)
    if draw(st.booleans()):
        raw = bytearray(data)
        for _ in range(draw(st.integers(1, 6))):
            raw[draw(st.integers(9, len(raw) - 1))] = draw(st.integers(0, 255))
        data = bytes(raw)
    return data


READERS: dict[str, tuple[Any, str, str]] = {
    # reader: (strategy, file name, kind)
    "jsonresume": (json_resume(), "cv.json", "CV"),
    "rendercv": (rendercv(), "cv.yaml", "CV"),
    "generic": (generic_structured(), "cv.txt", "CV"),
    "text": (text_like(), "cv.md", "CV"),
    "jd_text": (text_like(), "jd.md", "JD"),
    "docx": (docx(), "cv.docx", "CV"),
    "pdf": (pdf(), "cv.pdf", "CV"),
}

GENERIC = re.compile(r"unknown error|\b\w+(?:Error|Exception)\b:|^error:|Traceback")


def read(data: bytes, name: str, kind: str) -> tuple[str, str]:
    """Read as the CLI does (and map a structured CV, which is the reader's job too):
    ("ok", "") or ("input_error" | "generic", message). Any other exception propagates."""
    from cvtailor.errors import InputError
    from cvtailor.readers import ReaderFailure, from_bytes, parse_structured

    try:
        doc = from_bytes(data, name=name, kind=kind)
        if kind == "CV":
            parse_structured(doc.text, doc.format)
    except ReaderFailure as exc:
        return "generic", str(exc)
    except InputError as exc:
        msg = str(exc)
        bad = "\n" in msg or GENERIC.search(msg) or name not in msg
        return ("generic" if bad else "input_error"), msg
    return "ok", ""
