"""StructuredCV -> Markdown (through `templates/cv.md.j2`), and -> plain text for measuring."""

from __future__ import annotations

from functools import cache

from jinja2 import Environment, PackageLoader, StrictUndefined

from cvtailor.models import StructuredCV
from cvtailor.text.cvtext import tidy_markdown


@cache
def environment() -> Environment:
    """The Jinja environment of the Markdown CV template (nothing escaped)."""
    env = Environment(
        loader=PackageLoader("cvtailor", "writers/templates"),
        undefined=StrictUndefined, autoescape=False, keep_trailing_newline=True,
    )
    return env


def render_markdown(cv: StructuredCV) -> str:
    """The CV as Markdown."""
    text = environment().get_template("cv.md.j2").render(cv=cv)
    return tidy_markdown(text)


def cv_plain_text(cv: StructuredCV, *, original: bool = False) -> str:
    """Every word a reader sees, once (used for length, coverage and diff statistics).
    `original=True` reads the items' original text: the CV as the user gave it."""
    parts: list[str] = [cv.name, *cv.contact]
    for section in cv.sections:
        texts = [i.original if original else i.text for e in section.entries for i in e.items]
        if not any(texts):
            continue
        parts.append(section.heading)
        for entry in section.entries:
            parts += [entry.heading, *entry.details]
            parts += [item.original if original else item.text for item in entry.items]
    return "\n".join(p for p in parts if p)


