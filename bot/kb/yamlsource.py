"""Safe YAML reading that remembers the line of every key, so errors can point a curator at it.

Only the safe constructors are used: a ``!!python/object`` tag is an error, never code.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

MAX_BYTES = 1_000_000
MAX_DEPTH = 20
MAX_NODES = 200_000

Path_ = tuple[str | int, ...]
_PLAIN_TAGS = ("tag:yaml.org,2002:map", "tag:yaml.org,2002:seq")


@dataclass(frozen=True, slots=True)
class YamlDoc:
    """A parsed file: its data and the 1-based line where each key path starts."""

    file: str
    data: Any
    lines: dict[Path_, int]

    def line_of(self, path: Path_) -> int:
        """The line of the deepest known prefix of ``path`` (1 when nothing is known)."""
        for end in range(len(path), -1, -1):
            line = self.lines.get(path[:end])
            if line is not None:
                return line
        return 1


class YamlReadError(Exception):
    """A file could not be read as YAML; ``line`` says where."""

    def __init__(self, line: int, message: str) -> None:
        self.line = line
        self.message = message
        super().__init__(f"{line}: {message}")


def read_yaml(path: Path, display: str) -> YamlDoc:
    """Read one file, refusing oversized, non-UTF-8, unsafe or pathologically nested input."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise YamlReadError(1, "no such file; check the path") from None
    except OSError as exc:
        raise YamlReadError(1, f"cannot read the file ({exc.strerror}); check its permissions") from exc
    if len(raw) > MAX_BYTES:
        raise YamlReadError(1, f"file is {len(raw):,} bytes, over the {MAX_BYTES:,}-byte limit; split it")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise YamlReadError(line, "not valid UTF-8; save the file as UTF-8") from exc
    return _parse(text, display)


def _parse(text: str, display: str) -> YamlDoc:
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        lines: dict[Path_, int] = {}
        data = _build(loader, node, (), lines, [0]) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        raise YamlReadError(line, f"YAML error: {exc.problem or exc.context}; fix the syntax") from exc
    except yaml.YAMLError as exc:
        raise YamlReadError(1, f"YAML error: {exc}") from exc
    finally:
        loader.dispose()
    return YamlDoc(display, data, lines)


def _build(loader: Any, node: yaml.Node, path: Path_, lines: dict[Path_, int], count: list[int]) -> Any:
    count[0] += 1
    line = node.start_mark.line + 1
    if len(path) > MAX_DEPTH:
        raise YamlReadError(line, f"nested deeper than {MAX_DEPTH} levels; flatten it")
    if count[0] > MAX_NODES:
        raise YamlReadError(line, f"more than {MAX_NODES:,} YAML nodes (alias bomb?); simplify it")
    lines.setdefault(path, line)
    if isinstance(node, (yaml.MappingNode, yaml.SequenceNode)) and node.tag not in _PLAIN_TAGS:
        raise YamlReadError(line, f"YAML error: tag {node.tag!r} is not allowed; remove it")
    if isinstance(node, yaml.MappingNode):
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = _construct(loader, key_node)
            if not isinstance(key, (str, int)):
                raise YamlReadError(key_node.start_mark.line + 1, "keys must be plain strings")
            if key in result:
                raise YamlReadError(key_node.start_mark.line + 1, f"key '{key}' appears twice; keep one")
            lines[(*path, key)] = key_node.start_mark.line + 1
            result[key] = _build(loader, value_node, (*path, key), lines, count)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_build(loader, item, (*path, i), lines, count) for i, item in enumerate(node.value)]
    return _construct(loader, node)


def _construct(loader: Any, node: yaml.Node) -> Any:
    """One scalar (or key) as Python data; a value Python refuses (an integer past its 4,300-digit limit, a
    date like 2026-13-45) is a located problem, not a traceback."""
    try:
        return loader.construct_object(node, deep=True)
    except (ValueError, OverflowError) as exc:
        line = node.start_mark.line + 1
        if node.tag == "tag:yaml.org,2002:int":
            digits = sum(ch.isdigit() for ch in str(node.value))
            raise YamlReadError(line, f"an integer of {digits:,} digits is too long to read; "
                                      "shorten it, or quote it if it is text") from None
        raise YamlReadError(line, f"value cannot be read ({exc}); quote it if it is text") from None
