"""The models package: every domain type is importable from `cvtailor.models` and registered
with the checkpoint serializer, so a checkpoint loads back into the same types."""

from __future__ import annotations

import importlib
import inspect
import logging
import pkgutil
from enum import Enum

import pytest
from pydantic import BaseModel

import cvtailor.models as models
from cvtailor.storage.serializer import serializer


def defined_types() -> list[type]:
    """Every public BaseModel / Enum subclass defined in a module of the package (a private
    base such as the payloads' `_Payload` is never instantiated, so never stored)."""
    found = []
    for info in pkgutil.iter_modules(models.__path__, f"{models.__name__}."):
        module = importlib.import_module(info.name)
        found += [v for _, v in inspect.getmembers(module, inspect.isclass)
                  if issubclass(v, BaseModel | Enum) and v.__module__ == module.__name__
                  and not v.__name__.startswith("_")]
    return found


def test_every_model_and_enum_of_the_package_is_re_exported_and_registered() -> None:
    types = defined_types()
    assert len(types) > 20
    allowed = serializer()._allowed_msgpack_modules
    assert isinstance(allowed, set)
    for t in types:
        assert getattr(models, t.__name__) is t, f"{t.__name__} is not re-exported"
        assert t.__name__ in models.__all__
        assert (t.__module__, t.__name__) in allowed, f"{t.__name__} is not registered"
        # checkpoints written before models became a package name the types cvtailor.models.X
        assert (models.__name__, t.__name__) in allowed


def test_a_checkpoint_written_before_the_split_loads_without_warnings(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    item = models.CVItem(id="experience-1-1", text="Built pipelines",
                         status=models.ItemStatus.GENERATED)
    serde = serializer()
    # What the old single-module `cvtailor.models` wrote.
    for t in defined_types():
        monkeypatch.setattr(t, "__module__", models.__name__)
    old = serde.dumps_typed({"item": item})
    monkeypatch.undo()
    assert b"cvtailor.models." not in old[1]
    with caplog.at_level(logging.WARNING):
        loaded = serde.loads_typed(old)
    assert loaded["item"] == item and isinstance(loaded["item"], models.CVItem)
    assert "blocked" not in caplog.text.lower() and "unregistered" not in caplog.text.lower()
