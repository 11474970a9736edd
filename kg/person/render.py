"""Officials found and careers as JSON (one object a test can read), CSV (one row per
career line) or readable text."""
from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict

from kg.person.career import Career, Line, Namesake

# a career's parts, in the order they are shown: (attribute, heading)
SECTIONS = (("posts", "Posts"), ("events", "Other personnel events"), ("meetings", "Meetings chaired or spoken at"),
            ("documents", "Documents"), ("colleagues", "Officials met most often"))
CSV_COLUMNS = ("name", "iri", "section", "what", "detail", "first", "last", "date", "article", "sentence")
SHOWN_EVIDENCE = 2  # sentences shown a line in the text output


def _line(line: Line) -> dict:
    return {"what": line.what, **line.detail, "first": line.first, "last": line.last,
            "evidence": [asdict(e) for e in line.evidence], **({"events": [_line(e) for e in line.events]}
                                                                 if line.events else {})}


def _post(line: Line) -> dict:
    """A post as JSON: its title first (a post's ``what``)."""
    shown = _line(line)
    return {"title": shown.pop("what"), **shown}


def to_json(query: str, careers: list[Career], namesakes: list[Namesake]) -> str:
    officials = [{**asdict(c.official), "posts": [_post(p) for p in c.posts],
                  **{k: [_line(x) for x in getattr(c, k)] for k, _ in SECTIONS[1:]}} for c in careers]
    officials += [{**asdict(n.official), "posts": n.posts, "places": n.places, "years": n.years,
                   "named_in": n.articles, "said": n.said} for n in namesakes]
    return json.dumps({"query": query, "matches": len(officials), "officials": officials},
                      ensure_ascii=False, indent=1) + "\n"


def _detail(line: Line) -> str:
    return "; ".join(f"{k}={v}" for k, v in line.detail.items() if v and k != "iri")


def to_csv(careers: list[Career], namesakes: list[Namesake]) -> str:
    """One row per career line and piece of evidence (a post's events follow it as lines of
    section 'event'); for namesakes, one row each."""
    buf = io.StringIO()
    out = csv.writer(buf, lineterminator="\n")
    out.writerow(CSV_COLUMNS)
    for c in careers:
        for section, _ in SECTIONS:
            for line in getattr(c, section):
                for sub, row in [(section, line)] + [("event", e) for e in line.events]:
                    for e in row.evidence or [None]:
                        out.writerow([c.official.name, c.official.iri, sub.rstrip("s"), row.what, _detail(row),
                                      row.first, row.last, e.date if e else "", e.article if e else "",
                                      e.sentence if e else ""])
    for n in namesakes:
        out.writerow([n.official.name, n.official.iri, "namesake", "; ".join(n.posts),
                      f"articles={n.official.articles}; places={', '.join(n.places)}; "
                      f"years={', '.join(map(str, n.years))}", "", "", "", "; ".join(n.articles), ""])
    return buf.getvalue()


def _span(line: Line) -> str:
    if not line.first:
        return "undated"
    return line.first if line.first == line.last else f"{line.first} … {line.last}"


def _text_line(line: Line, indent: str, mark: str = "") -> list[str]:
    detail = _detail(line)
    shown = [f"{indent}{mark}{line.what}" + (f" ({detail})" if detail else "") + f"  [{_span(line)}; "
             f"{len(line.evidence)} source{'s' if len(line.evidence) != 1 else ''}]"]
    shown += [f"{indent}    {e.article}: {e.sentence}" for e in line.evidence[:SHOWN_EVIDENCE]]
    for event in line.events:
        shown += _text_line(event, indent + "  ", "→ ")
    return shown


def to_text(careers: list[Career], namesakes: list[Namesake]) -> str:
    lines: list[str] = []
    for c in careers:
        lines.append(f"{c.official.name}  <{c.official.iri}>  named in {c.official.articles} articles")
        for section, heading in SECTIONS:
            items = getattr(c, section)
            if items:
                lines += ["", f"{heading}:"] + [t for line in items for t in _text_line(line, "  ")]
    if namesakes:
        lines.append(f"{len(namesakes)} officials match; most-named first:")
    for n, s in enumerate(namesakes, 1):
        many = "s" if s.official.articles != 1 else ""
        lines.append(f"{n:>3}. {s.official.name}  <{s.official.iri}>  named in {s.official.articles} article{many}")
        lines.append(f"       posts: {'; '.join(s.posts) or '-'}")
        lines.append(f"       in: {', '.join(s.articles) or '-'}")
        if s.said:
            lines.append(f"       said: {s.said}")
        if s.places or s.years:
            lines.append(f"       places: {', '.join(s.places) or '-'}; years: {', '.join(map(str, s.years)) or '-'}")
    return "\n".join(lines) + "\n"
