"""What can go wrong, one type per kind of failure, each with its exit code.

The library raises these; :func:`mandategraph.cli.main` is the one place that turns them into one
line on standard error and an exit code (the same table is in docs and README):

====  ===========================================================================================
0     success
1     findings: SHACL violations, nothing found (no rows, no such item or mandate)
2     bad input: a wrong argument or parameter, a file that cannot be read or parsed, a document over
      the per-document limit of CPU time or memory, no build yet, an empty build (nothing to validate),
      a corrupt build
3     the environment failed: disk full, file too large, no permission, a port already in use,
      another build running
4     a bug in mandategraph (the line says so; ``--debug`` shows the traceback)
130   interrupted (Ctrl-C)
====  ===========================================================================================

Every message names its culprit: the file (and line), the parameter or the address.
"""

from __future__ import annotations

import errno
import os
import re

OK, FINDINGS, BAD_INPUT, ENVIRONMENT, BUG, INTERRUPTED = 0, 1, 2, 3, 4, 130


class MandategraphError(Exception):
    """The base of every error mandategraph reports on one line; ``exit_code`` says which kind."""

    exit_code = BAD_INPUT


class InputError(MandategraphError):
    """A bad argument, parameter or file; the message names it (exit 2)."""


class NoBuildError(InputError):
    """There is no built dataset yet (exit 2)."""


class CorruptBuildError(InputError):
    """The built dataset cannot be read (truncated, garbage); the message names the file (exit 2)."""


class EmptyBuildError(InputError):
    """The built dataset holds nothing the shapes apply to: there is nothing to validate (exit 2)."""


class NotFound(MandategraphError):
    """What was asked for is not in the graph: an item, a mandate, a scope (exit 1, a finding)."""

    exit_code = FINDINGS


class EnvironmentFailure(MandategraphError):
    """The machine refused: disk full, file too large, no permission, port busy (exit 3)."""

    exit_code = ENVIRONMENT


class BuildLockedError(EnvironmentFailure):
    """Another build of the same build directory is running (exit 3)."""


class BuildAborted(EnvironmentFailure):
    """A build was stopped by a signal before it swapped (exit 3); nothing was changed."""


# errno values that mean "the machine", not "the input"
ENVIRONMENT_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EACCES, errno.EPERM, errno.EROFS,
                                errno.EADDRINUSE, errno.EADDRNOTAVAIL, errno.ENOMEM, errno.EMFILE, errno.ENFILE,
                                errno.EIO, errno.EPIPE})


def from_os_error(exc: OSError, what: str = "", doing: str = "") -> MandategraphError:
    """An :class:`OSError` as the error of its kind, one line naming ``what`` (or the file) and what
    was being done (``"cannot write"``)."""
    culprit = what or (str(exc.filename) if exc.filename else "")
    code = exc.errno
    reason = exc.strerror or str(exc) or type(exc).__name__
    rust = re.search(r"\(os error (\d+)\)", reason)  # pyoxigraph's OSError carries its errno in the text
    if code is None and rust:
        code = int(rust.group(1))
        reason = os.strerror(code)
    if doing:
        reason = f"{doing}: {reason}"
    line = f"{culprit}: {reason}" if culprit else reason
    if code in ENVIRONMENT_ERRNOS:
        return EnvironmentFailure(line)
    return InputError(line)
