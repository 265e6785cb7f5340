"""Clean and extract stages: main text of an article page, then the calls it reports.

Public API:
- clean: `CleanArticle`, `clean_html`, `normalize_text`
- calls: `EXTRACTOR_VERSION`, `Extraction`, `Call`, `Participant`, `Finding`, `extract`
"""
