"""Provinces, cities and states that local officials' titles name ("Bí thư Tỉnh ủy Lạng Sơn", "Tỉnh trưởng tỉnh
Luang Prabang", "Bí thư Khu ủy Quảng Tây", "Thống đốc bang California"), with the country each belongs to.

Provincial and municipal exchanges (Vietnamese border provinces with Lao, Cambodian and Chinese provinces) are
reported in the same words as state calls; the place closes the title, is never a person's name, and gives the
official's country. Hyphens and spaces between syllables are one separator, as in `extractors.countries`.
"""

from __future__ import annotations

import re
from functools import lru_cache

# code|names (";"-separated)
_RAW = """\
VN|An Giang;Bà Rịa - Vũng Tàu;Bà Rịa-Vũng Tàu;Bạc Liêu;Bắc Giang;Bắc Kạn;Bắc Ninh;Bến Tre;Bình Dương;Bình Định;\
Bình Phước;Bình Thuận;Cà Mau;Cao Bằng;Cần Thơ;Đà Nẵng;Đắk Lắk;Đắk Nông;Điện Biên;Đồng Nai;Đồng Tháp;Gia Lai;\
Hà Giang;Hà Nam;Hà Nội;Hà Tĩnh;Hải Dương;Hải Phòng;Hậu Giang;Hòa Bình;Hưng Yên;Khánh Hòa;Kiên Giang;Kon Tum;\
Lai Châu;Lạng Sơn;Lào Cai;Lâm Đồng;Long An;Nam Định;Nghệ An;Ninh Bình;Ninh Thuận;Phú Thọ;Phú Yên;Quảng Bình;\
Quảng Nam;Quảng Ngãi;Quảng Ninh;Quảng Trị;Sóc Trăng;Sơn La;Tây Ninh;Thái Bình;Thái Nguyên;Thanh Hóa;\
Thừa Thiên Huế;Thừa Thiên - Huế;Huế;Tiền Giang;Hồ Chí Minh;TP Hồ Chí Minh;TP. Hồ Chí Minh;TP.HCM;TPHCM;Trà Vinh;\
Tuyên Quang;Vĩnh Long;Vĩnh Phúc;Yên Bái
CN|Quảng Tây;Choang Quảng Tây;Vân Nam;Quảng Đông;Hải Nam;Phúc Kiến;Chiết Giang;Giang Tô;Sơn Đông;Hà Bắc;Hồ Nam;\
Hồ Bắc;Tứ Xuyên;Quý Châu;Thiểm Tây;Sơn Tây;Cam Túc;Thanh Hải;Tân Cương;Tây Tạng;Nội Mông;Nội Mông Cổ;Ninh Hạ;\
Hắc Long Giang;Cát Lâm;Liêu Ninh;An Huy;Giang Tây;Bắc Kinh;Thượng Hải;Thiên Tân;Trùng Khánh;Guangxi;Yunnan;\
Guangdong
LA|Viêng Chăn;Vientiane;Luang Prabang;Luông Pha Bang;Luông Prabang;Luang Phabang;Xiêng Khoảng;Xieng Khouang;\
Hủa Phăn;Houaphanh;Phông Xa Lỳ;Phongsaly;Phongsali;U Đôm Xay;Oudomxay;Luang Namtha;Luổng Nặm Thà;Bò Kẹo;Bokeo;\
Xay Nha Bu Ly;Sayaboury;Xaignabouli;Bô Ly Khăm Xay;Bolikhamxay;Bolikhamsai;Khăm Muộn;Khammouane;Savannakhet;\
Xa Vẳn Na Khệt;Salavan;Sa La Văn;Sê Kông;Sekong;Champasak;Chăm Pa Sắc;Attapeu;Át Tạ Pư;Xay Xổm Bun;Xaisomboun
KH|Phnom Penh;Phnôm Pênh;Kampot;Cam Pốt;Takeo;Ta Keo;Svay Rieng;Xvây Riêng;Kandal;Kan Đan;Prey Veng;Prây Veng;\
Ratanakiri;Rattanakiri;Ratanakiri;Mondulkiri;Mondulkiri;Kratie;Kratié;Cra Chê;Stung Treng;Xtung Treng;Tbong Khmum;\
Kep;Koh Kong;Siem Reap;Xiêm Riệp;Battambang;Bát Tam Bang;Pailin;Banteay Meanchey;Oddar Meanchey;Preah Vihear;\
Kampong Cham;Công Pông Chàm;Kampong Chhnang;Kampong Speu;Kampong Thom;Pursat;Preah Sihanouk;Sihanoukville
US|California;Texas;New York;Hawaii;Massachusetts;Illinois;Florida;Oregon;Alaska;Virginia;Maryland;\
Michigan;Ohio;Pennsylvania;Arizona;Colorado;Nevada;Minnesota;Wisconsin;Iowa;Nebraska;Kentucky;Tennessee
"""


def _parse(raw: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in raw.splitlines():
        if not line.strip():
            continue
        code, names = line.split("|", 1)
        for name in names.split(";"):
            if name.strip():
                out.setdefault(name.strip(), code)
    return out


PLACES: dict[str, str] = _parse(_RAW)
_SEP = re.compile(r"[-\s.]+")


def _key(name: str) -> str:
    return " ".join(p.lower() for p in _SEP.split(name.strip()) if p)


def _flexible(name: str) -> str:
    parts = [p for p in _SEP.split(name) if p]
    return r"[-\s.]*".join(re.escape(p) for p in parts[:1]) + "".join(
        r"(?:\s*-\s*|\s+|\.\s*)" + f"[{re.escape(p[0].upper())}{re.escape(p[0].lower())}]" + re.escape(p[1:])
        for p in parts[1:])


@lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    lookup = {_key(n): c for n, c in PLACES.items()}
    names = sorted(PLACES, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(_flexible(n) for n in names) + r")(?![\w-])"), lookup


def place_pattern() -> re.Pattern[str]:
    """Regex of any known province, city or state (whole words, first letter case-sensitive); group 1 is the name."""
    return _pattern()[0]


def place_country(name: str) -> str | None:
    """Country code of a known place as written ("Lạng Sơn" -> "VN", "Luang Prabang" -> "LA"), None if unknown."""
    return _pattern()[1].get(_key(name))
