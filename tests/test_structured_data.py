"""schema.org JSON-LD on every page: articles, the method page, and the data set with a download per file."""

from __future__ import annotations

import json

from bs4 import BeautifulSoup

SITE = "https://bloody-january.example.org/"


def _json_ld(page):
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    (script,) = soup.head.find_all("script", type="application/ld+json")
    return json.loads(script.string), soup


def test_every_page_carries_its_json_ld(built_site):
    expected = {"": "NewsArticle", "timeline/": "NewsArticle", "casualties/": "NewsArticle",
                "background/": "NewsArticle", "reactions/": "NewsArticle", "sources/": "WebPage", "data/": "Dataset"}  # fmt: skip
    for path, kind in expected.items():
        data, soup = _json_ld(built_site / path / "index.html")
        assert data["@context"] == "https://schema.org" and data["@type"] == kind, path
        assert data["url"] == SITE + path == soup.find("link", rel="canonical")["href"]
        assert data["inLanguage"] == "en" and data["publisher"]["name"]
        assert data["datePublished"] <= data["dateModified"]
        if kind == "NewsArticle":
            assert data["headline"] == soup.find("meta", property="og:title")["content"]
        assert data["image"] == soup.find("meta", property="og:image")["content"]


def test_the_data_page_describes_the_data_set(built_site):
    data, _ = _json_ld(built_site / "data/index.html")
    assert data["version"] and data["license"].startswith("https://creativecommons.org/")
    assert data["creator"]["name"] and data["temporalCoverage"].count("/") == 1
    assert data["spatialCoverage"] and all("latitude" in place["geo"] for place in data["spatialCoverage"])
    files = {d["name"] for d in data["distribution"]}
    assert {"events.csv", "figures.csv", "sources.csv", "datapackage.json"} <= files
    for download in data["distribution"]:
        assert (built_site / download["contentUrl"].removeprefix(SITE)).is_file(), download
    package = json.loads((built_site / "data/datapackage.json").read_text(encoding="utf-8"))
    assert package["version"] == data["version"]


def test_text_from_data_cannot_close_the_script(tmp_path):
    from scripts.structured_data import json_ld_text

    text = json_ld_text({"headline": "</script><script>alert(1)</script>"})
    assert "</script>" not in text and json.loads(text)["headline"].startswith("</script>")
