"""Language identification stage (stages/analyse/language.py)."""

import pytest

from eventwire.model import Article, Extraction, InputError
from eventwire.stages.analyse.language import LanguageStage, identify

ENGLISH = ("Police in the city said on Tuesday that they had arrested twelve people "
           "after a protest against the rise in fuel prices turned violent.")
SAMPLES = {
    "fr": "La police a déclaré mardi qu'elle avait arrêté douze personnes après une "
          "manifestation contre la hausse des prix du carburant dans la ville.",
    "es": "La policía dijo el martes que había detenido a doce personas después de que "
          "una protesta contra el aumento de los precios del combustible se volviera violenta.",
    "de": "Die Polizei teilte am Dienstag mit, dass sie zwölf Menschen festgenommen habe, "
          "nachdem ein Protest gegen die Erhöhung der Treibstoffpreise eskaliert war.",
    "ru": "Полиция во вторник заявила, что задержала двенадцать человек после того, как "
          "протест против роста цен на топливо перерос в беспорядки в городе.",
    "ar": "قالت الشرطة يوم الثلاثاء إنها اعتقلت اثني عشر شخصا بعد أن تحولت احتجاجات ضد "
          "ارتفاع أسعار الوقود إلى أعمال عنف في المدينة وسط انتشار أمني كثيف.",
}


def stage() -> LanguageStage:
    return LanguageStage("language", min_english_share=0.12, min_words=12)


def record(text: str) -> Extraction:
    return Extraction(article=Article(id="a1", text=text))


def test_english_is_identified():
    assert identify(ENGLISH)[0] == "en"


@pytest.mark.parametrize("lang", sorted(SAMPLES))
def test_other_languages_are_identified(lang):
    assert identify(SAMPLES[lang])[0] == lang


def test_gibberish_is_undetermined_and_refused():
    text = "Ïîëèöèÿ âî âòîðíèê çàÿâèëà ÷òî çàäåðæàëà äâåíàäöàòü ÷åëîâåê ïîñëå ïðîòåñòà " * 2
    assert identify(text)[0] == "und"
    (out,) = stage()([record(text)])
    assert isinstance(out, InputError) and "unsupported language 'und'" in out.error


def test_stage_labels_english():
    (out,) = stage()([record(ENGLISH)])
    assert isinstance(out, Extraction) and out.article.lang == "en"


@pytest.mark.parametrize("lang", sorted(SAMPLES))
def test_stage_refuses_other_languages_by_name(lang):
    item = record(SAMPLES[lang])
    item.state["input"] = "feed.xml#3"
    (out,) = stage()([item])
    assert isinstance(out, InputError)
    assert out.code == "E010" and out.input == "feed.xml#3"
    assert f"unsupported language '{lang}'" in out.error


def test_english_with_foreign_names_passes():
    text = ("The Rassemblement national and the Parti socialiste said on Monday that the "
            "vote in Seine-Saint-Denis would go ahead despite the protests by farmers.")
    (out,) = stage()([record(text)])
    assert isinstance(out, Extraction)


def test_too_short_to_tell_is_assumed_english_with_a_warning():
    (out,) = stage()([record("KABUL - Talks resumed.")])
    assert isinstance(out, Extraction) and out.article.lang == "en"
    assert out.warnings[0].startswith("W007")


def test_batch_keeps_order_and_length():
    outs = stage()([record(ENGLISH), record(SAMPLES["fr"]), record(ENGLISH)])
    assert [type(o).__name__ for o in outs] == ["Extraction", "InputError", "Extraction"]
