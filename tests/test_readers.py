"""Reading documents as people have them: Word, PDF (CJK text layer), HTML, mixed folders, bad files.

Every fixture is generated here from the sample text (tests/data/rural-party-service.txt):
a .docx written with python-docx, a PDF drawn with reportlab's built-in CJK font
STSong-Light with a running header and page numbers, an HTML page with navigation, ads,
a sidebar and 上一篇/下一篇 links around the text. Nothing is read from outside the repo.
"""

from __future__ import annotations

import datetime
import html
import re
from pathlib import Path

import pytest

from graph.errors import EmptyDocumentError, InputError, ScannedPdfError
from graph.io import Source, make_document, read_document, scan
from graph.readers.base import CorruptDocumentError, ProtectedDocumentError
from graph.segment import split_sentences
from tests.conftest import SAMPLE

HEADER = "基层党组织农村服务论文"  # also the document's first line: the header must go, the line must stay


def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.split("\n") if p.strip()]


# ---------------------------------------------------------------- fixture writers


def write_docx(text: str, path: Path, *, author: str = "Administrator", title: str = "") -> Path:
    import docx

    d = docx.Document()
    d.core_properties.author = author
    d.core_properties.title = title
    d.core_properties.created = datetime.datetime(2021, 1, 2, 8, 0)
    for p in paragraphs(text):
        d.add_paragraph("\u3000\u3000" + p)  # indentation typed as ideographic spaces, as people do
    d.save(str(path))
    return path


def write_pdf(text: str, path: Path, *, size: float = 11, header: str | None = HEADER) -> Path:
    """Lay the text out as a typical Chinese paper: indented paragraphs, wrapped by width,
    a running header on every page and a page number ``- N -`` at the foot."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    font = "STSong-Light"
    pdfmetrics.registerFont(UnicodeCIDFont(font))
    width, height = A4
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle(HEADER)
    c.setAuthor("Administrator")
    left, right, top, bottom = 60, width - 60, height - 70, 70
    page = 1

    def furniture() -> None:
        c.setFont(font, 9)
        if header:
            c.drawCentredString(width / 2, height - 40, header)
        c.drawCentredString(width / 2, 35, f"- {page} -")
        c.setFont(font, size)

    furniture()
    y = top
    for p in paragraphs(text):
        line = "\u3000\u3000"
        for ch in p:
            if pdfmetrics.stringWidth(line + ch, font, size) > right - left:
                c.drawString(left, y, line)
                y -= size * 1.6
                line = ""
                if y < bottom:
                    c.showPage()
                    page += 1
                    furniture()
                    y = top
            line += ch
        c.drawString(left, y, line)
        y -= size * 2.4
        if y < bottom:
            c.showPage()
            page += 1
            furniture()
            y = top
    c.save()
    return path


def write_html(text: str, path: Path, *, charset: str = "utf-8") -> Path:
    paras = paragraphs(text)
    pager = paras[-1] if "下一篇" in paras[-1] else ""
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paras[1:] if p != pager)
    page = f"""<!DOCTYPE html><html><head><meta charset="{charset}"><title>{HEADER}_范文网</title>
<meta name="author" content="范文网编辑"><meta name="PubDate" content="2022-04-21 10:00">
<script>var ad = "广告脚本";</script><style>.nav {{ color: red }}</style></head><body>
<div class="header"><ul class="nav"><li><a href="/">首页</a></li><li><a href="/a">工作总结</a></li>
<li><a href="/b">心得体会</a></li><li><a href="/c">党建范文</a></li></ul></div>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/c">党建范文</a></div>
<div class="ad">热门推荐：免费下载海量范文，点击进入！</div>
<div class="main"><div class="content"><h1>{html.escape(paras[0])}</h1>
{body}
<div class="pager"><a href="/x">上一篇：计生半年总结</a> <a href="/y">下一篇：水管站工作总结范文</a></div></div>
<div class="sidebar"><h3>相关文章</h3><ul><li><a href="/1">党支部工作计划</a></li>
<li><a href="/2">村委会工作总结</a></li></ul></div></div>
<div class="footer">Copyright © 2022 范文网 版权所有 京ICP备12345678号</div>
<script>document.write("广告");</script></body></html>"""
    path.write_bytes(page.encode("gb18030" if charset.lower() in ("gb2312", "gbk") else charset))
    return path


def minimal_pdf(objects: list[bytes]) -> bytes:
    """A hand-made PDF with a correct cross-reference table (for page trees reportlab won't write)."""
    out = b"%PDF-1.4\n"
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def read(path: Path):  # noqa: ANN201 - Document
    return read_document(Source(path, path.name))


@pytest.fixture(scope="module")
def formats(tmp_path_factory: pytest.TempPathFactory, sample_text: str) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("formats")
    return {
        "txt": SAMPLE,
        "docx": write_docx(sample_text, d / "sample.docx"),
        "pdf": write_pdf(sample_text, d / "sample.pdf"),
        "html": write_html(sample_text, d / "sample.html"),
    }


@pytest.fixture(scope="module")
def docs(formats: dict[str, Path]) -> dict[str, object]:
    return {fmt: read(p) for fmt, p in formats.items()}


# ---------------------------------------------------------------- text kept


@pytest.mark.parametrize("fmt", ["docx", "pdf", "html"])
def test_each_format_keeps_the_paragraphs_of_the_plain_text(docs, fmt: str, sample_text: str) -> None:
    got = paragraphs(docs[fmt].text)
    want = [p for p in paragraphs(sample_text) if not (fmt == "html" and "下一篇" in p)]
    assert got == want
    assert docs[fmt].format == fmt


@pytest.mark.parametrize("fmt", ["docx", "pdf", "html"])
def test_sentences_found_match_the_plain_text(docs, fmt: str) -> None:
    plain = [s.text for s in split_sentences(docs["txt"])]
    got = [s.text for s in split_sentences(docs[fmt])]
    same = len(set(plain) & set(got)) / len(set(plain))
    assert same > 0.99, (fmt, same)


@pytest.mark.parametrize("fmt", ["docx", "pdf", "html"])
def test_offsets_slice_the_extracted_text_back_to_each_mention(docs, fmt: str) -> None:
    from graph.pipeline import extract_document

    doc = docs[fmt]
    ex = extract_document(doc)
    assert ex.mentions
    for m in ex.mentions:
        assert doc.text[m.start:m.end] == m.text
    for s in ex.sentences:
        assert doc.text[s.start:s.end] == s.text


def test_pdf_drops_running_header_and_page_numbers_and_records_page_starts(docs, formats) -> None:
    import pypdfium2 as pdfium

    doc = docs["pdf"]
    n_pages = len(pdfium.PdfDocument(str(formats["pdf"])))
    assert n_pages > 3
    assert not re.search(r"^- \d+ -$", doc.text, re.M)
    assert doc.text.count(HEADER) == docs["txt"].text.count(HEADER)
    pages = list(doc.pages)
    assert len(pages) == n_pages and pages[0] == 0
    assert pages == sorted(pages) and len(set(pages)) == n_pages and pages[-1] < len(doc.text)


def test_pdf_page_start_is_where_that_pages_text_begins(tmp_path: Path) -> None:
    # one short paragraph per page: each page offset must point at that page's paragraph
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    paras = ["党的十八大强调加强基层服务型党组织建设。", "金山区各乡镇农村基层党组织注重解决民生问题。",
             "通过集中学习与自学相结合，增强了忧患意识。"]
    c = canvas.Canvas(str(tmp_path / "p.pdf"), invariant=1)
    for i, p in enumerate(paras, 1):
        c.setFont("STSong-Light", 12)
        c.drawString(72, 700, p)
        c.drawCentredString(300, 40, f"第 {i} 页")
        c.showPage()
    c.save()
    doc = read(tmp_path / "p.pdf")
    pages = list(doc.pages)
    assert [doc.text[s:].split("\n")[0] for s in pages] == paras


def test_pdf_joins_lines_without_spaces_between_cjk_and_without_hyphens(tmp_path: Path) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(tmp_path / "j.pdf"), invariant=1)
    c.setFont("STSong-Light", 12)
    lines = ["　　党的十八大强调以服务群众、做群众工作为主要任务，加强基层服务型党组织建设，这为新形势下",
             "基层党组织建设指明了方向。The knowledge graph is built from docu-",
             "ments written in Chinese policy language and party building reports.",
             "　　第二段落从这里开始。"]
    for i, ln in enumerate(lines):
        c.drawString(60, 700 - 18 * i, ln)
    c.save()
    text = read(tmp_path / "j.pdf").text
    assert text.split("\n")[0] == (
        "党的十八大强调以服务群众、做群众工作为主要任务，加强基层服务型党组织建设，这为新形势下"
        "基层党组织建设指明了方向。The knowledge graph is built from documents written in Chinese "
        "policy language and party building reports.")
    assert text.split("\n")[1] == "第二段落从这里开始。"


def test_docx_reads_tables_in_order_and_core_properties(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    d.core_properties.author = "张三"
    d.add_paragraph("关于村级收入的说明")
    t = d.add_table(rows=2, cols=2)
    for (r, col), v in {(0, 0): "村名", (0, 1): "收入", (1, 0): "新黎村", (1, 1): "350万元"}.items():
        t.cell(r, col).text = v
    d.add_paragraph("以上数据来自村委会。")
    d.save(str(tmp_path / "t.docx"))
    doc = read(tmp_path / "t.docx")
    assert paragraphs(doc.text) == ["关于村级收入的说明", "村名\t收入", "新黎村\t350万元", "以上数据来自村委会。"]
    assert ("creator", "张三") in doc.meta


def test_html_main_content_drops_navigation_ads_and_pager(docs) -> None:
    text = docs["html"].text
    for junk in ("首页", "热门推荐", "相关文章", "上一篇", "下一篇", "Copyright", "广告"):
        assert junk not in text, junk
    assert dict(docs["html"].meta)["date"] == "2022-04-21"


def test_html_declared_gb2312_is_decoded(tmp_path: Path) -> None:
    text = "关于加强基层党组织建设的意见\n\n各乡镇党委：现将有关事项通知如下。党的十八大强调加强基层服务型党组织建设。\n"
    doc = read(write_html(text, tmp_path / "gb.html", charset="gb2312"))
    assert "各乡镇党委：现将有关事项通知如下。" in doc.text
    assert doc.encoding == "gb2312"


# ---------------------------------------------------------------- bad input


def _scan_pdf(path: Path) -> Path:
    from PIL import Image
    from reportlab.pdfgen import canvas

    img = Image.new("L", (200, 100), 255)
    for x in range(20, 180):
        img.putpixel((x, 50), 0)
    img.save(path.with_suffix(".png"))
    c = canvas.Canvas(str(path), invariant=1)
    c.drawImage(str(path.with_suffix(".png")), 72, 600, 400, 200)
    c.showPage()
    c.drawImage(str(path.with_suffix(".png")), 72, 600, 400, 200)
    c.save()
    path.with_suffix(".png").unlink()
    return path


def _encrypted_pdf(path: Path) -> Path:
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), encrypt=pdfencrypt.StandardEncryption("secret", canPrint=0))
    c.drawString(100, 700, "confidential")
    c.save()
    return path


BAD: dict[str, tuple] = {
    "scan.pdf": (_scan_pdf, ScannedPdfError, "OCR"),
    "locked.pdf": (_encrypted_pdf, ProtectedDocumentError, "password"),
    "zero.pdf": (lambda p: p.write_bytes(minimal_pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                                                      b"<< /Type /Pages /Kids [] /Count 0 >>"])),
                 EmptyDocumentError, "no pages"),
    "broken.pdf": (lambda p: p.write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pa"), CorruptDocumentError,
                   "damaged"),
    "error-page.pdf": (lambda p: p.write_bytes(b"<!DOCTYPE html><html><head><title>404 Not Found</title></head>"
                                               b"<body><h1>404</h1></body></html>"),
                       CorruptDocumentError, "HTML page"),
    "locked.docx": (lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500)
                                            + "EncryptedPackage".encode("utf-16-le") + bytes(500)),
                    ProtectedDocumentError, "password"),
    "old.docx": (lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(2000)), CorruptDocumentError,
                 "97-2003"),
    "broken.docx": (lambda p: p.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 4), CorruptDocumentError,
                    "damaged"),
    "scripts.html": (lambda p: p.write_text("<html><head><script>var a=1;</script></head><body><script>"
                                            "document.write('x')</script><style>p{}</style></body></html>",
                                            "utf-8"),
                     EmptyDocumentError, "no text"),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_input_gets_one_clear_error_naming_the_file(tmp_path: Path, name: str) -> None:
    make, error, words = BAD[name]
    make(tmp_path / name)
    with pytest.raises(error) as exc:
        read(tmp_path / name)
    msg = str(exc.value)
    assert isinstance(exc.value, InputError)
    assert msg.startswith(f"[{error.code}] {name}: ") and words in msg
    assert "\n" not in msg


def test_mixed_folder_builds_every_format_and_lists_the_rest(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    import graph.build
    from graph.cli import main

    monkeypatch.delitem(graph.build.EXPORTERS, "html")  # the HTML view is not what is tested here

    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("金山区各乡镇农村基层党组织注重解决民生问题。\n", "utf-8")
    write_docx("党的十八大强调加强基层服务型党组织建设。\n", src / "b.docx")
    write_pdf("通过集中学习与自学相结合，增强了忧患意识。\n", src / "c.pdf", header=None)
    write_html("村干部每月走访10户村民。\n", src / "d.html")
    (src / "e.png").write_bytes(b"\x89PNG\r\n")
    (src / "f.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    BAD["scan.pdf"][0](src / "scan.pdf")
    BAD["error-page.pdf"][0](src / "error-page.pdf")
    found = scan([src], base=tmp_path)
    assert [s.display for s in found.sources] == ["in/a.txt", "in/b.docx", "in/c.pdf", "in/d.html",
                                                  "in/error-page.pdf", "in/scan.pdf"]
    assert [(p, "save it as .docx" in why or "OCR" in why) for p, why in found.skipped] == [
        ("in/e.png", True), ("in/f.doc", True)]

    r = CliRunner().invoke(main, ["build", str(src), "--out", str(tmp_path / "out")])
    assert r.exit_code == 1
    errors = [ln for ln in r.output.splitlines() if ln.startswith("error:")]
    assert len(errors) == 2
    assert any("in/scan.pdf" in e and "OCR" in e for e in errors)
    assert any("in/error-page.pdf" in e and "HTML" in e for e in errors)
    assert "Read 4 document(s)" in r.output


def test_build_writes_the_text_every_offset_indexes(tmp_path: Path, formats) -> None:
    from rdflib import Graph

    from graph.build import build

    result = build([formats["pdf"], formats["docx"]], out=tmp_path / "out", formats=("ttl", "text"),
                   base=formats["pdf"].parent)
    folder = result.files["document texts"]
    assert sorted(f.name for f in folder.iterdir()) == sorted(f"{d.id}.txt" for d in result.kg.documents)
    g = Graph().parse(tmp_path / "out" / "graph.ttl")
    rows = g.query("""SELECT ?id ?b ?e ?t WHERE { ?s a nif:Sentence ; nif:referenceContext ?d ; nif:beginIndex ?b ;
                      nif:endIndex ?e ; nif:anchorOf ?t . ?d dcterms:identifier ?id }""")
    n = 0
    for doc_id, b, e, t in rows:
        text = (folder / f"{doc_id}.txt").read_text("utf-8")
        assert text[int(b):int(e)] == str(t)
        n += 1
    assert n > 100
    # a rebuild of one document leaves only that document's text
    build([formats["docx"]], out=tmp_path / "out", formats=("text",), base=formats["docx"].parent)
    assert len(list(folder.iterdir())) == 1


def test_make_document_moves_page_offsets_with_normalised_line_ends() -> None:
    doc = make_document("第一页。\r\n\r\n第二页开始。\r\n", path="x.pdf", fmt="pdf", pages=(0, 8))
    starts = list(doc.pages)
    assert doc.text[starts[1]:].startswith("第二页开始")


# -- text copied out of a paged document (graph.readers.reflow) ------------------------------------


def wrap(para: str, columns: int) -> list[str]:
    """``para`` broken as a PDF's layout breaks it: at the right margin (a wide character is two
    columns), never inside a number or a Latin word."""
    from graph.readers.reflow import width

    lines, line = [], ""
    for ch in para:
        if width(line + ch) > columns and not (line[-1:].isascii() and line[-1:].isalnum()
                                               and ch.isascii() and ch.isalnum()):
            lines.append(line)
            line = ""
        line += ch
    return [*lines, line]


def hard_wrapped(text: str, columns: int = 60, page_lines: int = 40) -> str:
    """``text`` as pdftotext gives a PDF of it: each paragraph indented two ideographic spaces and
    broken at the margin, a page number and the running header at every page break, mid-paragraph."""
    lines = [ln for para in paragraphs(text) for ln in wrap("\u3000\u3000" + para, columns)]
    out: list[str] = []
    for k, line in enumerate(lines, 1):
        out.append(line)
        if k % page_lines == 0:
            out += ["", f"\u3000\u3000\u3000\u3000\u3000\u3000— {k // page_lines} —", HEADER, ""]
    return "\n".join(out) + "\n"


def test_text_copied_out_of_a_pdf_gets_its_paragraphs_back() -> None:
    from graph.readers.reflow import reflow

    text = SAMPLE.read_text("utf-8")
    wrapped = hard_wrapped(text)
    assert "— 3 —" in wrapped and wrapped.count(HEADER) > text.count(HEADER) + 3
    back = reflow(wrapped)
    assert back is not None
    # every paragraph whole again, in order; the page numbers and the running header gone (the
    # title and the parts' headings, which hold the header's words, stay)
    assert paragraphs(back) == paragraphs(text)
    assert "— 3 —" not in back and back.count(HEADER) == text.count(HEADER)


def test_ordinary_text_files_are_not_reflowed() -> None:
    from graph.readers.reflow import reflow

    # one paragraph per line, as the sample and most saved web pages
    assert reflow(SAMPLE.read_text("utf-8")) is None
    # a list of records of one width between paragraphs (a commendation's annex, held-out paper HA):
    # the lines end with no punctuation, but the paragraphs around are far wider than they are
    records = [f"{n}　{v}镇{v}村党委书记、村委会主任" for n, v in zip(
        ["王庆华", "刘振东", "孙立强", "李春生", "张宏伟", "周长青", "赵德胜", "韩立新", "魏广田", "徐海涛"],
        ["马庄", "东风", "倪园", "授贤", "北望", "姚庄", "黑埠", "花厅", "梁寨", "八段"], strict=True)]
    body = paragraphs(SAMPLE.read_text("utf-8"))[:8]
    assert reflow("\n".join(body[:4] + records + body[4:]) + "\n") is None


def test_a_hard_wrapped_text_file_is_read_whole(tmp_path: Path) -> None:
    # an implementation plan copied out of a PDF (held-out paper JA, written for the tests): lines
    # broken at the margin, inside the village's name and inside words, page breaks inside
    # paragraphs with the running header repeated at each; the title is centred over two lines, the signature right-aligned, the annex a
    # paragraph of its own
    para = ("2024年，由县委组织部在双江镇、县溪镇、坪坦乡先行开展“五化”支部提质试点，2025年在全县推开。坪坦乡皇都村党支部推行"
            "“鼓楼议事”，村里大事小事都在鼓楼里商量着办，群众满意度明显提升。对集体经济收入10万元以下的薄弱村实行"
            "县级领导领衔、县直单位结对帮扶，逐村制定增收计划，每年帮助销售农特产品不少于2000万元。")
    wrapped = wrap("\u3000\u3000" + para, 52)
    assert any(ln.endswith("坪坦乡皇") for ln in wrapped)  # 坪坦乡皇|都村
    lines = ["\u3000" * 4 + "关于实施“侗寨红”党建引领乡村全面振兴", "\u3000" * 9 + "三年行动的实施方案", "",
             *wrapped[:4], "\u3000" * 12 + "— 1 —", "中共通道侗族自治县委办公室文件", *wrapped[4:],
             "\u3000" * 15 + "中共通道侗族自治县委办公室", "\u3000" * 19 + "2024年4月18日",
             "附件：1.“侗寨红”三年行动重点任务清单", *wrapped[:2], "\u3000" * 12 + "— 2 —",
             "中共通道侗族自治县委办公室文件", *wrapped[2:]]
    path = tmp_path / "plan.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    doc = read_document(Source(path, "plan.txt"))
    assert doc.text.count(para) == 2  # whole, though a page break fell inside each
    assert "— 1 —" not in doc.text and "办公室文件" not in doc.text
    assert "\u3000" * 19 + "2024年4月18日\n附件：" in doc.text
    assert "全面振兴\n" + "\u3000" * 9 + "三年行动的实施方案" in doc.text
    from graph.model import Kind
    from graph.pipeline import extract_document

    ex = extract_document(doc, components=["places"])
    assert "皇都村" in {m.text for m in ex.mentions if m.kind == Kind.PLACE}


# -- Markdown (graph.readers.markdown) ----------------------------------------------------------------

MARKDOWN = """# 支部建在产业链上　党员冲在大棚最前头

原创　潍坊组工　2024年09月12日

**潍坊是农业产业化的重要发源地。**近年来，市委组织部把抓党建促乡村振兴作为“一号工程”。

## 一、建强“主心骨”

- **选优配强“储好苗”。**每村至少储备2名后备人才。
- **擂台比武“赛出劲”。**每年组织村党组织书记“擂台比武”。

> 群众愿意跟你说心里话，工作才能打开局面。
> ——东斟灌村党支部书记　韩立新

![](https://example.org/a.jpg)
图：三元朱村党员技术服务队在大棚里指导菜农

| 村名 | 党员数 |
|---|---:|
| 三元朱村 | 96 |

详见[潍坊市委组织部网站](https://example.org)。

---

来源：潍坊市委组织部组织二科
编辑：曲梦瑶
"""


def test_markdown_is_read_as_the_text_a_reader_sees(tmp_path: Path) -> None:
    # a WeChat article saved as Markdown (held-out KA, written for the tests)
    path = tmp_path / "a.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    doc = read_document(Source(path, "a.md"))
    lines = doc.text.split("\n")
    assert lines[0] == "支部建在产业链上　党员冲在大棚最前头" == doc.title
    assert "一、建强“主心骨”" in lines  # a heading opens with its number, as the genre's rules expect
    assert "选优配强“储好苗”。每村至少储备2名后备人才。" in lines
    assert "——东斟灌村党支部书记　韩立新" in lines  # a quote's lines, as written
    assert "三元朱村\u300096" in lines  # a table row, its cells apart
    assert "详见潍坊市委组织部网站。" in lines
    assert lines[-3:] == ["来源：潍坊市委组织部组织二科", "编辑：曲梦瑶", ""]
    assert not any(mark in doc.text for mark in ("**", "## ", "- **", "> ", "![", "](", "|---"))


def test_a_text_file_in_markdown_is_rendered_and_plain_text_is_not(tmp_path: Path) -> None:
    from graph.readers.markdown import looks_like_markdown

    assert looks_like_markdown(MARKDOWN)
    # numbered notes (#01), a single bold phrase: no Markdown document
    assert not looks_like_markdown("#01\n第一段。\n#02\n第二段，**重点**。\n")
    assert not looks_like_markdown(SAMPLE.read_text("utf-8"))
    path = tmp_path / "a.txt"
    path.write_text(MARKDOWN, encoding="utf-8")
    assert "**" not in read_document(Source(path, "a.txt")).text
    # a long line broken mid-sentence joins the next; Latin words get a space
    from graph.readers.markdown import render

    assert render("村党组织书记“擂台比武”围绕发展集体经济、人居环境整治、矛盾纠纷化解等内容晒\n成绩、比实绩。\n") == (
        "村党组织书记“擂台比武”围绕发展集体经济、人居环境整治、矛盾纠纷化解等内容晒成绩、比实绩。\n")
    assert render("A long English sentence that was wrapped by the\neditor at the margin.\n") == (
        "A long English sentence that was wrapped by the editor at the margin.\n")


def test_an_html_articles_heading_and_info_line_open_its_text(tmp_path: Path) -> None:
    """A county site's article page (held-out LA, written for the tests): trafilatura keeps the <h1>
    and the info line under it as metadata; the title must be the text's first line and the
    info line, which names the authors, the second."""
    paras = "".join(f"<p>{p}</p>" for p in (
        "日前，从县委组织部获悉：2023年，永新县坚持以党建引领村级集体经济发展，纵深推进“消薄”攻坚行动。" * 3,
        "永新县地处江西省吉安市西部、罗霄山脉中段，是井冈山革命根据地的重要组成部分。" * 3,
        "下一步，永新县将持续实施村级集体经济“提质增效”行动，推动村级集体经济由“消薄”向“壮大”迈进。" * 3))
    page = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>永新县人民政府</title></head><body>"
            "<div class=\"nav\"><a href=\"/\">网站首页</a> | <a href=\"/dj\">党建工作</a></div>"
            "<div class=\"article\"><h1>永新县：党建引领“消薄”攻坚\u3000村集体经济由“空壳”变“实心”</h1>\n"
            "<div class=\"info\">发布时间：2024-01-16 09:32\u3000来源：永新县委组织部\u3000作者：左佳慧 段鹏</div>"
            f"{paras}</div><div class=\"footer\">版权所有：永新县人民政府</div></body></html>")
    path = tmp_path / "article.html"
    path.write_text(page, encoding="utf-8")
    doc = read_document(Source(path, "article.html"))
    lines = doc.text.split("\n")
    assert lines[0] == doc.title == "永新县：党建引领“消薄”攻坚\u3000村集体经济由“空壳”变“实心”"
    assert lines[1] == "发布时间：2024-01-16 09:32\u3000来源：永新县委组织部\u3000作者：左佳慧 段鹏"
    assert doc.text.count("永新县：党建引领") == 1 and "网站首页" not in doc.text
    from graph.model import Kind
    from graph.pipeline import extract_document

    ex = extract_document(doc, components=["places", "organizations", "persons"])
    assert {m.label for m in ex.mentions if m.kind == Kind.PERSON} >= {"左佳慧", "段鹏"}
