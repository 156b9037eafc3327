"""Files that hold a CV (the session store, the semantic index, the LLM cache, the outputs)
are the user's alone: directories cvtailor creates are 0700 and its files 0600, set
explicitly (a process-wide umask would race with other threads)."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

DIR_MODE = 0o700
FILE_MODE = 0o600


def private_dir(path: str | Path) -> Path:
    """Create `path` (and missing parents) as 0700; an existing directory cvtailor did not
    create keeps its mode, except that group/other lose write access."""
    p = Path(path).expanduser()
    existed = p.exists()
    p.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    with contextlib.suppress(OSError):
        if not existed:
            p.chmod(DIR_MODE)
    return p


def private_file(path: str | Path) -> Path:
    """Create `path` empty as 0600 if missing, or make an existing one 0600."""
    p = Path(path).expanduser()
    with contextlib.suppress(OSError):
        os.close(os.open(p, os.O_CREAT | os.O_WRONLY, FILE_MODE))
        p.chmod(FILE_MODE)
    return p


def write_private(path: str | Path, data: bytes | str) -> Path:
    """Write `data` to `path` as a 0600 file (UTF-8 for text), atomically: the bytes go to a
    temporary file in the same directory, are flushed to disk, and `os.replace` puts it in
    place, so a reader (or a kill mid-write) sees the old file or the new one, never half."""
    p = Path(path).expanduser()
    blob = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(dir=p.parent, prefix=f".{p.name}.", suffix=".tmp")  # 0600
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(blob)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, FILE_MODE)  # O_CREAT's mode is masked by the umask; be explicit
        os.replace(tmp, p)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return p


def private_tree(path: str | Path) -> None:
    """Every directory under `path` 0700 and every file 0600 (a library wrote them)."""
    root = Path(path)
    if not root.exists():
        return
    with contextlib.suppress(OSError):
        root.chmod(DIR_MODE)
    for base, dirs, files in os.walk(root):
        for d in dirs:
            with contextlib.suppress(OSError):
                os.chmod(os.path.join(base, d), DIR_MODE)
        for f in files:
            with contextlib.suppress(OSError):
                os.chmod(os.path.join(base, f), FILE_MODE)
