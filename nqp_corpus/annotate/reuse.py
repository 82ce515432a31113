"""Reuse detection across the corpus: segments that reproduce a passage found in another segment.

The release writer feeds every segment's Simplified text to one ReuseIndex in file order during its
first pass, then asks for the result once and fills `reuse_group` / `reuse_of` of the segment rows.

Method (deterministic):
  1. Normalise: keep only letters, digits and CJK characters (punctuation and whitespace removed, so
     line-break spaces and 「」 vs “” do not matter). Segments shorter than MIN_CHARS after this are
     skipped (titles, headings, datelines would match everywhere), and so are the kinds of block in
     NOT_PASSAGES (attributions, boilerplate, source notes: lines about a text, not passages of it).
  2. Shingles: every SHINGLE-character substring, hashed to 64 bits (a polynomial hash of its code
     points with the splitmix64 finaliser, computed for all shingles at once). Kept per distinct
     normalised text: the sorted uint64 array of shingle hashes — no text; per segment only its id
     and which text it has.
  3. Stock phrases: a shingle found in more than STOP_SHARE of the distinct texts (and in more than
     STOP_MIN_TEXTS of them) is a stock phrase of the corpus's topic (新质生产力, 高质量发展, ...). It
     says nothing about which two texts share a passage, yet it makes every pair of texts holding it
     an LSH candidate. Signatures leave them out (in the seed corpus 15 shingles: candidates fell from
     70,556 to 16,200, for 614 instead of 615 of the 616 pairs an exhaustive comparison finds;
     candidates still grow about with the square of the distinct text, by a smaller factor);
     verification (step 5) still counts every shingle. The stop list depends on the whole corpus,
     so signatures are computed once all segments are in: a MinHash (NUM_PERM permutations, SEED) of
     the remaining shingles per distinct text; a text with none left is found only by exact copies.
  4. Candidates: LSH Ensemble (containment search, threshold LSH_THRESHOLD) as datasketch's
     MinHashLSHEnsemble does it — same partitions of the set sizes (datasketch's optimal_partitions),
     same (bands, rows) per partition and query size — but run as numpy joins on band values instead
     of one dict lookup per band. Segments whose normalised text is identical (same blake2b digest)
     are collapsed first: one representative per distinct text is indexed and queried, and exact
     copies are reuse of each other with score 1.0. The partitions are computed from the sizes (stock
     phrases left out) of all segments, copies counted, so the candidates are those the full index
     would give.
  5. Verification, exact: score = |A ∩ B| / min(|A|, |B|) on the shingle-hash sets (the share of the
     shorter segment's shingles found in the longer one); a pair is kept when score ≥ MIN_CONTAINMENT,
     or when the two share at least MIN_SHARED shingles, as many as a passage of LONG_PASSAGE
     characters has, whatever their lengths: two long paragraphs that quote the same official
     sentences share a passage that is less than half of either (on the seeds, 21 of the 23 segments
     that shared a 50-character run with another and were not marked before; 8 of 8 such pairs read
     by hand quote the same speech or document).
  6. Groups: connected components of the near-symmetric pairs only (shared shingles ≥ MIN_GROUP_SHARE
     of the LARGER segment too: both carry essentially the same passage); a segment linked only
     asymmetrically (a short passage inside a long paragraph, or a long paragraph quoting it) joins
     the group of its best partner without merging groups, so one often-quoted sentence does not
     chain every paragraph that quotes it into one group. reuse_group = "reuse:" + the smallest
     segment id among the group's members. reuse_of lists each segment's direct partners with
     their scores, best first (ties by segment id), at most MAX_REUSE_OF of them (a passage copied
     into hundreds of documents would otherwise make the output grow with the square of the copies);
     reuse_group still names the whole group. Segments that reproduce nothing are not listed.
"""
from __future__ import annotations

import hashlib
import re
from array import array
from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Iterator

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from datasketch import MinHash
from datasketch.lshensemble_partition import optimal_partitions
from numpy.lib.stride_tricks import sliding_window_view

SHINGLE = 5
MIN_CHARS = 30
NUM_PERM = 128
SEED = 1
LSH_THRESHOLD = 0.3
LSH_PARTITIONS = 16
MIN_CONTAINMENT = 0.5
LONG_PASSAGE = 50  # characters of a passage that counts as reuse whatever the segments' lengths ...
MIN_SHARED = LONG_PASSAGE - SHINGLE + 1  # ... as the shingles it has
MIN_GROUP_SHARE = 0.4  # overlap / larger size needed to merge two segments' groups
MAX_REUSE_OF = 20  # reuse_of keeps a segment's 20 best partners (ties by segment id)
STOP_SHARE = 0.1  # a shingle in more than this share of the distinct texts is a stock phrase ...
STOP_MIN_TEXTS = 50  # ... if also in more than this many (a small corpus has no such statistics)
# Block kinds that are lines about a text, not passages of it: a quotation's attribution repeats its
# template (——2024年1月31日，习近平在…的讲话, for every quote of that speech and, at 0.55 overlap,
# for other speeches), a boilerplate footer or a figure's source note repeats verbatim. They are read
# as no text (passage_text), as a text too short to index is: they reuse nothing, nothing reuses them.
NOT_PASSAGES = frozenset({"byline", "dateline", "quote_attribution", "source_note", "boilerplate"})

_DROP = re.compile(r"[^0-9A-Za-z\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff０-９Ａ-Ｚａ-ｚ]+")


def normalise(text: str) -> str:
    return _DROP.sub("", text)


def passage_text(kind: str, text: str) -> str:
    """The text of a block of `kind` that reuse detection reads: none for NOT_PASSAGES kinds."""
    return "" if kind in NOT_PASSAGES else text


_POLY = np.uint64(0x100000001B3)  # FNV-1a's 64-bit prime: an odd multiplier, no common factor


def _shingles_of_normalised(norm: str, k: int = SHINGLE) -> np.ndarray:
    """Sorted distinct 64-bit hashes of the k-character shingles, vectorised over the text: a hash
    per shingle in Python (blake2b) cost more than all the rest of reuse detection."""
    codes = np.frombuffer(norm.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    count = len(codes) - k + 1
    if count <= 0:
        return np.zeros(0, dtype=np.uint64)
    h = np.zeros(count, dtype=np.uint64)
    for i in range(k):
        h = h * _POLY + codes[i:i + count]  # wraps modulo 2**64, as intended
    return _sorted_distinct(_splitmix64(h))


def _sorted_distinct(values: np.ndarray) -> np.ndarray:
    """np.unique(values) of a 1-d integer array, by sorting and keeping the first of equal
    neighbours. numpy 2.4's np.unique without return_* options goes through a hash table first and
    took 3-27x as long on random 64-bit values (50 to 100,000 of them: 5.9 vs 2.0 us, 9.7 vs 0.36 ms),
    and 5.9 vs 0.09 s on the 9 M candidate codes of a corpus whose texts overlap everywhere."""
    ordered = np.sort(values)
    return ordered[np.concatenate(([True], ordered[1:] != ordered[:-1]))] if len(ordered) else ordered


def _splitmix64(x: np.ndarray) -> np.ndarray:
    """splitmix64's finaliser: every input bit reaches every output bit (MinHash needs uniform bits)."""
    x = (x ^ (x >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
    x = (x ^ (x >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
    return x ^ (x >> np.uint64(31))


def shingle_hashes(text: str, k: int = SHINGLE) -> np.ndarray:
    """Sorted distinct 64-bit hashes of the k-character shingles of normalised text (uint64 array)."""
    return _shingles_of_normalised(normalise(text), k)


def containment(a: Iterable[int], b: Iterable[int]) -> float:
    """Share of the smaller set's elements found in the larger one."""
    a, b = (x if isinstance(x, (set, frozenset)) else set(x.tolist() if isinstance(x, np.ndarray) else x)
            for x in (a, b))
    if not a or not b:
        return 0.0
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return len(small & large) / len(small)


# The (bands, rows) that datasketch's MinHashLSHEnsemble(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
# chooses for each size ratio x / q of its grid LSH_RATIOS (its xqs and params). It finds them with
# ~7,000 numerical integrals, 0.09-0.11 CPU s of every build for ten constants; test_reuse checks
# that datasketch still chooses these.
LSH_RATIOS = np.exp(np.linspace(-5, 5, 10))
LSH_BANDS_ROWS = np.array([(1, 8), (1, 8), (1, 8), (1, 8), (42, 3), (64, 2), (30, 1), (88, 1), (128, 1),
                           (128, 1)], dtype=np.int64)
_PERMUTATIONS = None


def _equal_pairs(codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """All ordered pairs (x, y), x != y, of positions whose codes are equal."""
    order = np.argsort(codes, kind="stable")
    sorted_codes = codes[order]
    starts = np.flatnonzero(np.r_[True, sorted_codes[1:] != sorted_codes[:-1]])
    lengths = np.diff(np.r_[starts, len(codes)])
    keep = lengths > 1
    starts, lengths = starts[keep], lengths[keep]
    if not len(starts):
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    # every position of a run of length L is paired with the L positions of its run
    pos = _runs(starts, lengths)
    per = np.repeat(lengths, lengths)
    run_start = np.repeat(starts, lengths)
    x = np.repeat(pos, per)
    offsets = np.arange(len(x)) - np.repeat(np.cumsum(per) - per, per)
    y = np.repeat(run_start, per) + offsets
    mask = x != y
    return order[x[mask]], order[y[mask]]


def _row_codes(rows: np.ndarray) -> np.ndarray:
    """Each row's rank among the distinct rows in lexicographic order: the inverse that
    np.unique(rows, axis=0, return_inverse=True) gives, from a lexsort of the columns (2-6x
    faster for the band blocks, whose rows np.unique sorts as opaque byte strings)."""
    order = np.lexsort(rows.T[::-1])
    in_order = rows[order]
    return _dense_ranks(order, (in_order[1:] != in_order[:-1]).any(axis=1))


def _dense_ranks(order: np.ndarray, changed: np.ndarray) -> np.ndarray:
    """Each item's rank among the distinct values, from the order that sorts them and whether each
    sorted value differs from the one before it (equal values rank equal)."""
    ranks = np.empty(len(order), dtype=np.int64)
    ranks[order] = np.concatenate(([0], np.cumsum(changed)))
    return ranks


def _runs(starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    total = int(lengths.sum())
    return np.arange(total) - np.repeat(np.cumsum(lengths) - lengths, lengths) + np.repeat(starts, lengths)


def _optimal_partitions(sizes: np.ndarray, counts: np.ndarray, num_part: int) -> list[tuple[int, int]]:
    """datasketch.lshensemble_partition.optimal_partitions with the same floating-point operations
    (the same per-interval np.sum, the same sums, first minimum on ties), so the same partitions,
    but vectorised: datasketch's O(n² · num_part) Python loops cost about a second per build."""
    n = len(sizes)
    if num_part <= 2 or num_part >= n:
        return optimal_partitions(sizes, counts, num_part)
    # nfps[l, u] = np.sum over i in [l, u] of (sizes[u] - sizes[i]) / sizes[u] * counts[i], as
    # datasketch computes it: the same elementwise operations, and np.add.reduce along a row runs
    # the same pairwise sum as on the interval alone. One window matrix per interval length instead
    # of an add.reduce call per interval (~80,000 for the seeds: ~0.2 CPU s).
    nfps = np.zeros((n, n))
    float_sizes = sizes.astype(np.float64)
    for length in range(1, n + 1):
        starts = np.arange(n - length + 1)
        su = float_sizes[length - 1:, None]  # sizes[u] of each interval [start, start + length - 1]
        v = (su - sliding_window_view(sizes, length)) / su * sliding_window_view(counts, length)
        nfps[starts, starts + length - 1] = np.add.reduce(v, axis=1)
    inf = np.inf
    cost = np.zeros((n, num_part - 2))
    idx = np.arange(n)
    # p = 2: cost[u, 0] = min over u1 < u of nfps[0, u1] + nfps[u1 + 1, u]
    shifted = np.full((n, n), inf)  # shifted[u1, u] = nfps[u1 + 1, u], for u1 + 1 <= u
    shifted[:-1, :] = nfps[1:, :]
    valid = idx[:, None] < idx[None, :]  # u1 < u
    shifted[~valid] = inf
    m = nfps[0, :][:, None] + shifted
    cost[1:, 0] = m.min(axis=0)[1:]
    for p in range(3, num_part):
        prev = cost[:, p - 3]
        m = prev[:, None] + shifted
        m[:p - 2, :] = inf  # u1 ranges from p - 2
        col = m.min(axis=0)
        cost[p - 1:, p - 2] = col[p - 1:]
    p = num_part
    last = cost[:, p - 3] + shifted[:, n - 1]
    last[:p - 2] = inf
    u = int(np.argmin(last[:n - 1]))
    partitions = [(sizes[u + 1], sizes[-1])]
    p -= 1
    while p > 1:
        cand = cost[:, p - 2] + shifted[:, u]
        cand[:p - 2] = inf
        u1 = int(np.argmin(cand[:u]))
        partitions.insert(0, (sizes[u1 + 1], sizes[u]))
        u = u1
        p -= 1
    partitions.insert(0, (sizes[0], sizes[u]))
    return partitions


@dataclass(frozen=True)
class Sketch:
    """What the index keeps of one segment's text: a pure function of the text, so that it can be
    computed where the segment is made (a worker process) and only merged centrally."""

    digest: bytes  # of the normalised text: exact copies share one entry
    shingles: np.ndarray  # sorted distinct shingle hashes (uint64)


def sketch(text: str) -> Sketch | None:
    """The sketch of a segment's text; None when it is too short to be indexed."""
    norm = normalise(text or "")
    return _sketch_of_normalised(norm, _digest(norm)) if len(norm) >= MIN_CHARS else None


def _digest(norm: str) -> bytes:
    return hashlib.blake2b(norm.encode("utf-8"), digest_size=16).digest()


def _sketch_of_normalised(norm: str, digest: bytes) -> Sketch:
    return Sketch(digest, _shingles_of_normalised(norm))


def signature(hashes: np.ndarray) -> np.ndarray:
    """MinHash hashvalues (uint64[NUM_PERM]) of a set of shingle hashes."""
    global _PERMUTATIONS
    if _PERMUTATIONS is None:  # the same permutations every MinHash(NUM_PERM, SEED) makes
        template = MinHash(num_perm=NUM_PERM, seed=SEED)
        _PERMUTATIONS = (template.permutations, template.scheme)
    # the shingle hashes are already uniform: their low 32 bits go in as they are (hashfunc=int)
    # instead of being hashed again with sha1 one by one
    mh = MinHash(num_perm=NUM_PERM, seed=SEED, permutations=_PERMUTATIONS[0],
                 scheme=_PERMUTATIONS[1], hashfunc=int)
    mh.update_batch((hashes & np.uint64(0xFFFFFFFF)).tolist())
    return np.array(mh.hashvalues, dtype=np.uint64)


class ReuseIndex:
    """Segments are kept as their ids (UTF-8, one buffer) plus the index of their distinct
    normalised text ("rep"); per rep only the sorted shingle hashes (uint64 array). No Python object
    per segment: a str id and an int in a members list cost ~130 B per segment (21 MB at 100x the
    seeds, live through the reuse rewrite, plus ~100 B more for a dict of groups there); this
    layout keeps ~45 B, and fields() works on int64 arrays."""

    def __init__(self) -> None:
        self._id_bytes = bytearray()        # every segment's id, UTF-8, in insertion order
        self._id_ends = array("q", [0])     # segment i's id is _id_bytes[_id_ends[i]:_id_ends[i + 1]]
        self._rep = array("q")              # segment → rep index (-1: too short to be indexed)
        self._rep_of_digest: dict[bytes, int] = {}
        self._shingles: list[np.ndarray] = []  # rep → sorted shingle hashes

    def __len__(self) -> int:
        return len(self._rep)

    def add(self, segment_id: str, text: str) -> None:
        """Index one segment's normalised (Simplified) text; an exact copy of a text already
        indexed costs only its digest."""
        norm = normalise(text or "")
        if len(norm) < MIN_CHARS:
            self._append(segment_id, -1)
            return
        digest = _digest(norm)
        rep = self._rep_of_digest.get(digest)
        if rep is None:
            self.add_sketch(segment_id, _sketch_of_normalised(norm, digest))
        else:
            self._append(segment_id, rep)

    def add_sketch(self, segment_id: str, sketch: Sketch | None) -> None:
        """Index one segment from its sketch (None: too short), computed elsewhere, e.g. in a worker."""
        if sketch is None:
            self._append(segment_id, -1)
            return
        rep = self._rep_of_digest.get(sketch.digest)
        if rep is None:
            rep = self._rep_of_digest[sketch.digest] = len(self._shingles)
            self._shingles.append(sketch.shingles)
        self._append(segment_id, rep)

    def _append(self, segment_id: str, rep: int) -> None:
        self._id_bytes += segment_id.encode("utf-8")
        self._id_ends.append(len(self._id_bytes))
        self._rep.append(rep)

    def _segment_id(self, i: int) -> str:
        return self._id_bytes[self._id_ends[i]:self._id_ends[i + 1]].decode("utf-8")

    def _id_ranks(self) -> np.ndarray:
        """Each segment's id as its place in the sorted distinct ids: comparing ranks is comparing
        ids (UTF-8 byte order is code point order, as Python compares str), equal ids rank equal."""
        n = len(self._rep)
        ids = pa.LargeStringArray.from_buffers(n, pa.py_buffer(self._id_ends), pa.py_buffer(self._id_bytes))
        order = pc.sort_indices(ids).to_numpy()
        in_order = ids.take(order)
        changed = pc.not_equal(in_order.slice(1), in_order.slice(0, n - 1)).to_numpy(zero_copy_only=False)
        return _dense_ranks(order, changed)

    def stop_shingles(self) -> np.ndarray:
        """Sorted hashes of the stock-phrase shingles: in more than STOP_SHARE of the distinct texts
        and in more than STOP_MIN_TEXTS of them."""
        if not self._shingles:
            return np.zeros(0, dtype=np.uint64)
        values, counts = np.unique(np.concatenate(self._shingles), return_counts=True)
        return values[counts > max(STOP_SHARE * len(self._shingles), STOP_MIN_TEXTS)]

    def signatures(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(reps, signatures, sizes): the reps that keep shingles once stock phrases are left out,
        in order, with their MinHash signatures (a row each) and their numbers of kept shingles."""
        kept = _without(self._shingles, self.stop_shingles())
        reps = np.array([a for a, k in enumerate(kept) if len(k)], dtype=np.int64)
        sigs = np.array([signature(kept[a]) for a in reps], dtype=np.uint64).reshape(len(reps), NUM_PERM)
        return reps, sigs, np.array([len(kept[a]) for a in reps], dtype=np.int64)

    def _candidates(self) -> np.ndarray:
        """Rep pairs (a < b), one row each, sorted, that the LSH Ensemble reports in either
        direction (a query finds b or b finds a), exactly as datasketch's MinHashLSHEnsemble indexed
        over every segment (by its signature and kept size) would. Gathered as arrays and made
        unique once: on the seeds, the first call (a build makes one) takes 0.14-0.15 CPU s, and
        0.19-0.23 with a set of tuples updated per band."""
        reps, sigs, rep_sizes = self.signatures()
        if len(reps) < 2:
            return np.zeros((0, 2), dtype=np.int64)
        local = np.full(len(self._shingles), -1, dtype=np.int64)  # rep → row of sigs
        local[reps] = np.arange(len(reps))
        segment_reps = np.frombuffer(self._rep, dtype=np.int64)
        indexed = local[segment_reps[segment_reps >= 0]]
        indexed = indexed[indexed >= 0]  # every segment whose text has a signature, copies counted
        sizes, counts = np.array(sorted(Counter(rep_sizes[indexed].tolist()).most_common())).T
        parts = _optimal_partitions(sizes, counts, LSH_PARTITIONS)
        uppers = np.array([u for _, u in parts], dtype=np.int64)
        part_of = np.searchsorted(uppers, rep_sizes, side="left")  # every partition holds a size
        # (bands, rows) for every (partition, query rep): datasketch's _get_optimal_param, vectorised
        ratio = uppers.astype(np.float64)[:, None] / rep_sizes.astype(np.float64)[None, :]
        which = np.minimum(np.searchsorted(LSH_RATIOS, ratio, side="left"), len(LSH_BANDS_ROWS) - 1)
        bands, rows = LSH_BANDS_ROWS[which, 0], LSH_BANDS_ROWS[which, 1]
        n_rep = len(self._shingles)
        found: list[np.ndarray] = []  # pair codes lo * n_rep + hi
        for r in sorted({int(x) for x in LSH_BANDS_ROWS[:, 1]}):
            used = rows == r
            if not used.any():
                continue
            max_b = int(bands[used].max())
            for i in range(max_b):
                block = np.ascontiguousarray(sigs[:, i * r:(i + 1) * r])
                codes = block[:, 0] if r == 1 else _row_codes(block)
                q, key = _equal_pairs(codes)
                if not len(q):
                    continue
                p = part_of[key]
                ok = (rows[p, q] == r) & (bands[p, q] > i)
                if ok.any():
                    a, b = q[ok], key[ok]
                    lo, hi = reps[np.minimum(a, b)], reps[np.maximum(a, b)]  # reps is ascending
                    found.append(lo * n_rep + hi)
        codes = _sorted_distinct(np.concatenate(found)) if found else np.zeros(0, dtype=np.int64)
        return np.stack(np.divmod(codes, n_rep), axis=1)

    def pairs(self) -> dict[tuple[int, int], float]:
        """Verified pairs of distinct texts (rep indexes a < b, in order of first appearance) with
        their containment score; each distinct pair is verified once."""
        candidates = self._candidates()
        first, other = candidates[:, 0], candidates[:, 1]
        shared = _shared_counts(self._shingles, first, other)
        sizes = np.array([len(x) for x in self._shingles], dtype=np.int64)
        # int64 / int64 in numpy is the correctly rounded quotient, as int / int in Python
        scores = shared / np.minimum(sizes[first], sizes[other]) if len(candidates) else np.zeros(0)
        kept = (scores >= MIN_CONTAINMENT) | (shared >= MIN_SHARED)
        return {(int(first[i]), int(other[i])): round(float(scores[i]), 4) for i in np.flatnonzero(kept).tolist()}

    def result(self) -> dict[str, dict]:
        """segment_id → {"reuse_group": str | None, "reuse_of": [{"segment_id": str, "score": float}]}
        for every segment that shares text with another; segments not listed reuse nothing.
        reuse_of holds at most MAX_REUSE_OF partners, best first (ties by segment id)."""
        return dict(sorted(
            (self._segment_id(i), {"reuse_group": group, "reuse_of": [{"segment_id": sid, "score": score}
                                                               for sid, score in partners]})
            for i, (group, partners) in enumerate(self.fields()) if group is not None))

    def fields(self) -> Iterator[tuple[str | None, list[tuple[str, float]]]]:
        """(reuse_group, reuse_of as (segment_id, score) pairs) of every segment added, in the order
        added ((None, []): it reuses nothing), built one at a time so that the writer never holds them
        all (see result()). Pairs, not dicts: Arrow converts a struct from a tuple by position ~6x
        faster, and at 100x the seeds every segment has MAX_REUSE_OF partners."""
        rep_of = self._rep
        if not rep_of:
            return
        found = self.pairs()
        n_rep = len(self._shingles)
        sizes = [len(x) for x in self._shingles]
        links: dict[int, list[tuple[int, float]]] = {}  # rep → [(other rep, score)]
        parent = list(range(n_rep))  # union-find over reps; root = smallest rep = smallest segment

        def root(x: int) -> int:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        for (a, b), score in sorted(found.items()):
            links.setdefault(a, []).append((b, score))
            links.setdefault(b, []).append((a, score))
            if score * min(sizes[a], sizes[b]) / max(sizes[a], sizes[b]) >= MIN_GROUP_SHARE:
                ra, rb = root(a), root(b)
                if ra != rb:
                    parent[max(ra, rb)] = min(ra, rb)
        rank = self._id_ranks()
        by_id, start, first = _members(np.frombuffer(rep_of, dtype=np.int64), rank, n_rep)
        count = np.diff(start)

        def best_members(a: int) -> np.ndarray:  # rep a's first MAX_REUSE_OF + 1 segments by id
            return by_id[start[a]:min(start[a + 1], start[a] + MAX_REUSE_OF + 1)]

        linked = sorted(links.keys() | set(np.flatnonzero(count > 1).tolist()))
        # segment-level components: exact copies are linked (score 1.0, symmetric); a component's
        # root is its smallest segment index = first member of its smallest rep
        comp_size: dict[int, int] = {}
        for a in linked:
            r = root(a)
            comp_size[r] = comp_size.get(r, 0) + int(count[a])
        group_of = np.full(len(rep_of), -1, dtype=np.int64)  # segment → its group's first segment
        lone: list[int] = []  # segments linked only asymmetrically (their rep has one member)
        for a in linked:
            r = root(a)
            if comp_size[r] > 1:
                group_of[by_id[start[a]:start[a + 1]]] = first[r]
            else:
                lone.append(int(first[a]))
        # A segment linked only asymmetrically joins the group of its best partner (no chaining).
        for i in sorted(lone):
            best_score, best_rank, best = -1.0, -1, -1
            for b, score in links[rep_of[i]]:
                j = int(by_id[start[b]])
                if score > best_score or (score == best_score and rank[j] < best_rank):
                    best_score, best_rank, best = score, rank[j], j
            group_of[i] = group_of[best] if group_of[best] >= 0 else min(i, best)
        gid_of = self._group_names(group_of, rank)
        top: dict[int, tuple[list[int], list[tuple[str, float]]]] = {}
        for a in linked:
            # the best MAX_REUSE_OF + 1 partners of the rep's members (one of them may be the
            # segment itself): copies at 1.0, then each linked rep's members by segment id
            cands = _ranked(-1.0, best_members(a), rank)
            for b, score in links.get(a, ()):
                cands += _ranked(-score, best_members(b), rank)
            cands.sort()
            top[a] = ([j for _, _, j in cands[:MAX_REUSE_OF + 1]],
                      [(self._segment_id(j), -neg) for neg, _, j in cands[:MAX_REUSE_OF + 1]])
        nothing: tuple[None, list] = (None, [])
        for i, a in enumerate(rep_of):
            if a not in top:
                yield nothing
                continue
            segments, partners = top[a]
            if i in segments:  # the segment itself is one of its rep's best partners: leave it out
                at = segments.index(i)
                partners = partners[:at] + partners[at + 1:]
            yield gid_of[int(group_of[i])], partners[:MAX_REUSE_OF]

    def _group_names(self, group_of: np.ndarray, rank: np.ndarray) -> dict[int, str]:
        """group (its first segment) → "reuse:" + the smallest id among its members and that segment."""
        grouped = np.flatnonzero(group_of >= 0)
        heads = np.unique(group_of[grouped])
        # each group's segments, its head included, in id order: the first of each group names it
        segments = np.concatenate((heads, grouped))
        groups = np.concatenate((heads, group_of[grouped]))
        in_order = segments[np.lexsort((rank[segments], groups))]
        smallest = in_order[np.searchsorted(np.sort(groups), heads)]
        return {g: "reuse:" + self._segment_id(i) for g, i in zip(heads.tolist(), smallest.tolist())}


def _without(arrays: list[np.ndarray], values: np.ndarray) -> list[np.ndarray]:
    """Each sorted array without `values` (sorted): one membership test over all of them, not a
    np.isin per array (1,198 calls, ~0.1 CPU s, for the seeds' distinct texts)."""
    if not arrays:
        return []
    flat = np.concatenate(arrays)
    keep = ~_in_sorted(values, flat) if len(values) else np.ones(len(flat), dtype=bool)
    ends = np.cumsum([len(a) for a in arrays])
    return [part[mask] for part, mask in zip(np.split(flat, ends[:-1]), np.split(keep, ends[:-1]))]


def _shared_counts(shingles: list[np.ndarray], first: np.ndarray, other: np.ndarray) -> np.ndarray:
    """|A ∩ B| for every pair of reps (first[i], other[i]), the pairs sorted by their first rep
    (each rep's shingles distinct and not empty: at least MIN_CHARS - SHINGLE + 1 of them).

    The shingles are numbered densely once. For each first rep, a flag per number marks its
    shingles, and all its partners' numbers are looked up at once: an array index per shingle
    instead of a binary search. On texts that overlap everywhere (the seeds ten times, lines
    shuffled: 1.46 M candidate pairs of 11,606 texts) 5.4 -> 1.5 CPU s; on the seeds 0.05 -> 0.025 s.
    """
    shared = np.zeros(len(first), dtype=np.int64)
    if not len(first):
        return shared
    lengths = np.fromiter(map(len, shingles), dtype=np.int64, count=len(shingles))
    bounds = np.concatenate(([0], np.cumsum(lengths)))
    _, number = np.unique(np.concatenate(shingles), return_inverse=True)
    mine = np.zeros(len(number), dtype=bool)  # by shingle number: a shingle of the current first rep
    _, starts = np.unique(first, return_index=True)
    for start, end in zip(starts.tolist(), [*starts[1:].tolist(), len(first)]):
        rep = int(first[start])
        own = number[bounds[rep]:bounds[rep + 1]]
        mine[own] = True
        partners = other[start:end]
        flat = np.concatenate([number[bounds[b]:bounds[b + 1]] for b in partners.tolist()])
        offsets = np.concatenate(([0], np.cumsum(lengths[partners])[:-1]))
        shared[start:end] = np.add.reduceat(mine[flat].astype(np.int64), offsets)
        mine[own] = False
    return shared


def _in_sorted(values: np.ndarray, x: np.ndarray) -> np.ndarray:
    """Whether each element of x is in `values` (sorted, not empty)."""
    at = np.minimum(np.searchsorted(values, x), len(values) - 1)
    return values[at] == x


def _members(reps: np.ndarray, rank: np.ndarray, n_rep: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(by_id, start, first): rep a's segments in id order (ties: order added) are
    by_id[start[a]:start[a + 1]], and first[a] is its first segment added."""
    indexed = np.flatnonzero(reps >= 0)
    by_id = indexed[np.lexsort((rank[indexed], reps[indexed]))]
    start = np.concatenate(([0], np.cumsum(np.bincount(reps[indexed], minlength=n_rep))))
    first = indexed[np.unique(reps[indexed], return_index=True)[1]]
    return by_id, start, first


def _ranked(neg_score: float, segments: np.ndarray, rank: np.ndarray) -> list[tuple[float, int, int]]:
    """(-score, id rank, segment) of each segment: sorted, best score first, then by id."""
    return [(neg_score, r, j) for r, j in zip(rank[segments].tolist(), segments.tolist())]
