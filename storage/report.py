"""One self-contained HTML page about the calls in the warehouse: inline CSS and SVG, no scripts, no network.

Sections (fixed heights, so a screenshot test knows where each chart is): calls per month by country,
top counterparts, who talks to whom, the latest calls with links to their articles.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from datetime import UTC, date, datetime
from html import escape
from pathlib import Path

from storage.warehouse import Warehouse, query

PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd", "#d62728", "#17becf", "#e377c2", "#8c564b"]
OTHER_COLOR = "#7f7f7f"
VN_COLOR = "#d62728"
CHART_WIDTH = 960
HEADER_HEIGHT = 120  # px; each section below is SECTION_HEIGHT tall (the screenshot test relies on both)
SECTION_HEIGHT = 470
MAX_MONTHS = 72
LATEST_CALLS = 40

_CSS = f"""
* {{ box-sizing: border-box; }}
body {{ margin: 0; font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #222;
       background: #fff; }}
header {{ height: {HEADER_HEIGHT}px; padding: 16px 24px; border-bottom: 1px solid #ddd; overflow: hidden; }}
header h1 {{ margin: 0 0 6px; font-size: 24px; }}
header p {{ margin: 0; color: #555; }}
section.chart {{ height: {SECTION_HEIGHT}px; padding: 12px 24px; overflow: hidden; border-bottom: 1px solid #eee; }}
section h2 {{ margin: 0 0 8px; font-size: 17px; height: 24px; }}
svg {{ display: block; }}
svg text {{ font: 11px system-ui, sans-serif; fill: #333; }}
.empty {{ fill: #999; font-size: 16px; }}
table {{ border-collapse: collapse; width: 100%; font-size: 13px; }}
th, td {{ text-align: left; padding: 4px 8px; border-bottom: 1px solid #eee; vertical-align: top; }}
th {{ background: #f6f6f6; }}
a {{ color: #1f5fbf; }}
section.table {{ padding: 12px 24px 32px; }}
"""


def _svg(width: int, height: int, body: list[str], label: str) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}" role="img" aria-label="{escape(label)}">' + "".join(body) + "</svg>")


def _empty(width: int, height: int, label: str) -> str:
    return _svg(width, height, [f'<text class="empty" x="{width / 2}" y="{height / 2}" text-anchor="middle">'
                                f'No calls yet</text>'], label)


def _month_index(day: date) -> int:
    return day.year * 12 + day.month - 1


def _calls_per_month_chart(rows: list[tuple], names: dict[str, str]) -> str:
    """Stacked bars: calls per month, coloured by the foreign country (top countries, the rest as 'other')."""
    width, height = CHART_WIDTH, 400
    dated = [(day, country or "??") for day, country in rows if day is not None]
    if not dated:
        return _empty(width, height, "calls per month by country")
    by_country = Counter(country for _, country in dated)
    top = [c for c, _ in by_country.most_common(len(PALETTE))]
    colors = {c: PALETTE[i] for i, c in enumerate(top)}
    last = max(_month_index(d) for d, _ in dated)
    first = max(min(_month_index(d) for d, _ in dated), last - MAX_MONTHS + 1)
    counts: dict[int, Counter] = defaultdict(Counter)
    for day, country in dated:
        if _month_index(day) >= first:
            counts[_month_index(day)][country if country in colors else "other"] += 1
    months = list(range(first, last + 1))
    peak = max((sum(c.values()) for c in counts.values()), default=1) or 1
    left, right, top_pad, bottom = 40, 170, 10, 40
    plot_w, plot_h = width - left - right, height - top_pad - bottom
    bar_w = plot_w / len(months)
    body = [f'<line x1="{left}" y1="{top_pad + plot_h}" x2="{left + plot_w}" y2="{top_pad + plot_h}" '
            f'stroke="#888"/>']
    for tick in range(0, peak + 1, max(1, math.ceil(peak / 5))):
        y = top_pad + plot_h - tick / peak * plot_h
        body.append(f'<line x1="{left}" y1="{y:.1f}" x2="{left + plot_w}" y2="{y:.1f}" stroke="#eee"/>'
                    f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{tick}</text>')
    for i, month in enumerate(months):
        x, y = left + i * bar_w, top_pad + plot_h
        for country in [*top, "other"]:
            n = counts[month][country]
            if not n:
                continue
            h = n / peak * plot_h
            y -= h
            label = f"{month // 12}-{month % 12 + 1:02d}: {n} with {names.get(country, country)}"
            body.append(f'<rect x="{x + bar_w * 0.1:.1f}" y="{y:.1f}" width="{max(bar_w * 0.8, 1):.1f}" '
                        f'height="{h:.1f}" fill="{colors.get(country, OTHER_COLOR)}"><title>{escape(label)}</title></rect>')
        if i % max(1, math.ceil(len(months) / 12)) == 0:
            body.append(f'<text x="{x + bar_w / 2:.1f}" y="{height - bottom + 16}" text-anchor="middle">'
                        f'{month // 12}-{month % 12 + 1:02d}</text>')
    for i, country in enumerate([*top, "other"] if len(by_country) > len(top) else top):
        y = top_pad + 10 + i * 20
        body.append(f'<rect x="{width - right + 20}" y="{y}" width="14" height="14" '
                    f'fill="{colors.get(country, OTHER_COLOR)}"/><text x="{width - right + 40}" y="{y + 11}">'
                    f'{escape(names.get(country, country))} ({by_country[country] if country != "other" else sum(by_country[c] for c in by_country if c not in colors)})</text>')
    return _svg(width, height, body, "calls per month by country")


def _top_counterparts_chart(rows: list[tuple]) -> str:
    """Horizontal bars: the foreign officials Vietnamese officials called most."""
    width, height = CHART_WIDTH, 400
    if not rows:
        return _empty(width, height, "top counterparts")
    rows = rows[:15]
    peak = max(r[2] for r in rows) or 1
    left, bar_area = 260, width - 260 - 60
    step = min(26, (height - 10) / len(rows))
    body = []
    for i, (name, country, calls) in enumerate(rows):
        y = 5 + i * step
        w = max(calls / peak * bar_area, 2)
        body.append(f'<text x="{left - 8}" y="{y + step * 0.6:.1f}" text-anchor="end">{escape(name)} '
                    f'({escape(country or "?")})</text>'
                    f'<rect x="{left}" y="{y:.1f}" width="{w:.1f}" height="{step * 0.75:.1f}" fill="#1f77b4">'
                    f'<title>{escape(name)}: {calls}</title></rect>'
                    f'<text x="{left + w + 6:.1f}" y="{y + step * 0.6:.1f}">{calls}</text>')
    return _svg(width, height, body, "top counterparts")


def _network_chart(edges: list[tuple]) -> str:
    """Who talks to whom: Vietnamese officials on an inner ring, their counterparts on an outer ring, a
    line per pair as thick as their number of calls."""
    width, height = CHART_WIDTH, 400
    if not edges:
        return _empty(width, height, "network of calls")
    weight: Counter = Counter()
    info: dict[str, tuple[str, str | None]] = {}
    for pid1, name1, country1, pid2, name2, country2, calls in edges:
        weight[pid1] += calls
        weight[pid2] += calls
        info[pid1], info[pid2] = (name1, country1), (name2, country2)
    keep = {pid for pid, _ in weight.most_common(36)}
    inner = sorted((p for p in keep if info[p][1] == "VN"), key=lambda p: -weight[p])
    outer = sorted((p for p in keep if info[p][1] != "VN"), key=lambda p: (info[p][1] or "", info[p][0]))
    if not inner:  # no Vietnamese official: one ring
        inner, outer = [], inner + outer
    cx, cy = width / 2, height / 2
    position: dict[str, tuple[float, float]] = {}
    for ring, radius_x, radius_y in ((inner, 110, 70), (outer, 320, 170)):
        for i, pid in enumerate(ring):
            angle = 2 * math.pi * i / max(len(ring), 1) - math.pi / 2
            position[pid] = (cx + radius_x * math.cos(angle), cy + radius_y * math.sin(angle))
    body = []
    peak = max(e[6] for e in edges) or 1
    for pid1, _, _, pid2, _, _, calls in edges:
        if pid1 in position and pid2 in position:
            (x1, y1), (x2, y2) = position[pid1], position[pid2]
            body.append(f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="#2ca02c" '
                        f'stroke-opacity="0.7" stroke-width="{1.5 + 5 * calls / peak:.1f}"/>')
    for pid, (x, y) in position.items():
        name, country = info[pid]
        color = VN_COLOR if country == "VN" else "#1f77b4"
        r = 5 + min(weight[pid], 20) * 0.6
        anchor = "start" if x >= cx else "end"
        dx = r + 3 if x >= cx else -r - 3
        body.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="{color}"><title>{escape(name)} '
                    f'({escape(country or "?")}): {weight[pid]} calls</title></circle>'
                    f'<text x="{x + dx:.1f}" y="{y + 4:.1f}" text-anchor="{anchor}">{escape(name)}</text>')
    return _svg(width, height, body, "network of calls")


def _latest_table(rows: list[tuple], urls: dict[str, list[str]]) -> str:
    if not rows:
        return "<p>No calls yet.</p>"
    out = ["<table><thead><tr><th>date</th><th>medium</th><th>between</th><th>and</th><th>articles</th>"
           "</tr></thead><tbody>"]
    for call_id, when, medium, n1, t1, c1, n2, t2, c2 in rows:
        links = " ".join(f'<a href="{escape(u)}">[{i + 1}]</a>' for i, u in enumerate(urls.get(call_id, [])))
        out.append(f"<tr><td>{escape(str(when or 'undated'))}</td><td>{escape(medium or '')}</td>"
                   f"<td>{escape(n1 or '')}<br><small>{escape(t1 or '')} ({escape(c1 or '?')})</small></td>"
                   f"<td>{escape(n2 or '')}<br><small>{escape(t2 or '')} ({escape(c2 or '?')})</small></td>"
                   f"<td>{links}</td></tr>")
    out.append("</tbody></table>")
    return "".join(out)


def build_report(db_path: str | Path, out_html: str | Path) -> Path:
    """Write the report for the warehouse at `db_path` to `out_html` (read-only on the warehouse)."""
    db_path, out_path = Path(db_path), Path(out_html)
    Warehouse(db_path).schema_version()  # clear error for a missing or unusable file

    def q(sql: str) -> list[tuple]:
        return query(db_path, sql)[1]

    names = {code: name for code, name in q("SELECT country_code, name_en FROM countries")}
    per_month = q("""
        SELECT coalesce(c.call_date, c.reported_on) AS day,
               coalesce(min(p.country_code) FILTER (WHERE p.country_code <> 'VN'), 'VN') AS country
        FROM calls c JOIN call_participants p ON p.call_id = c.call_id
        GROUP BY c.call_id, day""")
    counterparts = q("""
        SELECT counterpart, counterpart_country, sum(calls)::INTEGER AS calls FROM counterparts
        GROUP BY counterpart_id, counterpart, counterpart_country ORDER BY calls DESC, counterpart LIMIT 15""")
    if not counterparts:  # no Vietnamese side in the data: most frequent participants instead
        counterparts = q("""
            SELECT p.canonical_name, p.country_code, count(DISTINCT cp.call_id)::INTEGER AS calls
            FROM call_participants cp JOIN persons p ON p.person_id = cp.person_id
            GROUP BY ALL ORDER BY calls DESC, p.canonical_name LIMIT 15""")
    edges = q("""
        SELECT a.person_id, pa.canonical_name, pa.country_code, b.person_id, pb.canonical_name, pb.country_code,
               count(DISTINCT a.call_id)::INTEGER AS calls
        FROM call_participants a
        JOIN call_participants b ON b.call_id = a.call_id AND b.position = 2 AND a.position = 1
        JOIN persons pa ON pa.person_id = a.person_id JOIN persons pb ON pb.person_id = b.person_id
        GROUP BY ALL ORDER BY calls DESC LIMIT 200""")
    latest = q(f"""
        SELECT call_id, coalesce(CAST(call_date AS VARCHAR), call_month_day), medium, p1_name, p1_title,
               p1_country, p2_name, p2_title, p2_country
        FROM calls_flat ORDER BY coalesce(call_date, reported_on) DESC NULLS LAST, call_id LIMIT {LATEST_CALLS}""")
    urls: dict[str, list[str]] = defaultdict(list)
    for call_id, url in q("""
            SELECT m.call_id, a.url FROM call_mentions m JOIN articles a ON a.article_id = m.article_id
            ORDER BY a.published_at, a.url"""):
        urls[call_id].append(url)
    totals = q("""SELECT (SELECT count(*) FROM calls), (SELECT count(*) FROM articles),
                         (SELECT count(*) FROM persons), (SELECT count(DISTINCT country_code) FROM call_participants),
                         (SELECT min(coalesce(call_date, reported_on)) FROM calls),
                         (SELECT max(coalesce(call_date, reported_on)) FROM calls)""")[0]
    n_calls, n_articles, n_persons, n_countries, first, last = totals
    span = f"from {first} to {last}" if first else "no dated calls yet"
    generated = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>diendam: diplomatic calls</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>{_CSS}</style></head>
<body>
<header><h1>Diplomatic phone and online calls</h1>
<p>{n_calls} calls reported in {n_articles} articles, {n_persons} officials, {n_countries} countries, {span}.</p>
<p>Generated {generated} from {escape(db_path.name)}.</p></header>
<section class="chart" id="per-month"><h2>Calls per month, by counterpart country</h2>
{_calls_per_month_chart(per_month, names)}</section>
<section class="chart" id="counterparts"><h2>Top counterparts</h2>
{_top_counterparts_chart(counterparts)}</section>
<section class="chart" id="network"><h2>Who talks to whom</h2>
{_network_chart(edges)}</section>
<section class="table" id="latest"><h2>Latest calls</h2>
{_latest_table(latest, urls)}</section>
</body></html>
"""
    out_path.parent.mkdir(parents=True, exist_ok=True)
    out_path.write_text(html, encoding="utf-8")
    return out_path
