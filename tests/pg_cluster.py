"""A throwaway PostgreSQL cluster for the tests: initdb in a temporary folder, started with
pg_ctl on a Unix socket only (no TCP port), stopped and removed afterwards.

PostgreSQL refuses to run as root (CI runs as root): then the cluster runs as the ``postgres``
system user that the Debian package creates. No running service is assumed.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path


def _bindir() -> Path | None:
    for pattern in ("/usr/lib/postgresql/*/bin",):
        found = sorted(glob.glob(pattern), key=lambda p: int(p.split("/")[-2]))
        if found:
            return Path(found[-1])
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


class Cluster:
    def __init__(self) -> None:
        bindir = _bindir()
        if bindir is None:
            raise RuntimeError("PostgreSQL is not installed (scripts/bootstrap.sh installs it)")
        self.bindir = bindir
        self.root = Path(tempfile.mkdtemp(prefix="csec-pg-"))
        self.data = self.root / "data"
        self.socket = self.root / "run"
        self.socket.mkdir()
        self.user: str | None = "postgres" if os.geteuid() == 0 else None
        if self.user:
            entry = pwd.getpwnam(self.user)
            for path in (self.root, self.socket):
                os.chown(path, entry.pw_uid, entry.pw_gid)
        self.url = f"postgresql:///csec?host={self.socket}&user=csec"

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        command = [str(self.bindir / args[0]), *args[1:]]
        if self.user:
            command = ["runuser", "-u", self.user, "--", *command]
        return subprocess.run(
            command, check=check, capture_output=True, text=True, timeout=120, cwd=self.root
        )

    def start(self) -> Cluster:
        self._run("initdb", "-D", str(self.data), "-U", "csec", "--auth=trust", "-E", "UTF8")
        with (self.data / "postgresql.conf").open("a") as conf:
            conf.write(
                f"listen_addresses = ''\nunix_socket_directories = '{self.socket}'\n"
                "fsync = off\nmax_connections = 100\nshared_buffers = 32MB\n"
            )
        self._ctl("start")
        self._run("createdb", "-h", str(self.socket), "-U", "csec", "csec")
        return self

    def _ctl(self, action: str) -> None:
        log = self.root / "server.log"
        args = ["pg_ctl", "-D", str(self.data), "-l", str(log), "-w", "-t", "60", action]
        if action == "stop" or action == "restart":
            args += ["-m", "fast"]
        self._run(*args)

    def restart(self) -> None:
        self._ctl("restart")

    def fresh_database(self, name: str) -> str:
        """A new empty database in the cluster; returns its URL."""
        self._run("createdb", "-h", str(self.socket), "-U", "csec", name)
        return f"postgresql:///{name}?host={self.socket}&user=csec"

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-w", "-m", "immediate", "stop", check=False)
        shutil.rmtree(self.root, ignore_errors=True)
