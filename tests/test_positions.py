"""A question that points into the document ("in the last sentence", "the second paragraph") is answered from the
facts quoted from there, and the words that point are no subject."""

from dataclasses import replace

from bot.positions import at_position, quoted_there
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
