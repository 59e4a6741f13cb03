"""A question that points into the document ("in the last sentence", "the second paragraph") is answered from the
facts quoted from there, and the words that point are no subject."""

from dataclasses import replace

from bot.positions import at_position
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


def test_with_several_documents_a_place_is_left_as_asked(index):
    knowledge = index.knowledge
    document = next(iter(knowledge.documents.values()))
    two = replace(knowledge, documents={**knowledge.documents, "other": replace(document, id="other")})
    asked = "in the last sentence, what returned first?"
    assert at_position(asked, two, None) == (asked, None)
    assert at_position(asked, knowledge, None)[0] == "what returned first?"
