"""Direct, split, multi-sentence and partial quotes (stages/attribution/quotes.py)."""

from __future__ import annotations

from eventwire.stages.attribution.quotes import find_quoted

from .conftest import only


def quoted(text: str) -> list[str]:
    return [text[q.start:q.end] for q in find_quoted(text)]


def test_pairs_straight_and_curly_marks():
    assert quoted('"Hold the line," he said. \u201cThen move.\u201d') == ["Hold the line,", "Then move."]


def test_two_apostrophes_are_a_quotation_mark():
    assert quoted("''We are ready,'' the colonel said.") == ["We are ready,"]


def test_a_quote_runs_on_into_a_paragraph_that_reopens_it():
    text = '"The first column left at dawn.\n\n"The second one never arrived," he said.'
    assert quoted(text) == ['The first column left at dawn.\n\n"The second one never arrived,']


def test_an_unclosed_quote_ends_with_its_paragraph():
    text = 'He wrote "we will stay here\n\nThe town was quiet on Friday.'
    assert quoted(text) == ["we will stay here"]


def test_a_stray_mark_does_not_swallow_the_text():
    text = 'A "stray mark here. Later, "Hold on," she said.'
    assert quoted(text) == ["Hold on,"]


def test_direct_quote_with_trailing_cue(extract):
    record = extract('"The convoy was hit at dawn," the governor said.')
    quote = only(record, direct=True)
    assert quote.content.text == "The convoy was hit at dawn,"
    assert (quote.speaker.text, quote.cue.text) == ("the governor", "said")
    assert not quote.partial


def test_inverted_cue_with_named_speaker(extract):
    record = extract('"We have no fuel left," said Omar Haddad, a doctor at the clinic.')
    quote = only(record, direct=True)
    assert quote.speaker.text.startswith("Omar Haddad")
    assert quote.content.text == "We have no fuel left,"


def test_split_quote_is_one_quote(extract):
    text = '"The road is closed," the commander said, "and it will stay closed until Friday."'
    quote = only(extract(text), direct=True)
    assert quote.content.text.startswith("The road is closed")
    assert quote.content.text.endswith("until Friday.")
    assert quote.speaker.text == "the commander"


def test_multi_sentence_quote(extract):
    text = '"The first shells fell at noon. The second wave came at night," he said.'
    quote = only(extract(text), direct=True)
    assert quote.content.text == "The first shells fell at noon. The second wave came at night,"


def test_quote_after_a_colon(extract):
    quote = only(extract('The minister told reporters: "We will not negotiate with them."'),
                 direct=True)
    assert quote.content.text == "We will not negotiate with them."
    assert quote.speaker.text == "The minister"
    assert quote.via is None  # reporters are no outlet


def test_partial_quote_inside_reported_speech(extract):
    record = extract('The spokesman said the offensive was "a grave mistake" by the army.')
    partial = only(record, partial=True)
    assert partial.content.text == "a grave mistake"
    assert partial.direct and partial.speaker.text == "The spokesman"
    reported = only(record, direct=False)
    assert reported.content.start <= partial.content.start < reported.content.end


def test_scare_quotes_in_the_articles_own_voice_are_no_quote(extract):
    assert extract('The so-called "peace plan" was published on Monday.').quotes == []


def test_a_quoted_paragraph_without_cue_continues_the_last_speaker(extract):
    text = ('Colonel Ivan Petrov said the bridge had been mined.\n\n'
            '"Nobody can cross it before the engineers have cleared every span of it."')
    record = extract(text)
    quote = only(record, direct=True)
    assert quote.cue is None
    assert quote.speaker.name == only(record, direct=False).speaker.name


def test_a_quote_signed_with_a_dash(extract):
    quote = only(extract('"We will retake the city." \u2015 Ahmad Shah'), direct=True)
    assert (quote.speaker.text, quote.cue.text) == ("Ahmad Shah", "\u2015")


def test_claims_inside_a_quote_are_the_speakers_words(extract):
    record = extract('"I think the talks have failed," the envoy said.')
    assert [q.cue.text for q in record.quotes] == ["said"]


def test_a_question_quote_with_its_cue_after_it(extract):
    quote = only(extract('"Who gave the order to fire?" the senator demanded.'), direct=True)
    assert quote.content.text == "Who gave the order to fire?"
    assert (quote.speaker.text, quote.cue.text) == ("the senator", "demanded")
