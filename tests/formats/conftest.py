"""Fixtures for the format tests: one CV written here (own content), in every format."""

from __future__ import annotations

import pytest

from cvtailor.engines.offline.cv_parser import parse_cv_text
from cvtailor.models import StructuredCV
from cvtailor.text.cvtext import clean_inline

CV_MD = """# Ana Ferreira

Porto, Portugal · ana.ferreira@example.org · +351 912 000 111 · github.com/ana-ferreira-example

## Summary

Platform engineer with 7 years of experience running Kubernetes clusters and building CI/CD pipelines for payment and logistics teams.

## Experience

### Staff Platform Engineer — Norte Logistics

*Porto, Portugal* | Feb 2022 – Present

- Ran 6 Kubernetes clusters (EKS) serving 140 services with 99.97% availability over 2023.
- Cut median deploy time from 38 to 9 minutes by rebuilding the GitLab CI pipelines with build caching.
- Introduced Terraform modules for 35 AWS accounts; drift incidents fell from 12 to 1 per quarter.

### DevOps Engineer — Tejo Payments

*Lisbon, Portugal* | Sep 2018 – Jan 2022

- Migrated the card-authorisation service from VMs to containers with zero downtime.
- Wrote the on-call handbook and ran 20 incident reviews; pages per week dropped by 45%.

### Systems Administrator — Biblioteca Digital

*Coimbra, Portugal* | 2016 – 2018

- Automated nightly backups of 4 TB of scanned archives with Ansible and restic.

## Skills

- **Cloud:** AWS (EKS, IAM, S3), Kubernetes, Terraform
- **Delivery:** GitLab CI, Argo CD, Docker, Helm

## Education

### MSc in Informatics Engineering — Universidade do Minho

2014 – 2016

## Certifications

- Certified Kubernetes Administrator (2021)

## Languages

- Portuguese (native)
- English (C1)
"""

EMPLOYERS = ["Norte Logistics", "Tejo Payments", "Biblioteca Digital"]
TITLES = ["Staff Platform Engineer", "DevOps Engineer", "Systems Administrator"]
DATES = ["Feb 2022 – Present", "Sep 2018 – Jan 2022", "2016 – 2018"]


@pytest.fixture(scope="session")
def cv() -> StructuredCV:
    return parse_cv_text(CV_MD)


def bullets(cv: StructuredCV) -> list[str]:
    return [clean_inline(i.text) for i in cv.items()]


def signature(cv: StructuredCV) -> tuple[object, ...]:
    """Everything a reader must give back: name, contact, sections, entries, details, items."""
    c = clean_inline
    return (c(cv.name), [c(x) for x in cv.contact], [
        (c(s.heading), s.kind.value, [
            (c(e.heading), c(e.title), c(e.organization), e.dates, [c(d) for d in e.details],
             [c(i.text) for i in e.items]) for e in s.entries])
        for s in cv.sections])


def weasyprint_ok() -> bool:
    from cvtailor.writers.pdf import weasyprint_available

    return weasyprint_available()


needs_weasyprint = pytest.mark.skipif(not weasyprint_ok(), reason="WeasyPrint not installed")
