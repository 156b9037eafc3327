"""Hostile inputs built in code (nothing downloaded): each must end in one InputError line, or
a Document, in bounded time and memory. Shared by the fuzz tests and the fuzz benchmark."""

from __future__ import annotations

import io
import zipfile


def billion_laughs() -> bytes:
    lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for n in range(1, 10):
        prev = f"*a{n - 1}"
        lines.append(f"a{n}: &a{n} [{', '.join([prev] * 10)}]")
    lines.append("cv:\n  name: Lol\n  sections:\n    experience: *a9")
    return "\n".join(lines).encode()


def rendercv_stars(n: int = 100_000) -> bytes:
    return ("cv:\n  name: Star\n  sections:\n    summary:\n      - \"" + "* " * n + "\"\n").encode()


def rendercv_star_lines(n: int = 50_000) -> bytes:
    return ("cv:\n  name: Star\n" + "*\n" * n).encode()


def unclosed_comment_jd(n: int = 60_000) -> bytes:
    return ("# Engineer\n\n## Requirements\n\n- Python\n" + "<!-- x " * n).encode()


def unclosed_template_jd(n: int = 60_000) -> bytes:
    return ("# Engineer\n\n## Requirements\n\n- Python\n" + "{% x {{ y " * n).encode()


def deep_latex(depth: int = 50_000) -> bytes:
    return (r"\documentclass{article}\begin{document}\section{Experience}"
            + r"\textbf{" * depth + "deep" + "\n").encode()


def utf16_cv(text: str, bom: bool = True, big: bool = False) -> bytes:
    enc = "utf-16-be" if big else "utf-16-le"
    data = text.encode(enc)
    return ((b"\xfe\xff" if big else b"\xff\xfe") + data) if bom else data


def utf32_cv(text: str, bom: bool = True) -> bytes:
    data = text.encode("utf-32-le")
    return (b"\xff\xfe\x00\x00" + data) if bom else data


def _docx_zip(document_xml: bytes, compress: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    ct = (b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
          b'package/2006/content-types"><Default Extension="rels" ContentType="application/'
          b'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
          b'"application/xml"/><Override PartName="/word/document.xml" ContentType="application/'
          b'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = (b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
            b'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http:'
            b'//schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            b'Target="word/document.xml"/></Relationships>')
    with zipfile.ZipFile(buf, "w", compress) as z:
        z.writestr("[Content_Types].xml", ct)
        z.writestr("_rels/.rels", rels)
        z.writestr("word/document.xml", document_xml)
    return buf.getvalue()


W = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def docx_of_paragraphs(paras: list[bytes]) -> bytes:
    body = b"".join(paras)
    return _docx_zip(b'<?xml version="1.0" encoding="UTF-8"?><w:document ' + W
                     + b"><w:body>" + body + b"</w:body></w:document>")


def para(text: str, run_props: bytes = b"", style: str = "") -> bytes:
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>'.encode() if style else b""
    rpr = b"<w:rPr>" + run_props + b"</w:rPr>" if run_props else b""
    return (b"<w:p>" + ppr + b"<w:r>" + rpr + b"<w:t xml:space=\"preserve\">"
            + text.replace("&", "&amp;").replace("<", "&lt;").encode() + b"</w:t></w:r></w:p>")


def docx_many_bullets(n: int = 150_000) -> bytes:
    return docx_of_paragraphs([para(f"Bullet {i}", style="ListBullet") for i in range(n)])


def zip_bomb_docx(mb: int = 600) -> bytes:
    """A DOCX whose document.xml inflates to `mb` MB (written in chunks: the builder stays
    small in memory too)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        with z.open("word/document.xml", "w", force_zip64=True) as f:
            f.write(b'<?xml version="1.0"?><w:document ' + W + b"><w:body><w:p><w:r><w:t>")
            chunk = b"A" * (1 << 20)
            for _ in range(mb):
                f.write(chunk)
            f.write(b"</w:t></w:r></w:p></w:body></w:document>")
        z.writestr("[Content_Types].xml", b"<Types/>")
    return buf.getvalue()


def pdf_from_content(streams: list[bytes], width: int = 612, height: int = 792) -> bytes:
    """A PDF with one page per content stream, Helvetica as /F1: hand-built, no writer needed."""
    objs: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b"",
                         b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    kids = []
    for content in streams:
        page_no = len(objs) + 1
        objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {width} {height}] /Resources "
                    f"<< /Font << /F1 3 0 R >> >> /Contents {page_no + 1} 0 R >>".encode())
        objs.append(f"<< /Length {len(content)} >>\nstream\n".encode() + content
                    + b"\nendstream")
        kids.append(f"{page_no} 0 R")
    objs[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>".encode()
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for n, obj in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(f"{n} 0 obj\n".encode() + obj + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
              .encode())
    return out.getvalue()


def pdf_text(lines: list[tuple[str, str]], size: int = 11) -> bytes:
    """A one-page PDF: each (colour/size op prefix, text) a line from the top."""
    ops = [b"BT /F1 %d Tf" % size]
    y = 750
    for prefix, text in lines:
        esc = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append(f"{prefix} 1 0 0 1 72 {y} Tm ({esc}) Tj".encode("latin-1"))
        y -= 16
    ops.append(b"ET")
    return pdf_from_content([b"\n".join(ops)])


def pdf_many_operators(n: int = 200_000) -> bytes:
    return pdf_from_content([b"BT /F1 10 Tf 72 700 Td " + b"(a) Tj 1 0 Td " * n + b"ET"])
