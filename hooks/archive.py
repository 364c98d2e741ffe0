"""MkDocs hooks: every event MkDocs sends is forwarded to one build object.

The build's state and what each event does live in thidua/build/sitebuild.py (``SiteBuild``,
one method per event; its docstring lists the phases). This file only connects it to MkDocs,
so that moving to another site generator replaces an adapter, not the archive.
"""

from thidua.build.sitebuild import SiteBuild

_build = SiteBuild()

on_startup = _build.on_startup
on_config = _build.on_config
on_pre_build = _build.on_pre_build
on_files = _build.on_files
on_env = _build.on_env
on_page_read_source = _build.on_page_read_source
on_page_markdown = _build.on_page_markdown
on_page_content = _build.on_page_content
on_page_context = _build.on_page_context
on_post_page = _build.on_post_page
on_post_template = _build.on_post_template
on_post_build = _build.on_post_build
on_build_error = _build.on_build_error
