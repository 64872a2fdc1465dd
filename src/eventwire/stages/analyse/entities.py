"""Gazetteer-aware place entities, run after the statistical NER.

The small English model knows Western place names well and non-Western ones
badly: in the founding article it calls Panjshir an ORG and Charikar a
PERSON. `eventwire_gazetteer_ner` looks every capitalised name up in the
offline gazetteer and, where the evidence is good, relabels the model's
entity as GPE (or LOC) or adds the place the model missed. Everything else
the model found is kept.

How a name is judged (every rule is data below, so tuning is a data change):

1. *Name*: up to `max_tokens` title-case or all-caps tokens, `CONNECTORS`
   allowed inside ("Democratic Republic of the Congo", "Sar-e Pul"), that
   the gazetteer knows; the longest wins. A title-case `NAME_SUFFIXES` word
   joins it ("Parwan Province" GPE, "Panjshir Valley" LOC).
2. *Model entities*: a bigger entity, or a date or number, over the name
   wins. A place entity inside it is grown to the whole name. Otherwise the
   model's labels put the name in a group: "missed", "other" (ORG, FAC...),
   "norp", "person" (one word) or "person-name" (several words).
3. *Strength* of the name itself: "country", "admin1", "medium" (lower
   admin areas, places of `min_population` or more) or "small".
4. *Vetoes*: a title, a kin word or a given name before ("President X",
   "son X", "Fahim X"); a word of a multi-word PERSON elsewhere ("Mansoor");
   for a PERSON span, a speech verb or role after ("X said", "X, a
   commander"); a number beside it ("a 2004 Honda"); an adjective ("the
   Saudi city"); a longer capitalised name around it ("Kabul University").
5. *Cue needed*: `NEEDS_CUE[group, strength]`, raised to "strong" for one
   common word ("Police", "Split", "Nice", "Of", "Said"), acronym-like
   capitals, a name that is a one-word PERSON or speaks elsewhere ("Obama
   said"), the first word of an organisation elsewhere ("Wells Fargo"), or
   a lone word after "the" ("the Alliance").
6. *Cue found* (`place_cue`): strong ones name a kind of place ("province of
   X", "X district", "the capital X", "northern X", "X, a town in",
   datelines "HERAT, March 3" / "Goma (AFP)"); weak ones are prepositions
   ("in X", "from X"). A name that is a place elsewhere in the text carries
   that over ("discourse"): strong for real towns, weak for hamlets.

A word is common when it is a stop word, in `COMMON_WORDS`, a title, an
English verb, adjective or adverb in the model's lemmatizer tables (its
noun list has "kabul" and "paris" too), or written lower-case elsewhere in
the same text.

One general PERSON fix is made too: an ORG-like entity of two or three
title-case words that starts with a known given name and is followed by a
speech verb or a role ("Fahim Dashti, a spokesman, denied it", "Hamid Karzai
said"), or follows a title, becomes PERSON.
"""

from __future__ import annotations

import re
from typing import Iterable, NamedTuple

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from .gazetteer import Candidate, Gazetteer, fold_name, load_gazetteer

# -- rules as data ---------------------------------------------------------

PLACE_LABELS = frozenset({"GPE", "LOC"})
PLURAL_CAPITALS = re.compile(r"^[A-Z]{2,}s$")
# Numeric and time entities are never turned into places ("August", "May").
PROTECTED_LABELS = frozenset(
    {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"}
)
# Lower-case words allowed inside a name ("Democratic Republic of the Congo",
# "Deir al-Zor", "Sar-e Pul", "Bosnia and Herzegovina").
CONNECTORS = frozenset(
    "al el ad ar as ash at az ath ed en es ul de del della der di da do dos das "
    "du des la le les los las van von den of the and e i y on upon sur bin ibn "
    "- ' ’".split()
)
# Title-case words that extend a name into the entity, with the label the
# whole takes ("Parwan Province" GPE, "Panjshir Valley" LOC). "State" and
# "City" are left out: "Ohio State" is a university, "Kabul City" rare.
NAME_SUFFIXES = {
    "Province": "GPE", "District": "GPE", "Governorate": "GPE", "County": "GPE",
    "Region": "GPE", "Prefecture": "GPE", "Municipality": "GPE", "Oblast": "GPE",
    "Valley": "LOC", "River": "LOC", "Mountains": "LOC", "Desert": "LOC",
}
# Nouns for a kind of place; "<noun> of X" and "X <noun>" are strong cues.
PLACE_NOUNS = frozenset(
    "province provinces city town towns village villages district districts "
    "region governorate county prefecture municipality state capital outskirts "
    "suburb suburbs area valley border airport frontier camp port township "
    "enclave neighbourhood neighborhood locality settlement hamlet commune "
    "mountain mountains island "
    "north south east west northeast northwest southeast southwest".split()
)
# Nouns before "of X" that make X a place: the place nouns and a few more.
PLACE_NOUNS_OF = PLACE_NOUNS | frozenset(
    "governor governors mayor residents inhabitants parts streets".split()
)
# Nouns right before a name, with no "of" ("the regional capital Bahir Dar").
PLACE_NOUNS_BEFORE = frozenset("capital city town village province district township".split())
# Longer place phrases after a name ("Marte local government area").
PLACE_PHRASES_AFTER = (
    ("local", "government", "area"), ("local", "government"), ("refugee", "camp"),
    ("state", "capital"), ("provincial", "capital"), ("city", "centre"),
)
# Adjectives right before a name that make it a place ("northern Panjshir").
PLACE_ADJECTIVES = frozenset(
    "northern southern eastern western central northeastern northwestern "
    "southeastern southwestern neighbouring neighboring restive "
    "north-eastern north-western south-eastern south-western".split()
)
# Prepositions right before a name: weak cues ("in X", "from Andarab").
# "at" is left out ("at Reuters"), and "to" counts only after a verb of
# motion ("fled to X", not "according to X", "spoke to X").
PLACE_PREPOSITIONS = frozenset(
    "in into from near outside inside across around toward towards via "
    "throughout".split()
)
MOTION_VERBS = frozenset(
    "go come travel fly move send return flee head deploy drive march transfer "
    "deport evacuate relocate retreat advance withdraw spread extend expand "
    "airlift take bring escape".split()
)
# Words joining two names; "X and Y" with Y a place makes X one (weak).
# Not the comma: "Ann, Clarence, Ruth" lists people as often as places.
COORDINATORS = frozenset({"and", "or"})
# "X, a largely rural region", "X, the capital of ...": an apposition whose
# head (within `APPOSITION_WORDS` words of these tags) is a place noun.
APPOSITION_WORDS = 4
APPOSITION_TAGS = frozenset({"DT", "JJ", "JJR", "JJS", "RB", "RBS", "NN", "NNS", "VBN", "VBG"})
# A dateline: the name opens a line, then "(" ("Goma (AFP)"), or one of
# these followed by a date or capitals ("HERAT, March 3", "JUBA, SOUTH").
DATELINE_NEXT = frozenset({",", "-", "–", "—"})
MONTHS = frozenset(
    "january february march april may june july august september october "
    "november december jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())

# The cue each kind of span needs, by (group, strength): None (the name's
# own kind is enough), "weak" (any cue: a preposition, or the same name
# being a place elsewhere in the text), "strong" (a place noun, an
# apposition or a dateline) or "never". Groups: "missed" (the model found
# nothing), "other" (ORG, FAC, PRODUCT, ...), "norp" and "person".
# Towns share their names with surnames and brands ("Lincoln", "Toyota",
# "Peabody"), so below admin-1 level a name always needs some cue.
NEEDS_CUE = {
    ("missed", "country"): None, ("missed", "admin1"): None,
    ("missed", "medium"): "weak", ("missed", "small"): "weak",
    ("other", "country"): None, ("other", "admin1"): None,
    ("other", "medium"): "weak", ("other", "small"): "strong",
    # "Afghan", "Arab": a nationality the model got right, unless the
    # name is a real admin area or city.
    ("norp", "country"): None, ("norp", "admin1"): None,
    ("norp", "medium"): "weak", ("norp", "small"): "never",
    # The model's one-word PERSON stands unless the name is a country or a
    # strong cue says otherwise ("the town of Charikar"). A PERSON of
    # several words that is a whole place name ("Khyber Pakhtunkhwa",
    # "Bahir Dar") is a likelier mistake: "person-name".
    ("person", "country"): None, ("person", "admin1"): "strong",
    ("person", "medium"): "strong", ("person", "small"): "strong",
    ("person-name", "country"): None, ("person-name", "admin1"): None,
    ("person-name", "medium"): "weak", ("person-name", "small"): "strong",
}
CUE_RANK = {None: 0, "weak": 1, "strong": 2, "never": 3}

# Titles before a name that make it a person's.
PERSON_TITLES = frozenset(
    "mr mr. mrs mrs. ms ms. dr dr. president vice prime minister gen gen. general "
    "col col. colonel lt lt. lieutenant maj major capt captain sgt sen sen. "
    "senator rep rep. gov gov. governor mayor commander chief judge justice "
    "king queen prince princess sheikh shaikh mullah maulvi mawlawi imam "
    "ayatollah pope cardinal bishop father sister brother spokesman spokeswoman "
    "spokesperson secretary ambassador envoy chairman chairwoman director "
    "professor prof prof. lawyer journalist activist mister madam sir lord lady "
    "haji hajji emir sultan sens reps "
    # a court case: "Plessy v. Ferguson"
    "v v. vs vs. versus "
    # kin: "son Adrian", "wife Victoria"
    "son daughter wife husband brother sister father mother uncle aunt "
    "nephew niece cousin grandson granddaughter".split()
)
SPEECH_VERBS = frozenset(
    "said says told added stated tweeted wrote noted claimed asked argued "
    "insisted explained announced warned urged confirmed denied recalled".split()
)
# Roles in an apposition after a person's name ("X, spokesman for ...").
ROLE_NOUNS = frozenset(
    "spokesman spokeswoman spokesperson commander leader chief head minister "
    "president director governor official adviser advisor deputy secretary "
    "ambassador envoy lawmaker senator general founder chairman chairwoman "
    "analyst professor expert journalist activist member son daughter wife "
    "husband brother sister father mother".split()
)
# Words that make a span an organisation, never a person.
ORG_WORDS = frozenset(
    "Front Party Movement Army Forces Force Council Ministry Committee Union "
    "Organization Organisation Agency Group Brigade Brigades Corps Police "
    "Court Bank Company Corporation University Institute Foundation Network "
    "Alliance Coalition Commission Office Department Service News Times Post "
    "Press Radio TV Government Authority Association Federation Assembly "
    "Parliament Congress Senate League Club Tribune Herald Journal".split()
)
# Common given names, across the regions the news covers: "<given> X" makes
# X a surname, and starts the "<Given> <Surname> said" PERSON fix. Names
# that are also places ("Jordan", "Victoria", "Austin") are left out.
GIVEN_NAMES = frozenset(
    # Arabic, Persian, Pashto, Urdu, Turkish, Central Asian
    "Abdul Abdullah Abdel Abdelaziz Abdulaziz Abdulrahman Abu Adel Adnan Ahmad "
    "Ahmed Akbar Ali Amin Amir Amrullah Anwar Asad Ashraf Ayman Aziz Bashar "
    "Bilal Ebrahim Fahim Faisal Farid Farhad Fawad Ghulam Gulbuddin "
    "Habib Hafiz Hamid Hamza Hassan Hasan Hussein Hussain Hossein Ibrahim Imran "
    "Ismail Jalal Jamal Javad Javed Karim Khalid Khaled Mahmoud Mahmud Mansour "
    "Masoud Massoud Mehmet Mohammad Mohammed Muhammad Mohamed "
    "Mustafa Nabil Nasser Nawaz Nouri Omar Osama Qasem Rahim Rahmatullah Rashid "
    "Recep Reza Saad Saddam Saeed Sajid Salah Salim Salman Sami Shahid "
    "Sharif Sher Suleiman Tariq Walid Yasser Yousef Youssef Yusuf Zabihullah "
    "Zalmay Zia Ziaur Hamad Khalifa Tamim Abiy Amina Fatima Aisha "
    "Layla Leila Maryam Malala Benazir Shehbaz Asif Bilawal Sirajuddin Haibatullah "
    # Sub-Saharan Africa
    "Bola Muhammadu Goodluck Olusegun Atiku Yoweri Uhuru William Raila Cyril "
    "Jacob Emmerson Robert Paul Felix Denis Salva Riek Hassan Macky Alassane "
    "Laurent Ibrahim Mamadi Assimi Idriss Mahamat Nana Akufo Kwame Kofi Samia "
    "Jakaya Hage Ellen George Joseph Jean Pierre Faustin Emmanuel Abdel Fattah "
    # Europe, the Americas, Oceania
    "John James Michael David Richard Charles Thomas Christopher Daniel Matthew "
    "Anthony Mark Donald Steven Andrew Kenneth Joshua Kevin Brian Edward Ronald "
    "Timothy Jason Jeffrey Ryan Gary Nicholas Eric Stephen Jonathan Larry Justin "
    "Scott Brandon Frank Benjamin Gregory Samuel Raymond Patrick Alexander Jack "
    "Dennis Jerry Tyler Aaron Henry Douglas Peter Adam Nathan Zachary Walter "
    "Kyle Harold Carl Arthur Gerald Roger Keith Jeremy Terry Lawrence Sean "
    "Christian Albert Joe Ethan Jesse Willie Billy Bryan Bruce "
    "Ralph Roy Noah Dylan Eugene Wayne Alan Juan Louis Russell Gabriel Randy "
    "Philip Harry Vincent Bobby Johnny Logan Boris Rishi Keir Liz Theresa "
    "Emmanuel Olaf Angela Friedrich Giorgia Mario Sergio Matteo Pedro Antonio "
    "Marine Nicolas Francois Jacques Volodymyr Vladimir Dmitry Dmitri Sergei "
    "Sergey Alexei Alexey Aleksandr Alexander Mikhail Viktor Andrzej Donald "
    "Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen "
    "Nancy Lisa Betty Margaret Sandra Ashley Kimberly Emily Donna Michelle "
    "Dorothy Carol Amanda Melissa Deborah Stephanie Rebecca Sharon Laura "
    "Cynthia Kathleen Amy Shirley Angela Helen Anna Brenda Pamela Nicole Emma "
    "Samantha Katherine Christine Debra Rachel Catherine Carolyn Janet Ruth "
    "Maria Heather Diane Julie Joyce Olivia Kelly Christina "
    "Lauren Joan Evelyn Judith Megan Cheryl Andrea Hannah Martha Jacqueline "
    "Kamala Hillary Nancy Ursula Kaja Annalena Jose José Luis Carlos Jorge "
    "Gustavo Luiz Inacio Jair Javier Alberto Fernando Ricardo Rafael Manuel "
    "Miguel Nicolas Nicolás Andres Andrés Evo Daniel Gabriel Claudia Dina Xiomara "
    "Nayib Lula Dilma Cristina Alejandro Francisco Diego Ivan Iván Gonzalo "
    "Scott Anthony Jacinda Chris Justin Pierre Joe Barack Bill Hunter Kim "
    # South, South-East and East Asia
    "Narendra Rahul Sonia Amit Arvind Mamata Nitish Yogi Manmohan Atal Imran "
    "Ranil Gotabaya Mahinda Khaleda Rodrigo Ferdinand Bongbong Joko Prabowo "
    "Anwar Mahathir Najib Hun Prayuth Prayut Srettha Thaksin Yingluck Aung Min "
    "Xi Li Wang Shinzo Fumio Yoon Moon Tsai Lai".split()
)
# Common English words that are also places somewhere, which the stop list
# and the lemmatizer tables miss (nouns mostly: WordNet lists "paris" too).
COMMON_WORDS = frozenset(
    "police reading mission union date progress hope man bar victory liberty "
    "independence justice peace unity security defence defense army media home "
    "wall street council parliament court government president minister news "
    "press party front force forces border capital centre center north south "
    "east west health trade energy water power market bank station camp islam "
    "christmas easter ramadan eid god allah university college school church "
    "mosque temple hospital airport district province region republic kingdom "
    "state states city town village valley island sea ocean river lake "
    "mountain mountains desert coast gulf bay day night week year today "
    "tomorrow yesterday english arabic french spanish democrat democrats "
    "republican republicans congress senate house white black red green blue "
    "young old new long little great grand mount saint san santa".split()
) | MONTHS | WEEKDAYS


class EntityFix(NamedTuple):
    """One change to `doc.ents`: the tokens [start, end) get `label`.

    `rule` says why ("relabel ORG: admin1", "add: medium+cue in"), for
    debugging and for measuring each rule's precision.
    """

    start: int
    end: int
    label: str
    rule: str


class NameMatch(NamedTuple):
    """A gazetteer name in the text: tokens [start, end) and its candidates."""

    start: int
    end: int
    candidates: tuple[Candidate, ...]


class Cue(NamedTuple):
    """A place cue found around a name; `strong` when it names a place kind."""

    text: str
    strong: bool


# -- the component ----------------------------------------------------------


@Language.factory(
    "eventwire_gazetteer_ner",
    assigns=["doc.ents"],
    requires=["doc.ents"],
    default_config={
        "min_population": 15000,
        "max_tokens": 6,
        "fix_persons": True,
        "cache_dir": None,
    },
)
def make_gazetteer_ner(
    nlp: Language, name: str, *, min_population: int, max_tokens: int,
    fix_persons: bool, cache_dir: str | None,
) -> GazetteerNER:
    """Factory for `eventwire_gazetteer_ner` (config passed straight through)."""
    return GazetteerNER(
        nlp, name, gazetteer=load_gazetteer(cache_dir), min_population=min_population,
        max_tokens=max_tokens, fix_persons=fix_persons,
    )


class GazetteerNER:
    """Relabels and adds place entities the gazetteer vouches for."""

    def __init__(
        self, nlp: Language, name: str = "eventwire_gazetteer_ner", *,
        gazetteer: Gazetteer, min_population: int = 15000, max_tokens: int = 6,
        fix_persons: bool = True,
    ) -> None:
        """Set up the component.

        Args:
            nlp: The pipeline; its stop words and lemmatizer tables tell
                common words.
            name: The component's name in the pipeline.
            gazetteer: The place-name index.
            min_population: A populated place this big is a place without a
                cue; smaller ones need one.
            max_tokens: The longest name looked up, in tokens.
            fix_persons: Also apply the "<Given> <Surname> said" PERSON fix.
        """
        self.name = name
        self.gazetteer = gazetteer
        self.min_population = min_population
        self.max_tokens = max_tokens
        self.fix_persons = fix_persons
        self.stop_words = frozenset(nlp.Defaults.stop_words)
        self.lexicon = english_lexicon(nlp)

    def __call__(self, doc: Doc) -> Doc:
        """Correct and add place entities in `doc`."""
        self.set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[EntityFix]:
        """Compute the changes to `doc.ents`, without making them.

        Names are judged twice: a name accepted once (or labelled a place by
        the model) is a strong cue for its other mentions ("one sense per
        discourse"), so "the town of Sake" lets "Sake's hospital" through.

        Args:
            doc: A parsed, NER-tagged document.

        Returns:
            Non-overlapping fixes, in text order.
        """
        context = DocContext(doc)
        names = list(find_names(doc, self.gazetteer, self.max_tokens))
        fixes = {name: self.judge(doc, name, context) for name in names}
        context.places |= {context.key(f.start, f.end) for f in fixes.values()
                           if f is not None and f.label in PLACE_LABELS}
        fixes.update({name: self.judge(doc, name, context)
                      for name, fix in fixes.items() if fix is None})
        found = [fix for fix in fixes.values() if fix is not None]
        if self.fix_persons:
            taken = {i for fix in found for i in range(fix.start, fix.end)}
            found += [fix for fix in person_fixes(doc, self.gazetteer)
                      if not taken.intersection(range(fix.start, fix.end))]
        return sorted(found)

    def set_annotations(self, doc: Doc, fixes: Iterable[EntityFix]) -> None:
        """Write the fixes into `doc.ents`; model entities they overlap go.

        Args:
            doc: The document `match` looked at.
            fixes: What `match` returned.
        """
        spans = [Span(doc, fix.start, fix.end, label=fix.label) for fix in fixes]
        if not spans:
            return
        taken = {i for span in spans for i in range(span.start, span.end)}
        kept = [ent for ent in doc.ents if not taken.intersection(range(ent.start, ent.end))]
        doc.ents = filter_spans(spans + kept)

    # -- judging one name ----------------------------------------------------

    def judge(self, doc: Doc, name: NameMatch, context: DocContext) -> EntityFix | None:
        """Decide what, if anything, a gazetteer name becomes.

        Args:
            doc: The document.
            name: The name and its candidates.
            context: Facts about the whole document.

        Returns:
            The fix, or None to leave the model's reading alone.
        """
        start, (end, suffix_label) = name.start, extend_with_suffix(doc, name.end)
        ents = context.entities_in(start, end)
        # The model found something bigger, or a number or date: keep it.
        if any(s < start or e > end or ent.label_ in PROTECTED_LABELS for ent, s, e in ents):
            return None
        labels = {ent.label_ for ent, _, _ in ents}
        if labels and labels <= PLACE_LABELS:
            if not stands_alone(doc, start, end, tagged=False):
                return None
            return extend_place(ents, start, end, suffix_label)
        group = span_group(labels, end - start)
        strength = self.strength(name.candidates)
        if self.vetoed(doc, start, end, group, strength, context):
            return None
        if strength in ("medium", "small") or group == "missed":
            if not stands_alone(doc, start, end, tagged=group == "missed"):
                return None
        need = self.cue_needed(doc, start, end, group, strength, context)
        cue = place_cue(doc, start, end, suffix_label) or discourse_cue(
            context.key(start, end), strength, context)
        if CUE_RANK[cue_strength(cue)] < CUE_RANK[need]:
            return None
        action = "add" if group == "missed" else "relabel " + "/".join(sorted(labels))
        how = f"+{cue.text}" if cue else ""
        rule = f"{action}: {strength}{how}"
        return EntityFix(with_article(ents, start), end, suffix_label or "GPE", rule)

    def strength(self, candidates: tuple[Candidate, ...]) -> str:
        """How much a name's own kind vouches for it being a place.

        Returns:
            "country", "admin1", "medium" (lower admin levels or a place of
            `min_population`+) or "small".
        """
        features = {c.feature for c in candidates}
        if features & {"PCLI", "PCLH"}:
            return "country"
        if "ADM1" in features:
            return "admin1"
        if any(c.is_admin or (c.population or 0) >= self.min_population for c in candidates):
            return "medium"
        return "small"

    def cue_needed(self, doc: Doc, start: int, end: int, group: str, strength: str,
                   context: DocContext) -> str | None:
        """The cue a name needs (`NEEDS_CUE`), raised for doubtful names.

        A strong cue is needed by a single common word or acronym-like
        capitals ("Police", "NATO"; a weak one for a country), a name the text treats as a person
        elsewhere ("Obama said"; countries exempt), the first word of an
        organisation elsewhere ("Wells Fargo"), and a lone word after "the"
        ("the Alliance"); admin-1 names are exempt from the last two.
        """
        need = NEEDS_CUE[group, strength]
        if need == "never":
            return need
        key = context.key(start, end)
        one_word = end - start == 1
        if one_word and (self.is_common(doc[start], context) or acronym(doc[start], strength)):
            # "Chad", "Turkey", "Japan": countries need only a weak cue.
            return "strong" if strength != "country" else "weak"
        if key in context.persons | context.speakers and strength != "country":
            # A dateline parsed as the subject of "said" must not sink Kunduz.
            return "weak" if strength == "admin1" and need is None else "strong"
        minor = strength in ("medium", "small")
        if minor and key in context.organisations:
            return "strong"
        if minor and one_word and start > 0 and doc[start - 1].lower_ == "the":
            return "strong"
        return need

    def vetoed(self, doc: Doc, start: int, end: int, group: str, strength: str,
               context: DocContext) -> bool:
        """Whether something says the name is a person's or an adjective."""
        before = doc[start - 1] if start > 0 else None
        if before is not None and (before.lower_ in PERSON_TITLES or before.text in GIVEN_NAMES):
            return True
        # Part of a person the model named ("Mansoor" after "Abdul Hafiz
        # Mansoor"); countries are exempt ("Jordan Bardella").
        if strength != "country" and context.key(start, end) in context.person_parts:
            return True
        if group.startswith("person") and person_follows(doc, end):
            return True
        # "a 2004 Honda", "Gate 2": a model, product or room, not a place.
        after = doc[end] if end < len(doc) else None
        numbered = any(t is not None and t.like_num for t in (before, after))
        if strength in ("medium", "small") and numbered:
            return True
        # "the Saudi city of Jeddah": an adjective, however place-like.
        last = doc[end - 1]
        return end - start == 1 and last.tag_ == "JJ" and last.lower_ in self.lexicon

    def is_common(self, token: Token, context: DocContext) -> bool:
        """Whether a single token is an everyday English word."""
        lower = token.lower_
        singular = lower[:-1] if lower.endswith("s") else lower
        return (
            len(lower) < 3 or lower in self.stop_words or lower in PERSON_TITLES
            or lower in COMMON_WORDS or singular in COMMON_WORDS
            or lower in self.lexicon or lower in context.lower_words
            or ing_form(lower, self.lexicon)
        )


def span_group(labels: set[str], length: int) -> str:
    """The `NEEDS_CUE` group of a name from the model labels it overlaps."""
    if not labels:
        return "missed"
    if "PERSON" in labels:
        return "person" if length == 1 else "person-name"
    return "norp" if labels == {"NORP"} else "other"


def acronym(token: Token, strength: str) -> bool:
    """Short capitals that read as an acronym ("NATO", "VARA", "(MOCA)").

    Admin-1 names in capitals ("KABUL") count only in parentheses, where an
    acronym is being defined.
    """
    if not token.is_upper or len(token.text) > 5:
        return False
    doc, i = token.doc, token.i
    bracketed = 0 < i < len(doc) - 1 and doc[i - 1].text == "(" and doc[i + 1].text == ")"
    return bracketed or strength not in ("country", "admin1")


def discourse_cue(key: str, strength: str, context: DocContext) -> Cue | None:
    """One sense per discourse: the name is a place elsewhere in the text.

    Strong for a real town or larger, weak for a hamlet-sized match; none
    when the text also has the name speak or lead an organisation.
    """
    if key not in context.places or key in context.speakers | context.organisations:
        return None
    return Cue("discourse", strength != "small")


def cue_strength(cue: Cue | None) -> str | None:
    """"strong", "weak" or None, to compare with a `NEEDS_CUE` value."""
    if cue is None:
        return None
    return "strong" if cue.strong else "weak"


def stands_alone(doc: Doc, start: int, end: int, *, tagged: bool) -> bool:
    """Whether a name is a name of its own, not part of a longer one.

    Not when capitalised words run on ("Kabul University", "Jeep Cherokee",
    "Toyota Corolla", "Queens of the Stone Age"); with `tagged`, not a
    single token the tagger does not take for a proper noun ("Police said").
    """
    if start > 0 and continues_name(doc[start - 1], before=True):
        return False
    if end < len(doc) and continues_name(doc[end], before=False):
        return False
    following = [t for t in doc[end:end + 3] if t.lower_ != "the"]
    of_name = len(following) > 1 and following[0].lower_ in {"of", "de", "del"}
    if of_name and name_like(following[1]):
        return False
    if tagged and end - start == 1 and doc.has_annotation("TAG"):
        return doc[start].tag_ in {"NNP", "NNPS"}
    return True


def extend_place(ents: list[tuple[Span, int, int]], start: int, end: int,
                 suffix_label: str | None) -> EntityFix | None:
    """Grow the model's place entity to the whole name, or trim its tail
    ("Logar Province -"); None when it already covers just the name."""
    ent = ents[0][0]
    start = with_article(ents, start)
    if len(ents) == 1 and (ent.start, ent.end) == (start, end):
        return None
    return EntityFix(start, end, suffix_label or ent.label_, f"extend {ent.label_}")


def with_article(ents: list[tuple[Span, int, int]], start: int) -> int:
    """Where a fix starts: at the model's leading "the", if it had one."""
    return min([start] + [ent.start for ent, _, _ in ents if ent[0].lower_ == "the"])


class DocContext:
    """Per-document facts the rules share: entities by token, who acts."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.entity_at: list[Span | None] = [None] * len(doc)
        # An entity run across a line break ("Sinjar\n\nVehicle", a headline
        # into the byline) is broken: it neither blocks a name nor informs.
        ents = [ent for ent in doc.ents if "\n" not in ent.text]
        for ent in ents:
            for i in range(ent.start, ent.end):
                self.entity_at[i] = ent
        persons = [ent for ent in ents if ent.label_ == "PERSON"]
        # First and last words of multi-word persons: "Mansoor", "Abdul".
        self.person_parts = {fold_name(ent[i].text) for ent in persons if len(ent) > 1
                             for i in (0, -1)}
        # One-word persons ("Obama", if often "Goma" too) and names that
        # speak ("Peabody said").
        self.persons = {fold_name(ent.text) for ent in persons if len(ent) == 1}
        self.speakers = {fold_name(ent.text) for ent in ents if speaks(ent[-1])}
        self.speakers |= {fold_name(t.text) for t in doc if not t.ent_type_ and speaks(t)}
        # First words of longer organisations, and agency credits "(Xinhua)".
        self.organisations = {fold_name(ent[0].text) for ent in ents
                              if ent.label_ == "ORG" and len(ent) > 1}
        self.organisations |= {fold_name(doc[i].text) for i in range(2, len(doc) - 1)
                               if doc[i - 1].text == "(" and doc[i + 1].text == ")"
                               and doc[i - 2].like_num}
        self.places = {fold_name(ent.text) for ent in ents if ent.label_ in PLACE_LABELS}
        # Words written in lower case somewhere: "police" makes "Police" common.
        self.lower_words = {t.text for t in doc if t.is_lower}

    def key(self, start: int, end: int) -> str:
        """The folded text of tokens [start, end)."""
        return fold_name(self.doc[start:end].text)

    def entities_in(self, start: int, end: int) -> list[tuple[Span, int, int]]:
        """Model entities overlapping [start, end), with their token bounds
        trimmed of edge punctuation ("Logar Province -")."""
        seen: dict[tuple[int, int], tuple[Span, int, int]] = {}
        for ent in self.entity_at[start:end]:
            if ent is not None and (ent.start, ent.end) not in seen:
                seen[ent.start, ent.end] = (ent, *trimmed_bounds(ent))
        return list(seen.values())


def trimmed_bounds(ent: Span) -> tuple[int, int]:
    """Token bounds of an entity without edge punctuation, spaces or "the"."""
    start, end = ent.start, ent.end
    doc = ent.doc
    while start < end - 1 and (doc[start].is_punct or doc[start].is_space
                               or doc[start].lower_ == "the"):
        start += 1
    while end - 1 > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return start, end


# -- finding names ---------------------------------------------------------


def find_names(doc: Doc, gazetteer: Gazetteer, max_tokens: int) -> Iterable[NameMatch]:
    """Every gazetteer name in `doc`, longest first, left to right.

    Args:
        doc: The document.
        gazetteer: The place-name index.
        max_tokens: The longest name tried, in tokens.

    Yields:
        Non-overlapping names.
    """
    i = 0
    while i < len(doc):
        found = longest_name(doc, i, gazetteer, max_tokens) if starts_name(doc[i]) else None
        if found is None:
            i += 1
            continue
        yield found
        i = found.end


def longest_name(doc: Doc, start: int, gazetteer: Gazetteer, max_tokens: int) -> NameMatch | None:
    """The longest gazetteer name starting at token `start`, if any.

    A name may open with short capitals only if it is longer ("DR Congo").
    """
    best = None
    shortest = start + 1 if name_like(doc[start]) or opens_dateline(doc[start]) else start + 2
    for end in range(shortest, min(len(doc), start + max_tokens) + 1):
        token = doc[end - 1]
        if end - 1 > start and (token.is_sent_start or not inside_name(token)):
            break
        if not name_like(token):
            continue
        candidates = gazetteer.lookup_key(fold_name(doc[start:end].text))
        if candidates:
            best = NameMatch(start, end, candidates)
    return best


def name_like(token: Token) -> bool:
    """A title-case or all-caps word; short all-caps words are acronyms."""
    text = token.text
    if not text[:1].isupper() or not any(ch.isalpha() for ch in text):
        return False
    if PLURAL_CAPITALS.match(text):  # "NGOs", "MPs"
        return False
    return not (token.is_upper and len(text) <= 3)


def starts_name(token: Token) -> bool:
    """Whether a name may start here: a name word or short capitals ("DR")."""
    return name_like(token) or (token.is_upper and token.is_alpha)


def opens_dateline(token: Token) -> bool:
    """Short capitals opening a line before "," or "(" ("GAO, Mali (AP)")."""
    doc, i = token.doc, token.i
    opens_line = i == 0 or "\n" in doc[i - 1].whitespace_ or doc[i - 1].is_space
    return opens_line and i + 1 < len(doc) and doc[i + 1].text in {",", "("}


def inside_name(token: Token) -> bool:
    """Whether a token may continue a name (a name word or a connector)."""
    if token.is_space or "\n" in token.text:
        return False
    return name_like(token) or token.lower_ in CONNECTORS


def continues_name(token: Token, *, before: bool) -> bool:
    """Whether a neighbouring token makes a name part of a longer one."""
    if not name_like(token) or token.text in NAME_SUFFIXES:
        return False
    lower = token.lower_
    if lower in MONTHS or lower in WEEKDAYS:
        return False
    # "In Kabul": a capitalised function word opening the sentence.
    if before and token.is_sent_start and (token.is_stop or lower in PLACE_PREPOSITIONS):
        return False
    return True


def extend_with_suffix(doc: Doc, end: int) -> tuple[int, str | None]:
    """Take in a title-case feature word after a name ("Parwan Province").

    Returns:
        The new end and the label the suffix gives, or (end, None).
    """
    if end < len(doc) and doc[end].text in NAME_SUFFIXES:
        return end + 1, NAME_SUFFIXES[doc[end].text]
    return end, None


# -- cues --------------------------------------------------------------------


def place_cue(doc: Doc, start: int, end: int, suffix_label: str | None) -> Cue | None:
    """The place cue around tokens [start, end), strongest first."""
    if suffix_label is not None:
        return Cue(doc[end - 1].lower_, True)
    before = [t.lower_ for t in doc[max(0, start - 3):start]]
    if before[-1:] == ["the"]:
        before = before[:-1]
    if before[-2:-1] and before[-1] == "of" and before[-2] in PLACE_NOUNS_OF:
        return Cue(f"{before[-2]} of", True)
    if before and before[-1] in PLACE_ADJECTIVES:
        return Cue(before[-1], True)
    # "the capital Sanaa", "the capital, Lima", "the town Pigi"
    noun = before[:-1] if before[-1:] == [","] else before
    if noun and noun[-1] in PLACE_NOUNS_BEFORE:
        return Cue(noun[-1], True)
    if end < len(doc) and doc[end].lower_ in PLACE_NOUNS and doc[end].is_lower:
        return Cue(doc[end].lower_, True)
    after = tuple(t.lower_ for t in doc[end:end + 3])
    if any(after[:len(phrase)] == phrase for phrase in PLACE_PHRASES_AFTER):
        return Cue(" ".join(after), True)
    if is_apposition(doc, end):
        return Cue("apposition", True)
    if is_dateline(doc, start, end):
        return Cue("dateline", True)
    if before and before[-1] in PLACE_PREPOSITIONS:
        return Cue(before[-1], False)
    if before and before[-1] == "to" and after_motion_verb(doc[start - 1]):
        return Cue("to", False)
    if coordinated_with_place(doc, start, end):
        return Cue("coordination", False)
    return None


def after_motion_verb(to: Token) -> bool:
    """Whether "to" hangs off a verb of motion ("sent to", "fled to")."""
    return to.doc.has_annotation("DEP") and to.head.lemma_ in MOTION_VERBS


def coordinated_with_place(doc: Doc, start: int, end: int) -> bool:
    """"Zaranj and X", "X and Zaranj": a conjunct the model calls a place."""
    neighbours = ((start - 1, start - 2), (end, end + 1))
    return any(
        0 <= joint < len(doc) and 0 <= other < len(doc)
        and doc[joint].lower_ in COORDINATORS and doc[other].ent_type_ in PLACE_LABELS
        for joint, other in neighbours
    )


def is_apposition(doc: Doc, end: int) -> bool:
    """", a largely rural region", ", the capital of": a place noun heads it."""
    if end >= len(doc) or doc[end].text != ",":
        return False
    tagged = doc.has_annotation("TAG")
    for token in doc[end + 1:end + 1 + APPOSITION_WORDS]:
        if token.lower_ in PLACE_NOUNS:
            return True
        if not token.is_lower or (token.tag_ not in APPOSITION_TAGS if tagged else token.is_stop):
            return False
    return False


def is_dateline(doc: Doc, start: int, end: int) -> bool:
    """Whether the name opens a line as a dateline does.

    "HERAT, March 3", "Goma (AFP)", "JUBA, SOUTH SUDAN —", "Kabul, Oct. 3".
    """
    opens_line = start == 0 or "\n" in doc[start - 1].whitespace_ or doc[start - 1].is_space
    if not opens_line or end + 1 >= len(doc):
        return False
    following, then = doc[end], doc[end + 1]
    if following.text == "(":
        return True
    if following.text not in DATELINE_NEXT:
        return False
    capitals = all(t.is_upper for t in doc[start:end] if t.is_alpha)
    return capitals or then.lower_.rstrip(".") in MONTHS


def speaks(token: Token) -> bool:
    """Whether a name's last word is the subject of a speech verb.

    "Peabody said" speaks; "an official in Kunduz told reporters" does not.
    Without a parse, the verb must follow and no preposition precede.
    """
    doc = token.doc
    if doc.has_annotation("DEP"):
        return token.dep_ in {"nsubj", "nsubjpass"} and token.head.lower_ in SPEECH_VERBS
    before = doc[token.i - 1].lower_ if token.i > 0 else ""
    after = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
    return after in SPEECH_VERBS and before not in PLACE_PREPOSITIONS | {"of", "at", "to"}


def person_follows(doc: Doc, end: int) -> bool:
    """A name that speaks, or has a role apposition ("X, a commander")."""
    if speaks(doc[end - 1]):
        return True
    after = [t.lower_ for t in doc[end:end + 4]]
    if after[:1] == [","]:
        rest = [w for w in after[1:] if w not in {"a", "an", "the", "senior", "top", "former"}]
        return bool(rest) and rest[0] in ROLE_NOUNS
    return False


def person_fixes(doc: Doc, gazetteer: Gazetteer) -> list[EntityFix]:
    """ORG-like "<Given> <Surname>" entities that act as persons become PERSON.

    Only where the text says so: a speech verb or a role follows, or a title
    precedes. The whole span must not be a place name.
    """
    fixes = []
    for ent in doc.ents:
        if ent.label_ in PLACE_LABELS or ent.label_ in PROTECTED_LABELS or ent.label_ == "PERSON":
            continue
        words = [t.text for t in ent]
        if not 2 <= len(words) <= 3 or words[0] not in GIVEN_NAMES:
            continue
        if not all(t.is_title and t.is_alpha for t in ent) or ORG_WORDS.intersection(words):
            continue
        if gazetteer.lookup(ent.text):
            continue
        titled = ent.start > 0 and doc[ent.start - 1].lower_ in PERSON_TITLES
        if titled or person_follows(doc, ent.end):
            fixes.append(EntityFix(ent.start, ent.end, "PERSON", f"person: was {ent.label_}"))
    return fixes


# -- common words --------------------------------------------------------------


def english_lexicon(nlp: Language) -> frozenset[str]:
    """English verbs, adjectives and adverbs from the lemmatizer's tables.

    Nouns are left out: WordNet's noun list has "kabul" and "paris" too.
    A pipeline without a rule lemmatizer gives an empty set.
    """
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    index = lookups.get_table("lemma_index")
    words: set[str] = set()
    for pos in ("verb", "adj", "adv"):
        words.update(index.get(pos, ()))
    return frozenset(words)


def ing_form(word: str, lexicon: frozenset[str]) -> bool:
    """Whether `word` is the -ing form of a verb ("reading", "running")."""
    if not word.endswith("ing") or len(word) < 6:
        return False
    stem = word[:-3]
    doubled = stem[-1:] == stem[-2:-1]  # "running" -> "run"
    return stem in lexicon or stem + "e" in lexicon or (doubled and stem[:-1] in lexicon)
