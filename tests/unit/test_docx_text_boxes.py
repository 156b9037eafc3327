"""What trying the tool as a job seeker found, on a CV outside every labelled set: a Birmingham
warehouse team leader's CV from a Word template whose sidebar is a text box (contact, skills,
licences, languages). The text box was not read, and nothing said so: the skills and the
forklift licences were lost from the tailoring. Each test failed on the code before the fix."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
from docx.oxml import parse_xml

from cvtailor.engines.offline.cv_parser import parse_cv_text
from cvtailor.models import SectionKind
from cvtailor.readers import read_document

_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
       'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
       'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
       'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
       'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
       'xmlns:v="urn:schemas-microsoft-com:vml"')

SIDEBAR = ["CONTACT", "Birmingham B12 9QE", "07700 900456", "tomasz.nowak@example.co.uk",
           "SKILLS", "Counterbalance and reach trucks", "WMS: Manhattan SCALE",
           "Stock counts and cycle counting", "LICENCES", "RTITB Counterbalance B1, 2022",
           "RTITB Reach, 2021", "LANGUAGES", "Polish (native), English (fluent)"]


def _text_box(lines: list[str]) -> Any:
    """A paragraph anchoring a text box, as Word writes one: a shape, and the VML picture
    that older readers fall back to, each holding the box's paragraphs."""
    inner = "".join(f'<w:p><w:r><w:t xml:space="preserve">{t}</w:t></w:r></w:p>' for t in lines)
    return parse_xml(
        f'<w:p {_NS}><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="page"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="page"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="2000000" cy="9000000"/><wp:wrapSquare wrapText="bothSides"/>'
        '<wp:docPr id="1" name="Text Box 1"/><a:graphic><a:graphicData '
        'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
        f'<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>'
        '</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>'
        f'<v:shape><v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape>'
        '</w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>')


def _template_cv(path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("Tomasz Nowak", style="Title")
    headline = document.add_paragraph("Warehouse Team Leader")
    headline._p.addnext(_text_box(SIDEBAR))
    document.add_paragraph("Profile", style="Heading 1")
    document.add_paragraph("Team leader on the night shift of a 24/7 grocery distribution "
                           "centre.")
    document.add_paragraph("Experience", style="Heading 1")
    document.add_paragraph("Night Shift Team Leader — Fairfield Foods Distribution, "
                           "Birmingham | 2021 – present")
    document.add_paragraph("Lead a team of 14 pickers and 3 drivers across 2 chilled aisles",
                           style="List Bullet")
    document.add_paragraph("Warehouse Operative — Kestrel Logistics, Coventry | 2018 – 2021")
    document.add_paragraph("Loaded and unloaded up to 30 trailers a shift", style="List Bullet")
    document.add_paragraph("Additional information", style="Heading 1")
    table = document.add_table(rows=1, cols=1)
    table.cell(0, 0).paragraphs[0]._p.addnext(_text_box(["Full UK driving licence"]))
    document.save(str(path))
    return path


def test_a_text_box_is_read_once_where_it_is_anchored(tmp_path: Path) -> None:
    text = read_document(_template_cv(tmp_path / "cv.docx"), "CV").text
    for line in SIDEBAR:
        assert text.count(line) == 1, line  # the shape's copy, not its VML fallback too
    assert text.index("SKILLS") < text.index("## Profile")
    assert text.count("Full UK driving licence") == 1  # a box in a table's cell


def test_the_sidebar_is_the_cvs_skills_licences_and_contact(tmp_path: Path) -> None:
    cv = parse_cv_text(read_document(_template_cv(tmp_path / "cv.docx"), "CV").text)
    assert cv.name == "Tomasz Nowak"
    assert "tomasz.nowak@example.co.uk" in cv.contact
    assert "CONTACT" not in cv.contact  # the sidebar's label over them
    kinds = {s.kind: [i.text for e in s.entries for i in e.items] for s in cv.sections}
    assert "WMS: Manhattan SCALE" in kinds[SectionKind.SKILLS]
    assert "RTITB Counterbalance B1, 2022" in kinds[SectionKind.CERTIFICATIONS]
    assert kinds[SectionKind.LANGUAGES] == ["Polish (native), English (fluent)"]
    experience = next(s for s in cv.sections if s.kind is SectionKind.EXPERIENCE)
    assert [e.organization for e in experience.entries] == [
        "Fairfield Foods Distribution, Birmingham", "Kestrel Logistics, Coventry"]
