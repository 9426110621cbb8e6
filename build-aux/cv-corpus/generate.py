#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Builds the unseen-CV corpus of issue #15: fictional people (people.py) laid out by
several engines and templates the way users make CVs (WeasyPrint and wkhtmltopdf HTML,
pandoc, groff, ReportLab, LibreOffice Writer and Calc when installed), each PDF with a
NAME.truth.json written from the person's record, never from the parser's output.

Usage: build-aux/cv-corpus/generate.py [OUTDIR [ONLY]]   (default: tests/data/cv-unseen; ONLY: the
files whose name holds ONLY)

People 0, 1, 4, 5, 8, 9… (index mod 4 < 2) go to OUTDIR/tuning, the others to OUTDIR/heldout
(French and English in both halves): the held-out half is never debugged against. Runs with Debian's python3 (python3-reportlab,
weasyprint, wkhtmltopdf, pandoc, groff; libreoffice-writer-nogui and -calc-nogui are
optional: a template whose engine is missing is skipped and says so).
"""

import html
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from people import PEOPLE  # noqa: E402

FR_MONTHS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
FR_MONTHS_LONG = ["Janvier", "Février", "Mars", "Avril", "Mai", "Juin", "Juillet", "Août", "Septembre",
                  "Octobre", "Novembre", "Décembre"]
EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
EN_MONTHS_LONG = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                  "October", "November", "December"]

SECTION_WORDS = {
    "fr": dict(summary="Profil", work="Expérience professionnelle", education="Formation",
               skills="Compétences", languages="Langues", interests="Centres d'intérêt", contact="Contact"),
    "en": dict(summary="Profile", work="Work Experience", education="Education",
               skills="Skills", languages="Languages", interests="Interests", contact="Contact"),
}
# Wordings users choose beside the usual ones (issue #15: headings outside a known list).
UNUSUAL = {
    "fr": dict(summary="Qui suis-je ?", work="Parcours professionnel", education="Mes formations",
               skills="Ce que je sais faire", languages="Langues parlées", interests="En dehors du travail"),
    "en": dict(summary="About me", work="Where I have worked", education="Studies",
               skills="What I can do", languages="Languages spoken", interests="Outside work"),
}


def esc(text):
    return html.escape(text, quote=True)


def date(value, lang, style):
    """A date as the template prints it; None is "present"."""
    if value is None:
        return {"fr": "aujourd'hui", "en": "Present"}[lang] if style != "long" else \
               {"fr": "Aujourd'hui", "en": "present"}[lang]
    if "-" not in value:
        return value
    year, month = value.split("-")
    m = int(month) - 1
    if style == "numeric":
        return f"{month}/{year}"
    if style == "year":
        return year
    if style == "long":
        return f"{(FR_MONTHS_LONG if lang == 'fr' else EN_MONTHS_LONG)[m]} {year}"
    return f"{(FR_MONTHS if lang == 'fr' else EN_MONTHS)[m]} {year}"


def period(start, end, lang, style, dash=" – "):
    if not start:
        return date(end, lang, style)
    if style == "words":
        a, b = date(start, lang, "year"), date(end, lang, "year")
        if end is None:
            return f"Depuis {a}" if lang == "fr" else f"Since {a}"
        return f"De {a} à {b}" if lang == "fr" else f"From {a} to {b}"
    return date(start, lang, style) + dash + date(end, lang, style)


def headings(p, unusual=False):
    words = dict(SECTION_WORDS[p["lang"]])
    if unusual:
        words.update(UNUSUAL[p["lang"]])
    return words


class Truth:
    def __init__(self, p, template, engine):
        self.data = dict(name=p["name"], email=p["email"], phone=p["phone"], sections=[],
                         experience_count=len(p["work"]), education_count=len(p["education"]),
                         language=p["lang"], template=template, engine=engine,
                         work=[dict(title=w[0], employer=w[1]) for w in p["work"]],
                         education=[dict(degree=e[0], school=e[1]) for e in p["education"]])

    def section(self, title):
        self.data["sections"].append(title)


def skill_lines(p, sep=", "):
    return [(label, sep.join(items)) for label, items in p["skills"].items()]


def language_line(p, sep=" · "):
    return sep.join(f"{lang} ({level})" if p["lang"] == "en" else f"{lang} : {level}" for lang, level in p["languages"])


# ---- HTML templates ---------------------------------------------------------------

BASE_CSS = """
@page { size: A4; margin: 16mm 16mm 18mm 16mm; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; color: #222; }
h1 { font-size: 22pt; margin: 0 0 2pt 0; }
ul { margin: 2pt 0 6pt 14pt; padding: 0; }
li { margin: 0; }
p { margin: 2pt 0; }
"""


def html_classic(p, t, odd):
    """One column, upper-case headings with a rule, title with its dates right-aligned
    on its line and the employer below (issue #15, pattern 3)."""
    w = headings(p)
    css = BASE_CSS + """
    h2 { font-size: 11pt; text-transform: uppercase; border-bottom: 1px solid #888; margin: 10pt 0 4pt 0; }
    .row { overflow: hidden; font-weight: bold; }
    .row .d { float: right; font-weight: normal; color: #555; }
    .org { font-style: italic; }
    """
    out = [f"<h1>{esc(p['name'])}</h1><p>{esc(p['headline'])}</p>",
           f"<p>{esc(p['email'])} · {esc(p['phone'])} · {esc(p['city'])}</p>"]

    def h2(key):
        out.append(f"<h2>{esc(w[key])}</h2>")
        t.section(w[key].upper())

    h2("summary")
    out.append(f"<p>{esc(p['summary'])}</p>")
    h2("work")
    style = "short" if odd else "numeric"
    for title, org, city, s, e, bullets in p["work"]:
        out.append(f"<div class=row>{esc(title)}<span class=d>{esc(period(s, e, p['lang'], style))}</span></div>")
        out.append(f"<div class=org>{esc(org)}, {esc(city)}</div>")
        if bullets:
            out.append("<ul>" + "".join(f"<li>{esc(b)}</li>" for b in bullets) + "</ul>")
    h2("education")
    for degree, school, city, s, e in p["education"]:
        out.append(f"<div class=row>{esc(degree)}<span class=d>{esc(period(s, e, p['lang'], 'year'))}</span></div>")
        out.append(f"<div class=org>{esc(school)}{', ' + esc(city) if city else ''}</div>")
    h2("skills")
    for label, items in skill_lines(p):
        out.append(f"<p><b>{esc(label)} :</b> {esc(items)}</p>" if p["lang"] == "fr" else
                   f"<p><b>{esc(label)}:</b> {esc(items)}</p>")
    h2("languages")
    out.append(f"<p>{esc(language_line(p))}</p>")
    h2("interests")
    out.append(f"<p>{esc(', '.join(p['interests']))}</p>")
    return css, "".join(out)


def html_sidebar(p, t, odd):
    """Two columns, Canva-like: a coloured sidebar that opens with a "Contact" label, skill
    groups as labels over their items, hyphenated justified text in the main column, and
    unusual French or English headings."""
    w = headings(p, unusual=True)
    css = BASE_CSS + """
    @page { margin: 0; }
    body { margin: 0; }
    .side { position: absolute; left: 0; top: 0; width: 62mm; height: 297mm; background: #23395b; color: #fff;
            padding: 14mm 6mm 0 8mm; box-sizing: border-box; }
    .main { margin-left: 70mm; padding: 14mm 14mm 0 0; }
    .side h3 { font-size: 10pt; text-transform: uppercase; letter-spacing: 1pt; margin: 12pt 0 4pt 0; color: #9fd3ff; }
    .side .label { font-weight: bold; margin-top: 4pt; }
    .main h2 { font-size: 12.5pt; color: #23395b; margin: 12pt 0 4pt 0; }
    .main p.sum { text-align: justify; hyphens: auto; width: 60mm; }
    .job { font-weight: bold; margin-top: 5pt; }
    .when { color: #777; font-size: 8.5pt; }
    """
    side = []

    def h3(key, text=None):
        text = text or w[key]
        side.append(f"<h3>{esc(text)}</h3>")
        t.section(text.upper())

    h3("contact", SECTION_WORDS[p["lang"]]["contact"])
    side.append(f"<p>{esc(p['phone'])}</p><p>{esc(p['email'])}</p><p>{esc(p['city'])}</p>")
    h3("skills")
    for label, items in p["skills"].items():
        side.append(f"<div class=label>{esc(label)}</div>")
        for item in items:
            side.append(f"<div>{esc(item)}</div>")
    h3("languages")
    for lang, level in p["languages"]:
        side.append(f"<div>{esc(lang)} – {esc(level)}</div>")
    main = [f"<h1>{esc(p['name'])}</h1><p>{esc(p['headline'])}</p>"]

    def h2(key):
        main.append(f"<h2>{esc(w[key])}</h2>")
        t.section(w[key])

    h2("summary")
    main.append(f"<p class=sum lang={p['lang']}>{esc(p['summary'])}</p>")
    h2("work")
    for title, org, city, s, e, bullets in p["work"]:
        main.append(f"<div class=job>{esc(title)} | {esc(org)}</div>")
        main.append(f"<div class=when>{esc(period(s, e, p['lang'], 'long'))} · {esc(city)}</div>")
        if bullets:
            main.append("<ul>" + "".join(f"<li>{esc(b)}</li>" for b in bullets) + "</ul>")
    h2("education")
    for degree, school, city, s, e in p["education"]:
        main.append(f"<div class=job>{esc(degree)}</div><div>{esc(school)}</div>")
        main.append(f"<div class=when>{esc(period(s, e, p['lang'], 'year'))}</div>")
    return css, f"<div class=side>{''.join(side)}</div><div class=main>{''.join(main)}</div>"


FA = {"phone": "\uf095", "mail": "\uf0e0", "pin": "\uf041", "work": "\uf0b1", "edu": "\uf19d",
      "star": "\uf005", "lang": "\uf1ab", "heart": "\uf004", "user": "\uf007"}


def html_canva(p, t, odd):
    """A coloured header band, icon-font glyphs before the contact items and the headings,
    letter-spaced capitals (typed with spaces for odd people, CSS letter-spacing for even
    ones), dates as "De 2015 à 2018", a date range inside a description."""
    w = headings(p)
    css = BASE_CSS + """
    @font-face { font-family: 'FA'; src: url('file:///usr/share/fonts-font-awesome/fonts/fontawesome-webfont.ttf'); }
    .i { font-family: 'FA'; color: #c0392b; margin-right: 4pt; }
    .band { background: #2c3e50; color: #fff; padding: 10pt 12pt; }
    .band h1 { color: #fff; }
    .contact { margin: 6pt 0 4pt 0; }
    .contact span { margin-right: 12pt; }
    h2 { font-size: 11pt; letter-spacing: 3pt; color: #c0392b; margin: 12pt 0 4pt 0; }
    .t { font-weight: bold; }
    .d { font-style: italic; color: #555; }
    """

    def spaced(text):
        return " ".join(text.upper()) .replace("   ", "  ")

    out = [f"<div class=band><h1>{esc(p['name'])}</h1><div>{esc(p['headline'])}</div></div>",
           f"<div class=contact><span><span class=i>{FA['phone']}</span>{esc(p['phone'])}</span>"
           f"<span><span class=i>{FA['mail']}</span>{esc(p['email'])}</span>"
           f"<span><span class=i>{FA['pin']}</span>{esc(p['city'])}</span></div>"]

    def h2(key, icon):
        text = w[key].upper()
        shown = spaced(w[key]) if odd else text
        out.append(f"<h2><span class=i>{FA[icon]}</span>{esc(shown)}</h2>")
        t.section(text)

    h2("summary", "user")
    out.append(f"<p>{esc(p['summary'])}</p>")
    h2("work", "work")
    for i, (title, org, city, s, e, bullets) in enumerate(p["work"]):
        out.append(f"<div class=t>{esc(title)} — {esc(org)}</div>")
        out.append(f"<div class=d>{esc(period(s, e, p['lang'], 'words'))}, {esc(city)}</div>")
        text = " ".join(bullets) if bullets else ""
        if i == 0:
            text += (" Projet mené de 2019 à 2020 avec l'équipe régionale." if p["lang"] == "fr"
                     else " Project run from 2019 to 2020 with the regional team.")
        out.append(f"<p>{esc(text.strip())}</p>")
    h2("education", "edu")
    for degree, school, city, s, e in p["education"]:
        out.append(f"<div class=t>{esc(degree)} — {esc(school)}</div>")
        out.append(f"<div class=d>{esc(period(s, e, p['lang'], 'words'))}</div>")
    h2("skills", "star")
    out.append(f"<p>{esc(', '.join(i for items in p['skills'].values() for i in items))}</p>")
    h2("languages", "lang")
    out.append(f"<p>{esc(language_line(p))}</p>")
    return css, "".join(out)


def html_table(p, t, odd):
    """A table: dates only in the left column, headings as shaded rows, the header's phone
    and e-mail in cells that touch (the number runs into the next label)."""
    w = headings(p)
    css = BASE_CSS + """
    table { border-collapse: collapse; width: 100%; }
    td { vertical-align: top; padding: 2pt 0; }
    td.l { width: 30mm; color: #444; }
    tr.h td { background: #dde6ee; font-weight: bold; font-size: 11pt; padding: 3pt 4pt; }
    table.head td { padding: 0; }
    """
    tel = "Tél. : " if p["lang"] == "fr" else "Tel: "
    out = [f"<h1>{esc(p['name'])}</h1><p>{esc(p['headline'])}</p>",
           f"<table class=head><tr><td style='width:auto'>{esc(tel + p['phone'])}</td>"
           f"<td>{esc('E-mail : ' if p['lang'] == 'fr' else 'E-mail: ')}{esc(p['email'])}</td>"
           f"<td>{esc(p['city'])}</td></tr></table>", "<table>"]

    def row_h(key):
        out.append(f"<tr class=h><td colspan=2>{esc(w[key])}</td></tr>")
        t.section(w[key])

    row_h("summary")
    out.append(f"<tr><td class=l></td><td>{esc(p['summary'])}</td></tr>")
    row_h("work")
    style = "numeric" if odd else "year"
    for title, org, city, s, e, bullets in p["work"]:
        body = f"<b>{esc(title)}</b><br>{esc(org)}, {esc(city)}"
        if bullets:
            body += "<br>" + "<br>".join("– " + esc(b) for b in bullets)
        out.append(f"<tr><td class=l>{esc(period(s, e, p['lang'], style))}</td><td>{body}</td></tr>")
    row_h("education")
    for degree, school, city, s, e in p["education"]:
        out.append(f"<tr><td class=l>{esc(period(s, e, p['lang'], 'year'))}</td>"
                   f"<td><b>{esc(degree)}</b><br>{esc(school)}</td></tr>")
    row_h("skills")
    for label, items in skill_lines(p):
        out.append(f"<tr><td class=l>{esc(label)}</td><td>{esc(items)}</td></tr>")
    row_h("languages")
    for lang, level in p["languages"]:
        out.append(f"<tr><td class=l>{esc(lang)}</td><td>{esc(level)}</td></tr>")
    out.append("</table>")
    return css, "".join(out)


def render_html(css, body, pdf, engine, lang):
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "cv.html")
        with open(src, "w", encoding="utf-8") as f:
            f.write(f"<!DOCTYPE html><html lang={lang}><head><meta charset=utf-8><style>{css}</style></head>"
                    f"<body>{body}</body></html>")
        if engine == "weasyprint":
            subprocess.run(["weasyprint", src, pdf], check=True, stderr=subprocess.DEVNULL)
        else:
            subprocess.run(["wkhtmltopdf", "--quiet", "--enable-local-file-access", "--load-error-handling", "ignore", "-s", "A4", src, pdf],
                           check=True, stderr=subprocess.DEVNULL)


# ---- pandoc and groff -------------------------------------------------------------

def pandoc_md(p, t, odd, pdf):
    """Markdown through pandoc (HTML, then WeasyPrint): "### Title, Employer" headers, the
    city and dates in italics below, headings in the document's words."""
    w = headings(p)
    lines = [f"# {p['name']}", "", f"{p['headline']}  ", f"{p['email']} | {p['phone']} | {p['city']}", ""]

    def h2(key):
        lines.extend([f"## {w[key]}", ""])
        t.section(w[key])

    h2("summary")
    lines.extend([p["summary"], ""])
    h2("work")
    for title, org, city, s, e, bullets in p["work"]:
        lines.extend([f"### {title}, {org}", "", f"*{city} · {period(s, e, p['lang'], 'short')}*", ""])
        lines.extend([f"- {b}" for b in bullets] + [""])
    h2("education")
    for degree, school, city, s, e in p["education"]:
        lines.extend([f"### {degree}", "", f"{school} · {period(s, e, p['lang'], 'year')}", ""])
    h2("skills")
    for label, items in skill_lines(p):
        lines.extend([f"- **{label}**: {items}"])
    lines.append("")
    h2("languages")
    lines.extend([language_line(p, ", "), ""])
    with tempfile.TemporaryDirectory() as tmp:
        md = os.path.join(tmp, "cv.md")
        page = os.path.join(tmp, "cv.html")
        with open(md, "w", encoding="utf-8") as f:
            f.write("\n".join(lines))
        subprocess.run(["pandoc", "-s", "--metadata", f"title={p['name']}", "--metadata", f"lang={p['lang']}",
                        "-V", "pagetitle= ", "--variable", "title=", md, "-o", page], check=True)
        subprocess.run(["weasyprint", page, pdf], check=True, stderr=subprocess.DEVNULL)


def groff_escape(text):
    return text.replace("\\", "\\e").replace("'", "\\(aq").replace("-", "\\-")


def groff_ms(p, t, odd, pdf):
    """groff -ms: numbered-free section headings (.SH), "Title — Employer, City" in bold
    and roman, the dates on the next line, bullets as \\(bu."""
    w = headings(p)
    g = groff_escape
    out = [".nr PS 10", ".nr VS 12", ".ds CH", ".TL", g(p["name"]), ".LP", ".ce 2",
           g(p["headline"]), f"{g(p['email'])} \\(em {g(p['phone'])} \\(em {g(p['city'])}"]

    def sh(key):
        out.extend([".SH", g(w[key])])
        t.section(w[key])

    sh("summary")
    out.extend([".LP", g(p["summary"])])
    sh("work")
    for title, org, city, s, e, bullets in p["work"]:
        out.extend([".LP", f"\\fB{g(title)}\\fP \\(em {g(org)}, {g(city)}", ".br",
                    f"\\fI{g(period(s, e, p['lang'], 'long'))}\\fP"])
        for b in bullets:
            out.extend([".IP \\(bu 2", g(b)])
    sh("education")
    for degree, school, city, s, e in p["education"]:
        out.extend([".LP", f"\\fB{g(degree)}\\fP", ".br", f"{g(school)}, {g(period(s, e, p['lang'], 'year'))}"])
    sh("skills")
    for label, items in skill_lines(p):
        out.extend([".LP", f"\\fB{g(label)}:\\fP {g(items)}"])
    sh("languages")
    out.extend([".LP", g(language_line(p, ", "))])
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "cv.ms")
        with open(src, "w", encoding="utf-8") as f:
            f.write("\n".join(out) + "\n")
        with open(pdf, "wb") as f:
            subprocess.run(["groff", "-ms", "-Kutf8", "-Tpdf", "-P-pa4", src], check=True, stdout=f)


# ---- ReportLab --------------------------------------------------------------------

def rl_setup():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    base = "/usr/share/fonts/truetype/dejavu/"
    for name, file in [("DV", "DejaVuSans.ttf"), ("DV-B", "DejaVuSans-Bold.ttf"),
                       ("DVS", "DejaVuSerif.ttf"), ("DVS-B", "DejaVuSerif-Bold.ttf")]:
        try:
            pdfmetrics.getFont(name)
        except KeyError:
            pdfmetrics.registerFont(TTFont(name, base + file))


def rl_columns(p, t, odd, pdf):
    """Drawn two-column grid: a narrow left column holds the headings (long ones wrap over
    two lines) and the dates; entries in the right column."""
    rl_setup()
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    w = headings(p)
    if odd:
        w["work"] = {"fr": "Expériences professionnelles", "en": "Professional experience"}[p["lang"]]
    base = ParagraphStyle("b", fontName="DV", fontSize=9.5, leading=12)
    bold = ParagraphStyle("bb", parent=base, fontName="DV-B")
    head = ParagraphStyle("h", fontName="DV-B", fontSize=10.5, leading=13, textColor="#1f5f8b")
    left = ParagraphStyle("l", parent=base, textColor="#555555")
    story = [Paragraph(esc(p["name"]), ParagraphStyle("n", fontName="DV-B", fontSize=21, leading=26)),
             Paragraph(esc(p["headline"]), base),
             Paragraph(f"{esc(p['phone'])} — {esc(p['email'])} — {esc(p['city'])}", base), Spacer(1, 10)]
    rows = []

    def section(key, entries):
        t.section(w[key])
        first = True
        for left_text, right in entries:
            rows.append([Paragraph(esc(w[key]), head) if first else "", Paragraph(esc(left_text), left), right])
            first = False

    section("summary", [("", Paragraph(esc(p["summary"]), base))])
    section("work", [(period(s, e, p["lang"], "numeric"),
                      [Paragraph(esc(title), bold), Paragraph(esc(f"{org}, {city}"), base)]
                      + [Paragraph("• " + esc(b), base) for b in bullets])
                     for title, org, city, s, e, bullets in p["work"]])
    section("education", [(period(s, e, p["lang"], "year"), [Paragraph(esc(degree), bold), Paragraph(esc(school), base)])
                          for degree, school, city, s, e in p["education"]])
    section("skills", [("", Paragraph(esc(", ".join(i for items in p["skills"].values() for i in items)), base))])
    section("languages", [("", Paragraph(esc(language_line(p)), base))])
    table = Table(rows, colWidths=[112, 80, 318])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    story.append(table)
    SimpleDocTemplate(pdf, pagesize=A4, leftMargin=40, rightMargin=40, topMargin=40, bottomMargin=40).build(story)


def rl_footer(p, t, odd, pdf):
    """One column, contact only in every page's footer, positions grouped under their
    employer when the same employer follows, a long CV over two pages."""
    rl_setup()
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    w = headings(p)
    base = ParagraphStyle("b", fontName="DVS", fontSize=10, leading=13)
    bold = ParagraphStyle("bb", parent=base, fontName="DVS-B")
    head = ParagraphStyle("h", fontName="DVS-B", fontSize=13, leading=18, spaceBefore=10, spaceAfter=3)
    story = [Paragraph(esc(p["name"]), ParagraphStyle("n", fontName="DVS-B", fontSize=24, leading=30)),
             Paragraph(esc(p["headline"]), base), Spacer(1, 8)]

    def h(key):
        story.append(Paragraph(esc(w[key]), head))
        t.section(w[key])

    def dated(title, when):
        tb = Table([[Paragraph(esc(title), bold), Paragraph(esc(when), ParagraphStyle("r", parent=base, alignment=2))]],
                   colWidths=[360, 150])
        tb.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        return tb

    h("summary")
    story.append(Paragraph(esc(p["summary"]), base))
    h("work")
    last_org = None
    for title, org, city, s, e, bullets in p["work"]:
        when = period(s, e, p["lang"], "short")
        if org != last_org:
            story.append(Spacer(1, 4))
            story.append(Paragraph(f"<b>{esc(org)}</b>, {esc(city)}", base))
        story.append(dated(title, when))
        for b in bullets:
            story.append(Paragraph("– " + esc(b), ParagraphStyle("li", parent=base, leftIndent=12)))
        last_org = org
    h("education")
    for degree, school, city, s, e in p["education"]:
        story.append(dated(degree, period(s, e, p["lang"], "year")))
        story.append(Paragraph(esc(school + (", " + city if city else "")), base))
    h("skills")
    for label, items in skill_lines(p):
        story.append(Paragraph(f"<b>{esc(label)}</b> — {esc(items)}", base))
    h("languages")
    story.append(Paragraph(esc(language_line(p)), base))
    h("interests")
    story.append(Paragraph(esc(", ".join(p["interests"])), base))
    story.append(Spacer(1, 330 if not odd else 360))
    story.append(Paragraph(esc({"fr": "Références sur demande.", "en": "References available on request."}[p["lang"]]), base))

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont("DVS", 8.5)
        canvas.drawCentredString(A4[0] / 2, 28, f"{p['email']}  |  {p['phone']}  |  {p['city']}")
        canvas.restoreState()

    SimpleDocTemplate(pdf, pagesize=A4, leftMargin=45, rightMargin=45, topMargin=45, bottomMargin=55).build(
        story, onFirstPage=footer, onLaterPages=footer)


def rl_runin(p, t, odd, pdf):
    """Coloured heading bands drawn behind white text, a run-in summary heading sharing
    its line with the text, "De 2015 à 2018" dates, skill groups as "Label" lines."""
    rl_setup()
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    w = headings(p, unusual=odd)
    base = ParagraphStyle("b", fontName="DV", fontSize=9.5, leading=12.5)
    bold = ParagraphStyle("bb", parent=base, fontName="DV-B")
    white = ParagraphStyle("w", fontName="DV-B", fontSize=11, leading=14, textColor="#ffffff")
    story = [Paragraph(esc(p["name"].upper()), ParagraphStyle("n", fontName="DV-B", fontSize=20, leading=25)),
             Paragraph(esc(p["headline"]), base),
             Paragraph(f"{esc(p['email'])} · {esc(p['phone'])} · {esc(p['city'])}", base), Spacer(1, 8)]
    t.section(w["summary"].upper())
    story.append(Paragraph(f"<font name='DV-B' color='#8e2b5b'>{esc(w['summary'].upper())}</font>  {esc(p['summary'])}", base))

    def band(key):
        tb = Table([[Paragraph(esc(w[key]), white)]], colWidths=[505])
        tb.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), "#8e2b5b")]))
        story.extend([Spacer(1, 8), tb, Spacer(1, 3)])
        t.section(w[key])

    band("work")
    for title, org, city, s, e, bullets in p["work"]:
        story.append(Paragraph(f"<b>{esc(title)}</b>", base))
        story.append(Paragraph(f"{esc(org)} – {esc(city)} – {esc(period(s, e, p['lang'], 'words'))}", base))
        for b in bullets:
            story.append(Paragraph("• " + esc(b), ParagraphStyle("li", parent=base, leftIndent=10)))
        story.append(Spacer(1, 4))
    band("education")
    for degree, school, city, s, e in p["education"]:
        story.append(Paragraph(f"<b>{esc(degree)}</b>", base))
        story.append(Paragraph(f"{esc(school)} – {esc(period(s, e, p['lang'], 'words'))}", base))
    band("skills")
    for label, items in p["skills"].items():
        story.append(Paragraph(esc(label), bold))
        story.append(Paragraph(esc(", ".join(items)), base))
    band("languages")
    story.append(Paragraph(esc(language_line(p)), base))
    SimpleDocTemplate(pdf, pagesize=A4, leftMargin=45, rightMargin=45, topMargin=40, bottomMargin=40).build(story)


# ---- LibreOffice ------------------------------------------------------------------

def soffice():
    return shutil.which("soffice") or shutil.which("libreoffice")


def lo_writer(p, t, odd, pdf):
    """LibreOffice Writer (a flat ODT): Heading 1 styles, a right tab stop for the dates
    on the title line, the employer in italics below, bullets as a list."""
    w = headings(p)
    x = esc

    def para(style, text):
        return f'<text:p text:style-name="{style}">{text}</text:p>'

    body = [para("Name", x(p["name"])), para("P", x(p["headline"])),
            para("P", f"{x(p['email'])} • {x(p['phone'])} • {x(p['city'])}")]

    def h(key):
        body.append(f'<text:h text:style-name="H" text:outline-level="1">{x(w[key])}</text:h>')
        t.section(w[key])

    h("summary")
    body.append(para("P", x(p["summary"])))
    h("work")
    for title, org, city, s, e, bullets in p["work"]:
        body.append(para("T", f"{x(title)}<text:tab/>{x(period(s, e, p['lang'], 'short'))}"))
        body.append(para("I", f"{x(org)}, {x(city)}"))
        if bullets:
            body.append('<text:list text:style-name="L">' + "".join(
                f"<text:list-item>{para('P', x(b))}</text:list-item>" for b in bullets) + "</text:list>")
    h("education")
    for degree, school, city, s, e in p["education"]:
        body.append(para("T", f"{x(degree)}<text:tab/>{x(period(s, e, p['lang'], 'year'))}"))
        body.append(para("I", x(school)))
    h("skills")
    for label, items in skill_lines(p):
        body.append(para("P", f"{x(label)} : {x(items)}" if p["lang"] == "fr" else f"{x(label)}: {x(items)}"))
    h("languages")
    body.append(para("P", x(language_line(p))))
    doc = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles>
 <style:style style:name="P" style:family="paragraph"><style:text-properties style:font-name="DejaVu Sans" fo:font-family="'DejaVu Sans'" fo:font-size="10pt"/></style:style>
 <style:style style:name="Name" style:family="paragraph" style:parent-style-name="P"><style:text-properties fo:font-size="22pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="H" style:family="paragraph" style:parent-style-name="P"><style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.1cm" fo:border-bottom="0.5pt solid #000000"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold" fo:color="#1a5276"/></style:style>
 <style:style style:name="T" style:family="paragraph" style:parent-style-name="P"><style:paragraph-properties fo:margin-top="0.15cm"><style:tab-stops><style:tab-stop style:position="17cm" style:type="right"/></style:tab-stops></style:paragraph-properties><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="I" style:family="paragraph" style:parent-style-name="P"><style:text-properties fo:font-style="italic"/></style:style>
</office:styles>
<office:automatic-styles><style:page-layout style:name="pm"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-left="2cm" fo:margin-right="2cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm"/></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm"/></office:master-styles>
<office:body><office:text>{''.join(body)}</office:text></office:body></office:document>"""
    convert(doc, "fodt", pdf)


def lo_calc(p, t, odd, pdf):
    """A CV made in LibreOffice Calc: one sheet, the experience as a table with column
    headers (Début, Fin, Poste, Employeur, Lieu), the other sections as labelled rows."""
    w = headings(p)
    x = esc
    cols = {"fr": ["Début", "Fin", "Poste", "Employeur", "Lieu"], "en": ["Start", "End", "Position", "Employer", "City"]}[p["lang"]]

    def cell(text, style="Default"):
        return f'<table:table-cell table:style-name="{style}" office:value-type="string"><text:p>{x(text)}</text:p></table:table-cell>'

    rows = [[cell(p["name"], "Big")], [cell(p["headline"])], [cell(p["phone"]), "<table:table-cell/>", cell(p["email"]), cell(p["city"])], []]

    def h(key):
        rows.append([cell(w[key], "Head")])
        t.section(w[key])

    h("work")
    rows.append([cell(c, "Bold") for c in cols])
    for title, org, city, s, e, bullets in p["work"]:
        rows.append([cell(date(s, p["lang"], "numeric")), cell(date(e, p["lang"], "numeric")), cell(title), cell(org), cell(city)])
    rows.append([])
    h("education")
    for degree, school, city, s, e in p["education"]:
        rows.append([cell(s or ""), cell(e), cell(degree), cell(school), cell(city)])
    rows.append([])
    h("skills")
    for label, items in skill_lines(p):
        rows.append([cell(label, "Bold"), cell(items)])
    h("languages")
    for lang, level in p["languages"]:
        rows.append([cell(lang), cell(level)])
    table = "".join("<table:table-row>" + "".join(r) + "</table:table-row>" for r in rows)
    doc = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
 <style:page-layout style:name="pm"><style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape" fo:margin="1.5cm"/></style:page-layout>
 <style:style style:name="cs" style:family="table-column"><style:table-column-properties style:column-width="2.6cm"/></style:style>
 <style:style style:name="co" style:family="table-column"><style:table-column-properties style:column-width="8.6cm"/></style:style>
 <style:style style:name="cc" style:family="table-column"><style:table-column-properties style:column-width="4cm"/></style:style>
 <style:style style:name="Big" style:family="table-cell"><style:text-properties fo:font-size="18pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Head" style:family="table-cell"><style:table-cell-properties fo:background-color="#c6d9f0"/><style:text-properties fo:font-size="12pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Bold" style:family="table-cell"><style:text-properties fo:font-weight="bold"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Default" style:page-layout-name="pm"/></office:master-styles>
<office:body><office:spreadsheet><table:table table:name="CV"><table:table-column table:style-name="cs" table:number-columns-repeated="2"/><table:table-column table:style-name="co" table:number-columns-repeated="2"/><table:table-column table:style-name="cc"/>{table}</table:table></office:spreadsheet></office:body></office:document>"""
    convert(doc, "fods", pdf)


def convert(doc, ext, pdf):
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "cv." + ext)
        with open(src, "w", encoding="utf-8") as f:
            f.write(doc)
        subprocess.run([soffice(), "--headless", f"-env:UserInstallation=file://{tmp}/profile",
                        "--convert-to", "pdf", "--outdir", tmp, src], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copy(os.path.join(tmp, "cv.pdf"), pdf)


# ---- Driver -----------------------------------------------------------------------

def html_template(fn, engine):
    def render(p, t, odd, pdf):
        css, body = fn(p, t, odd)
        render_html(css, body, pdf, engine, p["lang"])
    render.__doc__ = fn.__doc__
    return render


TEMPLATES = [
    ("weasyprint-classic", "weasyprint", html_template(html_classic, "weasyprint"), "weasyprint"),
    ("weasyprint-sidebar", "weasyprint", html_template(html_sidebar, "weasyprint"), "weasyprint"),
    ("wkhtmltopdf-canva", "wkhtmltopdf", html_template(html_canva, "wkhtmltopdf"), "wkhtmltopdf"),
    ("wkhtmltopdf-table", "wkhtmltopdf", html_template(html_table, "wkhtmltopdf"), "wkhtmltopdf"),
    ("pandoc-markdown", "pandoc + weasyprint", pandoc_md, "pandoc"),
    ("groff-ms", "groff", groff_ms, "groff"),
    ("reportlab-columns", "reportlab", rl_columns, None),
    ("reportlab-footer", "reportlab", rl_footer, None),
    ("reportlab-bands", "reportlab", rl_runin, None),
    ("libreoffice-writer", "libreoffice", lo_writer, "soffice"),
    ("libreoffice-calc", "libreoffice", lo_calc, "soffice"),
]


def available(tool):
    if tool is None:
        try:
            import reportlab  # noqa: F401
            return True
        except ImportError:
            return False
    return shutil.which(tool) is not None


def main():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "tests", "data", "cv-unseen")
    usable = [tpl for tpl in TEMPLATES if available(tpl[3])]
    for tpl in TEMPLATES:
        if tpl not in usable:
            print(f"skipped {tpl[0]}: {tpl[3]} is not installed", file=sys.stderr)
    for half in ("tuning", "heldout"):
        os.makedirs(os.path.join(outdir, half), exist_ok=True)
    for i, p in enumerate(PEOPLE):
        name, engine, render, _ = usable[i % len(usable)]
        half = "tuning" if i % 4 < 2 else "heldout"
        odd = (i // len(usable)) % 2 == 1
        stem = f"{p['id']}.{name}"
        if len(sys.argv) > 2 and sys.argv[2] not in stem:
            continue
        pdf = os.path.join(outdir, half, stem + ".pdf")
        t = Truth(p, name, engine)
        render(p, t, odd, pdf)
        with open(os.path.join(outdir, half, stem + ".truth.json"), "w", encoding="utf-8") as f:
            json.dump(t.data, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(f"{half}/{stem}.pdf")


if __name__ == "__main__":
    main()
