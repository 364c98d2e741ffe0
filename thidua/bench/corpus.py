"""Synthetic but realistic records, to measure the archive at scale (``thidua corpus``).

Real provinces under the names in force on each issue date, issue dates 2010–2026, partial
dates, campaign periods, occasions and numbers; bodies of 300–1,500 words assembled from the
sentences of the archive's real records, and English files for most records. The same seed
always gives the same corpus. Every generated record passes validation.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from thidua.records.archive import load_archive
from thidua.records.dates import PartialDate
from thidua.records.gazetteer import gazetteer
from thidua.records.loader import read_body
from thidua.records.record import record_file, record_slug

THEMES = [
    ("lập thành tích chào mừng kỷ niệm {n} năm ngày thành lập {place}",
     "to record achievements celebrating the {n}th anniversary of the founding of {place_en}"),
    ("thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội năm {year}",
     "to accomplish the {year} socio-economic development tasks"),
    ("đẩy mạnh cải cách hành chính, chuyển đổi số năm {year}",
     "to step up administrative reform and digital transformation in {year}"),
    ("chung sức xây dựng nông thôn mới giai đoạn {year}-{end}",
     "to join hands building new rural areas, {year}-{end}"),
    ("chào mừng Đại hội Đảng bộ {place} lần thứ {n}",
     "to celebrate the {n}th Congress of the Party Organisation of {place_en}"),
    ("vì người nghèo - không để ai bị bỏ lại phía sau năm {year}",
     "for the poor - leaving no one behind, {year}"),
]
THEME_MOVEMENTS = {THEMES[3][0]: ["nong-thon-moi"], THEMES[5][0]: ["vi-nguoi-ngheo"],
                   THEMES[2][0]: ["doi-moi-sang-tao-chuyen-doi-so"]}
"""The national movements (thidua/records/data/movements.yaml) the themes answer."""
OTHER_ISSUERS = [  # (issuer prefix, level, code, number pattern)
    ("Tỉnh ủy", "party", "tu", "{n}-KH/TU"),
    ("Sở Nội vụ", "department", "snv", "{n}/KH-SNV"),
]
TOPICS = ["anniversary", "administrative-reform", "digital-transformation", "new-rural-areas",
          "poverty-reduction", "party-congress", "socio-economic-development", "annual"]


@dataclass(frozen=True)
class Sentences:
    """Sentences to assemble bodies from, in each language."""

    vi: tuple[str, ...]
    en: tuple[str, ...]


def sentences(content_dir: Path) -> Sentences:
    """The sentences of the archive's real records and their translations."""
    split = re.compile(r"(?<=[.;])\s+")

    def long_sentences(path: Path) -> list[str]:
        return [s for s in split.split(" ".join(read_body(path).split())) if len(s.split()) > 6]

    vi, en = [], []
    for record in load_archive(content_dir).records:
        vi += long_sentences(record_file(content_dir, record))
        if record.english:
            en += long_sentences(record_file(content_dir, record, english=True))
    return Sentences(tuple(vi), tuple(en))


def generate(count: int, out: Path, source: Sentences, seed: int = 1) -> list[Path]:
    """Write ``count`` records (and most English files) under ``out``; return the record paths."""
    rng = random.Random(seed)
    units = [unit for unit in gazetteer().units.values() if unit.kind != "nation"]
    taken: set[str] = set()
    paths = []
    while len(paths) < count:
        day = dt.date(2010, 1, 1) + dt.timedelta(days=rng.randrange(17 * 365))
        unit = rng.choice([u for u in units if u.existed_on(day)])
        record, english = _record(rng, unit, day, source)
        number = record.get("number")
        dated = PartialDate.parse(record.get("issued") or record["published"])
        slug = record_slug(number, record["type"], record.get("issuer_code"), dated)
        relative = f"{unit.slug}/{dated.year}/{slug}"
        if relative in taken:
            continue
        taken.add(relative)
        path = out / f"{relative}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(_file(record, _body(rng, source.vi)), "utf-8")
        if english is not None:
            (out / f"{relative}.en.md").write_text(_file(english, _body(rng, source.en)), "utf-8")
        paths.append(path)
    return paths


def _record(rng: random.Random, unit, day: dt.date, source: Sentences) -> tuple[dict, dict | None]:
    year = day.year
    place = unit.full_name("vi")
    theme, theme_en = rng.choice(THEMES)
    values = dict(n=rng.randrange(10, 120), year=year, end=year + 4, place=place,
                  place_en=unit.full_name("en"))
    title = f"Phát động phong trào thi đua {theme.format(**values)}"
    record: dict = {"title": title, "summary": f"{_issuer_of(unit)} phát động phong trào thi đua "
                    f"{theme.format(**values)}. Các cơ quan, đơn vị, địa phương xây dựng kế hoạch "
                    "và tổ chức thực hiện."}
    number = rng.randrange(1, 3000)
    kind = rng.random()
    if kind < 0.12:
        prefix, level, code, pattern = rng.choice(OTHER_ISSUERS)
        record.update(number=pattern.format(n=number), type="KH", issuer=f"{prefix} {place}",
                      issuer_level=level, issuer_code=code)
    else:
        doc_type = rng.choices(["KH", "QĐ", "CT"], [8, 1, 1])[0]
        record.update(type=doc_type, issuer=_issuer_of(unit), issuer_level="province")
        if kind < 0.85:
            record["number"] = f"{number}/{doc_type}-UBND"
    record["province"] = unit.slug
    shape = rng.random()
    if shape < 0.6:
        record["issued"] = day.isoformat()
    elif shape < 0.7:
        record["issued"] = day.isoformat()[:7]
    record["published"] = (day + dt.timedelta(days=rng.randrange(0, 5))).isoformat()
    if "issued" in record and record["issued"] > record["published"]:
        record["published"] = record["issued"]
    if rng.random() < 0.8:
        start = day.isoformat()[:7]
        end = (day + dt.timedelta(days=rng.randrange(60, 900)))
        record["period"] = {"start": start, "end": end.isoformat()[: rng.choice([7, 10])]}
    if "kỷ niệm" in theme or "Đại hội" in theme:
        record["occasion"] = theme.format(**values).split("mừng ", 1)[-1]
    if rng.random() < 0.3:
        record["signer"] = {"name": rng.choice(["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"]),
                            "post": "Chủ tịch UBND tỉnh"}
    record["topics"] = sorted(rng.sample(TOPICS, 2))
    if theme in THEME_MOVEMENTS:
        record["movement"] = THEME_MOVEMENTS[theme]
    record["source"] = [{"outlet": f"Báo {unit.vi}", "author": rng.choice(["T.H", "N.V", "P.L"])}]
    english = None
    if rng.random() < 0.85:
        english = {"title": f"Launching an emulation movement {theme_en.format(**values)}",
                   "summary": f"The People's Committee of {unit.full_name('en')} launches an "
                   f"emulation movement {theme_en.format(**values)}."}
    return record, english


def _issuer_of(unit) -> str:
    return f"UBND {unit.full_name('vi')}"


def _body(rng: random.Random, pool: tuple[str, ...]) -> str:
    words = rng.randrange(300, 1500)
    paragraphs, paragraph, total = [], [], 0
    while total < words:
        sentence = rng.choice(pool)
        paragraph.append(sentence)
        total += len(sentence.split())
        if len(paragraph) >= rng.randrange(2, 6):
            paragraphs.append(" ".join(paragraph))
            paragraph = []
    if paragraph:
        paragraphs.append(" ".join(paragraph))
    return "\n\n".join(paragraphs) + "\n"


def _file(front: dict, body: str) -> str:
    head = yaml.safe_dump(front, allow_unicode=True, sort_keys=False, width=100)
    return f"---\n{head}---\n\n{body}"
