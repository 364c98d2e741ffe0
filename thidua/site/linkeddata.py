"""What a page says about itself to machines: canonical address, language alternates, Open
Graph, feeds, and JSON-LD (schema.org ``Legislation`` for a plan, ``CollectionPage`` with an
``ItemList`` for an index page)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Optional

from thidua.records.gazetteer import gazetteer
from thidua.records.model import Record
from thidua.records.movements import movements
from thidua.records.vocabulary import document_name
from thidua.site.citation import issuer_name
from thidua.site.labels import label
from thidua.site.urls import LANGUAGES, absolute, alternates, site_path

LOCALES = {"vi": "vi_VN", "en": "en_US"}


@dataclass(frozen=True)
class Head:
    """The ``<head>`` of a page beyond what Material writes."""

    canonical: str
    alternates: tuple[tuple[str, str], ...]
    """(hreflang, address), ``x-default`` last."""
    description: str
    open_graph: tuple[tuple[str, str], ...]
    """(property, content)."""
    feeds: tuple[tuple[str, str], ...]
    """(title, site path) of the Atom feeds that cover the page."""
    jsonld: Optional[str]
    """JSON-LD, already safe to put inside a ``<script>``."""


def feed_path(lang: str, page: Optional[str] = None) -> str:
    """Site path of the Atom feed of the whole archive, or of a province or a movement (its
    page's path: ``can-tho``, ``movements/nong-thon-moi``)."""
    return site_path(f"{page}/feed.xml" if page else "feed.xml", lang)


def page_head(path: str, lang: str, site_url: str, title: str, description: str,
              record: Optional[Record] = None, index=None) -> Head:
    """The head of the page at language-neutral ``path``: a plan page (``record``), an index
    page (``index``, a thidua.site.indexes.IndexPage) or any other page."""
    canonical = absolute(site_url, site_path(path, lang))
    feeds = [(label("feed_all", lang), feed_path(lang))]
    province = record.province if record else getattr(index, "province", None)
    if province:
        name = gazetteer().get(province).name(lang)
        feeds.append((label("feed_province", lang, name=name), feed_path(lang, province)))
    movement = getattr(index, "movement", None)
    if movement:
        name = movements()[movement].name(lang)
        feeds.append((label("feed_movement", lang, name=name),
                      feed_path(lang, f"movements/{movement}")))
    graph = [("og:type", "article" if record else "website"), ("og:title", title),
             ("og:description", description), ("og:url", canonical),
             ("og:locale", LOCALES[lang]),
             ("og:locale:alternate", LOCALES[LANGUAGES[1] if lang == LANGUAGES[0] else LANGUAGES[0]])]
    if record:
        data = plan_jsonld(record, lang, site_url)
    elif index is not None:
        data = collection_jsonld(index, canonical, site_url)
    else:
        data = None
    return Head(canonical, tuple(alternates(site_url, path)), description, tuple(graph),
                tuple(feeds), _script_safe(data) if data else None)


def plan_jsonld(record: Record, lang: str, site_url: str) -> dict:
    """schema.org ``Legislation`` for a plan, with its translation linked both ways."""
    english = record.english if lang == "en" else None
    url = absolute(site_url, site_path(record.url, lang))
    other = "en" if lang == "vi" else "vi"
    unit = gazetteer().get(record.province)
    data = {
        "@context": "https://schema.org", "@type": "Legislation", "@id": url, "url": url,
        "name": english.title if english else record.title,
        "abstract": english.summary if english else record.summary,
        "inLanguage": lang,
        "legislationType": document_name(record.type, lang),
        "legislationJurisdiction": {"@type": "AdministrativeArea", "name": unit.full_name(lang)},
        "legislationPassedBy": {"@type": "GovernmentOrganization",
                                "name": issuer_name(record, lang)},
    }
    if record.number:
        data["legislationIdentifier"] = record.number
    if record.issued:
        data["legislationDate"] = str(record.issued)
    if record.published:
        data["datePublished"] = str(record.published)
    if record.period and (record.period.start or record.period.end):
        start, end = record.period.start, record.period.end
        data["temporalCoverage"] = f"{start or '..'}/{end or '..'}"
    link = {"@type": "Legislation", "@id": absolute(site_url, site_path(record.url, other)),
            "inLanguage": other}
    data["workTranslation" if lang == LANGUAGES[0] else "translationOfWork"] = link
    return data


def collection_jsonld(index, canonical: str, site_url: str) -> dict:
    """schema.org ``CollectionPage`` with an ``ItemList`` of what an index page lists."""
    items = [{"@type": "ListItem", "position": position, "name": name,
              "url": absolute(site_url, path)}
             for position, (name, path) in enumerate(index.items(), start=1)]
    return {"@context": "https://schema.org", "@type": "CollectionPage", "@id": canonical,
            "url": canonical, "name": index.title, "inLanguage": index.lang,
            "mainEntity": {"@type": "ItemList", "numberOfItems": len(items),
                           "itemListElement": items}}


def _script_safe(data: dict) -> str:
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
