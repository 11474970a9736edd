"""Saved web pages: the article's main text, headline, publication stamp and URL.

A saved news page is mostly menus, sidebars, "related news" and footers; the article is
one block in it. Finding that block is trafilatura's job (a well-kept extractor with
fallbacks to readability and jusText), and its htmldate finds the publication stamp in
the page's metadata or visible text. Our text pipeline then reads the result like any
plain-text article.
"""
from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass

from kg.ingest.dateline import dateline_stamp, has_date

_HTML_START_RE = re.compile(r"[\s\ufeff]*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>])", re.I | re.S)
# <meta charset="windows-1258"> or <meta http-equiv="Content-Type" content="text/html; charset=...">
_META_CHARSET_RE = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.I)
_STAMP_FORMAT = "%Y-%m-%d %H:%M"
_NOT_SHOWN = {"script", "style", "noscript", "template", "head"}
_DATELINE_MAX_DESCENDANTS = 12
# an article has prose: at least one paragraph this long (an index page of links has none)
_MIN_PARAGRAPH_WORDS = 12


class NotAnArticle(ValueError):
    """A page with no main text to read (an index page, a form, an empty shell)."""


@dataclass(frozen=True, slots=True)
class PageText:
    text: str  # the main text, one paragraph per line
    title: str | None  # the page's headline
    published: dt.date | dt.datetime | None
    url: str | None


def looks_like_html(text: str) -> bool:
    """True for a document that opens as an HTML page (whatever the file is called)."""
    return _HTML_START_RE.match(text[:4096]) is not None


def declared_charset(data: bytes) -> str | None:
    """The character encoding a page declares in its first bytes, if any."""
    m = _META_CHARSET_RE.search(data[:4096])
    return m.group(1).decode("ascii").lower() if m else None


def _stamp(value: str | None) -> dt.date | dt.datetime | None:
    if not value:
        return None
    try:
        stamp = dt.datetime.strptime(value, _STAMP_FORMAT)
    except ValueError:
        return None
    # htmldate writes 00:00 when a page gives the day only; a stamp at exactly midnight
    # is far rarer than a page without a time
    return stamp.date() if stamp.time() == dt.time(0, 0) else stamp


def _shown_dateline(tree, day: dt.date | None) -> dt.datetime | dt.date | None:
    """The page's visible dateline ("28/12/2020 13:39", "Thứ hai, 28/12/2020 - 13:39"):
    the first small element whose whole text is one, on DAY when the page's metadata gave
    a day. Metadata often gives the day only; the visible line gives the time too."""
    from lxml import etree

    etree.strip_elements(tree, *_NOT_SHOWN, with_tail=False)
    looked_at: set = set()
    for node in tree.xpath("//text()"):
        if not has_date(node):
            continue
        # the element the text is part of (a tail belongs to its element's parent), and the
        # one around that ("<div>28/12/2020 <span>13:39</span></div>")
        el = node.getparent()
        if el is not None and node.is_tail:
            el = el.getparent()
        for candidate in (el, el.getparent() if el is not None else None):
            if candidate is None or candidate in looked_at \
                    or next(itertools.islice(candidate.iterdescendants(), _DATELINE_MAX_DESCENDANTS, None), None) is not None:
                continue  # (a dateline is a small element: the text of big ones is never read whole)
            looked_at.add(candidate)
            text = " ".join(candidate.text_content().split())
            if len(text) <= 90 and (stamp := dateline_stamp(text)):
                stamp_day = stamp.date() if isinstance(stamp, dt.datetime) else stamp
                if day is None or stamp_day == day:
                    return stamp
    return None


def page_text(html: str) -> PageText:
    """The article in an HTML page. Raises NotAnArticle when the page has no main text."""
    import trafilatura  # imported on the first page only: it takes a fifth of a second
    from trafilatura.utils import load_html

    tree = load_html(html)
    if tree is None:
        raise NotAnArticle("not a web page that can be parsed")
    doc = trafilatura.bare_extraction(
        tree,
        with_metadata=True,
        include_comments=False,  # readers' comments are not the article's statements
        include_tables=True,
        date_extraction_params={"outputformat": _STAMP_FORMAT, "original_date": True, "extensive_search": True},
    )
    body = (doc.text or "").strip() if doc is not None else ""
    if not any(len(line.split()) >= _MIN_PARAGRAPH_WORDS for line in body.splitlines()):
        raise NotAnArticle("no article text found in the page")
    published = _stamp(doc.date)
    if not isinstance(published, dt.datetime):
        published = _shown_dateline(load_html(html), published) or published
    return PageText(body, " ".join((doc.title or "").split()) or None, published, doc.url or None)
