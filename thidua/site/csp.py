"""The Content-Security-Policy of every page: only the site's own scripts and styles.

The policy goes into the page as a ``<meta http-equiv>`` (a static host sets no headers).
Inline scripts are allowed one by one, by the SHA-256 of their exact text (Material writes a
few small ones into every page); data blocks (JSON, JSON-LD) are not scripts and need nothing.
"""

from __future__ import annotations

import base64
import hashlib
import re

_SCRIPT = re.compile(r"<script(?P<attributes>[^>]*)>(?P<body>.*?)</script>", re.S | re.I)
_DATA = re.compile(r"""type\s*=\s*["']?application/(?:ld\+)?json""", re.I)
_CHARSET = re.compile(r"<meta charset=[\"']?utf-8[\"']?\s*/?>", re.I)


def policy(html: str) -> str:
    """The policy for a page: its own origin, plus a hash for each inline script it holds."""
    hashes = sorted({_hash(match.group("body")) for match in _SCRIPT.finditer(html)
                     if "src=" not in match.group("attributes")
                     and not _DATA.search(match.group("attributes"))})
    scripts = " ".join(["'self'"] + [f"'sha256-{digest}'" for digest in hashes])
    return ("default-src 'self'; "
            f"script-src {scripts}; "
            "style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
            "object-src 'none'; base-uri 'self'; form-action 'self'")


def with_policy(html: str) -> str:
    """The page with its policy as the first thing after its charset."""
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy(html)}">'
    return _CHARSET.sub(lambda match: match.group(0) + "\n  " + meta, html, count=1)


def _hash(body: str) -> str:
    return base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode("ascii")
