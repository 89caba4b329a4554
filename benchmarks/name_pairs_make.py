"""Writes benchmarks/name_pairs.csv: the labelled, fictional name pairs of the name benchmark.

    .venv/bin/python -m benchmarks.name_pairs_make

Every name is composed at random (fixed seed) from lists of common given names and surnames, so
a likeness to a real person is chance. Each pair is one youth recorded twice ("match": the
second record is how another worker might type the same youth) or two different youth with the
same birth date ("different": siblings and twins with the same surname, namesakes with a shared
particle or given name). Patterns follow the issue: Vietnamese names with Đ and tone marks,
joined and separated particles, paternal + maternal surnames with either left off, CJK order
and spacing, nicknames, hyphens, sound-alike spellings; "typo" and "swapped" are controls the
old rule already handled.

Columns: pattern, label (match|different), then first, middle, last, aliases (";"-separated)
of record A (already on the laptop) and record B (the new one, or the search typed).
"""

from __future__ import annotations

import csv
import random
from pathlib import Path

OUT = Path(__file__).with_name("name_pairs.csv")
COLUMNS = ("pattern", "label", "a_first", "a_middle", "a_last", "a_aliases",
           "b_first", "b_middle", "b_last", "b_aliases")  # fmt: skip

VI_FAMILY = (
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Đào".split()
)
VI_GIVEN = (
    "Minh Anh Linh Huy Khoa Thảo Ngọc Phương Tuấn Hương Đức Duy Quang Trâm Vy Hải Đạt".split()
)
VI_MIDDLE = "Thị Văn Hữu Ngọc Minh Gia Thanh".split()
ES_GIVEN = (
    "José María Luis Ana Sofía Diego Valeria Jesús Guadalupe Camila Mateo Ximena "
    "Andrés Daniela Alejandro Fernanda Emilio Paola Javier Lucía Rodrigo Elena"
).split()
ES_FAMILY = (
    "Hernández López García Martínez Rodríguez González Pérez Sánchez Ramírez Torres "
    "Flores Rivera Gómez Díaz Cruz Morales Reyes Gutiérrez Ortiz Chávez Ruiz Vásquez "
    "Castillo Jiménez Mendoza Núñez Aguilar Domínguez Medina Herrera"
).split()
EN_GIVEN = (
    "Jordan Taylor Destiny Brianna Isaiah Malik Kayla Trinity Jasmine Marcus Aaliyah "
    "Devon Imani Tyrell Nevaeh Caleb"
).split()
EN_FAMILY = "Johnson Williams Brown Jones Davis Miller Wilson Moore Jackson Harris Walker".split()
PARTICLED = [
    ("De la Cruz", ["Delacruz", "DeLaCruz", "Dela Cruz", "de la Cruz", "Cruz"]),
    ("De los Santos", ["Delossantos", "DeLosSantos", "Santos", "de los Santos"]),
    ("Del Río", ["Delrio", "DelRio", "Del Rio", "Rio"]),
    ("De León", ["Deleon", "DeLeon", "de Leon", "Leon"]),
    ("De la Rosa", ["Delarosa", "DeLaRosa", "Rosa", "De La Rosa"]),
    ("Van der Berg", ["Vanderberg", "VanDerBerg", "van der Berg", "Berg"]),
    ("Van Dyke", ["Vandyke", "VanDyke", "Dyke"]),
    ("Da Silva", ["Dasilva", "DaSilva", "Silva", "da Silva"]),
    ("Dos Santos", ["Dossantos", "DosSantos", "Santos"]),
    ("Al-Sayed", ["Alsayed", "Al Sayed", "Sayed", "al-Sayed"]),
    ("Bin Hassan", ["Binhassan", "Hassan", "bin Hassan"]),
    ("Del Toro", ["Deltoro", "DelToro", "Toro"]),
]
CJK = [  # (given, given with a space, family, given and family in characters)
    ("Xiaoming", "Xiao Ming", "Wang", "小明", "王"), ("Meiling", "Mei Ling", "Chen", "美玲", "陈"),
    ("Jiahao", "Jia Hao", "Li", "家豪", "李"), ("Yuxuan", "Yu Xuan", "Zhang", "宇轩", "张"),
    ("Zihan", "Zi Han", "Liu", "子涵", "刘"), ("Haoran", "Hao Ran", "Huang", "浩然", "黄"),
    ("Minjun", "Min Jun", "Kim", "", ""), ("Seoyeon", "Seo Yeon", "Park", "", ""),
    ("Jiwoo", "Ji Woo", "Lee", "", ""), ("Yichen", "Yi Chen", "Zhou", "一辰", "周"),
    ("Ruoxi", "Ruo Xi", "Wu", "若曦", "吴"), ("Junjie", "Jun Jie", "Lin", "俊杰", "林"),
]  # fmt: skip
NICKNAMES = [
    ("Guadalupe", "Lupe"),
    ("Jesús", "Chuy"),
    ("Francisco", "Paco"),
    ("Francisco", "Pancho"),
    ("Ignacio", "Nacho"),
    ("José", "Pepe"),
    ("Enrique", "Kike"),
    ("Eduardo", "Lalo"),
    ("Roberto", "Beto"),
    ("Guillermo", "Memo"),
    ("Rosario", "Chayo"),
    ("Dolores", "Lola"),
    ("Robert", "Bobby"),
    ("Elizabeth", "Liz"),
    ("William", "Billy"),
    ("Katherine", "Katie"),
    ("Christopher", "Chris"),
    ("Samantha", "Sam"),
    ("Rebecca", "Becky"),
    ("Nicholas", "Nick"),
    ("Alejandro", "Alex"),
    ("Gerardo", "Jerry"),
    ("Salvador", "Chava"),
    ("Michael", "Mike"),
]
SOUNDS = [
    ("Kaitlyn", "Caitlin"),
    ("Stephen", "Steven"),
    ("Giovanni", "Jovani"),
    ("Jazmine", "Jasmin"),
    ("Kristopher", "Christopher"),
    ("Aaliyah", "Aliya"),
    ("Jaiden", "Jayden"),
    ("Brianna", "Breanna"),
    ("Zoey", "Zoe"),
    ("Jocelyn", "Josselyn"),
    ("Geovanny", "Giovanni"),
    ("Nayeli", "Nayely"),
]
HYPHENED_GIVEN = [
    ("Jean-Luc", ["Jean Luc", "Jeanluc"]),
    ("Anne-Marie", ["Anne Marie", "Annemarie"]),
    ("Mary-Kate", ["Mary Kate", "Marykate"]),
    ("Ja-Marcus", ["Jamarcus", "Ja Marcus"]),
]
TWIN_NAMES = [("Ana", "Sofía"), ("Diego", "Mateo"), ("Jordan", "Taylor"), ("Minh", "Linh"),
              ("Kayla", "Trinity"), ("Luis", "Emilio"), ("Jasmine", "Imani"), ("Jesús", "José"),
              ("Valeria", "Ximena"), ("Marcus", "Malik"), ("Huy", "Khoa"), ("Camila", "Paola"),
              ("Caleb", "Devon"), ("Andrés", "Rodrigo"), ("Xiaoming", "Jiahao"), ("Lucía", "Elena"),
              # twins named alike, as many are (these are the hard ones)
              ("Daniel", "Daniela"), ("Jayden", "Jaylen"), ("Alexander", "Alexandra"),
              ("Mia", "Mya"), ("Brian", "Bryan"), ("Aiden", "Aidan")]  # fmt: skip


def row(pattern: str, label: str, a: tuple[str, ...], b: tuple[str, ...]) -> list[str]:
    def pad(name: tuple[str, ...]) -> list[str]:
        return [*name, *([""] * (4 - len(name)))]

    return [pattern, label, *pad(a), *pad(b)]


def strip_marks(text: str) -> str:
    from anyascii import anyascii

    return anyascii(text)


def build(rng: random.Random) -> list[list[str]]:
    rows: list[list[str]] = []
    # Vietnamese: the family name written first or last, with or without Đ and tone marks,
    # the middle name kept or left off.
    for _ in range(60):
        fam, giv = rng.choice(VI_FAMILY), rng.choice(VI_GIVEN)
        mid = rng.choice(VI_MIDDLE) if rng.random() < 0.5 else ""
        a = (giv, mid, fam)
        kind = rng.randrange(4)
        if kind == 0:
            b = (strip_marks(giv), "", strip_marks(fam))
        elif kind == 1:
            b = (strip_marks(fam), "", strip_marks(giv))  # family name typed in the first field
        elif kind == 2:
            b = (strip_marks(f"{fam} {mid}".strip()), "", strip_marks(giv))
        else:
            b = (strip_marks(f"{mid} {giv}".strip()), "", strip_marks(fam))
        rows.append(row("vietnamese", "match", a, b))
    # Particles joined or separated.
    for _ in range(60):
        stored, variants = rng.choice(PARTICLED)
        giv = rng.choice(ES_GIVEN + EN_GIVEN)
        rows.append(row("particles", "match", (giv, "", stored), (giv, "", rng.choice(variants))))
    # Paternal + maternal surnames, either left off, joined by a hyphen or "y".
    for _ in range(60):
        pat, mat = rng.sample(ES_FAMILY, 2)
        giv = rng.choice(ES_GIVEN)
        form = rng.choice([pat, mat, f"{pat}-{mat}", f"{pat} y {mat}", strip_marks(mat)])
        if rng.random() < 0.3:  # the paternal surname typed as a middle name
            rows.append(row("double_surname", "match", (giv, "", f"{pat} {mat}"), (giv, pat, mat)))
        else:
            rows.append(row("double_surname", "match", (giv, "", f"{pat} {mat}"), (giv, "", form)))
    # CJK: family first or last, given name with or without a space, characters or pinyin.
    for _ in range(45):
        giv, spaced, fam, giv_cjk, fam_cjk = rng.choice(CJK)
        kind = rng.randrange(5 if giv_cjk else 4)
        b = [(giv, "", fam), (fam, "", giv), (spaced, "", fam), (fam, "", spaced),
             (giv_cjk, "", fam_cjk)][kind]  # fmt: skip
        a = (giv, "", fam) if kind else (fam, "", giv)
        a_aliases = "" if rng.random() < 0.7 else f"{fam} {giv}"
        rows.append(row("cjk", "match", (*a, a_aliases), b))
    # Nicknames and familiar forms.
    for full, short in NICKNAMES * 2:
        fam = rng.choice(ES_FAMILY + EN_FAMILY)
        a, b = (full, "", fam), (short, "", strip_marks(fam))
        rows.append(row("nickname", "match", *((a, b) if rng.random() < 0.5 else (b, a))))
    # Hyphens in given and family names.
    for _ in range(30):
        if rng.random() < 0.5:
            stored, variants = rng.choice(HYPHENED_GIVEN)
            fam = rng.choice(EN_FAMILY + ES_FAMILY)
            rows.append(row("hyphen", "match", (stored, "", fam), (rng.choice(variants), "", fam)))
        else:
            one, two = rng.sample(EN_FAMILY, 2)
            giv = rng.choice(EN_GIVEN)
            b_last = rng.choice([f"{one} {two}", f"{one}{two.lower()}", one, two])
            rows.append(row("hyphen", "match", (giv, "", f"{one}-{two}"), (giv, "", b_last)))
    # Spellings that sound the same.
    for a_name, b_name in SOUNDS * 2:
        fam = rng.choice(ES_FAMILY + EN_FAMILY)
        rows.append(row("sounds_alike", "match", (a_name, "", fam), (b_name, "", fam)))
    # Controls the old rule handled: one-letter slips, accents, swapped fields.
    for _ in range(20):
        giv, fam = rng.choice(ES_GIVEN + EN_GIVEN), rng.choice(ES_FAMILY + EN_FAMILY)
        spot = rng.randrange(1, len(fam) - 1)
        typo = fam[:spot] + ("e" if fam[spot] != "e" else "a") + fam[spot + 1 :]
        rows.append(row("typo", "match", (giv, "", fam), (strip_marks(giv), "", typo)))
    for _ in range(15):
        giv, fam = rng.choice(ES_GIVEN + EN_GIVEN), rng.choice(ES_FAMILY + EN_FAMILY)
        rows.append(row("swapped", "match", (giv, "", fam), (fam, "", giv)))
    # Different youth with the same birth date: siblings and twins with the same surname(s),
    # namesakes sharing a given name, surnames differing after a shared particle.
    for _ in range(70):
        one, two = rng.choice(TWIN_NAMES)
        fam = rng.choice(
            [rng.choice(ES_FAMILY), f"{rng.choice(ES_FAMILY)} {rng.choice(ES_FAMILY)}",
             rng.choice(VI_FAMILY), rng.choice(EN_FAMILY), rng.choice(PARTICLED)[0]]
        )  # fmt: skip
        rows.append(row("siblings", "different", (one, "", fam), (two, "", fam)))
    for _ in range(25):  # Vietnamese sisters: same family and middle name
        fam, (one, two) = rng.choice(VI_FAMILY), rng.sample(VI_GIVEN, 2)
        rows.append(row("siblings_vi", "different", (one, "Thị", fam), (two, "Thị", fam)))
    for _ in range(20):  # Hispanic siblings sharing the first of two given names
        fam = f"{rng.choice(ES_FAMILY)} {rng.choice(ES_FAMILY)}"
        first = rng.choice(["María", "José", "Juan", "Ana"])
        one, two = rng.sample(["Guadalupe", "Fernanda", "Luis", "Carlos", "Isabel", "Antonio"], 2)
        if rng.random() < 0.5:
            a, b = (f"{first} {one}", "", fam), (f"{first} {two}", "", fam)
        else:  # the second given name recorded as a middle name
            a, b = (first, one, fam), (first, two, fam)
        rows.append(row("siblings_es", "different", a, b))
    for _ in range(25):  # namesakes: same given name, different surname
        giv = rng.choice(ES_GIVEN + EN_GIVEN + VI_GIVEN)
        one, two = rng.sample(ES_FAMILY + EN_FAMILY + VI_FAMILY, 2)
        rows.append(row("namesakes", "different", (giv, "", one), (giv, "", two)))
    same_particle = [(one, two) for one, _ in PARTICLED for two, _ in PARTICLED
                     if one < two and one.split()[0] == two.split()[0]]  # fmt: skip
    for _ in range(15):  # the same particle, different surnames
        one, two = rng.choice(same_particle)
        giv = rng.choice(ES_GIVEN)
        rows.append(row("particle_namesakes", "different", (giv, "", one), (giv, "", two)))
    return rows


def main() -> None:
    rows = build(random.Random(20))
    with OUT.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(COLUMNS)
        writer.writerows(rows)
    print(f"{len(rows)} pairs written to {OUT.name}")


if __name__ == "__main__":
    main()
