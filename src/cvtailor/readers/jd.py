"""Job descriptions in: text, Markdown (front matter and template tags dropped), HTML, a
saved email (.eml, read by the standard library's email parser), PDF, DOCX (converted
upstream) and the JSON Resume job schema (jsonresume.org `job.json`).

A JD stays text: the JD parser reads Markdown/plain text. Markdown front matter is dropped
except for what names the job (title, company, location, level: kept as a small front matter
block, so the parser can say they came from there, and the title also as the heading) and any
long descriptive text fields, which some job boards keep there instead of in the body; HTML
comments and Liquid/Jinja tags are removed.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from cvtailor.errors import InputError, parse_json
from cvtailor.readers.hidden import strip_comments, strip_template_tags
from cvtailor.readers.safeyaml import safe_load
from cvtailor.text.cvtext import tidy_markdown

_TEXT_KEYS = ("description", "summary", "about", "info_intro", "intro", "overview")
# Front-matter fields that name the job; the JD parser reads them back (jd_header.front_matter).
IDENTITY_KEYS = ("title", "job_title", "position", "role", "company", "organization",
                 "organisation", "employer", "hiring_organization", "hiringOrganization",
                 "company_name", "location", "city", "job_location", "level", "seniority",
                 "experience_level")


def clean_inline_value(value: Any) -> str:
    """A front-matter field as one line of text ("" unless it is a non-empty string, or a
    mapping with a `name`, like schema.org's hiringOrganization)."""
    if isinstance(value, dict):
        value = value.get("name")
    if not isinstance(value, str):
        return ""
    value = re.sub(r"\{%.*?%\}|\{\{.*?\}\}", "", value)
    return re.sub(r"\s+", " ", value).strip()


def clean_jd_markdown(text: str) -> str:
    """JD Markdown without HTML comments and template tags ({% ... %}, {{ ... }}), and without
    the emoji that open its lines (`_without_emoji`)."""
    text = strip_template_tags(strip_comments(text)[0])  # linear scans: no backtracking
    lines = text.split("\n")
    marks = [_emoji_of(line) for line in lines]
    # lines in a row that open on the same emoji ("★ Assess ...", "★ Administer ...") are a list
    listed = [bool(m) and ((n and marks[n - 1] == m) or (n + 1 < len(marks) and marks[n + 1] == m))
              for n, m in enumerate(marks)]
    return tidy_markdown("\n".join(_without_emoji(line, listed[n])
                                   for n, line in enumerate(lines)))


def _emoji_of(line: str) -> str:
    """The emoji a line opens with (no list mark before it), or ""."""
    m = _EMOJI.match(line)
    return m.group(2).replace("\ufe0f", "") if m is not None and not m.group(1).strip() else ""


# Pictographs and symbols a line opens with ("🛠️ What you'll do", "✅ Write and review ...",
# "💰 $175,000 ..."), with their variation selectors and joiners.
_EMOJI = re.compile(r"^([ \t]*(?:[-*+][ \t]+)?)((?:[\u2190-\u21FF\u2300-\u23FF\u25A0-\u27BF"
                    r"\u2B00-\u2BFF\U0001F000-\U0001FAFF][\uFE0F\u200D]*)+)[ \t]*(?=\S)")
# Of them, those used as a list's marks.
_EMOJI_BULLET = frozenset("✅✔☑➡▶►👉🔹🔸🔷🔶▪◾◼✓➜➤★☆")


def _without_emoji(line: str, listed: bool = False) -> str:
    """An ad's line without the emoji that opens it: a list mark ("✅", "👉", or any emoji that
    opens the lines around it too: `listed`) becomes "- ", any other ("🛠️ What you'll do",
    "💰 $175,000 ...") goes, so headings, pay and boilerplate lines read as they would
    without it."""
    m = _EMOJI.match(line)
    if m is None:
        return line
    rest = line[m.end():]
    marks = m.group(2).replace("\ufe0f", "").replace("\u200d", "")
    if not m.group(1).strip() and marks and (
            listed or all(c in _EMOJI_BULLET for c in marks)):
        return f"- {rest}"
    return m.group(1) + rest


def _front_matter(text: str) -> tuple[dict[str, Any], str]:
    if not text.startswith("---"):
        return {}, text
    m = re.match(r"---[ \t]*\n(.*?)\n---[ \t]*(?:\n|$)", text, re.S)
    if not m:
        return {}, text
    try:
        data = safe_load(m.group(1))
    except yaml.YAMLError:  # malformed front matter: keep its text lines, not its structure
        data = {"_lines": _front_matter_lines(m.group(1))}
        for key in IDENTITY_KEYS:  # and what names the job, from its `key: value` lines
            found = re.search(rf"^{key}:[ \t]*[\"']?(.*?)[\"']?[ \t]*(?:#.*)?$", m.group(1), re.M)
            if found and found.group(1):
                data[key] = found.group(1)
    return (data if isinstance(data, dict) else {}), text[m.end():]


def _front_matter_lines(block: str) -> list[tuple[str, str, bool]]:
    """Descriptive text of front matter YAML cannot parse, as (its top-level key, the text,
    whether it was a list item): `key: long text`, a block scalar's lines and `- item` lines
    of five words or more, without template tags, `# comments` or a block scalar's `|`. The
    fields that name the job are read on their own (IDENTITY_KEYS), and a `permalink` or
    `layout` is no text of the ad."""
    out: list[tuple[str, str, bool]] = []
    key = "details"
    for line in strip_template_tags(block).splitlines():
        if line.lstrip().startswith("#"):
            continue
        top = re.match(r"([A-Za-z_][\w-]*):(.*)$", line)  # a top-level key, at column 0
        if top:
            key, rest, item = top.group(1), top.group(2), False
        else:
            m = re.match(r"\s*(-\s+)?(?:[\w-]+:\s*)?(.*)$", line)
            rest, item = (m.group(2), bool(m.group(1))) if m else ("", False)
        value = re.sub(r"\s+#\s.*$", "", rest).strip().lstrip("|>").strip().strip("\"'")
        if key not in IDENTITY_KEYS and len(value.split()) >= 5:
            out.append((key, value, item))
    return out


def _front_matter_markdown(data: dict[str, Any]) -> list[str]:
    """Descriptive front-matter fields, as Markdown: lists of text become bullet lists."""
    lines: list[str] = []
    for key, value in data.items():
        if key == "_lines":  # one section per YAML key: "## Key objectives", bullets
            for name in dict.fromkeys(k for k, _, _ in value):
                lines += ["", f"## {name.replace('_', ' ').capitalize()}", ""]
                for k, text, item in value:
                    if k == name:
                        lines += ["- " + text] if item else [text, ""]
        elif isinstance(value, str) and len(value.split()) >= 8:
            lines += ["", f"## {key.replace('_', ' ').capitalize()}", "", value.strip()]
        elif isinstance(value, list) and value and all(isinstance(v, str | dict) for v in value):
            items = []
            for v in value:
                if isinstance(v, str) and v.strip():
                    items.append(v.strip())
                elif isinstance(v, dict):
                    texts = [str(x).strip() for x in v.values() if isinstance(x, str) and x.strip()]
                    if texts:
                        items.append(" — ".join(texts))
                    for x in v.values():
                        if isinstance(x, list):
                            items += [str(y).strip() for y in x if isinstance(y, str) and y.strip()]
            if items and sum(len(i.split()) for i in items) >= 6:
                lines += ["", f"## {key.replace('_', ' ').capitalize()}", ""]
                lines += ["- " + re.sub(r"\s+", " ", i) for i in items]
    return lines


def job_json_to_markdown(data: dict[str, Any]) -> str:
    """JSON Resume job schema -> Markdown a JD parser reads."""
    lines = [f"# {data.get('title') or 'Job'}", ""]
    loc = data.get("location") or {}
    place = ", ".join(str(loc[k]) for k in ("city", "region", "countryCode")
                      if isinstance(loc, dict) and loc.get(k))
    facts = [str(data[k]) for k in ("company", "type", "remote", "experience") if data.get(k)]
    if place:
        facts.insert(1, place)
    lines += [" · ".join(facts), ""]
    if data.get("description"):
        lines += [str(data["description"]), ""]
    for key, heading in (("responsibilities", "Responsibilities"),
                         ("qualifications", "Requirements")):
        if data.get(key):
            lines += [f"## {heading}", ""] + [f"- {x}" for x in data[key]] + [""]
    if data.get("skills"):
        lines += ["## Skills", ""]
        for s in data["skills"]:
            if isinstance(s, dict):
                kws = ", ".join(str(k) for k in s.get("keywords") or [])
                lines.append(f"- {s.get('name', '')}" + (f": {kws}" if kws else ""))
        lines.append("")
    return "\n".join(lines).strip() + "\n"


def jd_text(text: str, *, name: str = "", suffix: str = "") -> tuple[str, str]:
    """(text for the JD parser, its format) from a JD file's text."""
    stripped = text.lstrip("\ufeff \t\r\n")
    if stripped.startswith("{"):
        data = parse_json(stripped, f"JD {name or 'text'}")
        if not isinstance(data, dict) or not ({"title", "description", "responsibilities",
                                               "qualifications", "skills"} & set(data)):
            raise InputError(f"JD {name or 'JSON'} is not a JSON Resume job (no title, "
                             "description, responsibilities or qualifications)")
        return job_json_to_markdown(data), "markdown"
    if stripped.startswith("<") and re.match(r"<(?:!doctype html|html)\b", stripped, re.I):
        from cvtailor.readers.html_jd import html_jd_to_markdown

        return html_jd_to_markdown(stripped), "markdown"
    from cvtailor.readers.email_jd import saved_email, unwrap_email
    from cvtailor.readers.job_board import board_ad

    stripped = saved_email(stripped) or stripped
    stripped = board_ad(stripped) or stripped
    front, body = _front_matter(unwrap_email(stripped))
    if front:
        title = front.get("title")
        head = [f"# {title}", ""] if isinstance(title, str) and title.strip() and not re.match(
            rf"#\s+{re.escape(title.strip())}\s*(?:\n|$)", body.lstrip()) else []
        named = {k: clean_inline_value(front[k]) for k in IDENTITY_KEYS
                 if clean_inline_value(front.get(k))}
        block = ["---", yaml.safe_dump(named, allow_unicode=True, sort_keys=False).strip(),
                 "---"] if named else []
        extra = _front_matter_markdown({k: v for k, v in front.items()
                                        if k != "title" and k not in named})
        body = "\n".join(block + head + extra + ["", body])
    fmt = "markdown" if front or suffix in (".md", ".markdown") or re.search(
        r"^#{1,6} |^\*\*", body, re.M) else "text"
    return clean_jd_markdown(body), fmt
