# -*- coding: utf-8 -*-
"""Generate the blind OPP validation corpus, round 64 (2026-12-08l).

Deterministic: no clock, no network; every random choice is seeded from the document number.
Usage: python3 gen_corpus.py [--out CORPUS_DIR] [--build BUILD_DIR] [--only 01,02]
"""
import argparse
import json
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import layouts as LY  # noqa: E402
import render as R  # noqa: E402
from plans import Plan, ELEMENTS  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.dirname(HERE)
DEFAULT_BUILD = "/work/blind65/build"

SWV_PO = "Samenwerkingsverband Passend Primair Onderwijs Rietmonde e.o."
SWV_PO2 = "SWV PO Vlierdonk-Oudeslenk"
SWV_VO = "Samenwerkingsverband VO Elzerhaven-Kreekhoven"
SWV_VO2 = "SWV voortgezet onderwijs Brakkenveen"

LAYOUTS = {
    "swv-genummerd": LY.L_swv_genummerd,
    "twee-kolommen": LY.L_twee_kolommen,
    "domeintabel": LY.L_domeintabel,
    "groeidocument-hoofdstuk": LY.L_groeidocument,
    "beknopt-opp": LY.L_beknopt,
    "vraagkoppen": LY.L_vraagkoppen,
    "briefvorm": LY.L_briefvorm,
    "systeemexport": LY.L_systeemexport,
    "vso-perspectiefplan": LY.L_vso,
    "invulformulier": lambda P: LY.L_invulformulier(P, sdt=False),
    "invulformulier-contentcontrols": lambda P: LY.L_invulformulier(P, sdt=True),
}


def pu(vn, an, g, geb):
    return dict(vn=vn, an=an, g=g, geb=geb)


# ---------------------------------------------------------------------------
# The documents. gaps: element -> state (omit, empty, ph, instr, zie, partial, vague, noeffect, sdt_empty, unticked, none)
# ---------------------------------------------------------------------------
DOCS = [
    # ------------------------------------------------------------------ po
    dict(id="01", arch="po_lezen", layout="swv-genummerd", fmt="pdf-word", pupil=pu("Sem", "Hovenkamp", "m", "2015-03-14"),
         school="CBS De Spelevaart", place="Rietmonde", swv=SWV_PO, groep="groep 6", vast="2025-10-06", consent="both",
         fam=dict(mo="mw. L. Hovenkamp-Dijst", fa="dhr. B. Hovenkamp"), note="complete plan"),
    dict(id="02", arch="po_lezen", layout="twee-kolommen", fmt="docx", pupil=pu("Fenna", "Brouwersma", "f", "2013-06-02"),
         school="OBS Het Vlonderpad", place="Oudeslenk", swv=SWV_PO2, groep="groep 8", vast="2025-10-13", consent="age12",
         perms=["avg", "foto"], fam=dict(mo="mw. J. Brouwersma", fa="dhr. K. Brouwersma"),
         note="complete plan; pupil aged 12 co-signs; AVG and photo permissions signed on the same page"),
    dict(id="03", arch="po_gedrag", layout="vraagkoppen", fmt="pdf", pupil=pu("Jesse", "Kooistra", "m", "2016-01-22"),
         school="Kindcentrum Zonnedauw", place="Vlierdonk", swv=SWV_PO2, groep="groep 5", vast="2025-10-20", consent="sep_both",
         fam=dict(mo="mw. S. Altena", fa="dhr. W. Kooistra"), cdate="2025-10-22", cdate2="2025-11-03",
         note="complete plan; separated parents with joint custody both signed on different dates"),
    dict(id="04", arch="po_gedrag", layout="domeintabel", fmt="odt", pupil=pu("Milan", "Strijkers", "m", "2015-09-09"),
         school="Basisschool De Regenboogvis", place="Zwaluwmeer", swv=SWV_PO, groep="groep 6", vast="2025-11-03", consent="sep_one_blank",
         fam=dict(mo="mw. D. Haverkort", fa="dhr. T. Strijkers"), gaps={"inbreng_leerling": "noeffect"},
         note="separated parents, joint custody: only mother signed, father's line blank; pupil's view given without what it changed"),
    dict(id="05", arch="po_lezen", layout="briefvorm", fmt="pdf-word", pupil=pu("Lotte", "van Dreven", "f", "2016-04-30"),
         school="OBS De Wilgenkamp", place="Haverwoude", swv=SWV_PO, groep="groep 5", vast="2025-11-10", consent="email_later",
         fam=dict(mo="mw. R. van Dreven", fa="dhr. H. van Dreven"), cdate2="2025-11-18", gaps={"evaluatie": "partial"},
         note="letter; answer slip not signed but a dated note records consent by e-mail later; evaluation only 'periodiek' (no when/with whom)"),
    dict(id="06", arch="po_gedrag", layout="beknopt-opp", fmt="docx", pupil=pu("Noor", "Elzinga", "f", "2014-11-11"),
         school="CBS De Spelevaart", place="Rietmonde", swv=SWV_PO, groep="groep 7", vast="2025-03-17", consent="voor_gezien",
         gaps={"inbreng_leerling": "omit", "doelen": "vague"}, fam=dict(mo="mw. P. Elzinga", fa="dhr. G. Elzinga"),
         note="plan set before 1-8-2025 (hoorrecht n/a); parents signed 'voor gezien'; goals vague; 'geen afwijkingen' ticked (n/a)"),
    dict(id="07", arch="po_lezen", layout="systeemexport", fmt="pdf", pupil=pu("Daan", "Wesselink", "m", "2014-02-17"),
         school="Basisschool De Klaproos", place="Kreekhoven", swv=SWV_PO2, groep="groep 7", vast="2024-11-12", consent="both",
         gaps={"informatie_rechten": "omit", "adviezen_professionals": "zie", "inbreng_leerling": "omit"}, dstyle="iso",
         fam=dict(mo="mw. E. Wesselink", fa="dhr. J. Wesselink"),
         note="system export with footer; 2024 plan (hoorrecht n/a); advice only 'zie verslag'; no information on rights"),
    dict(id="08", arch="po_gedrag", layout="groeidocument-hoofdstuk", fmt="docx", pupil=pu("Yara", "Mulderij", "f", "2016-08-05"),
         school="OBS Het Vlonderpad", place="Oudeslenk", swv=SWV_PO2, groep="groep 4", vast="2025-09-29", consent="voogd",
         gaps={"informatie_rechten": "partial"}, fam=dict(voogd="mw. S. Dijkhuis, jeugdbeschermer"),
         oogo_who="de voogd (mw. S. Dijkhuis), de pleegmoeder, de groepsleerkracht en de intern begeleider",
         note="groeidocument, OPP is chapter 4; pupil under voogdij, voogd signed akkoord; rights only 'vragen? zie schoolgids'"),
    dict(id="09", arch="po_lezen", layout="invulformulier-contentcontrols", fmt="docx", pupil=pu("Guus", "Tammeling", "m", "2015-12-01"),
         school="Kindcentrum Zonnedauw", place="Vlierdonk", swv=SWV_PO2, groep="groep 6", vast="2025-10-27", consent="portal",
         gaps={"onderbouwing": "sdt_empty", "doelen": "sdt_empty"}, fam=dict(mo="mw. R. Koster"),
         note="Word form with content controls; onderbouwing and doelen controls still show the placeholder; consent via parent portal (dated log)"),
    dict(id="10", arch="po_gedrag", layout="invulformulier", fmt="pdf-form", pupil=pu("Bram", "Oldenhuis", "m", "2015-05-19"),
         school="Basisschool De Regenboogvis", place="Zwaluwmeer", swv=SWV_PO, groep="groep 6", vast="2025-11-17", consent="gezinsvoogd_only",
         gaps={"adviezen_professionals": "omit"}, fam=dict(mo="mw. A. Oldenhuis", fa="dhr. F. Oldenhuis", gv="dhr. R. Smeenk, jeugdbeschermer"),
         note="fillable PDF form; OTS: only the gezinsvoogd signed, parents (custody) did not; no advice of professionals"),
    dict(id="11", arch="po_lezen", layout="beknopt-opp", fmt="scan", pupil=pu("Ilse", "Veenstra", "f", "2014-07-07"),
         school="OBS De Wilgenkamp", place="Haverwoude", swv=SWV_PO, groep="groep 7", vast="2025-10-08", consent="both",
         fam=dict(mo="mw. M. Veenstra", fa="dhr. O. Veenstra"), accept_unclear=["instemming_ouders"],
         note="scan of a complete short plan; handwritten signatures, dates and ticks"),
    dict(id="12", arch="po_gedrag", layout="vraagkoppen", fmt="md", pupil=pu("Luuk", "Berghorst", "m", "2016-10-28"),
         school="Basisschool De Klaproos", place="Kreekhoven", swv=SWV_PO2, groep="groep 4", vast="2025-12-01", consent="unticked",
         gaps={"oogo": "partial"}, fam=dict(mo="mw. H. Berghorst", fa="dhr. N. Berghorst"),
         note="markdown; parents signed with date but ticked neither akkoord nor niet akkoord; OOGO without date or participants"),
    # ------------------------------------------------------------------ sbo
    dict(id="13", arch="sbo_taal", layout="swv-genummerd", fmt="docx", pupil=pu("Mats", "Terpstra", "m", "2013-12-12"),
         school="SBO De Kiepkar", place="Brakkenveen", swv=SWV_PO, groep="groep 8 (bovenbouw)", vast="2025-10-02", consent="pleeg_voogd",
         fam=dict(pleeg="mw. A. Terpstra-Wind", voogd="dhr. M. Kersbergen, jeugdbeschermer"), cdate2="2025-10-09",
         oogo_who="de pleegouders, de voogd, de leerkracht en de intern begeleider",
         note="complete plan; pleeggezin: pleegouder and voogd both signed"),
    dict(id="14", arch="sbo_rekenen", layout="domeintabel", fmt="pdf-word", pupil=pu("Roos", "Hiemstra", "f", "2014-04-03"),
         school="SBO Vlindertuin", place="Lindemarsch", swv=SWV_PO2, groep="groep 7", vast="2025-10-09", consent="both",
         fam=dict(mo="mw. T. Hiemstra", fa="dhr. S. Hiemstra"), note="complete plan; explicit 'geen afwijkingen' (n/a)"),
    dict(id="15", arch="sbo_taal", layout="vraagkoppen", fmt="odt", pupil=pu("Tess", "Ruiterman", "f", "2013-08-21"),
         school="SBO De Kiepkar", place="Brakkenveen", swv=SWV_PO, groep="groep 8", vast="2025-06-23", consent="onder_protest",
         gaps={"doelen": "ph", "inbreng_leerling": "omit"}, ph={"doelen": "nog aanvullen"},
         fam=dict(mo="mw. C. Ruiterman", fa="dhr. L. Ruiterman"),
         note="set June 2025 (hoorrecht n/a); parents signed 'onder protest'; goals 'nog aanvullen'"),
    dict(id="16", arch="sbo_rekenen", layout="briefvorm", fmt="txt", pupil=pu("Jayden", "Koelewijn", "m", "2015-01-30"),
         school="SBO Vlindertuin", place="Lindemarsch", swv=SWV_PO2, groep="groep 6", vast="2025-11-05", consent="zienswijze_akkoord",
         fam=dict(mo="mw. I. Koelewijn", fa="dhr. A. Koelewijn"),
         note="plain-text letter; parents' zienswijze disagrees with the perspective but they ticked akkoord with the handelingsdeel and signed"),
    dict(id="17", arch="sbo_taal", layout="systeemexport", fmt="pdf-word", pupil=pu("Sophie", "Lammerts", "f", "2014-03-25"),
         school="SBO De Kiepkar", place="Brakkenveen", swv=SWV_PO, groep="groep 7", vast="2025-05-20", revised="2025-10-14",
         consent="school_only", gaps={"inbreng_leerling": "omit", "evaluatie": "empty"}, dstyle="iso", empty_mark="-",
         fam=dict(mo="mw. K. Lammerts"),
         note="set May 2025 but revised Oct 2025, so hoorrecht applies and is missing; evaluation field empty ('-'); only school staff signed"),
    dict(id="18", arch="sbo_rekenen", layout="twee-kolommen", fmt="scan", pupil=pu("Vince", "Dorenbos", "m", "2014-09-14"),
         school="SBO Vlindertuin", place="Lindemarsch", swv=SWV_PO2, groep="groep 7", vast="2025-10-16", consent="sep_both",
         gaps={"belemmerende_factoren": "instr"}, fam=dict(mo="mw. B. Vos", fa="dhr. E. Dorenbos"), cdate2="2025-10-27",
         accept_unclear=["instemming_ouders"],
         note="scan; separated parents both signed by hand; belemmerende factoren still shows the template instruction"),
    # ------------------------------------------------------------------ so
    dict(id="19", arch="so_autisme", layout="groeidocument-hoofdstuk", fmt="pdf-word", pupil=pu("Olivier", "Sprenger", "m", "2014-06-18"),
         school="SO De Zeemeeuw (cluster 4)", place="Elzerhaven", swv=SWV_PO, groep="groep Zeester (7)", vast="2025-10-07", consent="both",
         fam=dict(mo="mw. N. Sprenger", fa="dhr. P. Sprenger"), note="complete so plan with advice of the commissie voor de begeleiding"),
    dict(id="20", arch="so_lichamelijk", layout="vraagkoppen", fmt="docx", pupil=pu("Eva", "Pijlman", "f", "2014-02-09"),
         school="SO Mytylschool De Hoogte", place="Kreekhoven", swv=SWV_PO2, groep="bovenbouw B", vast="2025-10-21", consent="partial",
         fam=dict(mo="mw. G. Pijlman", fa="dhr. D. Pijlman"),
         note="partial agreement: parents agree except the shortened Wednesday"),
    dict(id="21", arch="so_autisme", layout="twee-kolommen", fmt="pdf", pupil=pu("Stijn", "Vermeulenhof", "m", "2013-11-03"),
         school="SO De Zeemeeuw (cluster 4)", place="Elzerhaven", swv=SWV_PO, groep="groep Meeuw (8)", vast="2025-11-12",
         consent="gezinshuis_gezien", gaps={"adviezen_professionals": "zie"}, fam=dict(gh="dhr. P. van Eck"),
         oogo_who="de gezinshuisouders, de voogd, de leerkracht en de gedragswetenschapper",
         note="gezinshuis: gezinshuisouder signed 'voor gezien', voogd line blank; advice only 'zie verslag' (no commissie advice)"),
    dict(id="22", arch="so_lichamelijk", layout="systeemexport", fmt="docx", pupil=pu("Nina", "Groeneveld", "f", "2014-05-27"),
         school="SO Mytylschool De Hoogte", place="Kreekhoven", swv=SWV_PO2, groep="middenbouw", vast="2024-10-01", consent="both",
         gaps={"adviezen_professionals": "omit", "evaluatie": "ph", "inbreng_leerling": "omit"}, ph={"evaluatie": "n.t.b."}, dstyle="iso",
         fam=dict(mo="mw. F. Groeneveld", fa="dhr. R. Groeneveld"),
         note="2024 so plan (hoorrecht n/a); no advice at all (commissie voor de begeleiding absent); evaluation 'n.t.b.'"),
    dict(id="23", arch="so_autisme", layout="beknopt-opp", fmt="md", pupil=pu("Lieke", "Bosscher", "f", "2015-07-12"),
         school="SO De Zeemeeuw (cluster 4)", place="Elzerhaven", swv=SWV_PO, groep="groep Zeester (6)", vast="2025-09-30",
         consent="gezinsvoogd_parent", gaps={"onderbouwing": "partial"}, fam=dict(mo="mw. Y. Bosscher", gv="dhr. R. Smeenk"),
         oogo_who="moeder, de gezinsvoogd, de leerkracht en de gedragswetenschapper",
         note="OTS: mother (custody) signed akkoord, gezinsvoogd 'voor gezien'; onderbouwing is one generic sentence"),
    dict(id="24", arch="so_lichamelijk", layout="domeintabel", fmt="scan", pupil=pu("Ruben", "Kalkman", "m", "2014-10-10"),
         school="SO Mytylschool De Hoogte", place="Kreekhoven", swv=SWV_PO2, groep="bovenbouw A", vast="2025-11-04", consent="blank",
         gaps={"bevorderende_factoren": "empty"}, accept_unclear=["instemming_ouders"],
         note="scan; bevorderende-factoren column empty in every domain; parent signature lines blank"),
    # ------------------------------------------------------------------ vo
    dict(id="25", arch="vo_havo_ass", layout="swv-genummerd", fmt="pdf-word", pupil=pu("Thijmen", "Lansbergen", "m", "2009-05-05"),
         school="Lindemarsch College", place="Lindemarsch", swv=SWV_VO, groep="havo 3", groep_label="Klas", vast="2025-10-01",
         consent="age16_both", fam=dict(mo="mw. W. Lansbergen"), oogo_who="Thijmen, moeder, de mentor en de ondersteuningscoördinator",
         note="complete vo plan; 16-year-old pupil and mother both signed"),
    dict(id="26", arch="vo_vmbo_angst", layout="vraagkoppen", fmt="pdf", pupil=pu("Anouk", "Westerveld", "f", "2011-01-16"),
         school="Scholengemeenschap Vlierdonk", place="Vlierdonk", swv=SWV_VO2, groep="2 vmbo-tl", groep_label="Klas", vast="2025-10-15",
         consent="sep_refuse", refuse_text="Vader is het niet eens met het opbouwrooster en heeft niet ingestemd.",
         fam=dict(mo="mw. E. Westerveld", fa="dhr. C. Hagedoorn"), cdate2="2025-10-24",
         note="separated parents: mother akkoord, father niet akkoord"),
    dict(id="27", arch="vo_havo_ass", layout="twee-kolommen", fmt="odt", pupil=pu("Jasper", "Timmerije", "m", "2010-09-30"),
         school="Elzerhaven Lyceum", place="Elzerhaven", swv=SWV_VO, groep="havo 3", groep_label="Klas", vast="2025-02-10",
         consent="voor_ontvangst", gaps={"oogo": "omit"}, fam=dict(mo="mw. A. Timmerije", fa="dhr. H. Timmerije"),
         note="set Feb 2025 (hoorrecht n/a, although the pupil's view is included); no OOGO; parents signed 'voor ontvangst'"),
    dict(id="28", arch="vo_vmbo_angst", layout="systeemexport", fmt="pdf", pupil=pu("Sanne", "Overbeek", "f", "2010-12-04"),
         school="Scholengemeenschap Vlierdonk", place="Vlierdonk", swv=SWV_VO2, groep="3 vmbo-tl", vast="2025-11-20", consent="email_pending",
         gaps={"doelen": "empty"}, dstyle="iso", sysname="Leerlingvolg Plus", fam=dict(mo="mw. J. Overbeek", fa="dhr. M. Overbeek"),
         note="export; goals field empty; consent 'volgt per e-mail' (not given yet)"),
    dict(id="29", arch="vo_havo_ass", layout="briefvorm", fmt="docx", pupil=pu("Mila", "Zandbergen", "f", "2011-03-08"),
         school="Lindemarsch College", place="Lindemarsch", swv=SWV_VO, groep="havo 3", vast="2025-12-03", consent="one_sole",
         gaps={"vaststelling": "omit"}, fam=dict(mo="mw. C. Zandbergen"), aan="Aan mevrouw C. Zandbergen",
         aanhef="Beste mevrouw Zandbergen,", oogo_who="Mila, moeder, de mentor en de ondersteuningscoördinator",
         note="letter to the mother who has sole custody (signed); no statement that/when the plan was set"),
    dict(id="30", arch="vo_vmbo_angst", layout="invulformulier", fmt="pdf-form", pupil=pu("Levi", "Rozendaal", "m", "2011-06-23"),
         school="Scholengemeenschap Vlierdonk", place="Vlierdonk", swv=SWV_VO2, groep="2 vmbo-tl", vast="2025-10-29", consent="both",
         fam=dict(mo="mw. K. Rozendaal", fa="dhr. B. Rozendaal"), note="complete plan as fillable PDF form"),
    dict(id="31", arch="vo_havo_ass", layout="domeintabel", fmt="txt", pupil=pu("Femke", "Dijkgraaf", "f", "2010-02-14"),
         school="Elzerhaven Lyceum", place="Elzerhaven", swv=SWV_VO, groep="havo 4", vast="2026-10-05", consent="avg_blank",
         perms=["avg", "foto"], gaps={"informatie_rechten": "zie"}, fam=dict(mo="mw. L. Dijkgraaf", fa="dhr. T. Dijkgraaf"),
         note="plain text, school year 2026-2027; AVG and photo permissions signed while the OPP consent line is blank; rights 'zie schoolgids'"),
    dict(id="32", arch="vo_vmbo_angst", layout="beknopt-opp", fmt="scan", pupil=pu("Daan", "Hoekstra", "m", "2011-04-01"),
         school="Scholengemeenschap Vlierdonk", place="Vlierdonk", swv=SWV_VO2, groep="2 vmbo-tl", vast="2025-10-22", consent="voor_gezien",
         fam=dict(mo="mw. R. Hoekstra", fa="dhr. W. Hoekstra"), accept_unclear=["instemming_ouders"],
         note="scan; parents wrote 'voor gezien' by hand next to their signatures"),
    # ------------------------------------------------------------------ pro
    dict(id="33", arch="pro_werk", layout="swv-genummerd", fmt="docx", pupil=pu("Kevin", "Aalderink", "m", "2009-08-19"),
         school="Praktijkschool De Werkplaats", place="Oudeslenk", swv=SWV_VO2, groep="leerjaar 3", vast="2025-10-08", consent="age16_both",
         fam=dict(mo="mw. S. Aalderink"), oogo_who="Kevin, moeder, de mentor en de jobcoach",
         note="complete pro plan; pupil 16 and mother signed; no deviations (n/a)"),
    dict(id="34", arch="pro_werk", layout="systeemexport", fmt="pdf-word", pupil=pu("Dewi", "Lubbers", "f", "2007-05-02"),
         school="Praktijkcollege Brakkenveen", place="Brakkenveen", swv=SWV_VO2, groep="leerjaar 5 (uitstroomjaar)", vast="2025-11-06",
         consent="adult_self", adult=True, dstyle="iso", fam=dict(mo="mw. H. Lubbers"),
         note="adult pro pupil (18) signed akkoord herself, mother 'voor gezien'; hoorrecht n/a (pupil is the party)"),
    dict(id="35", arch="pro_werk", layout="vraagkoppen", fmt="md", pupil=pu("Tim", "Scholtens", "m", "2009-11-26"),
         school="Praktijkschool De Werkplaats", place="Oudeslenk", swv=SWV_VO2, groep="leerjaar 2", vast="2025-04-14", consent="blank",
         gaps={"evaluatie": "omit", "ondersteuning": "vague", "inbreng_leerling": "omit"},
         note="set April 2025 (hoorrecht n/a); support only 'waar nodig'; no evaluation; blank signature lines"),
    dict(id="36", arch="pro_werk", layout="briefvorm", fmt="odt", pupil=pu("Robin", "Hazeleger", "m", "2008-12-15"),
         school="Praktijkcollege Brakkenveen", place="Brakkenveen", swv=SWV_VO2, groep="leerjaar 4", vast="2025-10-30", consent="disagree_refuse",
         fam=dict(mo="mw. G. Hazeleger", fa="dhr. P. Hazeleger"),
         note="letter; parents ticked niet akkoord and recorded their disagreement"),
    dict(id="37", arch="pro_werk", layout="twee-kolommen", fmt="pdf", pupil=pu("Ayoub", "el Khatib", "m", "2010-03-03"),
         school="Praktijkschool De Werkplaats", place="Oudeslenk", swv=SWV_VO2, groep="leerjaar 2", vast="2025-09-25", consent="no_date",
         gaps={"uitstroombestemming": "partial"}, fam=dict(mo="mw. N. el Khatib", fa="dhr. Y. el Khatib"),
         note="destination only 'arbeid of vervolgonderwijs'; consent ticked and signed without date"),
    # ------------------------------------------------------------------ vso
    dict(id="38", arch="vso_arbeid", layout="vso-perspectiefplan", fmt="pdf-word", pupil=pu("Niels", "Boerkamp", "m", "2006-07-21"),
         school="VSO Zwaluwstaart", place="Zwaluwmeer", swv=SWV_VO, groep="arbeidstoeleiding 2", vast="2025-10-03", consent="adult_self",
         adult=True, fam=dict(mo="mw. A. Boerkamp"), note="complete vso plan; adult handelingsbekwaam pupil signed himself"),
    dict(id="39", arch="vso_dagbesteding", layout="vso-perspectiefplan", fmt="docx", pupil=pu("Iris", "Wolters", "f", "2005-09-12"),
         school="VSO Het Rietland", place="Rietmonde", swv=SWV_VO, groep="groep Dagbesteding 3", vast="2025-10-10", consent="curatele_curator",
         adult=True, curatele=True, fam=dict(fa="dhr. J. Wolters"),
         oogo_who="vader (curator), Iris (met foto's), de mentor en de gedragswetenschapper",
         note="adult under curatele: curator signed akkoord; hoorrecht applies and is present"),
    dict(id="40", arch="vso_vervolg", layout="vso-perspectiefplan", fmt="pdf", pupil=pu("Dylan", "Meiboom", "m", "2009-06-06"),
         school="VSO Zwaluwstaart", place="Zwaluwmeer", swv=SWV_VO, groep="vmbo-bb 3", vast="2025-10-24", consent="age16_only",
         fam=dict(mo="mw. T. Meiboom"), note="16-year-old signed akkoord alone; parent line blank; 'geen afwijkingen' (n/a)"),
    dict(id="41", arch="vso_arbeid", layout="vso-perspectiefplan", fmt="odt", pupil=pu("Kim", "van Oosterom", "f", "2007-01-29"),
         school="VSO Het Rietland", place="Rietmonde", swv=SWV_VO, groep="arbeidstoeleiding 1", vast="2025-11-14", consent="adult_parents_only",
         adult=True, gaps={"uitstroombestemming": "unticked"}, fam=dict(mo="mw. M. van Oosterom", fa="dhr. R. van Oosterom"),
         note="adult pupil (18): only parents signed, her own line blank; no vso profile ticked and 'Concreet:' empty"),
    dict(id="42", arch="vso_dagbesteding", layout="systeemexport", fmt="txt", pupil=pu("Joost", "Brinkhuis", "m", "2006-02-02"),
         school="VSO Het Rietland", place="Rietmonde", swv=SWV_VO, groep="groep Dagbesteding 2", vast="2025-09-26",
         consent="curatele_pupil_only", adult=True, curatele=True, gaps={"inbreng_leerling": "partial"}, dstyle="iso",
         fam=dict(mo="mw. E. Brinkhuis"),
         note="adult under curatele: only the pupil signed, curator line blank; hoorrecht applies but only 'is gehoord'"),
    dict(id="43", arch="vso_vervolg", layout="twee-kolommen", fmt="docx", pupil=pu("Sem", "Wijnands", "m", "2009-10-17"),
         school="VSO Zwaluwstaart", place="Zwaluwmeer", swv=SWV_VO, groep="vmbo-bb 2", vast="2025-03-03", consent="both",
         gaps={"afwijkingen_onderwijsprogramma": "omit"}, fam=dict(mo="mw. B. Wijnands", fa="dhr. K. Wijnands"),
         note="set March 2025 (hoorrecht n/a); nothing at all about deviations (missing)"),
    dict(id="44", arch="vso_arbeid", layout="swv-genummerd", fmt="scan", pupil=pu("Bart", "Olthuis", "m", "2006-11-08"),
         school="VSO Zwaluwstaart", place="Zwaluwmeer", swv=SWV_VO, groep="arbeidstoeleiding 2", vast="2025-10-17", consent="adult_self",
         adult=True, fam=dict(mo="mw. D. Olthuis"), accept_unclear=["instemming_ouders"],
         note="scan of a complete vso plan; adult pupil signed by hand"),
    dict(id="45", arch="vso_vervolg", layout="beknopt-opp", fmt="pdf-word", pupil=pu("Lars", "Kuipers", "m", "2010-01-09"),
         school="VSO Zwaluwstaart", place="Zwaluwmeer", swv=SWV_VO, groep="vmbo-bb 2", vast="2025-11-24", consent="all_perm",
         perms=["medicatie", "onderzoek", "avg"], fam=dict(mo="mw. I. Kuipers", fa="dhr. H. Kuipers"),
         note="complete plan; OPP consent plus medication, research and AVG permissions all signed"),
    dict(id="46", arch="vso_dagbesteding", layout="briefvorm", fmt="pdf", pupil=pu("Evi", "Haarsma", "f", "2009-04-22"),
         school="VSO Het Rietland", place="Rietmonde", swv=SWV_VO, groep="groep Dagbesteding 1", vast="2025-10-06", consent="omit",
         note="letter without answer slip: no consent asked or recorded at all"),
    dict(id="47", arch="vso_arbeid", layout="invulformulier-contentcontrols", fmt="docx", pupil=pu("Jordy", "Stapert", "m", "2009-02-11"),
         school="VSO Het Rietland", place="Rietmonde", swv=SWV_VO, groep="arbeidstoeleiding 1", vast="2026-09-28", consent="avg_only",
         perms=["avg", "foto", "video"], gaps={"evaluatie": "sdt_empty"}, fam=dict(mo="mw. L. Stapert"),
         note="Word form, school year 2026-2027; evaluation control still placeholder; only AVG/photo/video permissions signed, no OPP consent section"),
    # ------------------------------------------------------------------ extra
    dict(id="48", arch="po_lezen", layout="groeidocument-hoofdstuk", fmt="pdf", pupil=pu("Zoë", "Mensink", "f", "2015-10-02"),
         school="Basisschool De Klaproos", place="Kreekhoven", swv=SWV_PO2, groep="groep 6", vast="2025-08-28", consent="both",
         gaps={"inbreng_leerling": "omit", "oogo": "ph"}, ph={"oogo": "volgt na overleg"}, fam=dict(mo="mw. P. Mensink", fa="dhr. D. Mensink"),
         note="set 28-8-2025 (just after the hoorrecht date) without any pupil input; OOGO 'volgt na overleg'"),
    dict(id="49", arch="vo_havo_ass", layout="vraagkoppen", fmt="txt", pupil=pu("Rik", "Vellinga", "m", "2010-08-08"),
         school="Lindemarsch College", place="Lindemarsch", swv=SWV_VO, groep="havo 3", vast="2025-07-04", consent="both",
         gaps={"inbreng_leerling": "empty", "vaststelling": "partial"}, fam=dict(mo="mw. O. Vellinga", fa="dhr. S. Vellinga"),
         note="set 4-7-2025 (hoorrecht n/a even though the heading is empty); vaststelling names the director but the date is dots"),
    dict(id="50", arch="so_autisme", layout="swv-genummerd", fmt="odt", pupil=pu("Hidde", "Grootveld", "m", "2016-03-30"),
         school="SO De Zeemeeuw (cluster 4)", place="Elzerhaven", swv=SWV_PO, groep="groep Zeester (5)", vast="2026-10-12", consent="both",
         fam=dict(mo="mw. F. Grootveld", fa="dhr. M. Grootveld"), note="complete so plan, school year 2026-2027"),
    dict(id="51", arch="po_gedrag", layout="twee-kolommen", fmt="pdf-word", pupil=pu("Julia", "Wiegersma", "f", "2015-02-20"),
         school="CBS De Spelevaart", place="Rietmonde", swv=SWV_PO, groep="groep 6", vast="2025-10-23", consent="both", mark="scribble",
         fam=dict(mo="mw. A. Wiegersma", fa="dhr. R. Wiegersma"), accept_unclear=["instemming_ouders"],
         note="complete plan; parents' signatures are pasted images with typed dates"),
    dict(id="52", arch="sbo_rekenen", layout="invulformulier", fmt="pdf-form", pupil=pu("Lina", "Bakhuis", "f", "2014-01-13"),
         school="SBO Vlindertuin", place="Lindemarsch", swv=SWV_PO2, groep="groep 7", vast="2025-06-10", consent="both",
         gaps={"uitstroombestemming": "empty", "afwijkingen_onderwijsprogramma": "unticked"}, fam=dict(mo="mw. E. Bakhuis", fa="dhr. G. Bakhuis"),
         note="fillable form, June 2025 (hoorrecht n/a, field filled anyway); uitstroom field empty; deviation tick boxes both unticked"),
    # ------------------------------------------------------------------ non-OPPs
    dict(id="53", nonopp="folder", layout="ouderfolder", fmt="pdf", swv=SWV_PO, school="", note="leaflet for parents about what an OPP is"),
    dict(id="54", nonopp="nieuwsbrief", layout="nieuwsbrief", fmt="docx", swv=SWV_PO2, school="Kindcentrum Zonnedauw",
         note="school newsletter mentioning OPP meetings and photo permission (unticked)"),
    dict(id="55", nonopp="leegformat", layout="leeg-format", fmt="docx", swv=SWV_VO2, school="",
         note="blank OPP template of a samenwerkingsverband: every heading with only its instruction"),
]

# Second pass of deliberate gaps, spreading missing/incomplete over the non-consent elements.
EXTRA_GAPS = {
    "10": {"ondersteuningsbehoefte": "ph"},
    "12": {"adviezen_professionals": "omit"},
    "20": {"belemmerende_factoren": "omit"},
    "21": {"ondersteuning": "zie"},
    "26": {"ondersteuningsbehoefte": "omit", "onderbouwing": "zie"},
    "28": {"vaststelling": "partial"},
    "31": {"uitstroombestemming": "instr"},
    "36": {"doelen": "omit", "informatie_rechten": "partial"},
    "37": {"bevorderende_factoren": "ph"},
    "40": {"oogo": "omit", "evaluatie": "instr"},
    "42": {"afwijkingen_onderwijsprogramma": "unticked"},
    "46": {"onderbouwing": "ph"},
    "48": {"belemmerende_factoren": "empty"},
}
EXTRA_PH = {"10": {"ondersteuningsbehoefte": "n.t.b."}, "37": {"bevorderende_factoren": "..."}, "46": {"onderbouwing": "volgt na overleg"}}
for _d in DOCS:
    if _d["id"] in EXTRA_GAPS:
        _d.setdefault("gaps", {}).update(EXTRA_GAPS[_d["id"]])
    if _d["id"] in EXTRA_PH:
        _d.setdefault("ph", {}).update(EXTRA_PH[_d["id"]])

STEMS = {"pdf-word": "pdf", "pdf": "pdf", "pdf-form": "pdf", "scan": "pdf", "docx": "docx", "odt": "odt", "txt": "txt", "md": "md"}
FMT_DESC = {"pdf-word": "PDF exported from Word/LibreOffice (soffice)", "pdf": "PDF made directly (reportlab)",
            "pdf-form": "fillable PDF form (AcroForm fields hold the content)", "scan": "scanned PDF (image only, noise, skew)",
            "docx": "DOCX", "odt": "ODT", "txt": "plain text", "md": "Markdown"}


def doc_filename(d):
    if d.get("nonopp"):
        return "docs/%s-%s.%s" % (d["id"], d["layout"], STEMS[d["fmt"]])
    t = __import__("content").ARCH[d["arch"]]["type"]
    return "docs/%s-%s-%s-%s.%s" % (d["id"], t, d["layout"], d["fmt"], STEMS[d["fmt"]])


def render(d, blocks, header, footer, outpath, build, meta, seed):
    fmt = d["fmt"]
    if fmt == "txt":
        open(outpath, "w", encoding="utf-8").write(R.to_text(blocks, md=False, footer=(footer or "").replace("{page}", "1"), header=header))
    elif fmt == "md":
        open(outpath, "w", encoding="utf-8").write(R.to_text(blocks, md=True, footer=(footer or "").replace("{page}", "1"), header=header))
    elif fmt == "docx":
        R.to_docx(blocks, outpath, footer=(footer or "").replace(" - pagina {page}", "").replace(" {page}", "") or None, header=header, meta=meta, workdir=build, seed=seed)
    elif fmt == "odt":
        R.to_odt(blocks, outpath, footer=(footer or "").replace(" - pagina {page}", "").replace(" {page}", "") or None, header=header, meta=meta)
    elif fmt == "pdf":
        R.to_pdf(blocks, outpath, footer=footer, header=header, meta=meta, serif=(seed % 2 == 0), seed=seed)
    elif fmt == "pdf-form":
        R.to_pdf_form(blocks, outpath, meta=meta, footer=footer)
    elif fmt == "pdf-word":
        src = os.path.join(build, os.path.basename(outpath)[:-4] + ".docx")
        R.to_docx(blocks, src, footer=(footer or "").replace(" - pagina {page}", "").replace(" {page}", "") or None, header=header, meta=meta, workdir=build, seed=seed,
                  tick_controls=False)
        pdf = R.soffice_pdf(src, build)
        R.fix_pdf_meta(pdf, meta.get("title", ""), meta.get("date", "2025-10-01"))
        shutil.copyfile(pdf, outpath)
    elif fmt == "scan":
        src = os.path.join(build, os.path.basename(outpath)[:-4] + "-source.pdf")
        R.to_pdf(blocks, src, footer=footer, header=header, meta=meta, serif=True, scan_marks=True, seed=seed, hand_checks=True)
        R.make_scan(src, outpath, build, seed)
    else:
        raise ValueError(fmt)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=DEFAULT_OUT)
    ap.add_argument("--build", default=DEFAULT_BUILD)
    ap.add_argument("--only", default="")
    a = ap.parse_args()
    os.makedirs(os.path.join(a.out, "docs"), exist_ok=True)
    os.makedirs(a.build, exist_ok=True)
    only = set(x for x in a.only.split(",") if x)
    entries = []
    for d in DOCS:
        seed = int(d["id"]) * 7919
        fname = doc_filename(d)
        outpath = os.path.join(a.out, fname)
        if d.get("nonopp"):
            s = dict(d)
            fn = {"folder": LY.N_folder, "nieuwsbrief": LY.N_nieuwsbrief, "leegformat": LY.N_leegformat}[d["nonopp"]]
            blocks, header, footer = fn(s)
            meta = dict(title=blocks[0][1], author=d["swv"], date="2025-09-15")
            if d["nonopp"] == "leegformat":
                labels = {e: "incomplete" for e in ELEMENTS}
            else:
                labels = {e: "not_applicable" for e in ELEMENTS}
            stype = "none"
            notes = "%s; %s; %s" % (d["layout"], FMT_DESC[d["fmt"]], d["note"])
        else:
            spec = dict(d)
            P = Plan(spec)
            blocks, header, footer = LAYOUTS[d["layout"]](P)
            meta = dict(title="OPP %s" % P.naam, author=d["school"], date=d["vast"])
            labels = P.labels()
            stype = P.type
            c = P.consent()
            gaps = ", ".join("%s=%s" % kv for kv in sorted(d.get("gaps", {}).items())) or "none"
            notes = "%s; %s; plan set %s%s; consent: %s; gaps made: %s. %s" % (
                d["layout"], FMT_DESC[d["fmt"]], d["vast"], (" revised %s" % d["revised"]) if d.get("revised") else "",
                c["desc"], gaps, d["note"])
        if only and d["id"] not in only:
            continue
        render(d, blocks, header, footer, outpath, a.build, meta, seed)
        entries.append({"file": fname, "format": STEMS[d["fmt"]], "layout": d["layout"], "school_type": stype,
                        "scanned": d["fmt"] == "scan", "elements": {e: labels[e] for e in ELEMENTS},
                        "accept_unclear": d.get("accept_unclear", []), "notes": notes})
        print("ok", fname)
    if not only:
        with open(os.path.join(a.out, "labels.json"), "w", encoding="utf-8") as f:
            json.dump({"version": 1, "docs": entries}, f, ensure_ascii=False, indent=1)
            f.write("\n")


if __name__ == "__main__":
    main()
