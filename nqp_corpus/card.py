"""The dataset card (README.md of a release), rendered from the repository's dataset_card.md.

The template holds the hand-written parts: YAML front matter (license, language, tasks, tags) and a
Markdown body with $placeholders. The build adds what must match the data exactly, because
`datasets` checks it: `configs` (with a per-release `version`, so caches of two releases never
collide), `dataset_info` (features and row counts) and `size_categories`.
"""
from __future__ import annotations

from pathlib import Path
from string import Template
from typing import Any

import yaml
from datasets import Features

from .cite import example_citation
from .rows import CONFIGS, SCHEMAS
from .stats import stats_markdown
from .validate import shard_path
from .yamlfile import load_yaml

TEMPLATE = Path(__file__).resolve().parents[1] / "dataset_card.md"
DEFAULT_CONFIG = "segments"
CONFIG_DESCRIPTIONS = {
    "documents": "one row per document, with its metadata and full text",
    "segments": "one row per block (paragraph, heading, table row, ...) with offsets into the raw file",
    "sentences": "one row per sentence, with word tokens and domain terms",
    "removed": "the ledger of raw text taken out of the running text (page numbers, headers, ...)",
}
_SIZE_CATEGORIES = [(1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"),
                    (1_000_000, "100K<n<1M"), (10_000_000, "1M<n<10M")]


def render_card(folder: Path, version: str, counts: dict[str, int], arrow_bytes: dict[str, int],
                catalogue: dict[str, dict[str, Any]], stats: dict[str, Any], template: Path = TEMPLATE) -> str:
    """The card of the release in `folder`; `arrow_bytes` is the Arrow size of each config's rows as
    written (its num_bytes)."""
    front, body = split_front_matter(template.read_text(encoding="utf-8"))
    meta = load_yaml(front)
    meta["size_categories"] = [size_category(max(counts.values()))]
    meta["configs"] = [_config_entry(config, version) for config in CONFIGS]
    meta["dataset_info"] = [_dataset_info(folder, config, counts[config], arrow_bytes[config]) for config in CONFIGS]
    header = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=100)
    text = Template(body).substitute(
        version=version,
        default_config=DEFAULT_CONFIG,
        counts_table=_counts_table(counts),
        sources_table=_sources_table(catalogue),
        rights_list=_rights_list(catalogue),
        columns=_columns(),
        statistics=stats_markdown(stats),
        cite_example=example_citation(folder, version),
    )
    return f"---\n{header}---\n{text}"


def split_front_matter(text: str) -> tuple[str, str]:
    if not text.startswith("---\n") or "\n---\n" not in text[3:]:
        raise ValueError("dataset card template needs YAML front matter between --- lines")
    end = text.index("\n---\n", 3)
    return text[4:end + 1], text[end + 5:]


def size_category(rows: int) -> str:
    """Hub size category of the largest config."""
    return next((label for limit, label in _SIZE_CATEGORIES if rows < limit), "n>10M")


def _config_entry(config: str, version: str) -> dict[str, Any]:
    entry: dict[str, Any] = {"config_name": config}
    if config == DEFAULT_CONFIG:
        entry["default"] = True
    entry["version"] = version
    entry["data_files"] = [{"split": "train", "path": f"{config}/train-*.parquet"}]
    return entry


def _dataset_info(folder: Path, config: str, rows: int, num_bytes: int) -> dict[str, Any]:
    path = folder / shard_path(config)
    # datasets reports num_bytes as the in-memory Arrow size of the split and checks only num_examples;
    # the size of the tables written is within 1% of the file's decoded size (no validity bitmaps for
    # columns without nulls, one offsets buffer per file's table), without decoding it again
    return {
        "config_name": config,
        "features": Features.from_arrow_schema(SCHEMAS[config])._to_yaml_list(),
        "splits": [{"name": "train", "num_bytes": num_bytes, "num_examples": rows}],
        "download_size": path.stat().st_size,
        "dataset_size": num_bytes,
    }


def _counts_table(counts: dict[str, int]) -> str:
    lines = ["| config | rows | what a row is |", "|---|---:|---|"]
    lines += [f"| `{c}`{' (default)' if c == DEFAULT_CONFIG else ''} | {counts[c]:,} | {CONFIG_DESCRIPTIONS[c]} |"
              for c in CONFIGS]
    return "\n".join(lines)


def _sources_table(catalogue: dict[str, dict[str, Any]]) -> str:
    lines = ["| file | publisher | title | genre | region | script | date |", "|---|---|---|---|---|---|---|"]
    for name, e in catalogue.items():
        date = e["date"]["value"] or "unknown"
        cells = [f"`{name}`", e["publisher"] or "not named", e["title"] or "none", e["genre"],
                 e["region"], e["script"], date]
        lines.append("| " + " | ".join(str(c).replace("|", "\\|") for c in cells) + " |")
    return "\n".join(lines)


def _rights_list(catalogue: dict[str, dict[str, Any]]) -> str:
    return "\n".join(f"- `{name}`: {e['rights']}" for name, e in catalogue.items())


def _columns() -> str:
    blocks = []
    for config in CONFIGS:
        cols = ", ".join(f"`{f.name}` ({f.type})" for f in SCHEMAS[config])
        blocks.append(f"- **{config}**: {cols}")
    return "\n".join(blocks)
