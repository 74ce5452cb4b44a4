# -*- coding: utf-8 -*-
"""Generator for blind set 2026-12-09b (round 79). Run: python build.py  (from any cwd).
Deterministic: fixed seeds, fixed dates, no clock. Output: ../docs, ../labels.json."""
import os, sys, json, random, shutil, subprocess, copy
HERE=os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0,HERE)
import reportlab.rl_config; reportlab.rl_config.invariant=1
from content import *
from layouts import LAYOUTS, consent_blocks
import writers as W
ROOT=os.path.dirname(HERE); DOCS=os.path.join(ROOT,"docs")
BUILD=os.environ.get("OPP_BUILD","/work/blind80/build")

# id, type, layout, fmt, plan_date, overrides(element->variant), consent variant, extra, note
S=[
 ("po-01","po","swv-numbered","pdfw",(2025,10,14),{},"table_signed",{}, "complete plan; table of signers, both parents akkoord"),
 ("po-02","po","two-column","docx",(2025,11,4),{"bevorderende_factoren":"empty","inbreng_leerling":"view_only"},"voor_gezien",{}, "bevorderende factoren row empty; pupil's view without what it changed; parents signed only 'voor gezien'"),
 ("po-03","po","letter","txt",(2025,9,30),{"informatie_rechten":"ref","afwijkingen_onderwijsprogramma":"missing"},"stated",{}, "letter; consent stated (e-mail, dated) instead of signature; rights only 'zie schoolgids'; silent on deviations"),
 ("po-04","po","groeidocument","odt",(2024,11,19),{"inbreng_leerling":"missing","adviezen_professionals":"ref"},"gezien_plus_akkoord",{"past_eval":(2025,6,17)}, "pre-2025 groeidocument with filled yearly evaluation; advice only 'zie verslag'; deel A voor gezien + deel B voor akkoord both signed"),
 ("po-05","po","question-headings","pdf",(2026,1,20),{"doelen":"vague","onderbouwing":"ref"},"tick_partial",{}, "question headings; vague goals; partial consent ticked; onderbouwing only 'zie bijlagen'"),
 ("po-06","po","system-export","pdf",(2025,12,2),{"afwijkingen_onderwijsprogramma":"none"},"digital_ok",{"footer":True}, "system export with footer; digital approval in parent portal; explicit no deviations"),
 ("po-07","po","beknopt-form","fillable",(2026,3,10),{"uitstroombestemming":"unticked","vaststelling":"no_date"},"tick_none",{}, "fillable PDF form; destination boxes unticked; vaststelling date blank; consent boxes unticked, no signature"),
 ("po-08","po","swv-numbered","scan",(2025,3,11),{"inbreng_leerling":"missing"},"table_signed",{}, "scan of a complete pre-2025 plan; signatures handwritten-looking"),
 ("sbo-01","sbo","domain-table","pdfw",(2025,10,7),{},"one_parent",{}, "complete; domain table; only mother signed (akkoord, dated), father row empty, no disagreement stated"),
 ("sbo-02","sbo","domain-table","docx",(2025,11,18),{"afwijkingen_onderwijsprogramma":"nvt_applies","onderbouwing":"instruction"},"parents_disagree",{}, "deviation 'n.v.t.' while plan describes an own learning line (goals); format instruction left in onderbouwing; mother akkoord, father niet akkoord"),
 ("sbo-03","sbo","swv-numbered","md",(2026,2,3),{"evaluatie":"no_when"},"sign_later",{}, "markdown; evaluation without when; parents will sign later, rows empty"),
 ("sbo-04","sbo","groeidocument","pdfw",(2025,6,24),{"oogo":"missing","inbreng_leerling":"missing"},"onder_protest",{}, "pre-2025; no OOGO record; signed 'onder protest'"),
 ("sbo-05","sbo","two-column","odt",(2025,10,21),{"informatie_rechten":"missing"},"other_consent_only",{}, "no OPP consent at all; AVG data-sharing and photo consent signed instead; no rights info"),
 ("sbo-06","sbo","letter","pdf",(2025,12,9),{},"signed_later_addendum",{}, "letter; rows empty at meeting, addendum shows signed copy returned with date (complete)"),
 ("sbo-07","sbo","question-headings","scan",(2026,1,13),{},"no_date",{}, "scan; signatures without dates"),
 ("so-01","so","swv-numbered","pdfw",(2025,10,28),{},"table_signed",{}, "complete so plan with CvB advice"),
 ("so-02","so","two-column","docx",(2025,11,25),{"ondersteuningsbehoefte":"placeholder","evaluatie":"placeholder"},"tick_akkoord",{"sdt":True,"ph":{"ondersteuningsbehoefte":"Klik of tik om tekst in te voeren.","evaluatie":"Klik of tik om tekst in te voeren."}}, "docx with checkbox content controls; two rows still show the Word placeholder text"),
 ("so-03","so","groeidocument","pdf",(2026,2,10),{"adviezen_professionals":"no_cvb"},"medication_plus_blank",{}, "so plan with only a treatment advice, no commissie voor de begeleiding; blank consent line next to a signed medication form"),
 ("so-04","so","question-headings","txt",(2024,10,8),{},"table_signed",{}, "complete pre-2025 plan (pupil's view present but rule not yet in force)"),
 ("so-05","so","system-export","pdf",(2025,9,23),{"inbreng_leerling":"missing","bevorderende_factoren":"placeholder"},"digital_pending",{"ph":{"bevorderende_factoren":"nog aanvullen"},"footer":True}, "system export; digital consent sent, pending; no pupil input; bevorderend 'nog aanvullen'"),
 ("so-06","so","domain-table","odt",(2026,3,17),{"belemmerende_factoren":"placeholder"},"school_only",{"ph":{"belemmerende_factoren":"n.t.b."}}, "belemmerend column 'n.t.b.'; only school signed"),
 ("so-07","so","beknopt-form","docx",(2025,10,2),{"uitstroombestemming":"ticked","doelen":"placeholder"},"tick_niet",{"ph":{"doelen":"volgt na overleg"},"sdt":True}, "beknopt form in docx with content controls; 'niet akkoord' ticked; goals 'volgt na overleg'"),
 ("so-08","so","letter","pdfw",(2024,6,18),{"inbreng_leerling":"missing"},"table_signed",{"revised":(2025,10,9)}, "set 2024, revised Oct 2025 (bijstelling): pupil input required and missing"),
 ("vo-01","vo","two-column","pdfw",(2025,10,16),{},"gezien_plus_akkoord",{}, "complete; voor gezien + voor akkoord both signed"),
 ("vo-02","vo","swv-numbered","docx",(2025,11,13),{"ondersteuning":"ref","oogo":"missing"},"blank_line",{}, "support only 'zie groeidocument'; blank parent signature line; no OOGO record"),
 ("vo-03","vo","system-export","txt",(2026,1,27),{},"digital_ok",{"footer":True}, "complete text export with digital approval"),
 ("vo-04","vo","question-headings","pdf",(2025,3,11),{"uitstroombestemming":"placeholder","inbreng_leerling":"missing"},"tick_akkoord",{"ph":{"uitstroombestemming":"n.t.b."}}, "pre-2025; destination 'n.t.b.'; akkoord ticked and signed"),
 ("vo-05","vo","groeidocument","pdfw",(2025,12,16),{"informatie_rechten":"instruction","inbreng_leerling":"view_only"},"no_date",{}, "rights section still has the format's instruction; pupil view without effect; signatures without date"),
 ("vo-06","vo","beknopt-form","fillable",(2025,10,30),{"uitstroombestemming":"ticked"},"tick_akkoord",{}, "complete fillable form, akkoord checked with name and date"),
 ("vo-07","vo","letter","md",(2026,9,29),{"adviezen_professionals":"missing","oogo":"placeholder"},"voor_gezien",{"ph":{"oogo":"Datum en deelnemers gesprek: ..."},}, "letter in markdown; no advice; parents signed voor gezien; OOGO '...'"),
 ("vo-08","vo","two-column","scan",(2026,10,13),{},"tick_partial",{}, "scan; partial consent ticked"),
 ("pro-01","pro","swv-numbered","pdfw",(2025,10,9),{},"table_signed",{}, "complete pro plan, no deviations stated"),
 ("pro-02","pro","domain-table","docx",(2025,11,20),{"ondersteuning":"vague","belemmerende_factoren":"empty"},"tick_akkoord",{}, "support vague (no who/how often/from when); belemmerend column empty"),
 ("pro-03","pro","two-column","odt",(2023,10,3),{"inbreng_leerling":"missing"},"voor_gezien",{}, "pre-2025 (2023) plan signed voor gezien only"),
 ("pro-04","pro","system-export","pdf",(2026,1,15),{"doelen":"empty","oogo":"no_date"},"digital_ok",{"footer":True}, "export: goals rubric empty '(geen gegevens)'; OOGO date blank; digital approval"),
 ("pro-05","pro","groeidocument","txt",(2025,9,25),{"uitstroombestemming":"instruction"},"avg_plus_blank",{}, "AVG consent signed; handelingsdeel boxes unticked and blank line; destination still the format's instruction"),
 ("pro-06","pro","question-headings","pdfw",(2025,11,6),{},"table_signed",{"pupil_row":True}, "complete; pupil co-signs voor gezien"),
 ("vso-01","vso","vso-profile","pdfw",(2025,10,15),{"inbreng_leerling":"adult_na"},"adult_self",{"adult":True}, "adult handelingsbekwaam pupil consents himself; parent voor gezien"),
 ("vso-02","vso","vso-profile","docx",(2025,11,26),{"inbreng_leerling":"adult_na","adviezen_professionals":"ref"},"adult_parents_only",{"adult":True}, "adult pupil, but only parents signed akkoord; pupil row empty; advice only 'zie verslag'"),
 ("vso-03","vso","vso-profile","pdf",(2026,2,4),{},"curator",{"adult":False,"curatele":True}, "pupil 19 under curatele; curator signs; pupil input present and required"),
 ("vso-04","vso","swv-numbered","odt",(2025,12,11),{"uitstroombestemming":"placeholder","evaluatie":"ref"},"table_signed",{"ph":{"uitstroombestemming":"Arbeid of dagbesteding – volgt na overleg"}}, "profile not chosen ('volgt na overleg'); evaluation only refers to the website"),
 ("vso-05","vso","two-column","pdf",(2024,11,12),{"evaluatie":"missing","inbreng_leerling":"missing","ondersteuningsbehoefte":"missing"},"onder_protest",{}, "pre-2025; no evaluation; signed onder protest; no support needs"),
 ("vso-06","vso","vso-profile","scan",(2025,10,22),{"inbreng_leerling":"adult_na"},"adult_self",{"adult":True}, "scan; adult pupil consents himself"),
 ("vso-07","vso","letter","txt",(2026,1,22),{},"pupil_only_curatele",{"curatele":True}, "pupil under curatele signs himself; curator did not sign"),
 ("vso-08","vso","system-export","docx",(2025,9,18),{},"digital_ok",{"footer":True}, "complete export, 17-year-old, digital approval"),
]

CONSENT_LABEL={"table_signed":"present","one_parent":"present","parents_disagree":"incomplete","school_only":"incomplete","no_date":"incomplete",
 "sign_later":"incomplete","signed_later_addendum":"present","tick_akkoord":"present","tick_none":"incomplete","tick_niet":"incomplete","tick_partial":"incomplete",
 "voor_gezien":"incomplete","gezien_plus_akkoord":"present","onder_protest":"incomplete","blank_line":"incomplete","digital_ok":"present","digital_pending":"incomplete",
 "stated":"present","adult_self":"present","adult_parents_only":"incomplete","curator":"present","pupil_only_curatele":"incomplete","other_consent_only":"missing",
 "medication_plus_blank":"incomplete","avg_plus_blank":"incomplete","missing":"missing"}
VAR_LABEL={"present":"present","empty":"incomplete","placeholder":"incomplete","instruction":"incomplete","ref":"incomplete","view_only":"incomplete",
 "nvt_applies":"incomplete","none":"not_applicable","vague":"incomplete","no_when":"incomplete","no_date":"incomplete","no_cvb":"incomplete",
 "unticked":"incomplete","ticked":"present","missing":"missing","adult_na":"not_applicable"}

DEST_OPTS={"po":["praktijkonderwijs","vmbo basis/kader met lwoo","vmbo-kader","vmbo-gt/tl","havo","vwo"],"so":["vso vervolgonderwijs","vso arbeidsmarktgericht","vso dagbesteding","praktijkonderwijs","vmbo"],
 "vo":["vmbo-basis","vmbo-kader","vmbo-gt/tl","havo","vwo"],"sbo":["praktijkonderwijs","vmbo-basis met lwoo","vmbo-kader"],"pro":["arbeid","mbo entree","dagbesteding"],"vso":["vervolgonderwijs","arbeidsmarktgericht","dagbesteding"]}
DEST_PICK={"po":"vmbo basis/kader met lwoo","so":"vso vervolgonderwijs","vo":"vmbo-kader","sbo":"praktijkonderwijs","pro":"arbeid","vso":"arbeidsmarktgericht"}

def make_ctx(i, spec):
    did,typ,layout,fmt,pd,ov,cv,ex,note=spec
    rng=random.Random(7900+i)
    p=copy.deepcopy(PROFILES[typ][0])
    first=FIRST[i]; last=LAST[i]
    pre = pd < (2025,8,1) and not (ex.get("revised") and ex["revised"]>=(2025,8,1))
    age=p["age"]
    if ex.get("adult") or ex.get("curatele"): age = 18 if ex.get("adult") else 19
    by=pd[0]-age-(1 if pd[1]<6 else 0)
    ctx=dict(id=did,type=typ,p=p,first=first,pupil_name=f"{first} {last}",rng=rng,plan_date=pd,pre2025=pre,
             birth=(by,rng.randint(1,12),rng.randint(1,28)),school=SCHOOLS[typ][i%8],place=PLACES[i%len(PLACES)],swv=SWV[i%len(SWV)],
             mentor=STAFF[i%12],ib=STAFF[(i+5)%12],director=STAFF[(i+9)%12],mentor_role="mentor" if typ in("vo","pro","vso") else "leerkracht",
             ib_role="zorgcoördinator" if typ in ("vo","pro","vso") else "intern begeleider",system=SYSTEMS[i%3],lln=104300+i*37,
             mother=f"{['M.','A.','S.','J.','R.','E.'][i%6]} {last}-{LAST[(i+17)%len(LAST)].split()[-1]}",father=f"{['P.','K.','H.','W.','D.','B.'][i%6]} {last}",
             oogo_date=addd(pd,-7),sign_date=addd(pd,2),vast_date=pd,consent=cv,dest_options=DEST_OPTS[typ],dest_pick=DEST_PICK[typ])
    ctx.update({k:v for k,v in ex.items()})
    base0=ex.get("revised") or pd
    ctx["oogo_date"]=addd(base0,-7); ctx["sign_date"]=base0; ctx["vast_date"]=addd(base0,3)
    qi={"po":[0,3],"sbo":[3,0],"so":[3,1],"vo":[1,4],"pro":[2,2],"vso":[5,2]}[typ][i%2]
    ctx["quote"],ctx["quote_effect"]=QUOTES[qi]
    ctx["female"]=(i%2==1)
    base=ctx["vast_date"]; ctx["eval1"]=addd(base,100); ctx["eval2"]=addd(base,230)
    if ex.get("adult") or ex.get("curatele"):
        p["group"]="VSO arbeidsgroep 4 (schoolverlaters)"
    vars_={e:"present" for e in ORDER}
    vars_.update(ov); ctx["vars"]=vars_
    if typ=="vso" and ex.get("adult"): p["advies"]=p["advies"]
    return ctx

import re
def _g(t):
    if not isinstance(t,str) or t.startswith("SIG:"): return t
    t=re.sub(r"\bhij\b","zij",t); t=re.sub(r"\bHij\b","Zij",t)
    return re.sub(r"\bzijn (moeder|wensen|ouders|werkrooster)",r"haar \1",t)
def gender(x):
    if isinstance(x,str): return _g(x)
    if isinstance(x,(list,tuple)): return type(x)(gender(y) for y in x)
    return x

def labels_for(ctx):
    L={}
    for e in ELEMENTS:
        if e=="instemming_ouders": L[e]=CONSENT_LABEL[ctx["consent"]]; continue
        L[e]=VAR_LABEL[ctx["vars"][e]]
    if ctx["pre2025"] or ctx.get("adult"): L["inbreng_leerling"]="not_applicable"
    if ctx["type"]=="pro" and ctx["vars"]["afwijkingen_onderwijsprogramma"]=="present": L["afwijkingen_onderwijsprogramma"]="not_applicable"  # pro profile says 'Geen afwijkingen'
    return L

def non_opp():
    leaflet=[("title","Wat is een ontwikkelingsperspectiefplan (OPP)?"),("sub","Informatie voor ouders – Samenwerkingsverband Passend Onderwijs Lindermeer e.o."),
      ("p","Heeft uw kind extra ondersteuning nodig? Dan maakt de school een ontwikkelingsperspectiefplan, kortweg OPP. In dit plan staat wat de school verwacht dat uw kind kan bereiken en welke hulp uw kind daarvoor krijgt."),
      ("h1","Wat staat er in een OPP?"),("ul",["de verwachte uitstroombestemming (naar welke school of welk werk uw kind waarschijnlijk gaat) en waarom","wat uw kind helpt en wat het lastig maakt (bevorderende en belemmerende factoren)","het handelingsdeel: welke ondersteuning uw kind krijgt","eventuele afwijkingen van het onderwijsprogramma","doelen en evaluatiemomenten"]),
      ("h1","Uw rol als ouder"),("p","De school bespreekt het OPP met u voordat het wordt vastgesteld. U heeft instemmingsrecht op het handelingsdeel: de school vraagt uw handtekening. Sinds 1 augustus 2025 moet de school ook de mening van uw kind vragen."),
      ("h1","Niet eens?"),("p","Praat eerst met de school. Kom u er niet uit, dan kunt u het ouder- en jeugdsteunpunt bellen, een onderwijsconsulent inschakelen of binnen zes weken naar de Geschillencommissie passend onderwijs."),
      ("p","Ouder- en jeugdsteunpunt: telefonisch bereikbaar op werkdagen van 9.00 tot 12.00 uur.")]
    news=[("title","Nieuwsbrief OBS De Vlinderhof – december 2025"),("sub","Lindermeer"),("h1","Van de directie"),("p","Beste ouders, de feestmaand is begonnen! In deze nieuwsbrief leest u over de kerstviering, de nieuwe intern begeleider en de ouderavond over passend onderwijs."),
      ("h1","Nieuwe intern begeleider"),("p","Per 1 januari start mw. L. Hiemstra als intern begeleider. Zij is het aanspreekpunt voor ouders van leerlingen met een ontwikkelingsperspectiefplan (OPP) of een groeidocument."),
      ("h1","Ouderavond passend onderwijs"),("p","Op 21 januari organiseren we een ouderavond over het OPP. Hoe wordt een plan opgesteld, wat betekent instemmen met het handelingsdeel en hoe wordt uw kind betrokken? Aanmelden via de ouderapp."),
      ("h1","Kerstviering"),("p","Donderdag 18 december vieren we kerst met een kerstdiner in de klas. De kinderen zijn om 19.30 uur uit."),
      ("h1","Toestemming foto's"),("p","Wilt u het formulier voor beeldmateriaal voor 12 december inleveren? Zonder toestemming plaatsen wij geen foto's van uw kind.")]
    blank=[("title","Format ontwikkelingsperspectiefplan (OPP) 2025-2026"),("sub","Samenwerkingsverband De Veenstreek – invulformat voor scholen"),
      ("table",[["Naam leerling",""],["Geboortedatum",""],["School",""],["Groep/klas",""],["Datum OPP",""]],False)]
    for e in ORDER:
        blank+=[("h1",HEAD[e][0])]
        if e=="afwijkingen_onderwijsprogramma": blank+=[("checks",[(False,"geen afwijkingen"),(False,"wel afwijkingen, namelijk: ...")])]
        elif e=="informatie_rechten": blank+=[("p","Ouders hebben instemmingsrecht op het handelingsdeel. Bij onenigheid kunnen ouders terecht bij de school, het ouder- en jeugdsteunpunt, een onderwijsconsulent of binnen zes weken na vaststelling bij de Geschillencommissie passend onderwijs.")]
        else: blank+=[("p",INSTRUCTIONS[e])]
    blank+=[("h1","Ondertekening"),("checks",[(False,"Ouders gaan akkoord met het handelingsdeel"),(False,"Ouders gaan niet akkoord")]),("sigtable",["Rol","Naam","Datum","Handtekening"],[["Ouder/verzorger 1","","",""],["Ouder/verzorger 2","","",""],["Leerling","","",""],["Directeur","","",""]])]
    return [("none-01","leaflet","pdf",leaflet,"all","leaflet for parents explaining what an OPP is; not a plan"),
            ("none-02","newsletter","pdfw",news,"all","school newsletter mentioning OPP and photo consent; not a plan"),
            ("none-03","blank-format","docx",blank,"blank","blank SWV format with instructions and empty signature table; not a filled plan")]

def emit(blocks, did, fmt, ctx_footer=None, header=None, sdt=False):
    os.makedirs(BUILD,exist_ok=True)
    if fmt=="docx":
        out=os.path.join(DOCS,did+".docx"); W.write_docx(blocks,out,BUILD,header,ctx_footer,sdt); W.normalize_zip(out); return out,"docx",False
    if fmt=="pdfw":
        tmp=os.path.join(BUILD,"word",did+".docx"); os.makedirs(os.path.dirname(tmp),exist_ok=True)
        W.write_docx(blocks,tmp,BUILD,header,ctx_footer,sdt)
        subprocess.run(["soffice","--headless","--convert-to","pdf","--outdir",os.path.join(BUILD,"word"),tmp],check=True,capture_output=True)
        out=os.path.join(DOCS,did+".pdf"); shutil.copy(tmp[:-5]+".pdf",out); W.normalize_pdf(out); return out,"pdf",False
    if fmt=="odt":
        out=os.path.join(DOCS,did+".odt"); W.write_odt(blocks,out); W.normalize_zip(out); return out,"odt",False
    if fmt in ("txt","md"):
        out=os.path.join(DOCS,did+"."+fmt); W.write_txt(blocks,out,md=(fmt=="md"),footer=ctx_footer); return out,fmt,False
    if fmt=="pdf":
        out=os.path.join(DOCS,did+".pdf"); W.write_pdf(blocks,out,BUILD,header,ctx_footer); return out,"pdf",False
    if fmt=="fillable":
        out=os.path.join(DOCS,did+".pdf"); W.write_fillable(blocks,out); return out,"pdf",False
    if fmt=="scan":
        tmp=os.path.join(BUILD,did+"-clean.pdf"); W.write_pdf(blocks,tmp,BUILD,header,ctx_footer)
        out=os.path.join(DOCS,did+".pdf"); W.make_scan(tmp,out,sum(map(ord,did)),BUILD); return out,"pdf",True
    raise ValueError(fmt)

def main():
    if os.path.exists(DOCS): shutil.rmtree(DOCS)
    os.makedirs(DOCS)
    recs=[]
    for i,spec in enumerate(S):
        ctx=make_ctx(i,spec); did,typ,layout,fmt,pd,ov,cv,ex,note=spec
        blocks=LAYOUTS[layout](ctx)
        if ctx["female"]: blocks=gender(blocks)
        footer=header=None
        if ex.get("footer"):
            header=f"{ctx['system']} | {ctx['school']} | vertrouwelijk"
            footer=f"Afgedrukt door {ctx['ib']} op {dshort(addd(ctx['vast_date'],3))} 10:14 – pagina {{p}}" if fmt!="txt" else f"Afgedrukt door {ctx['ib']} op {dshort(addd(ctx['vast_date'],3))} 10:14 – einde export"
            if fmt in ("docx","pdfw"): footer=footer.replace(" – pagina {p}","")
        out,f,scanned=emit(blocks,did,fmt,footer,header,ex.get("sdt",False))
        L=labels_for(ctx)
        acc=[]
        if scanned:
            acc=["instemming_ouders","vaststelling"]
            if layout in ("vso-profile","beknopt-form") : acc.append("uitstroombestemming")
        fmtname={"pdfw":"PDF exported from Word (LibreOffice)","pdf":"PDF made directly (reportlab)","fillable":"fillable PDF form (AcroForm)","scan":"scanned PDF (image only, noise, skew)","docx":"DOCX","odt":"ODT","txt":"plain text","md":"markdown"}[fmt]
        extra=[]
        if ctx["pre2025"]: extra.append("plan set before 1 Aug 2025: pupil input not_applicable")
        if ex.get("revised"): extra.append(f"revised {dshort(ex['revised'])}, so pupil input applies")
        recs.append({"file":"docs/"+os.path.basename(out),"format":f,"layout":layout,"school_type":typ,"scanned":scanned,"elements":L,"accept_unclear":acc,
                     "notes":f"{layout}; {fmtname}; plan date {dshort(pd)}. Gaps: {note}"+("; "+"; ".join(extra) if extra else "")})
    for did,layout,fmt,blocks,kind,note in non_opp():
        out,f,sc=emit(blocks,did,fmt)
        if kind=="blank":
            L={e:"incomplete" for e in ELEMENTS}; L["informatie_rechten"]="present"
        else: L={e:"missing" for e in ELEMENTS}
        recs.append({"file":"docs/"+os.path.basename(out),"format":f,"layout":layout,"school_type":"none","scanned":False,"elements":L,"accept_unclear":[],"notes":"not an OPP: "+note})
    json.dump({"version":1,"docs":recs},open(os.path.join(ROOT,"labels.json"),"w",encoding="utf-8"),ensure_ascii=False,indent=1)
    print(len(recs),"documents")

if __name__=="__main__": main()
