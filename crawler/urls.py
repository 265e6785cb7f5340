"""URL normalisation, so one article reached by several routes (feed, sitemap, listing, tracking links) is
stored and fetched once."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, quote, unquote, urlencode, urljoin, urlsplit, urlunsplit

# Query parameters that only track the click and never select content.
_TRACKING_EXACT = {
    "fbclid", "gclid", "gclsrc", "dclid", "msclkid", "yclid", "igshid", "mc_cid", "mc_eid", "_ga", "_gl",
    "zarsrc", "gidzl", "utm", "ocid", "cmpid", "spm", "_hsenc", "_hsmi", "mkt_tok", "twclid", "ttclid",
}
_TRACKING_PREFIX = ("utm_", "pk_", "mtm_")
_DEFAULT_PORTS = {"http": 80, "https": 443}
# Characters left as they are in a path; everything else (Vietnamese letters, spaces) is percent-encoded.
_PATH_SAFE = "/:@!$&'()*+,;=-._~%"
_FILE_SEGMENT = re.compile(r"/[^/]*\.[A-Za-z0-9]{1,5}$")  # a last path segment with an extension


def host_of(url: str) -> str:
    """Lower-case host name of a URL without port or trailing dot ('' when there is none)."""
    try:
        return (urlsplit(url.strip()).hostname or "").rstrip(".").lower()
    except ValueError:
        return ""


def _remove_dot_segments(path: str) -> str:
    out: list[str] = []
    for seg in path.split("/"):
        if seg == "..":
            if len(out) > 1:
                out.pop()
        elif seg != ".":
            out.append(seg)
    result = "/".join(out)
    if path.endswith(("/.", "/..")):
        result += "/"
    return result if result.startswith("/") else "/" + result


def _fix_escapes(text: str, safe: str) -> str:
    """Percent-encode what needs it, upper-case existing escapes, decode escapes of unreserved characters."""
    def unreserved(m: re.Match) -> str:
        ch = chr(int(m.group(1), 16))
        return ch if re.match(r"[A-Za-z0-9\-._~]", ch) else "%" + m.group(1).upper()

    text = re.sub(r"%([0-9A-Fa-f]{2})", unreserved, text)
    return quote(text, safe=safe)


def normalize_url(url: str, base: str | None = None) -> str:
    """One spelling per resource: lower-case scheme and host, no default port, no trailing dot in the host,
    no fragment, no tracking parameters, sorted query, no trailing slash after a file name (`/a.html/`) and
    at most one after a directory-like path (`/rss_feed/` keeps it), resolved against `base` when relative.
    Raises ValueError for something that is not an http(s) URL."""
    url = url.strip()
    if base:
        url = urljoin(base.strip(), url)
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS:
        raise ValueError(f"not an http(s) URL: {url!r}")
    host = (parts.hostname or "").rstrip(".").lower()
    if not host:
        raise ValueError(f"URL without host: {url!r}")
    try:
        host.encode("ascii")
    except UnicodeEncodeError:
        host = host.encode("idna").decode("ascii")
    port = parts.port
    netloc = f"[{host}]" if ":" in host else host
    if port is not None and port != _DEFAULT_PORTS[scheme]:
        netloc += f":{port}"
    path = _remove_dot_segments(parts.path or "/")
    path = _fix_escapes(path, _PATH_SAFE)
    if path.endswith("/") and len(path) > 1:
        # "/a-1.html/" is the file "/a-1.html"; a directory-like "/rss_feed/" keeps its slash: it and
        # "/rss_feed" are different resources, and a site may answer only one of them
        stem = path.rstrip("/")
        path = stem if _FILE_SEGMENT.search(stem) else stem + "/"
    query_pairs = [
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if k.lower() not in _TRACKING_EXACT and not k.lower().startswith(_TRACKING_PREFIX)
    ]
    query_pairs.sort()
    query = urlencode(query_pairs, quote_via=quote, safe="/:@!$'()*,;-._~")
    return urlunsplit((scheme, netloc, path, query, ""))


def same_url(a: str, b: str) -> bool:
    """True when two URLs normalise to the same spelling."""
    try:
        return normalize_url(a) == normalize_url(b)
    except ValueError:
        return a == b


def unquote_path(url: str) -> str:
    """The URL with its path percent-decoded, for showing to people."""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, unquote(parts.path), parts.query, parts.fragment))
