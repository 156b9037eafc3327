"""What trying the tool as a job seeker found, on an ad outside every labelled set: a quality
control chemist ad copied whole from a Naukri page (title, company, rating, experience, pay and
location over "Send me jobs like this", job highlights, the description, then "Role:",
"Industry Type:" ... details, the education asked and key skills marked with "*"). Each test
failed on the code before the fix."""

from __future__ import annotations

from pathlib import Path

from cvtailor.text.vocabulary import default_vocabulary
from tests.conftest import pasted_job

VOCAB = default_vocabulary()

NAUKRI_PAGE = """\
Quality Control Chemist
Sunrise Lifesciences Pvt. Ltd.
3.9
142 Reviews
3 - 6 years
₹ 4-6.5 Lacs P.A.
Vadodara
Send me jobs like this
Posted: 3 days ago
Openings: 2
Applicants: 100+
Apply
Job highlights
B.Sc / M.Sc Chemistry with 3-6 years in QC of a pharma formulation plant
HPLC and GC analysis, Empower 3, GMP documentation
Job description
Analyse raw materials, in-process and finished product samples by HPLC, GC, UV and dissolution as per pharmacopoeia and in-house specifications.
Operate and calibrate HPLC and GC instruments and maintain instrument logbooks.
Review analytical data in Empower 3 and report results in LIMS.
Handle OOS and OOT investigations and raise deviations.
Prepare for USFDA and WHO-GMP audits.
Role: Quality Control Chemist
Industry Type: Pharmaceutical & Life Sciences
Department: Quality Assurance
Employment Type: Full Time, Permanent
Role Category: Quality Control
Education
UG: B.Sc in Chemistry
PG: M.Sc in Chemistry, Analytical Chemistry
Key Skills
Skills highlighted with ‘*‘ are preferred keyskills
HPLC*
GC*
Empower*
Dissolution
GMP
LIMS
About company
Sunrise Lifesciences is a WHO-GMP certified formulation company with plants in Vadodara and Baddi.
Similar jobs
"""


def test_an_ad_copied_from_a_naukri_page_is_read_as_its_duties_and_requirements(
        tmp_path: Path) -> None:
    """The page's details ("Industry Type: Pharmaceutical & Life Sciences", "Department:
    Quality Assurance", "Skills highlighted with '*' are preferred keyskills") were
    requirements, two highlights were one, and "Handle OOS and OOT investigations and raise
    deviations" was lost."""
    text, job = pasted_job(tmp_path, NAUKRI_PAGE)
    assert (job.title, job.company) == ("Quality Control Chemist", "Sunrise Lifesciences Pvt. Ltd.")
    texts = [r.text for r in job.requirements]
    assert "Handle OOS and OOT investigations and raise deviations" in texts
    assert "B.Sc / M.Sc Chemistry with 3-6 years in QC of a pharma formulation plant" in texts
    assert "HPLC and GC analysis, Empower 3, GMP documentation" in texts
    assert not any(t.startswith(("Role", "Industry", "Department", "Skills highlighted"))
                   for t in texts)
    assert not any(k in ("UG", "PG") for r in job.requirements for k in r.keywords)
    assert "Similar jobs" not in text and "Send me jobs" not in text
