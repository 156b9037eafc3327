"""LaTeX CV -> Markdown-ish text: `\\section` -> `##`, `\\resumeSubheading`-style entry macros ->
`###` + a details line, `\\resumeItem` / `\\item` -> `- `; formatting macros keep their text.

Only the document body is read; user macros are recognised by name (heading/entry/item), not
expanded, so any template's `\\resumeSubheading{..}{..}{..}{..}` keeps all its arguments verbatim.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable

from cvtailor.errors import InputError

_ESCAPES = {"&": "&", "%": "%", "$": "$", "#": "#", "_": "_", "{": "{", "}": "}", " ": " ",
            ",": " ", ";": " ", ":": " ", "!": "", "-": "", "/": "", "'": "", "`": "", "\"": "",
            "~": "~", "^": "^", "@": ""}
_TEXT_ONE_ARG = {"textbf", "textit", "emph", "underline", "textsc", "texttt", "textrm", "textsf",
                 "mbox", "hbox", "text", "textnormal", "textmd", "textup", "uline", "mathrm",
                 "mathbf", "fbox", "url", "small", "large", "Large", "LARGE", "huge", "Huge",
                 "footnotesize", "scriptsize", "normalsize", "bfseries", "itshape", "scshape",
                 "centering", "raggedright", "raggedleft", "lowercase", "uppercase", "MakeUppercase",
                 "MakeLowercase", "faIcon"}
_DROP_ARGS = {"vspace": 1, "hspace": 1, "vskip": 0, "hskip": 0, "label": 1, "setlength": 2,
              "addtolength": 2, "usepackage": 1, "documentclass": 1, "pagestyle": 1,
              "thispagestyle": 1, "includegraphics": 1, "fontsize": 2, "selectfont": 0,
              "newpage": 0, "clearpage": 0, "pagebreak": 0, "noindent": 0, "hfill": 0,
              "vfill": 0, "titlerule": 0, "hline": 0, "cline": 1, "rule": 2, "extracolsep": 1,
              "color": 1, "def": 0, "phantom": 1, "faPhone": 0, "faEnvelope": 0, "faLinkedin": 0,
              "faGithub": 0, "faGlobe": 0, "faMapMarker": 0, "ding": 1}
_SYMBOLS = {"bullet": " • ", "cdot": " · ", "vert": " | ", "textbar": " | ", "ldots": "...",
            "dots": "...", "textendash": "–", "textemdash": "—", "LaTeX": "LaTeX", "TeX": "TeX",
            "ss": "ß", "o": "ø", "ae": "æ", "aa": "å", "textasciitilde": "~", "textbullet": " • ",
            "enspace": " ", "quad": " ", "qquad": " ", "newline": "\n", "par": "\n\n",
            "linebreak": "\n", "cr": "\n"}
_ACCENTS = {"'": "\u0301", "`": "\u0300", "^": "\u0302", '"': "\u0308", "~": "\u0303",
            "c": "\u0327", "v": "\u030c", "u": "\u0306", "=": "\u0304", ".": "\u0307"}


class _Reader:
    def __init__(self, text: str) -> None:
        self.s = text
        self.i = 0

    def group(self, open_: str = "{", close: str = "}") -> str | None:
        """The raw text of the next {...} (or [...]) group, or None when there is none."""
        j = self.i
        while j < len(self.s) and self.s[j] in " \t\r\n":
            j += 1
        if j >= len(self.s) or self.s[j] != open_:
            return None
        depth, k = 0, j
        while k < len(self.s):
            c = self.s[k]
            if c == "\\":
                k += 2
                continue
            if c == open_:
                depth += 1
            elif c == close:
                depth -= 1
                if depth == 0:
                    self.i = k + 1
                    return self.s[j + 1:k]
            k += 1
        self.i = len(self.s)
        return self.s[j + 1:]

    def groups(self, limit: int = 9) -> list[str]:
        args: list[str] = []
        while len(args) < limit:
            self.group("[", "]")  # optional arguments are dropped
            g = self.group()
            if g is None:
                break
            args.append(g)
        return args


def _strip_comments(text: str) -> str:
    return re.sub(r"(?<!\\)%[^\n]*", "", text)


MAX_DEPTH = 40  # command arguments inside command arguments; templates nest 5 or 6
MAX_COMMANDS = 50_000
_NAME = re.compile(r"[A-Za-z@]+\*?")
_PLAIN = re.compile(r"[^\\{}$&~]+")


# How deep argument conversion has gone and how many commands were read, per thread: input
# controls both, so both are bounded (an InputError, not a RecursionError or a hang).
_budget = threading.local()


def convert(text: str) -> str:
    """LaTeX -> text: commands by name, `&` as ` | `, `~` as a space. A bare group's braces
    are read in the same loop (no recursion); only command arguments recurse, up to
    MAX_DEPTH."""
    _budget.depth = getattr(_budget, "depth", 0) + 1
    try:
        if _budget.depth > MAX_DEPTH:
            raise InputError(f"CV LaTeX is nested more than {MAX_DEPTH} levels deep")
        r = _Reader(text)
        out: list[str] = []
        n = len(r.s)
        while r.i < n:
            c = r.s[r.i]
            if c == "\\":
                r.i += 1
                if r.i >= n:
                    break
                _budget.commands = getattr(_budget, "commands", 0) + 1
                if _budget.commands > MAX_COMMANDS:
                    raise InputError(f"CV LaTeX has more than {MAX_COMMANDS} commands")
                out.append(_after_backslash(r))
            elif c in "{}":
                r.i += 1  # a bare group's text is read where it stands
            else:
                m = _PLAIN.match(r.s, r.i)
                if m:
                    out.append(m.group(0))
                    r.i = m.end()
                else:
                    out.append(_CHARS.get(c, c))
                    r.i += 1
        return "".join(out)
    finally:
        _budget.depth -= 1


_CHARS = {"}": "", "$": "", "&": " | ", "~": " "}


def _after_backslash(r: _Reader) -> str:
    """What a backslash starts: a line break (`\\\\`), a command, an accent or an escape."""
    if r.s[r.i] == "\\":
        r.i += 1
        r.group("[", "]")
        return "\n"
    m = _NAME.match(r.s, r.i)
    if m:
        r.i += len(m.group(0))
        return _command(m.group(0), r)
    ch = r.s[r.i]
    r.i += 1
    if ch in _ACCENTS:  # \'e, \"{o}: the letter with a combining accent
        arg = r.group()
        if arg is None:
            arg = r.s[r.i] if r.i < len(r.s) else ""
            r.i += 1
        return arg + _ACCENTS[ch]
    return _ESCAPES.get(ch, ch)


def _command(name: str, r: _Reader) -> str:
    """The text of one command, its arguments read from `r`: structure commands by name,
    then symbols, dropped and text-only commands; any other is a user macro."""
    bare = name.rstrip("*")
    if bare in _STRUCTURE:
        return _STRUCTURE[bare](bare, r)
    if bare in _SYMBOLS:
        return _SYMBOLS[bare]
    if bare in _DROP_ARGS:
        for _ in range(_DROP_ARGS[bare]):
            r.group("[", "]")
            r.group()
        return ""
    if bare in _TEXT_ONE_ARG:
        g = r.group()
        return convert(g) if g is not None else ""
    if bare == "item":
        r.group("[", "]")
        return "\n- "
    return _user_macro(bare.lower(), r)


def _heading(bare: str, r: _Reader) -> str:
    args = r.groups(1)
    return f"\n\n## {_inline(convert(args[0])) if args else ''}\n\n"


def _environment(bare: str, r: _Reader) -> str:
    """\\begin / \\end: a line break; a tabular's column spec is skipped."""
    env = r.group() or ""
    if bare == "begin" and env.startswith("tabular"):
        r.groups(2 if env == "tabular*" else 1)
    elif bare == "begin":
        r.group("[", "]")
    return "\n"


def _href(bare: str, r: _Reader) -> str:
    """A link's text (its address when it has no text)."""
    args = r.groups(2)
    return convert(args[1]) if len(args) > 1 else convert(args[0]) if args else ""


def _last_arg(bare: str, r: _Reader) -> str:
    """\\textcolor{red}{text}, \\colorbox: the text only."""
    args = r.groups(2)
    return convert(args[-1]) if args else ""


def _definition(bare: str, r: _Reader) -> str:
    """\\newcommand and friends are skipped whole."""
    r.group()
    r.group("[", "]")
    r.group("[", "]")
    r.groups(2 if bare == "newenvironment" else 1)
    return ""


_STRUCTURE: dict[str, Callable[[str, _Reader], str]] = {
    **dict.fromkeys(("section", "subsection", "cvsection", "chapter"), _heading),
    "begin": _environment, "end": _environment, "href": _href,
    "textcolor": _last_arg, "colorbox": _last_arg,
    **dict.fromkeys(("newcommand", "renewcommand", "providecommand", "newenvironment"),
                    _definition),
}


def _user_macro(low: str, r: _Reader) -> str:
    """A template's own macro, by its name: an entry heading (`###` + a details line), an item
    (`- `), or any other (its arguments joined with ` | `)."""
    converted = [convert(a) for a in r.groups()]
    # An argument holding a list (moderncv's \cventry{..}{..}{..}{..}{..}{\begin{itemize}..})
    # is the entry's body: its bullets stay lines of their own under the heading.
    body = "".join("\n" + a.strip() + "\n" for a in converted if _BULLET_LINE.search(a))
    args = [_inline(a) for a in converted if not _BULLET_LINE.search(a)]
    args = [a for a in args if a]
    if "heading" in low or "entry" in low or low == "datedsubsection":
        if not args:
            return body
        if len(args) <= 2:
            return "\n\n### " + " | ".join(args) + "\n" + body
        return "\n\n### " + " | ".join(args[:2]) + "\n" + " | ".join(args[2:]) + "\n" + body
    if "item" in low:
        return "\n- " + ": ".join(args) + "\n" if args else ""
    return " | ".join(args)


_BULLET_LINE = re.compile(r"^[ \t]*-[ \t]+\S", re.M)


def _inline(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip(" |")


def _preamble_header(preamble: str) -> str:
    """moderncv and its kin set the name and contact details in the preamble (`\\name{First}
    {Last}`, `\\title`, `\\address`, `\\phone`, `\\email`) and print them with
    `\\makecvtitle`: they head the text as the name line and a contact line."""
    r = _Reader(preamble)
    found: dict[str, list[str]] = {}
    for m in re.finditer(r"\\(name|firstname|familyname|title|address|phone|mobile|email)\b",
                         preamble):
        r.i = m.end()
        args = [_inline(convert(a)) for a in r.groups(3)]
        found.setdefault(m.group(1), [a for a in args if a])
    name = found.get("name") or found.get("firstname", []) + found.get("familyname", [])
    if not name:
        return ""
    contact = [", ".join(found.get("address", []))] + [
        " ".join(found.get(k, [])) for k in ("phone", "mobile", "email")]
    lines = [" ".join(name), " ".join(found.get("title", [])), " | ".join(c for c in contact if c)]
    return "\n".join(line for line in lines if line) + "\n\n"


def latex_to_markdown(text: str) -> str:
    """A LaTeX CV -> Markdown-ish text: the document body converted, its first short
    line (the name) as the `# ` heading."""
    _budget.depth = _budget.commands = 0
    text = _strip_comments(text.replace("\r\n", "\n"))
    m = re.search(r"\\begin\{document\}(.*?)(?:\\end\{document\}|$)", text, re.S)
    body = m.group(1) if m else text
    raw = _preamble_header(text[:m.start()] if m else "") + convert(body)
    raw = raw.replace("---", "—").replace("--", "–").replace("``", "“").replace("''", "”")
    lines: list[str] = []
    for line in raw.split("\n"):
        line = re.sub(r"[ \t]+", " ", line).strip()
        line = re.sub(r"^(?:\|\s*)+|(?:\s*\|)+$", "", line).strip()
        line = re.sub(r"(?:\s*\|\s*){2,}", " | ", line)
        if line in ("-", "|"):
            continue
        lines.append(line)
    out = "\n".join(lines)
    out = re.sub(r"\n{3,}", "\n\n", out).strip()
    out = re.sub(r"^(- .*)\n\n(?=- )", r"\1\n", out, flags=re.M)  # a list's items, one per line
    # the first line of the preamble is the name
    first = out.split("\n", 1)
    head = first[0].split(" | ", 1)
    if head[0] and not head[0].startswith("#") and len(head[0].split()) <= 5:
        rest = [h for h in (head[1] if len(head) > 1 else "", first[1] if len(first) > 1 else "")
                if h]
        out = f"# {head[0]}\n\n" + "\n".join(rest)
    return out + "\n"
