"""The site under its own strict Content-Security-Policy: no violation anywhere, charts live, search typed."""

from scripts.headers import content_security_policy, parse_headers_file

WATCH = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (e) =>
  window.__violations.push(`${e.violatedDirective}: ${e.blockedURI || "inline"} ${e.sourceFile}:${e.lineNumber}`));
"""


def test_the_policy_is_strict(built_site):
    headers = parse_headers_file((built_site / "_headers").read_text(encoding="utf-8"))
    policy = headers["Content-Security-Policy"]
    assert policy.startswith("default-src 'self'")
    assert "'unsafe-eval'" not in policy and "'unsafe-inline'" not in policy
    for directive in ("frame-ancestors", "base-uri", "form-action", "object-src"):
        assert directive in policy
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert "Referrer-Policy" in headers and "Permissions-Policy" in headers
    assert content_security_policy([]).count("script-src") == 1


def test_no_page_breaks_the_policy(browser, strict_site_url, page_paths):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.add_init_script(WATCH)
    page = context.new_page()
    response = page.goto(strict_site_url, wait_until="networkidle")
    assert "script-src 'self' 'sha256-" in response.headers["content-security-policy"]
    # The policy is in force: a script that is neither the site's file nor a hashed one does not run.
    page.evaluate("() => { const s = document.createElement('script'); s.textContent = 'window.__ran = 1';"
                  " document.body.append(s); }")  # fmt: skip
    assert page.evaluate("window.__ran") is None and page.evaluate("window.__violations.length") == 1
    violations = []
    for path in page_paths:
        page.goto(strict_site_url + path, wait_until="networkidle")
        assert page.evaluate("typeof __md_scope") != "undefined", path  # the theme's inline scripts ran
        for figure in page.locator("figure.bj-chart").all():  # every chart made interactive
            figure.scroll_into_view_if_needed()
            figure.hover()
        if page.locator("figure.bj-chart").count():
            page.locator(".bj-chart__live svg").first.wait_for(timeout=20000)
        page.wait_for_load_state("networkidle")
        violations += [f"/{path} {v}" for v in page.evaluate("window.__violations")]
    page.goto(strict_site_url, wait_until="networkidle")
    page.locator("input.md-search__input").click()
    page.keyboard.type("Zhanaozen")
    page.locator(".md-search-result__item").first.wait_for(timeout=15000)
    violations += [f"search {v}" for v in page.evaluate("window.__violations")]
    context.close()
    assert violations == []
