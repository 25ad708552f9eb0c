"""Documents: real .docx and .pdf files made here (python-docx; PDFs written by pypdf and by
hand), an encrypted one, an image-only one, a 500-page one; the checks as written."""

from __future__ import annotations

import io

import pytest

from furikaeri.documents import DocumentError, check_document, count_chars, read_upload

SELF_PR = (
    "私の強みはコミュニケーション能力です。責任感が強く、誰とでもすぐに打ち解けることができます。"
)
MOTIVATION = "食品業界で自分の営業経験を活かし、力を発揮したいと考えたからです。成長できる環境で働きたいと思いました。"


def _docx(paragraphs: list[str], table: list[list[str]] | None = None) -> bytes:
    import docx

    document = docx.Document()
    for p in paragraphs:
        document.add_paragraph(p)
    if table:
        t = document.add_table(rows=len(table), cols=len(table[0]))
        for i, row in enumerate(table):
            for j, cell in enumerate(row):
                t.cell(i, j).text = cell
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _text_pdf(lines: list[str], *, pages: int = 1) -> bytes:
    """A minimal PDF written by hand: a CID font (Adobe-Japan1, UniJIS-UCS2-H) so pypdf reads
    the Japanese back through the ToUnicode of its predefined CMap."""

    def utf16(text: str) -> str:
        return text.encode("utf-16-be").hex().upper()

    content = (
        "BT /F1 12 Tf 50 780 Td 14 TL " + " ".join(f"<{utf16(t)}> Tj T*" for t in lines) + " ET"
    )
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        None,  # pages, below
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type0 /BaseFont /HeiseiKakuGo-W5 /Encoding /UniJIS-UCS2-H "
        "/DescendantFonts [5 0 R] >>",
        "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /HeiseiKakuGo-W5 "
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (Japan1) /Supplement 2 >> /FontDescriptor 6 0 R >>",
        "<< /Type /FontDescriptor /FontName /HeiseiKakuGo-W5 /Flags 4 /FontBBox [0 -200 1000 900] "
        "/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>",
    ]
    page_ids = []
    for _ in range(pages):
        objects.append(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R "
            "/Resources << /Font << /F1 4 0 R >> >> >>"
        )
        page_ids.append(len(objects))
    objects[1] = (
        f"<< /Type /Pages /Kids [{' '.join(f'{i} 0 R' for i in page_ids)}] /Count {pages} >>"
    )
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n{body}\nendobj\n".encode("latin-1"))
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return out.getvalue()


def _blank_pdf(pages: int, *, password: str | None = None) -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)
    if password:
        writer.encrypt(user_password=password, owner_password=password + "-owner")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_docx_with_paragraphs_and_a_table() -> None:
    data = _docx(["自己PR", SELF_PR], table=[["資格", "日商簿記2級"]])
    text = read_upload("職務経歴書.docx", data)
    assert SELF_PR in text and "日商簿記2級" in text


def test_a_text_pdf_is_read() -> None:
    text = read_upload("resume.pdf", _text_pdf(["自己PR", SELF_PR]))
    assert "コミュニケーション能力" in text


def test_an_encrypted_pdf_gets_a_clear_message() -> None:
    data = _blank_pdf(1, password="secret")
    from pypdf import PdfReader

    assert PdfReader(io.BytesIO(data)).is_encrypted
    with pytest.raises(DocumentError) as err:
        read_upload("locked.pdf", data)
    assert "パスワード" in err.value.message and err.value.field == "file"


def test_a_truncated_pdf_gets_our_message_and_no_log_line_of_the_library(
    caplog: pytest.LogCaptureFixture,
) -> None:
    whole = _text_pdf(["自己PR", SELF_PR])
    with caplog.at_level("WARNING"), pytest.raises(DocumentError) as err:
        read_upload("cut.pdf", whole[: len(whole) // 3])
    assert "PDF として読めません" in err.value.message
    assert not [r for r in caplog.records if r.name.startswith("pypdf")]


@pytest.mark.parametrize(
    ("name", "data", "words"),
    [
        ("scan.pdf", _blank_pdf(2), "画像だけ"),
        ("huge.pdf", _blank_pdf(500), "500ページ"),
        ("broken.pdf", b"%PDF-1.4 not really", "PDF として読めません"),
        ("broken.docx", b"PK\x03\x04 not a zip", "Word"),
        ("photo.png", b"\x89PNG", ".txt・.docx"),
        ("big.txt", b"a" * (5 * 1024 * 1024 + 1), "大きすぎ"),
    ],
)
def test_files_that_cannot_be_read(name: str, data: bytes, words: str) -> None:
    with pytest.raises(DocumentError) as err:
        read_upload(name, data)
    assert words in err.value.message


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp932", "euc_jp"])
def test_text_files_in_the_usual_encodings(encoding: str) -> None:
    assert read_upload("es.txt", SELF_PR.encode(encoding)) == SELF_PR


def test_sections_are_judged_against_the_company() -> None:
    text = f"■志望動機\n{MOTIVATION}\n■自己PR\n{SELF_PR}\n"
    check = check_document(
        text, kind="career", company="株式会社あおば食品", company_profile="冷凍餃子"
    )
    assert check.sections == ("志望動機", "自己PR")
    codes = {(f.section, f.code) for f in check.findings}
    assert ("志望動機", "motivation.generic") in codes and ("自己PR", "self_pr.abstract") in codes
    assert all(f.evidence for f in check.findings)


def test_long_sentences_and_the_share_of_the_limit() -> None:
    long = "前職では毎月の営業会議で先輩や上司と一緒に新しい顧客の開拓方法を議論しながら目標達成に向けて日々努力を重ねてまいりました。"
    check = check_document(
        SELF_PR + long, kind="es", question="自己PRをしてください", char_limit=400
    )
    assert [s.chars for s in check.long_sentences] == [count_chars(long)]
    assert check.limit_level == "low" and "8割" in check.limit_message
    full = check_document(
        "あ。" * 190, kind="es", question="学生時代に力を入れたこと", char_limit=400
    )
    assert full.limit_level == "good"
    over = check_document("あ。" * 210, kind="es", char_limit=400)
    assert over.limit_level == "over" and "超えて" in over.limit_message


def test_a_document_without_judged_sections_still_gets_the_sentence_check() -> None:
    check = check_document("氏名 見本太郎\n住所 東京都", kind="resume")
    assert check.findings == () and check.notes
