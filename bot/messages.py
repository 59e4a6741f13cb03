"""Every sentence the bot says, in one place: the terminal and Slack render these same words.

Functions return plain text. Each surface adds its own layout (and Slack escapes it); none of
them writes a sentence of its own.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from bot.matching import MAX_QUESTION_CHARS, Reason

if TYPE_CHECKING:
    from bot.factbase import Reload

SOURCES_SLACK = "/sources"
SOURCES_CLI = "`python -m bot sources`"

ABSTAIN = "I don't have that in my documents."
TOO_LONG = (
    f"That is too long for me to read as one question (over {MAX_QUESTION_CHARS:,} characters). "
    "Please ask it in a sentence or two."
)
UNREADABLE = "I couldn't read that as text. Please ask your question in words."
WHICH_ONE = "I'm not sure which of these you mean:"
NOT_EXACTLY = "I don't have exactly that in my documents. Did you mean one of these?"
SOMETHING_WENT_WRONG = "Sorry, something went wrong on my side while answering. Please try again."
FEEDBACK_THANKS = "Thanks for the feedback, it has been recorded."
CUT_NOTE = "… (cut to fit Slack's limits)"
CUT_SHORT = "cut to fit Slack's limits"
HELPFUL = "Helpful"
NOT_HELPFUL = "Not helpful"
HELPFUL_LABEL = "This answer helped"
NOT_HELPFUL_LABEL = "This answer did not help"
REASON_TITLE = "Not helpful"
REASON_LABEL = "What was wrong or missing? (optional)"
REASON_HINT = "The curators of the documents read this to improve the answers."
REASON_SEND = "Send"
REASON_CANCEL = "Cancel"
SHARE = "Share in channel"
POST = "Post in channel"
REPORT_TITLE = "Curator report"
REPORT_UNANSWERED = "Not answered (most frequent first)"
REPORT_SUGGESTED = "Answered with “did you mean”"
REPORT_UNHELPFUL = "Answers marked not helpful"
REPORT_PICKS = "Suggestions picked (candidate phrasings: python -m bot learn)"
REPORT_NEVER_ASKED = "Facts never asked about"
REPORT_NONE = "(none)"
EMPTY_QUESTION = "Please write a question."
HOME_TITLE = "What I can answer"
HOME_DOCUMENTS = "My documents"
HOME_TRY = "Try one (I answer in a direct message):"
HOME_YOURS = "Your recent questions"
HOME_NONE_YET = (
    "You haven't asked me anything yet. Mention me in a channel, message me here, or press a question above."
)
HOME_CURATORS = "For curators"
HOME_CHANNELS = "Channels with their own rules"
ASK_TITLE = "Ask Briefbot"
ASK_LABEL = "Your question about this message"
ASK_SEND = "Ask"
ANSWERED_MARK = "answered"
NOT_ANSWERED_MARK = "not answered"
CHAT_BYE = "Type 'quit' or press Ctrl-D to leave."
NO_SLACK = "No Slack tokens set (SLACK_BOT_TOKEN): starting the local chat instead."


YOURE_WELCOME = "You're welcome! Ask me anything else about my documents."
GOODBYE = "Bye! Ask me any time."
ACKNOWLEDGED = "Okay. Ask me anything else about my documents."
YES = "Yes."
SAYS = "Here is what the document says:"
TIED = "Two passages in my documents answer this:"
TIED_SAYS = "Here is what my documents say, in two passages:"
GAPS = {
    "figure": "My documents give no figure for that.",
    "future": "My documents don't say what will happen.",
    "date": "My documents give no date for that.",
    "time": "My documents give no time of day for that.",
    "weekday": "My documents don't give the day of the week.",
    "year": "My documents don't give the year.",
    "place": "My documents don't say where.",
    "reason": "My documents don't say why.",
    "manner": "My documents don't say how.",
    "agent": "My documents don't say who.",
    "which": "My documents don't say which.",
    "roles": "My documents don't say that: they tell it the other way round.",
    "another_date": "My documents give a different date.",
    "comparison": "My documents make no such comparison.",
    "not_done": "My documents tell what was said and done, not what wasn't.",
    "judgement": "My documents tell what was said and done; they don't judge it.",
    "unconfirmed": "I can't confirm that from my documents.",
    "outcome": "My documents don't say what came of it.",
}
WHAT_THEY_SAY = "What they do say:"
TASK = "I can't do that: I only answer questions about my documents, each with the quote it comes from."
LANGUAGE = "My documents are in English, and I can only match questions asked in English. Please ask again in English."


def greeting(titles: Iterable[str], samples: Iterable[str], command: str) -> str:
    """A reply to hello: what the bot can answer, with examples."""
    examples = "\n".join(f"• {q}" for q in samples)
    return (
        f"Hi! I answer questions about {_titles(titles)}, always with the exact quote and where it comes from. "
        f"For example:\n{examples}\n{sources_hint(command)}"
    )


def introduction(titles: Iterable[str], samples: Iterable[str], command: str) -> str:
    """A reply to help / what can you do / who are you."""
    examples = "\n".join(f"• {q}" for q in samples)
    return (
        f"I'm Briefbot. I answer questions about {_titles(titles)} with a short answer, the verbatim quote that "
        "proves it and the document it comes from; when my documents don't say, I tell you so. Try:\n"
        f"{examples}\nAsk for a “summary” of the documents, and {sources_hint(command)[0].lower()}"
        f"{sources_hint(command)[1:]}"
    )


def _titles(titles: Iterable[str]) -> str:
    quoted = [f"“{t}”" for t in titles]
    if len(quoted) <= 1:
        return quoted[0] if quoted else "my documents"
    return f"{len(quoted)} documents: " + ", ".join(quoted)


def chat(turn: str, titles: Iterable[str], samples: Iterable[str], command: str) -> str:
    """The reply to a chat turn (greeting, thanks, goodbye, an acknowledgement, help)."""
    if turn == "thanks":
        return YOURE_WELCOME
    if turn == "goodbye":
        return GOODBYE
    if turn == "acknowledge":
        return ACKNOWLEDGED
    if turn == "greeting":
        return greeting(titles, samples, command)
    return introduction(titles, samples, command)


def lead(kind: str) -> str:
    """How an answer to a yes/no question opens ("" for other questions)."""
    return {"yes": YES, "says": SAYS}.get(kind, "")


def tied(guarded: bool) -> str:
    """The opening line of two tied passages: an answer, or (guarded) what the documents say, which is no yes."""
    return TIED_SAYS if guarded else TIED


def not_covered(part: str) -> str:
    """The half of a two-part question the documents don't cover."""
    return f"I don't have anything on “{part.strip(' ?')}” in my documents."


def unclear(part: str) -> str:
    """The half of a two-part question that comes near several facts, none of them outright."""
    return f"I'm not sure what “{part.strip(' ?')}” asks for: ask it on its own and I'll show what comes closest."


def suggestion_intro(reason: Reason) -> str:
    """How a "did you mean" opens: two close answers, or only something near the question."""
    return WHICH_ONE if reason is Reason.AMBIGUOUS else NOT_EXACTLY


def sources_hint(command: str) -> str:
    """Where to look when the bot abstains; `command` is "/sources" in Slack, the CLI's own in a shell."""
    return f"See what my documents cover with {command}."


def help_text(samples: Iterable[str], command: str) -> str:
    """Shown for an empty question: what to ask, with examples from the fact base."""
    examples = "\n".join(f"• {q}" for q in samples)
    return f"Ask me a question about my documents, for example:\n{examples}\n{sources_hint(command)}"


def no_answer(reason: Reason, samples: Iterable[str], command: str) -> str:
    """Why there is no answer, in the user's terms."""
    if reason is Reason.TOO_LONG:
        return TOO_LONG
    if reason is Reason.UNREADABLE:
        return UNREADABLE
    if reason is Reason.LANGUAGE:
        return LANGUAGE
    if reason is Reason.TASK:
        return f"{TASK} {sources_hint(command)}"
    if reason in (Reason.EMPTY, Reason.NO_WORDS):
        return help_text(samples, command)
    return f"{ABSTAIN} {sources_hint(command)}"


def quote_location(path: str, start: int, end: int) -> str:
    return f"{path}, characters {start}–{end}"


def cited_from(citation: str) -> str:
    return f"From {citation}"


def topic_heading(query: str, count: int) -> str:
    return f"On “{query}”: {count} fact(s)"


def no_such_summary(query: str, documents: Iterable[str], topics: Iterable[str]) -> str:
    return f"No document or topic matches “{query}”.\nDocuments: {', '.join(documents)}\nTopics: {', '.join(topics)}"


def fact_count_try(count: int) -> str:
    return f"{count} facts. Try:"


def covers(text: str) -> str:
    return f"Covers: {text}"


def asked(question: str) -> str:
    return f"Asked: {question}"


def answering(question: str) -> str:
    """What a "did you mean" message becomes once a question is picked (the answer follows)."""
    return f"Answering: “{question}”"


CHANGES_SHOWN = 20  # answers listed in a reload notice; the rest are counted


def reload_notice(outcome: Reload) -> str:
    """What curators are told after an edit to the fact base: what changed, or why it was kept out."""
    if outcome.problems:
        return (
            f"An edit to the fact base was not loaded; still serving version {outcome.version} "
            f"({outcome.facts} facts). Fix these and save again:\n{outcome.problems}"
        )
    lines = [f"Fact base reloaded: version {outcome.version}, {outcome.facts} facts."]
    if outcome.changes:
        lines.append(f"{len(outcome.changes)} answer(s) changed:")
    for change in outcome.changes[:CHANGES_SHOWN]:
        if not change.old:
            lines.append(f"• {change.fact_id} (new): “{change.new}”")
        elif not change.new:
            lines.append(f"• {change.fact_id} (removed): was “{change.old}”")
        else:
            lines.append(f"• {change.fact_id}: “{change.old}” → “{change.new}”")
    if len(outcome.changes) > CHANGES_SHOWN:
        lines.append(f"… and {len(outcome.changes) - CHANGES_SHOWN} more.")
    return "\n".join(lines)


def chat_banner(facts: int, documents: int) -> str:
    return f"Briefbot: {facts} facts from {documents} document(s). Ask a question; {CHAT_BYE}"


def curator_line(status: dict[str, object], counts: dict[str, int] | None) -> str:
    """The fact base's state (and this week's curator counts, when the store is on) for curators."""
    line = f"Fact base version {status['version']}, {status['facts']} facts, loaded {status['loaded_at']}."
    if status.get("last_reload_error"):
        line += " The last edit was not loaded: see /healthz or the curators' channel."
    if counts is not None:
        line += (
            f" This week: {counts['unanswered']} question(s) not answered, {counts['not_helpful']} answer(s) "
            "marked not helpful (python -m bot report)."
        )
    return line


def channel_line(where: str, documents: Iterable[str], tags: Iterable[str], answering: str, note: str) -> str:
    scope = ", ".join([*documents, *(f"topic {t}" for t in tags)]) or "every document"
    how = "mentions and questions ending in ?" if answering == "questions" else "mentions"
    return f"{where}: answers from {scope}; replies to {how}." + (f" {note}" if note else "")


def check_ok(documents: int, facts: int, aliases: int) -> str:
    return f"OK: {documents} document(s), {facts} fact(s), {aliases} alias group(s); every quote found verbatim."


def bad_line(number: int, byte: int) -> str:
    return f"line {number}: not UTF-8 text (bad byte at position {byte}); skipped"


def problems_found(count: int) -> str:
    return f"{count} problem(s) found."
