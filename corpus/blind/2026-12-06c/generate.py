#!/usr/bin/env python3
"""Deterministic generator of the blind OPP set. Run: ../venv/bin/python generate.py"""
import os, sys, json, datetime as dt, subprocess, shutil, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import ELS, CONSENT_LABEL, label_of
from layouts import LAYOUTS
import render as R
HERE=os.path.dirname(os.path.abspath(__file__)); DOCS=os.path.join(HERE,"docs")

PEOPLE=[("Sem","Verhoeckx","m"),("Lotte","Brandsema","v"),("Daan","Oosterwijk","m"),("Noor","Kwakernaat","v"),("Milan","Ravenstijn","m"),("Yara","Doornbosch","v"),
("Bram","Heijstek","m"),("Fenna","Wolterbeek","v"),("Ilias","Bouzerrou","m"),("Jesse","Timmerhuis","m"),("Sanne","Vlasblom","v"),("Ravi","Ramsahai","m"),
("Evi","Groenhuijsen","v"),("Thijs","Marsbergen","m"),("Lina","Haddouchi","v"),("Cas","Spijkerboer","m"),("Mees","Van Dongelaar","m"),("Zoë","Kapteijns","v"),
("Luuk","Wijnveldt","m"),("Amira","El Kaddouri","v"),("Ruben","Stapperfenne","m"),("Isa","Nijenkamp","v"),("Owen","Baldwin-Tuyl","m"),("Mila","Overdijkink","v"),
("Jayden","Koolhof","m"),("Tess","Zeldenrust","v"),("Finn","Oudejans","m"),("Saar","Blankevoort","v"),("Gijs","Hulsebosch","m"),("Nina","Terpstra-Wiel","v"),
("Hamza","Ait Lhaj","m"),("Roos","Vreugdenhil","v"),("Stijn","Lammerdink","m"),("Maud","Ebbinkhuijsen","v"),("Kian","Moerdijkx","m"),("Julia","Steenvoorden","v"),
("Levi","Pannekoek","m"),("Anouk","Sinnige","v"),("Tygo","Hoogenraad","m"),("Liv","Kruisinga","v"),("Aiden","Sørensen-Bakx","m"),("Elin","Voskuilen","v"),
("Boaz","Ketelaar","m"),("Femke","Rijnsburger","v"),("Niek","Wassenbergh","m")]
SCHOOLS={"po":[("Basisschool De Klimboom","Veenhuizerveld"),("OBS Het Zeilschip","Lemmerdam"),("CBS De Wegwijzer","Oosterbroek")],
 "sbo":[("SBO De Brug","Harkstede-Noord"),("SBO Het Kompas","Rijnvliet")],"so":[("De Ankerplaats, school voor so","Westerhaven")],
 "vso":[("De Ankerplaats, school voor vso","Westerhaven"),("VSO Het Baken","Dalenburg")],"vo":[("Maerlant Lyceum Hoogkerk","Hoogkerk"),("Scholengemeenschap Het Drieluik","Zuidwolde-Ham"),("Linnaeus College","Beekvliet")],
 "pro":[("Praktijkschool De Werkplaats","Nieuw-Ambacht"),("Praktijkcollege Oostwaard","Oostwaard")]}
INTL=("Linnaeus College","Beekvliet")
SWV=["Passend Wijs Veenland","Kop van de Rijnstreek","PO Dalenburg e.o.","VO Hoogkerk-Zuidwolde"]

def fmt(d): return d.strftime("%d-%m-%Y")
def ctx(i, typ, date, extra):
    f,l,g=PEOPLE[i%len(PEOPLE)]; D=dt.date.fromisoformat(date)
    sch=SCHOOLS[typ][i%len(SCHOOLS[typ])]
    if extra.get("intl"): sch=INTL
    age={"po":9,"sbo":10,"so":9,"vo":13,"pro":15,"vso":16}[typ]+(3 if extra.get("adult") else 0)
    sy=D.year if D.month>=8 else D.year-1
    c=dict(first=f,full=f"{f} {l}",type=typ,date=fmt(D),dob=fmt(dt.date(D.year-age-1,1+(i*5)%12,1+(i*7)%27)),
      school=sch[0],place=sch[1],pre2025=D<dt.date(2025,8,1),sj=f"{sy}-{sy+1}",
      oogo=fmt(D-dt.timedelta(days=9+i%6)),sigdate=fmt(D+dt.timedelta(days=4+i%5)),start=fmt(D+dt.timedelta(days=14)),
      goal1=fmt(dt.date(sy+1,2,1+i%20)),goal2=fmt(dt.date(sy+1,6,20)),eval1=f"februari {sy+1}",eval2=f"juni {sy+1}",
      lvs1=["E5: IV","M6: III","E6: V","M7: IV"][i%4],lvs2=["M6: III","E5: IV","M7: III"][i%3],onderzoek=fmt(dt.date(D.year-1,9+i%3,3+i%20)),tiq=78+(i*3)%25,
      mentor=["juf Marloes","meester Koen","mw. Ter Avest","dhr. Pijnappel","mw. Dijkgraaf"][i%5],rt=["mw. Oudshoorn","dhr. Van Laar","mw. Krommenhoek"][i%3],
      ib=["Ellen Brouwershaven","Pieter Ganzevoort","Ria Schuttelaar","Hans Wennekes"][i%4],dir=["A. Roodbeen","M. Hovestad","J.P. Ellemeet","K. Zwanikken","T. Boxhoorn"][i%5],
      prof=["Orthopedagoog drs. L. Vermaas (Expertisecentrum Rijnvliet)","GZ-psycholoog C. Ambrosius (Jeugdteam Oostwaard)","Logopedist S. Hartog","Kinderpsychiater dr. W. Olthof"][i%4],
      cvb=f"vergadering {fmt(D-dt.timedelta(days=30))}",hij="hij" if g=="m" else "zij",hij2="zijn" if g=="m" else "haar",
      groep={"po":"groep 6","sbo":"groep 7","so":"SO-B2","vo":"2 mavo/kader","pro":"PrO 3","vso":"VSO Arbeid 4"}[typ],lnr=str(204410+i*37),swv=SWV[i%4],
      printed=fmt(D+dt.timedelta(days=21)))
    moth=["M. Verhoeckx-Dam","S. de Graaf","R. Kwakernaat","Y. Doornbosch-Aydin","H. Brandsema"][i%5]
    c["ouders_names"]=moth if not extra.get("adult") else moth
    c["ouders"]="de ouders ("+moth+" en partner)" if not extra.get("en") else "the parents ("+moth+")"
    if typ in ("vo","pro","vso"): c["mentor"]=["mw. Ter Avest","dhr. Pijnappel","mw. Dijkgraaf","dhr. Oltmans"][i%4]
    if extra.get("en"): c["mentor"]=["Ms Harlow","Mr Dekkers","Ms Okafor"][i%3]
    c.update({k:v for k,v in extra.items() if k not in("en","intl")})
    return c

# id, layout, type, format, date, variant overrides, consent, extra, note
SPECS=[
("g01-po-groei-compleet","groeidocument-handelingsdeel","po","pdfw","2025-10-28",{},"signed",{},"complete plan; signature table"),
("g02-sbo-groei-onderb-leeg","groeidocument-handelingsdeel","sbo","docx","2025-11-12",{"onderbouwing":"empty"},"tick",{"sdt":True},"heading 5.2 Onderbouwing with nothing under it; consent via Word checkbox content controls (ticked akkoord)"),
("g03-po-groei-2024","groeidocument-handelingsdeel","po","odt","2024-11-05",{"inbreng_leerling":"omit"},"signed",{"sigstyle":"lines"},"plan set before 1-8-2025, no pupil section (n/a); signed lines with dates"),
("g04-po-groei-gezien","groeidocument-handelingsdeel","po","pdf","2025-09-30",{"adviezen_professionals":"ref","evaluatie":"omit"},"gezien",{},"advice only 'zie verslag'; no evaluation section; parent signed 'voor gezien'"),
("g05-sbo-groei-scan","groeidocument-handelingsdeel","sbo","scan","2025-10-14",{},"signed",{},"scan of complete plan"),
("a06-po-arr-digitaal","arrangementsaanvraag-met-opp","po","pdfw","2025-12-01",{"afwijkingen_onderwijsprogramma":"omit","inbreng_leerling":"vague"},"digital",{},"silent on deviations; pupil view without what it changed; digital approval via portal"),
("a07-vo-arr-schoolonly","arrangementsaanvraag-met-opp","vo","docx","2026-01-15",{"doelen":"ph","informatie_rechten":"omit"},"schoolonly",{},"goals placeholder; no rights info; consent table signed by school only"),
("a08-sbo-arr-2025maart","arrangementsaanvraag-met-opp","sbo","pdf","2025-03-10",{"afwijkingen_onderwijsprogramma":"nvt","inbreng_leerling":"omit"},"slip",{},"pre-2025 plan; explicit no deviations; reply slip ticked akkoord"),
("a09-po-arr-instructies","arrangementsaanvraag-met-opp","po","txt","2025-11-20",{"uitstroombestemming":"instr","onderbouwing":"instr"},"blank",{},"template instructions left in for destination and rationale; blank signature line"),
("a10-vo-arr-formulier","arrangementsaanvraag-met-opp","vo","form","2025-10-02",{},"tick",{},"fillable PDF form, complete; consent checkbox ticked"),
("v11-vo-vakken-compleet","vo-vakkentabel","vo","pdfw","2025-10-09",{},"signed",{"sigstyle":"kv"},"complete; deviations and support in per-vak table"),
("v12-vo-vakken-protest","vo-vakkentabel","vo","docx","2025-11-03",{"afwijkingen_onderwijsprogramma":"nvt","belemmerende_factoren":"ph"},"protest",{},"no deviations (column 'geen'); hindering factors placeholder; signed 'onder protest'"),
("v13-vo-vakken-2024","vo-vakkentabel","vo","odt","2024-10-21",{"ondersteuning":"ref","inbreng_leerling":"omit"},"nodate",{},"pre-2025; support only 'zie ...'; signatures without dates"),
("v14-vo-vakken-avg","vo-vakkentabel","vo","pdf","2026-02-02",{"oogo":"nowho"},"avgonly",{},"OOGO without date/participants; only AVG/photo consent signed, no OPP consent"),
("v15-vo-vakken-scan","vo-vakkentabel","vo","scan","2025-11-25",{"vaststelling":"nodate"},"refused",{},"scan; setting without date; consent refused (niet akkoord ticked)"),
("s16-so-leerroute-compleet","so-leerroute-uitstroomprofiel","so","pdfw","2025-10-20",{},"signed",{},"complete so plan with CvB advice"),
("s17-so-leerroute-geencvb","so-leerroute-uitstroomprofiel","so","docx","2025-12-08",{"adviezen_professionals":"omit"},"tick",{"sdt":True},"no advice of the commissie voor de begeleiding; Word checkbox controls ticked"),
("s18-vso-meerderjarig","so-leerroute-uitstroomprofiel","vso","pdf","2025-11-04",{"inbreng_leerling":"omit"},"adult_self",{"adult":True},"adult pupil, handelingsbekwaam, consents himself; pupil-view element n/a"),
("s19-vso-curatele-curator","so-leerroute-uitstroomprofiel","vso","pdfw","2025-10-30",{},"curator",{"adult":True,"curatele":True},"adult under curatele: curator consents (present); pupil view present"),
("s20-vso-curatele-zelf","so-leerroute-uitstroomprofiel","vso","odt","2025-11-18",{"evaluatie":"ph"},"curatele_pupil",{"adult":True,"curatele":True},"under curatele but only the pupil signed; evaluation placeholder"),
("s21-vso-dagbesteding-2024","so-leerroute-uitstroomprofiel","vso","docx","2024-06-12",{"afwijkingen_onderwijsprogramma":"nvt"},"signed",{"dest":"uitstroomprofiel dagbesteding: arbeidsmatige dagbesteding op een zorgboerderij","leerroute":"leerroute 1"},"pre-2025 vso plan (pupil view present but rule n/a); no deviations"),
("s22-so-formulier-leeg","so-leerroute-uitstroomprofiel","so","form","2025-09-25",{"ondersteuningsbehoefte":"empty","doelen":"instr"},"unticked",{},"fillable form: empty needs field, goals field holds the format instruction; consent boxes both unticked"),
("p23-pro-iop-compleet","pro-iop","pro","pdfw","2025-10-16",{},"signed",{},"complete praktijkonderwijs IOP"),
("p24-pro-iop-deels","pro-iop","pro","docx","2025-11-27",{"inbreng_leerling":"vague","uitstroombestemming":"ph"},"partial",{},"destination placeholder; pupil view without effect; partial consent"),
("p25-pro-iop-2025feb","pro-iop","pro","odt","2025-02-11",{"bevorderende_factoren":"omit","inbreng_leerling":"omit"},"signed",{"sigstyle":"lines"},"pre-2025; no strengths section"),
("p26-pro-iop-txt","pro-iop","pro","txt","2026-01-08",{"adviezen_professionals":"ref","informatie_rechten":"omit"},"gezien",{},"advice only by reference; no rights info; 'voor gezien'"),
("p27-pro-iop-scan","pro-iop","pro","scan","2025-12-03",{},"signed",{},"scan of complete IOP"),
("l28-po-las-compleet","las-export-veldcodes","po","txt","2025-10-07",{},"digital",{},"system export with field codes and footers, complete, digital approval"),
("l29-sbo-las-leeg","las-export-veldcodes","sbo","pdf","2025-11-10",{"onderbouwing":"empty","ondersteuning":"empty"},"blank",{},"empty field codes for rationale and support; blank signature line"),
("l30-vo-las-2024","las-export-veldcodes","vo","pdfw","2024-12-02",{"afwijkingen_onderwijsprogramma":"nvt","inbreng_leerling":"omit"},"signed",{"sigstyle":"kv"},"pre-2025 export, complete otherwise"),
("l31-po-las-gaten","las-export-veldcodes","po","docx","2026-01-20",{"belemmerende_factoren":"omit","bevorderende_factoren":"omit","oogo":"ph"},"omit",{},"factors not exported; OOGO placeholder; no consent at all"),
("e32-po-intl-compleet","international-english","po","pdfw","2025-10-22",{},"signed",{"en":1,"intl":1},"English plan, complete"),
("e33-vo-intl-refused","international-english","vo","docx","2025-11-14",{"inbreng_leerling":"vague"},"refused",{"en":1,"intl":1},"English; student voice without effect; consent refused"),
("e34-vo-intl-digital","international-english","vo","pdf","2026-01-12",{"vaststelling":"nodate","informatie_rechten":"omit"},"digital",{"en":1,"intl":1},"English; adoption without date; no rights; digital consent"),
("e35-po-intl-2025jan","international-english","po","odt","2025-01-14",{"doelen":"instr","inbreng_leerling":"omit"},"blank",{"en":1,"intl":1},"English pre-2025; goals field instruction; blank signature line"),
("b36-po-brief-compleet","brief-aan-ouders","po","pdfw","2025-11-06",{},"slip",{},"letter-style plan with reply slip, complete"),
("b37-vo-brief-txt","brief-aan-ouders","vo","txt","2025-10-29",{"afwijkingen_onderwijsprogramma":"omit","evaluatie":"ph"},"ph",{},"letter silent on deviations; evaluation placeholder; consent 'volgt na overleg'"),
("b38-sbo-brief-docx","brief-aan-ouders","sbo","docx","2025-12-10",{"doelen":"omit","adviezen_professionals":"ref"},"slip",{},"letter without goals; advice by reference; reply slip signed"),
("b39-po-brief-scan","brief-aan-ouders","po","scan","2025-10-01",{"informatie_rechten":"omit"},"slip",{},"scanned letter with reply slip; no rights paragraph"),
("k40-po-beknopt-compleet","beknopt-domeintabel","po","pdf","2025-11-24",{},"tick",{},"short form, complete, tick box consent"),
("k41-sbo-beknopt-form","beknopt-domeintabel","sbo","form","2025-10-13",{"bevorderende_factoren":"empty"},"nodate",{},"fillable form; strengths column empty; signature without date"),
("k42-po-beknopt-odt","beknopt-domeintabel","po","odt","2025-12-15",{"vaststelling":"instr","oogo":"omit"},"schoolonly",{},"setting field with format instruction; no OOGO row; school-only signatures"),
("k43-vo-beknopt-avg","beknopt-domeintabel","vo","pdfw","2026-01-26",{"evaluatie":"omit","inbreng_leerling":"omit"},"avgonly",{},"post-2025 without pupil row; no evaluation; AVG consent signed instead of OPP consent"),
("g44-po-groei-compleet-docx","groeidocument-handelingsdeel","po","docx","2026-02-09",{"afwijkingen_onderwijsprogramma":"nvt"},"digital",{},"complete, explicit no deviations, digital approval"),
("v45-vo-vakken-txt","vo-vakkentabel","vo","txt","2025-09-15",{},"signed",{"sigstyle":"lines"},"complete plan as plain text"),
("k52-sbo-beknopt-vinkjes","beknopt-domeintabel","sbo","pdfw","2025-11-17",{"afwijkingen_onderwijsprogramma":"tickopts","evaluatie":"tickopts"},"signed",{},"deviation and evaluation options all left unticked; consent signed"),
("s53-so-leerroute-geenafw","so-leerroute-uitstroomprofiel","so","odt","2025-12-02",{"afwijkingen_onderwijsprogramma":"tickgeen"},"digital",{},"'geen afwijkingen' ticked (n/a); complete otherwise; digital consent"),
("a54-vso-arr-compleet","arrangementsaanvraag-met-opp","vso","pdf","2025-10-27",{},"signed",{"sigstyle":"lines"},"vso arrangementsaanvraag (minor pupil), complete"),
("e55-vo-intl-txt","international-english","vo","txt","2025-11-21",{},"tick",{"en":1,"intl":1},"English plan as plain text, complete, ticked consent"),
("p56-pro-iop-formulier","pro-iop","pro","form","2025-10-23",{"inbreng_leerling":"empty"},"signed",{"sigstyle":"kv"},"fillable IOP form; 'Mijn mening' heading with nothing under it"),
("g57-po-groei-herzien","groeidocument-handelingsdeel","po","pdf","2025-10-15",{"inbreng_leerling":"omit"},"signed",{"orig":"10-10-2024"},"plan first set 10-10-2024 but revised and set again 15-10-2025: pupil's view required and missing"),
("s46-vso-arbeid-docx","so-leerroute-uitstroomprofiel","vso","docx","2025-10-06",{"onderbouwing":"ref","doelen":"ph"},"signed",{},"vso (minor) arbeidsmarktgericht; rationale by reference; goals placeholder"),
]
NONOPP=[
("n47-folder-wat-is-opp","folder-ouders","none","pdf","leaflet for parents about what an OPP is"),
("n48-nieuwsbrief","nieuwsbrief","none","docx","school newsletter mentioning OPP talks"),
("n49-leeg-format-beknopt","blanco-format-beknopt","none","docx","blank beknopt OPP format (old version without rights and pupil rows)"),
("n50-leeg-format-groei","blanco-format-groeidocument","none","pdfw","blank groeidocument format with its instructions"),
("n51-folder-txt","folder-ouders","none","txt","text of an SWV web page about OPP and consent"),
]

LEAFLET=[("h",1,"Wat is een ontwikkelingsperspectiefplan (OPP)?"),("p","Informatie voor ouders — Samenwerkingsverband Passend Wijs Veenland"),
 ("p","Sommige kinderen hebben meer ondersteuning nodig dan de school standaard biedt. De school maakt dan een ontwikkelingsperspectiefplan, kortweg OPP. Daarin staat onder meer de verwachte uitstroombestemming, de onderbouwing daarvan, de belemmerende en bevorderende factoren en de ondersteuning die uw kind krijgt."),
 ("h",2,"Uw rol als ouder"),("p","De school bespreekt het plan met u voordat het wordt vastgesteld. Voor het handelingsdeel is uw instemming nodig. Vanaf 1 augustus 2025 moet de school ook de mening van uw kind meenemen."),
 ("h",2,"Niet eens?"),("p","Praat eerst met de school. Het Ouder- en Jeugdsteunpunt en de onderwijsconsulenten kunnen helpen. U kunt binnen zes weken naar de Geschillencommissie passend onderwijs."),
 ("h",2,"Meer weten?"),("p","Bel het ouderloket: 0599-123 456 (maandag t/m donderdag) of kijk op de website van het samenwerkingsverband.")]
NEWS=[("h",1,"Nieuwsbrief OBS Het Zeilschip — december 2025"),("p","Beste ouders en verzorgers,"),("h",2,"Sinterklaas"),("p","Wat een feest was het! Dank aan de ouderraad voor de hulp."),
 ("h",2,"Oudergesprekken"),("p","In januari zijn de oudergesprekken. Voor leerlingen met een OPP plannen de leerkracht en de intern begeleider een apart gesprek; u krijgt daarvoor een uitnodiging. Uw kind mag bij dat gesprek aanwezig zijn."),
 ("h",2,"Toestemming foto's"),("p","Wilt u het AVG-formulier voor foto's uiterlijk 15 december inleveren?"),("check",[(False,"Ja, foto's van mijn kind mogen op de website"),(False,"Nee")]),
 ("h",2,"Agenda"),("table",["Datum","Activiteit"],[["19-12-2025","Kerstviering"],["22-12 t/m 02-01","Kerstvakantie"],["13-01-2026","Studiedag, kinderen vrij"]])]
SWVPAGE=[("h",1,"Passend onderwijs: het OPP"),("p","Op deze pagina leest u hoe scholen in ons samenwerkingsverband werken met het ontwikkelingsperspectiefplan. Het OPP beschrijft onder andere welk onderwijs uw kind na deze school waarschijnlijk gaat volgen en welke ondersteuning nodig is."),("p","Ouders hebben instemmingsrecht op het handelingsdeel. De school evalueert het plan minstens eenmaal per jaar met ouders en leerling."),("p","Laatst bijgewerkt: 3 november 2025")]

def main():
    if os.path.isdir(DOCS): shutil.rmtree(DOCS)
    os.makedirs(DOCS); tmp=tempfile.mkdtemp(prefix="blind14-")
    out=[]; soffice=[]
    for i,(did,lay,typ,fm,date,ov,cons,extra,note) in enumerate(SPECS):
        c=ctx(i,typ,date,extra)
        if c.get("adult") and not c.get("curatele"): c["ouders"]=c["full"]
        V={el:"ok" for el in ELS}; V.update(ov); V["instemming_ouders"]=cons
        blocks=LAYOUTS[lay](c,V)
        if extra.get("orig"): blocks.insert(2,("p",f"Herziene versie. Het oorspronkelijke OPP is vastgesteld op {extra['orig']}; na de evaluatie is het plan bijgesteld en opnieuw vastgesteld (zie vaststelling)."))
        footer=f"{c['school']} — OPP {c['full']} — vertrouwelijk" if lay!="las-export-veldcodes" else None
        path=write(blocks,did,fm,footer,i,tmp,soffice,sdt=extra.get("sdt"))
        labels={el:(CONSENT_LABEL[cons] if el=="instemming_ouders" else label_of(el,V[el],c)) for el in ELS}
        out.append({"file":"docs/"+path,"format":{"pdfw":"pdf","form":"pdf","scan":"pdf"}.get(fm,fm),"layout":lay,"school_type":typ,"scanned":fm=="scan",
            "elements":labels,"accept_unclear":(["instemming_ouders"] if fm=="scan" else []),
            "notes":f"{lay}; {({'pdfw':'PDF exported from DOCX by soffice','form':'fillable PDF form','scan':'image-only scanned PDF','pdf':'PDF made directly','docx':'DOCX','odt':'ODT','txt':'plain text'})[fm]}; plan date {c['date']}; {note}"})
    # not OPPs
    for did,lay,typ,fm,note in NONOPP:
        if lay=="folder-ouders": blocks=LEAFLET if fm=="pdf" else SWVPAGE; labels={el:"missing" for el in ELS}
        elif lay=="nieuwsbrief": blocks=NEWS; labels={el:"missing" for el in ELS}
        else:
            c=ctx(7,"po","2025-11-01",{})
            for k in ("full","dob","groep","school","ib","date"): c[k]=""
            c["first"]="de leerling"
            if lay=="blanco-format-beknopt":
                V={el:"empty" for el in ELS}; V["informatie_rechten"]="omit"; V["inbreng_leerling"]="omit"; V["instemming_ouders"]="blank"
                blocks=LAYOUTS["beknopt-domeintabel"](c,V); blocks[0]=("h",1,"Beknopt OPP — format versie 2019")
            else:
                V={el:"instr" for el in ELS}; V["instemming_ouders"]="blank"
                blocks=LAYOUTS["groeidocument-handelingsdeel"](c,V); blocks[0]=("h",1,"Groeidocument — FORMAT (invullen door school)")
            labels={el:("missing" if V[el]=="omit" else "incomplete") for el in ELS}
        path=write(blocks,did,fm,None,99,tmp,soffice)
        out.append({"file":"docs/"+path,"format":{"pdfw":"pdf"}.get(fm,fm),"layout":lay,"school_type":"none","scanned":False,"elements":labels,"accept_unclear":[],"notes":f"not an OPP; {note}"})
    if soffice:
        subprocess.run(["nice","-n","15","soffice","--headless","-env:UserInstallation=file://"+tmp+"/lo","--convert-to","pdf","--outdir",DOCS]+soffice,check=True,stdout=subprocess.DEVNULL)
    for f in soffice: assert os.path.exists(os.path.join(DOCS,os.path.basename(f)[:-5]+".pdf")), f
    for f in sorted(os.listdir(DOCS)): normalize(os.path.join(DOCS,f))
    json.dump({"version":1,"docs":out},open(os.path.join(HERE,"labels.json"),"w"),indent=1,ensure_ascii=False)
    shutil.rmtree(tmp); print(len(out),"documents")

def normalize(p):
    """Make output byte-stable: fixed zip entry times, fixed metadata dates, fixed PDF ids (same length)."""
    import re, zipfile, hashlib
    if p.endswith((".docx",".odt")):
        zin=zipfile.ZipFile(p); items=[(i,zin.read(i.filename)) for i in zin.infolist()]; zin.close()
        with zipfile.ZipFile(p,"w") as z:
            for i,data in items:
                if i.filename in("meta.xml","docProps/core.xml"):
                    data=re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z?",b"2025-01-01T00:00:00Z",data)
                zi=zipfile.ZipInfo(i.filename,(2025,1,1,0,0,0)); zi.compress_type=zipfile.ZIP_STORED if i.filename=="mimetype" else zipfile.ZIP_DEFLATED
                z.writestr(zi,data)
    elif p.endswith(".pdf"):
        b=open(p,"rb").read()
        b=re.sub(rb"D:\d{14}",b"D:20250101000000",b)
        b=re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d",b"2025-01-01T00:00:00",b)
        h=hashlib.md5(os.path.basename(p).encode()).hexdigest().upper().encode()
        b=re.sub(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]",lambda m: m.group(0).replace(m.group(1),(h*4)[:len(m.group(1))]).replace(m.group(2),(h*4)[:len(m.group(2))]),b)
        b=re.sub(rb"/DocChecksum /([0-9A-F]{32})",lambda m: b"/DocChecksum /"+h[:32],b)
        open(p,"wb").write(b)

def write(blocks,did,fm,footer,i,tmp,soffice,sdt=False):
    if fm=="txt": R.to_txt(blocks,os.path.join(DOCS,did+".txt"),footer); return did+".txt"
    if fm=="docx": R.to_docx(blocks,os.path.join(DOCS,did+".docx"),footer,sdt=sdt); return did+".docx"
    if fm=="odt": R.to_odt(blocks,os.path.join(DOCS,did+".odt"),footer); return did+".odt"
    if fm=="pdf": R.to_pdf(blocks,os.path.join(DOCS,did+".pdf"),footer); return did+".pdf"
    if fm=="form": R.to_form(blocks,os.path.join(DOCS,did+".pdf"),footer); return did+".pdf"
    if fm=="scan": R.to_scan(blocks,os.path.join(DOCS,did+".pdf"),1000+i,tmp,footer); return did+".pdf"
    if fm=="pdfw":
        p=os.path.join(tmp,did+".docx"); R.to_docx(blocks,p,footer,sdt=sdt); soffice.append(p); return did+".pdf"
    raise ValueError(fm)

if __name__=="__main__": main()
