# -*- coding: utf-8 -*-
"""Consent (instemming handelingsdeel) renderings. {{SIG}} marks a drawn handwritten signature."""

def signer(c):
    if getattr(c, "blank", False):
        return ("Ouder/verzorger", "")
    if c.adult:
        return ("Leerling (meerderjarig, handelingsbekwaam)", c.name)
    if c.curatele:
        return ("Curator (wettelijk vertegenwoordiger)", c.mother + " (moeder, curator)")
    return ("Ouder/verzorger", c.mother)


def consent_blocks(mode, c, title="Instemming handelingsdeel"):
    """Return blocks; None when the plan has no consent section at all."""
    r = c.rng
    ds = c.shift(c.date_set, r.randint(1, 9))
    role, who = signer(c)
    school_row = ("Namens school", "{{SIG}} %s, %s" % (c.ib, c.d(c.shift(c.date_set, 0))))
    akk = "☒ akkoord met het handelingsdeel   ☐ niet akkoord"
    H = ("h", title)
    if mode == "M":
        return None
    if mode == "M:avg":
        return [("h", "Toestemming gegevens en beeldmateriaal"),
                ("p", "Ouders geven toestemming voor het delen van gegevens met het samenwerkingsverband (AVG) en voor het gebruik van foto's op de schoolwebsite."),
                ("kv", [("Handtekening ouder", "{{SIG}}"), ("Naam", c.mother), ("Datum", c.d(ds))])]
    if mode == "P:img":
        return [H, ("p", "Ouders stemmen in met het handelingsdeel van dit ontwikkelingsperspectief."),
                ("kv", [(role, "{{SIG}}"), ("Naam", who), ("Datum", c.d(ds)), school_row])]
    if mode == "P:tick":
        return [H, ("p", akk), ("kv", [("Handtekening " + role.lower(), "{{SIG}}"), ("Naam", who), ("Datum", c.d(ds))])]
    if mode == "P:wg":
        return [H, ("kv", [(role, "w.g. %s" % who), ("Datum ondertekening", c.d(ds)), ("Akkoord handelingsdeel", "ja")])]
    if mode == "P:digital":
        return [H, ("p", "Digitaal ondertekend door %s (%s) op %s om %02d:%02d via het ouderportaal. Gekozen: \"Ik ga akkoord met het handelingsdeel\"." % (who, role.lower(), c.d(ds), r.randint(8, 21), r.randint(0, 59)))]
    if mode == "P:stated":
        return [H, ("p", "Ouders (%s en %s) hebben in het gesprek van %s ingestemd met het handelingsdeel. Moeder heeft dit op %s per e-mail bevestigd: \"Wij gaan akkoord met de afspraken in het handelingsdeel.\"" % (c.mother, c.father, c.d(c.date_set), c.d(ds)))]
    if mode == "P:adult":
        return [H, ("p", "%s is meerderjarig en handelingsbekwaam en stemt zelf in met het handelingsdeel." % c.name), ("p", akk),
                ("kv", [("Handtekening leerling", "{{SIG}}"), ("Naam", c.name), ("Datum", c.d(ds))])]
    if mode == "P:curator":
        return [H, ("p", "%s staat onder curatele; de curator stemt in namens %s. %s is gehoord (zie inbreng leerling)." % (c.name, c.hem, c.first)), ("p", akk),
                ("kv", [("Handtekening curator", "{{SIG}}"), ("Naam", who), ("Datum", c.d(ds))])]
    if mode == "I:gezien":
        return [H, ("kv", [("Voor gezien, ouder/verzorger", "{{SIG}}"), ("Naam", who), ("Datum", c.d(ds)), school_row])]
    if mode == "I:protest":
        return [H, ("p", akk), ("kv", [("Handtekening ouder", "{{SIG}} (handgeschreven toegevoegd: \"onder protest, wij zijn het niet eens met de uitstroombestemming\")"), ("Naam", who), ("Datum", c.d(ds))])]
    if mode == "I:refused":
        return [H, ("p", "☐ akkoord met het handelingsdeel   ☒ niet akkoord"), ("kv", [("Handtekening ouder", "{{SIG}}"), ("Naam", who), ("Datum", c.d(ds)), ("Toelichting ouder", "Wij willen eerst een second opinion.")])]
    if mode == "I:partial":
        return [H, ("p", "☒ gedeeltelijk akkoord, namelijk met: de begeleiding door de onderwijsassistent. Niet akkoord met: de afwijkingen van het onderwijsprogramma en het aantal begeleidingsuren."),
                ("kv", [("Handtekening ouder", "{{SIG}}"), ("Naam", who), ("Datum", c.d(ds))])]
    if mode == "I:schoolonly":
        return [H, ("kv", [("Namens school (%s)" % c.dir, "{{SIG}}"), ("Datum", c.d(c.date_set)), (role, ""), ("Datum", "")])]
    if mode == "I:blankline":
        return [H, ("p", "Ondergetekende stemt in met het handelingsdeel."), ("kv", [("Naam " + role.lower(), who), ("Handtekening", "......................................"), ("Datum", "....-....-........")])]
    if mode == "I:untick":
        return [H, ("p", "☐ akkoord met het handelingsdeel   ☐ niet akkoord"), ("kv", [("Handtekening ouder", ""), ("Datum", "")])]
    if mode == "I:untick_signed":
        return [H, ("p", "☐ akkoord met het handelingsdeel   ☐ niet akkoord"), ("kv", [("Handtekening ouder", "{{SIG}}"), ("Naam", who), ("Datum", c.d(ds))])]
    if mode == "I:nodate":
        return [H, ("p", akk), ("kv", [("Handtekening ouder", "{{SIG}}"), ("Naam", who), ("Datum", "")])]
    if mode == "I:pending":
        return [H, ("p", "Ter ondertekening verstuurd naar %s op %s via het ouderportaal. Status: nog niet ondertekend." % (who, c.d(ds)))]
    if mode == "I:ref":
        return [H, ("p", "Ondertekening: zie getekend exemplaar in het leerlingdossier.")]
    if mode == "I:later":
        return [H, ("p", "Ouders tekenen bij het volgende gesprek (na de herfstvakantie).")]
    if mode == "I:wrongparty":
        if c.adult:
            return [H, ("p", akk), ("kv", [("Handtekening ouder/verzorger", "{{SIG}}"), ("Naam", c.mother), ("Datum", c.d(ds)), ("Handtekening leerling", ""), ("Datum", "")])]
        return [H, ("p", akk), ("kv", [("Handtekening leerling", "{{SIG}}"), ("Naam", c.name), ("Datum", c.d(ds)), ("Handtekening curator", ""), ("Datum", "")])]
    raise ValueError(mode)
