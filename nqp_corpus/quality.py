"""Measure the cleaner and the document splitter against the hand-labelled gold fixtures.

Blocks (tests/gold/blocks_gold*.jsonl, blocks_heldout*_gold.jsonl; their READMEs say which were
used to change rules): within each labelled window, a predicted block
counts as correct when its raw line span (line_start, line_end) equals a gold block's span exactly;
noise lines count as found when the removed ledger holds a span on that line.
Documents (tests/gold/documents_gold.json): a predicted document start counts as correct when it
lies within two lines of a gold start (each gold start matched at most once).
Sentences (tests/gold/sentences_gold.jsonl, a sample, and sentences_hard_gold.jsonl, blocks chosen
for their hard cases): the ends inside each block (trailing whitespace left out; the block's own end
is never in doubt and does not count), predicted by `split_sentences` on the same text.
Dates (tests/gold/dates_gold.jsonl): a date found by `find_dates` counts as correct when its span,
date, date_end and precision all equal a gold entry's.
Tokens (tests/gold/tokens_gold.jsonl and the held-out sets, tokens_heldout*_gold.jsonl, sentences
segmented by hand; each held-out set's README says what was changed after reading it): a token of
`tokenize` counts as correct when its span equals a gold token's. Domain terms: the share of the
gold's terms (policy concepts the labeller kept whole) that are one token, and the share of the
tokens that are domain dictionary terms that are gold tokens too.
Typeset PDFs (tests/gold/pdf_layouts/: corpus paragraphs, headings and notes typeset into PDFs in
fifteen layouts and extracted with five extractors, a folder each; gold by construction): a block
counts as correct when its text, whitespace aside, equals a gold item's (a table row's: its cells'),
and its kind when that item's kind is the same.
Traditional text (tests/gold/traditional_gold.jsonl, sentences whose Traditional form was read and
corrected by hand): of the characters the pipeline converts, those that equal the corrected text
(P), and of the characters the corrected text converts, those the pipeline has (R).
Agreement between labellers (the ceiling the scores above are read against): the same sentences
segmented by a second labeller blind to the first (tests/gold/tokens_agreement_gold.jsonl, 30 sentences
of held-out set 6), and the same blocks labelled with themes by a second labeller blind to the first
(tests/gold/themes_agreement_gold.jsonl, 50 blocks of themes_gold_test3.jsonl); scored as the
segmenter and the theme classifier are, the first labeller's file as the gold, beside the code's
score on the same items.
Document themes (tests/gold/themes_documents_gold.jsonl: every document of release 1.60.0 labelled
by hand with the themes it is about): the `themes` of the newest release's documents, micro.
Reuse (the newest release in processed/; no hand labels): of the segments that share a run of at
least REUSE_RUN normalised characters (reuse.normalise) with another segment, those that carry a
`reuse_group` (R); of the segments that carry one, those that share such a run (P: a lower bound,
as a paraphrase of an official passage shares no long run).

`python -m nqp_corpus.quality` prints the report.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from . import reader
from .annotate.dates import find_dates
from .catalogue import load_catalogue
from .clean import clean_file
from .clean.chars import squeeze
from .documents import split_documents
from .model import Block, Document, RawFile
from .script import HANS, normalise_document, traditional_by_words
from .sentences import segment_document, split_sentences
from .tokens import domain_terms, token_spans
from .validate import newest_release, shard_path

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "tests" / "gold"
BOUNDARY_SLACK = 2
REUSE_RUN = 50  # characters of a shared run that make a reproduced passage, for reuse_scores


@dataclass
class Score:
    true_positive: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.true_positive / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.true_positive / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __str__(self) -> str:
        return (f"P={self.precision:.3f} R={self.recall:.3f} F1={self.f1:.3f} "
                f"(tp={self.true_positive} pred={self.predicted} gold={self.gold})")


def read_raw(name: str, raw_dir: Path = REPO / "raw") -> RawFile:
    return reader.read_raw(raw_dir / name, load_catalogue(raw_dir)[name])


def block_scores(gold_path: Path = GOLD / "blocks_gold.jsonl") -> dict[str, Score]:
    """Exact-span block scores per file and overall, noise-line recall, and "kinds": of the blocks
    whose span is right, how many have the gold kind (heading, list_item, ...; P = R = accuracy)."""
    lines = gold_path.read_text(encoding="utf-8").splitlines()
    windows = json.loads(lines[0])["windows"]
    items = [json.loads(line) for line in lines[1:] if line.strip()]
    scores: dict[str, Score] = {}
    cache: dict[str, tuple] = {}
    total = Score(0, 0, 0)
    noise = Score(0, 0, 0)
    kinds = Score(0, 0, 0)
    for window in windows:
        name = window["file"]
        if name not in cache:
            cache[name] = clean_file(read_raw(name))
        blocks, removed = cache[name]
        lo, hi = window["line_start"], window["line_end"]
        gold = {(i["line_start"], i["line_end"]): i["kind"] for i in items
                if i["window"] == window["window"] and i["kind"] != "noise"}
        pred = {(b.line_start, b.line_end): b.kind for b in blocks if lo <= b.line_start and b.line_end <= hi}
        tp = len(gold.keys() & pred.keys())
        kinds.true_positive += sum(gold[span] == pred[span] for span in gold.keys() & pred.keys())
        kinds.predicted += tp
        kinds.gold += tp
        key = name[:3]
        s = scores.setdefault(key, Score(0, 0, 0))
        s.true_positive += tp
        s.predicted += len(pred)
        s.gold += len(gold)
        total.true_positive += tp
        total.predicted += len(pred)
        total.gold += len(gold)
        removed_lines = {ln for r in removed for ln in range(r.line_start, r.line_end + 1)}
        for i in items:
            if i["window"] == window["window"] and i["kind"] == "noise":
                noise.gold += 1
                noise.true_positive += any(ln in removed_lines for ln in range(i["line_start"], i["line_end"] + 1))
    scores["all"] = total
    noise.predicted = noise.true_positive
    scores["noise_recall"] = noise
    scores["kinds"] = kinds
    return scores


def document_scores(gold_path: Path = GOLD / "documents_gold.json") -> Score:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    raw = read_raw(gold["file"])
    blocks, _ = clean_file(raw)
    predicted = [d.line_start for d in split_documents(raw, blocks)]
    starts = [d["start_line"] for d in gold["documents"]]
    unmatched = list(starts)
    tp = 0
    for p in predicted:
        hit = next((g for g in unmatched if abs(g - p) <= BOUNDARY_SLACK), None)
        if hit is not None:
            unmatched.remove(hit)
            tp += 1
    return Score(tp, len(predicted), len(starts))


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def sentence_scores(gold_path: Path = GOLD / "sentences_gold.jsonl") -> Score:
    score = Score(0, 0, 0)
    for item in _jsonl(gold_path):
        text = item["text"]
        gold, end = set(), 0
        for sentence in item["sentences"]:
            end += len(sentence)
            gold.add(end - (len(sentence) - len(sentence.rstrip())))
        predicted = {e for _, e in split_sentences(text)}
        block_end = len(text.rstrip())
        gold.discard(block_end)
        predicted.discard(block_end)
        score.true_positive += len(gold & predicted)
        score.predicted += len(predicted)
        score.gold += len(gold)
    return score


def date_scores(gold_path: Path = GOLD / "dates_gold.jsonl") -> Score:
    score = Score(0, 0, 0)
    for item in _jsonl(gold_path):
        gold = {(d["start"], d["start"] + len(d["surface"]), d["date"], d["date_end"], d["precision"])
                for d in item["dates"]}
        predicted = {(d["char_start"], d["char_end"], d["date"], d["date_end"], d["precision"])
                     for d in find_dates(item["text"])}
        score.true_positive += len(gold & predicted)
        score.predicted += len(predicted)
        score.gold += len(gold)
    return score


def _gold_spans(text: str, tokens: list[str]) -> list[tuple[int, int]]:
    """Spans of hand-set tokens in `text`: they follow each other, whitespace aside."""
    spans, at = [], 0
    for token in tokens:
        while text[at].isspace():
            at += 1
        if text.startswith(token, at):
            spans.append((at, at + len(token)))
            at += len(token)
        else:
            raise ValueError(f"gold token {token!r} is not at offset {at} of {text!r}")
    return spans


@dataclass
class TermScore:
    gold_terms: int
    kept_whole: int  # gold terms that are one token
    dictionary_tokens: int  # tokens that are domain dictionary terms
    dictionary_tokens_in_gold: int  # ... whose span is a gold token

    def __str__(self) -> str:
        recall = self.kept_whole / self.gold_terms if self.gold_terms else 0.0
        precision = self.dictionary_tokens_in_gold / self.dictionary_tokens if self.dictionary_tokens else 0.0
        return (f"R={recall:.3f} ({self.kept_whole} of {self.gold_terms} gold terms one token); "
                f"dictionary tokens P={precision:.3f} ({self.dictionary_tokens_in_gold} of "
                f"{self.dictionary_tokens} are gold tokens)")


def token_scores(gold_path: Path = GOLD / "tokens_gold.jsonl") -> tuple[Score, TermScore]:
    dictionary = {term.word for term in domain_terms()}
    tokens, terms = Score(0, 0, 0), TermScore(0, 0, 0, 0)
    for item in _jsonl(gold_path):
        text = item["text"]
        gold = _gold_spans(text, item["tokens"])
        predicted = set(token_spans(text))
        tokens.true_positive += len(predicted.intersection(gold))
        tokens.predicted += len(predicted)
        tokens.gold += len(gold)
        term_spans = [span for span, token in zip(gold, item["tokens"]) if token in item["terms"]]
        terms.gold_terms += len(term_spans)
        terms.kept_whole += sum(span in predicted for span in term_spans)
        in_dictionary = [(s, e) for s, e in predicted if text[s:e] in dictionary]
        terms.dictionary_tokens += len(in_dictionary)
        terms.dictionary_tokens_in_gold += len(set(in_dictionary).intersection(gold))
    return tokens, terms


def held_out_token_files(gold: Path = GOLD) -> list[tuple[str, Path]]:
    """(label, path) of each held-out token file, in the order they were made: `held-out` for
    tokens_heldout_gold.jsonl, `held-out N` for tokens_heldoutN_gold.jsonl."""
    numbered = [(int(path.name[len("tokens_heldout"):-len("_gold.jsonl")] or 1), path)
                for path in gold.glob("tokens_heldout*_gold.jsonl")]
    return [(f"held-out {n}" if n > 1 else "held-out", path) for n, path in sorted(numbered)]


def _hand_spans(item: dict) -> set[tuple[int, int]]:
    return set(_gold_spans(item["text"], item["tokens"]))


def token_agreement(second: Path = GOLD / "tokens_agreement_gold.jsonl",
                    first: Path = GOLD / "tokens_heldout6_gold.jsonl") -> tuple[Score, Score]:
    """(`second` labeller against `first`, `tokenize` against `first`) on the sentences of `second`,
    all of which `first` holds too (the same sentence_id and text)."""
    reference = {item["sentence_id"]: item for item in _jsonl(first)}
    between, code = Score(0, 0, 0), Score(0, 0, 0)
    for item in _jsonl(second):
        gold = _hand_spans(reference[item["sentence_id"]])
        for score, spans in ((between, _hand_spans(item)), (code, set(token_spans(item["text"])))):
            score.true_positive += len(spans & gold)
            score.predicted += len(spans)
            score.gold += len(gold)
    return between, code


def theme_agreement(second: Path = GOLD / "themes_agreement_gold.jsonl",
                    first: Path = GOLD / "themes_gold_test3.jsonl", model: Any = None) -> tuple[Score, Score]:
    """(`second` labeller's themes against `first`'s, the classifier's (the stored one, fitted to
    `first` too, or `model`) against `first`'s; micro, a theme of a block counting once) on the
    blocks of `second`, all of which `first` holds too."""
    from .annotate import themes

    reference = {record["id"]: record for record in themes.load_gold(first)}
    records = [reference[item["id"]] for item in _jsonl(second)]
    between = Score(0, 0, 0)
    for item, record in zip(_jsonl(second), records):
        between.true_positive += len(set(item["themes"]) & set(record["themes"]))
        between.predicted += len(item["themes"])
        between.gold += len(record["themes"])
    errors = themes.evaluate(records, model=model)["errors"]
    labels = sum(len(record["themes"]) for record in records)
    found = labels - sum(len(error["fn"]) for error in errors)
    return between, Score(found, found + sum(len(error["fp"]) for error in errors), labels)


def document_theme_scores(release: Path, gold_path: Path = GOLD / "themes_documents_gold.jsonl") -> Score:
    """The themes of the documents of `release` against the hand-labelled ones (micro)."""
    gold = {item["doc_id"]: set(item["themes"]) for item in _jsonl(gold_path)}
    rows = pq.read_table(release / shard_path("documents"), columns=["doc_id", "themes"]).to_pylist()
    score = Score(0, 0, 0)
    for row in rows:
        if row["doc_id"] in gold:
            score.true_positive += len(gold[row["doc_id"]] & set(row["themes"]))
            score.predicted += len(row["themes"])
            score.gold += len(gold[row["doc_id"]])
    return score


def document_theme_agreement(release: Path, second: Path = GOLD / "themes_documents_agreement.jsonl",
                             first: Path = GOLD / "themes_documents_gold.jsonl") -> tuple[Score, Score]:
    """(`second` labeller's document themes against `first`'s, `release`'s against `first`'s; micro)
    on the documents of `second`, all of which `first` holds too."""
    reference = {item["doc_id"]: set(item["themes"]) for item in _jsonl(first)}
    ours = {row["doc_id"]: set(row["themes"])
            for row in pq.read_table(release / shard_path("documents"), columns=["doc_id", "themes"]).to_pylist()}
    between, code = Score(0, 0, 0), Score(0, 0, 0)
    for item in _jsonl(second):
        gold = reference[item["doc_id"]]
        for score, labels in ((between, set(item["themes"])), (code, ours[item["doc_id"]])):
            score.true_positive += len(labels & gold)
            score.predicted += len(labels)
            score.gold += len(gold)
    return between, code


def _traditional(simplified: str) -> str:
    """The pipeline's Traditional text of one Simplified sentence, as a block of its own (its
    tokens, and so its conversion, are those it has inside its block)."""
    block = Block("paragraph", [(0, len(simplified))], simplified, list(range(len(simplified))), 1, 1)
    doc = Document("sentence.txt", [block])
    normalise_document(RawFile("sentence.txt", "", simplified, {"script": HANS}), doc)
    segment_document(doc)
    traditional_by_words(doc)
    return block.text_traditional


def traditional_scores(gold_path: Path = GOLD / "traditional_gold.jsonl") -> Score:
    score = Score(0, 0, 0)
    for item in _jsonl(gold_path):
        simplified = item["simplified"]
        gold = list(item["traditional"])
        for error in item["errors"]:
            gold[error["index"]] = error["correct"]
        predicted = _traditional(simplified)
        converted = {i for i, (s, t) in enumerate(zip(simplified, predicted)) if s != t}
        needed = {i for i, (s, t) in enumerate(zip(simplified, gold)) if s != t}
        score.true_positive += sum(predicted[i] == gold[i] for i in converted & needed)
        score.predicted += len(converted)
        score.gold += len(needed)
    return score


PDF_LAYOUTS = GOLD / "pdf_layouts"


def clean_pdf_layout(extractor: str, layout: str, folder: Path = PDF_LAYOUTS) -> tuple[list, list]:
    """(blocks, removed) of one extractor's text of one typeset layout, its line breaks as extracted."""
    text = (folder / extractor / f"{layout}.txt").read_bytes().decode("utf-8")
    return clean_file(RawFile(f"{layout}.txt", "0" * 64, text, {}))


def pdf_layout_gold(layout: str, folder: Path = PDF_LAYOUTS) -> list[dict]:
    """The gold items of one typeset layout."""
    return next(record["items"] for record in _jsonl(folder / "gold.jsonl") if record["layout"] == layout)


def _block_text(block: Block) -> str:
    """A block's text whitespace aside; a table row's, its cells' (without the delimiter between)."""
    return squeeze("".join(block.cells) if block.cells else block.text_original)


def pdf_layout_scores(folder: Path = PDF_LAYOUTS) -> dict[str, Score]:
    """Block scores per extractor and layout (`pypdf/a4_indent_header`), per extractor and overall
    ("all"), and "kinds" (of the blocks whose text is right, how many have the gold kind). A table
    row's text is its cells': a row is right when its cells hold the gold row's text, however the
    cells are split (the layout test checks the cells)."""
    scores: dict[str, Score] = {}
    total, kinds = Score(0, 0, 0), Score(0, 0, 0)
    records = _jsonl(folder / "gold.jsonl")
    for extractor in sorted(p.name for p in folder.iterdir() if p.is_dir() and not p.name.startswith(("_", "."))):
        by_extractor = scores[extractor] = Score(0, 0, 0)
        for record in records:
            name = f"{extractor}/{record['layout']}"
            blocks, _ = clean_pdf_layout(extractor, record["layout"], folder)
            gold = {squeeze(item["text"]): item["kind"] for item in record["items"]}
            unmatched = Counter(squeeze(item["text"]) for item in record["items"])  # a text may be there twice
            found = [(_block_text(b), b.kind) for b in blocks]
            right = []
            for text, kind in found:
                if unmatched[text]:
                    unmatched[text] -= 1
                    right.append(kind == gold[text])
            scores[name] = Score(len(right), len(found), len(record["items"]))
            for score in (by_extractor, total):
                score.true_positive += len(right)
                score.predicted += len(found)
                score.gold += len(record["items"])
            kinds.true_positive += sum(right)
            kinds.predicted += len(right)
            kinds.gold += len(right)
    scores["all"] = total
    scores["kinds"] = kinds
    return scores


def reuse_scores(release: Path, run: int = REUSE_RUN) -> Score:
    """Reuse marks against shared runs of `run` characters (see the module docstring). Two texts
    share a run of `run` characters exactly when they share one of their `run`-character
    substrings, so no pairwise comparison is needed."""
    from .annotate.reuse import MIN_CHARS, normalise, passage_text

    rows = pq.read_table(release / shard_path("segments"),
                         columns=["segment_id", "kind", "text", "reuse_group"]).to_pylist()
    holders: dict[str, set[str]] = {}
    marked = set()
    for r in rows:
        norm = normalise(passage_text(r["kind"], r["text"]))
        if len(norm) < MIN_CHARS:
            continue
        for i in range(len(norm) - run + 1):
            holders.setdefault(norm[i:i + run], set()).add(r["segment_id"])
        if r["reuse_group"] is not None:
            marked.add(r["segment_id"])
    sharing = set().union(*(ids for ids in holders.values() if len(ids) > 1))
    return Score(len(marked & sharing), len(marked), len(sharing))


def main() -> None:
    for name in ("blocks_gold.jsonl", "blocks_gold_extra.jsonl", "blocks_heldout_gold.jsonl",
                 "blocks_heldout2_gold.jsonl", "blocks_heldout3_gold.jsonl",
                 "blocks_heldout4_gold.jsonl"):
        if (GOLD / name).is_file():
            print(name)
            for key, score in block_scores(GOLD / name).items():
                if score.gold:  # a set without noise lines has no noise recall
                    print(f"blocks {key:13s} {score}")
    if (PDF_LAYOUTS / "gold.jsonl").is_file():
        print("pdf_layouts (typeset and extracted)")
        for key, score in pdf_layout_scores().items():
            print(f"blocks {key:34s} {score}")
    print(f"documents 001      {document_scores()}")
    print(f"sentence ends      {sentence_scores()}")
    print(f"  hard cases       {sentence_scores(GOLD / 'sentences_hard_gold.jsonl')}")
    if (GOLD / "sentences_heldout_gold.jsonl").is_file():
        print(f"  held-out         {sentence_scores(GOLD / 'sentences_heldout_gold.jsonl')}")
    print(f"dates mentioned    {date_scores()}")
    if (GOLD / "tokens_gold.jsonl").is_file():
        tokens, terms = token_scores()
        print(f"tokens             {tokens}")
        print(f"  domain terms     {terms}")
    for label, path in held_out_token_files():
        tokens, terms = token_scores(path)
        print(f"  {label + ' tokens':16s} {tokens}")
        print(f"  {label + ' terms':16s} {terms}")
    for name, agreement, label, code_on in (
            ("tokens_agreement_gold.jsonl", token_agreement, "tokens agreement   second labeller vs held-out 6's",
             "the segmenter on the same sentences"),
            ("themes_agreement_gold.jsonl", theme_agreement, "themes agreement   second labeller vs themes test 3's",
             "the classifier on the same blocks (fitted to test 3's labels)")):
        if (GOLD / name).is_file():
            between, code = agreement()
            print(f"{label}: {between}")
            print(f"  {code_on}: {code}")
    if (GOLD / "traditional_gold.jsonl").is_file():
        print(f"traditional chars  {traditional_scores()}")
    if any((REPO / "processed").glob("v*")):
        release = newest_release(REPO / "processed")
        print(f"document themes {release.name:10s} {document_theme_scores(release)}")
        if (GOLD / "themes_documents_agreement.jsonl").is_file():
            between, code = document_theme_agreement(release)
            print(f"document themes agreement   second labeller vs the first's: {between}")
            print(f"  {release.name}'s document themes on the same documents: {code}")
        reuse = reuse_scores(release)
        print(f"reuse {release.name:12s} R={reuse.recall:.3f} ({reuse.true_positive} of the {reuse.gold} segments "
              f"sharing a {REUSE_RUN}-character run are marked); {reuse.true_positive} of the "
              f"{reuse.predicted} marked share one")


if __name__ == "__main__":
    main()
