"""A minimal Socket Mode endpoint: a real WebSocket server on 127.0.0.1 that sends envelopes and records acks."""

from __future__ import annotations

import base64
import hashlib
import json
import socket
import struct
import threading
import time
from typing import Any

_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"  # RFC 6455's fixed handshake GUID
TEXT, CLOSE, PING, PONG = 0x1, 0x8, 0x9, 0xA


class FakeSocketMode:
    """Accepts Slack's Socket Mode client, sends it queued envelopes, and records what it sends back."""

    def __init__(self) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"ws://127.0.0.1:{self.listener.getsockname()[1]}/link"
        self.received: list[dict[str, Any]] = []
        self.outbox: list[dict[str, Any]] = []
        self.lock = threading.Lock()
        self.connected = threading.Event()
        self.stopped = threading.Event()
        threading.Thread(target=self._serve, daemon=True).start()

    def send(self, envelope: dict[str, Any]) -> None:
        with self.lock:
            self.outbox.append(envelope)

    def wait_for_ack(self, envelope_id: str, timeout: float = 5.0) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self.lock:
                if any(m.get("envelope_id") == envelope_id for m in self.received):
                    return True
            time.sleep(0.02)
        return False

    def close(self) -> None:
        self.stopped.set()
        self.listener.close()

    def _serve(self) -> None:
        try:
            conn, _ = self.listener.accept()
        except OSError:
            return
        with conn:
            self._handshake(conn)
            conn.settimeout(0.05)
            self.connected.set()
            self._send_frame(conn, TEXT, json.dumps({"type": "hello", "num_connections": 1}).encode())
            while not self.stopped.is_set():
                with self.lock:
                    pending, self.outbox = self.outbox, []
                for envelope in pending:
                    self._send_frame(conn, TEXT, json.dumps(envelope).encode())
                try:
                    opcode, payload = self._read_frame(conn)
                except TimeoutError:
                    continue
                except OSError:
                    return
                if opcode == PING:
                    self._send_frame(conn, PONG, payload)
                elif opcode == TEXT:
                    with self.lock:
                        self.received.append(json.loads(payload))
                elif opcode == CLOSE:
                    return

    @staticmethod
    def _handshake(conn: socket.socket) -> None:
        request = b""
        while b"\r\n\r\n" not in request:
            request += conn.recv(4096)
        headers = dict(line.split(": ", 1) for line in request.decode().split("\r\n")[1:] if ": " in line)
        accept = base64.b64encode(hashlib.sha1((headers["Sec-WebSocket-Key"] + _GUID).encode()).digest()).decode()
        conn.sendall(
            "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            f"Sec-WebSocket-Accept: {accept}\r\n\r\n".encode()
        )

    @staticmethod
    def _recv_exactly(conn: socket.socket, size: int) -> bytes:
        data = b""
        while len(data) < size:
            try:
                chunk = conn.recv(size - len(data))
            except TimeoutError:
                if not data:
                    raise
                continue
            if not chunk:
                raise OSError("connection closed")
            data += chunk
        return data

    def _read_frame(self, conn: socket.socket) -> tuple[int, bytes]:
        first, second = self._recv_exactly(conn, 2)
        length = second & 0x7F
        if length == 126:
            length = struct.unpack(">H", self._recv_exactly(conn, 2))[0]
        elif length == 127:
            length = struct.unpack(">Q", self._recv_exactly(conn, 8))[0]
        mask = self._recv_exactly(conn, 4) if second & 0x80 else b"\0\0\0\0"
        payload = bytes(b ^ mask[i % 4] for i, b in enumerate(self._recv_exactly(conn, length)))
        return first & 0x0F, payload

    @staticmethod
    def _send_frame(conn: socket.socket, opcode: int, payload: bytes) -> None:
        header = bytes([0x80 | opcode])
        if len(payload) < 126:
            header += bytes([len(payload)])
        elif len(payload) < 1 << 16:
            header += bytes([126]) + struct.pack(">H", len(payload))
        else:
            header += bytes([127]) + struct.pack(">Q", len(payload))
        conn.sendall(header + payload)
