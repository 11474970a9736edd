"""Meetings an article reports as held, and who did what at them.

Held, not mentioned: a report says so in a sentence that dates the meeting (or opens the
article) and has a body hold it: ``Ngày 28/6/2019 tại Hà Nội, Đảng ủy Bộ KH&CN đã tổ chức
Hội nghị ...``. A meeting named in passing (``tại Hội nghị X mới diễn ra``, ``hoàn thành
việc tổ chức Đại hội``) is not reported as held. Where no sentence reports it, the headline
(or the URL slug standing in for it) names the meeting the article is about.

- ``title``: a meeting's noun and where its name ends;
- ``held``: held or only mentioned (or planned, or of another time);
- ``when``: its date, near the article's;
- ``organizer``: where it was held and which body held it;
- ``roles``: chairs, speakers, presenters and attendees, one function per way of writing each;
- ``find``: the candidates of an article, put together (``find_meetings``).

Their words are vocabulary classes (``meeting_*`` in kg/vocab/lexicon.tsv), read through
the article's Vocabulary.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.meetings.draft import MeetingDraft
from kg.extract.meetings.find import find_meetings
from kg.model import Meeting

if TYPE_CHECKING:
    from kg.extract.context import ArticleContext

__all__ = ["MeetingDraft", "add_meetings", "find_meetings"]


def add_meetings(ctx: ArticleContext) -> None:
    """Component: the meetings the article reports held, with who chaired, spoke,
    presented and attended (kg.extract.components)."""
    ctx.meetings = tuple(
        Meeting(
            title=d.title,
            date=d.date,
            location=d.location,
            organizer=d.organizer,
            chairs=tuple(d.chairs),
            speakers=tuple(d.speakers),
            presenters=tuple(d.presenters),
            attendees=tuple(d.attendees),
            documents=tuple(dict.fromkeys(d.documents)),
            evidence=tuple(ctx.article.evidence(s) for s in sorted(d.evidence)),
        )
        for d in find_meetings(ctx)
    )
