"""The record's fields as the Vietnamese data page explains them: each field's meaning and
each kind of value in Vietnamese (the field table, ``model.RECORD_FIELDS``, documents them in
English for editors and the record schema)."""

from __future__ import annotations

MEANINGS_VI: dict[str, str] = {
    "title": "Tên kế hoạch, bằng tiếng Việt; lỗi chính tả của bản gốc có thể được sửa ở đây.",
    "summary": "Hai, ba câu tóm tắt kế hoạch yêu cầu những gì, bằng tiếng Việt, do biên tập viên "
               "viết.",
    "number": "Số hiệu văn bản như bản in; bỏ trống nếu bài không nêu.",
    "type": "Mã loại văn bản; bỏ trống khi bài không nêu văn bản nào (một lễ phát động được đưa "
            "tin mà không nêu kế hoạch).",
    "issuer": "Cơ quan ban hành, như bản in.",
    "issuer_level": "Cấp của cơ quan ban hành.",
    "issuer_code": "Mã ngắn (chữ không dấu) của cơ quan ban hành, bắt buộc với mọi cơ quan ngoài "
                   "UBND tỉnh, thành phố; được dùng trong địa chỉ của kế hoạch.",
    "province": "Mã tỉnh, thành phố theo tên tại ngày ban hành; kế hoạch của Trung ương là "
                "toan-quoc.",
    "issued": "Ngày ban hành, có thể chỉ biết tháng hoặc năm; bỏ trống nếu bài không nêu.",
    "published": "Ngày đăng của bài báo, có thể chỉ biết tháng hoặc năm; cần khi không biết ngày "
                 "ban hành.",
    "period": "Thời gian thi đua.",
    "period.start": "Ngày, tháng hoặc năm bắt đầu.",
    "period.end": "Ngày, tháng hoặc năm kết thúc.",
    "occasion": "Dịp kỷ niệm hoặc sự kiện mà phong trào chào mừng.",
    "signer": "Người ký kế hoạch.",
    "signer.name": "Họ tên người ký.",
    "signer.post": "Chức vụ người ký.",
    "slogan": "Khẩu hiệu hoặc chủ đề của phong trào, như bản in.",
    "participants": "Đối tượng thi đua, như bản in.",
    "topics": "Các chủ đề của kế hoạch, bằng mã ngắn tiếng Anh.",
    "cites": "Số hiệu các văn bản mà kế hoạch dẫn hoặc thực hiện.",
    "movement": "Mã các phong trào thi đua toàn quốc mà kế hoạch hưởng ứng (hoặc, với kế hoạch cấp "
                "trung ương, phát động), theo bảng thidua/records/data/movements.yaml.",
    "source": "Các bài báo đưa tin về kế hoạch, mỗi bài một mục (bài có văn bản trong lưu trữ "
              "đứng đầu).",
    "source.outlet": "Tên báo, trang tin.",
    "source.url": "Địa chỉ bài báo.",
    "source.author": "Tên tác giả như bài ghi.",
    "inferred": "Những thông tin bài không nêu mà biên tập viên suy ra, mỗi trường kèm lý do.",
    "aliases": "Các địa chỉ cũ của kế hoạch (sau khi chuyển chỗ), vẫn dẫn tới trang hiện nay ở "
               "cả hai ngôn ngữ.",
}
"""What each field (dotted for a sub-field) means, in Vietnamese."""

KINDS_VI: dict[str, str] = {
    "text": "văn bản",
    "document number": "số hiệu văn bản",
    "slug": "mã (chữ thường không dấu)",
    "province slug": "mã tỉnh, thành phố",
    "movement slug": "mã phong trào",
    "partial date": "ngày (có thể chỉ tháng, năm)",
    "mapping": "nhóm trường",
    "URL": "địa chỉ web",
    "plan path": "đường dẫn kế hoạch",
    "mapping of field → reason": "trường → lý do",
}
"""The kinds of value, in Vietnamese (by the English name the schema gives them)."""


def kind_vi(type_name: str) -> str:
    """A kind of value in Vietnamese: ``list of slug`` → ``danh sách mã …``, ``one of KH, QĐ``
    → ``một trong: KH, QĐ``."""
    if type_name.startswith("list of "):
        return f"danh sách {kind_vi(type_name[len('list of '):])}"
    if type_name.startswith("one of "):
        return f"một trong: {type_name[len('one of '):]}"
    return KINDS_VI[type_name]
