"""Tests for eventwire.bench_corpus, the synthetic benchmark corpus generator."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import re

import pytest

from eventwire import bench_corpus
from eventwire.bench_corpus import MAX_WORDS, MIN_WORDS, generate_corpus

# One pattern per house style; an outlet without a dateline carries its date
# in a "By Name | Month D, YYYY" byline instead.
DATELINES = {
    "TASS": r"^[A-Z][A-Z .'-]+, [A-Z][a-z]+ \d{1,2}\. /TASS/\. ",
    "Reuters": r"^[A-Z][A-Z ./'-]+, [A-Z][a-z]+ \d{1,2} \(Reuters\) - ",
    "AP": r"^[A-Z][A-Z .'-]+, [A-Z][A-Za-z ]+ \(AP\) — ",
    "AFP": r"^[A-Z][A-Za-z .'-]+ \(AFP\) - ",
    "Xinhua": r"^[A-Z][A-Z .'-]+, [A-Z][a-z]+\.? \d{1,2} \(Xinhua\) -- ",
    "UPI": r"^[A-Z][a-z]+\.? \d{1,2} \(UPI\) -- ",
    "Anadolu": r"^[A-Z][A-Z .'-]+, [A-Z][A-Za-z ]+ \(AA\) - ",
    "VOA": r"^[A-Z][A-Z .'-]+(, [A-Z .'-]+)? — ",
    "dpa": r"^[A-Z][A-Za-z .'-]+ \(dpa\) - ",
    "PTI": r"^[A-Z][A-Za-z .'-]+, [A-Z][a-z]{2} \d{1,2} \(PTI\) ",
    "ANI": r"^[A-Z][A-Za-z .'-]+ \([A-Za-z -]+\) \[[A-Za-z ]+\], [A-Z][a-z]+ \d{1,2} \(ANI\): ",
}
BYLINE = r"^By [^|\n]+ \| [A-Z][a-z]+ \d{1,2}, \d{4}$"
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July",
               "August", "September", "October", "November", "December")


@pytest.fixture(scope="module")
def corpus() -> list[dict]:
    return list(generate_corpus(300, seed=7))


def test_same_seed_gives_the_same_corpus():
    assert list(generate_corpus(40, seed=3)) == list(generate_corpus(40, seed=3))


def test_different_seeds_give_different_corpora():
    first = [a["text"] for a in generate_corpus(20, seed=1)]
    second = [a["text"] for a in generate_corpus(20, seed=2)]
    assert not set(first) & set(second)


def test_a_shorter_corpus_is_a_prefix_of_a_longer_one():
    assert list(generate_corpus(10, seed=5)) == list(generate_corpus(25, seed=5))[:10]


@pytest.mark.parametrize("n", [0, 1, 17])
def test_n_is_respected(n):
    assert len(list(generate_corpus(n, seed=7))) == n


def test_negative_n_is_rejected():
    with pytest.raises(ValueError):
        list(generate_corpus(-1))


def test_records_are_jsonl_ready(corpus):
    ids = set()
    for article in corpus:
        assert set(article) == {"id", "title", "text", "published", "source"}
        assert all(isinstance(v, str) and v for v in article.values())
        assert json.loads(json.dumps(article)) == article
        dt.date.fromisoformat(article["published"])
        ids.add(article["id"])
    assert len(ids) == len(corpus)


def test_word_counts_are_between_300_and_800():
    counts = [len(a["text"].split()) for a in generate_corpus(1000, seed=11)]
    assert min(counts) >= MIN_WORDS == 300
    assert max(counts) <= MAX_WORDS == 800


def test_every_article_has_a_dateline_or_a_dated_byline(corpus):
    for article in corpus:
        pattern = DATELINES.get(article["source"], BYLINE)
        assert re.search(pattern, article["text"], re.MULTILINE), (
            article["source"], article["text"][:400])


def test_datelines_carry_the_published_month_and_day_but_no_year(corpus):
    for article in corpus:
        if article["source"] not in ("TASS", "Reuters", "Xinhua", "UPI", "PTI", "ANI"):
            continue
        day = dt.date.fromisoformat(article["published"])
        line = re.search(DATELINES[article["source"]], article["text"], re.MULTILINE)
        dateline = line.group(0)
        assert re.search(rf"\b{day.day}\b", dateline), dateline
        assert MONTH_NAMES[day.month - 1][:3] in dateline, dateline
        assert str(day.year) not in dateline, dateline


def _lede(article: dict) -> str:
    """The first story paragraph: the dateline paragraph, or the one after
    the dated byline."""
    paragraphs = article["text"].split("\n\n")
    pattern = DATELINES.get(article["source"])
    if pattern:
        return next(p for p in paragraphs if re.search(pattern, p))
    byline = next(i for i, p in enumerate(paragraphs) if re.search(BYLINE, p, re.MULTILINE))
    return paragraphs[byline + 1]


def test_every_lede_template_ties_the_report_to_a_weekday():
    for kind, spec in bench_corpus.KINDS.items():
        for lede in spec["lede"]:
            assert "{rep_day}" in lede, (kind, lede)


def test_the_lede_names_the_real_weekday_of_the_publication_date(corpus):
    for article in corpus:
        weekday = dt.date.fromisoformat(article["published"]).strftime("%A")
        assert weekday in _lede(article), (article["id"], _lede(article))


def test_many_agencies_and_countries_are_covered(corpus):
    sources = {a["source"] for a in corpus}
    assert {"TASS", "Reuters", "AP", "AFP", "Xinhua", "UPI", "Anadolu", "VOA",
            "dpa", "PTI"} <= sources
    assert sources - set(DATELINES), "expected some byline-only outlets"


def test_texts_are_distinct_and_not_near_duplicates(corpus):
    texts = [a["text"] for a in corpus]
    assert len(set(texts)) == len(texts)

    def shingles(text: str) -> set[tuple[str, ...]]:
        words = re.findall(r"\w+", text.lower())
        return {tuple(words[i:i + 5]) for i in range(len(words) - 4)}

    sets = [shingles(t) for t in texts[:120]]
    worst = max(len(a & b) / len(a | b) for a, b in itertools.combinations(sets, 2))
    assert worst < 0.6, worst


def test_generates_1000_articles():
    articles = list(generate_corpus(1000, seed=7))
    assert len(articles) == 1000
    assert len({a["id"] for a in articles}) == 1000


def test_main_writes_jsonl_and_txt_files(tmp_path, capsys):
    out = tmp_path / "corpus" / "bench.jsonl"
    txt_dir = tmp_path / "txt"
    assert bench_corpus.main(["12", str(out), "--seed", "4", "--txt-dir", str(txt_dir)]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert records == list(generate_corpus(12, seed=4))
    files = sorted(txt_dir.glob("*.txt"))
    assert len(files) == 12
    texts = {f.read_text(encoding="utf-8") for f in files}
    assert texts == {r["text"] for r in records}
    assert all(re.match(r"\d{4}-\d{2}-\d{2}_[a-z0-9-]+_\d{5}\.txt$", f.name) for f in files)
    assert "generated 12 articles" in capsys.readouterr().err


def test_main_needs_an_output(capsys):
    with pytest.raises(SystemExit) as exit_info:
        bench_corpus.main(["5"])
    assert exit_info.value.code == 2
