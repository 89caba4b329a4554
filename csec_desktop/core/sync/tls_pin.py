"""TLS public-key pinning for the laptop's connection to its county (SPKI SHA-256).

The laptop checks the server's key against the pin in the county-signed trust file during
the TLS handshake, before a byte of any request is sent; the certificate authorities the
operating system trusts play no part (a county may use a self-signed certificate, and a
certificate any CA issued for a look-alike server is refused). The pin is the SHA-256 of the
certificate's DER SubjectPublicKeyInfo, as in RFC 7469.
"""

from __future__ import annotations

import hashlib
import ssl
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from csec_desktop.core.errors import ValidationError


class PinMismatchError(ssl.SSLError):
    """The server's key is not the pinned one."""


def spki_sha256(certificate: bytes) -> str:
    """Hex SHA-256 of the SubjectPublicKeyInfo of a PEM or DER certificate."""
    try:
        cert = (
            x509.load_pem_x509_certificate(certificate)
            if certificate.lstrip().startswith(b"-----BEGIN")
            else x509.load_der_x509_certificate(certificate)
        )
    except ValueError:
        raise ValidationError("the file is not an X.509 certificate (PEM or DER)") from None
    spki = cert.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return hashlib.sha256(spki).hexdigest()


def pinned_context(pin: str) -> ssl.SSLContext:
    """A client context that accepts exactly the server key whose SPKI hashes to ``pin``."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.check_hostname = False  # the pin names the server, not a CA-checked host name
    context.verify_mode = ssl.CERT_NONE

    class PinnedSocket(ssl.SSLSocket):
        def do_handshake(self, block: bool = False) -> None:
            super().do_handshake(block)
            der = self.getpeercert(binary_form=True)
            if der is None or spki_sha256(der) != pin:
                raise PinMismatchError("the server's TLS key does not match the county's pin")

    context.sslsocket_class = PinnedSocket

    def _no_bio(*_args: Any, **_kwargs: Any) -> Any:
        raise ssl.SSLError("pinned connections use sockets only")

    context.wrap_bio = _no_bio  # type: ignore[method-assign]
    return context
