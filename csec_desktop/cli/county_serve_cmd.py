"""``csec county serve`` and ``csec county set-service``: the county's receiving service.

``serve`` signs in to the county vault once (the passphrase from standard input, as every
county command), reads the county's keys into memory and serves laptops over HTTPS until
stopped (Ctrl+C or SIGTERM). With ``--database`` the intake store is PostgreSQL and the vault
is closed again at once, so several service processes and the county's other commands can run
side by side; on the embedded store the service holds the vault while it runs.
"""

from __future__ import annotations

import argparse
import socket
import sys
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, TextIO

from csec_desktop.cli.common import emit
from csec_desktop.cli.county_session import (
    add_county_account,
    county_signed_in,
    sign_in_county,
    write_trust_file,
)
from csec_desktop.core.county.authority import CountyAuthority
from csec_desktop.core.county.store_backend import open_store
from csec_desktop.core.errors import CsecError, UsageError
from csec_desktop.core.sync.tls_pin import spki_sha256
from csec_desktop.core.sync.trust import TrustService

if TYPE_CHECKING:
    from csec_desktop.core.county_service.runner import TlsFiles

DEFAULT_LISTEN = "127.0.0.1:8443"
NOT_IN_THIS_PROGRAM = (
    "the county's receiving service is not part of the laptop program; run it from the "
    "csec-desktop package installed on the county's server (see docs/sync-protocol.md)"
)


def _service() -> ModuleType:
    """The service stack (Starlette, uvicorn), loaded only by the two commands that use it:
    the laptop's frozen program leaves it out (docs/packaging.md)."""
    try:
        from csec_desktop.core.county_service import runner
    except ImportError:
        raise UsageError(NOT_IN_THIS_PROGRAM) from None
    return runner


def register_serve(sub: Any) -> None:
    serve = sub.add_parser("serve", help="run the receiving service laptops sync with (HTTPS)")
    add_county_account(serve, json=False)
    serve.add_argument(
        "--listen", default=DEFAULT_LISTEN, metavar="HOST:PORT",
        help=f"address to listen on (default {DEFAULT_LISTEN}; 0.0.0.0:8443 for the network)",
    )  # fmt: skip
    serve.add_argument("--tls-cert", type=Path, help="PEM certificate (default: the county's own)")
    serve.add_argument("--tls-key", type=Path, help="PEM private key for --tls-cert")
    serve.add_argument("--log", type=Path, help="append the JSON-lines log here (default stderr)")
    serve.set_defaults(func=_serve)

    setsvc = sub.add_parser(
        "set-service", help="name the service and its TLS key in a new trust file for laptops"
    )
    add_county_account(setsvc)
    setsvc.add_argument("--url", required=True, help="e.g. https://csec-intake.county.example:8443")
    setsvc.add_argument("--tls-cert", type=Path, help="the service's certificate (default: own)")
    setsvc.add_argument("--out", type=Path, required=True, help="the new trust file to write")
    setsvc.set_defaults(func=_set_service)


def _tls(args: argparse.Namespace, host: str) -> TlsFiles:
    if (args.tls_cert is None) != (args.tls_key is None):
        raise UsageError("give both --tls-cert and --tls-key, or neither (the county's own)")
    if args.tls_cert is not None:
        tls: TlsFiles = _service().TlsFiles(args.tls_cert, args.tls_key)
        return tls
    name = socket.gethostname() if host in ("0.0.0.0", "::", "") else host  # noqa: S104
    own: TlsFiles = _service().county_tls(args.county_dir, name)
    return own


def _serve(args: argparse.Namespace) -> int:
    runner = _service()
    from csec_desktop.core.county_service.app import ServiceContext
    from csec_desktop.core.county_service.service_log import ServiceLog

    host, port = runner.parse_listen(args.listen)
    tls = _tls(args, host)
    session = sign_in_county(args, wait_seconds=60 if args.database else 0)
    store = None
    stream: TextIO = sys.stderr
    try:
        store = open_store(args.database, session.db)
        embedded = store.kind == "embedded"
        with store.connection() as db:
            audit = session.audit if embedded else store.audit(db, session.vault.clock)
            authority = CountyAuthority(session.db, audit, "receiving-service", store=db)
        if not embedded:
            session.sign_out()  # the keys are in memory; the vault is free for other commands
        if args.log is not None:
            stream = args.log.open("a", encoding="utf-8")
        log = ServiceLog(stream, session.vault.clock)
        ctx = ServiceContext(
            store=store,
            authority=authority,
            clock=session.vault.clock,
            spool=args.county_dir / "incoming",
            log=log,
            vault_audit=session.audit if embedded else None,
        )
        pin = tls.pin
        named = authority.service()
        log.write("started", {"outcome": f"https://{host}:{port} store={store.kind} pin={pin}"})
        if named is None or named.tls_spki_sha256 != pin:
            unnamed = "the trust file does not name this TLS key yet; run 'csec county "
            log.write("warning", {"error": unnamed + "set-service' and give laptops the file"})
        runner.make_server(ctx, host, port, tls).run()
        log.write("stopped", {})
    finally:
        if store is not None:
            store.close()
        if not session.is_locked:
            session.sign_out()
        if stream is not sys.stderr:
            stream.close()
    return 0


def _set_service(args: argparse.Namespace) -> int:
    cert = args.tls_cert or _service().county_tls(args.county_dir, _host_of(args.url)).cert
    try:
        pin = spki_sha256(cert.read_bytes())
    except OSError as exc:
        raise UsageError(f"cannot read the certificate {cert}: {exc.strerror}") from None
    service = TrustService(args.url.rstrip("/"), pin)
    presented = _presented_pin(service.url)
    if presented is not None and presented != pin:
        raise UsageError(
            f"the service at {service.url} presents another certificate (key pin {presented}) "
            f"than {cert} ({pin}); laptops would refuse it. Nothing was changed."
        )
    checked = (
        "The service presents this certificate (checked)."
        if presented is not None
        else f"The certificate could not be checked: {service.url} did not answer. Check that "
        "the service presents it before laptops sync."
    )
    with county_signed_in(args) as (county, authority):
        trust = authority.set_service(county.vault_session.db, service, county.vault.clock())
        if trust is not None:
            write_trust_file(args.out, trust, authority)
        version = authority.current_trust().version
    if trust is None:
        emit(
            args,
            {"url": service.url, "tls_spki_sha256": pin, "trust_version": None,
             "needs_root": True, "out": None, "written": False},
            f"Staged, NOT yet in force: laptops are to sync with {service.url} (TLS key pin "
            f"{pin}).\n{checked}\n"
            f"{args.out} was NOT written: the county root is offline, so only it can sign this "
            "change. Until then enrolments and revocations keep the settings the root last "
            "signed. To sign it, run 'csec county root delegate --key-file ROOT_KEY_FILE "
            f"--out {args.out}' (it lists the change and asks you to confirm).",
        )  # fmt: skip
        return 0
    emit(
        args,
        {"url": service.url, "tls_spki_sha256": pin, "trust_version": version,
         "out": str(args.out), "certificate_checked": presented is not None},
        f"Laptops will sync with {service.url} (TLS key pin {pin}).\n{checked}\n"
        f"Trust file version {version} written to {args.out}; laptops already enrolled fetch "
        "it on their next sync, or install it from the file.",
    )  # fmt: skip
    return 0


def _presented_pin(url: str) -> str | None:
    """The key pin of the certificate the service at ``url`` presents now, or None when it
    cannot be reached (not running yet, another network). Not a trust decision: only a check
    that the pin about to go to every laptop is the one the service will show them."""
    import ssl
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    try:
        pem = ssl.get_server_certificate((parts.hostname or "", parts.port or 443), timeout=3)
        return spki_sha256(pem.encode("ascii"))
    except (OSError, ValueError, UnicodeError, CsecError):
        return None


def _host_of(url: str) -> str:
    from urllib.parse import urlsplit

    return urlsplit(url).hostname or "localhost"
