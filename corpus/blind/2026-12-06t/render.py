# -*- coding: utf-8 -*-
"""Renderers: block list -> docx, odt, pdf (fpdf2), txt/md. Blocks:
("h", level, text) ("p", text) ("i", text: italic instruction) ("bullets", [..]) ("table", rows, header)
("kv", [(k, v)]) v = str or list of blocks  ("lines", [(text, style)]) style n/b/s  ("cc", label, text|None)
("pb",)"""
import datetime as dt

FONT = "/usr/share/fonts/truetype/dejavu/"
FIXED_TIME = dt.datetime(2026, 12, 6, 9, 0, 0)


def flat(v):
    if v is None:
        return ""
    if isinstance(v, str):
        return v
    out = []
    for b in v:
        if b[0] in ("p", "i"):
            out.append(b[1])
        elif b[0] == "bullets":
            out.extend("• " + x for x in b[1])
        elif b[0] == "lines":
            out.extend(t for t, s in b[1])
        elif b[0] == "kv":
            out.extend(f"{k}: {flat(x)}" for k, x in b[1])
        elif b[0] == "table":
            out.extend(" | ".join(r) for r in b[1])
    return "\n".join(out)


# ---------------- DOCX ----------------
def to_docx(blocks, path, title=None, footer=None, header=None):
    import docx
    from docx.shared import Pt, RGBColor
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    d = docx.Document()
    d.core_properties.created = FIXED_TIME
    d.core_properties.modified = FIXED_TIME
    d.core_properties.author = "Administratie"
    d.core_properties.last_modified_by = "Administratie"
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    if footer:
        sec.footer.paragraphs[0].text = footer
    if header:
        sec.header.paragraphs[0].text = header
    if title:
        d.add_heading(title, 0)

    def add_cc(par, text, tag):
        sdt = OxmlElement("w:sdt")
        pr = OxmlElement("w:sdtPr")
        al = OxmlElement("w:alias"); al.set(qn("w:val"), tag); pr.append(al)
        tg = OxmlElement("w:tag"); tg.set(qn("w:val"), tag.lower().replace(" ", "_")); pr.append(tg)
        if text is None:
            pr.append(OxmlElement("w:showingPlcHdr"))
        sdt.append(pr)
        cont = OxmlElement("w:sdtContent")
        r = OxmlElement("w:r")
        if text is None:
            rpr = OxmlElement("w:rPr"); c = OxmlElement("w:color"); c.set(qn("w:val"), "808080"); rpr.append(c); r.append(rpr)
        t = OxmlElement("w:t"); t.set(qn("xml:space"), "preserve")
        t.text = text if text is not None else "Klik of tik om tekst in te voeren."
        r.append(t); cont.append(r); sdt.append(cont)
        par._p.append(sdt)

    def cell_fill(cell, v):
        cell.text = ""
        if isinstance(v, str):
            cell.paragraphs[0].text = v
            return
        first = True
        for b in v:
            lines = []
            if b[0] in ("p", "i"):
                lines = [b[1]]
            elif b[0] == "bullets":
                lines = ["• " + x for x in b[1]]
            elif b[0] == "lines":
                for t, s in b[1]:
                    par = cell.paragraphs[0] if first else cell.add_paragraph()
                    first = False
                    run = par.add_run(t)
                    if s == "s":
                        run.italic = True; run.font.name = "Segoe Script"; run.font.size = Pt(13)
                    if s == "b":
                        run.bold = True
                continue
            elif b[0] == "table":
                lines = [" | ".join(r) for r in b[1]]
            for ln in lines:
                par = cell.paragraphs[0] if first else cell.add_paragraph()
                first = False
                run = par.add_run(ln)
                if b[0] == "i":
                    run.italic = True

    for b in blocks:
        k = b[0]
        if k == "h":
            d.add_heading(b[2], b[1])
        elif k == "p":
            d.add_paragraph(b[1])
        elif k == "i":
            r = d.add_paragraph().add_run(b[1]); r.italic = True; r.font.color.rgb = RGBColor(0x60, 0x60, 0x60)
        elif k == "bullets":
            for x in b[1]:
                d.add_paragraph(x, style="List Bullet")
        elif k == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
                    if i == 0 and b[2]:
                        for rr in t.cell(i, j).paragraphs[0].runs:
                            rr.bold = True
            d.add_paragraph()
        elif k == "kv":
            t = d.add_table(rows=len(b[1]), cols=2)
            t.style = "Table Grid"
            for i, (kk, v) in enumerate(b[1]):
                t.cell(i, 0).text = kk
                for rr in t.cell(i, 0).paragraphs[0].runs:
                    rr.bold = True
                cell_fill(t.cell(i, 1), v)
            d.add_paragraph()
        elif k == "lines":
            for t_, s in b[1]:
                par = d.add_paragraph()
                run = par.add_run(t_)
                if s == "s":
                    run.italic = True; run.font.name = "Segoe Script"; run.font.size = Pt(14)
                elif s == "b":
                    run.bold = True
        elif k == "cc":
            par = d.add_paragraph()
            r = par.add_run(b[1] + ": "); r.bold = True
            add_cc(par, b[2], b[1])
        elif k == "pb":
            d.add_page_break()
    d.save(path)


# ---------------- ODT ----------------
def to_odt(blocks, path, title=None):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties
    from odf.text import H, P, List, ListItem, Span
    from odf.table import Table, TableColumn, TableRow, TableCell
    from odf import meta, dc
    doc = OpenDocumentText()
    doc.meta.addElement(meta.CreationDate(text="2026-12-06T09:00:00"))
    doc.meta.addElement(dc.Date(text="2026-12-06T09:00:00"))
    hs = {}
    for lvl, size in ((1, "16pt"), (2, "13pt"), (3, "11pt")):
        s = Style(name=f"Heading_20_{lvl}", family="paragraph", displayname=f"Heading {lvl}")
        s.addElement(TextProperties(fontsize=size, fontweight="bold"))
        s.addElement(ParagraphProperties(margintop="0.3cm", marginbottom="0.15cm"))
        doc.styles.addElement(s); hs[lvl] = s
    it = Style(name="ital", family="text"); it.addElement(TextProperties(fontstyle="italic", color="#555555")); doc.automaticstyles.addElement(it)
    bo = Style(name="bold", family="text"); bo.addElement(TextProperties(fontweight="bold")); doc.automaticstyles.addElement(bo)
    sg = Style(name="sig", family="text"); sg.addElement(TextProperties(fontstyle="italic", fontsize="14pt", fontname="DejaVu Serif")); doc.automaticstyles.addElement(sg)

    def para(txt, sty=None):
        p = P()
        if sty:
            p.addElement(Span(stylename=sty, text=txt))
        else:
            p.addText(txt)
        return p

    def cellblocks(cell, v):
        if isinstance(v, str):
            cell.addElement(para(v)); return
        if not v:
            cell.addElement(P()); return
        for ln in flat(v).split("\n"):
            cell.addElement(para(ln))

    if title:
        doc.text.addElement(H(outlinelevel=1, stylename=hs[1], text=title))
    for b in blocks:
        k = b[0]
        if k == "h":
            doc.text.addElement(H(outlinelevel=b[1], stylename=hs[min(b[1], 3)], text=b[2]))
        elif k == "p":
            doc.text.addElement(para(b[1]))
        elif k == "i":
            doc.text.addElement(para(b[1], it))
        elif k == "bullets":
            lst = List()
            for x in b[1]:
                li = ListItem(); li.addElement(para("• " + x)); lst.addElement(li)
            doc.text.addElement(lst)
        elif k in ("table", "kv"):
            rows = b[1] if k == "table" else [[kk, v] for kk, v in b[1]]
            t = Table()
            t.addElement(TableColumn(numbercolumnsrepeated=len(rows[0])))
            for i, r in enumerate(rows):
                tr = TableRow()
                for j, c in enumerate(r):
                    tc = TableCell(valuetype="string")
                    if (k == "kv" and j == 0) or (k == "table" and i == 0 and b[2]):
                        tc.addElement(para(c, bo))
                    else:
                        cellblocks(tc, c)
                    tr.addElement(tc)
                t.addElement(tr)
            doc.text.addElement(t)
            doc.text.addElement(P())
        elif k == "lines":
            for t_, s in b[1]:
                doc.text.addElement(para(t_, {"s": sg, "b": bo}.get(s)))
        elif k == "cc":
            doc.text.addElement(para(f"{b[1]}: {b[2] or ''}"))
    doc.save(path)


# ---------------- PDF (fpdf2) ----------------
def to_pdf(blocks, path, title=None, header=None, footer=None, serif=False):
    from fpdf import FPDF

    class PDF(FPDF):
        def header(self):
            if header:
                self.set_font("body", "", 8); self.set_text_color(90)
                self.cell(0, 5, header, new_x="LMARGIN", new_y="NEXT"); self.set_text_color(0); self.ln(2)

        def footer(self):
            if footer:
                self.set_y(-12); self.set_font("body", "", 8); self.set_text_color(90)
                self.cell(0, 5, footer.replace("{p}", str(self.page_no())).replace("{n}", "{nb}"), align="C"); self.set_text_color(0)

    pdf = PDF(format="A4")
    pdf.set_creation_date(FIXED_TIME)
    pdf.alias_nb_pages()
    fam = "DejaVuSerif" if serif else "DejaVuSans"
    pdf.add_font("body", "", FONT + fam + ".ttf")
    pdf.add_font("body", "B", FONT + fam + "-Bold.ttf")
    pdf.add_font("body", "I", FONT + ("DejaVuSerif-Italic.ttf" if serif else "DejaVuSans-Oblique.ttf"))
    pdf.add_font("sig", "", FONT + "DejaVuSerif-Italic.ttf")
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin
    if title:
        pdf.set_font("body", "B", 15); pdf.multi_cell(W, 8, title, new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
    for b in blocks:
        k = b[0]
        if k == "h":
            pdf.ln(2); pdf.set_font("body", "B", {1: 13, 2: 11.5, 3: 10.5}[min(b[1], 3)])
            if pdf.get_y() > pdf.h - 40:
                pdf.add_page()
            pdf.multi_cell(W, 6, b[2], new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
        elif k in ("p", "i"):
            pdf.set_font("body", "I" if k == "i" else "", 10)
            pdf.multi_cell(W, 5, b[1], new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.5)
        elif k == "bullets":
            pdf.set_font("body", "", 10)
            for x in b[1]:
                pdf.set_x(pdf.l_margin + 4)
                pdf.multi_cell(W - 4, 5, "• " + x, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif k in ("table", "kv"):
            rows = b[1] if k == "table" else [[kk, flat(v)] for kk, v in b[1]]
            pdf.set_font("body", "", 9)
            widths = None if k == "table" else (45, W - 45)
            with pdf.table(col_widths=widths, first_row_as_headings=(k == "table" and b[2]), line_height=4.6,
                           text_align="LEFT") as t:
                for r in rows:
                    row = t.row()
                    for j, c in enumerate(r):
                        if k == "kv" and j == 0:
                            pdf.set_font("body", "B", 9)
                            row.cell(c)
                            pdf.set_font("body", "", 9)
                        else:
                            row.cell(c)
            pdf.ln(3)
        elif k == "lines":
            for t_, s in b[1]:
                if serif:
                    t_ = t_.replace("☒", "[X]").replace("☐", "[  ]")
                if s == "s":
                    pdf.set_font("sig", "", 15)
                    pdf.multi_cell(W, 8, "      " + t_, new_x="LMARGIN", new_y="NEXT")
                else:
                    pdf.set_font("body", "B" if s == "b" else "", 10)
                    pdf.multi_cell(W, 5.5, t_, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif k == "cc":
            pdf.set_font("body", "B", 10); pdf.multi_cell(W, 5, b[1] + ":", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("body", "", 10); pdf.multi_cell(W, 5, b[2] or "", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
        elif k == "pb":
            pdf.add_page()
    pdf.output(path)


# ---------------- TXT / MD ----------------
def to_text(blocks, path, title=None, md=False, footer=None):
    out = []
    if title:
        out += [("# " + title) if md else title.upper(), ""]
    for b in blocks:
        k = b[0]
        if k == "h":
            out += [("#" * (b[1] + 1) + " " + b[2]) if md else (b[2] if b[1] > 1 else b[2].upper()), ""]
            if not md and b[1] == 1:
                out.insert(len(out) - 1, "=" * len(b[2]))
        elif k in ("p", "i"):
            out += [(f"_{b[1]}_" if (md and k == "i") else b[1]), ""]
        elif k == "bullets":
            out += [("- " if md else "  * ") + x for x in b[1]] + [""]
        elif k == "table":
            rows = b[1]
            if md:
                out.append("| " + " | ".join(rows[0]) + " |"); out.append("|" + "---|" * len(rows[0]))
                out += ["| " + " | ".join(r) + " |" for r in rows[1:]]
            else:
                w = [max(len(r[j]) for r in rows) for j in range(len(rows[0]))]
                out += ["  ".join(c.ljust(w[j]) for j, c in enumerate(r)) for r in rows]
            out.append("")
        elif k == "kv":
            for kk, v in b[1]:
                fv = flat(v)
                if md:
                    out.append(f"**{kk}:** " + fv.replace("\n", "  \n"))
                else:
                    out.append(f"{kk}: " + fv.replace("\n", "\n    "))
            out.append("")
        elif k == "lines":
            for t_, s in b[1]:
                out.append(f"(getekend) {t_}" if s == "s" else (f"**{t_}**" if (md and s == "b") else t_))
            out.append("")
        elif k == "cc":
            out += [f"{b[1]}: {b[2] or ''}", ""]
        elif k == "pb":
            out.append("\f" if not md else "---")
    if footer:
        out += ["", footer]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out).rstrip() + "\n")
