from bot.text import fold, looks_binary, stem, strip_slack_markup, words


def test_slack_markup_is_stripped_but_link_labels_kept():
    text = "<@U123> <#C1|general> <!here> <!subteam^S1> :wave: see <https://x.io|the report> &amp; <mailto:a@b.c>"
    assert words(strip_slack_markup(text)) == ["see", "the", "report"]


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
