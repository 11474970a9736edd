"""A headline from a URL slug, with its diacritics and casing taken from the article.

Pages copied without their headline often keep the source URL, and news URLs carry the
headline as an ASCII slug (``hoi-nghi-tong-ket-cong-tac-dang-nam-2020-...``). Every slug
word is a word of the article with its marks stripped, so the article itself says how to
write it back: each slug word becomes the article's word with the same ASCII form,
preferring the one that most often follows the word chosen before it; the casing of the
longest phrase the article writes the same way is then copied.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from urllib.parse import unquote, urlparse

from unidecode import unidecode

_WORD_RE = re.compile(r"[\w&]+")


def _ascii(word: str) -> str:
    return unidecode(word).lower().replace("&", "")


def slug_words(url: str) -> list[str]:
    try:
        path = unquote(urlparse(url).path)
    except ValueError:  # not a well-formed URL: no headline to read from it
        return []
    last = max(path.strip("/").split("/"), key=len, default="")
    last = re.sub(r"\.(aspx?|html?|php|htm)$", "", last)
    words = [w for w in re.split(r"[-_+]", last) if w]
    words = [w for w in words if not re.fullmatch(r"[a-z]*\d{5,}|\d{5,}[a-z]*", w)]  # ids
    return words if len(words) >= 3 else []


def title_from_url(url: str, text: str) -> str | None:
    words = slug_words(url)
    if not words:
        return None
    tokens = _WORD_RE.findall(re.sub(r"https?://\S+", " ", text))
    lower_tokens = [t.lower() for t in tokens]
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    bigrams: Counter[tuple[str, str]] = Counter(zip(lower_tokens, lower_tokens[1:]))
    for t in lower_tokens:
        forms[_ascii(t)][t] += 1
    chosen: list[str] = []
    for w in words:
        cands = forms.get(w)
        if not cands:
            if not w.isdigit() and not re.fullmatch(r"[a-z]{1,3}", w):
                return None  # a word the article never writes: the slug is not its headline
            chosen.append(w)
            continue
        prev = chosen[-1] if chosen else None
        chosen.append(max(cands, key=lambda c: (bigrams[(prev, c)], cands[c])))
    return _recase(chosen, tokens)


def _recase(words: list[str], tokens: list[str]) -> str:
    lower = [t.lower() for t in tokens]
    out: list[str] = []
    i = 0
    while i < len(words):
        for n in range(min(6, len(words) - i), 0, -1):
            gram = words[i : i + n]
            hits = Counter(
                tuple(tokens[j : j + n]) for j in range(len(lower) - n + 1) if lower[j : j + n] == gram
            )
            if hits:
                out.extend(hits.most_common(1)[0][0])
                i += n
                break
        else:
            out.append(words[i])
            i += 1
    title = " ".join(out)
    return title[:1].upper() + title[1:]
