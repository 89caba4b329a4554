"""A county's translation of the youth's copy travels inside its signed package, like its
instruments: published once, installed with the laptop's next trust update, used for a youth
copy (read back with pypdf); a tampered update is refused and the laptop keeps what it had;
the next publication carries it forward."""

from __future__ import annotations

import base64
import json
from datetime import timedelta

import pytest

from csec_desktop.core.county.instrument_publish import publish_instruments
from csec_desktop.core.errors import CsecError, ValidationError
from csec_desktop.core.instruments import shipped_registry
from csec_desktop.core.records.screening import ScreeningService
from csec_desktop.core.records.youth import Agency, YouthProfile
from csec_desktop.core.reports.audience import Audience
from csec_desktop.core.reports.service import SummaryService
from csec_desktop.core.reports.translation_file import Translation, parse_translation
from csec_desktop.core.reports.youth_languages import installed_translations
from csec_desktop.core.reports.youth_words import WORDS
from csec_desktop.core.sync.county_package import make_county_package
from tests.core.reports.conftest import fill
from tests.core.reports.test_youth_languages import pdf_text

from .world import digest, make_world

# Fictional Armenian copy for tests: every English sentence marked with "Փորձ" ("test").
MARK = "Փորձ"
ARMENIAN = Translation("hy", "Armenian", {k: f"{MARK} {v}" for k, v in WORDS["en"].items()})


def canonical(value: object) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def tampered(trust: bytes) -> bytes:
    """The trust update with one word of the carried translation changed."""
    envelope = json.loads(trust)
    payload = json.loads(base64.b64decode(envelope["payload"]))
    package = json.loads(base64.b64decode(payload["county_package"]))
    inner = json.loads(base64.b64decode(package["payload"]))
    inner["translations"][0]["words"]["rights_h"] = "Call this number instead"
    package["payload"] = base64.b64encode(canonical(inner)).decode()
    payload["county_package"] = base64.b64encode(canonical(package)).decode()
    envelope["payload"] = base64.b64encode(canonical(payload)).decode()
    return canonical(envelope)


@pytest.fixture
def world(tmp_path):
    made = make_world(tmp_path)
    yield made
    made.close()


def test_a_county_translation_arrives_with_a_trust_update_and_prints_the_youth_copy(world):
    laptop = world.laptop("field")
    youth = laptop.caseload.add(
        YouthProfile(legal_first_name="Ani", legal_last_name="Petrosyan",
                     agency=Agency.CHILD_WELFARE, preferred_language="Armenian", in_care=True)
    )  # fmt: skip
    screening = ScreeningService(laptop.ctx, shipped_registry(), laptop.session.policy.screening)
    needs = screening.start(
        youth, "case_opening", "holistic_needs", world.clock() - timedelta(hours=1)
    )
    fill(needs, {})
    needs.complete()
    summaries = SummaryService(laptop.ctx, laptop.session.policy)
    before = pdf_text(summaries.render(needs.encounter_id, Audience.YOUTH))
    assert MARK not in before and "You can ask for this paper in your language" in before

    done = publish_instruments(world.authority, [], None, world.clock(), translations=[ARMENIAN])
    assert done.translations == ("hy",)
    unchanged = digest(laptop.session.db)
    with pytest.raises(CsecError, match="does not verify"):
        laptop.sync.install_trust(tampered(done.trust))
    assert digest(laptop.session.db) == unchanged and installed_translations(laptop.ctx.db) == {}

    laptop.sync.install_trust(done.trust)
    assert installed_translations(laptop.ctx.db) == {"hy": ARMENIAN}
    entry = next(e for e in laptop.ctx.audit.entries(5) if e.event == "translation_installed")
    assert entry.detail["source"] == "county_package" and entry.subject == "hy"
    youth_copy = pdf_text(summaries.render(needs.encounter_id, Audience.YOUTH))
    assert f"{MARK} {WORDS['en']['rights_h']}" in youth_copy  # the youth's language by default
    assert "You can ask for this paper" not in youth_copy

    # The next publication (new instruments, no translation named) keeps it for laptops
    # enrolled later, who receive it with their first trust file.
    again = publish_instruments(world.authority, [], None, world.clock())
    assert again.translations == ("hy",)
    late = world.laptop("late")
    assert installed_translations(late.ctx.db) == {"hy": ARMENIAN}


def test_a_translation_that_would_be_refused_is_never_signed(world):
    broken = Translation("hy", "Armenian", {**ARMENIAN.words, "title": "Without the name"})
    root = world.authority.keys.root
    with pytest.raises(CsecError, match="key title must keep the placeholders"):
        make_county_package("alameda", 1, world.clock(), [], root, None, [broken])
    with pytest.raises(ValidationError, match="two translation files are for hy"):
        publish_instruments(world.authority, [], None, world.clock(), translations=[ARMENIAN] * 2)
    assert parse_translation(ARMENIAN.to_json().encode(), "hy.json") == ARMENIAN
