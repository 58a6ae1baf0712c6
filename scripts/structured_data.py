"""schema.org JSON-LD for each generated page: an article, a method page, or the data set with its downloads."""

from __future__ import annotations

import json

from scripts.kinds import KINDS
from scripts.open_data import FOLDER, LICENCE

ARTICLE_PAGES = ("index", "background", "timeline", "reactions", "casualties")
DATASET_PAGE = "data"


def _publisher(story) -> dict:
    return {"@type": "Organization", "name": story.credits.made_by}


def page_json_ld(name: str, meta: dict, url: str, image: str | None, dataset, edition, updated, site_url: str) -> dict:
    """The JSON-LD of the page `name`, whose front matter is `meta` and whose address is `url`."""
    story = dataset.story
    common = {
        "@context": "https://schema.org",
        "url": url,
        "inLanguage": edition.language,
        "datePublished": story.published.isoformat(),
        "dateModified": (updated or story.published).isoformat(),
        "publisher": _publisher(story),
        "license": LICENCE["path"],
    }
    if image:
        common["image"] = image
    if name == DATASET_PAGE:
        return {**common, **_dataset(meta, dataset, edition, site_url)}
    kind = "NewsArticle" if name in ARTICLE_PAGES else "WebPage"
    described = {"headline": meta["title"]} if kind == "NewsArticle" else {"name": meta["title"]}
    return {
        **common,
        "@type": kind,
        **described,
        "description": meta.get("description", story.description),
        "author": _publisher(story),
        "mainEntityOfPage": url,
        "isPartOf": {"@type": "WebSite", "name": story.title, "url": site_url},
    }


def _dataset(meta: dict, dataset, edition, site_url: str) -> dict:
    story, words = dataset.story, edition.words
    downloads = [
        {"@type": "DataDownload", "name": f"{kind.resource}.csv", "encodingFormat": "text/csv",
         "contentUrl": f"{site_url}{FOLDER}/{kind.resource}.csv",
         "description": words.open_data.resources[kind.resource]}
        for kind in KINDS
    ]  # fmt: skip
    downloads.append({
        "@type": "DataDownload", "name": "datapackage.json", "encodingFormat": "application/json",
        "contentUrl": f"{site_url}{FOLDER}/datapackage.json", "description": words.data_page.package_note,
    })  # fmt: skip
    places = [
        {"@type": "Place", "name": place.name,
         "geo": {"@type": "GeoCoordinates", "latitude": place.lat, "longitude": place.lon}}
        for place in dataset.places
    ]  # fmt: skip
    found = {
        "@type": "Dataset",
        "name": words.structured_data.dataset_name.format(story=story.title),
        "description": words.open_data.description,
        "creator": _publisher(story),
        "temporalCoverage": f"{story.window.start.isoformat()}/{story.window.end.isoformat()}",
        "spatialCoverage": places,
        "distribution": downloads,
        "isAccessibleForFree": True,
    }
    if story.release:
        found["version"] = story.release.version
    return found


def json_ld_text(data: dict) -> str:
    """JSON for a <script> element: '<' escaped, so no text from data can close the element."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True).replace("<", "\\u003c")
