"""Discover and fetch stages: find article URLs of configured sources and fetch them politely.

Public API (other stages and the flows use only these names):
- sources: `Source`, `load_sources`, `SourcesError`, `DEFAULT_SOURCES`, `fill_template`
- urls: `normalize_url`, `host_of`
- fetch: `FetchPolicy`, `Fetcher`, `Page`, `FetchFailure`, `detect_encoding`
- discover: `Candidate`, `Discovery`, `DiscoveryLimits`, `EntryReport`, `discover`, `classify_url`, `parse_date`
- shapes: `LearnedShape`, `learn_shapes` (article URL shapes learned from section pages)
- warc: `write_warc`, `iter_warc`
"""
