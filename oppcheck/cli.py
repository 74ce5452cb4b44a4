"""Command-line interface. `oppcheck FILE...` checks documents; subcommands extract, rules, config.

Only click is imported at start-up; everything else is imported by the command that needs it.
"""

from __future__ import annotations

import sys

import click

from . import __version__
from .errors import EXIT_ERROR, OppcheckError
from .outputs import FORMAT_CHOICES


class DefaultCommandGroup(click.Group):
    """A group whose default command is `check`: `oppcheck plan.pdf` means `oppcheck check plan.pdf`."""

    def main(self, args=None, *pos, **kwargs):  # noqa: ANN001 - click's signature
        """Before parsing: click's own messages (bad option, bad value) in the language asked."""
        from .cli_i18n import install, lang_of

        install(lang_of(list(sys.argv[1:] if args is None else args)))
        return super().main(args, *pos, **kwargs)

    def list_commands(self, ctx: click.Context) -> list[str]:
        """The parents' commands first, then the others."""
        first = [name for name in ("check", "web") if name in self.commands]
        return first + sorted(name for name in self.commands if name not in first)

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        first = next((a for a in args if not a.startswith("-")), None)
        wants_group_help = not args or args[0] in ("--help", "-h", "--version")
        if not wants_group_help and first not in self.commands:
            args = ["check", *args]
        return super().parse_args(ctx, args)


@click.group(
    cls=DefaultCommandGroup,
    context_settings={"help_option_names": ["-h", "--help"]},
    options_metavar="[OPTIES]",
    subcommand_metavar="OPDRACHT [ARGUMENTEN]...",
)
@click.version_option(__version__, prog_name="oppcheck", help="Toon het versienummer en stop.")
def main() -> None:
    """Controleer een ontwikkelingsperspectiefplan (OPP) op de onderdelen die de wet vraagt.

    \b
    Voor ouders:
      oppcheck plan.pdf                        rapport op het scherm
      oppcheck plan.pdf --output gesprek.docx  formulier voor het gesprek met school
                                               (ook .html om te printen, of .md)
      oppcheck plan.pdf --letter brief.docx    brief aan school (of brief.txt voor e-mail)
      oppcheck plan.pdf --all                  elk onderdeel, ook wat in orde is
      oppcheck plan.pdf --lang en              in het Engels (English)
      oppcheck web                             een pagina in uw browser, zonder typen

    \b
    Voor adviseurs en scholen:
      oppcheck map/ --format csv -o overzicht.csv
      oppcheck --template sjabloon.docx
      oppcheck extract plan.pdf                laat zien wat oppcheck leest
      oppcheck check --help                    alle opties

    Het soort uitvoer volgt uit de naam bij --output (.docx, .html, .md: het formulier; .json,
    .csv, .jsonl, .sarif, .xml: gegevens), of kies het met --format.

    Exitcodes: 0 alle verplichte onderdelen in orde; 1 minstens één verplicht onderdeel ontbreekt,
    is onvolledig of onduidelijk; 2 een document kon niet worden gelezen of de aanroep klopt niet.
    """


@main.command(options_metavar="[OPTIES]")
@click.argument("paths", nargs=-1, required=True, type=click.Path(), metavar="PLAN...")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False),
    metavar="BESTAND",
    help="Schrijf naar dit bestand: gesprek.docx/.html/.md is het formulier voor het gesprek met school; "
    ".json, .csv, .jsonl, .sarif, .xml gegevens; .txt het rapport als tekst.",
)
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(FORMAT_CHOICES),
    help="Soort uitvoer, als de naam bij --output het niet zegt (standaard: rapport op het scherm).",
)
@click.option(
    "--report",
    "form",
    type=click.Choice(("docx", "html", "md")),
    hidden=True,
    help="Oude schrijfwijze van --format docx|html|md.",
)
@click.option(
    "--letter",
    type=click.Path(dir_okay=False),
    metavar="BESTAND",
    help="Schrijf ook een brief aan school: brief.docx (Word), brief.txt (e-mail) of brief.md.",
)
@click.option("--lang", type=click.Choice(("nl", "en")), help="Taal van het rapport (standaard nl).")
@click.option(
    "--type",
    "school_type",
    type=click.Choice(("po", "sbo", "so", "vo", "pro", "vso")),
    help="Schoolsoort; standaard uit het document afgeleid.",
)
@click.option("--ruleset", metavar="NAAM|PAD", help="Regelset: een meegeleverde naam of een pad naar een YAML-bestand.")
@click.option("--select", metavar="IDS", help="Alleen deze onderdelen (ids, komma-gescheiden).")
@click.option("--ignore", metavar="IDS", help="Deze onderdelen overslaan (ids, komma-gescheiden).")
@click.option(
    "--template", is_flag=True, default=None, help="Controleer een leeg sjabloon in plaats van een ingevuld plan."
)
@click.option("--password", metavar="WACHTWOORD", help="Wachtwoord van een beveiligde PDF.")
@click.option("--no-ocr", is_flag=True, help="Lees gescande pagina's niet met OCR.")
@click.option(
    "-j", "--jobs", type=click.IntRange(1, 256), help="Aantal documenten tegelijk (standaard: aantal kernen)."
)
@click.option("--timeout", type=click.FloatRange(1), help="Maximale tijd per document in seconden (standaard 60).")
@click.option("--max-memory", type=click.IntRange(64), help="Maximaal geheugen per document in MB (standaard 2048).")
@click.option("--max-size", type=click.FloatRange(0.001), help="Maximale bestandsgrootte in MB (standaard 100).")
@click.option("--redact", is_flag=True, help="Haal persoonsgegevens uit citaten.")
@click.option(
    "--resume",
    type=click.Path(dir_okay=False),
    metavar="BESTAND",
    help="Sla documenten over die al in dit JSONL-bestand staan.",
)
@click.option(
    "--csv-delimiter", type=click.Choice((",", ";")), help="Scheidingsteken voor CSV (';' voor Nederlandse Excel)."
)
@click.option(
    "--config", "config_path", type=click.Path(dir_okay=False), metavar="BESTAND", help="Configuratiebestand."
)
@click.option(
    "--all",
    "-v",
    "--verbose",
    "show_all",
    is_flag=True,
    help="Toon alles: elk onderdeel, ook wat in orde is, met het wetsartikel; bij een map ook het "
    "rapport van elk plan.",
)
@click.option(
    "--forms",
    type=click.Path(file_okay=False),
    metavar="MAP",
    help="Schrijf per plan met tekorten een gespreksformulier in deze map.",
)
@click.option(
    "--forms-format", type=click.Choice(("docx", "html", "md")), help="Formaat van die formulieren (standaard docx)."
)
@click.option("--debug", is_flag=True, help="Toon technische details bij fouten.")
def check(
    paths: tuple[str, ...],
    fmt: str | None,
    output: str | None,
    form: str | None,
    letter: str | None,
    debug: bool,
    config_path: str | None,
    **options: object,
) -> None:
    """Controleer een of meer OPP's (bestanden of mappen)."""
    from .run import run_check

    try:
        code = run_check(
            list(paths),
            fmt=fmt,
            output=output,
            form=form,
            letter=letter,
            config_path=config_path,
            debug=debug,
            options=options,
        )
    except OppcheckError as exc:
        _fail(exc, options.get("lang") or "nl", debug)
    sys.exit(code)


@main.command(options_metavar="[OPTIES]")
@click.argument("path", type=click.Path(), metavar="PLAN")
@click.option("-f", "--format", "fmt", type=click.Choice(("text", "json")), default="text", help="Uitvoerformaat.")
@click.option("--password", metavar="WACHTWOORD", help="Wachtwoord van een beveiligde PDF.")
@click.option("--no-ocr", is_flag=True, help="Lees gescande pagina's niet met OCR.")
@click.option("--lang", type=click.Choice(("nl", "en")), default="nl")
@click.option("--timeout", type=click.FloatRange(1), default=60.0, help="Maximale tijd in seconden (standaard 60).")
@click.option("--max-memory", type=click.IntRange(64), default=2048, help="Maximaal geheugen in MB (standaard 2048).")
@click.option(
    "--max-size", type=click.FloatRange(0.001), default=100.0, help="Maximale bestandsgrootte in MB (standaard 100)."
)
@click.option("--debug", is_flag=True)
def extract(
    path: str,
    fmt: str,
    password: str | None,
    no_ocr: bool,
    lang: str,
    timeout: float,
    max_memory: int,
    max_size: float,
    debug: bool,
) -> None:
    """Laat blok voor blok zien wat oppcheck uit een document leest."""
    from .extract import ReadOptions
    from .isolation import read_isolated
    from .report.extraction import render_extraction

    try:
        options = ReadOptions(password=password, ocr=not no_ocr, max_size_mb=max_size)
        doc = read_isolated(path, options, timeout=timeout, max_memory_mb=max_memory)
    except OppcheckError as exc:
        _fail(exc, lang, debug)
    click.echo(render_extraction(doc, fmt), nl=False)


@main.group(invoke_without_command=True, options_metavar="[OPTIES]")
@click.option("--ruleset", metavar="NAAM|PAD", help="Regelset: een meegeleverde naam of een pad naar een YAML-bestand.")
@click.option("--lang", type=click.Choice(("nl", "en")), default="nl")
@click.option(
    "--type",
    "school_type",
    type=click.Choice(("po", "sbo", "so", "vo", "pro", "vso")),
    help="Toon de wetsartikelen voor deze schoolsoort (standaard: per schoolsoort).",
)
@click.pass_context
def rules(ctx: click.Context, ruleset: str | None, lang: str, school_type: str | None) -> None:
    """Toon de regels van de actieve regelset (of test ze met `rules test`)."""
    ctx.obj = {"ruleset": ruleset, "lang": lang}
    if ctx.invoked_subcommand is None:
        from .run import list_rules

        try:
            click.echo(list_rules(ruleset, lang, school_type), nl=False)
        except OppcheckError as exc:
            _fail(exc, lang, False)


@rules.command("test", options_metavar="[OPTIES]")
@click.option("-v", "--verbose", is_flag=True, help="Toon ook de geslaagde gevallen.")
@click.option("--ruleset", metavar="NAAM|PAD", help="Regelset: een meegeleverde naam of een pad naar een YAML-bestand.")
@click.pass_context
def rules_test(ctx: click.Context, verbose: bool, ruleset: str | None) -> None:
    """Draai de testgevallen die bij de regelset horen."""
    from .run import test_rules

    try:
        code = test_rules(ruleset or ctx.obj["ruleset"], ctx.obj["lang"], verbose)
    except OppcheckError as exc:
        _fail(exc, ctx.obj["lang"], False)
    sys.exit(code)


@main.command("config", options_metavar="[OPTIES]")
@click.option(
    "--config", "config_path", type=click.Path(dir_okay=False), metavar="BESTAND", help="Configuratiebestand."
)
def config_cmd(config_path: str | None) -> None:
    """Toon de geldende instellingen en waar elke waarde vandaan komt."""
    from .run import show_config

    try:
        click.echo(show_config(config_path), nl=False)
    except OppcheckError as exc:
        _fail(exc, "nl", False)


@main.command("web", options_metavar="[OPTIES]", short_help="Een pagina in uw browser om een plan te controleren.")
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=0,
    metavar="POORT",
    help="Poort op 127.0.0.1 (standaard: een vrije poort).",
)
@click.option("--no-browser", is_flag=True, help="Open de browser niet (het adres staat op de eerste regel).")
@click.option("--lang", type=click.Choice(("nl", "en")), help="Taal van de pagina (standaard nl).")
@click.option(
    "--config", "config_path", type=click.Path(dir_okay=False), metavar="BESTAND", help="Configuratiebestand."
)
def web(port: int, no_browser: bool, lang: str | None, config_path: str | None) -> None:
    """Open een pagina in uw browser om een plan te controleren, zonder typen. Alles blijft op uw computer."""
    from .run import make_settings

    try:
        settings = make_settings({"lang": lang}, config_path)
        from .web.server import serve

        serve(port=port, open_browser=not no_browser, lang=settings.lang, settings=settings)
    except OppcheckError as exc:
        _fail(exc, lang or "nl", False)


def _fail(exc: OppcheckError, lang: str, debug: bool) -> None:
    if debug:
        import traceback

        traceback.print_exception(exc)
    click.echo(f"oppcheck: {exc.sentence(lang)}", err=True)
    sys.exit(EXIT_ERROR)
