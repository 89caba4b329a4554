"""The palette meets WCAG 2.1 AA: every text pair 4.5:1, large text and control edges 3:1.

The ratio is computed here from the WCAG definition (relative luminance of sRGB), not taken
from the style module, so a changed colour that fails is caught."""

from __future__ import annotations

import re

import pytest

from csec_desktop.gui.style import CONTRAST_PAIRS, PALETTE, style_sheet


def luminance(colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_formula_matches_known_values() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # famously just short


@pytest.mark.parametrize(("fg", "bg", "minimum", "what"), CONTRAST_PAIRS)
def test_every_pair_meets_aa(fg: str, bg: str, minimum: float, what: str) -> None:
    ratio = contrast(PALETTE[fg], PALETTE[bg])
    assert ratio >= minimum, f"{what}: {fg} on {bg} is {ratio:.2f}:1, needs {minimum}:1"


def test_the_style_sheet_uses_the_palette_with_focus_rings_and_a_type_scale() -> None:
    sheet = style_sheet(10.0)
    assert "@" not in re.sub(r"@media", "", sheet)  # every palette name was filled in
    assert f"border: 2px solid {PALETTE['focus']}" in sheet  # a visible focus ring
    assert "font-size: 14.0pt" in sheet and "font-size: 11.5pt" in sheet  # heading, title
    used = set(re.findall(r"#[0-9a-fA-F]{6}", sheet))
    assert {PALETTE["ink"], PALETTE["accent"], PALETTE["overdue_bg"]} <= used
