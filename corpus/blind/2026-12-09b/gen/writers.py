# -*- coding: utf-8 -*-
"""Writers: IR blocks -> docx / odt / pdf (reportlab) / fillable pdf / txt / md; scan simulation."""
import os, random, subprocess, io
from PIL import Image, ImageDraw, ImageFilter
import numpy as np

FONT="/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB="/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

def scribble(name, path):
    rng=random.Random("sig:"+name)
    im=Image.new("RGB",(300,90),"white"); d=ImageDraw.Draw(im)
    x,y=10,50; pts=[(x,y)]
    for i in range(rng.randint(14,22)):
        x+=rng.randint(6,20); y=max(10,min(80,y+rng.randint(-28,28))); pts.append((x,y))
    d.line(pts,fill=(20,30,110),width=3)
    d.line([(pts[0][0]+5,70),(x-10,62)],fill=(20,30,110),width=2)
    im.save(path); return path

def sigpath(build, name):
    os.makedirs(os.path.join(build,"sig"),exist_ok=True)
    p=os.path.join(build,"sig","".join(c for c in name if c.isalnum())+".png")
    if not os.path.exists(p): scribble(name,p)
    return p

# ---------------- DOCX ----------------
def write_docx(blocks, path, build, header=None, footer=None, sdt_checkboxes=False):
    import docx
    from docx.shared import Pt, Cm
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    doc=docx.Document()
    st=doc.styles["Normal"]; st.font.name="Calibri"; st.font.size=Pt(10.5)
    sec=doc.sections[0]
    sec.left_margin=sec.right_margin=Cm(2)
    if header: sec.header.paragraphs[0].text=header
    if footer: sec.footer.paragraphs[0].text=footer
    def sdt_text(par, value, placeholder="Klik of tik om tekst in te voeren."):
        sdt=OxmlElement("w:sdt"); pr=OxmlElement("w:sdtPr")
        if value is None:
            sp=OxmlElement("w:showingPlcHdr"); pr.append(sp)
        al=OxmlElement("w:alias"); al.set(qn("w:val"),"Tekstveld"); pr.append(al)
        pr.append(OxmlElement("w:text"))
        sdt.append(pr); c=OxmlElement("w:sdtContent"); r=OxmlElement("w:r"); t=OxmlElement("w:t")
        t.text = placeholder if value is None else value; t.set(qn("xml:space"),"preserve"); r.append(t); c.append(r); sdt.append(c)
        par._p.append(sdt)
    def sdt_check(par, checked, label):
        W14="http://schemas.microsoft.com/office/word/2010/wordml"
        sdt=OxmlElement("w:sdt"); pr=OxmlElement("w:sdtPr")
        cb=docx.oxml.parse_xml(f'<w14:checkbox xmlns:w14="{W14}"><w14:checked w14:val="{1 if checked else 0}"/><w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox>')
        pr.append(cb); sdt.append(pr); c=OxmlElement("w:sdtContent"); r=OxmlElement("w:r"); t=OxmlElement("w:t")
        t.text="☒" if checked else "☐"; r.append(t); c.append(r); sdt.append(c); par._p.append(sdt)
        par.add_run(" "+label)
    def cell_put(cell, txt):
        if isinstance(txt,str) and txt.startswith("SIG:"):
            cell.paragraphs[0].add_run().add_picture(sigpath(build,txt[4:]),width=Cm(2.6))
        elif sdt_checkboxes and txt=="Klik of tik om tekst in te voeren.":
            sdt_text(cell.paragraphs[0], None)
        else:
            lines=(txt or "").split("\n"); cell.paragraphs[0].text=lines[0]
            for l in lines[1:]: cell.add_paragraph(l)
    for b in blocks:
        k=b[0]
        if k=="title": doc.add_heading(b[1],0)
        elif k=="sub": p=doc.add_paragraph(); p.add_run(b[1]).italic=True
        elif k=="h1": doc.add_heading(b[1],1)
        elif k=="h2": doc.add_heading(b[1],2)
        elif k=="p": doc.add_paragraph(b[1])
        elif k=="ul":
            for x in b[1]: doc.add_paragraph(x,style="List Bullet")
        elif k=="checks":
            for c,l in b[1]:
                p=doc.add_paragraph()
                if sdt_checkboxes: sdt_check(p,c,l)
                else: p.add_run(("☒ " if c else "☐ ")+l)
        elif k in ("table","sigtable"):
            rows=b[1] if k=="table" else [b[1]]+b[2]
            hdr = b[2] if k=="table" else True
            t=doc.add_table(rows=len(rows),cols=max(len(r) for r in rows)); t.style="Table Grid"
            for i,r in enumerate(rows):
                for j,v in enumerate(r):
                    cell_put(t.cell(i,j),v)
                    if (hdr and i==0) or (k=="table" and not hdr and j==0):
                        for run in t.cell(i,j).paragraphs[0].runs: run.bold=True
            doc.add_paragraph()
        elif k=="field":
            p=doc.add_paragraph(); p.add_run(b[1]+": ").bold=True
            if sdt_checkboxes: sdt_text(p, b[2] if b[2] else None)
            else: p.add_run(b[2])
        elif k=="checkfield":
            p=doc.add_paragraph()
            if sdt_checkboxes: sdt_check(p,b[2],b[1])
            else: p.add_run(("☒ " if b[2] else "☐ ")+b[1])
        elif k=="sdt":
            p=doc.add_paragraph(); sdt_text(p,b[2])
        elif k=="pb": doc.add_page_break()
    doc.save(path)

# ---------------- ODT ----------------
def write_odt(blocks, path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, TableColumnProperties, TableCellProperties
    from odf.text import H, P, Span, List, ListItem
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc=OpenDocumentText()
    bold=Style(name="B",family="text"); bold.addElement(TextProperties(fontweight="bold")); doc.automaticstyles.addElement(bold)
    cellst=Style(name="C",family="table-cell"); cellst.addElement(TableCellProperties(border="0.5pt solid #000000",padding="0.1cm")); doc.automaticstyles.addElement(cellst)
    tc=[0]
    def table(rows):
        tc[0]+=1; t=Table(name=f"Tabel{tc[0]}"); n=max(len(r) for r in rows)
        t.addElement(TableColumn(numbercolumnsrepeated=n))
        for r in rows:
            tr=TableRow()
            for j in range(n):
                v=r[j] if j<len(r) else ""
                if isinstance(v,str) and v.startswith("SIG:"): v="w.g. "+v[4:]
                c=TableCell(stylename=cellst)
                for line in (v or "").split("\n"): c.addElement(P(text=line))
                tr.addElement(c)
            t.addElement(tr)
        doc.text.addElement(t)
    for b in blocks:
        k=b[0]
        if k=="title": doc.text.addElement(H(outlinelevel=1,text=b[1]))
        elif k=="sub": doc.text.addElement(P(text=b[1]))
        elif k=="h1": doc.text.addElement(H(outlinelevel=2,text=b[1]))
        elif k=="h2": doc.text.addElement(H(outlinelevel=3,text=b[1]))
        elif k=="p": doc.text.addElement(P(text=b[1]))
        elif k=="ul":
            for x in b[1]: doc.text.addElement(P(text="• "+x))
        elif k=="checks":
            for c,l in b[1]: doc.text.addElement(P(text=("☒ " if c else "☐ ")+l))
        elif k=="table": table(b[1])
        elif k=="sigtable": table([b[1]]+b[2])
        elif k=="field": doc.text.addElement(P(text=f"{b[1]}: {b[2]}"))
        elif k=="checkfield": doc.text.addElement(P(text=("☒ " if b[2] else "☐ ")+b[1]))
    doc.save(path)

# ---------------- TXT / MD ----------------
def write_txt(blocks, path, md=False, footer=None):
    out=[]
    for b in blocks:
        k=b[0]
        if k=="title": out+=[("# " if md else "")+b[1], "" if md else "="*len(b[1]),""]
        elif k=="sub": out+=[("*"+b[1]+"*") if md else b[1],""]
        elif k=="h1": out+=[("## " if md else "")+b[1]]+([] if md else ["-"*len(b[1])])+[""]
        elif k=="h2": out+=[("### " if md else "")+b[1],""]
        elif k=="p": out+=[b[1],""]
        elif k=="ul": out+=[("- " if md else "  * ")+x for x in b[1]]+[""]
        elif k=="checks": out+=[("- " if md else "")+("[x] " if c else "[ ] ")+l for c,l in b[1]]+[""]
        elif k in ("table","sigtable"):
            rows=b[1] if k=="table" else [b[1]]+b[2]
            rows=[[("(getekend) "+v[4:]) if isinstance(v,str) and v.startswith("SIG:") else (v or "").replace("\n"," / ") for v in r] for r in rows]
            if md:
                n=max(len(r) for r in rows)
                if k=="table" and not b[2]: out+=["| | |"[:0]+"| "+" | ".join([""]*n)+" |","|"+"---|"*n]
                for i,r in enumerate(rows):
                    out.append("| "+" | ".join(r+[""]*(n-len(r)))+" |")
                    if i==0 and (k=="sigtable" or b[2]): out.append("|"+"---|"*n)
                out.append("")
            else:
                if k=="table" and not b[2]:
                    for r in rows: out.append(f"{r[0]:<34}{' | '.join(r[1:])}")
                else:
                    for r in rows: out.append(" | ".join(r))
                out.append("")
        elif k=="field": out+=[f"{b[1]}: {b[2]}",""]
        elif k=="checkfield": out.append(("[x] " if b[2] else "[ ] ")+b[1])
    if footer: out+=["", footer]
    open(path,"w",encoding="utf-8").write("\n".join(out)+"\n")

# ---------------- PDF (reportlab) ----------------
def _rl_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    try: pdfmetrics.getFont("DV")
    except KeyError:
        pdfmetrics.registerFont(TTFont("DV",FONT)); pdfmetrics.registerFont(TTFont("DVB",FONTB))

def write_pdf(blocks, path, build, header=None, footer=None, title="OPP"):
    _rl_fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, Image as RLImage
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import cm
    from xml.sax.saxutils import escape
    S=lambda sz,f="DV",**kw: ParagraphStyle("x",fontName=f,fontSize=sz,leading=sz*1.3,**kw)
    sn,sh1,sh2,st,ss=S(9.5),S(13,"DVB",spaceBefore=8,spaceAfter=4),S(11,"DVB",spaceBefore=6,spaceAfter=3),S(17,"DVB",spaceAfter=6),S(9.5,textColor=colors.grey)
    story=[]
    def P(t,s=sn): return Paragraph(escape(t).replace("\n","<br/>"),s)
    def cell(v):
        if isinstance(v,str) and v.startswith("SIG:"): return RLImage(sigpath(build,v[4:]),width=2.8*cm,height=0.85*cm)
        return P(v or "")
    for b in blocks:
        k=b[0]
        if k=="title": story.append(P(b[1],st))
        elif k=="sub": story.append(P(b[1],ss))
        elif k=="h1": story.append(P(b[1],sh1))
        elif k=="h2": story.append(P(b[1],sh2))
        elif k=="p": story.append(P(b[1])); story.append(Spacer(1,3))
        elif k=="ul":
            for x in b[1]: story.append(P("• "+x))
            story.append(Spacer(1,3))
        elif k=="checks":
            for c,l in b[1]: story.append(P(("☒ " if c else "☐ ")+l))
        elif k in ("table","sigtable"):
            rows=b[1] if k=="table" else [b[1]]+b[2]; hdr=(k=="sigtable") or b[2]
            n=max(len(r) for r in rows); rows=[r+[""]*(n-len(r)) for r in rows]
            data=[[cell(v) for v in r] for r in rows]
            w=17*cm; cw=[5*cm,12*cm] if (n==2 and not hdr) else [w/n]*n
            t=Table(data,colWidths=cw)
            sty=[("GRID",(0,0),(-1,-1),0.5,colors.black),("VALIGN",(0,0),(-1,-1),"TOP")]
            if hdr: sty.append(("BACKGROUND",(0,0),(-1,0),colors.HexColor("#dde6f0")))
            else: sty.append(("BACKGROUND",(0,0),(0,-1),colors.HexColor("#eeeeee")))
            t.setStyle(TableStyle(sty)); story+= [t,Spacer(1,6)]
        elif k=="field": story.append(P(f"{b[1]}: {b[2]}"))
        elif k=="checkfield": story.append(P(("☒ " if b[2] else "☐ ")+b[1]))
        elif k=="pb":
            from reportlab.platypus import PageBreak; story.append(PageBreak())
    def onpage(c,d):
        c.saveState(); c.setFont("DV",7.5)
        if header: c.drawString(2*cm,A4[1]-1.2*cm,header)
        if footer: c.drawString(2*cm,1.0*cm,footer.replace("{p}",str(d.page)))
        c.restoreState()
    doc=SimpleDocTemplate(path,pagesize=A4,leftMargin=2*cm,rightMargin=2*cm,topMargin=2*cm,bottomMargin=2*cm,title=title,author="",creator="",producer="")
    doc.build(story,onFirstPage=onpage,onLaterPages=onpage)

# ---------------- fillable PDF ----------------
def _l1(s):
    s=s.replace("•","-").replace("☒","[x]").replace("☐","[ ]").replace("€","EUR ").replace("–","-").replace("‘","'").replace("’","'").replace("“",'"').replace("”",'"')
    return s.encode("latin-1","replace").decode("latin-1")
def write_fillable(blocks, path, title="Beknopt OPP"):
    _rl_fonts()
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib.utils import simpleSplit
    c=canvas.Canvas(path,pagesize=A4,invariant=1); c.setTitle(title)
    W,Hh=A4; y=Hh-2*cm; fid=[0]
    def need(h):
        nonlocal y
        if y-h<2*cm: c.showPage(); y=Hh-2*cm
    form=c.acroForm
    for b in blocks:
        k=b[0]
        if k=="title": need(30); c.setFont("DVB",16); c.drawString(2*cm,y,b[1]); y-=24
        elif k=="sub": need(16); c.setFont("DV",9); c.drawString(2*cm,y,b[1]); y-=18
        elif k in ("h1","h2"): need(22); c.setFont("DVB",11.5); c.drawString(2*cm,y,b[1]); y-=18
        elif k=="p":
            for line in simpleSplit(b[1],"DV",9.5,17*cm): need(13); c.setFont("DV",9.5); c.drawString(2*cm,y,line); y-=13
        elif k=="field":
            fid[0]+=1; label,val,multi=b[1],_l1(b[2]),b[3]
            lines=len(simpleSplit(val,"DV",8,16.4*cm)) + val.count("\n") if val else 1
            h = max(18, 11*lines+6) if multi else 18
            need(h+16); c.setFont("DVB",9); c.drawString(2*cm,y,label); y-=h+3
            form.textfield(name=f"f{fid[0]}",tooltip=label,value=val,x=2*cm,y=y,width=17*cm,height=h,fontName="Helvetica",fontSize=8 if multi else 9,
                           fieldFlags="multiline" if multi else "",borderWidth=0.6,borderColor=None,fillColor=None,forceBorder=True)
            y-=10
        elif k=="checkfield":
            fid[0]+=1; need(18)
            form.checkbox(name=f"c{fid[0]}",tooltip=b[1],x=2*cm,y=y-3,size=11,checked=b[2],buttonStyle="cross")
            c.setFont("DV",9.5); c.drawString(2.6*cm,y,b[1]); y-=17
        elif k in ("table","sigtable","checks","ul"):
            rows = b[1] if k in ("checks","ul") else (b[1] if k=="table" else [b[1]]+b[2])
            for r in rows:
                if k=="checks": t=("☒ " if r[0] else "☐ ")+r[1]
                elif k=="ul": t="• "+r
                else: t=" | ".join(("(handtekening) "+v[4:]) if isinstance(v,str) and v.startswith("SIG:") else v for v in r)
                for line in simpleSplit(t,"DV",9.5,17*cm): need(13); c.setFont("DV",9.5); c.drawString(2*cm,y,line); y-=13
            y-=4
    c.save()

# ---------------- scan ----------------
def make_scan(pdf_in, pdf_out, seed, build):
    tmp=os.path.join(build,"scan_"+str(seed)); os.makedirs(tmp,exist_ok=True)
    subprocess.run(["pdftoppm","-r","110","-gray","-png",pdf_in,os.path.join(tmp,"pg")],check=True)
    rng=np.random.RandomState(seed); imgs=[]
    for fn in sorted(os.listdir(tmp)):
        if not fn.startswith("pg"): continue
        im=Image.open(os.path.join(tmp,fn)).convert("L")
        ang=float(rng.uniform(-1.2,1.2)); im=im.rotate(ang,resample=Image.BICUBIC,expand=False,fillcolor=255)
        a=np.asarray(im).astype(np.float32)
        a=a*0.92+10+rng.normal(0,9,a.shape)
        spots=rng.rand(*a.shape)<0.0008; a[spots]=40
        a=np.clip(a,0,255).astype(np.uint8)
        im=Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.5))
        imgs.append(im.convert("RGB"))
    import time
    fixed=time.strptime("2026-12-09","%Y-%m-%d")
    imgs[0].save(pdf_out,save_all=True,append_images=imgs[1:],resolution=110,creationDate=fixed,modDate=fixed,producer="Scanner ScanDesk 4.2")

# ---------------- determinism helpers ----------------
def normalize_zip(path):
    import zipfile, re as _re
    with zipfile.ZipFile(path) as z:
        items=[(i.filename,z.read(i.filename),i.compress_type) for i in z.infolist()]
    out=[]
    for n,d,ct in items:
        if n=="docProps/core.xml":
            d=_re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*",rb"\g<1>2026-12-09T00:00:00Z",d)
            d=_re.sub(rb"<cp:lastPrinted>[^<]*</cp:lastPrinted>",b"",d)
        if n=="meta.xml":
            d=_re.sub(rb"(<(meta:creation-date|dc:date)>)[^<]*",rb"\g<1>2026-12-09T00:00:00",d)
        out.append((n,d,ct))
    with zipfile.ZipFile(path,"w") as z:
        for n,d,ct in out:
            zi=zipfile.ZipInfo(n,date_time=(2026,12,9,0,0,0)); zi.compress_type=zipfile.ZIP_STORED if n=="mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(zi,d)

def normalize_pdf(path):
    import re as _re
    b=open(path,"rb").read()
    def same(m, fill):
        s=m.group(0); return s[:len(m.group(1))]+fill*(len(s)-len(m.group(1))-1)+s[-1:]
    b=_re.sub(rb"(/(?:CreationDate|ModDate)\s*\(D:)[^)]*\)",lambda m: m.group(1)+b"20261209000000"+b" "*(len(m.group(0))-len(m.group(1))-15)+b")" if len(m.group(0))-len(m.group(1))>=15 else m.group(0),b)
    b=_re.sub(rb"<([0-9A-Fa-f]{32})>",lambda m: b"<"+b"0"*32+b">",b)
    b=_re.sub(rb"/DocChecksum /[0-9A-F]{32}",b"/DocChecksum /"+b"0"*32,b)
    open(path,"wb").write(b)
