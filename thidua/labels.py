"""Interface text of the site in each language. Every label a page shows comes from here."""

from __future__ import annotations

LANGUAGES = ("vi", "en")
"""The site's languages, default first."""

LABELS: dict[str, dict[str, str]] = {
    "number": {"vi": "Số hiệu", "en": "Number"},
    "type": {"vi": "Loại văn bản", "en": "Document type"},
    "issuer": {"vi": "Cơ quan ban hành", "en": "Issued by"},
    "province": {"vi": "Tỉnh, thành phố", "en": "Province"},
    "issued": {"vi": "Ngày ban hành", "en": "Issue date"},
    "published": {"vi": "Ngày đăng tin", "en": "Article date"},
    "period": {"vi": "Thời gian thi đua", "en": "Campaign period"},
    "occasion": {"vi": "Chào mừng", "en": "Occasion"},
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
    "unofficial": {"vi": "", "en": "Unofficial translation. The Vietnamese text is the only "
                   "authoritative version."},
    "only_vietnamese": {"vi": "", "en": "This plan has no English translation yet; its text is "
                        "shown in Vietnamese."},
    "status_running": {"vi": "Đang diễn ra", "en": "Running"},
    "status_ended": {"vi": "Đã kết thúc", "en": "Ended"},
    "status_upcoming": {"vi": "Chưa bắt đầu", "en": "Not started"},
    "status_unknown": {"vi": "Chưa rõ", "en": "Unknown"},
    "newest": {"vi": "Các kế hoạch trong lưu trữ", "en": "Plans in the archive"},
    "plan_count": {"vi": "kế hoạch", "en": "plans"},
}


def site_path(path: str, lang: str) -> str:
    """A path of the site in ``lang``: the default language at the root, others under
    ``<lang>/`` (``can-tho/2023/97-kh-ubnd/`` → ``en/can-tho/2023/97-kh-ubnd/``)."""
    return path if lang == LANGUAGES[0] else f"{lang}/{path}"


def label(key: str, lang: str) -> str:
    """The label ``key`` in ``lang``."""
    return LABELS[key][lang]
