"""Interface text of the site in each language. Every label a page shows comes from here."""

from __future__ import annotations

from functools import cache

from thidua.site.urls import site_path

LABELS: dict[str, dict[str, str]] = {
    "number": {"vi": "Số hiệu", "en": "Number"},
    "type": {"vi": "Loại văn bản", "en": "Document type"},
    "issuer": {"vi": "Cơ quan ban hành", "en": "Issued by"},
    "province": {"vi": "Tỉnh, thành phố", "en": "Province"},
    "issued": {"vi": "Ngày ban hành", "en": "Issue date"},
    "published": {"vi": "Ngày đăng tin", "en": "Article date"},
    "period": {"vi": "Thời gian thi đua", "en": "Emulation period"},
    "occasion": {"vi": "Dịp chào mừng", "en": "Occasion"},
    "signer": {"vi": "Người ký", "en": "Signed by"},
    "slogan": {"vi": "Khẩu hiệu, chủ đề", "en": "Slogan or theme"},
    "participants": {"vi": "Đối tượng thi đua", "en": "Who takes part"},
    "cites": {"vi": "Văn bản được dẫn", "en": "Documents cited"},
    "source": {"vi": "Nguồn", "en": "Source"},
    "citation": {"vi": "Trích dẫn", "en": "Citation"},
    "facts": {"vi": "Thông tin văn bản", "en": "About this plan"},
    "text": {"vi": "Nội dung bài viết", "en": "Article text"},
    "summary": {"vi": "Tóm tắt", "en": "Summary"},
    "inferred": {"vi": "Suy ra, không nêu trong bài", "en": "Inferred, not stated in the text"},
    "not_stated": {"vi": "Không nêu trong bài", "en": "Not stated in the text"},
    "placed_by_article": {"vi": "không rõ; xếp theo ngày đăng tin", "en":
                          "not stated; placed by the article's date"},
    "now_part_of": {"vi": "nay thuộc", "en": "now part of"},
    "as_of": {"vi": "tính đến", "en": "as of"},
    "until": {"vi": "đến", "en": "until"},
    "from": {"vi": "từ", "en": "from"},
    "by": {"vi": "bài của", "en": "by"},
    "source_link": {"vi": "Xem bài gốc", "en": "Read the original article"},
    "source_unfound": {"vi": "Chưa tìm được địa chỉ của bài viết trên mạng",
                       "en": "The article's web address has not been found"},
    "unofficial": {"vi": "", "en": "Unofficial translation. The Vietnamese text is the only "
                   "authoritative version."},
    "only_vietnamese": {"vi": "", "en": "This plan has no English translation yet; its text is "
                        "shown in Vietnamese."},
    "text_not_held": {"vi": "Kho lưu trữ không giữ văn bản của bài báo đưa tin về kế hoạch này "
                      "(bài của một cơ quan báo chí khác); các thông tin ở trên và phần tóm tắt "
                      "được viết lại từ bài.",
                      "en": "The archive does not keep the text of the article that reports "
                      "this plan (it belongs to another publisher); the facts above and the "
                      "summary were written from it."},
    "read_at": {"vi": "Đọc bài viết tại", "en": "Read the article at"},
    "status_running": {"vi": "Đang diễn ra", "en": "Running"},
    "status_ended": {"vi": "Đã kết thúc", "en": "Ended"},
    "status_upcoming": {"vi": "Chưa bắt đầu", "en": "Not started"},
    "status_unknown": {"vi": "Chưa rõ", "en": "Unknown"},
    "status_unstated": {"vi": "Không nêu thời gian thi đua", "en": "Period not stated"},
    "newest": {"vi": "Kế hoạch mới nhất", "en": "Newest plans"},
    "running_now": {"vi": "Phong trào đang diễn ra", "en": "Movements running now"},
    "none_running": {"vi": "Không có phong trào nào đang diễn ra (tính đến {day}).",
                     "en": "No emulation movement is running (as of {day})."},
    "home": {"vi": "Trang chủ", "en": "Home"},
    "provinces": {"vi": "Tỉnh, thành phố", "en": "Provinces"},
    "years": {"vi": "Các năm", "en": "Years"},
    "ways_in": {"vi": "Tra cứu", "en": "Find plans"},
    "by_province": {"vi": "Theo tỉnh, thành phố", "en": "By province"},
    "by_year": {"vi": "Theo năm", "en": "By year"},
    "totals": {"vi": "Lưu trữ hiện có", "en": "The archive holds"},
    "total_plans": {"vi": "kế hoạch", "en": "plans"},
    "total_provinces": {"vi": "tỉnh, thành phố ban hành", "en": "issuing provinces"},
    "total_years": {"vi": "năm", "en": "years"},
    "one_plan": {"vi": "{n} kế hoạch", "en": "1 plan"},
    "many_plans": {"vi": "{n} kế hoạch", "en": "{n} plans"},
    "no_plans": {"vi": "Chưa có kế hoạch", "en": "No plans yet"},
    "no_plans_here": {"vi": "Lưu trữ chưa có kế hoạch nào của {name}.",
                      "en": "The archive holds no plan of {name} yet."},
    "merged_into": {"vi": "Từ ngày 1/7/2025, {name} là một phần của {today}.",
                    "en": "Since 1 July 2025, {name} has been part of {today}."},
    "renamed_to": {"vi": "Từ ngày {day}, {name} mang tên {today}.",
                   "en": "Since {day}, {name} has been named {today}."},
    "formed_from": {"vi": "Trang này gồm cả các kế hoạch của {names}, đơn vị hành chính cũ nay đã "
                    "hợp nhất vào; mỗi kế hoạch ấy ghi rõ đơn vị cũ.",
                    "en": "This page also lists the plans of {names}, a former unit now part of "
                    "it; each of them is marked with its former unit."},
    "formed_from_several": {"vi": "Trang này gồm cả các kế hoạch của {names}, các đơn vị hành chính "
                            "cũ nay đã hợp nhất vào; mỗi kế hoạch ấy ghi rõ đơn vị cũ.",
                            "en": "This page also lists the plans of {names}, former units now "
                            "part of it; each of them is marked with its former unit."},
    "and": {"vi": "và", "en": "and"},
    "tabs": {"vi": "Các mục chính", "en": "Sections"},
    "skip": {"vi": "Đến nội dung chính", "en": "Skip to the content"},
    "dark_mode": {"vi": "Chuyển sang nền tối", "en": "Switch to dark mode"},
    "light_mode": {"vi": "Chuyển sang nền sáng", "en": "Switch to light mode"},
    "footer": {"vi": "Lưu trữ độc lập, do nhóm biên tập lập từ các bài báo đã đăng công khai; "
               "không phải trang thông tin của cơ quan nhà nước. Dữ liệu theo giấy phép CC BY 4.0.",
               "en": "An independent archive, compiled by an editorial team from publicly "
               "published articles; not an official site of any government body. Data under CC "
               "BY 4.0."},
    "no_plans_yet": {"vi": "Chưa có kế hoạch trong lưu trữ", "en": "No plans in the archive yet"},
    "former_unit": {"vi": "{name} (cũ)", "en": "former {name}"},
    "nationwide_note": {"vi": "Kế hoạch, quyết định của Thủ tướng, các bộ, ngành và Hội đồng "
                        "Thi đua - Khen thưởng Trung ương mà các tỉnh, thành phố triển khai.",
                        "en": "Plans and decisions of the Prime Minister, the ministries and the "
                        "Central Emulation and Commendation Council, which the provinces carry "
                        "out."},
    "provinces_intro": {"vi": "Từ ngày 1/7/2025, cả nước có 34 tỉnh, thành phố; dưới mỗi đơn vị là "
                        "các tỉnh, thành phố cũ đã hợp nhất vào.",
                        "en": "Since 1 July 2025, Vietnam has 34 provinces and centrally-run "
                        "cities; under each are the former units merged into it."},
    "merged_from": {"vi": "Hợp nhất từ", "en": "Merged from"},
    "article_date": {"vi": "theo ngày đăng tin", "en": "article date"},
    "plans_of_year": {"vi": "Kế hoạch ban hành năm {year}", "en": "Plans issued in {year}"},
    "plans_of_province_year": {"vi": "Kế hoạch của {name} năm {year}",
                               "en": "Plans of {name}, {year}"},
    "all_plans_of": {"vi": "Mọi kế hoạch của {name}", "en": "All plans of {name}"},
    "see_also": {"vi": "Xem tiếp", "en": "Where next"},
    "jump_to_year": {"vi": "Đến năm", "en": "Go to year"},
    "year": {"vi": "Năm", "en": "Year"},
    "plans": {"vi": "Số kế hoạch", "en": "Plans"},
    "plan": {"vi": "Kế hoạch", "en": "Plan"},
    "start": {"vi": "Bắt đầu", "en": "Start"},
    "end": {"vi": "Kết thúc", "en": "End"},
    "chart_per_year": {"vi": "Số kế hoạch theo năm", "en": "Plans per year"},
    "chart_per_year_desc": {"vi": "Biểu đồ thanh: số kế hoạch ban hành mỗi năm, {first}–{last}.",
                            "en": "Bar chart: plans issued each year, {first}–{last}."},
    "chart_per_province": {"vi": "Số kế hoạch theo tỉnh, thành phố", "en": "Plans per province"},
    "chart_per_province_desc": {"vi": "Biểu đồ thanh: số kế hoạch của mỗi tỉnh, thành phố hiện "
                                "nay có kế hoạch trong lưu trữ, kể cả của các đơn vị cũ đã hợp "
                                "nhất vào.",
                                "en": "Bar chart: plans of each of today's provinces that have "
                                "plans in the archive, including those of the former units merged "
                                "into it."},
    "chart_timeline": {"vi": "Thời gian các phong trào thi đua", "en": "Emulation periods"},
    "chart_timeline_desc": {"vi": "Dòng thời gian của tối đa 30 phong trào mới nhất: mỗi hàng "
                            "là một kế hoạch, thanh ngang là thời gian phong trào.",
                            "en": "Timeline of the newest emulation movements (30 at most): one "
                            "row per plan, the bar spans its emulation period."},
    "show_table": {"vi": "Xem dạng bảng", "en": "Show as a table"},
    "breadcrumbs": {"vi": "Vị trí trang", "en": "Breadcrumbs"},
    "search": {"vi": "Tìm kiếm", "en": "Search"},
    "search_label": {"vi": "Từ khóa, số hiệu, tỉnh, năm", "en": "Words, number, province, year"},
    "search_button": {"vi": "Tìm", "en": "Search"},
    "all_provinces": {"vi": "Tất cả tỉnh, thành phố", "en": "All provinces"},
    "all_years": {"vi": "Tất cả các năm", "en": "All years"},
    "all_types": {"vi": "Tất cả loại văn bản", "en": "All document types"},
    "today_units": {"vi": "Tỉnh, thành phố hiện nay (gồm cả đơn vị cũ)",
                    "en": "Today's provinces (with their former units)"},
    "former_units": {"vi": "Tỉnh, thành phố trước ngày 1/7/2025",
                     "en": "Provinces before 1 July 2025"},
    "empty": {"vi": "Nhập từ khóa, số hiệu (như 2255/KH-UBND), tên tỉnh hoặc năm; có dấu hay "
              "không dấu đều được.", "en": "Type words, a document number (such as "
              "2255/KH-UBND), a province or a year, with or without Vietnamese diacritics."},
    "loading": {"vi": "Đang tìm…", "en": "Searching…"},
    "none": {"vi": "Không tìm thấy kế hoạch nào cho “{query}”. Thử bớt từ, kiểm tra chính tả "
             "hoặc bỏ bộ lọc.", "en": "No plan found for “{query}”. Try fewer words, check the "
             "spelling, or remove a filter."},
    "one": {"vi": "Tìm thấy 1 kế hoạch.", "en": "1 plan found."},
    "many": {"vi": "Tìm thấy {n} kế hoạch.", "en": "{n} plans found."},
    "partial": {"vi": "Không có kế hoạch nào chứa mọi từ. {count} (chứa một vài từ)",
                "en": "No plan has all the words. {count} (with some of them)"},
    "failed": {"vi": "Không tải được dữ liệu tìm kiếm; hãy thử lại.",
               "en": "The search data could not be loaded; please try again."},
    "more": {"vi": "Xem thêm", "en": "Show more"},
    "citation_vi": {"vi": "Thể thức hành chính (tiếng Việt)", "en": "Vietnamese administrative form"},
    "citation_en": {"vi": "Tiếng Anh", "en": "English"},
    "copy_citation": {"vi": "Sao chép", "en": "Copy"},
    "copied": {"vi": "Đã chép trích dẫn.", "en": "Citation copied."},
    "download": {"vi": "Tải về", "en": "Download"},
    "cited_by": {"vi": "Được dẫn trong", "en": "Cited by"},
    "not_held": {"vi": "chưa có trong lưu trữ", "en": "not in the archive"},
    "paragraph_link": {"vi": "Liên kết đến đoạn {n}", "en": "Link to paragraph {n}"},
    "downloads": {"vi": "Tải về", "en": "Downloads"},
    "about_csv": {"vi": "toàn bộ lưu trữ, mỗi dòng một kế hoạch (UTF-8; giá trị danh sách nối bằng "
                  "“ | ”, cột inferred là một đối tượng JSON; ô bắt đầu bằng = + - @ được thêm "
                  "dấu ' để bảng tính không chạy nó như công thức)",
                  "en": "the whole archive, one plan a row (UTF-8; list values joined with “ | ”, "
                  "the inferred column a JSON object; a cell starting with = + - @ gets a leading ' "
                  "so that spreadsheets do not run it as a formula)"},
    "about_jsonl": {"vi": "toàn bộ lưu trữ, mỗi dòng một kế hoạch dạng JSON (như record.json)",
                    "en": "the whole archive, one plan a line as JSON (as in record.json)"},
    "about_schema": {"vi": "JSON Schema của một kế hoạch, cũng là lược đồ công cụ kiểm tra dùng",
                     "en": "the JSON Schema of a plan, the same schema the archive's checks use"},
    "about_feed": {"vi": "nguồn tin Atom các kế hoạch mới nhất", "en": "Atom feed of the newest plans"},
    "field": {"vi": "Trường", "en": "Field"},
    "field_type": {"vi": "Kiểu", "en": "Type"},
    "required": {"vi": "Bắt buộc", "en": "Required"},
    "meaning": {"vi": "Ý nghĩa (tiếng Anh)", "en": "Meaning"},
    "example": {"vi": "Ví dụ", "en": "Example"},
    "yes": {"vi": "có", "en": "yes"},
    "no": {"vi": "không", "en": "no"},
    "fields_caption": {"vi": "Các trường của một kế hoạch (record.json, plans.jsonl, plans.csv)",
                       "en": "The fields of a plan (record.json, plans.jsonl, plans.csv)"},
    "running_more": {"vi": "Và {n} phong trào khác đang diễn ra.",
                     "en": "And {n} more movements running now."},
    "feed_all": {"vi": "Kế hoạch mới (toàn bộ lưu trữ)", "en": "Newest plans (whole archive)"},
    "feed_province": {"vi": "Kế hoạch mới của {name}", "en": "Newest plans of {name}"},
    "movements": {"vi": "Phong trào thi đua toàn quốc", "en": "National movements"},
    "movement": {"vi": "Phong trào toàn quốc", "en": "National movement"},
    "movements_intro": {"vi": "Các phong trào thi đua do Thủ tướng Chính phủ, Hội đồng Thi đua - "
                        "Khen thưởng Trung ương hoặc Trung ương Đảng phát động, mà các tỉnh, thành "
                        "phố hưởng ứng bằng kế hoạch của mình; mỗi trang cho biết tỉnh nào đã có "
                        "kế hoạch trong lưu trữ.",
                        "en": "The emulation movements launched by the Prime Minister, the Central "
                        "Emulation and Commendation Council or the Party's central bodies, which "
                        "the provinces answer with plans of their own; each page shows which "
                        "provinces have such a plan in the archive."},
    "since_year": {"vi": "từ năm {year}", "en": "since {year}"},
    "one_province": {"vi": "1 tỉnh, thành phố", "en": "1 province"},
    "many_provinces": {"vi": "{n} tỉnh, thành phố", "en": "{n} provinces"},
    "movement_count": {"vi": "{plans} của {provinces}", "en": "{plans} from {provinces}"},
    "one_national": {"vi": "1 kế hoạch cấp trung ương", "en": "1 national plan"},
    "many_national": {"vi": "{n} kế hoạch cấp trung ương", "en": "{n} national plans"},
    "launched_by": {"vi": "Văn bản phát động", "en": "Launched by"},
    "launch_not_held": {"vi": "chưa có trong lưu trữ", "en": "not in the archive"},
    "national_plans": {"vi": "Kế hoạch cấp trung ương", "en": "National plans"},
    "answered_by": {"vi": "Các tỉnh, thành phố đã hưởng ứng",
                    "en": "Provinces that answered it"},
    "not_answered_yet": {"vi": "Chưa có kế hoạch hưởng ứng trong lưu trữ",
                         "en": "No plan answering it in the archive yet"},
    "movement_none_yet": {"vi": "Lưu trữ chưa có kế hoạch nào hưởng ứng phong trào này.",
                          "en": "The archive holds no plan answering this movement yet."},
    "feed_movement": {"vi": "Kế hoạch mới hưởng ứng phong trào “{name}”",
                      "en": "Newest plans answering “{name}”"},
    "map_answered": {"vi": "Bản đồ các tỉnh, thành phố đã hưởng ứng",
                     "en": "Map of the provinces that answered"},
    "map_answered_desc": {"vi": "Bản đồ ô vuông 34 tỉnh, thành phố hiện nay, mỗi ô đặt gần vị trí "
                          "của tỉnh: {n} ô tô đậm là các tỉnh, thành phố có kế hoạch hưởng ứng "
                          "phong trào “{name}” trong lưu trữ (kể cả của các đơn vị cũ đã hợp "
                          "nhất vào).",
                          "en": "Tile map of today's 34 provinces, each tile placed near where "
                          "the province lies: the {n} dark tiles are the provinces with a plan "
                          "answering “{name}” in the archive (including their former units')."},
    "map_key_answered": {"vi": "Có kế hoạch hưởng ứng", "en": "Has a plan answering it"},
    "map_key_not_yet": {"vi": "Chưa có trong lưu trữ", "en": "None in the archive yet"},
    "map_plans": {"vi": "Bản đồ số kế hoạch theo tỉnh, thành phố",
                  "en": "Map of plans per province"},
    "map_plans_desc": {"vi": "Bản đồ ô vuông 34 tỉnh, thành phố hiện nay, mỗi ô đặt gần vị trí "
                       "của tỉnh và tô đậm theo số kế hoạch trong lưu trữ (kể cả của các đơn vị "
                       "cũ đã hợp nhất vào).",
                       "en": "Tile map of today's 34 provinces, each tile placed near where the "
                       "province lies and shaded by its number of plans in the archive "
                       "(including its former units')."},
    "map_key_none": {"vi": "Chưa có kế hoạch", "en": "No plans yet"},
    "map_key_few": {"vi": "1–2 kế hoạch", "en": "1–2 plans"},
    "map_key_some": {"vi": "3–5 kế hoạch", "en": "3–5 plans"},
    "map_key_many": {"vi": "Từ 6 kế hoạch", "en": "6 plans or more"},
    "map_key": {"vi": "Chú giải", "en": "Key"},
    "all_movements": {"vi": "Tất cả phong trào", "en": "All movements"},
    "by_movement": {"vi": "Theo phong trào toàn quốc", "en": "By national movement"},
}


@cache
def interface_words() -> frozenset[str]:
    """Every label's key, and every label's text in every language that has no placeholder:
    the words the interface prints on any page."""
    return frozenset({*LABELS, *(text for texts in LABELS.values() for text in texts.values()
                                 if "{" not in text)})


def label(key: str, lang: str, **values: object) -> str:
    """The label ``key`` in ``lang``, with ``{name}`` placeholders filled from ``values``."""
    text = LABELS[key][lang]
    return text.format(**values) if values else text


def ui_labels(lang: str) -> dict:
    """Interface words every page may need (breadcrumbs, chart tables, the search box, the
    navigation's name, the footer), the words of the light / dark switch (by the English names
    mkdocs.yml gives them), and the site path of the language's search page."""
    words = {key: label(key, lang) for key in ("breadcrumbs", "show_table", "map_key", "search",
                                               "tabs", "footer", "skip")}
    return {**words, "search_url": site_path("search/", lang),
            "palette": {"Dark mode": label("dark_mode", lang),
                        "Light mode": label("light_mode", lang)}}


def capitalized(text: str) -> str:
    """The text with its first letter in upper case, for headings (``Thành phố Cần Thơ``)."""
    return text[:1].upper() + text[1:]


def count_plans(count: int, lang: str) -> str:
    """``3 kế hoạch``, ``1 plan``, ``No plans yet``."""
    if count == 0:
        return label("no_plans", lang)
    return label("one_plan" if count == 1 else "many_plans", lang, n=count)
