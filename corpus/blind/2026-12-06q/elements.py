# Turns (pupil, element, variant) into paragraphs.
from content import *

def fill(s, p):
    d = dict(p); d.update(pr(p)); return s.format(**d)

def present(p, el):
    P = PROFILES[p["profile"]]; f = lambda s: fill(s, p); pp = pr(p)
    if el == "uitstroombestemming": return [f("Verwachte uitstroombestemming: " + P["uit"] + ".")]
    if el == "onderbouwing": return [f(P["onder"])]
    if el == "belemmerende_factoren": return [f(x) for x in P["bel"]]
    if el == "bevorderende_factoren": return [f(x) for x in P["bev"]]
    if el == "ondersteuningsbehoefte": return [f(x) for x in P["behoefte"]]
    if el == "ondersteuning": return [f(x) for x in P["steun"]]
    if el == "afwijkingen_onderwijsprogramma": return [f(P["afw"])]
    if el == "doelen": return [f(x) for x in P["doelen"]]
    if el == "adviezen_professionals": return [f(P["adv"])]
    if el == "oogo": return [f("Het ontwikkelingsperspectief is op {oogo_d} besproken met {ouders}, de groepsleerkracht ({lk}) en de intern begeleider ({ib}). Ouders herkenden het beeld; op hun verzoek is het oefenen thuis als afspraak toegevoegd.")]
    if el == "instemming_ouders": return [f("Ouders/verzorgers gaan akkoord met het handelingsdeel (de te bieden ondersteuning en begeleiding) van dit OPP."), f("Naam ouder/verzorger: {ouder1}   Handtekening: {sig_parent}   Datum: {cons_d}")]
    if el == "inbreng_leerling":
        if p["pre"]:
            return [f("{N} zegt zelf dat {hij} het fijn vindt als de juf of meester eerst even komt kijken of {hij} goed begonnen is.")] if p.get("pre_inbreng") else []
        return [f("Gesprek met {N} op {oogo_d} (ib'er): {N} vertelt dat {inbreng_wens}."), f("Wat we ermee doen: {inbreng_effect}")]
    if el == "evaluatie":
        w = "ouders en {N}" if not p["pre"] else "ouders"
        return [f("Tussenevaluatie in {ev1} en eindevaluatie in {ev2}, in een gesprek van de leerkracht en de ib'er met "+w+". De doelen worden dan besproken en het plan wordt zo nodig bijgesteld (minimaal één keer per schooljaar).")]
    if el == "informatie_rechten": return ["Ouders hebben instemmingsrecht op het handelingsdeel; zonder uw instemming kan dat deel niet worden uitgevoerd. Bent u het niet eens met (een deel van) het OPP, bespreek dit dan eerst met de ib'er of de directeur. U kunt ook advies vragen aan het Ouder- en Jeugdsteunpunt van het samenwerkingsverband of aan een onderwijsconsulent. Een geschil over het OPP kunt u binnen zes weken na vaststelling voorleggen aan de Geschillencommissie passend onderwijs."]
    if el == "vaststelling": return [f("Vastgesteld op {vast_d} door {dir}, directeur {school}.")]
    raise KeyError(el)

GENERIC = {
 "uitstroombestemming": "Wij verwachten dat {N} uitstroomt naar de vorm van voortgezet onderwijs die het beste bij {hem} past.",
 "onderbouwing": "De verwachting is gebaseerd op alle beschikbare gegevens uit het leerlingvolgsysteem en de observaties van de afgelopen periode.",
 "belemmerende_factoren": "Er zijn factoren die de ontwikkeling kunnen belemmeren; deze worden in de groep goed in de gaten gehouden.",
 "bevorderende_factoren": "Ieder kind heeft talenten en sterke kanten waar wij als school graag bij aansluiten.",
 "ondersteuningsbehoefte": "{N} heeft behoefte aan onderwijs dat aansluit bij {zijn} ontwikkeling en een veilige leeromgeving.",
 "ondersteuning": "{N} krijgt binnen de groep de ondersteuning die {hij} nodig heeft, afgestemd op {zijn} onderwijsbehoeften.",
 "afwijkingen_onderwijsprogramma": "Waar dat nodig is, wordt het programma aangepast aan de mogelijkheden van de leerling.",
 "doelen": "{N} maakt het komende half jaar zo veel mogelijk groei op alle vakgebieden en voelt zich prettig in de groep.",
 "adviezen_professionals": "Adviezen van externe deskundigen worden, waar van toepassing, meegenomen in de begeleiding.",
 "oogo": "Ouders worden nauw betrokken bij het OPP van hun kind.",
 "inbreng_leerling": "{N} is betrokken bij het opstellen van dit plan.",
 "evaluatie": "Het OPP wordt regelmatig geëvalueerd volgens de zorgcyclus van de school.",
 "informatie_rechten": "Heeft u vragen over dit plan, dan kunt u altijd terecht bij de leerkracht van uw kind.",
 "vaststelling": "Dit OPP is vastgesteld door de school.",
 "instemming_ouders": "Ouders zijn op de hoogte van de inhoud van dit plan.",
}
REFER = {
 "uitstroombestemming": "Zie het uitstroomprofiel in het leerlingvolgsysteem.",
 "onderbouwing": "Zie de toetsgegevens in bijlage 1.",
 "belemmerende_factoren": "Zie het groeidocument, hoofdstuk 'Beeld van de leerling'.",
 "bevorderende_factoren": "Zie het groeidocument, hoofdstuk 'Beeld van de leerling'.",
 "ondersteuningsbehoefte": "Zie het groepsplan van groep {g}.",
 "ondersteuning": "Zie het groepsplan rekenen en taal van groep {g} (bijlage).",
 "afwijkingen_onderwijsprogramma": "Zie bijlage 3.",
 "doelen": "Zie de doelen in het groepsplan (ParnasSys, tabblad Groepsplan).",
 "adviezen_professionals": "Zie het verslag van het psychologisch onderzoek (bijlage 2).",
 "oogo": "Zie gespreksverslag in het dossier.",
 "instemming_ouders": "Zie het getekende formulier in het dossier.",
 "inbreng_leerling": "Zie het kindgesprek in de bijlage.",
 "evaluatie": "Zie jaarplanning zorg.",
 "informatie_rechten": "Zie de schoolgids.",
 "vaststelling": "Zie het dossier.",
}
INSTR = {
 "uitstroombestemming": "[Vul hier het verwachte uitstroomniveau in: pro / vmbo-bb / vmbo-kb / vmbo-gt / havo / vwo]",
 "onderbouwing": "[Onderbouw het uitstroomperspectief met toetsgegevens, leerrendement en eventueel IQ]",
 "belemmerende_factoren": "[Noem de factoren die het leren van de leerling belemmeren]",
 "bevorderende_factoren": "[Noem de sterke kanten en stimulerende factoren]",
 "ondersteuningsbehoefte": "[Formuleer de onderwijsbehoeften: 'De leerling heeft behoefte aan …']",
 "ondersteuning": "[Beschrijf wat, door wie, hoe vaak en vanaf wanneer]",
 "afwijkingen_onderwijsprogramma": "[Beschrijf eventuele afwijkingen van het onderwijsprogramma of vul 'geen' in]",
 "doelen": "[SMART-doelen voor de komende periode]",
 "adviezen_professionals": "[Vermeld adviezen van externe deskundigen en wat de school ermee doet]",
 "oogo": "[Datum en deelnemers van het gesprek met ouders]",
 "inbreng_leerling": "[Beschrijf de mening van de leerling en wat ermee is gedaan]",
 "evaluatie": "[Data van de evaluatiemomenten]",
 "informatie_rechten": "[Tekst over instemmingsrecht en geschillen invoegen]",
 "vaststelling": "[datum en naam directeur]",
 "instemming_ouders": "[handtekening ouders]",
}
PLACEH = ["n.t.b.", "...", "nog aanvullen", "volgt na overleg", "nog invullen (ib)", "-"]

def variant(p, el, kind, rnd):
    f = lambda s: fill(s, p)
    if kind == "present": return present(p, el)
    if kind in ("empty", "omit", "silent"): return []
    if kind == "placeholder": return [rnd.choice(PLACEH)]
    if kind == "generic": return [f(GENERIC[el])]
    if kind == "refer": return [f(REFER[el])]
    if kind == "instruction": return [INSTR[el]]
    # element specific
    if kind == "uit_open": return [f("Nog niet te bepalen; dit wordt in groep 7 bekeken.")]
    if kind == "doel_vague": return [f("{N} gaat vooruit met lezen en rekenen."), f("{N} krijgt meer zelfvertrouwen."), f("{N} leert beter samenwerken.")]
    if kind == "oogo_future": return [f("Het plan wordt in de komende weken met ouders besproken.")]
    if kind == "inbreng_noeffect": return [f("{N} vertelt dat {inbreng_wens}.")]
    if kind == "vast_concept": return ["Status: CONCEPT – nog niet vastgesteld. Vaststelling na het oudergesprek."]
    if kind == "ev_noparents": return [f("De ib'er en de leerkracht evalueren het plan in de groepsbespreking van {ev1}.")]
    if kind == "adv_nothing": return [f("Er is een onderzoek gedaan door {ortho}.")]
    # consent variants
    a = f("Ouders/verzorgers gaan akkoord met het handelingsdeel (de te bieden ondersteuning en begeleiding) van dit OPP.")
    if kind == "c_voorgezien": return [f("Voor gezien: {ouder1}, {cons_d}")]
    if kind == "c_protest": return [a, f("Handtekening ouder: {sig_parent} (getekend onder protest)   Datum: {cons_d}")]
    if kind == "c_refused": return [f("Ouders gaan niet akkoord met het handelingsdeel. Zij willen eerst een second opinion. Naam: {ouder1}, datum {cons_d}.")]
    if kind == "c_partial": return [a, f("Akkoord, met uitzondering van de remedial teaching buiten de groep; daarmee gaan wij niet akkoord. {ouder1}, {cons_d}")]
    if kind == "c_schoolonly": return [a, f("Namens de school: {ib} (ib'er), {cons_d}"), "Ouder/verzorger: ____________________   Datum: ________"]
    if kind == "c_blank": return [a, "Naam ouder/verzorger: ____________________", "Handtekening: ____________________   Datum: ________"]
    if kind == "c_nodate": return [a, f("Naam ouder/verzorger: {ouder1}   Handtekening: {sig_parent}   Datum: ________")]
    if kind == "c_avgonly": return ["Toestemming gegevensuitwisseling (AVG)", f("Ouders geven toestemming om gegevens te delen met het samenwerkingsverband en de ambulant begeleider. {ouder1}, {cons_d} (getekend)"), "Toestemming beeldmateriaal: foto's op de website en in de nieuwsbrief – akkoord."]
    raise KeyError(kind)

def label_for(kind):
    if kind == "present": return "present"
    if kind in ("omit", "silent", "c_avgonly"): return "missing"
    if kind == "na": return "not_applicable"
    return "incomplete"
