"""Mutations of good files into hostile ones, as the attacks of issue 12 made them: huge
integers, deep nesting, invalid UTF-8, lone surrogates, control characters, markup,
enormous words and enormous lists. Driven by any random source (hypothesis, or a seeded
Random for folders of thousands), so the same mutations serve the property tests and the
bulk ones."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from hardening_support import BUNDLED_FILES, REPO

# Picks an int in [low, high]: hypothesis' draw(integers()) or Random.randint.
Pick = Callable[[int, int], int]

VACANCY_BASES = [path.read_bytes() for path in BUNDLED_FILES]
PROFILE_BASES = [
    json.dumps(data, ensure_ascii=False, indent=2).encode()
    for data in (
        {"format": 1, "name": "A. Candidate", "nationality": "BE", "education": "master",
         "languages": {"en": "V", "fr": "III"}, "mother_tongues": ["nl"],
         "driving_licences": ["B"],
         "answers": {"250939": {"experience": 7, "cctv-ids-fire": True, "fitness": "unsure"}}},
        {"name": "Old", "languages": [{"code": "en", "level": "V"}, {"code": "fr", "level": "II"}]},
    )
]  # fmt: skip
NOTICE_BASES = [
    path.read_bytes() for path in sorted((REPO / "tests/importer/notices").glob("*.txt"))
]

MARKUP = '<b>bold</b><img src="x.png"><a href="file:///etc/passwd">link</a>'
CONTROLS = ["\x1b[2J", "\x1b]0;title\x07", "\x07", "\x08", "\x00", "\x85", "\u202e", "\x7f", "\r"]
INVALID_UTF8 = [b"\xff", b"\xc3", b"\xed\xa0\x80", b"\xef\xbb\xbf", b"\xc0\x80", b"\xf8\x88\x80"]
# Strings in TOML and JSON: "..." (a basic string: escapes work) and TOML's '''...'''.
_BASIC_STRING = re.compile(rb'"(?:[^"\\\n]|\\.)*"')
_VALUE = re.compile(rb"(?m)(?<=[=:] )(?:-?\d+(?:\.\d+)?|true|false|\"[^\"\n]*\")")


@dataclass(frozen=True)
class Kind:
    name: str
    apply: Callable[[bytes, Pick, bool], bytes]  # (content, pick, json?) -> mutated content


def _choose(items: list, pick: Pick):  # type: ignore[no-untyped-def,type-arg]
    return items[pick(0, len(items) - 1)]


def _inside_a_string(content: bytes, payload: bytes, pick: Pick) -> bytes:
    spans = [m.span() for m in _BASIC_STRING.finditer(content) if m.end() - m.start() > 2]
    if not spans:
        return content + payload
    start, end = _choose(spans, pick)
    at = pick(start + 1, end - 1)
    return content[:at] + payload + content[at:]


def _replace_a_value(content: bytes, value: bytes, pick: Pick) -> bytes:
    spans = [m.span() for m in _VALUE.finditer(content)]
    if not spans:
        return content + b"\nx = " + value
    start, end = _choose(spans, pick)
    return content[:start] + value + content[end:]


def _huge_integer(content: bytes, pick: Pick, is_json: bool) -> bytes:
    return _replace_a_value(content, b"9" * pick(4_000, 6_000), pick)


def _deep_nesting(content: bytes, pick: Pick, is_json: bool) -> bytes:
    depth = pick(10, 120_000)
    if pick(0, 1) and is_json:
        value = b'{"a": ' * depth + b"1" + b"}" * depth
    else:
        value = b"[" * depth + b"]" * depth
    return _replace_a_value(content, value, pick)


def _invalid_utf8(content: bytes, pick: Pick, is_json: bool) -> bytes:
    at = pick(0, len(content))
    return content[:at] + _choose(INVALID_UTF8, pick) + content[at:]


def _lone_surrogate(content: bytes, pick: Pick, is_json: bool) -> bytes:
    escape = _choose([b"\\ud800", b"\\udfff", b"\\udc80x", b"\\ud83d"], pick)
    if not is_json:  # TOML spells code points with 4 or 8 hex digits
        escape = _choose([escape, b"\\U0000d800"], pick)
    return _inside_a_string(content, escape, pick)


def _control(content: bytes, pick: Pick, is_json: bool) -> bytes:
    char = _choose(CONTROLS, pick)
    if pick(0, 1):  # raw in the file
        return _inside_a_string(content, char.encode(), pick)
    escaped = "".join(f"\\u{ord(c):04x}" for c in char)  # as escapes in the file
    return _inside_a_string(content, escaped.encode(), pick)


def _markup(content: bytes, pick: Pick, is_json: bool) -> bytes:
    payload = MARKUP.replace('"', '\\"').encode()
    return _inside_a_string(content, payload, pick)


def _enormous_word(content: bytes, pick: Pick, is_json: bool) -> bytes:
    return _inside_a_string(content, b"W" * pick(1_000, 300_000), pick)


def _enormous_list(content: bytes, pick: Pick, is_json: bool) -> bytes:
    # Lists a view lays out item by item (conditions, requirements, licences): bounded at load.
    item = _choose([b'"B"', b'"medical_approval"', b"1", b"{}" if is_json else b"{ }"], pick)
    return _replace_a_value(content, b"[" + b", ".join([item] * pick(900, 60_000)) + b"]", pick)


KINDS = [
    Kind(f.__name__.strip("_"), f)
    for f in (_huge_integer, _deep_nesting, _invalid_utf8, _lone_surrogate, _control,
              _markup, _enormous_word, _enormous_list)
]  # fmt: skip


def mutate(content: bytes, pick: Pick, is_json: bool, count: int = 1) -> tuple[bytes, list[str]]:
    """`content` with `count` mutations applied; also returns their names (for messages)."""
    names = []
    for _ in range(count):
        kind = _choose(KINDS, pick)
        content = kind.apply(content, pick, is_json)
        names.append(kind.name)
    return content, names


def mutate_notice(content: bytes, pick: Pick) -> bytes:
    """A notice's text with hostile text put anywhere (notices have no strings to aim at)."""
    payload = _choose(
        [b"9" * pick(4_000, 6_000), MARKUP.encode(), _choose(CONTROLS, pick).encode(),
         _choose(INVALID_UTF8, pick), b"W" * pick(1_000, 200_000),
         b"have at least " + b"9" * 5_000 + b" years of experience"],
        pick,
    )  # fmt: skip
    at = pick(0, len(content))
    return content[:at] + payload + content[at:]


def write(folder: Path, name: str, content: bytes) -> Path:
    path = folder / name
    path.write_bytes(content)
    return path
