"""Benchmark of `nqp-corpus build`: whole build vs a minimal baseline, at several corpus scales.

One run measures, for every scale in --scales (1 = the real raw/ files; N = every raw file copied N
times under distinct names r000_<name> ... with a catalogue.yaml whose entries are the originals
with `file` changed, so the sha256 still matches):

  build      release.build() into a temporary folder (changelog=None, version 0.0.0)
  baseline   only the unavoidable work on the same text: read + checksum + decode, OpenCC conversion
             (hk2s for Traditional files, s2t for Simplified ones: the configs the pipeline uses),
             word segmentation (nqp_corpus.tokens.tokenize, line by line) and one Parquet file of
             converted text + Traditional text + tokens, written with the release's writer options

Each case runs in a fresh subprocess; wall time is measured in the child around the work (imports
excluded, reported separately), peak RSS is the child's ru_maxrss from os.wait4 (its own process;
with --workers N the pool processes are its children and count only as their own maximum, not
summed). With --repeat N, baseline and build runs alternate; the minimum wall time (and the minimum
CPU time and peak) is kept, and the build / baseline CPU ratio of each pair is printed (median and
range): on a shared machine whose speed drifts, a pair meets the same conditions.

The build imports one library inside its clock, as the command does: matplotlib, when it draws the
charts. A separate child (case chart_import) measures that import's CPU after what a build has
imported by then, and the report also gives the build / baseline ratio without it. The build's
statistics step as a whole (stats.json and the charts, that import included) is timed inside each
build, and the ratio without it is given too: it is the fixed cost the issue's own charts require.

Also: per-stage timings (stage functions called directly on the 1x corpus), and a determinism
check: SHA256SUMS of a serial build and a --workers 2 build of the 10x corpus (--identity-scale).

Usage:
    python benchmarks/bench_build.py                       # --scales 1,10,100
    python benchmarks/bench_build.py --scales 1,10,30 --repeat 3
    python benchmarks/bench_build.py --scales 1 --no-identity --no-stages

Writes benchmarks/out/bench-<timestamp-free name>.json (git-ignored) and prints a table.
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "raw"
OUT = ROOT / "benchmarks" / "out"
VERSION = "0.0.0"  # the release validator wants plain semver
SENTINEL = "@@BENCH@@"


# ---------------------------------------------------------------- corpora

def replicate(raw_dir: Path, factor: int, dest: Path) -> Path:
    """dest holds every raw file `factor` times (r000_<name>, r001_<name>, ...) and a catalogue."""
    import yaml

    if factor == 1:
        return raw_dir
    data = yaml.safe_load((raw_dir / "catalogue.yaml").read_text(encoding="utf-8"))
    dest.mkdir(parents=True, exist_ok=True)
    entries = []
    for i in range(factor):
        for entry in data["files"]:
            name = f"r{i:03d}_{entry['file']}"
            shutil.copyfile(raw_dir / entry["file"], dest / name)
            entries.append({**entry, "file": name})
    data["files"] = entries
    (dest / "catalogue.yaml").write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False),
                                         encoding="utf-8")
    return dest


def raw_bytes(raw_dir: Path) -> int:
    return sum(p.stat().st_size for p in raw_dir.iterdir() if p.is_file() and p.name != "catalogue.yaml")


# ---------------------------------------------------------------- cases (run in the child)

def cpu() -> float:
    """CPU seconds of this process and its reaped children (pool workers): robust to a busy machine."""
    import resource
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def case_build(raw_dir: Path, work: Path, workers: int) -> dict[str, Any]:
    t0 = time.perf_counter()
    from nqp_corpus import release
    stats_cpu = _cpu_of_calls(release, "write_stats")
    t1, c1 = time.perf_counter(), cpu()
    result = release.build(raw_dir, work, VERSION, workers, changelog=None)
    t2, c2 = time.perf_counter(), cpu()
    sums = (result.folder / "SHA256SUMS").read_text(encoding="utf-8")
    out_bytes = sum(p.stat().st_size for p in result.folder.rglob("*") if p.is_file())
    return {"import_s": t1 - t0, "wall_s": t2 - t1, "cpu_s": c2 - c1, "counts": result.counts, "sha256sums": sums,
            "out_bytes": out_bytes, "stats_cpu_s": sum(stats_cpu)}


def _cpu_of_calls(module: Any, name: str) -> list[float]:
    """Wrap module.name so that the CPU seconds of each call are appended to the list returned.
    For the build's statistics step (release.write_stats: stats.json, and the charts with
    matplotlib's import): the one fixed cost the issue itself asks for, measured inside the build."""
    spent: list[float] = []
    inner = getattr(module, name)

    def timed(*args: Any, **kwargs: Any) -> Any:
        start = cpu()
        try:
            return inner(*args, **kwargs)
        finally:
            spent.append(cpu() - start)

    setattr(module, name, timed)
    return spent


def case_baseline(raw_dir: Path, work: Path, workers: int) -> dict[str, Any]:
    t0 = time.perf_counter()
    import pyarrow as pa
    import pyarrow.parquet as pq

    from nqp_corpus.catalogue import load_catalogue
    from nqp_corpus.reader import read_raw
    from nqp_corpus.release import PARQUET_OPTIONS
    from nqp_corpus.script import HANT, converter
    from nqp_corpus.tokens import segmenter, tokenize
    t1, c1 = time.perf_counter(), cpu()
    segmenter()  # dictionary load: the build pays it too
    schema = pa.schema([("file", pa.string()), ("line", pa.int64()), ("text", pa.string()),
                        ("text_traditional", pa.string()), ("tokens", pa.list_(pa.string()))])
    work.mkdir(parents=True, exist_ok=True)
    rows_total = 0
    writer = pq.ParquetWriter(work / "baseline.parquet", schema, **PARQUET_OPTIONS)
    try:
        for name, entry in load_catalogue(raw_dir).items():
            raw = read_raw(raw_dir / name, entry)
            lines = [line for line in raw.text.splitlines() if line.strip()]
            if entry.get("script") == HANT:
                simp = [converter("hk2s").convert(line) for line in lines]
                trad = lines
            else:
                simp = lines
                trad = [converter("s2t").convert(line) for line in lines]
            tokens = [tokenize(line) for line in simp]
            writer.write_table(pa.table({"file": [name] * len(lines), "line": list(range(len(lines))),
                                         "text": simp, "text_traditional": trad, "tokens": tokens},
                                        schema=schema))
            rows_total += len(lines)
    finally:
        writer.close()
    t2, c2 = time.perf_counter(), cpu()
    return {"import_s": t1 - t0, "wall_s": t2 - t1, "cpu_s": c2 - c1, "rows": rows_total,
            "out_bytes": (work / "baseline.parquet").stat().st_size}


def case_chart_import(raw_dir: Path, work: Path, workers: int) -> dict[str, Any]:
    """CPU of the one library import a build makes inside its clock: nqp_corpus.stats imports
    matplotlib when it draws the charts (the baseline's libraries are imported before its clock).
    Measured after what a build has imported by then, so that shared dependencies (numpy) are not
    counted; subtracted from the build's CPU for the ratio "without the chart library's import"."""
    from nqp_corpus.release import build  # noqa: F401  numpy, pyarrow, datasketch, as in a build
    c0 = cpu()
    import matplotlib.backends.backend_agg  # noqa: F401
    import matplotlib.figure  # noqa: F401
    import matplotlib.font_manager  # noqa: F401
    return {"cpu_s": cpu() - c0}


def case_stages(raw_dir: Path, work: Path, workers: int) -> dict[str, Any]:
    """Seconds per stage, each stage function called directly, files in catalogue order."""
    from collections import defaultdict

    import pyarrow.parquet as pq

    from nqp_corpus.annotate import dates, source, themes
    from nqp_corpus.annotate.reuse import ReuseIndex
    from nqp_corpus.catalogue import load_catalogue
    from nqp_corpus.clean import clean_file
    from nqp_corpus.documents import split_documents
    from nqp_corpus.model import FileResult
    from nqp_corpus.reader import read_raw
    from nqp_corpus.release import GC_GEN0_THRESHOLD, PARQUET_OPTIONS, _table
    from nqp_corpus.rows import CONFIGS, file_rows
    from nqp_corpus.script import normalise_document, traditional_by_words
    from nqp_corpus.sections import assign_sections
    from nqp_corpus.sentences import segment_document
    from nqp_corpus.tokens import segmenter, tokenize

    t = defaultdict(float)
    clock = time.perf_counter

    def timed(stage: str, fn, *args):
        s = clock()
        out = fn(*args)
        t[stage] += clock() - s
        return out

    gc.set_threshold(GC_GEN0_THRESHOLD, *gc.get_threshold()[1:])  # as during a build (a child: not restored)
    timed("setup (dictionaries, converters)", segmenter)
    reuse = ReuseIndex()
    all_rows: dict[str, list] = {c: [] for c in CONFIGS}
    token_time = 0.0
    for name, entry in load_catalogue(raw_dir).items():
        raw = timed("read", read_raw, raw_dir / name, entry)
        blocks, removed = timed("clean", clean_file, raw)
        documents = timed("split", split_documents, raw, blocks)
        for doc in documents:
            timed("annotate: source", source.annotate, raw, doc)
            timed("script (OpenCC)", normalise_document, raw, doc)
            timed("sections", assign_sections, doc)
            timed("sentences+tokens", segment_document, doc)
            # tokens share of sentences+tokens: re-tokenise the same sentences
            s = clock()
            for block in doc.blocks:
                for sent in block.sentences:
                    tokenize(sent.text)
            token_time += clock() - s
            timed("script (OpenCC)", traditional_by_words, doc)
            timed("annotate: dates", dates.annotate, raw, doc)
            timed("annotate: themes", themes.annotate, doc)
        rows = timed("rows", file_rows, FileResult(raw=raw, documents=documents, removed=removed), VERSION)
        for c in CONFIGS:
            all_rows[c].extend(rows[c])
        s = clock()
        for row in rows["segments"]:
            reuse.add(row["segment_id"], row["text"])
        t["reuse: add (shingles)"] += clock() - s
    timed("reuse: result (stop list+MinHash+LSH+verify+groups)", reuse.result)
    work.mkdir(parents=True, exist_ok=True)
    s = clock()
    for c in CONFIGS:
        pq.write_table(_table("bench", c, all_rows[c]), work / f"{c}.parquet", **PARQUET_OPTIONS)
    t["write (Arrow tables + Parquet)"] += clock() - s
    # validation of a finished release (the build validates before renaming into place)
    from nqp_corpus.release import build
    from nqp_corpus.validate import validate_release
    folder = build(raw_dir, work / "rel", VERSION, 1, changelog=None).folder
    timed("validate (release check)", validate_release, folder)
    return {"stages_s": dict(t), "tokenize_only_s": token_time}


def case_reuse(raw_dir: Path, work: Path, factor: int) -> dict[str, Any]:
    """The corpus-level reuse pass alone on the 1x segments repeated `factor` times (ids made
    distinct), as the build feeds it: add() per segment, then result(). Here `workers` is the factor."""
    from nqp_corpus.annotate.reuse import ReuseIndex
    from nqp_corpus.catalogue import load_catalogue
    from nqp_corpus.pipeline import process_file
    from nqp_corpus.reader import read_raw
    from nqp_corpus.rows import file_rows

    segments = []
    for name, entry in load_catalogue(raw_dir).items():
        rows = file_rows(process_file(read_raw(raw_dir / name, entry)), VERSION)
        segments += [(r["segment_id"], r["text"]) for r in rows["segments"]]
    index = ReuseIndex()
    t0 = time.perf_counter()
    for i in range(factor):
        for seg_id, text in segments:
            index.add(f"r{i:03d}_{seg_id}", text)
    t1 = time.perf_counter()
    found = index.result()
    t2 = time.perf_counter()
    links = sum(len(v["reuse_of"]) for v in found.values())
    return {"factor": factor, "segments": len(segments) * factor, "indexed": len(index),
            "add_s": t1 - t0, "result_s": t2 - t1, "segments_with_reuse": len(found), "reuse_links": links}


CASES = {"build": case_build, "baseline": case_baseline, "stages": case_stages, "reuse": case_reuse,
         "chart_import": case_chart_import}


def child_main(argv: list[str]) -> None:
    import nqp_corpus.cli  # noqa: F401  every case gets the Arrow allocator the command chooses
    case, raw_dir, work, workers = argv[0], Path(argv[1]), Path(argv[2]), int(argv[3])
    result = CASES[case](raw_dir, work, workers)
    print(SENTINEL + json.dumps(result, ensure_ascii=False), flush=True)


# ---------------------------------------------------------------- parent

def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child_main(sys.argv[2:])
        return 0
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scales", default="1,10,100", help="corpus replication factors (default 1,10,100)")
    ap.add_argument("--repeat", type=int, default=1,
                    help="runs per case, baseline and build alternating; the minimum is kept, and the "
                         "build / baseline CPU ratio of each pair is reported too")
    ap.add_argument("--workers", type=int, default=1, help="--workers for the build cases (default 1)")
    ap.add_argument("--identity-scale", type=int, default=10,
                    help="scale of the serial vs --workers 2 byte-identity check (0: skip)")
    ap.add_argument("--no-identity", action="store_true", help="skip the serial vs --workers 2 check")
    ap.add_argument("--no-stages", action="store_true", help="skip the per-stage breakdown")
    ap.add_argument("--reuse-scales", default="",
                    help="also time the reuse pass alone on the 1x segments repeated N times, e.g. 1,3,10")
    ap.add_argument("--timeout", type=float, default=1200, help="seconds per case before giving up")
    ap.add_argument("--out", type=Path, default=None, help="JSON output (default benchmarks/out/bench.json)")
    args = ap.parse_args()
    scales = [int(s) for s in args.scales.split(",") if s.strip()]

    report: dict[str, Any] = {"machine": machine(), "options": vars(args) | {"out": str(args.out)},
                              "cases": [], "stages": None, "identity": None}
    with tempfile.TemporaryDirectory(prefix="nqp-bench-raw-") as rawtmp:
        corpora = {n: replicate(RAW, n, Path(rawtmp) / f"x{n}") for n in sorted(set(scales) | {1} | (
            {args.identity_scale} if args.identity_scale and not args.no_identity else set()))}
        imports = [measured("chart_import", corpora[1], 1, args.timeout) for _ in range(args.repeat)]
        report["chart_import_cpu_s"] = min(r.get("cpu_s", float("nan")) for r in imports)
        for n in scales:
            mb = raw_bytes(corpora[n]) / 1e6
            # baseline and build alternate, so that each pair of runs meets the same machine: this
            # one is shared and its speed drifts by more than the differences measured
            paired: dict[str, list[dict[str, Any]]] = {"baseline": [], "build": []}
            for _ in range(args.repeat):
                for case in paired:
                    paired[case].append(measured(case, corpora[n], args.workers, args.timeout))
            for case, runs in paired.items():
                ok = [r for r in runs if "error" not in r]
                if ok:
                    best = min(ok, key=lambda r: r["wall_s"])
                    best["peak_rss_mb"] = min(r["peak_rss_mb"] for r in ok)
                    best["cpu_s"] = min(r.get("cpu_s", float("inf")) for r in ok)
                    if case == "build":
                        best["stats_cpu_s"] = min(r.get("stats_cpu_s", float("inf")) for r in ok)
                    best["wall_all_s"] = [r["wall_s"] for r in ok]
                else:
                    best = runs[0]
                best.pop("sha256sums", None)
                best.update(scale=n, raw_mb=mb, workers=args.workers if case == "build" else 1)
                if case == "build":
                    best["paired_cpu_ratios"] = [b["cpu_s"] / a["cpu_s"] for a, b in zip(paired["baseline"], runs)
                                                 if "cpu_s" in a and "cpu_s" in b]
                if "wall_s" in best:
                    best["mb_per_s"] = mb / best["wall_s"]
                    best["s_per_mb"] = best["wall_s"] / mb
                report["cases"].append(best)
                print(f"  {case:8s} {n:4d}x  {fmt(best)}", file=sys.stderr, flush=True)
        if not args.no_stages:
            report["stages"] = measured("stages", corpora[1], 1, args.timeout)
            print("  stages done", file=sys.stderr, flush=True)
        report["reuse"] = []
        for n in [int(x) for x in args.reuse_scales.split(",") if x.strip()]:
            report["reuse"].append(measured("reuse", corpora[1], n, args.timeout) | {"factor": n})
            print(f"  reuse {n}x done", file=sys.stderr, flush=True)
        if args.identity_scale and not args.no_identity:
            raw_dir = corpora[args.identity_scale]
            serial = measured("build", raw_dir, 1, args.timeout)
            parallel = measured("build", raw_dir, 2, args.timeout)
            report["identity"] = {
                "scale": args.identity_scale,
                "identical": "sha256sums" in serial and serial.get("sha256sums") == parallel.get("sha256sums"),
                "serial_s": serial.get("wall_s"), "workers2_s": parallel.get("wall_s"),
                "serial_peak_rss_mb": serial.get("peak_rss_mb"), "workers2_peak_rss_mb": parallel.get("peak_rss_mb"),
                "errors": [r["error"] for r in (serial, parallel) if "error" in r],
            }
    report["ratios"] = ratios(report["cases"], report["chart_import_cpu_s"])
    OUT.mkdir(parents=True, exist_ok=True)
    path = args.out or OUT / "bench.json"
    path.write_text(json.dumps(report, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print(table(report))
    print(f"\nwritten {path}")
    return 0


def measured(case: str, raw_dir: Path, workers: int, timeout: float) -> dict[str, Any]:
    """Run one case in a fresh subprocess; the child's peak RSS from wait4 on its own pid."""
    with tempfile.TemporaryDirectory(prefix=f"nqp-bench-{case}-") as tmp:
        # the code next to this script, not whatever copy is installed (run from a snapshot:
        # `git archive HEAD | tar -x -C /tmp/snap` keeps a tree others are editing out of the numbers)
        env = {**os.environ, "PYTHONHASHSEED": "0", "PYTHONPATH": str(ROOT)}
        out_path = Path(tmp) / "stdout"
        with open(out_path, "w") as out, open(Path(tmp) / "stderr", "w") as err:
            start = time.perf_counter()
            proc = subprocess.Popen([sys.executable, __file__, "--child", case, str(raw_dir), str(Path(tmp) / "w"),
                                     str(workers)], stdout=out, stderr=err, cwd=ROOT, env=env)
            status, rusage = wait_with_timeout(proc.pid, timeout)
            elapsed = time.perf_counter() - start
        if status is None:
            return {"case": case, "error": f"timeout after {timeout:.0f} s", "elapsed_s": elapsed}
        text = out_path.read_text(encoding="utf-8")
        peak = rusage.ru_maxrss / 1024  # KiB on Linux
        code = os.waitstatus_to_exitcode(status)
        if code != 0:
            tail = (Path(tmp) / "stderr").read_text(encoding="utf-8", errors="replace").strip().splitlines()
            return {"case": case, "error": tail[-1] if tail else f"exit {code}", "elapsed_s": elapsed,
                    "peak_rss_mb": peak}
        line = next(l for l in text.splitlines() if l.startswith(SENTINEL))
        result = json.loads(line[len(SENTINEL):])
        result.update(case=case, elapsed_s=elapsed, peak_rss_mb=peak)
        return result


def wait_with_timeout(pid: int, timeout: float):
    deadline = time.monotonic() + timeout
    while True:
        wpid, status, rusage = os.wait4(pid, os.WNOHANG)
        if wpid == pid:
            return status, rusage
        if time.monotonic() > deadline:
            os.kill(pid, 9)
            os.wait4(pid, 0)
            return None, None
        time.sleep(0.05)


def ratios(cases: list[dict[str, Any]], chart_import_cpu_s: float = 0.0) -> dict[str, Any]:
    by = {(c["case"], c["scale"]): c for c in cases if "wall_s" in c}
    out: dict[str, Any] = {"build_over_baseline": {}, "build_over_baseline_cpu": {}, "cost_per_mb_vs_1x": {},
                           "peak_rss_vs_1x": {}, "build_over_baseline_cpu_without_chart_import": {}}
    for (case, n), c in by.items():
        if case == "build" and ("baseline", n) in by:
            base = by[("baseline", n)]
            out["build_over_baseline"][str(n)] = c["wall_s"] / base["wall_s"]
            out["build_over_baseline_cpu"][str(n)] = c["cpu_s"] / base["cpu_s"]
            out["build_over_baseline_cpu_without_chart_import"][str(n)] = (c["cpu_s"] - chart_import_cpu_s) / base["cpu_s"]
            if "stats_cpu_s" in c:
                out.setdefault("build_over_baseline_cpu_without_stats", {})[str(n)] = \
                    (c["cpu_s"] - c["stats_cpu_s"]) / base["cpu_s"]
            if len(c.get("paired_cpu_ratios", [])) > 1:
                out.setdefault("paired_cpu_ratios", {})[str(n)] = sorted(c["paired_cpu_ratios"])
        if ("build" if case == "build" else "baseline", 1) in by and n != 1:
            one = by[(case, 1)]
            out["cost_per_mb_vs_1x"][f"{case} {n}x"] = c["s_per_mb"] / one["s_per_mb"]
            out["peak_rss_vs_1x"][f"{case} {n}x"] = c["peak_rss_mb"] / one["peak_rss_mb"]
    out.update(marginal(by))
    return out


def marginal(by: dict[tuple[str, int], dict[str, Any]]) -> dict[str, Any]:
    """CPU time as fixed + per copy, from the two largest scales both cases ran (a < b copies):
    per copy = (cpu_b - cpu_a) / (b - a), fixed = cpu_a - a * per copy. The build / baseline ratio
    of the per-copy costs is what the ratio tends to on large corpora; the fixed costs (charts, reuse
    set-up, ...) are what keeps it higher on small ones.

    >>> cases = {("build", 10): {"cpu_s": 5.0}, ("build", 100): {"cpu_s": 41.0},
    ...          ("baseline", 10): {"cpu_s": 1.3}, ("baseline", 100): {"cpu_s": 11.8}}
    >>> m = marginal(cases)
    >>> round(m["marginal_build_over_baseline_cpu"]["10x->100x"], 2), m["fixed_cpu_s"]
    (3.43, {'build': 1.0, 'baseline': 0.133})
    """
    scales = sorted(n for case, n in by if case == "build" and ("baseline", n) in by and "cpu_s" in by[(case, n)])
    if len(scales) < 2:
        return {}
    a, b = scales[-2:]
    per_copy = {case: (by[(case, b)]["cpu_s"] - by[(case, a)]["cpu_s"]) / (b - a) for case in ("build", "baseline")}
    return {"marginal_build_over_baseline_cpu": {f"{a}x->{b}x": per_copy["build"] / per_copy["baseline"]},
            "fixed_cpu_s": {case: round(by[(case, a)]["cpu_s"] - a * per_copy[case], 3) for case in per_copy}}


def fmt(c: dict[str, Any]) -> str:
    if "error" in c:
        return f"ERROR {c['error']}"
    return (f"{c['wall_s']:8.2f} s (cpu {c.get('cpu_s', float('nan')):.2f} s)  {c['mb_per_s']:6.3f} MB/s  "
            f"peak {c['peak_rss_mb']:7.0f} MB")


def table(report: dict[str, Any]) -> str:
    lines = ["| case | scale | raw MB | import s | wall s | cpu s | MB/s | s per MB | peak RSS MB |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for c in report["cases"]:
        if "error" in c:
            lines.append(f"| {c['case']} | {c['scale']}x | {c['raw_mb']:.2f} | | {c['error']} | | | | |")
            continue
        lines.append(f"| {c['case']} (workers {c['workers']}) | {c['scale']}x | {c['raw_mb']:.2f} | "
                     f"{c.get('import_s', float('nan')):.2f} | {c['wall_s']:.2f} | {c.get('cpu_s', float('nan')):.2f} | {c['mb_per_s']:.3f} | {c['s_per_mb']:.2f} | {c['peak_rss_mb']:.0f} |")
    r = report["ratios"]
    lines.append("")
    for n, v in sorted(r["build_over_baseline"].items(), key=lambda kv: int(kv[0])):
        cpu = r["build_over_baseline_cpu"][n]
        pairs = r.get("paired_cpu_ratios", {}).get(n)
        paired = (f"; CPU of each pair of runs: median {statistics.median(pairs):.1f}, {pairs[0]:.1f}-{pairs[-1]:.1f}"
                  if pairs else "")
        lines.append(f"build / baseline at {n}x: {v:.1f} wall, {cpu:.1f} CPU{paired}  (target <= 4, aim 2)")
        lines.append(f"  CPU without the chart library's import ({report['chart_import_cpu_s']:.2f} s; the "
                     f"baseline's imports are outside its clock): {r['build_over_baseline_cpu_without_chart_import'][n]:.1f}")
        without_stats = r.get("build_over_baseline_cpu_without_stats", {}).get(n)
        if without_stats is not None:
            stats_cpu = next(c["stats_cpu_s"] for c in report["cases"] if c["case"] == "build" and c["scale"] == int(n))
            lines.append(f"  CPU without the statistics step (stats.json and charts, matplotlib's import included: "
                         f"{stats_cpu:.2f} s): {without_stats:.1f}")
    for k, v in r.get("marginal_build_over_baseline_cpu", {}).items():
        fixed = r["fixed_cpu_s"]
        lines.append(f"per copy of the raw files, {k}: build / baseline {v:.1f} CPU; fixed CPU s: "
                     f"build {fixed['build']:.2f}, baseline {fixed['baseline']:.2f}")
    for k, v in r["cost_per_mb_vs_1x"].items():
        lines.append(f"cost per MB, {k} vs 1x: {v:.2f}  (target <= 1.2)")
    for k, v in r["peak_rss_vs_1x"].items():
        lines.append(f"peak RSS, {k} vs 1x: {v:.2f}  (target: ~1, bounded by the largest document)")
    if report.get("stages") and "stages_s" in report["stages"]:
        st = report["stages"]["stages_s"]
        total = sum(st.values())
        lines += ["", "| stage (1x, called directly) | s | % |", "|---|---:|---:|"]
        for k, v in sorted(st.items(), key=lambda kv: -kv[1]):
            lines.append(f"| {k} | {v:.2f} | {100 * v / total:.0f} |")
        lines.append(f"| total | {total:.2f} | 100 |")
        lines.append(f"(tokenize alone, inside sentences+tokens: {report['stages']['tokenize_only_s']:.2f} s)")
    elif report.get("stages"):
        lines.append(f"stages: {report['stages'].get('error')}")
    if report.get("reuse"):
        lines += ["", "| reuse pass alone | segments | add s | result s | reuse links | peak RSS MB |",
                  "|---|---:|---:|---:|---:|---:|"]
        for r in report["reuse"]:
            if "error" in r:
                lines.append(f"| {r['factor']}x | {r['error']} | | | | |")
            else:
                lines.append(f"| {r['factor']}x | {r['segments']:,} | {r['add_s']:.2f} | {r['result_s']:.2f} | "
                             f"{r['reuse_links']:,} | {r['peak_rss_mb']:.0f} |")
    ident = report.get("identity")
    if ident:
        lines.append("")
        lines.append(f"serial vs --workers 2 at {ident['scale']}x: "
                     f"{'byte-identical SHA256SUMS' if ident['identical'] else 'DIFFERENT or failed'} "
                     f"(serial {ident['serial_s']}, workers 2 {ident['workers2_s']} s) {ident['errors'] or ''}")
    return "\n".join(lines)


def machine() -> dict[str, Any]:
    cpu = next((l.split(":", 1)[1].strip() for l in Path("/proc/cpuinfo").read_text().splitlines()
                if l.startswith("model name")), platform.processor())
    mem = next((int(l.split()[1]) for l in Path("/proc/meminfo").read_text().splitlines()
                if l.startswith("MemTotal")), 0)
    return {"nproc": os.cpu_count(), "cpu": cpu, "mem_gib": round(mem / 2**20, 1),
            "python": platform.python_version(), "platform": platform.platform(),
            "loadavg_at_start": os.getloadavg()}


if __name__ == "__main__":
    sys.exit(main())
