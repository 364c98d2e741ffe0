"""The build of the site: one object that MkDocs' events are forwarded to (hooks/archive.py).

A build is a list of phases, each an event:

- ``on_startup``: which command runs (``build``, ``serve``…) and whether it builds only what
  changed (``--dirty``); whether the build forks (:func:`forks`).
- ``on_config``: load and validate every record (a build with any bad record stops here); a
  file unchanged since an earlier build is not read again (thidua/records/cache.py). The
  languages built from inside the default one's build reuse the archive; a new build (``mkdocs
  serve``) loads it again only when a record file changed.
- ``on_pre_build``: in the outermost build, take the last build's manifest
  (thidua/build/incremental.py); in a build of everything, move the former build's files aside
  and delete them in a process of their own (thidua/build/sitefolder.py).
- ``on_files``: in a dirty build, leave out the files of plans whose page is not built (before
  mkdocs-static-i18n sorts them, priority 50); add the index pages of the language being built
  (priority -200, after mkdocs-static-i18n's); once the site folder is ready, start each
  language's other files (thidua/build/writing.py) and each other language's pages
  (thidua/build/languagebuilds.py).
- ``on_env``, ``on_page_*``: render the pages from the values thidua.site computes.
- ``on_post_build``: after the last language, wait for the other files, write the sitemap,
  hold the build to every URL ever published, and, in a dirty build, write the manifest.
- ``on_build_error``: stop every process.

Only one build runs in a process at a time; mkdocs-static-i18n nests each other language's
build inside the default one's, which :attr:`SiteBuild.building` keeps track of.
"""

from __future__ import annotations

import html
import json
import os
import sys
import threading
from pathlib import Path
from typing import Optional

from mkdocs.exceptions import PluginError
from mkdocs.plugins import CombinedEvent, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel

from thidua.build.background import BackgroundError, Job
from thidua.build.builddate import build_date
from thidua.build.frames import PRINTER, Frames
from thidua.build.incremental import (
    Manifest,
    build_key,
    dirty_build,
    prune,
    site_digests,
    sitemap_stamp,
    take_manifest,
)
from thidua.build.languagebuilds import LanguageBuilds, unchecked_plugins
from thidua.build.memory import settle_long_lived
from thidua.build.sitefolder import empty_in_background
from thidua.build.writing import write_outputs
from thidua.compat import mkdocs as compat
from thidua.records.archive import current_stamps, load_archive
from thidua.records.cache import cache_folder
from thidua.records.crossrefs import cross_refs
from thidua.records.loader import read_body
from thidua.records.problems import InvalidArchive
from thidua.site.bodytext import escape_stray_angles, plan_body
from thidua.site.csp import with_policy
from thidua.site.exports import data_page
from thidua.site.indexes import home_page, index_pages
from thidua.site.labels import ui_labels
from thidua.site.linkeddata import page_head
from thidua.site.outputs import Build
from thidua.site.pages import record_page, tab_title
from thidua.site.search import search_page
from thidua.site.urls import (
    LANGUAGES,
    PUBLISHED_LIST,
    PublishedUrlsError,
    hold_to_list,
    neutral_path,
    page_file,
    published_pages,
    site_path,
    sitemap_paths,
)
from thidua.site.urls import sitemap as site_map

log = get_plugin_logger("thidua")

NAV_PAGES = {"provinces/", "years/"}
"""Generated pages listed in mkdocs.yml's nav; the others stay out of it."""
FORKING_COMMANDS = {"build", "gh-deploy"}


def forks(command: Optional[str], environ=os.environ) -> bool:
    """Whether a build forks processes of its own: only on Linux (where a forked process ends
    with the build, however it ends: thidua/build/background.py), in a one-off build (``mkdocs
    build``), and while no other thread runs (a fork would copy it in whatever state it is).
    ``mkdocs serve`` (its watcher, server and reload threads), a build started from code (no
    command), other platforms and ``THIDUA_PARALLEL=off`` build in one process. (``mkdocs serve
    --clean`` says it builds: its first build, before any thread starts, forks; its rebuilds,
    with the server's threads running, do not.)"""
    # (Python's threads: MkDocs, its server and its watcher start no other kind)
    return (sys.platform == "linux" and command in FORKING_COMMANDS
            and threading.active_count() == 1 and environ.get("THIDUA_PARALLEL", "on") != "off")


class SiteBuild:
    """What the site's build keeps from one MkDocs event to the next."""

    def __init__(self) -> None:
        self.command: Optional[str] = None
        """The MkDocs command (``build``, ``serve``…); None for a build started from code."""
        self.dirty = False
        """MkDocs builds only what changed (``--dirty``)."""
        self.archive = None
        """The loaded archive, kept for the next build while no record file changed."""
        self.refs = None
        """Who cites whom in the archive (thidua/records/crossrefs.py)."""
        self.building: list[str] = []
        """The languages whose build runs, outermost first (mkdocs-static-i18n nests them)."""
        self.languages = LanguageBuilds()
        self._quiet_dirty = False
        """Whether MkDocs' warning of dirty builds is filtered (once a process)."""
        self._reset()

    def _reset(self) -> None:
        """Forget what the last build of this process kept of its own."""
        self.today = None
        """The build date (thidua/build/builddate.py): read once, a build is of one day."""
        self.parallel = False
        """Whether this build forks (:func:`forks`)."""
        self.generated: dict[str, object] = {}
        """The index pages of the language being built, by their file's ``src_uri``."""
        self.frames: dict[str, Frames] = {}
        self.outputs: dict[str, Job] = {}
        """By language, the process writing its other files, waited for at the end."""
        self.emptying: Optional[Job] = None
        """The deletion of the former build's files."""
        self.plugins: set[str] = set()
        """The configured plugins not known to keep nothing of their own between languages
        (thidua/build/languagebuilds.py)."""
        self.exact = False
        """Whether the configured plugins let a dirty build be exact."""
        self.previous: Optional[Manifest] = None
        """In a dirty build, the manifest of the last build, and ``dirty_build`` what changed
        since (thidua/build/incremental.py)."""
        self.dirty_build = None
        self.saved: Optional[Path] = None
        """The manifest this build wrote (removed if the build then fails)."""
        self.cache: Optional[Path] = None
        self.key: Optional[str] = None

    def events(self) -> dict[str, object]:
        """Each MkDocs event this object handles (``on_config``…), bound to it: what a hooks
        file gives MkDocs."""
        return {name: getattr(self, name) for name in dir(type(self)) if name.startswith("on_")}

    def on_startup(self, command, dirty):
        self.command, self.dirty = command, dirty
        if dirty and not self._quiet_dirty:
            compat.drop_dirty_build_warning(lambda: self.dirty and self.exact)
            self._quiet_dirty = True

    def on_shutdown(self):
        self.command = None  # a later build in this process, started from code, forks nothing

    def on_config(self, config):
        if self.building:
            return config  # a language built from inside the default one's build: same archive
        self._reset()
        self.today = build_date()
        self.parallel = forks(self.command)
        docs_dir = Path(config.docs_dir)
        if self.archive is None or current_stamps(docs_dir) != self.archive.stamps:
            self.archive = self.refs = None  # (what the last build loaded can be freed first)
            try:
                self.archive = load_archive(docs_dir, cache=cache_folder(docs_dir))
            except InvalidArchive as error:
                raise PluginError(error.report()) from None
            self.refs = cross_refs(self.archive.records)
            settle_long_lived()
            log.info(f"{len(self.archive.records)} records validated")
        return config

    def on_pre_build(self, config):
        self.building.append(config.theme["language"])  # (before any process is forked)
        if len(self.building) == 1:  # the outermost build, before MkDocs empties the folder
            self._begin(config)
            if self.dirty:  # MkDocs leaves the site folder as it is: ready now
                self._start(config)

    def _begin(self, config) -> None:
        """Take the last build's manifest (it is written again when this build ends well); a
        dirty build that cannot compare with it, or with plugins that may keep pages of their
        own (thidua/build/languagebuilds.py), builds everything. The site folder of a build
        that builds everything is emptied while the pages are built."""
        site_dir = Path(config.site_dir)
        self.cache = cache_folder(Path(config.docs_dir))
        self.key = build_key(config, self.today)
        previous = take_manifest(self.cache, site_dir, self.key)
        plugins = self.plugins = unchecked_plugins(config)
        self.exact = not plugins
        self.previous = previous if self.dirty and not plugins else None
        if self.dirty and self.previous is None:
            why = (f"with {', '.join(sorted(plugins))}" if plugins else "with no manifest of a "
                   "build of this code, configuration and day into this folder")
            log.info(f"a dirty build {why}: everything is built")
        if self.previous is None:
            self.emptying = empty_in_background(site_dir, fork=self.parallel)

    @event_priority(50)  # before mkdocs-static-i18n's (priority -100), which sorts every file
    def _leave_out_unchanged(self, files, config):
        # In a dirty build, the files of the plans whose page is not built are left out:
        # sorting them took mkdocs-static-i18n 3 s of each language at 10,000 records.
        if not self.dirty_build:
            return files
        lang = config.theme["language"]
        return Files([file for file in files if self.dirty_build.needs(
            lang, getattr(self.archive.record_of(file.src_uri), "url", None))])

    @event_priority(-200)  # after mkdocs-static-i18n's, and after MkDocs emptied the site folder
    def _start_full_build(self, files, config):
        if len(self.building) == 1 and not self.dirty:
            self._start(config)
        return files

    @event_priority(-200)
    def _add_index_pages(self, files, config):
        lang = config.theme["language"]
        self.generated = {}
        dirty = self.dirty_build
        pages = dirty.index[lang] if dirty else index_pages(self.archive.records, lang, self.today)
        for page in pages:
            stem = page.path.rstrip("/")
            src_uri = f"{stem}.md" if lang == LANGUAGES[0] else f"{stem}.{lang}.md"
            front = json.dumps({"title": page.title, "template": PRINTER}, ensure_ascii=False)
            file = File.generated(config, src_uri, content=f"---\n{front}\n---\n",
                                  inclusion=InclusionLevel.UNDEFINED if page.path in NAV_PAGES
                                  else InclusionLevel.NOT_IN_NAV)
            file.dest_uri = page_file(page.path, lang)
            files.append(file)
            self.generated[src_uri] = page
        if dirty:  # MkDocs builds a page when its file says it is modified
            for file in files.documentation_pages():
                compat.set_modified(file, dirty.builds(lang, file.dest_uri,
                                                       not file.inclusion.is_not_in_nav()))
        return files

    on_files = CombinedEvent(_leave_out_unchanged, _start_full_build, _add_index_pages)

    def _start(self, config) -> None:
        """Once the site folder is ready: start the processes for each language's other files,
        then, knowing what to build, for each other language's pages."""
        for language in LANGUAGES:
            build = Build(self.archive, language, config.site_url, self.today)
            self.outputs[language] = Job(
                _other_files, Path(config.site_dir), build,
                self.previous.made.get(language) if self.previous else None,
                self.refs if self.dirty and not self.previous else None, fork=self.parallel)
        if self.previous is not None:
            self.dirty_build = dirty_build(self.previous, self.archive, self.refs, self.today,
                                           LANGUAGES, Path(config.site_dir),
                                           Path(config.docs_dir))
            log.info(f"a dirty build: {self.dirty_build.summary} changed since the last build "
                     "(thidua/build/incremental.py)")
        if self.parallel:
            self.languages.start(config, self.plugins, self.dirty)

    def on_env(self, env, config, files):
        # MkDocs renders without autoescaping; the archive's own templates escape every value.
        # partials/header.html is Material's header with our search box, kept as Material has it.
        custom = Path(config.theme.custom_dir)
        ours = {path.relative_to(custom).as_posix()
                for path in custom.rglob("*.html")} - {"partials/header.html"}
        env.autoescape = lambda name: name in ours
        env.globals["ui"] = ui_labels(config.theme["language"])
        # THIDUA_FRAMES=off renders every plan page through Material, to compare (tests do).
        self.frames[config.theme["language"]] = Frames(
            env, enabled=os.environ.get("THIDUA_FRAMES", "on") != "off")
        return env

    def on_page_read_source(self, page, config):
        source = self.archive.source_of(page.file.src_uri)
        if source is None:
            return None
        # A plan's text, read as the archive reads it: MkDocs need not parse the frontmatter
        # again, and a file changed since it was checked is not published unchecked. The
        # leading line break keeps a text that opens with "---" from being taken for
        # frontmatter.
        try:
            return "\n" + read_body(Path(page.file.abs_src_path), source.path,
                                     self.archive.stamps[source.path])
        except InvalidArchive as error:
            raise PluginError(error.report()) from None

    def on_page_markdown(self, markdown, page, config, files):
        record = self.archive.record_of(page.file.src_uri)
        if record is not None:  # the tab's title tells plans apart: number and province first
            page.meta.update(template=PRINTER, title=tab_title(record, config.theme["language"]))
            markdown = escape_stray_angles(markdown)
        if "title" in page.meta:
            # Material prints the title unescaped (in <title>, the header and the nav).
            page.meta["title"] = html.escape(str(page.meta["title"]), quote=False)
        return markdown

    def on_page_content(self, html, page, config, files):
        record = self.archive.record_of(page.file.src_uri)
        if record is None:
            return html
        return plan_body(html, record, config.theme["language"], self.refs)

    @event_priority(-50)
    def on_page_context(self, context, page, config, nav):
        lang = config.theme["language"]
        title, description = html.unescape(page.title or ""), config.site_description
        generated = self.generated.get(page.file.src_uri)
        record = self.archive.record_of(page.file.src_uri)
        template = page.meta.get("template")
        if generated is not None:
            context["index"] = generated
            compat.point_language_switch(config, lambda other: site_path(generated.path, other))
        elif record is not None:
            context["plan"] = record_page(record, lang, self.today, self.refs, config.site_url)
            title, description = context["plan"].tab_title, context["plan"].summary
        elif template == "home.html":
            context["home"] = home_page(self.archive.records, lang, self.today)
        elif template == "search.html":
            context["search"] = search_page(self.archive.records, lang, self.today)
        elif template == "data.html":
            context["data"] = data_page(lang)
        context["head"] = page_head(neutral_path(page.url), lang, config.site_url, title,
                                    description, record=record, index=generated)
        template = "record.html" if record else generated.template if generated else None
        if template:
            context["framed"] = self.frames[lang].render(template, context)
        return context

    def on_post_page(self, output, page, config):
        if self.archive.record_of(page.file.src_uri) is not None:
            # A plan page is written now and read by nothing after: its text need not stay in
            # memory for the rest of the build (20,000 pages' worth at 10,000 records).
            page.content, page.markdown = None, ""  # (MkDocs' page.title needs a str)
        return with_policy(output)

    def on_post_template(self, output, template_name, config):
        if template_name == "404.html" and config.theme["language"] != LANGUAGES[0]:
            return ""  # MkDocs writes nothing: the default language's 404 page serves the site
        return with_policy(output) if template_name.endswith(".html") else output

    @event_priority(-200)
    def on_post_build(self, config):
        # Runs after mkdocs-static-i18n's own (priority -100), which builds the other languages
        # from inside the default language's build (and leaves the theme in the last language):
        # so the outermost build, the default language's, ends last, when every page is written.
        lang = self.building.pop()
        log.info(f"pages ({lang}) assembled from frames: {self.frames[lang].summary()}")
        if self.building:
            return
        site_dir = Path(config.site_dir)
        made, digests = {}, {}
        for language in list(self.outputs):
            made[language], digests[language] = _result(
                self.outputs.pop(language),
                f"writing the data files and search index ({language})")
        dirty, self.dirty_build = self.dirty_build, None
        if dirty:
            digests = dirty.digests
            prune(site_dir, [*dirty.deleted, *(path for value in made.values()
                                                for path in value.deleted)])
        self._await_emptying()
        self._finish(site_dir, config)
        if self.dirty:  # for the next dirty build (a full build is compared with nothing)
            self.saved = Manifest(self.key, str(site_dir.resolve()), sitemap_stamp(site_dir),
                                  digests, made).save(self.cache)

    def on_build_error(self, error):
        self.building.clear()
        self.languages.cancel()
        for job in [*self.outputs.values(), self.emptying]:
            if job is not None:
                job.cancel()
        self.outputs, self.emptying, self.dirty_build = {}, None, None
        saved, self.saved = self.saved, None
        if saved:  # strict mode fails a build after its last event: its pages are not all checked
            saved.unlink(missing_ok=True)

    def _await_emptying(self) -> None:
        """Wait until the former build's files are deleted; name what could not be."""
        emptying, self.emptying = self.emptying, None
        if emptying is None:
            return
        left = _result(emptying, "deleting the former build's files")
        if left:
            log.info(f"{len(left)} of the former build's files could not be deleted (the next "
                     f"build tries again): {', '.join(left[:3])}")

    def _finish(self, site_dir: Path, config) -> None:
        """Write the sitemap, and hold the build to every URL it has ever published."""
        pages = published_pages(site_dir)
        (site_dir / "sitemap.xml").write_text(
            site_map(config.site_url, sitemap_paths(pages, self.archive)), "utf-8")
        mode = os.environ.get("THIDUA_URLS", "report")  # check (CI), update (make urls), report
        try:
            note = hold_to_list(Path(config.config_file_path).parent / PUBLISHED_LIST, pages, mode)
        except PublishedUrlsError as error:
            raise PluginError(str(error)) from None
        if note:
            log.info(note)


def _other_files(site_dir: Path, build: Build, previous, refs):
    """In a forked process: a language's other files (thidua/build/writing.py), and, given
    ``refs`` (a dirty build that builds everything), the digests of its pages for the next."""
    made = write_outputs(site_dir, build, previous)
    if refs is None:
        return made, None
    return made, site_digests(build.archive, refs, build.today, [build.lang])[build.lang]


def _result(job: Job, what: str):
    try:
        return job.result()
    except BackgroundError as error:
        raise PluginError(f"{what} failed:\n{error}") from None
