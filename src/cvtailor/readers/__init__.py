"""Formats in: files (or text) -> a `Document` the graph can take, detected by content.

CV formats: PDF (text layer), DOCX, JSON Resume, RenderCV YAML, LaTeX, HTML, Markdown, plain
text, and other JSON/YAML CV schemas (mapped generically). JD formats: text, Markdown (front
matter and template tags dropped), PDF, DOCX, JSON Resume job schema.

Binary and markup formats are converted at the boundary to a faithful Markdown-ish text
(`## ` section headings, `### ` entry headings kept verbatim, `- ` bullets) with
`format="markdown"`, which the engine's parser structures. Structured formats (JSON Resume,
RenderCV) keep their original text and a format tag; `parse_structured` maps them directly.
"""

from __future__ import annotations

import json
import re
import zipfile
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import Any

import yaml

from cvtailor.errors import InputError, parse_json
from cvtailor.models import StructuredCV

MAX_BYTES = 5 * 1024 * 1024
MAX_TEXT_CHARS = 400_000  # extracted text: a CV or JD longer than this is not a CV or JD
TEXT_SUFFIXES = {".md": "markdown", ".markdown": "markdown", ".txt": "text", ".text": "text"}
UNSUPPORTED = {".doc": "Word 97-2003 (DOC)", ".odt": "OpenDocument (ODT)", ".rtf": "RTF",
               ".pages": "Apple Pages", ".xlsx": "Excel", ".pptx": "PowerPoint",
               ".png": "an image", ".jpg": "an image", ".jpeg": "an image"}
SAVE_AS = "save it as PDF, DOCX, Markdown (.md), plain text (.txt) or JSON Resume (.json)"
JSON_RESUME_KEYS = {"basics", "work", "education", "skills", "projects", "volunteer",
                    "certificates", "awards", "publications", "languages"}
JSON_RESUME_ALL = JSON_RESUME_KEYS | {"$schema", "interests", "references", "meta"}

# Formats whose text is markup around the CV: readers turn them into Markdown for the parser.
MARKUP_FORMATS = ("latex", "html", "json", "yaml")

def is_json_resume(data: Any) -> bool:
    """JSON Resume: `basics` or `work`, or only JSON Resume's own top-level keys."""
    if not isinstance(data, dict) or not JSON_RESUME_KEYS & set(data):
        return False
    return bool({"basics", "work"} & set(data)) or set(data) <= JSON_RESUME_ALL


@dataclass(frozen=True)
class Document:
    """A CV or JD as read: its text, the format `parse_structured` expects, the file name."""

    text: str
    format: str  # markdown | text | jsonresume | rendercv (what `parse_structured` expects)
    name: str


def sniff(data: bytes) -> str:
    """What a file is, from its content alone."""
    head = data[:8]
    if data[:1024].lstrip().startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        try:
            names = set(zipfile.ZipFile(BytesIO(data)).namelist())
        except zipfile.BadZipFile:
            return "zip"
        if "word/document.xml" in names:
            return "docx"
        if "content.xml" in names:
            return "odt"
        return "zip"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "doc"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8")):
        return "image"
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "binary"
    return "text"


_YAML_START = re.compile(r"^(?:(?:#[^\n]*|[ \t]*)\n)*[A-Za-z_][\w -]*:[ \t]*(?:\n|$)")


def detect_format(text: str, suffix: str = "") -> str:
    """markdown | text | jsonresume | json | rendercv | yaml | latex | html, by content."""
    stripped = text.lstrip("\ufeff \t\r\n")
    if stripped.startswith("{"):
        try:
            data = json.loads(stripped)
        except json.JSONDecodeError:
            return "jsonresume" if suffix in ("", ".json") else "text"
        return "jsonresume" if is_json_resume(data) else "json"
    head = stripped[:4000]
    if suffix == ".tex" or "\\documentclass" in head or "\\begin{document}" in text or (
        len(re.findall(r"\\(?:section\*?|item|textbf|resume\w*)\b", text)) >= 4
    ):
        return "latex"
    if re.match(r"<(?:!doctype html|html)\b", head, re.I) or suffix in (".html", ".htm"):
        return "html"
    if suffix in (".yaml", ".yml") or _YAML_START.match(stripped):
        data = _yaml_or_none(stripped)
        if isinstance(data, dict):
            cv = data.get("cv")
            if isinstance(cv, dict) and ("sections" in cv or "name" in cv):
                return "rendercv"
            if len(data) >= 2 and any(isinstance(v, list | dict) for v in data.values()):
                return "yaml"
    if suffix in TEXT_SUFFIXES:
        return TEXT_SUFFIXES[suffix]
    if any(line.startswith("#") or line.startswith("**") for line in stripped.splitlines()[:80]):
        return "markdown"
    return "text"


def _yaml_or_none(text: str) -> Any:
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError:
        return None


def read_document(path: str | Path, kind: str = "CV") -> Document:
    """Read and validate a CV or JD file. Raises InputError with a one-line reason."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"{kind} file not found: {p}")
    if not p.is_file():
        raise InputError(f"{kind} path is not a file: {p}")
    size = p.stat().st_size
    if size == 0:
        raise InputError(f"{kind} file is empty: {p}")
    if size > MAX_BYTES:
        raise InputError(f"{kind} file is too large ({size // 1024} KB; the limit is "
                         f"{MAX_BYTES // 1024 // 1024} MB): {p}")
    return from_bytes(p.read_bytes(), name=p.name, kind=kind)


def from_bytes(data: bytes, *, name: str = "", kind: str = "CV") -> Document:
    """A Document from a file's bytes, whatever its format (detected by content)."""
    suffix = Path(name).suffix.lower()
    if len(data) > MAX_BYTES:
        raise InputError(f"{kind} is too large ({len(data) // 1024} KB; the limit is "
                         f"{MAX_BYTES // 1024 // 1024} MB): {name}")
    what = sniff(data)
    if what == "pdf":
        from cvtailor.readers.pdf import pdf_to_markdown

        return _converted(pdf_to_markdown(data, name=name, kind=kind), name, kind)
    if what == "docx":
        from cvtailor.readers.docx import docx_to_markdown

        return _converted(docx_to_markdown(data, name=name, kind=kind), name, kind)
    if what != "text" or suffix in UNSUPPORTED:
        label = {"doc": "Word 97-2003 (DOC)", "odt": "OpenDocument (ODT)", "rtf": "RTF",
                 "image": "an image", "zip": "a ZIP archive"}.get(what) or UNSUPPORTED.get(
                     suffix, "a binary file")
        raise InputError(f"{kind} file {name} is {label}, which is not supported; {SAVE_AS}")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    return from_text(text, name=name, kind=kind, suffix=suffix)


def _converted(text: str, name: str, kind: str) -> Document:
    if kind != "CV":
        from cvtailor.readers.jd import clean_jd_markdown

        text = clean_jd_markdown(text)
    return Document(text=text, format="markdown", name=name)


def from_text(text: str, *, name: str = "", kind: str = "CV", suffix: str = "") -> Document:
    """A Document from text: a JD cleaned, a CV's format detected and markup converted to
    Markdown. Raises InputError when the text is empty or too long."""
    if not text.strip():
        raise InputError(f"{kind} is empty{': ' + name if name else ''}")
    if len(text) > MAX_TEXT_CHARS:
        raise InputError(f"{kind} is too long ({len(text)} characters; the limit is "
                         f"{MAX_TEXT_CHARS}){': ' + name if name else ''}")
    if kind != "CV":
        from cvtailor.readers.jd import jd_text

        out, fmt = jd_text(text, name=name, suffix=suffix)
        return Document(text=out, format=fmt, name=name)
    fmt = detect_format(text, suffix)
    if fmt == "jsonresume":
        load_json_resume(text, name)  # validate early: a clear error beats a failed run
        return Document(text=text, format=fmt, name=name)
    if fmt == "rendercv":
        from cvtailor.readers.rendercv import load_rendercv

        load_rendercv(text, name)
        return Document(text=text, format=fmt, name=name)
    if fmt in MARKUP_FORMATS:
        return Document(text=to_markdown(text, fmt, name), format="markdown", name=name)
    return Document(text=text, format=fmt, name=name)


def to_markdown(text: str, fmt: str, name: str = "") -> str:
    """Markup and unknown structured CV formats -> the Markdown-ish text the parser reads."""
    if fmt == "latex":
        from cvtailor.readers.latex import latex_to_markdown

        out = latex_to_markdown(text)
    elif fmt == "html":
        from cvtailor.readers.html import html_to_markdown

        out = html_to_markdown(text)
    else:
        from cvtailor.readers.generic import structured_to_markdown

        data = _load_json(text, name) if fmt == "json" else _yaml_or_none(text)
        out = structured_to_markdown(data)
    if not out.strip():
        raise InputError(f"CV {name or fmt} has no readable text")
    return out


def _load_json(text: str, name: str = "") -> Any:
    return parse_json(text, f"CV {name or 'text'}")


def load_json_resume(text: str, name: str = "") -> dict[str, Any]:
    """The parsed JSON Resume; InputError when it is not JSON or not a JSON Resume."""
    data: dict[str, Any] = _load_json(text, name)
    if not is_json_resume(data):
        raise InputError(f"CV {name or 'JSON'} is not a JSON Resume (no basics/work/education)")
    return data


def parse_structured(text: str, fmt: str) -> StructuredCV | None:
    """A StructuredCV for the structured formats (JSON Resume, RenderCV), mapped field by
    field; None for free text (Markdown, plain text), which the parse node's engine parses.
    Markup (`MARKUP_FORMATS`) is turned into Markdown first with `to_markdown`."""
    if fmt == "jsonresume":
        from cvtailor.readers.jsonresume import json_resume_to_cv

        return json_resume_to_cv(load_json_resume(text))
    if fmt == "rendercv":
        from cvtailor.readers.rendercv import load_rendercv, rendercv_to_cv

        return rendercv_to_cv(load_rendercv(text))
    return None


__all__ = ["MARKUP_FORMATS", "Document", "detect_format", "from_bytes", "from_text",
           "parse_structured", "read_document", "sniff", "to_markdown"]
