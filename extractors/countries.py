"""Country gazetteer: ISO 3166-1 alpha-2 codes with English, Vietnamese and transliterated names.

The extractor finds countries in titles ("Bộ trưởng Ngoại giao Hàn Quốc ...") with `find_country`;
storage builds its `countries` table from `country_names()`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from extractors.names import VN_SYLLABLE

# code|English name|Vietnamese name|other forms (";"-separated: old-style transliterations, short forms)
_RAW = """\
AF|Afghanistan|Afghanistan|Áp-ga-ni-xtan;Apganixtan
AL|Albania|Albania|An-ba-ni;Anbani
DZ|Algeria|Algeria|An-giê-ri;Angiêri
AD|Andorra|Andorra|An-đô-ra
AO|Angola|Angola|Ăng-gô-la
AG|Antigua and Barbuda|Antigua và Barbuda|Antigua and Barbuda
AR|Argentina|Argentina|Ác-hen-ti-na;Achentina
AM|Armenia|Armenia|Ác-mê-ni-a
AU|Australia|Australia|Úc;Ô-xtrây-li-a;Ôxtrâylia
AT|Austria|Áo|Austria
AZ|Azerbaijan|Azerbaijan|A-déc-bai-gian;Adécbaigian
BS|Bahamas|Bahamas|Ba-ha-mát
BH|Bahrain|Bahrain|Ba-ranh
BD|Bangladesh|Bangladesh|Băng-la-đét;Bănglađét
BB|Barbados|Barbados|Bác-ba-đốt
BY|Belarus|Belarus|Bê-la-rút;Bêlarút
BE|Belgium|Bỉ|Vương quốc Bỉ;Belgium
BZ|Belize|Belize|Bê-li-xê
BJ|Benin|Benin|Bê-nanh
BT|Bhutan|Bhutan|Bu-tan
BO|Bolivia|Bolivia|Bô-li-vi-a
BA|Bosnia and Herzegovina|Bosnia và Herzegovina|Bô-xni-a Héc-dê-gô-vi-na;Bosnia Herzegovina
BW|Botswana|Botswana|Bốt-xoa-na
BR|Brazil|Brazil|Bra-xin;Braxin;Brasil
BN|Brunei|Brunei|Bru-nây;Brunây;Brunei Darussalam
BG|Bulgaria|Bulgaria|Bun-ga-ri;Bungari
BF|Burkina Faso|Burkina Faso|Buốc-ki-na Pha-xô
BI|Burundi|Burundi|Bu-run-đi
CV|Cabo Verde|Cabo Verde|Cáp-ve;Cape Verde
KH|Cambodia|Campuchia|Cam-pu-chia;Căm-pu-chia;Cambodia;Vương quốc Campuchia
CM|Cameroon|Cameroon|Ca-mơ-run
CA|Canada|Canada|Ca-na-đa
CF|Central African Republic|Cộng hòa Trung Phi|Trung Phi
TD|Chad|Chad|Tchad
CL|Chile|Chile|Chi-lê;Chilê
CN|China|Trung Quốc|Trung Hoa;Cộng hòa Nhân dân Trung Hoa;China;TQ
CO|Colombia|Colombia|Cô-lôm-bi-a;Côlômbia
CK|Cook Islands|Quần đảo Cook|Cook Islands
KM|Comoros|Comoros|Cô-mo
CG|Congo|Congo|Công-gô
CD|DR Congo|CHDC Congo|Cộng hòa Dân chủ Congo
CR|Costa Rica|Costa Rica|Cốt-xta Ri-ca
CI|Côte d'Ivoire|Bờ Biển Ngà|Côte d'Ivoire;Cốt Đi-voa
HR|Croatia|Croatia|Crô-a-ti-a;Croatia
CU|Cuba|Cuba|Cu-ba
CY|Cyprus|Síp|Cyprus;Cộng hòa Síp
CZ|Czechia|Séc|Cộng hòa Séc;CH Séc;Czech
DK|Denmark|Đan Mạch|Denmark
DJ|Djibouti|Djibouti|Gi-bu-ti
DM|Dominica|Dominica|Đô-mi-ni-ca
DO|Dominican Republic|Cộng hòa Dominica|Cộng hòa Đô-mi-ni-ca
EC|Ecuador|Ecuador|Ê-cu-a-đo;Êcuađo
EG|Egypt|Ai Cập|Egypt
SV|El Salvador|El Salvador|En Xan-va-đo
GQ|Equatorial Guinea|Guinea Xích đạo|Ghi-nê Xích đạo
ER|Eritrea|Eritrea|Ê-ri-tơ-rê-a
EE|Estonia|Estonia|E-xtô-ni-a;Extônia
SZ|Eswatini|Eswatini|Swaziland
ET|Ethiopia|Ethiopia|Ê-ti-ô-pi-a;Êtiôpia
FJ|Fiji|Fiji|Phi-gi
FI|Finland|Phần Lan|Finland
FR|France|Pháp|Cộng hòa Pháp;France
GA|Gabon|Gabon|Ga-bông
GM|Gambia|Gambia|Găm-bi-a
GE|Georgia|Gruzia|Gru-di-a;Georgia
DE|Germany|Đức|CHLB Đức;Cộng hòa Liên bang Đức;Germany;Tây Đức
GH|Ghana|Ghana|Ga-na
GR|Greece|Hy Lạp|Greece
GD|Grenada|Grenada|Grê-na-đa
GT|Guatemala|Guatemala|Goa-tê-ma-la
GN|Guinea|Guinea|Ghi-nê
GW|Guinea-Bissau|Guinea-Bissau|Ghi-nê Bít-xao
GY|Guyana|Guyana|Gai-a-na
HT|Haiti|Haiti|Ha-i-ti
HN|Honduras|Honduras|Hôn-đu-rát
HU|Hungary|Hungary|Hung-ga-ri;Hunggari
IS|Iceland|Iceland|Ai-xơ-len;Aixơlen
IN|India|Ấn Độ|Cộng hòa Ấn Độ;India
ID|Indonesia|Indonesia|In-đô-nê-xi-a;Inđônêxia
IR|Iran|Iran|I-ran
IQ|Iraq|Iraq|I-rắc;Irắc
IE|Ireland|Ireland|Ai-len;Ailen
IL|Israel|Israel|I-xra-en;Ixraen;Do Thái
IT|Italy|Italy|I-ta-li-a;Italia;Ý
JM|Jamaica|Jamaica|Gia-mai-ca
JP|Japan|Nhật Bản|Nhật;Japan
JO|Jordan|Jordan|Gioóc-đa-ni;Giooc-đa-ni
KZ|Kazakhstan|Kazakhstan|Ca-dắc-xtan;Cadắcxtan
KE|Kenya|Kenya|Kê-ni-a
KI|Kiribati|Kiribati|Ki-ri-ba-ti
KP|North Korea|Triều Tiên|CHDCND Triều Tiên;Cộng hòa Dân chủ Nhân dân Triều Tiên;Bắc Triều Tiên;Bắc Hàn
KR|South Korea|Hàn Quốc|Đại Hàn Dân Quốc;Nam Triều Tiên;Nam Hàn;Hàn;Korea
XK|Kosovo|Kosovo|Cô-xô-vô
KW|Kuwait|Kuwait|Cô-oét;Côoét
KG|Kyrgyzstan|Kyrgyzstan|Cư-rơ-gư-xtan;Kirgizstan
LA|Laos|Lào|CHDCND Lào;Cộng hòa Dân chủ Nhân dân Lào;Laos
LV|Latvia|Latvia|Lát-vi-a
LB|Lebanon|Liban|Li-băng;Lebanon
LS|Lesotho|Lesotho|Lê-xô-thô
LR|Liberia|Liberia|Li-bê-ri-a
LY|Libya|Libya|Li-bi
LI|Liechtenstein|Liechtenstein|Lích-ten-xtai
LT|Lithuania|Litva|Lít-va;Lithuania
LU|Luxembourg|Luxembourg|Lúc-xăm-bua;Lúcxămbua
MG|Madagascar|Madagascar|Ma-đa-gát-xca
MW|Malawi|Malawi|Ma-la-uy
MY|Malaysia|Malaysia|Ma-lai-xi-a;Malaixia
MV|Maldives|Maldives|Man-đi-vơ
ML|Mali|Mali|Ma-li
MT|Malta|Malta|Man-ta
MH|Marshall Islands|Quần đảo Marshall|Marshall
MR|Mauritania|Mauritania|Mô-ri-ta-ni
MU|Mauritius|Mauritius|Mô-ri-xơ
MX|Mexico|Mexico|Mê-hi-cô;Mê-xi-cô;Mêhicô
FM|Micronesia|Micronesia|Mi-crô-nê-di-a;Mi-crô-nê-xi-a
MD|Moldova|Moldova|Môn-đô-va
MC|Monaco|Monaco|Mô-na-cô
MN|Mongolia|Mông Cổ|Mongolia
ME|Montenegro|Montenegro|Môn-tê-nê-grô
MA|Morocco|Maroc|Ma-rốc;Morocco
MZ|Mozambique|Mozambique|Mô-dăm-bích;Môdămbích
MM|Myanmar|Myanmar|Mi-an-ma;Mianma
NA|Namibia|Namibia|Na-mi-bi-a
NR|Nauru|Nauru|Na-u-ru
NP|Nepal|Nepal|Nê-pan
NL|Netherlands|Hà Lan|Netherlands
NZ|New Zealand|New Zealand|Niu Di-lân;Niu Dilân;Niu-di-lân
NI|Nicaragua|Nicaragua|Ni-ca-ra-goa
NE|Niger|Niger|Ni-giê
NU|Niue|Niue|Ni-u-ê
NG|Nigeria|Nigeria|Ni-giê-ri-a;Nigiêria
MK|North Macedonia|Bắc Macedonia|Macedonia;Ma-xê-đô-ni-a
NO|Norway|Na Uy|Norway
OM|Oman|Oman|Ô-man
PK|Pakistan|Pakistan|Pa-ki-xtan;Pakixtan
PW|Palau|Palau|Pa-lau
PS|Palestine|Palestine|Pa-le-xtin;Palextin
PA|Panama|Panama|Pa-na-ma
PG|Papua New Guinea|Papua New Guinea|Pa-pua Niu Ghi-nê
PY|Paraguay|Paraguay|Pa-ra-goay
PE|Peru|Peru|Pê-ru
PH|Philippines|Philippines|Phi-líp-pin;Philippin;Cộng hòa Philippines
PL|Poland|Ba Lan|Poland
PT|Portugal|Bồ Đào Nha|Portugal
QA|Qatar|Qatar|Ca-ta
RO|Romania|Romania|Ru-ma-ni;Rumani
RU|Russia|Nga|LB Nga;Liên bang Nga;Russia
RW|Rwanda|Rwanda|Ru-an-đa
KN|Saint Kitts and Nevis|Saint Kitts và Nevis|Saint Kitts and Nevis
LC|Saint Lucia|Saint Lucia|Xanh Lu-xi-a
VC|Saint Vincent and the Grenadines|Saint Vincent và Grenadines|Saint Vincent
WS|Samoa|Samoa|Xa-moa
SM|San Marino|San Marino|Xan Ma-ri-nô
ST|Sao Tome and Principe|Sao Tome và Principe|Sao Tome
SA|Saudi Arabia|Saudi Arabia|Ả Rập Xê-út;Ả-rập Xê-út;Ả Rập Saudi;Arab Saudi;A-rập Xê-út
SN|Senegal|Senegal|Xê-nê-gan
RS|Serbia|Serbia|Xéc-bi-a;Xécbia
SC|Seychelles|Seychelles|Xây-sen
SL|Sierra Leone|Sierra Leone|Xi-ê-ra Lê-ôn
SG|Singapore|Singapore|Xinh-ga-po;Xin-ga-po;Xingapo
SK|Slovakia|Slovakia|Xlô-va-ki-a;Xlôvakia
SI|Slovenia|Slovenia|Xlô-ven-ni-a;Xlôvenia
SB|Solomon Islands|Quần đảo Solomon|Solomon
SO|Somalia|Somalia|Xô-ma-li
ZA|South Africa|Nam Phi|South Africa
SS|South Sudan|Nam Sudan|Nam Xu-đăng
ES|Spain|Tây Ban Nha|Spain
EH|Western Sahara|Tây Sahara|Xa-ha-ra;Cộng hòa Ả-rập Xa-ha-ra Dân chủ;Cộng hòa Ả-rập Xarauy Dân chủ;Cộng hòa Ả-rập Sahrawi Dân chủ
LK|Sri Lanka|Sri Lanka|Xri Lan-ca;Xri Lanca
SD|Sudan|Sudan|Xu-đăng
SR|Suriname|Suriname|Xu-ri-nam
SE|Sweden|Thụy Điển|Sweden
CH|Switzerland|Thụy Sĩ|Thụy Sỹ;Switzerland
SY|Syria|Syria|Xy-ri;Xi-ri
TW|Taiwan|Đài Loan|Taiwan
TJ|Tajikistan|Tajikistan|Tát-gi-ki-xtan
TZ|Tanzania|Tanzania|Tan-da-ni-a
TH|Thailand|Thái Lan|Thailand
TL|Timor-Leste|Timor-Leste|Đông Timor;Đông Ti-mo;Ti-mo Lét-xtê;Timor Leste
TG|Togo|Togo|Tô-gô
TO|Tonga|Tonga|Tông-ga
TT|Trinidad and Tobago|Trinidad và Tobago|Tri-ni-đát và Tô-ba-gô
TN|Tunisia|Tunisia|Tuy-ni-di
TR|Türkiye|Thổ Nhĩ Kỳ|Türkiye;Turkey
TM|Turkmenistan|Turkmenistan|Tuốc-mê-ni-xtan
TV|Tuvalu|Tuvalu|Tu-va-lu
UG|Uganda|Uganda|U-gan-đa
UA|Ukraine|Ukraine|U-crai-na;Ucraina;Ukraina
AE|United Arab Emirates|Các Tiểu vương quốc Ả Rập Thống nhất|UAE;Các Tiểu vương quốc Arab Thống nhất;Tiểu vương quốc Ả-rập Thống nhất;Các Tiểu Vương quốc Ả-rập Thống nhất;United Arab Emirates
GB|United Kingdom|Anh|Vương quốc Anh;Liên hiệp Vương quốc Anh và Bắc Ireland;Vương quốc Liên hiệp Anh và Bắc Ireland;Vương quốc Anh và Bắc Ireland;Vương quốc Anh và Bắc Ai-len;Liên hiệp Vương quốc Anh và Bắc Ai-len;Anh và Bắc Ireland;Bắc Ireland;Anh Quốc;United Kingdom;UK
US|United States|Mỹ|Hoa Kỳ;Hợp chúng quốc Hoa Kỳ;Hợp chúng quốc Mỹ;United States;USA
UY|Uruguay|Uruguay|U-ru-goay
UZ|Uzbekistan|Uzbekistan|U-dơ-bê-ki-xtan;Udơbêkixtan
VU|Vanuatu|Vanuatu|Va-nu-a-tu
VA|Holy See|Tòa Thánh Vatican|Vatican;Tòa Thánh
VE|Venezuela|Venezuela|Vê-nê-xu-ê-la;Vênêxuêla
VN|Viet Nam|Việt Nam|Cộng hòa Xã hội Chủ nghĩa Việt Nam;CHXHCN Việt Nam;Vietnam
YE|Yemen|Yemen|Y-ê-men
ZM|Zambia|Zambia|Dăm-bi-a
ZW|Zimbabwe|Zimbabwe|Dim-ba-bu-ê
EU|European Union|Liên minh châu Âu|Liên minh Châu Âu;EU;EC;Ủy ban châu Âu;Ủy ban Châu Âu;Hội đồng châu Âu;Hội đồng Châu Âu;Ủy viên châu Âu;Ủy viên Châu Âu;Eurogroup
SU|Soviet Union|Liên Xô|Liên bang Xô viết;Liên bang Xô-viết
UN|United Nations|Liên hợp quốc|Liên Hợp Quốc;Liên Hợp quốc;LHQ;Liên hiệp quốc;Liên Hiệp Quốc
"""


@dataclass(frozen=True)
class Country:
    code: str
    name_en: str
    name_vi: str
    aliases: tuple[str, ...]

    @property
    def all_names(self) -> tuple[str, ...]:
        return (self.name_vi, self.name_en, *self.aliases)


def _parse(raw: str) -> tuple[Country, ...]:
    out = []
    for line in raw.splitlines():
        if not line.strip():
            continue
        code, en, vi, aliases = line.split("|")
        out.append(Country(code, en, vi, tuple(a for a in aliases.split(";") if a)))
    return tuple(out)


COUNTRIES: tuple[Country, ...] = _parse(_RAW)
BY_CODE: dict[str, Country] = {c.code: c for c in COUNTRIES}


def country_names() -> list[tuple[str, str, str, list[str]]]:
    """(code, English name, Vietnamese name, other forms) for every country: the warehouse `countries` table."""
    return [(c.code, c.name_en, c.name_vi, list(c.aliases)) for c in COUNTRIES]


def country_rows() -> list[tuple[str, str, str]]:
    """(code, English name, Vietnamese name): the shape `storage.countries` reads."""
    return [(c.code, c.name_en, c.name_vi) for c in COUNTRIES]


def _nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s).replace("\u00d0", "Đ")


# formal prefixes written before a country's name ("Vương quốc Thái Lan", "Cộng hòa Cu-ba", "CHDCND Lào");
# a name that has its own entry with the prefix ("Cộng hòa Dominica", "Cộng hòa Dân chủ Congo") keeps it
_FORMAL_PREFIX = ("Cộng hòa Xã hội Chủ nghĩa", "Cộng hòa Dân chủ Nhân dân", "Cộng hòa Liên bang", "Cộng hòa Hồi giáo",
                  "Cộng hòa Nhân dân", "Cộng hòa Dân chủ", "Cộng hòa Ả-rập", "Cộng hòa", "Vương quốc", "Liên bang",
                  "Nhà nước", "Đại Công quốc", "Công quốc", "Hợp chúng quốc", "CHXHCN", "CHDCND", "CHND", "CHLB", "LB")
_SEP = re.compile(r"[-\s]+")
# descriptive words an official name may put between its formal prefix and the short name ("Cộng hòa Bolivar
# Venezuela", "Nhà nước Đa dân tộc Bolivia", "Vương quốc Hashemite Jordan", "Cộng hòa Xã hội chủ nghĩa Dân chủ
# Sri Lanka"): at most _MAX_QUALIFIERS of them, each a capitalised word or one of these lower-case syllables
_QUALIFIER_SYLLABLES = ("dân tộc", "hồi giáo", "nhân dân", "dân chủ", "xã hội", "chủ nghĩa", "thống nhất",
                        "liên bang", "ả-rập", "ả rập", "hợp nhất", "độc lập", "tự do")
_MAX_QUALIFIERS = 4
UPPER_LETTERS = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"


def _key(name: str) -> str:
    """Lookup form of a country name: hyphens and spaces between syllables are one separator, and syllables after
    the first are case-free ("Ả-rập Xê-út" = "Ả Rập Xê-út"); the first letter keeps its case ("Anh" is not "anh")."""
    name = _nfc(name).strip()
    parts = _SEP.split(name)
    return " ".join([parts[0]] + [x.lower() for x in parts[1:]])


def _flexible(name: str) -> str:
    """Regex of a name with either separator between syllables and either case after the first syllable."""
    parts = _SEP.split(name)
    out = re.escape(parts[0])
    for x in parts[1:]:
        first = x[:1]
        head = f"[{re.escape(first.upper())}{re.escape(first.lower())}]" if first.upper() != first.lower() \
            else re.escape(first)
        out += r"[-\s]" + head + re.escape(x[1:])
    return out


_QUALIFIER = (r"(?:" + "|".join(f"[{q[0].upper()}{q[0]}]" + _flexible(q)[1:] for q in _QUALIFIER_SYLLABLES)
              + r"|[" + UPPER_LETTERS + r"][\w'’]*(?:-[\w'’]+)*)")


# short forms that are also family names: before a name of Vietnamese syllables they open the name ("Bộ trưởng
# Nông nghiệp Trung Quốc Hàn Trường Phú", round 136), not a country ("Ngoại trưởng Hàn Park Jin" stays Korea's)
_FAMILY_NAME_FORMS = ("Hàn",)


def _name_alternative(name: str) -> str:
    """Regex of one country name for `_pattern`: a family-name form is no country before a Vietnamese name."""
    if name not in _FAMILY_NAME_FORMS:
        return _flexible(name)
    syllable = r"\s+(?=[" + UPPER_LETTERS + r"])(?i:" + VN_SYLLABLE + r")(?![\w-])"
    # (one to three such syllables that end the name: "Hàn Chính.", "Hàn Trường Phú về ...", not "Hàn Kim Jong-un")
    return _flexible(name) + r"(?!(?:" + syllable + r"){1,3}(?!\s+[" + UPPER_LETTERS + r"]))"


@lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    lookup: dict[str, str] = {}
    for c in COUNTRIES:
        for name in c.all_names:
            lookup[_key(name)] = c.code
    names = sorted({_nfc(n) for c in COUNTRIES for n in c.all_names}, key=len, reverse=True)
    prefixes = "|".join(_flexible(p) for p in sorted(_FORMAL_PREFIX, key=len, reverse=True))
    # case-sensitive on purpose: "Anh", "Nga", "Đức", "Pháp" are also common words and given names in lower case
    pat = re.compile(r"(?<![\w-])((?:(?:" + prefixes + r")(?:\s+" + _QUALIFIER + r"){0," + str(_MAX_QUALIFIERS)
                     + r"}?\s+)?(?:" + "|".join(_name_alternative(n) for n in names) + r"))(?![\w-])")
    return pat, lookup


def country_pattern() -> re.Pattern[str]:
    """Regex matching any known country name (longest first, whole words, first letter case-sensitive), with an
    optional formal prefix ("Vương quốc", "Cộng hòa"); group 1 is the whole name."""
    return _pattern()[0]


# short forms that stand for a country only when written alone ("Thủ tướng Thái" is Thailand's, "Thủ tướng Ấn" India's),
# never inside a longer name ("Thái Kỳ", "Thái Bình"): known to `code_of` and, before a name that is not Vietnamese
# ("Thủ tướng Thái Somchai X", not "Bộ trưởng Thái Văn Hòa"), to `mentions`; not to `country_pattern`
_ALONE_FORMS = {"Thái": "TH", "Ấn": "IN"}
# short forms said only as the second of a hyphened pair of countries ("hai nhà lãnh đạo Mỹ - Trung", "Hàn - Triều"):
# alone they are words or names ("miền Trung", "Lê Hoài Trung"); known to `mentions` in that place only
PAIR_FORMS = {"Trung": "CN", "Việt": "VN", "Triều": "KP"}


@lru_cache(maxsize=1024)
def cut_country(word: str) -> bool:
    """A word that is the start of a one-word country name cut short ("Malays" of a page cut before "Malaysia")."""
    w = _nfc(word).strip()
    return len(w) >= 4 and w[:1].isupper() and code_of(w) is None and any(
        n.startswith(w) and " " not in n for c in COUNTRIES for n in map(_nfc, c.all_names))


def alone_form(word: str) -> str | None:
    """ISO code of a short form that stands for a country only alone ("Thái", "Ấn"), else None."""
    return _ALONE_FORMS.get(_nfc(word).strip())


@lru_cache(maxsize=16384)
def code_of(name: str) -> str | None:
    """ISO code of a country name as written ("Hoa Kỳ" -> "US", "Vương quốc Thái Lan" -> "TH"), None when unknown."""
    lookup = _pattern()[1]
    key = _key(name)
    if key in lookup:
        return lookup[key]
    if _nfc(name).strip() in _ALONE_FORMS:
        return _ALONE_FORMS[_nfc(name).strip()]
    parts = _SEP.split(_nfc(name).strip())
    for prefix in sorted(_FORMAL_PREFIX, key=len, reverse=True):
        n = len(_SEP.split(prefix))
        if len(parts) > n and _key(" ".join(parts[:n])) == _key(prefix):
            # the short name after at most _MAX_QUALIFIERS descriptive words ("Cộng hòa Bolivar Venezuela")
            for k in range(n, len(parts)):
                code = lookup.get(_key(" ".join(parts[k:])))
                if code:
                    return code
            return None
    return None


def find_country(text: str) -> tuple[str, int, int] | None:
    """Last country named in `text`: (code, start, end), or None."""
    found = None
    for m in country_pattern().finditer(_nfc(text)):
        found = (code_of(m.group(1)), m.start(), m.end())
    return found
