"""A job page saved as HTML -> the JD's Markdown-ish text, without the page around the ad.

Careers sites, Greenhouse and Workday pages wrap the ad in site chrome: navigation, a cookie
banner, "Apply now" buttons, an application form, "Similar jobs", a footer. This reader leaves
those out (by tag: nav, footer, button, form controls; by an id, class, role or automation id
naming them: cookie, consent, nav, menu, footer, breadcrumb, similar, related, share, social,
skip, application), reads a paragraph that is only bold text as a heading (how Greenhouse and
Workday head "Qualifications"), a `<li><p>` as a bullet and a `<dt>`/`<dd>` pair as one
`label: value` line. What names the job comes first, as front matter the JD parser reads: a
schema.org JobPosting's title, hiring organization and place (JSON-LD), else a "Careers at
<Company>" / "<Company> Careers" line or page title for the company.
"""

from __future__ import annotations

import json
import re
from typing import Any

import yaml

from cvtailor.readers.html import TextConverter
from cvtailor.text.cvtext import tidy_markdown

_CHROME_TAGS = frozenset({"nav", "footer", "button", "form", "label", "input", "select",
                          "textarea", "option"})
_CHROME_WORDS = frozenset({"cookie", "cookies", "consent", "gdpr", "nav", "navbar", "navigation",
                           "menu", "footer", "breadcrumb", "breadcrumbs", "similar", "related",
                           "share", "social", "skip", "application", "contentinfo", "dialog"})
_LD = re.compile(r"<script\b[^>]*type\s*=\s*[\"']application/ld\+json[\"'][^>]*>(.*?)</script>",
                 re.I | re.S)
_BOLD_PARAGRAPH = re.compile(
    r"<p\b[^>]*>\s*<(strong|b)\b[^>]*>([^<]{1,80})</\1>\s*(?:<br\s*/?>\s*)?</p>", re.I)
_DEFINITION = re.compile(r"<dt\b[^>]*>([^<]{1,60})</dt>\s*<dd\b[^>]*>([^<]{1,200})</dd>", re.I)
_NAME = r"[A-Z0-9][\w&.'’-]*(?:\s+(?:of|and|&|[A-Z0-9][\w&.'’-]*)){0,5}"
_CAREERS = re.compile(rf"(?:(?:Careers|Jobs)\s+(?:at|with)\s+(?P<a>{_NAME})|"
                      rf"(?P<b>{_NAME})\s+(?:Careers|Jobs))")


def _words(value: str) -> set[str]:
    """An attribute's words: "similarJobs cookie-banner" -> {similar, jobs, cookie, banner}."""
    spaced = re.sub(r"([a-z])([A-Z])", r"\1 \2", value)
    return {w.lower() for w in re.split(r"[^A-Za-z]+", spaced) if w}


def _chrome(tag: str, attrs: list[tuple[str, str | None]]) -> bool:
    """Site chrome, not the ad: by its tag, a same-page link ("Skip to main content"), or an
    id / class / role / automation id naming it."""
    if tag in _CHROME_TAGS:
        return True
    for key, value in attrs:
        if tag == "a" and key == "href" and (value or "").startswith("#"):
            return True
        if key in ("id", "class", "role", "data-automation-id") and value \
                and _words(value) & _CHROME_WORDS:
            return True
    return False


class _JobPage(TextConverter):
    """The HTML converter, leaving site chrome out."""

    def leaves_out(self, tag: str, attrs: list[tuple[str, str | None]]) -> bool:
        """Site chrome (`_chrome`) is dropped whole."""
        return _chrome(tag, attrs)


def _postings(data: Any) -> list[dict[str, Any]]:
    """The schema.org JobPosting objects in a JSON-LD value (alone, in a list or a @graph)."""
    if isinstance(data, list):
        return [p for item in data for p in _postings(item)]
    if not isinstance(data, dict):
        return []
    kind = data.get("@type")
    if kind == "JobPosting" or (isinstance(kind, list) and "JobPosting" in kind):
        return [data]
    return _postings(data.get("@graph", []))


def _text(value: Any) -> str:
    return re.sub(r"\s+", " ", value).strip() if isinstance(value, str) else ""


def job_posting_fields(page: str) -> dict[str, str]:
    """title, company and location of the page's first JSON-LD JobPosting ({} if none)."""
    for m in _LD.finditer(page):
        try:
            found = _postings(json.loads(m.group(1)))
        except (json.JSONDecodeError, RecursionError):
            continue
        if not found:
            continue
        post = found[0]
        org = post.get("hiringOrganization")
        places = post.get("jobLocation")
        place = places[0] if isinstance(places, list) and places else places
        address = place.get("address") if isinstance(place, dict) else None
        location = ", ".join(_text(address.get(k)) for k in ("addressLocality", "addressRegion")
                             if _text(address.get(k))) if isinstance(address, dict) else ""
        fields = {"title": _text(post.get("title")),
                  "company": _text(org.get("name")) if isinstance(org, dict) else _text(org),
                  "location": location}
        return {k: v for k, v in fields.items() if v}
    return {}


def _careers_name(lines: list[str], page: str) -> tuple[str, int]:
    """(company, index of its line or -1) from "Careers at <Company>" / "<Company> Careers" as
    a line of its own before the first heading, else as a part of the page's <title>."""
    for i, line in enumerate(lines):
        if line.startswith("#"):
            break
        if (m := _CAREERS.fullmatch(line.strip())) is not None:
            return (m.group("a") or m.group("b")), i
    title = re.search(r"<title\b[^>]*>([^<]{1,300})</title>", page, re.I)
    for part in re.split(r"\s+[-–—|:]\s+", title.group(1).strip()) if title else []:
        if (m := _CAREERS.fullmatch(part)) is not None:
            return (m.group("a") or m.group("b")), -1
    return "", -1


def html_jd_to_markdown(page: str) -> str:
    """A job page's HTML -> Markdown-ish text for the JD parser (see the module docstring)."""
    fields = job_posting_fields(page)
    body = _DEFINITION.sub(lambda m: f"<p>{m.group(1).strip()}: {m.group(2).strip()}</p>", page)
    body = _BOLD_PARAGRAPH.sub(lambda m: f"<h3>{m.group(2).strip()}</h3>", body)
    body = re.sub(r"(<li\b[^>]*>)\s*<p\b[^>]*>", r"\1", body, flags=re.I)
    body = re.sub(r"</p>\s*(</li>)", r"\1", body, flags=re.I)
    conv = _JobPage()
    conv.feed(body)
    conv.close()
    conv._flush()
    lines = tidy_markdown("\n".join(conv.lines)).split("\n")
    if "company" not in fields:
        company, at = _careers_name(lines, page)
        if company:
            fields["company"] = company
            if at >= 0:
                del lines[at]
    head = ["---", yaml.safe_dump(fields, allow_unicode=True, sort_keys=False).strip(), "---"] \
        if fields else []
    return tidy_markdown("\n".join(head + lines))
