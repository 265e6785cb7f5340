"""A small, made-up warehouse content for tests, docs and benchmarks (no network, no corpus text).

`make_item` builds a LoadItem the way the flows do; `sample_items` is a handful of articles from three
sites reporting overlapping calls, so de-duplication, views and the report have something to show.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from storage.warehouse import LoadItem, LoadStats, Warehouse

EXTRACTOR = "test-1"


def participant(name: str, title: str | None, role: str, country: str | None) -> dict:
    return {"name": name, "title": title, "role": role, "country": country}


def call(p1: dict, p2: dict, when: str | None, medium: str = "phone", topics: tuple[str, ...] = (),
         evidence: str = "hai bên đã điện đàm", initiator: int | None = None) -> dict:
    """A call dict in the shape of `extractors.calls.Call.to_dict()`."""
    return {"date": when, "medium": medium, "participants": [p1, p2], "evidence": evidence,
            "evidence_start": 0, "evidence_end": len(evidence), "initiator": initiator, "confidence": 0.9,
            "findings": [{"kind": "topic", "value": t, "evidence": f"trao đổi về {t}", "start": 10,
                          "end": 20 + len(t), "confidence": 0.8} for t in topics]}


def make_item(url: str, calls: list[dict] | None = None, *, source: str = "baoquocte",
              published: date | None = date(2024, 3, 5), text: str | None = "Nội dung bài viết.",
              canonical: str | None = None, final_url: str | None = None, raw: bytes | None = None,
              title: str | None = "Điện đàm", version: str = EXTRACTOR,
              fetched_at: datetime | None = None) -> LoadItem:
    calls = list(calls or [])
    body = raw if raw is not None else f"<html><body><h1>{title}</h1><p>{text}</p></body></html>".encode()
    fetched = fetched_at or datetime.combine(published or date(2024, 1, 1), datetime.min.time()) + timedelta(hours=9)
    return LoadItem(url=url, source=source, final_url=final_url or url, canonical_url=canonical, status=200,
                    headers={"content-type": "text/html; charset=utf-8"}, raw=body, fetched_at=fetched,
                    title=title, published_at=published, text=text, is_call=bool(calls),
                    extractor_version=version, calls=calls)


SON = participant("Bùi Thanh Sơn", "Bộ trưởng Ngoại giao", "foreign_minister", "VN")
SON_DPM = participant("Bùi Thanh Sơn", "Phó Thủ tướng, Bộ trưởng Ngoại giao", "foreign_minister", "VN")
CHINH = participant("Phạm Minh Chính", "Thủ tướng", "head_of_government", "VN")
TO_LAM = participant("Tô Lâm", "Tổng Bí thư", "party_leader", "VN")
KAMIKAWA = participant("Kamikawa Yoko", "Bộ trưởng Ngoại giao", "foreign_minister", "JP")
KISHIDA = participant("Kishida Fumio", "Thủ tướng", "head_of_government", "JP")
LAVROV = participant("Sergei Lavrov", "Bộ trưởng Ngoại giao", "foreign_minister", "RU")
LAVROV_VI = participant("Xéc-gây La-vrốp", "Ngoại trưởng", "foreign_minister", "RU")
WANG_YI = participant("Vương Nghị", "Bộ trưởng Ngoại giao", "foreign_minister", "CN")
XI = participant("Tập Cận Bình", "Chủ tịch", "head_of_state", "CN")
TRUMP = participant("Donald Trump", "Tổng thống", "head_of_state", "US")
BLINKEN = participant("Antony Blinken", "Ngoại trưởng", "foreign_minister", "US")


def sample_items() -> list[LoadItem]:
    """Eleven articles, three sites, eight distinct calls (some reported two or three times)."""
    return [
        make_item("https://baoquocte.vn/a1", [call(SON, KAMIKAWA, "2024-03-04", topics=("Biển Đông",))],
                  published=date(2024, 3, 5), text="Bộ trưởng Bùi Thanh Sơn điện đàm với Kamikawa Yoko về Biển Đông."),
        make_item("https://vnexpress.net/b1", [call(SON, participant("Kamikawa Yōko", "Ngoại trưởng",
                                                                      "foreign_minister", "JP"), None)],
                  source="vnexpress", published=date(2024, 3, 5), text="Ngoại trưởng hai nước điện đàm."),
        make_item("https://baoquocte.vn/a2", [call(CHINH, KISHIDA, "2024-09-12", medium="video",
                                                   topics=("kinh tế", "Biển Đông"))],
                  published=date(2024, 9, 12), text="Thủ tướng Phạm Minh Chính hội đàm trực tuyến với Kishida."),
        make_item("https://baoquocte.vn/a3", [call(SON_DPM, LAVROV, "2025-01-20", topics=("năng lượng",))],
                  published=date(2025, 1, 21), text="Phó Thủ tướng Bùi Thanh Sơn điện đàm với Sergei Lavrov."),
        make_item("https://tuoitre.vn/c1", [call(SON_DPM, LAVROV_VI, "--01-20")], source="tuoitre",
                  published=date(2025, 1, 22), text="Điện đàm với Ngoại trưởng Xéc-gây La-vrốp."),
        make_item("https://baoquocte.vn/a4", [call(SON, WANG_YI, "2023-12-01", topics=("Biển Đông",))],
                  published=date(2023, 12, 2), text="Điện đàm với Vương Nghị, trao đổi về Biển Đông."),
        make_item("https://baoquocte.vn/a5", [call(TO_LAM, XI, "2024-08-19")], published=date(2024, 8, 19),
                  text="Tổng Bí thư Tô Lâm điện đàm với Tập Cận Bình."),
        make_item("https://baoquocte.vn/a6", [call(TO_LAM, TRUMP, "2025-07-02", topics=("thương mại",))],
                  published=date(2025, 7, 2), text="Tổng Bí thư Tô Lâm điện đàm với Donald Trump về thương mại."),
        make_item("https://vnexpress.net/b2", [call(TO_LAM, participant("Đô-nan Trăm", "Tổng thống",
                                                                         "head_of_state", "US"), "2025-07-02")],
                  source="vnexpress", published=date(2025, 7, 3), text="Tổng Bí thư điện đàm với Tổng thống Mỹ."),
        make_item("https://baoquocte.vn/a7", [call(SON, BLINKEN, "2024-05-10"), call(SON, KAMIKAWA, "2024-05-11")],
                  published=date(2024, 5, 12), text="Trong tuần, Bộ trưởng đã điện đàm với Blinken và Kamikawa."),
        make_item("https://baoquocte.vn/n1", [], published=date(2024, 6, 1), text="Tin hoạt động đối ngoại khác."),
    ]


def build_sample_warehouse(path: str | Path) -> tuple[Warehouse, LoadStats]:
    """A migrated warehouse at `path` holding `sample_items()` from one finished run."""
    warehouse = Warehouse(path)
    warehouse.migrate()
    run_id = warehouse.start_run("sample", {"note": "made-up data"})
    stats = warehouse.load(sample_items(), run_id)
    warehouse.record_failures(run_id, [{"url": "https://baoquocte.vn/x", "reason": "http_503", "detail": "busy",
                                        "status": 503, "at": datetime(2025, 7, 3, 8, 0)}])
    warehouse.finish_run(run_id, "completed", {"pages_fetched": 11, "pages_failed": 1,
                                               "articles_new": stats.new_articles, "calls_new": stats.new_calls})
    return warehouse, stats
