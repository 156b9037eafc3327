"""A job ad copied whole from a job board's page (select all, copy, paste into a file): the ad
is in there with the page around it, the board's menus, buttons, match insights, "Show more",
similar jobs and the company card. LinkedIn puts the ad under "About the job", Indeed under
"Full job description", USAJOBS under "Duties" after an overview of label and value lines,
SEEK after its "Posted 4d ago" line and the apply buttons, an applicant tracking system's page
(Greenhouse, Lever) after the title, location and "Apply" button and before its application
form, Workday after its labelled details ("locations", "time type", "job requisition id") and
before "Similar Jobs", Naukri from "Job highlights" to its "Role:" details, its education and
key skills, NHS Jobs (and the Trac pages of NHS Wales and Scotland) from "Job summary" to its
person specification, Reed from "Job description" to its "Required skills", GovernmentJobs
(NEOGOV, US cities and counties) from under its Description / Benefits / Questions tabs to
"Agency", Job Bank (Canada) from its "Tasks" to "Who can apply to this job?"; what comes before gives the title, company and location, and the rest of the page is not
the ad. `board_ad` returns the ad as Markdown
(title heading, a company line, the ad), or None for any other text."""

from __future__ import annotations

import re

from cvtailor.text.places import is_place, is_wider_place

# The heading each board puts over the ad's own text.
_AD_START = re.compile(r"^(?:about the job|full job description)$", re.I)
# What only a board's page says (its buttons, match insights and ratings): without one of these,
# or of the page's own end markers, the text is an ad with headings of its own ("About the job"
# ... "About the company"), read as it is.
_BOARD_ONLY = (r"skip to (?:main )?content|easy apply|apply now|show match details|"
               r"help me stand out|promoted by hirer.*|responses managed (?:off|on) linkedin|"
               r"save .+ at .+|\d(?:\.\d)? out of 5 stars|profile insights|"
               r"find out how your skills align.*|pulled from the full job description")
_BOARD = re.compile(rf"^(?:{_BOARD_ONLY}|show more|show less|set alert for similar jobs|"
                    r"report (?:this )?job|looking for talent\?)$", re.I)
# Where the ad's text ends and the page goes on.
_AD_END = re.compile(
    r"^(?:show (?:more|less)|…\s*(?:show|see) more|see (?:more|less)|set alert for similar jobs|"
    r"about the company|looking for talent\?|similar jobs|people also viewed|more jobs|"
    r"report (?:this )?job|hiring insights|job activity|explore other jobs|"
    r"meet the hiring team|company photos|interested in working with us in the future\?)$", re.I)
# Lines of the page's header that are the board's, not the ad's.
_CHROME = re.compile(
    rf"^(?:{_BOARD_ONLY}|jobs|home|my network|messaging|notifications|me|"
    r"for business|apply(?: on company (?:site|website))?|save|saved|share|"
    r"tailor my resume|not interested|report job|"
    r"job details|benefits|pay|job type|location|skills|yes|no|"
    r"actively (?:recruiting|hiring)|"
    r"(?:on-site|onsite|hybrid|remote)|(?:full|part)-time|contract|temporary|internship|"
    r"(?:entry|mid-senior|associate|director|executive) level|[\d.,]+ reviews?|"
    r"here's how the job details align.*|do you have .+\?|responded to .+|"
    r"seek|job search|profile|career advice|company reviews|employer site|view all jobs|"
    r"sign in|quick apply|\d(?:\.\d)?|·?\s*[\d,]+ reviews?|(?:full|part) time|casual|"
    r"(?:reposted|posted) [^·]*ago|[^·]*\bapplicants?)$", re.I)
_DOT = re.compile(r"\s+·\s+")
_WHEN = re.compile(r"\bago$|\bapplicants?$|^(?:reposted|posted)\b|^\d+ (?:people )?clicked", re.I)


def board_ad(text: str) -> str | None:
    """The ad inside a job board page pasted as text, as Markdown; None when `text` has no
    board heading over an ad, or nothing a board adds around it."""
    lines = [line.strip() for line in text.split("\n")]
    for site in (_usajobs, _seek, _application_page, _workday, _naukri, _nhs_jobs, _reed,
                 _governmentjobs, _job_bank):  # each knows its own page, or says None
        if ad := site(lines):
            return ad
    start = next((i for i, line in enumerate(lines) if _AD_START.match(line)), None)
    if start is None:
        return None
    head = [line for line in lines[:start] if line]
    cut = next((i for i, line in enumerate(head) if _AD_END.match(line)), len(head))
    head = head[:cut]  # "Meet the hiring team" / a recruiter's name and title: not the ad
    if not any(_BOARD.match(line) for line in lines):
        return None  # an ad with its own "About the job" heading, not a board's page
    end = next((i for i in range(start + 1, len(lines)) if _AD_END.match(lines[i])), len(lines))
    body = "\n".join(lines[start + 1:end]).strip("\n")
    return "\n".join([*_header(head), "", body, ""])


def _heading(title: str, company: str = "", place: str = "") -> list[str]:
    """The ad's Markdown head: its title, the company in bold, the place on a "Location:"
    line (the JD parser reads each where it looks for it)."""
    return [f"# {title}", "", *([f"**{company}**", ""] if company else []),
            *([f"Location: {place}", ""] if place else [])]


def _header(head: list[str]) -> list[str]:
    """The title heading and a "**Company** · Location" line from the lines above the ad."""
    own = [line.lstrip("# ") for line in head if not _CHROME.match(line)]
    dotted = next((i for i, line in enumerate(own) if _DOT.search(line)), None)
    if dotted is not None and dotted > 0:  # LinkedIn: "Title" / "Company · City · 2 days ago"
        title = own[dotted - 1]
        parts = [part for part in _DOT.split(own[dotted]) if not _WHEN.search(part)]
        company, place = parts[0], parts[1] if len(parts) > 1 else ""
    elif len(own) >= 2:  # Indeed: "Title" / "Company" / "City" / pay
        title, company = own[0], re.sub(r"\s+\d(?:\.\d)?$", "", own[1])  # "Acme 3.8": rating
        # "San Antonio, TX 78218": the place without its ZIP code (not the pay line)
        place = re.sub(r"(?<=,\s[A-Z]{2})\s+\d{5}(?:-\d{4})?$", "", own[2]) \
            if len(own) > 2 else ""
        place = "" if re.search(r"\d", place) else place
    else:
        return []
    company_line = f"**{company}** · {place}" if place else f"**{company}**"
    return [f"# {title}", "", company_line]


def _usajobs(lines: list[str]) -> str | None:
    """A USAJOBS announcement pasted whole: the title and agency over an overview of label
    and value lines, the ad from "Duties" on. None for any other text."""
    low = [line.lower() for line in lines]
    if "announcement number" not in low or "duties" not in low \
            or "pay scale & grade" not in low:
        return None
    start = low.index("duties")
    head = [line for line in lines[:low.index("overview") if "overview" in low else 2] if line]
    place = ""
    if "location" in low[:start]:
        place = next((line for line in lines[low.index("location") + 1:start]
                      if line and not re.search(r"\bvacanc(?:y|ies)\b", line, re.I)), "")
    title, agency = [*head, "", ""][:2]
    company_line = f"**{agency}**" + (f" · {place}" if place else "") if agency else ""
    return "\n".join([f"# {title}", "", company_line, "", *lines[start:], ""])


# SEEK: the ad runs from after the "Posted 4d ago" line's apply buttons to the screening
# questions the employer set, or the page's advert report and scam warning.
_SEEK_POSTED = re.compile(r"^(?:posted|listed) (?:\d+[mhd]|\d+\+?\s*days?) ago$", re.I)
_SEEK_BUTTON = re.compile(r"^(?:apply|quick apply|apply now|save)$", re.I)
_SEEK_END = re.compile(r"^(?:employer questions|report this job advert|be careful|"
                       r"unlock job insights|company profile)$", re.I)


def _seek(lines: list[str]) -> str | None:
    """A SEEK (Australia, New Zealand) ad pasted whole: the page's menu, the title, company,
    rating, location, classification, work type and pay over a "Posted 4d ago" line and the
    apply buttons, then the ad, then the employer's screening questions and the page's own
    lines. None for any other text."""
    if not any(_SEEK_END.match(line) for line in lines) \
            or not any(line.lower() in ("quick apply", "report this job advert") for line in lines):
        return None
    posted = next((i for i, line in enumerate(lines) if _SEEK_POSTED.match(line)), None)
    if posted is None:
        return None
    start = posted + 1
    while start < len(lines) and (not lines[start] or _SEEK_BUTTON.match(lines[start])):
        start += 1
    end = next((i for i in range(start, len(lines)) if _SEEK_END.match(lines[i])), len(lines))
    head = [line for line in lines[:posted] if line]
    body = "\n".join(lines[start:end]).strip("\n")
    return "\n".join([*_header(head), "", body, ""])


# An applicant tracking system's job page: "Back to jobs" / title / location / "Apply" over the
# ad, and its application form after it.
_FORM_START = re.compile(r"^(?:apply for this (?:job|position|role)|submit (?:your )?application|"
                         r"\* ?(?:indicates a )?required(?: field)?)$", re.I)
_FORM_ONLY = re.compile(r"^(?:(?:jobs )?powered by (?:greenhouse|lever|workable|ashby)|"
                        r"resume/cv ?\*?|first name ?\*|voluntary self-identification)$", re.I)
_BACK = re.compile(r"^(?:(?:←\s*)?back to (?:all )?jobs|(?:view )?all jobs|jobs|careers|"
                   r"apply(?: now)?|share|save)$", re.I)


def _application_page(lines: list[str]) -> str | None:
    """The ad of a Greenhouse or Lever page pasted whole: the title and location above an
    "Apply" button, the ad, then the application form ("Apply for this job", "First Name *",
    "Resume/CV *", the self-identification survey). None for any other text."""
    if not any(_FORM_ONLY.match(line) for line in lines):
        return None
    top = [i for i, line in enumerate(lines[:12])
           if re.fullmatch(r"(?i)apply(?: now| for this job)?", line)]
    end = next((i for i, line in enumerate(lines) if _FORM_START.match(line)
                and (not top or i > top[0])), None)
    if end is None or not top:
        return None
    # Lever: "Company" / "Title" / "City, ST" / "Team /" / "Full-time /" / "On-site"
    head = [line for line in lines[:top[0]] if line and not _BACK.match(line)
            and not line.endswith(" /") and not _CHROME.match(line)]
    if not head:
        return None
    lever = len(head) >= 3 and _placed(head[2]) and not _placed(head[1])
    title, place = (head[1], head[2]) if lever else (head[0], " · ".join(head[1:2]))
    company = head[0] if lever else ""
    body = "\n".join(lines[top[0] + 1:end]).strip("\n")
    return "\n".join([*_heading(title, company, place), body, ""])


# Workday: the title and "Apply" over label / value lines, the ad, then similar jobs.
_WORKDAY_LABELS = ("locations", "time type", "posted on", "job requisition id", "time left to apply")
_WORKDAY_END = re.compile(r"^(?:similar jobs(?: \(\d+\))?|follow us|get notified for similar "
                          r"jobs|(?:about|view) .{2,60} careers?)$", re.I)


def _workday(lines: list[str]) -> str | None:
    """A Workday job page pasted whole: the site's menu, the title, an "Apply" button, the
    labelled details (locations, time type, posted on, job requisition id), the ad, and
    "Similar Jobs" after it. None for any other text."""
    low = [line.lower() for line in lines]
    if "job requisition id" not in low or sum(label in low for label in _WORKDAY_LABELS) < 3:
        return None
    last = max(i for i, line in enumerate(low) if line in _WORKDAY_LABELS)
    start = last + 2  # the last label's value
    first = next(i for i, line in enumerate(low) if line in _WORKDAY_LABELS)
    apply = next((i for i, line in enumerate(low[:last]) if line in ("apply", "apply now")), first)
    head = [line for line in lines[:apply]
            if line and not _CHROME.match(line) and not re.search(r"(?i)\bcareers?\b|"
                                                                  r"^search for jobs$", line)]
    place = lines[low.index("locations") + 1] if "locations" in low[:-1] else ""
    end = next((i for i in range(start, len(lines)) if _WORKDAY_END.match(lines[i])),
               len(lines))
    body = "\n".join(lines[start:end]).strip("\n")
    title = head[-1] if head else ""
    return "\n".join([*_heading(title, place=place), body, ""]) if title else None


def _placed(line: str) -> bool:
    """The line names a place ("San Antonio, TX", "London, United Kingdom")."""
    return is_place(line) or is_wider_place(line)


# Naukri (India): title, company, rating, experience, pay and location over "Send me jobs like
# this", the ad's highlights and description, then "Role:", "Industry Type:" ... details,
# the education asked and the key skills ("HPLC*": a preferred one).
_NAUKRI_DETAIL = re.compile(r"^(?:role|industry type|department|employment type|"
                            r"role category|functional area)\s*:", re.I)
_NAUKRI_END = re.compile(r"^(?:about company|company info|similar jobs|beware of imposters|"
                         r"services you might be interested in)$", re.I)


def _naukri(lines: list[str]) -> str | None:
    """A Naukri job page pasted whole, as Markdown: the highlights and description as the
    role, the education and key skills as requirements. None for any other text."""
    low = [line.lower() for line in lines]
    if "job description" not in low or not any(
            line in ("send me jobs like this", "job highlights") for line in low) \
            or not any(_NAUKRI_DETAIL.match(line) for line in lines):
        return None
    top = next((i for i, line in enumerate(low) if line in (
        "send me jobs like this", "apply", "job highlights", "job description")), 0)
    head = [line for line in lines[:top] if line and not _CHROME.match(line)
            and not re.match(r"(?i)^(?:[\d.]+|\d+ reviews?|posted:.*|openings:.*|"
                             r"applicants:.*)$", line)]
    years = next((h for h in head if re.fullmatch(r"\d+\s*-\s*\d+ years?", h)), "")
    pay = [h for h in head if re.search(r"(?i)₹|\blacs?\b|\bp\.a\.|not disclosed", h)]
    rest = [h for h in head if h != years and h not in pay]
    title, company = [*rest, "", ""][:2]
    place = rest[2] if len(rest) > 2 else ""

    def between(start: str, stop: re.Pattern[str]) -> list[str]:
        if start not in low:
            return []
        out = []
        for line in lines[low.index(start) + 1:]:
            if stop.match(line) or _NAUKRI_END.match(line):
                break
            if line:
                out.append(line)
        return out

    section = re.compile(r"(?i)^(?:job description|role:|education|key skills)")
    highlights = between("job highlights", section)
    duties = [line for line in between("job description", section)
              if not _NAUKRI_DETAIL.match(line)]
    education = [re.sub(r"(?i)^(?:UG|PG|Doctorate)\s*:\s*", "", line)  # "UG: B.Sc in ..."
                 for line in between("education", re.compile(r"(?i)^key skills$"))]
    skills = [line.rstrip("*").strip() for line in between("key skills", re.compile("$^"))
              if not line.lower().startswith("skills highlighted")]
    out = [f"# {title}", "", f"**{company}**" + (f" · {place}" if place else ""), ""]
    out += ["## Responsibilities", "", *(f"- {d}" for d in duties), ""]
    wanted = ([f"{years} of experience"] if years else []) + highlights + education
    out += ["## Requirements", "", *(f"- {w}" for w in wanted), ""]
    if skills:
        out += ["## Key skills", "", *(f"- {k}" for k in skills), ""]
    return "\n".join(out)


# The site's own lines over an ad's title on NHS Jobs, Reed and GovernmentJobs: its menu, its
# buttons and the closing date.
_SITE_MENU = re.compile(
    r"^(?:skip to main content|nhs jobs|trac jobs|reed\.co\.uk|sign in|jobs|job alerts|"
    r"courses|recruiters|register cv|career advice|search (?:for )?jobs|"
    r"back to (?:search )?results?|the closing date is\b.*|closing date:.*|"
    r"save (?:this )?job|print|apply(?: now)?)$", re.I)


# NHS Jobs (England) and Trac (NHS Wales, NHS Scotland): the title and employer over
# "The closing date is ...", then the ad under headings of the site's own ("Job summary",
# "Main duties of the job", "About us", "Job responsibilities", "Person Specification" with
# its criteria groups, each over an "Essential" and a "Desirable" list), the pay and contract
# as label / value lines, then the vetting notices and "Employer details".
_NHS_AD = ("job summary", "job overview", "main duties of the job", "about us",
           "working for our organisation", "job description", "job responsibilities",
           "detailed job description and main responsibilities", "person specification")
_NHS_OTHER = ("date posted", "pay scheme", "band", "salary", "contract", "working pattern",
              "reference number", "job locations", "disclosure and barring service check",
              "certificate of sponsorship", "uk registration", "applicant requirements",
              "documents to download", "employer certification / accreditation badges",
              "additional information", "employer details", "apply online now")
_NHS_END = re.compile(r"^(?:employer details|documents to download|apply online now)$", re.I)
# A person specification's criteria groups ("Qualifications", "Knowledge and experience",
# "Personal qualities"): one is over a "Desirable" list with no "Essential" one.
_NHS_GROUP = re.compile(r"^(?:(?:qualifications?|education|training|experience|skills?|"
                        r"knowledge|abilities|personal (?:qualities|attributes)|other|"
                        r"communication|values|competencies|special requirements)"
                        r"(?:,? (?:and|&) |, |$))+$")
_POSTCODE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$")


def _nhs_jobs(lines: list[str]) -> str | None:
    """An NHS Jobs or Trac vacancy pasted whole, as Markdown: the ad's sections, and the
    person specification's criteria as "Qualifications (essential)" ... lists. None for any
    other text."""
    low = [line.lower().rstrip(":") for line in lines]
    # the site's own labels, which an ad written in the NHS's headings has not
    if "main duties of the job" not in low or not ({"job summary", "job overview"} & set(low)) \
            or not ({"employer details", "employer name", "pay scheme", "date posted"}
                    & set(low)):
        return None
    start = next(i for i, line in enumerate(low) if line in ("job summary", "job overview"))
    head = [line for line in lines[:start] if line and not _CHROME.match(line)
            and not _SITE_MENU.match(line)]
    employer = lines[low.index("employer name") + 1] if "employer name" in low[:-1] else ""
    if employer and employer in head:
        at = head.index(employer)
        title = head[at - 1] if at else ""
    else:
        title, employer = [*head[-2:], "", ""][:2] if len(head) >= 2 else (
            [*head, ""][0], employer)
    place = ""
    label = next((key for key in ("job locations", "address") if key in low[start:]), "")
    if label:  # the vacancy's own locations, else the employer's address
        where = lines[start + low[start:].index(label) + 1:]
        code = next((i for i, line in enumerate(where[:8]) if _POSTCODE.match(line)), None)
        place = where[code - 1] if code else ""
    out = _heading(title, employer, place)
    section = ""
    group = ""
    for i in range(start, len(lines)):
        line, key = lines[i], low[i]
        if _NHS_END.match(line):
            break
        if key in _NHS_AD or key in _NHS_OTHER:
            section = key
            if key in _NHS_AD and key != "job description":
                out += [f"## {line[0].upper()}{line[1:]}", ""]
            continue
        if section not in _NHS_AD or not line:
            continue
        if section == "person specification":
            nxt = low[i + 1].removesuffix(" criteria") if i + 1 < len(low) else ""
            if nxt == "essential" or (nxt == "desirable" and _NHS_GROUP.match(key)):
                group = line
                continue
            if key.removesuffix(" criteria") in ("essential", "desirable"):
                out += ["", f"### {group or 'Criteria'} ({key.removesuffix(' criteria')})", ""]
                continue
            out.append(f"- {line}")
            continue
        out += [line, ""]
    return "\n".join(out) + "\n"


# Reed (UK): the title over "Posted 3 days ago by <Company>", the pay, place and contract, the
# ad under "Job description", the recruiter's "Required skills", then "Reference: 52013344"
# and the page's own lines.
_REED_POSTED = re.compile(r"^posted (?:\d+ (?:days?|hours?|minutes?) ago|today|yesterday|"
                          r"\d{1,2} [a-z]+(?: \d{4})?) by (.+)$", re.I)
_REED_END = re.compile(r"^(?:reference:?\s*\S+|report this job|share this job|similar jobs|"
                       r"jobs you might like)$", re.I)


def _reed(lines: list[str]) -> str | None:
    """A Reed job page pasted whole, as Markdown: the ad and the required skills. None for
    any other text."""
    low = [line.lower() for line in lines]
    posted = next((i for i, line in enumerate(lines) if _REED_POSTED.match(line)), None)
    if posted is None or "job description" not in low[posted:] \
            or not any(_REED_END.match(line) for line in lines[posted:]):
        return None
    company = _REED_POSTED.match(lines[posted])
    assert company is not None
    head = [line for line in lines[:posted] if line and not _CHROME.match(line)
            and not _SITE_MENU.match(line)]
    start = posted + low[posted:].index("job description")
    place = next((line for line in lines[posted + 1:start] if _placed(line)), "")
    end = next((i for i in range(start + 1, len(lines)) if _REED_END.match(lines[i])
                or low[i] == "required skills"), len(lines))
    out = [*_heading(head[-1] if head else "", company.group(1).strip(), place),
           "\n".join(lines[start + 1:end]).strip("\n"), ""]
    if end < len(lines) and low[end] == "required skills":
        skills = []
        for line in lines[end + 1:]:
            if not line or _REED_END.match(line):
                break
            skills.append(f"- {line}")
        out += ["## Required skills", "", *skills, ""]
    return "\n".join(out) if head else None


# GovernmentJobs.com (NEOGOV): the employer and title over "Apply", the labelled details
# (Salary, Location, Job Type, Job Number, Department, Opening and Closing Date), the page's
# "Description" / "Benefits" / "Questions" tabs, the ad, then the agency's address card.
_NEOGOV_LABELS = ("salary", "location", "job type", "job number", "department", "division",
                  "opening date", "closing date", "bargaining unit")
_NEOGOV_END = re.compile(r"^(?:agency|benefits for|print job|supplemental questions)$", re.I)


def _governmentjobs(lines: list[str]) -> str | None:
    """A GovernmentJobs (NEOGOV) posting pasted whole, as Markdown. None for any other text."""
    low = [line.lower() for line in lines]
    tabs = next((i for i in range(len(low) - 2)
                 if low[i:i + 3] == ["description", "benefits", "questions"]), None)
    if tabs is None or "job number" not in low[:tabs] or "closing date" not in low[:tabs]:
        return None
    first = next(i for i, line in enumerate(low) if line in _NEOGOV_LABELS)
    head = [line for line in lines[:first] if line and not _CHROME.match(line)
            and not _SITE_MENU.match(line)]
    agency = lines[low.index("agency", tabs) + 1] if "agency" in low[tabs:-1] else ""
    company = agency or (head[-2] if len(head) >= 2 else "")
    place = lines[low.index("location") + 1] if "location" in low[:tabs] else ""
    start = tabs + 3
    if start < len(low) and low[start] == "description":
        start += 1  # the tab's own heading over its text
    end = next((i for i in range(start, len(lines)) if _NEOGOV_END.match(lines[i])),
               len(lines))
    body = "\n".join(lines[start:end]).strip("\n")
    return "\n".join([*_heading(head[-1], company, place), body, ""]) if head else None


# Job Bank (Government of Canada): the title over "Posted on <date> by employer", the employer,
# its place and the pay, then "Job details" and "Overview", the duties under "Tasks" and the
# asks under the site's own labels, each a list of one line per item, until "Who can apply to
# this job?" or "How to apply".
_JOB_BANK_POSTED = re.compile(r"^posted on .+ by (?:employer|.+)$", re.I)
_JOB_BANK_LISTS = {  # the site's label -> the Markdown section its lines go under
    "tasks": "Responsibilities",
    "certificates, licences, memberships, and courses": "Certificates and licences",
    "equipment and machinery experience": "Equipment and machinery experience",
    "area of specialization": "Experience and specialization",
    "computer and technology knowledge": "Computer and technology knowledge",
    "personal suitability": "Personal suitability",
}
_JOB_BANK_END = re.compile(r"^(?:who can apply to this job\??|how to apply|advertised until|"
                           r"report a problem or mistake on this page)$", re.I)


def _job_bank(lines: list[str]) -> str | None:
    """A Job Bank (Canada) posting pasted whole, as Markdown: its tasks, supervision and the
    lists of what it asks for; not its overview's labels, work conditions, benefits or who may
    apply. None for any other text."""
    low = [line.lower().rstrip(":") for line in lines]
    posted = next((i for i, line in enumerate(lines) if _JOB_BANK_POSTED.match(line)), None)
    if posted is None or "job bank" not in low[:posted] or "job details" not in low[posted:] \
            or "tasks" not in low[posted:]:
        return None
    head = [line for line in lines[:posted] if line and not _CHROME.match(line)
            and not _SITE_MENU.match(line)
            and low[lines.index(line)] not in ("job bank", "verified", "government of canada",
                                               "job search")]
    after = [line for line in lines[posted + 1:posted + 4] if line]
    company = after[0] if after else ""
    place = next((line for line in after[1:] if _placed(line)), "")
    out = _heading(head[-1] if head else "", company, place)
    section = ""
    for i in range(low.index("tasks", posted), len(lines)):
        line, key = lines[i], low[i]
        if _JOB_BANK_END.match(line):
            break
        if key in _JOB_BANK_LISTS:
            section = _JOB_BANK_LISTS[key]
            out += ["", f"## {section}", ""]
        elif key == "supervision" and i + 1 < len(lines):
            section = "Responsibilities"  # "Supervision" / "5-10 people"
            out.append(f"- Supervise {lines[i + 1]}")
        elif low[i - 1] == "supervision" or not line:
            continue
        elif line[:1].isupper() and key in _JOB_BANK_OTHER:
            section = ""  # a label whose lines ask nothing of a candidate
        elif section:
            out.append(f"- {line}")
    return "\n".join(out) + "\n" if head else None


_JOB_BANK_OTHER = frozenset((
    "experience and specialization", "additional information",
    "work conditions and physical capabilities", "security and safety",
    "transportation/travel information", "benefits", "health benefits", "financial benefits",
    "other benefits", "long term benefits", "employment groups", "work site environment",
    "work setting", "screening questions"))
