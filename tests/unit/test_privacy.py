"""Personal data: international street addresses, dates of birth and IDs are found; a contact
line loses only its personal-data segments; left-out PII never reaches the semantic index;
the store, cache and outputs are created private (0600 files, 0700 directories)."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from cvtailor.checks.fabrication import pii_findings, strip_pii
from cvtailor.models import StructuredCV
from cvtailor.nodes.assemble import contact_without_pii, drop_personal_details

FOUND = [
    ("4417 Larkin Hollow Rd, Apt 2B", "street_address"), ("321 Gotham St", "street_address"),
    ("Rua das Flores 123", "street_address"), ("Hauptstraße 5, 10115 Berlin", "street_address"),
    ("Keizersgracht 123a, Amsterdam", "street_address"),
    ("12 rue de la Paix, Paris", "street_address"), ("London SW1A 1AA", "street_address"),
    ("Calle Mayor 5, Madrid", "street_address"), ("10 Downing Street", "street_address"),
    ("Geburtsdatum: 12.03.1990", "date_of_birth"), ("née le 3 mars 1988", "date_of_birth"),
    ("Data de nascimento: 01/02/1991", "date_of_birth"), ("DOB 1990-01-02", "date_of_birth"),
    ("CPF 123.456.789-09", "national_id"), ("NINO: QQ 12 34 56 C", "national_id"),
    ("Personalausweis: L01X00T47", "national_id"), ("SSN 123-45-6789", "national_id"),
    ("BSN: 123456782", "national_id"), ("Passport No. X1234567", "national_id"),
]
NOT_FOUND = [
    "Ran 6 Kubernetes clusters (EKS) serving 140 services with 99.97% availability.",
    "Cut median deploy time from 38 to 9 minutes", "Led 12 engineers across 3 time zones",
    "AWS IAM ID federation for 35 accounts", "Certified Kubernetes Administrator (2021)",
    "MSc in Informatics Engineering — Universidade do Minho", "Porto, Portugal",
    "github.com/ana-ferreira-example", "+351 912 000 111", "ana.ferreira@example.org",
    # an ID named as a topic of the work, not one given (a real achievement, kept)
    "Caught a doctored pay stub and a mismatched Social Security number in 2023 and "
    "escalated both to the compliance officer.",
    "Verified passport numbers and I-9 documents for 200 new hires in 2024",
    # a place that begins with a birth word, then a date: a certificate's issuer, not a birth
    "Hygiene certificate (hygiejnebevis), Campus Bornholm, 2016-01",
    "Field assistant in Borneo, 2019", "Bornemann Pumps, 2014-2018",
]


@pytest.mark.parametrize(("text", "kind"), FOUND)
def test_international_pii_is_found(text: str, kind: str) -> None:
    assert kind in {k for k, _ in pii_findings(text)}


@pytest.mark.parametrize("text", NOT_FOUND)
def test_ordinary_cv_text_is_not_pii(text: str) -> None:
    assert not [k for k, _ in pii_findings(text) if k in ("street_address", "national_id",
                                                            "date_of_birth")]


def test_european_header_keeps_email_phone_and_github() -> None:
    line = ("Hauptstraße 5, 10115 Berlin · Geburtsdatum: 12.03.1990 · Personalausweis: "
            "L01X00T47 · jan@example.de · +49 30 1234567 · github.com/jan")
    assert contact_without_pii(line) == "jan@example.de · +49 30 1234567 · github.com/jan"
    cv = StructuredCV(name="Jan", contact=[line, "Berlin, Germany"])
    out, notes, _ = drop_personal_details(cv)
    assert out.contact == ["jan@example.de · +49 30 1234567 · github.com/jan", "Berlin, Germany"]
    assert notes and "part of a contact line" in notes[0]
    assert "Hauptstraße" not in " ".join(notes) and "1990" not in " ".join(notes)


def test_comma_separated_address_line_keeps_the_rest() -> None:
    assert contact_without_pii("4417 Larkin Hollow Rd, Apt 2B, Springfield, IL, j@x.com") == (
        "Springfield, IL, j@x.com")
    assert contact_without_pii("321 Gotham St") == ""


def test_strip_pii_removes_what_is_left_out() -> None:
    text = "Contact: Rua das Flores 123, Porto; CPF 123.456.789-09; born 1990-01-02. Python"
    stripped = strip_pii(text)
    assert "Flores" not in stripped and "123.456" not in stripped and "1990" not in stripped
    assert "Python" in stripped and "Porto" in stripped


def test_semantic_index_gets_the_pii_stripped_text(monkeypatch: pytest.MonkeyPatch,
                                                   tmp_path: Path) -> None:
    """What the research node sends to the index (Chroma replaced by a recorder)."""
    from cvtailor.semantic import index
    from cvtailor.session import Session
    from cvtailor.storage.session_store import SessionStore
    from tests.formats.conftest import CV_MD

    sent: list[str] = []

    def record(corpus: dict[str, str], queries: dict[str, str], **_: object) -> dict[str, list]:
        sent.extend(corpus.values())
        return {q: [] for q in queries}

    monkeypatch.setattr(index, "search", record)
    cv = CV_MD.replace("- Automated nightly backups", "- Moved to Rua das Flores 123 and "
                       "automated nightly backups")
    jd = ("# Platform Engineer\n\n## Requirements\n\n- Kubernetes in production.\n"
          "- Backups with Ansible.\n")
    Session.start(cv, jd, store=SessionStore(tmp_path / "s.sqlite"), semantic=True,
                  auto_approve=True)
    assert sent and any("automated nightly backups" in t for t in sent)
    assert not any("Flores" in t for t in sent)


def _mode(p: Path) -> int:
    return stat.S_IMODE(p.stat().st_mode)


def test_store_cache_and_outputs_are_private(tmp_path: Path, cv: StructuredCV) -> None:
    from cvtailor.engines.llm.cache import ResponseCache
    from cvtailor.storage.session_store import SessionStore
    from cvtailor.writers import write_outputs
    from cvtailor.writers.report import save_report

    store = SessionStore(tmp_path / "store" / "sessions.sqlite")
    store.close()
    assert _mode(tmp_path / "store") == 0o700
    assert _mode(tmp_path / "store" / "sessions.sqlite") == 0o600
    cache = ResponseCache(tmp_path / "cache" / "llm.sqlite")
    cache.close()
    assert _mode(tmp_path / "cache" / "llm.sqlite") == 0o600
    written = write_outputs(cv, tmp_path / "out", "md,json")
    save_report({"x": 1}, tmp_path / "out")
    assert _mode(tmp_path / "out") == 0o700
    for path in [*written.values(), str(tmp_path / "out" / "report.json")]:
        assert _mode(Path(path)) == 0o600, path


def test_index_files_are_private(tmp_path: Path) -> None:
    from cvtailor.storage.private import private_tree

    (tmp_path / "idx" / "sub").mkdir(parents=True)
    (tmp_path / "idx" / "sub" / "data.bin").write_bytes(b"x")
    private_tree(tmp_path / "idx")
    assert _mode(tmp_path / "idx" / "sub") == 0o700
    assert _mode(tmp_path / "idx" / "sub" / "data.bin") == 0o600


@pytest.fixture
def cv() -> StructuredCV:
    from cvtailor.engines.offline.cv_parser import parse_cv_text
    from tests.formats.conftest import CV_MD

    return parse_cv_text(CV_MD)
