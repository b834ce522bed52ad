"""Typed reading of YAML node trees that keeps line/column marks for error messages.

Policy and detector files are read as SafeLoader *nodes* (not Python values) so every error
can say ``path:line:col: message`` for the exact key or value at fault.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml


@dataclass
class Errors:
    """Collects located errors for one load; a load succeeds only if this stays empty."""

    items: list[str] = field(default_factory=list)

    def add(self, path: Path | str, node: yaml.Node | None, message: str) -> None:
        self.items.append(f"{where(path, node)}: {message}")


def where(path: Path | str, node: yaml.Node | None) -> str:
    """``path:line:col`` of a node (1-based, as editors count)."""
    if node is None:
        return f"{path}:1:1"
    mark = node.start_mark
    return f"{path}:{mark.line + 1}:{mark.column + 1}"


def compose(path: Path, errors: Errors) -> yaml.Node | None:
    """Parse one YAML file into a node tree; syntax errors are reported with their mark."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        errors.items.append(f"{path}:1:1: cannot read file: {type(exc).__name__}")
        return None
    try:
        # SafeLoader: no Python object tags, so a policy file cannot run code.
        return yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        line, col = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
        errors.items.append(f"{path}:{line}:{col}: YAML syntax error: {exc.problem}")
        return None
    except yaml.YAMLError as exc:
        errors.items.append(f"{path}:1:1: YAML error: {type(exc).__name__}")
        return None


class Reader:
    """Converts nodes to typed values, reporting wrong types at the node's position."""

    def __init__(self, path: Path, errors: Errors) -> None:
        self.path = path
        self.errors = errors

    def error(self, node: yaml.Node | None, message: str) -> None:
        self.errors.add(self.path, node, message)

    def where(self, node: yaml.Node | None) -> str:
        return where(self.path, node)

    def mapping(
        self, node: yaml.Node, what: str, allowed: frozenset[str] | None = None
    ) -> dict[str, tuple[yaml.Node, yaml.Node]]:
        """Key -> (key node, value node); unknown and duplicate keys are errors."""
        if not isinstance(node, yaml.MappingNode):
            self.error(node, f"{what}: expected a mapping")
            return {}
        out: dict[str, tuple[yaml.Node, yaml.Node]] = {}
        for knode, vnode in node.value:
            if not isinstance(knode, yaml.ScalarNode):
                self.error(knode, f"{what}: keys must be strings")
                continue
            key = str(knode.value)
            if allowed is not None and key not in allowed:
                self.error(
                    knode, f"{what}: unknown key {key!r} (allowed: {', '.join(sorted(allowed))})"
                )
                continue
            if key in out:
                self.error(knode, f"{what}: duplicate key {key!r}")
                continue
            out[key] = (knode, vnode)
        return out

    def scalar(self, node: yaml.Node, what: str) -> str | None:
        if not isinstance(node, yaml.ScalarNode):
            self.error(node, f"{what}: expected a scalar")
            return None
        return str(node.value)

    def string(self, node: yaml.Node, what: str) -> str | None:
        if not isinstance(node, yaml.ScalarNode) or node.tag != "tag:yaml.org,2002:str":
            self.error(node, f"{what}: expected a string")
            return None
        return str(node.value)

    def boolean(self, node: yaml.Node, what: str) -> bool | None:
        if isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:bool":
            return str(node.value).lower() in ("true", "yes", "on")
        self.error(node, f"{what}: expected true or false")
        return None

    def integer(self, node: yaml.Node, what: str) -> int | None:
        if isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:int":
            try:
                return int(str(node.value).replace("_", ""), 0)
            except ValueError:
                pass
        self.error(node, f"{what}: expected an integer")
        return None

    def string_list(
        self, node: yaml.Node, what: str, allow_scalar: bool = True
    ) -> list[str] | None:
        """A list of strings; a single string is accepted as a one-item list when allowed."""
        if (
            allow_scalar
            and isinstance(node, yaml.ScalarNode)
            and node.tag == "tag:yaml.org,2002:str"
        ):
            return [str(node.value)]
        if not isinstance(node, yaml.SequenceNode):
            self.error(node, f"{what}: expected a list of strings")
            return None
        out: list[str] = []
        ok = True
        for item in node.value:
            # Numbers and booleans as list items are almost always a quoting mistake.
            value = self.string(item, f"{what} item")
            if value is None:
                ok = False
            else:
                out.append(value)
        return out if ok else None
