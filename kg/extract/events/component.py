"""The personnel events component: each change of post the article reports done, one event
per person, kind and post, with its date, the body or meeting that decided it and its
sentence; the post an event gives is one the person holds, the post it takes away is not.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import replace
from typing import TYPE_CHECKING, Callable

from kg.extract.dates import find_dates
from kg.extract.meetings.when import is_news_date
from kg.extract.events.parties import Parties, fronted_subject, objects_of, own_leads, subjects_of
from kg.extract.events.posts import (GivenTitles, first_post_taking, titles_each_in_lead, titles_in_lead,
                                     titles_right_after, titles_taken_up)
from kg.extract.events.verbs import VerbMention, personnel_verbs
from kg.extract.patterns import last_match, list_joiner
from kg.extract.persons import PersonMention
from kg.extract.posts import posts_of_titles, resolve_posts
from kg.extract.posts.shared import plural_before
from kg.model import LEAVING_KINDS, PersonnelEvent, Post, Sentence

if TYPE_CHECKING:
    from kg.extract.context import ArticleContext
    from kg.vocab import Vocabulary

_Post = tuple[str | None, str | None, bool]  # role, org, acting
# (a transfer with no post is mostly a deployment: "điều động ông A về xã X để trực chống bão";
# a designation with none a lawyer's or a contractor's: "luật sư được tòa chỉ định")
_ONLY_WITH_POST = ("disciplined", "retired", "transferred", "designated")
_LISTED_WITH_POSTS = ("elected", "reelected", "designated")
_HELD_WITH_NAME = LEAVING_KINDS | {"disciplined"}  # kinds whose post is one the person holds
_NO_POST: _Post = (None, None, False)


def add_events(ctx: ArticleContext) -> None:
    """Component: the article's personnel events (kg.extract.components)."""
    persons_in: dict[int, list[PersonMention]] = defaultdict(list)
    for p in sorted(ctx.persons, key=lambda p: p.start):
        persons_in[p.sentence].append(p)
    events: list[PersonnelEvent] = []
    for index, persons in sorted(persons_in.items()):
        sent = ctx.article.sentences[index]
        verbs = personnel_verbs(ctx.text, sent.start, sent.end, ctx.vocab)
        events += _as_reelections(_with_shared_posts(_sentence_events(ctx, sent, persons, verbs)), ctx.posts)
    events += _results_listed_after(ctx, events)
    # a discipline or a retirement is a personnel event where the article gives the post it
    # concerns (a lawyer "bị Đoàn luật sư kỷ luật", "ông A (giáo viên nghỉ hưu)" hold none)
    ctx.events = _deduped([e for e in events if e.role is not None or e.kind not in _ONLY_WITH_POST])
    ctx.posts = _posts_after_events(ctx.posts, ctx.events, ctx.vocab)


def _results_listed_after(ctx: ArticleContext, events: list[PersonnelEvent]) -> list[PersonnelEvent]:
    """``HĐND tỉnh đã bầu ông A giữ chức Chủ tịch UBND tỉnh. Các Phó Chủ tịch UBND tỉnh gồm ông
    B, C và bà D.``: a sentence with no personnel verb of its own that lists two or more
    holders of one title, right after a sentence reporting an election, lists more of its
    results: each is elected to it, on the same day, by the same body."""
    sentence_of = {s.start: s.index for s in ctx.article.sentences}
    elections = {sentence_of.get(e.evidence.start): e for e in events if e.kind in ("elected", "reelected")}
    with_events = {sentence_of.get(e.evidence.start) for e in events}
    listed: dict[tuple[int, str, str | None], list[Post]] = defaultdict(list)
    for p in ctx.posts:
        i = sentence_of.get(p.evidence.start)
        if i is not None and i - 1 in elections and i not in with_events and p.standing == "current":
            listed[(i, p.role, p.org)].append(p)
    out = []
    for (i, role, org), posts in sorted(listed.items(), key=lambda kv: (kv[0][0], kv[0][1], kv[0][2] or "")):
        if len({p.person for p in posts}) >= 2 and _opens_on_plural_title(ctx, ctx.article.sentences[i], role):
            e = elections[i - 1]
            out += [PersonnelEvent(p.person, "elected", role, org, e.date, e.decided_by, e.meeting, False, p.evidence)
                    for p in posts]
    return out


def _opens_on_plural_title(ctx: ArticleContext, sent: Sentence, role: str) -> bool:
    """Does the sentence name the title as many before its first name (``Các Phó Chủ tịch UBND
    tỉnh gồm ông A, ...``, ``3 Phó bí thư gồm: ...``; not ``Dự hội nghị có bà A, Ủy viên Trung
    ương Đảng, ...; ông B, Ủy viên Trung ương Đảng``)?"""
    first = min((p.opens_at for p in ctx.persons if p.sentence == sent.index), default=sent.end)
    plural = plural_before(ctx.vocab)
    return any(plural.search(ctx.text, max(sent.start, m.start() - 12), m.start())
               and (r := ctx.vocab.role(m.group())) is not None and r.canonical == role
               for m in ctx.vocab.role_re.finditer(ctx.text, sent.start, first))


def _sentence_events(ctx: ArticleContext, sent: Sentence, persons: list[PersonMention],
                     verbs: list[VerbMention]) -> list[PersonnelEvent]:
    out = []
    previous: tuple[VerbMention, Parties] | None = None
    for i, verb in enumerate(verbs):
        limit = _chain_end(ctx, verbs, i, sent.end)
        clause_start = max(sent.start, ctx.text.rfind(";", sent.start, verb.start) + 1)
        if verb.follows_on and (previous is None or previous[0].kind not in LEAVING_KINDS):
            continue  # ("bầu ông A để giữ chức Chủ tịch": the election's own post, no second act)
        parties = _in_series(ctx, previous, verb, persons) if verb.follows_on \
            else _parties(ctx, sent, verb, (clause_start, limit), persons, previous)
        if parties is None:
            continue
        post_limit = _post_limit(ctx, verb, parties, persons, limit)
        posts = [_posts_of(ctx, sent, verb, parties, k, post_limit) for k in range(len(parties.persons))]
        if verb.needs_post and all(role is None for each in posts for role, _, _ in each):
            continue  # "phân công ông A theo dõi, chỉ đạo ...": no post, no event
        previous = (verb, parties)
        date, meeting = _when(ctx, sent, verb)
        decided_by = _decider(ctx, clause_start, verb, parties)
        if decided_by is None and meeting is not None:
            decided_by = ctx.meetings[meeting].organizer
        for person, its_posts in zip(parties.persons, posts):
            for role, org, acting in its_posts:
                out.append(PersonnelEvent(person.name, verb.kind, role, org, date, decided_by, meeting, acting,
                                          ctx.article.evidence(sent.index)))
    return out


def _parties(ctx: ArticleContext, sent: Sentence, verb: VerbMention, clause: tuple[int, int],
             persons: list[PersonMention], previous: tuple[VerbMention, Parties] | None) -> Parties | None:
    """Who undergoes the verb (its CLAUSE: where it starts, where its chain ends): its
    objects, or the persons right before it; for a verb its subject undergoes on its own, the
    persons before it first ("ông A nghỉ hưu, giao lại quyền quản lý cho Phó giám đốc Sở là
    B": A retires, not B); or those of the verb before it in a series; or a fronted clause's."""
    clause_start, limit = clause
    after = [p for p in persons if p.start >= verb.end]
    before = [p for p in persons if p.end <= verb.start]

    def objects() -> Parties | None:
        return objects_of(ctx.text, verb, limit, after, ctx.vocab)

    def subjects() -> Parties | None:
        return subjects_of(ctx.text, verb, clause_start, before, ctx.vocab)

    first, second = (subjects, objects) if verb.own_move else (objects, subjects)
    return first() or second() or _in_series(ctx, previous, verb, persons) \
        or fronted_subject(ctx.text, verb, sent.end, after, ctx.vocab)


def _chain_end(ctx: ArticleContext, verbs: list[VerbMention], i: int, sent_end: int) -> int:
    """Where the i-th verb's clause ends: at the first verb after it that is not chained to
    the one before it (``được điều động, phân công, chỉ định tham gia BCH ...``: one chain)."""
    prev = verbs[i]
    for w in verbs[i + 1 :]:
        if w.follows_on and verbs[i].kind not in LEAVING_KINDS:
            continue  # ("bầu ông A để giữ chức Chủ tịch": the post of this verb, not a second act)
        if not _chained(ctx, prev, w):
            return w.start
        prev = w
    return sent_end


def _post_limit(ctx: ArticleContext, verb: VerbMention, parties: Parties, persons: list[PersonMention],
                limit: int) -> int:
    """A post ends where another name's title starts. After the verb's objects, any later
    name's: ``kỷ luật ông A được Thứ trưởng Bộ X kiêm Cục trưởng Y B thông báo`` (the titles
    after ``kiêm`` are B's). After a verb its subject undergoes, a name's past the first title:
    ``A được bầu làm Tổng Bí thư ..., Tổng Bí thư ... Trung Quốc B; ...`` (the first title after
    the verb is the post, even where a name replaced in it holds it too: ``được bổ nhiệm làm
    Giám đốc Sở X thay cho bà B``)."""
    if parties.after_verb:
        after = parties.persons[-1].end
    else:
        first = ctx.vocab.role_re.search(ctx.text, verb.end, limit)
        after = first.end() if first else verb.end
    return min([limit] + [p.title[0] for p in persons if p.title and p.title[0] >= after])


def _in_series(ctx: ArticleContext, previous: tuple[VerbMention, Parties] | None, verb: VerbMention,
               persons: list[PersonMention]) -> Parties | None:
    """``đồng chí A thôi giữ chức Bí thư Thành ủy ..., thôi giữ chức Chủ tịch HĐND ...``;
    ``A thôi đảm nhiệm chức danh X để giữ chức vụ Y`` (a purpose clause, no comma);
    ``điều động ông A, ..., về công tác tại Bộ X, giao quyền Bộ trưởng Bộ X``; ``... thôi giữ
    chức Phó Bí thư Tỉnh ủy X; đồng thời chỉ định tham gia ...``: a verb after a comma (or a
    semicolon and "đồng thời"), no one named since the persons of the one before it, is done
    to them too."""
    if previous is None:
        return None
    before, parties = previous
    since = max(before.end, parties.persons[-1].end)
    joined = ctx.vocab.memo(("events_series",), lambda: re.compile(
        r"(?:,|;\s*(?:%s))\s*,?\s*$" % ctx.vocab.alternation("series_joiner")))
    if not (verb.follows_on or joined.search(ctx.text, max(0, verb.start - 20), verb.start)) \
            or any(since <= p.start < verb.start for p in persons):
        return None
    return parties


def _chained(ctx: ArticleContext, verb: VerbMention, nxt: VerbMention) -> bool:
    """``điều động, bổ nhiệm đại tá A``; ``miễn nhiệm và điều động ... đối với ông A``: two
    verbs done to the same persons, with a comma, ``và`` or a space between them."""
    between = ctx.text[verb.end : nxt.start]
    return not between.strip() or list_joiner(ctx.vocab).fullmatch(between) is not None


def _posts_of(ctx: ArticleContext, sent: Sentence, verb: VerbMention, parties: Parties, k: int,
              limit: int) -> list[_Post]:
    """The posts the event gives or takes from the k-th person of ``parties``."""
    person = parties.persons[k]
    given = _titles_given(ctx, verb, parties, k, limit)
    posts = [_acting_if(ctx.vocab, role, org, verb.acting) for role, org in _resolved(ctx, person, sent, given)]
    if verb.kind == "transferred":
        posts = _without_seats(ctx, person, sent, given, posts)
    if posts:
        return posts
    # "kỷ luật khiển trách đối với ông A, Chủ tịch UBND tỉnh", "cách chức các ông: A - Phó Bí thư
    # Đảng ủy xã; B - Chủ tịch UBND xã": the posts written with the name here;
    # "bầu đồng chí A giữ chức Bí thư, đồng chí B – Phó Bí thư và đồng chí C – Chi ủy viên": a
    # later name of a list elected, each with its post
    if verb.kind in _HELD_WITH_NAME or (k > 0 and verb.kind in _LISTED_WITH_POSTS):
        held = _held_here(ctx, sent, person)
        if held:
            return held
    return [_NO_POST]


def _acting_if(vocab: Vocabulary, role: str | None, org: str | None, by_verb: bool) -> _Post:
    """The post as the event gives it: acting where its title says so (``giữ chức quyền Giám
    đốc``) or the verb does (``giao quyền Bộ trưởng Bộ X``)."""
    if by_verb and role and (title := vocab.role(role)):
        role = vocab.acting(title).canonical
    return role, org, role is not None and vocab.is_acting(role)


def _without_seats(ctx: ArticleContext, person: PersonMention, sent: Sentence, given: list[GivenTitles],
                   posts: list[_Post]) -> list[_Post]:
    """A transfer's post is the one the person goes to, not the committee seats given with it
    ("điều động, chỉ định tham gia BCH, BTV, giữ chức Bí thư": transferred to Bí thư); the
    seats are held all the same, with no event of their own."""
    seats = {it.role.canonical for g in given if g.seats for it in g.items if it.role}
    _hold(ctx, person, sent, [(role, org) for role, org, _ in posts if role in seats])
    return [p for p in posts if p[0] not in seats]


def _hold(ctx: ArticleContext, person: PersonMention, sent: Sentence, posts: list[tuple[str, str | None]]) -> None:
    """Posts the sentence gives the person with no event of their own, as held (the committee
    seats of a transfer: ``điều động tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Phó Bí
    thư Tỉnh ủy X``, whose committees the post after them names)."""
    known = {(p.person, p.role, p.org) for p in ctx.posts}
    for role, org in posts:
        if (person.name, role, org) not in known:
            ctx.posts.append(Post(person.name, role, org, ctx.article.evidence(sent.index)))


def _held_here(ctx: ArticleContext, sent: Sentence, person: PersonMention) -> list[_Post]:
    """The posts the article gives the person whose titles this sentence writes with the name
    (a post read first in an earlier sentence is kept with that one's evidence)."""
    end = min([sent.end] + [p.start for p in ctx.persons if p.sentence == sent.index and p.start > person.end])
    start = person.title[0] if person.title else person.end
    written = {role.canonical for m in ctx.vocab.role_re.finditer(ctx.text, min(start, person.end), end)
               if (role := ctx.vocab.role(m.group()))}
    return [(p.role, p.org, False) for p in ctx.posts if p.person == person.name
            and (p.evidence.start == sent.start or p.role in written)]


def _titles_given(ctx: ArticleContext, verb: VerbMention, parties: Parties, k: int, limit: int) -> list[GivenTitles]:
    text, vocab = ctx.text, ctx.vocab
    persons = parties.persons
    # (the persons before the verb: its subjects, or the objects of a verb in a series with it,
    # "điều động ông A, ..., về công tác tại Bộ X, giao quyền Bộ trưởng Bộ X")
    if not parties.after_verb or persons[-1].end <= verb.start:
        return _titles_after_verb(ctx, verb, limit if parties.post_end is None else parties.post_end)
    if (leads := own_leads(text, parties, vocab)) is not None:
        lead = titles_in_lead(text, *leads[k], vocab)  # "chức danh X đối với ông A và chức danh Y đối với ông B"
        return [lead] if lead else []
    # the post the first post-taking word after the name gives: "bầu ông A, Phó Bí thư, giữ
    # chức Chủ tịch và bà B giữ chức Phó Chủ tịch"; "bầu ông A, B, C giữ chức Phó Chủ tịch";
    # "bổ nhiệm các ông A và B giữ chức Phó tổng thanh tra; các ông C và D giữ chức Thứ trưởng"
    if (first := first_post_taking(text, persons[k].end, limit, vocab)) is not None:
        window_end = next((p.start for p in persons if p.start > first), limit)
        return titles_taken_up(text, first, window_end, vocab)
    # the post written between the verb and the objects is the list's ("bầu bổ sung Ủy viên UBND
    # tỉnh đối với 4 người, gồm: A, B"); the titles written with the first name are its own
    start, end = parties.lead
    first = persons[0]
    # (the titles written with the first name are its own, not the list's)
    lead_end = first.title[0] if first.title and not text[first.title[3] : first.start].strip() else end
    # "bổ nhiệm Bộ trưởng Bộ X và Bộ trưởng Bộ Y ... đối với ông A và ông B": one title each
    each = titles_each_in_lead(text, start, lead_end, vocab) if len(persons) > 1 else []
    if len(each) == len(persons):
        return [each[k]]
    # (a verb that gives a post only where one is written takes none from the title written
    # with the name: "phân công Phó Thủ tướng A chỉ đạo ..." assigns the Deputy Prime Minister a task)
    lead = titles_in_lead(text, start, lead_end if k > 0 or verb.needs_post else end, vocab)
    return [lead] if lead else []


def _titles_after_verb(ctx: ArticleContext, verb: VerbMention, end: int) -> list[GivenTitles]:
    """The titles right after the verb (``tái đắc cử Bí thư``), and those each post-taking word
    after it opens (``chỉ định tham gia BCH, Ban Thường vụ, giữ chức Phó Bí thư Tỉnh ủy``)."""
    text, vocab = ctx.text, ctx.vocab
    # (not past a post only proposed: "chỉ định tham gia BCH và giới thiệu bầu chức danh Bí thư")
    if proposed := vocab.phrase_re("proposed_word").search(text, verb.end, end):
        end = proposed.start()
    right = titles_right_after(text, verb.end, end, vocab)
    if right is not None and not verb.gives_post:
        return [right]  # "thôi giữ chức A, ..., giữ chức vụ B": B is the post taken up, not left
    taken = titles_taken_up(text, verb.end, end, vocab)
    return ([right] if right else []) + [g for g in taken if right is None or g.items != right.items]


def _resolved(ctx: ArticleContext, person: PersonMention, sent: Sentence,
              given: list[GivenTitles]) -> list[tuple[str, str | None]]:
    """The posts, read as one list: its last body scopes the bare committees before it
    (``tham gia Ban Chấp hành, Ban Thường vụ, giữ chức Bí thư Tỉnh ủy Thái Nguyên``)."""
    mentions = posts_of_titles(person.name, sent.index, [it for g in given for it in g.items], ctx.vocab)
    return [(m.role, org) for m, org in resolve_posts(mentions, ctx.registry)]


def _when(ctx: ArticleContext, sent: Sentence, verb: VerbMention) -> tuple[dt.date | None, int | None]:
    """The event's day: the nearest date of the news the sentence writes before the verb,
    else after it (not a birthday: "sinh ngày 17/10/1960", "(sinh ngày 03 tháng 4 năm 1970)");
    else, where the sentence is one a meeting of the article is read from and names it
    (``Kỳ họp cũng đã miễn nhiệm ...``), that meeting's day."""
    born = ctx.vocab.memo(("events_born",), lambda: re.compile(r"(?i)(?:%s)\s*$" % ctx.vocab.alternation("birth_word")))
    dates = [d for d in find_dates(ctx.text, sent.start, sent.end, ctx.article.day_year, ctx.vocab)
             if not born.search(ctx.text, max(sent.start, d.start - 12), d.start)
             and is_news_date(d.date, ctx.article.published)]
    before = [d for d in dates if d.end <= verb.start]
    if before or dates:
        return (before[-1] if before else dates[0]).date, None
    if ctx.vocab.phrase_re("meeting_noun").search(ctx.text, sent.start, sent.end):
        at = [i for i, m in enumerate(ctx.meetings) if m.date and any(ev.start == sent.start for ev in m.evidence)]
        dated = [i for i, m in enumerate(ctx.meetings) if m.date]
        # (the meeting read from this sentence, else the article's one dated meeting)
        if at or len(dated) == 1:
            i = (at or dated)[0]
            return ctx.meetings[i].date, i
    return None, None


def _decider(ctx: ArticleContext, clause_start: int, verb: VerbMention, parties: Parties) -> str | None:
    """``Bộ Chính trị đã phân công ...``, ``được các đại biểu HĐND huyện bầu``: the body
    named last before the verb in its clause, after the persons who undergo it and their
    apposition (``A, Phó Chủ tịch UBND tỉnh X, được bầu``: not that UBND)."""
    after = max([clause_start] + [p.end for p in parties.persons if p.end <= verb.start])
    if not parties.after_verb and (marker := _last_marker(ctx, after, verb.start)) is not None:
        after = marker
    elif not parties.after_verb:
        return None
    bodies = [b for b in ctx.bodies if after <= b.start and b.end <= verb.start and verb.start - b.end <= 60]
    return ctx.registry.add(bodies[-1]) if bodies else None


def _last_marker(ctx: ArticleContext, start: int, end: int) -> int | None:
    """Where the last "được" / "bị" between a subject and its verb ends: the agent follows it."""
    found = last_match(ctx.vocab.phrase_re("undergo_marker"), ctx.text, start, end)
    return found.end() if found else None


def _with_shared_posts(events: list[PersonnelEvent]) -> list[PersonnelEvent]:
    """``miễn nhiệm chức danh Chủ tịch UBND huyện đối với đồng chí A (nghỉ hưu theo chế
    độ)``: a retirement written with no post is from the post the sentence takes from A;
    ``điều động ông A về công tác tại Bộ X, giao quyền Bộ trưởng Bộ X``: a transfer written
    with no post is to the post the sentence gives A."""
    lost = {e.person: e for e in events if e.role and e.ends_post}
    given = {e.person: e for e in events if e.role and e.gives_post and e.kind != "transferred"}
    out = []
    for e in events:
        source = (lost if e.ends_post else given if e.kind == "transferred" else {}).get(e.person)
        out.append(replace(e, role=source.role, org=source.org, acting=source.acting) if e.role is None and source else e)
    return out


def _as_reelections(events: list[PersonnelEvent], posts: list[Post]) -> list[PersonnelEvent]:
    """``phê chuẩn kết quả bầu Phó Chủ tịch UBND tỉnh nhiệm kỳ 2021 - 2026 đối với ông A, Phó
    Chủ tịch UBND tỉnh nhiệm kỳ 2016 - 2021``: an election to the post (title and body) the
    person held in the term before, which the sentence writes with the name, is a
    re-election (not "nguyên Bộ trưởng Bộ X A được bầu giữ chức Bộ trưởng Bộ Y")."""
    held = {(p.person, p.role, p.org, p.evidence.start) for p in posts if p.former}
    return [replace(e, kind="reelected") if e.kind == "elected" and (e.person, e.role, e.org, e.evidence.start) in held
            else e for e in events]


def _deduped(events: list[PersonnelEvent]) -> tuple[PersonnelEvent, ...]:
    """One event per person, kind and post: the first the article writes, with a date if any
    of its writings gives one."""
    out: dict[tuple, PersonnelEvent] = {}
    for e in events:
        key = (e.person, e.kind, e.role, e.org)
        if key not in out or (out[key].date is None and e.date is not None):
            out[key] = e
    # a post written with its body makes the same post written bare redundant, an event with
    # its post the same event written with none, and a re-election to a post the election to
    # it the article also writes ("A tái đắc cử Bí thư Tỉnh ủy"; "A được bầu giữ chức Bí thư")
    with_org = {(e.person, e.kind, e.role) for e in out.values() if e.org}
    with_role = {(e.person, e.kind) for e in out.values() if e.role}
    reelected = {(e.person, e.role) for e in out.values() if e.kind == "reelected"}
    return tuple(e for (person, kind, role, org), e in out.items()
                 if (org or (person, kind, role) not in with_org) and (role or (person, kind) not in with_role)
                 and not (kind == "elected" and (person, role) in reelected))


def _posts_after_events(posts: list[Post], events: tuple[PersonnelEvent, ...], vocab: Vocabulary) -> list[Post]:
    """The post an event gives is held, the post one takes away is a former one (guideline:
    the post someone is relieved of or retires from is not current), where the article has
    not already said so. A post taken away is the one of that body where the event names one
    (``thôi tham gia Ban Chấp hành Thành ủy A ..., tham gia Ban Chấp hành Thành ủy B``)."""
    ended = [e for e in events if e.ends_post and e.role]
    deputy = min(vocab.words("deputy_word")) + " "

    def lost(person: str, role: str, org: str | None) -> bool:
        return any(e.person == person and e.role == role and (org is None or e.org in (None, org)) for e in ended)

    promoted = {(e.person, e.role, e.org) for e in events if e.gives_post and e.role}
    ministry = vocab.words("ministry_deputy"), vocab.words("ministry_head")

    def stand_in_of_new(person: str, role: str, org: str | None) -> bool:
        # "chuẩn y đồng chí A, Phó Bí thư Quận ủy, giữ chức vụ Bí thư Quận ủy X": the deputy's
        # post of the body whose head A becomes is left, as is the acting one ("bầu ông A,
        # quyền Chủ tịch UBND tỉnh, giữ chức Chủ tịch UBND tỉnh"), and a deputy minister's
        # ("ông A, Thứ trưởng Bộ X, được phê chuẩn bổ nhiệm Bộ trưởng Bộ X")
        # ("bầu bà A, Phó Chủ tịch Thường trực Hội LHPN tỉnh, giữ chức Chủ tịch"): a deputy's of any kind
        return any(person == p and (role == vocab.acting_title(r) or role.startswith(deputy + r)
                                    or role in ministry[0] and r in ministry[1])
                   and (org is None or o == org) for p, r, o in promoted)

    moved = _moved_to_province(events, vocab)
    stripped = _stripped_of_their_one_post(posts, events)
    out = [replace(p, former=True) if p.standing == "current"
           and (lost(p.person, p.role, p.org) or stand_in_of_new(p.person, p.role, p.org)
                or _left_province(p, moved, vocab) or p.person in stripped) else p for p in posts]
    return out + _posts_events_give(out, events, lost)


def _posts_events_give(posts: list[Post], events: tuple[PersonnelEvent, ...],
                       lost: Callable[[str, str, str | None], bool]) -> list[Post]:
    """The posts the events give or take that the article has not written as posts."""
    known = {(p.person, p.role, p.org, p.standing) for p in posts}
    added = []
    for e in events:
        if e.role is None or not (e.gives_post or e.ends_post) or (e.gives_post and lost(e.person, e.role, e.org)):
            continue
        post = Post(e.person, e.role, e.org, e.evidence, former=e.ends_post)
        if (post.person, post.role, post.org, post.standing) not in known:
            added.append(post)
            known.add((post.person, post.role, post.org, post.standing))
    return added


def _stripped_of_their_one_post(posts: list[Post], events: tuple[PersonnelEvent, ...]) -> set[str]:
    """Persons relieved of a post the sentence does not name (``kỷ luật cách chức ông Thắng,
    Lập và Hùng``) who hold one post in the article: it is that one they lose (one of
    several, the words do not say which)."""
    relieved = {e.person for e in events if e.kind == "relieved" and e.role is None}
    given = {e.person for e in events if e.gives_post}
    held: dict[str, int] = defaultdict(int)
    for p in posts:
        if p.person in relieved and p.standing == "current":
            held[p.person] += 1
    return {person for person, n in held.items() if n == 1 and person not in given}


_MOVING_KINDS = ("transferred", "designated", "appointed")


def _moved_to_province(events: tuple[PersonnelEvent, ...], vocab: Vocabulary) -> dict[str, set[str]]:
    """The provinces each person is moved or appointed to a post of, by name."""
    moved: dict[str, set[str]] = defaultdict(set)
    for e in events:
        if e.kind in _MOVING_KINDS and e.org:
            moved[e.person].update(vocab.place_re.findall(e.org))
    return moved


def _left_province(post: Post, moved: dict[str, set[str]], vocab: Vocabulary) -> bool:
    """Is POST one of a province its holder is moved away from: "ông A - Chủ tịch UBND tỉnh
    Lai Châu, được điều động ... giữ chức Phó Bí thư Tỉnh ủy Điện Biên" leaves Lai Châu (one
    person holds local posts in one province at a time)?"""
    to = moved.get(post.person)
    if not to or not post.org:
        return False
    places = set(vocab.place_re.findall(post.org))
    return bool(places) and not places & to
