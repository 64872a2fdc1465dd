"""Identify the article's language and refuse the ones eventwire can't read.

eventwire's lexicons and models are English. A French or Arabic article run
through them gives confident nonsense, so it is rejected with a clear error
instead. Identification is by function-word share, which is cheap and
reliable on news-length text; scripts other than Latin are told by their
letters.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from ...errors import EventwireError, Warnings
from ...model import Extraction, InputError
from ...registry import stages

WORD = re.compile(r"[^\W\d_]+")
# Letters beyond Latin Extended-B: only these need a script lookup.
NON_LATIN = re.compile(r"[^\W\d_\u0000-\u024F]")

# Common function words per language; a word may sit in several lists.
FUNCTION_WORDS = {
    "en": "the of and to in a is was that for on with as by at from his her "
          "it be are were said has have had not but which this their they "
          "who an after been will would its into over also than".split(),
    "fr": "le la les des du de et un une est dans pour que qui sur au aux "
          "pas par avec il elle ont sont été cette ces ce leur plus selon".split(),
    "es": "el la los las de del y en un una es que por para con se su al "
          "como más fue han ha sus este esta según también entre".split(),
    "de": "der die das und den dem des ein eine ist nicht mit von zu im "
          "auf für sich auch wurde sind wird nach bei aus einer".split(),
    "it": "il lo la gli le di del della e un una che per con non sono nel "
          "alla dei delle anche stato più ha secondo".split(),
    "pt": "o a os as de do da dos das e um uma que em no na para com não "
          "por se foi mais ao pelo pela segundo também".split(),
    "nl": "de het een en van in is dat op te met voor zijn niet aan ook "
          "door werd naar bij worden".split(),
    "tr": "ve bir bu da de ile için olarak olan gibi daha çok ancak sonra".split(),
    "id": "yang dan di ini itu dengan untuk dari tidak akan pada juga dalam".split(),
}
WORD_LISTS = {lang: frozenset(words) for lang, words in FUNCTION_WORDS.items()}

# Unicode script (first word of the character name) -> language code.
SCRIPTS = {
    "CYRILLIC": "ru", "ARABIC": "ar", "CJK": "zh", "HIRAGANA": "ja",
    "KATAKANA": "ja", "HANGUL": "ko", "HEBREW": "he", "GREEK": "el",
    "DEVANAGARI": "hi", "THAI": "th", "BENGALI": "bn", "TAMIL": "ta",
    "GEORGIAN": "ka", "ARMENIAN": "hy", "ETHIOPIC": "am",
}
SAMPLE_CHARS = 4000


def identify(text: str, min_words: int = 12) -> tuple[str | None, int]:
    """Guess the language of `text`.

    Returns:
        (ISO 639-1 code, "und" when no language fits, or None when there is
        too little text to tell; the word count).
    """
    sample = text[:SAMPLE_CHARS]
    words = [w.lower() for w in WORD.findall(sample)]
    if len(words) < min_words:
        return None, len(words)
    script = dominant_script(sample)
    if script is not None:
        return script, len(words)
    counts = Counter({lang: sum(w in vocab for w in words) for lang, vocab in WORD_LISTS.items()})
    best, hits = counts.most_common(1)[0]
    return (best if hits else "und"), len(words)


def english_share(text: str) -> float:
    """Share of words in `text` that are English function words."""
    words = [w.lower() for w in WORD.findall(text[:SAMPLE_CHARS])]
    return sum(w in WORD_LISTS["en"] for w in words) / max(len(words), 1)


def dominant_script(sample: str) -> str | None:
    """The language of the non-Latin script most letters are in, if any."""
    others = NON_LATIN.findall(sample)
    if not others:
        return None
    letters = sum(len(word) for word in WORD.findall(sample))
    scripts = Counter(SCRIPTS.get(unicodedata.name(c, "UNKNOWN").split(" ")[0], "") for c in others)
    lang, count = scripts.most_common(1)[0]
    return lang if lang and count > letters / 2 else None


class LanguageStage:
    """Sets `article.lang`; non-English articles become errors."""

    requires = ("article",)
    assigns = ("article.lang",)

    def __init__(self, name: str, *, min_english_share: float, min_words: int) -> None:
        self.name = name
        self.min_english_share = min_english_share
        self.min_words = min_words

    def __call__(self, batch: list[Extraction]) -> list[Extraction | InputError]:
        return [self.check(record) for record in batch]

    def check(self, record: Extraction) -> Extraction | InputError:
        """Label one record's language, or refuse it."""
        text = record.article.text
        lang, words = identify(text, self.min_words)
        if lang is None:
            record.warnings.append(Warnings.W007.format(words=words))
            record.article.lang = "en"
            return record
        if lang != "en" and english_share(text) < self.min_english_share:
            name = record.state.get("input", record.article.id)
            error = EventwireError("E010", name, lang=lang)
            return InputError(error=str(error), code="E010", input=name)
        record.article.lang = "en"
        return record


@stages.register("eventwire.language.v1")
def make_language_stage(name: str, **settings: float) -> LanguageStage:
    """Factory for the language stage (settings from `[stages.<name>]`)."""
    return LanguageStage(name, **settings)
