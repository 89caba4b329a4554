"""The youth's copy in plain, warm words, in English and Spanish.

The same sentences print whatever the screen found: a paper a youth carries can be read by
anyone, so it never says what the worker is concerned about. It says what happens next, what
the youth's rights are, and whom they can reach, day or night.
"""

from __future__ import annotations

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "header": "Your copy",
        "title": "For {name}",
        "intro": "{worker} put this together for you on {day}. Thank you for the time you spent "
        "with us. You decide what to share, and that is okay.",
        "next_h": "What happens next",
        "next_1": "{worker} will check in with you about what you talked about and the help "
        "you asked for.",
        "next_2": "Adults who work with young people must sometimes tell others, like the child "
        "abuse hotline, to keep a young person safe. If that happens, it is not because you did "
        "anything wrong, and you are not in trouble.",
        "next_3": "You can ask questions at any time, and you can ask for things to be explained "
        "again.",
        "strengths_h": "What you are good at",
        "goals_h": "What you want to work on",
        "priorities": "What matters most to you right now",
        "team_h": "People on your team",
        "you_asked": "you asked for them",
        "rights_h": "Your rights",
        "rights": "You have the right to be safe and to be treated with respect.|"
        "You have the right to be called by the name and pronouns you use.|"
        "You have the right to ask questions and to have things explained in your language.|"
        "You have the right to talk with a lawyer, an advocate or another adult you trust.|"
        "Depending on your age, you can agree to some health care and counseling on your own, "
        "and it is kept private.|"
        "No one has the right to pressure or pay you for sex or sexual pictures. If that has "
        "happened, it is not your fault and you will not be arrested for it.",
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
        "intro": "{worker} preparó esto para ti el {day}. Gracias por el tiempo que pasaste con "
        "nosotros. Tú decides qué compartir, y eso está bien.",
        "next_h": "Lo que sigue",
        "next_1": "{worker} se pondrá en contacto contigo sobre lo que hablaron y la ayuda que "
        "pediste.",
        "next_2": "A veces, los adultos que trabajan con jóvenes tienen que avisar a otras "
        "personas, como la línea directa de abuso infantil, para proteger a un joven. Si eso "
        "pasa, no es porque hayas hecho algo malo, y no estás en problemas.",
        "next_3": "Puedes hacer preguntas en cualquier momento y pedir que te expliquen las cosas "
        "otra vez.",
        "strengths_h": "Lo que haces bien",
        "goals_h": "Lo que quieres lograr",
        "priorities": "Lo que más te importa ahora",
        "team_h": "Las personas de tu equipo",
        "you_asked": "tú lo pediste",
        "rights_h": "Tus derechos",
        "rights": "Tienes derecho a estar a salvo y a que te traten con respeto.|"
        "Tienes derecho a que te llamen por el nombre y los pronombres que usas.|"
        "Tienes derecho a hacer preguntas y a que te expliquen las cosas en tu idioma.|"
        "Tienes derecho a hablar con un abogado, un defensor u otro adulto de confianza.|"
        "Según tu edad, puedes aceptar por tu cuenta algunos servicios de salud y de "
        "consejería, y son privados.|"
        "Nadie tiene derecho a presionarte ni a pagarte por sexo o por fotos sexuales. Si eso "
        "te pasó, no es tu culpa y no te van a arrestar por eso.",
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
