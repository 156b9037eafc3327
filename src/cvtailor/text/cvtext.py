"""What CV text looks like: section names, dates, bullets, inline Markdown, contact lines, and
the citable pieces of a parsed CV. Shared by the readers, the parsers, QA and the nodes; it
depends on nothing but the domain models.
"""

from __future__ import annotations

import re

from cvtailor.models import CVItem, SectionKind, StructuredCV

SECTION_NAMES: dict[SectionKind, tuple[str, ...]] = {
    SectionKind.SUMMARY: (
        "summary", "professional summary", "profile", "professional profile", "about", "about me",
        "objective", "career objective", "career summary", "overview", "personal statement",
        "executive summary", "introduction", "personal profile",
    ),
    SectionKind.KEY_QUALIFICATIONS: (
        "key qualifications", "core competencies", "highlights", "key skills",
        "areas of expertise", "qualifications summary", "summary of qualifications",
    ),
    SectionKind.EXPERIENCE: (
        "experience", "work experience", "professional experience", "employment",
        "employment history", "work history", "career history", "relevant experience",
        "professional background", "positions", "research experience", "teaching experience",
        "clinical experience", "experience highlights", "career", "work", "industry experience",
        "appointments", "academic appointments", "professional appointments",
        # travel nurses, locums and contractors: "TRAVEL ASSIGNMENTS", "STAFF EXPERIENCE"
        "travel assignments", "travel nursing assignments", "travel experience",
        "travel nursing experience", "assignments", "contract assignments", "staff experience",
        "permanent experience", "locum experience", "locum positions", "locum assignments",
        "agency experience", "contract experience", "contracts",
    ),
    SectionKind.SKILLS: (
        "skills", "technical skills", "skills and tools", "tools", "technologies",
        "skills & tools", "core skills", "competencies", "expertise", "tech stack",
        "skills & technologies", "skills and technologies", "technical proficiencies",
        "tools and technologies", "tools & technologies", "programming skills", "personal skills",
        "systems", "software", "it skills", "it systems", "computer skills", "software skills",
        "systems and software", "software and systems", "digital skills",
    ),
    SectionKind.EDUCATION: (
        "education", "academic background", "education and training", "qualifications",
        "academic qualifications", "training", "education & training", "degrees", "study",
        "studies", "courses", "professional development", "continuing professional development",
        "trainings", "seminars", "trainings attended", "seminars attended",
        "trainings and seminars attended", "seminars and trainings attended",
        # Indian CVs: "Educational Qualification", "Academic Details"
        "educational qualification", "educational qualifications", "education qualification",
        "academic qualification", "academic details", "educational details",
        "educational background", "academic profile", "academic record",
    ),
    SectionKind.PROJECTS: (
        "projects", "selected projects", "personal projects", "key projects", "side projects",
        "open source", "portfolio",
    ),
    SectionKind.CERTIFICATIONS: (
        "certifications", "certificates", "licenses", "licenses and certifications",
        "licenses & certifications", "certifications and licenses", "credentials",
        "professional certifications", "accreditations", "licences", "licences and certifications",
        "licences & certifications", "professional registration", "registration",
        "tickets", "tickets and licences", "tickets & licences",
        # Europass: "DRIVING LICENCE" / "Driving Licence: B"
        "driving licence", "driving license", "driving licences", "driver's license",
    ),
    SectionKind.LANGUAGES: ("languages", "language skills", "spoken languages"),
    SectionKind.OTHER: (
        "awards", "honors", "honours", "awards and honors", "publications", "volunteer",
        "volunteering", "volunteer experience", "interests", "hobbies", "references",
        "activities", "leadership", "memberships", "affiliations", "additional information",
        "presentations", "talks", "patents", "grants", "service", "extracurricular activities",
        # CVs from the Philippines, India, Nigeria and elsewhere: personal particulars, referees
        # and a signed declaration that the CV is true
        "personal information", "personal details", "personal data", "personal particulars",
        "character references", "character reference", "declaration",
        # Australia, New Zealand, the UK: "Referees: available on request"
        "referees", "reference", "references available on request",
        "referees available on request",
        # an academic's CV: what the research is about, no work done
        "research interests", "areas of interest", "research areas",
        # a plain-text CV's last heading over a licence and a language: "OTHER"
        "other", "other information", "other details", "additional details", "miscellaneous",
    ),
}
_NAME_TO_KIND = {name: kind for kind, names in SECTION_NAMES.items() for name in names}

MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
DATE = rf"(?:{MONTH}\s+\d{{4}}|\d{{1,2}}[./]\d{{1,2}}[./]\d{{4}}|\d{{1,2}}/\d{{4}}|\d{{4}}-\d{{2}}(?:-\d{{2}})?|\d{{4}}|(?:Spring|Summer|Fall|Autumn|Winter)\s+\d{{4}})"
# "to date", and in Indian CVs "to Till Date", "till date", "till now"
END = rf"(?:{DATE}|[Pp]resent|PRESENT|[Cc]urrent|CURRENT|[Nn]ow|[Tt]oday|[Oo]ngoing|(?<=to )[Dd]ate\b|" \
      rf"(?<=to )[Tt]ill (?:[Dd]ate|[Nn]ow)\b|(?<=till )(?:[Dd]ate|[Nn]ow)\b)"
DATE_RANGE = re.compile(
    rf"{DATE}\s*(?:[-–—]+|to|until|through|till|\u2013|\u2014)\s*{END}|{DATE}")

# "- ", "• ", "1. ", "2) ", and a list's letters: "(a) ", "(iv) ", "b) " (Irish and UK public
# service ads letter their duties and criteria)
BULLET = re.compile(r"^\s*(?:[-*+•·▪◦‣○●■□➢►✓]|\d{1,2}[.)]|\((?:[a-h]|[ivx]{1,4})\)|[a-h]\))\s+")
CONTACTISH = re.compile(r"@|https?://|www\.|linkedin|github\.com|\+?\d[\d\s().-]{7,}\d")
# Sections whose lines are items of one entry (no role headings inside).
FLAT_SECTIONS = frozenset({SectionKind.SUMMARY, SectionKind.SKILLS, SectionKind.LANGUAGES,
                           SectionKind.CERTIFICATIONS, SectionKind.KEY_QUALIFICATIONS})


def tidy_markdown(text: str) -> str:
    """At most one blank line in a row, no leading or trailing blank lines, a final newline."""
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def date_range(start: str, end: str) -> str:
    """How structured sources' dates read: 'start – end', an open end is 'Present'."""
    if start and not end:
        end = "Present"
    return f"{start} – {end}" if start else end


def clean_inline(text: str) -> str:
    """Plain text of a Markdown line: no emphasis markers, links reduced to their text."""
    # bounded spans: a long line full of unmatched markers must not backtrack quadratically
    text = re.sub(r"\[([^\]\n]{1,300})\]\([^)\n]{0,500}\)", r"\1", text)
    text = re.sub(r"(\*\*|__)(.{1,300}?)\1", r"\2", text)
    text = re.sub(r"(?<![\w*])[*_](\S(?:.{0,300}?\S)?)[*_](?![\w*])", r"\1", text)
    # an HTML tag starts with a letter, "/" or "!": "scrap <2% and uptime >99%" is no tag
    text = re.sub(r"</?[A-Za-z!][^<>]*>", "", text)
    return text.strip()


def section_kind(heading: str) -> SectionKind | None:
    """The kind of a known section heading ('Work History' -> EXPERIENCE), or None."""
    key = clean_inline(heading).strip(" :").lower()
    key = re.sub(r"\s+", " ", key.replace("&", "and") if key not in _NAME_TO_KIND else key)
    if key in _NAME_TO_KIND:
        return _NAME_TO_KIND[key]
    if key.replace(" and ", " & ") in _NAME_TO_KIND:
        return _NAME_TO_KIND[key.replace(" and ", " & ")]
    # two or three known names joined ("Certificates & Education", "Education, Licences and
    # Certifications"): the first one's kind
    parts = [p for p in re.split(r"\s*(?:,|/|\band\b)\s*", key) if p]
    kinds = [_NAME_TO_KIND.get(p) for p in parts]
    return kinds[0] if 2 <= len(parts) <= 3 and all(kinds) else None


def strip_front_matter(text: str) -> str:
    """The text without a leading YAML front matter block (between `---` lines)."""
    if text.startswith("---\n"):
        end = text.find("\n---", 4)
        if end != -1:
            return text[end + 4:].lstrip("\n")
    return text


# A header line that gives personal data, not something held ("Nationality: Portuguese").
_PERSONAL_LABEL = re.compile(r"^\s*(?:date of birth|d\.?o\.?b|born|nationality|citizenship|gender|"
                             r"sex|marital status|religion|age|address|pronouns)\b", re.I)


def header_claims(cv: StructuredCV) -> list[str]:
    """What the CV's header lists the person holds, as lines: its post-nominal letters
    ("JORDAN MILLER, BSN, RN, CCRN" -> "BSN, RN, CCRN") and lines that are no contact detail
    or personal data ("Compact RN license (Colorado, multistate) | BLS, ACLS, PALS | CCRN
    (AACN), 2022", as US nurses and tradespeople head their résumés)."""
    out: list[str] = []
    name, _, letters = cv.name.partition(",")
    if name and letters.strip() and len(letters.split()) <= 8:
        out.append(letters.strip())
    out += [clean_inline(line) for line in cv.contact
            if not CONTACTISH.search(line) and not _PERSONAL_LABEL.match(clean_inline(line))
            and len(line.split()) >= 2]
    return out


def evidence_corpus(cv: StructuredCV) -> dict[str, str]:
    """Every citable piece of the CV by id: items, entry headings (titles, employers), and
    what its header lists as held (`header_claims`, ids "header-1", ...)."""
    corpus: dict[str, str] = {f"header-{n}": line
                              for n, line in enumerate(header_claims(cv), 1)}
    for section in cv.sections:
        for entry in section.entries:
            head = " ".join([entry.heading, *entry.details]).strip()
            if head:
                corpus[entry.id] = clean_inline(head)
            for item in entry.items:
                if item.original or item.text:
                    corpus[item.id] = clean_inline(item.original or item.text)
    return corpus


def heading_ids(cv: StructuredCV) -> frozenset[str]:
    """The ids in `evidence_corpus` that are entry headings (a role's title and employer, a
    degree's line) or the header's claims, not lines of work."""
    return frozenset(entry.id for section in cv.sections for entry in section.entries) | \
        header_ids(cv)


def summary_ids(cv: StructuredCV) -> frozenset[str]:
    """The ids in `evidence_corpus` of the summary's lines: the person's own account of the
    whole CV ("Cytotechnologist with 13 years at the microscope ..."), near every requirement
    of their field and the evidence of none; the lines of work are."""
    return frozenset(item.id for section in cv.sections if section.kind == SectionKind.SUMMARY
                     for entry in section.entries for item in entry.items)


def header_ids(cv: StructuredCV) -> frozenset[str]:
    """The ids in `evidence_corpus` of what the CV's header lists as held (`header_claims`)."""
    return frozenset(f"header-{n}" for n in range(1, len(header_claims(cv)) + 1))


def held_list_ids(cv: StructuredCV) -> frozenset[str]:
    """The ids in `evidence_corpus` of a certifications or education section's lines and
    entries, and of the header's claims: what the person lists as held ("First Aid
    (HLTAID011), 2025" under "Licences and Training" is a first aid certificate held, though
    the line never says "certificate")."""
    from cvtailor.text.degrees import cv_degrees

    corpus = evidence_corpus(cv)
    # a degree is no licence of its field ("BSc (Hons) Nursing" holds no nursing licence)
    return header_ids(cv) | frozenset(i for i in schooling_ids(cv)
                                      if not cv_degrees(corpus.get(i, ""), education=True))


def schooling_ids(cv: StructuredCV) -> frozenset[str]:
    """The ids of a certifications or education section's lines and entries, degrees
    included: what the person studied or trained in ("Associate of Applied Science in
    Surgical Technology" is a surgical technology program finished)."""
    held = {SectionKind.CERTIFICATIONS, SectionKind.EDUCATION}
    return frozenset(i for section in cv.sections if section.kind in held
                     for entry in section.entries
                     for i in (entry.id, *(item.id for item in entry.items)))


def not_work_ids(cv: StructuredCV) -> frozenset[str]:
    """The ids in `evidence_corpus` that are no account of the person's work: entry headings,
    the lines of certification and education sections (what they hold, where they worked),
    of an interests section (`interest_ids`: what they like) and of a references section
    (what someone else says of them: a yes to "does this quote show data integrity?" would
    put words in the referee's mouth)."""
    held = {SectionKind.CERTIFICATIONS, SectionKind.EDUCATION}
    return heading_ids(cv) | interest_ids(cv) | frozenset(
        item.id for section in cv.sections
        if section.kind in held or _REFERENCES.search(f"{section.id} {section.heading}")
        for entry in section.entries for item in entry.items)


def interest_ids(cv: StructuredCV) -> frozenset[str]:
    """The ids of the lines of an interests or hobbies section: what the person likes, which
    may or may not be work they have done ("Machine learning, hiking, chess"; "Kubernetes
    home lab"). Such a line is no evidence: the person is asked instead."""
    return frozenset(
        item.id for section in cv.sections if _INTERESTS.search(section.heading or "")
        for entry in section.entries for item in entry.items)


_INTERESTS = re.compile(r"\b(?:interests?|hobbies|hobby|pastimes|leisure|"
                        r"outside\s+(?:of\s+)?work)\b", re.IGNORECASE)
# Sections of "Label: value" lines and sentences, never of entries: "Date of Birth: March 14,
# 1991" is no role heading, "Available upon request." no referee's name.
PARTICULARS = re.compile(r"^(?:personal (?:information|details|data|particulars)|declaration|"
                         r"character references?)$", re.IGNORECASE)
_REFERENCES = re.compile(r"\b(?:references?|referees?|testimonials?|recommendations|"
                         r"endorsements)\b", re.IGNORECASE)


# What a line says the person received or wishes for, not what they do: "where I can keep
# learning from senior mentors" is no mentoring, "mentored by the lead engineer" no
# mentoring either, and "eager to learn Kubernetes" no Kubernetes.
_NOT_THEIR_OWN = re.compile(
    r"\b(?:learn(?:ing|ed|t)?\s+from|(?:be|being|was|were)?\s*(?:mentored|coached|trained|"
    r"supervised|managed)\s+by|under\s+the\s+(?:guidance|mentorship|supervision|direction)\s+"
    r"of)\b[^.;!?]*"
    r"|\b(?:eager|keen|hoping|hope|looking|aspir\w*|excited|want|wanting|would\s+like|plan|"
    r"planning)\s+to\s+(?:learn|grow|gain|develop|deepen|expand|get\s+into|break\s+into|move\s+"
    r"into|transition\s+into|build\s+(?:my|up))\b[^.;!?]*"
    # "Interested in machine learning", "Currently learning: Rust, Go", "Learning Python in my
    # spare time": an interest or a skill being picked up, not one held (not "Learning
    # management systems", "machine learning")
    r"|(?:\b(?:am|i'm|very|keenly|deeply|particularly|especially)\s+|^\s*|[;:,(]\s*)"
    r"interested\s+in\b[^.;!?]*"
    r"|\b(?:strong|keen|deep|growing|particular|special|personal|an)\s+interests?\s+in\b[^.;!?]*"
    r"|^\s*interests?\s*:[^.;!?]*"
    # an aspiration or the job sought ("Aspiring data analyst", "Objective: to obtain a
    # position as a Kubernetes engineer", "seeking a role in data engineering")
    r"|(?:^|[.;:]\s*)(?:an?\s+)?aspiring\b[^.;!?]*"
    r"|(?:^|[.;]\s*)(?:career\s+)?objective\s*:[^.;!?]*"
    r"|\b(?:seeking|(?:looking|hoping)\s+for|to\s+(?:obtain|secure|find|land|get))\s+"
    r"(?:a|an|my|the)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:position|role|job|post|opportunit\w*|career|placement|internship)\b[^.;!?]*"
    r"|(?:\b(?:currently|now|still|am|i'm|also)\s+|^\s*|[;:,(]\s*)learning\b(?=\s*:|\s+"
    r"(?!(?:and|&|management|development|design|experience|platforms?|technolog\w*|"
    r"solutions?|objectives?|outcomes?|content|materials?|programs?|programmes?|resources?|"
    r"sessions?|paths?|culture|disabilit\w*|difficult\w*|support|needs|systems?)\b)"
    r"(?-i:[A-Z]))[^.;!?]*", re.IGNORECASE | re.MULTILINE)


def without_watched(text: str) -> str:
    """The text without what it says the person only watched or sat through (`_WATCHED`):
    "Shadowed senior auditors on SOX testing", "Sat in on monthly budget meetings", "Attended
    a two-day workshop on IT general controls", "Gained exposure to Kubernetes"), or a list
    item marked as only studied or barely used ("Power BI (online course)", "Go (basic)").
    Such a line may be the person's experience of the thing, but it does not say they did
    it: it is a line to quote in a question, never evidence on its own."""
    return _STUDIED.sub(" ", _WATCHED.sub(" ", text))


def watched(text: str) -> bool:
    """The text says somewhere that the person only watched or sat through something, or marks
    an item as only studied (`without_watched`)."""
    return _WATCHED.search(text) is not None or _STUDIED.search(text) is not None


# Where a line says the person watched, sat in or was taught, not did: the span to the end of
# its sentence, or to the next thing they did ("... and reconciled the results"). "Attended"
# only with what one attends as a listener ("attended 1,200 emergency calls" is work);
# "observed" only with someone or something seen done ("observed the stock count", "watching
# arabica being pulped"; not "observed patients for reactions").
_TAIL = (r"[^.;!?]*?(?=,?\s+and\s+(?:[a-z]+ed|led|ran|built|wrote|made|took|gave|set|kept|"
         r"taught|oversaw|drove|won|sold|bought|met|held)\b|[.;!?]|$)")
_WATCHED = re.compile(
    r"(?:(?:^|(?<=[.;:]\s)|(?<=\band\s))\s*(?:job[- ])?shadow(?:ed|ing)\b"
    r"|\b(?:sat|sitting|sit)\s+in\s+on\b"
    r"|\b(?:gained\s+|some\s+|with\s+|had\s+)?exposure\s+to\b"
    r"|\b(?:was|were|been|being|got)\s+exposed\s+to\b"
    r"|\battend(?:ed|ing)\s+(?:[^\s.;!?]+\s+){0,4}?(?:workshops?|courses?|seminars?|conferences?|"
    r"webinars?|lectures?|classes|masterclass(?:es)?|talks?|meetings?|briefings?|sessions?|"
    r"summits?|meetups?|symposi(?:um|a|ums)|bootcamps?|"
    r"training(?:\s+(?:sessions?|days?|courses?))?)\b"
    r"|(?:^|(?<=[.;:]\s))\s*(?:observed|watched)\s+(?:the|a|an|senior|experienced|qualified|"
    r"how)\b"
    # "..., watching arabica being pulped and fermented": someone else's work, seen done
    r"|\b(?:observ|watch)(?:ed|ing)\s+(?:[^\s.;!?]+\s+){0,4}?(?:being|get|getting)\s+"
    r"[a-z]+(?:ed|en|t)\b"
    # "Spent a week with a research team watching them hang sponge cuttings on ropes": what
    # others did, seen done
    r"|\b(?:observ|watch)(?:ed|ing)\s+(?:them|him|her|others)\s+[a-z]+)" + _TAIL,
    re.IGNORECASE | re.MULTILINE)


# A list item the person marks as only studied or barely used ("Power BI (online course)",
# "Tableau (coursework)", "Go (basic)", "Salesforce (view only)"): the item, to its comma.
_STUDIED = re.compile(
    r"[^,;:()•|]*\(\s*(?:an?\s+)?(?:online\s+|udemy\s+|coursera\s+|university\s+)?"
    r"(?:course|coursework|course\s+only|training\s+only|academic|basic|beginner|learning|"
    r"self-study|in\s+progress|view[\s-]only|read[\s-]only|exposure|familiar)\s*\)",
    re.IGNORECASE)


def coursework(item: CVItem) -> bool:
    """The item lists courses a person took ("Relevant coursework: Statistics, Econometrics",
    a JSON Resume `courses` entry): what they studied, not work they did, so it is quoted in
    a question ("Does 'Statistics' show statistical analysis?") and evidences only what the
    ad asks of an education."""
    return bool(item.metadata.get("course")) or _COURSEWORK.match(item.text) is not None


_COURSEWORK = re.compile(
    r"^\s*(?:relevant\s+|selected\s+|key\s+|core\s+)?(?:course\s*work|courses|modules|"
    r"subjects|classes)(?:\s+(?:taken|completed|included|studied))?\s*[:—–]", re.IGNORECASE)


def own_claims(text: str) -> str:
    """The text without what it says the person received or wishes for (`_NOT_THEIR_OWN`):
    what evidence may be read from."""
    return _NOT_THEIR_OWN.sub(" ", text)
