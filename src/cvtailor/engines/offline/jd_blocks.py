"""Job description text -> blocks (phase 1 of the offline JD parser).

A block is a heading, a bullet, a `Label: text` line or a paragraph, each with the section it
sits in (responsibilities / requirements / nice to have / ignored / none yet). Hard-wrapped
lines are joined back into their paragraph or bullet, so a sentence that a PDF or a plain-text
ad broke over three lines is one sentence again. Instruction-like lines ("ignore previous
instructions...") never become blocks; they are returned apart as suspicious.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cvtailor.text.cvtext import BULLET, clean_inline
from cvtailor.text.jd_terms import ROLE_NOUNS, only_verb
from cvtailor.text.lexicon import base_verb, verb_form

_RESP = ("responsibilit", "what you'll do", "what you will do", "the role", "your role",
         # the HSE's "Purpose of the Post"
         "purpose of the post", "purpose of the role", "purpose of the job",
         "duties", "in this role", "day to day", "day-to-day", "what you'd do",
         "key objective", "your impact", "the job", "what you’ll do", "job description",
         "essential functions", "essential duties", "success looks like", "first 30 days",
         "first 60 days", "first 90 days", "first six months",
         # "Your tasks", "Your main tasks", "Key tasks" (German, Nordic and Swiss ads in
         # English), "Your mission"
         "tasks", "your mission",
         # "Your day", "A day in the life", "What your week looks like"
         "your day", "day in the life", "typical day", "your week")
_REQ = ("requirement", "qualification", "what you'll bring", "what you will bring",
        "who you are", "must have", "must-have", "required", "what we're looking for",
        "what we’re looking for", "looking for", "skills", "you have", "about you",
        "you bring", "you'll need", "you will need", "experience", "what you’ll bring",
        "ideal candidate", "competencies", "you might be a fit", "you may be a good fit",
        "person specification", "what you need", "selection criteria", "successful candidate",
        "successful applicant", "right candidate", "what we need", "what we're after",
        "what we’re after", "what we are after",
        # "Your profile", "What we expect" (German and Nordic ads in English)
        "your profile", "what we expect", "we expect",
        # UK agency ads: "The Role", "The Candidate", "The Package"
        "the candidate", "about the candidate", "candidate profile",
        # Irish public service ads (HSE): "Eligibility Criteria", "Qualifications and/or
        # experience"
        "eligibility criteria",
        # "Licences and certifications", "Certificates, licences, memberships, and courses"
        # (Job Bank), "Personal suitability", "Technology knowledge"
        "licences and cert", "licenses and cert", "certificates and licen",
        # Indeed's screening block: "License/Certification:"
        "license/cert", "licence/cert", "licenses/cert", "licences/cert",
        "certifications and licen", "certificates, licen", "personal suitability",
        "personal qualities", "personal attributes", "technology knowledge")
_NICE = ("nice to have", "nice-to-have", "preferred", "bonus", "plus", "good to have",
         "desired", "desirable", "extra credit", "ideally", "not required",
         # Canadian ads: "Assets", "Asset qualifications", "Considered an asset"
         "assets", "asset qualifications", "asset criteria", "an asset")
_IGNORE = ("about us", "about the company", "benefits", "perks", "compensation", "salary",
           "how to apply", "equal opportunity", "eeo", "our values", "why join", "why you'll",
           "location", "the team", "about the team", "what we offer", "we offer", "pay",
           "hiring process", "interview process", "diversity", "who may apply", "schedule",
           "closing date", "job type", "employment type", "learn more about us", "who we are",
           "our mission", "our story", "company description", "evaluation",
           "what's in it for you", "what’s in it for you", "physical demands",
           "working conditions", "work environment", "special conditions",
           "conditions of employment", "employment conditions", "conditions of appointment",
           "enquiries", "inquiries", "the package", "package",
           # "What's on offer" (Australian and New Zealand ads), "In return", "What you'll get"
           "what's on offer", "what’s on offer", "on offer", "in return", "what you'll get",
           "what you’ll get", "what you get",
           # USAJOBS announcements: how applicants are rated and what to send
           "how you will be evaluated", "required documents", "next steps",
           "agency contact", "fair & transparent", "fair and transparent",
           # GovernmentJobs (NEOGOV) postings: notes on the process and the conditions
           "supplemental information",
           # "Hours: 40 hours a week, including a 1 in 6 weekend rota": the job's terms
           "hours")
# matched as whole words; other keys as word starts
WHOLE_WORD_KEYS = frozenset({"pay", "plus", "eeo", "assets"})
# "You'll:" / "What you will do" announce duties; "What you'll need / bring" asks for things.
_YOU_WILL = r"\byou(?:'ll|’ll| will)\b(?! need| bring| have)"
_KINDS = tuple(
    (kind, re.compile("|".join([rf"\b{re.escape(k)}" + (r"\b" if k in WHOLE_WORD_KEYS else "")
                                for k in keys] + ([_YOU_WILL] if kind == "resp" else []))))
    for kind, keys in (("nice", _NICE), ("ignore", _IGNORE), ("resp", _RESP), ("req", _REQ)))
# A paragraph with a sentence that starts by speaking to the candidate ("As a Personal Banker
# you'll ...", "You have ...", "In this role ..."): after an "About <Company>" paragraph, the
# ad itself, not the employer ("questions that you have about us" does not count).
_ADDRESSES_CANDIDATE = re.compile(
    r"(?:^|[.!?]\s+)(?:you(?:'ll|’ll|'d|’d|'re|’re| will| have| are| bring| need| should| must)\b"
    r"|(?:we're|we’re|we are) (?:looking|hiring|seeking|searching)\b"
    r"|(?:in this|this|the) (?:role|job|position)\b|as (?:a|an|our)\b)", re.IGNORECASE)
# Headings about the employer (not benefits or process): the ad may go on after their paragraph.
_EMPLOYER = re.compile(r"^(?:about\b|who we are|our (?:story|mission|values|company)|"
                       r"the company|company (?:description|overview|profile)|learn more about)")
# "About <X>" headings that are about the job or the candidate, not the employer.
_ABOUT_JOB = re.compile(r"^about (?:the |this )?(?:role|job|position|opportunity|you|work)\b")
# "Eligibility Criteria" and Australian "Key Selection Criteria" (beside "Desirable") are the
# must-haves too.
_REQUIRED_HEADING = re.compile(r"\b(required|minimum|basic|must|essential|mandatory|"
                               r"eligibility|key selection)\b",
                               re.IGNORECASE)
# UK person specifications: an "Essential" (criteria) heading over the must-haves, beside
# "Desirable" ("Essential Functions", a US duties heading, is not one).
_ESSENTIAL = re.compile(r"essential(?: criteria| requirements| skills| experience)?")
# "Why Lakeshore?", "Why work with us?": the employer selling itself, asked as a question.
_WHY = re.compile(r"why\b[^?]{1,40}\?")
# MoSCoW labels over lists ("Must:", "Should have:", "Could:"): must and should ask for
# things, could is a nice-to-have.
_MOSCOW = {"must": "req", "must have": "req", "should": "req", "should have": "req",
           "could": "nice", "could have": "nice"}
# "What apprentices do", "What our nurses will do": the hire's duties under their role's name;
# "Who can apply" / "Who should apply": who the ad asks for.
_ROLE_DOES = re.compile(r"what (?:the |our |an? )?(\w+?)s? (?:will )?do(?:es)?")
_WHO_APPLY = re.compile(r"who (?:can|should) apply")
# A line led by a pictograph the way job boards list things ("★ Assess ...", "✅ BLS
# certification", "🎁 Sign-on bonus"): symbols, dingbats, emoji and their joiners.
_GLYPH = re.compile("^([\u2190-\u2bff\U0001f000-\U0001faff])"
                    "[\ufe0f\u200d\U0001f3fb-\U0001f3ff]*" r"\s+")


def words_of(text: str) -> list[str]:
    """The words of a header line ("Node.js", "FP&A" and "C++" are one word each)."""
    return re.findall(r"[A-Za-z0-9][\w+#&'’./-]*", text)


def role_like(text: str) -> bool:
    """Names a job ("Senior Backend Engineer", "Head of Data", "VP of Sales")."""
    outside = re.sub(r"\([^)]*\)", " ", text)
    return any(w.lower().strip(".,") in ROLE_NOUNS for w in words_of(outside))


INJECTION = re.compile(
    r"ignore (?:all |any )?(?:the )?(?:previous|prior|above|earlier) (?:instructions|prompts?)|"
    r"disregard (?:all |any )?(?:the )?(?:previous|prior|above)|"
    r"\bsystem prompt\b|\byou are now\b|\bas an ai\b|\bnew instructions?\b|"
    r"(?:add|insert|include|put) (?:a |an |the )?[\w .'-]{0,40}\bto (?:the |your |their |my )?"
    r"(?:cv|resume|résumé)\b|\bdo not tell the (?:user|candidate)\b",
    re.IGNORECASE,
)


@dataclass
class Block:
    """One unit of a JD: `kind` is heading | bullet | label | para."""

    kind: str
    text: str  # plain text; for a label, what follows the colon
    line: int  # index of its first line in the text
    raw: str = ""  # its first line as written
    label: str = ""  # a label's name, a heading's text
    label_kind: str | None = None  # the section kind a heading's or label's words name
    style: str = ""  # headings: md | bold | caps | plain | colon
    section: str | None = None  # resp | req | nice | ignore | None: the section it is under
    required: bool = False  # under a "Required / Minimum qualifications" heading


def heading_kind(heading: str) -> str | None:
    """What a section heading announces: nice | ignore | resp | req, or None (not a section)."""
    h = clean_inline(heading).lower().strip(" :")
    if not h or h.startswith("pulled from "):  # Indeed's note under its Benefits list
        return None
    if h.startswith("about ") and not _ABOUT_JOB.match(h):
        return "ignore"  # "About Acme", "About the agency": the employer, not the job
    if _WHY.fullmatch(h):
        return "ignore"
    if _ESSENTIAL.fullmatch(h) or _WHO_APPLY.fullmatch(h):
        return "req"
    if h in _MOSCOW:
        return _MOSCOW[h]
    if (m := _ROLE_DOES.fullmatch(h)) and m.group(1) in ROLE_NOUNS:
        return "resp"
    for kind, keys in _KINDS:
        if keys.search(h):
            return kind
    return None


def _heading(line: str) -> tuple[str, str] | None:
    """(style, heading text) when the line is a heading."""
    if BULLET.match(line):
        return None
    if m := re.match(r"^#{1,6}\s+(.*)$", line):
        return "md", m.group(1)
    if m := re.match(r"^(?:\*\*|__)(.+?)(?:\*\*|__):?$", line):
        return "bold", m.group(1)
    words = line.split()
    if len(re.sub(r"[^A-Za-z]", "", line)) >= 4 and line.upper() == line and len(words) <= 8:
        return "caps", line
    if (len(words) <= 6 and (not re.search(r"[.,;!?]$", line) or _WHY.fullmatch(line.lower()))
            and not line[:1].isdigit()  # "3+ years of welding experience": an item
            and _label(line) is None and heading_kind(line) is not None
            and not re.search(r"\s[·•]\s", line)  # "**Harbor Pay** · Remote": a header line
            and not _OWN_PRIORITY.search(line)):
        return "plain", line
    if line.endswith(":") and len(words) <= 8:
        return "colon", line.rstrip(":")
    return None


# What a line in a list has and a heading of one has not: an aside in brackets, or the thing
# it is about after a preposition ("Experience with a warehouse management system"); a
# question ("What you'll bring to the team") is a heading.
_ITEM_NOT_HEADING = re.compile(r"^(?!(?:what|who|how|why|where|when)\b).*(?:\(|\b(?:with|in|of|"
                               r"for|using|on|at)\b)", re.I)
# ... or how good the skill must be ("Intermediate Microsoft Excel skills", "Strong
# communication skills"), or a name inside a line in sentence case ("Forklift experience",
# "Microsoft Excel skills": not "Required Skills" nor "Who You Are").
_GRADED_ITEM = re.compile(r"^(?i:intermediate|advanced|basic|strong|excellent|good|solid|proven|"
                          r"great|exceptional|outstanding|effective|sound|working|demonstrated|"
                          r"confident|fluent)\s")
_NAME_IN_SENTENCE_CASE = re.compile(r"^\S+(?=.*\s[A-Z][\w-]*\s)(?=.*\s[a-z]{3,})")


def _list_item(line: str) -> bool:
    """A line of a list pasted without its bullets that reads like a heading of one."""
    return bool(_ITEM_NOT_HEADING.search(line) or _GRADED_ITEM.match(line)
                or _NAME_IN_SENTENCE_CASE.match(line))


# An item that says its own priority ("Turnaround planning experience is an asset"): no
# heading of a nice-to-have list.
_OWN_PRIORITY = re.compile(r"\b(?:is|are|would be|will be)\s+(?:an?\s+|a\s+big\s+)?(?:asset|plus|"
                           r"bonus|advantage|preferred|desirable|required|essential)\b", re.I)


def _label(line: str) -> tuple[str, str] | None:
    """`Must have: Python, SQL` -> ("Must have", "Python, SQL")."""
    m = re.match(r"^\s*(?:\*\*|__)?([A-Za-z][\w '’/&-]{1,40}?)(?:\*\*|__)?\s*:(?:\*\*|__)?\s+(.*)$",
                 line)
    if m is None:
        # "**What you bring.** At least four years ...": a bold section name that opens its
        # paragraph, with a full stop where a heading has none (not "**Harbor Pay** · Remote")
        m = _BOLD_LEAD.match(line)
        if m is None or heading_kind(m.group(1).strip()) is None:
            return None
    if not m.group(2).strip() or re.match(r"https?$", m.group(1), re.I):
        return None
    return m.group(1).strip(), m.group(2).strip()


_BOLD_LEAD = re.compile(r"^\s*(?:\*\*|__)([A-Za-z][\w '’/&-]{1,40}?)(?:[.!?](?:\*\*|__)|"
                        r"(?:\*\*|__)[.!?])\s+(\S.*)$")


def _wrap_width(lines: list[str]) -> int:
    """The width a hard-wrapped text was wrapped at (0 when its paragraphs are single lines)."""
    lengths = sorted(len(line.rstrip()) for line in lines
                     if line.strip() and not BULLET.match(line))
    if len(lengths) < 4:
        return 0
    width = lengths[int(len(lengths) * 0.9)]
    near = sum(1 for n in lengths if width * 0.8 <= n <= width * 1.1)
    # a wrapped text breaks some sentence mid-way: a line near the width is followed by one
    # that starts lower case. Lines of a list, each led by a capital, are no wrap however
    # alike their lengths.
    wrapped = any(width * 0.8 <= len(line.rstrip()) <= width * 1.1 and nxt[:1].islower()
                  for line, nxt in zip(lines, [line.strip() for line in lines[1:]], strict=False)
                  if not BULLET.match(line))
    return width if width <= 140 and near >= 3 and wrapped else 0


def _continues(prev: str, line: str, width: int, listing: bool = False) -> bool:
    """Whether `line` carries on the text of the line before it (a hard wrap): it starts
    lower case, the line before left a parenthesis open, or that line was as long as the
    text's wrap width or long and unfinished (no closing punctuation), unless `listing` (the
    lines hang straight under a heading) and `line` starts the list's next item."""
    if _broken(prev, line):
        return True
    if _label(line) is not None or prev.endswith(":") or (listing and _next_item(prev, line, width)):
        return False
    return (bool(width) and len(prev) >= width * 0.8) or (
        60 <= len(prev) <= 160 and not re.search(r"[.!?;:)\]\"”’*_]$", prev))


# Words a wrapped line can end on before the next line goes on with a capital ("... at" /
# "Acme Corp"); after any other lowercase word a capitalised line starts a new item.
_OPEN_END = frozenset("a an the and or of to with in for on at by from as such including like "
                      "via our your their its is are be using into".split())


def _next_item(prev: str, line: str, width: int = 0) -> bool:
    """An unbulleted list, one item a line ("Lead a team of 15-20 associates on second
    shift" / "Assign daily work ..."): `prev` is a whole item led by a capital and ending on
    a lowercase word that leaves nothing open (or an acronym: "SAP EWM"), and `line` starts
    with a capital; or `prev` ends on a name ("... with Recruitment and Training") and `line`
    starts with a word that is only a verb ("Prepare root cause analysis ..."), or, when
    `prev` is a duty led by a verb and shorter than the text's wrap width (a web page's list
    pasted without its bullets), with a verb ("Build success plans ... in Gainsight" / "Spot
    churn risk early ...")."""
    last = prev.rsplit(None, 1)[-1]
    if not ((prev[:1].isupper() or re.match(r"\d+\+?\s+\w", prev)) and line[:1].isupper()):
        return False  # "5+ years in customer success ..." leads an item too
    if re.fullmatch(r"[A-Z][a-z]+", last):  # no name goes on with a verb
        first = line.split()[0]
        short = not width or len(prev) < width * 0.8  # a whole line, not a wrapped one
        return only_verb(first) or (short and base_verb(first) and base_verb(prev.split()[0]))
    words = prev.split()
    if last in _PARTICLES and len(words) >= 3 and verb_form(words[-2]) \
            and base_verb(words[0]) and base_verb(line.split()[0]):
        return True  # a duty that ends on a verb's particle ("... as the night goes on"),
        # then the next duty ("Hit pick rate ...")
    # ("... own the district P&L" / "Recruit, develop ...": an acronym with its & ends it too)
    return bool(re.fullmatch(r"[a-z]+|[A-Z]{2,}|[A-Z]+[&/][A-Z]+", last) and last not in _OPEN_END)


# The particles a phrasal verb ends on ("goes on", "follow up", "signed off")
_PARTICLES = frozenset("on up off out over through back down".split())


def _broken(prev: str, line: str) -> bool:
    """`line` cannot start anything: it starts lower case, or `prev` left a parenthesis open."""
    return bool(line[:1].islower() or re.match(r"^[(\[–—-]\s*[a-z]", line)
                or prev.count("(") > prev.count(")"))


def read_blocks(text: str) -> tuple[list[Block], list[str]]:
    """The blocks of a JD body, in order, and its instruction-like lines (suspicious)."""
    lines = text.split("\n")
    width = _wrap_width(lines)
    blocks: list[Block] = []
    suspicious: list[str] = []
    section: str | None = None
    required = False
    about_employer = False  # under "About <Company>" / "Who we are": ends where the ad turns
    listing = False  # lines hanging straight under a heading, no blank line between
    prev = ""  # the previous line, "" after a blank line or a heading
    glyphs = [_glyph(raw.strip()) for raw in lines]
    grid = _grid_rows(lines)
    for number, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            prev = ""
            # a blank line under a heading ("What you will do:", blank, the list) keeps its
            # lines hanging under it
            listing = listing and bool(blocks) and blocks[-1].kind == "heading"
            continue
        if glyphs[number]:  # a pictograph-led line: its own block, never a wrapped line's end
            line = _GLYPH.sub("", line, count=1)
            prev = ""
        if number in grid:  # a table's row with no outer pipes (a DOCX table read as text)
            prev = ""
            blocks.extend(_grid_item(line, number, raw, section, required))
            continue
        if _TABLE_ROW.match(line):  # a Markdown table: a row per item, never a wrapped line
            prev = ""
            following = lines[number + 1].strip() if number + 1 < len(lines) else ""
            if not (_TABLE_RULE.match(line) or _TABLE_RULE.match(following)):  # not the header
                blocks.extend(_table_item(line, number, raw, section, required))
            continue
        if INJECTION.search(line):
            suspicious.append(clean_inline(line)[:200])
            prev = ""
            continue
        last = blocks[-1] if blocks else None
        if prev and last is not None and last.kind == "heading" and line[:1].islower():
            last.text = f"{last.text} {clean_inline(line)}"  # a heading wrapped mid-sentence
            prev = line
            continue
        head = None if _broken(prev, line) or glyphs[number] else _heading(line)
        if head is not None and head[0] == "plain" and listing and prev and last is not None \
                and last.kind == "para" and _list_item(line):
            head = None  # "Experience with a warehouse management system", "IOSH Managing
            # Safely (desirable)": the next line of a list pasted without its bullets
        if (head is None and prev and last is not None and last.kind in ("para", "label", "bullet")
                and not BULLET.match(line) and not (len(blocks) == 1 and _name_line(line))
                and (_continues(prev, line, width, listing) or (
                    last.kind == "bullet" and len(raw) - len(raw.lstrip()) >= 2))):
            last.text = f"{last.text} {clean_inline(line)}".strip()
            prev = line
            continue
        if head is not None:
            style, title = head
            kind = heading_kind(title)
            if not any(b.kind == "heading" for b in blocks) and role_like(title):
                kind = None  # the job title ("User Experience Designer"), not a section
            lead_in = kind is None and style == "colon" and last is not None \
                and last.kind == "heading" and section is not None
            if lead_in:  # "Duties" / "The officer will:": a lead-in to the section's list
                kind = section
            else:
                required = kind == "req" and _REQUIRED_HEADING.search(clean_inline(title)) is not None
            section = kind  # an unknown heading (the job title, "Location") is not a section
            about_employer = kind == "ignore" and bool(_EMPLOYER.match(clean_inline(title).lower()))
            blocks.append(Block("heading", clean_inline(title), number, raw,
                                label=clean_inline(title), label_kind=kind, style=style,
                                section=kind, required=required))
            prev = line
            listing = True
            continue
        if section == "ignore" and about_employer and not BULLET.match(line) \
                and _ADDRESSES_CANDIDATE.search(line):
            section = None  # "About Acme" was one paragraph; the ad goes on, unheaded
        block = Block("para", clean_inline(line), number, raw, section=section, required=required)
        if glyphs[number] and glyphs[number] in (glyphs[number - 1] if number else "",
                                                 glyphs[number + 1] if number + 1 < len(lines)
                                                 else ""):
            block.kind = "bullet"  # one of a run of lines led by the same pictograph: a list
        elif BULLET.match(line):
            block.kind, block.text = "bullet", clean_inline(BULLET.sub("", line, count=1))
        elif (label := _label(line)) is not None and _NUMBERED.fullmatch(label[0]):
            block.kind, block.text = "bullet", clean_inline(label[1])  # "KSC 1: A degree in ..."
        elif (label := _label(line)) is not None:
            block.kind, block.label = "label", clean_inline(label[0])
            block.text = clean_inline(label[1])
            block.label_kind = heading_kind(label[0])
        blocks.append(block)
        prev = line
    return blocks, suspicious


_TABLE_ROW = re.compile(r"^\|.*\|$")
_TABLE_RULE = re.compile(r"^\|?(?:\s*:?-{3,}:?\s*\|)+(?:\s*:?-{3,}:?\s*)?$")
_YES_NO = frozenset("yes no y n required optional x ✓ ✔ - –".split())


def _table_item(line: str, number: int, raw: str, section: str | None,
                required: bool) -> list[Block]:
    """A Markdown table row (`| Playwright or Cypress | 2+ years | Yes |`) as a bullet: its
    first cell, the other cells but yes/no marks in brackets ("Playwright or Cypress (2+
    years)"); a cell such as "Nice to have" puts the row under that kind."""
    cells = [clean_inline(c) for c in line.strip("|").split("|")]
    if not cells or not cells[0]:
        return []
    kinds = [heading_kind(c) for c in cells[1:]]
    extras = [c for c, k in zip(cells[1:], kinds, strict=True)
              if c and k is None and c.lower() not in _YES_NO]
    text = cells[0] + (f" ({', '.join(extras)})" if extras else "")
    nice = "nice" in kinds
    return [Block("bullet", text, number, raw, section="nice" if nice else section,
                  required=required and not nice)]


# A list's numbering written as a label: "KSC 1:", "SC2:", "Criterion 3:", "Selection criterion 4:"
# (Australian and UK key selection criteria), "Item 5:".
_NUMBERED = re.compile(r"(?:[A-Z]{1,5}|[A-Za-z]+(?: [a-z]+)?) ?\d{1,2}[a-z]?")
_CELL_SEP = re.compile(r"\s+\|\s+")


def _grid_rows(lines: list[str]) -> set[int]:
    """Line numbers of tables written without outer pipes ("Education | Master's degree in
    ..."), as DOCX tables come out of the reader: two or more lines in a row, each with the
    same number of " | "-separated cells, the first a short label."""
    rows: set[int] = set()
    run: list[int] = []
    for number, raw in enumerate([*lines, ""]):
        line = raw.strip()
        cells = _CELL_SEP.split(line) if line and not line.startswith("|") else []
        if len(cells) >= 2 and len(cells[0].split()) <= 3 and all(cells) and (
                not run or len(_CELL_SEP.split(lines[run[0]].strip())) == len(cells)):
            run.append(number)
            continue
        if len(run) >= 2:
            rows.update(run)
        run = [number] if len(cells) >= 2 and len(cells[0].split()) <= 3 and all(cells) else []
    return rows


def _grid_item(line: str, number: int, raw: str, section: str | None,
               required: bool) -> list[Block]:
    """A row of a pipe-less label table as a bullet: the cells after the label, which names
    the row's kind when it is a section word ("Preferred | Spanish language skills")."""
    label, *rest = [clean_inline(c) for c in _CELL_SEP.split(line.strip())]
    kind = heading_kind(label)
    text = "; ".join(c for c in rest if c)
    if kind in ("req", "nice", "resp", "ignore"):
        section = kind
    return [Block("bullet", text, number, raw, label=label, section=section,
                  required=required and kind != "nice")] if text else []


def _name_line(line: str) -> bool:
    """A short line of capitalised words with no closing punctuation ("Laurentide Insurance
    Group"): under a long first line (a title in two languages) it names the employer; it is
    not that title's hard-wrapped end."""
    words = line.split()
    return 1 <= len(words) <= 5 and all(w[:1].isupper() or w in ("&", "and", "of") for w in words) \
        and not re.search(r"[.,;:!?]$", line)


def _glyph(line: str) -> str:
    """The pictograph leading a line ("★", "✅", "🎁"), or ""."""
    m = None if BULLET.match(line) else _GLYPH.match(line)  # "✓ ", "► ": bullets already
    return m.group(1) if m else ""
