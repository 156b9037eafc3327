"""Model usage: calls, tokens and cost, summed across nodes and runs."""

from __future__ import annotations

from pydantic import BaseModel


class Usage(BaseModel):
    """Model calls, tokens and cost; adds up with `+`."""

    llm_calls: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    cost_usd: float = 0.0

    def __add__(self, other: Usage) -> Usage:
        return Usage(llm_calls=self.llm_calls + other.llm_calls,
                     input_tokens=self.input_tokens + other.input_tokens,
                     output_tokens=self.output_tokens + other.output_tokens,
                     cost_usd=round(self.cost_usd + other.cost_usd, 6))
