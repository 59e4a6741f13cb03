"""A question that points into the document ("in the last sentence", "the second paragraph", or the document's own
words in quotation marks) is answered from the facts quoted from there, and the words that point are no subject."""

from dataclasses import replace

from bot.positions import at_position, quoted_in_documents, quoted_there
from bot.replies import Kind, reply_to


def ids(question: str, index) -> list[str]:
    reply = reply_to(question, index)
    return [f.id for f in reply.facts] if reply.kind is Kind.ANSWER else []


def test_a_sentence_or_paragraph_named_by_its_place_limits_the_answer_to_it(index):
    # "Who did the mayor thank?" is in the third sentence; the fourth is the ferry's.
    assert ids("in the third sentence, who was thanked?", index) == ["mayor-thanks"]
    assert ids("what will resume, according to the fourth sentence?", index) == ["ferry-service"]
    assert ids("what does the last sentence say returned first?", index) == ["first-boats"]
    # The headline is no paragraph: the first paragraph is the report's body.
    assert ids("when did the harbour reopen, per the first paragraph?", index) == ["reopen-date"]


def test_asked_of_a_place_alone_the_reply_is_what_is_quoted_from_there(index):
    assert ids("what does the second sentence say?", index) == ["repair-lead", "repair-cost"]
    assert ids("what's in the last sentence?", index) == ["first-boats"]


def test_the_documents_ends_named_as_such_are_its_first_and_last_sentences(index):
    assert ids("how does the article end?", index) == ["first-boats"]
    assert ids("what does it say at the beginning of the report?", index) == ["reopen-date"]
    assert ids("when did the repairs end?", index) != ["first-boats"]  # the end of something else


def test_a_place_the_document_lacks_or_that_says_nothing_of_it_answers_nothing(index):
    assert ids("what does the ninth sentence say about the ferry?", index) == []
    assert ids("in the first sentence, who led the repairs?", index) == []


def test_with_several_documents_the_place_is_that_place_in_each(index):
    knowledge = index.knowledge
    document = next(iter(knowledge.documents.values()))
    # A second document whose last sentence is the first one's first: which document is meant is not said.
    first_sentence = "The Valmora harbour reopened on March 3 after three weeks of storm repairs."
    two = replace(
        knowledge, documents={**knowledge.documents, "other": replace(document, id="other", text=first_sentence)}
    )
    asked, allowed = at_position("in the last sentence, what returned first?", two, None)
    assert asked == "what returned first?"
    numbers = {fact.id: n for n, fact in enumerate(knowledge.facts)}
    assert numbers["first-boats"] in allowed and numbers["reopen-date"] not in allowed
    # Asked of the place alone, every document's last sentence is no answer.
    assert quoted_there(two, allowed) == []
    assert [f.id for f in quoted_there(knowledge, at_position("what's in the last sentence?", knowledge, None)[1])] == [
        "first-boats"
    ]


def test_words_quoted_from_the_document_are_answered_from_the_fact_quoting_them(index):
    # "Through the night" is in the mayor's sentence alone; the question asks nothing else of it.
    assert ids('what does "working through the night" refer to?', index) == ["mayor-thanks"]
    assert ids("why ‘through the night’?", index) == ["mayor-thanks"]
    # Its words are in the reopening's quote only, in none of its phrasings: answered all the same.
    assert ids("what does 'three weeks' mean?", index) == ["reopen-date"]
    # Quoted from two places (the headline and the first sentence): both, in the document's order.
    assert ids('where does it say "storm repairs"?', index) == ["publisher", "reopen-date"]


def test_words_pasted_without_quotation_marks_before_a_bare_what_are_quoted(index):
    # Set off by a dash or colon from a question that asks nothing of its own, the words are what is asked about.
    assert ids("working through the night - what's that about?", index) == ["mayor-thanks"]
    assert quoted_in_documents("three weeks: meaning?", index.knowledge, None) is None  # two words may be anyone's
    for asked in ("working through the night - was it mentioned?", "the mayor's thanks - who gave them?"):
        assert quoted_in_documents(asked, index.knowledge, None) is None, asked  # each asks a question of its own


def test_quoted_words_the_document_lacks_or_a_question_asking_more_are_matched_as_usual(index):
    assert quoted_in_documents('did they say "working overtime"?', index.knowledge, None) is None
    assert quoted_in_documents("what's the harbour's name? it's 'Valmora', isn't it", index.knowledge, None) is not None
    # An apostrophe is no quotation mark.
    assert quoted_in_documents("who led the harbour's repairs?", index.knowledge, None) is None
    # A name in code marks is Slack's way of setting a name off, not a passage quoted: every passage naming it may
    # answer ("`Valmora`" stands in the headline and in the first sentence alike).
    assert quoted_in_documents("who repaired `Valmora` harbour?", index.knowledge, None) is None
    assert quoted_in_documents("what does `working through the night` mean?", index.knowledge, None) is not None
    # Asking who else said them asks more than where they are: the matcher decides among the facts quoting them, and
    # someone the documents don't know gets no answer.
    quoted = quoted_in_documents('did the minister say "working through the night"?', index.knowledge, None)
    assert quoted is not None and quoted.asks_more
    assert ids('did the minister say "working through the night"?', index) == []


def test_the_word_right_before_a_noun_describes_it_unless_it_names_counts_or_is_a_function_word():
    from bot.positions import describing_words  # noqa: PLC0415

    text = "the Israeli-Palestinian conflict, this devastating conflict, two conflicts, a deadly Conflict"
    assert [word for word, _, _ in describing_words("conflict", text)] == ["devastating", "deadly"]
    assert describing_words("conflict", "the conflicting views") == []


def test_how_a_thing_is_described_is_answered_by_the_passages_that_describe_it(curated_index):
    # The matched fact names "the Israeli-Palestinian conflict", saying which; two other passages call it
    # "devastating" and "deadly" (seven probes asked, s19-s33, each labelling one of the two).
    for question in ("how is the conflict described?", "What adjectives describe the conflict?"):
        assert ids(question, curated_index) == ["end-bloodshed", "hostages"], question
    # In one place, by the passage from there.
    assert ids("how is the conflict described in the first paragraph?", curated_index) == ["end-bloodshed"]
    # Where the matched fact describes the thing, or matched it in other words, it stands.
    assert ids("how is the situation in Gaza described?", curated_index) == ["gaza-focus"]
    assert ids("How is the conversation characterized?", curated_index) == ["humanitarian-impulse"]
    assert ids("Which two adjectives describe Egypt's assistance?", curated_index) == ["thanks-evacuation"]
    # A word the question gives the thing already is no description of it: "the humanitarian aid" is described by
    # the passage calling it "vital humanitarian aid", not by the four that say "humanitarian aid" (any verb of
    # giving it a word, any name for a word).
    question = "which adjective does the piece attach to the humanitarian aid?"
    assert ids(question, curated_index) == ["aid-obstacles"]
