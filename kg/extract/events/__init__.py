"""Personnel events: the changes of post the article reports done (GUIDELINE "events").

``Các đại biểu HĐND huyện đã bỏ phiếu bầu đồng chí A, Phó Bí thư Huyện ủy, giữ chức Chủ tịch
UBND huyện`` is one event: A elected Chủ tịch of the UBND huyện, decided by the HĐND huyện.

- ``verbs``: the personnel verbs and their kind, the planned ones left out;
- ``parties``: the persons a verb is done to, after it, or who undergo it, before it;
- ``posts``: the post an event gives or takes, as written around the verb;
- ``component``: ``add_events``, the component (kg.extract.components): the events, and the
  posts they give and take.
"""
from __future__ import annotations

from kg.extract.events.component import add_events

__all__ = ["add_events"]
