"""Crafted notices a candidate may be handed, imported in a separate process with its
address space capped: a .docx whose headers say 2 KB and whose document inflates to 1 GiB,
one that declares 1 GiB, an .eml of 10,000 MIME parts, a 50 MB web page, a PDF page of two
million text operators, binary junk and UTF-16 without a byte-order mark. Each ends in a
draft or in a problem naming the file (exit 0 or 2), never a traceback, within the time
and memory given. Slow (the PDF alone takes seconds in pypdf): `make test-long`."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from pdf_writer import pdf_file

pytestmark = [
    pytest.mark.long,
    pytest.mark.skipif(sys.platform == "win32", reason="resource limits are POSIX"),
]

REPO = Path(__file__).resolve().parents[2]
MEMORY_CAP = 1536 * 1024 * 1024  # address space, not only what is resident
SECONDS = 120
CONTENT_TYPES = (
    b'<?xml version="1.0"?><Types '
    b'xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
)
DOCUMENT_HEAD = (
    b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
    b'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>'
)


def _zip(entries: list[tuple[str, bytes, int, int, int]]) -> bytes:
    """A zip written by hand, so its headers can say what the data is not.
    Each entry: (name, stored bytes, method, declared size, crc)."""
    out = bytearray()
    central = bytearray()
    for name, data, method, declared, crc in entries:
        offset, raw = len(out), name.encode()
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, method, 0, 0, crc, len(data),
                           declared, len(raw), 0) + raw + data  # fmt: skip
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, method, 0, 0,
                               crc, len(data), declared, len(raw), 0, 0, 0, 0, 0,
                               offset) + raw  # fmt: skip
    start = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries),
                       len(central), start, 0)  # fmt: skip
    return bytes(out)


def _inflating_document(size: int) -> tuple[bytes, int]:
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = b"A" * (1 << 20)
    parts, crc = [compressor.compress(DOCUMENT_HEAD)], zlib.crc32(DOCUMENT_HEAD)
    for _ in range(size >> 20):
        parts.append(compressor.compress(chunk))
        crc = zlib.crc32(chunk, crc)
    tail = b"</w:t></w:r></w:p></w:body></w:document>"
    parts += [compressor.compress(tail), compressor.flush()]
    return b"".join(parts), zlib.crc32(tail, crc)


def lying_docx(path: Path) -> None:
    data, crc = _inflating_document(1 << 30)
    types = (CONTENT_TYPES, 0, len(CONTENT_TYPES), zlib.crc32(CONTENT_TYPES))
    path.write_bytes(
        _zip([("[Content_Types].xml", *types), ("word/document.xml", data, 8, 2000, crc)])
    )


def declared_docx(path: Path) -> None:
    data, crc = _inflating_document(1 << 30)
    types = (CONTENT_TYPES, 0, len(CONTENT_TYPES), zlib.crc32(CONTENT_TYPES))
    path.write_bytes(
        _zip([("[Content_Types].xml", *types), ("word/document.xml", data, 8, 1 << 30, crc)])
    )


def many_parts_eml(path: Path) -> None:
    parts = "".join(
        f"--b\r\nContent-Type: text/plain\r\n\r\nVacancy part {i}\r\n" for i in range(10_000)
    )
    path.write_text(
        "From: a@b\r\nSubject: Vacancy\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; "
        f'boundary="b"\r\n\r\n{parts}--b--\r\n'
    )


def huge_html(path: Path) -> None:
    with path.open("w") as handle:
        handle.write("<html><body>" + "<div>" * 1000)
        for _ in range(500_000):
            handle.write("<p>Essential: a university degree in a relevant field.</p>\n")


def token_pdf(path: Path) -> None:
    stream = zlib.compress(b"BT /F1 12 Tf 72 720 Td " + b"(x) Tj " * 2_000_000 + b"ET", 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    path.write_bytes(pdf_file(objects))


def junk(path: Path) -> None:
    path.write_bytes(os.urandom(4 * 1024 * 1024))


def utf16_without_bom(path: Path) -> None:
    path.write_bytes((REPO / "tests" / "hardening" / "conftest.py").read_text().encode("utf-16-le"))


NOTICES: dict[str, Callable[[Path], None]] = {
    "lying.docx": lying_docx,
    "declared.docx": declared_docx,
    "parts.eml": many_parts_eml,
    "page.html": huge_html,
    "tokens.pdf": token_pdf,
    "junk.txt": junk,
    "wide.txt": utf16_without_bom,
}


def _capped() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


@pytest.mark.parametrize("name", list(NOTICES))
def test_a_crafted_notice_is_read_or_refused_in_bounded_time_and_memory(
    tmp_path: Path, name: str
) -> None:
    notice = tmp_path / name
    NOTICES[name](notice)
    env = {**os.environ, "SCREENER_DATA_DIR": str(tmp_path / "data"), "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, "-m", "screener", "import", str(notice), "-o", "-"],
        capture_output=True,
        text=True,
        env=env,
        timeout=SECONDS,
        preexec_fn=_capped,
    )
    assert "Traceback" not in done.stderr and "MemoryError" not in done.stderr, done.stderr
    assert done.returncode in (0, 2), done.stderr
    if done.returncode == 2:
        assert done.stderr.startswith(f"{notice}: "), done.stderr
