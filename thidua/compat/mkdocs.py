"""What the build relies on in MkDocs, Material and mkdocs-static-i18n beyond their documented
plugin API. thidua.build reaches them only through this module; :data:`ASSUMPTIONS` states
each, and tests/compat/test_assumptions.py checks them against what is installed.

- mkdocs-static-i18n builds each other language from its ``on_post_build`` by calling its
  module's ``build`` (which the build replaces to wait for a language built by a process of its
  own: :func:`await_languages_with`), with its plugin's ``current_language`` set and
  ``building`` true, and ``mkdocs.utils.clean_directory`` made to do nothing
  (:func:`build_language`); it filters the log of those builds with ``I18nLoggingFilter``.
- mkdocs-static-i18n keeps the language switch's links in its plugin's ``extra_alternate`` and
  Material prints ``config.extra.alternate`` (:func:`point_language_switch`,
  :func:`language_links`, :func:`set_language_links`), each link made relative to the page as
  Material's ``url`` filter makes it (:func:`page_url`).
- MkDocs warns of every ``--dirty`` build by a fixed sentence (:func:`drop_dirty_build_warning`)
  and builds a page when its file's ``is_modified()`` says so (:func:`set_modified`).
- scripts/build-phases (a profiling tool, not the build) times MkDocs' ``_populate_page`` and
  ``_build_page`` and its plugins' ``run_event``.
"""

from __future__ import annotations

import inspect
import logging
from pathlib import Path
from typing import Callable

import material
from mkdocs import utils
from mkdocs.commands import build as mkdocs_build
from mkdocs.structure.files import File
from mkdocs.utils import normalize_url, templates
from mkdocs_static_i18n import plugin as i18n_plugin
from mkdocs_static_i18n.utils import I18nLoggingFilter

from thidua.compat.assumptions import Assumption, expect

DIRTY_WARNING = "A 'dirty' build is being performed"
"""How MkDocs' warning of a ``--dirty`` build begins."""
_BUILD_LOG = "mkdocs.commands.build"


def drop_dirty_build_warning(when: Callable[[], bool]) -> None:
    """Leave MkDocs' warning that a dirty build may be inexact out of the log while ``when()``
    (strict mode makes it an error; this site's dirty builds are exact)."""
    logging.getLogger(_BUILD_LOG).addFilter(
        lambda record: not (when() and str(record.msg).startswith(DIRTY_WARNING)))


def set_modified(file: File, modified: bool) -> None:
    """Make MkDocs' dirty build build ``file``'s page or not, whatever its file's date."""
    file.is_modified = _yes if modified else _no


def _yes() -> bool:
    return True


def _no() -> bool:
    return False


def point_language_switch(config, link: Callable[[str], str]) -> None:
    """Point the language switch of the page being rendered at ``link(lang)`` for each
    language (a generated page, which mkdocs-static-i18n knows nothing of)."""
    set_language_links(config, [dict(alternate, link=link(alternate["lang"]))
                                for alternate in config.plugins["i18n"].extra_alternate])


def language_links(config) -> list[dict]:
    """The language switch's links of the page being rendered, as Material reads them."""
    return config.extra.alternate


def set_language_links(config, links: list[dict]) -> None:
    config.extra.alternate = links


def page_url(link: str, page) -> str:
    """``link`` as Material's ``url`` filter prints it on ``page``."""
    return normalize_url(link, page)


def current_language(config) -> str:
    """The language mkdocs-static-i18n is building."""
    return config.plugins["i18n"].current_language


def other_languages(config) -> list[str]:
    """The languages mkdocs-static-i18n builds after the one it is building."""
    i18n = config.plugins["i18n"]
    return [lang for lang in i18n.build_languages if lang != i18n.current_language]


def await_languages_with(build: Callable) -> None:
    """Have mkdocs-static-i18n call ``build(config, dirty=…)`` for each other language instead
    of MkDocs' ``build``."""
    i18n_plugin.build = build


def build_language(config, lang: str, dirty: bool) -> None:
    """What mkdocs-static-i18n's ``on_post_build`` does for one other language (in a process of
    its own: nothing is restored): build it into the site folder the default language's build
    made, without emptying it, and without building the other languages again."""
    i18n = config.plugins["i18n"]
    i18n.current_language = lang
    i18n.building = True
    utils.clean_directory = lambda path: None
    mkdocs_build.build(config, dirty=dirty)


def quiet_language_log() -> None:
    """Leave MkDocs' own "Documentation built in…" out of a language's build, as
    mkdocs-static-i18n does for the languages it builds."""
    quiet = I18nLoggingFilter()
    quiet.filtered_prefixes.update({"Documentation built in",
                                    "Building documentation to directory"})
    logging.getLogger(_BUILD_LOG).addFilter(quiet)


def _i18n_builds_languages() -> None:
    source = inspect.getsource(i18n_plugin.I18n.on_post_build)
    expect("from mkdocs.commands.build import build" in inspect.getsource(i18n_plugin),
           "mkdocs_static_i18n.plugin no longer imports MkDocs' build as its module's build")
    expect("build(config, dirty=dirty)" in source and "self.current_language = locale" in source
           and "self.building = True" in source and "utils.clean_directory" in source,
           "I18n.on_post_build no longer sets current_language and building and calls the "
           "module's build(config, dirty=dirty) for each language with "
           "mkdocs.utils.clean_directory replaced")
    plugin = i18n_plugin.I18n()
    expect(hasattr(plugin, "current_language") and hasattr(plugin, "building"),
           "the I18n plugin has no current_language or building")
    expect(isinstance(I18nLoggingFilter().filtered_prefixes, set),
           "I18nLoggingFilter has no set of filtered_prefixes")


def _i18n_language_switch() -> None:
    expect(hasattr(i18n_plugin.I18n(), "extra_alternate"),
           "the I18n plugin keeps no extra_alternate")


def _material_language_switch() -> None:
    partial = Path(material.__file__).parent / "templates" / "partials" / "alternate.html"
    expect("config.extra.alternate" in partial.read_text("utf-8")
           and "alt.link | url" in partial.read_text("utf-8"),
           "Material's partials/alternate.html no longer prints config.extra.alternate's links "
           "through the url filter")
    expect("normalize_url" in inspect.getsource(templates.url_filter),
           "MkDocs' url filter no longer is normalize_url")


def _mkdocs_dirty_builds() -> None:
    source = inspect.getsource(mkdocs_build)
    expect(DIRTY_WARNING in source, "MkDocs' dirty-build warning is worded otherwise")
    expect("file.is_modified()" in source or "is_modified()" in source,
           "MkDocs no longer asks a file's is_modified() in a dirty build")
    expect("utils.clean_directory(config.site_dir)" in source,
           "MkDocs no longer empties the site folder with utils.clean_directory")


def _mkdocs_build_phases() -> None:
    from mkdocs.plugins import PluginCollection

    for name in ("_populate_page", "_build_page"):
        expect(callable(getattr(mkdocs_build, name, None)),
               f"mkdocs.commands.build has no {name}")
    expect(callable(getattr(PluginCollection, "run_event", None)),
           "PluginCollection has no run_event")


ASSUMPTIONS = [
    Assumption("mkdocs-static-i18n", "building the other languages in processes of their own "
               "(thidua/build/languagebuilds.py)", _i18n_builds_languages),
    Assumption("mkdocs-static-i18n", "the language switch of generated pages",
               _i18n_language_switch),
    Assumption("mkdocs-material", "the language switch of generated and framed pages",
               _material_language_switch),
    Assumption("mkdocs", "exact dirty builds (thidua/build/incremental.py)",
               _mkdocs_dirty_builds),
    Assumption("mkdocs", "timing a build's phases (scripts/build-phases)", _mkdocs_build_phases),
]
