"""Writing files so that nothing is lost: a file is written beside its target, flushed to disk and
renamed over it, so a reader (or a power cut) sees the old file or the new one, never half of one."""

from __future__ import annotations

import contextlib
import hashlib
import os
from pathlib import Path

from mandategraph.errors import from_os_error


def write_atomic(path: Path, data: bytes, what: str = "") -> None:
    """``data`` to ``path`` atomically; an OSError becomes the error of its kind naming ``what``
    (default: the path): disk full is an environment failure (exit 3), a missing folder bad input."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise from_os_error(exc, what or str(path), "cannot write") from exc
    fsync_directory(path.parent)


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_directory(path: Path) -> None:
    """Make a directory's entries (new, renamed files) durable."""
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def text_of_name(name: str) -> str:
    """A file name or argument as valid text: bytes that were not UTF-8 (kept by Python as lone
    surrogates) are written as ``\\xff`` escapes, so the name can go into RDF and messages."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def file_digest(path: Path) -> str:
    """The SHA-256 of a file's bytes, in hexadecimal (a source's record, the shapes a run was
    validated with)."""
    with open(path, "rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()
