"""push over HTTP Basic: the real Oxigraph server behind a reverse proxy that asks for Basic
credentials (as an nginx or Apache in front of a SPARQL server does). Digest is tested against
Virtuoso's own authenticated Graph Store address (tests/test_remote_virtuoso.py)."""

from __future__ import annotations

import base64
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pyoxigraph as ox
import pytest

from mandategraph.cli import main
from mandategraph.remote import push
from tests.test_remote import Server, named

USER, PASSWORD = "curator", "s3cret: with a colon"


def basic_proxy(upstream: str) -> ThreadingHTTPServer:
    expected = "Basic " + base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def forward(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else None
            if self.headers.get("Authorization") != expected:
                self.send_response(401)
                self.send_header("WWW-Authenticate", 'Basic realm="mandategraph"')
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            headers = {k: v for k, v in self.headers.items() if k.lower() in ("content-type", "accept")}
            request = urllib.request.Request(upstream + self.path, data=body, method=self.command, headers=headers)
            try:
                with urllib.request.urlopen(request, timeout=60) as response:
                    status, data = response.status, response.read()
            except urllib.error.HTTPError as exc:
                status, data = exc.code, exc.read()
            self.send_response(status)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        do_GET = do_PUT = do_POST = do_DELETE = forward  # noqa: N815 (http.server's naming)

    return ThreadingHTTPServer(("127.0.0.1", 0), Handler)


@pytest.fixture(scope="module")
def guarded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Server]]:
    server = Server(tmp_path_factory.mktemp("oxigraph-auth") / "db")
    server.start()
    proxy = basic_proxy(server.base)
    thread = threading.Thread(target=proxy.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{proxy.server_address[1]}/store", server
    proxy.shutdown()
    server.stop()


def test_push_with_basic_credentials_from_the_environment(guarded: tuple[str, Server], store: ox.Store,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    url, server = guarded
    monkeypatch.setenv("MANDATEGRAPH_USER", USER)
    monkeypatch.setenv("MANDATEGRAPH_PASSWORD", PASSWORD)
    assert push(store, url).triples == len(named(store))
    assert server.quads() == named(store)


def test_push_with_basic_credentials_from_netrc(guarded: tuple[str, Server], store: ox.Store, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    url, server = guarded
    monkeypatch.delenv("MANDATEGRAPH_USER", raising=False)
    monkeypatch.delenv("MANDATEGRAPH_PASSWORD", raising=False)
    netrc = tmp_path / "netrc"
    netrc.write_text(f'machine 127.0.0.1\n  login {USER}\n  password "{PASSWORD}"\n', encoding="utf-8")
    netrc.chmod(0o600)
    monkeypatch.setenv("NETRC", str(netrc))
    assert push(store, url, chunk=200).triples == len(named(store))  # chunked too: every request authenticated
    assert server.quads() == named(store)


def test_no_or_wrong_credentials_exit_2_in_one_line(guarded: tuple[str, Server], built: object, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    url, _ = guarded
    monkeypatch.delenv("MANDATEGRAPH_USER", raising=False)
    monkeypatch.delenv("MANDATEGRAPH_PASSWORD", raising=False)
    monkeypatch.setenv("NETRC", str(tmp_path / "absent"))
    assert main(["push", "--graph-store", url, "--quiet"]) == 2
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and "HTTP 401" in err and "MANDATEGRAPH_USER" in err
    monkeypatch.setenv("MANDATEGRAPH_USER", USER)
    monkeypatch.setenv("MANDATEGRAPH_PASSWORD", "wrong")
    assert main(["push", "--graph-store", url, "--quiet"]) == 2
    assert "HTTP 401" in capsys.readouterr().err
