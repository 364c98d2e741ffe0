"""MkDocs hooks: every event MkDocs sends is forwarded to one build object.

The build's state and what each event does live in thidua/build/sitebuild.py: ``SiteBuild``, one
``on_<event>`` method per event (startup, config, pre_build, files, env, page_read_source,
page_markdown, page_content, page_context, post_page, post_template, post_build, build_error,
shutdown), its docstring listing the build's phases. This file only connects it to MkDocs, which finds a
hook's events by their names in the module, so that moving to another site generator replaces
an adapter, not the archive.
"""

from thidua.build.sitebuild import SiteBuild

globals().update(SiteBuild().events())
