"""The part of PDF reading that runs pypdf: positioned text fragments per page, with text the
page hides left out (white or near-white on a page without coloured areas, under 4 pt,
invisible render mode, off the page). It imports nothing from cvtailor, so `pdf.py` can run
it in a separate, resource-limited process: a PDF that makes pypdf loop, eat memory or crash
(SIGSEGV) costs that process, not the caller.

Run as a script it reads the PDF on stdin and writes one JSON object on stdout."""

from __future__ import annotations

import json
import logging
import math
import re
import sys
from io import BytesIO
from typing import Any

MAX_PAGES = 30
MAX_FRAGMENTS = 60_000  # text pieces in the whole PDF; a dense CV page has a few hundred
MAX_OPERATIONS = 400_000  # content-stream operations in the whole PDF


class Refused(Exception):
    """A PDF this reader will not read: (code, detail)."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(code, detail)
        self.code, self.detail = code, detail


def _num(x: Any) -> float:
    try:
        return float(x)
    except (TypeError, ValueError):
        return 0.0


def _fill(op: bytes, args: list[Any], fill: tuple[float, ...] | None) -> tuple[float, ...] | None:
    """The fill colour after a colour operator, as RGB (None: unknown, e.g. a pattern)."""
    nums = [_num(a) for a in args if isinstance(a, int | float) or hasattr(a, "as_numeric")]
    if op == b"g" or (op in (b"sc", b"scn") and len(nums) == 1):
        return (nums[0],) * 3 if nums else fill
    if op == b"rg" or (op in (b"sc", b"scn") and len(nums) == 3):
        return tuple(nums[:3]) if len(nums) >= 3 else fill
    if op == b"k" or (op in (b"sc", b"scn") and len(nums) == 4):
        if len(nums) < 4:
            return fill
        c, m, y, k = nums[:4]
        return ((1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k))
    return None if op in (b"cs", b"sc", b"scn") else fill


def _op_text(args: list[Any]) -> str:
    parts: list[str] = []
    for a in args:
        if isinstance(a, list):
            parts.append(_op_text(a))
        elif isinstance(a, bytes | str):
            parts.append(a.decode("latin-1", "replace") if isinstance(a, bytes) else str(a))
        elif hasattr(a, "original_bytes"):
            parts.append(a.original_bytes.decode("latin-1", "replace"))
    return "".join(parts)


def hide_invisible(page: Any, budget: list[int]) -> list[tuple[str, str]]:
    """Remove the text-showing operations a reader cannot see from the page's content stream;
    (why, raw text) for each. White text counts as hidden only on a page that paints no
    coloured area (white on a dark sidebar is visible)."""
    from pypdf.generic import ContentStream, NameObject

    contents = page.get_contents()
    if contents is None:
        return []
    stream = ContentStream(contents, page.pdf)
    ops = stream.operations
    budget[0] -= len(ops)
    if budget[0] < 0:
        raise Refused("operations", f"more than {MAX_OPERATIONS} drawing operations")
    coloured = any(op in (b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*", b"Do", b"sh")
                   for _, op in ops)
    state: dict[str, Any] = {"fill": (0.0, 0.0, 0.0), "tr": 0, "size": 0.0, "scale": 1.0,
                             "ctm": 1.0}
    saved: list[dict[str, Any]] = []
    kept: list[Any] = []
    found: list[tuple[str, str]] = []
    for args, op in ops:
        if op == b"q":
            saved.append(dict(state))
        elif op == b"Q" and saved:
            state = saved.pop()
        elif op in (b"g", b"rg", b"k", b"sc", b"scn", b"cs"):
            state["fill"] = _fill(op, list(args), state["fill"])
        elif op == b"Tr" and args:
            state["tr"] = int(_num(args[0]))
        elif op == b"Tf" and len(args) >= 2:
            state["size"] = abs(_num(args[1]))
        elif op == b"Tm" and len(args) >= 4:
            state["scale"] = math.hypot(_num(args[2]), _num(args[3])) or 1.0
        elif op == b"BT":
            state["scale"] = 1.0
        elif op == b"cm" and len(args) >= 4:
            state["ctm"] *= math.hypot(_num(args[2]), _num(args[3])) or 1.0
        elif op in (b"Tj", b"TJ", b"'", b'"'):
            eff = state["size"] * state["scale"] * state["ctm"]
            fill = state["fill"]
            why = ("invisible" if state["tr"] in (3, 7) else
                   "white" if fill is not None and min(fill) >= 0.94 and not coloured else
                   "tiny" if 0 < eff < 4 else "")
            if why:
                text = _op_text(list(args))
                if text.strip():
                    found.append((why, text))
                continue
        kept.append((args, op))
    if found:
        stream.operations = kept
        page[NameObject("/Contents")] = stream
    return found


def page_fragments(page: Any, budget: list[int]) -> list[tuple[float, float, float, str]]:
    """(x, y, font size, text) of every text piece pypdf places on the page."""
    frags: list[tuple[float, float, float, str]] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: float) -> None:
        if not text or not text.strip():
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        scale = abs(tm[0] * cm[0]) or abs(tm[3] * cm[3]) or 1.0
        eff = abs(size * scale) or 10.0
        for n, part in enumerate(text.split("\n")):
            if part.strip():
                budget[1] -= 1
                if budget[1] < 0:
                    raise Refused("fragments", f"more than {MAX_FRAGMENTS} pieces of text")
                frags.append((float(x), float(y) - n * eff * 1.2, float(eff), part))

    page.extract_text(visitor_text=visit)
    return frags


MAX_LINKS = 200  # web links read from one page's annotations


def page_links(page: Any) -> list[tuple[float, float, float, float, str]]:
    """(x0, y0, x1, y1, url) of each web link annotation on the page (http, https or www:
    not mail or phone links, whose text already says them); none when they cannot be read."""
    out: list[tuple[float, float, float, float, str]] = []
    try:
        for ref in list(page.get("/Annots") or [])[:MAX_LINKS]:
            annot = ref.get_object()
            action = annot.get("/A") or {}
            uri = str(action.get("/URI") or "").strip()
            if annot.get("/Subtype") != "/Link" or not re.match(r"(?i)(?:https?://|www\.)\S+$",
                                                                  uri):
                continue
            x0, y0, x1, y1 = (float(v) for v in annot["/Rect"])
            out.append((min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1), uri))
    except Exception:  # a damaged annotation costs its links, not the page's text
        return out
    return out


def extract(data: bytes) -> dict[str, Any]:
    """{"pages": [{"width", "height", "frags": [[x, y, size, text], ...], "links": [[x0, y0,
    x1, y1, url], ...]}], "hidden": [[why, text], ...], "producer": str}; Refused for a PDF
    that is not read."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError, PyPdfError

    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
    try:
        reader = PdfReader(BytesIO(data))
        if reader.is_encrypted:
            try:
                reader.decrypt("")
            except Exception:
                raise Refused("encrypted") from None
        pages = list(reader.pages)
    except Refused:
        raise
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, OSError, AttributeError,
            IndexError, RecursionError, AssertionError, ZeroDivisionError, OverflowError,
            NotImplementedError, LookupError) as exc:
        raise Refused("damaged", _detail(exc)) from None
    if len(pages) > MAX_PAGES:
        raise Refused("pages", str(len(pages)))
    budget = [MAX_OPERATIONS, MAX_FRAGMENTS]
    out: list[dict[str, Any]] = []
    hidden: list[tuple[str, str]] = []
    unchecked: list[int] = []  # pages whose drawing operations could not be checked
    for page in pages:
        try:
            box = page.mediabox
            width, height = float(box.width), float(box.height)
            try:
                found = hide_invisible(page, budget)
            except Refused:
                raise
            except Exception:  # content pypdf's own text extraction may still read
                found = [("unchecked", "")]
            frags = page_fragments(page, budget)
        except Refused:
            raise
        except Exception as exc:
            raise Refused("damaged", _detail(exc)) from None
        # off the page: placed where no viewer shows it
        on = [f for f in frags if -5 <= f[0] <= width + 5 and -5 <= f[1] <= height + 5]
        found += [("off-page", f[3]) for f in frags if f not in on]
        hidden += [f for f in found if f[0] != "unchecked"]
        if any(f[0] == "unchecked" for f in found):
            unchecked.append(len(out) + 1)
        out.append({"width": width, "height": height, "frags": on, "links": page_links(page)})
    try:
        meta = dict(reader.metadata or {})
        producer = f"{meta.get('/Producer', '')} {meta.get('/Creator', '')}"
    except Exception:
        producer = ""
    return {"pages": out, "hidden": hidden, "producer": producer, "unchecked": unchecked}


def _detail(exc: BaseException) -> str:
    """A library error as a short reason (its message; the pypdf object numbers dropped)."""
    text = " ".join(str(exc).split())
    text = text.split(" for IndirectObject")[0].split(" at 0x")[0]
    return text[:160] or "its structure could not be read"


def _limit(memory_mb: int, cpu_s: int) -> None:
    try:
        import resource
    except ImportError:  # pragma: no cover - not on Windows
        return
    limit = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_s, cpu_s + 1))


def main() -> None:
    """Worker entry: argv = [memory MB, CPU seconds]; PDF on stdin; JSON on stdout."""
    _limit(int(sys.argv[1]), int(sys.argv[2]))
    data = sys.stdin.buffer.read()
    sys.setrecursionlimit(3000)
    try:
        result: dict[str, Any] = {"ok": extract(data)}
    except Refused as exc:
        result = {"error": exc.code, "detail": exc.detail}
    except MemoryError:
        result = {"error": "memory"}
    except RecursionError:
        result = {"error": "damaged", "detail": "nested too deeply"}
    except Exception as exc:  # any other library failure is still one reason, not a traceback
        result = {"error": "damaged", "detail": _detail(exc)}
    sys.stdout.write(json.dumps(result))


if __name__ == "__main__":
    main()
