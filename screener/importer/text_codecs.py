"""The codec a file names for its text (a saved page's charset, a web archive's encoding, a Rich
Text code page), kept only when it is one of text.

Python's codec registry also holds byte-to-byte codecs (base64, hex, zlib, rot13, uu): a page
naming "base64" as its charset passed codecs.lookup and then raised LookupError when its bytes
were decoded, a traceback; "idna", "punycode" and "undefined" raise on any byte that is not
ASCII, even told to replace what they cannot read. A name that is not a codec that reads any
bytes into text is treated as one not known.
"""

from __future__ import annotations

import codecs

_EVERY_BYTE = bytes(range(256))


def text_codec(name: object, default: str = "utf-8") -> str:
    """The codec's canonical name when `name` names a text encoding, else `default`."""
    if not isinstance(name, str):
        return default
    try:
        codec = codecs.lookup(name).name
        _EVERY_BYTE.decode(codec, errors="replace")
    except (LookupError, ValueError):
        return default
    return codec
