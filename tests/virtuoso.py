"""A throw-away Virtuoso for tests: Debian's virtuoso-opensource-7-bin on 127.0.0.1 only.

`start(folder)` writes a virtuoso.ini for a fresh database in `folder` (HTTP and SQL on
free loopback ports), runs `virtuoso-t +foreground`, waits (bounded) until /sparql answers,
sets the dba password to a generated value with isql, and returns a handle whose `stop()`
ends the server. Tests that need it skip when `virtuoso-t` is not on PATH.
"""

from __future__ import annotations

import secrets
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

VIRTUOSO = shutil.which("virtuoso-t")
ISQL = shutil.which("isql-vt") or shutil.which("isql")
MISSING = ("virtuoso-t is not on PATH: install Debian's virtuoso-opensource-7-bin "
           "(.ci/run does when apt-get is available)")

INI = """\
[Database]
DatabaseFile = {folder}/virtuoso.db
ErrorLogFile = {folder}/virtuoso.log
LockFile = {folder}/virtuoso.lck
TransactionFile = {folder}/virtuoso.trx
xa_persistent_file = {folder}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {folder}/virtuoso-temp.db
TransactionFile = {folder}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
ServerThreads = 10
CheckpointInterval = 60
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
MaxQueryMem = 200M
DirsAllowed = ., {folder}

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {folder}
MaxClientConnections = 10
ServerThreads = 10
EnabledDavVSP = 0

[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 60
"""


@dataclass
class Virtuoso:
    """A running Virtuoso: its SPARQL URL, the dba password, and how to stop it."""

    process: subprocess.Popen
    folder: Path
    http_port: int
    sql_port: int
    password: str = "dba"

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.http_port}/sparql"

    def log(self) -> str:
        path = self.folder / "virtuoso.log"
        return path.read_text(errors="replace")[-2000:] if path.exists() else ""

    def stop(self, wait: float = 15.0) -> None:
        """Ask the server to stop (SIGTERM: quick shutdown), then kill it if it lingers."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(wait)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def free_port() -> int:
    """A TCP port nothing listens on at 127.0.0.1 right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}?query=ASK%7B%7D", timeout=2) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError):
        return False


def start(folder: Path, wait: float = 60.0) -> Virtuoso:
    """Start Virtuoso on a fresh database in `folder`; raise with its log if it is not up in `wait` s."""
    folder.mkdir(parents=True, exist_ok=True)
    http_port, sql_port = free_port(), free_port()
    (folder / "virtuoso.ini").write_text(INI.format(folder=folder, http_port=http_port, sql_port=sql_port))
    with open(folder / "stdout.log", "wb") as out:
        process = subprocess.Popen([VIRTUOSO, "+foreground", "+configfile", "virtuoso.ini"], cwd=folder,
                                   stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    server = Virtuoso(process, folder, http_port, sql_port)
    deadline = time.monotonic() + wait
    while not _answers(server.url):
        if process.poll() is not None or time.monotonic() > deadline:
            server.stop()
            raise RuntimeError(f"Virtuoso did not start within {wait:g} s:\n{server.log()}")
        time.sleep(0.25)
    _set_password(server)
    return server


def _set_password(server: Virtuoso) -> None:
    """Replace the default dba/dba with a generated password (the server is loopback-only anyway)."""
    if ISQL is None:
        return
    password = secrets.token_hex(8)
    done = subprocess.run([ISQL, f"127.0.0.1:{server.sql_port}", "dba", server.password,
                           f"EXEC=USER_SET_PASSWORD('dba', '{password}');"],
                          capture_output=True, text=True, timeout=30)
    if done.returncode == 0 and "Error" not in done.stdout + done.stderr:
        server.password = password
