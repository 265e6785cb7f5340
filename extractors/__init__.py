"""Clean and extract stages: main text of an article page, then the calls it reports.

Public API:
- clean: `CleanArticle`, `clean_html`, `clean_text`, `normalize_text`, `page_date`, `publication_month`,
  `url_date`
- calls: `EXTRACTOR_VERSION`, `Extraction`, `Call`, `Participant`, `Finding`, `extract`, `MAX_SEARCH_CHARS`
  (only that many leading characters of a cleaned text are searched for calls)
- batch: `extract_jsonl(in_path, out_path=None) -> int` (what `diendam extract` runs)
- countries: `COUNTRIES`, `country_names()`, `country_rows()`, `code_of(name)`, `find_country(text)`
- lexicon: the language data of extractors/data/*.toml (`load`, `words`, `records`, `wording_regex`,
  `LexiconError`); docs/extraction-data.md says how to extend it

Inside the extract stage (`extract` composes them): recase (headlines in capitals), sentences, triggers (call
wordings), mentions (officials
in a sentence), roles, names, dates, findings, records (output dataclasses), assemble (mentions -> calls).
"""
