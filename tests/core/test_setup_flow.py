"""The first-run setup flow, step by step, without a screen, on a real vault."""

from __future__ import annotations

from pathlib import Path

import pytest

from csec_desktop.core.errors import CsecError
from csec_desktop.core.flows.setup_flow import (
    MISMATCH,
    RECOVERY_MISMATCH,
    SetupFlow,
    SetupStep,
)
from csec_desktop.core.vault.device_vault import DeviceVault
from csec_desktop.core.vault.kdf import MINIMUM_PARAMS
from csec_desktop.core.vault.roles import Role

GOOD = "seven lighthouse kites"


@pytest.fixture
def vault(tmp_path: Path) -> DeviceVault:
    return DeviceVault(tmp_path / "data", kdf_params=MINIMUM_PARAMS)


def to_passphrase_step(flow: SetupFlow) -> None:
    flow.begin()
    assert flow.submit_account("  M.Rivera ", "  Maria   Rivera ") is None


def test_whole_flow_creates_a_supervisor_who_can_sign_in(vault: DeviceVault) -> None:
    flow = SetupFlow(vault)
    assert flow.step is SetupStep.WELCOME and not flow.can_go_back
    to_passphrase_step(flow)
    assert (flow.username, flow.display_name) == ("m.rivera", "Maria Rivera")
    assert flow.check_passphrase(GOOD, GOOD) is None
    created = flow.create_vault(GOOD)
    assert flow.step is SetupStep.PASSPHRASE  # the slow part changes nothing by itself
    flow.vault_created(created)
    code = flow.recovery_code
    assert flow.step is SetupStep.RECOVERY_CODE and len(code.split("-")) == 8
    flow.recovery_written_down()
    assert flow.confirm_recovery(code.lower().replace("-", " ")) is None
    assert flow.step is SetupStep.DONE
    assert flow.session.account.role is Role.SUPERVISOR
    flow.session.sign_out()
    assert vault.sign_in("m.rivera", GOOD).account.display_name == "Maria Rivera"


def test_account_details_are_checked_one_message_at_a_time(vault: DeviceVault) -> None:
    flow = SetupFlow(vault)
    flow.begin()
    problem = flow.submit_account("x", "Maria")
    assert problem is not None and problem.field == "username"
    problem = flow.submit_account("maria", "   ")
    assert problem is not None and problem.field == "display_name"
    assert flow.step is SetupStep.ACCOUNT
    assert not vault.data_dir.exists()


@pytest.mark.parametrize(
    ("passphrase", "confirm", "field", "words"),
    [
        ("short one", "short one", "passphrase", "at least 12"),
        ("password1234", "password1234", "passphrase", "commonly used"),
        ("m.rivera is my name", "m.rivera is my name", "passphrase", "user name"),
        (GOOD, GOOD + " ", "confirm", MISMATCH),
    ],
)
def test_refused_passphrases_say_why_and_create_nothing(
    vault: DeviceVault, passphrase: str, confirm: str, field: str, words: str
) -> None:
    flow = SetupFlow(vault)
    to_passphrase_step(flow)
    problem = flow.check_passphrase(passphrase, confirm)
    assert problem is not None and problem.field == field and words in problem.message
    assert flow.step is SetupStep.PASSPHRASE
    assert not vault.is_initialized()


def test_live_feedback_clears_once_the_passphrase_is_good(vault: DeviceVault) -> None:
    flow = SetupFlow(vault)
    to_passphrase_step(flow)
    assert flow.passphrase_feedback("seven") is not None
    assert flow.passphrase_feedback(GOOD) is None


def test_wrong_recovery_confirmation_keeps_the_step_and_last_two_groups_suffice(
    vault: DeviceVault,
) -> None:
    flow = SetupFlow(vault)
    to_passphrase_step(flow)
    flow.vault_created(flow.create_vault(GOOD))
    groups = flow.recovery_code.split("-")
    flow.recovery_written_down()
    wrong = flow.confirm_recovery(groups[0] + groups[1])
    assert wrong is not None and wrong.message == RECOVERY_MISMATCH
    assert flow.confirm_recovery("") is not None
    assert flow.step is SetupStep.CONFIRM_RECOVERY
    flow.back()  # look at the code again
    assert flow.step is SetupStep.RECOVERY_CODE
    flow.recovery_written_down()
    assert flow.confirm_recovery(f"{groups[-2]}-{groups[-1]}") is None
    with pytest.raises(CsecError):
        _ = flow.recovery_code  # forgotten once confirmed
    flow.session.sign_out()


def test_back_goes_no_further_than_the_creation_of_the_vault(vault: DeviceVault) -> None:
    flow = SetupFlow(vault)
    to_passphrase_step(flow)
    flow.back()
    assert flow.step is SetupStep.ACCOUNT
    flow.back()
    assert flow.step is SetupStep.WELCOME
    to_passphrase_step(flow)
    flow.vault_created(flow.create_vault(GOOD))
    with pytest.raises(CsecError):
        flow.back()
    flow.abandon()
    assert flow.step is SetupStep.RECOVERY_CODE


def test_setup_refuses_a_laptop_that_already_has_a_vault(vault: DeviceVault) -> None:
    session, _ = vault.initialize("first", "First Supervisor", GOOD)
    session.sign_out()
    with pytest.raises(CsecError, match="already has a vault"):
        SetupFlow(vault)


def test_steps_out_of_order_are_refused(vault: DeviceVault) -> None:
    flow = SetupFlow(vault)
    with pytest.raises(CsecError):
        flow.submit_account("maria", "Maria")
    with pytest.raises(CsecError):
        flow.create_vault(GOOD)
    assert not vault.data_dir.exists()
