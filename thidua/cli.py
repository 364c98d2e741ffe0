"""The ``thidua`` command: tools for editors and CI."""

from __future__ import annotations

from pathlib import Path

import click

DEFAULT_CONTENT = Path("content")


@click.group()
def main() -> None:
    """Tools for the archive of emulation campaign plans."""


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--content", "content_dir", default=DEFAULT_CONTENT, show_default=True,
              type=click.Path(file_okay=False, path_type=Path), help="The content folder.")
def validate(paths: tuple[Path, ...], content_dir: Path) -> None:
    """Check every record (or only PATHS) and report every problem.

    Prints one line per problem, ``path:line: field: message``, and exits 1 if there is any.
    """
    from thidua.records.archive import check_archive, record_files, text_warnings
    from thidua.records.cache import cache_folder

    if not content_dir.is_dir():
        raise click.UsageError(f"no content folder at {content_dir}; run from the repository "
                               "root or pass --content")
    only = _expand(paths, content_dir.resolve()) if paths else None
    _, problems = check_archive(content_dir, only, cache=cache_folder(content_dir))
    for problem in problems:
        click.echo(str(problem), err=True)
    for warning in text_warnings(content_dir, only):
        click.echo(f"warning: {warning}", err=True)
    if problems:
        raise click.ClickException(f"{len(problems)} problem{'s' if len(problems) != 1 else ''}"
                                   " found")
    count = len(only if only is not None else record_files(content_dir))
    click.echo(f"{count} file{'s' if count != 1 else ''} checked, no problems.")


def _partial_date(context: click.Context, parameter: click.Parameter, value: str | None):
    """An option's date (YYYY-MM-DD, YYYY-MM or YYYY) as a partial date."""
    from thidua.records.dates import DateError, PartialDate

    try:
        return PartialDate.parse(value) if value else None
    except DateError as error:
        raise click.BadParameter(str(error)) from None


@main.command()
@click.argument("article", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--print", "to_stdout", is_flag=True, help="Write the record to standard output; touch no file.")
@click.option("--force", is_flag=True, help="Replace a record already at the draft's path.")
@click.option("--province", help="The province's slug, when the text does not name it.")
@click.option("--url", help="The article's address, recorded as the record's source.")
@click.option("--published", callback=_partial_date, metavar="DATE",
              help="The article's date as its page shows it (YYYY-MM-DD), when the text does not print it: a day the "
                   "text gives without its year is read by it.")
@click.option("--without-text", is_flag=True,
              help="Keep the article's text out of the record (a third-party article: the record "
                   "holds its facts, a summary of your own and --url).")
@click.option("--content", "content_dir", default=DEFAULT_CONTENT, show_default=True,
              type=click.Path(file_okay=False, path_type=Path), help="The content folder.")
def ingest(article: Path, to_stdout: bool, force: bool, province: str | None, url: str | None,
           published, without_text: bool, content_dir: Path) -> None:
    """Draft a record from the plain text of a news ARTICLE announcing a plan.

    Prints what it found (and from which words) and what it could not determine; those fields
    are left empty and marked '# review:' in the draft, with an English file for a translator.
    """
    from thidua.editing.drafts import DraftExists, Unplaceable, draft_files, one_line, write_draft
    from thidua.editing.facts import NotAPlan, UnreadableText, read_text
    from thidua.editing.ingest import extract
    from thidua.records.gazetteer import gazetteer

    try:
        draft = extract(read_text(article.read_bytes()), published)
    except (UnreadableText, NotAPlan) as error:
        raise click.ClickException(f"{article}: {error}") from None
    if province:
        if not gazetteer().get(province):
            raise click.BadParameter(f"unknown province '{province}'", param_hint="--province")
        draft.values["province"] = province
        draft.found["province"] = "--province"
        draft.missing.pop("province", None)
    if url:
        draft.values.setdefault("source", [{}])[0]["url"] = url
        draft.found["source"] = " and ".join(filter(None, (draft.found.get("source"), "--url")))
    if without_text and not url:
        raise click.UsageError("--without-text needs --url: a record without its text links to "
                               "the article")
    body = "" if without_text else draft.body
    for name, source in draft.found.items():
        value = draft.values.get(name, draft.english.get(name.removeprefix("english ")))
        click.echo(f"found    {name}: {value}  ({one_line(source)})", err=True)
    for name, why in draft.missing.items():
        click.echo(f"review   {name}: {one_line(why)}", err=True)
    try:
        files = draft_files(draft.values, draft.missing, body, draft.english)
    except Unplaceable as error:
        if not to_stdout:
            raise click.ClickException(f"{article}: cannot place the record: {error}") from None
        from thidua.editing.drafts import render_record

        click.echo(render_record(draft.values, draft.missing, body), nl=False)
        return
    if to_stdout:
        click.echo(files.record, nl=False)
        return
    try:
        record, english = write_draft(content_dir, files, force)
    except DraftExists as error:
        raise click.ClickException(str(error)) from None
    click.echo(f"wrote {record} and {english}; fill in the '# review:' fields, then run "
               "thidua validate")


@main.command()
@click.option("--province", help="The province's slug, as named on the issue date.")
@click.option("--year", type=click.IntRange(1900, 2100), help="The issue year.")
@click.option("--number", help="The document number as printed (leave empty if none).")
@click.option("--title", help="The plan's title, in Vietnamese.")
@click.option("--issued", callback=_partial_date,
              help="The issue date: YYYY, YYYY-MM or YYYY-MM-DD (defaults to the year).")
@click.option("--type", "doc_type", default="KH", show_default=True, help="The document type code.")
@click.option("--content", "content_dir", default=DEFAULT_CONTENT, show_default=True,
              type=click.Path(file_okay=False, path_type=Path), help="The content folder.")
def new(province, year, number, title, issued, doc_type, content_dir: Path) -> None:
    """Create a record and its English sibling from a template, then validate them.

    Asks for what the options do not give.
    """
    from thidua.editing.drafts import DraftExists, Unplaceable, draft_files, write_draft
    from thidua.records.archive import check_archive
    from thidua.records.gazetteer import gazetteer

    if issued:
        if year and year != issued.year:
            raise click.BadParameter(f"the issue date {issued} is not in {year}",
                                     param_hint="--year")
        year = issued.year
    province = province or click.prompt("Province (slug, e.g. cao-bang)")
    unit = gazetteer().get(province)
    if unit is None:
        raise click.BadParameter(f"unknown province '{province}'", param_hint="--province")
    year = year or click.prompt("Issue year", type=click.IntRange(1900, 2100))
    if number is None:
        number = click.prompt("Document number (empty if none)", default="", show_default=False)
    title = title or click.prompt("Title (Vietnamese)")
    values = {"title": title, "number": number or None, "type": doc_type,
              "issuer": f"UBND {unit.full_name('vi')}", "issuer_level": "province",
              "province": province, "issued": str(issued or year)}
    missing = {"issued": "give the full issue date if known"} if not issued else {}
    try:
        files = draft_files(values, missing, "Nội dung văn bản.")
        record, english = write_draft(content_dir, files)
    except (DraftExists, Unplaceable) as error:
        raise click.ClickException(str(error)) from None
    click.echo(f"wrote {record} and {english}")
    _, problems = check_archive(content_dir, [record.resolve(), english.resolve()])
    if problems:
        click.echo(f"Fill in before the record builds ({len(problems)}):", err=True)
    for problem in problems:
        click.echo(str(problem), err=True)


@main.command()
@click.option("--english", is_flag=True, help="The English file's fields instead.")
def fields(english: bool) -> None:
    """Print the record fields as a Markdown table (the table in content/README.md)."""
    from thidua.records.model import ENGLISH_FIELDS, RECORD_FIELDS
    from thidua.records.schema import markdown_table

    click.echo(markdown_table(ENGLISH_FIELDS if english else RECORD_FIELDS), nl=False)


@main.command("ingest-accuracy")
@click.argument("facts", type=click.Path(exists=True, dir_okay=False, path_type=Path),
                default="evaluation/ingest-articles.yaml")
@click.option("--texts", type=click.Path(file_okay=False, path_type=Path),
              default="evaluation/texts", show_default=True,
              help="Where the articles' texts are, as <id>.txt (never committed).")
@click.option("--stamp", "stamp_texts", is_flag=True,
              help="Write into FACTS the fingerprint of each saved text that has none yet (the copy "
                   "its facts are taken from), instead of measuring.")
def ingest_accuracy(facts: Path, texts: Path, stamp_texts: bool) -> None:
    """Measure `thidua ingest` on real articles: per field and language, how many of the facts
    in FACTS (default evaluation/ingest-articles.yaml) each draft states rightly, wrongly or
    not at all, development and held-aside articles apart, and which near-misses it refused; a
    saved text that is not the copy labelled (its fingerprint differs) is named."""
    from thidua.editing.accuracy import measure, stamp
    from thidua.records.problems import InvalidArchive

    try:
        if stamp_texts:
            stamped = stamp(facts, texts)
            click.echo(f"{len(stamped)} articles stamped with their text's fingerprint")
            return
        report = measure(facts, texts)
    except InvalidArchive as error:
        raise click.ClickException(error.report().rsplit("\n", 1)[0]) from None
    click.echo(report.table(), nl=False)


@main.command("ingest-probes")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--prefix", help="Only the set whose ids are this and two digits (a blind set of the trap file: DF).")
def ingest_probes(files: tuple[Path, ...], prefix: str | None) -> None:
    """Measure `thidua ingest` on texts written to test it (the trap file tests/editing/adversarial.yaml, a review's
    probes, a blind set): per field and language, how many of the values each draft states are among those accepted,
    not among them, or missing, and which near-misses it refused; then every wrong outcome."""
    from thidua.editing.probes import judge_probe, load_probes, probe_table
    from thidua.records.problems import InvalidArchive

    try:
        probes = load_probes(list(files), prefix)
    except InvalidArchive as error:
        raise click.ClickException(error.report().rsplit("\n", 1)[0]) from None
    click.echo(probe_table([judge_probe(probe) for probe in probes]), nl=False)


@main.command()
@click.argument("out", type=click.Path(file_okay=False, path_type=Path))
@click.option("--records", "count", type=click.IntRange(1), default=1000, show_default=True,
              help="How many records to generate.")
@click.option("--seed", type=int, default=1, show_default=True, help="The same seed gives the same corpus.")
@click.option("--content", "content_dir", default=DEFAULT_CONTENT, show_default=True,
              type=click.Path(file_okay=False, path_type=Path),
              help="The archive whose sentences and pages are reused.")
def corpus(out: Path, count: int, seed: int, content_dir: Path) -> None:
    """Write a synthetic archive of N records to OUT (a content folder), for benchmarks."""
    import shutil

    from thidua.bench.corpus import generate, sentences

    if out.exists() and any(out.iterdir()):
        raise click.UsageError(f"{out} is not empty; give a new folder")
    out.mkdir(parents=True, exist_ok=True)
    for page in content_dir.glob("*.md"):
        shutil.copy(page, out / page.name)
    paths = generate(count, out, sentences(content_dir), seed)
    click.echo(f"{len(paths)} records written to {out}")


@main.command()
@click.option("--records", "count", type=click.IntRange(1), default=1000, show_default=True,
              help="How many synthetic records to build.")
@click.option("--seed", type=int, default=1, show_default=True)
@click.option("--work", type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the corpus and the builds (a temporary one by default).")
@click.option("--json", "as_json", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write the report as JSON to this file.")
def bench(count: int, seed: int, work: Path | None, as_json: Path | None) -> None:
    """Build N synthetic records with our configuration and with plain MkDocs (the floor),
    side by side; report time, time per page, peak memory, site and search index sizes, the
    ratio ours / floor, and the time of a rebuild after adding one record (full, and with
    MkDocs' --dirty)."""
    import tempfile

    from thidua.bench.builds import bench as run
    from thidua.bench.builds import report_json, table

    repo = Path.cwd()
    if not (repo / "mkdocs.yml").exists():
        raise click.UsageError("run from the repository root (where mkdocs.yml is)")
    with tempfile.TemporaryDirectory(prefix="thidua-bench-") as temporary:
        report = run(count, work or Path(temporary), repo, seed)
    click.echo(table(report))
    if as_json:
        as_json.write_text(report_json(report), "utf-8")


@main.command("bench-search")
@click.argument("site", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--runs", type=click.IntRange(1), default=3, show_default=True,
              help="Cold page loads per query.")
@click.option("--json", "as_json", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write the report as JSON to this file.")
def bench_search(site: Path, runs: int, as_json: Path | None) -> None:
    """Measure search in headless Chromium over a built SITE: bytes before the first result
    and the time from opening /search/?q=... to results shown."""
    import json

    from thidua.bench.search import measure, table

    report = measure(site, runs=runs)
    click.echo(table(report))
    if as_json:
        as_json.write_text(json.dumps(report, indent=1), "utf-8")


def _expand(paths: tuple[Path, ...], content_dir: Path) -> list[Path]:
    from thidua.records.archive import MARKDOWN_SUFFIXES

    files = []
    for path in paths:
        files.extend(sorted(p for p in path.rglob("*") if p.suffix in MARKDOWN_SUFFIXES)
                     if path.is_dir() else [path])
    resolved = [file.resolve() for file in files]
    for file in resolved:
        if not file.is_relative_to(content_dir):
            raise click.UsageError(f"{file} is not in the content folder {content_dir}")
    return resolved
