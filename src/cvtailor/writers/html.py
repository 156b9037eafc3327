"""StructuredCV -> HTML (a clean, ATS-friendly single-column theme with print CSS), and the
shared HTML environment (autoescaped, StrictUndefined) for the review and gap report pages."""

from __future__ import annotations

from functools import cache

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from cvtailor.models import SectionKind, StructuredCV
from cvtailor.writers.inline import plain, runs


@cache
def html_environment() -> Environment:
    """The Jinja environment of the HTML pages: autoescaped, StrictUndefined, with `runs`
    and `plain`."""
    env = Environment(
        loader=PackageLoader("cvtailor", "writers/templates"),
        undefined=StrictUndefined,
        autoescape=select_autoescape(enabled_extensions=("html", "j2"), default=True),
        trim_blocks=True, lstrip_blocks=True,
    )
    env.globals["runs"] = runs
    env.filters["plain"] = plain
    env.globals["SUMMARY"] = SectionKind.SUMMARY.value
    return env


def render_html(cv: StructuredCV, *, title: str = "") -> str:
    """The CV as an HTML page."""
    return html_environment().get_template("cv.html.j2").render(
        cv=cv, title=title or (f"{plain(cv.name)} — CV" if cv.name else "CV"))
