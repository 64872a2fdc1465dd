"""Headline verbs: re-read "Gunmen attack village" with the verb as a verb.

Headlines and wire summaries drop auxiliaries and use the bare present
("Militia attack Tur", "Members of the party defect to the ruling party").
The small English models often read such a verb as a noun compound ("attack
village"), which leaves the sentence without a predicate and the event
without roles. For a sentence whose root is not a verb, the first event verb
written as a noun after the subject's last word is tried in the past tense
("attacked"), which is never a noun; when that reading makes it the
sentence's root verb, its parse replaces the original for that sentence.
Nothing else in the document changes.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.attrs import DEP, HEAD, MORPH, POS, SENT_START, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

# Pipes that give a re-read sentence its tags, parse and lemmas.
PARSING_PIPES = ("tok2vec", "tagger", "morphologizer", "parser", "attribute_ruler", "lemmatizer")
# What the subject's last word can be: "cadres attack", "Shabaab attack",
# '"militants" attack'. Never "on strike" or "the attack".
SUBJECT_END = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
CLOSING_QUOTES = frozenset({'"', "”", "'", "’"})
# Re-parses allowed per document: headlines and summaries are few, and a
# long list of noun phrases (a table of contents) must not cost a parse each.
MAX_REREADS = 24
IRREGULAR_PAST = {
    "beat": "beat", "bring": "brought", "fight": "fought", "flee": "fled", "give": "gave",
    "hit": "hit", "hold": "held", "lead": "led", "set": "set", "shoot": "shot",
    "shut": "shut", "steal": "stole", "strike": "struck", "take": "took", "throw": "threw",
    "win": "won", "seek": "sought", "meet": "met", "make": "made", "sell": "sold",
    "tell": "told", "break": "broke", "put": "put", "cut": "cut", "quit": "quit",
    "overrun": "overran", "withdraw": "withdrew", "stab": "stabbed", "rob": "robbed",
    "kidnap": "kidnapped", "ban": "banned", "plan": "planned", "drop": "dropped",
    "grab": "grabbed", "ship": "shipped", "bar": "barred", "stop": "stopped",
}


def past_tense(lemma: str) -> str:
    """The simple past of a verb lemma ("attack" → "attacked")."""
    if lemma in IRREGULAR_PAST:
        return IRREGULAR_PAST[lemma]
    if lemma.endswith("e"):
        return lemma + "d"
    if lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ied"
    return lemma + "ed"


def bare_lemma(word: str, verbs: frozenset[str]) -> str | None:
    """The verb lemma a bare-present word spells ("attacks" → "attack")."""
    word = word.lower()
    for lemma in (word, word[:-1] if word.endswith("s") else None, word[:-2] if word.endswith("es") else None):
        if lemma and lemma in verbs:
            return lemma
    return None


def candidates(sent: Span, verbs: frozenset[str]) -> Iterable[tuple[Token, str]]:
    """Tokens that may be a headline verb read as a noun, with their lemma."""
    for token in sent[1:]:
        # (A verb the parser hung below a noun, "forces repel Taliban
        # attack" with "repel" a compound, is a candidate too.)
        lemma = bare_lemma(token.text, verbs)
        before = token.nbor(-1)
        ends_subject = before.pos_ in SUBJECT_END or before.text in CLOSING_QUOTES
        if lemma and ends_subject and token.i + 1 < sent.end:
            yield token, lemma


@Language.factory("eventwire_headline_verbs", default_config={"verbs": []})
def make_headline_verbs(nlp: Language, name: str, verbs: list[str]) -> HeadlineVerbs:
    """Factory for the headline-verb repair (`verbs`: the lemmas to try)."""
    return HeadlineVerbs(nlp, frozenset(verbs))


class HeadlineVerbs:
    """Re-parses verbless headline-style sentences with the verb in the past."""

    def __init__(self, nlp: Language, verbs: frozenset[str]) -> None:
        self.nlp = nlp
        self.verbs = verbs

    def __call__(self, doc: Doc) -> Doc:
        budget = MAX_REREADS
        for sent in list(doc.sents):
            if sent.root.pos_ in ("VERB", "AUX") or len(sent) < 3:
                continue
            # Only the first: a headline's verb follows its subject, and a
            # later word read as the verb ("forces repel Taliban attack")
            # would take the object for the subject.
            first = next(iter(candidates(sent, self.verbs)), None)
            if first is None:
                continue
            if budget == 0:
                return doc
            budget -= 1
            token, lemma = first
            reread = self.reread(sent, token, lemma)
            if reread is not None:
                self.apply(doc, sent, reread, token, lemma)
        return doc

    def reread(self, sent: Span, token: Token, lemma: str) -> Doc | None:
        """The sentence parsed with `token` in the past tense, when that makes
        it the root verb; else None."""
        words = [t.text for t in sent]
        words[token.i - sent.start] = past_tense(lemma)
        variant = Doc(self.nlp.vocab, words=words, spaces=[bool(t.whitespace_) for t in sent])
        for name, pipe in self.nlp.pipeline:
            if name in PARSING_PIPES:
                variant = pipe(variant)
        verb = variant[token.i - sent.start]
        return variant if verb.dep_ == "ROOT" and verb.pos_ == "VERB" else None

    def apply(self, doc: Doc, sent: Span, reread: Doc, token: Token, lemma: str) -> None:
        """Copy the re-read parse into the sentence; undo it if sentence
        boundaries would move."""
        attrs = [HEAD, DEP, POS, TAG, MORPH, SENT_START]
        saved = doc.to_array(attrs)
        bounds = [(s.start, s.end) for s in doc.sents]
        start = sent.start
        for k, new in enumerate(reread):
            old = doc[start + k]
            old.tag_, old.pos_, old.dep_ = new.tag_, new.pos_, new.dep_
        for k, new in enumerate(reread):
            doc[start + k].head = doc[start + new.head.i]
        token.tag_ = "VBZ" if token.lower_ != lemma else "VBP"
        token.set_morph("Tense=Pres|VerbForm=Fin")
        token.lemma_ = lemma
        if [(s.start, s.end) for s in doc.sents] != bounds:
            doc.from_array(attrs, saved)
