"""A pharmacy technician's two-column CV saved as a PDF from an HTML page without its charset
("â€”" for "—" in its text layer), to a medicines optimisation post that asks for "clinical
systems such as SystmOne or EMIS"."""

from __future__ import annotations

from cvtailor.engines.offline.cv_parser import parse_cv_text
from cvtailor.engines.offline.jd_parser import parse_jd_text
from cvtailor.readers.pdf import clean_glyph_noise
from cvtailor.research.evidence import analyze_gaps, find_evidence
from cvtailor.text.vocabulary import default_vocabulary

VOCAB = default_vocabulary()


def test_utf8_read_back_as_windows_1252_is_repaired() -> None:
    assert clean_glyph_noise("Accredited Checking Technician â€” Boots UK") == \
        "Accredited Checking Technician — Boots UK"
    assert clean_glyph_noise("March 2021 â€“ Present") == "March 2021 – Present"
    assert clean_glyph_noise("the pharmacistâ€™s screen") == "the pharmacist’s screen"
    for word in ("Pâté", "à la carte", "São Paulo", "Café"):  # real words stay as written
        assert clean_glyph_noise(word) == word


def test_one_of_the_systems_an_ad_offers_shows_the_kind() -> None:
    cv = parse_cv_text("# A\n\n## Skills\n- EMIS and ProScript Connect\n")
    job = parse_jd_text("# Senior Pharmacy Technician\n\n## Essential\n- Proficient with "
                        "clinical systems such as SystmOne or EMIS\n- Experience with cloud "
                        "platforms, including AWS and Azure\n", VOCAB)
    report = analyze_gaps(job, find_evidence(cv, job, VOCAB))
    systems, cloud = report.matches
    assert systems.status == "matched" and "clinical systems" in systems.covered_keywords
    assert cloud.status == "gap"  # neither example shown: nothing the umbrella asks for
