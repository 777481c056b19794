"""Telegram's HTML parse mode: the tag subset, entities and error texts of TDLib's parse_html.

``parse_telegram_html(text)`` gives the plain text a user would see;
``parse_html_entities(text)`` also gives the MessageEntity list (UTF-16 offsets).
Errors raise :class:`HTMLParseError` (a ``ValueError``) whose message is Telegram's
description, e.g. ``Bad Request: can't parse entities: Unsupported start tag "br" at byte offset 5``.

``strict=True`` (the default) also refuses a bare ``&`` that starts no entity, as the
Bot API documentation demands ("must be replaced with &amp;"); Telegram itself keeps
such an ``&`` literally, which ``strict=False`` reproduces.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

PREFIX = "Bad Request: can't parse entities: "
TAGS = frozenset(
    "a b strong i em s strike del u ins tg-spoiler tg-emoji tg-time span pre code blockquote".split()
)
_SIMPLE = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "span": "spoiler",
}
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_END = "\0"  # what TDLib reads past the end of its C string
_SPACE = frozenset(" \t\r\n\v\f\0")
_NAME_STOP = _SPACE | frozenset("=>/\"'")
_DIGITS = frozenset("0123456789")
_HEX = _DIGITS | frozenset("abcdefABCDEF")
_ALPHA = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_TOKEN = _ALPHA | _DIGITS | frozenset(".-")


class HTMLParseError(ValueError):
    """HTML Telegram refuses; ``str(error)`` is Telegram's full description."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        self.description = PREFIX + reason
        super().__init__(self.description)


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def parse_telegram_html(text: str, *, strict: bool = True) -> str:
    """The plain text of a parse_mode=HTML text; raises HTMLParseError (ValueError)."""
    return parse_html_entities(text, strict=strict)[0]


def parse_html_entities(text: str, *, strict: bool = True) -> tuple[str, list[dict[str, Any]]]:
    """The plain text and its MessageEntity dicts, as Telegram derives them."""
    return _Parser(text, strict).run()


@dataclass
class _Open:
    tag: str
    argument: str
    offset: int  # UTF-16 offset in the result
    position: int  # index into the result's characters
    attrs: dict[str, str] = field(default_factory=dict)


class _Parser:
    def __init__(self, text: str, strict: bool) -> None:
        self.text = text
        self.strict = strict
        self.out: list[str] = []
        self.utf16 = 0
        self.entities: list[dict[str, Any]] = []
        self.stack: list[_Open] = []
        self.surrogate = False

    def at(self, i: int) -> str:
        return self.text[i] if i < len(self.text) else _END

    def offset(self, i: int) -> str:
        return str(len(self.text[:i].encode("utf-8", "surrogatepass")))

    def emit(self, char: str) -> None:
        self.out.append(char)
        self.utf16 += 2 if ord(char) > 0xFFFF else 1

    def run(self) -> tuple[str, list[dict[str, Any]]]:
        i, n = 0, len(self.text)
        while i < n:
            char = self.text[i]
            if char == "&":
                decoded = self.entity(i)
                if decoded is not None:
                    self.emit(decoded[0])
                    i = decoded[1]
                    continue
                if self.strict:
                    raise HTMLParseError(
                        f'Character "&" at byte offset {self.offset(i)} must be escaped as "&amp;"'
                    )
            if char != "<":
                self.emit(char)
                i += 1
            elif self.at(i + 1) != "/":
                i = self.start_tag(i) + 1
            else:
                i = self.end_tag(i) + 1
        if self.stack:
            raise HTMLParseError(
                f'Can\'t find end tag corresponding to start tag "{self.stack[-1].tag}"'
            )
        if self.surrogate:
            raise HTMLParseError(
                "Text contains invalid Unicode characters after decoding HTML entities, "
                "check for unmatched surrogate code units"
            )
        for entity in self.entities:
            if entity["type"] == "code":
                entity.pop("language", None)
        self.entities.sort(key=lambda e: (e["offset"], -e["length"]))
        return "".join(self.out), self.entities

    def entity(self, pos: int) -> tuple[str, int] | None:
        """TDLib's decode_html_entity: (character, position after it) or None."""
        end, code = pos + 1, 0
        if self.at(end) == "#":
            end += 1
            digits, base = _DIGITS, 10
            if self.at(end) == "x":
                end, digits, base = end + 1, _HEX, 16
            while self.at(end) in digits:
                code = code * base + int(self.at(end), 16)
                end += 1
                if code >= 0x10FFFF:
                    return None
            if code == 0 or end - pos >= 10:
                return None
        else:
            while self.at(end) in _ALPHA:
                end += 1
            named = _NAMED.get(self.text[pos + 1 : end])
            if named is None:
                return None
            code = ord(named)
        if 0xD800 <= code <= 0xDFFF:
            self.surrogate = True
            code = 0xFFFD
        return chr(code), end + 1 if self.at(end) == ";" else end

    def start_tag(self, begin: int) -> int:
        i = begin + 1
        while self.at(i) not in _SPACE and self.at(i) != ">":
            i += 1
        if i >= len(self.text):
            raise HTMLParseError(f"Unclosed start tag at byte offset {self.offset(begin)}")
        tag = self.text[begin + 1 : i].lower()
        if tag not in TAGS:
            raise HTMLParseError(
                f'Unsupported start tag "{tag}" at byte offset {self.offset(begin)}'
            )
        argument, attrs = "", {}
        while self.at(i) != ">":
            while i < len(self.text) and self.at(i) in _SPACE:
                i += 1
            if self.at(i) == ">":
                break
            name_begin = i
            while self.at(i) not in _NAME_STOP:
                i += 1
            name = self.text[name_begin:i]
            if not name:
                raise HTMLParseError(
                    f'Empty attribute name in the tag "{tag}" at byte offset {self.offset(begin)}'
                )
            while i < len(self.text) and self.at(i) in _SPACE:
                i += 1
            if self.at(i) != "=":
                if i >= len(self.text):
                    raise HTMLParseError(
                        f'Unclosed start tag "{tag}" at byte offset {self.offset(begin)}'
                    )
                if tag == "blockquote" and name == "expandable":
                    argument = "1"
                continue
            i += 1
            while i < len(self.text) and self.at(i) in _SPACE:
                i += 1
            if i >= len(self.text):
                raise HTMLParseError(
                    f'Unclosed start tag "{tag}" at byte offset {self.offset(begin)}'
                )
            value, i = self.attribute_value(i)
            if i >= len(self.text):
                raise HTMLParseError(f"Unclosed start tag at byte offset {self.offset(begin)}")
            attrs[name] = value
            argument = _argument(tag, name, value, argument)
        if tag == "span" and argument != "spoiler":
            raise HTMLParseError(
                f'Tag "span" must have class "tg-spoiler" at byte offset {self.offset(begin)}'
            )
        self.stack.append(_Open(tag, argument, self.utf16, len(self.out), attrs))
        return i

    def attribute_value(self, i: int) -> tuple[str, int]:
        quote = self.at(i)
        if quote not in "\"'":
            begin = i
            while self.at(i) in _TOKEN:
                i += 1
            if self.at(i) not in _SPACE and self.at(i) != ">":
                raise HTMLParseError(f"Unexpected end of name token at byte offset {self.offset(begin)}")
            return self.text[begin:i].lower(), i
        i += 1
        value: list[str] = []
        while i < len(self.text) and self.at(i) != quote:
            if self.at(i) == "&":
                decoded = self.entity(i)
                if decoded is not None:
                    value.append(decoded[0])
                    i = decoded[1]
                    continue
            value.append(self.at(i))
            i += 1
        if self.at(i) == quote:
            i += 1
        return "".join(value), i

    def end_tag(self, begin: int) -> int:
        if not self.stack:
            raise HTMLParseError(f"Unexpected end tag at byte offset {self.offset(begin)}")
        i = begin + 1
        while self.at(i) not in _SPACE and self.at(i) != ">":
            i += 1
        name = self.text[begin + 2 : i].lower()
        while i < len(self.text) and self.at(i) in _SPACE:
            i += 1
        if self.at(i) != ">":
            raise HTMLParseError(f"Unclosed end tag at byte offset {self.offset(begin)}")
        opened = self.stack[-1]
        if name and name != opened.tag:
            raise HTMLParseError(
                f"Unmatched end tag at byte offset {self.offset(begin)}, "
                f'expected "</{opened.tag}>", found "</{name}>"'
            )
        if self.utf16 > opened.offset:
            self.add_entity(opened, self.utf16 - opened.offset)
        self.stack.pop()
        return i

    def add_entity(self, opened: _Open, length: int) -> None:
        base: dict[str, Any] = {"offset": opened.offset, "length": length}
        last = self.entities[-1] if self.entities else None
        same_span = last is not None and (last["offset"], last["length"]) == (opened.offset, length)
        tag, argument = opened.tag, opened.argument
        if tag in _SIMPLE:
            self.entities.append({"type": _SIMPLE[tag], **base})
        elif tag == "blockquote":
            kind = "expandable_blockquote" if argument else "blockquote"
            self.entities.append({"type": kind, **base})
        elif tag == "a":
            url = argument or "".join(self.out[opened.position :])
            if url:
                self.entities.append({"type": "text_link", **base, "url": url})
        elif tag == "tg-emoji":
            if not argument.isdigit() or not 0 < int(argument) < 2**63:
                raise HTMLParseError("Invalid custom emoji identifier specified")
            self.entities.append({"type": "custom_emoji", **base, "custom_emoji_id": argument})
        elif tag == "tg-time":
            unix = opened.attrs.get("unix", "")
            if unix.isdigit():
                entity = {"type": "date_time", **base, "unix_time": int(unix)}
                if opened.attrs.get("format"):
                    entity["date_time_format"] = opened.attrs["format"]
                self.entities.append(entity)
        elif tag == "pre":
            if last and same_span and last["type"] == "code" and "language" in last:
                last["type"] = "pre"
            else:
                self.entities.append({"type": "pre", **base})
        elif tag == "code":
            if last and same_span and last["type"] == "pre" and argument:
                last["language"] = argument
            else:
                entity = {"type": "code", **base}
                if argument:
                    entity["language"] = argument
                self.entities.append(entity)


def _argument(tag: str, name: str, value: str, current: str) -> str:
    if (tag, name) in (("a", "href"), ("tg-emoji", "emoji-id")):
        return value
    if tag == "code" and name == "class" and value.startswith("language-"):
        return value[len("language-") :]
    if tag == "span" and name == "class" and value.startswith("tg-"):
        return value[len("tg-") :]
    if tag == "blockquote" and name == "expandable":
        return "1"
    return current
