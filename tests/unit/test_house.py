"""House rules the linters do not hold in full."""

from __future__ import annotations

import ast
from pathlib import Path

import cvtailor

DOCUMENTED = ("readers", "writers", "text", "checks", "semantic", "storage", "research")


def _undocumented(body: list[ast.stmt], prefix: str) -> list[str]:
    out: list[str] = []
    for node in body:
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            continue
        if node.name.startswith("_"):
            continue
        if ast.get_docstring(node) is None:
            out.append(prefix + node.name)
        if isinstance(node, ast.ClassDef):
            out += _undocumented(node.body, f"{prefix}{node.name}.")
    return out


def test_public_names_of_the_building_blocks_have_docstrings() -> None:
    """ruff's D1 counts only `__all__` as public where a module has one; here every name
    without a leading underscore is public."""
    root = Path(cvtailor.__file__).parent
    missing = [f"{path.relative_to(root)}: {name}"
               for package in DOCUMENTED for path in sorted((root / package).glob("*.py"))
               for name in _undocumented(ast.parse(path.read_text(encoding="utf-8")).body, "")]
    assert not missing, "public names without a docstring:\n" + "\n".join(missing)
