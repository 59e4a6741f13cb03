import pickle

from bot import store
from bot.knowledge import KnowledgeError
from bot.matching import answer


def test_unchanged_fact_base_loads_from_the_cache(kb_copy, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    first = store.load_index(kb_copy, cache_dir=cache)
    assert len(list(cache.glob("index-*.pickle"))) == 1
    monkeypatch.setattr(store, "build_index", lambda _: (_ for _ in ()).throw(AssertionError("rebuilt")))
    second = store.load_index(kb_copy, cache_dir=cache)
    assert answer("hostages", second).best.fact.id == answer("hostages", first).best.fact.id


def test_an_edit_misses_the_cache_and_the_new_content_is_served(kb_copy, tmp_path):
    cache = tmp_path / "cache"
    store.load_index(kb_copy, cache_dir=cache)
    facts = kb_copy / "facts" / "putin-sisi-call.yaml"
    facts.write_text(facts.read_text().replace("answer: On November 14.", "answer: It was on November 14."))
    index = store.load_index(kb_copy, cache_dir=cache)
    assert index.knowledge.fact("call-date").answer.startswith("It was on November 14.")
    assert len(list(cache.glob("index-*.pickle"))) == 1


def test_an_edited_document_is_never_served_from_a_stale_cache(kb_copy, tmp_path):
    cache = tmp_path / "cache"
    store.load_index(kb_copy, cache_dir=cache)
    seed = kb_copy.parent / "seeds" / "putin-sisi-phone-call-la-nouvelle-tribune.txt"
    seed.write_text(seed.read_text().replace("Held on November 14", "Held on November 15"))
    try:
        store.load_index(kb_copy, cache_dir=cache)
    except KnowledgeError as err:
        assert "quote does not occur verbatim" in str(err)
    else:
        raise AssertionError("a stale cache was used")


def test_a_corrupt_cache_file_is_rebuilt(kb_copy, tmp_path):
    cache = tmp_path / "cache"
    store.load_index(kb_copy, cache_dir=cache)
    [entry] = cache.glob("index-*.pickle")
    entry.write_bytes(b"not a pickle")
    index = store.load_index(kb_copy, cache_dir=cache)
    assert index.knowledge.fact("call-date")
    assert pickle.loads(entry.read_bytes()).knowledge.fact("call-date")
