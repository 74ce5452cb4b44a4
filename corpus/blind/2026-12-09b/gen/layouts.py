# -*- coding: utf-8 -*-
"""Build the intermediate representation (list of blocks) of each document.
Blocks: ("title",t) ("sub",t) ("h1",t) ("h2",t) ("p",t) ("ul",[..]) ("table",rows,hdr) ("checks",[(bool,label)])
("sigtable",hdr,rows)  cell 'SIG:name' = drawn signature;  ("field",label,value,multiline) ("checkfield",label,bool)
("sdt",label,value_or_None) docx content control; ("pb",) page break."""
from content import *

def el_blocks(el, var, p, ctx):
    if var in ("present","na_content"):
        return pupil_text(el, p, ctx)
    if var=="empty": return []
    if var=="placeholder": return [("p", ctx["rng"].choice(PLACEHOLDERS) if el not in ctx.get("ph",{}) else ctx["ph"][el])]
    if var=="instruction": return [("p", INSTRUCTIONS[el])]
    if var=="ref":
        return [("p", {"adviezen_professionals":"Zie het verslag van het psychologisch onderzoek (bijlage 3).",
                        "onderbouwing":"Zie de toetsgegevens en het onderzoeksverslag in de bijlagen.",
                        "informatie_rechten":"Voor de klachtenregeling verwijzen wij naar de schoolgids.",
                        "ondersteuning":"Zie groeidocument, tabblad 'Aanpak'.",
                        "evaluatie":"Zie de jaarplanning zorg op de website.",
                        }.get(el, "Zie bijlage 2."))]
    if var=="view_only":
        return [("p", f"{ctx['first']} zegt: \"{ctx['quote']}\"")]
    if var=="nvt_applies": return [("p","n.v.t.")]
    if var=="none": return [("p", "Er wordt niet afgeweken van het onderwijsprogramma; de leerling volgt het volledige programma van de groep/klas.")]
    if var=="vague":
        if el=="doelen": return [("ul",["Beter leren lezen.","Meer zelfvertrouwen krijgen.","Rustiger worden in de klas."])]
        return [("p","Extra aandacht van de leerkracht waar nodig. Leerling mag hulp vragen.")]
    if var=="no_when": return [("p","Het plan wordt geëvalueerd wanneer daar aanleiding toe is.")]
    if var=="no_date":
        if el=="oogo": return [("p","Datum gesprek met ouders: ..........   Aanwezig: ..........")]
        if el=="vaststelling": return [("p",f"Vastgesteld door: {ctx['director']}, directeur.   Datum vaststelling: ____________")]
    if var=="no_cvb":
        return [("p","De behandelaar van Jeugd-GGZ De Meander adviseert vaste, voorspelbare overgangen en vooraankondiging van veranderingen. De school heeft dit opgenomen in de ondersteuning.")]
    if var=="unticked":
        return [("checks",[(False,o) for o in ctx["dest_options"]])]
    if var=="ticked":
        return [("checks",[(o==ctx["dest_pick"],o) for o in ctx["dest_options"]]), ("p", pupil_text(el,p,ctx)[0][1])]
    if var=="adult_na":
        return [("p", f"{ctx['first']} is meerderjarig en handelingsbekwaam. Hij is zelf gesprekspartner en heeft het plan samen met de mentor opgesteld; zijn wensen staan verwerkt in de doelen en de stageplek.")]
    if var=="revised_note":
        return []
    raise ValueError((el,var))

# -------- consent / signature endings --------
def consent_blocks(cv, ctx):
    m, f, pup = ctx["mother"], ctx["father"], ctx["pupil_name"]
    d = dshort(ctx["sign_date"]); ds = dshort(ctx["vast_date"])
    mentor, director = ctx["mentor"], ctx["director"]
    H = [("h1", ctx.get("sig_head","Ondertekening"))]
    intro = ("p","Met ondertekening geven ouders aan of zij instemmen met het handelingsdeel.")
    hdr = ["Rol","Naam","Datum","Akkoord handelingsdeel","Handtekening"]
    school_rows = [["Mentor / leerkracht",mentor,ds,"n.v.t.","SIG:"+mentor],["Directeur",director,ds,"n.v.t.","SIG:"+director]]
    if cv=="table_signed":
        rows=[["Ouder/verzorger 1",m,d,"ja","SIG:"+m],["Ouder/verzorger 2",f,d,"ja","SIG:"+f]]+school_rows
        if ctx.get("pupil_row"): rows.insert(2,["Leerling (gezien)",pup,d,"n.v.t.","SIG:"+pup])
        return H+[intro,("sigtable",hdr,rows)]
    if cv=="one_parent":
        rows=[["Ouder/verzorger 1",m,d,"ja","SIG:"+m],["Ouder/verzorger 2","","","",""]]+school_rows
        return H+[intro,("sigtable",hdr,rows)]
    if cv=="parents_disagree":
        rows=[["Ouder/verzorger 1",m,d,"ja","SIG:"+m],["Ouder/verzorger 2",f,d,"nee","SIG:"+f]]+school_rows
        return H+[intro,("sigtable",hdr,rows),("p",f"Opmerking: vader ({f}) is het niet eens met de inzet van de time-out-plek en de eigen leerlijn rekenen. Er volgt een vervolggesprek.")]
    if cv=="school_only":
        rows=[["Ouder/verzorger 1",m,"","",""],["Ouder/verzorger 2",f,"","",""]]+school_rows
        return H+[intro,("sigtable",hdr,rows)]
    if cv=="no_date":
        rows=[["Ouder/verzorger 1",m,"","ja","SIG:"+m],["Ouder/verzorger 2",f,"","ja","SIG:"+f]]+[[r[0],r[1],"",r[3],r[4]] for r in school_rows]
        return H+[intro,("sigtable",hdr,rows)]
    if cv=="sign_later":
        rows=[["Ouder/verzorger 1",m,"","",""],["Ouder/verzorger 2",f,"","",""]]+school_rows
        return H+[intro,("sigtable",hdr,rows),("p","Ouders nemen het plan mee naar huis en leveren het ondertekend in binnen twee weken. Handtekening volgt.")]
    if cv=="signed_later_addendum":
        rows=[["Ouder/verzorger 1",m,"","",""],["Ouder/verzorger 2",f,"","",""]]+school_rows
        d2=dshort(addd(ctx["sign_date"],12))
        return H+[intro,("sigtable",hdr,rows),("p","Ouders nemen het plan mee naar huis en leveren het ondertekend in."),
                  ("h2","Aanvulling na retour"),("p",f"Ondertekend exemplaar retour ontvangen op {d2}. Beide ouders gaan akkoord met het handelingsdeel."),
                  ("sigtable",["Naam","Datum","Akkoord handelingsdeel","Handtekening"],[[m,d2,"ja","SIG:"+m],[f,d2,"ja","SIG:"+f]])]
    if cv in ("tick_akkoord","tick_none","tick_niet","tick_partial"):
        t = {"tick_akkoord":0,"tick_none":-1,"tick_niet":1,"tick_partial":2}[cv]
        opts=["Wij gaan akkoord met het handelingsdeel van het OPP.","Wij gaan niet akkoord met het handelingsdeel van het OPP.","Wij gaan gedeeltelijk akkoord, namelijk met uitzondering van: " + ("de inzet van de time-out-ruimte en het verkorte rooster." if t==2 else "............................")]
        b=H+[("p","Instemming ouders/verzorgers met het handelingsdeel (aankruisen wat van toepassing is):"),("checks",[(i==t,o) for i,o in enumerate(opts)])]
        b.append(("sigtable",["","Naam","Datum","Handtekening"],[["Ouder/verzorger",m,d,"SIG:"+m],["Namens de school",director,ds,"SIG:"+director]]))
        return b
    if cv=="voor_gezien":
        return H+[("p","Voor gezien getekend door ouders/verzorgers:"),("sigtable",["Naam","Datum","Handtekening (voor gezien)"],[[m,d,"SIG:"+m],[f,d,"SIG:"+f]]),
                  ("p","Namens de school:"),("sigtable",["Naam","Functie","Datum","Handtekening"],[[mentor,ctx["mentor_role"],ds,"SIG:"+mentor],[director,"directeur",ds,"SIG:"+director]])]
    if cv=="gezien_plus_akkoord":
        return H+[("h2","Deel A – ontwikkelingsperspectief: voor gezien"),("sigtable",["Naam","Datum","Handtekening"],[[m,d,"SIG:"+m],[f,d,"SIG:"+f]]),
                  ("h2","Deel B – handelingsdeel: voor akkoord"),("p","Ouders verklaren in te stemmen met het handelingsdeel."),
                  ("sigtable",["Naam","Datum","Handtekening"],[[m,d,"SIG:"+m],[f,d,"SIG:"+f]]),
                  ("h2","Namens de school"),("sigtable",["Naam","Functie","Datum","Handtekening"],[[director,"directeur",ds,"SIG:"+director]])]
    if cv=="onder_protest":
        rows=[["Ouder/verzorger 1",m,d,"getekend onder protest","SIG:"+m],["Ouder/verzorger 2",f,d,"getekend onder protest","SIG:"+f]]+school_rows
        return H+[intro,("sigtable",hdr,rows),("p","Toelichting ouders: wij tekenen onder protest, omdat wij vinden dat de ondersteuning onvoldoende is en wij de uitstroombestemming te laag vinden.")]
    if cv=="blank_line":
        return H+[("p","Handtekening ouder(s)/verzorger(s) voor akkoord handelingsdeel:"),("p","Naam: ______________________   Datum: ____________   Handtekening: ______________________"),
                  ("p","Handtekening school:"),("sigtable",["Naam","Datum","Handtekening"],[[director,ds,"SIG:"+director]])]
    if cv=="digital_ok":
        return H+[("p",f"Digitale instemming ouderportaal ({ctx['system']}):"),("table",[["Status","Akkoord handelingsdeel"],["Ingestemd door",f"{m} (ouder/verzorger, gezag)"],["Datum/tijd",f"{d} 19:42"],["Methode","Digitaal akkoord via ouderportaal (ingelogd met DigiD)"],["Vastgesteld door school",f"{director}, {ds}"]],False)]
    if cv=="digital_pending":
        return H+[("p",f"Digitale instemming ouderportaal ({ctx['system']}):"),("table",[["Status","Ter ondertekening verzonden – nog geen reactie"],["Verzonden aan",f"{m}; {f}"],["Verzonden op",d],["Herinnering","gepland"]],False)]
    if cv=="stated":
        return [("h2","Aanvulling administratie"),("p",f"Op {dlong(ctx['sign_date'])} heeft {m} per e-mail laten weten dat zij en {f} instemmen met het handelingsdeel zoals hierboven beschreven. Deze e-mail is opgenomen in het leerlingdossier.")]
    if cv=="adult_self":
        return H+[("p",f"{pup} is meerderjarig en handelingsbekwaam en beslist zelf over het handelingsdeel."),
                  ("checks",[(True,"Ik ga akkoord met het handelingsdeel."),(False,"Ik ga niet akkoord met het handelingsdeel.")]),
                  ("sigtable",["Rol","Naam","Datum","Handtekening"],[["Leerling (18+)",pup,d,"SIG:"+pup],["Ouder (voor gezien, op verzoek van leerling)",m,d,"SIG:"+m],["Directeur",director,ds,"SIG:"+director]])]
    if cv=="adult_parents_only":
        rows=[["Ouder/verzorger 1",m,d,"ja","SIG:"+m],["Ouder/verzorger 2",f,d,"ja","SIG:"+f],["Leerling",pup,"","",""]]+school_rows
        return H+[intro,("sigtable",hdr,rows)]
    if cv=="curator":
        return H+[("p",f"{pup} is meerderjarig en staat onder curatele. Curator is {m} (moeder). De curator beslist over het handelingsdeel; {pup} tekent voor gezien."),
                  ("sigtable",["Rol","Naam","Datum","Akkoord handelingsdeel","Handtekening"],[["Curator",m,d,"ja","SIG:"+m],["Leerling (voor gezien)",pup,d,"n.v.t.","SIG:"+pup]]+school_rows)]
    if cv=="pupil_only_curatele":
        return H+[("sigtable",["Rol","Naam","Datum","Akkoord handelingsdeel","Handtekening"],[["Leerling",pup,d,"ja","SIG:"+pup]]+school_rows),
                  ("p",f"Opmerking administratie: {pup} staat sinds 2025 onder curatele (curator: {m}).")]
    if cv=="other_consent_only":
        return other_consent("avg",ctx)+other_consent("foto",ctx)
    if cv=="medication_plus_blank":
        return H+[("p","Handtekening ouder(s)/verzorger(s) voor akkoord handelingsdeel:"),("p","Naam: ______________________   Datum: ____________   Handtekening: ______________________")]+other_consent("medicatie",ctx)
    if cv=="avg_plus_blank":
        return H+[("p","Instemming handelingsdeel:"),("checks",[(False,"akkoord"),(False,"niet akkoord")]),("p","Handtekening ouder: ____________________  Datum: ________")]+other_consent("avg",ctx)
    if cv=="missing": return []
    raise ValueError(cv)

def other_consent(kind, ctx):
    m=ctx["mother"]; d=dshort(ctx["sign_date"])
    if kind=="avg":
        return [("h1","Toestemming delen van gegevens (AVG)"),("p","Ik geef toestemming om de gegevens uit dit dossier te delen met:"),
                ("checks",[(True,"het samenwerkingsverband (ondersteuningsaanvraag)"),(True,"de jeugdarts van de GGD"),(False,"de wijkteammedewerker van de gemeente")]),
                ("sigtable",["Naam","Datum","Handtekening"],[[m,d,"SIG:"+m]])]
    if kind=="foto":
        return [("h1","Toestemming beeldmateriaal"),("checks",[(True,"Foto's in de schoolgids en op de website"),(False,"Foto's op sociale media")]),
                ("sigtable",["Naam","Datum","Handtekening"],[[m,d,"SIG:"+m]])]
    if kind=="medicatie":
        return [("h1","Bijlage: toestemmingsverklaring medicijnverstrekking"),("p","Ouder/verzorger geeft toestemming dat de school op schooldagen om 12.00 uur methylfenidaat 10 mg verstrekt volgens voorschrift van de huisarts."),
                ("sigtable",["Naam","Datum","Handtekening"],[[m,d,"SIG:"+m]])]

def pupil_table(ctx):
    rows=[["Naam leerling",ctx["pupil_name"]],["Geboortedatum",dshort(ctx["birth"])],["School",ctx["school"]+", "+ctx["place"]],
          ["Groep/klas",ctx["p"]["group"]],["Datum opstellen OPP",dshort(ctx["plan_date"])],["Mentor/leerkracht",ctx["mentor"]],["Intern begeleider / zorgcoördinator",ctx["ib"]]]
    if ctx.get("revised"): rows.append(["Bijgesteld op",dshort(ctx["revised"])])
    if ctx.get("adult"): rows.append(["Meerderjarig","ja (18 jaar of ouder)"])
    return ("table",rows,False)

def sec(ctx, el, hidx, level="h1", num=""):
    var = ctx["vars"][el]
    if var=="missing": return []
    h = (num+" " if num else "")+HEAD[el][hidx]
    return [(level,h)] + el_blocks(el,var,ctx["p"],ctx)

# ---------------- layouts ----------------
def L_numbered(ctx):
    b=[("title","Ontwikkelingsperspectiefplan (OPP)"),("sub",ctx["swv"]+" – format "+("2024-2025" if ctx["pre2025"] else "2025-2026")),("h1","1. Gegevens leerling"),pupil_table(ctx)]
    n=2
    groups=[["uitstroombestemming","onderbouwing"],["belemmerende_factoren","bevorderende_factoren"],["ondersteuningsbehoefte"],["ondersteuning","doelen","afwijkingen_onderwijsprogramma"],
            ["adviezen_professionals"],["inbreng_leerling"],["oogo","evaluatie"],["informatie_rechten"],["vaststelling"]]
    gtitles=["Ontwikkelingsperspectief","Beeld van de leerling","Onderwijsbehoeften","Handelingsdeel","Adviezen","Inbreng leerling","Overleg en evaluatie","Rechten van ouders","Vaststelling"]
    for g,t in zip(groups,gtitles):
        inner=[]; k=1
        for el in g:
            s=sec(ctx,el,0,"h2",f"{n}.{k}")
            if s: inner+=s; k+=1
        if inner: b+=[("h1",f"{n}. {t}")]+inner; n+=1
    ctx["sig_head"]=f"{n}. Ondertekening"
    return b+consent_blocks(ctx["consent"],ctx)

def L_twocol(ctx):
    b=[("title","OPP – "+ctx["pupil_name"]),("sub",ctx["school"]),pupil_table(ctx),("h1","Ontwikkelingsperspectief")]
    rows=[]
    for el in ORDER:
        var=ctx["vars"][el]
        if var=="missing": continue
        txt=flatten(el_blocks(el,var,ctx["p"],ctx))
        rows.append([HEAD[el][1],txt])
    b.append(("table",rows,False))
    return b+consent_blocks(ctx["consent"],ctx)

def flatten(blocks):
    out=[]
    for bl in blocks:
        if bl[0]=="p": out.append(bl[1])
        elif bl[0]=="ul": out+= ["• "+x for x in bl[1]]
        elif bl[0]=="checks": out+= [("☒ " if c else "☐ ")+l for c,l in bl[1]]
    return "\n".join(out)

def L_domain(ctx):
    b=[("title","Ontwikkelingsperspectief"),("sub",ctx["school"]+" – "+ctx["place"]),pupil_table(ctx)]
    for el in ["uitstroombestemming","onderbouwing"]: b+=sec(ctx,el,0)
    vb,vv=ctx["vars"]["belemmerende_factoren"],ctx["vars"]["bevorderende_factoren"]
    if not (vb=="missing" and vv=="missing"):
        doms=["Leren / cognitie","Werkhouding / taakaanpak","Sociaal-emotioneel","Thuissituatie en omgeving"]
        rows=[["Domein","Belemmerende factoren","Bevorderende factoren"]]
        def cells(var,items,el):
            if var=="present": return [items[i] if i<len(items) else "" for i in range(3)]+[""]
            if var in ("placeholder","instruction"): return [flatten(el_blocks(el,var,ctx["p"],ctx))]+[""]*3
            return ["","","",""]
        bc=cells(vb,ctx["p"]["bel"],"belemmerende_factoren"); vc=cells(vv,ctx["p"]["bev"],"bevorderende_factoren")
        if vv=="present": vc=[ctx["p"]["bev"][0],"",ctx["p"]["bev"][1],ctx["p"]["bev"][2]]
        hdr_b = "Belemmerende factoren" if vb!="missing" else None
        if vb=="missing": rows=[["Domein","Bevorderende factoren"]]+[[doms[i],vc[i]] for i in range(4)]
        elif vv=="missing": rows=[["Domein","Belemmerende factoren"]]+[[doms[i],bc[i]] for i in range(4)]
        else: rows+= [[doms[i],bc[i],vc[i]] for i in range(4)]
        b+=[("h1","Belemmerende en bevorderende factoren per domein"),("table",rows,True)]
    for el in ["ondersteuningsbehoefte","ondersteuning","afwijkingen_onderwijsprogramma","doelen","adviezen_professionals","inbreng_leerling","oogo","evaluatie","informatie_rechten","vaststelling"]:
        b+=sec(ctx,el,0)
    return b+consent_blocks(ctx["consent"],ctx)

def L_groei(ctx):
    b=[("title","Groeidocument"),("sub",f"{ctx['pupil_name']} – {ctx['school']}"),("h1","1. Gegevens"),pupil_table(ctx),
       ("h1","2. Beeld van de leerling"),("p","Hulpvraag van school: hoe kunnen we de leerling zo ondersteunen dat hij/zij zich optimaal ontwikkelt?")]
    b+=sec(ctx,"belemmerende_factoren",0,"h2")+sec(ctx,"bevorderende_factoren",3,"h2")
    b+=[("h1","3. Onderwijsbehoeften")]+el_blocks("ondersteuningsbehoefte",ctx["vars"]["ondersteuningsbehoefte"],ctx["p"],ctx) if ctx["vars"]["ondersteuningsbehoefte"]!="missing" else []
    b+=[("h1","4. Ontwikkelingsperspectiefplan (OPP)"),("p","Dit hoofdstuk vormt het ontwikkelingsperspectief zoals bedoeld in de wet.")]
    for el in ["uitstroombestemming","onderbouwing","afwijkingen_onderwijsprogramma","doelen"]: b+=sec(ctx,el,0,"h2")
    b+=[("h1","5. Handelingsdeel")]+el_blocks("ondersteuning",ctx["vars"]["ondersteuning"],ctx["p"],ctx)
    b+=[("h1","6. Betrokkenen")]
    for el in ["adviezen_professionals","inbreng_leerling","oogo"]: b+=sec(ctx,el,0,"h2")
    b+=[("h1","7. Evaluatie")]+el_blocks("evaluatie",ctx["vars"]["evaluatie"],ctx["p"],ctx) if ctx["vars"]["evaluatie"]!="missing" else []
    if ctx["vars"]["evaluatie"]!="missing":
        if ctx.get("past_eval"):
            b+=[("h2","Jaarevaluatie "+dshort(ctx["past_eval"])),("table",[["Doel","Resultaat","Vervolg"],[ctx["p"]["doelen"][0][:60]+"…","deels behaald","doel gehandhaafd"],[ctx["p"]["doelen"][1][:60]+"…","behaald","nieuw doel"],["Besproken met","ouders en mentor",dshort(ctx["past_eval"])]],True)]
        else:
            b+=[("h2","Evaluatieverslag (in te vullen bij evaluatie)"),("table",[["Doel","Tussenevaluatie","Jaarevaluatie"]]+[[x[:50]+"…","",""] for x in ctx["p"]["doelen"]],True)]
    b+=sec(ctx,"informatie_rechten",0,"h1")+sec(ctx,"vaststelling",1,"h1")
    ctx["sig_head"]="8. Ondertekening"
    return b+consent_blocks(ctx["consent"],ctx)

def L_questions(ctx):
    b=[("title","Ontwikkelingsperspectief – "+ctx["first"]),("sub",ctx["school"]),pupil_table(ctx)]
    for el in ORDER: b+=sec(ctx,el,2)
    ctx["sig_head"]="Gaan ouders akkoord met het handelingsdeel?"
    return b+consent_blocks(ctx["consent"],ctx)

def L_letter(ctx):
    m,f=ctx["mother"],ctx["father"]
    b=[("p",ctx["school"]),("p",f"{ctx['place']}, {dlong(ctx['vast_date'])}"),("p",f"Aan de ouders/verzorgers van {ctx['pupil_name']}"),
       ("p",f"Betreft: ontwikkelingsperspectiefplan {ctx['first']}"),("p","Geachte ouders/verzorgers,"),
       ("p",f"Naar aanleiding van ons gesprek sturen wij u hierbij het ontwikkelingsperspectief van {ctx['first']} ({ctx['p']['group']}). Hieronder staat wat wij hebben afgesproken.")]
    if ctx.get("revised"): b.append(("p",f"Dit is de bijgestelde versie (bijstelling {dlong(ctx['revised'])}) van het ontwikkelingsperspectief dat op {dlong(ctx['plan_date'])} is opgesteld."))
    for el in ORDER: b+=sec(ctx,el,1,"h2")
    b+=[("p","Met vriendelijke groet,"),("p",f"{ctx['mentor']}, {ctx['mentor_role']}"),("p",f"{ctx['ib']}, {ctx['ib_role']}")]
    ctx["sig_head"]="Antwoordstrook (terug naar school)"
    return b+consent_blocks(ctx["consent"],ctx)

def L_export(ctx):
    sysn=ctx["system"]
    b=[("sub",f"{sysn} – Export leerlingdossier – onderdeel OPP"),("title","OPP "+ctx["pupil_name"]),
       ("table",[["Leerling",ctx["pupil_name"]],["Leerlingnummer",str(ctx["lln"])],["Geboortedatum",dshort(ctx["birth"])],["Groep/klas",ctx["p"]["group"]],["Vestiging",ctx["school"]],["Documentstatus","Definitief" ],["Aangemaakt",dshort(ctx["plan_date"])]],False)]
    for el in ORDER:
        var=ctx["vars"][el]
        if var=="missing": continue
        b+=[("h2","Rubriek: "+HEAD[el][4])]
        bl=el_blocks(el,var,ctx["p"],ctx)
        b+= bl if bl else [("p","(geen gegevens)")] if var=="empty" else []
    ctx["sig_head"]="Rubriek: Instemming"
    return b+consent_blocks(ctx["consent"],ctx)

def L_beknopt(ctx):
    b=[("title","Beknopt OPP"),("sub",ctx["swv"]),
       ("field","Naam leerling",ctx["pupil_name"],False),("field","Geboortedatum",dshort(ctx["birth"]),False),("field","School",ctx["school"],False),("field","Groep/klas",ctx["p"]["group"],False),("field","Datum",dshort(ctx["plan_date"]),False)]
    for el in ORDER:
        var=ctx["vars"][el]
        if var=="missing": continue
        if el=="uitstroombestemming" and var in ("unticked","ticked"):
            b+=[("h2",HEAD[el][0])]+[("checkfield",o,(var=="ticked" and o==ctx["dest_pick"])) for o in ctx["dest_options"]]
            if var=="ticked": b.append(("field","Toelichting",ctx["p"]["dest"],False))
            continue
        b.append(("field",HEAD[el][0],flatten(el_blocks(el,var,ctx["p"],ctx)),True))
    cv=ctx["consent"]
    if cv in ("tick_akkoord","tick_none","tick_niet"):
        b+=[("h1","Instemming ouders met het handelingsdeel"),("checkfield","Akkoord",cv=="tick_akkoord"),("checkfield","Niet akkoord",cv=="tick_niet"),
            ("field","Naam ouder",ctx["mother"],False),("field","Datum",dshort(ctx["sign_date"]),False),("field","Handtekening", ("[digitaal geparafeerd] "+ctx["mother"]) if cv!="tick_none" else "",False),
            ("field","Namens school (naam, datum)",f"{ctx['director']}, {dshort(ctx['vast_date'])}" if ctx["vars"]["vaststelling"]=="present" else "",False)]
        return b
    return b+consent_blocks(cv,ctx)

def L_vso(ctx):
    b=[("title","Ontwikkelingsperspectiefplan VSO"),("sub",ctx["school"]+" – uitstroomprofiel en transitie"),pupil_table(ctx),("h1","1. Uitstroomprofiel")]
    var=ctx["vars"]["uitstroombestemming"]
    profs=["Vervolgonderwijs","Arbeidsmarktgericht","Dagbesteding"]
    if var=="present":
        b+=[("checks",[(pp=="Arbeidsmarktgericht",pp) for pp in profs]),("p","Toelichting: "+ctx["p"]["dest"]+".")]
    elif var!="missing":
        b+=[("checks",[(False,pp) for pp in profs])]+el_blocks("uitstroombestemming",var,ctx["p"],ctx) if var!="unticked" else [("checks",[(False,pp) for pp in profs])]
    b+=sec(ctx,"onderbouwing",4,"h2")
    b+=[("h1","2. Beeld van de leerling")]+sec(ctx,"belemmerende_factoren",3,"h2")+sec(ctx,"bevorderende_factoren",3,"h2")+sec(ctx,"ondersteuningsbehoefte",3,"h2")
    b+=[("h1","3. Handelingsdeel en transitie")]+sec(ctx,"ondersteuning",3,"h2")+sec(ctx,"doelen",3,"h2")+sec(ctx,"afwijkingen_onderwijsprogramma",3,"h2")
    b+=[("h1","4. Betrokkenen en advies")]+sec(ctx,"adviezen_professionals",3,"h2")+sec(ctx,"inbreng_leerling",3,"h2")+sec(ctx,"oogo",3,"h2")
    b+=[("h1","5. Evaluatie, rechten en vaststelling")]+sec(ctx,"evaluatie",3,"h2")+sec(ctx,"informatie_rechten",3,"h2")+sec(ctx,"vaststelling",3,"h2")
    ctx["sig_head"]="6. Instemming handelingsdeel"
    return b+consent_blocks(ctx["consent"],ctx)

LAYOUTS={"swv-numbered":L_numbered,"two-column":L_twocol,"domain-table":L_domain,"groeidocument":L_groei,"question-headings":L_questions,
         "letter":L_letter,"system-export":L_export,"beknopt-form":L_beknopt,"vso-profile":L_vso}
