"""What the package relies on in other packages' internals (thidua/compat/) still holds for
the versions installed: an upgrade that breaks an assumption fails here, naming the package,
what changed and what relied on it."""

from __future__ import annotations

from importlib.metadata import version

import pytest

from thidua.compat import jinja, lunr, mkdocs
from thidua.compat.assumptions import Assumption, Broken

ASSUMPTIONS = jinja.ASSUMPTIONS + lunr.ASSUMPTIONS + mkdocs.ASSUMPTIONS


@pytest.mark.parametrize("assumption", ASSUMPTIONS, ids=lambda item: f"{item.package}: {item.what}")
def test_the_installed_packages_do_what_the_package_assumes(assumption):
    failure = assumption.failure()
    assert failure is None, failure


def test_a_broken_assumption_names_the_package_what_changed_and_what_relied_on_it():
    def renamed():
        raise Broken("I18n.on_post_build no longer calls the module's build")

    broken = Assumption("mkdocs-static-i18n", "building the other languages in processes of "
                        "their own", renamed)

    assert broken.failure() == (
        f"mkdocs-static-i18n {version('mkdocs-static-i18n')} changed: I18n.on_post_build no "
        "longer calls the module's build. Relied on for: building the other languages in "
        f"processes of their own (see {__name__})")


def test_each_assumption_fails_when_what_it_checks_is_gone(monkeypatch):
    # The checks read the installed code: take away what each relies on, and each says so.
    import lunr.builder
    import mkdocs_static_i18n.plugin

    monkeypatch.delattr(lunr.builder.Builder, "_create_field_vectors")
    monkeypatch.setattr(lunr.builder.Builder, "build", lambda self: None)
    monkeypatch.setattr(mkdocs_static_i18n.plugin.I18n, "on_post_build", lambda self, config: None)

    failures = {assumption.what: assumption.failure() for assumption in ASSUMPTIONS}

    assert "Builder.build no longer calls _create_field_vectors()" in failures[
        "Builder.build's steps that WordListBuilder replaces"]
    assert "I18n.on_post_build no longer sets current_language" in failures[
        "building the other languages in processes of their own (thidua/build/languagebuilds.py)"]
