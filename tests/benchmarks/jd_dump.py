"""Every requirement the offline JD parser gives for every JD in the repo and the shared corpus,
as JSON: the non-regression reference for parser changes (diff the output before and after).

    python tests/benchmarks/jd_dump.py > before.json   # ... change the parser ...
    python tests/benchmarks/jd_dump.py | diff before.json -

JDs: tests/benchmarks/*/*/jd.*, examples/jd*, tests/fixtures/**/jd* and the shared corpus's
*.md / *.txt ads. Never the held-out sets (`HELD_OUT`: their parse is not looked at) and never
tests/fixtures/ads/ (tests/unit/test_ads.py checks those; see tests/benchmarks/ads.py).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
CORPUS = next((p / "shared" / "corpus" for p in ROOT.parents if (p / "shared" / "corpus").is_dir()),
              ROOT.parent / "shared" / "corpus")

HELD_OUT = frozenset({"holdout", "blind3", "blind4", "blind5", "blind6", "blind9", "blind10",
                       "blind11", "blind12", "blind13", "blind14", "blind15", "blind16",
                       "blind17", "blind18", "blind19", "blind20",
                       "blind23", "blind24", "blind25", "blind26",
                       "blind27", "blind28", "blind29", "blind30", "blind31",
                       "blind32", "blind33", "blind34", "blind35",
                       "blind36", "blind37", "blind38", "blind39", "blind40",
                       "blind41", "blind42", "blind43", "blind44", "blind45", "blind46",
                       "blind47", "blind48", "blind49", "blind50", "blind51", "blind55",
                       "blind56", "blind59", "blind60", "blind62", "blind63",
                       "blind66", "blind67", "blind69", "blind70", "blind71",
                       "blind73", "blind74", "blind75", "blind77",
                       "blind78", "blind79", "blind80", "blind81", "blind82", "blind83", "blind84",
                       "blind85", "blind86", "blind87", "blind88", "blind89", "blind90", "blind91",
                       "blind92", "blind93", "blind94", "blind95", "blind96", "blind97", "blind98",
                       "blind99", "blind100", "blind101", "blind102", "blind103", "blind104",
                       "blind105", "blind106", "blind107", "blind108", "blind109", "blind110",
                       "blind111", "blind112", "blind113", "blind114", "blind115", "blind116",
                       "blind117", "blind118", "blind119",
                       "blind120", "blind121", "blind122",
                       "blind123", "blind124", "blind125", "blind126", "blind127",
                       "blind128", "blind129", "blind130", "blind131", "blind132",
                       "blind133", "blind134", "blind135", "blind136", "blind137",
                       "blind138", "blind139", "blind140", "blind141", "blind142",
                       "blind143", "blind144", "blind145", "blind146", "blind147", "blind148", "blind149",
                       "blind150", "blind151", "blind152", "blind153", "blind154", "blind155",
                       "blind156", "blind157", "blind158"})


def jd_files() -> list[Path]:
    """The JDs dumped, in a stable order."""
    paths = [p for p in sorted(HERE.glob("*/*/jd.*")) if p.parent.parent.name not in HELD_OUT]
    paths += sorted(ROOT.glob("examples/jd*"))
    paths += sorted(p for p in ROOT.glob("tests/fixtures/**/jd*") if "ads" not in p.parts)
    folder = CORPUS / "jds"
    paths += sorted(p for p in folder.iterdir() if p.suffix in (".md", ".txt")) \
        if folder.is_dir() else []
    return paths


def main() -> int:
    from cvtailor.engines.offline.jd_parser import parse_jd_text
    from cvtailor.readers import read_document
    from cvtailor.text.vocabulary import default_vocabulary

    vocab = default_vocabulary()
    out = []
    for path in jd_files():
        job = parse_jd_text(read_document(path, "JD").text, vocab)
        name = str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else f"corpus/{path.name}"
        out.append({"jd": name, "title": job.title, "company": job.company,
                    "requirements": [{"priority": r.priority, "keywords": r.keywords,
                                      "text": r.text} for r in job.requirements]})
    print(json.dumps(out, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    sys.exit(main())
