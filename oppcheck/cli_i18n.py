"""Click's own messages (usage, bad option, bad value, help headings) in Dutch.

Click looks its sentences up with gettext through a `_` and an `ngettext` bound in each of its
modules; `install("nl")` points those at the table below for this process. English keeps click's
own words. A sentence missing here stays English: never an error.
"""

from __future__ import annotations

import importlib

# click's English message -> Dutch (placeholders as click fills them in).
NL = {
    "Usage:": "Gebruik:",
    "Options": "Opties",
    "Commands": "Opdrachten",
    "Positional arguments": "Argumenten",
    "Show this message and exit.": "Toon deze uitleg en stop.",
    "Show the version and exit.": "Toon het versienummer en stop.",
    "%(prog)s, version %(version)s": "%(prog)s, versie %(version)s",
    "Error: {message}": "Fout: {message}",
    "Try '{command} {option}' for help.": "Typ '{command} {option}' voor uitleg.",
    "No such option {name!r}.": "De optie {name!r} bestaat niet.",
    "No such command {name!r}.": "De opdracht {name!r} bestaat niet.",
    "Option {name!r} does not take a value.": "De optie {name!r} krijgt geen waarde.",
    "Missing argument": "Er ontbreekt een argument",
    "Missing option": "Er ontbreekt een optie",
    "Missing parameter": "Er ontbreekt een waarde",
    "Missing command.": "Er ontbreekt een opdracht.",
    "Missing {param_type}": "Er ontbreekt een {param_type}",
    "Missing parameter: {param_name}": "Er ontbreekt een waarde: {param_name}",
    "argument": "argument",
    "option": "optie",
    "parameter": "waarde",
    "Invalid value for {param_hint}: {message}": "Ongeldige waarde voor {param_hint}: {message}",
    "Invalid value: {message}": "Ongeldige waarde: {message}",
    "{value!r} is not a valid {number_type}.": "{value!r} is geen geldig getal.",
    "{value} is not in the range {range}.": "{value} ligt niet tussen {range}.",
    "{name} {filename!r} does not exist.": "{name} {filename!r} bestaat niet.",
    "{name} {filename!r} is a directory.": "{name} {filename!r} is een map.",
    "{name} {filename!r} is a file.": "{name} {filename!r} is een bestand.",
    "{name} {filename!r} is not readable.": "{name} {filename!r} kan niet worden gelezen.",
    "{name} {filename!r} is not writable.": "{name} {filename!r} kan niet worden geschreven.",
    "Could not open file {filename!r}: {message}": "Het bestand {filename!r} kan niet worden geopend: {message}",
    "file": "bestand",
    "directory": "map",
    "path": "pad",
    "Aborted!": "Afgebroken.",
    "default: {default}": "standaard: {default}",
    "Choose from:\n\t{choices}": "Kies uit:\n\t{choices}",
}
NL_PLURAL = {
    "Got unexpected extra argument ({args})": (
        "Onverwacht extra argument ({args})",
        "Onverwachte extra argumenten ({args})",
    ),
    "Option {name!r} requires an argument.": (
        "De optie {name!r} heeft een waarde nodig.",
        "De optie {name!r} heeft {nargs} waarden nodig.",
    ),
    "{value!r} is not {choice}.": ("{value!r} is niet {choice}.", "{value!r} is niet een van {choices}."),
    "Did you mean {possibility}?": ("Bedoelt u {possibility}?", "(Bedoelt u een van: {possibilities}?)"),
}
_MODULES = ("core", "exceptions", "parser", "types", "decorators", "formatting", "termui", "utils")


def _gettext(text: str) -> str:
    return NL.get(text, text)


def _ngettext(singular: str, plural: str, n: int) -> str:
    forms = NL_PLURAL.get(singular)
    if forms is None:
        return singular if n == 1 else plural
    return forms[0] if n == 1 else forms[1]


def install(lang: str) -> None:
    """Click's messages in `lang` ("nl": Dutch; anything else: click's English) for this process."""
    import gettext

    for name in _MODULES:
        try:
            module = importlib.import_module(f"click.{name}")
        except ImportError:
            continue
        if hasattr(module, "_"):
            module._ = _gettext if lang == "nl" else gettext.gettext
        if hasattr(module, "ngettext"):
            module.ngettext = _ngettext if lang == "nl" else gettext.ngettext


def lang_of(args: list[str]) -> str:
    """The language asked on the command line ("en" for --lang en / --lang=en), else Dutch."""
    for i, arg in enumerate(args):
        if (arg == "--lang" and args[i + 1 : i + 2] == ["en"]) or arg == "--lang=en":
            return "en"
    return "nl"
