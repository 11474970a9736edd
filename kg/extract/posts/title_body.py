"""The body of one title item: the words written after a title, completed with the body
the title names or implies (``Cục trưởng Thú y`` → ``Cục Thú y``; ``Chủ tịch xã X`` → the
``Ủy ban nhân dân xã X``; a bare ``Thứ trưởng`` → the article's ``Bộ``)."""
from __future__ import annotations

import re

from kg.extract.bodies import BodyMention, Level, ends_name, parse_body, split_levels
from kg.ingest.normalize import fold
from kg.vocab import Role, Vocabulary


def item_body(text: str, pos: int, limit: int, role: Role | None, vocab: Vocabulary,
              bare_ok: bool = True) -> tuple[tuple[Level, ...] | None, int]:
    """The body of one title item, as written after the title (pos: right after its space),
    and where it ends.

    ``bare_ok``: whether a title with nothing after it may take its implied body (Thứ
    trưởng → the article's Bộ). Not where other words follow that name no body
    (``Thứ trưởng các vấn đề kỹ thuật ...``): the writer named a body we cannot read.
    """
    body = _words_after_title(text, pos, limit, vocab)
    head_at = _small_head_ending_title(text, pos, role, vocab) if body is None else None
    if head_at is not None:
        body = _name_opened_by_title(text, head_at, pos, limit, vocab)
        if body is None:
            return None, pos - 1
    if body is not None and body.doubtful:
        return None, body.end  # the name may be cut: leave the post's body unsaid
    end = body.end if body else pos - 1
    written = _completed(text, body, end, limit, role, vocab, bare_ok)
    return (split_levels(written, vocab) if written else None), end


def _words_after_title(text: str, pos: int, limit: int, vocab: Vocabulary) -> BodyMention | None:
    """``Thứ trưởng Bộ Công an``: the body words right after the title's space; None where
    no word is read and none is in doubt (a verb or punctuation follows the title)."""
    if text[pos - 1 : pos] != " ":
        return None
    body = parse_body(text, pos, limit, vocab, headless=True)
    if body is not None and body.end <= pos and not body.doubtful:
        return None
    return body


def _small_head_ending_title(text: str, pos: int, role: Role | None, vocab: Vocabulary) -> int | None:
    """``trưởng phòng tài chính UBND thị xã Vĩnh Yên``: where the title ends in its body's
    head, written small or needing a name (trưởng phòng, phó Ban), and small words follow,
    where that head starts; None otherwise."""
    if role is None or not role.body_prefix:
        return None
    prefix_head = vocab.head(role.body_prefix)
    if prefix_head is None:
        return None
    head_at = pos - 1 - len(role.body_prefix)
    if head_at < 0 or fold(text[head_at : pos - 1]) != fold(role.body_prefix):
        return None
    if not (text[head_at].islower() or prefix_head.needs == "name"):
        return None
    return head_at if text[pos : pos + 1].islower() else None


def _name_opened_by_title(text: str, head_at: int, pos: int, limit: int, vocab: Vocabulary) -> BodyMention | None:
    """``trưởng phòng tài chính UBND thị xã Vĩnh Yên``: the title's own head opens the body's
    name, written small with it. None where we cannot read that name (``trưởng phòng cấp chủ
    quyền nhà Sở X``): the post's body is then one we cannot name, not the article's other
    Phòng."""
    inner = parse_body(text, head_at, limit, vocab, in_title=True)
    if inner is None or inner.end <= pos or inner.doubtful \
            or vocab.phrase_re("name_word").fullmatch(text[pos : inner.end]):  # "chánh văn phòng | hội": which hội?
        return None
    return inner


def _completed(text: str, body: BodyMention | None, end: int, limit: int, role: Role | None, vocab: Vocabulary,
               bare_ok: bool) -> str:
    """The body's name as written, completed with what the title says of it."""
    written = body.text if body else ""
    if role is None:
        return written
    headless = body is not None and body.levels[0].head is None
    if role.unit_body and headless and vocab.phrase_re("place_unit", re.IGNORECASE).match(written):
        # "chủ tịch xã Thạch Hóa", "Chủ tịch huyện": a local unit's chair chairs its Ủy ban nhân dân
        return f"{role.unit_body} {written}"
    if role.body_prefix:
        return _with_title_head(written, body, role, vocab)
    if role.implied_head:
        return _with_implied_head(text, body, end, limit, role, vocab, bare_ok)
    return written


def _with_title_head(written: str, body: BodyMention | None, role: Role, vocab: Vocabulary) -> str:
    """``Ủy viên Ban Thường vụ Tỉnh ủy X``: a title that names its body (``Ban Thường vụ``)
    puts it in front of the words after it, unless they already open with it (``CT UBND
    tỉnh X``)."""
    prefix_head = vocab.head(role.body_prefix)
    own_head = body.levels[0].head if body else None
    if (own_head and prefix_head and own_head.head == prefix_head.head) or _opens_with(written, role.body_prefix, vocab):
        return written
    if own_head and prefix_head and prefix_head.needs == "place":
        # "phó trưởng đoàn Thanh tra Chính phủ": a body placed by a province (the Assembly's
        # delegation) is of no other body; the title is of a team of the body written
        return written
    return f"{role.body_prefix} {written}".strip()


def _with_implied_head(text: str, body: BodyMention | None, end: int, limit: int, role: Role, vocab: Vocabulary,
                       bare_ok: bool) -> str:
    """``Cục trưởng Thú y`` → ``Cục Thú y``; ``Thứ trưởng Công an`` → ``Bộ Công an``; a bare
    ``Thứ trưởng`` → ``Bộ`` (the article's), where what follows names no body we cannot read
    (not ``Hiệu trưởng Trường đại học Quy Nhơn``)."""
    written = body.text if body else ""
    headless = body is not None and body.levels[0].head is None
    if headless and vocab.role_re.match(written):
        return ""  # "Bộ trưởng Chủ nhiệm Ủy ban TDTT": a second title, not the ministry's name
    if (headless or _other_bare_head(body, role)) and not _opens_with(written, role.implied_head, vocab):
        return f"{role.implied_head} {written}"
    if not written and bare_ok and _nothing_named_after(text, end, limit, vocab):
        return role.implied_head
    return written


def _nothing_named_after(text: str, end: int, limit: int, vocab: Vocabulary) -> bool:
    """Nothing after the title, or a verb (``Cục trưởng | trình bày``); not other words that
    name no body we can read (``Thứ trưởng các vấn đề kỹ thuật``)."""
    follows = text[end:limit].lstrip()  # from right after the title (or its body)
    at = limit - len(follows)
    return (not follows or follows[0] in ",;.)–-:(" or follows[0].isupper() or ends_name(text, at, limit, vocab)) \
        and not vocab.head_re.match(follows)


def _opens_with(written: str, body: str, vocab: Vocabulary) -> bool:
    """Do the words after a title already name the body the title implies, perhaps
    abbreviated (``Tổng Bí thư BCH T.Ư``: ``BCH`` is the Ban Chấp hành the title names)?"""
    first = written.split(" ", 1)[0]
    if not first:
        return False
    spelled = fold(vocab.abbreviations.get(first, first))
    return fold(written).startswith(fold(body)) or fold(body).startswith(spelled)


def _other_bare_head(body: BodyMention | None, role: Role) -> bool:
    """``Thứ trưởng Công an``: a minister's title before another body's bare head names
    the ministry of it."""
    if body is None or len(body.levels) != 1:
        return False
    lv = body.levels[0]
    return bool(lv.head and lv.head.head != role.implied_head and not lv.own and lv.head.needs == "place")
