"""Grids: the ways one request is put, crossed with each other, so that a reading fixed for one is seen to hold for all.

Where `robustness.py` wraps the questions people wrote, these grids build messages from parts, every part with
every other, over the seed fact base:

- summary requests: verbs, nouns and questions asking for one, with openers, eight ways to name the document and
  twelve endings ("recap the article, thanks!", "could you break down the doc asap", "what's the tl;dr of it?"):
  each must get the summary, never a fact;
- chat turns (thanks, greetings, goodbyes, help) with endings: each must get a chat reply;
- questions in request wrappings ("could you tell me when they spoke? - thanks in advance"): each must get its fact;
- two-part questions: two subjects under one frame ("any word on X, and on Y?") and two whole questions joined
  ("…? also, …?"), every pair each way round: each must be answered with both facts;
- statements put to be confirmed, twenty ways ("… - true or false?", "would you say …?", "did I get this right:
  …?"), over statements the article affirms (a yes, with their fact) and statements it doesn't (no yes).

    python bench/grids.py            # counts per grid
    python bench/grids.py --show 10  # and the first messages each grid gets wrong

Deterministic: the same code and fact base give the same counts.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from bot.matching import Index, load_index  # noqa: E402
from bot.replies import Kind, Lead, reply_to  # noqa: E402

# Summary requests: (openers, the words that ask) for imperatives, nouns and what-questions.
_SUMMARY_FORMS = (
    (
        ("", "hey, ", "@briefbot ", "quick one: ", "could you ", "can u ", "pls "),
        ("summarise", "summarize", "sum up", "recap", "give me a summary of", "give me the gist of", "tl;dr",
         "break down", "run me through", "brief me on"),
    ),
    (("", "hey, ", "I'd love ", "can I get ", "need "),
     ("overview of", "key points of", "a summary of", "the gist of", "a recap of")),
    (("", "hey, ", "quick one: "), ("what's the gist of", "what are the key points of", "what's the tl;dr of")),
)  # fmt: skip
_DOCUMENT_NAMES = ("the article", "the doc", "this piece", "the whole thing", "it", "the report", "the story",
                   "the Putin-Sisi article")  # fmt: skip
_SUMMARY_ENDINGS = ("", "?", " pls", " please", ", short", " in two lines", " real quick", " thanks!", " :pray:",
                    " for my boss", " asap", " - thanks in advance")  # fmt: skip

_CHAT_TURNS = ("thanks", "thank you", "thanks a lot", "cheers", "ta", "thx", "many thanks", "appreciate it",
               "great, thanks", "hi", "hello", "hey there", "good morning", "bye", "see ya", "ok", "cool", "got it",
               "nice one", "perfect", "help", "what can you do", "who are you", "how do you work",
               "what do you know")  # fmt: skip
_CHAT_ENDINGS = ("", "!", " :)", " :pray:", " briefbot", " bot", " mate", " guys", ", much appreciated", " again")

_QUESTIONS = {
    "when did they speak": "call-date",
    "who took part in the call": "call-participants",
    "what did they say about the hostages": "hostages",
    "did Putin thank Egypt": "thanks-evacuation",
    "what did they agree to": "ceasefire-agreement",
    "who published the article": "publisher",
}
_QUESTION_OPENERS = ("", "could you tell me ", "can u tell me ", "hey, ", "quick one: ", "pls tell me ")
_QUESTION_ENDINGS = ("?", "? thanks!", "? - thanks in advance", ", thanks", "? cheers", "? ty", " asap")

_CONFIRMING = ("is it true that {s}?", "would you say {s}?", "am I right that {s}?", "{s}, right?", "{s}, correct?",
               "{s}?", "can you confirm {s}?", "confirm: {s}", "just to check, {s}?", "{s} - true or false?",
               "did I get this right: {s}?", "{s}, yes?", "so {s}?", "I read that {s}. Is that accurate?",
               "is it correct that {s}?", "{s}, no?", "{s}, isn't that so?", "quick sanity check: {s}, right?",
               "fact check: {s}", "true or false: {s}")  # fmt: skip
_AFFIRMED = {
    "Putin thanked Egypt": "thanks-evacuation",
    "the call was on November 14": "call-date",
    "they spoke by phone": "call-medium",
    "they discussed the hostages": "hostages",
    "both leaders back a Palestinian state": "palestinian-state",
    "Moscow and Cairo share a vision for the Middle East": "shared-vision",
    "they called for an end to the obstacles to aid": "aid-obstacles",
    "the Egyptian presidency reported the agreement": "egyptian-presidency-report",
    "they agreed to intensify efforts for a ceasefire": "ceasefire-agreement",
    "Gaza was the main concern": "gaza-focus",
}
_NOT_AFFIRMED = ("Sisi thanked Putin", "the call was on November 15", "they met in person", "a ceasefire was reached",
                 "the hostages were released", "Russia sent aid to Gaza", "the Kremlin reported the agreement",
                 "they agreed on a permanent ceasefire", "Putin visited Cairo", "Egypt evacuated Egyptians",
                 "they agreed to a ceasefire", "Putin thanked Sisi for the ceasefire", "they discussed the West Bank",
                 "the call was in December", "Sisi called Putin", "both presidents thanked Egypt",
                 "Egypt thanked Russia", "aid reached Gaza", "the wounded were evacuated",
                 "foreigners were evacuated from Gaza", "they met in Cairo", "the call lasted an hour",
                 "Russia will send aid", "the hostages were Russian", "Israel joined the call",
                 "they disagreed about Gaza", "Putin criticised Egypt",
                 "the article was published by the Kremlin", "they called for aid to be blocked")  # fmt: skip


# A second grid of each, written after the first's fixes from other parts: its first run (on the code of commit
# 1d8aa7e, bench/results/grids_s49_second_first.txt) found 1,976 of its 3,840 summary requests not read as one, 2 of
# 100 affirmed statements without their yes and 3 of 280 unaffirmed ones with one.
_SUMMARY_FORMS_2 = (
    (
        ("", "yo ", "morning! ", "sorry to bug you, ", "would you ", "mind if I ask you to ", "hiya, "),
        ("condense", "boil down", "give me the rundown on", "explain", "fill me in on", "catch me up on",
         "gimme the tldr on"),
    ),
    (
        ("", "yo ", "morning! ", "sorry to bug you, ", "hiya, "),
        ("can I get the short version of", "what's the upshot of", "summary of"),
    ),
)  # fmt: skip
_DOCUMENT_NAMES_2 = ("that report", "the Tribune piece", "the news", "this", "the Putin Sisi story", "the doc you have")
_SUMMARY_ENDINGS_2 = ("", " ty", " cheers", " 🙏", " - need it for a meeting", " lol", " by EOD",
                      " please and thank you", "?!", " x")  # fmt: skip
_CONFIRMING_2 = ("{s}, am I right?", "{s} — is that correct?", "correct me if I'm wrong, but {s}?", "{s}, yeah?",
                 "I think {s}. Right?", "pretty sure {s}?", "{s}. True?", "my understanding is {s} - correct?",
                 "{s}, is that right?", "someone told me {s}. true?")  # fmt: skip


# Yes/no questions the article doesn't affirm, opposites and near misses of what it does (the session-49 lists: at its
# start one of the first 60 had a yes, "did they call for the hostages to be kept?"; the second 60, written after the
# fix for it, found 8 more, "did Putin thank Egypt for sending aid?", "did Sisi end the call early?" among them; the
# third 60, written after those fixes, 2: "did they say the bloodshed had ended?" and "was the vision of Moscow and
# Cairo rejected by others?", split at its "and").
_UNAFFIRMED_QUESTIONS = (
    "did they oppose a Palestinian state?", "did they reject an independent Palestinian state?",
    "did Putin criticise Egypt?", "did Putin blame Egypt for the evacuation?",
    "did they want the bloodshed to continue?", "did they call for more fighting?",
    "did they want the hostages to stay captive?", "did they call for the hostages to be kept?",
    "did they oppose a ceasefire?", "did they agree to end ceasefire efforts?",
    "did they agree to reduce their efforts for a ceasefire?", "did the leaders disagree about Gaza?",
    "were the leaders divided on Gaza?", "did Moscow and Cairo have different visions for the Middle East?",
    "did they want to increase the suffering in Gaza?", "did they want to make aid deliveries harder?",
    "did they want foreigners kept in Gaza?", "did they discuss arrangements to stop aid?",
    "was the discussion marked by hostility?", "was the call tense?", "was Egypt's help described as useless?",
    "did Putin refuse to thank Egypt?", "did Sisi thank Putin for his help?",
    "did Egypt thank Russia for evacuating Egyptians?", "did Russia help evacuate Egyptians from Gaza?",
    "did the Kremlin report the agreement?", "did La Nouvelle Tribune report that a ceasefire was reached?",
    "was the call on November 15?", "was the call in October?", "did they meet in Sochi?", "was it a video call?",
    "did they speak by letter?", "did the Egyptian presidency deny the agreement?",
    "were children and women spared by the conflict?", "did they say civilians were not affected?",
    "was the Gaza Strip described as stable?", "was Gaza a minor topic?", "did the leaders ignore the hostages?",
    "did they avoid discussing aid?", "did the two presidents fall out?",
    "did the relationship between Russia and Egypt worsen?", "did the gesture underline tensions?",
    "did they support Israel's military campaign?", "did they want a one-state solution?",
    "was a Palestinian state created?", "has a ceasefire been agreed?", "were the hostages freed?",
    "were foreign nationals evacuated?", "did aid reach Gaza?", "did they agree to send troops?",
    "did Russia promise money to Egypt?", "did they call for sanctions on Israel?", "was Netanyahu mentioned?",
    "did they discuss the West Bank?", "did they discuss Iran?",
    "did the article say the conversation lasted an hour?", "was the conversation held in Arabic?",
    "did Putin call Sisi first?", "did Sisi initiate the call?", "were the hostages Egyptian?",
    "did Putin thank Egypt for the ceasefire?", "did Putin thank Egypt for sending aid?",
    "did Putin thank Sisi for releasing hostages?", "was Egypt thanked for hosting the talks?",
    "did the evacuation of Russians fail?", "were Russian citizens left behind in Gaza?",
    "did Egypt refuse to help evacuate Russians?", "did the leaders want to end humanitarian aid?",
    "did they call for an end to humanitarian aid?", "did they want obstacles to aid?",
    "did they call for a halt to evacuations?", "did they want the wounded to stay in Gaza?",
    "did they agree to stop talking?", "did they agree on a permanent peace deal?",
    "did they agree to a prisoner exchange?", "did they sign a ceasefire agreement?", "was a truce declared?",
    "did the ceasefire start on November 14?", "did the presidents say the conflict was over?",
    "did they describe the conflict as minor?", "was the conflict described as peaceful?",
    "was the humanitarian impulse described as doubtful?", "was the discussion marked by a military impulse?",
    "did they support a Palestinian state under Israeli control?", "did they back a dependent Palestinian state?",
    "did they want a temporary solution?", "did they call for a short-lived solution?",
    "did Moscow and Cairo disagree on the Middle East?", "is the shared vision about Ukraine?",
    "did the gesture undermine relations?", "did the gesture show the countries are rivals?",
    "did the Egyptian presidency report disagreements?", "did the Russian presidency report the agreement?",
    "did the Kremlin confirm the call?", "was the report from the Russian side?", "did the article come from TASS?",
    "was the article published by Al-Ahram?", "did they discuss military arrangements?",
    "did they discuss arrangements to evacuate Egyptians?", "did they discuss evacuating Russians to Egypt?",
    "did they want the suffering to grow?", "did they show a desire to punish the populations?",
    "was the delicate situation in the West Bank?", "was Cairo the center of concern?",
    "were the leaders indifferent to civilians?", "were the thousands of children and women unharmed?",
    "did they say men were the main victims?", "did Putin speak with Netanyahu?",
    "did Sisi speak with Biden on November 14?", "was the call between three leaders?",
    "was the call between foreign ministers?", "did the call take place in person?",
    "did they talk on November 14 in Moscow?", "did they meet on November 14?",
    "did Putin visit Egypt on November 14?", "did they speak for two hours?", "was the call recorded on video?",
    "did the call happen in 2022?", "was the call secret?", "did Sisi end the call early?",
    "did Putin thank Egypt for mediating?", "did Putin thank Egypt for its weapons?",
    "did Putin thank Egypt for opening the border?", "was Egypt praised for brokering a truce?",
    "did Egypt get thanked for hosting refugees?", "were Russian citizens stranded in Gaza?",
    "were Russian citizens held hostage?", "were Russian citizens killed in Gaza?",
    "were the wounded treated in Egypt?", "were foreign nationals flown to Moscow?",
    "did they discuss moving civilians to Sinai?", "did they discuss relocating Gazans to Egypt?",
    "did they agree to open the Rafah crossing?", "did they call for Israel to withdraw?",
    "did they call for aid to be cut off?", "did they want humanitarian aid reduced?",
    "did they want fewer aid deliveries?", "did they say aid deliveries were going smoothly?",
    "did they say the bloodshed had ended?", "did they say the hostages were safe?",
    "did they say the ceasefire was holding?", "did they say Gaza was calm?", "did the leaders blame Hamas?",
    "did the leaders blame Israel?", "did they condemn the hostage-taking?", "did Putin apologise to Egypt?",
    "did Sisi criticise Russia?", "did Sisi praise Putin?", "did Sisi congratulate Putin?",
    "did the two presidents argue?", "did they threaten sanctions?", "did they promise military support?",
    "did they agree to fund reconstruction?", "did they back a two-state solution with Israel's approval?",
    "did they want the Palestinian state to be demilitarised?", "did they support Palestinian membership of the UN?",
    "did they discuss Jerusalem?", "did they say the Palestinian state already exists?",
    "was the vision of Moscow and Cairo rejected by others?", "did the Egyptian presidency say the talks failed?",
    "did the Egyptian presidency report a breakthrough?", "did the article say the call was productive?",
    "did the article say the call was friendly?", "was the conversation described as long?",
    "was the humanitarian impulse described as fake?", "did they discuss the evacuation of Israelis?",
    "did they discuss arrangements for journalists?", "was aid to Gaza described as unnecessary?",
    "did they ask for more obstacles?", "did they call for the evacuation to stop?",
    "did the evacuation of foreign nationals happen on November 14?", "were Egyptians evacuated from Gaza?",
    "did Russia evacuate its citizens without help?", "did Putin say Egypt's help was unnecessary?",
    "did Putin thank Israel?", "did Putin call Netanyahu after the call?", "did the two presidents talk about trade?",
    "did they discuss tourism?", "did they discuss wheat exports?", "was the call about Syria?",
)  # fmt: skip


# Two-part questions (session 50, written before any fix for them; first run, on commit a1adb33, in
# bench/results/grids_s50_first.txt: 46 of 300 and 1 of 240 missed a half):
# two subjects under one frame, and two whole questions joined, every pair each way round. Each message must be
# answered with both facts.
_SUBJECTS = {
    "the hostages": "hostages",
    "a Palestinian state": "palestinian-state",
    "the obstacles to aid": "aid-obstacles",
    "the ceasefire": "ceasefire-agreement",
    "the evacuation of Russians": "thanks-evacuation",
    "relations between Russia and Egypt": "bilateral-relations",
}
_TWO_SUBJECT_FRAMES = ("what did they say about {a} and {b}?", "what about {a} and {b}?",
                       "{a} and {b} - what did they say?", "any word on {a}, and on {b}?",
                       "their line on {a}, plus their line on {b}?", "what did they say on {a}; and on {b}?",
                       "1) {a} 2) {b}", "what was said about {a}, as well as {b}?",
                       "tell me about {a} and also {b}", "did they discuss {a} and {b}?")  # fmt: skip
_WHOLE_QUESTIONS = {
    "when did they speak": "call-date",
    "who took part in the call": "call-participants",
    "how did they talk": "call-medium",
    "which paper published it": "publisher",
    "what did they agree to": "ceasefire-agreement",
    "what did Putin thank Egypt for": "thanks-evacuation",
}
_QUESTION_JOINTS = ("{a} and {b}?", "{a}? and {b}?", "{a}, and {b}?", "{a}? also, {b}?", "{a}; {b}?",
                    "two questions: {a}, and {b}?", "{a} + {b}?", "{a}. Also {b}?")  # fmt: skip


_Forms = tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]


def _summaries(
    forms: _Forms = _SUMMARY_FORMS,
    names: tuple[str, ...] = _DOCUMENT_NAMES,
    endings: tuple[str, ...] = _SUMMARY_ENDINGS,
) -> Iterator[str]:
    for openers, asks in forms:
        for opener, ask, name, ending in itertools.product(openers, asks, names, endings):
            yield f"{opener}{ask} {name}{ending}"


def _two_parts(parts: dict[str, str], frames: tuple[str, ...]) -> list[tuple[str, tuple[str, str]]]:
    """Every ordered pair of different parts in every frame, with the two facts that answer it."""
    return [
        (frame.format(a=a, b=b), (parts[a], parts[b]))
        for (a, b), frame in itertools.product(itertools.permutations(parts, 2), frames)
    ]


def _grids(index: Index) -> Iterator[tuple[str, int, list[str]]]:
    """(grid, messages, the messages it gets wrong) for each grid."""
    for name, requests in (
        ("summary requests: a summary", list(_summaries())),
        ("  second grid", list(_summaries(_SUMMARY_FORMS_2, _DOCUMENT_NAMES_2, _SUMMARY_ENDINGS_2))),
    ):
        yield name, len(requests), [m for m in requests if reply_to(m, index).kind is not Kind.SUMMARY]
    chats = [f"{turn}{ending}" for turn, ending in itertools.product(_CHAT_TURNS, _CHAT_ENDINGS)]
    yield "chat turns: a chat reply", len(chats), [m for m in chats if reply_to(m, index).kind is not Kind.CHAT]
    asked = [
        (f"{opener}{question}{ending}", fact)
        for (question, fact), opener, ending in itertools.product(_QUESTIONS.items(), _QUESTION_OPENERS,
                                                                  _QUESTION_ENDINGS)
    ]  # fmt: skip
    missed = []
    for message, fact in asked:
        reply = reply_to(message, index)
        if reply.kind is not Kind.ANSWER or fact not in [f.id for f in reply.facts]:
            missed.append(message)
    yield "questions in wrappings: their fact", len(asked), missed
    for name, pairs in (("two subjects under one frame: both", _two_parts(_SUBJECTS, _TWO_SUBJECT_FRAMES)),
                        ("two questions joined: both", _two_parts(_WHOLE_QUESTIONS, _QUESTION_JOINTS))):  # fmt: skip
        halves = []
        for message, facts in pairs:
            reply = reply_to(message, index)
            if reply.kind is not Kind.ANSWER or not set(facts) <= {f.id for f in reply.facts}:
                halves.append(message)
        yield name, len(pairs), halves
    yes_to = [
        q for q in _UNAFFIRMED_QUESTIONS
        if (reply := reply_to(q, index)).kind is Kind.ANSWER and reply.parts[0].lead is Lead.YES
    ]  # fmt: skip
    yield "unaffirmed questions: no yes", len(_UNAFFIRMED_QUESTIONS), yes_to
    for suffix, wrappings in (("", _CONFIRMING), ("  second grid: ", _CONFIRMING_2)):
        confirmed = [(w.format(s=s), fact) for (s, fact), w in itertools.product(_AFFIRMED.items(), wrappings)]
        no_yes = []
        for message, fact in confirmed:
            reply = reply_to(message, index)
            if reply.kind is not Kind.ANSWER or reply.parts[0].fact.id != fact or reply.parts[0].lead is not Lead.YES:
                no_yes.append(message)
        yield f"{suffix}affirmed statements: a yes", len(confirmed), no_yes
        denied = [w.format(s=s) for s, w in itertools.product(_NOT_AFFIRMED, wrappings)]
        false_yes = []
        for message in denied:
            reply = reply_to(message, index)
            if reply.kind is Kind.ANSWER and reply.parts[0].lead is Lead.YES:
                false_yes.append(message)
        yield f"{suffix}unaffirmed statements: no yes", len(denied), false_yes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", type=int, default=0, help="print this many wrong messages per grid")
    args = parser.parse_args()
    index = load_index(ROOT / "knowledge")
    print(f"{'grid: what each message must get':40} {'messages':>9} {'wrong':>7}")
    for name, total, wrong in _grids(index):
        print(f"{name:40} {total:>9} {len(wrong):>7}")
        for message in wrong[: args.show]:
            print(f"    {message!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
