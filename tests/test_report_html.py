"""The HTML report: self-contained (no network, no scripts), and its charts really draw something when
rendered by headless Chromium (pixel check on a screenshot, decoded with a tiny PNG reader)."""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

from storage import Warehouse, WarehouseError
from storage.report import HEADER_HEIGHT, SECTION_HEIGHT, build_report
from storage.sample import build_sample_warehouse

CHROMIUM = "/usr/bin/chromium"
WIDTH, HEIGHT = 1024, 2000


def test_report_is_self_contained(tmp_path):
    warehouse, _ = build_sample_warehouse(tmp_path / "wh.duckdb")
    out = build_report(warehouse.path, tmp_path / "out" / "report.html")
    html = out.read_text(encoding="utf-8")
    assert "<script" not in html.lower()
    assert not re.search(r"""(src|href)=["']?(https?:)?//(?!baoquocte|vnexpress|tuoitre)""", html)
    assert "@import" not in html and "url(" not in html
    assert html.count("<svg") == 3
    assert "Kamikawa Yoko" in html and 'href="https://baoquocte.vn/a1"' in html
    assert "Tập Cận Bình" in html  # UTF-8 kept


def test_report_on_empty_warehouse_and_missing_file(tmp_path):
    Warehouse(tmp_path / "empty.duckdb").migrate()
    html = build_report(tmp_path / "empty.duckdb", tmp_path / "empty.html").read_text(encoding="utf-8")
    assert html.count("No calls yet") == 4
    with pytest.raises(WarehouseError, match="no warehouse"):
        build_report(tmp_path / "absent.duckdb", tmp_path / "x.html")


# --------------------------------------------------------------------------------------------- browser
def read_png(path: Path) -> tuple[int, int, int, bytes]:
    """(width, height, bytes per pixel, raw pixel rows) of an 8-bit RGB/RGBA non-interlaced PNG."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, header = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", chunk)
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    assert header is not None
    width, height, depth, color_type, _, _, interlace = header
    assert depth == 8 and color_type in (2, 6) and interlace == 0, header
    bpp = 3 if color_type == 2 else 4
    raw = zlib.decompress(idat)
    stride = width * bpp
    out = bytearray(height * stride)
    prev = bytearray(stride)
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        if kind == 1:
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 0xFF
        elif kind == 2:
            line = bytearray((a + b) & 0xFF for a, b in zip(line, prev, strict=True))
        elif kind == 3:
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + ((left + prev[i]) >> 1)) & 0xFF
        elif kind == 4:
            for i in range(stride):
                a = line[i - bpp] if i >= bpp else 0
                b, c = prev[i], (prev[i - bpp] if i >= bpp else 0)
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
        out[y * stride:(y + 1) * stride] = line
        prev = line
    return width, height, bpp, bytes(out)


def coloured_pixels(png: tuple[int, int, int, bytes], top: int, bottom: int) -> int:
    """Saturated pixels (bars, nodes, lines; not text, grid or background) in rows top..bottom."""
    width, height, bpp, pixels = png
    count = 0
    for y in range(max(0, top), min(height, bottom)):
        row = pixels[y * width * bpp:(y + 1) * width * bpp]
        for x in range(0, width * bpp, bpp * 2):  # every other pixel is plenty
            r, g, b = row[x], row[x + 1], row[x + 2]
            if max(r, g, b) - min(r, g, b) > 80:
                count += 1
    return count


def chromium() -> str:
    if not Path(CHROMIUM).exists():
        if os.geteuid() != 0 or not shutil.which("apt-get"):
            pytest.skip("headless Chromium is not installed (apt-get install -y chromium)")
        subprocess.run(["apt-get", "install", "-y", "chromium"], check=False, capture_output=True, timeout=600)
        if not Path(CHROMIUM).exists():
            pytest.skip("could not install Chromium with apt-get")
    return CHROMIUM


def screenshot(html: Path, tmp_path: Path) -> tuple[int, int, int, bytes]:
    shot = tmp_path / f"{html.stem}.png"
    subprocess.run([chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--force-device-scale-factor=1", "--hide-scrollbars", f"--user-data-dir={tmp_path / 'profile'}",
                    f"--screenshot={shot}", f"--window-size={WIDTH},{HEIGHT}", html.as_uri()],
                   check=True, capture_output=True, timeout=120)
    return read_png(shot)


SECTIONS = {"calls per month": 0, "top counterparts": 1, "network": 2}


@pytest.mark.browser
def test_charts_render_in_headless_chromium(tmp_path):
    warehouse, _ = build_sample_warehouse(tmp_path / "wh.duckdb")
    png = screenshot(build_report(warehouse.path, tmp_path / "report.html"), tmp_path)
    assert png[:2] == (WIDTH, HEIGHT)
    empty = Warehouse(tmp_path / "empty.duckdb")
    empty.migrate()
    empty_png = screenshot(build_report(empty.path, tmp_path / "empty.html"), tmp_path)
    for name, index in SECTIONS.items():
        top = HEADER_HEIGHT + index * SECTION_HEIGHT
        drawn = coloured_pixels(png, top, top + SECTION_HEIGHT)
        blank = coloured_pixels(empty_png, top, top + SECTION_HEIGHT)
        print(f"{name}: {drawn} coloured pixels sampled (empty warehouse: {blank})")
        assert drawn > 300, f"the {name} chart looks blank"
        assert blank == 0
    table_top = HEADER_HEIGHT + 3 * SECTION_HEIGHT
    assert coloured_pixels(png, table_top, table_top + 400) > 20  # the article links
