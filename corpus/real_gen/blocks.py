"""Neutral document model and the shared signature/consent block."""

from __future__ import annotations

from dataclasses import dataclass, field

from .model import Case, dmy


@dataclass
class Sig:
    """A handwritten signature (an image in DOCX/ODT/PDF)."""

    seed: int


@dataclass
class Doc:
    header: str = ""
    footer: str = ""
    blocks: list = field(default_factory=list)
    sdt_boxes: bool = False  # DOCX: tick boxes as Word content controls (w14:checkbox)

    def title(self, t):
        self.blocks.append(("title", t))

    def h1(self, t):
        self.blocks.append(("h1", t))

    def h2(self, t):
        self.blocks.append(("h2", t))

    def p(self, t):
        if t is not None:
            self.blocks.append(("p", t))

    def i(self, t):
        """An instruction printed in italics in the format."""
        self.blocks.append(("i", t))

    def table(self, rows, widths=None, header=False):
        rows = [r for r in rows if r is not None and all(x is not None for x in r)]
        if rows:
            self.blocks.append(("table", rows, widths, header))

    def kv(self, rows, widths=(5.5, 11.0)):
        """Label | value table; a row whose value is None (missing element) is left out."""
        self.table([[a, b] for a, b in rows if b is not None], widths)

    def sect(self, title, text, instr=None, level=2):
        """A heading with its text; the whole section is left out when the element is missing (text None)."""
        if text is None:
            return
        (self.h1 if level == 1 else self.h2)(title)
        if instr:
            self.i(instr)
        self.p(text)

    def brk(self):
        self.blocks.append(("break",))


def box(on: bool) -> str:
    return "☒" if on else "☐"


def boxes(options, chosen) -> str:
    return "   ".join(f"{box(o == chosen)} {o}" for o in options)


def signature_rows(c: Case, school: list[tuple[str, str]], parent_label: str = "Ouder(s)/verzorger(s)",
                   head=("", "Naam", "Datum", "Handtekening"), akkoord_col: bool = False):
    """Signature table rows for the case's consent variant; the school rows are dated only when the plan's
    vaststelling is present."""
    v = c.consent
    sd = dmy(c.d_sign)
    school_date = dmy(c.date) if (c.date and c.status["vaststelling"] == "present" and not c.blank) else ""
    rows = [list(head) + (["Akkoord"] if akkoord_col else [])]
    for role, name in school:
        sig = "" if c.blank else "w.g."
        rows.append([role, "" if c.blank else name, school_date, sig] + ([""] if akkoord_col else []))
    name = c.parent1
    p = {"blank": ["", "", ""], "school_only": ["", "", ""], "avg_only": ["", "", ""], "pupil_only": ["", "", ""],
         "signed": [name, sd, f"w.g. {name}"], "signed_img": [name, sd, Sig(c.seed)],
         "digital": [name, sd, "digitaal ondertekend via het ouderportaal"],
         "ticked": [name, sd, f"w.g. {name}"], "explained": [name, sd, f"w.g. {name}"],
         "gezien": [name, sd, f"voor gezien, w.g. {name}"], "refused": [name, sd, f"w.g. {name}"],
         "no_date": [name, "", f"w.g. {name}"], "protest": [name, sd, f"ondertekend onder protest, w.g. {name}"],
         "partial": [name, sd, f"w.g. {name}"], "adult": ["", "", ""]}[v if not c.blank else "blank"]
    ak = {"refused": "☐ ja  ☒ nee", "partial": "☒ ja, behalve ambulante begeleiding  ☐ nee"}.get(v, "☒ ja  ☐ nee")
    if c.blank or v in ("blank", "school_only", "avg_only", "pupil_only", "adult"):
        ak = "☐ ja  ☐ nee"
    rows.append([parent_label] + p + ([ak] if akkoord_col else []))
    if v == "pupil_only" and not c.blank:
        rows.append(["Leerling", c.pupil, sd, f"w.g. {c.first}"] + ([""] if akkoord_col else []))
    if v == "adult" and not c.blank:
        rows.append(["Leerling (18 jaar of ouder)", c.pupil, sd, f"w.g. {c.pupil}"] + (["☒ ja  ☐ nee"] if akkoord_col else []))
    return rows


def consent_extras(c: Case) -> list[tuple[str, str]]:
    """Paragraphs a consent variant adds around the signature table: (kind, text)."""
    if c.blank:
        return []
    v = c.consent
    out = []
    if v == "ticked":
        out.append(("p", "☒ Ouders stemmen in met het handelingsdeel\n☐ Ouders stemmen niet in met het handelingsdeel"))
    if v == "explained":
        out.append(("p", "Toelichting: ouders ondertekenen voor akkoord; bij niet akkoord wordt binnen twee weken een "
                         "nieuw gesprek gepland."))
    if v == "refused":
        out.append(("p", f"Reactie ouders: wij gaan niet akkoord met het handelingsdeel; wij willen eerst een "
                         f"onderzoek naar dyscalculie. ({c.parent1}, {dmy(c.d_sign)})"))
    if v == "partial":
        out.append(("p", "Ouders gaan akkoord met het handelingsdeel, met uitzondering van de ambulante begeleiding."))
    if v == "adult":
        out.append(("p", f"Omdat {c.first} 18 jaar of ouder en handelingsbekwaam is, heeft {c.hij} zelf "
                         f"instemmingsrecht op het handelingsdeel."))
    return out


def avg_block(d: Doc, c: Case) -> None:
    """A consent of another kind, signed: permission to exchange data (AVG)."""
    d.h2("Toestemming gegevensuitwisseling (AVG)")
    d.p("Ouders geven toestemming om de gegevens in dit document te delen met het samenwerkingsverband en het "
        "ondersteuningsteam.")
    d.table([["Naam ouder/verzorger", "Datum", "Handtekening"], [c.parent1, dmy(c.d_sign), f"w.g. {c.parent1}"]],
            header=True)
