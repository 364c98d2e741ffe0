"""The archive as data, read back from a real build with real parsers: record.json against the
published schema, CSV and JSON Lines, JSON-LD, Atom feeds, the sitemap, and permanent URLs."""

from __future__ import annotations

import csv
import json
import posixpath
import shutil
import xml.etree.ElementTree as ET

import feedparser
import jsonschema
import pytest
from bs4 import BeautifulSoup

from conftest import ROOT, build_site, make_project, record_text, seed_archive
from thidua.records.movements import movements
from thidua.site.exports import record_data

SITE_URL = "https://thidua-archive.github.io/"
ARCHIVE = seed_archive()  # the records of the `site` the tests read


def soup(site, url):
    return BeautifulSoup((site / url / "index.html").read_text("utf-8"), "html.parser")


@pytest.mark.parametrize("lang", ["", "en/"])
def test_every_record_json_validates_against_the_published_schema(site, lang):
    schema = json.loads((site / "data" / "record.schema.json").read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    for record in ARCHIVE.records:
        data = json.loads((site / lang / record.url / "record.json").read_text("utf-8"))
        jsonschema.validate(data, schema)
        assert data["urls"] == {"vi": SITE_URL + record.url, "en": SITE_URL + "en/" + record.url}
        assert data == record_data(record, SITE_URL)


def test_the_schema_refuses_what_the_validator_refuses(site):
    schema = json.loads((site / "data" / "record.schema.json").read_text("utf-8"))
    good = json.loads((site / "cao-bang/2023/2255-kh-ubnd/record.json").read_text("utf-8"))
    for bad in ({**good, "type": "XX"}, {**good, "province": "cao-bangg"},
                {**good, "issued": "21/8/2023"}, {**good, "isued": "2023-08-21"},
                {k: v for k, v in good.items() if k != "title"}):
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(bad, schema)


def test_csv_and_jsonl_read_back_equal_the_records(site):
    expected = [record_data(record, SITE_URL) for record in ARCHIVE.records]
    lines = (site / "data" / "plans.jsonl").read_text("utf-8").splitlines()
    assert [json.loads(line) for line in lines] == expected
    with open(site / "data" / "plans.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == len(expected)
    for row, data in zip(rows, expected):  # every column read back into the record's value
        read = {}
        for column, cell in row.items():
            if cell == "":
                continue
            head, _, sub = column.partition(".")
            if column in ("inferred", "english.inferred"):
                if sub:
                    read.setdefault(head, {})[sub] = json.loads(cell)
                else:
                    read[column] = json.loads(cell)
            elif column in ("topics", "cites", "movement", "aliases"):
                read[column] = cell.split(" | ")
            elif head == "source":  # a column a sub-field, the articles' values in order
                values = cell.split(" | ")
                items = read.setdefault(head, [{} for _ in values])
                for item, value in zip(items, values):
                    if value:
                        item[sub] = value
            elif sub:
                read.setdefault(head, {})[sub] = cell
            else:
                read[column] = cell
        assert read == data


def test_plan_pages_carry_json_ld_legislation(site):
    for lang in ("", "en/"):
        for record in ARCHIVE.records:
            block = soup(site, lang + record.url).find("script", type="application/ld+json")
            data = json.loads(block.string)
            assert data["@type"] == "Legislation"
            assert data.get("legislationIdentifier") == record.number
            assert data.get("legislationDate") == (str(record.issued) if record.issued else None)
            assert data["inLanguage"] == (lang.rstrip("/") or "vi")
            link = data["workTranslation" if not lang else "translationOfWork"]
            assert link["@id"] == SITE_URL + ("en/" if not lang else "") + record.url
    hau_giang = json.loads(soup(site, "hau-giang/2019/1460-kh-ubnd/")
                           .find("script", type="application/ld+json").string)
    assert hau_giang["temporalCoverage"] == "2019-05/2020-06-30"
    can_tho = json.loads(soup(site, "can-tho/2023/97-kh-ubnd/")
                         .find("script", type="application/ld+json").string)
    assert can_tho["temporalCoverage"] == "2023-01/2023-11-30"


def test_index_pages_are_collections_with_item_lists(site):
    data = json.loads(soup(site, "en/can-tho/").find("script", type="application/ld+json").string)
    assert data["@type"] == "CollectionPage"
    assert [item["url"] for item in data["mainEntity"]["itemListElement"]] == [
        SITE_URL + "en/can-tho/2023/97-kh-ubnd/", SITE_URL + "en/hau-giang/2019/1460-kh-ubnd/"]


def test_every_page_has_canonical_hreflang_and_open_graph(site):
    page = soup(site, "hau-giang/2019/1460-kh-ubnd/")
    assert page.find("link", rel="canonical")["href"] == SITE_URL + "hau-giang/2019/1460-kh-ubnd/"
    links = {link["hreflang"]: link["href"] for link in page.find_all("link", hreflang=True)}
    assert links == {"vi": SITE_URL + "hau-giang/2019/1460-kh-ubnd/",
                     "en": SITE_URL + "en/hau-giang/2019/1460-kh-ubnd/",
                     "x-default": SITE_URL + "hau-giang/2019/1460-kh-ubnd/"}
    assert page.find("meta", property="og:title")["content"].startswith(
        "Kế hoạch 1460/KH-UBND, tỉnh Hậu Giang – Phát động đợt thi đua")
    for url in ("", "en/provinces/", "2023/", "en/search/", "about/"):
        assert len(soup(site, url).find_all("link", hreflang=True)) == 3, url


def test_every_feed_parses(site):
    feeds = list(site.rglob("feed.xml"))
    assert len(feeds) == 2 * (64 + 1 + 1 + len(movements()))  # the archive, every province, the
                                           # nationwide plans and every movement, in each language
    for path in feeds:
        parsed = feedparser.parse(path.read_bytes())
        assert not parsed.bozo and parsed.version == "atom10", path
        assert parsed.feed.language == ("en" if "/en/" in str(path) else "vi"), path


def test_feeds_parse_with_the_newest_plans(site):
    whole = feedparser.parse((site / "feed.xml").read_bytes())
    assert not whole.bozo and whole.version == "atom10"
    assert [entry.link for entry in whole.entries] == [SITE_URL + r.url for r in ARCHIVE.records]
    can_tho = feedparser.parse((site / "en" / "can-tho" / "feed.xml").read_bytes())
    assert [entry.link for entry in can_tho.entries] == [
        SITE_URL + "en/" + url for url in ("can-tho/2023/97-kh-ubnd/", "hau-giang/2019/1460-kh-ubnd/")]
    assert can_tho.entries[0].title.startswith("97/KH-UBND: Launching")
    empty = feedparser.parse((site / "ha-noi" / "feed.xml").read_bytes())
    assert not empty.bozo and empty.entries == []
    links = soup(site, "can-tho/2023/97-kh-ubnd/").find_all("link", type="application/atom+xml")
    assert [link["href"] for link in links] == ["../../../feed.xml", "../../feed.xml"]


def test_sitemap_lists_both_languages_with_alternates(site):
    tree = ET.parse(site / "sitemap.xml")
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    urls = {url.find("s:loc", ns).text: url for url in tree.getroot()}
    for record in ARCHIVE.records:
        for address in (SITE_URL + record.url, SITE_URL + "en/" + record.url):
            alternates = {link.get("hreflang") for link in urls[address].findall("x:link", ns)}
            assert alternates == {"vi", "en", "x-default"}
    assert SITE_URL + "en/can-tho/2023/" in urls and SITE_URL + "provinces/" in urls


def test_the_published_list_is_complete_and_every_url_resolves(real_build):
    from thidua.site.urls import published_pages, read_list

    project, site = real_build
    listed = read_list(ROOT / "published-urls.txt")
    assert set(published_pages(site)) <= set(listed), (
        "published-urls.txt is out of date: run make urls and commit it")
    for url in listed:
        assert (site / url.lstrip("/") / "index.html").exists(), url
    assert (project / "published-urls.txt").read_text("utf-8") == (
        ROOT / "published-urls.txt").read_text("utf-8"), "an ordinary build changed the list"


def test_only_make_urls_writes_the_list_and_ci_requires_it(tmp_path, content, monkeypatch):
    content.write("index.md", "---\ntemplate: home.html\n---\n\nXin chào.\n")
    content.write("cao-bang/2023/12-kh-ubnd.md", record_text())
    project = make_project(tmp_path, content.dir)
    listed = project / "published-urls.txt"
    assert build_site(project, tmp_path / "a").returncode == 0 and not listed.exists()
    monkeypatch.setenv("THIDUA_URLS", "check")
    checked = build_site(project, tmp_path / "b")
    assert checked.returncode != 0 and "/cao-bang/2023/12-kh-ubnd/" in checked.stderr
    monkeypatch.setenv("THIDUA_URLS", "update")
    assert build_site(project, tmp_path / "c").returncode == 0
    assert "/en/cao-bang/2023/12-kh-ubnd/\n" in listed.read_text("utf-8")


def test_a_removed_page_fails_the_build_naming_its_urls(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    for path in (content / "hai-phong" / "2021").glob("220-kh-ubnd*"):
        path.unlink()
    project = make_project(tmp_path, content)
    shutil.copy(ROOT / "published-urls.txt", project / "published-urls.txt")
    result = build_site(project, tmp_path / "out")
    assert result.returncode != 0
    assert "published URL(s) no longer resolve" in result.stderr
    for url in ("/hai-phong/2021/220-kh-ubnd/", "/en/hai-phong/2021/220-kh-ubnd/",
                "/hai-phong/2021/", "/en/hai-phong/2021/"):
        assert f"\n{url}\n" in result.stderr, url


def test_a_moved_record_redirects_from_its_alias_in_both_languages(tmp_path, content):
    content.write("index.md", "---\ntemplate: home.html\n---\n\nXin chào.\n")
    content.write("cao-bang/2023/12-kh-ubnd.md",
                  record_text(aliases=["/cao-bang/2023/kh-ubnd-2023-03-01/"]))
    out = tmp_path / "out"
    result = build_site(make_project(tmp_path, content.dir), out)
    assert result.returncode == 0, result.stderr
    for lang in ("", "en/"):
        page = soup(out, f"{lang}cao-bang/2023/kh-ubnd-2023-03-01/")
        target = f"{SITE_URL}{lang}cao-bang/2023/12-kh-ubnd/"
        assert page.find("link", rel="canonical")["href"] == target
        refresh = page.find("meta", attrs={"http-equiv": "refresh"})["content"]
        assert refresh.startswith("0; url=")
        relative = refresh.removeprefix("0; url=")
        landed = posixpath.normpath(posixpath.join(f"/{lang}cao-bang/2023/kh-ubnd-2023-03-01/", relative))
        assert landed + "/" == f"/{lang}cao-bang/2023/12-kh-ubnd/"
        assert page.a["href"] == relative and page.a.get_text() == target
        assert (out / landed.lstrip("/") / "index.html").exists()
        for name in ("record.json", "cite.json", "cite.bib"):  # the data still answer there
            old = (out / f"{lang}cao-bang/2023/kh-ubnd-2023-03-01" / name).read_bytes()
            assert old == (out / f"{lang}cao-bang/2023/12-kh-ubnd" / name).read_bytes()


def test_a_number_whose_codes_are_joined_by_an_ampersand_is_published_as_printed(tmp_path, content):
    """A number such as 1528/KH-SGD&ĐT (a Sở Giáo dục & Đào tạo's) reaches every output as printed: the page's
    heading, its JSON-LD, its data and citation files, and the province's feed, each read by its own parser."""
    content.write("index.md", "---\ntemplate: home.html\n---\n\nXin chào.\n")
    content.write("cao-bang/2023/1528-kh-sgd-dt.md", record_text(number="1528/KH-SGD&ĐT"))
    out = tmp_path / "out"
    result = build_site(make_project(tmp_path, content.dir), out)
    assert result.returncode == 0, result.stderr
    for lang in ("", "en/"):
        page = soup(out, f"{lang}cao-bang/2023/1528-kh-sgd-dt/")
        assert page.select_one(".td-number").get_text().endswith(" 1528/KH-SGD&ĐT")
        assert "1528/KH-SGD&ĐT" in page.title.get_text()
        data = json.loads(page.find("script", type="application/ld+json").string)
        assert data["legislationIdentifier"] == "1528/KH-SGD&ĐT"
        record = json.loads((out / f"{lang}cao-bang/2023/1528-kh-sgd-dt/record.json").read_text("utf-8"))
        assert record["number"] == "1528/KH-SGD&ĐT"
        feed = feedparser.parse((out / f"{lang}cao-bang/feed.xml").read_bytes())
        assert not feed.bozo and feed.entries[0].title.startswith("1528/KH-SGD&ĐT: ")
    assert "number = {1528/KH-SGD\\&ĐT}" in (out / "cao-bang/2023/1528-kh-sgd-dt/cite.bib").read_text("utf-8")


def test_every_paragraph_of_a_plan_has_a_stable_anchor(site):
    for lang in ("", "en/"):
        for record in ARCHIVE.records:
            body = soup(site, lang + record.url).select_one(".td-body")
            paragraphs = body.find_all("p")
            assert [p["id"] for p in paragraphs] == [f"p{n}" for n in range(1, len(paragraphs) + 1)]
            assert [p.select_one("a.td-anchor")["href"] for p in paragraphs] == [
                f"#p{n}" for n in range(1, len(paragraphs) + 1)]


def test_citations_in_both_forms_and_as_files(site):
    page = soup(site, "en/cao-bang/2023/2255-kh-ubnd/")
    cites = [(c["lang"], c.get_text()) for c in page.select(".td-citation cite")]
    assert cites[0][0] == "en" and cites[0][1].endswith(f", {SITE_URL}en/cao-bang/2023/2255-kh-ubnd/")
    assert cites[1][0] == "vi" and cites[1][1].startswith("Kế hoạch số 2255/KH-UBND ngày 21/8/2023")
    csl = json.loads((site / "en/cao-bang/2023/2255-kh-ubnd/cite.json").read_text("utf-8"))
    assert csl[0]["number"] == "2255/KH-UBND" and csl[0]["issued"] == {"date-parts": [[2023, 8, 21]]}
    bib = (site / "cao-bang/2023/2255-kh-ubnd/cite.bib").read_text("utf-8")
    assert bib.startswith("@misc{cao-bang-2023-2255-kh-ubnd,") and "  year = {2023}" in bib
    no_number = json.loads((site / "da-nang/2024/kh-ubnd-2024-02-20/cite.json").read_text("utf-8"))
    assert "number" not in no_number[0]  # known by its article's date, which the note says
    assert no_number[0]["issued"] == {"date-parts": [[2024, 2, 20]]}
    assert no_number[0]["note"] == "Không rõ ngày ban hành; ngày đăng tin 20/2/2024"
    assert "None" not in (site / "da-nang/2024/kh-ubnd-2024-02-20/cite.bib").read_text("utf-8")


def test_a_held_document_cited_in_the_text_is_linked_and_cites_back(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    (content / "can-tho" / "2024").mkdir()
    (content / "can-tho" / "2024" / "5-kh-ubnd.md").write_text(record_text(
        province="can-tho", issuer="UBND TP Cần Thơ", number="5/KH-UBND", issued="2024-03-01",
        body="Tiếp tục thực hiện Kế hoạch số 97/KH-UBND và Chỉ thị số 34-CT/TU.\n"), "utf-8")
    (content / "can-tho" / "2024" / "5-kh-ubnd.en.md").write_text(
        "---\ntitle: T\nsummary: S\n---\n\nContinuing Plan No. 97/KH-UBND and Directive No. 34-CT/TU.\n",
        "utf-8")
    out = tmp_path / "out"
    result = build_site(make_project(tmp_path, content), out)
    assert result.returncode == 0, result.stderr
    for lang in ("", "en/"):
        page = soup(out, f"{lang}can-tho/2024/5-kh-ubnd/")
        links = page.select(".td-body a.td-xref")
        here = f"/{lang}can-tho/2024/5-kh-ubnd/"
        assert [(a.get_text(), posixpath.normpath(posixpath.join(here, a["href"]))) for a in links] == [
            ("97/KH-UBND", f"/{lang}can-tho/2023/97-kh-ubnd")]
        listed = [li.get_text(" ", strip=True) for li in page.select(".td-cites li")]
        assert listed[0].startswith("97/KH-UBND ·") and listed[1].startswith("34-CT/TU")
        cited = soup(out, f"{lang}can-tho/2023/97-kh-ubnd/")
        assert [a["href"] for a in cited.select(".td-cited-by .td-plan-item > a")] == [
            "../../2024/5-kh-ubnd/"]


@pytest.mark.parametrize("lang, heading", [("", "Các trường"), ("en/", "Fields")])
def test_the_data_page_explains_the_downloads_and_the_fields(site, lang, heading):
    from thidua.records.model import RECORD_FIELDS
    from thidua.records.schema import dotted_names

    page = soup(site, f"{lang}data/")
    hrefs = [posixpath.normpath(posixpath.join(f"/{lang}data/", a["href"]))
             for a in page.select(".td-downloads-list a")]
    assert hrefs == ["/data/plans.csv", "/data/plans.jsonl", "/data/record.schema.json",
                     f"/{lang}feed.xml"]
    names = [row.th.get_text() for row in page.select("table.td-fields tbody tr")]
    assert names == dotted_names(RECORD_FIELDS)
    assert "source.url" in names
    assert "CC BY 4.0" in page.get_text()


def test_a_cell_a_spreadsheet_would_run_is_defused():
    from conftest import make_record
    from thidua.site.exports import plans_csv, record_data

    text = plans_csv([record_data(make_record(title="=HYPERLINK(\"http://evil\")", slogan="@SUM(1)"),
                                  SITE_URL)])
    row = next(csv.DictReader(text.splitlines()))
    assert row["title"] == "'=HYPERLINK(\"http://evil\")" and row["slogan"] == "'@SUM(1)"


def test_a_plan_reported_by_two_articles_has_both_in_each_export():
    from conftest import make_record
    from thidua.records.model import Source
    from thidua.site.exports import plans_csv, record_data

    record = make_record(source=(Source(outlet="Báo Cao Bằng", url="https://example.org/a"),
                                 Source(url="https://example.net/b", author="T.H")))
    data = record_data(record, SITE_URL)
    assert data["source"] == [{"outlet": "Báo Cao Bằng", "url": "https://example.org/a"},
                              {"url": "https://example.net/b", "author": "T.H"}]
    row = next(csv.DictReader(plans_csv([data]).splitlines()))
    assert (row["source.outlet"], row["source.url"], row["source.author"]) == (
        "Báo Cao Bằng | ", "https://example.org/a | https://example.net/b", " | T.H")


def test_the_vietnamese_data_page_explains_the_fields_in_vietnamese(site):
    page = soup(site, "data/")
    rows = {row.th.get_text(): [td.get_text() for td in row.select("td")]
            for row in page.select("table.td-fields tbody tr")}
    assert rows["title"][2].startswith("Tên kế hoạch, bằng tiếng Việt")
    assert rows["issued"][0] == "ngày (có thể chỉ tháng, năm)" and rows["title"][1] == "có"
    assert rows["topics"][0] == "danh sách mã (chữ thường không dấu)"
    assert not page.select("table.td-fields [lang=en]")
    english = soup(site, "en/data/")
    assert [td.get_text() for td in english.select("table.td-fields tbody tr")[0].select("td")][:2] == [
        "text", "yes"]


def test_every_field_has_its_vietnamese_meaning_and_kind():
    from thidua.records.model import RECORD_FIELDS
    from thidua.records.schema import dotted_names
    from thidua.site.fielddocs import MEANINGS_VI

    assert sorted(MEANINGS_VI) == sorted(dotted_names(RECORD_FIELDS))
