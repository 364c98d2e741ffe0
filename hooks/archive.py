"""MkDocs hooks: thin adapters from MkDocs events to the thidua package.

- on_startup: whether MkDocs builds only what changed (``--dirty``). This site's dirty builds
  are exact (thidua/incremental.py), so MkDocs' warning that they are not is left out.
- on_config: load and validate every record (a build with any bad record stops here); a file
  unchanged since an earlier build is not read again (thidua/recordcache.py). The languages
  built from inside the default one's build reuse the archive; a new build (`mkdocs serve`)
  loads it again only when a record file changed. Once loaded, it is kept out of the cycle
  collector's scans (thidua/memory.py).
- on_pre_build: in the outermost build, take the last build's manifest (thidua/incremental.py);
  in a build of everything, move the former build's files aside and delete them in a process
  of their own while the pages are built (thidua/sitefolder.py). A dirty build, whose site
  folder MkDocs leaves as it is, starts its processes (below) at once and finds what changed.
- on_files: in a dirty build, the files of plans whose page is not built are left out before
  mkdocs-static-i18n sorts the files per language (priority 50, before its -100); then (-200)
  the index pages (provinces, years, each province, province-year and year) are added for the
  language being built (generated files added before mkdocs-static-i18n's on_files crash it),
  and in a dirty build MkDocs is told which pages to build. In the outermost build (once
  MkDocs has emptied the site folder) a process starts for each language's other files:
  record.json, citations, data, search index, feeds, redirects (thidua/outputs.py,
  thidua/background.py; in a dirty build only what changed; in a dirty build of everything,
  the digests of its pages for the next too), then one building each other language's pages
  (mkdocs-static-i18n waits for it, thidua/languagebuilds.py). THIDUA_PARALLEL=off does it all
  in one process.
- on_env: the archive's own templates (overrides/) escape every value they print; `ui` holds
  the interface words of the language being built.
- on_page_read_source: a plan's text is read as the archive reads it (the archive holds no
  texts, only what it needs of them), and only if the file is as it was checked; its
  frontmatter, parsed in on_config, is not parsed again.
- on_page_markdown: plan pages are framed (thidua/frames.py), and a `<` in their text that
  opens no allowed tag is text; titles are escaped for Material.
- on_page_content: a plan's text gets paragraph anchors and links to the plans it cites.
- on_page_context: give templates the page value the package computed; on generated pages,
  point the language switch at the same page in the other language; plan and index pages are
  rendered here, through a frame where one serves, and td-framed.html prints them.
- on_post_page, on_post_template: every page (the 404 page too) gets its
  Content-Security-Policy (thidua/csp.py); a plan page, once written, lets go of its text. The
  one 404 page (in both languages) is the default language's.
- on_post_build: after the last language, wait for the other files and for the former build's
  files to be gone; write the sitemap, check that every URL ever published still resolves
  (published-urls.txt), and write the manifest of the build for the next dirty one.
- on_build_error: stop every process; a build that fails after writing its manifest (strict
  mode fails a build after its last event) removes it.
"""

from __future__ import annotations

import html
import json
import logging
import os
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import CombinedEvent, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel

from thidua.archive import current_stamps, load_archive
from thidua.background import BackgroundError, Job
from thidua.bodytext import escape_stray_angles, plan_body
from thidua.builddate import build_date
from thidua.crossrefs import cross_refs
from thidua.csp import with_policy
from thidua.exports import data_page
from thidua.frames import PRINTER, Frames
from thidua.incremental import (Manifest, build_key, dirty_build, prune, site_digests,
                                sitemap_stamp, take_manifest)
from thidua.indexes import home_page, index_pages
from thidua.labels import ui_labels
from thidua.languagebuilds import (cancel_other_languages, start_other_languages,
                                   unchecked_plugins)
from thidua.linkeddata import page_head
from thidua.loader import read_body
from thidua.memory import settle_long_lived
from thidua.outputs import Build, write_outputs
from thidua.pages import record_page
from thidua.problems import InvalidArchive
from thidua.recordcache import cache_folder
from thidua.search import search_page
from thidua.sitefolder import empty_in_background
from thidua.urls import (LANGUAGES, PUBLISHED_LIST, PublishedUrlsError, hold_to_list,
                         neutral_path, page_file, published_pages, site_path,
                         sitemap as site_map, sitemap_paths)

log = get_plugin_logger("thidua")

NAV_PAGES = {"provinces/", "years/"}
"""Generated pages listed in mkdocs.yml's nav; the others stay out of it."""

_state: dict = {"archive": None, "generated": {}, "building": [], "frames": {}, "outputs": {},
          "emptying": None, "dirty": False, "previous": None, "dirty_build": None,
          "saved": None, "today": None, "exact": False}
"""What the build keeps between events. ``outputs``: by language, the forked process writing
its other files, waited for when the last language is built; ``emptying``: the deletion of the
former build's files; ``dirty``: MkDocs builds only what changed (``--dirty``); ``previous``:
then, the manifest of the last build, and ``dirty_build`` what changed since
(thidua/incremental.py), ``exact``: whether its plugins let it be exact; ``saved``: the
manifest this build wrote; ``today``: the build date."""


def on_startup(command, dirty):
    # `mkdocs build --dirty`, `mkdocs serve --dirty`: the site folder is kept, and only what
    # changed is built. (A build started from code, without this event, is a full one.)
    _state["dirty"] = dirty
    if dirty:
        logging.getLogger("mkdocs.commands.build").addFilter(_exact_dirty_builds)


def _exact_dirty_builds(record: logging.LogRecord) -> bool:
    # MkDocs warns that a dirty build can leave pages stale, which strict mode (mkdocs.yml)
    # makes an error: this site's dirty builds are exact (thidua/incremental.py), with the
    # plugins known to keep nothing of their own in the pages.
    return not (_state["exact"] and str(record.msg).startswith(
        "A 'dirty' build is being performed"))


def on_config(config):
    if _state["building"]:
        return config  # a language built from inside the default one's build: same archive
    _state["saved"] = None  # a new build: the last one's manifest is not this one's to remove
    _state["today"] = build_date()  # once: a build that runs past midnight is of one day
    docs_dir = Path(config.docs_dir)
    if _state["archive"] is None or current_stamps(docs_dir) != _state["archive"].stamps:
        try:
            _state["archive"] = load_archive(docs_dir, cache=cache_folder(docs_dir))
        except InvalidArchive as error:
            raise PluginError(error.report()) from None
        _state["refs"] = cross_refs(_state["archive"].records)
        settle_long_lived()
        log.info(f"{len(_state['archive'].records)} records validated")
    return config


def on_env(env, config, files):
    # MkDocs renders without autoescaping; the archive's own templates escape every value.
    # partials/header.html is Material's header with our search box, kept as Material writes it.
    ours = {path.relative_to(config.theme.custom_dir).as_posix()
            for path in Path(config.theme.custom_dir).rglob("*.html")} - {"partials/header.html"}
    env.autoescape = lambda name: name in ours
    env.globals["ui"] = ui_labels(config.theme["language"])
    # THIDUA_FRAMES=off renders every plan page through Material, to compare (tests do).
    _state["frames"][config.theme["language"]] = Frames(
        env, enabled=os.environ.get("THIDUA_FRAMES", "on") != "off")
    return env


@event_priority(50)  # before mkdocs-static-i18n's (priority -100), which sorts every file
def _leave_out_unchanged(files, config):
    # In a dirty build, the files of the plans whose page is not built are left out: sorting
    # them took mkdocs-static-i18n 3 s of each language at 10,000 records.
    dirty = _state["dirty_build"]
    if not dirty:
        return files
    lang, archive = config.theme["language"], _state["archive"]
    return Files([file for file in files if dirty.needs(
        lang, getattr(archive.record_of(file.src_uri), "url", None))])


@event_priority(-200)  # after mkdocs-static-i18n's, and after MkDocs emptied the site folder
def _start_full_build(files, config):
    if len(_state["building"]) == 1 and not _state["dirty"]:
        _start(config)
    return files


@event_priority(-200)
def _add_index_pages(files, config):
    lang = config.theme["language"]
    _state["generated"] = {}
    dirty = _state["dirty_build"]
    pages = dirty.index[lang] if dirty else index_pages(_state["archive"].records, lang,
                                                        _state["today"])
    for page in pages:
        stem = page.path.rstrip("/")
        src_uri = f"{stem}.md" if lang == LANGUAGES[0] else f"{stem}.{lang}.md"
        front = {"title": page.title, "template": PRINTER}
        file = File.generated(config, src_uri, content=f"---\n{json.dumps(front, ensure_ascii=False)}\n---\n",
                              inclusion=InclusionLevel.UNDEFINED if page.path in NAV_PAGES
                              else InclusionLevel.NOT_IN_NAV)
        file.dest_uri = page_file(page.path, lang)
        files.append(file)
        _state["generated"][src_uri] = page
    if dirty:  # MkDocs builds a page when its file says it is modified
        for file in files.documentation_pages():
            file.is_modified = _modified if dirty.builds(
                lang, file.dest_uri, not file.inclusion.is_not_in_nav()) else _unchanged
    return files


on_files = CombinedEvent(_leave_out_unchanged, _start_full_build, _add_index_pages)


def _unchanged() -> bool:
    return False


def _modified() -> bool:
    return True


def _start(config) -> None:
    """Once the site folder is ready: start the processes for each language's other files,
    then, knowing what to build, for each other language's pages."""
    previous, refs = _state["previous"], _state["refs"]
    for language in LANGUAGES:  # a process for each language's other files
        build = Build(_state["archive"], language, config.site_url, _state["today"])
        _state["outputs"][language] = Job(
            _other_files, Path(config.site_dir), build,
            previous.made.get(language) if previous else None,
            refs if _state["dirty"] and not previous else None, fork=_parallel())
    if previous is None:
        _state["dirty_build"] = None
    else:
        dirty = _state["dirty_build"] = dirty_build(
            previous, _state["archive"], refs, _state["today"], LANGUAGES,
            Path(config.site_dir), Path(config.docs_dir))
        log.info(f"a dirty build: {dirty.summary} changed since the last build "
                 "(thidua/incremental.py)")
    if _parallel():
        start_other_languages(config, _state["dirty"])


def _other_files(site_dir: Path, build: Build, previous, refs):
    """In a forked process: a language's other files (thidua/outputs.py), and, given ``refs``
    (a dirty build that builds everything), the digests of its pages for the next one."""
    made = write_outputs(site_dir, build, previous)
    if refs is None:
        return made, None
    return made, site_digests(build.archive, refs, build.today, [build.lang])[build.lang]


def on_page_read_source(page, config):
    source = _state["archive"].source_of(page.file.src_uri)
    if source is None:
        return None
    # A plan's text, read as the archive reads it: MkDocs need not parse the frontmatter again
    # (the archive did, in on_config), and a file changed since then is not published
    # unchecked. The leading line break keeps a text that opens with "---" from being taken
    # for frontmatter.
    try:
        return "\n" + read_body(Path(page.file.abs_src_path), source.path,
                                 _state["archive"].stamps[source.path])
    except InvalidArchive as error:
        raise PluginError(error.report()) from None


def on_page_markdown(markdown, page, config, files):
    source = _state["archive"].source_of(page.file.src_uri)
    if source is not None:
        page.meta.update(template=PRINTER, title=source.title)
        markdown = escape_stray_angles(markdown)
    if "title" in page.meta:
        # Material prints the title unescaped (in <title>, the header and the nav).
        page.meta["title"] = html.escape(str(page.meta["title"]), quote=False)
    return markdown


def on_page_content(html, page, config, files):
    record = _state["archive"].record_of(page.file.src_uri)
    if record is None:
        return html
    return plan_body(html, record, config.theme["language"], _state["refs"])


@event_priority(-50)
def on_page_context(context, page, config, nav):
    lang = config.theme["language"]
    path = neutral_path(page.url)
    title, description = html.unescape(page.title or ""), config.site_description
    generated = _state["generated"].get(page.file.src_uri)
    record = _state["archive"].record_of(page.file.src_uri)
    if generated is not None:
        context["index"] = generated
        # Material reads config.extra.alternate as an attribute, which is where
        # mkdocs-static-i18n keeps it (and resets it on every page it knows: in a --dirty build,
        # maybe none before this one; its list of the languages is extra_alternate).
        config.extra.alternate = [dict(alternate, link=site_path(generated.path, alternate["lang"]))
                                  for alternate in config.plugins["i18n"].extra_alternate]
    elif record is not None:
        context["plan"] = record_page(record, lang, _state["today"], _state["refs"],
                                      config.site_url)
        title, description = context["plan"].title, context["plan"].summary
    elif page.meta.get("template") == "home.html":
        context["home"] = home_page(_state["archive"].records, lang, _state["today"])
    elif page.meta.get("template") == "search.html":
        context["search"] = search_page(_state["archive"].records, lang)
    elif page.meta.get("template") == "data.html":
        context["data"] = data_page(lang)
    context["head"] = page_head(path, lang, config.site_url, title, description, record=record,
                                index=generated)
    template = "record.html" if record else generated.template if generated else None
    if template:
        context["framed"] = _state["frames"][lang].render(template, context)
    return context


def on_post_page(output, page, config):
    if _state["archive"].record_of(page.file.src_uri) is not None:
        # A plan page is written now and read by nothing after: its text need not stay in
        # memory for the rest of the build (20,000 pages' worth at 10,000 records).
        page.content, page.markdown = None, ""  # (MkDocs' page.title needs a str)
    return with_policy(output)


def on_post_template(output, template_name, config):
    if template_name == "404.html" and config.theme["language"] != LANGUAGES[0]:
        return ""  # MkDocs writes nothing: the default language's 404 page serves the site
    return with_policy(output) if template_name.endswith(".html") else output


def on_pre_build(config):
    _state["building"].append(config.theme["language"])  # (before any process is forked)
    if len(_state["building"]) == 1:  # the outermost build, before MkDocs empties the folder
        _begin(config)
        if _state["dirty"]:  # MkDocs leaves the site folder as it is: ready now
            _start(config)


def _begin(config) -> None:
    """Take the last build's manifest (it is written again when this build ends well); a
    dirty build that cannot compare with it, or with plugins that may keep pages of their own
    (thidua/languagebuilds.py), builds everything. The site folder of a build that builds
    everything is emptied while the pages are built."""
    site_dir = Path(config.site_dir)
    _state["cache"] = cache_folder(Path(config.docs_dir))
    _state["build_key"] = build_key(config, _state["today"])
    previous = take_manifest(_state["cache"], site_dir, _state["build_key"])
    plugins = unchecked_plugins(config)
    _state["exact"] = not plugins
    _state["previous"] = previous if _state["dirty"] and not plugins else None
    if _state["dirty"] and _state["previous"] is None:
        why = (f"with {', '.join(sorted(plugins))}" if plugins else "with no manifest of a "
               "build of this code, configuration and day into this folder")
        log.info(f"a dirty build {why}: everything is built")
    if _state["previous"] is None:
        _state["emptying"] = empty_in_background(site_dir, fork=_parallel())


def on_build_error(error):
    _state["building"].clear()
    cancel_other_languages()
    for job in [*_state["outputs"].values(), _state["emptying"]]:
        if job is not None:
            job.cancel()
    _state.update(outputs={}, emptying=None, dirty_build=None)
    saved, _state["saved"] = _state.get("saved"), None
    if saved:  # strict mode fails a build after its last event: its pages are not all checked
        saved.unlink(missing_ok=True)


@event_priority(-200)
def on_post_build(config):
    # Runs after mkdocs-static-i18n's own (priority -100), which builds the other languages
    # from inside the default language's build (and leaves the theme in the last language):
    # so the outermost build, the default language's, ends last, when every page is written.
    lang = _state["building"].pop()
    log.info(f"pages ({lang}) assembled from frames: {_state['frames'][lang].summary()}")
    site_dir = Path(config.site_dir)
    if not _state["building"]:
        made, digests = {}, {}
        for language in list(_state["outputs"]):
            made[language], digests[language] = _result(
                _state["outputs"].pop(language),
                f"writing the data files and search index ({language})")
        dirty, _state["dirty_build"] = _state["dirty_build"], None
        if dirty:
            digests = dirty.digests
            prune(site_dir, [*dirty.deleted, *(path for value in made.values()
                                                for path in value.deleted)])
        _await_emptying()
        _finish(site_dir, config)
        if _state["dirty"]:  # for the next dirty build (a full build is compared with nothing)
            _state["saved"] = Manifest(_state["build_key"], str(site_dir.resolve()),
                                       sitemap_stamp(site_dir), digests,
                                       made).save(_state["cache"])


def _parallel() -> bool:
    """Whether the build forks (THIDUA_PARALLEL=off: all in one process, to compare)."""
    return os.environ.get("THIDUA_PARALLEL", "on") != "off"


def _result(job: Job, what: str):
    try:
        return job.result()
    except BackgroundError as error:
        raise PluginError(f"{what} failed:\n{error}") from None


def _await_emptying() -> None:
    """Wait until the former build's files are deleted; name what could not be."""
    emptying, _state["emptying"] = _state["emptying"], None
    if emptying is None:
        return
    left = _result(emptying, "deleting the former build's files")
    if left:
        log.info(f"{len(left)} of the former build's files could not be deleted (the next build "
                 f"tries again): {', '.join(left[:3])}")


def _finish(site_dir: Path, config) -> None:
    """Write the sitemap, and hold the build to every URL it has ever published."""
    pages = published_pages(site_dir)
    (site_dir / "sitemap.xml").write_text(
        site_map(config.site_url, sitemap_paths(pages, _state["archive"])), "utf-8")
    mode = os.environ.get("THIDUA_URLS", "report")  # check (CI), update (make urls), report
    try:
        note = hold_to_list(Path(config.config_file_path).parent / PUBLISHED_LIST, pages, mode)
    except PublishedUrlsError as error:
        raise PluginError(str(error)) from None
    if note:
        log.info(note)
