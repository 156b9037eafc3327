"""Job description text -> JobPosting, deterministically (the fallback parser for every engine).

Four phases, each small enough to hold in your head:

1. `front_matter` + `read_blocks` (jd_blocks): the text becomes headings, bullets, `Label:`
   lines and unwrapped paragraphs, each under the section it sits in (responsibilities /
   requirements / nice to have / ignored). Instruction-like text ("ignore previous
   instructions...") is recorded in `suspicious` and never becomes a requirement.
2. `identify` (jd_header): title, company, location and seniority, each with the place that
   named it (`JobPosting.sources`).
3. `statements`: what the ad asks for, one statement per bullet, and from prose one per
   sentence or `;` clause, a list of separate skills split into one per skill ("experience
   with Docker and Kubernetes" -> two). Prose counts only when it carries a requirement cue
   ("you have", "experience with", "must", ...) or, with no requirement section at all, a
   known skill.
4. `requirements`: boilerplate (benefits, EEO, salary, how to apply, conditions of
   employment) and fragments dropped, near-duplicates merged, each categorised with the
   skills vocabulary and prioritised from the ad's own signals (its section headings, and
   "required", "must", "preferred", "a plus", "ideally", "bonus").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from cvtailor.engines.offline.jd_blocks import (
    INJECTION,
    Block,
    read_blocks,
    role_like,
)
from cvtailor.engines.offline.jd_header import announces_job, front_matter, identify
from cvtailor.models import JobPosting, Requirement
from cvtailor.text.cvtext import clean_inline
from cvtailor.text.jd_terms import (
    ACRONYM,
    BRINGING_ON,
    DETERMINERS,
    DUTY_VERBS,
    FUNCTION_WORDS,
    NEWCOMERS,
    NOUN_VERBS,
    NUMBER_WORDS,
    ORDINALS,
    PEOPLE_VERBS,
    PREPOSITIONS,
    QUALIFICATION_TERM,
    ROLE_NOUNS,
    TITLE_GRANTED,
    TOOL_KINDS,
    TWO_WORD_COMPOUNDS,
    YOU_WILL,
    directed_people,
    duty_cuts,
    fragment,
    generic,
    is_duty_verb,
    is_empty_modifier,
    key_phrases,
    only_verb,
    opens_on,
    person_noun,
    skill_verb,
    third_person_again,
    top_level,
    weak_term,
    without_verb_pair,
)
from cvtailor.text.lexicon import (
    adjective,
    base_verb,
    common_word,
    inflected_like,
    only_adjective,
    only_verb_form,
    verb_form,
)
from cvtailor.text.not_held import held_thing
from cvtailor.text.places import (
    COUNTRIES,
    LANDFORM,
    NEW_PLACES,
    REGION_NAMES,
    UK_COUNTIES,
    is_place,
    is_wider_place,
)
from cvtailor.text.vocabulary import Hit, Vocabulary
from cvtailor.text.wordforms import contains, other_form, spelled_in

__all__ = ["INJECTION", "fallback_keywords", "parse_jd_text", "residual_keywords"]

# "you'll" or "you will" in a pattern: the ad's second person, before what the job does
_YOU_LL = r"you(?:['’]ll|\s+will)"
# ... or a plain "you" ("You report to ...", "you spend ...", "you work with ...")
_YOU = r"you(?:['’]ll|\s+will)?"

_REQUIRED_HEADING = re.compile(r"\b(required|minimum|basic|must|essential|mandatory)\b",
                               re.IGNORECASE)
_YEARS = re.compile(r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s*\+?\s*"
                    r"(?:-\s*\d+\s*)?(?:or more\s+)?(?:years|yrs)\b", re.IGNORECASE)
_EDU = re.compile(r"\b(degree|bachelor|master|ph\.?d|diploma|b\.?s\.?c?|m\.?s\.?c?|mba|"
                  r"graduate|doctorate|certif|licen[cs]e|third-level|tertiary|"
                  # "a qualification in logistics", not a sale's ("qualification framework")
                  r"(?:formal|recogni[sz]ed|vocational|academic|trade)\s+qualification|"
                  r"qualifications?\s+in\b)", re.IGNORECASE)
_CRITICAL = re.compile(r"\b(must|required|requires|essential|mandatory|minimum|at least)\b",
                       re.IGNORECASE)
_NOT_REQUIRED = re.compile(r"\b(?:not|no|never)\b[^.;:()]{0,60}?\brequired\b", re.IGNORECASE)
# A wish said as help at the end of what it wishes for: "A Powerboat Level 2 certificate
# would help", "(a Site Safe passport helps)".
_HELPS = r"(?:would|will) help(?=\W*$)|helps(?=\W*$|\))"
_NICE_INLINE = re.compile(
    r"\b(nice to have|preferred|a (?:big |strong |real |huge |definite )?plus|bonus|ideally|"
    r"desirable|would be (?:great|nice|helpful|an advantage|advantageous)|an advantage|"
    r"a (?:big |strong |real |huge |definite |distinct |significant |great |clear )?advantage|"
    r"advantageous|(?:is|are) (?:helpful|useful)|not essential|"
    + _HELPS + r"|"
    r"(?:we|we'd|we’d) (?:would )?love|highly regarded|(?:is|are|would be) (?:an? )?(?:asset|welcome))\b",
    re.IGNORECASE)
_SOFT = re.compile(r"\b(communicat\w*|collaborat\w*|leadership|team ?player|mentor\w*|"
                   r"interpersonal|self-starter|ownership|empath\w*|curious|curiosity|"
                   r"attention to detail|organi[sz]ed|problem[- ]solving)\b", re.IGNORECASE)
_TECH_CATEGORIES = {
    "programming_language", "framework", "library", "database", "cloud", "devops_tool", "ci_cd",
    "infrastructure", "message_broker", "data_tool", "ml", "testing", "design_tool",
    "business_tool", "crm", "office_tool", "security", "analytics",
}
_NAMED = _TECH_CATEGORIES | {"certification", "degree", "language"}  # named things
_INDUSTRY_CATEGORIES = {"domain", "finance", "legal", "healthcare", "education", "sales",
                        "marketing", "hr", "operations"}
# Prose outside any section that asks something of the candidate ("experience with" alone
# is not enough there: "the public's experience with government" is a mission statement).
_REQ_CUE = re.compile(
    r"\b(?:you(?:'ve|’ve| have| bring| possess| are comfortable)|"
    r"(?:looking for|seeking|want|like|love|need) (?:someone|a person|people|candidates|"
    r"applicants) (?:who|with)|"
    # "Someone confident explaining aftercare to owners would suit us"
    r"(?:^|(?<=[.;:] ))someone (?:who|with|confident|comfortable|experienced|able)|"
    r"(?:candidates|applicants|you) (?:will|should|must) have|ideal candidate|bonus if|"
    r"nice to have|ideally|must|required|\d+\+? years (?:of|in)|track record|"
    r"you should (?:be able to|have|hold|know)|"
    # "The successful candidate will be ...", "They will have ...": the hire, described
    r"(?:successful|right) (?:candidate|applicant|person)|"
    r"they(?:'ll|’ll| will| should| must) (?:have|be|hold|need|bring)|"
    # "... is a plus", "... would be an advantage", "... are expected": a wish or an ask
    r"(?:is|are|would be|will be) (?:a|an) (?:big |strong |real |huge |definite |added )?"
    r"(?:plus|bonus|advantage|asset)|(?:is|are) expected|"
    + _HELPS + r"|"
    # "You're confident on ladders and scaffold towers": the person asked for
    r"you(?:'re|’re| are) (?:confident|comfortable|happy|experienced|skilled|able to|"
    r"familiar|used to|at home|proficient|fluent|organi[sz]ed|detail[- ]oriented|discreet|"
    r"reliable|self-motivated|a (?:strong|clear|confident|natural|great) communicator)|"
    r"(?:is|are|would be) (?:helpful|useful|desirable|advantageous)|not essential|"
    # "Experience with Toro mowers is essential", "A Certificate III ... is highly
    # regarded", "... would be well regarded": an ad's own words for must and nice
    r"(?:is|are) (?:absolutely |also )?(?:essential|mandatory|a must)|"
    r"(?:is|are|would be|will be) (?:highly |well |very )?(?:regarded|valued|welcomed?)|"
    r"(?:is|are|would be) (?:strongly |highly )?(?:preferred|desired)|"
    # "We'd love it if you had ...", "You should be comfortable working early mornings"
    r"(?:we(?:'d|’d| would) love it if you)|you should be (?:comfortable|confident|happy)|"
    # a sentence that opens on what is asked ("Experience with Toro mowers ...",
    # "Proven knowledge of turf grasses ...")
    r"^(?:(?:some|previous|prior|proven|demonstrated|solid|strong|good|sound|practical|"
    r"hands-on)\s+)?(?:experience|knowledge|proficiency|familiarity|understanding)\s+"
    r"(?:with|in|of)\s)\b",
    re.IGNORECASE)
_RESP_CUE = re.compile(r"\b(?:you(?:'ll|’ll| will)|day[- ]to[- ]day|your role|in this role|"
                       r"your time (?:will be|is) spent|"
                       r"we(?:'ll|’ll)?\s+(?:also\s+)?(?:ask|expect|need|want|count on)\s+you\s+to|"
                       r"responsible for|you(?:'d|’d| would) (?:also )?(?!like\b|love\b|want\b|prefer\b|"
                       r"enjoy\b|need\b|rather\b)[a-z]+|"
                       r"(?:looking for|seeking|hiring) an? [\w -]{2,60}? who(?: will|'ll|’ll))\b",
                       re.IGNORECASE)
# "Key responsibilities include: greeting ...", "Other duties include managing ...": the
# duties follow, each led by its -ing verb; "The paralegal will draft ...": the hire's duties.
# "Key priorities for your first year include cutting unplanned downtime ...": for when, too.
_DUTIES_INCLUDE = re.compile(r"^(?:(?:[\w'’ -]{0,30}?\b)?(?:responsibilities|duties|tasks|priorities)\s+"
                             r"(?:(?:for|in|over|during)\s+[\w'’ -]{1,30}?\s+)?"
                             r"(?:will\s+)?(?:include|includes)"
                             # "The role involves planning ...", "This job will include ..."
                             r"|(?:the|this|your)\s+(?:role|job|position|post)\s+"
                             r"(?:(?:will\s+)?(?:involve|include)|involves|includes))"
                             r"\b\s*:?\s*", re.IGNORECASE)
# ... or named as the one hired: "The post holder will manage a complex caseload", "The
# successful applicant will report trials" (not "... will have", "... will report to").
_ROLE_WILL = re.compile(r"The\s+(?:[\w-]+\s+){0,3}?(?:" + "|".join(sorted(ROLE_NOUNS)) +
                        r"|candidate|applicant|post ?holder|job ?holder|incumbent|appointee)"
                        # "The Clinical Nurse Manager 1 will ...": a grade after the role
                        r"(?:\s+(?:\d{1,2}|I{1,3}|IV))?\s+will\s+"
                        r"(?!be\b|have\b|need\b|hold\b|possess\b|bring\b|join\b|"
                        r"report\s+(?:directly\s+)?to\b)", re.IGNORECASE)
# Lead-ins of a list of skills: "experience with X, Y and Z".
_LEAD = re.compile(
    r"\b(?:experience (?:with|in|using)|expertise (?:in|with)|knowledge of|familiarity with|"
    r"proficien(?:cy|t) (?:in|with)|understanding of|grasp of|skills? (?:in|with)|"
    r"comfortable with|fluen(?:cy|t) in|background in|exposure to)\s+", re.IGNORECASE)
_EXAMPLES = re.compile(r"\b(?:such as|including|like|e\.g\.|for example)\b", re.IGNORECASE)
_NOT_NOUN_PHRASE = re.compile(r"\b(?:is|are|be|to|will|can|who|which|that|we|you|our|your|"
                              r"ability|able)\b", re.IGNORECASE)
_ABBREVIATION = re.compile(r"(?:\b(?:e\.g|i\.e|etc|vs|inc|co|ltd|corp|dr|mr|mrs|ms|st|jr|sr|"
                           r"no|ref|approx|a\.m|p\.m)|\b[A-Z](?:\.[A-Z])+)\.$", re.IGNORECASE)
_SUBSTANCE = re.compile(
    r"\b(?:experience|knowledge|proficien\w*|familiar\w*|abilit\w*|able|skills?|degree|"
    r"evidence\s+of|"
    r"years?|understanding|expertise|certif\w*|licen[cs]\w*|qualifi\w*|background|track record|"
    r"\w{3,}ing|\w{3,}ed|have|has|own|build|lead|run|write|design|manage|use|work|know|take|"
    r"drive|ensure|deliver|support|communicate|collaborate|thrive|enjoy|love|care|understand|"
    r"learn|solve|ship|mentor|partner|speak|read|travel|ownership)\b|"
    r"\b(?:you|we|they|candidates?)\s+(?!and\b|or\b)[a-z]+|"
    r"\byou(?:'re|’re)\s+(?:confident|comfortable|happy|experienced|skilled|able|familiar|"
    r"used to)\b|"
    # "You'll also keep treatment sheets ...", not "you'll be the first person they meet"
    r"\b(?:you|we|they)(?:'ll|’ll|'d|’d)\s+(?:also\s+)?(?!also\b|and\b|or\b|be\b|become\b|get\b)[a-z]+|"
    # "You'll be the voice of the customer", "... the point of contact for": a role's charge
    r"\byou(?:'ll|’ll| will)\s+(?:also\s+)?be\s+the\s+(?:[a-z-]+\s+){1,3}(?:of|for)\s+\w",
    re.IGNORECASE)
BOILERPLATE = re.compile(
    # USAJOBS qualification notes: what the grade's rules say, asking nothing more
    r"\bdefinition of specialized experience\b|\bno substitution of education\b|"
    # a UK recruitment agency's notice ("... is acting as an Employment Agency in relation to
    # this vacancy")
    r"\bacting as an? employment (?:agency|business)\b|"
    # a graduate scheme's rotations: what it offers ("you'll rotate through pricing, ...")
    r"\brotat(?:e|es|ing)\s+(?:through|across|around|between)\b|"
    r"\b(?:competitive|base|starting|annual|monthly|gross|net) (?:salary|pay|compensation)\b|"
    # a contract line's reference and closing date ("Ref. EHR-HSN-2612 · Closing date: ...")
    r"\bclosing date\b|"
    r"\bsalary (?:range|band|check|package|of|is)\b|"
    r"\b(?:health|dental|vision|life|medical)(?:,? (?:and )?(?:dental|vision|life))* insurance\b|"
    r"\b401\(?k\)?|\bpaid time off\b|\bparental leave\b|\bstock options\b|"
    r"\bequal (?:opportunity|employment)\b|\bEEO\b|\bregardless of\b|\bemployment equity\b|"
    r"\bpay (?:is|rate is)\b|\bpaid (?:weekly|biweekly|every (?:week|friday|two weeks))\b|"
    # pay, or a pay range: "$68,000 - $82,000 a year, plus overtime and a company truck"
    r"^[$£€]\s?\d[\d,.]*k?(?:\s*(?:-|–|—|to)\s*[$£€]?\s?\d[\d,.]*k?)?\s*(?:an?|per|/)\s*"
    r"(?:hour|hr|year|yr|annum|week|month)\b|"
    # a pointer to the documents that come with the ad ("Please see the attached job
    # description and person specification for full details of the role")
    r"\b(?:see|refer to|read|download|view) (?:the )?(?:attached|enclosed|full|accompanying|"
    r"supporting) (?:job description|JD|job pack|person specification|candidate pack|"
    r"candidate brief|role profile|documents?)\b|"
    # the applicant tracking system's footer
    r"^(?:jobs )?powered by (?:lever|greenhouse|workable|ashby|smartrecruiters|jobvite)\b|"
    r"\b(?:send|email|e-mail|mail)\s+(?:your|us your|a)\b[^.]{0,60}@|"
    r"\(?\b\d{3}\)?[-. ]\d{3}[-. ]\d{4}\b|"
    r"\b(?:does|do|will) not discriminate\b|"
    r"\b(?:is|are) (?:fully )?committed to (?:equality|diversity|inclusion|equal)\b|"
    # "... is committed to an inclusive, barrier-free recruitment process"
    r"\b(?:is|are) (?:fully )?committed to (?:an? |the )?(?:inclusive|barrier-free|accessible|"
    r"fair|diverse)\b|\baccommodations? (?:is|are) available\b|"
    # the UK's safeguarding statement: "... is committed to safeguarding and promoting the
    # welfare of children and young people"
    r"\bcommitted to safeguarding and promoting the welfare\b|"
    # Singapore and Malaysia ads: "please send your resume stating current and expected
    # salary", "only shortlisted candidates will be notified", "EA Licence No. 12C3456"
    r"\bplease send (?:your|in your|us your) (?:resume|cv|application)\b|"
    r"\b(?:current and )?expected salary\b|\bshortlisted candidates\b|"
    # a line that only says where the work is ("Remote (US).", "Hybrid, 3 days in office")
    r"^(?:fully |100% )?(?:remote|hybrid|on-?site)(?:\s*\([^)]{0,30}\)|,?\s+[\w ,-]{0,30})?"
    r"\.?$|"
    # "We thank all applicants; only those selected for an interview will be contacted"
    r"\b(?:thank|thanks) (?:all|every) (?:applicants?|candidates?)\b|"
    r"\bselected for (?:an? )?interviews?\b|"
    # Indian ads' warning against recruitment fraud: "We do not charge any fee at any stage"
    r"\b(?:do|does|will) not (?:charge|ask for|collect) (?:any )?(?:fees?|money|payment)\b|"
    r"\bEA (?:Licen[cs]e|Reg(?:istration)?)\.? ?No\b|"
    r"\b(?:able|available) to start immediately\b|\bimmediate start\b|"
    # the Irish public service's standing conditions: "Health: candidates must be fully fit
    # for the post", "Character: candidates must be of good character"
    r"\b(?:fully|medically) fit for the (?:post|role|position)\b|\bof good character\b|"
    r"\bcapacity to (?:carry out|undertake|perform) the duties of the (?:post|role|position)\b|"
    r"\breasonable accommodations?\b|\bveteran status\b|\bgender identity\b|"
    r"\b(?:how )?to apply\b|\bapply (?:now|here|online|today|by|via|through)\b|"
    # "Apply with a CV and photos of your work", "Send your CV to Sarah at ...": how to apply
    r"^(?:please\s+)?(?:apply|send|email|e-mail)\b[^.]{0,40}?\b(?:cv|resume|résumé|"
    r"cover letter|application)s?\b|"
    r"\bsubmit (?:your |a )?(?:resume|cv|application|cover letter)\b|"
    r"\b(?:in|on|with) your (?:resume|cv|application)\b|\bresumes? (?:do|does|must|should)\b|"
    r"\bapplications? (?:will|must|are|is) (?:be )?(?:reviewed|accepted|open|due)\b|"
    # what the applicant must do to apply, or what happens to applications ("Applicants must
    # address the selection criteria", "All applicants will receive consideration"), not what
    # the job asks ("Applicants must hold a current CCR certificate", "The successful
    # applicant will report trials")
    r"\bapplicants? (?:must|will|should)\s+(?:also\s+)?(?:receive consideration|address|submit|send|"
    r"include|attach|upload|undergo|pass an?|complete (?:an?|the|our) (?:application|online|form|"
    r"questionnaire|assessment)|be (?:legally|lawfully)|be (?:\w+ ){0,2}(?:citizens?|residents?)\b|"
    r"be (?:invited|contacted|asked|notified|considered|used|shortlisted|screened|"
    r"required to (?:submit|provide|undergo|complete|pass|attend|sign)))\b|\bwork rights\b|"
    r"\b(?:legally )?authori[sz]ed to work\b|"
    r"\bwork authori[sz]ation\b|\bnot eligible for (?:visa )?sponsorship\b|"
    # "Candidates must be eligible to work in Ireland, as we're unable to offer visa
    # sponsorship": the law's condition on the hire, no experience a CV shows
    r"\b(?:eligible|eligibility|entitled) to work\b|\bright to work in\b|"
    r"\b(?:unable|not able|cannot|can't|do not|don't|won't|will not) (?:to )?(?:offer|provide) "
    r"(?:visa |work permit )?sponsorship\b|"
    r"\bwill not sponsor\b|\bU\.?S\.? [Cc]itizen|\bselective service\b|\bdirect deposit\b|"
    # "To be eligible you must be an Australian citizen": the law's condition on the hire
    r"\b(?:must|should|need to) be an? (?:[A-Z]\w+ ){1,2}citizen\b|\bcitizenship (?:is )?required\b|"
    r"\btrial period\b|\bfinancial disclosure\b|\be-verify\b|"
    r"\bbackground (?:check|investigation)\b|\bdrug (?:test|screen)|"
    r"\bsubject to an? (?:enhanced |basic |standard )?(?:DBS|PVG|criminal record) check\b|"
    # "Appointment is subject to a satisfactory National Police Certificate and ... check"
    r"\b(?:appointment|employment|offers?) (?:is |are |will be )?subject to (?:an? )?"
    r"(?:satisfactory|successful|clear)\b|"
    r"\bcondition of (?:continued )?employment\b|\bfederal employment\b|"
    r"\bqualification determinations?\b|\bdisqualif\w+|\bwe (?:offer|provide)\b|"
    r"\bperks\b|\bbenefits (?:include|package)\b|\bopen until filled\b|"
    # a kitchen's or a shop's perks: "Staff meals, tips shared, and a 4-day week" ("Prepare
    # staff meals" is a commis chef's duty)
    r"^(?:free\s+|daily\s+)?(?:staff|team member) (?:meals?|discounts?)\b|"
    r"\b(?:tips|gratuities) (?:are )?(?:shared|pooled|split)\b|"
    r"\b(?:offers?|offering|get|enjoy|receive)\s+(?:full|comprehensive|generous|great|excellent|"
    r"competitive)\s+benefits\b|\bbenefits from (?:day one|your first day|the first day)\b|"
    # what the employer gives the hire: "You will have your own office next to the saw cabin"
    r"\b" + _YOU_LL + r"\s+(?:also\s+)?have\s+(?:your\s+own|a\s+company|a\s+dedicated)\s+"
    r"(?:office|desk|van|vehicle|truck|car|room|locker|parking|phone|laptop)\b|"
    r"\bapplication is incomplete\b|\bsupporting documentation\b|\bcareer transition\b|"
    r"\bwell qualified is defined\b|\bexcepted service\b|\bnot to exceed \d+ (?:months|years)\b",
    re.IGNORECASE)
_STOP = set((
    "a ability able all also an and any are as at background be bonus both by can comparable deep "
    "demonstrated direct directly dynamic equivalent etc excellent experience experienced "
    "expertise familiar familiarity fast-paced field for from good great hands-on has have "
    "high-quality ideally in including into is it its knowledge least like more multiple must "
    "new of on or other our plus practical preferred professional proficiency proficient "
    "progressive proven related relevant required should similar skill skills solid "
    "strong successful such than the their this to understanding use using various we "
    "well who "
    "will with work working would year years you your "
    "may might could help helps per one two that which what where when how why there "
    "these those them they via e.g i.e grasp comfort insight because but also if so yet "
    "we're we'd we'll we've you're you'll you'd you've it's don't doesn't can't won't isn't "
    "aren't let's there's several previous prior "
).split())


# Where the job sits, not what it asks: "You'll report to the VP of People", "work alongside
# our recruiting specialists", "join our second-shift crew" ("bring regular KPI reporting to
# the leadership team" is a duty: "reporting" after a noun is the noun).
_CONTEXT = re.compile(r"\b(?:report(?:s)?\s+(?:in)?to|"
                      r"(?:(?:^|\b(?:be|been|you|and|directly|currently|while|when))\s+)"
                      r"reporting\s+(?:in)?to|work(?:ing)?\s+alongside|"
                      r"(?:join|joining)\s+(?:our|the|a|an)\b|be part of)\b", re.IGNORECASE)


def _where_it_sits(text: str) -> bool:
    """The statement says where the job sits (`_CONTEXT`), not a duty whose object is reports
    ("Prepare reports to Council on the bylaw program", "... and send rehearsal reports to
    the creative team"): reports a duty verb leads are the duty's object."""
    m = _CONTEXT.search(text)
    if m is None:
        return False
    if m.group(0).lower().startswith("reports") or re.search(
            r"\b(?:a|the|an?\s+\w+)\s+report\s+to\b", text[:m.end()], re.I):
        lead = re.sub(r"^(?:(?:you(?:'ll|’ll)?|will|also)\s+)+", "", text.strip(), flags=re.I)
        first = lead.split()[0].lower() if lead.split() else ""
        if first != "reports" and is_duty_verb(first):
            return False
    return True


# Who the job is with and whom it suits, whatever it names: "You'll be paired with an
# ASHA-certified mentor SLP", "You'll sit on the marketing team", "This role is a good fit for
# a former journalist who wants to move into marketing".
_SETTING = re.compile(r"\b(?:(?:be|are|is|get|gets)\s+paired\s+with|"
                      r"sits?\s+(?:on|in|within)\s+(?:the|our)\b|"
                      r"work(?:s|ing)?\s+within\s+(?:the|our)\s+[^.;]*\bteam\b|"
                      r"(?:good|great|natural|perfect|strong)\s+fit\s+for)\b", re.IGNORECASE)


@dataclass
class Statement:
    """Something the ad asks for or says the job does, before it becomes a Requirement."""

    text: str
    kind: str  # resp | req | nice
    required: bool = False  # under a "Required / Minimum qualifications" heading
    prose: bool = False  # cut from a paragraph (so held to the fragment checks)
    duty: bool = False  # one of several duties a sentence lists, each led by its verb
    listed: bool = False  # a bullet of an ad that is one list, no headings: may be employer story
    item: str = ""  # the item of a list after a colon it asks for ("...: CSI, ..."): its term


# -- phase 3: statements -----------------------------------------------------------------------
def sentences(text: str) -> list[str]:
    """A paragraph's sentences ("e.g.", "U.S." and "Inc." do not end one)."""
    out: list[str] = []
    start = 0
    for m in re.finditer(r"[.!?]+[\"”’)]?\s+(?=[A-Z0-9\"“(])", text):
        if _ABBREVIATION.search(text[start:m.start() + 1]):
            continue
        out.append(text[start:m.end()].strip())
        start = m.end()
    out.append(text[start:].strip())
    return [s for s in out if s]


# A wish in brackets at a sentence's end: "You're confident on ladders (a Site Safe passport
# helps)" asks for the ladders and wishes for the passport.
_BRACKETED_WISH = re.compile(r"\s*\(((?:an?|the|some)\s+[^()]{3,80}?\s+(?:helps|would help|"
                             r"is a (?:plus|bonus)|would be (?:a plus|a bonus|useful|an advantage)"
                             r"))\)\s*[.!]?$", re.IGNORECASE)


def clauses(sentence: str) -> list[str]:
    """A sentence cut at its top-level semicolons (and before a wish in brackets at its end)."""
    cuts = [m.start() for m in top_level(sentence, "[;\u037e\uff1b]")]  # ";" in any script
    pieces = [sentence[a + 1 if a >= 0 else 0:b]
              for a, b in zip([-1, *cuts], [*cuts, len(sentence)], strict=True)]
    out: list[str] = []
    for piece in (p.strip() for p in pieces if p.strip()):
        wish = _BRACKETED_WISH.search(piece)
        if wish is not None and wish.start() > 0:
            out += [piece[:wish.start()].strip(), wish.group(1)[:1].upper() + wish.group(1)[1:]]
        else:
            out.append(piece)
    return out


def _noun_phrase(item: str, vocab: Vocabulary) -> bool:
    bare = re.sub(r"\([^)]*\)", " ", item)  # "feature stores (Feast or Tecton)"
    return bool(vocab.find(item)) or (2 <= len(bare.split()) <= 4
                                      and not _NOT_NOUN_PHRASE.search(bare))


def split_skills(clause: str, vocab: Vocabulary) -> list[str]:
    """A clause listing separate skills, one statement per skill: "experience with Docker and
    orchestration with Kubernetes" -> ["experience with Docker", "experience with orchestration
    with Kubernetes"]. Alternatives ("Kubernetes or ECS"), examples ("tools such as X, Y") and
    lists of words that are not skills stay whole."""
    seps = top_level(clause, r",\s+(?:and\s+)?|\s+and\s+")
    if not seps or re.match(r"or\s", clause[seps[-1].end():]):  # "A, B, or C": alternatives
        return [clause]
    if seps[-1].group(0).strip() == "," and re.search(r"\sor\s", clause[seps[-1].end():]):
        return [clause]  # "in a warehouse, distribution or military logistics setting"
    leads = [m for m in _LEAD.finditer(clause) if m.end() <= seps[0].start()]
    start = leads[-1].end() if leads else 0
    seps = [m for m in seps if m.start() >= start]
    if not seps or _EXAMPLES.search(clause[start:seps[0].start()]):
        return [clause]
    bounds = [start, *[x for m in seps for x in (m.start(), m.end())], len(clause)]
    items = [clause[bounds[i]:bounds[i + 1]].strip(" .") for i in range(0, len(bounds), 2)]
    if leads:
        ok = all(_noun_phrase(i, vocab) for i in items) and any(vocab.find(i) for i in items)
    else:  # a bare list: only names the vocabulary knows ("Python, SQL, Docker")
        ok = all(vocab.find(i) and len(_content_words(i)) <= len(vocab.find(i)) + 1
                 for i in items)
    if not ok:
        return [clause]
    out: list[str] = []
    lead = ""
    if leads:
        before = clause[:leads[-1].start()]
        kept = re.sub(r"\s*(?:\bwith|\band|\bincluding|,)\s*$", "", before).strip()
        if vocab.find(kept):  # "strong Python skills with expertise in ..." says two things
            out.append(kept)
            before = ""
        lead = before + clause[leads[-1].start():leads[-1].end()]
    # a thing held, with its own article, is no object of the lead's knowledge or experience
    # ("strong knowledge of WHS obligations and a First Aid certificate")
    # ... nor does an item that says the lead's preposition again ("Comfortable with a CRM and
    # with data in spreadsheets") take it twice
    last = lead.split()[-1].lower() if lead.split() else ""
    # ... nor does one with its own adjective and preposition ("proficient with QuickBooks and
    # Microsoft 365, and comfortable with spreadsheets")
    # ... nor does one that says how strong a quality of the person's own is ("a good
    # understanding of employment law, strong attention to detail and excellent communication
    # skills"): it takes only what comes before the knowledge ("You will have")
    known = _KNOWLEDGE_OF.search(lead)
    graded = [n > 0 and known is not None and _OWN_QUALITY.match(item) is not None
              for n, item in enumerate(items)]
    return out + [item[:1].upper() + item[1:] if leads and (
                      (held_thing(item) and re.match(r"(?:an?|the|your)\s", item))
                      or _OWN_LEAD.match(item) or _OWN_ASK.match(item))
                  else (lead[:known.start()] + item if lead[:known.start()].strip()
                        else item[:1].upper() + item[1:]) if known is not None and own
                  else lead + re.sub(rf"^{re.escape(last)}\s+", "", item, flags=re.IGNORECASE)
                  if last in PREPOSITIONS else lead + item
                  for item, own in zip(items, graded, strict=True)]


# What the person knows, as a list's lead says it: "a good understanding of", "knowledge of".
_KNOWLEDGE_OF = re.compile(r"(?:\b(?:an?|some)\s+)?(?:\w+\s+)?\b(?:understanding|knowledge|"
                           r"grasp|awareness|appreciation)\s+of\s*$", re.IGNORECASE)
# A list item that grades a quality of the person's own: "strong attention to detail".
_OWN_QUALITY = re.compile(r"(?:strong|excellent|good|great|proven|solid|sound|exceptional|"
                     r"outstanding|keen|meticulous|effective|first-class)\s", re.IGNORECASE)


# An item of a list that asks with its own lead ("... experience in second line support and
# some experience of leading or supervising others").
_OWN_ASK = re.compile(r"(?:(?:some|an?|good|strong|solid|proven|demonstrable)\s+)?(?:experience|"
                      r"knowledge|understanding|familiarity|expertise)\s+(?:of|with|in|using)\s",
                      re.IGNORECASE)


# An item of a list that says how the person stands to it itself ("comfortable with
# spreadsheets", "familiar with Xero").
_OWN_LEAD = re.compile(r"(?:comfortable|familiar|confident|skilled|experienced|proficient|"
                       r"fluent|competent|conversant|versed|at ease)\s+(?:with|in|at|using)\s",
                       re.IGNORECASE)


# "... is highly regarded, and a Certificate IV in Leadership would be a bonus", "..., and
# Spanish would be an advantage": a second thing wished for, in prose or in one bullet.
_AND_WISHED = (r",\s+and\s+(?=(?:(?:an?|the)\s+|(?:some\s+)?(?:experience|knowledge|"
               r"familiarity|understanding)\s+(?:with|of|in)\s+|(?=[A-Z]))"
               r"[^,;]{3,80}?\s+(?:would|will|is|are|could)\s+"
               r"(?:also\s+)?(?:be\s+)?(?:an?\s+)?(?:bonus|plus|advantage|asset|desirable|"
               r"preferred|highly\s+regarded|welcome|beneficial|nice|useful|helpful)\b)")


# Where a prose requirement goes on to ask for something else: "..., including time
# supporting a multi-site workforce" (an activity; "including 1 year leading others" only
# qualifies the years), "... who has bought direct materials",
# "... and several years of electrical maintenance".
_ASKS_MORE = re.compile(
    r"(?i),\s+including\s+(?!(?:\d+|one|two|three|four|five)\+?\s+years?\b)"
    r"(?=(?:\w+\s+){0,2}\w{3,}ing\b)|"
    r"\s+who\s+(?=(?:has|have|'s|’s)\s+(?:\w+ed\b|bought|built|led|run|made|done|sold|held))|"
    r"\s+and\s+(?=(?:several|many|a few|\d+\+?|one|two|three|four|five|six|seven|eight|nine|"
    r"ten)\s+(?:or more\s+)?years\s+of\b)|"
    r"(?<=[a-z0-9])\s+and\s+(?=(?:be\s+)?able\s+to\s+[a-z]+\s+\w)|"
    # "... drivers' hours rules is essential, as is experience of route planning software"
    r",\s+as\s+(?:is|are)\s+(?=(?:an?\s+|the\s+|some\s+)?(?:[a-z]+\s+){0,2}?(?:experience|"
    r"knowledge|proficiency|familiarity|understanding|background|qualification|degree|"
    r"ability|licen[cs]e|certificat(?:e|ion))\b)|"
    + _AND_WISHED)


# "someone with four years of purchasing experience who has ...": the person asked for is
# already described, so what they have done is another ask ("someone who has run Airflow"
# is one).
_ASKED = re.compile(r"\b(?:experience|years?|degree|background|knowledge)\b", re.IGNORECASE)


def _pieces(text: str, cuts: list[re.Match[str]], strip: str = " ,.") -> list[str]:
    """The text between the cuts (each cut's own text left out), stripped of `strip`."""
    bounds = [0, *[x for c in cuts for x in (c.start(), c.end())], len(text)]
    return [text[bounds[i]:bounds[i + 1]].strip(strip) for i in range(0, len(bounds), 2)]


def separate_asks(clause: str) -> list[str]:
    """A prose requirement asking for two things, cut into both: "five years of HR
    experience, including time supporting a multi-site workforce" -> the experience, and
    "time supporting a multi-site workforce"; a list of examples ("including the American
    Community Survey") stays whole."""
    cuts = [m for m in top_level(clause, _ASKS_MORE.pattern)
            if "who" not in m.group(0).lower() or _ASKED.search(clause[:m.start()])]
    if not cuts:
        return [clause]
    return [p for p in _pieces(clause, cuts, " ,;") if p]


def _no_lead_in(duties: list[str]) -> list[str]:
    """Duties cut from "As a Program Analyst, you will evaluate ...": the "As a <role>"
    lead-in stays with the duty it introduces, not a duty of its own. So does an occasion
    ("When you find a problem, you'll issue notices of violation, ..."): when the work is
    done, not work of its own, and alone it asked the person whether they had done "problem"."""
    if len(duties) < 2:
        return duties
    if _OCCASION_LEAD.fullmatch(duties[0]):
        return [f"{duties[0]}, {duties[1][:1].lower()}{duties[1][1:]}", *duties[2:]]
    if re.fullmatch(r"As (?:an?|the|our) [^,;]{1,60}", duties[0]) and role_like(duties[0]):
        return [f"{duties[0]}, {duties[1]}", *duties[2:]]
    return duties


# An occasion that opens a sentence and is no duty of its own: "When you find a problem",
# "If a pump trips", "Once systems are live".
_OCCASION_LEAD = re.compile(r"(?:When|Whenever|If|Once|As soon as|Where|While|Until)\s[^,;]{2,80}")


# "In the role you'd be writing ..., bringing up ..., and writing ...", "You will be
# responsible for scheduling ..., ordering ...": -ing duties after the hire's lead-in.
_BE_DOING = re.compile(r"^[^,;]{0,40}?\byou(?:'d|’d|'ll|’ll| will| would)\s+(?:also\s+)?be\s+"
                       r"(?:responsible\s+for\s+)?(?=[a-z]+ing\b)", re.IGNORECASE)


def gerund_duties(clause: str) -> list[str]:
    """"Key responsibilities include: greeting and checking in patients, scheduling
    appointments ..., and scanning documents ..." (or "you'd be writing ..., bringing up ...")
    -> one duty per -ing phrase (at least three); after "... include", the first may be a noun
    phrase ("Key priorities include family engagement, growing enrollment ..., running ...");
    [] for any other clause."""
    m = _DUTIES_INCLUDE.match(clause) or _BE_DOING.match(clause)
    if m is None or not (re.match(r"[a-z]+ing\b", clause[m.end():]) or _DUTIES_INCLUDE.match(
            clause)):  # "Key priorities include family engagement, growing enrollment ..."
        return []
    rest = clause[m.end():]
    cuts = top_level(rest, r",\s+(?:and\s+)?(?=[a-z]{2,}ing\b)")
    if len(cuts) < 2 and _DUTIES_INCLUDE.match(clause) and re.match(r"[a-z]{2,}ing\s", rest):
        # "The role includes prescribing equipment and minor adaptations and liaising with
        # social care": two duties, each an -ing verb and its object, joined by "and"
        cuts = sorted(cuts + [b for b in top_level(rest, r"\s+and\s+(?=[a-z]{2,}ing\b)")
                              if len(rest[:b.start()].split()) >= 3], key=lambda c: c.start())
        if len(cuts) != 1:
            return []
    elif len(cuts) < 2:
        return []
    return _pieces(rest, cuts)


# Where an item of a list of asks starts: "at least three years of ...", "working knowledge
# of ...", "proficiency with ...", "a bachelor's degree ...".
_ASK_START = re.compile(
    r"(?:at least |a minimum of |minimum of )?(?:\d+\+?|one|two|three|four|five|six|seven|"
    r"eight|nine|ten)\s+(?:or more\s+)?years?\b|"
    r"(?:(?:working|solid|strong|deep|good|sound|demonstrated|proven|excellent)\s+)?"
    r"(?:knowledge|understanding|proficiency|experience|familiarity|expertise)\s+(?:of|with|in)\b|"
    r"(?:an?\s+)(?:[\w'’-]+\s+){0,3}(?:degree|certificate|certification|licen[cs]e|diploma)\b",
    re.IGNORECASE)


def list_of_asks(clause: str) -> list[str]:
    """"Requirements: a paralegal certificate ..., at least three years of ..., working
    knowledge of ..., and proficiency with ..." -> one ask per item, when every item (three or
    more) starts like an ask; the clause whole otherwise."""
    cuts = top_level(clause, r",\s+(?:and\s+)?")
    starts = [0, *(c.end() for c in cuts)]
    if len(starts) < 3 or not all(_ASK_START.match(clause, i) for i in starts):
        return [clause]
    return _pieces(clause, cuts)


# "You need <ask>, <ask> and <ask>": the candidate's needs listed after one lead-in, each
# item led by a quantity or a determiner ("at least 3 years of ...", "your own ...", "a valid
# ...").
_NEEDS = re.compile(r"(?:you(?:'ll|’ll| will)? need|you must have|you should have|"
                    r"must have)\s+", re.IGNORECASE)
_ITEM_START = re.compile(r"(?:at least |a minimum of )?(?:an?|your|\d+\+?|one|two|three|four|"
                         r"five|six)\s+\w", re.IGNORECASE)


def needs_list(clause: str) -> list[str]:
    """"You need at least 3 years of painting experience, your own reliable transportation
    and a valid driver's license" -> the first ask with its lead-in, then each other ask (the
    tidying makes each a sentence); the
    clause whole unless it lists three or more items that each start like one."""
    lead = _NEEDS.match(clause)
    if lead is None:
        return [clause]
    cuts = top_level(clause, r",\s+(?:and\s+)?|\s+and\s+")
    starts = [lead.end(), *(c.end() for c in cuts)]
    if len(cuts) < 2 or any(c.start() < lead.end() for c in cuts) \
            or not all(_ITEM_START.match(clause, i) for i in starts):
        return [clause]
    return _pieces(clause, cuts)


_MAKE_SURE = re.compile(r"\b(?:make sure|making sure|ensure|ensuring|see to it)\b", re.IGNORECASE)


def that_clauses(clause: str) -> list[str]:
    """"You'll make sure every vehicle gets a multi-point inspection, that warranty claims are
    written to Honda's standards, ... and that we have a plan to get open recalls completed"
    -> one ask per "that" clause, each after the words that ask for it ("make sure"); the
    clause whole when it has no such list."""
    lead = _MAKE_SURE.search(clause)
    if lead is None:
        return [clause]
    cuts = [m for m in top_level(clause, r",\s+(?:and\s+)?that\s+") if m.start() > lead.end()]
    if not cuts:
        return [clause]
    first, *rest = _pieces(clause, cuts)
    return [first, *(f"{clause[:lead.end()]} that {p}" for p in rest)]


_LIST_ITEM = re.compile(r",\s+(?:and\s+)?|\s+and\s+")


def colon_list(clause: str) -> list[str]:
    """"... the numbers we watch are the ones you would expect: CSI, hours per repair order,
    effective labor rate and customer retention" -> one ask per item, each after the words
    before the colon, when three or more short noun phrases follow it; the clause whole
    otherwise (alternatives: "A, B or C"; examples: "tools such as: ...")."""
    colon = top_level(clause, r":\s+")
    if len(colon) != 1:
        return [clause]
    head, tail = clause[:colon[0].start()].strip(), clause[colon[0].end():].strip(" .")
    if len(head.split()) < 3 or _EXAMPLES.search(head[-20:]) or _CHOICE.search(head[-40:]) \
            or ACRONYM.fullmatch(head.split()[-1].strip("()")):
        return [clause]  # "Our work is ICI: light industrial, commercial and institutional"
    cuts = top_level(tail, _LIST_ITEM)
    items = _pieces(tail, cuts)
    if len(items) < 3 or re.match(r"or\s", tail[cuts[-1].end():]) or not all(
            1 <= len(i.split()) <= 5 and not _NOT_NOUN_PHRASE.search(i)
            and not _COUNTED.match(i)  # "6 service advisors, a dispatcher": who, not what
            and not any(only_verb(w) for w in i.lower().split()) for i in items):
        return [clause]
    # "You will own the P&L ..., and the numbers we watch are ...: CSI, ...": the ask before
    # the list's own clause stays one ask
    joins = top_level(head, r",\s+(?:and|but)\s+")
    before, lead = "", head
    if joins and len(head[joins[-1].end():].split()) >= 3:
        before, lead = head[:joins[-1].start()], head[joins[-1].end():]
    return ([before] if before else []) + [f"{lead}: {item}" for item in items]


# "any combination of the following fields: accounting, business, ...": one ask of a choice
_CHOICE = re.compile(r"\b(?:following|any|either|combination|one of)\b", re.IGNORECASE)
_COUNTED = re.compile(r"(?:a|an|the|our|\d+|one|two|three|four|five|six|seven|eight|nine|"
                      r"ten)\s", re.IGNORECASE)


# "You must ...", after what it is a condition of ("To be considered you must be registered
# ..., hold ... and have ...")
_MUST_LEAD = re.compile(r"(?:(?:to be (?:considered|eligible|shortlisted)|to apply|"
                        r"for this (?:role|job|position)|in this role|at a minimum|"
                        r"as a minimum),?\s+)?"
                        r"(?:you|candidates?|applicants?)\s+(?:must|will need to|need to|"
                        r"are required to)\s+(?!not\b)", re.IGNORECASE)


# "We are looking for a Senior Veterinary Nurse to lead our nursing team day to day", "We're
# growing and need a Lead Technician to run a crew of service techs", "Our Truganina
# distribution centre is looking for a Warehouse Supervisor to lead our inbound operation":
# the job announced, then its first duty
_ANNOUNCED_DUTY = re.compile(
    r"(?:We(?:'re|’re|\s+are)?(?:\s+growing(?:\s+fast)?(?:\s*,|\s+and))?|Our(?:\s+[\w'’-]+){1,4}?"
    r"\s+(?:is|are)|[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4}\s+is)\s+(?:currently\s+|now\s+)?"
    r"(?:hiring|looking for|seeking|searching for|recruiting|needs?)\s+(?:an?|our (?:first|next|new))"
    r"\s+(?:(?:[\w-]+\s+){0,4}?(?:" + "|".join(sorted(ROLE_NOUNS)) + r")s?|"
    r"(?-i:(?:[A-Z][\w&/’'-]*\s+){0,4}[A-Z][\w&/’'-]*))\s+to\s+"  # "a Team Leader to ..."
    r"(?P<duty>(?P<verb>[a-z]+)\b[^.!?]*)[.!]?$", re.IGNORECASE)


def _announced_duty(sentence: str) -> str:
    """The duty a sentence announcing the job goes on to name ("... to run a crew of service
    techs" -> "Run a crew of service techs"), or "" ("... to join our team" names none)."""
    m = _ANNOUNCED_DUTY.match(sentence.strip())
    if m is None or not is_duty_verb(m.group("verb")) or m.group("verb").lower() in (
            "join", "grow", "expand", "complete", "be",
            # "to help us make shipping a new service boring", "to make it the place
            # residents don't want to leave": the employer's hope, no duty
            "help", "make"):
        return ""
    return m.group("duty")[:1].upper() + m.group("duty")[1:]


def _from_prose(text: str, kind: str, required: bool, vocab: Vocabulary) -> list[Statement]:
    """A paragraph's statements: its sentences, their `;` clauses, their separate skills (each
    keeping its clause's signal: "Python and Go preferred" prefers both)."""
    out: list[Statement] = []
    for sentence in sentences(text):
        sentence = _announced_duty(sentence) or sentence
        if announces_job(sentence):  # "Acme is hiring a Data Engineer to ...": the title
            continue
        if re.match(r"(?:we|we're|we’re|our)\b", sentence, re.IGNORECASE) \
                and _boilerplate(sentence):
            continue  # "We run a 4x10 schedule ..., and offer full benefits": the employer's offer
        for whole in clauses(sentence):
            lead = _DUTIES_INCLUDE.match(whole)
            if lead is not None and re.match(r"[a-z]+ing\b", whole[lead.end():]) \
                    and not gerund_duties(whole):
                # "Responsibilities include: coordinating daily MA assignments and huddles;
                # training ...": the first of the duties the `;` list names, without its lead-in
                whole = whole[lead.end():][:1].upper() + whole[lead.end() + 1:]
            means = _MEANS_YOU.match(whole)
            if means is not None:  # "Leading the team means that you will run ...": the duties
                whole = whole[means.end():][:1].upper() + whole[means.end() + 1:]
            duties = list(gerund_duties(whole) or _no_lead_in(duty_cuts(whole)))
            hire = _ROLE_WILL.match(duties[0]) if duties else None
            if hire is not None and not _REQ_CUE.search(duties[0][hire.end():]):
                # "The post holder will manage a complex caseload, ...": the duties, without
                # the hire's name (a term no CV line should be matched on)
                duties[0] = duties[0][hire.end():][:1].upper() + duties[0][hire.end() + 1:]
            # "You must be registered with the FRC and hold the DipWCF": the "must" asks
            # for each thing the clause goes on to list
            must = required or _MUST_LEAD.match(whole) is not None
            for whole_ask, ask, clause in ((d, y, z) for d in duties for t in separate_asks(d)
                                           for a in that_clauses(t) for x in list_of_asks(a)
                                           for y in needs_list(x) for z in colon_list(y)):
                parts = split_skills(clause, vocab)
                k, r = kind, must
                if clause not in duties and kind != "resp":  # one of several asks
                    r = must or bool(_CRITICAL.search(_NOT_REQUIRED.sub("", whole_ask))
                                         or _YEARS.search(whole_ask))
                if len(parts) > 1 and kind != "resp":
                    k = "nice" if _NICE_INLINE.search(clause) else kind
                    r = must or bool(_CRITICAL.search(_NOT_REQUIRED.sub("", clause)))
                item = clause.rsplit(": ", 1)[1] if clause != ask and ": " in clause else ""
                out += [Statement(part, k, r, prose=True, duty=len(duties) > 1, item=item)
                        for part in parts]
    return out


# What a part of the job comes to, then its duties: "Leading the team means that you will run
# pre-service briefings, call in casual staff ..." (the lead-in is no duty, nor a term: "team
# means").
_MEANS_YOU = re.compile(r"^[A-Z][^,;]{2,60}?\s+means\s+(?:that\s+)?(?=you\b)")


# What the job is, then what it asks because of it: "This is a senior seat, so we also ask
# you to mentor our newer adjusters".
_SO_ASK = re.compile(r"^[^,;]{3,80}(,\s+so\s+)(?=(?:we|you)\b)", re.IGNORECASE)
# A sentence that goes on with the duty before it: "You will own our internal knowledge base.
# That starts with a needs assessment across our practice groups ..."
_GOES_ON = re.compile(r"(?:That|This|It)\s+(?:starts|begins|includes|means|involves|covers)\b")


def _intro(text: str, has_requirements: bool, vocab: Vocabulary) -> list[Statement]:
    """Prose outside any section: requirement cues count; with no requirement section at
    all, so does a known skill (the ad is all prose)."""
    out: list[Statement] = []
    duties = False  # the sentence before told the job's duties
    for sentence in sentences(text):
        reason = _SO_ASK.match(sentence)
        if reason is not None and not _RESP_CUE.search(sentence[:reason.start(1)]) \
                and not _REQ_CUE.search(sentence[:reason.start(1)]):
            sentence = sentence[reason.end():]  # "This is a senior seat, so we ask you to ..."
            sentence = sentence[:1].upper() + sentence[1:]
        goes_on = _GOES_ON.match(sentence) if duties else None  # of the sentence as asked
        duties = False
        hire = _ROLE_WILL.match(sentence)
        if _REQ_CUE.search(sentence) and not (hire and not _REQ_CUE.search(sentence[hire.end():])):
            out += _from_prose(sentence, "req", False, vocab)
        elif hire and not _RESP_CUE.search(sentence):
            # "The paralegal will draft ...": the duties (`_from_prose` leaves out the hire's
            # name, a term no CV line should be matched on)
            out += _from_prose(sentence, "resp", False, vocab)
        elif goes_on is not None:  # "That starts with a needs assessment ...": what follows
            rest = sentence[goes_on.end():].strip()
            rest = re.sub(r"^with\s+", "", rest)
            out += _from_prose(rest[:1].upper() + rest[1:], "resp", False, vocab)
            duties = True
        elif _RESP_CUE.search(sentence) or _DUTIES_INCLUDE.match(sentence) \
                or _announced_duty(sentence):  # "We are looking for a <title> to lead ..."
            out += _from_prose(sentence, "resp", False, vocab)
            duties = True
        elif not has_requirements and vocab.find(sentence):
            out += _from_prose(sentence, "req", False, vocab)
    return out


def _where(b: Block) -> tuple[str | None, bool, str]:
    """(section kind, under a required heading, text) of a block: a `Requirements: ...` line
    is its own section; `Salary: ...` is ignored; `Note: ...` reads as a sentence."""
    if b.kind != "label" or b.label_kind == "ignore":
        return (b.section if b.kind != "label" else "ignore"), b.required, b.text
    if b.label_kind == "resp" and _DUTIES_INCLUDE.fullmatch(f"{b.label} "):
        return "resp", False, f"{b.label}: {b.text}"  # "Key duties include: answering ..."
    if b.label_kind in ("req", "nice", "resp"):
        return b.label_kind, _REQUIRED_HEADING.search(b.label) is not None, b.text
    return b.section, b.required, f"{b.label}: {b.text}"


_NUMBER_MARK = re.compile(r"\s*\d{1,2}[.)]\s")
_LETTER_MARK = re.compile(r"\s*(?:\(a\)|a\))\s")


def statements(blocks: list[Block], skip: set[int], vocab: Vocabulary) -> list[Statement]:
    """Everything the ad asks for or says the job does, in order. Outside any section, bullets
    and prose count only as `_intro` allows (with no requirement section, any known skill)."""
    # "1. Statutory Registration, Professional Qualifications, Experience, etc." over "(a) Be
    # registered ...", "(b) Have at least 3 years ...": a numbered heading of the lettered
    # items under it, asking nothing itself
    subheads = {i for i, b in enumerate(blocks[:-1]) if b.kind == "bullet"
                and _NUMBER_MARK.match(b.raw) and blocks[i + 1].kind == "bullet"
                and _LETTER_MARK.match(blocks[i + 1].raw)}
    placed = [(b, *_where(b)) for i, b in enumerate(blocks)
              if i not in skip and i not in subheads and b.kind != "heading"]
    has_requirements = any(kind in ("req", "nice") for _, kind, _, _ in placed)
    # An ad that is one bulleted list under no section heading at all ("• You will cut ...",
    # "• At least 3 years of ...", "• £13.50 an hour ..."): every bullet is a duty or
    # requirement, the pay, apply and employer lines filtered out as in prose.
    one_list = not any(b.kind == "heading" for b in blocks[1:]) and sum(
        b.kind == "bullet" and kind is None for b, kind, _, _ in placed) >= 5
    out: list[Statement] = []
    for b, kind, required, text in placed:
        if kind == "ignore":
            continue
        if kind is None and b.kind == "bullet" and one_list:
            out += [Statement(part, "resp" if _RESP_CUE.search(text) else "req", listed=True)
                    for part in bullet_duties(text)]
        elif kind is None and b.kind == "bullet":
            # a known skill, or a requirement cue ("ServiceTitan experience required")
            if not has_requirements and (vocab.find(text) or _REQ_CUE.search(text)):
                out.append(Statement(text, "req"))
        elif kind is None:
            out += _intro(text, has_requirements, vocab)
        elif b.kind == "bullet":
            # "Issue and track legal holds, and keep chain of custody records": two duties,
            # each its own requirement, as in prose; "... is desirable, and a G2 Supervisor
            # Certificate is highly regarded": two things wished for
            out += [Statement(wish, kind, required and kind == "req")
                    for part in bullet_duties(text) for wish in _wishes(part)]
        else:
            out += _from_prose(text, kind, required and kind == "req", vocab)
    return out


# "Fundamental Payroll Certification (FPC) required; Certified Payroll Professional (CPP)
# preferred", "PMP required, PRINCE2 a plus": what is required, then what is wished for
_REQUIRED_THEN_WISHED = re.compile(
    r"^(?P<required>.+?\b(?:required|essential|mandatory|a must))\s*[;,]\s*(?:and\s+|but\s+)?"
    r"(?P<wished>[^;,]+?\s(?:(?:is|are|would be)\s+)?(?:preferred|desirable|a (?:big |real )?plus|"
    r"an advantage|a bonus|nice to have|advantageous))\.?$", re.IGNORECASE)


def _wishes(text: str) -> list[str]:
    """A bullet as the things it wishes for: "... is desirable, and a G2 Supervisor Certificate
    of Competency is highly regarded" is two, and so is "X required; Y preferred"; any other
    bullet whole."""
    both = _REQUIRED_THEN_WISHED.match(text)
    if both is not None:
        wished = both.group("wished")
        return [both.group("required"), wished[:1].upper() + wished[1:]]
    cuts = list(re.finditer(_AND_WISHED, text))
    if not cuts:
        return [text]
    first, *rest = [p for p in _pieces(text, cuts, " ,;") if p]
    return [first, *(p[:1].upper() + p[1:] for p in rest)]


def bullet_duties(text: str) -> list[str]:
    """A bullet that is two duties, each led by its own verb ("Issue and track legal holds,
    and keep chain of custody records", "Follow our change management process and join the
    on-call rotation"), as its duties; any other bullet whole. Stricter than prose
    (`duty_cuts`): every part is three words or more and ends on no verb or function word, and
    a later part starts on a duty verb that is not also a noun, nor on a word that may be a
    noun before a plural ("... and design decisions", "and partner agencies" list, they do not
    cut; "and prepare species licence applications" is a duty: "prepare" is only a verb)."""
    parts = duty_cuts(text)
    if len(parts) < 2:
        return [text]
    for n, part in enumerate(parts):
        words = [w.lower() for w in re.findall(r"[A-Za-z][\w'’-]*", re.sub(r"\([^)]*\)", "",
                                                                         part))]
        while words and words[0] in ("you", "you'll", "you’ll", "will", "also"):
            words = words[1:]
        if len(words) < 3 or (n and words[0] not in DUTY_VERBS) or words[-1] in FUNCTION_WORDS \
                or words[-1] in PREPOSITIONS or only_verb(words[-1]) \
                or (n and (words[0] in NOUN_VERBS or (not only_verb(words[0]) and re.fullmatch(
                    r"[a-z]{3,}[^s]s", words[1])))):
            return [text]  # "Plan, research, write, revise": verbs; "and partner agencies"
        if words[-2] == "to":
            return [text]  # "Write SQL queries to pull and clean data": one verb's two verbs
    return [parts[0], *(p[:1].upper() + p[1:] for p in parts[1:])]


# -- phase 4: requirements ---------------------------------------------------------------------
def fallback_keywords(text: str, limit: int = 3) -> list[str]:
    """Salient phrases of a requirement the vocabulary does not know (jd_terms.key_phrases):
    runs of content words, never across punctuation ("program data, applying" is two runs),
    never starting or ending on a function word, a modal or a helper verb ("may", "help");
    a lone generic noun ("team" of "Our team runs its sequences in Salesloft") only when
    nothing else is said."""
    phrases = _whom_trained(text, key_phrases(text, _STOP, limit))
    phrases = [p for p in phrases if not _leading_verb(p, text)] or phrases
    return [p for p in phrases if not (" " not in p and generic(p))] or phrases


def _leading_verb(term: str, text: str) -> bool:
    """`term` is the verb the requirement opens on, told to the reader ("Ensure the checklist
    is done", "Lead the team on a list"): a verb only, or a word followed by its object's
    article; "Lead generation", "Report writing" are terms."""
    words = text.split()
    if " " in term or not words or words[0] != term or len(words) < 2:
        return False
    # a determiner follows a verb that leads a line, never a noun ("Lead the team", "Ensure
    # all checks")
    return only_verb(term) or words[1].lower() in DETERMINERS


# What a duty does for the people a job brings in ("Train new operators", "Introduce new
# employees to the mill", "Supervise new starters"): with whom it is for, the activity is the
# term ("training new operators"; "Train" alone is too general, and a term led by it reads as a
# clause's fragment).
_BRINGING_IN = PEOPLE_VERBS | BRINGING_ON | {"introduce"}


# Words between the verb and the newcomers ("Train every new cook we hire", "Induct all new
# starters"); after one that counts them one by one, the noun is singular and the term names
# them all ("training new cooks").
_WHOM_DETERMINER = r"(every|each|any|all(?:\s+(?:the|our))?|the|our)"
_ONE_BY_ONE = frozenset("every each any".split())


# A second verb of two words between the first and whom it is done for ("Train and follow up
# new operators"): the first, a verb of bringing people on, names the duty (a verb of one word
# between keeps the pair whole: "Train and support new team members").
_AND_VERB = r"(?:\s+and\s+[a-z]+\s+up)"


def _whom_trained(text: str, phrases: list[str]) -> list[str]:
    for who in phrases:
        newcomers = "" if re.match(NEWCOMERS + r"\s", who, re.IGNORECASE) \
            else rf"{NEWCOMERS}\s+"
        m = next((m for paired in ("", _AND_VERB) for m in re.finditer(
            rf"\b([A-Za-z]+){paired}\s+(?:{_WHOM_DETERMINER}\s+)?({newcomers}{re.escape(who)})\b",
            text, re.IGNORECASE)
            if is_duty_verb(m.group(1)) and m.group(1).lower() not in _STOP
            and (m.group(1).lower().endswith("ing") or m.group(1).lower() in _BRINGING_IN)
            and (m.group(2) is None or directed_people(_all_of(m.group(3), m.group(2))
                                                       .split()[-1]))), None)
        if m is None or " " not in m.group(0):
            continue
        act, whom = m.group(1), m.group(3)
        if m.group(2):  # "every new cook": whom it is for, without the determiner
            whom = _all_of(whom, m.group(2))
        if act.lower().endswith("ing"):
            return [f"{act} {whom}" if p == who else p for p in phrases
                    if p.lower() != act.lower()]
        doing = inflected_like(act.lower(), "working")
        if doing:  # "Train new operators on machine settings": the training is the duty, as
            # an activity ("training new operators"), and comes first
            return [f"{doing} {whom}"] + [p for p in phrases
                                          if p != who and p.lower() != act.lower()]
    return phrases


# The word a run naming people ends on: a plural, or "staff" ("new team members", "junior
# staff"), whichever people it names (`_people_after`, `_training_whom` check who they are).
_PEOPLE_LAST = r"(?:[a-z][a-z-]*s|staff)"


# Training given to the people a job brings in, as the ad names it ("the training of new
# staff", "training for new starters", "training to junior operators"): "training" alone is
# too general to be a term (`VAGUE_NOUNS`), and whom it is for alone is the job's people.
_TRAINING_WHOM = re.compile(r"(?<![\w-])training\s+(?:of|for|to)\s+(?:(?:the|our|all|your)\s+)?"
                            rf"((?:[a-z][a-z-]*\s+){{0,2}}{_PEOPLE_LAST})(?![\w-])")


def _training_whom(found: list[str], text: str) -> list[str]:
    """The training the ad asks for with whom it is for ("Oversee the training of new staff"
    -> "training of new staff"), in the place of whom it named, or first."""
    m = _TRAINING_WHOM.search(text)
    if m is None or not (directed_people(m.group(1).split()[-1])
                         or re.match(NEWCOMERS + r"\s", m.group(1))):
        return found
    term = m.group(0)
    if any(contains(k, term) or contains(k, "training") for k in found):
        return found  # the ad's training already named ("in-service training to staff")
    at = next((i for i, k in enumerate(found) if contains(term, k)), 0)
    return [*found[:at], term, *(k for k in found[at:] if not contains(term, k))]


def _all_of(whom: str, determiner: str) -> str:
    """"new cook" after "every" -> "new cooks"; after "the" or "all" it is as it was."""
    if determiner.lower() not in _ONE_BY_ONE or whom.lower().endswith("s"):
        return whom
    if re.search(r"(?:ch|sh|x|z)$", whom, re.IGNORECASE):
        return whom + "es"
    if re.search(r"[^aeiou]y$", whom, re.IGNORECASE):
        return whom[:-1] + "ies"
    return whom + "s"


def _content_words(text: str) -> list[str]:
    return [w for w in re.findall(r"[A-Za-z][A-Za-z0-9+#./'-]*", clean_inline(text))
            if w.lower() not in _STOP and len(w) >= 3]


_RELATIVE = re.compile(r"\s+that\s+(?!is\b|are\b)[a-z]+\b[^,;.]*")


# A product's one-word name with a capital inside it: "TestNG", "VetIT", "ServiceTitan"
_INNER_CAPITAL = re.compile(r"[A-Z][a-z0-9]+[A-Z][A-Za-z0-9]*")


def residual_keywords(text: str, hits: list[Hit], duty: bool = False,
                      vocab: Vocabulary | None = None) -> list[str]:
    """The part of a requirement the vocabulary did not name, when that part is most of it:
    "negotiating commercial contracts directly with counterparties" is about negotiating, so
    naming "commercial contracts" alone must not make it matched. A duty's leading verb
    ("Navigate complex deals with procurement") is not a term of it, nor what a named thing
    does ("pipelines that land source data") or the word that qualifies it ("production" of
    "production SQL")."""
    rest = text
    what_it_does = 0  # the content words of the relative clauses dropped with the names
    for hit in sorted(hits, key=lambda h: -h.start):
        after = _RELATIVE.match(rest, hit.end)
        if after is not None:
            what_it_does += len(_content_words(after.group(0)))
        start = hit.start
        if vocab is not None and vocab.category(hit.term) in _TECH_CATEGORIES:
            before = re.search(r"\b[a-z][a-z-]+\s+$", rest[:start])
            start = before.start() if before else start
        elif _kind_of(rest[:start]):
            continue  # a compound modifier and the name it modifies are one term of the rest
            # ("multi-state payroll" asks more than payroll: "multi-state" alone is no term)
        tail = rest[after.end() if after else hit.end:]
        # a name inside a hyphenated compound takes the compound with it ("Mandarin-speaking
        # associates": "speaking associates" is no term)
        tail = re.sub(r"^-[A-Za-z][\w-]*", "", tail)
        # a name inside a noun phrase leaves its neighbours together ("unrestricted [RN]
        # license"), though no term the ad never says is kept of them (below); one that heads
        # its phrase ends it ("continuous [monitoring] of cloud services")
        nxt = re.match(r"\s*([A-Za-z]+)", tail)
        joint = " ; " if nxt is None or nxt.group(1).lower() in FUNCTION_WORDS \
            or nxt.group(1).lower() in PREPOSITIONS else " "
        rest = rest[:start] + joint + tail
    # what the names do ("plan sets in AutoCAD that meet the NEC ...") is no part of what the
    # vocabulary named: the plan sets are still most of the requirement
    named = len(_content_words(text)) - len(_content_words(rest)) - what_it_does
    if named * 2 > len(_content_words(text)) - what_it_does:
        # "A third-level qualification in supply chain or logistics": the qualification is
        # asked for, whatever fields of it the vocabulary names
        # ("Selenium with Java and TestNG": a name the vocabulary does not know, spelled as
        # one, "TestNG", is asked for with the others)
        return [p for p in key_phrases(rest, _STOP, limit=2, gerunds=False)
                if (QUALIFICATION_TERM.search(p) or _INNER_CAPITAL.fullmatch(p))
                and _squashed(p) in _squashed(text)]
    lead = text.split()[0].lower() if duty and text.split() else ""
    if duty:
        rest = without_verb_pair(rest)  # "Post and review journal entries": two verbs lead
    said = _squashed(text)
    # a phrase that opens on the duty's leading verb keeps its object ("Track backlog and
    # schedule compliance KPIs": "backlog", not "Track backlog" dropped for its verb)
    # (a single common word left is none: "Navigate complex, ..." gives no "complex")
    phrases = []
    for p in key_phrases(rest, _STOP, limit=2, gerunds=False):
        obj = p.split(" ", 1)[1] if lead and p.lower().split()[0] == lead and " " in p else ""
        if obj and obj.lower().split()[0] not in FUNCTION_WORDS:
            if " " in obj or not common_word(obj.lower()):
                phrases.append(obj)
        else:
            phrases.append(p)
    return [p for p in phrases
            if (len(p) >= 6 or ACRONYM.match(p)) and lead not in p.lower().split()
            and not (" " not in p and generic(p))  # "approach" of "our approach to CPD"
            and _squashed(p) in said]  # "ML concepts" of "ML [monitoring] concepts" is no term


_COMPOUND_BEFORE = re.compile(r"\b([a-z]+(?:-[a-z]+)+)\s+$")


def _kind_of(before: str) -> bool:
    """The text before a name ends on a compound modifier that says which kind of it is asked
    for ("multi-state [payroll]", "component-level [troubleshooting]"), not how good or how
    hands-on ("world-class", "well-bounded", "hands-on", "end-to-end")."""
    m = _COMPOUND_BEFORE.search(before)
    word = m.group(1) if m else ""
    return bool(word) and word not in _STOP and not is_empty_modifier(word)


def _squashed(text: str) -> str:
    """Lower-cased words joined by one space: what a term must be a run of."""
    return " " + " ".join(re.findall(r"[a-z0-9]+", text.lower())) + " "


def _categorise(text: str, section: str, vocab: Vocabulary) -> str:
    names = vocab.names_in(text)
    cats = {vocab.category(n) for n in names}
    if _EDU.search(text) or cats & {"degree", "certification"}:
        return "education"
    if section == "resp":
        return "responsibility"
    if _YEARS.search(text):
        return "experience"
    if cats & _TECH_CATEGORIES:
        return "technical_skill"
    if "soft_skill" in cats or _SOFT.search(text):
        return "soft_skill"
    return "domain"


# "2 years of adult critical care experience preferred": a wish closing the ask qualifies
# all of it, years included (not "5+ years of sales, SaaS preferred": there the wish is one part's).
_WISH_LAST = re.compile(r"^[^,;]*\s(?:is\s+|are\s+)?(?:preferred|desirable|a plus)$", re.IGNORECASE)


def _priority(text: str, kind: str, required: bool) -> str:
    """nice_to_have under a Preferred / Nice to have / Bonus heading or when the text says so
    first; critical under a Required heading, when it says must / required / at least, or
    names a number of years ("4+ years of SQL, ideally in logistics" is critical: the wish
    qualifies the requirement); important otherwise."""
    if kind == "nice":
        return "nice_to_have"
    # Indeed's screening lines say it last: "supervisory: 2 years (Preferred)", "CPC
    # (Required)"
    said = re.search(r"\((preferred|desired|required)\)\s*$", text, re.IGNORECASE)
    if said is not None:
        return "critical" if said.group(1).lower() == "required" else "nice_to_have"
    unnegated = _NOT_REQUIRED.sub(lambda m: " " * len(m.group(0)), text)
    wish = _NICE_INLINE.search(text)
    years = _YEARS.search(text)
    if years and re.search(r"\b(?:the|over|next|first|these|those)\s+$", text[:years.start()],
                           re.IGNORECASE):
        years = None  # when, not how much experience: "Over the two years you'll rotate ..."
    musts = [m.start() for m in (_CRITICAL.search(unnegated), years) if m]
    if wish and (not musts or wish.start() < min(musts) or _WISH_LAST.search(text)):
        return "nice_to_have"
    if required or musts:
        return "critical"
    return "important"


def _tidy(st: Statement, vocab: Vocabulary) -> str:
    """The requirement's text: no lead-in to a sub-list, no dangling conjunction, and a prose
    clause starts like a sentence (unless it starts with a skill spelled lower case: dbt)."""
    text = re.sub(r"(?:^|(?<=[.!?])\s+)[^.!?]*:\s*$", "", st.text.strip())
    text = re.sub(r"^(?:and|or|but|also|plus|as well as)\s+", "", text, flags=re.IGNORECASE)
    text = text.strip(" ;,").rstrip(".").strip()
    if st.prose and text[:1].islower():
        hits = vocab.find(text)
        if not (hits and hits[0].start == 0 and hits[0].surface[:1].islower()
                and hits[0].surface == vocab.display(hits[0].surface)):
            text = text[:1].upper() + text[1:]
    return text


def _fragment(text: str, hits: list[Hit], kind: str = "") -> bool:
    """Too little to be a requirement on its own: under 3 words and no known skill, or
    no skill and nothing a requirement says (no verb, no "experience", "degree", ...). A
    duty of three words or more led by its verb ("Train new associates on equipment") says
    enough."""
    if hits or _names_only(text) or (kind == "resp" and _verb_led_duty(text)) \
            or _HELD_NAMED.search(text) or _WISHED_NAME.match(text):
        return False
    return len(text.split()) < 3 or not _SUBSTANCE.search(text)


# A named thing a person holds ("HCPC registration", "Enhanced DBS check", "SIA licence",
# "CSCS card"): a requirement however short.
_HELD_NAMED = re.compile(r"(?:\b[A-Z][A-Za-z0-9&]*[A-Z][A-Za-z0-9&]*|\b[A-Z][a-z]+)\s+"
                         r"(?i:registration|licen[cs]e|certificat(?:e|ion)|accreditation|"
                         r"clearance|membership|check|card|ticket|passport)s?\b")


# A named thing the ad wishes for or requires, and nothing else ("A Transport Manager CPC
# would be a real advantage", "An NVQ Level 3 in Stonemasonry is essential"): the name carries
# a short capitalised form, and the wish says it is asked for.
_WISHED_NAME = re.compile(r"(?:an?\s+|the\s+)?(?=[^,;]*\b[A-Z][A-Z0-9&+]{1,7}\b)"
                          r"[A-Z][^,;]{1,60}?\s+"
                          r"(?:would be|is|are|will be)\s+(?:an?\s+)?(?:\w+\s+)?"
                          r"(?:advantage|advantageous|plus|bonus|asset|desirable|preferred|"
                          r"beneficial|welcome|essential|required|mandatory|necessary|"
                          r"a must)\W*$", re.IGNORECASE)


# "Reports directly to ...", "Reports functionally to ...": whom the job answers to, in the
# third person of a US position description (`_verb_led_duty`; a whole "You'll report to the
# ..." line is `_REPORTS_TO`'s).
_ANSWERS_TO = re.compile(r"reports\s+(?:directly\s+|functionally\s+)?to\b", re.IGNORECASE)


def _verb_led_duty(text: str) -> bool:
    """A duty of three words or more led by its verb ("Train new associates on equipment"),
    or by a verb the duty-verb list lacks with a second duty after "and" ("Enforce safety
    rules and report incidents promptly"); not a sentence with its own subject and verb."""
    words = text.split()
    first = words[0].lower() if words else ""
    if len(words) < 3 or first.endswith(("ed", "ing")) or not words[1][:1].islower() \
            or re.search(r"\b(?:is|are|was|were|will|can)\b", text):
        return False  # "Average deals are around $45K and close in 45 days": a subject
    if first.endswith("s"):  # a duty in the third person, as US position descriptions
        # write them ("Analyzes data ...", "Reviews contracts ..."), not a subject and its
        # verb ("Reports go to ...") nor whom the job answers to ("Reports directly to ...")
        second = words[1].lower().strip(",")
        return is_duty_verb(first) and not _ANSWERS_TO.match(text) and (
            only_verb(first) or not (base_verb(second) or only_verb(second)))
    return is_duty_verb(first) or any(is_duty_verb(m.group(1)) and not m.group(1).endswith("s")
                                      for m in re.finditer(r"\band ([a-z]+)\b", text))


def _names_only(text: str) -> bool:
    """Names and nothing else, the way an ad lists tools ("Dentrix or Eaglesoft", "Jira,
    Confluence"): every word a capitalised name or and / or, at least two names."""
    words = re.findall(r"[A-Za-z0-9][\w+#./&'-]*", text)
    names = [w for w in words if w[:1].isupper() and w.lower() not in _STOP]
    return len(names) >= 2 and all(w in names or w.lower() in ("and", "or") for w in words)


@lru_cache(maxsize=1 << 12)  # every statement is compared with every kept one
def _key(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9+#]+", text.lower()))


@lru_cache(maxsize=1 << 12)
def _words(text: str) -> frozenset[str]:
    return frozenset(_key(text).split())


def _same(a: str, b: str) -> bool:
    """Near-same requirement texts: equal once punctuation is gone, or 85% the same words."""
    if _key(a) == _key(b):
        return True
    wa, wb = _words(a), _words(b)
    return min(len(wa), len(wb)) >= 3 and len(wa & wb) / len(wa | wb) >= 0.85


_RANK = {"nice_to_have": 0, "important": 1, "critical": 2}


def _imperative(text: str) -> str:
    """A duty written in the third person, as US position descriptions write them
    ("Analyzes transportation data ...", "Reviews contracts ..."), in the imperative
    ("Analyze transportation data ..."), as the term finder reads a duty."""
    first, _, rest = text.partition(" ")
    low = first.lower()
    if not (low.endswith("s") and rest[:1].islower() and is_duty_verb(low)):
        return text
    for base in (low[:-3] + "y", low[:-2], low[:-1]):
        if low.endswith("ies") == base.endswith("y") and base_verb(base):
            return f"{first[:1]}{base[1:]} {rest}"
    return text


def _named_tool(term: str, text: str) -> bool:
    """A single capitalised word inside the duty, not its first word, not a place and not
    one of the employer's bodies ("report to the Board"): a system or product's name
    ("Report incidents using Datix", "Book jobs in Simpro")."""
    if " " not in term and re.fullmatch(r"[A-Za-z][a-z]*[A-Z][A-Za-z]*", term) \
            and not term.isupper() and not text.startswith(term):
        return True  # "Run QLab for our studio shows": a capital inside a word names a product
    if " " in term or not term[:1].isupper() or not term[1:].islower() \
            or text.startswith(term) or is_place(term) or is_wider_place(term) \
            or term.lower() in _CALENDAR:
        return False
    before = re.search(rf"(\w+)\s+{re.escape(term)}\b", text)
    return before is not None and before.group(1).lower() not in DETERMINERS


# A day or a month: when, never a name nor a term ("from the first cuts in December to the
# last crates in October").
_CALENDAR = frozenset("monday tuesday wednesday thursday friday saturday sunday january "
                      "february march april may june july august september october november "
                      "december".split())


def _second_verb_cut(phrase: str, text: str) -> str:
    """A duty's second verb is no part of its object's name: "... and report results in
    LIMS" asks to report results, and "report results" written into "entry of results in
    LIMS" read "entry of report results". Only where "and" leads the verb and a preposition
    follows its object ("Write test plans and support tickets" may list two things)."""
    words = phrase.split()
    if len(words) != 2 or words[0].lower() not in NOUN_VERBS or not words[1].endswith("s"):
        return phrase
    said = re.search(rf"\b(?:and|or)\s+{re.escape(phrase)}\s+(\w+)", text)
    return words[1] if said and said.group(1).lower() in PREPOSITIONS else phrase


# Standing in for a post, with the post ("Deputise for the Team Manager", "deputising for
# the head chef when she is away"): up to the end of the post's name and its when.
_STAND_IN = re.compile(r"(?<![\w-])(deputi[sz](?:e|es|ing))\s+for\s+(?:(?:the|your|our|a|an)\s+)?"
                       r"(?:[\w'’-]+\s+){0,3}?[\w'’-]+"
                       r"(?=\s*(?:$|[,;.]|\s(?:when|whenever|during|in|on|and|if|as|at)\b))",
                       re.IGNORECASE)


def _stood_in_for(found: list[str], text: str) -> list[str]:
    """"Deputise for the Team Manager when required": standing in is the skill, and its term
    comes first; the post stood in for is a title the person never held ("Team manager:
    stood in ..."), no term."""
    m = _STAND_IN.search(text)
    if m is None:
        return found
    post = m.group(0)[len(m.group(1)):]
    kept = [k for k in found if not contains(post, k) and k.lower() != m.group(1).lower()]
    return [m.group(1), *kept]


# The stages a duty runs between ("from the first rehearsal to closing night", "from buyout to
# final payment", "from discovery to launch"): how far the work goes, not what it is. Not an
# amount ("from 4 days to 2").
_SCOPE = re.compile(r"(?:^|[\s,(])from\s+(?![\d£$€])([^,;:.()]+?)\s+(?:to|through|until|till)\s+"
                    r"([^,;:.()]+?)\s*(?=[,;:.)]|$)", re.IGNORECASE)

# the ad's words of order (`ORDINALS`: first, second, third, next) and those that end or
# describe a stage
_STAGE_FIRST = ORDINALS | frozenset("final last closing finished old new whole signed".split())


def _stage(term: str) -> bool:
    """A stage the work runs between, as `_SCOPE` reads it: one lower-case word ("buyout",
    "discovery", "receipt") or a phrase a word of order leads ("final payment", "first
    rehearsal", "finished job back"); not a practice of its own ("from schema design to
    production deployment")."""
    words = term.split()
    return term[:1].islower() and (len(words) == 1 or words[0].lower() in _STAGE_FIRST)


def _outside_scope(found: list[str], text: str, vocab: Vocabulary) -> list[str]:
    """The terms of a requirement but those that only name the stages its work runs between
    (`_SCOPE`): "Run our productions from the first rehearsal to closing night" is about the
    productions, and a question about "first rehearsal" or a CV line led by "First
    rehearsal:" says nothing of the person. A name (a capital, or a thing the vocabulary
    knows: "Migrate our reports from SAS to Python") and a practice of its own ("from schema
    design to production deployment") are kept, and so is every term when the span holds all
    the requirement names (where the work goes is the work: "Take models from our data
    scientists' notebooks to production"), or a range of the work ("everything from ... to
    ...")."""
    m = _SCOPE.search(text)
    if m is None or re.search(r"\b(?:everything|anything|all|whatever)\s*$", text[:m.start()],
                              re.IGNORECASE):
        return found  # "everything from hit-by-car trauma to GDVs": the range is the work
    span = m.group(0)
    if all(contains(span, k) for k in found):
        return found
    return [k for k in found if not (contains(span, k) and _stage(k) and not vocab.canonical(k)
                                     and k.lower() not in text[:m.start()].lower())]


def duty_keywords(text: str) -> list[str]:
    """Key phrases of a duty the vocabulary does not name: its object after the leading verbs
    ("Run executive business reviews (EBRs) with ..." -> "executive business reviews", "EBRs");
    only phrases of two words or more, an acronym, a word of six letters or more, or a verb
    naming the skill mid-sentence ("you'll coach people leaders") or, leading it, one whose
    skill is what it does to people (`PEOPLE_VERBS`: "Supervise a team of technicians"; not
    "Partner with the maintenance supervisor"), so "Collaborate closely" names nothing; else
    a plural noun that is the duty's object ("Plan the rotas")."""
    def salient(phrases: list[str]) -> list[str]:
        return [p for p in phrases if len(p.split()) >= 2 or (ACRONYM.match(p) and len(p) >= 2)
                or (len(p) >= 6 and p.lower() not in DUTY_VERBS and not weak_term(p))
                or _named_tool(p, text)
                or (skill_verb(p.lower()) and (p.lower() in PEOPLE_VERBS
                                               or not text.lower().startswith(p.lower())))]

    # "When you find a problem, you'll issue notices of violation": the occasion it opens on
    # (`_no_lead_in`) is when the work is done, no term of it
    opening = _OCCASION_LEAD.match(text)
    if opening is not None and text[opening.end():opening.end() + 1] == ",":
        text = text[opening.end() + 1:].strip()
    # "Trains and orients new pharmacy technicians and documents competency assessments": a
    # third-person duty with a second verb in the same form is read as written, so the
    # second verb is one (`jd_terms.third_person_again`), and its first verb is no term
    lows = text.lower().split()
    again = any(w == "and" and third_person_again(lows, i + 1)
                for i, w in enumerate(lows[:-1]))
    text = text if again else _imperative(text)
    phrases = [_second_verb_cut(p, text)
               for p in _whom_trained(text, key_phrases(text, _STOP, duty=True))
               if not (again and p.lower() == lows[0])]
    # a duty that is all occasion ("React on the day when a delivery window is missed") is
    # about the occasion
    # (not one that names its object, however vaguely: "... our customers call us and you fix
    # it" is about no ICU)
    vague_object = any(weak_term(p) and not is_duty_verb(p.lower()) and not only_verb(p.lower())
                       for p in phrases)
    found = salient(phrases) or ([] if vague_object else salient(
        key_phrases(text, _STOP, duty=True, occasions=True)))
    # "Allocate files across the team": a verb naming the skill, done to a short object, is
    # the activity ("allocating files"); the object alone is too short to say it
    duty_first = YOU_WILL.sub("", text, count=1)
    first = duty_first.split()[0].lower() if duty_first.split() else ""
    if phrases and phrases[0] not in found and " " not in phrases[0] \
            and phrases[0].islower() and not weak_term(phrases[0]) \
            and skill_verb(first) and first not in PEOPLE_VERBS \
            and re.match(rf"{re.escape(first)}\s+{re.escape(phrases[0])}\b", duty_first,
                         re.IGNORECASE):
        doing = inflected_like(first, "working")
        if doing:
            found = [f"{doing} {phrases[0]}", *found]
    # naming nothing else, a duty's plural object is its term ("Plan the rotas")
    return found or [p for p in phrases[:1] if p.islower() and len(p) >= 4
                     and p.endswith("s") and not p.endswith("ss") and not weak_term(p)
                     and not is_duty_verb(p)]


# -al/-ic adjectives that grade rather than classify: "critical monitoring" is no compound,
# "environmental monitoring", "clinical documentation" are
_GRADING = frozenset((
    "critical typical general overall several additional special potential practical basic "
    "logical optimal total normal usual actual formal informal minimal maximal crucial vital "
    "essential central key fundamental substantial exceptional professional personal "
    "dynamic fantastic realistic specific generic energetic enthusiastic internal external "
    "organizational organisational annual additional occasional"
).split())
_VERB_BEFORE = frozenset("and or to you we i they will can must should would".split())


# A credential named after the practice it certifies: " tester certificate", " licence".
_HELD_AS = re.compile(r"(?:\s+[A-Za-z][\w-]*){0,2}?\s+(?:certificate|certification|licen[cs]e|"
                      r"ticket|endorsement)s?\b", re.IGNORECASE)


# What a practice's checks are called ("safety inspections", "quality checks", "the quality
# control laboratory"), and the dates it must meet ("compliance deadlines").
_CHECKED_AS = re.compile(r"\s+(?:inspections?|checks|audits?|laborator(?:y|ies)|deadlines)\b"
                         r"(?![-'’])", re.IGNORECASE)


# Words that date a practice rather than say which one ("modern front-end build pipelines").
_TIMELY = frozenset("modern latest current contemporary".split())


_SECOND_GERUND = re.compile(r"\s+(?:and|or|&)\s+[a-z]{3,}ing\s+((?:[a-z][\w-]*)(?:\s+[a-z][\w-]*)?)")


def _shared_object(after: str) -> str:
    """The object a second -ing verb gives the first ("Monitoring and inducing anaesthesia
    under ...": anaesthesia), up to two words and never a function word."""
    m = _SECOND_GERUND.match(after)
    if m is None:
        return ""
    words: list[str] = []
    for w in m.group(1).split():
        if w in FUNCTION_WORDS or w in PREPOSITIONS or w in DETERMINERS:
            break
        if generic(w) or person_noun(w) or w in ("skill", "skills", "experience", "abilities",
                                                  "ability", "knowledge"):
            # "planning and organising skills", "supervising and coaching teaching staff":
            # the words before are the noun's modifier, no object of the verbs
            return ""
        words.append(w)
    return " ".join(words)


def qualified(text: str, hit: Hit, vocab: Vocabulary) -> str:
    """A practice the vocabulary knows with the noun that qualifies it in the ad ("Supplier
    performance management", "model monitoring"), or the credential that certifies it
    ("backflow prevention tester certificate"): what is searched for is the whole. A named
    thing (a tool, a credential) or a practice after an adjective, verb or function word
    stays as it is."""
    left = re.search(r"((?:[A-Z][a-z]+ )+)$", text[:hit.start])
    prior = text[:left.start()].split()[-1:] if left else []
    right = re.match(r"(?: [A-Z][a-z]+)+", text[hit.end:])
    named = bool(prior) and (prior[0][:1].islower() or prior[0][-1] in ",;:("
                             or prior[0].lower() in ("the", "a", "an", "our", "your"))
    if left and right and all(w[:1].isupper() for w in hit.surface.split()) and (
            named or _shortened(f"{left.group(1)}{hit.surface}{right.group(0)}", text)):
        # "the Serious Incident Response Scheme (SIRS)": a name holding a term the vocabulary
        # knows (incident response) is the name, not the term
        return f"{left.group(1)}{hit.surface}{right.group(0)}"
    shared = _shared_object(text[hit.end:])
    if shared and " " not in hit.surface and hit.surface.lower().endswith("ing") \
            and vocab.category(hit.term) not in _NAMED:
        return f"{hit.surface} {shared}"  # "Monitoring and inducing anaesthesia"
    held = _HELD_AS.match(text[hit.end:])
    if held is not None and vocab.category(hit.term) not in _NAMED:
        # "hold a backflow prevention tester certificate": the credential is asked for, and
        # the practice it certifies is no term of its own (installing backflow preventers
        # is not the certificate)
        return f"{hit.surface}{held.group(0).rstrip()}"
    checked = _CHECKED_AS.match(text[hit.end:])
    if checked is not None and vocab.category(hit.term) not in _NAMED - _TECH_CATEGORIES \
            and not (hit.surface[:1].isupper() and hit.start > 0):  # "SQL", "Python": names
        # "Carry out workplace safety inspections", "Build data quality checks", "the quality
        # control laboratory", "Track compliance deadlines": the practice names what is
        # checked, who checks it or whose dates they are, and the checks, the inspections, the
        # laboratory or the deadlines are what is asked for
        return f"{hit.surface}{checked.group(0)}"
    m = re.search(r"(?:^|([A-Za-z'’]+)\s+)([A-Za-z][a-z-]+)\s+$", text[:hit.start])
    if m is None or vocab.category(hit.term) in _NAMED or vocab.find(m.group(2)):
        return hit.surface
    word = m.group(2)
    low = word.lower()
    before = (m.group(1) or "").lower().replace("’", "'")
    if low in NOUN_VERBS and (not before or before in _VERB_BEFORE or before.endswith("'ll")):
        return hit.surface  # "Lead employee relations", "prepare and review reconciliations"
    # a noun that is also a duty verb qualifies the practice where no verb can be ("the
    # weekly work rota"), even one too common to be a term alone ("work")
    if (low in _STOP and low not in NOUN_VERBS) or low in _TIMELY or low in FUNCTION_WORDS \
            or low in NUMBER_WORDS or (is_duty_verb(low) and low not in NOUN_VERBS) \
            or only_verb_form(low) \
            or (low.endswith(("al", "ic")) and low in _GRADING) \
            or low.endswith(("ly", "ing", "ed", "ive", "ous", "ful", "ent", "ant", "ate")) \
            or (low.endswith("s") and not low.endswith("ss")) or len(low) < 4 \
            or (fragment(word) and not only_adjective(low)):  # "environmental monitoring"
        return hit.surface
    first = m.group(1) or ""
    if f"{first} {word}".lower() in TWO_WORD_COMPOUNDS:
        return f"{first} {word} {hit.surface}"  # "life cycle logistics", not "cycle logistics"
    if word[:1].isupper() and first[:1].isupper() \
            and (first.lower() not in FUNCTION_WORDS or f"{first} {word}" in NEW_PLACES) \
            and re.search(rf"\S\s+{re.escape(first)}\s+{re.escape(word)}\s+$", text[:hit.start]):
        return f"{first} {word} {hit.surface}"  # a place of two words: "Sri Lanka payroll",
        # "New Zealand driver licence"
    return f"{word} {hit.surface}"


def _short_for_the_name_before(text: str, hit: Hit, vocab: Vocabulary) -> bool:
    """The hit is the ad's own short form of the name right before it, in brackets, and the
    vocabulary knows those letters as another thing ("Certified Payroll Professional (CPP)"
    is no C++; "Certified Kubernetes Administrator (CKA)" is the CKA it knows)."""
    if ACRONYM.match(hit.surface) is None or re.search(r"\(\s*$", text[:hit.start]) is None \
            or not text[hit.end:].lstrip().startswith(")"):
        return False
    names = other_form(hit.surface, text)
    return bool(names) and vocab.canonical(names[0]) != hit.term


def _spelled_out(acronym: str, text: str) -> bool:
    """The text spells the acronym out in brackets right after it, the bracket's words its
    initials (`wordforms.spelled_in`: "RAMS (risk assessments and method statements)",
    "COSHH (Control of Substances Hazardous to Health)")."""
    m = re.search(rf"(?<![\w-]){re.escape(acronym)}\s*\(([^()]+)\)", text)
    return m is not None and spelled_in(acronym, m.group(1)) == m.group(1).strip()


_AWARD_WORD = r"(?:[A-Z][\w'’-]*|and|&|of|in|the|for)"
# An award named in full: "Certificate IV in Training and Assessment", "Diploma in Dental
# Hygiene", "Postgraduate Diploma in Critical Care" (a degree is read by `research.degrees`)
_AWARD = re.compile(r"\b(?:(?:Advanced|Graduate|Postgraduate|Post-?[Gg]raduate|Higher|National|"
                    r"Professional)\s+)?(?:Certificate|Diploma|Award)(?:\s+(?:[IVX]{1,4}|\d))?\s+(?:in|of)\s+[A-Z][\w'’-]*"
                    rf"(?:\s+{_AWARD_WORD})*")


def _award_start(text: str, start: int) -> int:
    """Where an award's name starts: with the capitalised words of its scheme before it ("G2
    Supervisor Certificate of Competency"), never a small word or the sentence's first word
    unless it is a code ("Hold a ...", "Current ...")."""
    for m in reversed(list(re.finditer(r"[A-Z0-9][\w-]*\s+", text[:start]))):
        if m.end() != start or (m.group(0).strip().lower() in FUNCTION_WORDS
                                and not text[m.start():].startswith(NEW_PLACES)) \
                or is_duty_verb(m.group(0).strip()) or (
                not text[:m.start()].strip() and not re.search(r"\d|[A-Z]{2}", m.group(0))):
            break
        start = m.start()
    return start


def _award_name(name: str) -> str:
    """An award's name without the words that end it and are none of it ("... Nursing or")."""
    return re.sub(r"(?:\s+(?:and|&|of|in|the|for))+$", "", name)


_CLOCK_TIME = re.compile(r"(?<![\w.:])\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]m|[ap]\.m\.)(?!\w)",
                         re.IGNORECASE)


def _keywords(text: str, kind: str, hits: list[Hit], vocab: Vocabulary,
              duty: bool = False) -> list[str]:
    """Vocabulary terms as the ad spells them; for a requirement also what they leave unnamed
    (or, naming nothing, its salient phrases); for a duty naming nothing, its object's key
    phrases (`duty_keywords`). The ad's wish words are no term ("big" of "is a big plus"):
    they are blanked, every other word keeping its place."""
    text = _NICE_INLINE.sub(lambda m: ";" + " " * (len(m.group(0)) - 1), text)
    # "Evidence of post-registration CPD": what the ad asks for, as "experience of" is
    text = _EVIDENCE_OF.sub(lambda m: " " * len(m.group(0)), text)
    text = _IN_ORDER.sub(lambda m: " " * len(m.group(0)), text)
    # "afternoon shift (2pm – 10:30pm)": when, no term
    text = _CLOCK_TIME.sub(lambda m: " " * len(m.group(0)), text)
    # "the Certificate in Advanced Veterinary Nursing": an award is asked for by its whole
    # name, none of its words alone (a diploma in veterinary nursing is not it)
    spans = [(_award_start(text, m.start()), m.end()) for m in _AWARD.finditer(text)]
    awards = [_award_name(text[a:b]) for a, b in spans]
    hits = [h for h in hits if not any(a <= h.start < b for a, b in spans)]
    for a, b in spans:
        text = text[:a] + " " * (b - a) + text[b:]
    # "As Party Chief you'll lead a field crew": the job's title, then what it does; the title
    # is read last (a CV that was one shows it, but the field crew is what is asked)
    role = _as_the_role(text)
    if role is not None:
        text = " " * role.end() + text[role.end():]
    # "..., the Vineyard Team Leader runs the crew": the title as the duty's subject
    doer = _the_role_does(text) if role is None else None
    if doer is not None:
        # the title alone: the opening clause stays, so what it names is still a term of the
        # ad (a drifting model's draft that says it is checked against it) and whom it names
        # is a person (`_PERSON`)
        first, last = doer.span("title")
        text = text[:first] + " " * (last - first) + text[last:]
        hits = [h for h in hits if not first <= h.start < last]
    # "explain it in plain English": how to speak, not a language asked for
    hits = [h for h in hits if not re.search(r"\bplain\s+$", text[:h.start], re.IGNORECASE)]
    # "computer-aided dispatch (CAD)": the ad's own letters, still a term, but not the
    # computer-aided design the vocabulary knows by them
    own_letters = [h.surface for h in hits if _short_for_the_name_before(text, h, vocab)]
    hits = [h for h in hits if h.surface not in own_letters]
    named = list(dict.fromkeys(k for h in hits
                               for k in (*_elided(text, h, vocab), *_listed_before(text, h, vocab),
                                         qualified(text, h, vocab),
                                         *_shared_modifier(text, h, vocab))))
    if named:
        rest = [_second_verb_cut(p, text) if kind == "resp" or duty else p
                for p in residual_keywords(text, hits, duty=kind == "resp" or duty,
                                           vocab=vocab)
                if not any(contains(n, p) for n in named)]  # "tester certificate" of one
        # "Basic PLC troubleshooting": a named thing the vocabulary does not know leads the
        # practice it qualifies (a tool or credential the vocabulary knows leads anyway)
        acronyms = [p for p in rest if ACRONYM.match(p) and any(
            re.search(rf"(?<![\w-]){re.escape(p)}\s+{re.escape(h.surface)}\b", text)
            for h in hits)]  # the acronym says what the practice is about
        if acronyms and not any(vocab.category(h.term) in _NAMED for h in hits):
            rest = [p for p in rest if p not in acronyms]
            named = acronyms + named
        # "Write RAMS (risk assessments and method statements)": the ad's name for the thing,
        # spelled out after it, leads the words it stands for
        spelled = [p for p in rest if ACRONYM.match(p) and _spelled_out(p, text)]
        if spelled:
            rest = [p for p in rest if p not in spelled]
            named = spelled + named
        found = named + rest
        if (kind == "resp" or duty) and rest and _object_first(rest[0], text, hits, vocab):
            found = [rest[0], *(k for k in found if k != rest[0])]
        if kind == "resp" or duty:
            # "Orient and precept new patient care technicians": a named practice that only
            # says which people the duty is done to comes after what is done to them
            whom = [k for k in named if _says_whom(k, text)]
            found = _with_whom([k for k in found if k not in whom] + whom, text)
    else:
        found = _with_whom(duty_keywords(text), text) if kind == "resp" or duty \
            else fallback_keywords(text)
    # "Minimum 2 years' experience ...": how much, no term ("Texas minimum standards" is one)
    # "Conversational Mandarin": how well a language the vocabulary knows is spoken, no term
    spoken = {m.group(1).lower() for h in hits if vocab.category(h.term) == "language"
              for m in [re.search(r"([A-Za-z-]+)\s+$", text[:h.start])] if m}
    found = _graded_letters(_training_whom(_stood_in_for(found, text), text), text)
    found = _outside_scope(found, text, vocab)
    out = list(dict.fromkeys(k for k in map(_unowned, map(_in_force, map(_balanced, found)))
                             # "four years' post-qualification experience": how long
                             # since qualifying, and no term of its own
                             if k and k.lower() not in _NO_TERM_ALONE
                             and not (k.lower() in spoken and k.lower() in _HOW_WELL_SPOKEN)
                             # "French and English, spoken and written": how, no term
                             and not (k.lower() in _SPOKEN_OR_WRITTEN and any(
                                 vocab.category(h.term) == "language" for h in hits))
                             and not _WHOSE.fullmatch(k) and k.lower() not in _CALENDAR
                             # the last word of a law's name cut at its "and" ("the Child
                             # Care and Early Years Act"): no term alone
                             and k not in ("Act", "Acts")))
    if any(k.lower() not in _LIGHT_VERBS and (" " in k or not generic(k)) for k in out):
        out = [k for k in out if k.lower() not in _LIGHT_VERBS]
    people = [m.group(1) for m in _PERSON.finditer(text)
              if not _CREDENTIAL_WORD.search(m.group(1))
              and not re.match(r"\s*(?:\([A-Z]|designation|certific|licen|status)",
                               text[m.end():], re.IGNORECASE)]
    kept = [k for k in out if not any(re.search(rf"(?<![\w-]){re.escape(k)}(?![\w-])", p)
                                      for p in people) and not _SCHOOL_OF_STANDING.match(k)]
    title = role or doer
    if title is not None and (kept or out):
        # every other term a person the job works with ("Reporting to the Head of Customer
        # Service, our Team Leader leads ..."): the title alone
        kept = [*(kept or ([] if doer else out)), title.group("title")]
    # "PMP certification preferred": the kind of the credential named before it, no term
    kinds = [k for k in (kept or out) if _KIND_ONLY.fullmatch(k) and any(
        re.search(rf"(?<![\w-]){re.escape(n)}\s+{re.escape(k)}\b", text) for n in named)]
    # "Graduate of an accredited surgical technology program": the programme is asked for;
    # being its graduate is no term of its own
    finished = [k for k in (kept or out) if k.lower() in ("graduate", "completion") and re.search(
        rf"\b{re.escape(k)}\s+(?:of|from)\b", text)]
    terms = [k for k in (kept or out) if k not in kinds and k not in finished]
    terms = _spelled_in_full(terms, text)
    # "Report daily on on-time performance (OTP) and the causes of delays": what the ad names
    # with its own short form is what it asks for, and leads
    short = [k for k in terms if _abbreviated(k, text)]
    if awards:  # "Hold a Certificate IV in ...": holding it is no term of its own
        terms = [k for k in terms if " " in k or not (
            is_duty_verb(k) or k.lower() in ("hold", "holding", "possess", "obtain"))]
    return list(dict.fromkeys([*awards, *(part for k in [*short, *(k for k in terms
                                                                  if k not in short)]
                                          for part in _name_before_its_kind(k)), *own_letters]))


# Words that are no term alone: how much ("Minimum 2 years' experience"), how good or how
# often ("Food Safety Level 2 or higher", "a full, clean licence", "annual 1099 reporting"),
# or a standing and an occasion ("in good standing", "run the kitchen in their absence")
_NO_TERM_ALONE = frozenset("minimum maximum experience higher above equivalent full clean "
                           "annual standing absence onsite on-site".split())
# A light verb, no term beside a term of what it is done to ("Experience managing a P&L", "1
# year leading or mentoring testers"); alone it is what is asked ("leading a shift")
_LIGHT_VERBS = frozenset("managing leading handling overseeing running driving ensuring "
                         "providing supporting using working delivering building maintaining "
                         "creating".split())
# How a language is used, said after it ("French and English, spoken and written").
_SPOKEN_OR_WRITTEN = frozenset(("spoken", "written", "oral", "verbal", "spoken and written",
                                "written and spoken", "oral and written", "written and oral"))
# How well a language is spoken, said before it ("Conversational Mandarin").
_HOW_WELL_SPOKEN = frozenset("conversational native bilingual business-level working".split())


# A product's or maker's name, of one word or two, before the kind of tool or thing it is:
# "Toniq dispensing software", "ServiceTitan dispatch software", "Siemens Gamesa platforms".
_NAME_WORD = r"[A-Z][A-Za-z0-9]*[a-z0-9][A-Za-z0-9]*"  # "Toniq", "ServiceTitan", "Gamesa"
_PRODUCT_KIND = re.compile(
    rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD})?)\s+"
    rf"(?P<kind>(?:[a-z][\w-]*\s+){{0,2}}(?:{TOOL_KINDS}|suites?))")


# A scheme's letters before the kind of credential it issues: "CSCS card", "CPCS ticket".
_SCHEME_KIND = re.compile(
    r"(?P<name>[A-Z]{3,6})\s+(?:cards?|tickets?|passports?|certificates?|certification)")


def _name_before_its_kind(term: str) -> list[str]:
    """A name before the kind of thing it is, which a CV writes on its own, is the term: a
    product the vocabulary does not know before the kind of tool it is ("Toniq dispensing
    software" asks for Toniq; a CV that dispenses "in Toniq" shows it; a word of everyday
    English is no product's name: "Dispensing software"), or a scheme's letters before the
    card or ticket it issues ("CSCS card")."""
    m = _PRODUCT_KIND.fullmatch(term)
    if m is not None and not all(common_word(w.lower()) for w in m.group("name").split()):
        return [m.group("name")]
    m = _SCHEME_KIND.fullmatch(term)  # a "CSCS Blue Skilled Worker card" is a CSCS card
    return [m.group("name")] if m is not None else [term]


# Verbs whose object says little alone ("Take full ownership of our contract drafting"): what
# the duty is about comes after it.
_LIGHT_OPENERS = frozenset("take have get give bring show".split())


def _object_first(term: str, text: str, hits: list[Hit], vocab: Vocabulary) -> bool:
    """"Oversee reel grinding and equipment maintenance": what the duty's opening verb is
    done to, in two words or more, leads a practice the vocabulary names after it (the
    duty is first about reel grinding; `jd_terms.opens_on`, as the term ranker reads it: not
    people it is done for, nor what is sent somewhere). Not a name ("Keep our Fresenius
    2008T machines on their preventive maintenance schedule"), nor before a tool, credential
    or other named thing the vocabulary knows. A practice of any field, in lower case, is no
    such thing ("Plan the staff roster, including the call-out rota": the rota is staff
    scheduling); a name of any field is ("Keep preference cards current in Epic OpTime").
    Not after a verb whose object says little alone ("Take full ownership of ...")."""
    if len(term.split()) < 2 or not term.islower() or not opens_on(term, text) \
            or text.split()[0].lower() in _LIGHT_OPENERS:
        return False
    end = text.lower().find(term.lower()) + len(term)
    # a name is spelled with capitals ("MEDDICC", "Epic"): it leads whatever its field
    return all(h.start >= end and (vocab.category(h.term) == "practice" or (
        vocab.category(h.term) not in _NAMED and h.surface.islower())) for h in hits)


def _shortened(name: str, text: str) -> bool:
    """The ad gives the whole name its short form in brackets ("Certified Payroll Professional
    (CPP)"; `wordforms.other_form`): a name, even where it opens the requirement."""
    return any(name.strip().lower() == full.lower()
               for short in other_form(name, text) for full in other_form(short, text))


def _spelled_in_full(terms: list[str], text: str) -> list[str]:
    """The words the ad's own short form stands for are one term ("village savings and loan
    associations (VSLAs)" gave "village savings" and "loan associations"; "farmer field
    schools (FFS)" gave "farmer"): they take the place of the terms inside them."""
    out = list(terms)
    for short in terms:
        full = next(iter(other_form(short, text)), None) if ACRONYM.match(short) else None
        if full is None or any(contains(t, full) for t in out):
            continue
        inside = [t for t in out if t != short and contains(full, t)]
        at = out.index(inside[0]) if inside else out.index(short)
        out = [t for t in out[:at] if t not in inside] + [full] + [
            t for t in out[at:] if t not in inside]
    return out


def _abbreviated(term: str, text: str) -> bool:
    """The ad gives the term its short form in brackets right after it ("on-time performance
    (OTP)"; `wordforms.other_form`): the whole of what its capitals spell, not a part of it
    ("Certified Administrator" of "Relativity Certified Administrator (RCA)")."""
    return any(re.fullmatch(r"[A-Z]{3,6}s?", short) and term in other_form(short, text)
               for short in other_form(term, text))


def _with_whom(keywords: list[str], text: str) -> list[str]:
    """"Mentor apprentices and trainees working through the CISRS scheme", "Train and
    supervise seasonal workers": the verb alone ("Mentor", "supervise") asked the person
    whether they "mentor", and a yes put that word alone in the CV; with the people it is done
    to right after it, the verb is the term it leads ("Mentor apprentices and trainees"), and
    they are no term of their own. Whom it names after a determiner ("Supervise a team of
    lifeguards") or a preposition is left as it was."""
    out = list(keywords)
    # the verb the ad spells at the duty's start, when only whom it names was a term ("Train
    # technicians and operators on good validation practice": "technicians", "operators"),
    # past the ad's way into it ("You will induct new guides")
    first = re.match(r"\s*([A-Za-z]+)\b", YOU_WILL.sub("", text.strip(), count=1))
    verb = first.group(1) if first and first.group(1).lower() in BRINGING_ON and not any(
        k.lower().split()[0] == first.group(1).lower() for k in keywords if k) else None
    for k in [*keywords, *([verb] if verb else [])]:
        if k.lower() not in BRINGING_ON:
            continue
        m = _people_after(k, text)
        if m is None:
            continue
        whom = m.group(2)
        if m.group(3) and directed_people(m.group(3)):
            whom += f" and {m.group(3)}"
        if k not in out:  # the verb was no term: it takes the place of the first of whom
            at = next((i for i, x in enumerate(out) if contains(whom, x)), None)
            if at is None:
                continue
            out.insert(at, k)
        term = f"{k}{m.group(1) or ''} {whom}"
        out = [term if x == k else x for x in out if x == k or not contains(term, x)]
    return out


def _people_after(verb: str, text: str) -> re.Match[str] | None:
    """The people a verb is done to, right after it ("Mentor apprentices", "Supervise and
    mentor junior hygienists": the second verb's people are the first's): a run of up to
    three words that ends on them, the shortest that names people. "new communications" of
    "mentor new communications officers" names none, so "new communications officers" is
    whom it names."""
    for extra in range(3):
        m = re.search(rf"(?<![\w-]){re.escape(verb)}(\s+and\s+[a-z]+)?\s+"
                      rf"((?:[a-z][a-z-]*\s+){{{extra}}}{_PEOPLE_LAST})"
                      rf"(?:\s+and\s+([a-z][a-z-]*s))?(?![\w-])", text)
        if m is None or not all((w not in FUNCTION_WORDS or (n == 0 and w == "new"))
                                and w not in DETERMINERS
                                for n, w in enumerate(m.group(2).split())):
            continue  # "new team members" are whom it names; "the team" is left as it was
        if m.group(1) and not (m.group(1).split()[-1] in BRINGING_ON
                               or base_verb(m.group(1).split()[-1])):
            return None
        # people by their noun, or as the ones the job brings in ("new guides"), whom the
        # phrase ends on
        nxt = re.match(r"\s*(\w*)", text[m.end():])  # the word after whom, "" at a mark
        after = nxt.group(1).lower() if nxt else ""
        if directed_people(m.group(2).split()[-1]) or (
                re.match(NEWCOMERS + r"\s", m.group(2))
                and (after in PREPOSITIONS or after in ("", "and", "or", "who"))):
            return m
    return None


def _says_whom(keyword: str, text: str) -> bool:
    """The keyword qualifies a noun naming people in the text ("patient care" of "patient
    care technicians", "ICU" of "our ICU patients")."""
    m = re.search(rf"(?<![\w-]){re.escape(keyword)}\s+([A-Za-z]+)", text, re.IGNORECASE)
    # a skill done to people is the work ("Mentor apprentices"), not which people
    return m is not None and person_noun(m.group(1)) and keyword.lower() not in PEOPLE_VERBS


# A lone possessive ("Run the department's safety program" -> "department's"): whose the
# thing is, never a term (a degree's "bachelor's" is one).
_WHOSE = re.compile(r"(?!(?:bachelor|master|associate|doctor)['’])[a-z][\w-]*['’]s?")
_KIND_ONLY = re.compile(r"(?i:certifications?|certificates?|licen[cs]es?|registration|"
                        r"accreditation|credential)")


# Where a qualification comes from, as the ad wants it to be ("a Law Clerk diploma from a
# recognized college"): a standing the school has, no term of the person's.
_SCHOOL_OF_STANDING = re.compile(r"(?i:recogni[sz]ed|accredited|approved|registered)\s+"
                                 r"(?i:college|university|institution|school|provider)s?$")
_CREDENTIAL_WORD = re.compile(rf"\b(?:{TITLE_GRANTED}|Qualified|Professional)\b")
# Whom the job works with, by their title ("with the Director of Teaching", "for the School
# Safety Adviser", "to our Head of Operations"): a person, never a term of the requirement.
_PERSON = re.compile(
    r"\b(?:[Tt]he|[Oo]ur|[Yy]our)\s+((?:[A-Z][\w'’-]*\s+){0,3}(?:"
    + "|".join(sorted(n.capitalize() for n in ROLE_NOUNS)) + r")s?"
    r"(?:\s+(?:of|for)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?)(?![\w-])")


def _the_role_does(text: str) -> re.Match[str] | None:
    """The job's title as the subject of what the job does ("Reporting to our Vineyard
    Manager, the Vineyard Team Leader runs the crew day to day"): the title, no term of its
    own ("Vineyard Team Leader runs" was asked about), then the work."""
    m = _THE_ROLE_DOES.match(text)
    return m if m is not None and verb_form(m.group("verb")) else None


# "[Reporting to our X,] the/our Title Words does ...": a title of two capitalised words or
# more, after a short opening clause or none ("Working from our Harbour Control Centre, ...")
_THE_ROLE_DOES = re.compile(r"^(?:[^,;:]{1,80},\s*)?(?:[Tt]he|[Oo]ur)"
                            r"\s+(?P<title>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){1,4})\s+"
                            r"(?=(?P<verb>[a-z]+s)\b)")


# The job's title leading what the job does: "As Party Chief you'll ...", "As a Warehouse
# Supervisor, you will ...".
_AS_THE_ROLE = re.compile(r"^As\s+(?:an?\s+|our\s+|the\s+)?"
                          r"(?P<title>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4}),?\s+(?=you\b)")
# ... and the title in lower case, which a role noun ends ("As shift leader you are ...", "As
# head of the workshop, you will ...", "As the senior person in the laboratory you will ..."):
# not "As the harvest approaches you will ..."
_AS_A_ROLE = re.compile(r"^As\s+(?:an?\s+|our\s+|the\s+)?(?P<title>(?:[a-z][\w'’-]*\s+){0,3}?"
                        r"(?P<head>[a-z][\w'’-]*)(?:\s+(?:of|in)\s+the\s+[a-z][\w-]*)?),?\s+"
                        r"(?=you\b)")


def _as_the_role(text: str) -> re.Match[str] | None:
    """The job's title leading what the job does (`_AS_THE_ROLE`, `_AS_A_ROLE`)."""
    lower = _AS_A_ROLE.match(text)
    if lower is not None and (lower.group("head") in ROLE_NOUNS or lower.group("head") == "person") \
            and lower.group("title") not in ("lead", "head"):  # "As lead, you will ...": no title
        return lower
    return _AS_THE_ROLE.match(text)


def _unowned(keyword: str) -> str:
    """The keyword without whose it is ("labs' consumables budget" -> "consumables budget"):
    the teaching labs own the budget in the ad; the person managed one."""
    m = re.match(r"[a-z][\w-]*s['’]\s+(?=\S+\s+\S)", keyword)
    return keyword[m.end():] if m else keyword


def _in_force(keyword: str) -> str:
    """The keyword without a word that says a credential is in force ("Valid driver's license"
    -> "driver's license"): a person holds the licence; "valid" is the ad's condition on it,
    and an answer naming "my Colorado driver's license" says the licence."""
    words = keyword.split()
    if len(words) > 1 and words[0].lower() in ("valid", "current", "active") \
            and held_thing(" ".join(words[1:])):
        return " ".join(words[1:])
    return keyword


def _elided(text: str, hit: Hit, vocab: Vocabulary) -> list[str]:
    """The term a coordination leaves to the hit's head noun ("external or internal audit":
    external audit), when the vocabulary knows it as another thing than the hit. Only an
    adjective is left so: a noun stands on its own ("regression and hypothesis testing" asks
    for regression, not regression testing)."""
    words = hit.surface.split()
    m = re.search(r"([A-Za-z][\w-]*)\s+(?:or|and|/)\s+$", text[:hit.start])
    if len(words) < 2 or m is None or not adjective(m.group(1).lower()):
        return []
    return _known_other(f"{m.group(1)} {' '.join(words[1:])}", hit, vocab)


def _listed_before(text: str, hit: Hit, vocab: Vocabulary) -> list[str]:
    """The terms a list of short forms before the hit makes with its head noun ("CPT, ICD-10
    and HCPCS coding": CPT coding), when the vocabulary knows them as other things than the
    hit."""
    words = hit.surface.split()
    m = re.search(r"((?:[A-Z][A-Z0-9-]+\s*,\s*)+(?:[A-Z][A-Z0-9-]+\s+)?(?:and|or|&)\s+)$",
                  text[:hit.start]) if len(words) >= 2 else None
    if m is None:
        return []
    items = re.findall(r"[A-Z][A-Z0-9-]+", m.group(1))
    return [k for item in items for k in _known_other(f"{item} {words[-1]}", hit, vocab)]


# The noun a coordination gives the hit's modifier ("video production and editing"), when no
# other noun follows it ("and editing software": editing modifies the software).
_SECOND_HEAD = re.compile(r"\s*(?:or|and|/)\s*([A-Za-z][\w-]*)"
                          r"(?![\w-]|\s+(?!skills?\b|experience\b)[a-z])")


def _shared_modifier(text: str, hit: Hit, vocab: Vocabulary) -> list[str]:
    """The term a coordination makes of the hit's modifier and the noun after it ("video
    production and editing": video editing), when the vocabulary knows it as another thing
    than the hit."""
    words = hit.surface.split()
    m = _SECOND_HEAD.match(text[hit.end:])
    if len(words) < 2 or m is None:
        return []
    return _known_other(f"{' '.join(words[:-1])} {m.group(1)}", hit, vocab)


def _known_other(other: str, hit: Hit, vocab: Vocabulary) -> list[str]:
    """`other` as a term of its own, when the vocabulary knows it as another thing than the
    hit it was made from; else nothing."""
    name = vocab.canonical(other)
    return [other] if name is not None and name != hit.term else []


_EVIDENCE_OF = re.compile(r"\b(?:demonstrable\s+|documented\s+|clear\s+)?evidence\s+of\b",
                          re.IGNORECASE)
# "in order to": a purpose, its "order" no thing ("order accuracy", "the order book" are)
_IN_ORDER = re.compile(r"\bin\s+order\b(?=\s+(?:to|for|that)\b)", re.IGNORECASE)


def _graded_letters(keywords: list[str], text: str) -> list[str]:
    """A grade's letter stays with its kind ("CPR Level C": not "CPR Level" and "C", which
    a vocabulary reads as a programming language)."""
    out = []
    for k in keywords:
        graded = re.search(rf"(?<![\w-]){re.escape(k)}\s+([A-Z])(?![\w-])", text) \
            if re.search(r"\b(?:Level|Class|Grade|Category)$", k) else None
        held = re.search(rf"(?:\b[A-Z][\w-]*\s+)?\b(?:Level|Class|Grade|Category)\s+{re.escape(k)}"
                         rf"(?:\s+[A-Za-z'’]+){{0,2}}?\s+(?:licen[cs]es?|certificat\w*|permit|"
                         rf"endorsement)\b|(?:\b[A-Z][\w-]*\s+)?\b(?:Level|Class|Grade|Category)"
                         rf"\s+{re.escape(k)}(?![\w-])", text) if len(k) == 1 else None
        if graded is not None:
            out.append(f"{k} {graded.group(1)}")
        elif held is not None:  # "A Class C driver licence": the licence, not "C"
            out.append(re.sub(r"^(?:A|An|The|Current|Valid)\s+", "", held.group(0)))
        else:
            out.append(k)
    return list(dict.fromkeys(out))


def _balanced(keyword: str) -> str:
    """A keyword cut before a bracket it does not close ("AWS (ECS" -> "AWS"), or after one
    it does not open ("ECS)" -> "ECS"): a search term, not a piece of the ad's punctuation."""
    if keyword.count("(") == keyword.count(")"):
        return keyword
    if keyword.count("(") > keyword.count(")"):
        return keyword[:keyword.rindex("(")].strip(" ,;:-")
    return keyword.replace(")", "").strip(" ,;:-")


# A job board's screening line under "Experience:" ("BPO team leader: 2 years (Required)").
_SCREENER = re.compile(r"^(?P<what>[^:]{2,80}):\s*(?P<years>\d+)\+?\s+years?\s*\((?:required|"
                       r"preferred)\)$", re.IGNORECASE)


def _screened(text: str, other: str) -> bool:
    """`text` is a job board's screening line for what `other` asks already: every word of
    what it screens for and its years are in `other` ("At least 2 years as a team leader in
    a BPO")."""
    m = _SCREENER.match(text.strip())
    return m is not None and bool(_words(m.group("what"))) \
        and _words(m.group("what")) | {m.group("years")} <= _words(other)


def _merged(kept: list[Requirement], job: JobPosting, text: str, priority: str) -> bool:
    """Whether `text` repeats a requirement or responsibility already kept (a repeated
    requirement keeps the stronger of the two priorities)."""
    twin = next((r for r in kept if _same(r.text, text) or _screened(text, r.text)), None)
    if twin is not None and _RANK[priority] > _RANK[twin.priority]:
        twin.priority = priority  # type: ignore[assignment]
    return twin is not None or any(_same(r, text) for r in job.responsibilities)


def _restated(kept: list[Requirement], text: str, keywords: list[str], priority: str) -> bool:
    """Whether `text` asks again, in more words, for what a kept requirement asks, with the
    same terms ("A current driver's licence" in the list, "You must hold a current driver's
    licence" in the prose): one requirement, with the stronger priority of the two."""
    terms, words = [k.lower() for k in keywords], _words(text)
    for twin in kept:
        if [k.lower() for k in twin.keywords] == terms and (
                _words(twin.text) <= words or words <= _words(twin.text)):
            if _RANK[priority] > _RANK[twin.priority]:
                twin.priority = priority  # type: ignore[assignment]
            return True
    return False


# A first-weeks step the employer arranges ("In the first 30 days, you will: Learn about our
# product ...; Meet each of our internal organization leads; Complete an assignment from
# engineering"): nothing a candidate brings, so no requirement (what it names, "Docker and
# Kubernetes", the ad asks for where it asks).
_ONBOARDING = re.compile(
    r"(?:learn\s+(?:about|how|what|who|our|the)|get\s+to\s+know|"
    r"meet\s+(?:for\s+an?\s+(?:initial\s+|first\s+)?(?:chat|call|coffee|intro\w*)|"
    r"(?:with\s+)?(?:each|every|all|our|your)\b|(?:with\s+)?the\s+team\b)|"
    r"complete\s+(?:an?|your|the)\s+(?:assignment|onboarding|orientation|induction)|"
    # "Getting started: you'll join us 2 weeks before the first rehearsal, with a health and
    # safety induction ...": how the employer starts the hire
    r"(?:\W*getting\s+started\W+)?" + _YOU_LL + r"\s+join\s+us\b|"
    # "For your first month you'll shadow one of our supervisors before you take on sites"
    r"(?:for|in|during|over)\s+(?:your|the)\s+first\s+(?:\w+\s+)?(?:days?|weeks?|months?)\s*,?\s+"
    + _YOU_LL + r"\s+(?:shadow|work\s+alongside|be\s+paired|spend)\b)\b",
    re.IGNORECASE)


# "Make every arrival feel special", "help every guest feel welcome": the ad's hope for how
# people feel, no work a CV could show
_FLOURISH = re.compile(r"(?:(?:and|to)\s+)?(?:make|makes|making|help|helping|ensure)\s+(?:every|each|"
                       r"all|our|your|the)\s+(?:[\w'’-]+\s+){1,3}(?:feel|feels)\s+(?:really\s+|"
                       r"truly\s+)?(?:special|welcome|welcomed|valued|at home|looked after|"
                       r"cared for)[.!]?", re.IGNORECASE)


# "As Store Manager, you are the CEO of your store", "you'll be the face of our brand": what
# the ad likens the job to, asking nothing a CV shows
_LIKENED = re.compile(r"^(?:as\s+(?:an?\s+|our\s+|the\s+)?[\w\s-]{2,40},\s+)?you(?:'re|’re|\s+are|"
                      r"'ll\s+be|’ll\s+be|\s+will\s+be)\s+(?:the\s+|our\s+)?(?:CEO|boss|heart|"
                      r"face|owner|captain|champion)\s+of\s+(?:your|the|our)\s+[\w\s-]{1,30}[.!]?$",
                      re.IGNORECASE)


def _boilerplate(text: str) -> bool:
    """Pay, benefits, EEO or how-to-apply text: not when a skill lead-in asks for it
    ("strong knowledge of dental insurance and CDT coding" is a requirement, not a perk)."""
    found = BOILERPLATE.search(text)
    lead = _LEAD.search(text)
    return found is not None and not (lead is not None and lead.end() <= found.start())


# The employer describing itself: "Lakeshore Hospital is a 180-bed nonprofit ...", "Our
# nursing team is known for ..." ("Our ERP is NetSuite" tells the candidate something).
# "Acme provides ...", "Our team supports ...", "We were founded in 1978": what it does and
# where it comes from.
_STORY = (r"\s+(?:(?:is|are)\s+(?:a|an|one of|known for|proud|recognized|recognised)|"
          r"provides?|supports?|serves?|employs?|welcomes?|(?:was|were)\s+founded|"
          r"(?:has|have)\s+(?:grown|been (?:going|around|serving|in business))|"
          # "Sunbelt Comfort Services has been keeping the Valley cool since 1988"
          r"(?:has|have)\s+been\s+[a-z]+ing\b(?=[^.]*\b(?:since\s+(?:the\s+)?\d{4}|for\s+(?:over\s+|"
          r"more\s+than\s+|nearly\s+|almost\s+)?\d+\s+years))|"
          # "We build the document automation platform that 2,000+ law firms use"
          r"(?:build|builds|make|makes)\s+(?:the|a|an)\s+[\w\s+-]{0,60}?\b(?:platforms?|"
          r"products?|software|apps?|tools?)\s+(?:that|which|for|used))\b")
# "We're 650 people, and our new cell culture suite comes online next year": how big the
# employer is, and what it has
_HEADCOUNT = re.compile(r"(?:we(?:'re|’re|\s+are)|our\s+\w+\s+(?:is|has))\s+(?:about\s+|around\s+|"
                        r"over\s+|nearly\s+|almost\s+)?[\d,]+\s+(?:people|staff|employees|"
                        r"colleagues|strong)\b", re.IGNORECASE)
# "Laurentide Insurance Group is looking for a bilingual customer service agent for its
# Montréal contact centre": the employer announcing the job, asking nothing (no "who ...",
# "with ...": "Our chef is looking for a sous chef who can run the kitchen" asks).
_SEEKS = (r"(?:\s+(?:is|are)\s+|['’]re\s+)(?:currently\s+)?(?:looking for|hiring|seeking|recruiting)"
          r"\s+(?:an?|our)\s+[\w\s-]{0,40}?\b(?:" + "|".join(sorted(ROLE_NOUNS)) +
          r")s?\b(?![^.]*\b(?:who|with|that|able|experience)\b)"
          # ... to join or strengthen a team; "to coordinate our MA team" is a duty
          r"(?![^.]*\bto\s+(?!join|strengthen|grow|expand|reinforce|complete|be part)\w)")


# "We are growing and": the employer's news before it announces the job
_GROWING = r"(?:\s+(?:is|are)\s+growing(?:\s+fast)?(?:\s*,|\s+and)?)?"


def _employer_story(text: str, company: str) -> bool:
    """A prose sentence whose subject is the employer (by name, or "Our <team/company>")
    saying what it is, with nothing asked of the candidate."""
    subject = r"Our(?:\s+[\w'’-]+){1,4}?|We" + (rf"|{re.escape(company)}" if company else "")
    words = company.split()  # its short name: "Sharp Lines" for "Sharp Lines Barbershop"
    subject += "".join(rf"|{re.escape(' '.join(words[:n]))}" for n in range(len(words) - 1, 1, -1))
    # "At Kuehne+Nagel, our road logistics team in Born moves goods ...": the employer's
    # name put first says whose story the sentence tells
    at = rf"At\s+{re.escape(company)},\s+(?:our|we)\b" if company else ""
    # "We are growing and are looking for a Senior Transport Planner to strengthen our
    # international desk": the job announced, nothing asked
    seeker = rf"(?:We|{re.escape(company)})" if company else "We"
    return (re.match(rf"(?:{subject}){_STORY}", text) is not None or _HEADCOUNT.match(text)
            is not None or (bool(at) and re.match(at, text) is not None) or re.match(
        seeker + _GROWING + _SEEKS, text, re.IGNORECASE) is not None) \
        and not re.search(r"\byou(?:r|'|’|\b)", text, re.IGNORECASE)


_GROUP = re.compile(r"\s+(?:team|teams|group|groups)\b", re.IGNORECASE)


def _names_a_group(text: str, hit: Hit, vocab: Vocabulary) -> bool:
    """A soft skill naming a group of people is not the skill ("report to the leadership
    team")."""
    return vocab.category(hit.term) == "soft_skill" and _GROUP.match(text, hit.end) is not None


def _inside_a_name(text: str, hit: Hit, vocab: Vocabulary) -> bool:
    """A practice (no named tool, credential or language), found capitalised at the end of
    a run of capitalised words in a sentence that is not itself in title case, is the last
    word of another name ("Core Web Vitals" is no "vitals")."""
    if not hit.surface[:1].isupper() or not hit.surface[1:].islower() \
            or vocab.category(hit.term) in _NAMED:
        return False  # "SaaS" of "B2B SaaS", "PLC": a name of its own
    before = re.search(r"(?:[A-Z][a-z][a-z-]*\s+)+$", text[:hit.start])
    if before is None or before.start() == 0:  # a sentence's first words: any may be a name
        return False
    words: list[str] = re.findall(r"[A-Za-z][\w-]*", text)
    return sum(w[:1].isupper() for w in words) * 2 < len(words)


def _without_employer(keywords: list[str], company: str, vocab: Vocabulary) -> list[str]:
    """Terms without the employer's own name in front ("Corvane patient monitors" of Corvane
    Medical Systems -> "patient monitors"): a candidate has worked on the kind of thing, not
    on this employer's brand of it. A term that is only the name, or the word of it the ad calls
    the employer by ("the Society"), is dropped. A tool the vocabulary knows keeps its name
    (Salesforce hiring a Salesforce administrator)."""
    name = company.split()[0].lower() if company.split() else ""
    if len(name) < 3 or vocab.find(name):
        return keywords
    # what the ad calls the employer by the last word of its name ("colleagues across the
    # Society" of Midlands Building Society)
    head = company.split()[-1] if len(company.split()) > 1 else ""
    out = []
    for k in keywords:
        if head[:1].isupper() and k == head:
            continue
        words = k.split()
        # the name or its possessive ("Stackwell's"; a name's own s stays), as a name is
        # written ("speech-language pathology" at Speech-Language Associates is the practice)
        if words and words[0][:1].isupper() and re.sub(r"['’]s?$", "", words[0].lower()) == name:
            words = words[1:]
        if words:
            out.append(" ".join(words))
    return list(dict.fromkeys(out))


_REGIONS = UK_COUNTIES | REGION_NAMES | COUNTRIES
_HELD_WHERE = re.compile(r"licen[cs]|degree|school|universit|college|certif|registration|"
                         r"registered|qualif|admitted|accredit|chartered|\bbar\b|clearance",
                         re.IGNORECASE)


# Which of the employer's units the job runs ("in charge of one of our two production blocks",
# "leads one of our two 12-hour shifts"): the employer's, no term.
_ONE_OF_OURS = r"\bone\s+of\s+(?:our|the)\s+(?:[\w-]+\s+)?"


def _where_the_work_is(keyword: str, text: str, vocab: Vocabulary) -> bool:
    """The term is only where the text says the work is, not a skill: a county, state,
    province or country ("across yards in Suffolk", "sites throughout Queensland"), a stretch
    of land with its article (`places.LANDFORM`: "up the North-West Coast", "across the Hunter
    Valley and the Liverpool Plains"), the employer's own premises (`_employer_premises`), the
    areas of them the work spans ("across the egg, larval and pupal areas") or which of the
    employer's units the job runs (`_ONE_OF_OURS`). Not where a credential holds ("PE license in Virginia", "JD from a law school in the
    United States"): that place is part of what is held."""
    region = keyword in _REGIONS and re.search(
        rf"\b(?:in|across|around|throughout|within|near|all over)\s+(?:the\s+)?"
        rf"(?:[A-Z][\w-]*\s+){{0,2}}?{re.escape(keyword)}\b", text) is not None
    landform = LANDFORM.fullmatch(keyword) is not None \
        and re.search(rf"\bthe\s+{re.escape(keyword)}\b", text) is not None
    # "across the egg, larval and pupal areas": the parts of the premises the work spans
    areas = re.fullmatch(r"(?:[\w-]+\s+){0,2}areas", keyword) is not None and re.search(
        rf"\bacross\s+the\s+(?:[\w-]+,?\s+){{0,5}}?{re.escape(keyword)}\b", text) is not None
    # "in charge of one of our two production blocks": which of the employer's units
    theirs = re.search(_ONE_OF_OURS + re.escape(keyword) + r"\b", text) is not None
    return ((region or landform) and not _HELD_WHERE.search(text)) or areas or theirs \
        or _employer_premises(keyword, text, vocab)


# The employer's own premises, named ("at our Balzers depot", "at our Insein branch", "the
# studios in the 3rd arrondissement"): where the job is, nothing a CV could show.
_PREMISES = re.compile(r"(?:depot|branch|office|site|plant|store|warehouse|yard|studios?|"
                       r"campus|hub|cent(?:re|er)|facility|arrondissement|district|quarter|"
                       r"borough)s?")


def _employer_premises(keyword: str, text: str, vocab: Vocabulary) -> bool:
    """The term is a kind of premises the text puts the job at, as someone's ("at a food
    company's head office"), or after a name (a capitalised word or an ordinal: "at our
    Balzers depot", "in the 3rd arrondissement"): where the work is, no skill. Not a name the
    vocabulary knows ("in the Microsoft Office")."""
    words = keyword.split()
    if not words or _PREMISES.fullmatch(words[-1]) is None \
            or vocab.canonical(keyword) is not None:
        return False
    # whose premises: "run our canteen at a food company's head office"
    if re.search(rf"\bat\s+(?:a|an|the|our)\s+(?:[\w-]+\s+){{0,3}}?[\w-]+['’]s\s+"
                 rf"{re.escape(keyword)}\b", text):
        return True
    named = len(words) == 2 and not words[0].isupper() and (
        words[0][:1].isupper() or re.fullmatch(r"\d+(?:st|nd|rd|th)", words[0]) is not None)
    return named and re.search(
        rf"\b(?:at|in|from|to)\s+(?:our|the)\s+{re.escape(keyword)}\b", text) is not None


def _without_place(keywords: list[str], location: str) -> list[str]:
    """Terms without the job's own town in front ("Dayton shop floor" for a job in Dayton,
    OH -> "shop floor"): where the work is, no skill. A term that is only the town is
    dropped, and so is the town without its article ("Locle" of a job in Le Locle)."""
    town = location.split(",")[0].strip().lower()
    if len(town) < 3:
        return keywords
    bare = re.sub(r"^(?:(?:le|la|les|el|los|las|al|il|lo|de|den|het|der|die|das)\s+|l')", "",
                  town)  # (not "eds" of "leeds")
    # a word of the place alone ("Park", "Cebu" of "at Cebu IT Park" for a job at "Cebu IT
    # Park, Cebu City")
    place_words = {w.lower() for w in re.findall(r"[A-Za-z]{3,}", location)}
    out = []
    for k in keywords:
        if k.lower() in (town, bare) or (" " not in k and k[:1].isupper()
                                          and k.lower() in place_words):
            continue
        out.append(k[len(town):].strip() if k.lower().startswith(town + " ") else k)
    return list(dict.fromkeys(out))


# "When a monitor goes dark in an ICU, our customers call us": a leading clause that sets the
# scene, to its comma.
_OCCASION = re.compile(r"^\s*(?:when|whenever)\b[^,;:]*[,;:]", re.IGNORECASE)


_GRADED = re.compile(r"\s+(?:class|grade|level|licen[cs]e|endorsement|rating|category)\b",
                     re.IGNORECASE)


# What a language's name may go before and still be the language: "Spanish speakers",
# "English reading and writing", "French language skills".
_OF_LANGUAGE = frozenset((
    "language languages speaker speakers speaking skill skills fluency proficiency "
    "communication communications translation translations translator translators "
    "interpreting interpretation interpreter reading writing written spoken verbal oral "
    "conversation conversational literacy native fluent level test certificate exam "
    "qualification grammar teacher teaching tutoring tutor classes lessons comprehension "
    # what is written in it: "can read English manuals" asks for English
    "manuals manual documents documentation texts emails correspondence reports materials "
    "content copy media literature publications instructions paperwork forms"
).split())


def _language_as_adjective(text: str, hit: Hit, vocab: Vocabulary) -> bool:
    """A language's name before the thing it qualifies is no language: "Australian and
    Italian wine regions", "Italian cuisine", "French pastry" ask for no Italian or French."""
    if vocab.category(hit.term) != "language":
        return False
    m = re.match(r"(?:\s*(?:,|and|or|/)\s*[A-Z][a-z]+)*\s+([a-z][a-z-]{2,})\b", text[hit.end:])
    return m is not None and m.group(1) not in _OF_LANGUAGE \
        and m.group(1) not in FUNCTION_WORDS and m.group(1) not in PREPOSITIONS \
        and not is_duty_verb(m.group(1)) and not m.group(1).endswith(("ly", "ing"))


# A grade word alone ("Class" of "Gas fitter ticket (Class B)"): what it grades is the term.
_LONE_GRADE = re.compile(r"(?i:class|grade|level|category|type|band|tier)")


def _grade_letter(text: str, hit: Hit) -> bool:
    """A one-letter name that is a class or grade ("a C class driver licence"), not the
    language C."""
    return len(hit.surface) == 1 and _GRADED.match(text, hit.end) is not None


def _in_occasion(text: str, hit: Hit) -> bool:
    """The skill is named only in the scene a requirement opens with ("When a monitor goes
    dark in an ICU, ..."): where the work happens, not what it asks for."""
    m = _OCCASION.match(text)
    return m is not None and hit.end <= m.end()


# Whom the job reports to, said alone ("Reporting to the Financial Controller, you'll own the
# month-end close" splits in two): where the job sits, nothing a candidate brings.
_REPORTS_TO = re.compile(
    r"^\s*(?:" + _YOU + r"\s+)?report(?:s|ing)?\s+(?:directly\s+)?(?:in\s+)?to\s+"
    r"(?:the|our|a|an|your)\s+[A-Za-z](?:(?!,\s*you\b)[\w &/,-]){0,60}?[.!]?\s*$",
    re.IGNORECASE)  # not "Reporting to the Team Manager, you will plan weekly rotas"


# How the job's time is shared out, at a place ("You will still spend a good part of your day
# at the bench", "About half your time is at the bench and on site, the other half planning"):
# where the work happens, said of a job whose duties the ad lists; nothing a candidate brings.
# Not the work itself: "you will spend most of your day providing nonsurgical periodontal
# therapy" and "Most of your time will be spent on hull repairs" go on with what is done, and
# "are happy to spend most days on the road" follows what the ad asks ("You have a clean
# driving record and ...").
_TIME_SHARE = re.compile(
    r"^\s*(?:as\s+[^,]{1,60},\s*)?(?:(?:" + _YOU + r"\s+(?:still\s+|also\s+)?spend\s+)|"
    r"(?:about|around|roughly|some)\s+)?"
    r"(?:most|much|part|half|some|a\s+(?:good|large|big|fair)\s+(?:part|share|deal)|"
    r"the\s+(?:bulk|rest)|(?:a|one|two)[\s-]+thirds?)\s+(?:of\s+)?(?:your|every|each|the)\s+"
    r"(?:working\s+)?(?:day|days|night|nights|time|shift|shifts|week|weeks)\s+"
    r"(?:(?:is|are|will\s+be)\s+(?:spent\s+)?)?"
    r"(?:at|out\s+(?:on|in)|outdoors|outside|on\s+(?:site|the\s+road))\b",
    re.IGNORECASE)


# Whom the job works with, said alone ("Work closely with our practice manager", "You report
# to the Production Manager and work with the laboratory and the maintenance department",
# "Reports to the Production Manager, Henrik Sandvik, and works with the planners"):
# where the job sits, nothing a candidate brings. Not what is done with them: "Work with the
# quality control laboratory on sampling", "Work with engineers and product managers to
# document new features" (`_works_with_only`).
_WORKS_WITH = re.compile(
    r"^\s*(?:(?:you\s+)?report(?:s|ing)?\s+(?:directly\s+)?to\s+(?:the|our|a|an|your)\s+"
    r"[^.;]{1,50}?,?\s+and\s+|"
    r"[^,]{1,60},\s*and\s+|because\s+)?(?:" + _YOU + r"\s+)?work(?:s|ing)?\s+"
    r"(?:closely\s+|together\s+|hand\s+in\s+hand\s+)?(?:with|alongside)\s+(?P<who>.+?)[.!]?\s*$",
    re.IGNORECASE)


def _works_with_only(text: str) -> bool:
    """The statement only says whom the job works with (`_WORKS_WITH`): the people or teams
    named, joined by "and", "with" and commas, no preposition or verb leading what is done."""
    m = _WORKS_WITH.match(text)
    if m is None:
        return False
    words = re.findall(r"[\w'’&/-]+", m.group("who").lower())
    return 0 < len(words) <= 14 and not any(
        w in PREPOSITIONS and w not in ("with", "of") for w in words) \
        and not any(w in ("who", "which", "that", "so") for w in words)


# Whom the team turns to: "You are the person the team turns to when a piece does not go to
# plan", what the job is likened to, asking nothing a CV shows.
_TURNED_TO = re.compile(r"^\s*(?:as\s+[^,]{1,40},\s*)?you(?:['’]re|\s+are|['’]ll\s+be|\s+will\s+be)\s+"
                        r"(?:the\s+)?(?:first\s+)?(?:person|one)\s+(?:who\s+|that\s+|whom\s+)?"
                        r"(?:[\w'’-]+\s+){1,8}?turns?\s+to\b", re.IGNORECASE)


# The job's title alone, cut from the duty it opened ("As Lead Hemodialysis Technician, you'll
# be the charge nurse's right hand"): which job, nothing asked.
_ROLE_ALONE = re.compile(r"^\s*As\s+(?:an?\s+|our\s+|the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,5}"
                         r"\s*[.,]?\s*$")


def _only_the_setting(text: str) -> bool:
    """The statement only says where the job sits, asking nothing a candidate brings: whom it
    reports to (`_REPORTS_TO`), its title alone (`_ROLE_ALONE`), whom it works with
    (`_works_with_only`), whom the team turns to (`_TURNED_TO`), how its time is shared out
    at a place (`_TIME_SHARE`)."""
    return _works_with_only(text) or any(
        said.match(text) is not None for said in (_REPORTS_TO, _ROLE_ALONE, _TURNED_TO, _TIME_SHARE))


def add_requirements(job: JobPosting, found: list[Statement], vocab: Vocabulary) -> None:
    """Statements -> job.requirements (and job.responsibilities, job.skills)."""
    kept: list[Requirement] = []
    for st in found:
        text = _tidy(st, vocab)
        hits = [h for h in vocab.find(text) if not _names_a_group(text, h, vocab)
                and not _inside_a_name(text, h, vocab)
                and not _in_occasion(text, h) and not _grade_letter(text, h)
                and not _language_as_adjective(text, h, vocab)]
        if len(text) < 3 or _boilerplate(text) or _ONBOARDING.match(text) \
                or _FLOURISH.fullmatch(text) or _LIKENED.match(text) \
                or _only_the_setting(text) or (
                (st.prose or st.listed) and _employer_story(
                text, job.company)) or (
                st.prose and not st.duty and _fragment(text, hits, st.kind)) or (
                st.prose and not hits and _where_it_sits(text)) or (
                st.prose and _SETTING.search(text)):
            continue
        priority = _priority(text, st.kind, st.required)
        if _merged(kept, job, text, priority):
            continue
        if st.kind == "resp":
            job.responsibilities.append(text)
        keywords = _without_place(_without_employer(
            _keywords(text, st.kind, hits, vocab, st.duty), job.company, vocab), job.location)
        if st.item and text.endswith(st.item) and not weak_term(st.item):
            keywords = [st.item]  # "The numbers we watch ...: hours per repair order"
        keywords = [k for k in keywords if not _where_the_work_is(k, text, vocab)
                    and not _LONE_GRADE.fullmatch(k)]
        if not keywords:
            continue
        if _restated(kept, text, keywords, priority):
            continue
        kept.append(Requirement(
            id=f"req-{len(kept) + 1}", text=text,
            category=_categorise(text, st.kind, vocab),  # type: ignore[arg-type]
            priority=priority,  # type: ignore[arg-type]
            keywords=keywords))
        job.skills += [h.surface for h in hits if h.surface not in job.skills]
    job.requirements = kept


def parse_jd_text(text: str, vocab: Vocabulary) -> JobPosting:
    """Job description text (Markdown or plain) -> JobPosting with categorised, prioritised
    requirements and the place each header field came from."""
    front, body = front_matter(text.replace("\r\n", "\n"))
    blocks, suspicious = read_blocks(body)
    found = identify(front, blocks, body)
    job = JobPosting(parser="offline", title=found.title, company=found.company,
                     location=found.location, level=found.level, sources=dict(found.sources),
                     suspicious=suspicious)
    add_requirements(job, statements(blocks, found.used, vocab), vocab)
    job.industry_terms = [s for s in job.skills
                          if vocab.category(vocab.canonical(s) or "") in _INDUSTRY_CATEGORIES]
    return job
