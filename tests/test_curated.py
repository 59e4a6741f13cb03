"""The curated fact base in knowledge/: valid, covering the whole article, and meeting its eval targets."""

import hashlib
import re
from collections import Counter

import pytest

from bot.evaluation import evaluate, load_cases
from bot.knowledge import load_knowledge
from bot.matching import answer
from bot.words import words
from tests.conftest import DATA, ROOT

SEED = ROOT / "seeds" / "putin-sisi-phone-call-la-nouvelle-tribune.txt"
# The first source document, as handed to us (../shared/seeds/000_a5a61ea775a520f4.txt).
SEED_SHA256 = "e8a27049f7c37030ad8491c0623e04548433234581c6896cbb3365de6b1ada39"


def answered_with(question: str, index) -> list[str]:
    """The ids of the facts a question is answered with; [] if it gets no answer."""
    from bot.replies import Kind, reply_to  # noqa: PLC0415

    reply = reply_to(question, index)
    return [f.id for f in reply.facts] if reply.kind is Kind.ANSWER else []


def test_shipped_fact_base_is_valid_and_every_quote_is_at_its_offsets():
    knowledge = load_knowledge(ROOT / "knowledge")
    assert len(knowledge.facts) >= 15
    for fact in knowledge.facts:
        text = knowledge.document_of(fact).text
        assert " ".join(text[fact.start : fact.end].split()) == " ".join(fact.quote.split())


def test_seed_document_is_the_one_we_were_given():
    assert hashlib.sha256(SEED.read_bytes()).hexdigest() == SEED_SHA256


def test_seed_document_matches_the_shared_copy_when_it_is_beside_the_repository():
    shared = ROOT.parent / "shared" / "seeds" / "000_a5a61ea775a520f4.txt"
    if not shared.exists():
        pytest.skip(f"{shared} is not beside this clone; the hash test above still checks the seed")
    assert SEED.read_bytes() == shared.read_bytes()


def test_every_sentence_of_the_article_is_reachable_through_a_fact():
    knowledge = load_knowledge(ROOT / "knowledge")
    document = knowledge.documents["putin-sisi-call"]
    covered = [(f.start, f.end) for f in knowledge.facts]
    for match in re.finditer(r"[^.\n]+[.\n]?", document.text):
        if len(words(match.group())) < 3:
            continue
        assert any(s < match.end() and match.start() < e for s, e in covered), match.group()


def test_dev_set_meets_the_targets(curated_index):
    report = evaluate(load_cases(DATA / "eval_dev.yaml"), curated_index)
    # A guard against regressions, not the issue's target (that is measured on the held-back set): the dev set
    # stood at 93.3% when round four was written, and at 96.1% (two-part 29/30, near misses 97.3%) after the
    # session that answered tied facts both (README).
    assert report.accuracy >= 0.95
    assert report.two_part >= 0.9
    assert report.refusal("off-topic") == 1.0
    assert report.refusal("near-miss") >= 0.95
    assert report.precision >= 0.98


def test_evaluation_sets_are_big_enough():
    cases = load_cases(DATA / "eval_dev.yaml") + load_cases(DATA / "eval_holdout.yaml")
    assert len(cases) >= 80
    assert sum(c.kind != "in-scope" for c in cases) >= 25
    assert any(c.kind == "near-miss" for c in load_cases(DATA / "eval_holdout.yaml"))


def test_pruned_matcher_agrees_with_exhaustive_scoring_on_the_eval_sets(curated_index):
    for case in load_cases(DATA / "eval_dev.yaml") + load_cases(DATA / "eval_holdout.yaml"):
        fast = answer(case.question, curated_index)
        slow = answer(case.question, curated_index, exhaustive=True)
        assert fast.outcome == slow.outcome, case.question
        assert [c.fact.id for c in fast.suggestions] == [c.fact.id for c in slow.suggestions]
        if fast.answered:
            assert fast.best == slow.best


def test_anything_asks_for_any_one_thing_and_names_no_subject(curated_index):
    # "Did they agree on anything?" is one of the fact base's phrasings, which made "anything" a known word that
    # drew every such question to that fact: "did they reaffirm anything" was refused.
    from bot.matching.matcher import FILLER_WEIGHT, _weigh  # noqa: PLC0415

    anything = curated_index.term_ids["anyth"]
    assert (anything, FILLER_WEIGHT, False) in _weigh(["reaffirm", "anyth"], curated_index, {})
    assert answer("did they reaffirm anything", curated_index).best.fact.id == "palestinian-state"


def test_an_aim_in_the_article_is_no_yes_to_whether_it_happened(curated_index):
    from bot.replies import Lead, reply_to  # noqa: PLC0415

    # "agree to intensify their efforts to achieve a ceasefire": an aim, so no "Yes" to "did they achieve one?"...
    assert reply_to("Did they achieve a ceasefire?", curated_index).parts[0].lead is not Lead.YES
    # ... while a question about the aim itself is affirmed.
    assert reply_to("did they push to achieve a ceasefire?", curated_index).parts[0].lead is Lead.YES
    # A plan asked to exist is a thing, which a statement of wanting does not state: "they called for an end to the
    # obstacles to aid" is no yes to "is there a plan for aid?", while a wish asked to exist is stated by one.
    for asked in ("is there a plan for aid?", "is there a plan for the hostages?"):
        reply = reply_to(asked, curated_index)
        assert reply.answered and reply.parts[0].lead is not Lead.YES, asked
    assert reply_to("was there a desire to end the bloodshed?", curated_index).parts[0].lead is Lead.YES


def test_a_question_asking_the_contrary_of_a_statement_gets_no_yes(curated_index):
    from bot.replies import Lead, reply_to  # noqa: PLC0415

    assert reply_to("Did Moscow and Cairo have different visions?", curated_index).parts[0].lead is not Lead.YES
    assert reply_to("Did the Egyptian presidency deny the agreement?", curated_index).parts[0].lead is not Lead.YES
    assert reply_to("Do Moscow and Cairo share a vision for the Middle East?", curated_index).parts[0].lead is Lead.YES


@pytest.mark.parametrize(
    "question",
    ["Did Egypt help evacuate Russian citizens from Gaza on its own?", "Did Egypt alone help evacuate Russians?",
     "Did Egypt help evacuate all Russian citizens from Gaza?", "Did they only discuss Gaza?",
     "Is Gaza the only topic they discussed?", "Did Putin thank only Egypt?"],
)  # fmt: skip
def test_one_alone_or_all_of_them_is_more_than_a_curated_yes_says(curated_index, question):
    from bot.replies import Lead, reply_to  # noqa: PLC0415

    # Each holds a curated `affirms` question's words, and a word matching weighs as nothing that asks for more.
    reply = reply_to(question, curated_index)
    assert reply.answered and reply.parts[0].lead is not Lead.YES
    assert reply_to("Did Egypt help evacuate Russian citizens from Gaza?", curated_index).parts[0].lead is Lead.YES


def test_one_word_asked_about_with_no_subject_gets_no_yes(curated_index):
    from bot.replies import Lead, reply_to  # noqa: PLC0415

    # "is it important?" leans on an earlier message: "the importance of relations" is no yes to it.
    assert reply_to("is it important?", curated_index).parts[0].lead is not Lead.YES
    assert reply_to("did they say anything about hostages?", curated_index).parts[0].lead is Lead.YES


def test_a_figure_asked_for_comes_from_a_fact_that_holds_it(curated_index):
    from bot.replies import Kind, reply_to  # noqa: PLC0415

    # The telephone fact matches "on the call" best, but the participants' fact holds every word asked as well,
    # and the figure: "two presidents".
    reply = reply_to("how many leaders were on the call?", curated_index)
    assert reply.kind is Kind.ANSWER and reply.facts[0].id == "call-participants"
    assert reply_to("how many hostages did they mention?", curated_index).kind is Kind.RELATED
    # The call's date holds "when", not "published": the article's own date is what is asked, and the documents lack
    # it. (Its answer once said "the article does not give the year", and "when was the article written?" got it.)
    published = reply_to("when was the article published?", curated_index)
    assert published.kind is Kind.RELATED and [f.id for f in published.facts] == ["publisher"]
    assert reply_to("when was the article written?", curated_index).kind is not Kind.ANSWER


def test_a_span_of_time_asked_for_is_no_figure_of_people(curated_index):
    from bot.replies import Gap, Kind, reply_to  # noqa: PLC0415

    # "two presidents" is a figure, but not how long anything lasted.
    reply = reply_to("how long was the phone call?", curated_index)
    assert reply.kind is Kind.RELATED and reply.gap is Gap.FIGURE
    # Nor is the day of a month ("on November 14") a count: this had been answered with the call's date.
    counted = reply_to("how many calls have they had this year?", curated_index)
    assert counted.kind is Kind.RELATED and counted.gap is Gap.FIGURE and [f.id for f in counted.facts] == ["call-date"]


def test_which_and_what_ask_alike_and_raising_a_subject_is_discussing_it(curated_index):
    for question, fact in [
        ("which conflict did they address?", "main-topic"),
        ("Which conflict did the presidents talk about?", "main-topic"),
        ("did the leaders bring up the hostages?", "hostages"),
        ("did they raise the hostages?", "hostages"),
    ]:
        assert answered_with(question, curated_index) == [fact], question


def test_common_words_around_a_question_do_not_pick_the_fact(curated_index):
    # "Important" and "last week" are words a fact uses ("the importance of relations", "a lasting solution"),
    # but around the question they only say how the asker came to ask. An en dash joins two names.
    for question, fact in [
        ("*Important*: can you tell me what the two leaders said about the _hostages_?", "hostages"),
        (
            "I'm catching up on the news from last week - which two presidents were on the phone call?",
            "call-participants",
        ),
        ("Can you confirm the date of the Putin–Sisi phone call?", "call-date"),
    ]:
        assert answered_with(question, curated_index) == [fact], question


def test_praise_in_everyday_words_is_the_thanks_the_article_reports(curated_index):
    # "Did Putin speak well of Egypt?" had been answered with who spoke; praise is the gratitude the article reports,
    # and only of whom it reports it.
    from bot.replies import Lead, reply_to  # noqa: PLC0415

    for question in ("did putin speak well of egypt?", "was putin complimentary about egypt?"):
        assert answered_with(question, curated_index) == ["thanks-evacuation"], question
    reply = reply_to("did sisi say anything nice about putin?", curated_index)
    assert not (reply.answered and reply.parts[0].lead is Lead.YES)


def test_a_light_verb_weighs_less_than_the_words_it_takes_its_meaning_from(curated_index):
    # "What did Russia get help with?" had gone to the one fact phrased "how will aid get into Gaza?": "get" was as
    # rare in the fact base as "woman" (one fact each), and weighed twice what Russia did.
    from bot.matching.index import LIGHT_VERB_SHARE  # noqa: PLC0415

    weights, ids = curated_index.weights, curated_index.term_ids
    assert weights[ids["get"]] == pytest.approx(LIGHT_VERB_SHARE * weights[ids["woman"]])
    assert answered_with("what did russia get help with", curated_index) in ([], ["thanks-evacuation"])


def test_a_topic_then_were_they_discussed_asks_about_the_topic(curated_index):
    # "They" is the topic here, not the leaders: the topic's unknown words are what is asked, not wrapping around it.
    for question in (
        "egyptian army deployments - were they brought up?",
        "palestinian refugees in egypt - were they discussed?",
    ):
        assert answered_with(question, curated_index) == [], question
    assert answered_with("the hostages - were they mentioned?", curated_index) == ["hostages"]


def test_the_plural_of_an_exact_variant_is_not_the_group(curated_index):
    # "Settlement" is a conflict's solution; "settlements" are the West Bank's, which the article never mentions.
    assert answered_with("what sort of settlement do both men back?", curated_index) == ["palestinian-state"]
    for question in ("what about the settlements?", "settlements - were they discussed?"):
        assert answered_with(question, curated_index) == [], question


def test_appreciated_after_its_subject_is_the_question_s_verb_not_thanks(curated_index):
    # Typed straight after a question, "appreciated" had come off as the asker's thanks ("… much appreciated").
    assert answered_with("what did egypt do that russia appreciated", curated_index) == ["thanks-evacuation"]


@pytest.mark.parametrize(
    "question", ["how did they frame the hostage question?", "how did they present the hostage issue?"]
)
def test_framing_or_presenting_a_thing_is_describing_it(curated_index, question):
    assert answered_with(question, curated_index) == ["hostages"]


def test_being_held_hostage_is_being_a_hostage(curated_index):
    # "Held" is the date fact's word ("Held on November 14"): held hostage is the hostages' phrase.
    for question in ("who is being held hostage?", "did they mention the people held hostage?"):
        assert answered_with(question, curated_index) == ["hostages"], question


def test_an_expression_of_thanks_is_the_thanks(curated_index):
    # The noun of expressing is a frame from the first reading: a curated "did Putin express his gratitude?" had
    # drawn the question to the thanks, not to what they underline.
    assert answered_with("what does Putin's expression of thanks underscore?", curated_index) == ["bilateral-relations"]
    assert answered_with("did putin express thanks to egypt?", curated_index) == ["thanks-evacuation"]


def test_in_the_call_says_when_something_was_said_not_what_is_asked(curated_index):
    from bot.replies import Lead, reply_to  # noqa: PLC0415

    # The quote about the hostages never says "phone conversation": the phrase only places the question.
    reply = reply_to("did putin and sisi discuss the hostages during their phone conversation", curated_index)
    assert [f.id for f in reply.facts] == ["hostages"] and reply.parts[0].lead is Lead.YES
    assert reply_to("was the ceasefire discussed in the call?", curated_index).parts[0].lead is Lead.YES
    # Taking part is asked "on the call", and the call itself can be what is asked about.
    assert [f.id for f in reply_to("who was on the call?", curated_index).facts] == ["call-participants"]
    assert [f.id for f in reply_to("what was discussed in the call?", curated_index).facts] == ["main-topic"]
    # (What happened in it is all of it: its summary, test_what_happened_in_the_event_….)


def test_a_leader_named_by_his_country_is_who_the_article_names(curated_index):
    from bot.replies import Lead, reply_to  # noqa: PLC0415

    # "Putin expressed his gratitude to his Egyptian counterpart": Sisi, one of whose names is Egyptian, is Egypt.
    assert reply_to("Did Putin express gratitude to Egypt?", curated_index).parts[0].lead is Lead.YES
    assert reply_to("Did Egypt express gratitude to Putin?", curated_index).parts[0].lead is not Lead.YES
    # Only in who did what to whom: Putin is not the Kremlin that reported anything.
    assert reply_to("Did the Kremlin report the agreement?", curated_index).parts[0].lead is not Lead.YES
    # Putin standing for Russia early on hides no later "Russian citizens": each name in its turn.
    thanked = "did Putin thank Sisi for the evacuation of Russian citizens?"
    assert reply_to(thanked, curated_index).parts[0].lead is Lead.YES
    turned = "did Sisi thank Putin for the evacuation of Russian citizens?"
    assert reply_to(turned, curated_index).parts[0].lead is not Lead.YES


def test_who_does_what_is_read_from_where_the_doer_stands(curated_index):
    from bot.replies import Lead, reply_to  # noqa: PLC0415

    # "help in evacuating Russian citizens from the Gaza Strip": the help is Egypt's, Russia's citizens are helped.
    assert all(p.lead is not Lead.YES for p in reply_to("is Russia helping Gaza?", curated_index).parts)
    # "assistance provided by Egypt during the evacuation of Russian citizens": the one after "by" does it.
    assert reply_to("Did Egypt help evacuate Russians from Gaza?", curated_index).parts[0].lead is Lead.YES


def test_asides_around_a_question_neither_sink_it_nor_become_questions(curated_index):
    from bot.replies import Kind, Lead, reply_to  # noqa: PLC0415

    for question, facts in [
        ("hey, sorry if this is a dumb question but did the article say anything about hostages?", ["hostages"]),
        ("I'm confused about something. The article talks about a shared vision - a shared vision of what?",
         ["shared-vision"]),
        ("what did the two leaders say about civilians in Gaza? I need it for a slide.", ["end-bloodshed"]),
        ("FYI I'm drafting the weekly update. Did they say anything about evacuating foreigners?",
         ["evacuation-foreigners"]),
        ("I need to know two things. First, who was on the call? Second, what did they say about aid?",
         ["call-participants", "aid-obstacles"]),
    ]:  # fmt: skip
        reply = reply_to(question, curated_index)
        assert reply.kind is Kind.ANSWER and [f.id for f in reply.facts] == facts and not reply.unanswered, question
    # The kind of question is the asking sentence's: "figure out" in an aside asks for no figure.
    reply = reply_to("does the article mention the hostages? I'm trying to figure out if they came up", curated_index)
    assert reply.kind is Kind.ANSWER and reply.parts[0].lead is Lead.YES


def test_the_asker_speaking_of_themselves_may_name_the_documents_things_too(curated_index):
    # "The Middle East" is a fact's word, which had weighed against the question the message asks.
    question = (
        "So I've been reading about the Middle East and I'm curious: what did the Russian and Egyptian presidents "
        "say about a Palestinian state?"
    )
    assert answered_with(question, curated_index) == ["palestinian-state"]
    # A name the documents lack may be whom the question's "they" are: no answer about the documents' people.
    for question in ("I follow Ukraine closely. What did they agree on?", "I'm researching Biden's Gaza policy. "
                     "What did they say about aid?"):  # fmt: skip
        assert answered_with(question, curated_index) == [], question


def test_either_of_two_known_subjects_is_answered_both(curated_index):
    from bot.replies import Kind, reply_to  # noqa: PLC0415

    reply = reply_to("Did they discuss the ceasefire or the hostages?", curated_index)
    assert reply.kind is Kind.ANSWER and [f.id for f in reply.facts] == ["ceasefire-agreement", "hostages"]


def test_was_the_call_about_x_asks_whether_x_was_discussed(curated_index):
    from bot.replies import Kind, Lead, reply_to  # noqa: PLC0415

    for question, fact in [
        ("was the call about the hostages?", "hostages"),
        ("is the article about Gaza?", "gaza-focus"),
        # Stated to be confirmed, or mostly about it.
        ("the call was about the hostages?", "hostages"),
        ("was the call mostly about Gaza?", "gaza-focus"),
        ("the call was mainly about Gaza, right?", "gaza-focus"),
        # Behind any words that ask to confirm it (probe_s49: "the call" had been the telephone's).
        ("is it fair to say the call was about Gaza?", "gaza-focus"),
        ("would you say the call was about the hostages?", "hostages"),
    ]:
        reply = reply_to(question, curated_index)
        assert [f.id for f in reply.facts] == [fact] and reply.parts[0].lead is Lead.YES, question
    # Only about Gaza is more than the article says; so is "mainly" of what it never puts at the centre.
    for beyond in ("was the call only about Gaza?", "was the call mainly about the hostages?"):
        assert all(p.lead is not Lead.YES for p in reply_to(beyond, curated_index).parts), beyond
    # "The main concern" is what the article puts at the centre of their discussions.
    assert reply_to("Was the Gaza Strip the main concern of the discussion?", curated_index).parts[0].lead is Lead.YES
    # One side of the choice is in the documents: that side answers it.
    assert [f.id for f in reply_to("Was the call about Gaza or Ukraine?", curated_index).facts] == ["gaza-focus"]
    assert reply_to("what was the call about?", curated_index).kind is Kind.ANSWER


def test_a_thing_named_as_someone_elses_is_no_yes(curated_index):
    from bot.replies import Lead, reply_to  # noqa: PLC0415

    # "helping evacuate Russian citizens": the citizens the article names are not Egypt's.
    assert reply_to("Did Egypt evacuate Egyptian citizens?", curated_index).parts[0].lead is not Lead.YES
    assert reply_to("Did Egypt help evacuate Russian citizens?", curated_index).parts[0].lead is Lead.YES


def test_a_known_date_places_a_question_and_an_unknown_one_is_not_answered(curated_index):
    from bot.replies import Kind, reply_to  # noqa: PLC0415

    reply = reply_to("what did the two presidents talk about on november 14", curated_index)
    assert [f.id for f in reply.facts] == ["main-topic"]
    assert reply_to("what did they discuss on November 20?", curated_index).kind is not Kind.ANSWER
    assert [f.id for f in reply_to("when did they speak on the phone?", curated_index).facts] == ["call-date"]


def test_wanting_is_stated_by_any_word_of_wanting(curated_index):
    from bot.replies import Lead, reply_to  # noqa: PLC0415

    # "They also spoke about the need to release the hostages."
    assert reply_to("did they want the captives freed?", curated_index).parts[0].lead is Lead.YES
    assert reply_to("did they call for the hostages to be freed?", curated_index).parts[0].lead is Lead.YES
    # Wanting it is not its having happened.
    assert reply_to("were the hostages freed?", curated_index).parts[0].lead is not Lead.YES


def test_a_thing_of_the_askers_workplace_is_not_the_documents(curated_index):
    from bot.replies import Kind, reply_to  # noqa: PLC0415

    # The telephone fact says "not a meeting"; the team's own meeting is none of the documents' business.
    assert reply_to("What's on the agenda for the team meeting?", curated_index).kind is not Kind.ANSWER
    assert reply_to("when is the next team meeting", curated_index).kind is Kind.ABSTAIN
    assert [f.id for f in reply_to("was it a meeting?", curated_index).facts] == ["call-medium"]
    # Asked of their own call, meeting or standup: these had got the date, the medium and the main topic.
    for theirs in ("when is our weekly call?", "what did we discuss in the team meeting?", "is the team meeting today?",
                   "what's the topic of our standup?", "what is on our agenda today?",
                   "what's the agenda for tomorrow's call?", "who was on the call with the client?",
                   "what did my manager say about the report?", "what time is standup?",
                   # "On call" is a duty rota (an alias group of its own), "on the call" the phone call.
                   "who's on call this week?", "who is on-call?"):  # fmt: skip
        assert reply_to(theirs, curated_index).kind is Kind.ABSTAIN, theirs
    assert [f.id for f in reply_to("who was on the call?", curated_index).facts] == ["call-participants"]
    # Whom or what the asking is for is no thing asked of.
    for asked, fact in (("for our weekly report, when did they speak?", "call-date"),
                        ("what did they say about the hostages, for my team?", "hostages"),
                        ("my team wants to know when they spoke", "call-date"),
                        ("I need to tell my boss: who reported the ceasefire?", "egyptian-presidency-report"),
                        ("a quick one for the weekly digest — who did Putin thank?", "thanks-evacuation")):  # fmt: skip
        assert [f.id for f in reply_to(asked, curated_index).facts] == [fact], asked


def test_who_talked_is_not_what_they_talked_about(curated_index):
    from bot.replies import Kind, reply_to  # noqa: PLC0415

    # Putin and Sisi are named in most facts: as the ones who talked they don't pick the fact, what they talked
    # about does ("what did Putin thank Sisi for?" had answered the first of these).
    for question, fact in [
        ("what did putin and sisi say about gaza", "gaza-focus"),
        ("What did the Kremlin leader and his Egyptian counterpart say about Gaza's children?", "end-bloodshed"),
    ]:
        assert answered_with(question, curated_index) == [fact], question
    assert [f.id for f in reply_to("What did Putin and Sisi discuss?", curated_index).facts] == ["main-topic"]
    assert reply_to("Did Putin and Sisi discuss sanctions on Russia?", curated_index).kind is Kind.ABSTAIN
    # Nor are they unnamed: "the leaders" who mentioned something had drawn the facts phrased with "leaders".
    assert [f.id for f in reply_to("did the leaders mention children?", curated_index).facts] == ["end-bloodshed"]
    # Where they talked is no topic either: it had dropped the names and tied the topic with the telephone.
    for question in (
        "what did Putin and el-Sisi talk about on that phone call?",
        "what did they discuss during the call?",
    ):
        assert [f.id for f in reply_to(question, curated_index).facts] == ["main-topic"], question


def test_a_question_naming_only_the_protagonists_must_fit_a_phrasing(curated_index):
    from bot.replies import Kind, reply_to  # noqa: PLC0415

    # "Where" drew the one fact phrased "where does this report come from?", whose headline names Sisi.
    assert reply_to("where is sisi from?", curated_index).kind is not Kind.ANSWER
    assert [f.id for f in reply_to("who is al-sisi?", curated_index).facts] == ["call-participants"]
    assert [f.id for f in reply_to("what is sisi's full name?", curated_index).facts] == ["call-participants"]


def test_a_date_is_not_the_date_of_what_its_quote_only_mentions(curated_index):
    from bot.replies import Kind, reply_to  # noqa: PLC0415

    for question in ("when did the war start?", "when did the conflict begin?", "when did Sisi become president?"):
        assert reply_to(question, curated_index).kind is not Kind.ANSWER, question
    assert [f.id for f in reply_to("when did the egyptian president talk to putin", curated_index).facts] == [
        "call-date"
    ]


def test_a_second_question_may_lean_on_the_first_and_a_bare_follow_up_is_none(curated_index):
    from bot.replies import reply_to  # noqa: PLC0415

    for question in ("1) who was on the call 2) when was it", "who was on the call? when was it?"):
        assert [f.id for f in reply_to(question, curated_index).facts] == ["call-participants", "call-date"]
    # A wh-question's "it" is the first's subject; "was it the Kremlin?" guesses the first's answer, asking no more.
    assert [f.id for f in reply_to("1) when was the call 2) how was it held", curated_index).facts] == [
        "call-date",
        "call-medium",
    ]
    guessed = reply_to("who reported that they agreed to push for a ceasefire? was it the kremlin?", curated_index)
    assert [f.id for f in guessed.facts] == ["egyptian-presidency-report"]
    # "really?", "anyone?" after a question ask nothing more: no "I don't have anything on 'really?'".
    for question in ("when was the call? really?", "who was on the call? anyone?"):
        assert reply_to(question, curated_index).unanswered == (), question


def test_an_aside_in_brackets_is_wording(curated_index):
    from bot.replies import reply_to  # noqa: PLC0415

    assert [f.id for f in reply_to("when was the call (roughly)?", curated_index).facts] == ["call-date"]


def test_a_half_two_facts_answer_equally_is_answered_as_a_whole_question_would_be(curated_index):
    from bot.replies import reply_to  # noqa: PLC0415

    # "What did they agree on?" scores the agreement and the presidency's report of it within the margin; alone it
    # is answered by the one whose quote proves both, and so it is as the second half of a question.
    whole = [f.id for f in reply_to("what did they agree on?", curated_index).facts]
    assert [f.id for f in reply_to("Who spoke and what did they agree on?", curated_index).facts] == [
        "call-participants",
        *whole,
    ]


def test_a_reason_is_one_of_what_its_fact_is_about(curated_index):
    from bot.replies import Gap, reply_to  # noqa: PLC0415

    # The relations fact's "why is the gesture important?" gives why a gesture matters, not why Gaza does.
    assert reply_to("Why is Gaza important to Egypt?", curated_index).gap is Gap.REASON
    assert reply_to("why did putin call sisi?", curated_index).gap is Gap.REASON  # "they spoke by telephone"
    assert [f.id for f in reply_to("Why did Putin thank Sisi?", curated_index).facts] == ["thanks-evacuation"]
    assert reply_to("Why does the article mention a gesture of recognition?", curated_index).answered
    # Why something matters is the reason a fact gives where it calls it important, crucial, vital (probe_s16) ...
    assert answered_with("why is ending the obstacles to aid important?", curated_index) == ["aid-obstacles"]
    # ... and no reason where it does not: thanks for the evacuation say nothing of why it mattered.
    assert reply_to("why was the evacuation of russian citizens important?", curated_index).gap is Gap.REASON
    # Why a thing exists at all is no reason for talking of it: "why did they want the hostages freed?" is curated.
    assert reply_to("why are there hostages?", curated_index).gap is Gap.REASON
    assert answered_with("why did they want the hostages freed?", curated_index) == ["hostages"]
    # The thanks fact's "why" phrasings give why Putin thanked Egypt, not why Egypt helped or the Russians were in Gaza
    # (probe_s34b), though its quote holds every word of those; a why put last asks the reason of what is answered.
    for question in ("Why did Egypt help Russia?", "Why did the Russian citizens go to Gaza?"):
        assert reply_to(question, curated_index).gap is Gap.REASON, question
    assert answered_with("who did Putin thank, and why?", curated_index) == ["thanks-evacuation"]
    assert answered_with("why does the thank-you matter?", curated_index) == ["bilateral-relations"]


_NOT_DONE = "My documents tell what was said and done, not what wasn't. What they do say:"
_JUDGEMENT = "My documents tell what was said and done; they don't judge it. What they do say:"


@pytest.mark.parametrize(
    ("asked", "opening"),
    [
        # What was not done: no statement of what was done answers it.
        *((asked, _NOT_DONE) for asked in (
            "What didn't they agree on?", "what was not discussed?", "who wasn't on the call?",
            "what didn't they discuss?", "which issues did they never raise?", "What did Putin not thank Egypt for?",
            "what was left out of the conversation?")),
        # A judgement no fact makes: no yes from the rest of the question.
        *((asked, _JUDGEMENT) for asked in (
            "is Putin a good leader?", "should Egypt have helped?", "was Egypt right to help?", "was it a good call?",
            "is this good news for Israel?")),
    ],
)  # fmt: skip
def test_what_was_not_done_or_a_judgement_is_no_statement_of_what_was(curated_index, asked, opening):
    from bot.replies import Gap, Kind, reply_to  # noqa: PLC0415
    from bot.terminal import reply_text  # noqa: PLC0415

    reply = reply_to(asked, curated_index)
    gap = Gap.NOT_DONE if opening is _NOT_DONE else Gap.JUDGEMENT
    assert reply.kind is Kind.RELATED and reply.gap is gap, asked
    assert reply_text(reply, curated_index.knowledge, command="x").startswith(opening)


def test_a_judgement_the_article_makes_or_the_leaders_view_is_answered(curated_index):
    from bot.replies import Lead, reply_to  # noqa: PLC0415

    reply = reply_to("was Egypt's help valuable?", curated_index)
    assert [f.id for f in reply.facts] == ["thanks-evacuation"] and reply.parts[0].lead is Lead.YES
    assert [f.id for f in reply_to("should the hostages be freed, according to them?", curated_index).facts] == [
        "hostages"
    ]


def test_the_leaders_unnamed_are_whom_a_statements_they_stands_for(curated_index):
    from bot.replies import Lead, reply_to  # noqa: PLC0415

    # "They agreed to intensify their efforts to achieve a ceasefire": "the leaders" need not be in it.
    assert reply_to("did the leaders agree to push for a truce?", curated_index).parts[0].lead is Lead.YES
    assert reply_to("Did the presidents call for the hostages to be freed?", curated_index).parts[0].lead is Lead.YES
    # What they did must still be stated, two words of it at least, and a pronoun or a wanted thing is no subject.
    assert all(p.lead is not Lead.YES for p in reply_to("did the leaders sign a truce?", curated_index).parts)
    assert all(
        p.lead is not Lead.YES for p in reply_to("were the leaders concerned about civilians?", curated_index).parts
    )
    assert all(
        p.lead is not Lead.YES for p in reply_to("did they want humanitarian access to gaza?", curated_index).parts
    )


def test_a_thing_asked_for_by_a_noun_no_fact_uses_is_not_answered(curated_index):
    from bot.matching import answer  # noqa: PLC0415

    # The rest of each question is a whole phrasing ("Palestinian state", "La Nouvelle Tribune"); what it asks
    # for is not in the article.
    assert not answer("What is the capital of the Palestinian state?", curated_index).answered
    assert not answer("What language is La Nouvelle Tribune in?", curated_index).answered
    # A person asked for by such a noun: the article names no editor, no minister.
    assert not answer("who is the editor of La Nouvelle Tribune?", curated_index).answered
    assert not answer("who is Egypt's foreign minister?", curated_index).answered
    assert answer("who is the president of Egypt?", curated_index).best.fact.id == "call-participants"
    # A variant of several words ("what month") or an everyday noun ("kind") is no such noun.
    assert answer("what month did they talk?", curated_index).best.fact.id == "call-date"
    assert answer("which heads of state were involved?", curated_index).answered
    assert answer("what kind of help did Egypt give during the evacuation?", curated_index).answered


def test_a_word_of_a_canonical_phrase_alone_is_an_everyday_word(curated_index):
    from bot.matching import answer  # noqa: PLC0415

    # "part" was a word of "took part" (participants, now one word): alone it weighed as much as "ceasefire".
    assert answer("explain the ceasefire part", curated_index).best.fact.id == "ceasefire-agreement"
    assert answer("explain the ceasefire part", curated_index).answered
    assert answer("who took part in the call?", curated_index).best.fact.id == "call-participants"
    # A canonical form of several words: each word is the curated one only beside the rest.
    normalizer = curated_index.normalizer
    assert normalizer.aliased("east", ["middl", "east"]) and not normalizer.aliased("east", ["east", "gaza"])


def test_where_the_asker_read_it_is_not_what_they_ask(curated_index):
    from bot.replies import reply_to  # noqa: PLC0415

    for question, fact in [
        ("So I was reading this piece from La Nouvelle Tribune and I'm confused - why did Putin thank Egypt?",
         "thanks-evacuation"),
        ("<@U123ABC> I was reading the La Nouvelle Tribune piece and couldn't figure out — when did this conversation "
         "actually happen?", "call-date"),
    ]:  # fmt: skip
        assert [f.id for f in reply_to(question, curated_index).facts] == [fact], question
    # Said of the subject, not of the asker, it still counts.
    assert reply_to("La Nouvelle Tribune - what is that?", curated_index).facts[0].id == "publisher"
    # The asker's own words are no typos of the fact base's ("one-pager" had become "paper": the publisher), and
    # one of them that says what the question asks ("ties": "their relationship") still counts.
    reply = reply_to(
        "I'm putting together a one-pager on Egypt-Russia ties. What does the article say about their relationship?",
        curated_index,
    )
    assert [f.id for f in reply.facts] == ["bilateral-relations"]


def test_what_was_spoken_of_named_by_an_everyday_word_must_be_stated(curated_index):
    from bot.replies import Lead, reply_to  # noqa: PLC0415

    # "They discussed crucial issues…" says they talked, not that men were spoken of.
    assert reply_to("Were men mentioned?", curated_index).parts[0].lead is not Lead.YES
    assert reply_to("were women mentioned?", curated_index).parts[0].lead is Lead.YES
    assert reply_to("did they discuss anything?", curated_index).parts[0].lead is Lead.YES


def test_a_document_named_as_the_source_of_a_question_is_not_its_subject(curated_index):
    from bot.replies import reply_to  # noqa: PLC0415

    for question, fact in [
        ("As reported by La Nouvelle Tribune, what did the two leaders discuss?", "main-topic"),
        ("From the Nouvelle Tribune piece - who was on the call?", "call-participants"),
        ("According to the Egyptian presidency, what did they agree on?", "egyptian-presidency-report"),
        ("what's the article's take on the Palestinian state?", "palestinian-state"),
        ("Is the article from La Nouvelle Tribune?", "publisher"),
        # What the paper, by the last word of its name, says the call was: what the call was, as it says.
        ("What does the Tribune say the call was about?", "main-topic"),
        ("What does the article say the call was about?", "main-topic"),
        ("what does la nouvelle tribune report?", "publisher"),  # nothing asked of it: the paper itself
        # The document by its name, read by the asker: no subject, whatever is asked after it.
        ("I read the La Nouvelle Tribune article. Which two leaders were on the call?", "call-participants"),
        ("who wrote the La Nouvelle Tribune article?", "publisher"),
        # After the question, as a teacher asks it (probe_s34c).
        ("On what date was the telephone conversation held, according to La Nouvelle Tribune?", "call-date"),
    ]:
        assert [f.id for f in reply_to(question, curated_index).facts] == [fact], question


def test_what_someone_the_documents_lack_said_is_not_answered(curated_index):
    from bot.matching import answer  # noqa: PLC0415

    assert not answer("What did the US say about the Palestinian state?", curated_index).answered
    assert answer("Was the Israeli-Palestinian conflict discussed?", curated_index).answered  # what, not who
    assert not answer("What is the Palestinian state's capital?", curated_index).answered
    # The documents' own people, named or not, or everyday words for them, still ask about what was said.
    assert answer("what did the presidents say about the hostages?", curated_index).answered
    assert answer("Hi! Could you tell me whether Putin and al-Sisi said anything about a Palestinian state?",
                  curated_index).answered  # fmt: skip
    assert answer("what is the call's date?", curated_index).answered


def test_whom_they_talked_with_is_no_topic_however_many_words_name_them(curated_index):
    # "with the Egyptian president" had lost only "the Egyptian" and left "president" as what was talked about:
    # Putin, who spoke, was dropped from the question, and it got "did you mean" (probe_s16b).
    plain = answered_with("did putin speak with sisi?", curated_index)
    assert plain
    for question in ("did putin speak with the egyptian president?", "did putin speak with the president of egypt?"):
        assert answered_with(question, curated_index) == plain, question
    # What they talked about still is: after the names, "about …".
    assert answered_with("did putin speak with sisi about gaza?", curated_index) == ["gaza-focus"]
    assert answered_with("did putin talk to the egyptian president about the hostages?", curated_index) == ["hostages"]


def test_one_name_as_the_subject_must_be_who_does_it(curated_index):
    from bot.replies import Lead, reply_to  # noqa: PLC0415

    # "assistance provided by Egypt during the evacuation of Russian citizens": Egypt provides, not Russia.
    assert reply_to("Did Russia provide humanitarian aid?", curated_index).parts[0].lead is not Lead.YES
    assert reply_to("Did Egypt provide assistance during the evacuation?", curated_index).parts[0].lead is Lead.YES
    # Talk is mutual, and a "to be" question says what something is, not what it does.
    assert reply_to("Did Poutine talk to al-Sissi by phone?", curated_index).parts[0].lead is Lead.YES
    assert reply_to("was gaza at the heart of the conversation?", curated_index).parts[0].lead is Lead.YES


def test_a_question_with_who_did_what_turned_round_gets_what_the_document_says(curated_index):
    from bot.replies import Lead, reply_to  # noqa: PLC0415

    # "Putin thanked his Egyptian counterpart": the reply tells what the document says, not what Sisi thanked for
    # (tests/test_replies.py: a related reply, gap "roles").
    assert not reply_to("What did Sisi thank Putin for?", curated_index).answered
    assert reply_to("What did Putin thank Sisi for?", curated_index).parts[0].lead is Lead.PLAIN
    assert reply_to("egypt's help evacuating russian citizens", curated_index).parts[0].lead is Lead.PLAIN


def test_of_two_subjects_under_one_frame_the_covered_one_is_answered(curated_index):
    from bot.replies import Lead, reply_to  # noqa: PLC0415

    reply = reply_to("What about Gaza and the West Bank?", curated_index)
    assert [f.id for f in reply.facts] == ["gaza-focus"] and reply.unanswered == ("What about the West Bank?",)
    # Names joined as one subject stay one: nothing is answered for half of it.
    assert not reply_to("did Putin and Netanyahu talk?", curated_index).facts
    # A choice is answered by the side the documents know, never with a "Yes".
    assert all(p.lead is not Lead.YES for p in reply_to("was it a video call or phone?", curated_index).parts)


def test_as_well_as_joins_two_subjects_as_and_does(curated_index):
    question = "did they talk about the hostages as well as a palestinian state?"  # probe_s16e
    assert answered_with(question, curated_index) == ["hostages", "palestinian-state"]


def test_of_two_tied_facts_the_one_that_gives_what_is_asked_answers(curated_index):
    # "How many presidents spoke?": the participants ("two presidents") and the topic tie on the words, but only the
    # first gives a figure (probe_s16e); it had got "did you mean".
    assert answered_with("how many presidents spoke?", curated_index) == ["call-participants"]
    assert answered_with("how many leaders spoke?", curated_index) == ["call-participants"]
    assert answered_with("how many hostages did they discuss?", curated_index) == []


def test_say_is_a_word_of_talk_though_the_terms_leave_it_out(curated_index):
    from bot.replies import Lead, reply_to  # noqa: PLC0415

    # "They also spoke about the need to release the hostages": Putin and Sisi are its "they".
    assert reply_to("did Putin and Sisi say anything about the hostages?", curated_index).parts[0].lead is Lead.YES
    israelis = reply_to("did the Israelis say anything about the hostages?", curated_index)
    assert not israelis.parts or israelis.parts[0].lead is not Lead.YES
    # What was said to have happened is not what they said should happen ("the need to release the hostages").
    assert reply_to("did they say the hostages were released?", curated_index).parts[0].lead is not Lead.YES
    assert reply_to("did they say the hostages should be freed?", curated_index).parts[0].lead is Lead.YES


def test_a_call_for_something_is_phrased_as_one(curated_index):
    from bot.replies import Kind, reply_to  # noqa: PLC0415

    # "What was their call regarding aid?" made "call" the telephone in that phrasing, and "why did Putin call?"
    # got the call for aid; the phrasing says "call for" now.
    reply = reply_to("why did putin call?", curated_index)
    assert reply.kind is not Kind.ANSWER and "aid-obstacles" not in [f.id for f in reply.facts]


def test_how_something_was_described_asks_what_was_said_of_it(curated_index):
    from bot.replies import reply_to  # noqa: PLC0415

    # "How" there asks for the words said of Egypt's help, not for a manner: the one fact phrased "how will
    # humanitarian aid be delivered?" had answered "how was Egypt's assistance described?".
    for question in ("how was Egypt's assistance described?", "how did putin describe egypt's assistance"):
        assert [f.id for f in reply_to(question, curated_index).facts] == ["thanks-evacuation"], question
    assert [f.id for f in reply_to("how did they communicate?", curated_index).facts] == ["call-medium"]


def test_whose_and_whom_ask_for_anyone_like_who(curated_index):
    from bot.replies import reply_to  # noqa: PLC0415

    # Two facts happen to be phrased with "whose": the word's rarity drew every "whose" question to them.
    reply = reply_to("whose evacuation did they discuss besides Russians", curated_index)
    assert [f.id for f in reply.facts] == ["evacuation-foreigners"]
    assert [f.id for f in reply_to("Whose lives did they want to protect?", curated_index).facts] == ["hostages"]


def test_a_result_or_upshot_is_an_outcome(curated_index):
    from bot.replies import reply_to  # noqa: PLC0415

    # "outcome" is the curated word; its common names had drawn the topic or the telephone.
    for question in ("what were the results of the conversation", "What's the upshot of the Putin-Sisi call?"):
        assert [f.id for f in reply_to(question, curated_index).facts] == ["ceasefire-agreement"], question
    # Of a document, its upshot is its summary; of the call, what came of it (above).
    assert reply_to("what's the upshot of the article?", curated_index).kind.value == "summary"


def test_who_did_an_act_no_fact_states_is_not_answered_by_the_fact_about_its_object(curated_index):
    from bot.replies import Gap, Kind, reply_to  # noqa: PLC0415

    # The hostages fact says they must be released, not who holds them: this had been answered with it.
    for asked in ("who is holding the hostages?", "who took the hostages?"):
        reply = reply_to(asked, curated_index)
        assert reply.kind is Kind.RELATED and reply.gap is Gap.AGENT, asked
    # An act the fact states, in one word or two ("called for" is a demand), or "who" as the object.
    for asked, fact in (("who reported the agreement?", "egyptian-presidency-report"),
                        ("who called for an end to obstacles to aid?", "aid-obstacles"),
                        ("who did Putin thank?", "thanks-evacuation"),
                        ("who was going to be evacuated from Gaza?", "evacuation-foreigners")):  # fmt: skip
        assert answered_with(asked, curated_index) == [fact], asked


def test_a_month_the_facts_know_asks_about_the_date(curated_index):
    from bot.replies import Kind, Lead, reply_to  # noqa: PLC0415

    # The month is in every quote that tells of the call: this had been "which of these do you mean?".
    reply = reply_to("was the call in November?", curated_index)
    assert [f.id for f in reply.facts] == ["call-date"] and reply.parts[0].lead is Lead.YES
    # A day or year the facts don't have is another date, no reason to answer with this one.
    assert reply_to("what happened in gaza on november 15", curated_index).kind is Kind.ABSTAIN


def test_a_sentence_two_facts_share_answers_each_by_its_own_part(curated_index):
    from bot.replies import reply_to  # noqa: PLC0415

    # "They discussed practical arrangements …, thus demonstrating their common desire …": what the arrangements
    # showed is the desire, which the arrangements' fact had drawn by its quote's "demonstrating".
    for question in ("what did the practical arrangements show?", "what did discussing the arrangements demonstrate"):
        assert [f.id for f in reply_to(question, curated_index).facts] == ["common-desire"], question
    assert [f.id for f in reply_to("what practical arrangements did they discuss?", curated_index).facts] == [
        "practical-arrangements"
    ]


def test_what_a_name_the_article_mentions_in_passing_said_is_not_in_it(curated_index):
    from bot.replies import Kind, reply_to  # noqa: PLC0415

    # The article names Israel only in "the Israeli-Palestinian conflict": "what did Israel say?" had been answered
    # with the conflict the presidents discussed.
    for question in (
        "What did Israel say?",
        "What did Israel reply?",
        "how did Israel react?",
        "what did Israel answer to this call?",
        "did the israelis talk about the hostages",
    ):
        assert reply_to(question, curated_index).kind is not Kind.ANSWER, question
    assert reply_to("What did Egypt say about the Palestinian state?", curated_index).kind is Kind.ANSWER


def test_when_something_happens_as_a_rule_is_answered_by_the_kind_of_time(curated_index):
    from bot.replies import Gap, reply_to  # noqa: PLC0415

    # "…their collaboration in times of crisis" says when they collaborate, though it gives no date.
    asked = "When do Russia and Egypt collaborate, according to the article?"
    assert answered_with(asked, curated_index) == ["bilateral-relations"]
    # But not when something happened once.
    assert reply_to("when did the relations between Russia and Egypt begin?", curated_index).gap is Gap.DATE


def test_a_noun_of_place_after_which_asks_where(curated_index):

    # "region" is only in the aid fact ("aid to the region"): it had drawn "which region worried them most?" there.
    # A stretch of a place is a place: "which strip of land" (probe_s49).
    for question in (
        "which region was the main concern?",
        "which territory was at the center of their concern?",
        "which strip of land worried them most?",
        "what bit of the region was the focus?",
    ):
        assert answered_with(question, curated_index) == ["gaza-focus"], question
    # A named place of a kind: which ones, though the fact names them without "in" ("the vision of Moscow and Cairo").
    assert answered_with("which capitals share a vision for the Middle East?", curated_index) == ["shared-vision"]
    assert answered_with("Which cities are mentioned as sharing a vision?", curated_index) == ["shared-vision"]
    # Nor the aid fact now that a worry is the Gaza fact's phrasing too.
    assert answered_with("which region worried them most?", curated_index) == ["gaza-focus"]
    # "Dominated" is the article's centre (as readers use it, three probes apart), not the impulse that "marked" the
    # talk: the Gaza fact, which names the place.
    assert answered_with("what place dominated their concerns?", curated_index) == ["gaza-focus"]
    assert answered_with("what subject dominated the phone call?", curated_index) == ["main-topic"]
    assert "humanitarian-impulse" not in answered_with("which conflict dominated the call?", curated_index)


def test_verbs_that_only_place_or_frame_what_is_asked_weigh_little(curated_index):
    # Sitting at the heart, framing the talks, running long: everyday verbs, which as unknown words of middling
    # frequency had sunk the question they wrap (probe_s49c; "framed" in three probes before it).
    for question, fact in (
        ("what sat at the heart of their discussions?", "gaza-focus"),
        ("what overarching conflict framed the conversation?", "main-topic"),
        ("Which long-running dispute framed the leaders' exchange?", "main-topic"),
        ("where did this story run?", "publisher"),
        # What is at stake frames the matter; summing up a thing is describing it; hitting is the "hit" of the
        # affected (probe_s49g).
        ("what was at stake in the call, broadly — which conflict?", "main-topic"),
        ("how would the article sum up the spirit of their discussion?", "humanitarian-impulse"),
        ("how did the presidents feel about the violence hitting civilians?", "end-bloodshed"),
        ("what do the two capitals see alike?", "shared-vision"),
        # Lying at the heart of the talks, as sitting there; going by the article, as according to it; between whom
        # it was held asks who, not when (probe_s49l).
        ("which situation lay at the heart of their talks?", "gaza-focus"),
        ("how would you characterise the discussion, going by the article?", "humanitarian-impulse"),
        ("between which heads of state was the call held?", "call-participants"),
        # Where a thing is located frames a where-question; what the writer says drove the talk (probe_s49m).
        ("where was the center of concern located?", "gaza-focus"),
        ("what sort of impulse does the writer say drove the talk?", "humanitarian-impulse"),
        # Labelled, termed, dubbed so: described so (probe_s49o).
        ("which step was labelled crucial for Gaza's residents?", "aid-obstacles"),
        # A pledge made is an undertaking agreed: the ceasefire's (it had been the commitment of two other facts).
        ("tell me about their ceasefire pledge", "ceasefire-agreement"),
        ("what did the two leaders pledge?", "ceasefire-agreement"),
        ("what calendar date does the piece give for the call?", "call-date"),  # probe_s49p
        ("were the talks held over a phone line?", "call-medium"),  # held over a line: how, not when (probe_s49r)
        # The asker saying who they are, first: a name no fact holds, which had sunk the question ("Sam here" had passed
        # as an everyday word; "Søren" weighed as a rare name).
        ("Søren here: when did they speak?", "call-date"),
        ("hi, Søren from legal here. when did they speak?", "call-date"),
        ("the hostages here: what did they say?", "hostages"),
    ):
        assert answered_with(question, curated_index) == [fact], question
    # A writer calling a thing so describes it: no telephone ("did the article call Egypt's help comprehensive?").
    from bot.replies import Lead, reply_to  # noqa: PLC0415

    reply = reply_to("did the article call Egypt's assistance comprehensive?", curated_index)
    assert [f.id for f in reply.facts] == ["thanks-evacuation"] and reply.parts[0].lead is Lead.YES


def test_a_talk_named_by_a_noun_has_no_speaker(curated_index):
    from bot.replies import Kind, reply_to  # noqa: PLC0415

    # "the discussion" names the call: "month" was read as someone who discussed, unknown to the documents.
    assert answered_with("what month was the discussion in?", curated_index) == ["call-date"]
    assert reply_to("what was Israel's response?", curated_index).kind is not Kind.ANSWER


def test_what_the_asker_needs_it_for_is_no_part_of_the_question(curated_index):
    from bot.replies import Kind, reply_to  # noqa: PLC0415

    # "(for a memo)" had lowered "were practical steps discussed?" below the answer cut-off, and "— need this for a
    # memo" made "evacuation of russians" a question about a need; "thanks!" shouted after a topic is a sign-off.
    for question, fact in (
        ("were practical steps discussed? (for a memo)", "practical-arrangements"),
        ("evacuation of russians — need this for a memo", "thanks-evacuation"),
        ("whats the source of this story — need this for a memo", "publisher"),
        ("gaza aid thanks!", "aid-obstacles"),
        ("putin's thanks!", "thanks-evacuation"),
        # Set off by a comma before the question: "for context" is how it is asked, a subject named there is not.
        ("For context, which conflict was the call about?", "main-topic"),
        ("For the hostages, what did they say?", "hostages"),
        # The asker's own clause, however long, and their own schedule: no subject either.
        ("I have a meeting in 10 min, what did they agree to do?", "ceasefire-agreement"),
        ("Got a meeting in 10. What did they say about the hostages?", "hostages"),  # minutes, in chat's shorthand
        # Where the asker is going, "I" left out: "heading" is no headline, their call not the documents'.
        ("Heading into a call in 5. Who did Putin thank?", "thanks-evacuation"),
        ("I'm preparing a summary for the team, who were the two people on the call?", "call-participants"),
        ("Our team tracks Middle East diplomacy. What did the two presidents say about Gaza?", "gaza-focus"),
        # "this" is the document: the part beside it names nothing the fact base knows, so nothing to point back to.
        ("For the newsletter, which outlet published this?", "publisher"),
        ("My manager asked me about this article. Who wrote it up?", "publisher"),
        # A question naming nothing asks about what the asker's own part names.
        ("My editor wants one line on the Palestinian state. What did they say?", "palestinian-state"),
    ):
        assert answered_with(question, curated_index) == [fact], question
    assert reply_to("what did Netanyahu say? need this for a memo", curated_index).kind is not Kind.ANSWER
    assert reply_to("For Netanyahu, what did the call mean?", curated_index).kind is not Kind.ANSWER


def test_the_readers_words_for_the_articles_own(curated_index):
    from bot.replies import Gap, reply_to  # noqa: PLC0415

    # "The two capitals" is the press's Moscow and Cairo; a focal point is a centre; made public is reported.
    for question, fact in (
        ("what vision do the two capitals share", "shared-vision"),
        ("what was the focal point of the talks?", "gaza-focus"),
        ("the ceasefire agreement was made public by whom?", "egyptian-presidency-report"),
        ("who disclosed the agreement?", "egyptian-presidency-report"),
        ("who is suffering most from the conflict according to them?", "end-bloodshed"),
        ("what conflict were the issues tied to?", "main-topic"),  # "related to"
        ("what dispute was the conversation about?", "main-topic"),
        ("through what channel did the leaders converse?", "call-medium"),  # asks how, not what
    ):
        assert answered_with(question, curated_index) == [fact], question
    # A capital asked for is no capital of the two: "what is the capital of Egypt?" is not in the documents.
    assert not reply_to("what is the capital of egypt", curated_index).answered
    assert reply_to("what is the population of Gaza?", curated_index).gap is Gap.FIGURE


def test_re_colon_and_the_two_of_them_keep_a_preamble_out_of_the_question(curated_index):
    # "re: gaza?" had made "gaza?" a second question, and "the two of them" a question pointing back at the preamble:
    # either way "super" in "hey, super quick:" weighed as an unknown subject.
    for question in (
        "hey, super quick: did the two of them agree on anything re: gaza? ty",
        "hey, super quick: did they agree on anything re: gaza?",
        "hey, super quick: did both of them agree on anything?",
    ):
        assert answered_with(question, curated_index) == ["ceasefire-agreement"], question
    assert answered_with("was there consensus on pursuing a truce?", curated_index) == ["ceasefire-agreement"]


def test_things_announced_and_named_are_each_answered(curated_index):
    assert answered_with("Two things: the date of the call, and the newspaper", curated_index) == [
        "call-date",
        "publisher",
    ]
    assert answered_with("Three things: hostages, aid and the date", curated_index) == [
        "hostages",
        "aid-obstacles",
        "call-date",
    ]


def test_a_help_frame_and_a_how_wanted_aside_say_nothing_of_the_subject(curated_index):
    from bot.replies import Kind, reply_to  # noqa: PLC0415

    # "kinds of questions": the frame's own words are the fact base's too ("what kind of solution …?").
    assert reply_to("what kinds of questions can I ask?", curated_index).kind is Kind.CHAT
    assert answered_with("what sort of things can i ask you about the hostages?", curated_index) == ["hostages"]
    # ", in a nutshell," inside a message is how the answer is wanted, as at its edges: "nutshell" had weighed as
    # a rare unknown subject and sunk the question.
    long_winded = (
        "so I'm putting together a briefing for the team and I need to know, in a nutshell, what the two "
        "presidents said about humanitarian aid to Gaza :memo:"
    )
    assert answered_with(long_winded, curated_index) == ["aid-obstacles"]
    # For whom it is wanted ("like I'm five", "simply put") is as much an aside; "for children" names whom a
    # statement was about, and stays.
    assert answered_with("simply put, what did they agree on the ceasefire?", curated_index) == ["ceasefire-agreement"]
    assert answered_with("what did they say for children?", curated_index) == ["end-bloodshed"]
    assert answered_with("summarize what they said for the children", curated_index) == ["end-bloodshed"]


def test_a_doer_or_a_comparative_is_read_as_the_word_it_is_made_from(curated_index):
    from bot.matching.terms import Vocabulary  # noqa: PLC0415

    vocabulary = Vocabulary.of(Counter(["speak", "call", "office", "sum", "hard"]))
    assert vocabulary.corrections("speakers") == ["speak"]
    assert vocabulary.corrections("caller") == ["call"]
    assert vocabulary.corrections("harder") == ["hard"]
    # Not with an "e" dropped or a consonant doubled: an officer is no office, summer no sum.
    assert vocabulary.corrections("officer") == ["officer"]
    assert vocabulary.corrections("summer") == ["summer"]
    # "speakers" had weighed as an unknown subject: no fact at all; now the call's facts are offered.
    assert "call-participants" in [
        f.id for f in reply_to_suggestions("was Abdel Fattah al-Sisi one of the speakers?", curated_index)
    ]
    assert answered_with("who were the callers?", curated_index) == ["call-participants"]


def reply_to_suggestions(question: str, index) -> list:
    from bot.replies import reply_to  # noqa: PLC0415

    reply = reply_to(question, index)
    return [*reply.facts, *(c.fact for c in reply.result.suggestions)]


def test_remote_is_a_readers_word_for_not_in_person(curated_index):
    for question in ("in person or remote?", "did they meet face to face or talk remotely?"):
        assert answered_with(question, curated_index) == ["call-medium"], question
    # "Person" alone is no meeting: the group's canonical form is one word (probe_s16).
    assert answered_with("who are the two persons speaking in the article?", curated_index) == ["call-participants"]


def test_a_date_asked_for_by_yes_or_no_must_be_given(curated_index):
    from bot.replies import Gap, Kind, reply_to  # noqa: PLC0415

    # Three probes written apart (s6f, s9c, s15b) asked it: the ceasefire fact had answered "here is what the
    # document says", as if the date were in it.
    for question in ("did they agree on a date for the ceasefire?", "did the leaders agree on any date for a truce?"):
        reply = reply_to(question, curated_index)
        assert (reply.kind, reply.gap) == (Kind.RELATED, Gap.DATE), question
    assert answered_with("did the call take place on a date in november?", curated_index) == ["call-date"]


def test_what_happened_in_the_event_a_document_tells_of_asks_for_its_summary(curated_index):
    from bot.replies import Kind, reply_to  # noqa: PLC0415

    for question in ("what happened in the putin-sisi call, in brief?", "what happened during the call?"):
        assert reply_to(question, curated_index).kind is Kind.SUMMARY, question
    # A place or a day is not the document's event: more happened there than it tells.
    assert reply_to("what happened in gaza?", curated_index).kind is not Kind.SUMMARY
    assert answered_with("what happened on November 14?", curated_index) == ["call-date"]


def test_an_idiom_front_and_a_verb_of_intent_frame_what_is_asked(curated_index):
    # "front" of "on the ceasefire front" had weighed as an unknown subject; "propose" as a rare one, where "plan",
    # "intend" and "aim" were already framing words.
    assert answered_with("what's the plan on the ceasefire front?", curated_index) == ["ceasefire-agreement"]
    assert answered_with("how do they propose to ease the suffering in gaza?", curated_index)


def test_a_reader_s_one_word_for_taking_part_weighs_as_one(curated_index):
    from bot.replies import Kind, reply_to  # noqa: PLC0415

    # "involved" had mapped to "took part", two rare terms: it outweighed the evacuation it was asked about.
    assert reply_to("was egypt involved in evacuating russians?", curated_index).facts[0].id == "thanks-evacuation"
    assert reply_to("was qatar involved in the hostage talks", curated_index).kind is Kind.ABSTAIN
    assert answered_with("who took part in the call?", curated_index) == ["call-participants"]


def test_readers_words_that_came_back_probe_after_probe(curated_index):
    # Each was written by three probes or more apart: a worry for the article's concern, a video call for its
    # telephone, unimpeded access for an end to the obstacles, where the ceasefire news comes from for its source.
    for question, fact in (
        ("what were the leaders worried about?", "gaza-focus"),
        ("What was the main worry in their talks?", "gaza-focus"),
        ("was it a video call?", "call-medium"),
        ("did they demand unimpeded aid access?", "aid-obstacles"),
        ("Where did the info about the ceasefire agreement come from?", "egyptian-presidency-report"),
        ("Where does the ceasefire info come from?", "egyptian-presidency-report"),
    ):
        assert answered_with(question, curated_index) == [fact], question
    # The phrasing for it says "report", not "news": "btw what's the latest news?" had drawn the presidency's fact.
    assert answered_with("btw what's the latest news?", curated_index) == []
    from bot.replies import Lead, reply_to  # noqa: PLC0415

    # The article says telephone: a video call is no yes.
    assert reply_to("was it a video call?", curated_index).parts[0].lead is not Lead.YES


def test_the_enclave_is_gaza_and_aid_flows_enters_or_is_delivered(curated_index):
    # The press's word for Gaza (probe_s16c, twice); aid's flow (probe_s15b) and entry (probe_s16c) for its delivery.
    for question, fact in (
        ("was the situation in the palestinian enclave discussed?", "gaza-focus"),
        ("who would be evacuated from the enclave?", "evacuation-foreigners"),
        ("what was discussed about facilitating the entry of aid?", "practical-arrangements"),
        ("did they want aid to flow freely into gaza", "aid-obstacles"),
    ):
        assert answered_with(question, curated_index) == [fact], question
    # Nothing else flows or enters in the article.
    for question in ("did they discuss the flow of refugees into egypt?", "what did they say about the flow of arms?"):
        assert answered_with(question, curated_index) == [], question


def test_presidential_and_in_touch_are_the_articles_presidents_and_talk(curated_index):
    assert answered_with("what was the date of the russian-egyptian presidential call?", curated_index) == ["call-date"]
    assert "call-medium" in answered_with("how did the leaders get in touch?", curated_index)
    # "presidential office" stays the presidency: the longer variant wins.
    assert answered_with("what did the egyptian presidential office report?", curated_index) == [
        "egyptian-presidency-report"
    ]


def test_capitals_and_a_missing_apostrophe_change_no_reading(curated_index):
    from bot.replies import Kind, reply_to  # noqa: PLC0415

    # "OR" and "AND" in capitals join two alternatives or two questions as in lower case.
    assert answered_with("WAS IT A PHONE CALL OR A VISIT?", curated_index) == ["call-medium"]
    assert answered_with("WHEN DID THEY SPEAK AND WHAT DID THEY AGREE?", curated_index) == [
        "call-date",
        "ceasefire-agreement",
    ]
    # "Im" (I'm typed without its apostrophe) is no name, and spelt out as two words it no longer loses the
    # message's sentences: the preamble stays wording.
    for question in (
        "ok so context: Im new on the middle east desk. what did Putin and Sisi say about the hostages?",
        "Im catching up on the news. did they discuss the hostages?",
    ):
        reply = reply_to(question, curated_index)
        assert reply.kind is Kind.ANSWER and reply.facts[0].id == "hostages", question


def test_the_last_probes_words_a_source_inside_and_a_time_asked(curated_index):
    from bot.replies import Lead, reply_to  # noqa: PLC0415

    # probe_s16j, written after the session's other fixes: "come up" is being discussed, "envision" a vision.
    assert reply_to("did the captives come up?", curated_index).parts[0].lead is Lead.YES
    assert answered_with("what do russia and egypt both envision for the middle east?", curated_index) == [
        "shared-vision"
    ]
    # The document named as where the subject was read about is not what is asked; publishing itself still is.
    question = "who took part in the conversation reported by la nouvelle tribune?"
    assert answered_with(question, curated_index) == ["call-participants"]
    assert reply_to("was the article published in la nouvelle tribune?", curated_index).parts[0].lead is Lead.YES
    # "The exact time of the call" asks when, which neither the telephone nor the topic fact tells.
    assert answered_with("what was the exact time of the call?", curated_index) == []


def test_a_reading_quizs_questions(curated_index):
    # probe_s16k: a teacher's quiz. What is set aside may end with a noun after its name; "explain why the author
    # mentions …" asks why it is mentioned; words about words ("which adjectives", "what words") only frame.
    for question, fact in (
        ("Who was to be evacuated, besides Russian citizens?", "evacuation-foreigners"),
        ("Explain why the author mentions the evacuation of Russian citizens.", "thanks-evacuation"),
        ("what words did they use about the hostages?", "hostages"),
    ):
        assert answered_with(question, curated_index) == [fact], question
    from bot.conversation import set_aside  # noqa: PLC0415

    assert set_aside("did anyone besides Putin and Sisi take part?") == ("did anyone take part?", "Putin and Sisi")


def test_to_show_a_feeling_is_to_express_it(curated_index):
    from bot.replies import Lead, reply_to  # noqa: PLC0415

    # The documents' "show" is what a gesture shows (the relations fact's "underline"); a person showing gratitude
    # expressed it (probe_s16l, and "did Putin show appreciation to Egypt?" of probe_s14).
    assert answered_with("how did putin show his gratitude?", curated_index) == ["thanks-evacuation"]
    assert reply_to("did putin show appreciation to egypt?", curated_index).parts[0].lead is Lead.YES
    assert answered_with("what does the gesture show?", curated_index) == ["bilateral-relations"]


def test_a_short_word_with_two_letters_swapped_is_a_sure_typo(curated_index):
    from bot.replies import Kind, reply_to  # noqa: PLC0415

    # "wen did they tlak" (three probes apart) got "did you mean": a four-letter typo was too short to trust, but a
    # swap keeps every letter of the word it comes from.
    for question in ("wen did they tlak", "when did they tlak?"):
        assert answered_with(question, curated_index) == ["call-date"], question
    # Another slip in a word that short still asks back.
    assert reply_to("when did they tslk", curated_index).kind is Kind.SUGGEST


def test_a_typo_two_words_are_as_close_to_reads_as_the_one_a_fact_uses(curated_index):
    # "tlaking" is one edit from "taking" (a word of the fact base only inside "taking part", no term alone) and
    # from "talking": the second is a fact's word.
    assert answered_with("who was tlaking to whom?", curated_index) == ["call-participants"]
    # A function word is a reading too: "div" is "did" before it is "die" (killing).
    assert answered_with("how do i center a div", curated_index) == []


def test_two_slips_one_a_swap_are_read_as_the_facts_word(curated_index):
    from bot.matching.terms import Vocabulary, _framing_vocabulary  # noqa: PLC0415

    for question, fact in (
        ("what did they say about the hsotges", "hostages"),  # swapped and a letter dropped: two edits, 7 letters
        ("caesfire agreement?", "ceasefire-agreement"),
    ):
        assert answered_with(question, curated_index) == [fact], question
    assert Vocabulary.of(Counter(["hostages"])).corrections("hsotges") == ["hostages"]
    # Not into an everyday word: a near miss's unknown subject would become filler.
    assert not _framing_vocabulary().swaps
    assert answered_with("who meiated the hostage talks?", curated_index) == []


def test_two_slips_in_a_long_word_share_no_single_deletion(curated_index):
    from bot.matching.terms import Vocabulary  # noqa: PLC0415

    # A letter changed and one added: "relashionship" and "relationship" meet only at two deletions of the first.
    assert answered_with("whats the relashionship between russia and egypt", curated_index) == ["bilateral-relations"]
    vocabulary = Vocabulary.of(Counter(["relationship", "talking"]))
    assert vocabulary.corrections("relashionship") == ["relationship"]
    # A word English writes is no misspelling, however far it is from every known one.
    assert vocabulary.corrections("thanking") == ["thanking"]


def test_keyword_questions_of_a_hurried_reader(curated_index):
    from bot.replies import Gap, Kind, reply_to  # noqa: PLC0415

    assert answered_with("date of call + who was on it?", curated_index) == ["call-date", "call-participants"]
    assert answered_with("hostages and palestinian state - what did they say?", curated_index) == [
        "hostages",
        "palestinian-state",
    ]
    # A generic question after the subject asks what was said of it, not when it happened (probe_s14).
    assert answered_with("evacuaton of russians - what happened?", curated_index) == ["thanks-evacuation"]
    assert answered_with("hostages - what about them?", curated_index) == ["hostages"]
    reply = reply_to("is it true that they agreed on a ceasefire date?", curated_index)
    assert (reply.kind, reply.gap) == (Kind.RELATED, Gap.DATE)


def test_what_a_thing_other_than_a_talk_is_about_is_asked_of_that_thing(curated_index):
    assert answered_with("what's the agreement about?", curated_index) == ["ceasefire-agreement"]
    assert answered_with("what was the call about?", curated_index) == ["main-topic"]
    assert answered_with("what were the talks about?", curated_index) == ["main-topic"]


def test_a_newcomers_longer_messages(curated_index):
    from bot.replies import Kind, reply_to  # noqa: PLC0415

    # "that's exactly what I needed": its "what" asks nothing, its "needed" is no need to free the hostages.
    for message in ("thanks, that's exactly what I needed", "thank you, that's just what I was looking for"):
        assert reply_to(message, curated_index).kind is Kind.CHAT, message
    # "that" points back at the sentence before: what the thanks were about, not what the call was about.
    assert answered_with("I read somewhere that Putin thanked Egypt. What was that about?", curated_index) == [
        "thanks-evacuation"
    ]
    assert answered_with("I saw the piece on the call. what was it about?", curated_index) == ["main-topic"]
    # What the answer is for is the asker's: "Monday" and "roundup" had weighed as unknown subjects.
    question = "Good morning! For our Monday roundup I need the date of the Putin–al-Sisi phone call, please."
    assert answered_with(question, curated_index) == ["call-date"]
    assert answered_with("what did the leaders consider delicate?", curated_index) == ["gaza-focus"]


def test_three_questions_in_one_are_each_answered_or_named(curated_index):
    from bot.replies import reply_to  # noqa: PLC0415

    reply = reply_to("when did they speak, who took part and what did they agree?", curated_index)
    assert [f.id for f in reply.facts] == ["call-date", "call-participants", "ceasefire-agreement"]
    # One the documents can't be matched to is named, not dropped.
    reply = reply_to("when did they speak, who mediated, and what did they agree on?", curated_index)
    assert [f.id for f in reply.facts] == ["call-date", "ceasefire-agreement"]
    assert reply.unanswered == ("who mediated",)
    # "Who were they" asks who the first question's "they" were: the participants.
    reply = reply_to("when did they speak, who were they, and what did they agree on?", curated_index)
    assert [f.id for f in reply.facts] == ["call-date", "call-participants", "ceasefire-agreement"]


def test_who_said_that_something_happened_asks_for_who_reported_it(curated_index):
    # Three probes apart (final, s8, s15b) had the agreement's own fact, whose answer only ends with its source.
    for question in (
        "who said they agreed to step up ceasefire efforts?",
        "who said the leaders would intensify efforts for a ceasefire?",
        "according to whom did the two leaders agree to intensify efforts?",
    ):
        assert answered_with(question, curated_index) == ["egyptian-presidency-report"], question
    # Told the news, the world, the public (probe_s16i).
    assert answered_with("who told the news about the agreement?", curated_index) == ["egyptian-presidency-report"]
    # The document naming them is its mentioning them; what someone is named is who they are (probe_s49b).
    assert answered_with("are women and kids named among the victims?", curated_index) == ["end-bloodshed"]
    assert answered_with("what are the leaders named?", curated_index) == ["call-participants"]
    # A source's office or body asks the same (probe_s49); a leader named by "which" is asked which of them said it.
    for question in (
        "whose office said they'd agreed to push for a ceasefire?",
        "what source claims they agreed to that?",
    ):
        assert answered_with(question, curated_index) == ["egyptian-presidency-report"], question
    assert answered_with("which leader said they wanted to end the bloodshed?", curated_index) == ["end-bloodshed"]
    # What the leaders themselves said stays theirs; and "who said what?" names nothing said.
    assert answered_with("who said the bloodshed must end?", curated_index) == ["end-bloodshed"]
    assert answered_with("who said what?", curated_index) == []


def test_who_gets_hurt_asks_who_is_hurt(curated_index):
    # "Get" makes a passive as "is" does: no act of getting is asked of a fact (probe_s16i).
    assert answered_with("who gets hurt most in the war?", curated_index) == ["end-bloodshed"]


def test_by_whom_asks_who_did_it(curated_index):
    from bot.replies import Gap, reply_to  # noqa: PLC0415

    # probe_s16d: "by whom was the call held?" had the call's date (its "held"), and a passive's doer was no "who".
    for question, fact in (
        ("by whom was the call held?", "call-participants"),
        ("by whom was the agreement reported?", "egyptian-presidency-report"),
        ("The agreement was reported by whom?", "egyptian-presidency-report"),
        ("by whom was the assistance provided?", "thanks-evacuation"),
    ):
        assert answered_with(question, curated_index) == [fact], question
    # The act must be stated, as for "who took the hostages?".
    assert reply_to("by whom were the hostages taken?", curated_index).gap is Gap.AGENT


def test_where_the_call_was_is_not_the_conflict_it_was_about(curated_index):
    from bot.replies import Gap, reply_to  # noqa: PLC0415

    # "related to the Israeli-Palestinian conflict" had passed for a place, and the topic replaced the medium.
    reply = reply_to("where was the call?", curated_index)
    assert (reply.gap, [f.id for f in reply.facts]) == (Gap.PLACE, ["call-medium"])
    assert answered_with("where were the russian citizens evacuated from?", curated_index) == ["thanks-evacuation"]
    # Where it took place is no destination ("take" had read as "where were they taken?").
    question = "where did the evacuation of Russian citizens take place?"
    assert answered_with(question, curated_index) == ["thanks-evacuation"]


def test_where_in_the_document_asks_for_the_passage_not_a_place(curated_index):
    # A fact-checker's questions (probe_s16h): the quote shows where; no place is asked.
    for question, fact in (
        ("show me where the article mentions gaza's residents", "aid-obstacles"),
        ("where does the article say the call was by telephone?", "call-medium"),
        ("where in the text is the date of the call?", "call-date"),
        ("where in the article are the hostages mentioned?", "hostages"),
        ("verbatim, what did they say about civilians?", "end-bloodshed"),
    ):
        assert answered_with(question, curated_index) == [fact], question
    # After the asides and markup Slack messages open with (make robustness).
    for question, fact in (
        ("btw show me where the article mentions gaza's residents", "aid-obstacles"),
        ("*where does the article say the call was by telephone?*", "call-medium"),
        ("hello! where in the text is the date of the call?", "call-date"),
        ("btw verbatim, what did they say about civilians?", "end-bloodshed"),
    ):
        assert answered_with(question, curated_index) == [fact], question
    from bot.replies import Gap, reply_to  # noqa: PLC0415

    assert reply_to("where is gaza?", curated_index).gap is Gap.PLACE


def test_a_request_frame_is_the_askers(curated_index):
    from bot.replies import Kind, reply_to  # noqa: PLC0415

    # "I need to know …": the asker's need, not the hostages' (probe_s16d).
    assert answered_with("I need to know what concerned them most", curated_index) == ["gaza-focus"]
    # "Describe the document" asks for its summary; "explain what the call was about", its question.
    for question in ("describe the document", "explain the article briefly", "describe the call"):
        assert reply_to(question, curated_index).kind is Kind.SUMMARY, question
    assert answered_with("explain what the conversation was about", curated_index) == ["main-topic"]
    assert answered_with("describe how the two leaders communicated", curated_index) == ["call-medium"]


def test_to_communicate_is_to_talk(curated_index):
    # Only the medium's phrasing used it: "when did they communicate?" had the medium, not the date.
    assert answered_with("when and how did they communicate?", curated_index) == ["call-date", "call-medium"]
    # Asked as a request too (probe_s16d), and with the second's preposition (probe_s16g).
    assert answered_with("explain when and how they talked", curated_index) == ["call-date", "call-medium"]
    assert answered_with("when and with whom did putin speak?", curated_index) == ["call-date", "call-participants"]
    # A dialogue is a conversation (probe_s16g).
    assert answered_with("what was the humanitarian focus of the dialogue?", curated_index)


def test_a_degree_of_a_quality_no_fact_names_is_not_in_the_documents(curated_index):
    # "How reliable is La Nouvelle Tribune?" had the publisher's fact as its answer (probe_s16g).
    for question in ("how reliable is la nouvelle tribune?", "how successful was the call?"):
        assert answered_with(question, curated_index) == [], question
    # A quality the facts name, or one of the article's words for it, is answered.
    assert answered_with("how serious is the situation in gaza?", curated_index) == ["gaza-focus"]
    assert answered_with("how valuable was egypt's help?", curated_index) == ["thanks-evacuation"]
    assert answered_with("how important are the relations?", curated_index) == ["bilateral-relations"]
    assert answered_with("how did putin and sisi talk to each other", curated_index) == ["call-medium"]


def test_keywords_naming_a_date_or_a_number_the_documents_lack_get_no_answer(curated_index):
    from bot.replies import Gap, reply_to  # noqa: PLC0415

    # "evacuation date" was answered with the date of the call, "hostages number" with the need to free them.
    assert reply_to("evacuation date", curated_index).gap is Gap.DATE
    assert reply_to("hostages number", curated_index).gap is Gap.FIGURE
    assert answered_with("call date", curated_index) == ["call-date"]


def test_which_hostages_is_not_answered_by_the_need_to_release_the_hostages(curated_index):
    from bot.replies import Gap, Kind, reply_to  # noqa: PLC0415

    # Three probes apart (outcomes, s14, s15c) wrote it as a near miss.
    for question in ("which hostages were released?", "which hostages are still held?", "which hostags"):
        reply = reply_to(question, curated_index)
        assert (reply.kind, reply.gap) == (Kind.RELATED, Gap.WHICH), question
    assert answered_with("which civilians did they single out?", curated_index) == ["end-bloodshed"]
    # Words before the noun that the question has too tell no more (probe_s16f); a qualifier after it does.
    assert reply_to("which foreign nationals were evacuated first?", curated_index).gap is Gap.WHICH
    assert answered_with("which crucial issues did they address?", curated_index) == ["main-topic"]
    assert answered_with("which citizens were evacuated with Egypt's help?", curated_index) == ["thanks-evacuation"]
    # "What specific …" asks which, as "which" does (probe_s34c); a qualifier after the noun still tells which.
    assert reply_to("What specific obstacles to aid were mentioned?", curated_index).gap is Gap.WHICH
    assert answered_with("what particular civilians were they worried about?", curated_index) == ["end-bloodshed"]


def test_an_effect_on_people_is_how_they_are_affected(curated_index):
    from bot.replies import Kind, reply_to  # noqa: PLC0415

    for question in (
        "what effect is the conflict having on civilians, per the leaders?",
        "how did the article describe the conflict's effect on civilians",
    ):
        assert answered_with(question, curated_index) == ["end-bloodshed"], question
    # "In effect" (in force) is no effect on anyone: not answered.
    assert reply_to("is the ceasefire in effect now?", curated_index).kind is not Kind.ANSWER


def test_a_subject_named_before_a_bare_question_is_what_it_asks_about(curated_index):
    # "Mentioned?" names nothing: "children and women" is the subject, not wording around the question.
    assert answered_with("children and women - mentioned?", curated_index) == ["end-bloodshed"]
    # Nor does "the article": where it is asked, not what about.
    assert answered_with("women and children - what does the article say?", curated_index) == ["end-bloodshed"]
    # What the asker says of themselves still surrounds it, as does a part naming nothing the fact base knows.
    assert answered_with("what was discussed — need this for a memo", curated_index) == ["main-topic"]
    assert answered_with("need a one-liner: what was the call about?", curated_index) == ["main-topic"]


def test_what_the_asker_heard_of_someone_named_is_what_a_bare_question_asks_about(curated_index):
    assert answered_with("I heard Putin thanked Egypt. what for?", curated_index) == ["thanks-evacuation"]
    assert answered_with("I heard Putin thanked Egypt - why?", curated_index) == ["thanks-evacuation"]


def test_a_time_of_day_around_a_question_names_nothing_asked(curated_index):
    for question in (
        "hey team, quick one before the 3pm sync: does the article say when the call took place? thx",
        "HEY TEAM, QUICK ONE BEFORE THE 3PM SYNC: DOES THE ARTICLE SAY WHEN THE CALL TOOK PLACE?",
    ):
        assert answered_with(question, curated_index) == ["call-date"], question
    # A part in which the asker says what they are doing ("we're …") is theirs: its "re" is no "regarding".
    question = "context: we're tracking the gaza crisis. what was the focus of their discussion?"
    assert answered_with(question, curated_index) == ["gaza-focus"]


def test_a_name_in_what_the_asker_says_of_themselves_is_theirs_where_the_question_names_its_own(curated_index):
    for question in (
        "Context: our team covers North Africa. Question: what did Egypt's president talk about with Putin?",
        "I read of Biden's call. What did Putin and Sisi discuss?",
    ):
        assert answered_with(question, curated_index) == ["main-topic"], question
    # "They" may be whoever the asker named: no answer about someone else.
    assert answered_with("I read of Biden's call. What did they discuss?", curated_index) == []


def test_a_leader_named_by_a_possessive_is_the_leader_the_of_form_names(curated_index):
    normalizer = curated_index.normalizer
    # "Egypt's president" is "president of Egypt", a variant of Sisi; "Egypt's help" stays Egypt's help.
    assert normalizer.terms_of_words(words("Egypt's president")) == normalizer.terms_of_words(words("al-Sisi"))
    assert "egypt" in normalizer.terms_of_words(words("Egypt's help"))
    assert answered_with("who is egypt's president?", curated_index) == ["call-participants"]
    # A name asked for is who: "X name?".
    assert answered_with("egypt pres name?", curated_index) == ["call-participants"]


def test_quoted_words_of_the_article_find_the_sentence_that_says_them(curated_index):
    for question, fact in [
        ('what was the "crucial step" mentioned?', "aid-obstacles"),
        ("what does 'deadly conflict' refer to?", "hostages"),
        ("whose “common desire” is mentioned at the end?", "common-desire"),
        ('what does the article mean by "times of crisis"?', "bilateral-relations"),
        ("what does `humanitarian impulse` refer to?", "humanitarian-impulse"),  # Slack's code marks, as quotes
    ]:
        assert answered_with(question, curated_index) == [fact], question


def test_this_report_is_the_document_being_read(curated_index):
    # Not the Egyptian presidency's report: "this report" is the article, whose source is its publisher.
    for question in ("what's the source of this report?", "where is this from?", "where's this from? (for a memo)"):
        assert answered_with(question, curated_index) == ["publisher"], question


def test_a_name_asked_for_is_who_and_its_what_asks_nothing_more(curated_index):
    assert answered_with("what's the russian president's name?", curated_index) == ["call-participants"]
    # "Name one thing …" is a request for a thing, not for a person: not the presidency that reported the agreement.
    assert "egyptian-presidency-report" not in answered_with("name one thing they agreed on", curated_index)
    # A worksheet's verbs ask; they name nothing the documents lack.
    assert answered_with("identify the publication", curated_index) == ["publisher"]


def test_what_the_asker_heard_names_the_subject_of_a_question_that_names_none(curated_index):
    question = (
        "I keep hearing that Russia and Egypt have a shared vision for the Middle East. What does the article say?"
    )
    assert answered_with(question, curated_index) == ["shared-vision"]


def test_a_day_of_the_month_alone_is_the_date_a_fact_gives(curated_index):
    from bot.replies import Lead, reply_to  # noqa: PLC0415

    for question in ("was the call on the 14th?", "btw was the call on the 14th?"):
        reply = reply_to(question, curated_index)
        assert [f.id for f in reply.facts] == ["call-date"] and reply.parts[0].lead is Lead.YES, question
    # It places a question as the month and day do; another day is no day the documents know.
    assert answered_with("who did sisi talk to on the 14th?", curated_index) == ["call-participants"]
    assert answered_with("who did sisi talk to on the 20th?", curated_index) == []
    # ... and in a part that sets up the question after it.
    assert answered_with("call on the 14th: what was discussed?", curated_index) == ["main-topic"]


def test_common_synonyms_of_the_articles_words_find_its_facts(curated_index):
    for question, fact in [
        ("what did they say about noncombatants?", "end-bloodshed"),
        ("what did the two heads of government talk over?", "main-topic"),
        ("what logistics were arranged?", "practical-arrangements"),
        ("did the leaders lobby for the hostages to be let go?", "hostages"),
        ("what kind of settlement are they committed to?", "palestinian-state"),
    ]:
        assert answered_with(question, curated_index) == [fact], question
    # A variant must not stem like another word of the article: "accord" would make its "according to" an agreement.
    normalizer = curated_index.normalizer
    assert "agree" not in normalizer.terms_of_words(words("according to the Egyptian presidency"))


def test_everyday_synonyms_of_the_articles_words(curated_index):
    # The eighteenth session's pass over the article's words for the synonyms a reader uses.
    for question, fact in [
        ("how sensitive is the situation in gaza?", "gaza-focus"),
        ("what did they say about ordinary people?", "end-bloodshed"),
        ("what roadblocks to aid did they want removed?", "aid-obstacles"),
        ("how do they want to settle the conflict?", "shared-vision"),
        ("what did they agree to increase?", "ceasefire-agreement"),
        ("what measures were discussed?", "practical-arrangements"),
        ("what would the arrangements enable?", "practical-arrangements"),
        ("were expats evacuated?", "evacuation-foreigners"),
        ("do Russia and Egypt get along?", "bilateral-relations"),
        ("did they want to finish the bloodshed?", "end-bloodshed"),
        ("which journal wrote this article?", "publisher"),
        ("who were the main actors in the call?", "call-participants"),
    ]:
        assert answered_with(question, curated_index) == [fact], question
    # A bond is as often a financial one: no relation.
    assert answered_with("did they talk about bonds or the economy?", curated_index) == []


def test_between_two_names_is_one_relation_not_two_questions(curated_index):
    assert answered_with("how strong is the friendship between russia and egypt?", curated_index) == [
        "bilateral-relations"
    ]


def test_what_noun_asks_for_a_fact_that_states_that_noun(curated_index):
    # The Gaza fact is tagged "conflict" and phrased "what was the focus", but only the main topic's quote names the
    # conflict asked for; both are good enough to answer.
    assert answered_with("What conflict did the conversation focus on", curated_index) == ["main-topic"]
    assert answered_with("what situation did they focus on?", curated_index) == ["gaza-focus"]


def test_the_two_leaders_counted_are_no_subject_where_the_count_leaves_a_question_unanswered(curated_index):
    # One phrasing's "the two leaders" had drawn the topic's fact level with the Gaza fact.
    assert answered_with("what was the primary concern of the two presidents?", curated_index) == ["gaza-focus"]
    # Where the question is answered with the count, it stays: "two presidents" is the participants' fact's.
    assert answered_with("who were the two leaders?", curated_index) == ["call-participants"]


def test_a_request_opened_by_a_verb_that_is_also_a_noun_of_the_facts_asks_what_follows(curated_index):
    # "State" is no Palestinian state.
    assert answered_with("State the two presidents' names.", curated_index) == ["call-participants"]
    assert answered_with("State of the Palestinian question?", curated_index) == ["palestinian-state"]


def test_a_thing_named_by_what_it_concerns_is_asked_of_that(curated_index):
    # "Related" is a word of the topic's phrasing ("issues related to the conflict"): in "aid-related" it only says
    # what the obstacles concern.
    assert answered_with("what aid-related obstacles did they mention?", curated_index) == ["aid-obstacles"]
    assert answered_with("any hostage-related news?", curated_index) == ["hostages"]


def test_a_who_question_is_answered_by_a_close_fact_that_names_someone(curated_index):
    # The Gaza fact scores best ("what were they worried about?"), but names a situation: the bloodshed's fact, close
    # behind, names the civilians, children and women "who" asks for.
    assert answered_with("who were they most worried about in the fighting?", curated_index) == ["end-bloodshed"]
    # A best fact naming someone stands.
    assert answered_with("who spoke on November 14?", curated_index) == ["call-participants"]
    assert answered_with("which groups of people did the leaders want evacuated?", curated_index) == [
        "evacuation-foreigners"
    ]


def test_the_leaders_as_subject_are_the_they_of_the_facts(curated_index):
    # Where the leaders, named as what they are, sink a question, what they did is asked without them.
    assert answered_with("what did the two presidents focus on?", curated_index) == ["gaza-focus"]
    assert answered_with("what part of the region did the leaders focus on?", curated_index) == ["gaza-focus"]
    # Asked at the end, the subject opens the question; a name mistyped in it is the name.
    assert answered_with("the leaders focused on which area", curated_index) == ["gaza-focus"]
    assert answered_with("which area did putn and sisi focus on?", curated_index) == ["gaza-focus"]
    # A phrasing that names them still counts them.
    assert answered_with("what broad topic did the presidents address?", curated_index) == ["main-topic"]
    # Not a phone call, which is no one: "how long was the phone call?" asks a figure of the call.
    assert answered_with("how long was the phone call?", curated_index) == []


def test_taking_place_with_how_asks_how_not_when(curated_index):
    # The date's fact says "Held on November 14": "held" had drawn these to it.
    # Every word of the `held` alias group is that frame: "conducted", "happened" had still drawn the date's fact.
    for question in (
        "were the talks held by phone?",
        "by what means was the discussion held?",
        "Were the talks conducted by phone?",
        "did the conversation happen over the phone?",
        "how was the conversation conducted?",
    ):
        assert answered_with(question, curated_index) == ["call-medium"], question
    assert answered_with("when was the call held?", curated_index) == ["call-date"]
    assert answered_with("when did the conversation happen?", curated_index) == ["call-date"]


def test_a_yes_to_how_it_took_place_needs_no_taking_place_word(curated_index):
    from bot.replies import Lead, reply_to  # noqa: PLC0415

    # "Did they talk on the phone?" is affirmed; the frame word is not what the quote must hold.
    for question in ("did the conversation happen over the phone?", "were the talks held by phone?"):
        reply = reply_to(question, curated_index)
        assert [f.id for f in reply.facts] == ["call-medium"] and reply.parts[0].lead is Lead.YES, question
    assert reply_to("did the talks take place in person?", curated_index).parts[0].lead is not Lead.YES


def test_what_the_document_states_is_what_it_says(curated_index):
    from bot.replies import Lead, reply_to  # noqa: PLC0415

    # Its "state" is no Palestinian state, and "is it stated that …" asks whether it says so.
    for question, fact in (
        ("Does the article state that both presidents support an independent Palestinian state?", "palestinian-state"),
        ("Is it stated that Putin thanked his Egyptian counterpart?", "thanks-evacuation"),
    ):
        reply = reply_to(question, curated_index)
        assert [f.id for f in reply.facts] == [fact] and reply.parts[0].lead is Lead.YES, question
    # What they said has a doer of its own: Egypt helped evacuate Russians, not the other way round.
    reply = reply_to("did they say that Russia helped evacuate Egyptians?", curated_index)
    assert not reply.parts or reply.parts[0].lead is not Lead.YES


def test_the_two_as_subject_and_a_reference_as_a_mention(curated_index):
    from bot.replies import Lead, reply_to  # noqa: PLC0415

    for question in (
        "did the two agree to intensify efforts for a ceasefire?",
        "Fact check: the two agreed to intensify efforts for a ceasefire.",
        "is there a reference to the release of hostages?",
        # Count and people together: "both leaders reaffirmed their support".
        "do the two leaders support a Palestinian state?",
        # A variant of the leaders that holds the count: "both sides".
        "did both sides commit to a peaceful solution?",
    ):
        reply = reply_to(question, curated_index)
        assert reply.answered and reply.parts[0].lead is Lead.YES, question
    assert answered_with("did they refer to the hostages?", curated_index) == ["hostages"]


def test_a_hedge_on_the_question_weighs_nothing(curated_index):
    # How precisely an answer is wanted is no subject: "broadly", "roughly" are everyday words.
    assert answered_with("what were they talking about, broadly?", curated_index) == ["main-topic"]
    assert answered_with("roughly when did they speak?", curated_index) == ["call-date"]
    assert answered_with("in a nutshell, what did they agree?", curated_index) == ["ceasefire-agreement"]
    # Nor is how well the asker remembers it ("vaguely" is rarer in English than many names).
    assert answered_with("I vaguely recall something about the hostages?", curated_index) == ["hostages"]
    # Nor what the asker gives or wants as context.
    assert answered_with("What is the Gaza Strip in this context?", curated_index) == ["gaza-focus"]
    # A subject the article lacks still sinks the question.
    assert answered_with("what did they say about Syria, roughly?", curated_index) == []
    assert answered_with("I vaguely recall something about Syria?", curated_index) == []


def test_lifting_obstacles_is_their_end(curated_index):
    from bot.replies import Lead, reply_to  # noqa: PLC0415

    # "An end to the obstacles" is what lifting or removing them is: the article affirms it.
    for question in ("did they call for aid obstacles to be lifted?", "did they want the barriers to aid removed?"):
        reply = reply_to(question, curated_index)
        assert [f.id for f in reply.facts] == ["aid-obstacles"] and reply.parts[0].lead is Lead.YES, question
    assert answered_with("did they want the sanctions lifted?", curated_index) == []


def test_how_a_thing_is_described_is_affirmed_by_the_articles_word_for_it(curated_index):
    from bot.replies import Lead, reply_to  # noqa: PLC0415

    # "a call for an end to the obstacles to delivering vital humanitarian aid": an aim, but the aid is called vital.
    assert reply_to("was the humanitarian aid described as vital?", curated_index).parts[0].lead is Lead.YES
    assert reply_to("was the situation in Gaza described as delicate?", curated_index).parts[0].lead is Lead.YES
    assert answered_with("was the situation in Gaza described as calm?", curated_index) == []


def test_how_the_document_names_something_is_not_what_is_asked(curated_index):
    # "which groups are mentioned as caught…" asks which groups are caught; the naming is the document's.
    for question, fact in [
        ("Which groups are mentioned as caught in the heart of the conflict?", "end-bloodshed"),
        ("what is referred to as a crucial step?", "aid-obstacles"),
        ("who are listed as the people to be evacuated?", "evacuation-foreigners"),
        ("which country does the article name as providing assistance?", "thanks-evacuation"),
        ("WHICH CITIES ARE MENTIONED AS SHARING A VISION?", "shared-vision"),
        # "What did they call X?" names X so: no telephone call (but "what did they call for?" asks what they urged).
        ("what did they call a crucial step?", "aid-obstacles"),
        ("what did they call for?", "aid-obstacles"),
    ]:
        assert answered_with(question, curated_index) == [fact], question


def test_a_noun_for_people_after_which_asks_who(curated_index):
    for question, fact in [
        ("which groups were suffering?", "end-bloodshed"),
        ("which people were caught in the conflict?", "end-bloodshed"),
        # The noun stays where a fact uses it: "protect the lives of people caught up in this deadly conflict".
        ("which people did they want to protect?", "hostages"),
    ]:
        assert answered_with(question, curated_index) == [fact], question


def test_a_passive_question_names_whom_the_act_is_done_to(curated_index):
    from bot.replies import Lead, reply_to  # noqa: PLC0415

    # "Putin thanked his Egyptian counterpart for Egypt's help in evacuating Russian citizens".
    for question, yes in [
        ("was Sisi thanked?", True), ("was Egypt thanked?", True), ("were Russians evacuated?", True),
        ("was Putin thanked?", False), ("were Egyptians evacuated?", False), ("were Egyptians to be evacuated?", False),
        # A name after the act is where from, not whom it was done to.
        ("were Russian nationals evacuated from Gaza?", True), ("were Egyptian citizens evacuated from Gaza?", False),
        ("were Russians evacuated to Egypt?", False),
        # Where from or to, as the statement says it ("from the Gaza Strip"): the place does nothing to anyone.
        ("were Russians evacuated from Gaza?", True), ("were Russians evacuated out of the Gaza Strip?", True),
        ("were Russians evacuated to Gaza?", False), ("were Russian citizens evacuated to Gaza?", False),
        ("were Russians evacuated from Egypt?", False), ("were foreign nationals evacuated into Gaza?", False),
    ]:  # fmt: skip
        assert (reply_to(question, curated_index).parts[0].lead is Lead.YES) is yes, question


def test_what_was_to_be_done_is_what_was_planned(curated_index):
    from bot.replies import Lead, reply_to  # noqa: PLC0415

    # "They discussed practical arrangements to facilitate ... the evacuation of foreign nationals and wounded".
    for question in ("Were foreigners to be evacuated?", "Were wounded people among those to be evacuated?"):
        assert reply_to(question, curated_index).parts[0].lead is Lead.YES, question
    # An outcome to be reached is not a plan stated: "agree to intensify their efforts to achieve a ceasefire".
    for question in ("Is a ceasefire to be achieved?", "was a ceasefire to be achieved?"):
        assert reply_to(question, curated_index).parts[0].lead is not Lead.YES, question


def test_whether_the_document_mentions_something_says_nothing_of_what_it_is(curated_index):
    # "mention" (an alias of "discuss") had drawn the evacuation the leaders discussed, not the one Egypt helped with.
    assert answered_with("Is the evacuation of Russians mentioned?", curated_index) == ["thanks-evacuation"]
    # Where little else names anything, what was mentioned is what they discussed.
    assert answered_with("which Egyptian president is mentioned?", curated_index) == ["call-participants"]


def test_what_they_discussed_doing_is_no_yes_to_one_of_them_doing_it(curated_index):
    from bot.replies import Lead, reply_to  # noqa: PLC0415

    # "They discussed practical arrangements to facilitate ... the evacuation of foreign nationals": their "they"
    # stands for Egypt, but talk of a plan is no evacuation going on.
    assert reply_to("is Egypt evacuating foreigners?", curated_index).parts[0].lead is not Lead.YES
    assert reply_to("did Egypt and Russia discuss evacuating foreigners?", curated_index).parts[0].lead is Lead.YES


def test_whose_account_is_asked_for_is_no_role_in_what_was_asked(curated_index):
    from bot.replies import Lead, reply_to  # noqa: PLC0415

    # Putin expressed his gratitude for the valuable assistance: it is his account, whichever side names him.
    for question in (
        "was the Egyptian help valuable, per Putin?",
        "according to Putin, was the Egyptian help valuable?",
        "was Egypt's help valuable according to Putin?",
    ):
        assert reply_to(question, curated_index).parts[0].lead is Lead.YES, question
    # Nobody the fact names: no yes on their behalf.
    reply = reply_to("was the Egyptian help valuable, according to experts?", curated_index)
    assert not reply.parts or reply.parts[0].lead is not Lead.YES


def test_getting_people_out_by_an_everyday_verb_is_evacuating_them(curated_index):
    for question in ("which injured people were to be moved out?", "Who would be brought out of Gaza?"):
        assert answered_with(question, curated_index) == ["evacuation-foreigners"], question


def test_hoping_is_wanting(curated_index):
    # "The two leaders unanimously expressed their desire to end the bloodshed": "hope" had weighed as a word of its
    # own, and tied the ceasefire with the call for an end to the obstacles.
    assert answered_with("what do both leaders hope to end?", curated_index) == ["end-bloodshed"]


def test_whether_a_thing_was_spoken_of_is_asked_of_the_thing(curated_index):
    # "gratitude" is one fact's word, but none of its phrasings says "discuss": the verb of talk had sunk it to a
    # did-you-mean, where the word alone ("gratitude?") is answered.
    for question in ("any mention of gratitude?", "did they discuss gratitude?", "was gratitude mentioned?"):
        assert answered_with(question, curated_index) == ["thanks-evacuation"], question
    # So is whether they minded it: what they said of it tells, never as a yes.
    for question, fact in (("were they concerned for civilians?", "end-bloodshed"),
                           ("Were they worried about children?", "end-bloodshed")):  # fmt: skip
        assert answered_with(question, curated_index) == [fact], question
    assert answered_with("were they concerned about oil prices?", curated_index) == []
    # The thing must be all in the fact: aid is, Israel is not; and a word no fact holds is still no subject.
    for question in ("Was aid delivery to Israel discussed?", "did they discuss sanctions?"):
        assert answered_with(question, curated_index) == [], question


def test_how_the_document_describes_something_asks_what_it_says_of_it(curated_index):
    for question, fact in [
        ("how does the text portray the situation in Gaza?", "gaza-focus"),
        ("how is Egypt's help depicted?", "thanks-evacuation"),
        # The fact base's own verb stays: "the discussion was marked by an undeniable humanitarian impulse".
        ("How does the piece characterise the conversation?", "humanitarian-impulse"),
        # Only of what it marks: of Egypt's assistance, the verb is the frame again.
        ("How was Egypt's assistance characterised?", "thanks-evacuation"),
    ]:
        assert answered_with(question, curated_index) == [fact], question


def test_who_made_it_public_asks_who_reported_it(curated_index):
    assert answered_with("who made the agreement public?", curated_index) == ["egyptian-presidency-report"]


def test_who_did_it_needs_a_statement_that_names_the_doer(curated_index):
    from bot.replies import Gap, Kind, reply_to  # noqa: PLC0415

    # "an end to the obstacles to the delivery of vital humanitarian aid": no one is said to block it.
    for question in ("who is blocking aid to Gaza?", "who killed civilians?", "who is killing the children?"):
        reply = reply_to(question, curated_index)
        assert reply.kind is Kind.RELATED and reply.gap is Gap.AGENT, question
    # Named before the act, by a pronoun for the leaders, after "by", or as the curator phrased it.
    for question, fact in [
        ("who reported the ceasefire agreement?", "egyptian-presidency-report"),
        ("who spoke about the hostages?", "hostages"),
        ("who helped evacuate the Russians?", "thanks-evacuation"),
        ("who published the article?", "publisher"),
        ("who is suffering?", "end-bloodshed"),
    ]:
        assert answered_with(question, curated_index) == [fact], question


def test_whether_a_thing_will_last_or_happen_is_what_is_to_come(curated_index):
    from bot.replies import Gap, reply_to  # noqa: PLC0415

    # "agree to intensify their efforts to achieve a ceasefire" is an intention, no word of what will come.
    for question in ("Will the ceasefire hold?", "will the hostages be released?", "is the ceasefire going to hold?",
                     "do you think the ceasefire will hold?"):  # fmt: skip
        assert reply_to(question, curated_index).gap is Gap.FUTURE, question
    # What they mean to do is what the intention answers.
    assert reply_to("will they work harder for a truce?", curated_index).gap is None


def test_according_to_someone_no_fact_cites_asks_their_account(curated_index):
    from bot.replies import Kind, reply_to  # noqa: PLC0415

    # No fact says anything is according to Putin: his "according to" is no accord ("they agreed ..., according to the
    # Egyptian presidency" had answered what Egypt's role was).
    assert reply_to("What role does Egypt play according to Putin?", curated_index).kind is not Kind.ANSWER
    assert answered_with("according to Putin, what did they discuss?", curated_index) == ["main-topic"]
    # The presidency is how two facts cite the agreement.
    assert answered_with("what was agreed, according to Cairo?", curated_index) == ["ceasefire-agreement"]


def test_a_statement_turned_round_or_about_other_people_is_no_yes(curated_index):
    from bot.replies import Lead, reply_to  # noqa: PLC0415

    # "called for an end to the obstacles to the delivery of vital humanitarian aid": the aid is wanted.
    for question in ("Did they call for an end to aid?", "Did they want to end the humanitarian aid?"):
        assert reply_to(question, curated_index).parts[0].lead is not Lead.YES, question
    assert reply_to("did they call for an end to the obstacles?", curated_index).parts[0].lead is Lead.YES
    # "the thousands of children and women caught in the heart of this devastating conflict".
    assert reply_to("Were thousands of men caught in the conflict?", curated_index).parts[0].lead is not Lead.YES
    # What the presidency reported is an intent, not that it happened.
    reached = "Did the Egyptian presidency report that a ceasefire was reached?"
    assert reply_to(reached, curated_index).parts[0].lead is not Lead.YES
    assert reply_to("did the article say Russian citizens were evacuated?", curated_index).parts[0].lead is Lead.YES
    # "Both men" are the two leaders.
    assert reply_to("did both men want an end to the bloodshed?", curated_index).parts[0].lead is Lead.YES


def test_regarding_is_a_preposition_like_about(curated_index):
    # It weighed as much as the everyday noun beside it ("position", "commitment") and left the subject too light.
    for question in (
        "What commitment did the leaders make regarding a ceasefire?",
        "what did they commit to regarding a truce?",
    ):
        assert answered_with(question, curated_index) == ["ceasefire-agreement"], question


def test_what_the_documents_people_are_is_who_they_are(curated_index):
    # Only names and the words for their office or country: asked as "who is …?" asks.
    for question in ("Which president is Egyptian?", "What country does Sisi lead?", "Is Putin the Russian president?"):
        assert answered_with(question, curated_index) == ["call-participants"], question


def test_readers_words_for_the_outlet_the_arrangements_and_the_focus(curated_index):
    # A reader's words for the article's: a news organisation publishes, operational details are practical ones, and
    # what got the most attention was the focus.
    for question, fact in (
        ("Which media organisation is the source?", "publisher"),
        ("What operational details did they go over?", "practical-arrangements"),
        ("what got the most attention?", "gaza-focus"),
    ):
        assert answered_with(question, curated_index) == [fact], question
    # "Media" alone is whoever reports anything, and an atmosphere is a place's as well as a talk's.
    for question in (
        "What did Egyptian media report?",
        "What is the media's view of Putin?",
        "What was the atmosphere in Cairo?",
    ):
        assert answered_with(question, curated_index) == [], question


def test_the_press_words_for_an_agreement_and_a_date_are_the_articles(curated_index):
    # "A ceasefire deal" is the agreement ("according to" is not: that stays the report's wording); "the day of the
    # month" is the date; access for aid is its delivery.
    from bot.replies import Lead, reply_to  # noqa: PLC0415

    reply = reply_to("So the Kremlin reported the ceasefire deal?", curated_index)
    assert [f.id for f in reply.facts] == ["egyptian-presidency-report"] and reply.parts[0].lead is not Lead.YES
    assert reply_to("Did they agree on a ceasefire?", curated_index).parts[0].lead is not Lead.YES
    assert [f.id for f in reply_to("what day of the month was the conversation", curated_index).facts] == ["call-date"]
    assert [f.id for f in reply_to("How strongly did they call for aid access?", curated_index).facts] == [
        "aid-obstacles"
    ]


def test_a_did_you_mean_list_offers_questions_not_a_curators_cues(curated_index):
    from bot.matching import answer  # noqa: PLC0415
    from bot.words import QUESTION_OPENERS  # noqa: PLC0415

    # "in person?" is a phrasing of the telephone fact, there to be matched, not a question to pick.
    result = answer("when will they meet in person?", curated_index)
    assert result.suggestions and result.suggestions[0].phrasing == "in person?"
    offered = [c.offered for c in result.suggestions]
    assert all(q.split()[0].lower() in QUESTION_OPENERS and len(q.split()) >= 3 for q in offered), offered


def test_what_is_asked_of_the_call_as_a_whole_is_asked_without_the_call(curated_index):
    # "The Putin-Sisi call" names the whole talk: its "call" (an alias of "phone") and the names had drawn the
    # facts of how and with whom it was held; what is asked of it, the focus, is what the answer must say.
    assert answered_with("where was the focus of the Putin-Sisi call?", curated_index) == ["gaza-focus"]
    assert answered_with("what was the tone of the Sisi-Putin conversation?", curated_index) == ["humanitarian-impulse"]
    # The nature of the exchange is what describing it tells: the exchange is what is described (an unknown word
    # for the talk, as "how is the exchange described?" reads it).
    assert answered_with("How would the article describe the nature of the exchange?", curated_index) == [
        "humanitarian-impulse"
    ]


def test_each_other_is_a_pronoun_and_asks_both_ways(curated_index):
    from bot.replies import Lead, reply_to  # noqa: PLC0415

    # "Each other" names no subject: its "other" had drawn the fact one of whose phrasings says "thank each other".
    assert answered_with("did they talk to each other?", curated_index) != ["thanks-evacuation"]
    # Done to each other, an act must be told both ways: Putin thanked Sisi, and both supported a state, not each
    # other. Talk is mutual whoever is named first.
    for question in ("did the leaders express gratitude to each other?", "did the leaders support each other?"):
        assert reply_to(question, curated_index).parts[0].lead is not Lead.YES, question
    assert reply_to("did they talk about the hostages with each other?", curated_index).parts[0].lead is Lead.YES


def test_what_someone_did_for_another_asked_inside_a_request(curated_index):
    # "Tell me what Egypt did for Russia" asks what "what did Egypt do for Russia?" asks: how Egypt helped.
    for question in ("Explain what Egypt did for Russia", "I want to know what the Egyptians did for the Russians"):
        assert answered_with(question, curated_index) == ["thanks-evacuation"], question


def test_a_request_for_a_thing_no_fact_names_is_not_answered(curated_index):
    # "Explain the history of …" asks for a history as "what is the history of …?" does: no fact tells one.
    assert answered_with("explain the history of the Israeli-Palestinian conflict", curated_index) == []
    assert answered_with("tell me about the history of Russian-Egyptian relations", curated_index) == []
    # A noun the facts use is asked for as before.
    assert answered_with("explain the importance of the gesture", curated_index) == ["bilateral-relations"]


def test_the_press_verbs_for_thanking_and_calling_for(curated_index):
    # "Hail" is how the press says "express gratitude"; "insist on" is a way of calling for something.
    assert answered_with("what did Putin hail Egypt for?", curated_index) == ["thanks-evacuation"]
    assert answered_with("what did the presidents insist on regarding aid?", curated_index) == ["aid-obstacles"]


def test_expressing_a_feeling_is_having_it(curated_index):
    # "Voice support for" is "support": the fact that says they reaffirmed their support never says "express".
    for question in ("what did they voice support for?", "what did they express support for?"):
        assert answered_with(question, curated_index) == ["palestinian-state"], question
    # Where the verb is the fact's own, it stays: "what desire did they express?".
    assert answered_with("what desire did they express?", curated_index) == ["end-bloodshed"]


def test_who_an_act_was_done_with_the_help_of_keeps_the_act(curated_index):
    # "Who were the Russians evacuated with the help of?": the evacuating is asked about (it is in many facts, as the
    # leaders are, but it is no word for people).
    assert answered_with("who were the Russians evacuated with the help of?", curated_index) == ["thanks-evacuation"]


def test_what_something_is_called_asks_its_name(curated_index):
    # "What's X called?" asks X's name: its "called" is no phone call, and had drawn how the leaders talked.
    assert answered_with("what's Egypt's leader called?", curated_index) == ["call-participants"]
    assert answered_with("what was the article called?", curated_index) == ["publisher"]
    # Calling someone is still a call: the one between the two, though not whose call it was.
    from bot.replies import reply_to  # noqa: PLC0415

    assert reply_to("who called whom?", curated_index).parts[0].fact.id == "call-participants"


def test_an_attempt_asks_what_was_attempted(curated_index):
    # "What did they try to facilitate?" asks what they facilitated: a phrasing of another fact that says "trying"
    # had drawn it.
    for question in ("what did they try to facilitate?", "what were they trying to facilitate?"):
        assert answered_with(question, curated_index) == ["practical-arrangements"], question


def test_what_is_asked_towards_a_named_thing_must_be_of_it(curated_index):
    # The talk's tone is no tone towards Israel, which the fact never names: not answered from it.
    assert answered_with("what was Putin's tone towards Israel?", curated_index) == []
    # Where the fact names it, it answers.
    assert answered_with("what did they desire regarding the violence against civilians?", curated_index) == [
        "end-bloodshed"
    ]


def test_what_is_reported_about_a_thing_is_what_the_document_says_of_it(curated_index):
    # No one named reports it: the verb (a phrasing of the presidency's report) had cost the fact about the wounded.
    for question in ("what is reported about the wounded?", "what does the article report about the wounded?"):
        assert answered_with(question, curated_index) == ["evacuation-foreigners"], question
    # Where the first reading answers, it stands; a thing no fact names is still no answer.
    assert answered_with("what was reported about the ceasefire?", curated_index) == ["ceasefire-agreement"]
    assert answered_with("what is reported about oil prices?", curated_index) == []


def test_the_documents_people_named_together_are_they(curated_index):
    # "Putin and Sisi" named together are the "they" of the facts' statements: what they did is what is asked.
    assert answered_with("what do Putin and Sisi unanimously want?", curated_index) == ["end-bloodshed"]
    # Countries tell facts apart: Moscow and Cairo share a vision, which is no "they".
    assert answered_with("what do Moscow and Cairo share?", curated_index) == ["shared-vision"]


@pytest.mark.parametrize(
    "question", ["For the record, on which date was the phone call?", "Just checking, in which month did they talk?"]
)
def test_a_lead_in_before_a_question_opening_with_a_preposition(curated_index, question):
    # A question may open with a preposition before its question word: the words before the comma are a lead-in.
    assert answered_with(question, curated_index) == ["call-date"]


def test_dealing_with_a_thing_is_addressing_it(curated_index):
    # "Deal with" is the verb of addressing, not the noun of an agreement: it had drawn the ceasefire agreement.
    assert answered_with("which conflict did the call deal with?", curated_index) == ["main-topic"]
    # A deal is still an agreement.
    assert answered_with("what was the deal on the ceasefire?", curated_index) == ["ceasefire-agreement"]


def test_the_call_an_it_points_back_at_stays_in_a_two_part_question(curated_index):
    # "In the call" is taken off as a frame ("what happened in the call?" asks what happened) only where nothing after
    # it points back at the call: "how was it conducted?" had been asked of "took part".
    assert answered_with("who took part in the call and how was it conducted?", curated_index) == [
        "call-participants",
        "call-medium",
    ]
    assert answered_with("who took part in the call?", curated_index) == ["call-participants"]


def test_the_verb_of_the_articles_noun_recognition(curated_index):
    # "Recognise" is what the article's "gesture of recognition" does; the stemmer keeps the two apart.
    for question in ("did Putin recognise Egypt's assistance?", "how did Putin recognize Egypt's help?"):
        assert answered_with(question, curated_index) == ["thanks-evacuation"], question
    assert answered_with("When did Russia recognise Palestine?", curated_index) == []


def test_who_made_or_gave_a_thing_asks_who_did_what_the_noun_names(curated_index):
    # "Made the announcement" is announcing, "gave assistance" assisting: the light verb alone is said of no one, and
    # had made the fact that names the doer read as not saying who.
    assert answered_with("Who made the announcement about the ceasefire efforts?", curated_index) == [
        "egyptian-presidency-report"
    ]
    assert answered_with('who gave "valuable and comprehensive assistance"?', curated_index) == ["thanks-evacuation"]
    # A thing no statement says anyone gave is still not answered.
    assert answered_with("who gave Israel weapons?", curated_index) == []


def test_united_is_unanimity_but_the_united_states_is_a_name(curated_index):
    assert answered_with("were the two leaders united?", curated_index) == ["end-bloodshed"]
    # The names that hold the word are names the documents never mention.
    for question in ("What did Putin say about the United States?", "what did the United Nations say?"):
        assert answered_with(question, curated_index) == [], question


def test_where_a_claim_comes_from_is_the_source_a_curated_phrasing_says(curated_index):
    # The fact's curator phrased it "where does the report … come from?": its source is where such a claim comes
    # from, not a place the answer lacks.
    assert answered_with("Where does the claim about the ceasefire come from?", curated_index) == [
        "egyptian-presidency-report"
    ]
    # Where people come from is still a place, which no fact gives.
    assert answered_with("where do the hostages come from?", curated_index) == []


def test_words_the_asker_quotes_before_the_question_say_what_it_asks_about(curated_index):
    # The lead-in quotes the article: the sentence it quotes is what "desire for what?" asks about, where without the
    # quote three facts speak of a desire.
    question = "my draft says they 'unanimously expressed their desire' — desire for what?"
    assert answered_with(question, curated_index) == ["end-bloodshed"]


def test_organising_is_arranging(curated_index):
    assert answered_with("what were the leaders' views on organising aid deliveries?", curated_index) == [
        "practical-arrangements"
    ]


@pytest.mark.parametrize("question", ["is La Nouvelle Tribune the source?", "La Nouvelle Tribune: is that the source?"])
def test_the_source_confirmed_by_name_is_a_yes(curated_index, question):
    from bot.replies import Lead, reply_to  # noqa: PLC0415

    assert reply_to(question, curated_index).parts[0].lead is Lead.YES
    # Someone the headline names is no source.
    assert reply_to("is Putin the source?", curated_index).parts[0].lead is not Lead.YES


@pytest.mark.parametrize("question", ["is Russia sending humanitarian aid?", "has Russia sent aid?"])
def test_a_named_doer_asked_in_the_progressive_or_perfect_must_be_the_one_who_did_it(curated_index, question):
    from bot.replies import Lead, reply_to  # noqa: PLC0415

    # As "did Russia send aid?": Egypt gave the help Putin thanked it for, not Russia.
    reply = reply_to(question, curated_index)
    assert not reply.parts or reply.parts[0].lead is not Lead.YES
    assert reply_to("has Egypt helped evacuate Russian citizens?", curated_index).parts[0].lead is Lead.YES


def test_a_bare_when_or_about_what_in_a_list_of_three_asks_it_of_the_first(curated_index):
    assert answered_with("Who talked, when, and about what?", curated_index) == [
        "call-participants",
        "call-date",
        "main-topic",
    ]


@pytest.mark.parametrize("question", ["who talked about evacuating Russians?", "who brought up evacuating Russians?"])
def test_who_spoke_of_a_thing_asks_who_mentioned_it(curated_index, question):
    # Not who spoke with whom: the talk only frames the thing spoken of.
    assert answered_with(question, curated_index) == ["thanks-evacuation"]
    assert answered_with("who spoke?", curated_index) == ["call-participants"]


def test_a_thing_named_as_an_issue_is_the_thing(curated_index):
    from bot.replies import Lead, reply_to  # noqa: PLC0415

    reply = reply_to("did they discuss the hostage issue?", curated_index)
    assert [f.id for f in reply.facts] == ["hostages"] and reply.parts[0].lead is Lead.YES
    assert answered_with("what did they say about the aid question?", curated_index) == ["aid-obstacles"]
    # What kind of issue it was still asks the topic.
    assert answered_with("what was the main issue?", curated_index) == ["main-topic"]


def test_any_mention_asked_after_its_subject_is_a_yes_no_question(curated_index):
    from bot.replies import Lead, reply_to  # noqa: PLC0415

    for question in ("civilians & kids: any mention?", "the hostages - any mention of them?"):
        reply = reply_to(question, curated_index)
        assert reply.answered and reply.parts[0].lead is Lead.YES, question
    assert answered_with("Ukraine: any mention?", curated_index) == []


def test_dat_after_the_is_a_word_mistyped_not_that(curated_index):
    assert answered_with("wat was the dat of the convrsation", curated_index) == ["call-date"]


def test_elaborate_on_two_things_asks_both(curated_index):
    assert answered_with("elaborate on the hostages and on the ceasefire", curated_index) == [
        "hostages",
        "ceasefire-agreement",
    ]


def test_who_was_done_to_by_someone_asks_who_they_did_it_to(curated_index):
    # "Who was thanked by Sisi?" is "who did Sisi thank?": Putin thanked, not Sisi.
    assert answered_with("who was thanked by Sisi?", curated_index) == []
    assert answered_with("who was thanked by Putin?", curated_index) == ["thanks-evacuation"]


@pytest.mark.parametrize(
    "question, lead",
    [
        ("is the bloodshed cruel?", "yes"),  # "the bloodshed that is cruelly affecting civilians"
        ("were civilians affected by the bloodshed?", "yes"),
        ("did the bloodshed end?", "says"),  # only wanted: "their desire to end the bloodshed"
        ("did they call for a lasting peace?", "yes"),  # "their commitment to a lasting and peaceful solution"
        ("did they call for a one-state solution?", "says"),  # "one" tells which state
    ],
)
def test_yes_where_the_statement_says_so(curated_index, question, lead):
    from bot.replies import reply_to  # noqa: PLC0415

    reply = reply_to(question, curated_index)
    assert reply.answered and reply.parts[0].lead.value == lead, question


def test_what_needs_to_be_done_asks_what_has_to_be(curated_index):
    # "need" after the asked thing is a modal, not the hostages' "need to release".
    assert answered_with("what needs to be facilitated?", curated_index) == ["practical-arrangements"]
    assert answered_with("what needs to be released?", curated_index) == ["hostages"]


def test_a_summary_asked_after_a_word_of_context_is_a_summary(curated_index):
    from bot.replies import Kind, reply_to  # noqa: PLC0415

    for question in ("I was away - can you give me a rundown of the article?", "sorry I missed it - give me a recap"):
        assert reply_to(question, curated_index).kind is Kind.SUMMARY, question
    # Context that names a subject makes it a question about that subject.
    assert answered_with("The hostages - give me a rundown", curated_index) == ["hostages"]


def test_a_modifier_curated_with_one_word_of_a_group_goes_with_all_of_them(curated_index):
    from bot.replies import Lead, reply_to  # noqa: PLC0415

    # "humanitarian aid" is a variant of aid; "relief" is another word for aid, so "humanitarian relief" is aid.
    assert curated_index.normalizer.question_terms("humanitarian relief")[0] == ["aid"]
    reply = reply_to("did they speak about humanitarian relief?", curated_index)
    assert reply.answered and reply.parts[0].lead is Lead.YES


@pytest.mark.parametrize(
    "question, facts",
    [
        ("what did they say on aid, and on evacuations of foreigners?", ["aid-obstacles", "evacuation-foreigners"]),
        ("what was said regarding the hostages and regarding aid", ["hostages", "aid-obstacles"]),
    ],
)
def test_a_second_subject_after_the_first_s_preposition_is_asked_as_the_first(curated_index, question, facts):
    assert answered_with(question, curated_index) == facts


def test_a_document_asked_for_in_a_shape_is_a_summary(curated_index):
    from bot.replies import Kind, reply_to  # noqa: PLC0415

    shaped = ("what's the article in three bullet points?", "the call in one line", "the report, in two sentences")
    for question in shaped:
        assert reply_to(question, curated_index).kind is Kind.SUMMARY, question
    # A part of it asked for in a shape is a question about that part.
    assert answered_with("what's the hostage part in two sentences?", curated_index) == ["hostages"]


def test_which_of_the_two_asks_which_of_them(curated_index):
    # The group chosen from ("the two presidents") is not what the question is about.
    assert answered_with("which of the two presidents expressed gratitude?", curated_index) == ["thanks-evacuation"]
    assert answered_with("which of the two countries helped with the evacuation?", curated_index) == [
        "thanks-evacuation"
    ]


def test_a_name_of_several_words_typed_as_one_is_the_name(curated_index):
    assert answered_with("did Abdelfattah Elsisi talk with Putin?", curated_index) == ["call-participants"]
    assert answered_with("what did Alsisi say about Gaza?", curated_index) == ["gaza-focus"]
    # A bare link's address is no word of the question, as in Slack, where links come wrapped.
    assert answered_with("https://lanouvelletribune.info/ what did Putin thank Egypt for?", curated_index) == [
        "thanks-evacuation"
    ]


def test_a_rough_figure_asked_for_is_answered_by_thousands(curated_index):
    from bot.replies import Kind, reply_to  # noqa: PLC0415

    assert answered_with("how many children and women, roughly?", curated_index) == ["end-bloodshed"]
    # Not where an exact figure is asked, nor where the fact gives no size at all.
    assert reply_to("how many children and women are affected?", curated_index).kind is Kind.RELATED
    assert reply_to("roughly how many Russians were evacuated?", curated_index).kind is Kind.RELATED


def test_a_closing_phrase_with_its_reason_after_it_is_chat(curated_index):
    from bot.conversation import Turn  # noqa: PLC0415
    from bot.replies import Kind, reply_to  # noqa: PLC0415

    for message, turn in (
        ("great, that's all I needed", Turn.THANKS),
        ("perfect, that is all I wanted to know", Turn.THANKS),
        ("ok, that's it for today", Turn.GOODBYE),
    ):
        reply = reply_to(message, curated_index)
        assert reply.kind is Kind.CHAT and reply.turn is turn, message
    # What follows the phrase may still ask: a question word, or a word only the documents use.
    assert answered_with("great, when was the call", curated_index) == ["call-date"]
    assert answered_with("nice, the hostages", curated_index) == ["hostages"]


def test_a_bare_this_after_a_verb_of_writing_is_the_document(curated_index):
    from bot.conversation import without_chat  # noqa: PLC0415
    from bot.replies import Kind, reply_to  # noqa: PLC0415

    # As "who wrote the article?": the documents name no author, and say where it was published.
    for message in ("who wrote this?", "who wrote this up?", "who wrote it"):
        reply = reply_to(message, curated_index)
        assert reply.kind is Kind.RELATED and [f.id for f in reply.facts] == ["publisher"], message
    assert without_chat("when was this published?") == "when was this article published?"
    # What someone in the document reported may be what "this" is: not read as the document.
    assert without_chat("who reported this?") == "who reported this?"
    assert without_chat("did they talk about it?") == "did they talk about it?"


def test_a_close_second_proved_by_the_same_quote_does_not_stop_an_answer(curated_index):
    from bot.replies import Kind, reply_to  # noqa: PLC0415

    # The evacuation and the practical arrangements come close, and one sentence proves both: answered with it.
    reply = reply_to("what did they discuss doing for the wounded?", curated_index)
    assert reply.kind is Kind.ANSWER and [f.id for f in reply.facts] == ["evacuation-foreigners"]
    arrangements = next(f for f in curated_index.knowledge.facts if f.id == "practical-arrangements")
    assert reply.facts[0].quote == arrangements.quote and reply.result.candidates[1].fact is arrangements
    # Close facts with quotes of their own still ask which was meant.
    reply = reply_to("what are they trying to achieve", curated_index)
    first, second = reply.result.candidates[:2]
    assert reply.kind is Kind.SUGGEST and first.fact.quote != second.fact.quote


def test_a_day_of_the_week_asked_is_a_date_the_documents_do_not_give(curated_index):
    from bot.replies import Gap, Kind, reply_to  # noqa: PLC0415

    for message in ("was the call on a Tuesday?", "did they talk on Monday?"):
        reply = reply_to(message, curated_index)
        assert reply.kind is Kind.RELATED and reply.gap is Gap.WEEKDAY, message
        assert [f.id for f in reply.facts] == ["call-date"]
    # "On" a subject is still what the call was about.
    assert answered_with("was the call on Gaza?", curated_index) == ["gaza-focus"]


def test_the_askers_own_talk_is_no_talk_of_the_documents(curated_index):
    from bot.conversation import without_chat  # noqa: PLC0415

    assert without_chat("what kind of aid are we talking about?") == "what kind of aid?"
    assert answered_with("what kind of aid are we talking about?", curated_index) == ["aid-obstacles"]
    assert without_chat("what did they talk about?") == "what did they talk about?"


def test_a_role_word_says_nothing_of_which_fact_was_asked_in_its_own_words(curated_index):
    from bot.replies import Kind, reply_to  # noqa: PLC0415

    # "Leaders" is one phrasing's word for the presidents of every fact: it made the topic's fact the one "asked in
    # its own words" over the fact whose concern was asked about, which scored higher.
    reply = reply_to("what were the two leaders main concerns?", curated_index)
    assert "main-topic" not in [f.id for f in reply.facts]
    assert reply.kind is not Kind.ANSWER or [f.id for f in reply.facts] == ["gaza-focus"]


def test_a_thing_asked_for_with_a_modal_is_asked_for(curated_index):
    from bot.replies import Kind, reply_to  # noqa: PLC0415

    # "What would the capital of … be?" asks for a capital as "what is the capital of …?" does: no fact names one.
    for message in (
        "what would the capital of the Palestinian state be?",
        "what is the capital of the Palestinian state?",
    ):
        assert reply_to(message, curated_index).kind is not Kind.ANSWER, message
    assert answered_with("who would the leader of Egypt be?", curated_index) == ["call-participants"]


def test_needs_with_a_gerund_is_needs_to_be(curated_index):
    from bot.matching.matcher import need_as_modal  # noqa: PLC0415

    assert need_as_modal("what needs facilitating?") == "what has to be facilitating?"
    assert answered_with("what needs facilitating?", curated_index) == ["practical-arrangements"]
    assert need_as_modal("what did they say about the need to release the hostages?").endswith(
        "the need to release the hostages?"
    )


def test_a_date_dates_what_its_sentence_says_happened(curated_index):
    from bot.replies import Kind, reply_to  # noqa: PLC0415

    # The date's quote is the sentence saying the presidents addressed the conflict then (the index gives those words
    # to the topic's fact, which shares the sentence).
    reply = reply_to("when did the Russian and Egyptian presidents address the conflict?", curated_index)
    assert reply.kind is Kind.ANSWER and [f.id for f in reply.facts] == ["call-date"]
    # An act the sentence doesn't tell is still undated.
    assert reply_to("when was the aid delivered?", curated_index).kind is Kind.RELATED


def test_a_statement_ending_in_its_preposition_asks_what_it_takes_and_gets_no_yes(curated_index):
    from bot.conversation import Ask, kinds_of  # noqa: PLC0415
    from bot.replies import reply_to  # noqa: PLC0415
    from bot.terminal import reply_text  # noqa: PLC0415

    for message in ("the call was on?", "Sisi talked to?", "the article was published by?", "the leaders agreed to?"):
        assert Ask.YES_NO not in kinds_of(message), message
        text = reply_text(reply_to(message, curated_index), curated_index.knowledge, command="x")
        assert not text.startswith(("Yes", "Here is what the document says")), message
    assert Ask.YES_NO in kinds_of("they agreed on a ceasefire?")
    # A blank to fill in is no subject the call was about.
    assert not reply_text(
        reply_to("the call was on ___", curated_index), curated_index.knowledge, command="x"
    ).startswith("Yes")


def test_a_quality_the_writer_gives_by_an_adjective_is_a_yes(curated_index):
    from bot.replies import Lead, reply_to  # noqa: PLC0415

    # "vital humanitarian aid" inside what they called for: the aid being vital is the writer's own word for it.
    for message in ("is the aid vital?", "Is the aid considered vital?", "was the impulse undeniable?"):
        assert reply_to(message, curated_index).parts[0].lead is Lead.YES, message
    # A participle asks whether it was done, which wanting it is not.
    for message in ("were the hostages released?", "was the aid delivered?", "was the ceasefire reached?"):
        assert reply_to(message, curated_index).parts[0].lead is not Lead.YES, message


def test_common_synonyms_of_the_articles_words(curated_index):
    # Taking up a matter is raising it; a pressing one is urgent, as a crucial one is; nations are countries.
    assert answered_with("What pressing matters did they take up?", curated_index) == ["main-topic"]
    assert answered_with("what did the article say about ties between the two nations?", curated_index) == [
        "bilateral-relations"
    ]


def test_an_aim_striven_for_is_no_yes_that_it_came_about(curated_index):
    from bot.replies import Lead, reply_to  # noqa: PLC0415

    # "agreed to intensify their efforts to achieve a ceasefire": the agreement is theirs, the ceasefire an aim.
    for message in ("did they reach a ceasefire deal?", "did they reach a ceasefire agreement?"):
        assert reply_to(message, curated_index).parts[0].lead is not Lead.YES, message
    for message in ("any agreement reached?", "did they agree to intensify efforts to achieve a ceasefire?"):
        assert reply_to(message, curated_index).parts[0].lead is Lead.YES, message


def test_a_clause_of_the_askers_own_in_a_sentence_before_the_question_is_set_apart(curated_index):
    message = "So the article is long and I only skimmed it. Did they say anything on hostages? Asking for the team."
    assert answered_with(message, curated_index) == ["hostages"]
    assert answered_with("Busy day, so I'll be brief. When was the call?", curated_index) == ["call-date"]


def test_the_format_of_the_call_by_its_common_words(curated_index):
    for message in ("what medium was used for the conversation?", "what form did the conversation take?"):
        assert answered_with(message, curated_index) == ["call-medium"], message


def test_what_number_of_is_how_many(curated_index):
    from bot.conversation import without_chat  # noqa: PLC0415

    assert without_chat("what number of presidents were on the call?") == "how many presidents were on the call?"
    assert answered_with("what number of presidents were on the call?", curated_index) == ["call-participants"]


def test_a_statement_stopping_at_a_talk_verbs_preposition_asks_whom(curated_index):
    from bot.conversation import without_chat  # noqa: PLC0415

    assert without_chat("Sisi talked to?") == "Sisi talked to whom?"
    assert answered_with("Sisi talked to?", curated_index) == ["call-participants"]
    assert without_chat("Egypt was thanked by?") == "Egypt was thanked by whom?"
    # Not a question that asks already, nor a preposition after another verb.
    assert without_chat("who did Putin talk to?") == "who did Putin talk to?"
    assert without_chat("the leaders agreed to?") == "the leaders agreed to?"


@pytest.mark.parametrize("message", ["my laptop is not working", "nothing works", "my account is not working"])
def test_a_thing_that_does_not_work_is_no_effort(curated_index, message):
    # "Work" alone is a job or a thing that functions; only working towards, for or on an end is an effort.
    assert answered_with(message, curated_index) == [], message


@pytest.mark.parametrize(
    "question",
    [
        "for the board memo I need the date of the Putin-Sisi phone call",
        "Need a line for the newsletter on the hostage issue — what did they say?",
    ],
)
def test_what_an_answer_is_for_is_no_subject_whoever_owns_it(curated_index, question):
    # "For the board memo", like "for my memo", says where the answer goes, not what it is about.
    assert answered_with(question, curated_index) in (["call-date"], ["hostages"]), question


@pytest.mark.parametrize("question", ["what arrangements were on the table?", "what logistics were on the agenda?"])
def test_on_the_agenda_is_what_was_discussed_not_the_topic(curated_index, question):
    assert answered_with(question, curated_index) == ["practical-arrangements"], question
    assert answered_with("what was on the agenda?", curated_index) == ["main-topic"]


@pytest.mark.parametrize("message", ["executive summary", "give me the executive summary", "a one-line recap please"])
def test_the_kind_of_summary_wanted_is_its_form(curated_index, message):
    from bot.replies import Kind, reply_to  # noqa: PLC0415

    assert reply_to(message, curated_index).kind is Kind.SUMMARY, message


@pytest.mark.parametrize(
    "question", ["what's the main takeaway about the Palestinian question?", "What's the bottom line on Palestine?"]
)
def test_the_point_made_about_a_subject_is_what_was_said_of_it(curated_index, question):
    # "Main" is the takeaway's: it must not draw the call's main topic.
    assert answered_with(question, curated_index) == ["palestinian-state"], question


@pytest.mark.parametrize(
    "message", ["honestly what's the big deal about this call", "what about this call?", "what about the article?"]
)
def test_what_there_is_to_the_call_as_a_whole_is_its_summary(curated_index, message):
    from bot.replies import Kind, reply_to  # noqa: PLC0415

    # The call is what the document covers: asked about as a whole, the summary answers (no deal was asked about).
    assert reply_to(message, curated_index).kind is Kind.SUMMARY, message
    assert answered_with("what about the hostages?", curated_index) == ["hostages"]


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("whaat did they agreee on", "ceasefire-agreement"),  # a letter held down: every letter kept, in order
        ("when did they taaalk", "call-date"),
        ("hostaaages?", "hostages"),
        ("humanit aid - what did they say", "aid-obstacles"),  # cut short: one word's forms begin so
    ],
)
def test_what_a_hurried_keyboard_makes_of_a_word_is_read_as_meant(curated_index, question, fact):
    assert answered_with(question, curated_index) == [fact], question


def test_a_few_letters_that_begin_many_words_are_no_word_cut_short(curated_index):
    vocabulary = curated_index.normalizer.vocabulary
    assert vocabulary.correct("humanit") == "humanitarian"
    assert vocabulary.correct("pres") == "pres"  # "president", "presidency", "presidents": too short to tell


@pytest.mark.parametrize("question", ["whether hostages were discussed", "whether russia thanked egypt"])
def test_whether_opening_a_message_asks_whether_it_is_so(curated_index, question):
    from bot.replies import Lead, reply_to  # noqa: PLC0415

    reply = reply_to(question, curated_index)
    assert reply.answered and reply.parts[0].lead is Lead.YES, question


@pytest.mark.parametrize(
    "question", ["was it a videoconference?", "was the call a video conference?", "was it a zoom?"]
)
def test_a_video_call_by_its_other_names_is_asked_of_the_medium(curated_index, question):
    from bot.replies import Lead, reply_to  # noqa: PLC0415

    reply = reply_to(question, curated_index)
    assert [f.id for f in reply.facts] == ["call-medium"] and reply.parts[0].lead is not Lead.YES, question


def test_a_humanitarian_pause_is_no_ceasefire(curated_index):
    # A pause of hours for aid is what diplomats set apart from a ceasefire: no yes from "efforts to achieve one".
    assert answered_with("did they discuss a humanitarian pause?", curated_index) == []
    assert answered_with("did they agree on a truce?", curated_index) == ["ceasefire-agreement"]


@pytest.mark.parametrize(
    "question",
    [
        "what are they working towards?",  # working towards an end is an effort, as working alone is not
        "did they agree to work harder for a ceasefire?",
        "what did they pledge to intensify?",  # binding oneself to an act is agreeing to it
        "what did they resolve to step up?",
        "did they promise to work harder for it?",
    ],
)
def test_working_towards_an_end_or_binding_oneself_to_it_is_the_effort_agreed(curated_index, question):
    assert answered_with(question, curated_index) == ["ceasefire-agreement"], question


@pytest.mark.parametrize(
    "question",
    [
        "What did Putin agree to give Egypt?",
        "what did Putin pledge to send to Gaza?",
        "did they agree to reduce their efforts?",
    ],
)
def test_an_act_agreed_to_that_the_fact_does_not_tell_is_not_confirmed(curated_index, question):
    from bot.replies import Gap, Kind, reply_to  # noqa: PLC0415

    # They agreed to intensify their efforts towards a ceasefire: not to give, send or reduce anything.
    reply = reply_to(question, curated_index)
    assert reply.kind is Kind.RELATED and reply.gap is Gap.UNCONFIRMED, question
    assert answered_with("did they agree to anything concrete?", curated_index) == ["ceasefire-agreement"]


@pytest.mark.parametrize(
    ("question", "fact"),
    [("please revert with name of newspaper", "publisher"), ("kindly revert with the date of the call", "call-date")],
)
def test_office_english_for_reply_is_a_request_word(curated_index, question, fact):
    # "Revert" is how much of the world's office English says "reply": a request, not a subject.
    assert answered_with(question, curated_index) == [fact], question


def test_the_quote_asked_for_verbatim_and_the_whole_article_in_bullets(curated_index):
    from bot.replies import Kind, reply_to  # noqa: PLC0415

    # Every answer is its verbatim quote: "verbatim" says how the answer is wanted, not what it is about.
    assert answered_with("give me the verbatim quote about humanitarian aid obstacles", curated_index) == [
        "aid-obstacles"
    ]
    assert reply_to("give me the whole article in 3 bullets", curated_index).kind is Kind.SUMMARY


def test_a_number_joined_to_the_word_it_counts_names_nothing(curated_index):
    # "A 2-line brief" says how the asker's brief is, not a thing of its own the question might be about.
    message = "ok so context: I'm new on the desk, my editor wants a 2-line brief by noon - when did the call happen?"
    assert answered_with(message, curated_index) == ["call-date"]


@pytest.mark.parametrize(
    "message",
    ["what's the most important thing in the article?", "what's the one thing I should know about this call?"],
)
def test_the_one_thing_to_take_from_the_document_is_its_summary(curated_index, message):
    from bot.replies import Kind, reply_to  # noqa: PLC0415

    # Not the fact that happens to say "importance": the document's main point is what its summary gives.
    assert reply_to(message, curated_index).kind is Kind.SUMMARY, message
    assert answered_with("what is the most important thing about the hostages?", curated_index) == ["hostages"]


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("what did they advocate for the Palestinians?", "palestinian-state"),
        ("what was the tenor of the conversation?", "humanitarian-impulse"),
        ("what did the gesture signal about the two countries?", "bilateral-relations"),
        ("whose departure from Gaza was discussed?", "evacuation-foreigners"),
        ("were they actually in the same room?", "call-medium"),  # in person, by an idiom
        ("what did they hash out for getting aid delivered?", "practical-arrangements"),  # discussed
        ("what did they say about the cessez-le-feu?", "ceasefire-agreement"),  # the word in its own language
        ("what about Ghaza?", "gaza-focus"),  # the name in a spelling from its own language
        ("what vision do Moskva and Cairo share?", "shared-vision"),
        ("who exactly was on the line?", "call-participants"),  # on the phone
        ("what place was front and centre in their talk?", "gaza-focus"),
    ],
)
def test_more_synonyms_of_the_articles_acts_and_nouns(curated_index, question, fact):
    assert answered_with(question, curated_index) == [fact], question


def test_what_about_a_topic_the_document_covers_is_what_was_said_of_it(curated_index):
    from bot.replies import Kind, reply_to  # noqa: PLC0415

    # Gaza is in what the document covers, but "what about Gaza?" asks what was said of it, not for the summary.
    assert answered_with("what about Gaza?", curated_index) == ["gaza-focus"]
    assert reply_to("what about this article?", curated_index).kind is Kind.SUMMARY


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("what's the deal on the aid front?", "aid-obstacles"),  # on that front: on aid
        ("where are they at on the ceasefire?", "ceasefire-agreement"),  # where it stands, no place
        ("how do things stand on aid?", "aid-obstacles"),
        ("any movement on a truce?", "ceasefire-agreement"),
        ("what's the lowdown on the Egypt thank-you thing?", "thanks-evacuation"),  # Egypt: what it is about
    ],
)
def test_everyday_idioms_of_where_a_matter_stands(curated_index, question, fact):
    assert answered_with(question, curated_index) == [fact], question
    assert answered_with("did Sisi thank Putin?", curated_index) == []  # told the other way round, still


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("where do they land on a Palestinian state?", "palestinian-state"),
        ("any joy on getting foreigners out?", "evacuation-foreigners"),
    ],
)
def test_more_idioms_of_where_a_matter_stands(curated_index, question, fact):
    assert answered_with(question, curated_index) == [fact], question


def test_names_asked_get_no_yes_from_a_statement_naming_no_one(curated_index):
    from bot.replies import Lead, reply_to  # noqa: PLC0415

    # The pool's one near miss answered "Yes": "the need to release the hostages" names none of them.
    assert reply_to("did they discuss the hostages' names?", curated_index).parts[0].lead is Lead.SAYS
    named = reply_to("did the article give the full names of the two presidents?", curated_index)
    assert [f.id for f in named.facts] == ["call-participants"] and named.parts[0].lead is Lead.YES


def test_progress_on_a_matter_is_what_was_said_of_it_with_no_yes(curated_index):
    from bot.replies import Lead, reply_to  # noqa: PLC0415

    # What was said of it answers; a "yes" would say there was progress, where they only spoke of the need to release
    # the hostages (probe_s49e). Toward a truce as on one.
    for question, fact in (
        ("was there any progress on the hostages?", "hostages"),
        ("any headway on the hostages?", "hostages"),
        ("any progress toward a truce?", "ceasefire-agreement"),
    ):
        reply = reply_to(question, curated_index)
        assert [f.id for f in reply.facts] == [fact] and reply.parts[0].lead is not Lead.YES, question
    # News of it is its mention, which a statement of it affirms.
    assert reply_to("any news on the hostages?", curated_index).parts[0].lead is Lead.YES


def test_a_date_set_for_what_is_to_come_and_a_problem_said_to_be_solved(curated_index):
    from bot.replies import Gap, Kind, reply_to  # noqa: PLC0415

    reply = reply_to("did they set a date for talks in Moscow?", curated_index)
    assert reply.kind is Kind.RELATED and reply.gap is Gap.FUTURE
    assert reply_to("cheers, that sorted it", curated_index).kind is Kind.CHAT


def test_which_of_two_did_it_is_no_yes_where_the_document_tells_of_both_together(curated_index):
    from bot.replies import Gap, Kind, Lead, reply_to  # noqa: PLC0415

    # "A telephone conversation between Putin and al-Sisi" tells nobody calling anybody.
    reply = reply_to("did putin call al sissi or the other way round?", curated_index)
    assert reply.kind is Kind.RELATED and reply.gap is Gap.AGENT
    # Putin thanked Sisi: the one asked first did it, and the words "other way round" weigh nothing.
    reply = reply_to("did Putin thank Sisi or the other way round?", curated_index)
    assert [f.id for f in reply.facts] == ["thanks-evacuation"] and reply.parts[0].lead is not Lead.YES
    assert reply_to("did Russia help Egypt or vice versa?", curated_index).gap is Gap.ROLES


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("were they physically together?", "call-medium"),  # in body: in person
        ("which side released the statement about the ceasefire?", "egyptian-presidency-report"),  # side: who
        ("what goal did both presidents share at the end?", "common-desire"),  # the document's end
        ("who are the evacuees mentioned at the end", "evacuation-foreigners"),
        ("what did they agree at the end?", "ceasefire-agreement"),  # the end is its last stretch, not one sentence
        ("what was discussed at the outset?", "main-topic"),  # a real word: no typo of "outlet"
        ("whose “common desire” is mentioned?", "common-desire"),  # whose: one of the facts quoting the sentence
        ("who were the callers?", "call-participants"),  # a doer read as its verb is no guess, English or not
    ],
)
def test_the_ends_of_the_document_sides_and_bodies(curated_index, question, fact):
    assert answered_with(question, curated_index) == [fact], question


def test_how_would_you_sum_it_up_asks_for_it_summed_up(curated_index):
    from bot.replies import Kind, reply_to  # noqa: PLC0415

    for question in ("how would you summarize the call?", "how would you sum up the call?", "how do you describe it?"):
        assert reply_to(question, curated_index).kind is Kind.SUMMARY, question
    # Summing up a part of it asks that part.
    assert answered_with("how would you sum up the mood of their exchange?", curated_index) == ["humanitarian-impulse"]
    assert answered_with("what was the humanitarian flavour of the chat?", curated_index) == ["humanitarian-impulse"]


def test_how_a_wish_was_to_be_met_is_told_by_the_fact_that_names_the_means(curated_index):
    from bot.replies import Gap, reply_to  # noqa: PLC0415

    # "A common desire to alleviate the suffering" tells the wish; "an end to the obstacles to aid, to ease the
    # suffering of Gaza's residents" the means, though it holds fewer of the question's words.
    for question in ("how did they want to reduce people's suffering?", "how did they hope to alleviate suffering?"):
        assert answered_with(question, curated_index) == ["aid-obstacles"], question
    # Through the arrangements: the aid fact names none, and the arrangements' fact tells them as a wish.
    reply = reply_to("how did they want to alleviate suffering through the arrangements?", curated_index)
    assert reply.gap is Gap.MANNER


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("what kind of peace are they after?", "palestinian-state"),  # after, closing the question: sought
        ("what did they commit to regarding a cease-fire?", "ceasefire-agreement"),  # regarding: no act bound to
        ("were they of one mind about ending the killing?", "end-bloodshed"),
    ],
)
def test_what_they_are_after_and_what_they_committed_to_regarding_a_thing(curated_index, question, fact):
    assert answered_with(question, curated_index) == [fact], question
    assert answered_with("what happened after?", curated_index) == []  # no question of what they seek


def test_a_time_whose_thing_is_named_and_or_not_closing_a_yes_no_question(curated_index):
    from bot.replies import Gap, Lead, reply_to  # noqa: PLC0415

    # "Yesterday's thread" is the asker's; "yesterday" alone places what is asked, on a day the documents don't give.
    reply = reply_to("Following up on yesterday's thread: did they talk about the hostages?", curated_index)
    assert [f.id for f in reply.facts] == ["hostages"] and reply.parts[0].lead is Lead.YES
    assert reply_to("did they talk about the hostages yesterday?", curated_index).gap is Gap.ANOTHER_DATE
    # "… or not?" asks whether: no negation of what was said.
    reply = reply_to("did the two presidents talk about the hostages or not?", curated_index)
    assert reply.parts[0].lead is Lead.YES
    assert reply_to("did the presidents meet in person or not?", curated_index).parts[0].lead is not Lead.YES


@pytest.mark.parametrize(
    "question",
    [
        "did Russia evacuate Egyptian citizens?",  # the article's citizens are Russian
        "did the Russian presidency report the agreement?",  # its presidency Egyptian
        "Were they in favour of a Russian state?",  # its state Palestinian
    ],
)
def test_a_countrys_thing_the_document_names_as_another_countrys_is_not_confirmed(curated_index, question):
    from bot.replies import Gap, Kind, reply_to  # noqa: PLC0415

    reply = reply_to(question, curated_index)
    assert reply.kind is Kind.RELATED and reply.gap is Gap.UNCONFIRMED, question


def test_a_persons_name_before_a_word_and_countries_named_together_own_nothing_apart(curated_index):
    # "Sisi and Putin agreed": who agreed; "the Russian and Egyptian presidents": both countries' presidents.
    for question, fact in (
        ("Sisi and Putin agreed on what?", "ceasefire-agreement"),
        ("Russian leader and Egyptian leader, what did they discuss?", "main-topic"),
        ("When was the Putin al-Sisi call?", "call-date"),
    ):
        assert answered_with(question, curated_index) == [fact], question


def test_a_request_closed_with_thanks_is_still_a_request(curated_index):
    from bot.replies import Kind, reply_to  # noqa: PLC0415

    # "Source" is a word of a chat phrase ("what is your source?"), not of thanks: the message asks for it.
    assert answered_with("source pls thanks!", curated_index) == ["publisher"]
    assert answered_with("what kind of solution are they committed to ty", curated_index) == ["palestinian-state"]
    assert reply_to("thanks so much, that's really helpful", curated_index).kind is Kind.CHAT


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("did the two men sit down together?", "call-medium"),  # sitting down with someone: meeting
        ("what did they say about stopping the carnage?", "end-bloodshed"),
        ("what did they pledge concerning a truce?", "ceasefire-agreement"),  # concerning: about, no concern
    ],
)
def test_a_readers_words_for_meeting_bloodshed_and_about(curated_index, question, fact):
    assert answered_with(question, curated_index) == [fact], question
    assert answered_with("what was concerning them?", curated_index) == ["gaza-focus"]  # their concern, still


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("where is the hostages part?", "hostages"),  # where in the document: the quote shows it
        ("where is the section on the ceasefire?", "ceasefire-agreement"),
        ("which part talks about the ceasefire?", "ceasefire-agreement"),
    ],
)
def test_a_passage_asked_for_by_where_or_which_it_is(curated_index, question, fact):
    assert answered_with(question, curated_index) == [fact], question


def test_who_else_a_topic_of_and_a_plan_named_after_what_it_is_for(curated_index):
    from bot.replies import Gap, Lead, reply_to  # noqa: PLC0415

    # The people a fact names are the ones the asker knows of: anyone else, it doesn't say.
    for question in ("who else did Putin call?", "who else was on the call?"):
        assert reply_to(question, curated_index).gap is Gap.AGENT, question
    assert answered_with("who else besides Russians was to be evacuated?", curated_index) == ["evacuation-foreigners"]
    # "The topic of X" raised is X raised, not the fact naming the call's topic.
    assert answered_with("did the topic of wounded people come up?", curated_index) == ["evacuation-foreigners"]
    assert answered_with("what was the subject of the call?", curated_index) == ["main-topic"]
    # A plan asked to exist, its noun after what it is for: support for a state is no peace plan.
    assert reply_to("is there a peace plan?", curated_index).parts[0].lead is not Lead.YES


def test_showing_recognition_is_expressing_it_and_the_articles_deadly_is_not_its_devastating(curated_index):
    assert answered_with("how did Putin show recognition?", curated_index) == ["thanks-evacuation"]
    # "Deadly" is the hostages' sentence's word for the conflict: no synonym of the bloodshed sentence's "devastating".
    assert "end-bloodshed" not in answered_with("who is caught up in the deadly conflict?", curated_index)


def test_thread_signals_a_meaning_asked_of_nothing_and_if_left_by_a_polite_frame(curated_index):
    from bot.replies import Kind, Lead, reply_to  # noqa: PLC0415

    # "^ this", "bumping this", "same here" ask nothing new of the documents.
    for message in ("^ this", "bumping this :arrow_up:", "same here"):
        assert reply_to(message, curated_index).kind is Kind.CHAT, message
    # "What does this mean?" leans on a message the bot hasn't got ("means" had drawn how they talked).
    assert reply_to("what does this mean?", curated_index).kind is Kind.CHAT
    assert answered_with("what does 'humanitarian impulse' mean?", curated_index) == ["humanitarian-impulse"]
    # "Does anyone know if …?" asks whether: its "if" clause is the yes/no question.
    reply = reply_to("<!here> does anyone know if the article mentions a Palestinian state?", curated_index)
    assert reply.parts[0].lead is Lead.YES


def test_plus_one_agrees_with_a_message_above(curated_index):
    from bot.replies import Kind, reply_to  # noqa: PLC0415

    for message in ("+1", "^", "+1!"):
        assert reply_to(message, curated_index).kind is Kind.CHAT, message
    assert answered_with("+1 what about aid?", curated_index) == ["aid-obstacles"]


def test_what_brought_something_about_asks_why(curated_index):
    from bot.replies import Gap, reply_to  # noqa: PLC0415

    # probe_s49i: "prompted" had weighed as a rare word of its own, and the question was refused.
    for question in ("what prompted the Russian leader's gratitude?", "what triggered Putin's thanks?"):
        assert answered_with(question, curated_index) == ["thanks-evacuation"], question
    # A cause the article doesn't give: why, which it doesn't say ("what was the reason for …" too).
    for question in ("what caused the bloodshed?", "what was the reason for the bloodshed?"):
        assert reply_to(question, curated_index).gap is Gap.REASON, question


def test_who_was_among_a_group_is_confirmed_only_by_a_fact_naming_them(curated_index):
    from bot.replies import Gap, Lead, reply_to  # noqa: PLC0415

    # probe_s49n: "the need to release the hostages" names none of them; it had been answered as what the document says.
    assert reply_to("were any Egyptians among the hostages?", curated_index).gap is Gap.UNCONFIRMED
    assert reply_to("were Russians among those evacuated?", curated_index).parts[0].lead is Lead.YES


def test_the_line_that_says_something_is_asked_by_what_it_says(curated_index):
    for question in (
        "quote me the line that says who was on the call",
        "show me the line that says who was on the call",
    ):
        assert answered_with(question, curated_index) == ["call-participants"], question


def test_per_the_paper_names_the_document_not_its_publisher(curated_index):
    assert answered_with("what drove the conversation, per the paper?", curated_index) == ["humanitarian-impulse"]


def test_a_statement_closing_on_when_asks_when_and_a_second_when_asks_the_firsts_question(curated_index):
    assert answered_with("putin thanked egypt - when?", curated_index) == ["call-date", "thanks-evacuation"]
    assert answered_with("putin thanked egypt - what for and when?", curated_index) == [
        "thanks-evacuation",
        "call-date",
    ]
    # "And when?" asks when they said what the first asks about: when they spoke of it, the call's date.
    assert answered_with("what did they say about hostages? and when?", curated_index) == ["hostages", "call-date"]
    # A half that two facts tie for is not merged into the other half's answer.
    assert answered_with("Which Russians got help leaving Gaza, and from whom?", curated_index) == ["thanks-evacuation"]


def test_degree_words_and_what_a_thing_consisted_of_wrap_a_question(curated_index):
    # "The single biggest", "consist of": English that asks for a thing, not a subject no fact names.
    assert answered_with("what was the single biggest concern in their talks?", curated_index) == ["gaza-focus"]
    assert answered_with("What did the gesture of recognition consist of?", curated_index) == ["thanks-evacuation"]


def test_words_after_a_question_that_only_weaken_its_fact_are_set_aside(curated_index):
    from bot.replies import Kind, reply_to  # noqa: PLC0415

    asked = "Was this a face-to-face meeting? The headline makes it sound like they met."
    assert answered_with(asked, curated_index) == ["call-medium"]
    # Not where the question alone finds nothing: the context is then all there is to go on.
    assert reply_to("Did they talk about Sudan? The headline makes it sound like they met.", curated_index).kind in (
        Kind.ABSTAIN,
        Kind.SUGGEST,
        Kind.RELATED,
    )


def test_an_opinion_asked_inside_a_question_about_the_article_must_be_a_known_speakers(curated_index):
    # "Mention" is the article's act; "thinks" is Israel's, whom no fact has speaking.
    asked = "Did the article mention what Israel thinks about the ceasefire efforts?"
    assert answered_with(asked, curated_index) == []


def test_what_one_president_said_is_not_told_by_a_fact_of_the_other_acting(curated_index):
    # "Putin thanked his Egyptian counterpart": nothing Sisi said in reply.
    assert answered_with("what did Sisi say in reply to Putin's thanks?", curated_index) == []
    assert answered_with("what did Putin say about Egypt's help?", curated_index) == ["thanks-evacuation"]
    assert answered_with("what did Sisi say about the hostages?", curated_index) == ["hostages"]  # both spoke of them


def test_what_came_of_a_thing_is_never_affirmed_by_its_being_held_or_wanted(curated_index):
    from bot.replies import Gap, Lead, reply_to  # noqa: PLC0415

    # "Work" and "hold" are everyday words the yes had passed over: "did the talks work?" got "Yes. They discussed …".
    for asked in ("did the talks work?", "did the arrangements work?", "did the efforts work?", "has the truce held?"):
        reply = reply_to(asked, curated_index)
        assert reply.gap is Gap.OUTCOME and all(part.lead is not Lead.YES for part in reply.parts), asked
    assert reply_to("did they talk?", curated_index).parts[0].lead is Lead.YES
    # Working together is an act, not what came of one.
    reply = reply_to("do the two countries work together in a crisis?", curated_index)
    assert reply.gap is None and [f.id for f in reply.facts] == ["bilateral-relations"]


def test_which_ones_asked_with_exactly_after_the_noun(curated_index):
    from bot.replies import Gap, reply_to  # noqa: PLC0415

    assert reply_to("what obstacles exactly are blocking the aid?", curated_index).gap is Gap.WHICH


@pytest.mark.parametrize(
    "asked",
    [
        "did they agree on everything?",  # every one, which one agreement doesn't say
        "was the conflict resolved?",  # "a shared vision … to resolve the conflict" is an aim
        "did the efforts bring a ceasefire?",  # what came of them
        "did Putin call first?",  # one before the other, which their talking doesn't tell
    ],
)
def test_no_yes_where_an_everyday_word_asks_what_the_statement_does_not_say(curated_index, asked):
    from bot.replies import Lead, reply_to  # noqa: PLC0415

    assert all(part.lead is not Lead.YES for part in reply_to(asked, curated_index).parts)


def test_any_one_thing_agreed_is_still_a_yes(curated_index):
    from bot.replies import Lead, reply_to  # noqa: PLC0415

    assert reply_to("did they agree on anything?", curated_index).parts[0].lead is Lead.YES


def test_because_and_due_to_join_a_question_and_name_nothing(curated_index):
    assert answered_with("Who is suffering because of the bloodshed?", curated_index) == ["end-bloodshed"]


def test_thanking_for_a_call_is_no_question_of_whether_they_talked(curated_index):
    from bot.replies import Gap, reply_to  # noqa: PLC0415

    # "Thanks" is chat's everyday word, but thanking is what a fact tells Putin did: it was read as nothing, and the
    # question as "did Sisi and Putin call?" ("Yes. The call was between …").
    reply = reply_to("did Sisi thank Putin for the call?", curated_index)
    assert reply.gap is Gap.ROLES


def test_a_title_before_a_name_is_who_the_name_is(curated_index):
    from bot.replies import Lead, reply_to  # noqa: PLC0415

    for asked in ("did Pres. Sisi talk to Pres. Putin by phone?", "Did Abdel Fattah El Sisi back a Palestinian state?"):
        assert reply_to(asked, curated_index).parts[0].lead is Lead.YES, asked


def test_names_together_before_a_thing_own_it_in_either_order(curated_index):
    from bot.replies import Lead, reply_to  # noqa: PLC0415

    # "Relations between Russia and Egypt and their collaboration": Egypt stands before "collaboration" there, and
    # "Egypt and Russia collaborate" had read as Russia's collaboration, someone else's.
    reply = reply_to("do Egypt and Russia work together in crises?", curated_index)
    assert reply.parts[0].lead is Lead.YES


def test_a_summary_asked_after_quoting_the_headline_is_the_summary(curated_index):
    from bot.replies import Kind, reply_to  # noqa: PLC0415

    asked = "So the headline says 'this is what Putin and al-Sissi said to each other' — what did they actually say?"
    assert reply_to(asked, curated_index).kind is Kind.SUMMARY  # had got the headline's own fact, the publisher's


@pytest.mark.parametrize(
    "asked",
    [
        "were civilians affected?",  # a relative clause states what the bloodshed does, whatever was wanted of it
        "were thousands of children affected?",  # "civilian populations, in particular the thousands of children"
        "Isn't it true that children and women were affected?",
        "Moscow and Cairo share a vision, don't they?",  # a statement asked again by its tag
    ],
)
def test_yes_to_what_a_relative_clause_or_a_tagged_statement_affirms(curated_index, asked):
    from bot.replies import Lead, reply_to  # noqa: PLC0415

    assert reply_to(asked, curated_index).parts[0].lead is Lead.YES


def test_help_asked_with_a_thing_is_what_about_the_thing(curated_index):
    # "Help" is an alias of aid: "can I get help with my visa?" was asked as "get aid" (the asker's visa weighing as
    # their own wording), and got the aid arrangements.
    assert answered_with("can I get help with my visa?", curated_index) == []
    assert answered_with("I need some help with the evacuation question", curated_index) == ["evacuation-foreigners"]
    assert answered_with("did Egypt help with the evacuation?", curated_index) == ["thanks-evacuation"]


def test_translating_is_a_task_whatever_its_object(curated_index):
    from bot.replies import Kind, reply_to  # noqa: PLC0415

    assert reply_to("translate 'ceasefire' into Russian", curated_index).kind is Kind.ABSTAIN


def test_a_document_named_by_its_headlines_words_and_what_it_is(curated_index):
    from bot.replies import Kind, reply_to  # noqa: PLC0415

    assert reply_to("what's the Putin-Sisi article about?", curated_index).kind is Kind.SUMMARY
    assert reply_to("what was said on the call?", curated_index).kind is Kind.SUMMARY
    assert reply_to("what's the hostages article about?", curated_index).kind is not Kind.SUMMARY


def test_how_anyone_described_a_thing_is_the_documents_words_for_it(curated_index):
    # "Devastating" and "deadly" are what the conflict is called; the topic fact only says which conflict it is.
    for asked in ("how did the presidents describe the conflict?", "how did they characterise the conflict?"):
        assert answered_with(asked, curated_index) == ["end-bloodshed", "hostages"], asked


def test_whether_a_source_or_a_partner_is_reliable_is_a_judgement(curated_index):
    from bot.replies import Gap, reply_to  # noqa: PLC0415

    for asked in ("Is La Nouvelle Tribune reliable?", "Is Russia a reliable partner for Egypt?"):
        assert reply_to(asked, curated_index).gap is Gap.JUDGEMENT, asked


def test_being_pro_a_thing_is_supporting_it(curated_index):
    from bot.replies import Lead, reply_to  # noqa: PLC0415

    reply = reply_to("are they pro Palestinian statehood?", curated_index)
    assert [f.id for f in reply.facts] == ["palestinian-state"] and reply.parts[0].lead is Lead.YES


def test_a_swap_is_the_likelier_slip_and_f_may_stand_for_ph(curated_index):
    from bot.replies import Lead, reply_to  # noqa: PLC0415

    # "wnat" is one letter from "what" and two swapped from "want": the swap is the commoner slip.
    assert reply_to("did they wnat to end the bloodsheed?", curated_index).parts[0].lead is Lead.YES
    # "Telefone": an "f" typed for the "ph" it sounds like, two edits from "telephone" as letters go.
    assert answered_with("was it a telefone converstion?", curated_index) == ["call-medium"]


def test_a_short_word_with_its_last_letter_left_single_is_the_commoner_known_word(curated_index):
    # "Cal" is English (4.0), but "call" (5.5) is what a question about the documents means by it.
    assert answered_with("who was on the cal", curated_index) == ["call-participants"]
    assert answered_with("wen was the cal", curated_index) == ["call-date"]


def test_which_country_did_a_thing_asks_who_and_a_frequent_word_is_no_doer(curated_index):
    from bot.replies import Gap, reply_to  # noqa: PLC0415

    # "Delivery" is in as many facts as the leaders are, but no word for people: "the delivery of humanitarian aid"
    # names no one who helps, or blocks.
    for asked in ("which countries helped evacuate foreigners?", "Which country is blocking humanitarian aid?"):
        assert reply_to(asked, curated_index).gap is Gap.AGENT, asked
    # Of two facts tied, the one that names the doer asked for answers.
    assert answered_with("which country helped with the evacuation?", curated_index) == ["thanks-evacuation"]


def test_a_superlative_of_an_everyday_adjective_weighs_as_the_adjective(curated_index):
    from bot.matching.frequency import superlative_bases  # noqa: PLC0415

    assert "hard" in superlative_bases("hardest") and "big" in superlative_bases("biggest")
    assert "early" in superlative_bases("earliest")
    # Words of their own: English writes no "moder", "everer" or "interer".
    assert superlative_bases("modest") == superlative_bases("everest") == superlative_bases("interest") == ()
    for question in (
        "which groups were hit hardest by the conflict?",
        "who was hit hardest, according to the leaders?",
    ):
        assert answered_with(question, curated_index) == ["end-bloodshed"], question
    assert answered_with("who won the hardest race of the year?", curated_index) == []


@pytest.mark.parametrize(
    ("asked", "yes"),
    [
        ("did the article mention the Egyptian presidency?", True),  # the presidency reports: the article names it
        ("is the Egyptian presidency mentioned in the article?", True),
        ("does the piece talk about Russian citizens?", True),
        ("did the article say the hostages were released?", False),  # what it says happened: the need to release them
        ("did they mention the Egyptian presidency?", False),  # the leaders didn't: the presidency reported them
        ("did they agree on anything about a ceasefire?", True),  # to intensify their efforts to achieve one
        ("did they agree on a ceasefire?", False),  # no ceasefire was agreed
        ("did they agree on anything regarding the hostages?", False),  # spoken of, not agreed on
    ],
)
def test_what_the_document_mentions_and_an_act_about_a_thing(curated_index, asked, yes):
    from bot.replies import Lead, reply_to  # noqa: PLC0415

    reply = reply_to(asked, curated_index)
    assert reply.answered and (reply.parts[0].lead is Lead.YES) == yes, asked


def test_two_spellings_of_one_name_asked_to_be_one_person(curated_index):
    from bot.replies import Lead, reply_to  # noqa: PLC0415

    for asked in ("is Poutine Putin?", "is al-Sissi the same person as Sisi?", "Poutine = Putin?"):
        reply = reply_to(asked, curated_index)
        # Who took part, named as the quote names them; no yes, since that the two are one is the curators' alias.
        assert [f.id for f in reply.facts] == ["call-participants"] and reply.parts[0].lead is not Lead.YES, asked
    assert not reply_to("is Putin Sisi?", curated_index).answered  # two people
    # A title is no spelling of the name: the article affirms it.
    assert reply_to("Sisi is the Egyptian president?", curated_index).parts[0].lead is Lead.YES


@pytest.mark.parametrize(
    ("asked", "yes"),
    [
        ("is Sisi Egyptian?", True),  # "Egyptian President Abdel Fattah al-Sisi"
        ("is Putin from Russia?", True),
        ("is Putin Egyptian?", None),  # not his country: not answered as who he is
        ("was Sisi in Egypt?", None),  # where he was, which no statement of who he is says
    ],
)
def test_a_person_and_a_country_of_theirs_asks_who_they_are(curated_index, asked, yes):
    from bot.replies import Lead, reply_to  # noqa: PLC0415

    reply = reply_to(asked, curated_index)
    if yes is None:
        assert not reply.answered, asked
    else:
        assert [f.id for f in reply.facts] == ["call-participants"] and reply.parts[0].lead is Lead.YES, asked


def test_subjects_named_before_a_question_of_discussing_them_keep_its_verb(curated_index):
    # "What they discussed": the fact that says they discussed arrangements for aid and for evacuating, whose quote
    # covers both subjects, not Putin's thanks for the help with one evacuation.
    assert answered_with("aid + evacuation: what did they discuss?", curated_index) == ["practical-arrangements"]
    assert answered_with("hostages + ceasefire: what did they say on each?", curated_index) == [
        "hostages",
        "ceasefire-agreement",
    ]


def test_someone_going_to_a_place_is_a_trip_a_fact_must_tell_of(curated_index):
    # The verbs of going weigh nothing: "when did Putin go to Egypt?" had been answered with the call's date.
    for asked in ("when did Putin go to Egypt?", "has Sisi ever been to Moscow?", "did they go to Gaza?"):
        assert answered_with(asked, curated_index) == [], asked
    # Not a thing sent somewhere, nor talk: "did Putin talk to Sisi?" is the call.
    assert answered_with("did the aid go to Gaza?", curated_index) == ["aid-obstacles"]
    assert answered_with("did Egypt come to Russia's aid?", curated_index) == ["thanks-evacuation"]  # no trip
    assert answered_with("did Putin talk to Sisi?", curated_index) == ["call-participants"]


def test_who_someone_is_told_as_a_statement_and_asked(curated_index):
    assert answered_with("sisi is egypt president?", curated_index) == ["call-participants"]
    assert answered_with("the call was about sanctions?", curated_index) == []


def test_what_the_document_calls_a_thing_and_what_it_gives(curated_index):
    from bot.replies import Lead, reply_to  # noqa: PLC0415

    # "Call" as naming, not a phone call: "crucial" names two things in the article, "a crucial step" the aid one.
    assert answered_with("What step does the article call crucial?", curated_index) == ["aid-obstacles"]
    # What a document gives, it mentions; "the year is not given" is no yes.
    reply = reply_to("Does the article give a year for the call?", curated_index)
    assert [f.id for f in reply.facts] == ["call-date"] and reply.parts[0].lead is not Lead.YES
    assert answered_with("does the article cite any casualty figures?", curated_index) == []


def test_a_quality_of_a_thing_still_to_be_made_is_no_yes(curated_index):
    from bot.replies import Lead, reply_to  # noqa: PLC0415

    # "support for the creation of an independent Palestinian state": what it would be, not that it is so.
    assert reply_to("is the Palestinian state independent?", curated_index).parts[0].lead is not Lead.YES
    assert reply_to("is the aid vital?", curated_index).parts[0].lead is Lead.YES  # the writer says it is


# The ways a statement is put to be confirmed, each tried on statements the article affirms (a yes, with their fact)
# and on statements it doesn't (no yes): a grid, so that a wrapping read for one statement is read for all.
_CONFIRM_WRAPPINGS = (
    "is it true that {s}?", "would you say {s}?", "am I right that {s}?", "{s}, right?", "{s}, correct?", "{s}?",
    "can you confirm {s}?", "confirm: {s}", "just to check, {s}?", "{s} - true or false?", "did I get this right: {s}?",
    "{s}, yes?", "so {s}?", "I read that {s}. Is that accurate?", "{s}, isn't that so?", "true or false: {s}",
    # The second grid's (written after the first's fixes): heard or believed, and tags of other words.
    "pretty sure {s}?", "someone told me {s}. true?", "{s}, am I right?", "{s} — is that correct?",
)  # fmt: skip
_AFFIRMED = {
    "Putin thanked Egypt": "thanks-evacuation", "the call was on November 14": "call-date",
    "Moscow and Cairo share a vision for the Middle East": "shared-vision",
    "they agreed to intensify efforts for a ceasefire": "ceasefire-agreement",
}  # fmt: skip
_NOT_AFFIRMED = (
    "Sisi called Putin", "both presidents thanked Egypt", "a ceasefire was reached", "the hostages were released",
    "Russia sent aid to Gaza", "the call was on November 15", "they called for aid to be blocked",
)  # fmt: skip


@pytest.mark.parametrize("wrapping", _CONFIRM_WRAPPINGS)
def test_a_statement_put_to_be_confirmed_gets_a_yes_only_where_the_article_affirms_it(curated_index, wrapping):
    from bot.replies import Lead, reply_to  # noqa: PLC0415

    # The session-49 grid: at its start, 16 of 200 affirmed statements had lost their yes to a wrapping ("… - true
    # or false?", "just to check, …") and 27 of 560 unaffirmed ones had one (13 of them "Sisi called Putin"). "They
    # called for aid to be blocked" had a yes however asked: the obstacles they wanted ended.
    for statement, fact in _AFFIRMED.items():
        reply = reply_to(wrapping.format(s=statement), curated_index)
        assert [p.fact.id for p in reply.parts][:1] == [fact], wrapping.format(s=statement)
        assert reply.parts[0].lead is Lead.YES, wrapping.format(s=statement)
    for statement in _NOT_AFFIRMED:
        reply = reply_to(wrapping.format(s=statement), curated_index)
        assert all(p.lead is not Lead.YES for p in reply.parts), wrapping.format(s=statement)


def test_a_newspaper_that_says_or_describes_a_thing_is_its_article(curated_index):
    # "The paper" as who says or describes it is the document (probe_s50: the publisher's fact had answered "how would
    # the paper characterise the tone of the exchange?"); asked which paper, it is still the publisher.
    assert answered_with("how would the paper characterise the tone of the exchange?", curated_index) == [
        "humanitarian-impulse"
    ]
    assert answered_with("what does the paper say about hostages?", curated_index) == ["hostages"]
    assert answered_with("which paper reported it?", curated_index) == ["publisher"]
    # "According to which office …?" asks who reported it, as "according to whom …?" does.
    assert answered_with("according to which office did the two agree?", curated_index) == [
        "egyptian-presidency-report"
    ]


def test_a_thing_named_first_then_asked_of_as_that(curated_index):
    from bot.replies import Lead, reply_to  # noqa: PLC0415

    # "The 14th of Nov, was that when they spoke?" asks whether the thing named first is so (probe_s50b); read alone,
    # "was that when they spoke?" had asked of nothing, and "October — was that when they spoke?" had got a yes.
    reply = reply_to("the 14th of Nov, was that when they spoke?", curated_index)
    assert [f.id for f in reply.facts] == ["call-date"] and reply.parts[0].lead is Lead.YES
    for question in ("October, was that when they spoke?", "October — was that when they spoke?"):
        assert all(p.lead is not Lead.YES for p in reply_to(question, curated_index).parts), question
    assert answered_with("Iran — was that the main worry?", curated_index) == []
    # A tag stays a tag; a clause before it is no thing named.
    assert answered_with("a phone call, is that right?", curated_index) == ["call-medium"]
    assert answered_with("i keep reading 'Poutine' - is that Putin?", curated_index) != ["call-medium"]


def test_a_question_corrected_midway_is_the_correction(curated_index):
    # "— I mean …", "- sorry, …": the question after the correction is the one asked (probe_s50b); one pointing back
    # ("was it by phone?") leans on what came before.
    asked = "*who* initiated contact between the Kremlin and Egypt here — I mean who were the parties?"
    assert answered_with(asked, curated_index) == ["call-participants"]
    assert answered_with("when did they talk - sorry, who did they talk to?", curated_index) == ["call-participants"]
    assert answered_with("when did they talk — I mean, was it by phone?", curated_index) == ["call-date"]


def test_two_things_named_in_one_shape_are_two_parts(curated_index):
    # "Their line on X plus their take on Y": two noun phrases alike, each longer than a bare list item (probe_s50).
    for question, facts in (
        ("their line on captives plus their take on Palestinian statehood?", ["hostages", "palestinian-state"]),
        ("their view on hostages and their stance on aid", ["hostages", "aid-obstacles"]),
        ("the date of the phone call and the name of the newspaper", ["call-date", "publisher"]),
    ):
        assert answered_with(question, curated_index) == facts, question


def test_a_request_to_act_on_the_askers_own_thing_is_not_answered(curated_index):
    # "Please release my PR" had been the hostages' release: "my PR" was set aside as the asker's own, leaving the
    # verb alone to match. In a request with no question, the asker's own thing is what it is about.
    for request in ("please release my PR", "support my PR please", "please discuss my PR", "sign off on my PR please"):
        assert answered_with(request, curated_index) == [], request
    assert answered_with("hostages, for my memo", curated_index) == ["hostages"]
    assert answered_with("aid obstacles for our Monday roundup", curated_index) == ["aid-obstacles"]


def test_who_is_not_told_shows_the_fact_that_names_those_asked_of(curated_index):
    from bot.replies import Gap, reply_to  # noqa: PLC0415

    # "Did Al Sisi phone Vladimir or the other way round?": who called is not told; what is, is whom the call was
    # between, not that it was by telephone (probe_s50).
    reply = reply_to("did Al Sisi phone Vladimir or the other way round?", curated_index)
    assert reply.gap is Gap.AGENT and [p.fact.id for p in reply.parts] == ["call-participants"]


def test_reader_words_for_the_articles_own(curated_index):
    from bot.replies import Kind, Lead, reply_to  # noqa: PLC0415

    # Probe_s50's words a reader uses for the article's: supplies "held up", "concrete steps", "signing off on" a plan,
    # "teamwork", aid delivered "more easily" (compared, not more of it), "Sissy" for Sisi.
    for question, fact in (
        ("relief supplies being held up — did they address that?", "aid-obstacles"),
        ("what concrete steps for getting aid in were talked about", "practical-arrangements"),
        ("did the two sign off on a ceasefire deal?", "ceasefire-agreement"),
        ("is there moscow-cairo teamwork when crises hit?", "bilateral-relations"),
        ("Sissy and Poutin, what did they discuss re the wounded?", "evacuation-foreigners"),
    ):
        assert answered_with(question, curated_index) == [fact], question
    reply = reply_to("did they talk through how to get aid delivered more easily?", curated_index)
    assert reply.parts[0].lead is Lead.YES
    assert reply_to("did they call for more aid?", curated_index).parts[0].lead is not Lead.YES
    # "Anything concrete" is anything definite, no practical arrangement; "approve my expense report", a colleague's.
    assert answered_with("did anything concrete come out of the talks", curated_index) == ["ceasefire-agreement"]
    assert answered_with("Please approve my expense report", curated_index) == []
    for turn, kind in (
        ("g'morning bot!", Kind.CHAT),
        ("g'night all", Kind.CHAT),
        ("what was it mostly about", Kind.SUMMARY),
    ):
        assert reply_to(turn, curated_index).kind is kind, turn


def test_probe_s50c_readings(curated_index):
    from bot.replies import Lead, reply_to  # noqa: PLC0415

    # "Humanitarian deliveries": the statement's "humanitarian aid" is aid to the aliases, but says humanitarian too.
    # "As opposed to" rules out as "rather than" does. "Commit to work harder": the plain verb after "commit to"
    # (a noun after it is what they are committed to). "A joint approach" is a shared one.
    for question, fact in (
        ("did they ask for the barriers to humanitarian deliveries to be removed", "aid-obstacles"),
        ("Was the conversation conducted by telephone, as opposed to an in-person summit?", "call-medium"),
        ("did they commit to work harder on a ceasefire?", "ceasefire-agreement"),
        ("did they commit to a lasting solution?", "palestinian-state"),
        ("was there emphasis on a joint approach to the middle east conflict?", "shared-vision"),
        ("did they jointly call for an end to the bloodshed?", "end-bloodshed"),
    ):
        reply = reply_to(question, curated_index)
        assert [f.id for f in reply.facts] == [fact] and reply.parts[0].lead is Lead.YES, question
    # What an act or words said ("their words on the hostages") is no one the documents lack who spoke; the
    # hostages themselves said nothing.
    assert answered_with("what did their words on the hostages say about their commitment", curated_index) == [
        "hostages"
    ]
    assert answered_with("what did the hostages say?", curated_index) == []
    assert answered_with("Two qs: who did Putin thank, and for what?", curated_index) == ["thanks-evacuation"]


def test_a_part_named_of_a_group_is_affected_as_the_group_is(curated_index):
    from bot.replies import Lead, reply_to  # noqa: PLC0415

    # "… cruelly affecting civilian populations, in particular the thousands of children and women": the relative
    # clause runs on past a comma that only narrows the group (probe_s50d: "were children and women among the
    # civilians affected?" had no yes, though "were children and women affected?" had).
    for question in ("were children and women among the civilians affected?", "were children and women affected?"):
        reply = reply_to(question, curated_index)
        assert [f.id for f in reply.facts] == ["end-bloodshed"] and reply.parts[0].lead is Lead.YES, question


def test_the_two_part_grids_hold(curated_index):
    # The session-50 two-part grids' first run (bench/results/grids_s50_first.txt) missed 46 of 300 two subjects under
    # one frame and 1 of 240 joined questions. A "between" relation whole ("relations between Russia and Egypt") is
    # no "and" left to pair; "did they discuss X?" near two facts alike is asked of X alone; "…, and which paper
    # published it?" asks of the document; "any word on X, and on Y?" asks of each.
    for question, facts in (
        ("what about relations between Russia and Egypt and the hostages?", ["bilateral-relations", "hostages"]),
        ("did they discuss the hostages and the evacuation of Russians?", ["hostages", "thanks-evacuation"]),
        ("two questions: what did Putin thank Egypt for, and which paper published it?",
         ["thanks-evacuation", "publisher"]),
        ("any word on the hostages, and on relations between Russia and Egypt?", ["hostages", "bilateral-relations"]),
    ):  # fmt: skip
        assert answered_with(question, curated_index) == facts, question
    assert answered_with("what about the friendship between Russia and Egypt?", curated_index) == [
        "bilateral-relations"
    ]
    assert answered_with("did they discuss the evacuation of Russians?", curated_index) == ["thanks-evacuation"]


def test_probe_s50e_readings(curated_index):
    from bot.replies import Lead, reply_to  # noqa: PLC0415

    # A check announced ("sanity check: …") is no thing the question's "it" stands for; a clause of the asker's own
    # opened by a subordinator ("before I send this out: …") is an aside, as one opened by "I" is.
    for question in (
        "sanity check: was it a phone call?",
        "quick sanity check: it was a phone call, right?",
        "before I send this out: was it a phone call?",
        "Quick sanity check before I send this out: it was a phone call and not a meeting, yeah?",
    ):
        reply = reply_to(question, curated_index)
        assert [f.id for f in reply.facts] == ["call-medium"] and reply.parts[0].lead is Lead.YES, question
    # Lettered items are numbered ones: "(a) …, (b) …", even where the first label had come off as one alone.
    for question, facts in (
        ("For my notes: (a) who spoke, (b) what they said about hostages", ["call-participants", "hostages"]),
        ("(a) when did they talk (b) how", ["call-date", "call-medium"]),
    ):
        assert answered_with(question, curated_index) == facts, question
    assert answered_with("(a) when did they talk?", curated_index) == ["call-date"]


def test_probe_s50g_readings(curated_index):
    from bot.replies import Lead, reply_to  # noqa: PLC0415

    # A cleft's day in words ("was it the fourteenth that they spoke?") is the date, as "on the fourteenth" was.
    for question in ("was it the fourteenth that they spoke?", "wasn't it the fourteenth when they spoke?"):
        reply = reply_to(question, curated_index)
        assert [f.id for f in reply.facts] == ["call-date"] and reply.parts[0].lead is Lead.YES, question
    # What the documents' people call a thing is the document's word for it: no phone call.
    assert answered_with("what step did the leaders call crucial?", curated_index) == ["aid-obstacles"]
    assert answered_with("what did they call for?", curated_index) == ["aid-obstacles"]


def test_a_choice_whose_unknown_side_lowers_the_score_is_answered_by_the_known_side(curated_index):
    # "Anything about prisoners or hostages?": the unknown alternative had held the whole to a suggestion (probe_s50h);
    # as when it sinks the whole, the side the documents know answers the choice.
    assert answered_with("anything about prisoners or hostages?", curated_index) == ["hostages"]
    assert answered_with("any mention of humanitarian corridors or aid access?", curated_index) == ["aid-obstacles"]
    assert answered_with("did they discuss Iran or Syria?", curated_index) == []


def test_probe_s50i_reader_words(curated_index):
    # An undertaking is a thing agreed, as a pledge is; what "shaped" a talk is what marked it (probe_s50i).
    assert answered_with("what was their joint undertaking on a truce?", curated_index) == ["ceasefire-agreement"]
    assert answered_with("what kind of drive shaped their exchange, per the paper?", curated_index) == [
        "humanitarian-impulse"
    ]
