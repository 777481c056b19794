"""Telegram's HTML parse mode, for the tags a bot of ours sends, with the error texts of TDLib's parse_html.

``parse_telegram_html(text)`` gives the plain text a user would see; ``parse_html_entities(text)`` also
the MessageEntity list (UTF-16 offsets). Errors raise :class:`HTMLParseError` (a ``ValueError``) whose
message is Telegram's description, e.g. ``Bad Request: can't parse entities: Unsupported start tag "br"
at byte offset 5``. A bare ``&`` that starts no entity is refused, as the Bot API documentation demands
("must be replaced with &amp;"), though Telegram itself would keep it.
"""

from __future__ import annotations

import re
from typing import Any

PREFIX = "Bad Request: can't parse entities: "
TAGS = {"b": "bold", "strong": "bold", "i": "italic", "em": "italic", "u": "underline", "ins": "underline",
        "s": "strikethrough", "strike": "strikethrough", "del": "strikethrough", "code": "code", "pre": "pre",
        "a": "text_link"}
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_ENTITY = re.compile(r"&(?:#x([0-9a-fA-F]+)|#(\d+)|([a-zA-Z]+));?")
_ATTRIBUTE = re.compile(r"""\s*([^\s=>/"']+)(?:\s*=\s*("[^"]*"|'[^']*'|[A-Za-z0-9.-]+))?""")
_TAG_END = re.compile(r"\s*>")


class HTMLParseError(ValueError):
    """HTML Telegram refuses; ``str(error)`` is Telegram's full description."""

    def __init__(self, reason: str) -> None:
        self.description = PREFIX + reason
        super().__init__(self.description)


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def parse_telegram_html(text: str) -> str:
    """The plain text of a parse_mode=HTML text; raises HTMLParseError (ValueError)."""
    return parse_html_entities(text)[0]


def _decode(match: re.Match[str]) -> str | None:
    """The character of an HTML entity (TDLib's decode_html_entity), or None."""
    if match[3] is not None:
        return _NAMED.get(match[3])
    code = int(match[1], 16) if match[1] else int(match[2])
    return chr(code) if 0 < code < 0x110000 and not 0xD800 <= code <= 0xDFFF else None


def _tag_name(text: str, start: int) -> str:
    end = start
    while end < len(text) and not text[end].isspace() and text[end] != ">":
        end += 1
    return text[start:end]


def parse_html_entities(text: str) -> tuple[str, list[dict[str, Any]]]:
    """The plain text and its MessageEntity dicts, as Telegram derives them."""
    out: list[str] = []
    entities: list[dict[str, Any]] = []
    stack: list[tuple[str, int, int, dict[str, str]]] = []  # open tags: name, UTF-16 offset, len(out), attributes
    i, utf16 = 0, 0

    def at(index: int) -> str:
        return f"at byte offset {len(text[:index].encode('utf-8', 'surrogatepass'))}"

    while i < len(text):
        char, begin = text[i], i
        if char == "&":
            match = _ENTITY.match(text, i)
            decoded = _decode(match) if match else None
            if match is None or decoded is None:
                raise HTMLParseError(f'Character "&" {at(i)} must be escaped as "&amp;"')
            char, i = decoded, match.end()
        elif char == "<" and text.startswith("</", i):
            if not stack:
                raise HTMLParseError(f"Unexpected end tag {at(begin)}")
            name = _tag_name(text, i + 2)
            close = _TAG_END.match(text, i + 2 + len(name))
            if close is None:
                raise HTMLParseError(f"Unclosed end tag {at(begin)}")
            tag, offset, position, attrs = stack.pop()
            if name and name.lower() != tag:
                raise HTMLParseError(f'Unmatched end tag {at(begin)}, expected "</{tag}>", found "</{name}>"')
            if utf16 > offset:
                entity = {"type": TAGS[tag], "offset": offset, "length": utf16 - offset}
                if tag == "a":
                    entity["url"] = attrs.get("href") or "".join(out[position:])
                entities.append(entity)
            i = close.end()
            continue
        elif char == "<":
            name = _tag_name(text, i + 1)
            i += 1 + len(name)
            if i >= len(text):
                raise HTMLParseError(f"Unclosed start tag {at(begin)}")
            if name.lower() not in TAGS:
                raise HTMLParseError(f'Unsupported start tag "{name.lower()}" {at(begin)}')
            attributes: dict[str, str] = {}
            while (close := _TAG_END.match(text, i)) is None:
                attribute = _ATTRIBUTE.match(text, i)
                if attribute is None:
                    raise HTMLParseError(f"Unclosed start tag {at(begin)}")
                value = attribute[2] or ""
                quoted = value[:1] in ("'", '"')
                value = _ENTITY.sub(lambda m: _decode(m) or m[0], value[1:-1]) if quoted else value.lower()
                attributes[attribute[1].lower()] = value
                i = attribute.end()
            stack.append((name.lower(), utf16, len(out), attributes))
            i = close.end()
            continue
        else:
            i += 1
        out.append(char)
        utf16 += utf16_len(char)
    if stack:
        raise HTMLParseError(f'Can\'t find end tag corresponding to start tag "{stack[-1][0]}"')
    return "".join(out), sorted(entities, key=lambda e: (e["offset"], -e["length"]))
