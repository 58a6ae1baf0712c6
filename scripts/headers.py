"""Security headers for the built site, as a _headers file (the Netlify and Cloudflare Pages format).

The theme's few inline scripts are allowed by their SHA-256 hashes, computed from the built pages,
so the policy needs neither 'unsafe-inline' nor 'unsafe-eval' for scripts.
"""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

_INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.DOTALL)

HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    "Cross-Origin-Opener-Policy": "same-origin",
}


def inline_script_hashes(site_dir: Path) -> list[str]:
    hashes = set()
    for page in sorted(site_dir.rglob("*.html")):
        for script in _INLINE_SCRIPT.findall(page.read_text(encoding="utf-8")):
            digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
            hashes.add(f"'sha256-{digest}'")
    return sorted(hashes)


def content_security_policy(script_hashes: list[str]) -> str:
    directives = [
        "default-src 'self'",
        "script-src 'self' " + " ".join(script_hashes),
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "frame-ancestors 'none'",
        "base-uri 'self'",
        "form-action 'none'",
    ]
    return "; ".join(directive.strip() for directive in directives)


def headers_file(site_dir: Path) -> str:
    lines = ["/*", f"  Content-Security-Policy: {content_security_policy(inline_script_hashes(site_dir))}"]
    lines += [f"  {name}: {value}" for name, value in HEADERS.items()]
    return "\n".join(lines) + "\n"


def parse_headers_file(text: str) -> dict[str, str]:
    """The headers a _headers file gives every path ('/*'), as a host that reads it would apply them."""
    headers, current = {}, None
    for line in text.splitlines():
        if line and not line.startswith((" ", "\t")):
            current = line.strip()
        elif current == "/*" and ":" in line:
            name, value = line.strip().split(":", 1)
            headers[name.strip()] = value.strip()
    return headers
