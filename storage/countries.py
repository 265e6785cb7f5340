"""Country names for the `countries` table.

Prefers the extractor's gazetteer (`extractors.countries`) when it exists, so both stages agree on names;
until then a small table of the countries Vietnamese diplomacy talks to most is shipped here.
"""

from __future__ import annotations

# code, English name, Vietnamese name
_FALLBACK: tuple[tuple[str, str, str], ...] = (
    ("VN", "Viet Nam", "Việt Nam"), ("CN", "China", "Trung Quốc"), ("US", "United States", "Hoa Kỳ"),
    ("RU", "Russia", "Nga"), ("JP", "Japan", "Nhật Bản"), ("KR", "South Korea", "Hàn Quốc"),
    ("KP", "North Korea", "Triều Tiên"), ("IN", "India", "Ấn Độ"), ("LA", "Laos", "Lào"),
    ("KH", "Cambodia", "Campuchia"), ("TH", "Thailand", "Thái Lan"), ("SG", "Singapore", "Singapore"),
    ("MY", "Malaysia", "Malaysia"), ("ID", "Indonesia", "Indonesia"), ("PH", "Philippines", "Philippines"),
    ("BN", "Brunei", "Brunei"), ("MM", "Myanmar", "Myanmar"), ("TL", "Timor-Leste", "Timor-Leste"),
    ("AU", "Australia", "Australia"), ("NZ", "New Zealand", "New Zealand"), ("GB", "United Kingdom", "Anh"),
    ("FR", "France", "Pháp"), ("DE", "Germany", "Đức"), ("IT", "Italy", "Italy"), ("ES", "Spain", "Tây Ban Nha"),
    ("NL", "Netherlands", "Hà Lan"), ("BE", "Belgium", "Bỉ"), ("CH", "Switzerland", "Thụy Sĩ"),
    ("AT", "Austria", "Áo"), ("SE", "Sweden", "Thụy Điển"), ("NO", "Norway", "Na Uy"),
    ("DK", "Denmark", "Đan Mạch"), ("FI", "Finland", "Phần Lan"), ("PL", "Poland", "Ba Lan"),
    ("CZ", "Czechia", "Séc"), ("HU", "Hungary", "Hungary"), ("UA", "Ukraine", "Ukraine"),
    ("BY", "Belarus", "Belarus"), ("TR", "Turkey", "Thổ Nhĩ Kỳ"), ("IL", "Israel", "Israel"),
    ("PS", "Palestine", "Palestine"), ("IR", "Iran", "Iran"), ("SA", "Saudi Arabia", "Saudi Arabia"),
    ("AE", "United Arab Emirates", "Các Tiểu vương quốc Arab Thống nhất"), ("QA", "Qatar", "Qatar"),
    ("EG", "Egypt", "Ai Cập"), ("ZA", "South Africa", "Nam Phi"), ("NG", "Nigeria", "Nigeria"),
    ("BR", "Brazil", "Brazil"), ("AR", "Argentina", "Argentina"), ("MX", "Mexico", "Mexico"),
    ("CU", "Cuba", "Cuba"), ("CA", "Canada", "Canada"), ("CL", "Chile", "Chile"), ("PE", "Peru", "Peru"),
    ("VE", "Venezuela", "Venezuela"), ("MN", "Mongolia", "Mông Cổ"), ("KZ", "Kazakhstan", "Kazakhstan"),
    ("PK", "Pakistan", "Pakistan"), ("BD", "Bangladesh", "Bangladesh"), ("LK", "Sri Lanka", "Sri Lanka"),
    ("TW", "Taiwan", "Đài Loan"), ("IE", "Ireland", "Ireland"), ("PT", "Portugal", "Bồ Đào Nha"),
    ("GR", "Greece", "Hy Lạp"), ("RO", "Romania", "Romania"), ("BG", "Bulgaria", "Bulgaria"),
    ("RS", "Serbia", "Serbia"), ("SK", "Slovakia", "Slovakia"), ("DZ", "Algeria", "Algeria"),
    ("MZ", "Mozambique", "Mozambique"), ("AO", "Angola", "Angola"),
    ("EU", "European Union", "Liên minh châu Âu"), ("UN", "United Nations", "Liên hợp quốc"),
)


def country_rows() -> list[tuple[str, str, str | None]]:
    """(country_code, name_en, name_vi) rows: the extractor's gazetteer if it has one, else ours."""
    try:
        from extractors import countries as gazetteer  # type: ignore[attr-defined]
    except ImportError:
        return list(_FALLBACK)
    rows_fn = getattr(gazetteer, "country_rows", None)
    if callable(rows_fn):
        try:
            rows = [(str(r[0]), str(r[1]), (str(r[2]) if len(r) > 2 and r[2] else None)) for r in rows_fn()]
        except Exception:  # noqa: BLE001 - a gazetteer in flux must not break the warehouse
            rows = []
        if rows:
            known = {r[0] for r in rows}
            return rows + [r for r in _FALLBACK if r[0] not in known]
    return list(_FALLBACK)
