"""A trust update that moves the county's sync service: what changed, in words a person checks.

The trust file names the county's receiving service by its HTTPS address and the SHA-256 pin
of its certificate's public key. A later trust file that changes either sends this laptop's
bundles (and lets receipts from there purge records) somewhere else, so, like a change of the
county's keys, it is installed only when a supervisor has seen the old and new values and
said yes (security review, issue 14, finding 5). The values are shown as plain text.
"""

from __future__ import annotations

from dataclasses import dataclass

from csec_desktop.core.i18n import translate
from csec_desktop.core.sync.errors import ServiceChangeError
from csec_desktop.core.sync.trust import Trust


@dataclass(frozen=True)
class ServiceChange:
    """The service before and after; ``None`` for "no service" (bundles as files only)."""

    old_url: str | None
    old_pin: str | None
    new_url: str | None
    new_pin: str | None

    def lines(self) -> list[str]:
        """One plain-text line per value that changed: "what: old -> new"."""
        none = translate("ServiceChange", "(none: bundles as files only)")
        rows = []
        if self.old_url != self.new_url:
            rows.append(
                translate("ServiceChange", "Address: {old} -> {new}").format(
                    old=self.old_url or none, new=self.new_url or none
                )
            )
        if self.old_pin != self.new_pin:
            rows.append(
                translate("ServiceChange", "Certificate (SHA-256 pin): {old} -> {new}").format(
                    old=self.old_pin or none, new=self.new_pin or none
                )
            )
        return rows


def service_change(prior: Trust | None, trust: Trust) -> ServiceChange | None:
    """The change ``trust`` makes to the installed file's service, or None (first install:
    the person checked the root fingerprint; the same service: nothing to ask)."""
    if prior is None or prior.service == trust.service:
        return None
    old, new = prior.service, trust.service
    return ServiceChange(
        old.url if old else None,
        old.tls_spki_sha256 if old else None,
        new.url if new else None,
        new.tls_spki_sha256 if new else None,
    )


def refuse_unaccepted(change: ServiceChange, version: int) -> ServiceChangeError:
    """The refusal for a service change nobody accepted, naming the old and new values."""
    return ServiceChangeError(
        translate(
            "ServiceChange",
            "Trust file version {version} moves the county's sync service. {changes}. "
            "Install it only if the county told you, by phone or in person, that its service "
            "moved; a supervisor must confirm it (Install county trust file in the app, or "
            "csec device trust --accept-service-change).",
        ).format(version=version, changes="; ".join(change.lines()))
    )
