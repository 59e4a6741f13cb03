from bot.words import fold, looks_binary, stem, words


def test_fold_removes_accents_and_case():
    assert fold("Poutine Élysée SÍSI") == "poutine elysee sisi"


def test_punctuation_splits_words():
    assert words("al-Sisi's cease-fire!") == ["al", "sisi", "s", "cease", "fire"]


def test_stem_joins_word_forms():
    assert stem("evacuation") == stem("evacuated") == stem("evacuate")
    assert stem("discussed") == stem("discussion")


def test_binary_looking_text_is_detected():
    assert looks_binary("\x00\x01\x02abc\x03\x04")
    assert not looks_binary("a normal question?\n")


def test_an_alias_that_stems_to_a_function_word_does_not_catch_it():
    from bot.knowledge import AliasGroup  # noqa: PLC0415
    from bot.matching.terms import Normalizer  # noqa: PLC0415

    normalizer = Normalizer((AliasGroup("topic", ("themes", "subject")),))
    assert normalizer.question_terms("what did they give them")[0] == ["what", "give"]
    assert "topic" in normalizer.question_terms("the subject")[0]
