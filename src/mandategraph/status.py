"""The statuses of a link's evidence (``mg:asserted``, ``mg:unverified``, ``mg:verified``,
``mg:disputed``, by their local names) and the two orders they are compared in, written once."""

from __future__ import annotations

# Which of several statements of one link wins (a curator's review over what was read): the build's
# mg:effectiveStatus of a link and the status of an edge of the projection.
PRECEDENCE = ("asserted", "unverified", "verified", "disputed")

# How much a link weakens a chain it is part of: a chain's status is that of its weakest link.
SEVERITY = ("verified", "asserted", "unverified", "disputed")
