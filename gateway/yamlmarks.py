"""YAML loading that remembers where every value came from.

PyYAML's SafeLoader already records a start mark on each node; we compose the node
tree and convert it to plain Python while keeping a map from key path to
(line, column). Config and policy errors can then say ``file:line:col``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

KeyPath = tuple[str | int, ...]


@dataclass(frozen=True)
class Mark:
    line: int  # 1-based
    col: int  # 1-based


@dataclass
class MarkedDocument:
    """A loaded YAML document plus the position of every key and value."""

    path: str
    data: Any
    marks: dict[KeyPath, Mark] = field(default_factory=dict)  # where each key is
    value_marks: dict[KeyPath, Mark] = field(default_factory=dict)  # where each value is

    def locate(self, loc: KeyPath, value: bool = False) -> Mark:
        """Best position for a key path: the deepest prefix that has a mark.

        ``value=True`` points at the value (wrong type) rather than the key
        (unknown key), which is where the reader has to look.
        """
        for end in range(len(loc), -1, -1):
            prefix = tuple(loc[:end])
            mark = (self.value_marks.get(prefix) if value and end == len(loc) else None) or (
                self.marks.get(prefix)
            )
            if mark is not None:
                return mark
        return Mark(1, 1)

    def where(self, loc: KeyPath, value: bool = False) -> str:
        mark = self.locate(loc, value)
        return f"{self.path}:{mark.line}:{mark.col}"


class YamlSyntaxError(ValueError):
    """A YAML file that does not parse; message is already ``file:line:col: ...``."""


def _mark(node: yaml.Node) -> Mark:
    return Mark(node.start_mark.line + 1, node.start_mark.column + 1)


def _convert(
    node: yaml.Node,
    loader: yaml.SafeLoader,
    path: KeyPath,
    marks: dict[KeyPath, Mark],
    src: str,
    values: dict[KeyPath, Mark],
) -> Any:
    marks.setdefault(path, _mark(node))
    values[path] = _mark(node)
    if isinstance(node, yaml.MappingNode):
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            if not isinstance(key, str | int):
                raise YamlSyntaxError(
                    f"{src}:{_mark(key_node).line}:{_mark(key_node).col}: "
                    "mapping keys must be strings"
                )
            if key in out:
                m = _mark(key_node)
                raise YamlSyntaxError(f"{src}:{m.line}:{m.col}: duplicate key {key!r}")
            child = (*path, key)
            # The key's own position is the most useful place to point at.
            marks[child] = _mark(key_node)
            out[key] = _convert(value_node, loader, child, marks, src, values)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [
            _convert(item, loader, (*path, i), marks, src, values)
            for i, item in enumerate(node.value)
        ]
    return loader.construct_object(node, deep=True)


def load_marked(text: str, source: str) -> MarkedDocument:
    """Parse one YAML document with SafeLoader, keeping marks. Empty -> {}."""
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        marks: dict[KeyPath, Mark] = {}
        values: dict[KeyPath, Mark] = {}
        data = {} if node is None else _convert(node, loader, (), marks, source, values)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        raise YamlSyntaxError(f"{source}:{line}:{col}: {exc.problem or exc}") from None
    finally:
        loader.dispose()
    return MarkedDocument(source, data, marks, values)


def load_marked_file(path: Path) -> MarkedDocument:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise YamlSyntaxError(f"{path}:1:1: cannot read: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise YamlSyntaxError(f"{path}:1:1: not UTF-8 text") from None
    return load_marked(text, str(path))
