"""`--format plover`: a JSON array of PLOVER event records."""

from __future__ import annotations

import io
import json

from click.testing import CliRunner

from eventwire.cli import cli
from eventwire.core import Eventwire
from eventwire.export.plover import record, write_plover
from eventwire.model import (
    Actor, ActorMention, Article, EventDate, Extraction, InputError, Place, Size, Status,
)

from .test_acled import TEXT, event, extraction

FIELDS = {"id", "date", "enddate", "actor", "recipient", "event", "mode", "context", "quad_code",
          "event_loc", "event_text", "text", "text_info", "size"}


def dump(items) -> list[dict]:
    out = io.StringIO()
    write_plover(items, out)
    return json.loads(out.getvalue())


def test_a_record_has_the_manual_fields():
    (rec,) = dump([extraction(event())])
    assert set(rec) == FIELDS
    assert rec["id"] == "art-1-e1"
    assert (rec["date"], rec["enddate"]) == ("2021-09-06", None)
    assert rec["event"] == ["ASSAULT"]
    assert rec["mode"] == ["firearms"]
    assert rec["context"] is None
    assert rec["quad_code"] == 4
    assert rec["event_text"] == ["attacked"]
    assert rec["text"] == TEXT.split("\n")[0]
    assert rec["size"] == {"dead": 4, "injured": None, "arrested": None, "captured": None,
                           "approximate": False}


def test_actor_and_recipient_are_lists_of_entities():
    (rec,) = dump([extraction(event())])
    (actor,) = rec["actor"]
    assert actor == {"entity_text": "Taliban fighters", "identifier_text": "Taliban",
                     "identifier_id": None, "code": "AFG", "country_name": "Afghanistan",
                     "sector": "REB"}
    (recipient,) = rec["recipient"]
    assert (recipient["identifier_text"], recipient["sector"]) == ("Police Forces of Afghanistan", "COP")


def test_wikidata_ids_come_from_the_actor_mentions():
    mention = ActorMention(text="Taliban fighters", start=0, end=16, ref="a1", kind="name",
                           name="Taliban", wikidata="Q42881", sentence=0)
    rec = record(event(), extraction().article, [mention])
    assert rec["actor"][0]["identifier_id"] == "Q42881"
    assert rec["recipient"][0]["identifier_id"] is None


def test_event_location_uses_geonames_names():
    (rec,) = dump([extraction(event())])
    assert rec["event_loc"] == {
        "extracted_place": "Bazarak", "resolved_place": "Bazarak", "geonameid": 1147707,
        "lat": 35.31, "lon": 69.52, "city": "Bazarak", "district": "Bazarak",
        "province": "Panjshir", "country": "Afghanistan", "country_code": "AFG",
        "feature_class": "P", "feature_code": "PPLA2", "resolution": 4,
    }
    province = Place(text="Panjshir", start=0, end=8, name="Panjshir", country="AFG",
                     feature="ADM1", precision=3)
    loc = record(event(location=province), extraction().article)["event_loc"]
    assert (loc["feature_class"], loc["resolution"], loc["city"]) == ("A", 2, None)


def test_unknown_values_are_null():
    bare = event(actors=[], location=None, date=None, mode=None, quad_class=None, size=Size())
    (rec,) = dump([extraction(bare, source=None, published=None)])
    assert rec["actor"] == [] and rec["recipient"] == []
    assert rec["event_loc"] is None
    assert rec["date"] is None and rec["mode"] is None and rec["quad_code"] is None
    assert rec["text_info"]["source"] is None and rec["text_info"]["date"] is None
    assert rec["text_info"]["publication"] is None


def test_text_info_describes_the_article():
    article = dict(title="Clashes in Panjshir", url="https://www.example.org/news/1")
    (rec,) = dump([extraction(event(), **article)])
    assert rec["text_info"] == {
        "id": "art-1", "sequence": 0, "start": 0, "end": len(TEXT.split("\n")[0]),
        "source": "TASS", "publication": "example.org", "date": "2021-09-07",
        "title": "Clashes in Panjshir", "url": "https://www.example.org/news/1",
    }


def test_coarse_dates_give_an_end_date():
    month = EventDate(value="2021-09", precision="month", start="2021-09-01", end="2021-09-30")
    (rec,) = dump([extraction(event(date=month))])
    assert (rec["date"], rec["enddate"]) == ("2021-09-01", "2021-09-30")


def test_status_becomes_auxiliary_contexts():
    status = Status(negated=True, historical=True, attempted=True)
    (rec,) = dump([extraction(event(status=status, context=["territory"]))])
    assert rec["context"] == ["territory", "negation", "historical"]


def test_kosovo_has_plovers_code():
    kosovo = [Actor(text="Kosovo police", start=0, end=13, role="source", country="XKX", sector="COP")]
    (rec,) = dump([extraction(event(actors=kosovo))])
    assert rec["actor"][0]["code"] == "KOS"


def test_array_of_all_events_without_errors():
    error = InputError(error="E002 x is empty", code="E002", input="x")
    other = Extraction(article=Article(id="art-2", text="Talks."), events=[event(id="art-2-e1")])
    recs = dump([extraction(event(), event(id="e2")), error, other])
    assert [r["id"] for r in recs] == ["art-1-e1", "art-1-e2", "art-2-e1"]
    assert dump([]) == []


def test_export_through_eventwire():
    out = io.StringIO()
    Eventwire().export([extraction(event())], "plover", out)
    assert json.loads(out.getvalue())[0]["event"] == ["ASSAULT"]


def test_cli_writes_a_json_array(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(TEXT)
    result = CliRunner().invoke(cli, ["extract", "--format", "plover", str(path)])
    assert result.exit_code == 0, result.output
    recs = json.loads(result.stdout)
    assert isinstance(recs, list)
    assert all(set(r) == FIELDS for r in recs)
