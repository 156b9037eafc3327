"""A job ad pasted from an email: quoted-printable artefacts decoded, HTML entities unescaped,
and a forwarded ad's quoted body taken without the forwarder's note, headers and signature.

Each step runs only on clear evidence, so text that merely contains "=" or "&" is unchanged:
quoted-printable needs encoded multi-byte characters ("We=E2=80=99re"); an entity must be one
HTML defines ("&amp;", "&#8217;"); the quoted body must be five or more "> " lines holding at
least half of the text's lines.
"""

from __future__ import annotations

import html
import re

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
