"""House rules the linters do not hold in full."""

from __future__ import annotations

import ast
from pathlib import Path

import cvtailor


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


def test_every_public_name_has_a_docstring() -> None:
    """ruff's D1 counts only `__all__` as public where a module has one; here every name
    without a leading underscore, in every module of the package, is public."""
    root = Path(cvtailor.__file__).parent
    missing = [f"{path.relative_to(root)}: {name}"
               for path in sorted(root.rglob("*.py"))
               for name in _undocumented(ast.parse(path.read_text(encoding="utf-8")).body, "")]
    assert not missing, "public names without a docstring:\n" + "\n".join(missing)


def _module_imports() -> dict[str, set[str]]:
    """cvtailor module -> the cvtailor modules it imports, at module level or inside a function
    (a lazy import still makes the two modules depend on each other)."""
    root = Path(cvtailor.__file__).parent
    names = {}
    for path in root.rglob("*.py"):
        rel = path.relative_to(root.parent).with_suffix("")
        parts = list(rel.parts)
        if parts[-1] == "__init__":
            parts.pop()
        names[".".join(parts)] = path
    graph: dict[str, set[str]] = {}
    for module, path in names.items():
        deps: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                targets = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            # importing a.b.c first runs the packages a and a.b (their __init__ imports)
            targets += [".".join(t.split(".")[:n]) for t in list(targets)
                        for n in range(2, t.count(".") + 1)]
            deps |= {t for t in targets if t in names and t != module}
        graph[module] = deps
    return graph


def test_no_import_cycles() -> None:
    graph = _module_imports()
    state: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(m: str) -> None:
        state[m] = 1
        stack.append(m)
        for d in sorted(graph[m]):
            if state.get(d) == 1:
                cycles.append([*stack[stack.index(d):], d])
            elif d not in state:
                visit(d)
        stack.pop()
        state[m] = 2

    for m in sorted(graph):
        if m not in state:
            visit(m)
    # A package importing its own submodules (re-exports) is not a cycle of behaviour.
    real = [c for c in cycles if not all(x == c[0] or x.startswith(c[0] + ".") or
                                        c[0].startswith(x + ".") for x in c)]
    assert not real, "import cycles: " + "; ".join(" -> ".join(c) for c in real)


def test_shared_knowledge_never_imports_an_engine() -> None:
    """text/, research/ and checks/ are what both engines build on: importing an engine from
    them runs the engine package (which imports research) first — a cycle waiting to happen."""
    graph = _module_imports()
    shared = ("cvtailor.text", "cvtailor.research", "cvtailor.checks")
    leaks = [f"{m} -> {d}" for m, deps in graph.items() if m.startswith(shared)
             for d in deps if d.startswith("cvtailor.engines")]
    assert not leaks, "\n".join(leaks)
