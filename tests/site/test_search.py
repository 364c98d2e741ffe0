"""The search index, built by the package and read by lunr.js, folds and splits alike."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import subprocess

import pytest
from bs4 import BeautifulSoup

from conftest import ROOT, seed_archive
from thidua.compat.lunr import WordListBuilder
from thidua.records.archive import load_archive
from thidua.records.folding import fold
from thidua.site.search import FIELDS, SEPARATOR, code, search_data, words

CASES = json.loads((ROOT / "tests" / "data" / "folding.json").read_text("utf-8"))
SEARCH_JS = ROOT / "overrides" / "assets" / "javascripts" / "search.js"
LUNR_JS = ROOT / "overrides" / "assets" / "javascripts" / "vendor" / "lunr-2.3.9.min.js"
NODE = shutil.which("node")
TODAY = dt.date(2026, 11, 22)


@pytest.mark.parametrize("text, folded", CASES["fold"])
def test_python_folds_the_table(text, folded):
    assert fold(text) == folded


@pytest.mark.parametrize("text, expected", CASES["words"])
def test_python_splits_the_table(text, expected):
    assert words(text) == expected


@pytest.mark.parametrize("text, expected", CASES["code"])
def test_python_makes_number_codes(text, expected):
    assert code(text) == expected


def node(script: str) -> str:
    assert NODE, "node is needed to test the browser's search code: apt-get install nodejs"
    result = subprocess.run([NODE, "-e", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_javascript_folds_and_splits_the_same_table():
    out = node(f"""
        const s = require({json.dumps(str(SEARCH_JS))});
        const cases = require({json.dumps(str(ROOT / "tests" / "data" / "folding.json"))});
        const sep = {json.dumps(SEPARATOR)};
        console.log(JSON.stringify({{
          fold: cases.fold.map(([t]) => s.fold(t)),
          words: cases.words.map(([t]) => s.words(t, sep)),
          code: cases.code.map(([t]) => s.code(t, sep)),
        }}));""")
    got = json.loads(out)
    assert got["fold"] == [folded for _, folded in CASES["fold"]]
    assert got["words"] == [expected for _, expected in CASES["words"]]
    assert got["code"] == [expected for _, expected in CASES["code"]]


def search_in_node(data, queries: list[str]) -> list[list[int]]:
    """Run queries with lunr.js over the index the build wrote, as the search page does."""
    out = node(f"""
        const lunr = require({json.dumps(str(LUNR_JS))});
        const s = require({json.dumps(str(SEARCH_JS))});
        s.registerFold(lunr);
        const index = lunr.Index.load(s.expand({json.dumps(data.index)}));
        const sep = {json.dumps(data.facets["separator"])};
        console.log(JSON.stringify({json.dumps(queries)}.map(q => s.find(lunr, index, q, sep).refs)));""")
    return json.loads(out)


@pytest.fixture(scope="module")
def archive():
    return seed_archive()


def test_lunr_js_finds_the_plans_with_and_without_diacritics_and_by_number(archive):
    data = search_data(archive.records, "vi", TODAY)
    url = [record.url for record in archive.records]
    queries = ["can tho", "Cần Thơ", "CẦN THƠ", "Can Tho", "hau giang", "dang",
               "2255/KH-UBND", "2255/kh-ubnd", "2255 KH-UBND", "2255-kh-ubnd", "2255",
               "97/KH-UBND", "can tho 2023", "34-CT/TU", "Hoàng Xuân Ánh", "hoang xuan anh"]
    results = dict(zip(queries, ([url[ref] for ref in refs] for refs in search_in_node(data, queries))))
    can_tho = {"can-tho/2023/97-kh-ubnd/", "hau-giang/2019/1460-kh-ubnd/"}
    for query in ("can tho", "Cần Thơ", "CẦN THƠ", "Can Tho"):
        assert set(results[query]) == can_tho, query
    assert results["hau giang"] == ["hau-giang/2019/1460-kh-ubnd/"]
    assert "hau-giang/2019/1460-kh-ubnd/" in results["dang"]  # "Đảng" in its occasion
    for query in ("2255/KH-UBND", "2255/kh-ubnd", "2255 KH-UBND", "2255-kh-ubnd", "2255"):
        assert results[query][0] == "cao-bang/2023/2255-kh-ubnd/", query
    assert results["97/KH-UBND"][0] == "can-tho/2023/97-kh-ubnd/"
    assert results["can tho 2023"] == ["can-tho/2023/97-kh-ubnd/"]
    assert results["34-CT/TU"] == ["da-nang/2024/kh-ubnd-2024-02-20/"]
    for query in ("Hoàng Xuân Ánh", "hoang xuan anh"):  # the plan's signer
        assert results[query][0] == "cao-bang/2023/2255-kh-ubnd/", query


def test_english_index_finds_english_words(archive):
    data = search_data(archive.records, "en", TODAY)
    url = [record.url for record in archive.records]
    refs = search_in_node(data, ["emulation anniversary Cao Bang", "covid"])
    assert url[refs[0][0]] == "cao-bang/2023/2255-kh-ubnd/"
    assert [url[ref] for ref in refs[1]] == ["hai-phong/2021/220-kh-ubnd/"]


def test_display_shards_and_facets_describe_every_plan(archive):
    data = search_data(archive.records, "en", TODAY)
    rows = [row for shard in data.shards for row in shard]
    assert [row[0] for row in rows] == [f"en/{record.url}" for record in archive.records]
    first = rows[0]
    assert first[1:8] == ["Launching the 2024 emulation movement", "",
                          "Da Nang City People's Committee", "Da Nang",
                          "20 February 2024 (article date)", "ended", "Ended"]
    provinces = [data.facets["provinces"][doc[0]] for doc in data.facets["docs"]]
    assert provinces[-1] == ["hau-giang", "can-tho"]
    assert data.facets["separator"] == SEPARATOR


def test_an_exact_number_ranks_first_among_plans_sharing_its_parts():
    from conftest import make_record
    from thidua.records.dates import PartialDate

    plans = [make_record(url=f"cao-bang/2023/{n}/", number=number, title=title,
                         issued=PartialDate(2023, 3, day))
             for day, (n, number, title) in enumerate([
                 ("1", "22/KH-UBND", "Kế hoạch 2255 người tham gia"),
                 ("2", "55/KH-UBND", "Phát động thi đua 2255"),
                 ("3", "2255/KH-UBND", "Phát động thi đua năm 2023"),
                 ("4", "2255/QĐ-UBND", "Quyết định khen thưởng"),
                 ("5", "12255/KH-UBND", "Kế hoạch khác")], start=1)]
    data = search_data(plans, "vi", TODAY)
    urls = [plan.url for plan in plans]
    for query in ("2255", "2255/KH-UBND", "2255 kh-ubnd", "2255-kh-ubnd"):
        refs = search_in_node(data, [query])[0]
        assert urls[refs[0]] == "cao-bang/2023/3/", (query, [urls[r] for r in refs])


def test_a_query_typed_with_diacritics_lists_first_the_plans_with_its_words_as_typed():
    from conftest import make_record
    from thidua.records.dates import PartialDate

    plans = [make_record(url=f"cao-bang/2023/{n}/", number=None, title=title, summary=summary,
                         issued=PartialDate(2023, 3, day))
             for day, (n, title, summary) in enumerate([
                 ("co-quan", "Cơ quan đổi mới, cơ quan đổi mới lề lối làm việc",
                  "Các cơ quan thi đua đổi mới."),
                 ("quan-doi", "Thi đua năm 2023",
                  "Thi đua lập thành tích chào mừng ngày thành lập Quân đội nhân dân."),
                 ("o-co-quan", "Thi đua năm 2023", "Đổi mới cách làm ở cơ quan.")], start=1)]
    data = search_data(plans, "vi", TODAY)
    urls = [plan.url.split("/")[-2] for plan in plans]
    typed, folded, one = search_in_node(data, ["quân đội", "quan doi", "Quân"])
    assert [urls[r] for r in typed] == ["quan-doi", "co-quan", "o-co-quan"]  # all have "quan doi"
    assert [urls[r] for r in folded][0] == "co-quan"  # without diacritics, the best score first
    assert urls[one[0]] == "quan-doi"
    terms = set(data.index["terms"])  # only what tells plans apart is held as typed:
    assert {"quân", "đội", "đổi"} <= terms  # (quan, doi: written two ways)
    assert "đua" not in terms and "dua" in terms  # (one way only: its folded form ranks alike)


def _builder(cls):
    from lunr.pipeline import Pipeline

    builder = cls()
    builder.pipeline.reset()
    builder.search_pipeline.reset()
    builder.search_pipeline.add(Pipeline.registered_functions["thidua-fold"])
    builder.ref("id")
    for name, boost in FIELDS.items():
        builder.field(name, boost=boost)
    return builder


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_word_list_builder_writes_the_index_lunrs_own_builder_writes(tmp_path, lang):
    from lunr.builder import Builder

    from thidua.bench.corpus import generate, sentences
    from thidua.site.search import _document

    generate(300, tmp_path / "content", sentences(ROOT / "content"), seed=3)
    records = load_archive(tmp_path / "content").records + load_archive(ROOT / "content").records
    documents = [_document(ref, record, lang) for ref, record in enumerate(records)]
    # and what the archive's documents never hold, but lunr's builder takes
    documents.append({"id": "odd", **{name: [] for name in FIELDS},
                      "title": ["Hai", "hai", "", "2255"], "summary": None})
    indexes = []
    for cls in (Builder, WordListBuilder):
        builder = _builder(cls)
        for document in documents:
            builder.add(document, {"boost": 2} if document["id"] == "7" else None)
        indexes.append(json.dumps(builder.build().serialize(), sort_keys=True))
    assert indexes[0] == indexes[1]


def test_the_word_list_builder_refuses_what_it_would_read_otherwise_than_lunr():
    from lunr.stop_word_filter import stop_word_filter

    builder = _builder(WordListBuilder)
    with pytest.raises(TypeError, match="'title' of document 1: a list of words"):
        builder.add({"id": 1, **{name: [] for name in FIELDS}, "title": "a text"})
    builder.pipeline.add(stop_word_filter)
    with pytest.raises(ValueError, match="reset its pipeline"):
        builder.add({"id": 2, **{name: [] for name in FIELDS}})


def test_a_snippet_is_cut_between_words_around_the_first_term():
    text = ("Ủy ban nhân dân tỉnh phát động phong trào thi đua chào mừng kỷ niệm năm mươi năm ngày "
            "thành lập tỉnh, với các nội dung về cải cách hành chính, chuyển đổi số và xây dựng "
            "nông thôn mới trong toàn tỉnh từ nay đến hết năm sau.")
    out = node(f"""
        const s = require({json.dumps(str(SEARCH_JS))});
        console.log(JSON.stringify([s.snippet({json.dumps(text)}, ["chuyen"], 60),
                                    s.snippet("Ngắn thôi.", ["x"], 60)]));""")
    cut, short = json.loads(out)
    assert "chuyển đổi số" in cut and cut.startswith("…") and cut.endswith("…")
    inner = cut.strip("…")
    assert f" {inner} " in f" {text} "  # whole words: it starts and ends at a space
    assert short == "Ngắn thôi."


def test_the_search_files_of_another_build_are_never_paired(archive, site):
    from thidua.site.search import search_version

    records = list(archive.records)
    version = search_version(records, "vi", TODAY)
    assert version == search_version(records, "vi", TODAY)  # the same archive: the same folder
    assert search_version(records[1:], "vi", TODAY) != version  # a plan more or less: another
    assert search_version(records, "en", TODAY) != version
    assert search_version(records, "vi", dt.date(2019, 1, 1)) != version  # statuses change
    for lang in ("", "en/"):  # the page names the folder its build wrote
        page = BeautifulSoup((site / lang / "search" / "index.html").read_text("utf-8"), "html.parser")
        base = page.select_one("#td-search")["data-base"]
        assert re.fullmatch(r"[0-9a-f]{12}/", base)
        for name in ("index.json", "facets.json", "docs/0.json"):
            assert (site / lang / "search" / base / name).is_file()
        assert [p.name for p in (site / lang / "search").iterdir() if p.is_dir()] == [base[:-1]]
