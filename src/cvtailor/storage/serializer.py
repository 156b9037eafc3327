"""The checkpoint serializer every session store uses: it knows cvtailor's domain types, so a
checkpoint loads back into the same types with no "unregistered type" warning."""

from __future__ import annotations

from enum import Enum

from langgraph.checkpoint.serde.jsonplus import JsonPlusSerializer
from pydantic import BaseModel

from cvtailor import models


def domain_types() -> list[type]:
    """Every model and enum the `models` package defines (its submodules included)."""
    return [v for v in vars(models).values() if isinstance(v, type)
            and issubclass(v, BaseModel | Enum)
            and (v.__module__ == models.__name__ or v.__module__.startswith(f"{models.__name__}."))]


def serializer() -> JsonPlusSerializer:
    """A serializer that knows every domain type (no 'unregistered type' warnings on load).

    Checkpoints written before `models` became a package name its types `cvtailor.models.X`;
    those keys stay allowed (the package re-exports every type, so they still load)."""
    types = domain_types()
    legacy = [(models.__name__, t.__name__) for t in types]
    return JsonPlusSerializer(allowed_msgpack_modules=[*types, *legacy])
