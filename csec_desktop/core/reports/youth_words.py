"""The youth's copy in plain, warm words, in English and Spanish.

The same sentences print whatever the screen found: a paper a youth carries can be read by
anyone, so it never says what the worker is concerned about. It says what happens next, what
the youth's rights are, and whom they can reach, day or night.

Some sentences depend on the youth: thanks only when the worker met them (``*_met`` /
``*_not_met``), and rights by age (``*_minor`` under 18, ``*_adult`` 18 to 21, ``*_unknown``
when the birth date is not known): a minor is not arrested for being paid for sex in
California (PC 647(b)(5)), an adult may be, and an adult consents to their own care. Privacy is
never promised without its exceptions (mandated reporting, PC 11165.7).
"""

from __future__ import annotations

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "header": "Your copy",
        "title": "For {name}",
        "intro_met": "{worker} put this together for you on {day}. Thank you for the time you "
        "spent with us. You decide what to share, and that is okay.",
        "intro_not_met": "{worker} put this together for you on {day}. You decide what to share, "
        "and when, and that is okay.",
        "next_h": "What happens next",
        "next_1_met": "{worker} will check in with you about what you talked about and the help "
        "you asked for.",
        "next_1_not_met": "{worker} would like to meet you and hear what would help you.",
        "next_2": "Adults who work with young people must sometimes tell others, like the child "
        "abuse hotline, to keep a young person safe. If that happens, it is not because you did "
        "anything wrong, and you are not in trouble.",
        "next_3": "You can ask questions at any time, and you can ask for things to be explained "
        "again.",
        "strengths_h": "What you are good at",
        "goals_h": "What you want to work on",
        "priorities": "What matters most to you right now",
        "team_h": "People on your team",
        "rights_h": "Your rights",
        "rights": "You have the right to be safe and to be treated with respect.|"
        "You have the right to be called by the name and pronouns you use.|"
        "You have the right to ask questions and to have things explained in your language.|"
        "You have the right to talk with a lawyer, an advocate or another adult you trust.",
        "care_minor": "Depending on your age, you can agree to some health care and counseling "
        "on your own. What you tell a doctor or counselor stays private, except when they must "
        "report that someone is hurting you or that you are in danger.",
        "care_adult": "You can agree to your own health care and counseling. What you tell a "
        "doctor or counselor stays private, except in the few cases where the law says they "
        "must report, such as when someone is in danger.",
        "care_unknown": "Depending on your age, you can agree to some or all of your health care "
        "and counseling on your own. What you tell a doctor or counselor stays private, except "
        "when the law says they must report, such as when someone is in danger.",
        "pressure_minor": "No one has the right to pressure or pay you for sex or sexual "
        "pictures. If that has happened, it is not your fault and you will not be arrested for "
        "it.",
        "pressure_adult": "No one has the right to pressure or pay you for sex or sexual "
        "pictures. If that has happened, it is not your fault, and there is help, including "
        "help with records connected to it.",
        "pressure_unknown": "No one has the right to pressure or pay you for sex or sexual "
        "pictures. If that has happened, it is not your fault, and there is help.",
        "note_h": "A note for you",
        "reach_h": "People you can reach any time",
        "call": "Call",
        "text": "Text",
        "danger": "If you are in danger right now, call 911.",
        "keep": "This paper is yours. Keep it somewhere private that feels safe to you.",
        "printed": "Printed by {worker} on {when}",
        "ref": "Reference {fingerprint}",
        "page": "Page|of",
    },
    "es": {
        "header": "Tu copia",
        "title": "Para {name}",
        "intro_met": "{worker} preparó esto para ti el {day}. Gracias por el tiempo que pasaste "
        "con nosotros. Tú decides qué compartir, y eso está bien.",
        "intro_not_met": "{worker} preparó esto para ti el {day}. Tú decides qué compartir y "
        "cuándo, y eso está bien.",
        "next_h": "Lo que sigue",
        "next_1_met": "{worker} se pondrá en contacto contigo sobre lo que hablaron y la ayuda "
        "que pediste.",
        "next_1_not_met": "{worker} quiere conocerte y escuchar qué te ayudaría.",
        "next_2": "A veces, los adultos que trabajan con jóvenes tienen que avisar a otras "
        "personas, como la línea directa de abuso infantil, para proteger a un joven. Si eso "
        "pasa, no es porque hayas hecho algo malo, y no estás en problemas.",
        "next_3": "Puedes hacer preguntas en cualquier momento y pedir que te expliquen las cosas "
        "otra vez.",
        "strengths_h": "Lo que haces bien",
        "goals_h": "Lo que quieres lograr",
        "priorities": "Lo que más te importa ahora",
        "team_h": "Las personas de tu equipo",
        "rights_h": "Tus derechos",
        "rights": "Tienes derecho a estar a salvo y a que te traten con respeto.|"
        "Tienes derecho a que te llamen por el nombre y los pronombres que usas.|"
        "Tienes derecho a hacer preguntas y a que te expliquen las cosas en tu idioma.|"
        "Tienes derecho a hablar con un abogado, un defensor u otro adulto de confianza.",
        "care_minor": "Según tu edad, puedes aceptar por tu cuenta algunos servicios de salud y "
        "de consejería. Lo que le cuentas a un médico o consejero es privado, excepto cuando "
        "tiene que avisar que alguien te está haciendo daño o que estás en peligro.",
        "care_adult": "Puedes aceptar por tu cuenta tus servicios de salud y de consejería. Lo "
        "que le cuentas a un médico o consejero es privado, excepto en los pocos casos en que la "
        "ley le obliga a avisar, como cuando alguien está en peligro.",
        "care_unknown": "Según tu edad, puedes aceptar por tu cuenta algunos o todos tus "
        "servicios de salud y de consejería. Lo que le cuentas a un médico o consejero es "
        "privado, excepto cuando la ley le obliga a avisar, como cuando alguien está en peligro.",
        "pressure_minor": "Nadie tiene derecho a presionarte ni a pagarte por sexo o por fotos "
        "sexuales. Si eso te pasó, no es tu culpa y no te van a arrestar por eso.",
        "pressure_adult": "Nadie tiene derecho a presionarte ni a pagarte por sexo o por fotos "
        "sexuales. Si eso te pasó, no es tu culpa, y hay ayuda, también con los antecedentes "
        "relacionados.",
        "pressure_unknown": "Nadie tiene derecho a presionarte ni a pagarte por sexo o por fotos "
        "sexuales. Si eso te pasó, no es tu culpa, y hay ayuda.",
        "note_h": "Una nota para ti",
        "reach_h": "A quién puedes llamar o escribir en cualquier momento",
        "call": "Llama al",
        "text": "Envía un mensaje de texto al",
        "danger": "¿Estás en peligro ahora? Llama al 911.",
        "keep": "Este papel es tuyo. Guárdalo en un lugar privado donde te sientas seguro o "
        "segura.",
        "printed": "Impreso por {worker} el {when}",
        "ref": "Referencia {fingerprint}",
        "page": "Página|de",
    },
}


def words(lang: str) -> dict[str, str]:
    return WORDS["es" if lang == "es" else "en"]
