"""Other JSON/YAML CV schemas (Resume-Matcher, one_resume, home-made) -> Markdown-ish text.

Nothing is assumed but common key names: a top-level mapping of sections; a personal/contact
block becomes the preamble; a list of mappings becomes entries (heading from title/position/
degree/name and company/institution/organization, or a project's name, details from
location/dates, bullets from lists of strings and long texts); a list of strings becomes
bullets; a mapping of named lists ("additional": {"technicalSkills": [...], "languages": [...]})
becomes one section per list. Every string is kept.
"""

from __future__ import annotations

import re
from typing import Any

from cvtailor.text.cvtext import tidy_markdown

_PERSONAL = {"personalinfo", "personal", "contact", "contacts", "basics", "bio", "header",
             "personal_information", "personaldetails", "profileinfo", "info"}
_TITLE = ("title", "position", "role", "degree", "job_title", "jobtitle", "name", "label",
          "type", "language")
_ORG = ("company", "employer", "organization", "organisation", "institution", "university",
        "school", "entity", "issuer", "awarder", "publisher", "field", "area", "field_of_study")
_WHEN = ("years", "dates", "date", "duration", "period", "start_date", "startdate", "startDate",
         "end_date", "enddate", "endDate", "from", "to")
_WHERE = ("location", "address", "city", "place")
_SKIP = {"id", "uuid", "url", "website", "www", "image", "photo", "picture", "$schema", "meta"}


def _words(key: str) -> str:
    text = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", str(key)).replace("_", " ").strip()
    return text[:1].upper() + text[1:]


def _scalar(value: Any) -> str:
    return re.sub(r"\s+", " ", str(value)).strip() if value is not None else ""


def _take(row: dict[str, Any], keys: tuple[str, ...], used: set[str],
          limit: int | None = None) -> list[str]:
    """The row's scalar values under `keys` (any case), in key order, at most `limit`; marks
    the ones taken used (the rest stay for the heading's other part or the bullets)."""
    out: list[str] = []
    for k in keys:
        for actual in row:
            if (limit is None or len(out) < limit) and actual.lower() == k.lower() \
                    and actual not in used and isinstance(row[actual], str | int | float) \
                    and _scalar(row[actual]):
                used.add(actual)
                out.append(_scalar(row[actual]))
    return out


def _entry(row: dict[str, Any]) -> list[str]:
    """A mapping as an entry: `### title — organisation`, a 'where | when' line, bullets."""
    used: set[str] = set()
    title = _take(row, _TITLE, used, 1)
    org = _take(row, _ORG, used, 1) or _take(row, ("name",), used, 1)  # a project's name
    when = _take(row, _WHEN, used)
    where = _take(row, _WHERE, used)
    heading = " — ".join(title + org)
    lines = [f"### {heading}"] if heading else []
    details = " | ".join([*where, " – ".join(when)] if when else where)
    if details:
        lines.append(details)
    bullets = _bullets(row, used)
    if not heading and bullets:
        lines.append(f"### {bullets.pop(0)}")
    return lines + [f"- {b}" for b in bullets if b]


def _bullets(row: dict[str, Any], used: set[str]) -> list[str]:
    """The row's other values as bullet texts: list items, 'Key: value' pairs of a mapping,
    long texts as they are and short ones as 'Key: value'."""
    bullets: list[str] = []
    for key, value in row.items():
        if key in used or key.lower() in _SKIP or value in (None, "", [], {}):
            continue
        if isinstance(value, list):
            bullets += [_scalar(v) if not isinstance(v, dict) else ", ".join(
                _scalar(x) for x in v.values() if x is not None) for v in value]
        elif isinstance(value, dict):
            bullets.append(", ".join(f"{_words(k)}: {_scalar(v)}" for k, v in value.items() if v))
        else:
            text = _scalar(value)
            bullets.append(text if len(text.split()) > 3 else f"{_words(key)}: {text}")
    return bullets


def _preamble(value: Any) -> list[str]:
    rows = value if isinstance(value, list) else [value]
    lines: list[str] = []
    for row in rows:
        if not isinstance(row, dict):
            lines.append(_scalar(row))
            continue
        name = next((_scalar(row[k]) for k in row if k.lower() in ("name", "full_name",
                                                                    "fullname")), "")
        if name and not any(line.startswith("# ") for line in lines):
            lines.insert(0, f"# {name}\n")
        for k, v in row.items():
            if k.lower() in ("name", "full_name", "fullname") or v in (None, "", [], {}):
                continue
            if isinstance(v, dict):
                lines.append(", ".join(_scalar(x) for x in v.values() if x))
            elif isinstance(v, list):
                lines += [_scalar(x) if not isinstance(x, dict) else ", ".join(
                    _scalar(y) for y in x.values() if y) for x in v]
            else:
                lines.append(_scalar(v))
    return lines


def _grouped(value: Any) -> bool:
    """A mapping of named lists (sections inside a section), not one entry: no key names an
    entry's title or organisation, and every value is a list."""
    return isinstance(value, dict) and bool(value) and all(
        isinstance(v, list) for v in value.values()) and not any(
        k.lower() in (*_TITLE, *_ORG) for k in value)


def structured_to_markdown(data: Any) -> str:
    """A CV in any JSON/YAML schema -> Markdown-ish text ('' when it is not a mapping)."""
    if not isinstance(data, dict):
        return ""
    lines: list[str] = []
    for key, value in data.items():
        if str(key).lower() in _PERSONAL:
            lines = [*_preamble(value), "", *lines]
            continue
        if str(key).lower() in _SKIP or value in (None, "", [], {}):
            continue
        if isinstance(value, str | int | float):
            if str(key).lower() in ("name", "full_name"):
                lines.insert(0, f"# {_scalar(value)}\n")
            elif len(_scalar(value).split()) > 6:
                lines += ["", f"## {_words(key)}", "", _scalar(value)]
            else:
                lines.append(_scalar(value))
            continue
        if _grouped(value):  # "additional": {"technicalSkills": [...], "languages": [...]}
            for name, items in value.items():
                if items not in (None, "", [], {}):
                    lines += ["", f"## {_words(name)}", "", *(
                        f"- {_scalar(x)}" for x in (items if isinstance(items, list) else [items])
                        if not isinstance(x, dict))]
                    lines += [line for x in (items if isinstance(items, list) else [])
                              if isinstance(x, dict) for line in ("", *_entry(x))]
            continue
        lines += ["", f"## {_words(key)}", ""]
        rows = value if isinstance(value, list) else [value]
        for row in rows:
            if isinstance(row, dict):
                lines += ["", *_entry(row)]
            else:
                lines.append(f"- {_scalar(row)}")
    return tidy_markdown("\n".join(lines))
