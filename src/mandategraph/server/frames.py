"""The frames on a worker's pipe: those of :class:`multiprocessing.connection.Connection` (a 4-byte
big-endian length, or -1 and an 8-byte length, then a pickle), written and read by the web process
(``pool.Replies``) and the worker (``worker.Tasks``) with their own sockets calls, so that a task
can carry a descriptor and the event loop can read the replies itself."""

from __future__ import annotations

import pickle
import struct
from typing import Any


def encode(value: Any) -> bytes:
    data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    header = struct.pack("!i", len(data)) if len(data) <= 0x7FFFFFFF else \
        struct.pack("!i", -1) + struct.pack("!Q", len(data))
    return header + data


def bounds(buffer: bytearray) -> tuple[int, int] | None:
    """Where the first complete frame's payload starts and ends in ``buffer`` (None: incomplete)."""
    if len(buffer) < 4:
        return None
    (size,) = struct.unpack_from("!i", buffer)
    start = 4
    if size == -1:
        if len(buffer) < 12:
            return None
        (size,) = struct.unpack_from("!Q", buffer, 4)
        start = 12
    end = start + size
    return (start, end) if len(buffer) >= end else None
