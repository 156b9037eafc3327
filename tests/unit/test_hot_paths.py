"""The fast paths of issue 12 give the answers of the plain code they replaced."""

from __future__ import annotations

import hashlib
import json
import random
import re

import pytest

from cvtailor.engines.llm.cache import request_key
from cvtailor.engines.offline import OfflineEngine
from cvtailor.engines.offline.planner import _qualifications, evidenced_keywords, held_keywords
from cvtailor.research.evidence import find_evidence
from cvtailor.text.cvtext import evidence_corpus
from cvtailor.text.wordforms import contains, phrase_in, phrase_near
from tests.conftest import CV_MD, JD_MD


def _plain_contains(text: str, term: str) -> bool:
    return re.search(rf"(?<![A-Za-z0-9]){re.escape(term)}(?![A-Za-z0-9])", text,
                     re.IGNORECASE) is not None


def test_contains_agrees_with_the_regex_on_ascii_and_other_text() -> None:
    rng = random.Random(12)
    alphabet = "aAbBkKsSiI1 .+#-/_ÉéßſİıK"  # case-folding traps: long s, Kelvin sign, dotted I
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        term = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 3)))
        assert contains(text, term) == _plain_contains(text, term), (text, term)
    assert contains("Ran PostgreSQL", "postgresql") and not contains("PostgreSQL", "SQL")
    assert contains("ſecurity", "Security") == _plain_contains("ſecurity", "Security")


def test_word_forms_still_need_every_number() -> None:
    assert phrase_in("ASC 606", "revenue under ASC 606 rules")
    assert not phrase_in("ASC 606", "revenue under ASC 842 rules")
    assert phrase_near("ISO 9001 audits", "ran the ISO yearly 9001 audits")
    assert not phrase_near("ISO 9001 audits", "ran the ISO 13485 audits")


@pytest.mark.parametrize("size", [0, 1, 2046, 2047, 2048, 4095, 10_000])
def test_request_key_is_the_sha256_of_the_sorted_json(size: int) -> None:
    parts = ("model", "x" * size, "é" * (size // 3), {"b": 1, "a": [2, size]})
    blob = json.dumps(parts, sort_keys=True, ensure_ascii=False, default=str)
    assert request_key(*parts) == hashlib.sha256(blob.encode("utf-8")).hexdigest()


def test_key_qualifications_stop_at_the_limit_with_the_same_terms() -> None:
    engine = OfflineEngine()
    cv, job = engine.parse_cv(CV_MD.read_text(), "markdown"), engine.parse_jd(JD_MD.read_text())
    report = engine.analyze_gaps(cv, job, find_evidence(cv, job, engine.vocab))
    corpus = evidence_corpus(cv)
    keywords = held_keywords(evidenced_keywords(job, report), corpus, engine.vocab)
    every = _qualifications(keywords, corpus, engine.vocab, {}, -1)  # no stop: all pass
    assert len(every) >= 3
    for limit in range(len(every) + 2):
        assert _qualifications(keywords, corpus, engine.vocab, {}, limit)[:limit] == \
            every[:limit]


def test_clean_inline_strips_html_tags_and_keeps_comparisons() -> None:
    from cvtailor.text.cvtext import clean_inline

    assert clean_inline("Kept scrap <2% and uptime >99% on line 3") == \
        "Kept scrap <2% and uptime >99% on line 3"
    assert clean_inline("Ran USP <71> sterility tests") == "Ran USP <71> sterility tests"
    assert clean_inline('a <b>bold</b> <span class="x">word</span>') == "a bold word"
