"""The matcher, on the test fact base (tests/data/kb): outcomes, reasons, thresholds at their edges."""

import random

import pytest

from bot.matching import Outcome, Reason, answer
from bot.matching.matcher import (
    ANSWER_THRESHOLD,
    CLEAR_MARGIN,
    CLEAR_RECALL,
    MIN_MARGIN,
    RECALL_LEAD,
    SUGGEST_THRESHOLD,
    Candidate,
    decide,
)
from bot.testing.synth import build


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("when did the harbour reopen?", "reopen-date"),
        ("When did the Valmorra harbor open again?", "reopen-date"),
        ("who led the repairs", "repair-lead"),
        ("how much did the repairs cost", "repair-cost"),
        ("<@U0BOT> <!here> who did the mayor thank? :thinking_face:", "mayor-thanks"),
        ("Ilsa Korhonen repairs engineer", "repair-lead"),
        ("ferry", "ferry-service"),
    ],
)
def test_in_scope_questions_get_the_right_fact(index, question, fact_id):
    result = answer(question, index)
    assert result.outcome is Outcome.ANSWER
    assert result.best is not None and result.best.fact.id == fact_id
    assert 0.0 <= result.score <= 1.0


@pytest.mark.parametrize(
    "question", ["What is the capital of France?", "What did Korhonen say about Paris?", "when did Brandt visit Rome?"]
)
def test_off_topic_and_near_miss_questions_are_not_answered(index, question):
    assert answer(question, index).outcome is not Outcome.ANSWER


def test_capital_of_france_abstains_outright(index):
    result = answer("What is the capital of France?", index)
    assert result.outcome is Outcome.ABSTAIN and result.reason is Reason.NO_MATCH
    assert result.suggestions == ()


def test_one_shared_common_word_never_makes_a_match(index):
    for question in ("what", "What did Trump discuss?", "how do I reset my password", "when is lunch"):
        assert answer(question, index).outcome is not Outcome.ANSWER, question


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("", Reason.EMPTY),
        ("   \n\t ", Reason.EMPTY),
        (":wave: :smile:", Reason.EMPTY),
        ("<@U0BOT>", Reason.EMPTY),
        ("what?", Reason.NO_WORDS),
        ("x" * 100_000, Reason.TOO_LONG),
        ("\x00\x01\x02\x03\x04\x05\x06\x07abc", Reason.UNREADABLE),
        ("\ufffd" * 40, Reason.UNREADABLE),
    ],
)
def test_weird_input_gets_a_reason_not_an_exception(index, question, reason):
    result = answer(question, index)
    assert result.outcome is Outcome.ABSTAIN
    assert result.reason is reason


def test_many_random_inputs_never_raise(index):
    rng = random.Random(7)
    alphabet = "abcdefghijklmnopqrstuvwxyz <>@#!:|&;-'\"éß漢字\u200b\n"
    for _ in range(300):
        question = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 200)))
        assert answer(question, index).outcome in Outcome


def candidate(index, fact_number, score):
    fact = index.knowledge.facts[fact_number]
    return Candidate(fact, score, fact.questions[0], score, 1.0)


def test_answer_threshold_edge(index):
    at = decide("q", (candidate(index, 0, ANSWER_THRESHOLD),), (), ANSWER_THRESHOLD)
    below = decide("q", (candidate(index, 0, ANSWER_THRESHOLD - 0.001),), (), ANSWER_THRESHOLD)
    assert at.outcome is Outcome.ANSWER
    assert below.outcome is Outcome.SUGGEST and below.reason is Reason.LOW_SCORE


def test_suggest_threshold_edge(index):
    at = decide("q", (candidate(index, 0, SUGGEST_THRESHOLD),), (), ANSWER_THRESHOLD)
    below = decide("q", (candidate(index, 0, SUGGEST_THRESHOLD - 0.001),), (), ANSWER_THRESHOLD)
    assert at.outcome is Outcome.SUGGEST
    assert below.outcome is Outcome.ABSTAIN


def test_margin_edge_turns_a_close_call_into_did_you_mean(index):
    top = 0.9
    clear = decide("q", (candidate(index, 0, top), candidate(index, 1, top - MIN_MARGIN)), (), ANSWER_THRESHOLD)
    close = decide("q", (candidate(index, 0, top), candidate(index, 1, top - MIN_MARGIN + 0.001)), (), ANSWER_THRESHOLD)
    assert clear.outcome is Outcome.ANSWER
    assert close.outcome is Outcome.SUGGEST and close.reason is Reason.AMBIGUOUS
    assert [c.fact.id for c in close.suggestions] == [c.fact.id for c in close.candidates[:2]]


def test_a_short_question_plainly_about_one_fact_is_answered_below_the_cut_off(index):
    def decided(recall, margin):
        fact = index.knowledge.facts[0]
        best = Candidate(fact, 0.35, fact.questions[0], recall, 0.2)
        return decide("q", (best, candidate(index, 1, 0.35 - margin)), (), ANSWER_THRESHOLD).outcome

    assert decided(CLEAR_RECALL, CLEAR_MARGIN) is Outcome.ANSWER
    assert decided(CLEAR_RECALL - 0.001, CLEAR_MARGIN) is Outcome.SUGGEST  # not enough of it is in that fact
    assert decided(CLEAR_RECALL, CLEAR_MARGIN - 0.001) is Outcome.SUGGEST  # another fact comes near


def test_a_fact_holding_the_whole_question_is_answered_over_a_close_one_that_lacks_part_of_it(index):
    def decided(runner_up_recall, runner_up_score=ANSWER_THRESHOLD - 0.01):
        first, second = index.knowledge.facts[:2]
        best = Candidate(first, ANSWER_THRESHOLD + 0.01, first.questions[0], 1.0, 0.2)
        other = Candidate(second, runner_up_score, second.questions[0], runner_up_recall, 0.6)
        return decide("q", (best, other), (), ANSWER_THRESHOLD).outcome

    assert decided(1.0 - RECALL_LEAD) is Outcome.ANSWER
    assert decided(1.0 - RECALL_LEAD + 0.001) is Outcome.SUGGEST  # the runner-up holds nearly as much
    assert decided(0.0, ANSWER_THRESHOLD) is Outcome.SUGGEST  # it scores an answer too: a tie to weigh


def test_did_you_mean_offers_at_most_three(index):
    result = decide("q", tuple(candidate(index, n, 0.5) for n in range(4)), (), ANSWER_THRESHOLD)
    assert result.outcome is Outcome.SUGGEST
    assert len(result.suggestions) == 3


def test_thresholds_are_ordered():
    assert 0 < SUGGEST_THRESHOLD < ANSWER_THRESHOLD < 1


def test_an_answer_resting_only_on_spelling_corrections_becomes_did_you_mean(index):
    result = answer("ferri", index)  # the only word is a correction of "ferry"
    assert result.outcome is Outcome.SUGGEST and result.reason is Reason.TYPO
    assert result.suggestions and result.suggestions[0].fact.id == "ferry-service"
    assert answer("when will the ferri to Lindholm resume", index).answered  # real words carry it
    # Long misspellings that are no English words can only be misspellings: they answer on their own.
    assert answer("harbuor reopenning", index).answered
    assert answer("harbuor reopn", index).answered  # one long misspelling vouches for the short one
    assert answer("ferri", index).reason is Reason.TYPO  # a short one alone may be a word no fact has


def test_pruned_matcher_agrees_with_exhaustive_scoring_on_a_synthetic_base(tmp_path):
    from bot.knowledge import load_knowledge  # noqa: PLC0415
    from bot.matching import build_index  # noqa: PLC0415

    queries = build(tmp_path, 2_000, seed=5)
    index = build_index(load_knowledge(tmp_path / "knowledge"))
    for query in queries[:100]:
        fast = answer(query.text, index)
        slow = answer(query.text, index, exhaustive=True)
        assert fast.outcome == slow.outcome, query.text
        assert [c.fact.id for c in fast.suggestions] == [c.fact.id for c in slow.suggestions]
        if fast.best and slow.best and fast.best.score >= SUGGEST_THRESHOLD:
            assert fast.best == slow.best
    # The precision bound skips facts unread: over the same facts, the four kept must be the same.
    from bot.matching.matcher import _rank, _weigh, _Worked  # noqa: PLC0415

    everything = range(len(index.knowledge.facts))
    for query in queries[:50]:
        terms, _, surface = index.normalizer.question_words(query.text)
        weighed = _weigh(terms, index, surface)
        total = sum(weight for _, weight, _ in weighed)
        if total:
            bounded = _rank(weighed, total, everything, index, {}, _Worked())
            assert bounded == _rank(weighed, total, everything, index, {}, _Worked(), bounded=False), query.text


def test_words_around_a_whole_phrasing_are_wording_not_another_subject(index):
    from bot.matching.matcher import FULL_PHRASING, _weigh  # noqa: PLC0415

    question = "any gossip about the ferry service to Lindholm island?"
    terms, _, surface = index.normalizer.question_words(question)
    unknown = [w for t, w, _ in _weigh(terms, index, surface) if t is None]
    assert unknown and max(unknown) > 1.0  # "gossip" alone would sink the question
    result = answer(question, index)
    assert result.answered and result.best.fact.id == "ferry-service" and result.best.coverage >= FULL_PHRASING
    # A short phrasing ("ferry") is all there in too many questions: it never turns unknown words into wording.
    assert not answer("what did the ferry captain say about the strike?", index).answered
    assert not answer("what did Korhonen say about Paris?", index).answered


def test_words_that_frame_a_question_do_not_sink_it(index):
    # "stance", "pls" ask *for* something without naming a subject; before FRAME_WORDS each weighed like an
    # unknown name and these got "did you mean".
    for question in ("what was their stance on who led the repairs?", "who led the repairs pls"):
        result = answer(question, index)
        assert result.answered and result.best.fact.id == "repair-lead", question
    # A subject the documents lack still sinks it, however everyday the frame around it.
    assert not answer("who led the repairs on the submarine?", index).answered


def test_held_out_benchmark_wordings_use_no_word_of_the_frame_list():
    # The benchmark reports on wordings no word list was tuned to; FRAME_WORDS came after them.
    from bot.matching.everyday import FRAME_WORDS  # noqa: PLC0415
    from bot.testing.synth import HELD_OUT_TEMPLATES  # noqa: PLC0415
    from bot.words import words  # noqa: PLC0415

    used = {w for template in HELD_OUT_TEMPLATES for w in words(template.format(name="", a="", b=""))}
    assert not used & FRAME_WORDS


def test_only_the_quote_sentence_that_proves_the_answer_counts_for_a_fact():
    from bot.knowledge import Fact  # noqa: PLC0415
    from bot.matching.index import segment_of  # noqa: PLC0415
    from bot.matching.terms import Normalizer  # noqa: PLC0415

    quote = "The mayor thanked the dock workers. This gesture underlines the town's pride."
    fact = Fact("pride", "doc", ("Why?",), "It shows the town's pride.", quote, (), 0, 1, "f", 1)
    segment = segment_of([fact], Normalizer(()))
    from_quote = {segment.terms[i] for i in segment.quote_only[0]}
    assert "gestur" in from_quote  # (stemmed) the proving sentence's words beyond the fact's own
    assert not {"mayor", "dock"} & from_quote  # the first sentence is context


def test_a_sentence_proving_two_facts_credits_each_with_its_own_part_and_what_came_before():
    from bot.knowledge import Fact  # noqa: PLC0415
    from bot.matching.index import segment_of  # noqa: PLC0415
    from bot.matching.terms import Normalizer  # noqa: PLC0415

    quote = "Ilsa Korhonen led the repairs, which cost four million euros."
    lead = Fact("lead", "doc", ("Who led the repairs?",), "Ilsa Korhonen led the repairs.", quote, (), 0, 1, "f", 1)
    cost = Fact("cost", "doc", ("What did the repairs cost?",), "Four million euros.", quote, (), 0, 1, "f", 1)
    segment = segment_of([lead, cost], Normalizer(()))
    lead_quote, cost_quote = ({segment.terms[i] for i in segment.quote_only[n]} for n in (0, 1))
    assert not {"cost", "euro"} & lead_quote  # what follows the lead's part is the cost fact's own
    assert {"led", "korhonen"} <= cost_quote  # what comes before the cost is its context, as a sentence before is
    alone = segment_of([lead], Normalizer(()))
    assert "cost" in {alone.terms[i] for i in alone.quote_only[0]}  # a sentence one fact quotes stays all its own


def test_a_typo_two_known_words_are_equally_close_to_reads_as_the_one_the_question_goes_with(tmp_path):
    from bot.knowledge import load_knowledge  # noqa: PLC0415
    from bot.matching import build_index  # noqa: PLC0415

    sentences = [
        "Talvik Osmund approved the kupun difos in Sarn.",  # the fact the question is about
        "Beren Kallio praised the kuzun harbour in Lind.",  # "kuzun" is used more: it would win a plain tie
        "Mira Toivo opened the kuzun market in Vaal.",
        "Anton Reyes signed the kuzun treaty in Holm.",
    ]
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "report.txt").write_text(" ".join(sentences) + "\n")
    knowledge = tmp_path / "knowledge"
    (knowledge / "facts").mkdir(parents=True)
    (knowledge / "documents.yaml").write_text(
        "documents:\n  - id: report\n    file: seeds/report.txt\n    title: Report\n    publisher: P\n"
        "    covers: Four decisions.\n    summary:\n      short: Four decisions.\n      long: Four decisions.\n"
    )
    (knowledge / "aliases.yaml").write_text("names: []\n")
    facts = ["document: report", "facts:"]
    for number, sentence in enumerate(sentences):
        subject = " ".join(sentence.split()[3:5])
        facts += [
            f"  - id: f{number}",
            f"    questions: ['What about the {subject}?', '{subject} news']",
            f"    answer: {sentence}",
            f"    quote: {sentence}",
        ]
    (knowledge / "facts" / "report.yaml").write_text("\n".join(facts) + "\n")
    index = build_index(load_knowledge(knowledge))
    assert index.normalizer.vocabulary.corrections("kuun") == ["kuzun", "kupun"]  # "kuzun" is more frequent
    result = answer("what about Osmund and the kuun difos", index)
    assert result.best.fact.id == "f0"
    assert "kupun" in result.terms and "kuzun" not in result.terms


def test_an_everyday_word_with_a_doubled_consonant_is_still_everyday():
    from bot.matching.matcher import _everyday  # noqa: PLC0415

    assert _everyday("putt", "putting") and _everyday("lett", "letting")  # put, let
    assert not _everyday("putt", "putt")  # a golf word, not "put"
    assert not _everyday("ceasefir", "ceasefire")


def _pier_base(kb_copy):
    """The test base plus a second document whose words sit one letter apart: Corvan and Corven."""
    (kb_copy.parent / "seeds" / "piers.txt").write_text(
        "Captain Idris Tallis repainted the Corvan Quay pier. The Corvan Quay pier reopened in May. "
        "The Corven lighthouse was rebuilt in stone.\n"
    )
    documents = kb_copy / "documents.yaml"
    documents.write_text(
        documents.read_text()
        + "  - id: piers\n    file: seeds/piers.txt\n    title: Piers and lights\n    publisher: Port News\n"
        "    covers: The Corvan Quay pier and the Corven lighthouse.\n"
        "    summary:\n      short: Piers and lights.\n      long: The Corvan Quay pier and the Corven lighthouse.\n"
    )
    (kb_copy / "facts" / "piers.yaml").write_text(
        "document: piers\nfacts:\n"
        "  - id: pier-paint\n    questions: [What did Tallis do to the Corvan Quay pier?, Who repainted the pier?]\n"
        "    answer: Captain Idris Tallis repainted the Corvan Quay pier.\n"
        "    quote: Captain Idris Tallis repainted the Corvan Quay pier.\n"
        "  - id: pier-open\n    questions: [When did the Corvan Quay pier reopen?, Corvan Quay reopening]\n"
        "    answer: The Corvan Quay pier reopened in May.\n    quote: The Corvan Quay pier reopened in May.\n"
        "  - id: lighthouse\n    questions: [What was the Corven lighthouse rebuilt in?, Corven lighthouse]\n"
        "    answer: The Corven lighthouse was rebuilt in stone.\n"
        "    quote: The Corven lighthouse was rebuilt in stone.\n"
    )
    from bot.knowledge import load_knowledge  # noqa: PLC0415
    from bot.matching import build_index  # noqa: PLC0415

    return build_index(load_knowledge(kb_copy))


def test_a_misspelling_that_is_another_known_word_is_read_as_the_word_of_the_fact_it_fits(kb_copy):
    index = _pier_base(kb_copy)
    # "Corven" is a word of the base (a lighthouse), but only the Corvan pier goes with Tallis and the quay.
    result = answer("Tallis and the Corven Quay?", index)
    assert result.answered and result.best.fact.id == "pier-paint" and "corvan" in result.terms
    assert index.retyped(["tallis", "corven", "quay"], {"corven"}) == {"corven": "corvan"}
    assert index.retyped(["tallis", "corven", "quay"], set()) == {}  # only words that may be misspellings
    assert index.retyped(["corven", "lighthous"], {"corven"}) == {}  # a fact holds them as typed
    assert index.retyped(["tallis", "corven", "stone"], {"corven", "stone"}) == {}  # too far from any one fact


def test_held_out_benchmark_wordings_are_answered_on_a_synthetic_base(tmp_path):
    # The benchmark's figure, kept by `make test`: a reading of questions tried on the curated documents alone
    # once refused "what was the verdict of X regarding Y" (a sixth of the held-out questions) unnoticed.
    from bot.knowledge import load_knowledge  # noqa: PLC0415
    from bot.matching import build_index  # noqa: PLC0415
    from bot.replies import reply_to  # noqa: PLC0415
    from bot.testing.synth import build_sets  # noqa: PLC0415

    _, held_out = build_sets(tmp_path, 1_000)
    index = build_index(load_knowledge(tmp_path / "knowledge"))
    replies = [(query, reply_to(query.text, index)) for query in held_out]
    in_scope = [(q, r) for q, r in replies if q.kind == "in-scope"]
    right = sum(1 for q, r in in_scope if r.answered and r.facts[0].id == q.expect)
    refused = sum(1 for q, r in replies if q.kind != "in-scope" and not r.answered)
    assert right >= 0.97 * len(in_scope)
    assert refused == len(replies) - len(in_scope)


def test_a_misspelt_everyday_word_is_no_unknown_subject():
    from bot.matching.matcher import _everyday  # noqa: PLC0415
    from bot.words import stem  # noqa: PLC0415

    # "exacty" is in wordfreq's web text as a common misspelling is (zipf 1.1), not as a word.
    for typo in ("concenred", "outocme", "mattres", "exacty"):
        assert _everyday(stem(typo), typo), typo
    # A word English writes, however rare, or a name, may be what is asked about.
    for word in ("looting", "rafah", "latitude"):
        assert not _everyday(stem(word), word), word


def test_a_misspelt_fact_word_after_what_is_no_thing_the_facts_lack(curated_index):
    result = answer("what stiuation was at the heart of their talks?", curated_index)
    assert result.answered and result.best is not None and result.best.fact.id == "gaza-focus"


def test_a_misspelt_inflection_is_corrected_to_the_form_the_facts_use(curated_index):
    vocabulary = curated_index.normalizer.vocabulary
    assert vocabulary is not None
    assert vocabulary.corrections("relesaing") == ["release"]  # the facts say "release", never "releasing"
    assert vocabulary.corrections("evacuatinos")[0] == "evacuation"
    # The slip may be in the ending: two letters swapped across it, or a letter typed twice.
    assert vocabulary.corrections("releaisng") == ["release"]
    assert vocabulary.corrections("releasnig") == ["release"]
    assert vocabulary.corrections("discusisng") == ["discuss"]
    assert vocabulary.corrections("releasingg") == ["release"]
    # A guess on a guess keeps the first letter: "visiing" (visiting) is no "sisi" with "-ing".
    assert vocabulary.corrections("visiing") == ["visiing"]
    assert answer("when is Putin visiing Cairo?", curated_index).outcome is not Outcome.ANSWER
    assert vocabulary.corrections("intenified") == ["intensify"]  # -ied of a word the facts spell with -y
    # A real word, however rare, is no typo of a fact-base word.
    for word in ("welding", "calves", "cairns"):
        assert vocabulary.corrections(word) == [word], word


def test_a_message_typed_in_capitals_still_has_wording_around_its_question():
    from bot.matching.matcher import _wording  # noqa: PLC0415

    around, _ = _wording("SO I WAS CATCHING UP ON THE NEWS - WHO LED THE REPAIRS?")
    assert {"catching", "news"} <= around
    # A word English doesn't use is a name there, as a capitalised one is in a message typed as usual.
    assert _wording("I READ OF MACRON'S CALL - WHO LED THE REPAIRS?") == (frozenset(), frozenset())


def test_no_alias_of_several_words_runs_across_a_clause_end(curated_index):
    terms, _ = curated_index.normalizer.question_terms("what was the outcome of the call? (for a memo)")
    assert "demand" not in terms  # "call for" is a demand; "the call? (for a memo)" is none
    assert "demand" not in curated_index.normalizer.question_terms("when was the call, for the minutes?")[0]
    assert "demand" in curated_index.normalizer.question_terms("what did they call for?")[0]


def test_misspelt_wording_is_spelt_right_before_the_question_is_read(curated_index):
    from bot.matching.terms import respelt  # noqa: PLC0415

    vocabulary = curated_index.normalizer.vocabulary
    assert respelt("How would you descibe the tone?", vocabulary) == "How would you describe the tone?"
    assert respelt("is the ceasefire alreay in place?", vocabulary) == "is the ceasefire already in place?"
    # The facts' own word comes first ("rleations" is one letter from "relations" and from the everyday "reactions").
    assert respelt("what about rleations?", vocabulary) == "what about relations?"
    assert respelt("did the leaers mention children?", vocabulary) == "did the leaders mention children?"
    # Rare real words and names are no misspellings.
    assert respelt("what about the latitude of Rafah?", vocabulary) == "what about the latitude of Rafah?"


def test_respelling_a_question_of_known_words_builds_no_word_list(curated_index):
    # The CLI answers one question per process: the framing word list (some 50 ms) is built only when needed.
    from bot.matching import terms  # noqa: PLC0415

    terms._framing_vocabulary.cache_clear()
    terms.respelt("when did the two presidents speak?", curated_index.normalizer.vocabulary)
    assert terms._framing_vocabulary.cache_info().currsize == 0


def _two_document_base(folder):
    """A report whose every fact is Osmund's (Sarn named once) beside a longer one about others."""
    from bot.knowledge import load_knowledge  # noqa: PLC0415
    from bot.matching import build_index  # noqa: PLC0415

    reports = {
        "osmund": [
            "Talvik Osmund said the difos harbour would reopen in Sarn.",
            *(f"Talvik Osmund approved the {w} plan." for w in ("vilu", "kopa", "marta", "senla", "tuvi")),
        ],
        "others": [f"Beren Kallio opened the {w} market." for w in ("alda", "borna", "cerra", "dulva", "ebba")]
        + [f"Mira Toivo signed the {w} treaty." for w in ("falka", "gosta", "hilva", "ivra", "jorna", "kelta")]
        + [f"Anton Reyes praised the {w} school." for w in ("lomba", "murra", "nelva", "orla", "pesta", "quilla")],
    }
    (folder / "seeds").mkdir()
    knowledge = folder / "knowledge"
    (knowledge / "facts").mkdir(parents=True)
    documents = ["documents:"]
    for name, sentences in reports.items():
        (folder / "seeds" / f"{name}.txt").write_text(" ".join(sentences) + "\n")
        documents += [
            f"  - id: {name}\n    file: seeds/{name}.txt\n    title: {name}\n    publisher: P\n    covers: Plans.\n"
            "    summary:\n      short: Plans.\n      long: Plans."
        ]
        facts = [f"document: {name}", "facts:"]
        for number, sentence in enumerate(sentences):
            thing = " ".join(sentence.rstrip(".").split()[-2:])
            facts += [
                f"  - id: {name}-{number}",
                f"    questions: ['What about the {thing}?', '{thing} news']",
                f"    answer: {sentence}",
                f"    quote: {sentence}",
            ]
        (knowledge / "facts" / f"{name}.yaml").write_text("\n".join(facts) + "\n")
    (knowledge / "documents.yaml").write_text("\n".join(documents) + "\n")
    (knowledge / "aliases.yaml").write_text(
        "names:\n  - canonical: osmund\n    variants: [Talvik Osmund]\n  - canonical: sarn\n    variants: [Sarn town]\n"
    )
    return build_index(load_knowledge(knowledge))


def test_what_someone_said_is_answered_only_of_its_documents_own_speakers(tmp_path):
    index = _two_document_base(tmp_path)
    # Osmund is in 6 of the 23 facts, under the share that makes a protagonist of the whole fact base, but in
    # every fact of his own report: what he said is there.
    assert index.share_in_document(index.term_ids["osmund"], 0) == 1.0
    result = answer("what did Osmund say about the difos harbour?", index)
    assert result.answered and result.best.fact.id == "osmund-0"
    # Sarn is named once, in passing: nothing Sarn said is in the documents, however well the rest matches.
    assert not answer("what did Sarn say about the difos harbour?", index).answered


def test_a_who_question_on_a_day_asks_who_and_with_whom_asks_as_who_does(curated_index):
    for question in ("with whom did Putin speak on November 14?", "who did Putin speak on November 14?"):
        result = answer(question, curated_index)
        assert result.best is not None and result.best.fact.id == "call-participants", question
    result = answer("was the call on November 14?", curated_index)  # the day asked: the date's fact
    assert result.best is not None and result.best.fact.id == "call-date"


def test_what_someone_meant_is_what_they_said_not_by_what_means(curated_index):
    result = answer("what did Putin mean?", curated_index)
    assert result.best is None or result.best.fact.id != "call-medium" or not result.answered
    result = answer("by what means did they talk?", curated_index)
    assert result.answered and result.best is not None and result.best.fact.id == "call-medium"


def test_the_time_of_a_call_is_looked_for_by_its_date(curated_index):
    from bot.replies import Gap, reply_to  # noqa: PLC0415

    # Nearest to the hour is the day the fact gives, shown as not what was asked.
    reply = reply_to("what time was the call?", curated_index)
    assert reply.gap is Gap.TIME and [f.id for f in reply.facts] == ["call-date"]
    assert not answer("What time zone is Moscow in?", curated_index).answered
