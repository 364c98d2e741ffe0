"""What the frames rely on in Jinja2 beyond rendering a template (thidua/build/frames.py).

Jinja's low-level API renders a template in a context made once and shared
(``Template.new_context(shared=True)``, ``Template.root_render_func``, ``Environment.concat``):
a page's parts are rendered with one context instead of a copy of it, globals and all, for
each part (:func:`render_shared`). Jinja documents that API and says it may change.
"""

from __future__ import annotations

import inspect

from jinja2 import Environment, Template

from thidua.compat.assumptions import Assumption, expect


def render_shared(env: Environment, template: Template, variables: dict) -> str:
    """``template`` rendered with ``variables`` as they are (not copied)."""
    return env.concat(template.root_render_func(template.new_context(variables, shared=True)))


def _low_level_api() -> None:
    expect("shared" in inspect.signature(Template.new_context).parameters,
           "Template.new_context takes no shared=")
    template = Environment().from_string("{{ a }}{{ b }}")
    expect(hasattr(template, "root_render_func") and callable(Environment().concat),
           "Template.root_render_func or Environment.concat is gone")
    expect(render_shared(template.environment, template, {"a": "x", "b": 1}) == "x1",
           "a template rendered in a shared context gives another text")


ASSUMPTIONS = [
    Assumption("Jinja2", "the parts of framed pages rendered in one shared context",
               _low_level_api),
]
