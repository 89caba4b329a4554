"""Fictional youth for demos and benchmarks: generated, never real.

Names are random pairs from lists of common given names and surnames, so any likeness to a real
person is chance. A fixed seed makes a demo vault the same on every laptop, which helps training.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from csec_desktop.core.records.youth import Agency, YouthProfile

GIVEN = (
    "Aaliyah Abigail Adrian Aiyana Alejandro Alexis Amara Andrea Angel Anthony Ariana Ashley "
    "Aylin Bianca Brandon Briana Camila Carlos Cheyenne Daniela Darius Dakota Destiny Diego "
    "Elena Emily Esperanza Ethan Fatima Gabriel Giselle Hana Imani Isabella Isaiah Jada Jasmine "
    "Javier Jayden Jocelyn Jordan Josue Kai Kayla Kimberly Leilani Liam Lucia Luis Malia Marisol "
    "Maya Mei Mia Micah Naomi Nayeli Nevaeh Nia Paloma Quinn Rosa Sage Samantha Savannah Sofia "
    "Taylor Tiana Valeria Victor Ximena Yesenia Zoe Zuri"
).split()
SURNAMES = (
    "Alvarez Anderson Begay Brooks Castillo Chavez Chen Cruz Davis Delgado Diaz Flores Garcia "
    "Gomez Gonzalez Green Gutierrez Harris Hernandez Jackson James Johnson Kim Lee Lopez Martin "
    "Martinez Mendoza Morales Moreno Nguyen Ortiz Patel Perez Ramirez Reyes Rivera Robinson "
    "Rodriguez Romero Ruiz Sanchez Santos Smith Soto Tan Taylor Thomas Thompson Torres Tran "
    "Vargas Vasquez Walker Washington White Williams Wilson Yazzie Young"
).split()
PRONOUNS = ("she/her", "he/him", "they/them", "she/they", "")
PLACEMENTS = (
    "Resource family home",
    "Relative (kin) home",
    "Short-term residential therapeutic program",
    "Transitional housing",
    "Home of parent",
    "Juvenile hall",
    "",
)


def fictional_profile(rng: random.Random, today: date) -> YouthProfile:
    first, last = rng.choice(GIVEN), rng.choice(SURNAMES)
    age_days = rng.randint(10 * 365 + 3, 17 * 365 + 300)
    agency = Agency.PROBATION if rng.random() < 0.3 else Agency.CHILD_WELFARE
    prefix = "PR" if agency is Agency.PROBATION else "CW"
    in_care = rng.random() < 0.7
    return YouthProfile(
        legal_first_name=first,
        legal_middle_name=rng.choice(GIVEN) if rng.random() < 0.4 else "",
        legal_last_name=last,
        chosen_name=rng.choice(GIVEN) if rng.random() < 0.1 else "",
        pronouns=rng.choice(PRONOUNS),
        aliases=(f"{rng.choice(GIVEN)}",) if rng.random() < 0.15 else (),
        birth_date=today - timedelta(days=age_days),
        preferred_language="es" if rng.random() < 0.25 else "en",
        agency=agency,
        case_numbers=(f"{prefix}-{rng.randint(2019, 2026)}-{rng.randint(1, 99999):05d}",),
        placement=rng.choice(PLACEMENTS) if in_care else "",
        in_care=in_care,
        missing=in_care and rng.random() < 0.04,
    )
