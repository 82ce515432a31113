"""Word granularity: rjieba's words brought to the PKU standard the tokens follow, on numbers,
doubled punctuation, compounds and affixes (tests/gold/README_tokens.md, rules 2, 3, 5 and 7).

jieba's dictionary holds many number words with their measure word (一个, 万亿元, 第四次), the
enumerators 一是/二是 and demonstrative + number (这一); PKU, and the corpus's hand-set tokens,
split them. The other way round, jieba cuts an Arabic date from its unit (2024|年), which PKU writes
as one time word, and cuts the doubled marks —— and …… in two. It also holds many modifier + head
and verb + object phrases as one word (产业结构, 贯彻落实, 中小企业), 高 or 多 with the noun after
it (高质量, 多层次), a two-character verb with the complement 于, 到, 在 or 出 after it (来自于,
展现出), the adverb 相 with the verb after it (相适应), an adverb or demonstrative with the copula
是 (更是, 这是) and a degree adverb with an adjective (更好, 很大), which PKU writes as two words. And it cuts a bound suffix (化, 性, 型, 者, 期, 界) off a
word its dictionary lacks (定制|化), which PKU keeps with its word. It keeps the percent sign and a
range's dash with their numbers (70%, 60-70), which the standard holds punctuation, and its HMM makes
up words around function words (这篇大). The lists and limits are data: schema/word_granularity.yaml,
validated on load. Thirteen fixes, each of one word or a few:

- `joined_date`: an Arabic year, month or day, a decade or a century and its unit are one word
  (2024|年 → 2024年, 80|年代 → 80年代);
- `number_pieces`: a Chinese number word is split from the ordinal prefix or demonstrative before
  it and from the measure word or enumerating verb after it (第四次 → 第|四|次, 二是 → 二|是);
  a listed domain term is never split here (a collocation's words are the dictionary's: 第|一|生产力);
- `mark_pieces`: a percent or per-mille sign is split from the Arabic number before it (7.3% → 7.3|%),
  and the dash of a range from the numbers on its sides (60-70 → 60|-|70, 2021-2025年 → 2021|-|2025年);
- `mark_run_end`: a run of one doubled mark is one token (—|— → ——);
- `joined_latin`: two Latin runs and the mark between them are one abbreviation (R|&|D → R&D);
- `compound_pieces`: a long Han word is split into the dictionary words of its most probable split
  (产业结构 → 产业|结构), unless it is far more probable whole than that split, as idioms and
  lexicalised names are (突飞猛进, 平方公里); a listed domain term is never split;
- `prefix_pieces`: 高, 多 or 各 is split from the two-character word after it (高质量 → 高|质量,
  各部委 → 各|部委), unless the three are far more probable together (高新区, 高血压); a listed domain
  term is never split;
- `suffix_pieces`: 于, 到, 在 or 出 is split from the two-character word before it (来自于 → 来自|于),
  unless the three are far more probable together (有助于); a listed domain term is never split;
- `adverb_prefix_pieces`: 相 is split from the two-character verb after it (相适应 → 相|适应), as
  jieba's dictionary tags the verb; a listed domain term is never split;
- `made_up_pieces`: a word jieba's HMM made up of characters its dictionary does not join, with a
  function word at its edge, is cut as the dictionary alone would cut it (这篇大 → 这|篇|大,
  即以 → 即|以); the HMM's other words (赋能, 科创, names) stay whole;
- `pair_pieces`: a monosyllabic function word and the monosyllabic word after it are split: the
  copula 是 after an adverb or demonstrative (更是 → 更|是, 这是 → 这|是), an adjective after a
  degree adverb (更好 → 更|好, 很大 → 很|大), a modal or verb after an adverb (不能 → 不|能), a verb
  and the complement 在 or 好 (放在 → 放|在, 做好 → 做|好), a quantifier and a measure word
  (各项 → 各|项, 某种 → 某|种); conjunctions ending in 是 (但是, 还是) and lexicalised words
  (更新, 最新, 更加, 存在) stay whole; also a piece of a word the compound rule split (摆在|首位);
- `hand_set_pieces`: a word every labeller of the hand-set token files cut otherwise than the rules
  (in three sentences or more of three files or more) is cut as they cut it (科研院所 → 科研|院所) or
  kept whole (基础设施);
- `join_bound_suffixes`: a bound suffix jieba cut off (定制|化, 平台|期) is joined to the word before
  it; never to a listed domain term, which stays a token of its own.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from pathlib import Path
from typing import Protocol

from .yamlfile import load_yaml, schema_violation

RULES_PATH = Path(__file__).resolve().parent.parent / "schema" / "word_granularity.yaml"

_WORDS = {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1, "uniqueItems": True}
_CHARACTERS = {**_WORDS, "items": {"type": "string", "minLength": 1, "maxLength": 1}}
_AFFIXES = {
    "type": "object", "required": ["characters", "whole_above"], "additionalProperties": False,
    "properties": {"characters": _CHARACTERS, "whole_above": {"type": "number", "minimum": 0}},
}
_SCHEMA = {
    "type": "object",
    "required": ["version", "numerals", "before_numeral", "measure_words", "enumerators", "date_units",
                 "doubled_marks", "number_signs", "range_dashes", "joining_marks", "compounds", "prefixes", "suffixes", "bound_suffixes",
                 "adverb_prefixes", "made_up_words", "split_pairs", "words", "hand_set"],
    "additionalProperties": False,
    "properties": {
        "version": {"type": "integer", "minimum": 1},
        "numerals": {"type": "string", "minLength": 1},
        "before_numeral": _WORDS,
        "measure_words": _WORDS,
        "enumerators": _WORDS,
        "date_units": {
            "type": "object", "minProperties": 1,
            "propertyNames": {"minLength": 1, "maxLength": 2},
            "additionalProperties": {"type": "array", "minItems": 1, "uniqueItems": True,
                                     "items": {"type": "integer", "minimum": 1}},
        },
        "doubled_marks": _CHARACTERS,
        "number_signs": _CHARACTERS,
        "range_dashes": _CHARACTERS,
        "joining_marks": _CHARACTERS,
        "compounds": {
            "type": "object", "required": ["min_length", "min_piece_length", "whole_above"],
            "additionalProperties": False,
            "properties": {"min_length": {"type": "integer", "minimum": 2},
                           "min_piece_length": {"type": "integer", "minimum": 1},
                           "whole_above": {"type": "number", "minimum": 0}},
        },
        "prefixes": _AFFIXES,
        "suffixes": _AFFIXES,
        "bound_suffixes": _CHARACTERS,
        "adverb_prefixes": {
            "type": "object", "required": ["characters", "verb_tags"], "additionalProperties": False,
            "properties": {"characters": _CHARACTERS, "verb_tags": _WORDS},
        },
        "words": {
            "type": "object", "required": ["frequency", "list"], "additionalProperties": False,
            "properties": {"frequency": {"type": "integer", "minimum": 1}, "list": _WORDS},
        },
        "made_up_words": {
            "type": "object", "required": ["function_words", "name_tags"], "additionalProperties": False,
            "properties": {"function_words": _CHARACTERS, "name_tags": _WORDS},
        },
        "hand_set": {
            "type": "object", "required": ["split", "whole"], "additionalProperties": False,
            "properties": {"split": {**_WORDS, "items": {"type": "string", "pattern": "^[^|]+(?:[|][^|]+)+$"}},
                           "whole": _WORDS},
        },
        "split_pairs": {
            "type": "array", "minItems": 1,
            "items": {"type": "object", "required": ["first", "second"], "additionalProperties": False,
                      "properties": {"first": _CHARACTERS, "second": _CHARACTERS}},
        },
    },
}


class GranularityError(ValueError):
    """schema/word_granularity.yaml is malformed."""


@dataclass(frozen=True)
class Rules:
    version: int
    date_digits: dict[str, frozenset[int]]  # date unit → digit counts of a date (年: {4})
    number_word: re.Pattern[str]  # a jieba word to split: groups before, number, after
    doubled_marks: frozenset[str]
    joining_marks: frozenset[str]  # a mark jieba cuts off that joins two Latin runs into one word (R&D)
    marked_number: re.Pattern[str]  # Arabic numbers with marks jieba keeps (70%, 60-70): groups number, dash, last, sign
    candidate: re.Pattern[str]  # where a word may need a fix; a text without a match needs none
    fraction: re.Pattern[str]  # a Chinese fraction (三分之一): one number word, never a compound
    compound_min_length: int  # Han characters of the shortest word compound_pieces may split
    compound_min_piece: int  # characters of the shortest piece it may split one into
    compound_whole_above: float  # ln P(word) - ln P(its split) above which a word stays whole
    prefixes: frozenset[str]  # characters prefix_pieces splits from the word after them
    prefix_whole_above: float  # ln P(word) - ln P(prefix) - ln P(rest) above which it stays whole
    suffixes: frozenset[str]  # characters suffix_pieces splits from the word before them
    suffix_whole_above: float  # ln P(word) - ln P(rest) - ln P(suffix) above which it stays whole
    bound_suffixes: frozenset[str]  # characters join_bound_suffixes joins to the word before them
    adverb_prefixes: frozenset[str]  # characters adverb_prefix_pieces splits from a verb after them
    verb_tags: frozenset[str]  # jieba's part-of-speech tags of a verb
    pair_words: frozenset[str]  # the two-character words pair_pieces splits (更是, 这是, 更好, 很大)
    hand_split: dict[str, tuple[str, ...]]  # word → its words, as the hand-set tokens have it (科研院所)
    hand_whole: frozenset[str]  # words the hand-set tokens keep whole that a rule would split (基础设施)
    looked_up: frozenset[str]  # pair_words and the hand-set words: looked at whatever their length
    function_words: frozenset[str]  # characters at whose edge made_up_pieces cuts a word of jieba's HMM
    name_tags: frozenset[str]  # jieba's tags of a surname: a made-up word opening with one is a name
    words: tuple[str, ...]  # words jieba lacks, added to the segmenter (十八大)
    word_frequency: int  # the frequency they are added at


def parse(data: object, origin: str = "<rules>") -> Rules:
    problem = schema_violation(data, _SCHEMA)
    if problem is not None:
        raise GranularityError(f"{origin}: {problem}")
    numeral_chars = re.escape(data["numerals"])
    numerals = f"[{numeral_chars}]"

    def alternation(words: list[str]) -> str:  # longest first: 平方公里 before 公里
        return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))

    before = alternation(data["before_numeral"])
    after = alternation(data["measure_words"] + data["enumerators"])
    units = alternation(list(data["date_units"]))
    marks = re.escape("".join(data["doubled_marks"]))
    signs = re.escape("".join(data["number_signs"]))
    dashes = re.escape("".join(data["range_dashes"]))
    joins = re.escape("".join(data["joining_marks"]))
    first = "".join(word[0] for word in data["before_numeral"])
    pair_words = frozenset(head + tail for pair in data["split_pairs"]
                           for head in pair["first"] for tail in pair["second"])
    hand_split = {entry.replace("|", ""): tuple(entry.split("|")) for entry in data["hand_set"]["split"]}
    hand_whole = frozenset(data["hand_set"]["whole"])
    if not hand_whole.isdisjoint(hand_split):
        raise GranularityError(f"{origin}: hand_set: {sorted(hand_whole & hand_split.keys())} both split and whole")
    return Rules(
        version=data["version"],
        date_digits={unit: frozenset(counts) for unit, counts in data["date_units"].items()},
        number_word=re.compile(f"(?P<before>{before})?(?P<number>{numerals}+)(?P<after>{after})?"),
        doubled_marks=frozenset(data["doubled_marks"]),
        joining_marks=frozenset(data["joining_marks"]),
        marked_number=re.compile(rf"(?P<number>\d[\d.,]*)(?:(?P<dash>[{dashes}])(?P<last>\d[\d.,]*))?(?P<sign>[{signs}])?"),
        # a match starts inside the word to fix: the date's last digit, the number word's first
        # character, the run's first mark, a marked number's digits. Matches are empty, so that they may
        # overlap (每一次: 每一 and 一次); the lookahead of first characters lets the engine skip most
        # positions at once.
        candidate=re.compile(rf"(?=[\d{re.escape(first)}{numeral_chars}{marks}A-Za-z])"
                             rf"(?=\d(?:{units})|(?:{before}){numerals}|{numerals}(?:{after})|([{marks}])\1"
                             rf"|\d[\d.,]*(?:[{signs}]|[{dashes}]\d)|[A-Za-z][{joins}][A-Za-z])"),
        fraction=re.compile(f"{numerals}+分之{numerals}+"),
        compound_min_length=data["compounds"]["min_length"],
        compound_min_piece=data["compounds"]["min_piece_length"],
        compound_whole_above=float(data["compounds"]["whole_above"]),
        prefixes=frozenset(data["prefixes"]["characters"]),
        prefix_whole_above=float(data["prefixes"]["whole_above"]),
        suffixes=frozenset(data["suffixes"]["characters"]),
        suffix_whole_above=float(data["suffixes"]["whole_above"]),
        bound_suffixes=frozenset(data["bound_suffixes"]),
        adverb_prefixes=frozenset(data["adverb_prefixes"]["characters"]),
        verb_tags=frozenset(data["adverb_prefixes"]["verb_tags"]),
        pair_words=pair_words,
        hand_split=hand_split,
        hand_whole=hand_whole,
        looked_up=pair_words | hand_split.keys() | hand_whole,
        function_words=frozenset(data["made_up_words"]["function_words"]),
        name_tags=frozenset(data["made_up_words"]["name_tags"]),
        words=tuple(data["words"]["list"]),
        word_frequency=data["words"]["frequency"],
    )


@lru_cache(maxsize=None)
def load_rules(path: Path = RULES_PATH) -> Rules:
    return parse(load_yaml(path.read_text(encoding="utf-8")), str(path))


_DIGITS = re.compile(r"\d+")


def joined_date(number: str, unit: str, rules: Rules) -> str | None:
    """The time word of an Arabic year, month or day and the unit after it; None for anything else
    (a duration is a number and a measure word: 10|年 is ten years, not the year 10).

    >>> rules = load_rules()
    >>> joined_date("2024", "年", rules), joined_date("3", "月", rules), joined_date("10", "年", rules)
    ('2024年', '3月', None)
    >>> joined_date("80", "年代", rules), joined_date("21", "世纪", rules), joined_date("2023", "年底", rules)
    ('80年代', '21世纪', None)
    """
    if unit in rules.date_digits and len(number) in rules.date_digits[unit] and _DIGITS.fullmatch(number):
        return number + unit
    return None


def number_pieces(word: str, rules: Rules, keep: frozenset[str] = frozenset()) -> list[str] | None:
    """A word split into the prefix before its number word, the number word, and the measure word
    or enumerator after it; None when there is nothing to split or the word is in `keep`.

    >>> rules = load_rules()
    >>> number_pieces("第四次", rules), number_pieces("二是", rules), number_pieces("这一", rules)
    (['第', '四', '次'], ['二', '是'], ['这', '一'])
    >>> number_pieces("一些", rules), number_pieces("十四五", rules), number_pieces("第一", rules, frozenset({"第一"}))
    (None, None, None)
    """
    match = rules.number_word.fullmatch(word) if word not in keep else None
    if match is None or (match["before"] is None and match["after"] is None):
        return None
    return [piece for piece in match.groups() if piece]


def mark_pieces(word: str, rules: Rules) -> list[str] | None:
    """Arabic numbers and the marks jieba keeps with them, each a token (the standard's 70|%, and
    every punctuation mark a token): a sign at the end, the dash of a range; None for any other word
    (a date written with dashes has two and is one token).

    >>> rules = load_rules()
    >>> mark_pieces("7.3%", rules), mark_pieces("60-70", rules), mark_pieces("3.5-4.0%", rules)
    (['7.3', '%'], ['60', '-', '70'], ['3.5', '-', '4.0', '%'])
    >>> mark_pieces("70", rules), mark_pieces("%", rules), mark_pieces("2024-03-05", rules), mark_pieces("c1004-5", rules)
    (None, None, None, None)
    """
    match = rules.marked_number.fullmatch(word)
    if match is None or not (match["dash"] or match["sign"]):
        return None
    return [piece for piece in match.group("number", "dash", "last", "sign") if piece]


def mark_run_end(words: list[str], start: int, rules: Rules) -> int:
    """The index after the run of one doubled mark that starts at words[start] (start + 1 if none).

    >>> mark_run_end(["说", "—", "—", "好"], 1, load_rules()), mark_run_end(["—", "…"], 0, load_rules())
    (3, 1)
    """
    end, mark = start + 1, words[start]
    if mark in rules.doubled_marks:
        while end < len(words) and words[end] == mark * len(words[end]):  # a run an earlier fix joined too
            end += 1
    return end


def joined_latin(words: list[str], start: int, rules: Rules) -> bool:
    """Whether words[start:start + 3] are two Latin runs and a joining mark between them, which the
    standard writes as one abbreviation (R|&|D → R&D; its rule 4, a Latin run is one token).

    >>> rules = load_rules()
    >>> joined_latin(["加大", "R", "&", "D", "投入"], 1, rules), joined_latin(["R", " ", "&"], 0, rules)
    (True, False)
    """
    piece = words[start:start + 3]
    return (len(piece) == 3 and piece[1] in rules.joining_marks
            and all(word.isascii() and word.isalpha() for word in (piece[0], piece[2])))


def refine(text: str, words: list[str], keep: frozenset[str] = frozenset()) -> list[str]:
    """`words` (a partition of `text`) at the standard's granularity. Only the words where a
    candidate match starts are looked at: most sentences have none, the rest a few."""
    rules = load_rules()
    starts = [m.start() for m in rules.candidate.finditer(text)]
    if not starts:
        return words
    ends = list(accumulate(map(len, words)))
    out = list(words)
    for i in sorted({bisect_right(ends, start) for start in starts}, reverse=True):  # back to front:
        word = out[i]  # a splice leaves the indexes before it as they were
        date = joined_date(word, out[i + 1], rules) if i + 1 < len(out) else None
        if date is not None:
            out[i:i + 2] = [date]
        elif (pieces := number_pieces(word, rules, keep)) is not None:
            out[i:i + 1] = pieces
        elif (pieces := mark_pieces(word, rules)) is not None:
            date = joined_date(pieces[-1], out[i + 1], rules) if i + 1 < len(out) else None  # 2021-2025年
            out[i:i + 2 if date else i + 1] = pieces[:-1] + [date] if date else pieces
        elif (end := mark_run_end(out, i, rules)) > i + 1:
            out[i:end] = ["".join(out[i:end])]
        elif joined_latin(out, i, rules):
            out[i:i + 3] = ["".join(out[i:i + 3])]
    return out


class Lexicon(Protocol):
    """A segmenter's dictionary: which strings are words, how probable each word is, and its
    part-of-speech tag."""

    def has_word(self, word: str) -> bool: ...

    def log_prob(self, word: str) -> float: ...

    def tag(self, word: str) -> str | None: ...


_HAN_WORD = re.compile(r"[\u4e00-\u9fff]+")


def _splittable(word: str, keep: frozenset[str]) -> bool:
    """Whether the compound and affix rules may split `word` at all: Han characters only, not a
    listed term."""
    return word not in keep and _HAN_WORD.fullmatch(word) is not None


def _best_split(word: str, lexicon: Lexicon, min_piece: int) -> tuple[float, list[str]] | None:
    """(ln P, pieces) of the most probable split of `word` into two or more dictionary words of at
    least `min_piece` characters (jieba's own criterion: the product of the words' probabilities);
    None if there is none."""
    n = len(word)
    best: list[tuple[float, list[str]] | None] = [None] * n + [(0.0, [])]  # best[i]: of word[i:]
    for i in range(n - min_piece, -1, -1):
        options = [(log_prob + lexicon.log_prob(word[i:j]), [word[i:j], *rest])
                   for j in range(i + min_piece, n + 1)
                   if (i, j) != (0, n) and best[j] is not None and lexicon.has_word(word[i:j])
                   for log_prob, rest in [best[j]]]
        best[i] = max(options, key=lambda option: option[0], default=None)
    return best[0]


def compound_pieces(word: str, lexicon: Lexicon, rules: Rules, keep: frozenset[str] = frozenset()) -> list[str] | None:
    """A long Han word split into the dictionary words of its most probable split, each piece split
    again in the same way; None when it stays whole: too short, in `keep`, a fraction (三分之一, one
    number word as the standard's rule 3 has it), without such a split, or
    more probable whole than split by more than the rules' limit (an idiom such as 突飞猛进 or a
    lexicalised name such as 平方公里 is far more frequent than its parts would be together by
    chance; a phrase such as 产业结构 is not). Examples with jieba's dictionary are in
    tests/test_granularity.py."""
    if len(word) < rules.compound_min_length or not _splittable(word, keep) or rules.fraction.fullmatch(word):
        return None
    split = _best_split(word, lexicon, rules.compound_min_piece)
    if split is None or lexicon.log_prob(word) - split[0] > rules.compound_whole_above:
        return None
    return [piece for part in split[1] for piece in compound_pieces(part, lexicon, rules, keep) or [part]]


def _two_words(word: str, cut: int, lexicon: Lexicon, whole_above: float) -> list[str] | None:
    """A three-character `word` cut at `cut` into a one-character affix and the dictionary word
    beside it; None when that is no word or the whole is more probable than the two by more than
    `whole_above`."""
    first, second = word[:cut], word[cut:]
    if not lexicon.has_word(max(first, second, key=len)):
        return None
    if lexicon.log_prob(word) - lexicon.log_prob(first) - lexicon.log_prob(second) > whole_above:
        return None
    return [first, second]


def prefix_pieces(word: str, lexicon: Lexicon, rules: Rules, keep: frozenset[str] = frozenset()) -> list[str] | None:
    """A three-character word of one of the rules' prefixes (高, 多, 各) and a two-character dictionary
    word, as those two words; None when it stays whole: another word, in `keep`, or more probable
    whole than as the two by more than the rules' limit (高新区, 高血压 are words of their own;
    高质量 is 高 + 质量). Examples with jieba's dictionary are in tests/test_granularity.py."""
    if len(word) != 3 or word[0] not in rules.prefixes or not _splittable(word, keep):
        return None
    return _two_words(word, 1, lexicon, rules.prefix_whole_above)


def suffix_pieces(word: str, lexicon: Lexicon, rules: Rules, keep: frozenset[str] = frozenset()) -> list[str] | None:
    """A three-character word of a two-character dictionary word and one of the rules' suffixes (the
    complements 于, 到, 在, 出), as those two words; None when it stays whole: another word, in `keep`,
    read better as its first character and a word (总支出 is 总 + 支出, 有利于 有 + 利于: the last
    character is no complement there), or more probable whole than as the two by more than the rules'
    limit (有助于 is lexicalised; 来自于 is 来自 + 于). Examples with jieba's dictionary are in
    tests/test_granularity.py."""
    if len(word) != 3 or word[2] not in rules.suffixes or not _splittable(word, keep):
        return None
    if lexicon.has_word(word[1:]) and (lexicon.log_prob(word[0]) + lexicon.log_prob(word[1:])
                                       > lexicon.log_prob(word[:2]) + lexicon.log_prob(word[2])):
        return None
    return _two_words(word, 2, lexicon, rules.suffix_whole_above)


def adverb_prefix_pieces(word: str, lexicon: Lexicon, rules: Rules, keep: frozenset[str] = frozenset()) -> list[str] | None:
    """A three-character word of one of the rules' adverb prefixes (相, "each other") and a
    two-character word the dictionary tags a verb, as those two words (相适应 → 相|适应); None when it
    stays whole: another word, in `keep`, or the rest no verb (相空间, 相电流: 相 "phase"; 相对数).
    Examples with jieba's dictionary are in tests/test_granularity.py."""
    if len(word) != 3 or word[0] not in rules.adverb_prefixes or not _splittable(word, keep):
        return None
    rest = word[1:]
    if not lexicon.has_word(rest) or lexicon.tag(rest) not in rules.verb_tags:
        return None
    return [word[0], rest]


def made_up_pieces(word: str, lexicon: Lexicon, rules: Rules, keep: frozenset[str] = frozenset()) -> list[str] | None:
    """A word jieba's HMM made up (two or three Han characters in no dictionary, not in `keep`) that
    opens or closes with one of the rules' function words, as the dictionary words of its most
    probable split; None for any other word, or one opening with a surname (a name). Examples with
    jieba's dictionary are in tests/test_granularity.py."""
    if not 2 <= len(word) <= 3 or (word[0] not in rules.function_words and word[-1] not in rules.function_words):
        return None
    if not _splittable(word, keep) or lexicon.has_word(word) or lexicon.tag(word[0]) in rules.name_tags:
        return None
    split = _best_split(word, lexicon, 1)
    return None if split is None else split[1]


def hand_set_pieces(word: str, rules: Rules) -> list[str] | None:
    """The hand-set tokens' reading of a word where it overrules the rules: the words of a `split`
    entry, the word itself for a `whole` one; None for any other word.

    >>> rules = load_rules()
    >>> hand_set_pieces("科研院所", rules), hand_set_pieces("基础设施", rules), hand_set_pieces("产业结构", rules)
    (['科研', '院所'], ['基础设施'], None)
    """
    if word in rules.hand_whole:
        return [word]
    pieces = rules.hand_split.get(word)
    return list(pieces) if pieces else None


def pair_pieces(word: str, rules: Rules, keep: frozenset[str] = frozenset()) -> list[str] | None:
    """A two-character word of a monosyllabic function word and the word after it (the rules'
    `split_pairs`: the copula 是 after an adverb or demonstrative, an adjective after a degree adverb,
    a modal or verb after an adverb, the complement 在 after a verb),
    as those two words, as PKU writes them; None for any other word or one in `keep`. Conjunctions
    ending in 是 and lexicalised words (更新, 最新) are not among the pairs and stay whole.

    >>> rules = load_rules()
    >>> pair_pieces("更是", rules), pair_pieces("很大", rules), pair_pieces("但是", rules), pair_pieces("更新", rules)
    (['更', '是'], ['很', '大'], None, None)
    """
    if word not in rules.pair_words or word in keep:
        return None
    return [word[0], word[1:]]


def join_bound_suffixes(words: list[str], rules: Rules, keep: frozenset[str] = frozenset()) -> list[str]:
    """`words` with each bound suffix that stands alone (化, 性, 型, 者, 期, 界: the standard keeps them
    with their word) joined to the Han word of two or more characters before it; never to a listed
    term, so that the term stays a token of its own (新旧动能转换|期). A one-character word before it
    is left alone: 可|期, 以|期 are two words.

    >>> join_bound_suffixes(["满足", "定制", "化", "需求", "，", "可", "期"], load_rules())
    ['满足', '定制化', '需求', '，', '可', '期']
    """
    out: list[str] = []
    for word in words:
        if (word in rules.bound_suffixes and out and len(out[-1]) >= 2 and out[-1] not in keep
                and _HAN_WORD.fullmatch(out[-1])):
            out[-1] += word
        else:
            out.append(word)
    return out
