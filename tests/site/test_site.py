"""The real archive, built once with mkdocs --strict, read as a visitor's browser would."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from conftest import add_hooks, build_site, line_of, make_project, record_text

PLANS = {
    # url: (number, Vietnamese issue-date text, English issue-date text, vi period, en period)
    "can-tho/2023/97-kh-ubnd/": ("97/KH-UBND", "không rõ; xếp theo ngày đăng tin",
                                 "not stated; placed by the article's date",
                                 "tháng 1/2023 – 30/11/2023", "January 2023 – 30 November 2023"),
    "da-nang/2024/kh-ubnd-2024-02-20/": (None, "không rõ; xếp theo ngày đăng tin",
                                         "not stated; placed by the article's date",
                                         "năm 2024", "2024"),
    "hai-phong/2021/220-kh-ubnd/": ("220/KH-UBND", "28/9/2021", "28 September 2021", None, None),
    "hau-giang/2019/1460-kh-ubnd/": ("1460/KH-UBND", "17/6/2019", "17 June 2019",
                                     "tháng 5/2019 – 30/6/2020", "May 2019 – 30 June 2020"),
    "cao-bang/2023/2255-kh-ubnd/": ("2255/KH-UBND", "21/8/2023", "21 August 2023",
                                    "tháng 8/2023 – tháng 8/2024", "August 2023 – August 2024"),
}


def page(site, url: str) -> BeautifulSoup:
    path = site / url / "index.html"
    assert path.exists(), f"{url} was not built"
    return BeautifulSoup(path.read_text("utf-8"), "html.parser")


def fact(soup: BeautifulSoup, key: str):
    row = soup.select_one(f".td-fact-{key} dd")
    return row.get_text(" ", strip=True) if row else None


@pytest.mark.parametrize("url", PLANS)
def test_every_plan_exists_in_both_languages_with_its_facts(site, url):
    number, issued_vi, issued_en, period_vi, period_en = PLANS[url]
    vi, en = page(site, url), page(site, f"en/{url}")
    assert vi.html["lang"] == "vi" and en.html["lang"] == "en"
    assert fact(vi, "number") == (number or "Không nêu trong bài")
    assert fact(en, "number") == (number or "Not stated in the text")
    assert fact(vi, "issued").startswith(issued_vi)
    assert fact(en, "issued").startswith(issued_en)
    if period_vi:
        assert fact(vi, "period").startswith(period_vi)
        assert fact(en, "period").startswith(period_en)
    assert vi.select_one(".td-fact-type dt").get_text() == "Loại văn bản"
    assert fact(vi, "type") == "Kế hoạch (KH)" and fact(en, "type") == "Plan (KH)"


@pytest.mark.parametrize("lang, issued, published", [
    ("", "không rõ; xếp theo ngày đăng tin", "18/1/2023"),
    ("en/", "not stated; placed by the article's date", "18 January 2023")])
def test_a_plan_placed_by_its_articles_date_writes_that_date_once(site, lang, issued, published):
    plan = page(site, f"{lang}can-tho/2023/97-kh-ubnd/")
    assert fact(plan, "issued") == issued and fact(plan, "published") == published
    facts = plan.select_one(".td-facts").get_text(" ", strip=True)
    assert facts.count(published) == 1, facts


@pytest.mark.parametrize("url", PLANS)
def test_language_switch_leads_to_the_same_plan(site, url):
    vi, en = page(site, url), page(site, f"en/{url}")
    to_en = vi.select_one('a.md-select__link[hreflang="en"]')["href"]
    to_vi = en.select_one('a.md-select__link[hreflang="vi"]')["href"]
    assert (site / url / to_en / "index.html").resolve() == (site / "en" / url / "index.html").resolve()
    assert (site / "en" / url / to_vi / "index.html").resolve() == (site / url / "index.html").resolve()


def test_campaign_status_is_computed_as_of_the_build_date(site):
    # Built for 22/11/2026: every seed campaign has ended.
    vi = page(site, "hau-giang/2019/1460-kh-ubnd/")
    assert fact(vi, "period") == "tháng 5/2019 – 30/6/2020 Đã kết thúc (tính đến 22/11/2026)"
    en = page(site, "en/hau-giang/2019/1460-kh-ubnd/")
    assert fact(en, "period") == "May 2019 – 30 June 2020 Ended (as of 22 November 2026)"


def test_english_pages_show_the_translation_marked_unofficial(site):
    en = page(site, "en/cao-bang/2023/2255-kh-ubnd/")
    assert en.h1.get_text().startswith("Launching an emulation movement to record achievements in "
                                       "celebration of the 525th anniversary")
    assert "Unofficial translation" in en.select_one(".td-notice").get_text()
    assert en.select_one(".td-body")["lang"] == "en"
    assert "Hoàng Xuân Ánh" in en.select_one(".td-body").get_text()
    vi = page(site, "cao-bang/2023/2255-kh-ubnd/")
    assert vi.select_one(".td-notice") is None
    assert "Ngầy thành lập" in vi.select_one(".td-body").get_text()  # the source's typo, kept


def test_body_keeps_the_text_as_printed(site):
    body = page(site, "can-tho/2023/97-kh-ubnd/").select_one(".td-body").get_text()
    assert body.count("Ð") == 4  # U+00D0, as the article prints Đ
    assert "Chia sẻ bài viết" not in body


def test_citation_in_each_language(site):
    vi = page(site, "cao-bang/2023/2255-kh-ubnd/").select_one(".td-citation cite").get_text()
    assert vi.startswith("Kế hoạch số 2255/KH-UBND ngày 21/8/2023 của Ủy ban nhân dân tỉnh Cao "
                         "Bằng về việc phát động phong trào thi đua")
    en = page(site, "en/cao-bang/2023/2255-kh-ubnd/").select_one(".td-citation cite").get_text()
    assert en.startswith("Cao Bang Provincial People's Committee, Plan No. 2255/KH-UBND of 21 "
                         "August 2023 on launching an emulation movement")
    no_number = page(site, "da-nang/2024/kh-ubnd-2024-02-20/").select_one(".td-citation cite")
    assert no_number.get_text().startswith("Kế hoạch của Ủy ban nhân dân thành phố Đà Nẵng về việc")
    assert "None" not in no_number.get_text() and "số" not in no_number.get_text().split("về việc")[0]


def test_a_former_province_says_which_unit_it_is_part_of_now(site):
    assert fact(page(site, "hau-giang/2019/1460-kh-ubnd/"), "province").startswith(
        "tỉnh Hậu Giang (nay thuộc thành phố Cần Thơ)")
    assert fact(page(site, "en/hau-giang/2019/1460-kh-ubnd/"), "province").startswith(
        "Hau Giang Province (now part of Can Tho City)")


def test_inferred_facts_say_so_with_their_reason_in_the_pages_language(site):
    note = page(site, "da-nang/2024/kh-ubnd-2024-02-20/").select_one(".td-fact-province .td-note")
    assert note.get_text().startswith("Suy ra, không nêu trong bài: bài viết")
    assert not note.span.has_attr("lang")  # no English on a Vietnamese page
    en = page(site, "en/da-nang/2024/kh-ubnd-2024-02-20/").select_one(".td-fact-province .td-note")
    assert en.get_text().startswith("Inferred, not stated in the text: the article says only")
    assert not en.span.has_attr("lang")


@pytest.mark.parametrize("lang_root, other", [("", "en/"), ("en/", "")])
def test_home_page_links_the_five_plans(site, lang_root, other):
    home = page(site, lang_root)
    links = {a["href"] for a in home.select(".td-plan-list a")}
    assert links == set(PLANS)
    for url in PLANS:
        assert (site / lang_root / url / "index.html").exists()


def test_records_stay_out_of_the_navigation(site):
    nav_links = [a["href"] for a in page(site, "").select("nav.md-nav--primary a")]
    assert not any("kh-ubnd" in href for href in nav_links)


RESOURCES = {"script": "src", "img": "src", "link": "href", "iframe": "src", "source": "src",
             "video": "src", "audio": "src", "embed": "src", "object": "data"}


def test_no_request_leaves_the_site(site):
    for html in site.rglob("*.html"):
        soup = BeautifulSoup(html.read_text("utf-8"), "html.parser")
        for tag, attribute in RESOURCES.items():
            for node in soup.find_all(tag):
                address = node.get(attribute)
                fetched = {"stylesheet", "icon", "preload", "modulepreload", "manifest"}
                if address is None or (tag == "link" and not fetched & set(node.get("rel", []))):
                    continue  # canonical and alternate links name addresses, they load nothing
                assert "//" not in address, f"{html}: <{tag} {attribute}={address}>"
        for style in soup.find_all("style"):
            assert "@import" not in style.get_text() and "//" not in style.get_text(), html


def test_the_editors_readme_is_not_published(site):
    assert not (site / "README").exists() and not (site / "README.md").exists()
    assert not (site / "en" / "README").exists()


def test_a_plan_without_english_file_says_its_text_is_only_in_vietnamese(tmp_path, content):
    content.write("index.md", "---\ntitle: Trang chủ\ntemplate: home.html\n---\n\nXin chào.\n")
    content.write("index.en.md", "---\ntitle: Home\ntemplate: home.html\n---\n\nHello.\n")
    content.write("cao-bang/2023/12-kh-ubnd.md", record_text(
        body="Văn bản tiếng Việt.\n",
        source=[{"outlet": "Báo Cao Bằng", "url": "https://example.org/bai-viet"}]))
    out = tmp_path / "out"
    result = build_site(make_project(tmp_path, content.dir), out)
    assert result.returncode == 0, result.stderr
    en = page(out, "en/cao-bang/2023/12-kh-ubnd/")
    assert en.html["lang"] == "en"
    assert "no English translation yet" in en.select_one(".td-notice").get_text()
    body = en.select_one(".td-body")
    assert body["lang"] == "vi" and "Văn bản tiếng Việt." in body.get_text()
    assert fact(en, "issued") == "1 March 2023"
    assert en.select_one(".td-summary")["lang"] == "vi"
    link = en.select_one(".td-fact-source dd a")
    assert link["href"] == "https://example.org/bai-viet" and link.get_text() == "Báo Cao Bằng"


def test_a_plan_known_from_articles_whose_text_is_not_held_links_to_each(tmp_path, content):
    content.write("index.md", "---\ntitle: Trang chủ\ntemplate: home.html\n---\n\nXin chào.\n")
    content.write("index.en.md", "---\ntitle: Home\ntemplate: home.html\n---\n\nHello.\n")
    content.write("cao-bang/2023/12-kh-ubnd.md", record_text(
        body="", source=[{"outlet": "Báo Cao Bằng", "url": "https://example.org/bai-1",
                          "author": "D.L"},
                         {"url": "https://tin.example.net/bai-2"}]))
    content.write("cao-bang/2023/12-kh-ubnd.en.md",
                  "---\ntitle: Launching a campaign\nsummary: The province launches one.\n---\n")
    out = tmp_path / "out"
    result = build_site(make_project(tmp_path, content.dir), out)
    assert result.returncode == 0, result.stderr
    for lang, notice, read_at in (("", "Kho lưu trữ không giữ văn bản", "Đọc bài viết tại"),
                                  ("en/", "The archive does not keep the text", "Read the article at")):
        plan = page(out, f"{lang}cao-bang/2023/12-kh-ubnd/")
        text = plan.select_one(".td-text")
        assert notice in text.select_one(".td-notice").get_text()
        assert text.select_one(".td-body") is None  # no empty box where a text would be
        assert [(li.get_text(" ", strip=True), li.a["href"]) for li in text.select(".td-read-at li")] == [
            (f"{read_at} Báo Cao Bằng", "https://example.org/bai-1"),
            (f"{read_at} tin.example.net", "https://tin.example.net/bai-2")]
        sources = plan.select(".td-fact-source dd a")
        assert [a["href"] for a in sources] == ["https://example.org/bai-1",
                                               "https://tin.example.net/bai-2"]
    assert "Báo Cao Bằng, bài của D.L" in fact(page(out, "cao-bang/2023/12-kh-ubnd/"), "source")


def test_a_bad_record_stops_the_build_and_names_the_problem(tmp_path, content):
    content.write("index.md", "---\ntitle: Trang chủ\ntemplate: home.html\n---\n")
    content.write("cao-bang/2023/12-kh-ubnd.md", record_text(issued="2023-02-30"))
    result = build_site(make_project(tmp_path, content.dir), tmp_path / "out")
    assert result.returncode != 0
    assert "content/cao-bang/2023/12-kh-ubnd.md:9: issued: '2023-02-30' does not exist" in result.stderr
    assert "Traceback" not in result.stderr


BREAK_AFTER_CHECK = """\
from pathlib import Path


def on_files(files, config):  # the archive is checked (on_config); no page is written yet
    path = Path(config.docs_dir) / "cao-bang/2023/12-kh-ubnd.md"
    path.write_bytes(path.read_bytes().replace("Nội".encode("utf-8"), b"N\\xf4i"))
"""


def test_a_record_broken_after_it_was_checked_stops_the_build_and_is_named(tmp_path, content):
    # A plan's text is read again when its page is written (the archive does not hold the
    # texts): a file saved in between, broken, is named with its line, never half-built.
    content.write("index.md", "---\ntitle: Trang chủ\ntemplate: home.html\n---\n")
    text = record_text(body="Nội dung.\n")
    content.write("cao-bang/2023/12-kh-ubnd.md", text)
    project = make_project(tmp_path, content.dir)
    add_hooks(project, breaking=BREAK_AFTER_CHECK)
    result = build_site(project, tmp_path / "out")
    assert result.returncode != 0
    assert (f"content/cao-bang/2023/12-kh-ubnd.md:{line_of(text, 'Nội dung.')}: file: is not "
            "UTF-8 (byte 0xf4 at offset") in result.stderr
    assert "Traceback" not in result.stderr


CHANGE_AFTER_CHECK = """\
from pathlib import Path


def on_files(files, config):  # the archive is checked (on_config); no page is written yet
    path = Path(config.docs_dir) / "cao-bang/2023/12-kh-ubnd.md"
    path.write_text(path.read_text("utf-8").replace("issued: '2023-03-01'", "issued: 2023-02-30"),
                    "utf-8")
"""


def test_a_record_saved_after_it_was_checked_is_not_published_unchecked(tmp_path, content):
    # An editor saves a record while the site builds: what the page would show was never
    # checked (here, a date that does not exist), so the build stops and says to build again.
    content.write("index.md", "---\ntitle: Trang chủ\ntemplate: home.html\n---\n")
    content.write("cao-bang/2023/12-kh-ubnd.md", record_text())
    project = make_project(tmp_path, content.dir)
    add_hooks(project, changing=CHANGE_AFTER_CHECK)
    assert "2023-02-30" not in (project / "content/cao-bang/2023/12-kh-ubnd.md").read_text("utf-8")
    result = build_site(project, tmp_path / "out")
    assert result.returncode != 0
    assert "2023-02-30" in (project / "content/cao-bang/2023/12-kh-ubnd.md").read_text("utf-8")
    assert ("content/cao-bang/2023/12-kh-ubnd.md:1: file: changed after the archive was "
            "checked; build again (the build checks it anew)") in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out/cao-bang/2023/12-kh-ubnd/index.html").exists()


def test_values_are_printed_as_text_never_as_markup(tmp_path, content):
    content.write("index.md", "---\ntitle: Trang chủ\ntemplate: home.html\n---\n\nXin chào.\n")
    content.write("index.en.md", "---\ntitle: Home\ntemplate: home.html\n---\n\nHello.\n")
    content.write("cao-bang/2023/12-kh-ubnd.md", record_text(
        title="Kế hoạch <script>alert(1)</script> & bạn",
        slogan="<img src=x onerror=alert(1)> A & B"))
    out = tmp_path / "out"
    result = build_site(make_project(tmp_path, content.dir), out)
    assert result.returncode == 0, result.stderr
    for url in ("cao-bang/2023/12-kh-ubnd/", "en/cao-bang/2023/12-kh-ubnd/", "", "cao-bang/"):
        html = (out / url / "index.html").read_text("utf-8")
        soup = BeautifulSoup(html, "html.parser")
        assert soup.find("img", src="x") is None and "alert(1)</script>" not in html, url
    plan = page(out, "cao-bang/2023/12-kh-ubnd/")
    assert fact(plan, "slogan") == "<img src=x onerror=alert(1)> A & B"
    assert plan.h1.get_text() == "Kế hoạch <script>alert(1)</script> & bạn"


def test_raw_html_in_a_body_is_sanitised(tmp_path, content):
    content.write("index.md", "---\ntemplate: home.html\n---\n\nXin chào.\n")
    content.write("cao-bang/2023/12-kh-ubnd.md", record_text(body=(
        "Đoạn một <script>alert(1)</script> và <img src=x onerror=alert(1)>.\n\n"
        "<iframe src=\"https://evil.example\"></iframe>\n\n"
        "[liên kết](javascript:alert(1)) <b onclick=\"alert(1)\">đậm</b> {{ config.site_name }} "
        "{% raw %} <!-- ghi chú -->\n\nMẫu đơn ghi <Tên đơn vị> và <Số hiệu>.\n")))
    out = tmp_path / "out"
    result = build_site(make_project(tmp_path, content.dir), out)
    assert result.returncode == 0, result.stderr
    for url in ("cao-bang/2023/12-kh-ubnd/", "en/cao-bang/2023/12-kh-ubnd/"):
        body = page(out, url).select_one(".td-body")
        assert body.find(["script", "img", "iframe"]) is None
        assert not any(attr.startswith("on") for tag in body.find_all(True) for attr in tag.attrs)
        assert not any("javascript:" in (a.get("href") or "") for a in body.find_all("a"))
        text = body.get_text()
        assert "Đoạn một" in text and "{{ config.site_name }}" in text and "{% raw %}" in text
        assert "Mẫu đơn ghi <Tên đơn vị> và <Số hiệu>." in text  # not markup: text as printed
        assert "<script>alert(1)</script>" in text  # shown as text, never run


def test_code_spans_autolinks_and_a_heading_named_p1_render_as_written(tmp_path, content):
    content.write("index.md", "---\ntemplate: home.html\n---\n\nXin chào.\n")
    content.write("cao-bang/2023/12-kh-ubnd.md", record_text(body=(
        "Mẫu ghi `<Tên đơn vị>` ở đầu trang.\n\nXem <https://example.org/ke-hoach>.\n\n"
        "## P1\n\nĐoạn cuối.\n")))
    out = tmp_path / "out"
    result = build_site(make_project(tmp_path, content.dir), out)
    assert result.returncode == 0, result.stderr
    body = page(out, "cao-bang/2023/12-kh-ubnd/").select_one(".td-body")
    assert body.code.get_text() == "<Tên đơn vị>"  # not "&lt;Tên đơn vị>"
    assert [a["href"] for a in body.select("p a:not(.td-anchor)")] == ["https://example.org/ke-hoach"]
    ids = [tag["id"] for tag in body.find_all(id=True)]
    assert ids == ["p1", "p2", "muc-p1", "p3"] and len(set(ids)) == len(ids)


def test_the_404_page_is_styled_and_in_both_languages(site):
    html = (site / "404.html").read_text("utf-8")
    soup = BeautifulSoup(html, "html.parser")
    assert soup.find("link", rel="stylesheet") is not None
    assert "&lt;link" not in html and "&lt;script" not in html
    assert soup.h1.get_text() == "Không tìm thấy trang · Page not found"
    assert soup.html["lang"] == "vi"  # the Vietnamese-first site's, not whichever language came last
    assert {p["lang"] for p in soup.select("article p[lang]")} == {"vi", "en"}


def test_a_vietnamese_title_on_an_english_page_is_marked_as_vietnamese(tmp_path, content):
    content.write("index.md", "---\ntemplate: home.html\n---\n\nXin chào.\n")
    content.write("index.en.md", "---\ntemplate: home.html\n---\n\nHello.\n")
    content.write("cao-bang/2023/12-kh-ubnd.md", record_text())
    out = tmp_path / "out"
    assert build_site(make_project(tmp_path, content.dir), out).returncode == 0
    assert page(out, "en/cao-bang/2023/12-kh-ubnd/").h1["lang"] == "vi"
    assert page(out, "en/").select_one(".td-plan-item > a")["lang"] == "vi"
    assert not page(out, "cao-bang/2023/12-kh-ubnd/").h1.has_attr("lang")


def test_worded_facts_are_in_english_on_english_pages(site):
    en = page(site, "en/cao-bang/2023/2255-kh-ubnd/")
    slogan = en.select_one(".td-fact-slogan dd span")
    assert slogan.get_text().startswith("Solidarity and creativity") and not slogan.has_attr("lang")
    assert fact(en, "occasion").startswith("the 525th anniversary of the founding of Cao Bang")
    assert fact(en, "participants").startswith("departments, boards, sectors")
    vi = page(site, "cao-bang/2023/2255-kh-ubnd/")
    assert fact(vi, "slogan").startswith("Đoàn kết, sáng tạo")
    # Hải Phòng's English file translates who takes part but gives no slogan: nothing to show.
    assert fact(page(site, "en/hai-phong/2021/220-kh-ubnd/"), "slogan") is None


@pytest.mark.parametrize("url, href", [
    ("can-tho/2023/97-kh-ubnd/", "https://baocantho.com.vn/phat-dong-dot-thi-dua-lap-thanh-tich-"
     "chao-mung-ky-niem-20-nam-tp-can-tho-truc-thuoc-trung-uong-a155605.html"),
    ("en/hau-giang/2019/1460-kh-ubnd/", "https://www.haugiang.gov.vn/Portal/HtmlView.aspx?pageid="
     "6393&ItemID=65297&mid=10785&pageindex=6&siteid=1"),
])
def test_a_plan_whose_article_was_found_links_to_it(site, url, href):
    link = page(site, url).select_one(".td-fact-source dd a")
    assert link["href"] == href


@pytest.mark.parametrize("url, signer", [
    ("cao-bang/2023/2255-kh-ubnd/", "Hoàng Xuân Ánh, Chủ tịch UBND tỉnh"),
    ("en/cao-bang/2023/2255-kh-ubnd/",
     "Hoàng Xuân Ánh, Chairman of the Cao Bang Provincial People's Committee"),
])
def test_the_signers_post_is_in_the_pages_language(site, url, signer):
    dd = page(site, url).select_one(".td-fact-signer dd")
    assert dd.get_text(" ", strip=True) == signer
    assert not dd.select("[lang=vi]")  # no Vietnamese marked on the English page's post


@pytest.mark.parametrize("url, words", [
    ("cao-bang/2023/2255-kh-ubnd/", ["Kế hoạch 2255/KH-UBND", "tỉnh Cao Bằng"]),
    ("en/cao-bang/2023/2255-kh-ubnd/", ["Plan No. 2255/KH-UBND", "Cao Bang Province"]),
    ("da-nang/2024/kh-ubnd-2024-02-20/", ["Kế hoạch, 20/2/2024", "thành phố Đà Nẵng"]),
    ("en/da-nang/2024/kh-ubnd-2024-02-20/", ["Plan, 20 February 2024", "Da Nang City"]),
])
def test_tab_and_share_titles_tell_plans_apart(site, url, words):
    soup = page(site, url)
    shared = soup.find("meta", property="og:title")["content"]
    for text in (soup.title.get_text(), shared):
        assert all(word in text for word in words), text
    assert not soup.h1.get_text(" ", strip=True).startswith(words[0])  # the heading: the title


@pytest.mark.parametrize("lang, name", [("", "Toàn quốc"), ("en/", "Nationwide")])
def test_the_provinces_page_lists_national_plans_apart_and_first(site, lang, name):
    provinces = page(site, f"{lang}provinces/")
    nationwide = provinces.select_one(".td-nationwide a")
    assert nationwide.get_text() == name and nationwide["href"] == "../toan-quoc/"
    assert provinces.select_one(".td-nationwide").sourceline < provinces.select_one(".td-units").sourceline
    assert name not in [a.get_text() for a in provinces.select(".td-units a")]
    assert page(site, f"{lang}toan-quoc/").h1.get_text(strip=True) == name
