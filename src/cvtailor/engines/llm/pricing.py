"""What a model call costs: a small price table (USD per million tokens), overridable.

The table is deliberately short and dated; prices change. Override or extend it with a JSON or
YAML file mapping "provider:model" (or a bare model name) to {"input": USD, "output": USD} per
million tokens, named by `Context.prices` / CVTAILOR_PRICES. Local servers (a `base_url`) cost
nothing unless the file prices them. An unknown hosted model counts 0 and says so once.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

# USD per 1M tokens (input, output), list prices as of 2026; override with a prices file.
DEFAULT_PRICES: dict[str, tuple[float, float]] = {
    "openai:gpt-4.1": (2.00, 8.00),
    "openai:gpt-4.1-mini": (0.40, 1.60),
    "openai:gpt-4.1-nano": (0.10, 0.40),
    "openai:gpt-4o": (2.50, 10.00),
    "openai:gpt-4o-mini": (0.15, 0.60),
    "openai:gpt-5": (1.25, 10.00),
    "openai:gpt-5-mini": (0.25, 2.00),
    "openai:gpt-5-nano": (0.05, 0.40),
    "google_genai:gemini-2.5-pro": (1.25, 10.00),
    "google_genai:gemini-2.5-flash": (0.30, 2.50),
    "google_genai:gemini-2.5-flash-lite": (0.10, 0.40),
    "anthropic:claude-sonnet-4-5": (3.00, 15.00),
    "anthropic:claude-haiku-4-5": (1.00, 5.00),
}


@dataclass(frozen=True)
class Price:
    """USD per million input and output tokens; `known` is False for an unpriced model."""

    input_per_million: float
    output_per_million: float
    known: bool = True

    def cost(self, input_tokens: int, output_tokens: int) -> float:
        """USD cost of a call with these token counts."""
        return round((input_tokens * self.input_per_million
                      + output_tokens * self.output_per_million) / 1_000_000, 8)


FREE = Price(0.0, 0.0)
UNKNOWN = Price(0.0, 0.0, known=False)


@lru_cache(maxsize=16)
def load_prices(path: str = "") -> dict[str, tuple[float, float]]:
    """The default table updated with the user's file (JSON or YAML), if one is named."""
    table = dict(DEFAULT_PRICES)
    if not path:
        return table
    text = Path(path).expanduser().read_text(encoding="utf-8")
    data = json.loads(text) if path.endswith(".json") else yaml.safe_load(text)
    for name, row in (data or {}).items():
        if isinstance(row, dict):
            table[str(name)] = (float(row.get("input", 0.0)), float(row.get("output", 0.0)))
        else:
            table[str(name)] = (float(row[0]), float(row[1]))
    return table


def price_for(provider: str, model: str, *, local: bool = False, path: str = "") -> Price:
    """The price of provider:model (or the bare model) from the table; a local server is free
    unless the user's file prices it, an unknown hosted model is UNKNOWN."""
    # A local server is free unless the user's own file prices it.
    table = {k: v for k, v in load_prices(path).items()
             if not local or DEFAULT_PRICES.get(k) != v}
    for key in (f"{provider}:{model}", model):
        if key in table:
            return Price(*table[key])
    return FREE if local else UNKNOWN


__all__ = ["DEFAULT_PRICES", "FREE", "UNKNOWN", "Price", "load_prices", "price_for"]
