"""Duties every trade's supervisor is asked for, read where a CV says them in its own words.

An ad asks for a duty by its name ("Lead shift handovers", "Train and supervise apprentices");
a CV shows it by what was done ("Walk the next crew through what is open on the jetty before
I go off", "Show the two trainees in their third year how to fit a hinge pin"). No
similarity of sentences joins the two, and asking the person about each costs the interview
its questions. Each module reads one duty narrowly, as a recruiter would, and gives the ad's
own term for what a line shows, or None:

- `newcomers`: training the people a workplace takes on (`taught_term`);
- `handovers`: handing the shift over to those who take over (`handover_term`); a finished
  job handed over to the client (`client_handover_term`); the place closed down at the end of
  the day (`closing_term`);
- `upkeep`: preventive maintenance and toolbox talks (`upkeep_term`, `toolbox_term`);
- `rotas`: rotas and work schedules, who works where (`rota_term`);
- `incidents`: incident reports, what went wrong written down (`incident_term`);
- `checks`: quality checks on every piece before it goes out, and complaints dealt with
  (`quality_term`, `complaint_term`); others' reports reviewed (`review_term`); enquiries
  answered (`enquiry_term`); customers' orders taken by phone or mail (`order_taking_term`);
  what buyers send back looked into and put right (`returns_term`);
- `logs`: shift logs and records, the shift's figures written in its book (`log_term`); the
  figures of what was made reported (`figures_term`); the report of each job written
  (`job_report_term`); the figures of what was done handed in for billing (`billing_term`);
  what is thrown away counted at set times (`scrap_term`);
- `safety`: safety and hygiene rules the person makes others keep, fire means kept ready, a
  lockout kept for others' work (`safety_term`); the floors and work areas kept clean
  (`housekeeping_term`); the staff taken through what to do in an emergency (`drill_term`);
  the weather watched and acted on for the people out in it (`weather_term`);
- `procedures`: the step-by-step guides the workplace works by, written (`procedure_term`);
- `improvements`: continuous improvement, a change the person came up with and what it
  bettered (`improvement_term`);
- `stock`: the stock counted, or kept stocked, and what runs short ordered (`stock_term`);
  stock rotation, the oldest used first (`rotation_term`); the stocktaking, the whole store
  counted at set times (`stocktake_term`); deliveries checked in as they arrive
  (`delivery_check_term`);
- `targets`: production targets worked towards, or the amounts set (`target_term`);
- `traceability`: each lot marked so it can be followed back (`traceability_term`);
- `infection`: infection control, what is shared cleaned after each patient
  (`infection_term`);
- `audits`: the external auditors, what the yearly audit asks for answered; an outside audit
  hosted or got ready for (`auditor_term`);
- `causes`: root cause analysis and troubleshooting, why a fault happened found and put right
  (`cause_term`);
- `rounds`: safety rounds and risk assessments, the workplace gone round for what could hurt,
  and what could go wrong gone over before a job (`round_term`);
- `permits`: permits to work, the papers signed once the plant is made safe (`permit_term`);
  the air of a tank checked with a meter before anyone goes in (`gas_test_term`);
- `repairs`: work orders raised, faults written up for whoever mends them (`repair_term`);
  the maintenance people called in to a fault (`maintenance_term`); first-line maintenance,
  worn parts changed by the person's own hand (`first_line_term`); small repairs, what breaks
  fixed by the person (`small_repairs_term`);
- `estimates`: quotations and cost estimates, what a job takes worked out for its price
  (`estimate_term`); site visits, the place gone out to before the job and measured
  (`survey_term`);
- `calibration`: measuring and test equipment kept calibrated, sent in for its regular check
  or checked against a reference (`calibration_term`);
- `proficiency`: proficiency testing, the samples that go round every laboratory tested and
  the results compared (`proficiency_term`);
- `liaison`: the contact for the people outside the team, the work agreed with them
  (`liaison_term`);
- `visitors`: visitors shown the trade, taken round, told how or worked in front of
  (`visitor_term`);
- `consultations`: customers' advice and own orders, what they want worked out sitting with
  them (`consultation_term`);
- `teams`: a team led, the ad's crew named by the size of the one the person ran
  (`team_term`); the people taken on for a season set to their work (`seasonal_term`);
- `planning`: production planned, which work goes through which machine or to which bench
  decided (`planning_term`);
- `briefings`: the team briefed before service or a shift (`briefing_term`); an activity's
  guests talked through doing it safely before it starts (`guest_briefing_term`);
- `inspections`: a kind of equipment inspected at set times, what fails put out of use
  (`inspection_term`);
- `sanitation`: the production equipment cleaned at set times (`sanitation_term`);
- `cash`: the day's till counted and made to agree with what was sold, or the cash handled
  (`till_term`);
- `purchasing`: the materials ordered, the supplier rung for what is needed
  (`purchase_term`).

research/evidence decides a line a reader names as a strong semantic match is decided
(`via="similarity"`): the ad's term is written into that line.
"""

from __future__ import annotations

from collections.abc import Callable

from cvtailor.models import Requirement
from cvtailor.text.duties.audits import auditor_term
from cvtailor.text.duties.briefings import briefing_term, guest_briefing_term
from cvtailor.text.duties.calibration import calibration_term
from cvtailor.text.duties.cash import till_term
from cvtailor.text.duties.causes import cause_term
from cvtailor.text.duties.checks import (
    complaint_term,
    enquiry_term,
    order_taking_term,
    quality_term,
    returns_term,
    review_term,
)
from cvtailor.text.duties.consultations import consultation_term
from cvtailor.text.duties.estimates import estimate_term, survey_term
from cvtailor.text.duties.handovers import client_handover_term, closing_term, handover_term
from cvtailor.text.duties.improvements import improvement_term
from cvtailor.text.duties.incidents import incident_term
from cvtailor.text.duties.infection import infection_term
from cvtailor.text.duties.inspections import inspection_term
from cvtailor.text.duties.liaison import liaison_term
from cvtailor.text.duties.logs import (
    billing_term,
    figures_term,
    job_report_term,
    log_term,
    scrap_term,
)
from cvtailor.text.duties.newcomers import taught_term
from cvtailor.text.duties.permits import gas_test_term, permit_term
from cvtailor.text.duties.planning import planning_term
from cvtailor.text.duties.procedures import procedure_term
from cvtailor.text.duties.proficiency import proficiency_term
from cvtailor.text.duties.purchasing import purchase_term
from cvtailor.text.duties.repairs import (
    first_line_term,
    maintenance_term,
    repair_term,
    small_repairs_term,
)
from cvtailor.text.duties.rotas import rota_term
from cvtailor.text.duties.rounds import round_term
from cvtailor.text.duties.safety import (
    drill_term,
    housekeeping_term,
    safety_term,
    weather_term,
)
from cvtailor.text.duties.sanitation import sanitation_term
from cvtailor.text.duties.stock import (
    delivery_check_term,
    rotation_term,
    stock_term,
    stocktake_term,
)
from cvtailor.text.duties.targets import target_term
from cvtailor.text.duties.teams import seasonal_term, team_term
from cvtailor.text.duties.traceability import traceability_term
from cvtailor.text.duties.upkeep import toolbox_term, upkeep_term
from cvtailor.text.duties.visitors import visitor_term

__all__ = ["READERS", "read_duty"]

READERS: tuple[Callable[[Requirement, str], str | None], ...] = (
    taught_term, handover_term, upkeep_term, toolbox_term, rota_term, incident_term,
    quality_term, complaint_term, enquiry_term, review_term, log_term, figures_term, safety_term,
    housekeeping_term, procedure_term, improvement_term, stock_term, rotation_term, stocktake_term,
    target_term, traceability_term, infection_term, auditor_term, cause_term, round_term,
    permit_term, repair_term, maintenance_term, team_term, estimate_term, calibration_term,
    first_line_term, liaison_term, consultation_term, small_repairs_term, proficiency_term,
    planning_term, briefing_term, inspection_term, sanitation_term, till_term, guest_briefing_term,
    purchase_term, seasonal_term, drill_term, job_report_term, survey_term, gas_test_term,
    closing_term, weather_term, client_handover_term, order_taking_term, returns_term,
    billing_term, scrap_term, delivery_check_term, visitor_term)


def read_duty(req: Requirement, line: str) -> str | None:
    """The ad's term for the duty the first reader that reads `line` for `req` gives, or
    None."""
    return next((t for t in (read(req, line) for read in READERS) if t), None)
