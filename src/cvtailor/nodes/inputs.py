"""How parse_cv and parse_jd read their input: text or a base64 file, through the same readers
as the CLI (`readers.from_text` / `readers.from_bytes`), so every entry point (CLI, Python API,
`langgraph dev`, SDK clients) gets the same document. Reading twice is harmless: the readers
give back the same text for text they produced.
"""

from __future__ import annotations

import base64
import binascii
from pathlib import Path
from typing import Any

from cvtailor.errors import InputError
from cvtailor.readers import MAX_BYTES, Document, from_bytes, from_text

KINDS = {"CV": "cv", "JD": "jd"}
LABEL = {"CV": "CV", "JD": "job description"}


def read_input(state: Any, kind: str) -> Document:
    """The CV (`kind="CV"`) or JD (`"JD"`) of a run's input, read and cleaned."""
    key = KINDS[kind]
    name = str(state.get(f"{key}_name") or "")
    file = state.get(f"{key}_file")
    text = state.get(f"{key}_text")
    if file and not (isinstance(text, str) and text.strip()):
        return _from_file(file, kind, name)
    if not isinstance(text, str) or not text.strip():
        raise InputError(f"the {LABEL[kind]} is empty: give {key}_text or {key}_file")
    return from_text(text, name=name, kind=kind, suffix=Path(name).suffix.lower())


def _from_file(file: Any, kind: str, name: str) -> Document:
    key = KINDS[kind]
    if not isinstance(file, dict) or not isinstance(file.get("content_base64"), str):
        raise InputError(f"{key}_file needs 'filename' and 'content_base64' (a base64 string)")
    filename = str(file.get("filename") or name or key)
    encoded = file["content_base64"]
    if len(encoded) > MAX_BYTES * 4 // 3 + 4:
        raise InputError(f"{kind} file {filename} is too large (the limit is "
                         f"{MAX_BYTES // 1024 // 1024} MB)")
    try:
        data = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        raise InputError(f"{key}_file {filename}: content_base64 is not valid base64") from None
    if not data:
        raise InputError(f"{kind} file is empty: {filename}")
    return from_bytes(data, name=filename, kind=kind)
