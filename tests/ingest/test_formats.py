"""Saved web pages and JSON Lines archives: what is read from them, and how each bad case
is reported."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from click.testing import CliRunner

from conftest import SEEDS
from kg.cli import main
from kg.ingest.html import declared_charset, looks_like_html, page_text
from kg.ingest.jsonl import LineSpan, RecordError, parse_published, parse_record, scan_lines
from kg.ingest.reader import InputError, SkipInput, decode, read_file, read_record
from kg.pipeline import DEFAULT_TIME_LIMIT, InputUnit, ReadJob, process_file

TWIN = SEEDS / "002_1ce143350da27395.txt"
PARAGRAPH = ("Chiều ngày 25/12/2020, Đảng bộ Sở Khoa học và Công nghệ đã tổ chức Hội nghị tổng kết công tác "
             "năm 2020. Đồng chí Nguyễn Văn Thành, Bí thư Đảng ủy, Giám đốc Sở chủ trì Hội nghị.")


def _page(body: str, head: str = "", charset: str = "utf-8") -> str:
    return (f'<!DOCTYPE html><html><head><meta charset="{charset}"><title>Tin tức</title>{head}</head><body>'
            f'<nav><a href="/">Trang chủ</a> <a href="/tin">Tin tức</a></nav>{body}'
            '<footer>© Báo điện tử</footer></body></html>')


def test_pages_are_told_from_text_by_their_opening_not_their_name():
    assert looks_like_html("\ufeff  <!DOCTYPE html><html>")
    assert looks_like_html("<!-- saved from url=(0040)https://x.vn/ -->\n<html lang='vi'><head>")
    assert not looks_like_html("Hà Nội <html> là thẻ mở trang")
    assert not looks_like_html(PARAGRAPH)


def test_a_page_declares_its_encoding_and_utf8_bytes_still_win():
    text = _page(f"<article><p>{PARAGRAPH}</p></article>", charset="windows-1258")
    assert declared_charset(text.encode("utf-8")) == "windows-1258"
    # bytes that are valid UTF-8 are UTF-8, whatever the page claims (saved pages keep stale claims)
    assert decode(text.encode("utf-8"), declared="windows-1258") == text
    http_equiv = b'<meta http-equiv="Content-Type" content="text/html; charset=Windows-1258">'
    assert declared_charset(http_equiv) == "windows-1258"


def test_the_article_of_a_page_its_headline_and_stamp(tmp_path):
    # metadata with the day only (as many sites give it), the time on the visible dateline
    head = '<meta property="article:published_time" content="2020-12-28">'
    page = _page(f"<article><h1>Hội nghị tổng kết công tác Đảng năm 2020</h1>"
                 f"<div class='date'>Thứ hai, 28/12/2020 <b>13:39</b></div><p>{PARAGRAPH}</p></article>"
                 "<aside><h3>Tin liên quan</h3><ul><li><a href='/1'>Đồng chí Trần Văn Bình dự hội nghị</a></li>"
                 "</ul></aside>", head)
    got = page_text(page)
    assert PARAGRAPH in got.text and "Trang chủ" not in got.text and "© Báo" not in got.text
    assert got.published == dt.datetime(2020, 12, 28, 13, 39)
    (tmp_path / "a.html").write_text(page, "utf-8")
    from kg import vocab

    article = read_file(tmp_path / "a.html", vocab.load())
    assert article.sentence_text(article.headline) == "Hội nghị tổng kết công tác Đảng năm 2020"
    assert article.published == dt.datetime(2020, 12, 28, 13, 39)


def test_a_page_without_an_article_is_skipped(tmp_path):
    (tmp_path / "menu.html").write_text(_page("<ul>" + "".join(f"<li><a href='/{i}'>Mục {i}</a></li>"
                                                                for i in range(20)) + "</ul>"), "utf-8")
    from kg import vocab

    with pytest.raises(SkipInput, match="no article"):
        read_file(tmp_path / "menu.html", vocab.load())


def test_lines_are_found_without_loading_the_file(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_bytes(b'{"text": "a"}\r\n\n   \n{"text": "b"}\n{"text": "c"}')  # CRLF, blanks, no final break
    spans = list(scan_lines(path, block=5))  # blocks smaller than a line: lines cross them
    assert [s.line for s in spans] == [1, 4, 5]
    data = path.read_bytes()
    assert [json.loads(data[s.offset : s.offset + s.length]) for s in spans] == [{"text": t} for t in "abc"]
    path.write_bytes('{"text": "a"}\n'.encode("utf-16"))
    with pytest.raises(RecordError, match="must be UTF-8"):
        list(scan_lines(path))


@pytest.mark.parametrize("value, expected", [
    ("2007-03-05", dt.date(2007, 3, 5)),
    ("2007-03-05T08:15:42+07:00", dt.datetime(2007, 3, 5, 8, 15)),
    ("2007-03-05T01:15:00Z", dt.datetime(2007, 3, 5, 8, 15)),  # UTC, told in Vietnam's time
    ("2007-03-05 08:15", dt.datetime(2007, 3, 5, 8, 15)),
    ("Thứ Hai, 05/03/2007 08:15", dt.datetime(2007, 3, 5, 8, 15)),
    (1173057300, dt.datetime(2007, 3, 5, 8, 15)),  # seconds since 1970
    ("hôm qua", None), ("", None), (None, None), (True, None), ({"y": 2007}, None),
])
def test_a_records_stamp_in_the_forms_crawls_write(value, expected):
    assert parse_published(value) == expected


@pytest.mark.parametrize("line, reason", [
    ('{"text": "Hội nghị", "url": ', "not valid JSON"),
    ('["text"]', "not a JSON object but a list"),
    ('{"url": "https://x.vn"}', 'no "text" field'),
    ('{"text": 12}', '"text" is not a string'),
    ('{"text": "a", "url": 5}', '"url" is not a string'),
])
def test_a_bad_record_says_why(line, reason):
    with pytest.raises(RecordError, match=reason):
        parse_record(line)


def test_the_size_limit_is_per_line_of_a_jsonl_file(tmp_path, vocab):
    path = tmp_path / "a.jsonl"
    small = json.dumps({"text": PARAGRAPH}, ensure_ascii=False)
    big = json.dumps({"text": PARAGRAPH * 40}, ensure_ascii=False)
    path.write_text(f"{small}\n{big}\n", "utf-8")
    first, second = scan_lines(path)
    assert read_record(path, first, vocab, max_bytes=2000).source_line == 1
    with pytest.raises(SkipInput, match="too large: a line of"):
        read_record(path, second, vocab, max_bytes=2000)
    with pytest.raises(InputError, match="not valid UTF-8"):
        path.write_bytes(b'{"text": "\xc3\xa1 \xff"}\n')
        read_record(path, LineSpan(1, 0, path.stat().st_size - 1), vocab)


@pytest.mark.slow
def test_an_article_that_takes_too_long_is_stopped_and_reported(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text((PARAGRAPH + "\n") * 3000, "utf-8")
    slow = process_file(ReadJob(InputUnit(str(path), str(path)), "long", time_limit=0.01))
    assert slow.facts is None and slow.report.status == "failed" and "--time-limit" in slow.report.reason
    assert DEFAULT_TIME_LIMIT >= 30  # a real article (milliseconds) is never near the default
    ok = process_file(ReadJob(InputUnit(str(path), str(path)), "long", time_limit=None))
    assert ok.report.status == "built"


def test_jsonl_builds_incrementally_like_a_clean_build(tmp_path):
    """--into after lines are added to a JSON Lines file: the graph of a clean build."""
    text = TWIN.read_text("utf-8")
    records = [json.dumps({"text": f"Bản tin số {i}\n\n{text}", "url": f"https://x.vn/{i}.html"}, ensure_ascii=False)
               for i in range(3)]
    src = tmp_path / "dump.jsonl"
    src.write_text("\n".join(records[:2]) + "\n", "utf-8")
    run = CliRunner().invoke
    assert run(main, ["build", str(src), "--into", str(tmp_path / "inc"), "-q"]).exit_code == 0
    src.write_text("\n".join(records) + "\n", "utf-8")
    res = run(main, ["build", str(src), "--into", str(tmp_path / "inc"), "-q"])
    assert res.exit_code == 0 and "3 built" in res.output
    assert run(main, ["build", str(src), "--out", str(tmp_path / "clean"), "-q"]).exit_code == 0
    assert (tmp_path / "inc" / "graph.nq").read_bytes() == (tmp_path / "clean" / "graph.nq").read_bytes()
    manifest = json.loads((tmp_path / "clean" / "manifest.json").read_text("utf-8"))
    assert [(e["line"], e["article_key"]) for e in manifest["inputs"]] == [(1, "dump-1"), (2, "dump-2"), (3, "dump-3")]
