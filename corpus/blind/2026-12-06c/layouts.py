from content import render_el, ELS
CHK = lambda b: "☒" if b else "☐"

def consent(var, c, lang="nl"):
    n=c["first"]; P=c["ouders_names"]; d=c["sigdate"]; D=c["dir"]
    if lang=="en":
        if var=="signed": return [("h",2,"Parental consent to the support part (handelingsdeel)"),("p","Parents agree with the support part of this plan."),("table",["Role","Name","Signature","Date"],[["Parent",P,"signed",d],["School",D,"signed",d]])]
        if var=="digital": return [("h",2,"Parental consent"),("p",f"Consent given digitally by {P} via the parent portal on {d} at 20:14 (logged).")]
        if var=="refused": return [("h",2,"Parental consent"),("check",[(False,"I agree with the support part"),(True,"I do not agree with the support part")]),("kv",[("Name",P),("Signature","signed"),("Date",d)])]
        if var=="blank": return [("h",2,"Parental consent"),("p","Signature parent(s): ______________________   Date: ____________")]
        if var=="tick": return [("h",2,"Parental consent"),("check",[(True,"I agree with the support part"),(False,"I do not agree with the support part")]),("kv",[("Name",P),("Signature","signed"),("Date",d)])]
        if var=="omit": return []
    H = ("h",2,c.get("consent_head","Instemming ouders met het handelingsdeel"))
    T = lambda rows: ("table",["Rol","Naam","Handtekening","Datum"],rows)
    if var=="signed":
        st=c.get("sigstyle","table")
        if st=="lines": return [H,("p","Ouder(s)/verzorger(s) stemmen in met het handelingsdeel."),("p",f"Handtekening ouder: w.g. {P}        Datum: {d}"),("p",f"Handtekening school: w.g. {D}        Datum: {d}")]
        if st=="kv": return [H,("kv",[("Akkoord ouders","Ja"),("Naam ouder",P),("Handtekening","(getekend)"),("Datum",d),("Namens school",f"{D} (getekend), {d}")])]
        return [H,("p","Ouders/verzorgers verklaren akkoord te gaan met het handelingsdeel van dit OPP."),T([["Ouder/verzorger",P,"(getekend)",d],["Directeur",D,"(getekend)",d]])]
    if var=="digital": return [H,("p",f"Instemming digitaal gegeven door {P} via het ouderportaal op {d} om 19:42 (akkoord handelingsdeel, versie 2). Bevestiging per e-mail verstuurd.")]
    if var=="slip": return [("p","- - - - - - - - - - - - knip hier - - - - - - - - - - - -"),("h",2,"Antwoordstrook (terug naar de groepsleerkracht)"),("p",f"Ondergetekende, ouder/verzorger van {n}, verklaart:"),("check",[(True,"akkoord te gaan met het handelingsdeel van het OPP"),(False,"niet akkoord te gaan met het handelingsdeel")]),("kv",[("Naam",P),("Handtekening","(getekend)"),("Datum",d)])]
    if var=="tick": return [H,("check",[(True,"Ouders stemmen in met het handelingsdeel"),(False,"Ouders stemmen niet in met het handelingsdeel")]),("kv",[("Datum",d),("Handtekening ouder","(getekend) "+P)])]
    if var=="gezien": return [H,T([["Ouder/verzorger",P,"voor gezien (getekend)",d],["Directeur",D,"(getekend)",d]])]
    if var=="protest": return [H,("p","Ouders/verzorgers verklaren akkoord te gaan met het handelingsdeel."),T([["Ouder/verzorger",P,"getekend onder protest",d],["Directeur",D,"(getekend)",d]])]
    if var=="refused": return [H,("check",[(False,"akkoord met het handelingsdeel"),(True,"niet akkoord met het handelingsdeel")]),("kv",[("Toelichting ouders","Wij willen niet dat de uren rekenen ten koste gaan van gym."),("Naam",P),("Handtekening","(getekend)"),("Datum",d)])]
    if var=="partial": return [H,("p",f"Ouders stemmen in met het handelingsdeel, met uitzondering van het verkorte lesrooster. Over dat onderdeel is nog geen overeenstemming; er volgt een nieuw gesprek."),T([["Ouder/verzorger",P,"(getekend)",d]])]
    if var=="schoolonly": return [H,T([["Ouder/verzorger","","",""],["Intern begeleider",c["ib"],"(getekend)",d],["Directeur",D,"(getekend)",d]])]
    if var=="blank": return [H,("p","Voor akkoord handelingsdeel:"),("p","Handtekening ouder(s)/verzorger(s): ________________________   Datum: ____________")]
    if var=="unticked": return [H,("check",[(False,"Ouders stemmen in met het handelingsdeel"),(False,"Ouders stemmen niet in met het handelingsdeel")]),("kv",[("Naam ouder",P),("Handtekening",""),("Datum","")])]
    if var=="nodate": return [H,T([["Ouder/verzorger",P,"(getekend)",""],["Directeur",D,"(getekend)",""]])]
    if var=="adult_self": return [("h",2,"Instemming met het handelingsdeel (leerling is meerderjarig)"),("p",f"{n} is meerderjarig en handelingsbekwaam en stemt zelf in met het handelingsdeel."),T([["Leerling",c["full"],"(getekend)",d],["Directeur",D,"(getekend)",d]])]
    if var=="curator": return [("h",2,"Instemming met het handelingsdeel"),("p",f"{n} is meerderjarig en staat onder curatele; de curator ({P}) stemt namens {n} in. {n} heeft het plan ook zelf gelezen."),T([["Curator",P,"(getekend)",d],["Leerling (voor gezien)",c["full"],"(getekend)",d],["Directeur",D,"(getekend)",d]])]
    if var=="curatele_pupil": return [("h",2,"Instemming met het handelingsdeel"),("p",f"{n} is 19 jaar en staat onder curatele (curator: {P})."),T([["Leerling",c["full"],"(getekend)",d],["Directeur",D,"(getekend)",d]])]
    if var=="ph": return [H,("p","volgt na overleg")]
    if var=="avgonly": return [("h",2,"Toestemming gegevens en beeldmateriaal (AVG)"),("check",[(True,"Ik geef toestemming om gegevens te delen met het samenwerkingsverband"),(True,"Foto's van mijn kind mogen in de nieuwsbrief")]),("kv",[("Naam",P),("Handtekening","(getekend)"),("Datum",d)])]
    if var=="omit": return []
    raise ValueError(var)

def S(V,c,el,head,lvl=2,lang="nl"):
    t = render_el(el, V[el], c, lang)
    if t is None: return []
    return [("h",lvl,head)] + ([("p",t)] if t else [])

def KV(V,c,pairs,lang="nl"):
    out=[]
    for el,lab in pairs:
        t=render_el(el,V[el],c,lang)
        if t is not None: out.append((lab,t))
    return ("kv",out)

def rights_vast(V,c,lang="nl",h=("Rechten van ouders","Vaststelling")):
    return S(V,c,"informatie_rechten",h[0],2,lang)+S(V,c,"vaststelling",h[1],2,lang)

DOMAINS_BEL = ["Snel afgeleid bij drukte; werkgeheugen zwak bij meerstappige opdrachten.","Moeite met plannen en overzicht houden.","Faalangst bij toetsen.","Dyslexie (verklaring aanwezig)."]
DOMAINS_BEV = ["Gemotiveerd en nieuwsgierig.","Werkt goed met een duidelijke planning op papier.","Goede band met de leerkracht; behulpzaam.","Betrokken ouders; sportief."]

def domain_table(V,c):
    rows=[]; doms=["Leren","Werkhouding","Sociaal-emotioneel","Thuis en vrije tijd"]
    hb=render_el("belemmerende_factoren",V["belemmerende_factoren"],c); hv=render_el("bevorderende_factoren",V["bevorderende_factoren"],c)
    head=["Domein"]+(["Belemmerend"] if hb is not None else [])+(["Bevorderend"] if hv is not None else [])
    for i,dm in enumerate(doms):
        r=[dm]
        for t,lst in ((hb,DOMAINS_BEL),(hv,DOMAINS_BEV)):
            if t is None: continue
            if V[ "belemmerende_factoren" if lst is DOMAINS_BEL else "bevorderende_factoren"] in ("ok","pre"): r.append(lst[i])
            else: r.append(t if i==0 else "")
        rows.append(r)
    return [("table",head,rows)]

def L_groei(c,V):
    n=c["first"]
    b=[("h",1,f"Groeidocument {c['school']}"),("kv",[("Naam leerling",c["full"]),("Geboortedatum",c["dob"]),("Groep",c["groep"]),("School",f"{c['school']}, {c['place']}"),("Intern begeleider",c["ib"])]),
       ("h",2,"1. Aanleiding"),("p",f"Dit groeidocument is opgesteld omdat {n} meer ondersteuning nodig heeft dan de basisondersteuning. Hoofdstuk 5 vormt samen met de bijlage het ontwikkelingsperspectiefplan (OPP)."),
       ("h",2,"2. Beeld van de leerling")]+domain_table(V,c)
    b+=S(V,c,"ondersteuningsbehoefte","3. Onderwijs- en ondersteuningsbehoeften")
    b+=S(V,c,"adviezen_professionals","4. Adviezen van deskundigen")
    b+=[("h",2,"5. Ontwikkelingsperspectief")]+S(V,c,"uitstroombestemming","5.1 Verwachte uitstroombestemming",3)+S(V,c,"onderbouwing","5.2 Onderbouwing",3)
    b+=[("h",2,"6. Betrokkenheid ouders en leerling")]+S(V,c,"oogo","6.1 Op overeenstemming gericht overleg",3)+S(V,c,"inbreng_leerling",f"6.2 Wat vindt {n} zelf?",3)
    b+=S(V,c,"evaluatie","7. Evaluatie")
    b+=[("pb",),("h",1,"Bijlage 1 — Handelingsdeel"),KV(V,c,[("doelen","Doelen komende periode"),("ondersteuning","Ondersteuning (wat, wie, hoe vaak, vanaf wanneer)"),("afwijkingen_onderwijsprogramma","Afwijkingen van het onderwijsprogramma")])]
    b+=consent(V["instemming_ouders"],c)+rights_vast(V,c)
    return b

def L_arr(c,V):
    n=c["first"]
    b=[("h",1,f"Aanvraag arrangement — Samenwerkingsverband {c['swv']}"),("kv",[("Leerling",c["full"]),("Geboortedatum",c["dob"]),("School",c["school"]),("Aanvrager",c["ib"]),("Soort aanvraag","Arrangement extra ondersteuning, schooljaar "+c["sj"])]),
       ("p","Deze aanvraag bevat het ontwikkelingsperspectiefplan (deel B). Zonder volledig OPP neemt de toewijzingscommissie de aanvraag niet in behandeling."),
       ("h",1,"Deel A — Onderbouwing van de aanvraag"),("p",f"De school heeft de basisondersteuning ingezet (verlengde instructie, RT in de groep) maar {n} komt onvoldoende tot ontwikkeling."),
       ("h",1,"Deel B — Ontwikkelingsperspectiefplan")]
    Q=[("uitstroombestemming",f"Wat verwachten we dat {n} na deze school gaat doen?"),("onderbouwing","Waarop baseren we die verwachting?"),("belemmerende_factoren",f"Wat zit {n} in de weg?"),("bevorderende_factoren",f"Wat helpt {n}?"),("ondersteuningsbehoefte",f"Wat heeft {n} nodig?"),("adviezen_professionals","Wat adviseren deskundigen en wat doen we daarmee?"),("ondersteuning","Welke ondersteuning bieden we, door wie, hoe vaak?"),("afwijkingen_onderwijsprogramma","Wijkt het onderwijsprogramma af?"),("doelen","Wat willen we bereiken (doelen)?"),("oogo","Wanneer hebben we het plan met ouders besproken?"),("inbreng_leerling",f"Wat zegt {n} zelf, en wat hebben we daarmee gedaan?"),("evaluatie","Wanneer evalueren we?")]
    for el,q in Q: b+=S(V,c,el,q,2)
    b+=consent(V["instemming_ouders"],c)+S(V,c,"informatie_rechten","Wat als ouders het niet eens zijn?")+S(V,c,"vaststelling","Vaststelling OPP door het bevoegd gezag")
    b+=[("h",2,"Besluit toewijzingscommissie (in te vullen door SWV)"),("kv",[("Besluit",""),("Datum","")])]
    return b

def L_vo(c,V):
    n=c["first"]
    b=[("h",1,f"Ontwikkelingsperspectiefplan — {c['school']}"),("kv",[("Leerling",c["full"]),("Leerlingnummer",c["lnr"]),("Klas",c["groep"]),("Mentor",c["mentor"]),("Zorgcoördinator",c["ib"]),("Schooljaar",c["sj"])]),
       ("h",2,"A. Perspectief"),KV(V,c,[("uitstroombestemming","Uitstroombestemming"),("onderbouwing","Onderbouwing")]),
       ("h",2,"B. Leerlingprofiel"),KV(V,c,[("belemmerende_factoren","Belemmerende factoren"),("bevorderende_factoren","Bevorderende factoren"),("ondersteuningsbehoefte","Onderwijsbehoeften")]),
       ("h",2,"C. Vakkenoverzicht")]
    afw=V["afwijkingen_onderwijsprogramma"]
    vak=[["Nederlands","mavo","",""],["Engels","mavo","",""],["Frans","—","",""],["Wiskunde","kader","",""],["Biologie","mavo","",""],["LO","—","",""]]
    sup=V["ondersteuning"]
    if sup in("ok","pre"):
        for r,t in zip(vak,["voorleessoftware, extra tijd","extra tijd","","bijles 2x p.w. door vakdocent (vanaf "+c['start']+")","samenvattingen op papier",""]): r[3]=t
    if afw in("ok","pre"):
        for r,t in zip(vak,["","","vrijstelling; uren naar wiskunde","op kaderniveau (eigen leerlijn)","",""]): r[2]=t
    elif afw=="nvt":
        for r in vak: r[2]="geen"
    head=["Vak","Niveau","Afwijking programma","Ondersteuning"]
    keep=[0,1]+([2] if afw!="omit" else [])+([3] if sup!="omit" else [])
    b+=[("table",[head[i] for i in keep],[[r[i] for i in keep] for r in vak])]
    extra=[]
    if sup in("ok","pre"): extra.append(("Ondersteuning algemeen",f"Wekelijks mentorgesprek (15 min) met {c['mentor']}; faalangsttraining door de zorgcoördinator vanaf januari."))
    else:
        t=render_el("ondersteuning",sup,c)
        if t is not None: extra.append(("Ondersteuning",t))
    if afw not in("ok","pre","nvt"):
        t=render_el("afwijkingen_onderwijsprogramma",afw,c)
        if t is not None: extra.append(("Afwijkingen",t))
    if extra: b.append(("kv",extra))
    b+=[("h",2,"D. Doelen en advies"),KV(V,c,[("doelen","Doelen dit schooljaar"),("adviezen_professionals","Adviezen deskundigen")])]
    b+=[("h",2,"E. Overleg en evaluatie"),KV(V,c,[("oogo","OOGO met ouders"),("inbreng_leerling","Inbreng leerling"),("evaluatie","Evaluatie")])]
    b+=consent(V["instemming_ouders"],c)+rights_vast(V,c,h=("Informatie voor ouders","Vastgesteld"))
    return b

def L_so(c,V):
    n=c["first"]
    b=[("h",1,f"Ontwikkelingsperspectief {c['type'].upper()} — {c['school']}"),("kv",[("Naam",c["full"]),("Geboortedatum",c["dob"]),("Groep/klas",c["groep"]),("Leerroute",c.get("leerroute","leerroute 3")),("Cluster","cluster 4")]),
       ("h",2,"Perspectief en profiel"),KV(V,c,[("uitstroombestemming","Uitstroomprofiel / bestemming"),("onderbouwing","Onderbouwing leerroute en uitstroom")]),
       ("h",2,"Leerlingbeeld"),KV(V,c,[("belemmerende_factoren","Belemmerende factoren"),("bevorderende_factoren","Beschermende factoren"),("ondersteuningsbehoefte","Onderwijsbehoeften")]),
       ("h",2,"Handelingsdeel"),KV(V,c,[("adviezen_professionals","Advies commissie voor de begeleiding / deskundigen"),("ondersteuning","Begeleiding en ondersteuning"),("afwijkingen_onderwijsprogramma","Afwijkend programma"),("doelen","Doelen (per domein)")]),
       ("h",2,"Betrokkenheid"),KV(V,c,[("oogo","Gesprek met ouders/verzorgers (OOGO)"),("inbreng_leerling","Stem van de leerling"),("evaluatie","Evaluatiemomenten")])]
    b+=consent(V["instemming_ouders"],c)+rights_vast(V,c,h=("Bezwaar en geschillen","Vaststelling"))
    return b

def L_pro(c,V):
    n=c["first"]
    b=[("h",1,f"Individueel Ontwikkelingsplan (IOP) — {c['school']}"),("p",f"Dit IOP is het ontwikkelingsperspectiefplan van {c['full']} (klas {c['groep']}, mentor {c['mentor']})."),]
    b+=S(V,c,"uitstroombestemming","Mijn toekomst: waar ga ik naartoe?")+S(V,c,"onderbouwing","Waarom denken we dat?")
    b+=S(V,c,"bevorderende_factoren","Dit gaat goed / mijn sterke kanten")+S(V,c,"belemmerende_factoren","Dit vind ik lastig")+S(V,c,"ondersteuningsbehoefte","Wat heb ik nodig?")
    b+=[("h",2,"Afspraken (handelingsdeel)")]+S(V,c,"doelen","Mijn leerdoelen en stagedoelen",3)+S(V,c,"ondersteuning","Wie helpt mij, hoe en wanneer?",3)+S(V,c,"afwijkingen_onderwijsprogramma","Mijn rooster en vrijstellingen",3)
    b+=S(V,c,"adviezen_professionals","Advies van deskundigen")+S(V,c,"inbreng_leerling","Mijn mening over dit plan")+S(V,c,"oogo","Gesprek met mijn ouders")+S(V,c,"evaluatie","Wanneer kijken we terug?")
    b+=consent(V["instemming_ouders"],c)+rights_vast(V,c)
    return b

CODES={"uitstroombestemming":"OPP_UITSTR","onderbouwing":"OPP_ONDERB","belemmerende_factoren":"OPP_FACT_BEL","bevorderende_factoren":"OPP_FACT_BEV","ondersteuningsbehoefte":"OPP_OBEH","ondersteuning":"HD_ONDST","afwijkingen_onderwijsprogramma":"HD_AFW","doelen":"HD_DOEL","adviezen_professionals":"OPP_ADV_EXT","oogo":"OPP_OOGO","inbreng_leerling":"OPP_LLN","evaluatie":"OPP_EVAL","informatie_rechten":"OPP_RECHT","vaststelling":"OPP_VASTST"}
NAMES={"uitstroombestemming":"Uitstroombestemming","onderbouwing":"Onderbouwing uitstroom","belemmerende_factoren":"Belemmerende factoren","bevorderende_factoren":"Bevorderende factoren","ondersteuningsbehoefte":"Ondersteuningsbehoefte","ondersteuning":"Ondersteuning en begeleiding","afwijkingen_onderwijsprogramma":"Afwijkingen onderwijsprogramma","doelen":"Doelen","adviezen_professionals":"Adviezen externen","oogo":"OOGO","inbreng_leerling":"Inbreng leerling","evaluatie":"Evaluatie","informatie_rechten":"Informatie rechten ouders","vaststelling":"Vaststelling"}
def L_las(c,V):
    foot=f"LeerlingPunt 7.4 | {c['school']} | afgedrukt {c['printed']} door {c['ib']} | VERTROUWELIJK"
    b=[("p",f"LeerlingPunt 7.4 — Rapportage OPP (sjabloon SWV-{c['swv'].split()[0][:3].upper()}-v3)"),("kv",[("[LL_NAAM]",c["full"]),("[LL_GEBDAT]",c["dob"]),("[LL_GROEP]",c["groep"]),("[LL_NR]",c["lnr"])])]
    for i,el in enumerate(ELS):
        if el=="instemming_ouders":
            b+=consent(V[el],c); continue
        t=render_el(el,V[el],c)
        if t is None: continue
        b.append(("p",f"[{CODES[el]}] {NAMES[el]}:  " + (t if t else "")))
        if i in (4,9): b+=[("p","— "+foot+f" | pagina {1 if i==4 else 2} van 3 —"),("pb",)]
    b.append(("p","— "+foot+" | pagina 3 van 3 —"))
    return b

def L_en(c,V):
    n=c["first"]
    b=[("h",1,"Individual Development Perspective Plan (OPP)"),("p",f"{c['school']} — International Department, {c['place']}"),("kv",[("Student",c["full"]),("Date of birth",c["dob"]),("Class",c["groep"]),("Mentor",c["mentor"])])]
    for el,h in [("uitstroombestemming","1. Expected exit destination"),("onderbouwing","2. Rationale for the exit destination"),("belemmerende_factoren","3. Hindering factors"),("bevorderende_factoren","4. Supporting factors / strengths"),("ondersteuningsbehoefte","5. Support needs"),("ondersteuning","6. Support provided (who, what, how often)"),("afwijkingen_onderwijsprogramma","7. Deviations from the curriculum"),("doelen","8. Goals"),("adviezen_professionals","9. Advice from professionals"),("oogo","10. Consultation with parents (OOGO)"),("inbreng_leerling",f"11. Student voice"),("evaluatie","12. Review")]:
        b+=S(V,c,el,h,2,"en")
    b+=consent(V["instemming_ouders"],c,"en")+rights_vast(V,c,"en",("Your rights","Adoption of the plan"))
    return b

def L_brief(c,V):
    n=c["first"]
    b=[("p",f"{c['school']}\n{c['place']}"),("p",f"{c['place']}, {c['date']}"),("p",f"Betreft: ontwikkelingsperspectiefplan van {c['full']}"),("p",f"Beste ouders van {n},"),("p",f"In deze brief leest u het ontwikkelingsperspectiefplan (OPP) voor {n}.")]
    intro={"uitstroombestemming":"Wij verwachten dat de uitstroombestemming van {n} is: ","onderbouwing":"Waarom verwachten wij dit? ","belemmerende_factoren":"Wat maakt leren moeilijker voor {n}? ","bevorderende_factoren":"Wat helpt {n}? ","ondersteuningsbehoefte":"Wat heeft {n} nodig? ","ondersteuning":"Welke hulp bieden wij? ","afwijkingen_onderwijsprogramma":"Afwijkingen van het programma: ","doelen":"Onze doelen: ","adviezen_professionals":"Advies van deskundigen: ","oogo":"Ons gesprek met u: ","inbreng_leerling":"Wat zegt {n} zelf? ","evaluatie":"Evaluatie: ","informatie_rechten":"Uw rechten: "}
    for el in ELS:
        if el in("instemming_ouders","vaststelling"): continue
        v=V[el]; v="ph" if v=="empty" else v
        t=render_el(el,v,c)
        if t is None: continue
        b.append(("p",intro[el].format(n=n)+t))
    t=render_el("vaststelling",V["vaststelling"],c)
    b.append(("p","Met vriendelijke groet,\n"+c["dir"]+", directeur"+("\n"+t if t else "")))
    b+=consent(V["instemming_ouders"],c)
    return b

def L_beknopt(c,V):
    n=c["first"]
    b=[("h",1,"Beknopt OPP"),("kv",[("Leerling",c["full"]),("School",c["school"]),("Groep",c["groep"]),("Datum",c["date"])])]
    b+=[("h",2,"Leerlingbeeld")]+domain_table(V,c)
    b+=[KV(V,c,[("ondersteuningsbehoefte","Onderwijsbehoeften"),("uitstroombestemming","Uitstroom"),("onderbouwing","Onderbouwing"),("doelen","Doelen"),("ondersteuning","Aanpak / ondersteuning"),("afwijkingen_onderwijsprogramma","Afwijkingen"),("adviezen_professionals","Externe adviezen"),("oogo","OOGO"),("inbreng_leerling","Leerling"),("evaluatie","Evaluatie"),("informatie_rechten","Rechten"),("vaststelling","Vastgesteld")])]
    b+=consent(V["instemming_ouders"],c)
    return b

LAYOUTS={"groeidocument-handelingsdeel":L_groei,"arrangementsaanvraag-met-opp":L_arr,"vo-vakkentabel":L_vo,"so-leerroute-uitstroomprofiel":L_so,"pro-iop":L_pro,"las-export-veldcodes":L_las,"international-english":L_en,"brief-aan-ouders":L_brief,"beknopt-domeintabel":L_beknopt}
