"""The site's other languages, built beside the default one.

mkdocs-static-i18n builds the languages one after the other: the default language's build
builds each other language from its ``on_post_build``, when every page of its own is written.
A language's pages depend on the archive and the configuration only, not on the pages of
another language, so the build starts each other language in a forked process
(thidua/build/background.py) as soon as the site folder is ready (emptied by the default
language's build, or kept by a dirty one), and the languages render side by side (with the
processes writing each language's other files: four processes on the machine's two cores,
five while the former build's files are deleted). When mkdocs-static-i18n comes to build that
language, it waits for its process instead (:meth:`LanguageBuilds.build_or_await` stands in for
the ``build`` it calls, thidua/compat/mkdocs.py). The pages are the same bytes either way:
``THIDUA_PARALLEL=off`` builds in one process, and tests/build/test_languagebuilds.py compares
every file.

What a language's build leaves in the build's memory stays in its process: nothing of this
site needs it (sitemap.xml is written by the build object, and the site has no MkDocs search).
A plugin that gathers from every language's build in memory (MkDocs' search, with-pdf) would
lose the other languages' part, and one that writes a file of no language after each build (a
feed, a sitemap) would leave whichever language finished last. So the languages are built side
by side only with the plugins checked not to (:data:`CHECKED_PLUGINS`) and the project's own
hooks; with any other plugin they are built one after the other, as mkdocs-static-i18n builds
them.
"""

from __future__ import annotations

import logging

from mkdocs.commands import build as mkdocs_build
from mkdocs.exceptions import Abort, PluginError
from mkdocs.plugins import get_plugin_logger

from thidua.build.background import BackgroundError, Job
from thidua.compat import mkdocs as compat

CHECKED_PLUGINS = {"i18n"}
"""Plugins that keep nothing from one language's build for the next: the languages can be
built side by side with them."""

log = get_plugin_logger("thidua")


def unchecked_plugins(config) -> set[str]:
    """The configured plugins not known to keep nothing from one language's build for the
    next (nor pages of their own, which a dirty build would not know of: thidua/build/incremental.py)."""
    plugins = {name.split(" #")[0] for name in config.plugins}  # "search #2": a second search
    return plugins - CHECKED_PLUGINS - set(config.hooks)


class LanguageBuilds:
    """The other languages being built by a process of their own, by locale."""

    def __init__(self) -> None:
        self._running: dict[str, Job] = {}

    def start(self, config, unchecked: set[str], dirty: bool = False) -> None:
        """In the default language's build, once its site folder is ready (emptied, or kept by
        a dirty build): start a process for each other language (``dirty``: building only what
        changed, as MkDocs' ``--dirty``), unless plugins are configured that are not known to
        allow it (``unchecked``: :func:`unchecked_plugins`). (mkdocs-static-i18n then calls
        :meth:`build_or_await` for each.)"""
        if unchecked:
            log.info(f"the languages are built one after the other: {', '.join(sorted(unchecked))} "
                     "may gather from each language's build "
                     "(thidua.build.languagebuilds.CHECKED_PLUGINS)")
            return
        compat.await_languages_with(self.build_or_await)
        for lang in compat.other_languages(config):
            self._running[lang] = Job(_build_language, config, lang, dirty)
            log.info(f"the '{lang}' pages are built by a process of their own")

    def build_or_await(self, config, dirty: bool = False) -> None:
        """Build the language mkdocs-static-i18n is at, or wait for the process building it."""
        lang = compat.current_language(config)
        job = self._running.pop(lang, None)
        if job is None:
            mkdocs_build.build(config, dirty=dirty)
            return
        try:
            aborted = job.result()
        except BackgroundError as error:
            raise PluginError(f"building the '{lang}' pages failed:\n{error}") from None
        finally:
            job.cancel()  # if waiting failed otherwise (Ctrl-C): nothing is left running
        if aborted:
            raise PluginError(f"building the '{lang}' pages failed: {aborted}")

    def cancel(self) -> None:
        """Stop the other languages' processes (the build failed)."""
        while self._running:
            self._running.popitem()[1].cancel()


def _build_language(config, lang: str, dirty: bool) -> str | None:
    """In the forked process: what mkdocs-static-i18n's ``on_post_build`` does for one
    language. Returns why MkDocs aborted (its warnings are printed already), if it did; an
    error comes back through the Job with its traceback."""
    _label_log(lang)
    try:
        compat.build_language(config, lang, dirty)
    except Abort as abort:  # strict mode, and warnings
        return str(abort)
    return None


def _label_log(lang: str) -> None:
    """What this process logs names its language; MkDocs' own "Documentation built in…" is
    left out, as mkdocs-static-i18n leaves it out of the languages it builds (it installs its
    filter in the default language's on_post_build, after this process was forked)."""
    compat.quiet_language_log()

    def label(record: logging.LogRecord) -> bool:
        if not str(record.msg).startswith(f"[{lang}] "):
            record.msg = f"[{lang}] {record.msg}"
        return True

    for handler in logging.getLogger("mkdocs").handlers:
        handler.addFilter(label)
