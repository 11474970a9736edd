"""A meeting as the rules build it up, sentence by sentence, before it becomes a Meeting."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass
class MeetingDraft:
    title: str
    sentence: int | None  # the sentence reporting it held (None: from the headline/URL)
    noun_start: int
    title_end: int
    date: dt.date | None = None
    location: str | None = None
    organizer: str | None = None
    chairs: list[str] = field(default_factory=list)
    speakers: list[str] = field(default_factory=list)
    presenters: list[str] = field(default_factory=list)
    attendees: list[str] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    evidence: list[int] = field(default_factory=list)  # sentence indexes

    def add(self, role: str, names: list[str], sentence: int) -> None:
        bucket = getattr(self, role)
        for n in names:
            if n not in bucket:
                bucket.append(n)
        if names and sentence not in self.evidence:
            self.evidence.append(sentence)
