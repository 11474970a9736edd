"""Resolution at scale: one million synthetic mentions of officials (issue 19's goal: under
60 s and 2 GB on this machine), resolved as a build resolves them.

    .venv/bin/python bench/resolution.py [--mentions 1000000] [--per-article 10] [--seed 0]

The mentions are made, not read: names drawn from Vietnamese surname, middle and given
syllable pools with skewed weights (so that, as in the news, some full names are shared by
thousands of mentions: the blocks a resolver must not compare all with all), posts drawn from
a pool of titles and bodies of 63 provinces, with a share of bare names and of national
posts. Prints the seconds of each size and the peak resident memory of the process (the
sizes run in one process in increasing order, so each line's memory is the peak so far),
and the seconds in units of a fixed workload timed just before (the machine's speed drifts).
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg import vocab as vocab_module  # noqa: E402
from kg.model import ArticleFacts, Body, Evidence, Person, Post  # noqa: E402
from kg.resolve.identity import resolve  # noqa: E402

SURNAMES = ["Nguyễn"] * 38 + ["Trần"] * 11 + ["Lê"] * 9 + ["Phạm"] * 7 + ["Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
            "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Lương", "Tạ", "Mai", "Lò", "Hà"] * 2
MIDDLES = ["Văn"] * 30 + ["Thị"] * 15 + ["Minh", "Quốc", "Thanh", "Đức", "Hữu", "Xuân", "Ngọc", "Hồng", "Trọng",
                                          "Quang", "Tiến", "Công", "Mạnh", "Thế", "Việt", "Kim", "Bá", "Duy"]
GIVENS = ["Hùng", "Dũng", "Tuấn", "Hà", "Lan", "Hải", "Sơn", "Long", "Nam", "Bình", "Minh", "Thắng", "Hương",
          "Thành", "Phong", "Quang", "Cường", "Hiếu", "Tùng", "Thủy", "Mai", "Hoa", "Vinh", "Khải", "Lộc", "Phúc",
          "Toàn", "Trung", "Hiền", "Yến", "Châu", "Đông", "Tâm", "Nghĩa", "Linh", "Kiên", "Tú", "Quý", "Đạt",
          "Huy", "Khánh", "Ngân", "Thảo", "Trang", "Việt", "Vũ", "Chiến", "Hạnh", "Hòa", "Lợi"]
PROVINCES = ["Hà Nội", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "An Giang", "Bắc Giang", "Bắc Ninh", "Bến Tre",
             "Bình Định", "Cà Mau", "Cao Bằng", "Đắk Lắk", "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai",
             "Hà Giang", "Hà Nam", "Hà Tĩnh", "Hải Dương", "Hòa Bình", "Hưng Yên", "Khánh Hòa", "Kiên Giang",
             "Kon Tum", "Lai Châu", "Lạng Sơn", "Lào Cai", "Long An", "Nam Định", "Nghệ An", "Ninh Bình",
             "Phú Thọ", "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La",
             "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Tiền Giang", "Trà Vinh", "Tuyên Quang",
             "Vĩnh Long", "Vĩnh Phúc", "Yên Bái"]
LOCAL = [("Chủ tịch", "Ủy ban nhân dân tỉnh {}"), ("Phó Chủ tịch", "Ủy ban nhân dân tỉnh {}"),
         ("Bí thư", "Tỉnh ủy {}"), ("Phó Bí thư", "Tỉnh ủy {}"), ("Giám đốc", "Sở Tài chính tỉnh {}"),
         ("Giám đốc", "Sở Tư pháp tỉnh {}"), ("Phó Giám đốc", "Sở Y tế tỉnh {}"), ("Chánh Thanh tra", "Thanh tra tỉnh {}")]
NATIONAL = [("Bộ trưởng", "Bộ Tài chính"), ("Thứ trưởng", "Bộ Công Thương"), ("Phó Thủ tướng", None),
            ("Ủy viên Bộ Chính trị", "Bộ Chính trị"), ("Vụ trưởng", "Vụ Tổ chức cán bộ")]


def _name(rng: random.Random) -> str:
    return f"{rng.choice(SURNAMES)} {rng.choice(MIDDLES)} {rng.choice(GIVENS)}"


def _article(rng: random.Random, n: int, key: str, people: int) -> ArticleFacts:
    ev = Evidence(0, 10, "synthetic", "", "")
    province = rng.choice(PROVINCES)
    persons, posts, bodies = [], [], {}
    for _ in range(people):
        name = _name(rng)
        if any(p.name == name for p in persons):
            continue
        persons.append(Person(name))
        r = rng.random()
        if r < 0.6:
            role, org = rng.choice(LOCAL)
            org = org.format(province)
        elif r < 0.7:
            role, org = rng.choice(NATIONAL)
        else:
            continue  # a bare name
        if org:
            bodies[org] = Body(org, "state")
        posts.append(Post(name, role, org, ev))
    return ArticleFacts(key, f"{key}.txt", key, dt.datetime(2004 + n % 20, 1 + n % 12, 1), None, None,
                        persons=tuple(persons), bodies=tuple(bodies.values()), posts=tuple(posts),
                        places=(province,))


def run(mentions: int, per_article: int, seed: int) -> tuple[float, int, int]:
    rng = random.Random(seed)
    facts = [_article(rng, i, f"a{i:07d}", per_article) for i in range(mentions // per_article)]
    made = sum(len(f.persons) for f in facts)
    t = time.perf_counter()
    res = resolve(facts, vocab_module.load())
    return time.perf_counter() - t, made, len(res.persons)


def calibration() -> float:
    """Seconds of a fixed pure-Python workload, printed with the figures: this machine's speed
    drifts (2× within minutes), so a size's seconds divided by this compare across runs."""
    rng = random.Random(1)
    t = time.perf_counter()
    for _ in range(5):
        sorted({rng.random(): i for i in range(200_000)}.items())
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mentions", type=int, default=1_000_000)
    ap.add_argument("--per-article", type=int, default=10)
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args()
    sizes = sorted({s for s in (a.mentions // 100, a.mentions // 10, a.mentions) if s >= a.per_article})
    print(f"{'mentions':>10} {'made':>10} {'persons':>9} {'seconds':>8} {'peak MB':>8} {'÷ calibration':>14}")
    for size in sizes:
        unit = calibration()
        seconds, made, persons = run(size, a.per_article, a.seed)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{size:>10,} {made:>10,} {persons:>9,} {seconds:>8.1f} {peak:>8.0f} {seconds / unit:>14.1f}", flush=True)


if __name__ == "__main__":
    main()
