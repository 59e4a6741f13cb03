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
