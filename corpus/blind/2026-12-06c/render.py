import os, io, random
from docx import Document
from docx.shared import Pt
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from xml.sax.saxutils import escape
pdfmetrics.registerFont(TTFont("DV","/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB","/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
CHK = lambda b: "☒" if b else "☐"

# ---------- txt
def to_txt(blocks, path, footer=None):
    L=[]
    for b in blocks:
        k=b[0]
        if k=="h": L+=["", b[2].upper() if b[1]==1 else b[2], ("="*len(b[2]) if b[1]==1 else "-"*len(b[2]))]
        elif k=="p": L.append(b[1])
        elif k=="kv":
            for a,v in b[1]: L.append(f"{a}: {v}")
        elif k=="table":
            L.append(" | ".join(b[1]))
            for r in b[2]: L.append(" | ".join(r))
        elif k=="check":
            for t,l in b[1]: L.append(f"[{'X' if t else ' '}] {l}")
        elif k=="pb": L.append("\f")
    if footer: L+=["",footer]
    open(path,"w",encoding="utf-8").write("\n".join(L)+"\n")

# ---------- docx
def sdt_checkbox(par, checked):
    sdt=OxmlElement("w:sdt"); pr=OxmlElement("w:sdtPr")
    cb=OxmlElement("w14:checkbox")
    ch=OxmlElement("w14:checked"); ch.set(qn("w14:val"),"1" if checked else "0"); cb.append(ch)
    for tag,val in (("w14:checkedState","2612"),("w14:uncheckedState","2610")):
        e=OxmlElement(tag); e.set(qn("w14:val"),val); e.set(qn("w14:font"),"MS Gothic"); cb.append(e)
    pr.append(cb); sdt.append(pr)
    content=OxmlElement("w:sdtContent"); r=OxmlElement("w:r"); t=OxmlElement("w:t"); t.text=CHK(checked); r.append(t); content.append(r); sdt.append(content)
    par._p.append(sdt)

def to_docx(blocks, path, footer=None, sdt=False):
    d=Document()
    st=d.styles["Normal"]; st.font.name="Calibri"; st.font.size=Pt(10.5)
    d.core_properties.author="school"; d.core_properties.created=__import__("datetime").datetime(2025,1,1)
    for b in blocks:
        k=b[0]
        if k=="h": d.add_heading(b[2], level=b[1])
        elif k=="p":
            for i,line in enumerate(b[1].split("\n")): d.add_paragraph(line)
        elif k=="kv":
            t=d.add_table(rows=0, cols=2); t.style="Table Grid"
            for a,v in b[1]:
                r=t.add_row().cells; r[0].text=a; r[1].text=v
                r[0].paragraphs[0].runs[0].bold=True
            d.add_paragraph()
        elif k=="table":
            t=d.add_table(rows=1, cols=len(b[1])); t.style="Table Grid"
            for i,h in enumerate(b[1]):
                t.rows[0].cells[i].text=h; t.rows[0].cells[i].paragraphs[0].runs[0].bold=True
            for row in b[2]:
                cs=t.add_row().cells
                for i,v in enumerate(row): cs[i].text=v
            d.add_paragraph()
        elif k=="check":
            for tk,l in b[1]:
                p=d.add_paragraph()
                if sdt: sdt_checkbox(p,tk); p.add_run(" "+l)
                else: p.add_run(CHK(tk)+" "+l)
        elif k=="pb": d.add_page_break()
    if footer:
        d.sections[0].footer.paragraphs[0].text=footer
    d.save(path)

# ---------- odt
def to_odt(blocks, path, footer=None):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, TableColumnProperties, MasterPage, PageLayout, Footer
    from odf.text import H, P
    from odf.table import Table as T, TableColumn, TableRow, TableCell
    doc=OpenDocumentText()
    bold=Style(name="B", family="paragraph"); bold.addElement(TextProperties(fontweight="bold")); doc.automaticstyles.addElement(bold)
    if footer:
        pl=PageLayout(name="pl"); doc.automaticstyles.addElement(pl)
        mp=MasterPage(name="Standard", pagelayoutname=pl); f=Footer(); f.addElement(P(text=footer)); mp.addElement(f); doc.masterstyles.addElement(mp)
    def table(head, rows):
        t=T(); t.addElement(TableColumn(numbercolumnsrepeated=len(rows[0]) if rows else len(head)))
        for j,r in enumerate(([head] if head else [])+rows):
            tr=TableRow(); t.addElement(tr)
            for v in r:
                tc=TableCell(); tc.addElement(P(text=v, stylename=bold if (head and j==0) else None) if (head and j==0) else P(text=v)); tr.addElement(tc)
        doc.text.addElement(t)
    for b in blocks:
        k=b[0]
        if k=="h": doc.text.addElement(H(outlinelevel=b[1], text=b[2]))
        elif k=="p":
            for line in b[1].split("\n"): doc.text.addElement(P(text=line))
        elif k=="kv": table(None,[[a,v] for a,v in b[1]])
        elif k=="table": table(b[1],b[2])
        elif k=="check":
            for tk,l in b[1]: doc.text.addElement(P(text=CHK(tk)+" "+l))
    doc.save(path)

# ---------- pdf direct
def _styles(serif=False):
    ss=getSampleStyleSheet()
    base=ParagraphStyle("b",parent=ss["Normal"],fontName="DV",fontSize=9.5,leading=12.5)
    h1=ParagraphStyle("h1",parent=base,fontName="DVB",fontSize=15,leading=19,spaceAfter=6,spaceBefore=6)
    h2=ParagraphStyle("h2",parent=base,fontName="DVB",fontSize=11.5,leading=15,spaceBefore=8,spaceAfter=3)
    h3=ParagraphStyle("h3",parent=base,fontName="DVB",fontSize=10,leading=13,spaceBefore=4)
    return base,{1:h1,2:h2,3:h3}
def flow(blocks, big=False):
    base,H=_styles()
    if big:
        base=ParagraphStyle("bb",parent=base,fontSize=11,leading=14.5)
    P=lambda t: Paragraph(escape(t).replace("\n","<br/>"), base)
    out=[]
    for b in blocks:
        k=b[0]
        if k=="h": out.append(Paragraph(escape(b[2]),H[b[1]]))
        elif k=="p": out+= [P(b[1]), Spacer(1,3)]
        elif k in("kv","table"):
            rows=[[P(a),P(v)] for a,v in b[1]] if k=="kv" else [[P(x) for x in b[1]]]+[[P(x) for x in r] for r in b[2]]
            if not rows: continue
            ncol=len(rows[0]); W=480
            cw=[150,330] if k=="kv" else [W/ncol]*ncol
            t=Table(rows,colWidths=cw); t.setStyle(TableStyle([("GRID",(0,0),(-1,-1),0.5,colors.grey),("VALIGN",(0,0),(-1,-1),"TOP")]+([("BACKGROUND",(0,0),(-1,0),colors.HexColor("#dde6f0"))] if k=="table" else [("BACKGROUND",(0,0),(0,-1),colors.HexColor("#eeeeee"))])))
            out+=[t,Spacer(1,6)]
        elif k=="check":
            for tk,l in b[1]: out.append(P(CHK(tk)+"  "+l))
        elif k=="pb": out.append(PageBreak())
    return out
def to_pdf(blocks, path, footer=None, big=False):
    def onpage(cv, doc):
        if footer:
            cv.setFont("DV",7.5); cv.drawString(50,30,f"{footer}   —   pagina {doc.page}")
    doc=SimpleDocTemplate(path,pagesize=A4,leftMargin=55,rightMargin=55,topMargin=50,bottomMargin=50,invariant=1,title="OPP")
    doc.build(flow(blocks,big),onFirstPage=onpage,onLaterPages=onpage)

# ---------- fillable PDF form
def to_form(blocks, path, footer=None):
    cv=canvas.Canvas(path,pagesize=A4,invariant=1); form=cv.acroForm
    W,Hh=A4; y=Hh-50; n=[0]
    def newpage():
        nonlocal y
        if footer: cv.setFont("DV",7); cv.drawString(50,28,footer)
        cv.showPage(); y=Hh-50
    def need(h):
        if y-h<50: newpage()
    def field(label,val,lines=None):
        nonlocal y
        import textwrap
        wr=textwrap.wrap(val,100) if val else []
        val="\n".join(wr); lines=max(1,len(wr))
        h=11*lines+6; need(h+14)
        cv.setFont("DVB",8.5); cv.drawString(50,y,label[:95]); y-=4
        n[0]+=1
        form.textfield(name=f"f{n[0]:02d}",value=val,x=50,y=y-h,width=495,height=h,fontName="Helvetica",fontSize=8.5,borderWidth=0.6,
                       fieldFlags="multiline" if lines>1 else "",forceBorder=True)
        y-=h+10
    for b in blocks:
        k=b[0]
        if k=="h":
            import textwrap
            fs=14 if b[1]==1 else 11; need(30); cv.setFont("DVB",fs); y-=6
            for line in textwrap.wrap(b[2],int(560/fs*1.6)):
                cv.drawString(50,y,line); y-=fs+4
            y-=2
        elif k=="p":
            import textwrap
            cv.setFont("DV",8.5)
            for line in textwrap.wrap(b[1],105) or [""]:
                need(12); cv.drawString(50,y,line); y-=11
            y-=3
        elif k=="kv":
            for a,v in b[1]: field(a,v)
        elif k=="table":
            for r in b[2]: field(" / ".join([r[0]]+b[1][1:]) , "  |  ".join(r[1:]))
        elif k=="check":
            for tk,l in b[1]:
                need(18); n[0]+=1
                form.checkbox(name=f"c{n[0]:02d}",x=50,y=y-10,size=11,checked=tk,buttonStyle="cross",borderWidth=0.6,forceBorder=True)
                cv.setFont("DV",9); cv.drawString(68,y-8,l); y-=18
        elif k=="pb": pass
    if footer: cv.setFont("DV",7); cv.drawString(50,28,footer)
    cv.save()

# ---------- scan
def to_scan(blocks, path, seed, tmpdir, footer=None):
    from PIL import Image, ImageFilter
    import subprocess, glob
    src=os.path.join(tmpdir,"scan_src.pdf"); to_pdf(blocks,src,footer,big=True)
    for f in glob.glob(os.path.join(tmpdir,"pg-*.png")): os.remove(f)
    subprocess.run(["nice","pdftoppm","-r","150","-gray","-png",src,os.path.join(tmpdir,"pg")],check=True)
    rnd=random.Random(seed); pages=[]
    for f in sorted(glob.glob(os.path.join(tmpdir,"pg-*.png"))):
        im=Image.open(f).convert("L")
        im=im.rotate(rnd.uniform(-1.2,1.2),resample=Image.BICUBIC,expand=False,fillcolor=255)
        px=im.load(); w,h=im.size
        for _ in range(w*h//60):
            x=rnd.randrange(w); y=rnd.randrange(h); px[x,y]=rnd.choice((0,90,160,255))
        im=im.filter(ImageFilter.GaussianBlur(0.5))
        pages.append(im.convert("RGB"))
    pages[0].save(path,save_all=True,append_images=pages[1:],resolution=150)
