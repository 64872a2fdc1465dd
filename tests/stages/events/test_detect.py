"""Event detection through the whole pipeline: which words are events, of
which PLOVER type and mode. Every sentence is hand-written for these tests."""

from __future__ import annotations

import pytest

from eventwire.stages.events.component import sentence_spans
from eventwire.stages.events.detect import find_mentions
from eventwire.stages.events.lexicon import QUAD_CLASS, load_lexicon
from .helpers import event_on, extract


# (sentence, trigger text, PLOVER type, mode)
TYPED = [
    # AGREE
    ("The junta pledged to hold elections within eighteen months.", "pledged", "AGREE", None),
    ("The prime minister proposed a power-sharing arrangement to the opposition.", "proposed", "AGREE", None),
    ("The warring factions reached an agreement on prisoner exchanges.", "agreement", "AGREE", None),
    ("The union consented to binding arbitration.", "consented", "AGREE", None),
    ("The opposition accepted the invitation to join the national dialogue.", "accepted", "AGREE", None),
    ("The government offered an amnesty to fighters who lay down their weapons.", "offered", "AGREE", None),
    # CONSULT
    ("The Kenyan president met his Ugandan counterpart in Kampala.", "met", "CONSULT", None),
    ("Negotiators from both sides held talks in Doha on Monday.", "talks", "CONSULT", None),
    ("The French foreign minister visited Beirut on Thursday.", "visited", "CONSULT", "visit"),
    ("The Turkish president telephoned the Iraqi prime minister on Sunday.", "telephoned", "CONSULT", "phone"),
    ("Officials from Colombia and Venezuela discussed border security in Bogota.", "discussed", "CONSULT", None),
    ("The summit in Addis Ababa ended without a joint statement.", "summit", "CONSULT", None),
    ("Ethiopia hosted a delegation from Somalia for consultations.", "hosted", "CONSULT", "visit"),
    ("The army negotiated with the rebels for three days.", "negotiated", "CONSULT", None),
    # SUPPORT
    ("The African Union praised the peaceful conduct of the vote in Ghana.", "praised", "SUPPORT", None),
    ("Washington welcomed the release of the detained journalists.", "welcomed", "SUPPORT", None),
    ("The ruling party endorsed the president's bid for a third term.", "endorsed", "SUPPORT", None),
    ("The Brazilian government recognised the new administration in Caracas.", "recognised", "SUPPORT", None),
    ("The Indonesian foreign ministry expressed support for the peace initiative.",
     "expressed support", "SUPPORT", None),
    ("Parliament ratified the border treaty with Tajikistan on Wednesday.", "ratified", "SUPPORT", None),
    ("The minister apologised to the families of the victims.", "apologised", "SUPPORT", None),
    # CONCEDE
    ("The president pardoned 300 prisoners on Independence Day.", "pardoned", "CONCEDE", None),
    ("The authorities lifted the curfew in Mandalay on Saturday.", "lifted the curfew", "CONCEDE", None),
    ("The government eased restrictions on public gatherings in Tunis.", "eased restrictions", "CONCEDE", None),
    ("The court acquitted the opposition leader of all charges.", "acquitted", "CONCEDE", None),
    ("Prosecutors dropped the charges against the Ugandan activists.", "dropped the charges", "CONCEDE", None),
    ("The governor backed down after three days of protests.", "backed", "CONCEDE", None),
    # COOPERATE
    ("Kenyan and Somali police cooperated in the hunt for the gunmen.", "cooperated", "COOPERATE", None),
    ("Morocco extradited the suspect to Belgium on Friday.", "extradited", "COOPERATE", None),
    ("The Peruvian navy teamed up with Chilean forces to combat piracy.", "teamed", "COOPERATE", None),
    ("The two armies shared intelligence about the smuggling routes.", "shared intelligence", "COOPERATE", None),
    ("The two intelligence services agreed to share intelligence on militant networks.",
     "share intelligence", "COOPERATE", None),
    # AID
    ("The World Food Programme delivered food to 20,000 displaced families in Darfur.", "delivered", "AID", None),
    ("Japan donated ten ambulances to the Nepalese health ministry.", "donated", "AID", None),
    ("Rescue workers evacuated hundreds of residents from the flooded district.", "evacuated", "AID", None),
    ("Germany granted asylum to the dissident journalist.", "granted asylum", "AID", None),
    ("The European Union sent aid to earthquake survivors in western Afghanistan.", "sent aid", "AID", None),
    ("Turkish authorities rescued 40 migrants off the coast on Tuesday.", "rescued", "AID", None),
    ("The United Nations airlifted medical supplies to the besieged city.", "airlifted", "AID", None),
    # RETREAT
    ("Russian troops withdrew from the village after heavy losses.", "withdrew", "RETREAT", "withdraw"),
    ("The rebels pulled out of Goma on Sunday.", "pulled", "RETREAT", "withdraw"),
    ("The militia released twelve hostages in northern Nigeria.", "released", "RETREAT", "release"),
    ("The prime minister resigned after weeks of protests.", "resigned", "RETREAT", "resign"),
    ("Hundreds of fighters surrendered to the army in Borno state.", "surrendered", "RETREAT", "disarm"),
    ("The defence minister stepped down on Friday.", "stepped", "RETREAT", "resign"),
    ("The insurgents freed the kidnapped engineers.", "freed", "RETREAT", "release"),
    ("The two sides exchanged prisoners under the supervision of the Red Cross.",
     "exchanged prisoners", "RETREAT", "release"),
    ("The rebels declared a unilateral ceasefire.", "declared a unilateral ceasefire", "RETREAT", "ceasefire"),
    # REQUEST
    ("The United Nations called for an immediate ceasefire in Gaza.", "called", "REQUEST", None),
    ("Opposition leaders demanded the release of political prisoners.", "demanded", "REQUEST", None),
    ("The bishops urged the government to resume talks with the rebels.", "urged", "REQUEST", None),
    ("The governor appealed for calm after the riots.", "appealed", "REQUEST", None),
    ("Kenya asked the International Monetary Fund for emergency funding.", "asked", "REQUEST", None),
    ("The families petitioned the court for access to the detainees.", "petitioned", "REQUEST", None),
    # ACCUSE
    ("The army accused the rebels of shelling civilian areas.", "accused", "ACCUSE", "allege"),
    ("The Ugandan government blamed the opposition for the violence.", "blamed", "ACCUSE", "allege"),
    ("Amnesty International condemned the execution of three protesters in Iran.",
     "condemned", "ACCUSE", "disapprove"),
    ("The United States criticised the crackdown on journalists in Belarus.", "criticised", "ACCUSE", "disapprove"),
    ("Kinshasa denounced Rwanda's support for the M23 rebels.", "denounced", "ACCUSE", "disapprove"),
    ("Prosecutors charged the former minister with corruption.", "charged", "ACCUSE", "allege"),
    ("The electoral commission launched an investigation into the vote-buying claims.",
     "investigation", "ACCUSE", "investigate"),
    # REJECT
    ("The junta rejected the regional bloc's demand for a transition timetable.", "rejected", "REJECT", None),
    ("The opposition refused to take part in the vote.", "refused", "REJECT", None),
    ("The Israeli government ruled out a prisoner exchange.", "ruled", "REJECT", None),
    ("The president vetoed the amnesty bill on Monday.", "vetoed", "REJECT", None),
    ("Hamas turned down the Egyptian proposal.", "turned", "REJECT", None),
    ("The rebels denied responsibility for the bombing.", "denied", "REJECT", None),
    ("Beijing dismissed the report as baseless.", "dismissed", "REJECT", None),
    ("The Malian junta declined an invitation to the regional summit.", "declined an invitation", "REJECT", None),
    # THREATEN
    ("North Korea threatened to retaliate against the joint exercises.", "threatened", "THREATEN", None),
    ("The Taliban warned Pakistan against further air strikes.", "warned", "THREATEN", None),
    ("The rebels issued an ultimatum to the garrison in Kidal.", "issued an ultimatum", "THREATEN", None),
    ("The union threatened a general strike over fuel prices.", "threatened", "THREATEN", None),
    ("Iran warned of a crushing response to any attack on its territory.", "warned", "THREATEN", None),
    ("Gang leaders threatened the electoral officials in Port-au-Prince.", "threatened", "THREATEN", None),
    # PROTEST
    ("Thousands of students protested against tuition fees in Santiago.", "protested", "PROTEST", "demo"),
    ("Farmers blocked roads across Punjab to demand higher crop prices.", "blocked roads", "PROTEST", "obstruct"),
    ("Hundreds of teachers went on strike in Lagos on Monday.", "went on strike", "PROTEST", "strike"),
    ("Protesters rallied outside parliament in Tbilisi.", "rallied", "PROTEST", "demo"),
    ("Workers staged a walkout at the copper mine in Zambia.", "walkout", "PROTEST", "strike"),
    ("Supporters of the jailed leader held a vigil outside the prison.", "vigil", "PROTEST", "demo"),
    ("The opposition boycotted the parliamentary elections in Benin.", "boycotted", "PROTEST", "boycott"),
    ("Residents rioted after the death of a teenager in police custody.", "rioted", "PROTEST", "riot"),
    ("Demonstrators pelted police with stones in Karachi.", "pelted", "PROTEST", "riot"),
    ("Dock workers began a strike in Mombasa on Monday.", "strike", "PROTEST", "strike"),
    # SANCTION
    ("The European Union imposed sanctions on three Belarusian officials.",
     "imposed sanctions", "SANCTION", "discontinue"),
    ("Washington froze the assets of the militia's commanders.", "froze", "SANCTION", "discontinue"),
    ("Niger expelled the French ambassador on Thursday.", "expelled", "SANCTION", "expel"),
    ("Morocco severed ties with Iran over its support for the Polisario Front.",
     "severed ties", "SANCTION", "withdraw"),
    ("A military court sentenced the journalist to ten years in prison.", "sentenced", "SANCTION", "convict"),
    ("The African Union suspended Gabon after the coup.", "suspended", "SANCTION", "discontinue"),
    ("Canada recalled its ambassador from Riyadh.", "recalled its ambassador", "SANCTION", "withdraw"),
    ("The regional bloc imposed an embargo on arms sales to Myanmar.",
     "imposed an embargo", "SANCTION", "discontinue"),
    # MOBILIZE
    ("Russia deployed additional troops to the border with Finland.", "deployed", "MOBILIZE", "troops"),
    ("The army sent reinforcements to the besieged town of Djibo.", "sent reinforcements", "MOBILIZE", "troops"),
    ("Azerbaijan massed troops along the line of contact.", "massed troops", "MOBILIZE", "troops"),
    ("The government mobilised reservists ahead of the vote.", "mobilised", "MOBILIZE", "troops"),
    ("The rebels recruited hundreds of child soldiers in Ituri.", "recruited", "MOBILIZE", "militia"),
    ("Police patrolled the streets of the capital after the unrest.", "patrolled", "MOBILIZE", "troops"),
    ("The army conducted a military exercise near the border.", "exercise", "MOBILIZE", "troops"),
    # COERCE
    ("Police arrested the opposition leader in Harare on Tuesday.", "arrested", "COERCE", "arrest"),
    ("Security forces detained dozens of protesters in Kampala.", "detained", "COERCE", "arrest"),
    ("The junta banned all political parties in Burkina Faso.", "banned", "COERCE", "restrict"),
    ("Soldiers raided the offices of an independent newspaper in Lome.", "raided", "COERCE", "seize"),
    ("The government imposed a curfew in the northern city of Kano.", "imposed a curfew", "COERCE", "curfew"),
    ("Police fired tear gas to disperse the crowd in Nairobi.", "fired tear gas", "COERCE", "restrict"),
    ("The authorities deported two foreign journalists from Zimbabwe.", "deported", "COERCE", "deport"),
    ("Authorities shut down the internet in the Tigray region.", "shut", "COERCE", "censor"),
    ("Rioters set fire to shops in the market district of Nairobi.", "set fire", "COERCE", "seize"),
    ("The Ecuadorian government declared a state of emergency in Guayaquil.",
     "emergency", "COERCE", "martial-law"),
    ("Police cracked down on street protests in Caracas.", "cracked", "COERCE", "restrict"),
    ("Soldiers ransacked the homes of opposition activists.", "ransacked", "COERCE", "seize"),
    ("Militiamen razed three villages in the Tigray region.", "razed", "COERCE", "seize"),
    # ASSAULT
    ("Al-Shabaab fighters attacked a military base near Mogadishu on Sunday.", "attacked", "ASSAULT", None),
    ("Government troops clashed with Tuareg rebels near Kidal.", "clashed", "ASSAULT", None),
    ("Gunmen killed seven villagers in Zamfara state.", "killed", "ASSAULT", None),
    ("A suicide bomber blew himself up at a checkpoint in Kabul.", "blew", "ASSAULT", "suicide-attack"),
    ("Russian forces shelled residential areas of Kharkiv overnight.", "shelled", "ASSAULT", "heavy-weapons"),
    ("An Israeli air strike hit a house in Rafah.", "strike", "ASSAULT", "aerial"),
    ("Unidentified gunmen kidnapped a Catholic priest in Enugu state.", "kidnapped", "ASSAULT", "abduct"),
    ("ISWAP militants ambushed a patrol near Maiduguri.", "ambushed", "ASSAULT", "firearms"),
    ("Soldiers opened fire on demonstrators outside the palace.", "opened fire", "ASSAULT", "firearms"),
    ("Unknown assailants assassinated the mayor of a town in Michoacan.",
     "assassinated", "ASSAULT", "assassinate"),
    ("Insurgents carried out a suicide bombing at a market in Mogadishu.", "bombing", "ASSAULT", "suicide-attack"),
    ("A mob lynched a suspected thief in Kisumu.", "lynched", "ASSAULT", "beat"),
    ("Militants fired rockets at a military base in Kirkuk.", "fired", "ASSAULT", "heavy-weapons"),
    ("A landmine killed three herders in Tillaberi.", "landmine", "ASSAULT", "explosives"),
    ("Gunmen held 20 villagers hostage in Zamfara.", "held 20 villagers hostage", "ASSAULT", "abduct"),
    ("The rebels are holding two aid workers hostage.", "holding", "ASSAULT", "abduct"),
    ("The militants beheaded a farmer in Cabo Delgado.", "beheaded", "ASSAULT", None),
    ("Pirates hijacked a cargo ship off the coast of Somalia.", "hijacked", "ASSAULT", "abduct"),
]


@pytest.mark.parametrize(("text", "trigger", "kind", "mode"), TYPED, ids=[t[0][:48] for t in TYPED])
def test_type_and_mode(eventwire, text, trigger, kind, mode):
    event = event_on(extract(eventwire, text), trigger)
    assert (event.type, event.mode) == (kind, mode)


def test_every_plover_type_has_five_sentences():
    kinds = [kind for _, _, kind, _ in TYPED]
    assert {k for k in QUAD_CLASS if kinds.count(k) < 5} == set()


@pytest.mark.parametrize(("text", "trigger"), [
    ("The French foreign minister visited Beirut on Thursday.", "visited"),
    ("Government troops clashed with Tuareg rebels near Kidal.", "clashed"),
    ("The authorities lifted the curfew in Mandalay on Saturday.", "lifted the curfew"),
])
def test_trigger_span_points_into_the_text(eventwire, text, trigger):
    record = extract(eventwire, text)
    span = event_on(record, trigger).trigger
    assert record.article.text[span.start:span.end] == span.text == trigger


# Light verbs: the noun they govern is the event, not the verb.
@pytest.mark.parametrize(("text", "light", "trigger", "kind"), [
    ("The army launched an attack on rebel positions in the north.", "launched", "attack", "ASSAULT"),
    ("Nigerian troops launched an offensive on Boko Haram camps in the Sambisa forest.",
     "launched", "offensive", "ASSAULT"),
    ("The union staged a walkout at the port of Tema.", "staged", "walkout", "PROTEST"),
    ("Opposition supporters held a rally in Kinshasa on Saturday.", "held", "rally", "PROTEST"),
    ("The police launched a crackdown on street vendors in Harare.", "launched", "crackdown", "COERCE"),
    ("Insurgents carried out a suicide bombing at a market in Mogadishu.", "carried", "bombing", "ASSAULT"),
    ("Hamas and Fatah held talks in Cairo.", "held", "talks", "CONSULT"),
])
def test_light_verb_lends_its_noun(eventwire, text, light, trigger, kind):
    record = extract(eventwire, text)
    assert event_on(record, trigger).type == kind
    assert not any(e.trigger.text.startswith(light) for e in record.events)
    assert len(record.events) == 1


def test_held_talks_is_one_consult_event(eventwire):
    record = extract(eventwire, "The two delegations held talks in Nairobi on Tuesday.")
    assert [(e.type, e.trigger.text) for e in record.events] == [("CONSULT", "talks")]


def test_light_verb_mention_keeps_its_governor(eventwire):
    record = extract(eventwire, "The army launched an attack on rebel positions in the north.")
    doc = record.state["doc"]
    (sent,) = sentence_spans(doc, record.state["sentences"])
    (mention,) = find_mentions(sent, load_lexicon())
    assert mention.trigger.text == "attack"
    assert mention.governor is not None and mention.governor.lemma_ == "launch"
    assert not mention.foiled


def test_foiling_verb_marks_the_noun_foiled(eventwire):
    record = extract(eventwire, "Resistance forces repelled a Taliban attack in the Andarab valley.")
    (sent,) = sentence_spans(record.state["doc"], record.state["sentences"])
    (mention,) = find_mentions(sent, load_lexicon())
    assert mention.trigger.text == "attack"
    assert mention.foiled


# Reporting verbs are no events; what they report may be.
@pytest.mark.parametrize("text", [
    "The spokesman said the minister would travel to Paris next week.",
    "The agency reported that inflation rose sharply in April.",
    "The commander told reporters that the situation was calm.",
    "The president said the economy would grow by four percent next year.",
    "The minister announced a new budget on Tuesday.",
    "The army spokesman told a news conference that troops were advancing.",
    "The spokesman declined to comment on the report.",
])
def test_reporting_verbs_are_not_events(eventwire, text):
    assert extract(eventwire, text).events == []


@pytest.mark.parametrize(("text", "trigger", "kind"), [
    ("Gunmen attacked a bus on the highway near Jos, police said.", "attacked", "ASSAULT"),
    ("The army said 12 insurgents were killed in the operation.", "killed", "ASSAULT"),
    ("Police said the attack on the Protestant church was carried out by gunmen.", "attack", "ASSAULT"),
])
def test_reported_event_without_the_reporting_verb(eventwire, text, trigger, kind):
    record = extract(eventwire, text)
    assert [(e.trigger.text, e.type) for e in record.events] == [(trigger, kind)]


# Nouns that name groups or things, not events.
@pytest.mark.parametrize("text", [
    "Resistance forces control the northern districts.",
    "The Resistance Front issued a statement on Monday.",
    "Opposition leaders addressed supporters in the capital.",
    "Security forces guarded the entrance to the ministry.",
    "The outlawed group has its headquarters in the mountains.",
    "The weather in the capital was mild on Friday and markets were busy.",
    "Police are searching for the suspects.",
])
def test_nouns_and_words_that_are_not_events(eventwire, text):
    assert extract(eventwire, text).events == []


def test_a_conference_held_is_an_event(eventwire):
    record = extract(eventwire, "The two foreign ministers held a conference in Rome.")
    assert [(e.type, e.trigger.text) for e in record.events] == [("CONSULT", "conference")]


def test_protest_as_a_modifier_is_no_protest(eventwire):
    record = extract(eventwire, "Protest leaders met the governor on Monday.")
    assert [e.type for e in record.events] == ["CONSULT"]


def test_cessation_of_hostilities_is_no_fighting(eventwire):
    record = extract(eventwire, "The two sides agreed to a cessation of hostilities.")
    assert "ASSAULT" not in {e.type for e in record.events}
    assert event_on(record, "cessation").mode == "ceasefire"


def test_two_events_in_one_sentence(eventwire):
    record = extract(eventwire, "Police stormed the building and arrested the hostage-takers.")
    assert {(e.trigger.text, e.type) for e in record.events} == {("stormed", "ASSAULT"), ("arrested", "COERCE")}


# PLOVER codes a promise of cooperation as AGREE and an announced retreat as CONCEDE.
@pytest.mark.parametrize(("text", "trigger", "kind"), [
    ("The Senegalese foreign minister will visit Bamako next week.", "visit", "AGREE"),
    ("Ghana and Togo will collaborate on border security.", "collaborate", "AGREE"),
    ("The Chadian government plans to withdraw its troops from Niger.", "withdraw", "CONCEDE"),
])
def test_announced_cooperation_and_retreat(eventwire, text, trigger, kind):
    event = event_on(extract(eventwire, text), trigger)
    assert event.type == kind
    assert event.status.future


# Negated, hypothetical and tried events are still detected, with their status.
@pytest.mark.parametrize(("text", "trigger", "kind", "flag"), [
    ("The army did not attack the rebel camp.", "attack", "ASSAULT", "negated"),
    ("Police denied arresting the student leaders.", "arresting", "COERCE", "negated"),
    ("The militants attempted to storm the prison in Kaduna.", "storm", "ASSAULT", "attempted"),
    ("The militants tried to storm a police station in Khost.", "storm", "ASSAULT", "attempted"),
    ("Resistance forces repelled a Taliban attack in the Andarab valley.", "attack", "ASSAULT", "attempted"),
    ("Hezbollah's attack on an Israeli army outpost was repelled.", "attack", "ASSAULT", "attempted"),
    ("The government may impose a curfew in the capital.", "impose a curfew", "COERCE", "hypothetical"),
    ("If the talks fail, the rebels will resume attacks.", "attacks", "ASSAULT", "hypothetical"),
    ("Security forces thwarted an attack on the airport in Bamako.", "attack", "ASSAULT", "attempted"),
    ("The army foiled a suicide bombing in Maiduguri.", "bombing", "ASSAULT", "attempted"),
    ("Soldiers survived an ambush near Menaka.", "ambush", "ASSAULT", "attempted"),
    ("The militants made a failed attempt to storm the prison.", "storm", "ASSAULT", "attempted"),
    ("Police said no arrests had been made.", "arrests", "COERCE", "negated"),
    ("The government has never negotiated with the rebels.", "negotiated", "CONSULT", "negated"),
    ("The army did not withdraw from the town.", "withdraw", "RETREAT", "negated"),
])
def test_status_flags_on_detected_events(eventwire, text, trigger, kind, flag):
    event = event_on(extract(eventwire, text), trigger)
    assert event.type == kind
    assert getattr(event.status, flag)


def test_denial_is_a_rejection_and_the_bombing_is_negated(eventwire):
    record = extract(eventwire, "The rebels denied responsibility for the bombing.")
    assert event_on(record, "denied").type == "REJECT"
    bombing = event_on(record, "bombing")
    assert bombing.type == "ASSAULT" and bombing.status.negated


def test_plain_events_carry_no_status_flags(eventwire):
    event = event_on(extract(eventwire, "Gunmen killed seven villagers in Zamfara state."), "killed")
    assert not any(event.status.model_dump().values())


@pytest.mark.parametrize(("text", "trigger", "context"), [
    ("Morocco extradited the suspect to Belgium on Friday.", "extradited", ["legal"]),
    ("The two armies shared intelligence about the smuggling routes.", "shared intelligence", ["intelligence"]),
    ("Germany granted asylum to the dissident journalist.", "granted asylum", ["asylum"]),
    ("A Chinese hacking group hacked the servers of the Indian election commission.", "hacked", ["cyber"]),
])
def test_plover_context(eventwire, text, trigger, context):
    assert event_on(extract(eventwire, text), trigger).context == context
