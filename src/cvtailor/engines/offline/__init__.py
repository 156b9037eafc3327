"""The embedded offline engine: deterministic, no network, no key. Never adds a fact."""

from __future__ import annotations

from cvtailor.engines.offline.cv_parser import parse_cv_text
from cvtailor.engines.offline.feedback import apply_feedback
from cvtailor.engines.offline.jd_parser import parse_jd_text
from cvtailor.engines.offline.planner import make_plan
from cvtailor.engines.offline.writer import write
from cvtailor.models import (
    CVItem,
    Draft,
    Evidence,
    GapReport,
    JobPosting,
    Letter,
    Plan,
    StructuredCV,
    WriteTask,
)
from cvtailor.research.evidence import analyze_gaps
from cvtailor.text.cvtext import evidence_corpus, not_work_ids
from cvtailor.text.vocabulary import Vocabulary, default_vocabulary


class OfflineEngine:
    """The deterministic engine: rules and the vocabulary do every step."""

    name = "offline"

    def __init__(self, vocabulary: Vocabulary | None = None) -> None:
        self.vocab = vocabulary or default_vocabulary()

    def parse_cv(self, text: str, source_format: str) -> StructuredCV:
        """The CV text as a StructuredCV (headings and layout)."""
        return parse_cv_text(text, source_format)

    def parse_jd(self, text: str) -> JobPosting:
        """The job description as a JobPosting (the vocabulary's terms)."""
        return parse_jd_text(text, self.vocab)

    def analyze_gaps(
        self, cv: StructuredCV, job: JobPosting, evidence: dict[str, list[Evidence]]
    ) -> GapReport:
        """The gap report from the retrieved evidence."""
        return analyze_gaps(job, evidence, vocab=self.vocab, corpus=evidence_corpus(cv),
                            not_work=not_work_ids(cv))

    def plan(
        self, cv: StructuredCV, job: JobPosting, report: GapReport, *, level: str = "moderate",
        key_qualifications: int = 10,
    ) -> Plan:
        """The rewrite plan: which items take which JD terms, at `level`."""
        return make_plan(cv, job, report, self.vocab, level, key_qualifications)

    def cover_letter(self, cv: StructuredCV, job: JobPosting, report: GapReport, *,
                     feedback: str = "") -> Letter:
        """A cover letter from the CV's evidence (deterministic: feedback cannot change it)."""
        from cvtailor.engines.offline.letter import offline_letter

        return offline_letter(cv, job, report, self.vocab)

    def write_item(self, task: WriteTask) -> Draft:
        """Rewrite one item; after QA findings it keeps fewer keywords (a respelling at most);
        regenerated with feedback it follows the common requests (`offline/feedback.py`)."""
        if task.qa_findings:
            # A retry after QA findings: each attempt is more conservative than the last.
            keep = [] if task.attempt >= 3 else task.plan.keywords[:1]
            task = task.model_copy(update={"plan": task.plan.model_copy(update={"keywords": keep})})
            draft = write(task, self.vocab)
            if task.feedback:
                draft.feedback_note = ("the fact check rejected the version that followed the "
                                       "feedback; this one is more conservative")
            return draft
        if task.feedback:
            return apply_feedback(task, self.vocab, self._conservative)
        if task.round > 1:
            return self._conservative(task)
        return write(task, self.vocab)

    def _conservative(self, task: WriteTask) -> Draft:
        """The conservative alternative: the JD's spellings of what the item names, no added
        terms."""
        respell = [k for k in task.plan.keywords if self._spelled_in(k, task.item)]
        task = task.model_copy(update={"plan": task.plan.model_copy(update={"keywords": respell})})
        return write(task, self.vocab)

    def _spelled_in(self, keyword: str, item: CVItem) -> bool:
        name = self.vocab.canonical(keyword)
        return name is not None and any(h.term == name and h.via != "phrase"
                                        for h in self.vocab.find(item.original or item.text))
