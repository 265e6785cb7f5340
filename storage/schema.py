"""Versioned warehouse schema. Each migration is a list of statements applied in one transaction.

Never edit a shipped migration: add a new one, so existing warehouses upgrade in place. Views are
recreated by the last migration that touches them (CREATE OR REPLACE).
"""

from __future__ import annotations

_V1_TABLES = [
    """CREATE TABLE IF NOT EXISTS raw_pages (
        url VARCHAR PRIMARY KEY,          -- normalised URL the page was fetched from
        source VARCHAR NOT NULL,
        final_url VARCHAR,
        canonical_url VARCHAR,
        status INTEGER,
        headers JSON,
        body BLOB,                        -- the raw bytes, compressed with body_codec
        body_codec VARCHAR NOT NULL,      -- 'gzip' (or 'identity')
        body_size BIGINT,                 -- uncompressed size in bytes
        fetched_at TIMESTAMP,             -- UTC
        content_hash VARCHAR NOT NULL,    -- sha256 of the raw bytes
        article_id VARCHAR,               -- NULL when the page held no article
        run_id VARCHAR
    )""",
    """CREATE TABLE IF NOT EXISTS articles (
        article_id VARCHAR PRIMARY KEY,   -- derived from the canonical URL
        url VARCHAR NOT NULL,             -- canonical URL (or the fetched one when there is none)
        source VARCHAR NOT NULL,
        title VARCHAR,
        published_at DATE,
        fetched_at TIMESTAMP,
        text VARCHAR,
        content_hash VARCHAR,             -- sha256 of text
        is_call BOOLEAN,
        extractor_version VARCHAR,
        first_run_id VARCHAR,
        run_id VARCHAR
    )""",
    """CREATE TABLE IF NOT EXISTS article_urls (
        url VARCHAR PRIMARY KEY,          -- every URL seen for an article: fetched, final, canonical
        article_id VARCHAR NOT NULL
    )""",
    """CREATE TABLE IF NOT EXISTS calls (
        call_id VARCHAR PRIMARY KEY,
        call_date DATE,                   -- NULL when no report gives the full date
        call_month_day VARCHAR,           -- '--MM-DD' when only day and month are known
        reported_on DATE,                 -- earliest publication date of a reporting article
        medium VARCHAR,                   -- 'phone' | 'video'
        initiator INTEGER,                -- 1 | 2 (participant position) when an article says who called
        confidence DOUBLE,
        extractor_version VARCHAR,
        first_run_id VARCHAR,
        created_at TIMESTAMP
    )""",
    """CREATE TABLE IF NOT EXISTS call_participants (
        call_id VARCHAR NOT NULL,
        position INTEGER NOT NULL,        -- 1 | 2; the Vietnamese side first when there is one
        name VARCHAR NOT NULL,            -- as written in the first reporting article
        title VARCHAR,
        role VARCHAR,
        country_code VARCHAR,
        person_id VARCHAR NOT NULL,
        PRIMARY KEY (call_id, position)
    )""",
    """CREATE TABLE IF NOT EXISTS call_mentions (
        call_id VARCHAR NOT NULL,
        article_id VARCHAR NOT NULL,
        evidence VARCHAR,
        evidence_start INTEGER,
        evidence_end INTEGER,
        date_reported VARCHAR,            -- the date as this article gave it
        extractor_version VARCHAR,
        run_id VARCHAR,
        PRIMARY KEY (call_id, article_id)
    )""",
    """CREATE TABLE IF NOT EXISTS call_findings (
        call_id VARCHAR NOT NULL,
        article_id VARCHAR NOT NULL,
        kind VARCHAR NOT NULL,            -- topic, framework, agreement, invitation, initiator, occasion...
        value VARCHAR,
        evidence VARCHAR,
        start INTEGER,
        "end" INTEGER,
        confidence DOUBLE,
        extractor_version VARCHAR
    )""",
    """CREATE TABLE IF NOT EXISTS crawl_runs (
        run_id VARCHAR PRIMARY KEY,
        flow VARCHAR NOT NULL,
        started_at TIMESTAMP NOT NULL,
        finished_at TIMESTAMP,
        status VARCHAR NOT NULL,          -- running, completed, failed, ...
        params JSON,
        pages_fetched INTEGER,
        pages_failed INTEGER,
        articles_new INTEGER,
        calls_new INTEGER,
        stats JSON
    )""",
    """CREATE TABLE IF NOT EXISTS fetch_log (
        run_id VARCHAR,
        url VARCHAR NOT NULL,
        reason VARCHAR NOT NULL,
        detail VARCHAR,
        status INTEGER,
        "at" TIMESTAMP,                   -- quote it in SQL: "at" is a keyword
        source VARCHAR,
        stage VARCHAR                     -- discover, fetch, extract...
    )""",
    """CREATE TABLE IF NOT EXISTS http_validators (
        url VARCHAR PRIMARY KEY,
        etag VARCHAR,
        last_modified VARCHAR,
        updated_at TIMESTAMP
    )""",
    """CREATE TABLE IF NOT EXISTS persons (
        person_id VARCHAR PRIMARY KEY,
        canonical_name VARCHAR NOT NULL,  -- the first spelling seen
        folded_name VARCHAR NOT NULL,
        country_code VARCHAR,
        first_seen DATE,
        last_seen DATE,
        last_title VARCHAR,               -- title in the most recent report
        last_role VARCHAR
    )""",
    """CREATE TABLE IF NOT EXISTS person_aliases (
        alias VARCHAR NOT NULL,           -- a spelling as written
        folded VARCHAR NOT NULL,
        person_id VARCHAR NOT NULL,
        country_code VARCHAR,
        PRIMARY KEY (folded, person_id)
    )""",
    """CREATE TABLE IF NOT EXISTS countries (
        country_code VARCHAR PRIMARY KEY,
        name_en VARCHAR NOT NULL,
        name_vi VARCHAR
    )""",
]

_V2_TABLES = [
    """CREATE TABLE IF NOT EXISTS person_titles (
        person_id VARCHAR NOT NULL,
        title VARCHAR NOT NULL,           -- titles change over time; each with the dates it was reported
        role VARCHAR,
        first_seen DATE,
        last_seen DATE,
        PRIMARY KEY (person_id, title)
    )""",
]

VIEWS = [
    """CREATE OR REPLACE VIEW calls_flat AS
    SELECT c.call_id, c.call_date, c.call_month_day,
           coalesce(year(c.call_date), year(c.reported_on)) AS call_year,
           c.reported_on, c.medium, c.initiator,
           p1.name AS p1_name, p1.title AS p1_title, p1.role AS p1_role, p1.country_code AS p1_country,
           p1.person_id AS p1_person_id,
           p2.name AS p2_name, p2.title AS p2_title, p2.role AS p2_role, p2.country_code AS p2_country,
           p2.person_id AS p2_person_id,
           coalesce(m.n_articles, 0) AS n_articles, m.url, c.confidence, c.extractor_version
    FROM calls c
    LEFT JOIN call_participants p1 ON p1.call_id = c.call_id AND p1.position = 1
    LEFT JOIN call_participants p2 ON p2.call_id = c.call_id AND p2.position = 2
    LEFT JOIN (SELECT cm.call_id, count(DISTINCT cm.article_id) AS n_articles, min(a.url) AS url
               FROM call_mentions cm JOIN articles a ON a.article_id = cm.article_id
               GROUP BY cm.call_id) m ON m.call_id = c.call_id""",
    """CREATE OR REPLACE VIEW calls_by_country_year AS
    SELECT cp.country_code, co.name_en AS country_name, co.name_vi AS country_name_vi,
           f.call_year AS year, count(DISTINCT cp.call_id) AS calls
    FROM call_participants cp
    JOIN calls_flat f ON f.call_id = cp.call_id
    LEFT JOIN countries co ON co.country_code = cp.country_code
    WHERE cp.country_code IS NOT NULL
    GROUP BY cp.country_code, co.name_en, co.name_vi, f.call_year""",
    """CREATE OR REPLACE VIEW counterparts AS
    SELECT vn.person_id AS official_id, po.canonical_name AS official, po.last_title AS official_title,
           fo.person_id AS counterpart_id, pc.canonical_name AS counterpart,
           fo.country_code AS counterpart_country, count(DISTINCT vn.call_id) AS calls,
           min(coalesce(c.call_date, c.reported_on)) AS first_call,
           max(coalesce(c.call_date, c.reported_on)) AS last_call
    FROM call_participants vn
    JOIN call_participants fo ON fo.call_id = vn.call_id AND fo.position <> vn.position
    JOIN persons po ON po.person_id = vn.person_id
    JOIN persons pc ON pc.person_id = fo.person_id
    JOIN calls c ON c.call_id = vn.call_id
    WHERE vn.country_code = 'VN'
    GROUP BY ALL""",
    """CREATE OR REPLACE VIEW call_topics AS
    SELECT f.call_id, c.call_date, coalesce(year(c.call_date), year(c.reported_on)) AS call_year,
           f.value AS topic, count(*) AS mentions, min(f.evidence) AS evidence
    FROM call_findings f JOIN calls c ON c.call_id = f.call_id
    WHERE f.kind IN ('topic', 'topics')
    GROUP BY f.call_id, c.call_date, c.reported_on, f.value""",
]

# Source health per run (docs/politeness-and-health.md). IF NOT EXISTS: re-running it changes nothing.
_V3_RUN_HEALTH = [
    # per source: {"candidates", "fetched", "failed", "new_articles", "entry_points_failed": [...],
    #              "unreachable", "quiet_runs"}; NULL in runs recorded before version 3
    "ALTER TABLE crawl_runs ADD COLUMN IF NOT EXISTS source_stats JSON",
    # [{"source": name, "why": "..."}]: sources with no new article for 3 daily runs or failing entry points
    "ALTER TABLE crawl_runs ADD COLUMN IF NOT EXISTS sources_may_have_moved JSON",
]

# version -> (description, statements)
MIGRATIONS: dict[int, tuple[str, list[str]]] = {
    1: ("raw pages, articles, calls, runs, persons, countries", _V1_TABLES),
    2: ("person title history; analyst views", _V2_TABLES + VIEWS),
    3: ("source health of each run: crawl_runs.source_stats, crawl_runs.sources_may_have_moved", _V3_RUN_HEALTH),
}
SCHEMA_VERSION = max(MIGRATIONS)

TABLES = ["raw_pages", "articles", "article_urls", "calls", "call_participants", "call_mentions",
          "call_findings", "crawl_runs", "fetch_log", "http_validators", "persons", "person_aliases",
          "person_titles", "countries", "schema_migrations"]
VIEW_NAMES = ["calls_flat", "calls_by_country_year", "counterparts", "call_topics"]
