"""Degrees: what a CV's degree line holds and what a JD's degree requirement accepts.

A CV writes a degree its own way ("B.S. in Accounting", "M.Ed. in Curriculum and Instruction",
"MBA", "Bachelor of Science in Nursing"); a JD asks in its own words ("Bachelor's degree in
Finance, Accounting or Economics", "Master's degree in Education or a related field", "a
bachelor's degree in a STEM field or equivalent experience"). This module reads both into a
level (associate < bachelor < master < doctorate) and fields, and decides whether a held degree
satisfies a requirement: its level at least the required one, its field among the accepted ones
(a "related field" only when both are in one family of fields; conservative), and not a degree
still worked towards ("expected 2027", "in progress", "candidate") unless the JD accepts that.

General knowledge only (standard abbreviations and names); it depends on nothing but `re`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cvtailor.text.not_held import NOT_YET_WORDS, PART_DONE

LEVELS = ("associate", "bachelor", "master", "doctorate")
RANK = {level: n for n, level in enumerate(LEVELS)}
# How the level is named on its own (the vocabulary's names for the first three).
LEVEL_PHRASE = {"associate": "Associate degree", "bachelor": "Bachelor's degree",
                "master": "Master's degree", "doctorate": "Doctorate"}

# Abbreviations: (level, the field the degree's name itself implies or "").
# Unambiguous forms count anywhere; `_AMBIGUOUS` ones (also states, companies, words) only
# when a field follows ("BS in ...") or at the start of an education line.
_ABBREVIATIONS: dict[str, tuple[str, str]] = {
    "AA": ("associate", ""), "A.A.": ("associate", ""), "AS": ("associate", ""),
    "A.S.": ("associate", ""), "AAS": ("associate", "Applied Science"),
    "A.A.S.": ("associate", "Applied Science"), "ASN": ("associate", "Nursing"),
    "ADN": ("associate", "Nursing"),
    "BA": ("bachelor", ""), "B.A.": ("bachelor", ""), "BS": ("bachelor", ""),
    "B.S.": ("bachelor", ""), "BSc": ("bachelor", ""), "B.Sc.": ("bachelor", ""),
    "B.Sc": ("bachelor", ""), "BBA": ("bachelor", "Business Administration"),
    "B.B.A.": ("bachelor", "Business Administration"), "BEng": ("bachelor", "Engineering"),
    "B.Eng.": ("bachelor", "Engineering"), "B.Eng": ("bachelor", "Engineering"),
    "BTech": ("bachelor", "Technology"), "B.Tech": ("bachelor", "Technology"),
    "B.Tech.": ("bachelor", "Technology"), "BSN": ("bachelor", "Nursing"),
    "B.S.N.": ("bachelor", "Nursing"), "BFA": ("bachelor", "Fine Arts"),
    "B.F.A.": ("bachelor", "Fine Arts"), "BEd": ("bachelor", "Education"),
    "B.Ed.": ("bachelor", "Education"), "BCom": ("bachelor", "Commerce"),
    "B.Com.": ("bachelor", "Commerce"), "B.Com": ("bachelor", "Commerce"),
    "BArch": ("bachelor", "Architecture"), "B.Arch.": ("bachelor", "Architecture"),
    "BSW": ("bachelor", "Social Work"), "LLB": ("bachelor", "Law"),
    "LL.B.": ("bachelor", "Law"), "BSEE": ("bachelor", "Electrical Engineering"),
    "BSME": ("bachelor", "Mechanical Engineering"), "BSCS": ("bachelor", "Computer Science"),
    "MA": ("master", ""), "M.A.": ("master", ""), "MS": ("master", ""), "M.S.": ("master", ""),
    "MSc": ("master", ""), "M.Sc.": ("master", ""), "M.Sc": ("master", ""),
    "MBA": ("master", "Business Administration"),
    "M.B.A.": ("master", "Business Administration"), "MEd": ("master", "Education"),
    "M.Ed.": ("master", "Education"), "M.Ed": ("master", "Education"),
    "MAT": ("master", "Teaching"), "M.A.T.": ("master", "Teaching"),
    "MPH": ("master", "Public Health"), "M.P.H.": ("master", "Public Health"),
    "MSN": ("master", "Nursing"), "M.S.N.": ("master", "Nursing"),
    "MEng": ("master", "Engineering"), "M.Eng.": ("master", "Engineering"),
    "M.Eng": ("master", "Engineering"), "MFA": ("master", "Fine Arts"),
    "M.F.A.": ("master", "Fine Arts"), "MPA": ("master", "Public Administration"),
    "M.P.A.": ("master", "Public Administration"), "MPP": ("master", "Public Policy"),
    "MSW": ("master", "Social Work"), "M.S.W.": ("master", "Social Work"),
    "MHA": ("master", "Health Administration"), "MAcc": ("master", "Accounting"),
    "MLIS": ("master", "Library and Information Science"), "LLM": ("master", "Law"),
    "LL.M.": ("master", "Law"), "MSEE": ("master", "Electrical Engineering"),
    "MSCS": ("master", "Computer Science"), "MSF": ("master", "Finance"),
    "PhD": ("doctorate", ""), "Ph.D.": ("doctorate", ""), "Ph.D": ("doctorate", ""),
    "DPhil": ("doctorate", ""), "D.Phil.": ("doctorate", ""),
    "EdD": ("doctorate", "Education"), "Ed.D.": ("doctorate", "Education"),
    "DPT": ("doctorate", "Physical Therapy"), "D.P.T.": ("doctorate", "Physical Therapy"),
    "JD": ("doctorate", "Law"), "J.D.": ("doctorate", "Law"), "MD": ("doctorate", "Medicine"),
    "M.D.": ("doctorate", "Medicine"), "DO": ("doctorate", "Osteopathic Medicine"),
    "D.O.": ("doctorate", "Osteopathic Medicine"), "PharmD": ("doctorate", "Pharmacy"),
    "Pharm.D.": ("doctorate", "Pharmacy"), "DNP": ("doctorate", "Nursing"),
    "PsyD": ("doctorate", "Psychology"), "Psy.D.": ("doctorate", "Psychology"),
    "DDS": ("doctorate", "Dentistry"), "DMD": ("doctorate", "Dentistry"),
    "DVM": ("doctorate", "Veterinary Medicine"), "D.V.M.": ("doctorate", "Veterinary Medicine"),
    "DBA": ("doctorate", "Business Administration"),
}
_AMBIGUOUS = frozenset({"AA", "AS", "BA", "BS", "MA", "MS", "MAT", "JD", "MD", "DO", "DBA",
                        "ADN", "MSF", "A.S.", "M.D.", "D.O."})
_NAMED = re.compile(
    r"\b(?:(?P<assoc>Associate(?:'s|’s)?\s+(?:degree\s+)?(?:of|in)\s+)|"
    r"(?P<bach>Bachelor(?:'s|’s)?\s+(?:degree\s+)?(?:of|in)\s+)|"
    r"(?P<mast>Master(?:'s|’s)?\s+(?:degree\s+)?(?:of|in)\s+)|"
    r"(?P<doct>Doctor(?:ate)?\s+(?:degree\s+)?(?:of|in)\s+))")
_ABBR = re.compile(
    r"(?<![\w.])(?:" + "|".join(re.escape(a) for a in sorted(_ABBREVIATIONS, key=len,
                                                             reverse=True)) + r")(?![\w])")
# "Master of Science in Nursing" / "Bachelor of Arts, Economics": the name's own field words
# ("Science", "Arts", "Applied Science") are not a field when a real one follows.
_GENERIC_FIELDS = {"science", "sciences", "arts", "art", "applied science", "philosophy",
                   "science (hons)", "arts (hons)"}
_FIELD_STOP = re.compile(
    r"\s+[—–-]\s+|\s*[,;|·(\[\n]|\s+(?:and|or|&)\s+(?-i:(?![A-Z]))|"
    r"\s+(?:from|at|with|and\s+(?:a|an)\b|minor|concentration|"
    r"specialization|emphasis|major)\b|\s+\d|\s*$|\.(?:\s|$)", re.IGNORECASE)
# A course or training named after an organisation's acronym ("MBA ... Fundamentals (online
# course)", "CPA Review course"): no degree.
_COURSE = re.compile(r"\b(?:course|courses|class|workshop|webinar|seminar|boot ?camp|"
                     r"fundamentals|training|module|exam prep|review)\b", re.IGNORECASE)
SCHOOL_WORDS = "University|College|Institute|School|Academy|Polytechnic"
_INSTITUTION = re.compile(rf"\b(?:{SCHOOL_WORDS})\b")
_NOT_YET = re.compile(
    rf"\b(?:{NOT_YET_WORDS}|ongoing|coursework|current(?:ly)? (?:enrolled|studying|pursuing)|"
    r"working on|ABD|(?:19|20)\d\d\s*[-–—]+\s*(?:present|current|now))\b", re.IGNORECASE)
_NOT_YET_BEFORE = re.compile(
    r"\b(?:pursuing|enrolled in|studying for|working towards?|candidate for|currently in|"
    r"completing)\b[^.;\n]{0,30}$", re.IGNORECASE)


@dataclass(frozen=True)
class Degree:
    """A degree a CV names: its level, its field (as written, or implied by the degree's name:
    M.Ed. -> Education), how it is written, where, and whether it is held (not "expected")."""

    level: str
    field: str
    name: str
    text: str
    start: int
    end: int
    held: bool = True
    implied_field: str = ""

    @property
    def fields(self) -> tuple[str, ...]:
        """The field as written and the one the degree's name implies (either may be empty)."""
        return tuple(f for f in (self.field, self.implied_field) if f)


@dataclass(frozen=True)
class DegreeRequirement:
    """A JD's degree requirement: the JD's own phrase for the level, the lowest level it
    accepts, the fields it accepts (empty: any), and what else it lets count."""

    level: str
    phrase: str
    fields: tuple[str, ...] = ()
    related: bool = False
    or_higher: bool = False
    or_equivalent: bool = False
    in_progress_ok: bool = False
    written: str = ""  # the level's words as the text has them ("master's", "BA/BS")


# Words only a field of study has ("B.Tech, Computer Science and Engineering", "B.Com,
# Accounting"); after a comma, anything else may be a school ("MBA, Wharton").
_FIELD_WORD = re.compile(
    r"\b(?:science|sciences|engineering|computer|computing|technology|business|administration|"
    r"accounting|accountancy|finance|economics|commerce|mathematics|statistics|physics|"
    r"chemistry|biology|biochemistry|nursing|law|education|management|marketing|psychology|"
    r"sociology|design|architecture|communications?|journalism|english|history|arts|medicine|"
    r"pharmacy|informatics|electronics|electrical|mechanical|civil|chemical|agriculture|"
    # "Ecology and Conservation", "Geology", "Agronomy", "Geography", "Forestry"
    r"[a-z]*olog(?:y|ies)|[a-z]*onomy|geography|botany|forestry|horticulture|conservation|"
    r"surveying|nutrition|dietetics|midwifery|physiotherapy|linguistics|geomatics)\b",
    re.IGNORECASE)


def _a_field(words: str) -> bool:
    """Words after a comma name a field of study, not a school: they open with a field's word
    or a word that qualifies one ("Computer Science and Engineering", "Applied Mathematics";
    not "Georgetown Law")."""
    first = words.split()[0] if words.split() else ""
    return _FIELD_WORD.fullmatch(first) is not None or first.lower() in _FIELD_LEAD


_FIELD_LEAD = frozenset((
    "applied information data software environmental industrial public political social human "
    "health international financial digital food molecular clinical"
).split())


def _field_after(text: str, pos: int) -> str:
    """The field written at text[pos:] ("in Accounting — ...", ", Economics", " Accounting")."""
    rest = text[pos:]
    m = re.match(r"\s*(?:in|of|,|:)?\s*", rest)
    rest = rest[m.end() if m else 0:]
    stop = _FIELD_STOP.search(rest)
    field = rest[: stop.start() if stop else len(rest)].strip(" .")
    if not field or not field[0].isupper() or _INSTITUTION.search(field) \
            or len(field.split()) > 6:
        return ""
    return field


# What may stand between a UK degree's letters and its field: "BSc (Hons) Applied Chemistry",
# "BEng (Hons) in Civil Engineering", "MSc Data Science".
# A generic degree name with its field in brackets: "Bachelor of Science (Geology)", "Master of
# Arts (Applied Linguistics)"; not "(Hons)", a year or a mode of study ("(part-time)").
_BRACKETED_FIELD = re.compile(
    r"(?:['’]s)?\s+(?:degree\s+)?of\s+(?:Applied\s+)?(?:Science|Sciences|Arts)\s*"
    r"(?:\((?!\s*(?:Hons?|Honours)\b)(?P<field>{0})\)|\((?:Hons?|Honours)\.?\)\s+(?:in\s+)?"
    r"(?P<after>{0})(?![\w-]))".format(r"[A-Z][a-z]+(?:\s+(?:and\s+|&\s+)?[A-Z][a-z]+){0,3}"))
_HONOURS = re.compile(r"(?:\s*\((?:Hons?|Honours)\.?\))?(?=\s+(?:in\s+|of\s+)?[A-Z][a-z])")


def _held(text: str, start: int, end: int, next_start: int) -> bool:
    """Not worked towards: no "expected", "in progress", "2023 – Present" in the degree's own
    clause (up to the next degree, line or semicolon), no "pursuing ..." just before it."""
    after = text[end:next_start]
    cut = re.search(r"[;\n]", after)
    after = after[: cut.start() if cut else len(after)]
    before = text[max(0, start - 60):start]
    before = re.split(r"[;\n]", before)[-1]
    return not (_NOT_YET.search(after) or PART_DONE.search(after)
                or _NOT_YET_BEFORE.search(before))


def cv_degrees(text: str, *, education: bool = False) -> list[Degree]:
    """The degrees `text` names, in order. `education`: the text is an Education line, where a
    bare "BS" or "MA" opening it is a degree (elsewhere it needs a field: "MS in Finance")."""
    found: list[tuple[int, int, str, str, str]] = []  # start, end, level, implied, name
    for m in _NAMED.finditer(text):
        level = LEVELS[[m.group(g) is not None for g in ("assoc", "bach", "mast", "doct")]
                       .index(True)]
        word_end = m.start() + len(m.group(0).split()[0])
        found.append((m.start(), word_end, level, "", text[m.start():word_end]))
    for m in _ABBR.finditer(text):
        if any(a <= m.start() < b for a, b, *_ in found):
            continue
        name = m.group(0)
        level, implied = _ABBREVIATIONS[name]
        if text[:m.start()].endswith("(") and any(
                lvl == level and m.start() - b < 60 for _, b, lvl, *_ in found):
            continue  # "Doctor of Physical Therapy (DPT)": one degree, its abbreviation
        clause = re.split(r"[;\n]", text[m.end():], maxsplit=1)[0]
        if _COURSE.search(clause) and not re.match(r"\s*(?:in|of|,|\(|[—–-])", clause):
            continue  # "MBA Residential Underwriting Fundamentals (online course)": the
            # Mortgage Bankers Association's course, not a Master of Business Administration
        if name in _AMBIGUOUS:
            opening = education and not text[:m.start()].strip(" *_#-•")
            if not (opening or re.match(r"\s+(?:in|of)\s+[A-Z]", text[m.end():])):
                continue
        found.append((m.start(), m.end(), level, implied, name))
    found.sort()
    out: list[Degree] = []
    for n, (start, end, level, implied, name) in enumerate(found):
        next_start = found[n + 1][0] if n + 1 < len(found) else len(text)
        field = ""
        bracketed: re.Match[str] | None = None
        in_brackets = ""
        # a name whose own field is only "Applied Science" takes the field written after it
        # ("A.A.S. Accounting")
        open_name = not implied or implied.lower() in _GENERIC_FIELDS
        if name.split()[0].rstrip("'’s").lower() in {"associate", "bachelor", "master",
                                                       "doctor", "doctorate"}:
            # "Bachelor of Science in Nursing": the words after "of"; a generic one ("Science")
            # gives way to the field after "in"
            field = _field_after(text, end)
            inner = re.match(r"\s*(?:(?:'s|’s)\s+)?(?:degree\s+)?(?:of|in)\s+", text[end:])
            if inner:
                field = _field_after(text, end + inner.end())
                tail = re.match(r"\s*(?:Science|Sciences|Arts|Applied Science|Philosophy)"
                                r"\s+in\s+", text[end + inner.end():])
                if tail:
                    field = _field_after(text, end + inner.end() + tail.end())
            if field.lower() in _GENERIC_FIELDS:
                field = ""
            bracketed = _BRACKETED_FIELD.match(text, end)
            if bracketed is not None:
                in_brackets = bracketed.group("field") or bracketed.group("after")
            if not field and in_brackets and not _INSTITUTION.search(in_brackets):
                # "Bachelor of Science (Geology)", "Bachelor of Science (Hons) Geology": the
                # generic name, then its field
                field = in_brackets
        elif re.match(r"\s+(?:in|of)\s+[A-Z]", text[end:]):  # "B.S. in Accounting"
            field = _field_after(text, end)
        elif open_name and "." in name and re.match(r" [A-Z][a-z]", text[end:]):
            field = _field_after(text, end)  # "B.S. Statistics, Evergreen Coast University"
        elif open_name and (hons := _HONOURS.match(text[end:])) is not None \
                and _a_field(_field_after(text, end + hons.end())):
            field = _field_after(text, end + hons.end())  # "BSc (Hons) Applied Chemistry"
        elif re.match(r",\s+[A-Z]", text[end:]) and _a_field(_field_after(text, end)):
            field = _field_after(text, end)  # "B.Tech, Computer Science and Engineering"
        # otherwise never after a comma: "MBA, Wharton" names a school
        if field.lower() in _GENERIC_FIELDS:
            field = ""
        stop = end + (text[end:next_start].find(field) + len(field) if field else 0)
        if field and bracketed is not None and field == in_brackets:
            stop = bracketed.end()  # "Bachelor of Science (Geology)", its bracket closed
        named = re.match(r"(?:(?:'s|’s)?\s+degree)?\s+(?:of|in)\s+(?:Applied\s+)?(?:Science|Sciences|"
                         r"Arts|Philosophy|Education|Business Administration|Engineering)\b",
                         text[end:])
        if not field and named and name[:1].isupper() and "." not in name \
                and name not in _ABBREVIATIONS:
            stop = end + named.end()  # "Associate of Applied Science", "Master of Education"
        out.append(Degree(level=level, field=field, name=name, text=text[start:stop].strip(),
                          start=start, end=stop, held=_held(text, start, end, next_start),
                          implied_field=implied))
    return out


# -- JD requirements ---------------------------------------------------------------------------
_NAMED_DEGREE = (r"(?:of|in) (?:Applied )?(?:Science|Arts|Engineering|Business Administration|"
                 r"Education|Fine Arts)")
_REQ_LEVEL = re.compile(
    r"\b(?P<phrase>(?P<assoc>associate(?:'s|’s)?\s+degree|associate(?:'s|’s)|"
    r"associate " + _NAMED_DEGREE + r"|two-year degree)|"
    r"(?P<bach>bachelor(?:'s|’s|s)?\s+degree|bachelor(?:'s|’s|s)|bachelor " + _NAMED_DEGREE +
    r"|(?:BA|BS|B\.A\.|B\.S\.)\s*/\s*(?:BA|BS|B\.A\.|B\.S\.)(?:\s+degree)?|"
    r"four-year (?:college )?degree|undergraduate degree|"
    # "College graduate", "a graduate of any four-year course" (Philippine and US ads)
    r"(?:college|university) graduate|graduate of (?:a|any) (?:4|four)-year (?:course|"
    r"degree|program(?:me)?)|"
    # "Degree in Computer Science, Engineering, or a related field", "a university degree in
    # Finance": a degree with a field and no level is read as the usual first degree
    r"(?:(?<=\ba\s)|(?<=\ban\s)|(?<=^)|(?<=university\s)|(?<=college\s))degree(?=\s+(?:in|of)\s))|"
    r"(?P<mast>master(?:'s|’s|s)?\s+degree|master(?:'s|’s)|masters(?= in\b)|master "
    + _NAMED_DEGREE + r"|(?:MA|MS|M\.A\.|M\.S\.)\s*/\s*(?:MA|MS|M\.A\.|M\.S\.)(?:\s+degree)?|"
    r"graduate degree|advanced degree)|"
    r"(?P<doct>doctorate|doctoral degree))(?![\w-])", re.IGNORECASE)
_HIGHER = re.compile(r"\bor (?:higher|above|greater|advanced degree|more advanced)\b|"
                     r"\b(?:minimum|at least|at minimum)\b", re.IGNORECASE)
_EQUIVALENT = re.compile(r"\bor (?:the )?equivalent\b|\bequivalent (?:combination|experience|"
                         r"work experience)\b", re.IGNORECASE)
_IN_PROGRESS_OK = re.compile(
    r"\b(?:or (?:currently )?(?:pursuing|enrolled)|in progress (?:is )?(?:accepted|considered|"
    r"welcome)|(?:current|final-year|final year) students?|expected (?:by|before|within)|"
    r"or (?:be )?working towards?)\b", re.IGNORECASE)
_NOT_A_FIELD = re.compile(r"\d|\b(?:years?|experience|knowledge|abilit\w+|skills?|proficien\w+|"
                          r"equivalent|plus|preferred|required|strongly|desired|certification|license)\b",
                          re.IGNORECASE)
_RELATED = re.compile(r"^(?:a |an |another |other |any )?(?:closely |directly )?related\b|"
                      r"^(?:a |an )?similar\b", re.IGNORECASE)
_ANY_FIELD = re.compile(r"^(?:any|an?y? ?(?:accredited|relevant)?)\s*(?:field|discipline|"
                        r"major|subject)s?$", re.IGNORECASE)


def jd_degree_requirement(text: str) -> DegreeRequirement | None:
    """The degree requirement `text` states, or None: the lowest level it names ("Bachelor's
    or Master's degree" -> bachelor's, in the JD's words), the accepted fields, "or related
    field", "or higher", "or equivalent experience", whether a degree in progress counts."""
    hits = list(_REQ_LEVEL.finditer(text))
    if not hits:
        return None
    ranked = []
    for m in hits:
        level = LEVELS[[m.group(g) is not None for g in ("assoc", "bach", "mast", "doct")]
                       .index(True)]
        ranked.append((RANK[level], m.start(), m, level))
    _, _, first, level = min(ranked, key=lambda r: (r[0], r[1]))
    last = max(m.end() for m in hits)
    read = _accepted_fields(text[last:])
    if read is None:
        return None  # "in <something this module cannot read>": not decided here
    fields, related, anything = read
    phrase = first.group("phrase")
    bare = re.fullmatch(r"(associate|bachelor|master)(?:'s|’s|s)?", phrase, re.IGNORECASE)
    if bare:  # "bachelor's in Finance or a master's": the level word alone says degree
        phrase = f"{bare.group(1)}'s degree" if level != "associate" else \
            f"{bare.group(1)} degree"
    return DegreeRequirement(
        level=level, phrase=phrase, fields=() if anything else fields, related=related,
        or_higher=bool(_HIGHER.search(text)) or len({r[0] for r in ranked}) > 1,
        or_equivalent=bool(_EQUIVALENT.search(text)),
        in_progress_ok=bool(_IN_PROGRESS_OK.search(text)), written=first.group("phrase"))


def _accepted_fields(tail: str) -> tuple[tuple[str, ...], bool, bool] | None:
    """(fields, related field accepted, any field) from the words after the level:
    "in Finance, Accounting or Economics", "in a STEM field", "in Education or related field";
    None when a field is named but cannot be read (never taken as "any field")."""
    m = re.match(r"\s*(?:degree\s+)?(?:\([^)]{0,20}\)\s*)?(?:in|of)\s+(.*)", tail,
                 re.IGNORECASE | re.DOTALL)
    if not m:
        return (), False, False
    body = re.split(r"[.;:\n(]|\s+(?:and|with|plus)\s+(?:at least|\d|a |an |experience|"
                    r"strong|solid|proven)|\s+(?:preferred|required|from|at)\b", m.group(1),
                    flags=re.IGNORECASE)[0]
    fields: list[str] = []
    related = anything = False
    for part in re.split(r",|/|\bor\b|\band\b|\be\.g\.|\bsuch as\b|\bincluding\b", body,
                         flags=re.IGNORECASE):
        part = part.strip(" \"'")
        part = re.sub(r"^(?:a|an|the)\s+", "", part, flags=re.IGNORECASE)
        if not part:
            continue
        if _RELATED.search(part):
            related = True
            continue
        if _ANY_FIELD.search(part):
            anything = True
            continue
        if _NOT_A_FIELD.search(part) or len(part.split()) > 5:
            if not (fields or related or anything):
                return None
            break
        part = re.sub(r"\s+(?:fields?|disciplines?|majors?|degrees?|programs?)$", "", part,
                      flags=re.IGNORECASE)
        fields.append(part)
    return tuple(fields), related, anything


# -- fields ------------------------------------------------------------------------------------
# Families of fields a recruiter reads as related ("or a related field"); conservative: a
# field belongs where its degree could be taken for the other by a hiring manager.
_FAMILIES: tuple[frozenset[str], ...] = (
    frozenset({"accounting", "finance", "economics", "business", "business administration",
               "commerce", "financial management", "accountancy", "management"}),
    frozenset({"education", "teaching", "curriculum and instruction", "instructional design",
               "instructional technology", "educational technology", "learning sciences",
               "adult education", "educational leadership", "learning design",
               "learning and development"}),
    frozenset({"computer science", "software engineering", "computer engineering",
               "information technology", "information systems", "data science",
               "computer information systems", "informatics", "computing"}),
    frozenset({"mathematics", "statistics", "applied mathematics", "data science",
               "economics", "physics", "operations research", "actuarial science"}),
    frozenset({"nursing", "public health", "health administration", "healthcare administration",
               "health sciences", "health science"}),
    frozenset({"human resources", "human resource management", "industrial and organizational "
               "psychology", "organizational psychology", "business administration",
               "management", "psychology"}),
    frozenset({"marketing", "communications", "communication", "journalism",
               "business administration", "advertising", "public relations"}),
    frozenset({"graphic design", "design", "human-computer interaction", "interaction design",
               "visual communication", "fine arts", "industrial design"}),
    frozenset({"english", "journalism", "communications", "communication", "technical writing",
               "technical communication", "writing", "rhetoric"}),
    frozenset({"supply chain management", "logistics", "operations management",
               "business administration", "industrial engineering"}),
    frozenset({"physical therapy", "kinesiology", "exercise science", "athletic training"}),
)
_STEM = re.compile(
    r"\b(?:computer|software|data science|engineering|mathematics|math|statistics|physics|"
    r"chemistry|biology|biochemistry|biological|geology|astronomy|neuroscience|"
    r"information technology|information systems|informatics|actuarial|biomedical|"
    r"environmental science|earth science|materials science)\b", re.IGNORECASE)
_ENGINEERING = re.compile(r"\bengineering\b", re.IGNORECASE)
_QUANTITATIVE = re.compile(
    r"\b(?:mathematics|math|statistics|physics|economics|econometrics|computer science|"
    r"engineering|data science|operations research|actuarial|finance|quantitative)\b",
    re.IGNORECASE)


def _norm(field: str) -> str:
    field = re.sub(r"[&]", " and ", field.lower())
    field = re.sub(r"\b(?:degree|studies|the)\b", " ", field)
    return re.sub(r"\s+", " ", field).strip(" .,")


def _words(field: str) -> set[str]:
    return {w.rstrip("s") for w in re.findall(r"[a-z]+", _norm(field)) if w not in {"and",
                                                                                    "of", "in"}}


def field_accepted(cv_field: str, wanted: str) -> bool:
    """`cv_field` is `wanted`: the same words ("Accounting" / "accounting"), more specific
    ("Mechanical Engineering" for "Engineering"), or inside a group the JD names ("STEM",
    "a quantitative field", "a technical field")."""
    have, want = _norm(cv_field), _norm(wanted)
    if not have or not want:
        return False
    if want in {"stem", "a stem", "science, technology, engineering or math"} \
            or want.startswith("stem"):
        return bool(_STEM.search(have))
    if want in {"quantitative", "quantitative discipline", "analytical"}:
        return bool(_QUANTITATIVE.search(have))
    if want in {"technical", "engineering"}:
        return bool(_ENGINEERING.search(have)) or (want == "technical"
                                                   and bool(_STEM.search(have)))
    return bool(_words(want)) and _words(want) <= _words(have)


def field_related(cv_field: str, wanted: str) -> bool:
    """`cv_field` is in one family of fields with `wanted` (education: curriculum and
    instruction, instructional design; business: accounting, finance, economics; ...)."""
    have, want = _norm(cv_field), _norm(wanted)
    if field_accepted(cv_field, wanted):
        return True
    return any(have in family and want in family for family in _FAMILIES)


def satisfies(degree: Degree, req: DegreeRequirement) -> bool:
    """Whether a CV degree meets a JD requirement: held (or in progress where the JD accepts
    that), at least the required level, and a field the JD accepts (any, when it names none)."""
    if not degree.held and not req.in_progress_ok:
        return False
    if RANK[degree.level] < RANK[req.level]:
        return False
    if not req.fields:
        return True
    if not degree.fields:
        return False
    for field in degree.fields:
        if any(field_accepted(field, want) for want in req.fields):
            return True
        if req.related and any(field_related(field, want) for want in req.fields):
            return True
    return False


def best_degree(degrees: list[Degree], req: DegreeRequirement) -> Degree | None:
    """The degree that shows `req` best: held before in progress, the required level before a
    higher one, the first written."""
    fits = [d for d in degrees if satisfies(d, req)]
    fits.sort(key=lambda d: (not d.held, RANK[d.level] - RANK[req.level]))
    return fits[0] if fits else None


def held_levels(text: str, *, education: bool = True) -> set[str]:
    """The levels of the degrees `text` shows as held (exactly those: a master's does not say
    "Bachelor's degree" by itself)."""
    return {d.level for d in cv_degrees(text, education=education) if d.held}


def qualification(req: DegreeRequirement, degree: Degree, limit: int = 30) -> str:
    """How a key qualification states the degree truthfully in the JD's words: the JD's
    phrase for the CV degree's own level (never a level it does not hold) with the CV's
    field, or the CV's abbreviation, within `limit` characters: "Bachelor's degree in
    Accounting", "Bachelor's degree, Accounting", "Master's degree (M.Ed.)"."""
    phrase = req.phrase if degree.level == req.level else LEVEL_PHRASE[degree.level]
    phrase = phrase[:1].upper() + phrase[1:]
    options = []
    # the field only where the JD asks for one and this is it (a misread field never shows)
    if degree.field and req.fields and any(field_related(degree.field, w) for w in req.fields):
        options += [f"{phrase} in {degree.field}", f"{phrase}, {degree.field}"]
    if degree.name in _ABBREVIATIONS:
        options.append(f"{phrase} ({degree.name})")
    options.append(phrase)
    return next((o for o in options if len(o) <= limit), phrase)
