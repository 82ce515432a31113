"""The `nqp-corpus` command: build, validate, cite, diff and stats of releases.

Exit codes: 0 success; 1 the release differs (--check) or has violations (validate); 2 the inputs or
the release folder are wrong — stated in one line on stderr, without a traceback (add --traceback).
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from . import RELEASE_VERSION
from .errors import CorpusError


def choose_arrow_allocator() -> None:
    """Arrow's allocator is read once, when pyarrow is first imported, so it is chosen here, before
    any command imports it; a user's own ARROW_DEFAULT_MEMORY_POOL wins. The default on Linux,
    mimalloc, keeps freed pages: a build's peak RSS at 10x the seed corpus was ~545 MB with it and
    ~425 MB with jemalloc, at the same CPU time (benchmarks/RESULTS.md). Windows wheels have no
    jemalloc."""
    if sys.platform != "win32" and "pyarrow" not in sys.modules:
        os.environ.setdefault("ARROW_DEFAULT_MEMORY_POOL", "jemalloc")


choose_arrow_allocator()

CHANGELOG = Path(__file__).resolve().parents[1] / "CHANGELOG.md"


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return args.run(args)
    except CorpusError as error:
        if args.traceback:
            raise
        print(f"nqp-corpus: error: {error}", file=sys.stderr)
        return 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="nqp-corpus", description=__doc__.splitlines()[0])
    parser.add_argument("--traceback", action="store_true", help="show the traceback of an error")
    commands = parser.add_subparsers(required=True, metavar="COMMAND")

    build = commands.add_parser("build", help=f"write processed/v{RELEASE_VERSION}/ from raw/")
    build.add_argument("--raw", type=Path, default=Path("raw"), help="raw files and catalogue.yaml (default: raw)")
    build.add_argument("--out", type=Path, default=Path("processed"), help="releases folder (default: processed)")
    build.add_argument("--workers", type=int, default=1, help="worker processes over files (default: 1)")
    build.add_argument("--changelog", type=Path, default=CHANGELOG,
                       help="where the release's changelog entry is taken from (default: the repository's)")
    build.add_argument("--check", action="store_true",
                       help="rebuild in a temporary folder and compare checksums with the existing release")
    build.set_defaults(run=_build)

    validate = commands.add_parser("validate", help="check a release: rows, ids, checksums, card")
    validate.add_argument("release", type=Path, nargs="?", help="release folder (default: newest in --out)")
    validate.add_argument("--out", type=Path, default=Path("processed"), help="releases folder (default: processed)")
    validate.set_defaults(run=_validate)

    cite = commands.add_parser("cite", help="print a citation of a document, segment or sentence id")
    cite.add_argument("id", help="e.g. 000_0a4ddf0e5c2a5237/s247-539")
    cite.add_argument("--release", help="version (v1.0.0) or release folder (default: newest in --out)")
    cite.add_argument("--style", choices=("bibtex", "apa", "gbt7714", "plain"), default="bibtex",
                      help="citation style (default: bibtex)")
    cite.add_argument("--out", type=Path, default=Path("processed"), help="releases folder (default: processed)")
    cite.set_defaults(run=_cite)

    diff = commands.add_parser("diff", help="ids added, removed and changed between two releases, and fields "
                                            "changed under the same text")
    diff.add_argument("old", help="version (v1.0.0) or release folder")
    diff.add_argument("new", help="version (v1.1.0) or release folder")
    diff.add_argument("--out", type=Path, default=Path("processed"), help="releases folder (default: processed)")
    diff.add_argument("--json", action="store_true", help="machine-readable output")
    diff.add_argument("--counts", action="store_true", help="counts only, no ids")
    diff.set_defaults(run=_diff)

    stats = commands.add_parser("stats", help="write stats.json and charts/*.png into a release folder")
    stats.add_argument("release", type=Path, nargs="?", help="release folder (default: newest in --out)")
    stats.add_argument("--out", type=Path, default=Path("processed"), help="releases folder (default: processed)")
    stats.set_defaults(run=_stats)
    return parser


def _build(args: argparse.Namespace) -> int:
    from .release import build, check  # imports the pipeline and datasets: only when building

    if args.check:
        differing = check(args.raw, args.out, RELEASE_VERSION, args.workers, args.changelog)
        target = args.out / f"v{RELEASE_VERSION}"
        if differing:
            print(f"nqp-corpus: {target} differs from a fresh build in {len(differing)} files: "
                  f"{', '.join(differing)}", file=sys.stderr)
            return 1
        print(f"{target}: identical to a fresh build")
        return 0
    result = build(args.raw, args.out, RELEASE_VERSION, args.workers, args.changelog)
    counts = ", ".join(f"{config} {n:,}" for config, n in result.counts.items())
    print(f"{result.folder}: {'already built, identical' if result.already_built else 'built'} ({counts})")
    return 0


def _validate(args: argparse.Namespace) -> int:
    from .validate import newest_release, validate_release

    folder = args.release or newest_release(args.out)
    problems = validate_release(folder)
    for line in problems:
        print(f"{folder}: {line}")
    if problems:
        print(f"nqp-corpus: {folder}: {len(problems)} violations", file=sys.stderr)
        return 1
    print(f"{folder}: valid")
    return 0


def _cite(args: argparse.Namespace) -> int:
    from .cite import cite

    print(cite(args.id, args.release, args.style, args.out))
    return 0


def _diff(args: argparse.Namespace) -> int:
    from .diff import run_diff

    print(run_diff(args.old, args.new, args.out, as_json=args.json, ids=not args.counts))
    return 0


def _stats(args: argparse.Namespace) -> int:
    from .stats import run

    folder, stats = run(args.release, args.out)
    print(f"{folder}: stats.json and {len(stats['charts'])} charts written")
    return 0
