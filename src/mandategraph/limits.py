"""A limit on the CPU time and the memory one document may take while it is read.

``ingest`` and ``build`` read each document under :func:`document_limits`: a document that needs
more than ``cpu_seconds`` of CPU (the process's CPU time, counted by ``ITIMER_PROF``) or more than
``memory_mib`` MiB of new address space (``RLIMIT_AS`` lowered to what the process holds plus the
limit, for the time of that document) stops with :class:`OverLimitError`, one line naming it,
and the other documents are still read. The defaults are :data:`DEFAULT_CPU_SECONDS` and
:data:`DEFAULT_MEMORY_MIB` (``--document-cpu`` and ``--document-memory``; 0 turns a limit off).

The CPU limit needs the main thread (a signal handler); elsewhere only the memory limit holds. The
memory limit needs Linux (``/proc/self/statm``); elsewhere only the CPU limit holds.
"""

from __future__ import annotations

import argparse
import math
import os
import resource
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from types import FrameType

from mandategraph.errors import InputError

DEFAULT_CPU_SECONDS = 30.0
DEFAULT_MEMORY_MIB = 1024
MIB = 1 << 20


class OverLimitError(InputError):
    """A document needed more CPU time or memory than the per-document limit; it was not read (exit 2)."""


@dataclass(frozen=True)
class DocumentLimits:
    """``cpu_seconds`` of CPU and ``memory_mib`` MiB of memory per document; 0 means no limit."""

    cpu_seconds: float = DEFAULT_CPU_SECONDS
    memory_mib: int = DEFAULT_MEMORY_MIB

    def __post_init__(self) -> None:
        if not (math.isfinite(self.cpu_seconds) and self.cpu_seconds >= 0):
            raise InputError(f"--document-cpu {self.cpu_seconds:g}: must be a number of seconds >= 0")
        if self.memory_mib < 0:
            raise InputError(f"--document-memory {self.memory_mib}: must be a number of MiB >= 0")


NO_LIMITS = DocumentLimits(0, 0)


def _address_space() -> int | None:
    """The bytes of address space the process holds now (None where /proc is not there)."""
    try:
        with open("/proc/self/statm", "rb") as statm:  # bytes: no text decoder for one number
            pages = int(statm.read().split()[0])
    except (OSError, ValueError, IndexError):
        return None
    return pages * os.sysconf("SC_PAGE_SIZE")


@contextmanager
def document_limits(name: str, limits: DocumentLimits, cpu_used: float = 0.0) -> Iterator[None]:
    """Read one document (``name``, for the message) within ``limits``; ``cpu_used`` is the CPU it
    already took in an earlier step. Raises :class:`OverLimitError` when it goes over."""
    cpu = limits.cpu_seconds
    over_cpu = OverLimitError(f"{name}: not read: over the limit of {cpu:g} s of CPU per document "
                              f"(--document-cpu raises it)")
    timer = cpu > 0 and threading.current_thread() is threading.main_thread()
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    held = _address_space() if limits.memory_mib > 0 else None
    if held is not None:
        ceiling = held + limits.memory_mib * MIB
        if hard != resource.RLIM_INFINITY:
            ceiling = min(ceiling, hard)
        if soft == resource.RLIM_INFINITY or ceiling < soft:
            resource.setrlimit(resource.RLIMIT_AS, (ceiling, hard))

    def expire(signum: int, frame: FrameType | None) -> None:
        raise over_cpu

    previous_handler = signal.signal(signal.SIGPROF, expire) if timer else None
    try:
        if timer:  # started last, inside the try: when it expires, everything is put back
            signal.setitimer(signal.ITIMER_PROF, max(cpu - cpu_used, 1e-3))
        yield
    except MemoryError:
        raise OverLimitError(f"{name}: not read: over the limit of {limits.memory_mib} MiB of memory per "
                             f"document (--document-memory raises it)") from None
    finally:
        if timer:
            signal.setitimer(signal.ITIMER_PROF, 0)
            signal.signal(signal.SIGPROF, previous_handler)
        if held is not None:
            resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """``--document-cpu`` and ``--document-memory``, for ``ingest`` and ``build``."""
    parser.add_argument("--document-cpu", metavar="SECONDS", type=float, default=DEFAULT_CPU_SECONDS,
                        help=f"the CPU time one document may take; a document over it is not read and named "
                             f"(default {DEFAULT_CPU_SECONDS:g}; 0: no limit)")
    parser.add_argument("--document-memory", metavar="MIB", type=int, default=DEFAULT_MEMORY_MIB,
                        help=f"the memory one document may take, in MiB; a document over it is not read and "
                             f"named (default {DEFAULT_MEMORY_MIB}; 0: no limit)")


def from_arguments(args: argparse.Namespace) -> DocumentLimits:
    return DocumentLimits(args.document_cpu, args.document_memory)
