"""The prompt templates: Jinja2 files in the package folder `cvtailor/prompts/` (package data,
so they ship in the wheel), rendered with StrictUndefined. A rendered prompt is split at the
line `=== USER ===` into the system message and the user message.

Data (CV, JD, derived values) goes in through the `fence` and `tojson_data` filters, which
keep it inside its `<data>` block: a CV cannot close the block and talk to the model.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

SPLIT = "=== USER ==="


def prompts_dir() -> Path:
    """The folder of the prompt templates, inside the installed package."""
    return Path(str(resources.files("cvtailor") / "prompts"))


def fence(value: Any) -> str:
    """The value as text that cannot open or close a `<data>` block."""
    return str(value).replace("</data", "<\\/data").replace("<data", "<\\data")


def tojson_data(value: Any) -> str:
    """The value as indented JSON, fenced (see `fence`)."""
    return fence(json.dumps(value, ensure_ascii=False, indent=1, default=str))


@lru_cache(maxsize=1)
def environment() -> Environment:
    """The Jinja2 environment of the prompt templates (StrictUndefined, with the `fence` and
    `tojson_data` filters); built once."""
    # auto_reload off: the templates are package data, so a process need not stat the file on
    # every render (each item writer rendered two, and a stat hands the GIL to other threads).
    env = Environment(loader=FileSystemLoader(str(prompts_dir())), undefined=StrictUndefined,
                      keep_trailing_newline=False, autoescape=False, auto_reload=False)
    env.filters["fence"] = fence
    env.filters["tojson_data"] = tojson_data
    return env


def render(task: str, **inputs: Any) -> tuple[str, str]:
    """(system, user) text of the task's prompt."""
    text = environment().get_template(f"{task}.j2").render(**inputs)
    system, _, user = text.partition(SPLIT)
    return system.strip(), user.strip()


def render_repair(*, error: str, raw: str, schema: str) -> str:
    """The re-ask appended to a prompt whose answer could not be used (`_repair.j2`)."""
    return environment().get_template("_repair.j2").render(error=error, raw=raw,
                                                           schema=schema).strip()


__all__ = ["prompts_dir", "render", "render_repair"]
