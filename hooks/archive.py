"""MkDocs hooks: thin adapters from MkDocs events to the thidua package.

- on_config: load and validate every record (a build with any bad record stops here). It runs
  once per language; the archive is read again only when a record file changed.
- on_page_markdown: plan pages use the plan template.
- on_page_context: give templates the page value the package computed.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger

from thidua.archive import fingerprint, load_archive
from thidua.builddate import build_date
from thidua.pages import home_page, record_page
from thidua.problems import InvalidArchive

log = get_plugin_logger("thidua")

_loaded: dict = {"key": None, "archive": None}


def on_config(config):
    docs_dir = Path(config.docs_dir)
    key = fingerprint(docs_dir)
    if _loaded["key"] != key:
        try:
            _loaded["archive"] = load_archive(docs_dir)
        except InvalidArchive as error:
            raise PluginError(error.report()) from None
        _loaded["key"] = key
        log.info(f"{len(_loaded['archive'].records)} records validated")
    return config


def _record_of(page):
    uri = page.file.src_uri
    if "/" not in uri:
        return None
    return _loaded["archive"].by_url.get(uri.removesuffix(".md").removesuffix(".en") + "/")


def on_page_markdown(markdown, page, config, files):
    if _record_of(page) is not None:
        page.meta["template"] = "record.html"
    return markdown


def on_page_context(context, page, config, nav):
    lang = config.theme["language"]
    record = _record_of(page)
    if record is not None:
        context["plan"] = record_page(record, lang, build_date())
    elif page.meta.get("template") == "home.html":
        context["home"] = home_page(_loaded["archive"].records, lang, build_date())
    return context
