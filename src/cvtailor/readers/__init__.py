"""Formats in: files (or text) -> a `Document` the graph can take, detected by content.

Structured formats (JSON Resume) map straight into a StructuredCV; free text (Markdown, plain
text) is parsed by the engine in the `parse_cv` node.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from cvtailor.errors import InputError
from cvtailor.models import StructuredCV

MAX_BYTES = 5 * 1024 * 1024
TEXT_SUFFIXES = {".md": "markdown", ".markdown": "markdown", ".txt": "text", ".text": "text",
                 ".json": "jsonresume", "": "text"}
LATER = {".pdf": "PDF", ".docx": "Word (DOCX)", ".doc": "Word (DOC)", ".odt": "OpenDocument",
         ".rtf": "RTF", ".tex": "LaTeX", ".yaml": "YAML", ".yml": "YAML", ".html": "HTML"}


@dataclass(frozen=True)
class Document:
    text: str
    format: str  # markdown | text | jsonresume
    name: str


def detect_format(text: str, suffix: str = "") -> str:
    stripped = text.lstrip()
    if stripped.startswith("{"):
        return "jsonresume"
    if suffix in TEXT_SUFFIXES and TEXT_SUFFIXES[suffix] != "jsonresume":
        return TEXT_SUFFIXES[suffix]
    if any(line.startswith("#") or line.startswith("**") for line in stripped.splitlines()[:80]):
        return "markdown"
    return "text"


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
    data = p.read_bytes()
    suffix = p.suffix.lower()
    if data.startswith(b"%PDF") or data.startswith(b"PK\x03\x04") or suffix in LATER:
        what = "PDF" if data.startswith(b"%PDF") else LATER.get(suffix, "Word (DOCX)")
        raise InputError(
            f"{kind} format {what} is not supported yet ({p.name}); save it as Markdown (.md), "
            "plain text (.txt) or JSON Resume (.json)"
        )
    if b"\x00" in data[:4096]:
        raise InputError(f"{kind} file is not a text file: {p}")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    return from_text(text, name=p.name, kind=kind, suffix=suffix)


def from_text(text: str, *, name: str = "", kind: str = "CV", suffix: str = "") -> Document:
    if not text.strip():
        raise InputError(f"{kind} is empty{': ' + name if name else ''}")
    fmt = detect_format(text, suffix)
    if fmt == "jsonresume":
        if kind != "CV":
            fmt = "text"
        else:
            load_json_resume(text, name)  # validate early: a clear error beats a failed run
    return Document(text=text, format=fmt, name=name)


def load_json_resume(text: str, name: str = "") -> dict:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"CV {name or 'text'} is not valid JSON: {exc.msg} at line "
                         f"{exc.lineno}") from None
    if not isinstance(data, dict) or not ({"basics", "work", "education", "skills"} & set(data)):
        raise InputError(f"CV {name or 'JSON'} is not a JSON Resume (no basics/work/education)")
    return data


def parse_structured(text: str, fmt: str) -> StructuredCV | None:
    """A StructuredCV for structured formats; None means 'free text, let the engine parse'."""
    if fmt == "jsonresume":
        from cvtailor.readers.jsonresume import json_resume_to_cv

        return json_resume_to_cv(load_json_resume(text))
    return None


__all__ = ["Document", "detect_format", "from_text", "parse_structured", "read_document"]
