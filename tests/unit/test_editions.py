"""One edition of a product is not another: an ad asking for "ArcGIS Pro" is not met by a CV
that names ArcMap (an other name of ArcGIS in the vocabulary), nor by "ArcGIS" alone; the CV's
ArcMap still shows the ArcGIS an ad asks for by its family name."""

from __future__ import annotations

from pathlib import Path

import pytest

import cvtailor
from cvtailor.text.vocabulary import another_edition

CV = """# Ana Horvat

## Experience

**Cartographer**, Geokarta, Gospić
March 2016 – Present

- Drew cadastral plans in AutoCAD Map and ArcMap for the surveyors.
- Keep the trail maps of the county up to date.
"""


@pytest.mark.parametrize(("ask", "written"), [
    ("It would be an advantage if you have worked with ArcGIS Pro", False),
    ("Experience with ArcGIS", True),
])
def test_an_edition_asked_for_is_shown_only_by_its_own_name(tmp_path: Path, ask: str,
                                                           written: bool) -> None:
    cv, jd = tmp_path / "cv.md", tmp_path / "jd.txt"
    cv.write_text(CV, encoding="utf-8")
    jd.write_text(f"Lead Cartographer\n\nRequirements\n- {ask}\n", encoding="utf-8")
    result = cvtailor.tailor(cv, jd, engine="offline")
    [req] = result.report["requirements"]
    assert (req["status"] == "matched") is written
    assert "ArcGIS Pro" not in result.markdown
    # the CV's own name is kept, or written as the ad's family name where it shows it
    assert ("ArcGIS" if written else "ArcMap") in result.markdown


@pytest.mark.parametrize(("keyword", "name", "surface", "other"), [
    ("ArcGIS Pro", "ArcGIS", "ArcMap", True),
    ("ArcGIS Pro", "ArcGIS", "ArcGIS", True),
    ("ArcGIS Pro", "ArcGIS", "ArcGIS Pro", False),
    ("Exchange Online", "Microsoft Exchange", "Exchange Server", True),
    ("Microsoft SQL Server", "SQL Server", "SQL Server", False),  # a maker's name, no edition
    ("ArcGIS", "ArcGIS", "ArcMap", False),
    ("Google Cloud", "GCP", "GCP", False),  # another name, no edition of it
    ("QuickBooks Online", "QuickBooks", "QuickBooks", True),
])
def test_another_edition(keyword: str, name: str, surface: str, other: bool) -> None:
    assert another_edition(keyword, name, surface) is other
