"""PDFs whose text pieces are placed where Word or LibreOffice draws them: a table cell after
cell (a wrapped cell's second line before the next cell of its row), a page header and footer,
a word split at a line's end with its hyphen drawn apart. For the tests of how a PDF file
becomes text."""

from __future__ import annotations

from pdf_writer import pdf_file

# (x, y, text): a piece of text drawn at x, y (points from the page's bottom left corner).
Piece = tuple[float, float, str]


def _string(text: str) -> bytes:
    raw = text.encode("cp1252")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def placed_pdf(pages: list[list[Piece]], size: int = 10) -> bytes:
    """A PDF (Helvetica, WinAnsi) drawing each page's pieces in the order given."""
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"",  # the page tree, once the pages' numbers are known
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    page_ids = []
    for pieces in pages:
        body = b"\n".join(
            b"BT /F1 %d Tf %.1f %.1f Td %s Tj ET" % (size, x, y, _string(text))
            for x, y, text in pieces
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(body) + body + b"\nendstream")
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % len(objects)
        )
        page_ids.append(len(objects))
    kids = b" ".join(b"%d 0 R" % i for i in page_ids)
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(page_ids))
    return pdf_file(objects)


def lines_at(x: float, top: float, lines: list[str], leading: float = 12) -> list[Piece]:
    """A cell's or paragraph's lines from its top line down."""
    return [(x, top - i * leading, line) for i, line in enumerate(lines)]
