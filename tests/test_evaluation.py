from collections import Counter

from bot.evaluation import Report, cost, recommend


def report(threshold, correct, wrong=0, near_answered=0):
    r = Report(threshold)
    r.counts["in-scope"] = Counter(correct=correct, suggested=10 - correct - wrong, wrong=wrong)
    r.counts["off-topic"] = Counter(abstained=5)
    r.counts["near-miss"] = Counter(abstained=5 - near_answered, answered=near_answered)
    return r


def test_cost_counts_a_wrong_answer_as_three_misses():
    assert cost(report(0.5, correct=8)) == 2
    assert cost(report(0.5, correct=8, wrong=1)) == 1 + 3


def test_recommendation_avoids_a_knife_edge():
    reports = [
        report(0.40, correct=10, near_answered=1),  # answers a near miss
        report(0.42, correct=10),  # perfect, but its lower neighbour is not
        report(0.44, correct=9),
        report(0.46, correct=9),
        report(0.48, correct=7),
    ]
    assert recommend(reports, min_near_miss=0.5).threshold == 0.44


def test_no_recommendation_when_off_topic_questions_get_answers():
    bad = report(0.5, correct=10)
    bad.counts["off-topic"] = Counter(answered=1, abstained=4)
    assert recommend([bad], min_near_miss=0.8) is None


def test_a_set_without_off_topic_questions_refuses_all_of_none():
    # A probe of in-scope questions and near misses only had been reported as refusing 0% of off-topic questions.
    only = report(0.5, correct=10)
    only.counts["off-topic"] = Counter()
    assert only.refusal("off-topic") == 1.0
    assert recommend([only], min_near_miss=0.8) is not None


def test_wrong_leads_are_listed_and_a_false_yes_counts_apart():
    from bot.evaluation import Case, Seen, judge  # noqa: PLC0415
    from bot.evaluation_report import format_report  # noqa: PLC0415

    cases = [
        Case("did they meet in person?", ("call-medium",), "in-scope", 3, "not-yes"),
        Case("did they talk by phone?", ("call-medium",), "in-scope", 4, "yes"),
        Case("did they talk about Gaza?", ("gaza-focus",), "in-scope", 5, "yes"),
    ]
    said = {"did they talk about Gaza?": "Yes"}  # the first two lead wrongly, each its own way
    report = judge(
        cases,
        lambda q: Seen(
            "answer",
            (cases[0].expect[0] if "Gaza" not in q else "gaza-focus",),
            said.get(q, "Yes" if "person" in q else ""),
        ),
    )
    assert report.leads == Counter(ok=1, wrong=2) and report.false_yes == 1
    text = format_report(report, "probe")
    assert "line 3: 'did they meet in person?' led with Yes" in text
    assert "line 4: 'did they talk by phone?' did not lead with Yes" in text


def test_the_near_miss_target_is_the_issues_95_percent():
    from bot.cli import _parser  # noqa: PLC0415

    args = _parser().parse_args(["eval", "cases.yaml"])
    assert args.min_near_miss == 0.95


def test_a_yes_to_a_near_miss_counts_as_a_false_yes():
    from bot.evaluation import Case, Seen, judge  # noqa: PLC0415
    from bot.evaluation_report import format_report  # noqa: PLC0415

    cases = [Case("did they discuss the hostages' names?", ("abstain",), "near-miss", 7)]
    report = judge(cases, lambda q: Seen("answer", ("hostages",), "Yes"))
    assert report.false_yes == 1 and report.counts["near-miss"]["answered"] == 1
    assert 'line 7: "did they discuss the hostages\' names?" led with Yes (a near-miss question)' in format_report(
        report, "probe"
    )
    # Answered without a yes, it is a near miss answered, no false yes.
    assert judge(cases, lambda q: Seen("answer", ("hostages",), "")).false_yes == 0
