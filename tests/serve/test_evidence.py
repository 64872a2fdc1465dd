"""Highlight spans and the claim chain, from hand-built records."""

from eventwire.serve.evidence import claim_chain, highlights

from .fixtures import panjshir_record, tbilisi_record


def test_highlights_point_at_their_words():
    record = panjshir_record()
    text = record.article.text
    found = {h["kind"]: text[h["start"]:h["end"]] for h in highlights(record, record.events[0])}
    assert found == {
        "evidence": record.events[0].evidence.text, "trigger": "attacked", "source": "Taliban fighters",
        "target": "National Resistance Front", "place": "Panjshir", "date": "on Wednesday",
        "quote": "They came at dawn with heavy weapons,", "speaker": "the source",
    }


def test_spans_with_wrong_offsets_are_left_out():
    record = tbilisi_record()
    event = record.events[0]
    event.trigger = event.trigger.model_copy(update={"start": 0, "end": 9})  # "TBILISI, " != "protested"
    kinds = [h["kind"] for h in highlights(record, event)]
    assert "trigger" not in kinds and "evidence" in kinds


def test_highlights_are_ordered_widest_first():
    record = panjshir_record()
    spans = highlights(record, record.events[0])
    assert [(s["start"], -s["end"]) for s in spans] == sorted((s["start"], -s["end"]) for s in spans)


def test_claim_chain_runs_from_speaker_to_publisher():
    record = panjshir_record()
    chain = claim_chain(record, record.events[0])
    assert [c["role"] for c in chain] == ["speaker", "via", "publisher"]
    assert chain[0]["text"] == "They came at dawn with heavy weapons," and "anonymous" in chain[0]["label"]
    assert chain[2]["name"] == "TASS"


def test_unattributed_event_has_only_the_publisher():
    record = tbilisi_record()
    record.events[0].attribution = record.events[0].attribution.model_copy(update={"speaker": None})
    assert [c["role"] for c in claim_chain(record, record.events[0])] == ["publisher"]
