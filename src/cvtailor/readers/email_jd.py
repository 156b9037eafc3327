"""A job ad pasted from an email: quoted-printable artefacts decoded, HTML entities unescaped,
and a forwarded ad's quoted body taken without the forwarder's note, headers and signature.

Each step runs only on clear evidence, so text that merely contains "=" or "&" is unchanged:
quoted-printable needs encoded multi-byte characters ("We=E2=80=99re"); an entity must be one
HTML defines ("&amp;", "&#8217;"); the quoted body must be five or more "> " lines holding at
least half of the text's lines.
"""

from __future__ import annotations

import email
import email.policy
import html
import re
from email.message import EmailMessage

# A UTF-8 multi-byte character written as quoted-printable: "=E2=80=99" (’), "=C3=A9" (é).
_QP_CHAR = re.compile(r"=[C-F][0-9A-F](?:=[89AB][0-9A-F]){1,3}")
_QP_RUN = re.compile(r"(?:=[0-9A-F]{2})+")
_ENTITY = re.compile(r"&(?:amp|lt|gt|quot|apos|nbsp|ndash|mdash|rsquo|lsquo|rdquo|ldquo|"
                     r"hellip|bull|#\d{2,6}|#x[0-9A-Fa-f]{2,5});")
_QUOTED = re.compile(r"^[ \t]*>[ \t]?")


def decode_quoted_printable(text: str) -> str:
    """Quoted-printable left in a pasted email ("We=E2=80=99re", "corporate=" at a line's end)
    decoded to UTF-8 text, when at least two encoded multi-byte characters show it is there."""
    if len(_QP_CHAR.findall(text)) < 2:
        return text
    text = re.sub(r"=\r?\n", "", text)  # soft line breaks

    def char(m: re.Match[str]) -> str:
        raw = bytes(int(m.group(0)[i + 1:i + 3], 16) for i in range(0, len(m.group(0)), 3))
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            return m.group(0)

    return _QP_RUN.sub(char, text)


def unescape_entities(text: str) -> str:
    """HTML entities a mail client or web page left in plain text ("&amp;" -> "&")."""
    return _ENTITY.sub(lambda m: html.unescape(m.group(0)).replace("\xa0", " "), text)


def quoted_body(text: str) -> str:
    """The quoted part of a forwarded or replied email ("> " lines), unquoted, when it holds
    at least five lines and half the text's non-empty lines; the text otherwise. A line a
    soft break left unquoted inside the block stays in it."""
    lines = text.split("\n")
    quoted = [i for i, line in enumerate(lines) if _QUOTED.match(line)]
    filled = [line for line in lines if line.strip()]
    if len(quoted) < 5 or len(quoted) * 2 < len(filled):
        return text
    body = lines[quoted[0]:quoted[-1] + 1]
    return "\n".join(_QUOTED.sub("", line, count=1) for line in body)


def unwrap_email(text: str) -> str:
    """A JD's plain text with email artefacts removed (see the module docstring)."""
    return quoted_body(unescape_entities(decode_quoted_printable(text)))


# A saved email (.eml): header lines from its first line to the first blank line.
_HEADER_LINE = re.compile(r"^(?:[A-Za-z][\w-]*:[^\n]*|[ \t]+\S[^\n]*)$")
_GREETING = re.compile(r"^(?:hi|hello|hey|dear|good (?:morning|afternoon))\b[^\n]{0,40}[,!]?$",
                       re.IGNORECASE)
_SIGN_OFF = re.compile(r"^(?:--|thanks|thank you|many thanks|best|best wishes|"
                       r"(?:kind |best |warm )?regards|cheers|sincerely|all the best)[,.!]?$",
                       re.IGNORECASE)
_SUBJECT_LEAD = re.compile(r"^(?:(?:re|fwd?|fw)\s*:\s*)*(?:(?:now hiring|we(?:'|’)re hiring|"
                           r"hiring|job opening|opening|vacancy|new role|job)\s*[:!–—-]\s*)?",
                           re.IGNORECASE)


def saved_email(text: str) -> str | None:
    """The ad in an email saved whole (an .eml file: "From:", "Subject:" ... headers, then the
    message), read with the standard library's email parser: the subject as the title (without
    "Now hiring:" or "Fwd:"), then the plain-text body (or the HTML body as Markdown), without
    the greeting and the sign-off and signature after it. None when the text is no email."""
    text = text.replace("\r\n", "\n")
    head = text.split("\n\n", 1)[0].split("\n")
    named = {line.split(":", 1)[0].lower() for line in head if ":" in line}
    if not all(_HEADER_LINE.match(line) for line in head) or not {"from", "subject"} <= named:
        return None
    message = email.message_from_string(text, policy=email.policy.default)
    if not isinstance(message, EmailMessage):
        return None
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None or not isinstance(part, EmailMessage):
        return None
    body = str(part.get_content())
    if part.get_content_type() == "text/html":
        from cvtailor.readers.html_jd import html_jd_to_markdown

        body = html_jd_to_markdown(body)
    lines = body.strip().split("\n")
    if lines and _GREETING.match(lines[0].strip()):
        lines = lines[1:]
    end = next((i for i in range(len(lines) - 1, len(lines) // 2, -1)
                if _SIGN_OFF.match(lines[i].strip())), len(lines))
    subject = _SUBJECT_LEAD.sub("", str(message.get("subject") or "")).strip()
    return (f"# {subject}\n\n" if subject else "") + "\n".join(lines[:end]).strip() + "\n"
