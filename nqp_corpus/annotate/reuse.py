"""Reuse detection across the corpus: segments that reproduce a passage found in another segment.

The release writer feeds every segment's Simplified text to one ReuseIndex in file order during its
first pass, then asks for the result once and fills `reuse_group` / `reuse_of` of the segment rows.

Method (deterministic):
  1. Normalise: keep only letters, digits and CJK characters (punctuation and whitespace removed, so
     line-break spaces and 「」 vs “” do not matter). Segments shorter than MIN_CHARS after this are
     skipped (titles, headings, datelines would match everywhere).
  2. Shingles: every SHINGLE-character substring, hashed to 64 bits (blake2b). Kept per segment: a
     MinHash signature (NUM_PERM permutations, SEED) and the sorted array of shingle hashes — no text.
  3. Candidates: datasketch MinHashLSHEnsemble (containment search, threshold LSH_THRESHOLD) indexed
     once over all segments; every segment is queried, which finds the segments that contain it.
  4. Verification, exact: score = |A ∩ B| / min(|A|, |B|) on the shingle-hash sets (the share of the
     shorter segment's shingles found in the longer one); a pair is kept when score ≥ MIN_CONTAINMENT.
  5. Groups: connected components of the near-symmetric pairs only (shared shingles ≥ MIN_GROUP_SHARE
     of the LARGER segment too: both carry essentially the same passage); a segment linked only
     asymmetrically (a short passage inside a long paragraph, or a long paragraph quoting it) joins
     the group of its best partner without merging groups, so one often-quoted sentence does not
     chain every paragraph that quotes it into one group. reuse_group = "reuse:" + the smallest
     segment id among the group's members. reuse_of lists each segment's direct partners with
     their scores, best first (ties by segment id). Segments that reproduce nothing are not listed.
"""
from __future__ import annotations

import hashlib
import re
from array import array

from datasketch import LeanMinHash, MinHash, MinHashLSHEnsemble

SHINGLE = 5
MIN_CHARS = 30
NUM_PERM = 128
SEED = 1
LSH_THRESHOLD = 0.3
LSH_PARTITIONS = 16
MIN_CONTAINMENT = 0.5
MIN_GROUP_SHARE = 0.4  # overlap / larger size needed to merge two segments' groups

_DROP = re.compile(r"[^0-9A-Za-z\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff０-９Ａ-Ｚａ-ｚ]+")


def normalise(text: str) -> str:
    return _DROP.sub("", text)


def shingle_hashes(text: str, k: int = SHINGLE) -> array:
    """Sorted distinct 64-bit hashes of the k-character shingles of normalised text."""
    norm = normalise(text)
    grams = {norm[i:i + k] for i in range(len(norm) - k + 1)}
    values = sorted(int.from_bytes(hashlib.blake2b(g.encode("utf-8"), digest_size=8).digest(), "big")
                    for g in grams)
    return array("Q", values)


def containment(a: array, b: array) -> float:
    """Share of the smaller set's elements found in the larger one."""
    if not a or not b:
        return 0.0
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return len(set(small).intersection(large)) / len(small)


class ReuseIndex:
    def __init__(self) -> None:
        self._ids: list[str] = []
        self._sigs: list[LeanMinHash] = []
        self._shingles: list[array] = []

    def add(self, segment_id: str, text: str) -> None:
        """Index one segment's normalised (Simplified) text."""
        if len(normalise(text or "")) < MIN_CHARS:
            return
        hashes = shingle_hashes(text)
        mh = MinHash(num_perm=NUM_PERM, seed=SEED)
        mh.update_batch([h.to_bytes(8, "big") for h in hashes])
        self._ids.append(segment_id)
        self._sigs.append(LeanMinHash(mh))
        self._shingles.append(hashes)

    def pairs(self) -> dict[tuple[int, int], float]:
        """Verified pairs (i < j, indexes in insertion order) with their containment score."""
        if len(self._ids) < 2:
            return {}
        lsh = MinHashLSHEnsemble(threshold=LSH_THRESHOLD, num_perm=NUM_PERM, num_part=LSH_PARTITIONS)
        lsh.index((i, self._sigs[i], len(self._shingles[i])) for i in range(len(self._ids)))
        found: dict[tuple[int, int], float] = {}
        for i in range(len(self._ids)):
            for j in sorted(lsh.query(self._sigs[i], len(self._shingles[i]))):
                if j == i:
                    continue
                key = (min(i, j), max(i, j))
                if key in found:
                    continue
                score = containment(self._shingles[i], self._shingles[j])
                if score >= MIN_CONTAINMENT:
                    found[key] = round(score, 4)
        return found

    def result(self) -> dict[str, dict]:
        """segment_id → {"reuse_group": str | None, "reuse_of": [{"segment_id": str, "score": float}]}
        for every segment that shares text with another; segments not listed reuse nothing."""
        found = self.pairs()
        parent = list(range(len(self._ids)))

        def root(x: int) -> int:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        partners: dict[int, list[tuple[int, float]]] = {}
        sizes = [len(x) for x in self._shingles]
        for (i, j), score in sorted(found.items()):
            partners.setdefault(i, []).append((j, score))
            partners.setdefault(j, []).append((i, score))
            # Only near-symmetric pairs (the same passage on both sides) merge groups; a short
            # passage quoted inside many long paragraphs must not chain them all together.
            if score * min(sizes[i], sizes[j]) / max(sizes[i], sizes[j]) >= MIN_GROUP_SHARE:
                ri, rj = root(i), root(j)
                if ri != rj:
                    parent[max(ri, rj)] = min(ri, rj)
        members: dict[int, list[int]] = {}
        for i in sorted(partners):
            members.setdefault(root(i), []).append(i)
        group_of: dict[int, int] = {}
        for r, group in members.items():
            if len(group) > 1:
                for i in group:
                    group_of[i] = r
        # A segment linked only asymmetrically joins the group of its best partner (no chaining).
        for i in sorted(partners):
            if i not in group_of:
                best = sorted(partners[i], key=lambda p: (-p[1], self._ids[p[0]]))[0][0]
                group_of[i] = group_of.get(best, root(best) if best in group_of else min(i, best))
        members = {}
        for i, g in group_of.items():
            members.setdefault(g, []).append(i)
        out: dict[str, dict] = {}
        for g, group in members.items():
            gid = "reuse:" + min(self._ids[i] for i in group + [g])
            for i in group:
                links = sorted(partners[i], key=lambda p: (-p[1], self._ids[p[0]]))
                out[self._ids[i]] = {
                    "reuse_group": gid,
                    "reuse_of": [{"segment_id": self._ids[j], "score": s} for j, s in links],
                }
        return dict(sorted(out.items()))
