"""One part of an office document's zip archive (a .docx, an .odt), read without trusting it:
the one place the importer reads a zip entry, so every reader refuses the same way.

zipfile raises RuntimeError for an entry with a password and NotImplementedError for one
compressed by a method it lacks (AES, Deflate64, PPMd): both were tracebacks. An entry is read
up to a limit whatever its header claims: a mimetype entry of a few bytes that inflates to 1.5
GB (from a 1.5 MB file) once took 20 s and 3 GB to read whole.
"""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

from screener.persistence.errors import FileProblemError
from screener.translatable import QT_TRANSLATE_NOOP

# What reading a damaged or crafted zip can raise: each is a file that cannot be read, said as
# such (RuntimeError and NotImplementedError are zipfile's for the cases above, should one
# pass the checks below).
ZIP_READ_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    OSError,
    EOFError,
    ValueError,
    zlib.error,
    RuntimeError,
    NotImplementedError,
)
# Said of an entry with a password, of a LibreOffice document saved with one (its parts are
# encrypted inside a plain zip), and of a Word document saved with one (Office then wraps the
# whole .docx in an encrypted compound file, which looks like a Word 97-2003 one).
PASSWORD_PROTECTED = QT_TRANSLATE_NOOP(
    "FileProblem",
    "is password-protected; open it with its password and save a copy without one, or copy "
    "its text and use Paste",
)
_METHODS = frozenset(
    {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA}
)


def read_part(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    """At most `limit` bytes of the entry; FileProblemError naming the file when the entry is
    locked by a password or compressed in a way that cannot be read. The caller says when the
    entry holds more than `limit` (it gets limit + 1 bytes then)."""
    if info.flag_bits & 0x1:
        raise FileProblemError.of(path, PASSWORD_PROTECTED)
    if info.compress_type not in _METHODS:
        raise FileProblemError.of(
            path,
            QT_TRANSLATE_NOOP(
                "FileProblem",
                "is compressed in a way Screener cannot read (method {method}); save it again "
                "from its word processor, or copy its text and use Paste",
            ),
            method=info.compress_type,
        )
    with archive.open(info) as part:
        return part.read(limit + 1)
