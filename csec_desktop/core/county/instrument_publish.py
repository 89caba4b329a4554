"""Publishing the county's instruments and screening policy to every laptop.

``publish_instruments`` builds the county package (``core/sync/county_package.py``, signed
there and only there) from the county's definitions and screening policy, and issues the next
trust file carrying it (``CountyAuthority.issue_trust``, the one place trust files are signed),
so laptops receive it with their next trust update, over a folder or online.

A laptop enrolled later receives only the latest package, so a package is complete: every
instrument the policy offers must be shipped with the app or inside the package. That, and the
policy itself, are checked here before anything is signed, naming the decision point and the
instrument, so a county cannot publish what a laptop would refuse.

The package also carries the county's translations of the youth's copy (one file per language,
``reports/translation_file.py``). Those of the previous package are carried forward, a file
given now replacing the one for its language, so publishing new instruments never drops a
translation from laptops enrolled later.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from csec_desktop.core.county import root_authority
from csec_desktop.core.county.authority import CountyAuthority
from csec_desktop.core.errors import ValidationError
from csec_desktop.core.instruments import Instrument, shipped_registry
from csec_desktop.core.reports.translation_file import Translation
from csec_desktop.core.screening_policy import load_screening_policy, offered_instrument_problems
from csec_desktop.core.sync.county_package import make_county_package, verify_county_package
from csec_desktop.core.vault.database import Database


@dataclass(frozen=True)
class Published:
    package_version: int
    trust_version: int
    package: bytes  # the signed package (also inside the trust file)
    trust: bytes  # the new trust file
    translations: tuple[str, ...] = ()  # language codes the package carries


def publish_instruments(
    authority: CountyAuthority,
    instruments: Sequence[Instrument],
    policy: Mapping[str, Any] | None,
    now: datetime,
    root: Ed25519PrivateKey | None = None,
    store: Database | None = None,
    translations: Sequence[Translation] = (),
) -> Published:
    """Sign the next package and issue a trust file carrying it. ``policy``: the county's
    screening policy (the ``"screening"`` object of a policy file), or None to leave laptops
    on the policy they have. With the root offline, ``root`` (opened from its key file by
    ``root_authority.open_root``) signs the package and a fresh delegation covering it, kept in
    ``store`` (the county vault), under which the trust file is issued. Raises
    ValidationError naming what is wrong; nothing is signed. ``translations``: youth-copy
    translations to add or replace (by language); the previous package's others are kept."""
    given: dict[str, Translation] = {}
    for translation in translations:
        if translation.code in given:
            raise ValidationError(f"two translation files are for {translation.code}")
        given[translation.code] = translation
    seen: dict[tuple[str, str], Instrument] = {}
    for instrument in instruments:
        key = (instrument.id, instrument.version)
        if key in seen:
            raise ValidationError(f"{instrument.id} {instrument.version} is named twice")
        seen[key] = instrument
    registry = shipped_registry()
    for instrument in instruments:
        try:
            shipped = registry.get(instrument.id, instrument.version)
        except ValidationError:
            registry.add(instrument)
            continue
        if shipped.content_hash != instrument.content_hash:
            raise ValidationError(
                f"{instrument.id} {instrument.version} differs from the shipped instrument of "
                "that id and version; give the county's file its own id or a new version"
            )
    if policy is not None:
        problems = offered_instrument_problems(load_screening_policy(policy, "policy"), registry)
        if problems:
            raise ValidationError(problems[0])
    if authority.root_offline and (root is None or store is None):
        # Packages are signed by the county root; with the root offline, intake holds only a
        # delegate key that laptops would refuse for instruments (docs/security.md, finding 6).
        raise ValidationError(
            "This county keeps its root key offline, and county instruments must be signed by "
            "the root: give the root key file with --key-file (root passphrase on the second "
            "line of standard input); nothing was published"
        )
    signer = root if root is not None else authority.keys.root
    previous = authority.current_package()
    version, carried = 1, {}
    if previous is not None:
        old = verify_county_package(previous, authority.root_public, authority.county_id, None)
        version = old.version + 1
        carried = {t.code: t for t in old.translations}
    kept = sorted({**carried, **given}.values(), key=lambda t: t.code)
    issued = now.replace(microsecond=0)
    package = make_county_package(
        authority.county_id, version, issued, list(instruments), signer, policy, kept
    )
    with authority.db.transaction():
        if authority.root_offline and root is not None and store is not None:
            root_authority.install_delegation(authority, store, root, now, package)
        trust = authority.issue_trust(now, package)
        authority.audit.append(
            "county_package_published",
            authority.actor,
            authority.county_id,
            {"version": version, "instruments": [i.content_hash for i in instruments],
             "policy": policy is not None, "translations": [t.code for t in kept]},
        )  # fmt: skip
    trust_version = authority.current_trust().version
    return Published(version, trust_version, package, trust, tuple(t.code for t in kept))
