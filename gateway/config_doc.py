"""Renders the commented reference configuration from the settings models.

config.example.yaml is this module's output (``phi-gateway config --example``),
and a test keeps the two identical: every key that exists is documented, with
its default, and a key cannot be documented without existing.

A field's comment comes from its ``Field(description=...)``, else from the
comment lines directly above it or at the end of its line in the model source.
"""

from __future__ import annotations

import enum
import inspect
import re
import textwrap
from pathlib import Path
from typing import Any, get_args, get_origin

import yaml
from pydantic import BaseModel

HEADER = """\
# phi-gateway reference configuration (generated: `phi-gateway config --example`).
#
# Every key is shown with its built-in default: `phi-gateway serve` without
# --config runs with exactly these settings. Unknown keys and wrong types are
# errors reported as file:line:col with the key path. Relative paths are relative
# to the working directory. Keep only the keys you change in your own file.
"""

_WIDTH = 96


def _source_comments(model: type[BaseModel]) -> dict[str, str]:
    """Comments next to or above each field in the class body."""
    out: dict[str, str] = {}
    for klass in reversed(model.__mro__):
        if not (isinstance(klass, type) and issubclass(klass, BaseModel)) or klass is BaseModel:
            continue
        try:
            lines = inspect.getsource(klass).splitlines()
        except (OSError, TypeError):
            continue
        pending: list[str] = []
        group = ""  # a comment above consecutive fields covers all of them
        field: str | None = None
        i = 0
        while i < len(lines):
            line = lines[i]
            stripped = line.strip()
            i += 1
            if stripped.startswith("#"):
                # "#:" is the Sphinx attribute-comment form
                pending.append(stripped.lstrip("#").lstrip(":").strip())
                continue
            if not stripped:
                pending, group, field = [], "", None
                continue
            if field and stripped.startswith('"""'):
                # An attribute docstring under the field.
                body, doc = stripped[3:], []
                while '"""' not in body and i < len(lines):
                    doc.append(body)
                    body = lines[i].strip()
                    i += 1
                doc.append(body.split('"""')[0])
                out[field] = " ".join(d.strip() for d in doc if d.strip())
                field = None
                continue
            m = re.match(r"\s+([A-Za-z_]\w*)\s*:", line)
            if m and m.group(1) in model.model_fields:
                field = m.group(1)
                text = list(pending)
                trailing = re.search(r"\s#\s?(.*)$", line)
                if trailing and '"' not in trailing.group(1)[:1]:
                    text.append(trailing.group(1).strip())
                if pending:
                    group = " ".join(pending)
                if text:
                    out[field] = " ".join(text)
                elif group:
                    out[field] = group
            else:
                field = None
            pending = []
    return out


def _plain(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return {k: _plain(v) for k, v in value.model_dump().items()}
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [_plain(v) for v in value]
    return value


def _scalar(value: Any) -> str:
    text: str = yaml.safe_dump(_plain(value), default_flow_style=True, width=10_000).strip()
    return text.removesuffix("\n...").strip()


def _comment(text: str, indent: str, hang: str = "") -> list[str]:
    lines = textwrap.wrap(text, _WIDTH - len(indent) - 2, subsequent_indent=hang)
    return [f"{indent}# {line}" for line in lines]


def _item_model(annotation: Any) -> type[BaseModel] | None:
    """For list[Model] / tuple[Model, ...] fields: the item model."""
    origin = get_origin(annotation)
    if origin in (list, tuple):
        for arg in get_args(annotation):
            if isinstance(arg, type) and issubclass(arg, BaseModel):
                return arg
    return None


def render_model(model: type[BaseModel], value: BaseModel, indent: str = "") -> list[str]:
    comments = _source_comments(model)
    out: list[str] = []
    for name, info in model.model_fields.items():
        doc = info.description or comments.get(name, "")
        current = getattr(value, name)
        if doc:
            out += _comment(doc, indent)
        if isinstance(current, BaseModel):
            out.append(f"{indent}{name}:")
            out += render_model(type(current), current, indent + "  ")
            continue
        plain = _plain(current)
        if isinstance(plain, dict) and plain:
            dumped = yaml.safe_dump({name: plain}, default_flow_style=False, sort_keys=False)
            out += [indent + line for line in dumped.rstrip().splitlines()]
        else:
            out.append(f"{indent}{name}: {_scalar(current)}")
        item = _item_model(info.annotation)
        if item is not None:
            item_comments = _source_comments(item)
            out.append(f"{indent}#   each item:")
            for key, item_info in item.model_fields.items():
                text = item_info.description or item_comments.get(key, "")
                default = ""
                if not item_info.is_required():
                    dflt = _scalar(item_info.get_default(call_default_factory=True))
                    default = f" (default {dflt})"
                out += _comment(f"  {key}{default}: {text}".rstrip(": "), indent, "      ")
    return out


def render_example() -> str:
    from gateway.config import CoreConfig, _section_models

    lines = [HEADER]
    core = CoreConfig()
    sections: list[tuple[str, type[BaseModel], BaseModel]] = [
        (name, type(getattr(core, name)), getattr(core, name)) for name in CoreConfig.model_fields
    ]
    sections += [(name, model, model()) for name, model in _section_models().items()]
    for name, model, value in sections:
        doc = (model.__doc__ or "").strip().splitlines()[0] if model.__doc__ else ""
        lines.append("")
        if doc and not doc.lower().startswith("config section"):
            lines += _comment(doc, "")
        lines.append(f"{name}:")
        lines += render_model(model, value, "  ")
    return "\n".join(lines) + "\n"
