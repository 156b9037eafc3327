"""Formats in: files (or text) -> a `Document` the graph can take, detected by content.

CV formats: PDF (text layer), DOCX, JSON Resume, RenderCV YAML, LaTeX, HTML, Markdown, plain
text, and other JSON/YAML CV schemas (mapped generically). JD formats: text, Markdown (front
matter and template tags dropped), HTML, a saved email (.eml: its message), PDF, DOCX,
JSON Resume job schema.

Binary and markup formats are converted at the boundary to a faithful Markdown-ish text
(`## ` section headings, `### ` entry headings kept verbatim, `- ` bullets) with
`format="markdown"`, which the engine's parser structures. Structured formats (JSON Resume,
RenderCV) keep their original text and a format tag; `parse_structured` maps them directly.
"""

from __future__ import annotations

import json
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import Any, TypeVar

import yaml

from cvtailor.errors import InputError, parse_json
from cvtailor.models import StructuredCV

MAX_BYTES = 5 * 1024 * 1024
MAX_TEXT_CHARS = 400_000  # extracted text: a CV or JD longer than this is not a CV or JD
MAX_RAW_CHARS = MAX_BYTES  # a JD's text before its boilerplate is trimmed
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
    # What the reader left out or doubts (hidden text, dropped boilerplate), values masked.
    warnings: tuple[str, ...] = ()


def sniff(data: bytes) -> str:
    """What a file is, from its content alone."""
    head = data[:8]
    if data[:1024].lstrip().startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        try:
            names = set(zipfile.ZipFile(BytesIO(data)).namelist())
        except (zipfile.BadZipFile, ValueError, OSError, EOFError, NotImplementedError):
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
    if b"\x00" in data[:4096] and wide_encoding(data) is None:
        return "binary"
    return "text"


_BOMS = ((b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xff\xfe\x00\x00", "utf-32-le"),
         (b"\xef\xbb\xbf", "utf-8-sig"), (b"\xfe\xff", "utf-16-be"), (b"\xff\xfe", "utf-16-le"))


def wide_encoding(data: bytes) -> str | None:
    """UTF-16/32 (LE/BE) from a byte-order mark, or from where the NUL bytes of mostly-ASCII
    text fall; None for anything else (UTF-8, Latin-1, binary)."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return None if enc == "utf-8-sig" else enc
    head = data[:4096]
    for width, enc_le, enc_be in ((4, "utf-32-le", "utf-32-be"), (2, "utf-16-le", "utf-16-be")):
        n = len(head) - len(head) % width
        if n < width * 2:
            continue
        units = [head[i:i + width] for i in range(0, n, width)]
        le = sum(1 for u in units if u[0] and not any(u[1:]))
        be = sum(1 for u in units if u[-1] and not any(u[:-1]))
        if le >= 0.9 * len(units):
            return enc_le
        if be >= 0.9 * len(units):
            return enc_be
    return None


def decode_text(data: bytes, *, name: str = "", kind: str = "CV") -> str:
    """A text file's bytes as text: UTF-8 (with or without BOM), UTF-16/32 (BOM or NUL pattern),
    else Latin-1; InputError for bytes that are not text (random or binary data)."""
    wide = wide_encoding(data)
    if wide:
        try:
            return data.decode(wide).lstrip("\ufeff")
        except UnicodeDecodeError:
            raise InputError(f"{kind} file {name} looks like {wide.upper()} text but does not "
                             f"decode as it; save it as UTF-8") from None
    if b"\x00" in data:
        raise InputError(f"{kind} file {name} is a binary file, not text; {SAVE_AS}")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    control = sum(1 for c in text[:20000] if ord(c) < 32 and c not in "\t\n\r\f\x1b")
    if control > 0.02 * min(len(text), 20000):
        raise InputError(f"{kind} file {name} is a binary file, not text (or text in an "
                         f"encoding cvtailor cannot tell); {SAVE_AS}")
    return text


_YAML_START = re.compile(r"^(?:(?:#[^\n]*|[ \t]*)\n)*[A-Za-z_][\w -]*:[ \t]*(?:\n|$)")


def detect_format(text: str, suffix: str = "", name: str = "") -> str:
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
        data = _yaml_or_none(stripped, name)
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


def _yaml_or_none(text: str, name: str = "") -> Any:
    from cvtailor.readers.safeyaml import YAMLLimitError, safe_load

    try:
        return safe_load(text)
    except YAMLLimitError as exc:
        raise InputError(f"CV {name or 'YAML'} cannot be read safely: {exc}") from None
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
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{kind} file {p} cannot be read ({exc.strerror or exc})") from None
    return from_bytes(data, name=p.name, kind=kind)


def from_bytes(data: bytes, *, name: str = "", kind: str = "CV") -> Document:
    """A Document from a file's bytes, whatever its format (detected by content). The only
    exception it raises is InputError, naming the file and the reason."""
    suffix = Path(name).suffix.lower()
    if len(data) > MAX_BYTES:
        raise InputError(f"{kind} is too large ({len(data) // 1024} KB; the limit is "
                         f"{MAX_BYTES // 1024 // 1024} MB): {name}")
    what = sniff(data)
    label = name or kind
    if what == "pdf":
        from cvtailor.readers.pdf import pdf_to_markdown_bounded

        text, notes = guarded(lambda: pdf_to_markdown_bounded(data, name=name, kind=kind),
                              f"{label} is not a readable PDF")
        return _converted(text, name, kind, notes)
    if what == "docx":
        from cvtailor.readers.docx import docx_to_markdown_checked

        text, notes = guarded(lambda: docx_to_markdown_checked(data, name=name, kind=kind),
                              f"{label} is not a readable DOCX")
        return _converted(text, name, kind, notes)
    if suffix == ".pdf":
        raise InputError(f"{label} is not a valid PDF: no %PDF header (the file is "
                         f"{_what_it_is(what)}); export it again as PDF")
    if suffix == ".docx":
        raise InputError(f"{label} is not a valid DOCX: "
                         + ("a ZIP archive without word/document.xml" if what in ("zip", "odt")
                            else f"not a ZIP archive (the file is {_what_it_is(what)})")
                         + "; save it again as DOCX")
    if what not in ("text", "binary") or suffix in UNSUPPORTED:
        kind_label = {"doc": "Word 97-2003 (DOC)", "odt": "OpenDocument (ODT)", "rtf": "RTF",
                      "image": "an image", "zip": "a ZIP archive"}.get(what) or UNSUPPORTED.get(
                          suffix, "a binary file")
        raise InputError(f"{kind} file {name} is {kind_label}, which is not supported; {SAVE_AS}")
    text = decode_text(data, name=name, kind=kind)
    return from_text(text, name=name, kind=kind, suffix=suffix)


def _what_it_is(what: str) -> str:
    return {"text": "text", "binary": "binary data", "zip": "a ZIP archive", "odt": "an ODT",
            "doc": "a Word 97-2003 DOC", "rtf": "RTF", "image": "an image",
            "docx": "a DOCX", "pdf": "a PDF"}.get(what, what)


T = TypeVar("T")


class ReaderFailure(InputError):
    """The safety net's InputError: a library failed on the file in a way no reader check
    names. Still one line with the file's name; the fuzz benchmark counts these as generic."""


def guarded(read: Callable[[], T], what: str) -> T:
    """Run a reader: InputError passes through; a runaway recursion, memory blow-up or any
    library error becomes one InputError line `what (the reason)` instead of a traceback."""
    try:
        return read()
    except InputError:
        raise
    except RecursionError:
        raise InputError(f"{what}: it is nested too deeply to read") from None
    except MemoryError:
        raise InputError(f"{what}: reading it needs too much memory") from None
    except Exception as exc:  # a library's own error on hostile input
        detail = re.sub(r"\s+", " ", str(exc)).strip()[:120]
        if not detail or detail.lower() in ("unknown error", "none"):
            detail = "its structure could not be read"
        raise ReaderFailure(f"{what} ({detail})") from None


def _converted(text: str, name: str, kind: str, notes: list[str] | None = None) -> Document:
    warnings = list(notes or [])
    if kind != "CV":
        from cvtailor.readers.boilerplate import trim_boilerplate
        from cvtailor.readers.jd import clean_jd_markdown

        text, dropped = trim_boilerplate(clean_jd_markdown(text))
        warnings += dropped
    check_length(text, name, kind)
    if not text.strip():
        raise InputError(f"{kind} {name} has no readable text")
    return Document(text=text, format="markdown", name=name, warnings=tuple(warnings))


def check_length(text: str, name: str, kind: str) -> None:
    """The same text limit for every format, applied to the text as read (after a JD's
    boilerplate is trimmed): InputError when it is longer."""
    if len(text) > MAX_TEXT_CHARS:
        raise InputError(f"{kind} is too long ({len(text)} characters; the limit is "
                         f"{MAX_TEXT_CHARS}){': ' + name if name else ''}")


def from_text(text: str, *, name: str = "", kind: str = "CV", suffix: str = "") -> Document:
    """A Document from text: a JD cleaned, a CV's format detected and markup converted to
    Markdown. Raises InputError when the text is empty or too long."""
    if not text.strip():
        raise InputError(f"{kind} is empty{': ' + name if name else ''}")
    if "\x00" in text:
        wide = wide_encoding(text.encode("latin-1", "replace"))
        raise InputError(f"{kind} {name or 'text'} contains NUL characters"
                         + (f" (it looks like {wide.upper()} read as 8-bit text)" if wide else "")
                         + "; save it as UTF-8")
    label = f"{kind} {name}" if name else kind
    if len(text) > MAX_RAW_CHARS:
        raise InputError(f"{kind} is too long ({len(text)} characters; the limit is "
                         f"{MAX_TEXT_CHARS}){': ' + name if name else ''}")
    if kind != "CV":
        from cvtailor.readers.boilerplate import trim_boilerplate
        from cvtailor.readers.jd import jd_text

        out, fmt = guarded(lambda: jd_text(text, name=name, suffix=suffix),
                           f"{label} could not be read")
        out, dropped = trim_boilerplate(out)
        check_length(out, name, kind)
        if not out.strip():
            raise InputError(f"{kind} {name or 'text'} has no readable text")
        return Document(text=out, format=fmt, name=name, warnings=tuple(dropped))
    check_length(text, name, kind)
    return guarded(lambda: _cv_document(text, name, suffix), f"{label} could not be read")


def _cv_document(text: str, name: str, suffix: str) -> Document:
    """A CV's text as a Document: structured formats checked by mapping them (so bad input
    fails here, with the file's name), markup converted, hidden text left out and reported."""
    from cvtailor.readers.hidden import strip_comments

    fmt = detect_format(text, suffix, name)
    if fmt == "jsonresume":
        from cvtailor.readers.jsonresume import hidden_strings, json_resume_to_cv

        data = load_json_resume(text, name)
        json_resume_to_cv(data)  # validate early: a clear error beats a failed run
        return Document(text=text, format=fmt, name=name, warnings=tuple(hidden_strings(data)))
    if fmt == "rendercv":
        from cvtailor.readers.rendercv import load_rendercv, rendercv_to_cv

        rendercv_to_cv(load_rendercv(text, name))
        return Document(text=text, format=fmt, name=name)
    if fmt == "html":
        from cvtailor.readers.html import html_to_markdown_hidden

        out, notes = html_to_markdown_hidden(text)
        if not out.strip():
            raise InputError(f"CV {name or fmt} has no readable text")
        return Document(text=out, format="markdown", name=name, warnings=tuple(notes))
    if fmt in MARKUP_FORMATS:
        return Document(text=to_markdown(text, fmt, name), format="markdown", name=name)
    visible, hidden = strip_comments(text)
    if not visible.strip():
        raise InputError(f"CV {name or 'text'} has no readable text (only comments)")
    return Document(text=visible, format=fmt, name=name, warnings=tuple(hidden))


def to_markdown(text: str, fmt: str, name: str = "") -> str:
    """Markup and unknown structured CV formats -> the Markdown-ish text the parser reads."""
    return guarded(lambda: _to_markdown(text, fmt, name), f"CV {name or fmt} could not be read")


def _to_markdown(text: str, fmt: str, name: str) -> str:
    if fmt == "latex":
        from cvtailor.readers.latex import latex_to_markdown

        out = latex_to_markdown(text)
    elif fmt == "html":
        from cvtailor.readers.html import html_to_markdown

        out = html_to_markdown(text)
    else:
        from cvtailor.readers.generic import structured_to_markdown

        data = _load_json(text, name) if fmt == "json" else _yaml_or_none(text, name)
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

        return guarded(lambda: json_resume_to_cv(load_json_resume(text)),
                       "CV JSON Resume could not be read")
    if fmt == "rendercv":
        from cvtailor.readers.rendercv import load_rendercv, rendercv_to_cv

        return guarded(lambda: rendercv_to_cv(load_rendercv(text)),
                       "CV RenderCV file could not be read")
    return None


__all__ = ["MARKUP_FORMATS", "Document", "detect_format", "from_bytes", "from_text",
           "parse_structured", "read_document", "sniff", "to_markdown"]
