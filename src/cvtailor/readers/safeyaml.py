"""YAML loading that a hostile file cannot blow up: safe types only, and a bound on what
anchors and aliases expand to ("billion laughs") and on nesting depth."""

from __future__ import annotations

from typing import Any

import yaml

MAX_NODES = 100_000  # nodes after expanding every alias; a CV has a few thousand at most
MAX_ALIASES = 1_000
MAX_DEPTH = 60


class YAMLLimitError(yaml.YAMLError):
    """A YAML document whose aliases expand, or whose nesting goes, beyond the bounds."""


class _Loader(yaml.SafeLoader):
    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.aliases = 0
        self.depth = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            self.aliases += 1
            if self.aliases > MAX_ALIASES:
                raise YAMLLimitError(f"it uses more than {MAX_ALIASES} aliases")
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise YAMLLimitError(f"it is nested more than {MAX_DEPTH} levels deep")
        try:
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1


def expanded_size(root: yaml.Node) -> int:
    """How many nodes the document has with every alias expanded (shared nodes counted each
    time they are used), computed without expanding: iterative, memoised per node."""
    size: dict[int, int] = {}
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        if id(node) in size:
            continue
        children: list[yaml.Node] = []
        if isinstance(node, yaml.SequenceNode):
            children = list(node.value)
        elif isinstance(node, yaml.MappingNode):
            children = [n for pair in node.value for n in pair]
        if done or not children:
            size[id(node)] = 1 + sum(size.get(id(c), 1) for c in children)
            if size[id(node)] > MAX_NODES:
                raise YAMLLimitError(f"its aliases expand to more than {MAX_NODES} nodes")
            continue
        stack.append((node, True))
        stack += [(c, False) for c in children if id(c) not in size]
    return size[id(root)]


def safe_load(text: str) -> Any:
    """yaml.safe_load with bounds: YAMLLimitError (a yaml.YAMLError) beyond them."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        expanded_size(node)
        return loader.construct_document(node)
    except RecursionError:
        raise YAMLLimitError("it is nested too deeply") from None
    finally:
        loader.dispose()
