"""The small part of RFC 6455 live reload needs: the opening handshake and text, ping and close frames.

Written here rather than taken from a library because it is about a hundred lines, the standard
library's HTTP server already parses the upgrade request, and the server only ever exchanges short
JSON messages with browsers on the loopback interface.
"""

from __future__ import annotations

import base64
import hashlib
import os
import struct
import threading
from typing import BinaryIO

GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
TEXT, BINARY, CLOSE, PING, PONG, CONTINUATION = 0x1, 0x2, 0x8, 0x9, 0xA, 0x0
MAX_MESSAGE = 1 << 20  # browsers send hello and info messages; anything larger is not a live reload client


class ProtocolError(Exception):
    """The peer sent something that is not a WebSocket frame we accept."""


def accept_key(key: str) -> str:
    """Sec-WebSocket-Accept for a Sec-WebSocket-Key: base64(SHA-1(key + GUID))."""
    return base64.b64encode(hashlib.sha1((key.strip() + GUID).encode("ascii")).digest()).decode("ascii")


def encode_frame(payload: bytes, opcode: int = TEXT, *, mask: bool = False) -> bytes:
    """One final frame; servers send unmasked frames, clients (and tests acting as one) masked ones."""
    length = len(payload)
    header = bytes([0x80 | opcode])
    mask_bit = 0x80 if mask else 0
    if length < 126:
        header += bytes([mask_bit | length])
    elif length < 1 << 16:
        header += bytes([mask_bit | 126]) + struct.pack("!H", length)
    else:
        header += bytes([mask_bit | 127]) + struct.pack("!Q", length)
    if not mask:
        return header + payload
    key = os.urandom(4)
    return header + key + _unmask(payload, key)


def _unmask(payload: bytes, key: bytes) -> bytes:
    return bytes(b ^ key[i % 4] for i, b in enumerate(payload))


def _read_exactly(stream: BinaryIO, count: int) -> bytes:
    data = stream.read(count)
    if data is None or len(data) < count:
        raise EOFError("connection closed")
    return data


def read_frame(stream: BinaryIO) -> tuple[bool, int, bytes]:
    """(final, opcode, payload) of the next frame, unmasked."""
    first, second = _read_exactly(stream, 2)
    length = second & 0x7F
    if length == 126:
        length = struct.unpack("!H", _read_exactly(stream, 2))[0]
    elif length == 127:
        length = struct.unpack("!Q", _read_exactly(stream, 8))[0]
    if length > MAX_MESSAGE:
        raise ProtocolError("frame too large")
    key = _read_exactly(stream, 4) if second & 0x80 else None
    payload = _read_exactly(stream, length)
    return bool(first & 0x80), first & 0x0F, _unmask(payload, key) if key else payload


class WebSocket:
    """One open connection: `receive()` gives text messages (answering pings), `send()` is thread-safe."""

    def __init__(self, reader: BinaryIO, writer: BinaryIO, *, client: bool = False) -> None:
        self.reader = reader
        self.writer = writer
        self.client = client  # a client masks what it sends
        self.closed = False
        self._lock = threading.Lock()

    def send(self, text: str) -> bool:
        """Send a text message; False when the connection is gone."""
        return self._send_frame(text.encode("utf-8"), TEXT)

    def _send_frame(self, payload: bytes, opcode: int) -> bool:
        with self._lock:
            if self.closed:
                return False
            try:
                self.writer.write(encode_frame(payload, opcode, mask=self.client))
                self.writer.flush()
                return True
            except OSError:
                self.closed = True
                return False

    def receive(self) -> str | None:
        """The next text message, or None once the peer closed or broke the connection."""
        parts: list[bytes] = []
        while not self.closed:
            try:
                final, opcode, payload = read_frame(self.reader)
            except (EOFError, OSError, ProtocolError, ValueError):
                self.closed = True
                return None
            if opcode == PING:
                self._send_frame(payload, PONG)
            elif opcode == CLOSE:
                self._send_frame(payload[:2], CLOSE)
                self.closed = True
                return None
            elif opcode in (TEXT, BINARY, CONTINUATION):
                parts.append(payload)
                if final:
                    return b"".join(parts).decode("utf-8", "replace")
        return None

    def close(self) -> None:
        self._send_frame(b"\x03\xe8", CLOSE)  # 1000: normal closure
        self.closed = True
