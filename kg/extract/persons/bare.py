"""5. A full name needs no marks: three or four capitals opening with a surname (court and
crime reports name people bare: ``Nguyễn Mậu Thôn, người thiết kế ...``)."""
from __future__ import annotations

from kg.extract.persons.mentions import plain_name
from kg.extract.persons.runs import CapitalRun
from kg.vocab import Vocabulary


def bare_full_name(run: CapitalRun, vocab: Vocabulary) -> bool:
    """Is the run itself a full name with a known surname first and nothing else in it, and
    not a figure of the past whose name, written bare, names streets and schools (``khu đồ
    hiệu Nguyễn Đình Chiểu``, ``ĐH Bán công Tôn Đức Thắng``)?"""
    return run.off == 0 and len(run.name.split()) in (3, 4) and plain_name(run.name, vocab) \
        and vocab.past_figure_since(run.name) is None
