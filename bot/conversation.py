"""What a message is before it is a question: a greeting, thanks, a goodbye, an acknowledgement ("ok"), a
request for help or for a summary, and which kinds of question it asks (yes/no, how many, what will happen,
when, who, why).

These are the commonest things people type to a Slack bot, and none of them may be answered with a
fact. A message is a chat turn only when it is nothing else: "thanks — and when did they speak?"
is a question with thanks in front, "did Egypt help with the evacuation?" is a question.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from typing import Literal

from bot.knowledge import Document, KnowledgeBase
from bot.markup import emoji_names, for_matching, without_emoji, without_emphasis, without_links, without_pings
from bot.matching import Index
from bot.matching.everyday import EVERYDAY_WORDS, FRAME_WORDS
from bot.matching.frequency import is_wrapping_word
from bot.matching.matcher import POINTING, message_parts
from bot.patterns import Pattern, pattern
from bot.words import (
    COURTESY_WORDS,
    DETERMINERS,
    IT,
    MONTH_NAMES,
    MONTHS,
    PLACE_NOUNS,
    PREPOSED_QUESTION,
    QUESTION_OPENERS,
    QUESTION_TYPOS,
    QUESTION_WORDS,
    SHORTHAND,
    STOPWORDS,
    SUBORDINATORS,
    WEEKDAYS,
    opens_with,
    spelt_out,
    words,
)


class Turn(StrEnum):
    GREETING = "greeting"
    THANKS = "thanks"
    GOODBYE = "goodbye"
    HELP = "help"  # help, what can you do, who are you
    SUMMARY = "summary"
    ACKNOWLEDGE = "acknowledge"  # ok, sure, yes, lol: the message asks nothing


class Ask(StrEnum):
    """Kinds of question that change what a good answer must contain."""

    YES_NO = "yes_no"
    QUANTITY = "quantity"  # how many, how much: a figure
    FUTURE = "future"  # when will, will they: what is to come
    WHEN = "when"  # a date or a time
    WHO = "who"
    WHY = "why"
    WHERE = "where"


# Praise of an answer is thanks ("great summary, thanks" asks for no summary).
_PRAISED_ANSWERS = "|".join(
    f"{quality} {answer}"
    for quality in "great good nice perfect excellent helpful useful brilliant clear thorough solid".split()
    for answer in "summary answer answers explanation response reply overview recap breakdown rundown".split()
)
# Whole-message phrases of each turn (after case and punctuation are folded away).
_PHRASES = {
    Turn.THANKS: "thanks|thank you|ty|tysm|ta|cheers|many thanks|thanks a lot|thanks so much|"
    "thank you so much|thanks in advance|thank you in advance|ty in advance|tia|thank you so much in advance|"
    "thanks so much in advance|many thanks in advance|thanks a lot in advance|thank you very much in advance|"
    "much appreciated|appreciate it|appreciated|great thanks|perfect thanks|nice|great|perfect|awesome|cool|"
    "for the help|for your help|for that|for this|for the info|that helps|that helped|helpful|very helpful|"
    "for explaining|for clarifying|for the explanation|for the clarification|for the quick reply|for the answer|"
    "thanks a bunch|thanks a ton|thanks heaps|much obliged|thank you very much|"
    # Time or reading spared: "that saves me a lot of reading" ("save" is the hostages' "save lives" to the aliases).
    "that saves me a lot of reading|that saves me a lot of time|that saves me so much time|that saves me time|"
    "saves me a lot of reading|saves me a lot of time|saves me time|that saved me a lot of time|saved me a lot of time|"
    "saved me time|you saved me|you saved me a lot of time|lifesaver|life saver|you re a lifesaver|"
    # A problem said to be solved: "that sorted it", "that did the trick".
    "that sorted it|that sorts it|sorted|all sorted|that did it|that did the trick|did the trick|that works|"
    # Praise is thanks by another name: "you're welcome" answers both.
    "you re awesome|you re the best|you re great|you rock|amazing|brilliant|excellent|fantastic|lifesaver|"
    "you re a star|you re a gem|you re a genius|you re amazing|you re brilliant|star|"
    "you re a lifesaver|legend|great work|good work|nice work|great job|thanks that s helpful|that s helpful|"
    "that s very helpful|that was helpful|that s great|that s perfect|super helpful|so helpful|this is helpful|"
    "thanks a million|appreciate the help|appreciate your help|i appreciate it|i appreciate that|very useful|"
    "that s useful|useful|really useful|thankyou|thanks for your time|thank you for your time|"
    "thanks for the answer|thank you for the answer|thanks for answering|"
    # The answer said to be what was wanted: "just what I needed", "this helps a lot".
    "this helps|it helps|helps|helps a lot|that helps a lot|this helps a lot|that helped a lot|this helped|"
    "what i needed|just what i needed|exactly what i needed|that s what i needed|that s just what i needed|"
    "that s exactly what i needed|just what i was looking for|exactly what i was looking for|"
    "that s what i was looking for|that s exactly what i was looking for|"
    # The answer said to have cleared things up: "that clears it up", "that makes sense".
    "that clears it up|clears it up|that clears that up|that makes sense|that explains it|"
    "that answers it|that answers my question|that answered it|that answered my question|cool beans|"
    # Thanks in the languages a team writes besides English.
    "gracias|muchas gracias|merci|merci beaucoup|danke|danke schon|vielen dank|grazie|grazie mille|obrigado|"
    "obrigada|spasibo|shukran|dank je|bedankt|" + _PRAISED_ANSWERS,
    Turn.GREETING: "hi|hello|hey|hiya|howdy|yo|greetings|good morning|good afternoon|good evening|morning|hi there|gm|"
    "afternoon|evening|"
    # "G'morning", "g'day", "mornin'": "good" cut to its first letter, a word to its apostrophe.
    "g morning|g mornin|mornin|g day|gday|g afternoon|g evening|"
    "hello there|hey there|anyone there|anybody there|is anyone there|is anybody there|are you there|you there|"
    "what s up|whats up|sup|how are you|how are you doing|how r u|how s it going|hows it going|how is it going|"
    "anyone home|hello anyone home|anybody home|anyone|anybody|"
    # Greetings of the day or season.
    "happy monday|happy friday|happy weekend|happy new year|happy holidays|happy hump day|"
    # Introducing oneself: the greeting back says what can be asked.
    "i m new here|i am new here|im new here|new here|i m new|i am new|first time here|"
    # Checking that the bot is there at all.
    "is this working|is it working|are you working|does this work|is this thing on|is this on|can you hear me|"
    "are you alive|are you awake|you awake|are you online|you online",
    Turn.GOODBYE: "bye|goodbye|bye bye|see you|see ya|cya|later|good night|talk later|catch you later|bye for now|"
    "see you later|talk soon|ttyl|gotta go|that s all|that s all for now|that will be all|signing off|"
    "talk to you later|have a good day|have a nice day|have a great day|see you tomorrow|see you soon|"
    "until next time|good bye|take care|no more questions|that s it|that s it for now|that is all|goodnight|"
    "night night|nite|gn|g night|g nite|gotta run|got to run|got to go|i have to go|i ve got to go|i gotta go|"
    "have to run|"
    "heading out|logging off|i m off|off now|back to work|back to it|"
    # Wishing a good rest of the day or the week: "have a good weekend everyone!", "enjoy your evening".
    + "|".join(
        f"{wish} {time}"
        for wish in ("have a good", "have a nice", "have a great", "have a lovely", "enjoy your", "enjoy the")
        for time in ("weekend", "evening", "night", "week", "day", "afternoon", "holidays", "break", "one")
        if time != "one" or wish.startswith("have")
    ),
    Turn.ACKNOWLEDGE: "ok|okay|k|kk|okie|sure|alright|all right|right|yes|yep|yeah|yup|no|nope|nah|fine|noted|"
    "understood|makes sense|i see|ah|aha|oh|hmm|hm|lol|haha|hahaha|lmao|lmfao|rofl|hehe|wow|test|testing|ping|"
    "yes or no|"
    # Understood, which thanks nothing: "got it" is no "you're welcome".
    "got it|gotcha|got you|roger|roger that|copy that|will do|"
    # Agreeing, or relieved: "good call" asks nothing of the call, nor "that's a relief" of aid ("relief").
    "good call|good point|fair point|great point|good idea|great idea|that s a relief|what a relief|phew|"
    "good to hear|glad to hear|"
    "testing 123|testing 1 2 3|test 123|test test|"
    # Pointing at an earlier answer or message, which each message's reply doesn't see.
    "i meant the other thing|i meant the other one|the other one|not that one|no the other one|that s not it|"
    # Asking to confirm what an earlier message said: "confirm" alone names nothing ("reaffirm" to the aliases).
    "can you confirm|could you confirm|can you confirm that|can someone confirm|can anyone confirm|pls confirm|"
    "please confirm|confirm please|confirm pls|can you verify|can someone verify|"
    # A question announced: "ok one more thing", "another question".
    "one more thing|one more question|another question|one more|quick follow up|a follow up|follow up question|"
    # Asides and verdicts on the bot, which ask nothing of the documents (an answer's "Not helpful" button is
    # where a verdict on one is kept).
    "never mind|nevermind|nvm|sorry|my bad|my mistake|wait|hold on|brb|huh|good bot|bad bot|good job|well done|"
    # Taking back an earlier message: "ok scratch my last message. What I need is …".
    "scratch that|scratch my last message|scratch my last question|ignore that|ignore my last message|"
    "ignore my last question|disregard that|disregard my last message|disregard my last question|"
    "never mind my last message|never mind my last question|forget my last message|forget my last question|"
    "sorry for the spam|sorry for the noise|sorry to bother you|sorry for bothering you|sorry for the trouble|"
    "sorry for all the questions|sorry for so many questions|sorry for the delay|"
    "nice one|love it|"
    # A thread's signals that ask nothing new: "+1", "^ this", "bumping this", "following".
    "bump|bumping|bumping this|bumping this up|bump this|this|same|same here|me too|following|following this|"
    "following up|just following up|following up on this|following up here|"
    "i love this|you re wrong|that s wrong|wrong|that s not right|not right|incorrect|wrong channel|wrong thread|"
    "found it|never mind found it|figured it out|i figured it out|figured it|worked it out|i worked it out|"
    # Done by the asker alone: "never mind, found it myself", "figured it out on my own".
    "found it myself|figured it out myself|worked it out myself|sorted it myself|solved it myself|"
    "found it on my own|figured it out on my own|worked it out on my own|sorted it out|sorted it out myself|"
    "sorted it|sorted|all sorted|solved it|all good|no worries|no problem|np|sounds good|sounds great|good to know|"
    "interesting|good stuff|fair enough|fair|maybe|perhaps|"
    # The asker's hurry, said beside a request ("could I get the short version? no time to read it all"): it asks
    # nothing of the documents ("time" is a word of one of their facts).
    "busy day|busy week|crazy day|i m busy|i m swamped|swamped|in a hurry|i m in a hurry|in a rush|i m in a rush|"
    "short on time|i m short on time|pressed for time|i m pressed for time|no time|no time to read|"
    "no time to read it|no time to read it all|no time to read the whole thing|i don t have time|"
    "i don t have time to read it|i don t have time to read it all|don t have time to read it|"
    # Or its leisure: "… for me? no rush".
    "no rush|no hurry|no rush at all|whenever you can|when you get a chance|when you have a moment|"
    # Complaints about an answer: what the bot can do about one is take the next question.
    "wrong answer|that s the wrong answer|not what i asked|that s not what i asked|that is not what i asked|"
    "not quite what i asked|that s not quite what i asked|not quite what i meant|that s not quite what i meant|"
    "not quite|not quite right|that s not quite right|"
    "not what i meant|that s not what i meant|you re useless|useless|not helpful|that s not helpful|unhelpful|"
    "that doesn t help|doesn t help|that didn t help|didn t help|i don t understand|i dont understand|"
    "forget it|forget about it|never mind then|whatever|this is useless|that s useless|this is wrong|that is wrong|"
    "this is not helpful|this isn t helpful|that isn t helpful|not useful|that s not useful|this is not right|"
    # Asking for another go at the last answer: each message is answered on its own, so the next question is needed.
    "try again|try that again|please try again|again|one more time|retry|do it again|redo|redo that",
    Turn.HELP: "help|help me|what can you do|what do you do|how does this work|how do you work|how do i use you|"
    "what do you know|what can i ask|what can i ask you|what should i ask|who are you|what are you|are you a bot|"
    "what is briefbot|usage|commands|instructions|can you help|could you help|can you help me|could you help me|"
    "any help|any ideas|any idea|what kind of questions can i ask|what sort of questions can i ask|"
    "what questions can i ask|what else can i ask|what else can i ask about|what else can i ask you|"
    "what can you answer|what do you cover|what can i ask about|who made you|who built you|who created you|"
    "who wrote you|who runs you|what are you for|who built this|who made this|what topics do you cover|"
    "what subjects do you cover|what can i ask you about|i need help|need help|i need some help|can i get some help|"
    "how do i use this|how do i use it|what commands are there|what are the commands|"
    "what commands do you have|i have a question|i ve got a question|got a question|quick question|quick q|"
    "question for you|what are you capable of|what kind of things can you answer|what sort of things can you answer|"
    "what things can you answer|which documents do you know about|what documents do you know about|"
    "which documents do you know|list your documents|list the documents|what s in your knowledge base|"
    "what is in your knowledge base|are you a human|are you human|are you a person|are you real|are you an ai|"
    "are you chatgpt|are you a robot|do you understand me|what do you know about|can you explain what you do|"
    "what is your purpose|what s your purpose|what is your job|what s your name|what is your name|"
    "can i ask you something|can i ask something|can i ask a question|may i ask a question|may i ask you something|"
    # "this bot" reads as "you" (_BOT_NAMES): "what is this bot?" arrives as "what is you".
    "what is you|what s you|what does you do|how does you work|"
    # The message alone, to a bot: the bot itself ("what's this?" after a mention).
    "what is this|what s this|what is this thing|what s this thing|"
    # Where the bot's answers come from: the documents it has, which help lists.
    "what are your sources|what sources do you have|what sources do you use|which sources do you use|"
    "what are the documents|what are your documents|what documents are there|which documents are there|"
    "what documents do you have|which documents do you have|what documents do you use|what do you have|"
    "where do you get your information|where does your information come from|what is your source|"
    # Follow-ups that lean on an earlier message: each message is answered on its own, so say what can be asked.
    "what do you mean|what does that mean|what does this mean|what does it mean|what s that mean|what s this mean|"
    "what does that mean exactly|meaning|can you repeat that|repeat that|say that again|tell me more|more details|"
    "the quote|exact quote|quote please|quote pls|give me the quote|where s the quote|how so|says who|"
    "more info|go on|are you sure|is that true|is that right|really|anything else|anything more|"
    "more please|more|and then|ok and then|what else|what more|"
    # The documents themselves, which help lists.
    "sources|the sources|your sources|show me the sources|show sources|show me your sources|list sources|"
    "list the sources|list your sources|what sources|which sources|"
    "anything else i should know|is that all|is that it",
    Turn.SUMMARY: "summary|summarise|summarize|summarise it|summarize it|tldr|tl dr|gist|the gist|overview|recap|"
    "readout|rundown|synopsis|brief me|sum up|sum it up|give me a summary|give me an overview|a summary|an overview|"
    "quick summary|short summary|summary please|what is it about|what s it about|what s the tldr|what s the tl dr|"
    "what is the tldr|what is the tl dr|what s the gist|what is the gist|what s the summary|what is the summary|"
    "in short|in brief|in short what happened|in brief what happened|"
    # The main points by other names, and "what happened?" asked of the documents as a whole.
    "key points|main points|the key points|the main points|key takeaways|takeaways|the takeaways|main takeaways|"
    "highlights|the highlights|key facts|main facts|main idea|the main idea|main ideas|big picture|the big picture|"
    "bottom line|the bottom line|short version|the short version|in a nutshell|what happened|what happened here|"
    "what s the story|what is the story|what s the story here|what s going on|what is going on|what s new|"
    "tell me everything|everything|tell me all about it|"
    "what s the latest|what is the latest|the latest|latest|latest news|the latest news|what s the latest news|"
    "what is the latest news|any news|news|any updates|updates|what s the news|"
    "anything interesting|anything new|what s interesting|"
    "what does it say|what does the article say|what does the document say|what does the report say|"
    # What the documents' people said, all of it: "what did they say?", "what was said?".
    "what did they say|what was said|what did they both say|what did both say|what did the two say|what they said|"
    "what did they say to each other|what did they say to one another|what did they tell each other|"
    "what do the documents say|explain the article|explain it|what do i need to know|what should i know|"
    "bullet points|bullet points please|in bullet points|the bullet points|bullets please",
}
# Whom an answer is for, when it is to be plain: "like I'm a beginner", "for a five-year-old" (the age first, so that
# "five" alone leaves no "year old").
# A child's age, whichever: "like I'm five", "like I'm 10", "for a twelve-year-old".
_AGE = r"(?:[2-9]|1[0-2]|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_NOVICE = rf"(?:{_AGE}(?: |-)?years?(?: |-)?old|beginner|layman|layperson|non(?: |-)?expert|newbie)"
# How an answer is wanted, not what it is about: "in a nutshell, what did they agree?", "what is the article about,
# in short?". Taken off either end of a message only ("were supplies in short supply?" names a thing).
# A yes or a no asked for in so many words: "(y/n)", "yes or no".
_YES_OR_NO = r"(?:y\s*/\s*n|yes\s*/\s*no|yes\s+or\s+no)"
# How many, of sentences or lines: "into a couple of sentences", "down to 3 lines".
_COUNTED = r"(?:a couple of|couple of|a couple|a|one|two|three|four|five|a few|few|\d{1,2})"
_HOW_WANTED = (
    rf"(?:in(?:to)? {_COUNTED} (?:short )?"
    r"(?:sentence|sentences|line|lines|word|words|paragraph|paragraphs|bullets?|bullet points?|points)"
    # Cut to a length: "boil the article down to two lines", "condense it to a paragraph".
    rf"|(?:down )?to {_COUNTED} (?:short )?"
    r"(?:sentences?|lines?|words|paragraphs?|bullets|bullet points)"
    r"|(?:in|as) (?:a )?(?:bullets|bullet points|bulleted list|bullet list|list|short list)"
    r"|in (?:simple|plain|layman(?:'|’| )?s|lay|basic|everyday|short) (?:terms|english|words|language)"
    r"|in a nutshell|in brief|in short|in summary|in sum|briefly|quickly|real quick|in detail|in more detail"
    # How wide: "how did the article characterise the call overall?" asks what "… the call?" asks.
    r"|overall|broadly|generally|in general|on the whole|by and large|all in all"
    r"|verbatim|word for word|word-for-word|in full|in their own words"
    # "Did they mention the hostages (y/n)?": the answer's form, a yes or a no, which a yes/no question gets anyway.
    rf"|\(?{_YES_OR_NO}\)?"
    # For whom, or how plainly: "explain it like I'm five", "simply put, what happened?", "for a beginner".
    # (The longer first: "simply put" is one way of asking, where "simply" alone would leave "put".)
    r"|simply put|put simply|simply|plainly put|put plainly|plainly|step by step"
    rf"|(?:like|as if) (?:i(?:'|’| )?m|i am|i was|i were) (?:a |an )?(?:{_NOVICE}|{_AGE}|child|kid)"
    rf"|for (?:a |an ){_NOVICE}|for (?:beginners|laymen|non(?: |-)?experts|dummies))"
)
# At either edge of a question, or set off by commas inside it ("I need to know, in a nutshell, what they agreed").
_HOW_WANTED_EDGES = pattern(
    rf"^\W*{_HOW_WANTED}\b\W*|[\s,;:—–-]+{_HOW_WANTED}(?=\W*$)|\s*,\s*{_HOW_WANTED}\s*,\s*"
    # After a comma at the end, a word alone says it: "summary of the article please, short" (not "is it short?").
    r"|\s*[,;:—–-]\s*(?:short|brief|quick|(?:keep|make)\s+it\s+(?:short|brief|quick|snappy))(?=\W*$)",
    re.IGNORECASE,
)
# A word each such phrase holds: most messages hold none, and a few substring tests cost less than the pattern.
_HOW_WANTED_HINTS = ("nutshell", "short", "brief", "quick", "summ", "sum ", "sentence", "line", "word", "paragraph",
                     "verbatim", "full", "y/n", "y /", "yes/", "yes /", "yes or no",
                     "terms", "english", "language", "detail", "bullet", "list", "points",
                     "simpl", "plain", "step by", "like i", "as if", "beginner", "layman", "laymen", "layperson",
                     "expert", "newbie", "dummies", "year old", "year-old", "years old",
                     "overall", "broad", "general", "whole", "by and large", "all in all")  # fmt: skip


def _yes_or_no_asked(text: str, shaped: str) -> str:
    """The message with how it is wanted taken off (`shaped`), asked as a question where a yes or a no was wanted in so
    many words: "conflict discussed y/n", "putin thanked egypt - yes or no"."""
    if (
        shaped != text
        and _YES_OR_NO_WANTED.search(text)
        and not _YES_OR_NO_WANTED.search(shaped)
        and "?" not in shaped  # ("did they mention the hostages? y/n thanks!" is marked a question already)
    ):
        return f"{shaped.rstrip(' .!')}?"
    return shaped


_YES_OR_NO_WANTED = pattern(rf"\b{_YES_OR_NO}\b", re.IGNORECASE)
_COURTESY_AT_END = pattern(rf"(?:\s+(?:{'|'.join(COURTESY_WORDS)}|thank you))+$")


def _may_say_how_wanted(text: str) -> bool:
    folded = text.lower()
    return any(hint in folded for hint in _HOW_WANTED_HINTS)


_TURN_OF = {phrase: turn for turn, phrases in _PHRASES.items() for phrase in phrases.split("|")}
_LONGEST = max(len(p.split()) for p in _TURN_OF)
# Words that go with a chat turn without changing it: "ok thanks", "hey bot", "thanks again!".
_SOFT = frozenset(
    "so well again very much all guys folks bot briefbot please and but mate mates buddy pal dude "
    "friend friends team everyone everybody yall man briefly quickly just really you "
    # How wide an answer is wanted: "what does this doc cover, broadly?" asks what "… cover?" asks.
    "broadly generally overall".split()
)
# Where a closing chat turn may start: after a stop ("…? thanks in advance", "…, can you help?"). The
# question keeps its own "?"; a phrase with no stop before it stays ("what was great").
_STOP = pattern(r"[?!.]\s*|\s*[,;:—–-]+\s*")
# Order of precedence when a message holds several turns ("hi, help please" asks for help).
_PRECEDENCE = (Turn.HELP, Turn.SUMMARY, Turn.THANKS, Turn.GOODBYE, Turn.GREETING, Turn.ACKNOWLEDGE)

# The main points by other names: "key points", "takeaways", "the key facts"; counted or not ("the 3 key takeaways",
# "five main points").
_POINTS = (
    r"(?:(?:\d{1,2}|one|two|three|four|five|a few|few|some) )?"
    r"(?:(?:key |main |bullet )?(?:points|takeaways?|highlights)|(?:key |main )point|(?:key |main |basic )facts"
    # What it says as a whole: "the overall message", "the main themes" (one main theme is its topic, as "the main
    # topic" is: "what's the main theme of the discussion?" asks what they discussed).
    r"|(?:key |main |central |overall |general )(?:messages?|themes|ideas?)"
    # The one thing to take from it: "the most important thing in the article", "the main thing to know about the call".
    r"|(?:(?:single )?most important|main|key|biggest|one) (?:thing|point)"
    r"(?: (?:i|we) (?:should|need to) know| to know)?)"
)
# The kind of summary wanted, by its length or readership ("the executive summary", "a one-line recap"): its form,
# not what it is of.
_SUMMARY_KIND = (
    r"(?:quick|short|brief|executive|exec|high[ -]?level|one[ -]?line|two[ -]?line|one[ -]?paragraph|detailed|full|"
    r"overall|general|concise|simple|plain|rough"
    # Counted: "a 3-sentence summary", "a two paragraph recap".
    r"|(?:\d{1,2}|one|two|three|four|five|a few) ?(?:line|sentence|paragraph|bullet|point|word|minute)s?)"
)
# A document made shorter, by what it is called: "the short version", "nutshell version", "the cliff notes version".
_SHORT_VERSION = (
    r"(?:short|shorter|quick|brief|nutshell|condensed|abridged|simple|simplified|tl dr|tldr|cliff notes|cliffs notes"
    r"|executive|elevator|bite sized|skimmable"
    # "The five-second version", "the two-minute version": a length in time.
    r"|(?:one|two|three|five|ten|thirty|sixty|\d{1,2}) (?:second|minute)) version"
)
_SHORT_VERSION_SPACED = _SHORT_VERSION.replace(" ", r"\s+")  # as typed, any blank space between its words
# A summary wanted short: "tl;dr", "a one-line summary", "in two lines", "the gist", "in a nutshell", "quick recap"
# ("brief me on the call" asks to be told about it, of any length).
_BRIEF = pattern(
    r"\btl\W?dr\b|\bone[ -]?liner\b|\b(?:one|two|1|2)[ -]?(?:line|sentence)s?\b"
    r"|\b(?:a|one|two)\s+(?:short\s+)?(?:sentence|line)s?\b|\bin\s+(?:a\s+nutshell|brief|short|a\s+word)\b"
    r"|\b(?:briefly|quick(?:ly)?|short|brief(?!\s+(?:me|us)\b)|gist"
    rf"|condense|boil\s+(?:it\s+)?down|bottom\s+line|{_SHORT_VERSION_SPACED}|elevator\s+pitch)\b",
    re.IGNORECASE,
)


def asks_brief(text: str) -> bool:
    """Whether a request for a summary wants it short (the document's short summary rather than its long one)."""
    return _BRIEF.search(text) is not None


# "summarize the call", "tell me about this article", "what is this document about".
_SUMMARY_OF = pattern(
    r"^(?:can you |could you |can i |could i |may i |please |would you |will you "
    # Asked around the channel: "can someone give me the short version?"
    r"|(?:can|could|would|will) (?:someone|anyone|somebody|anybody) )*"
    # "How would you sum up the call?" asks for it summed up, as "sum up the call" does.
    r"(?:how (?:would|do|could|can|should|might) (?:you|i|we|one) )?"
    # "Would you mind giving me a quick summary?": the request in its politest form.
    r"(?:(?:would|do) you mind (?:giving|sending|writing|drafting|preparing|making|putting together) (?:me |us )?"
    r"|give me |give us |give |get me |get |have |send me |list |outline |share "
    # What the asker would otherwise write themselves: "write a summary of the call", "draft a recap".
    r"|(?:write|draft|create|make|prepare|produce|compile|put together)(?: up)?(?: me| us)? "
    r"|(?:i |we )?(?:want|need|d like|would like|d love|would love) |is there |do you have |have you got |got )?"
    r"(?:a |an |the |any )?"
    # A readout is the summary of a call that an office puts out.
    # (A shorter version first: "the tldr version" is one, not a tldr of "version".)
    rf"(?:{_SUMMARY_KIND} )?(?:{_SHORT_VERSION}|summary|summarise|summarize|summarising|summarizing|recap|overview|gist"
    # The study guides' name for a summary: "the cliff notes on the article".
    r"|cliff notes|cliffs notes|cliff s notes|cliffsnotes"
    r"|tl dr|tldr"
    r"|readout|read out|rundown|synopsis|tell me about|talk me through|fill me in on|fill me in|brief me on|sum up"
    r"|sum it up|bottom line|big picture"
    # Made shorter, which is what a summary is: "condense the article", "boil it down", "distil the call".
    r"|condense|boil down|boil it down|distil|distill|abridge|shorten|cut down|cut it down"
    # "Describe the document", "explain the call"; "explain what the call was about" asks its question.
    r"|(?:describe|explain)(?! (?:what|who|whom|when|where|why|how|which|whether|if)\b)"
    # "Help me understand the article"; "help me understand why …" asks its question.
    r"|help (?:me|us) (?:understand|make sense of|get my head around)"
    r"(?! (?:what|who|whom|when|where|why|how|which|whether|if)\b)"
    r"|catch me up on|catch me up|bring me up to speed on|bring me up to speed"
    # Taken apart, or gone through, for the asker: "break down the article", "walk me through the call".
    r"|break down|break it down|(?:walk|run|take) (?:me|us) through|eli ?5"
    r"|what should i know about|what do i need to know about"
    r"|what can you tell me about|what do you know about|what can you say about"
    # All of it: "give me everything on the call", "tell me all you have on the article".
    r"|everything|all you have|all you know|all there is|whatever you have"
    rf"|{_POINTS})"
    # "Summarize the key points of the article": the points are what a summary gives.
    rf"(?: (?:the |its |their )?{_POINTS})?"
    # Not "for": "a summary for my boss" is whom it is for (_AUDIENCE), "for the call" what it is of all the same.
    r"(?: of| on| about)?(?P<what>.*)$"
)
# "What happened in the call?": all of it, where a document tells of one event (not "what happened on November 14?",
# a day, nor "in Gaza", a place where more happened than a document tells).
_HAPPENED_IN = pattern(
    # And all that was said in it: "what was said on the call?", "what did they say during the conversation?" ("what
    # was discussed in the call?" asks its topic, which a fact gives).
    r"^(?:what (?:happened|went on)|what was said|what did they say) (?:in|during|on) "
    r"(?P<what>(?:the |this |that )?(?:[\w-]+ ){0,3}"
    r"(?:call|phone call|conversation|talks|talk|meeting|discussion|exchange|article|document|report|story))$"
)
_WHAT_ABOUT = pattern(
    r"^(?:what s|what is|whats|what was|what are|what re|what were) (?:the )?"
    rf"(?:gist|point|summary|readout|recap|overview|bottom line|big picture|{_SHORT_VERSION}|essence|crux|tl dr|tldr"
    rf"|{_POINTS}) (?:of|from|in|about)(?P<what>.*)$"
)
# "What's the upshot of that report?", "the lowdown on the news": of a document, its summary; of the call, what came
# of it ("what's the upshot of the Putin-Sisi call?" asks the outcome a fact tells).
_EVENT_WORD = pattern(r"\b(?:call|calls|talks?|conversation|meeting|discussion|exchange|summit)\b")
_UPSHOT_OF = pattern(
    r"^(?:what s|what is|whats|what was) (?:the )?(?:upshot|lowdown|skinny) (?:of|from|in|about|on)"
    r"(?P<what>.*)$"
)
# "What about the call?", "what about this article?": the document asked about as a whole.
_WHAT_ABOUT_IT = pattern(r"^(?:so |and |but |ok |okay )?what about (?P<what>.*)$")
# "Call summary pls", "article tldr": the document named first.
_NAMED_SUMMARY = pattern(
    r"^(?P<what>(?:[\w-]+ ){1,4}?)(?:summary|recap|overview|readout|rundown|synopsis|gist|tldr|tl dr)"
    r"(?: pls| plz| please)?$"
)
# "what are the key points?", "what were the main takeaways": the main points of the only (or every) document.
_MAIN_POINTS = pattern(rf"^(?:what are|what re|what were|what is|what s|whats|what was) (?:the )?(?:{_POINTS})$")
# "List the topics they covered", "name all the issues discussed in the call": every subject, which is what a
# summary gives (not "what topics did they cover?", which the document's main topic answers).
_LIST_ALL = pattern(
    r"^(?:can you |could you |pls |please )*(?:list|enumerate|name|itemi[sz]e|go through|run through)(?: all| me| us)*"
    r"(?: of)? (?:the |their |its )?(?:main |key |different |various |other |major )?"
    r"(?:topics|issues|subjects|themes|things|matters|points)"
    r"(?: (?:that )?(?:they |both |the (?:two )?(?:leaders |presidents |sides ))?"
    r"(?:discussed|covered|raised|addressed|talked about|went over|touched on|spoke about|mentioned))?"
    r"(?: (?:in|during|on) (?:the |this |that )?(?:call|conversation|talks|article|document))?(?: pls| please)?$"
)
# "What are you able to help with?", "how can you help me?": what the bot itself can do (never "what can you tell me
# about X?", which asks about X).
_CAN_YOU = pattern(
    r"^(?:(?:so|and|but|ok|okay|hey|hi|hello|briefbot|bot|there) )*(?:what|how) (?:else )?"
    r"(?:can|could|are|do|will|would) you(?: be)?"
    r"(?: able to)? (?:help|do|assist|answer|tell me|tell us)(?: me| us)?(?: with| for me| for us| about)?"
    r"(?: here| exactly)?$"
)
# "What kind of questions can you answer?", "what sort of things can I ask?": what the bot can be asked.
_WHAT_TO_ASK = pattern(
    r"^(?:so |and |ok |okay |hey |hi )*(?:what|which) (?:(?:kinds?|sorts?|types?) of )?"
    r"(?:questions?|things|topics|stuff|info|information|subjects) (?:can|could|do|does|will|would|should|may|might) "
    r"(?:you|i|we)\b"
    # "Any tips on what to ask?", "got any examples of what I could ask?": asked of the bot, whoever asks.
    r"|^(?:so |and |ok |okay |hey |hi )*(?:any |some |got any |do you have (?:any )?)?"
    r"(?:tips|ideas|suggestions|examples|pointers|hints)(?: on| for| about| as to| of)? what "
    r"(?:to|i (?:can|could|should)|we (?:can|could|should)) ask\b"
)
# "How am I supposed to use this thing?", "how do we talk to the bot?": how the bot is used, whoever asks.
_HOW_TO_USE = pattern(
    r"^(?:(?:so|and|ok|okay|hey|hi|um|erm) )*how (?:do|can|should|would|could|am|are|is|does) "
    r"(?:i|we|one|people|anyone)"
    r"(?: (?:supposed|meant|expected) to)? (?:use|work|talk to|ask|query|interact with|get started with|start with)"
    r"(?: (?:you|it|this|that|the|briefbot|bot|thing|tool|app|properly|correctly|exactly|here|then|again))*$"
)
# ("What was it mostly about?": how much of it is no part of what it names.)
_DOC_ABOUT = pattern(
    r"^(?:what s|what is|whats|what was) (?P<what>.*?) (?:(?:mostly|mainly|chiefly|primarily|largely|all) )?about$"
)
# "What's in the article?", "what does the report cover?": what a document holds.
_DOC_HOLDS = pattern(
    r"^(?:(?:what s|what is|whats) in (?P<what>.*)|what (?:does|do|did) (?P<whose>.*) cover"
    # "What's this piece covering?", "what is the report covering": the same, as it goes on.
    r"|(?:what s|what is|whats|what are|what re) (?P<covering>.*) covering)$"
)
# Words that name a document without naming which: "this article", "the report", "it".
_DOCUMENT_WORDS = frozenset(
    "it this that these article articles document documents doc docs report reports story stories piece text "
    # "Summarise the whole thing", "the lot": all of it, by the everyday words for it.
    "news source sources file files everything all whole entire thing things lot stuff".split()
)

AUXILIARIES = frozenset(
    "did do does is are am was were has have had can could should would will may might must shall isn aren wasn "
    "weren didn doesn don hasn haven".split()
)
# "Was it a meeting or a call?" asks which, and neither "yes" nor "no" answers it ("... or not?" still does).
# ("Something or other", "one way or another", "the ceasefire or other issues": any, no choice offered.)
_CHOICE = pattern(r"\w or (?!not\b|no\b|anything\b|something\b|what\b|other\b|another\b|others\b)\w")
# What a request for one thing calls it: "I just need one thing from you: …", "one quick favour".
_ONE_THING = ("thing", "favour", "favor", "detail", "fact", "bit", "item")
_POLITE = pattern(
    r"^\W*(?:(?:so|and|but|ok|okay|(?:hey|hi|hello)(?: (?:team|all|everyone|folks|guys|y all))?|gm|also|btw|by the way"
    # Words that turn to the question and say nothing of it: "honestly what's the big deal about this call".
    r"|honestly|basically|seriously|frankly|actually|anyway|anyways|well|alright|all right"
    r"|fyi|quick question|quick q|quick one|random question|random q|just curious|curious|question|q|bot|please"
    # A favour asked, named after it: "quick favour: the names of the two presidents, please".
    r"|(?:a |one )?(?:quick |small |little )?favou?r(?: to ask)?"
    # The courtesies of a message to a busy colleague: "sorry to bug you again, but …", "when you get a chance, …"
    # (whose "when" asks for no date); "sorry", a chat turn, may have come off already.
    r"|(?:(?:sorry|apologies) )?(?:to (?:bug|bother|trouble|pester|disturb|interrupt) you(?: again)?"
    r"|for (?:the|a|another|my) (?:dumb|silly|stupid|basic|naive|random|newbie|noob) question)"
    r"|(?:when|whenever|if) you (?:get|have) (?:a )?(?:chance|sec|second|minute|moment)|whenever you can|no rush"
    r"|hope (?:you re|you are) (?:well|good|doing well)|hope all is well"
    # How pressing it is: "not urgent, but …", "low priority:".
    r"|(?:this is |it s )?not urgent|no urgency|low priority"
    # "I just need one thing from you: …": one thing asked, named after it.
    r"|(?:i |we )?(?:just |only |really )?(?:need|want|d like|would like) (?:just )?(?:one|a|one quick|a quick|one last"
    rf"|one more|one small|a small) (?:{'|'.join(_ONE_THING)})(?: (?:from|of) you)?"
    # What the asker needs, named after it: "need: the line on bilateral ties" (not the hostages' "need").
    r"|(?:i |we )?(?:need|want)(?! to\b))"
    r"(?:\s*[,:.)—–-]\s*|\s+))*"
    r"(?P<frame>(?:(?:can|could|would|will) you|(?:are|would|will) you (?:be )?able to) (?:please )?"
    r"(?:tell me|remind me|let me know|confirm|say|explain|summarise|summarize|sum up|describe|outline)"
    r"|do you know|any idea"
    # Asked around the channel: whatever follows is what is asked (see _without_polite).
    r"|(?P<around>(?:does |do )?(?:anyone|anybody|someone|somebody) know"
    r"|(?:can|could) (?:anyone|anybody|someone|somebody) (?:please )?(?:tell me|remind me|confirm|explain))"
    r"|i wonder|i m wondering|i am wondering|i was wondering|i ve been wondering|i m curious|i am curious|i was curious"
    # What the asker finds unclear is what they ask: "it's not clear to me what they agreed on".
    r"|it s not (?:clear|obvious)(?: to me)?|it isn t (?:clear|obvious)(?: to me)?|it s unclear(?: to me)?"
    r"|i m not clear(?: on| about)?|i m unclear(?: on| about)?"
    r"|tell me|remind me|(?:i m |i am |i )?(?:gonna|going to|want to|wanted to|d like to|would like to)"
    r" ask(?: you)?|(?:let me|can i|could i|may i) ask(?: you)?"
    # "I need to know what concerned them most": its "need" is the asker's, not the hostages' need.
    r"|(?:i |we )?(?:need|needed|want|wanted|d like|would like|d love|would love) to (?:know|find out|understand)"
    # "Explain why the author mentions …": a request, before the question it asks; "pull up what was said about …"
    # fetches what the question asks (read off only where a question follows, as every frame here is).
    r"|explain|summarise|summarize|sum up|describe|outline"
    r"|(?:please )?(?:(?:pull|dig|look|bring) up|fetch|find|get (?:me|us)|give (?:me|us))"
    # What the asker couldn't work out is what they ask, after what they were doing: "I was skimming the piece and
    # couldn't quite work out who was on the call".
    r"|(?:i (?:was|m|am|ve been|have been) [a-z ]{1,60}? and )?(?:i )?"
    r"(?:couldn t|could not|can t|cannot|don t|do not|didn t|did not)(?: quite| really| exactly)?"
    r" (?:work out|figure out|make out|tell|understand|remember|recall|find))?\s*"
)


# Asking for a figure: "how many", and the nouns that name a count ("the death toll", "the total").
_QUANTITY = tuple(
    f" {p} "
    for p in (
        "how many", "how much", "what number", "number of", "numbers", "what percentage", "percentage of",
        "how long", "how often", "how far", "how old", "what amount", "amount of", "toll", "total", "count of",
        "headcount", "figure", "figures", "statistics", "stats", "tally", "how big", "how large",
        # A number asked to be had or given: "do we have a number?", "does it give the exact number?".
        "a number", "the number", "any number", "exact number", "a count",
        # A population asked for is a head count; one spoken of ("the civilian population of Gaza") is people.
        "what is the population", "what s the population", "what was the population",
    )
)  # fmt: skip
# A question about what will happen ("will there be a ceasefire?", "will the ceasefire hold?", "will the hostages be
# freed?", "is the ceasefire going to hold?", "do you think the truce will last?"), not what someone means to do
# ("will they push for one?"): a stated intention answers the second only.
_COME_TO_PASS = r"(?:hold|last|succeed|work|fail|end|stop|happen|begin|start|collapse|arrive|be)\b"
_OUTCOME = pattern(
    r"\b(?:will|won t|going to|gonna|shall) (?:there|it|this|that) be\b|\bis there going to be\b"
    rf"|\b(?:will|won t) (?:the|a|an|this|that|their) (?:\w+ ){{1,3}}?{_COME_TO_PASS}"
    rf"|\b(?:is|are) (?:the|a|an|this|that|their) (?:\w+ ){{1,3}}?going to {_COME_TO_PASS}"
    rf"|\b(?:the|a|an|this|that|their) (?:\w+ ){{1,3}}?(?:will|won t|is going to|are going to|gonna) {_COME_TO_PASS}"
)


def asks_outcome(text: str) -> bool:
    """Whether a question asks if something will happen, rather than what someone intends."""
    return bool(_OUTCOME.search(_plain(text)))


@dataclass(frozen=True)
class Reading:
    """A message read as chat: which turn, and for a summary, which document (None: all of them)."""

    turn: Turn
    document: Document | None = None


def _plain(text: str) -> str:
    """Folded words joined by single spaces: the form chat phrases are compared in."""
    return " ".join(spelt_out(words(for_matching(text).replace("’", "'").replace("'", " "))))


_PLUS_ONE = pattern(r"^\s*(?:\+\s*1+|\^+)\s*[!.]*\s*$")
# A signature at a message's end: "- Sam", "— J.", "~Ana" (a name the documents don't know: see read_chat).
_SIGNATURE = pattern(r"\s+[-–—~]+\s*(?P<name>[A-Z][\w'-]{0,20})\.?\s*$")


def read_chat(text: str, index: Index) -> Reading | None:
    """The chat turn a whole message is, or None if it asks something."""
    knowledge = index.knowledge
    signed = _SIGNATURE.search(text) if "-" in text or "~" in text or "—" in text or "–" in text else None
    if signed is not None and signed["name"].lower() not in index.normalizer.known_words:
        text = text[: signed.start()]  # "thanks bot! - Sam": who wrote it, no part of what it says
    if _PLUS_ONE.match(text):
        return Reading(Turn.ACKNOWLEDGE)  # "+1", "^", "^^": agreeing with a message above, asking nothing
    plain = _plain(text)
    if not plain:
        return _emoji_turn(text)
    if (" before " in plain or " by " in plain or " ahead of " in plain) and plain.split()[0] not in QUESTION_WORDS:
        # "… a short recap of the article before standup": when the asker wants it, no part of what (a request's, not
        # "what did they say before the call?").
        plain = _WANTED_BY.sub("", plain)
    if " up" in plain or " down" in plain:
        # "Sum the whole thing up", "boil it down": the particle after its object, read where the requests have it.
        plain = _PARTICLE_AFTER.sub(r"\1 \3 \2", plain, count=1)
    tokens = plain.split()
    turns = _only_turns(tokens)
    if not turns and len(tokens) > 2 and not _INSIDE.isdisjoint(tokens[1:-1]):
        # "What did they actually say?", "what did they really talk about?": the phrase, said with emphasis.
        turns = _only_turns([tokens[0], *(t for t in tokens[1:-1] if t not in _INSIDE), tokens[-1]])
    if not turns and len(tokens) <= _RESPELT_TURN:
        # "hellooo", "heyyy", "helo", "hallo": chat drawn out or slipped, as a chat word (never a question's words).
        turns = _only_turns([_chat_word(t, index.normalizer.known_words) for t in tokens])
    if turns:
        # "thanks, but that's not what I asked": what follows "but" is what the message says.
        after = tokens[len(tokens) - tokens[::-1].index("but") :] if "but" in tokens else []
        return _reading_of(_only_turns(after) or turns, knowledge)
    asked_for = _ASKED_FOR.match(plain)
    if asked_for:
        # "give me the short version", "could I get the highlights", "what's the bottom line": a request for a
        # chat phrase asks what the phrase alone does (only for help and summaries: "what's up" stays a greeting).
        wanted = _only_turns(asked_for.group("rest").split())
        if wanted and wanted <= {Turn.SUMMARY, Turn.HELP}:
            return _reading_of(wanted, knowledge)
    # "what's this article about, in a nutshell?" asks what "what's this article about?" asks.
    if _may_say_how_wanted(plain):
        # A "please" after it ends the request all the same: "the article in a nutshell pls".
        shaped = _HOW_WANTED_EDGES.sub(" ", _COURTESY_AT_END.sub("", plain)).strip()
        named = _JUST_THE.match(shaped) if shaped != plain else None
        if named and (found := _document_named(named["what"], index, headline=True)) is not False:
            # "What's the article in three bullet points?", "the report, in two sentences": a document asked for in a
            # shape, which is what a summary is.
            return Reading(Turn.SUMMARY, found)
        plain = shaped or plain
    asks_bot = _CAN_YOU.match(plain) or _WHAT_TO_ASK.match(plain) or _HOW_TO_USE.match(plain)
    # Only what follows the frame can name a subject: the frame's own words ("kinds", "questions") may be the
    # documents' words too.
    if asks_bot and _names_nothing(plain[asks_bot.end() :].split(), index):
        return Reading(Turn.HELP)  # not "what kind of information do you have about the hostages?"
    closing = _closing_words(plain.split(), text)
    if closing is not None:
        return Reading(closing)
    if _MAIN_POINTS.match(plain) or _LIST_ALL.match(plain):
        return Reading(Turn.SUMMARY, _only_document(knowledge))
    for form in (_SUMMARY_OF, _WHAT_ABOUT, _HAPPENED_IN, _NAMED_SUMMARY, _WHAT_ABOUT_IT, _UPSHOT_OF):
        match = form.match(plain)
        if match:
            # "Ferry summary" names a subject the document covers, of which the facts tell: only its title names it. So
            # does "what about Gaza?", which asks what was said of Gaza ("what about the call?" asks of it all).
            covers = form not in (_NAMED_SUMMARY, _WHAT_ABOUT_IT, _UPSHOT_OF)
            if form is _UPSHOT_OF and _EVENT_WORD.search(_MANNER.sub("", match["what"])):
                continue
            found = _document_named(match.group("what"), index, headline=True, covers=covers)
            if found is not False:
                return Reading(Turn.SUMMARY, found)
    match = _DOC_ABOUT.match(plain) or _DOC_HOLDS.match(plain)
    if match:
        document_words = match.group("what") or match.group("whose") or match.group("covering")
        found = _document_named(document_words, index, headline=False)
        if found is False and not _DOCUMENT_WORDS.isdisjoint(document_words.split()):
            # "What's the Putin-Sisi article about?": a document named by its headline's words and what it is.
            found = _document_named(document_words, index, headline=True, covers=False)
        if found is not False:
            return Reading(Turn.SUMMARY, found)
    if (request := _after_context(text, index)) is not None:
        reading = read_chat(request, index)
        if reading is not None and reading.turn is Turn.SUMMARY:
            # "I was away - can you give me a rundown of the article?": the asker says why they ask, naming nothing
            # the documents hold; read whole, its "you" had made it a question about the bot.
            return reading
    if "?" not in text and (_VERDICT_ON_BOT.match(plain) or _DOUBTED.match(plain)):
        # "lol this bot is pretty humanitarian", "I don't think that's right": said of the bot or its answer, asking
        # nothing (an answer's "Not helpful" button is where a verdict on one is kept).
        return Reading(Turn.ACKNOWLEDGE)
    if _about_the_bot(plain, index) or _TALKING_TO.match(plain):
        return Reading(Turn.HELP)
    return None


# Doubt of an answer, not a question: "I don't think that's right", "that doesn't sound right", "I doubt it".
_DOUBTED = pattern(
    r"^(?:(?:hmm+|hm+|um+|uh+|well|honestly|sorry|but)\s+)*(?:i\s+)?(?:"
    r"(?:don\s?t|do not|dont)\s+think\s+(?:so|(?:that|this|it)\s+(?:s|is)\s+(?:right|correct|true|accurate))"
    r"|(?:m|am)\s+not\s+(?:sure|convinced)\s+"
    r"(?:about\s+(?:that|this)|(?:that|this|it)\s+(?:s|is)\s+(?:right|correct|true))"
    r"|doubt\s+(?:it|that|this))\W*$"
    r"|^(?:that|this|it)\s+(?:doesn\s?t|does not|doesnt)\s+(?:sound|seem|look)\s+(?:right|correct|true|accurate)\W*$"
)
# A statement about the bot itself ("this bot is pretty good", "you're fast", "lol u r funny"), not a question.
_VERDICT_ON_BOT = pattern(
    r"^(?:(?:lol|haha|wow|omg|ok|okay|honestly|man|dude|ngl)\s+)*(?:(?:this|the|our|your|ur)\s+(?:bot|briefbot)|briefbot"
    r"|you|u)\s+(?:is|s|are|re|r|was|were|seems?|looks?|sounds?|feels?)\s+\w"
)


def _after_context(text: str, index: Index) -> str | None:
    """A message's last part, where the parts before it name nothing the documents hold and it points back to none
    of them ("I saw the piece on the call. What was it about?" asks about the call); else None."""
    parts, _ = message_parts(text)
    if len(parts) < 2 or POINTING.search(parts[-1]):
        return None
    before = _plain(" ".join(parts[:-1])).split()
    return parts[-1] if _names_nothing(before, index) or _names_a_headline(before, index) else None


def _names_a_headline(tokens: list[str], index: Index) -> bool:
    """Whether words before a request name a document by its headline and nothing else ("So the headline says
    'this is what Putin and al-Sissi said to each other' — what did they actually say?")."""
    for document in index.knowledge.documents.values():
        own = set(_plain(document.title).split()) | _DOCUMENT_WORDS | _HEADLINE_WORDS
        if own.issuperset(tokens) and not _HEADLINE_NOUNS.isdisjoint(tokens):
            return True
    return False


_HEADLINE_NOUNS = frozenset(("headline", "title", "heading"))
_HEADLINE_WORDS = _HEADLINE_NOUNS | frozenset("says said reads read is was so the a".split())


# Words of emphasis inside a chat phrase, which leave it what it is.
_INSIDE = frozenset(("actually", "really", "exactly", "even", "ever", "honestly", "basically"))
# A chat turn typed with a slip is short: longer messages are read as typed (most questions never get here).
_RESPELT_TURN = 3
_DRAWN_OUT = pattern(r"(\w)\1{2,}")
_DOUBLED = pattern(r"(\w)\1+")  # "hii", "byee": a letter doubled that a chat word has once


def _chat_word(word: str, known: Container[str]) -> str:
    """The chat word a word is drawn out from ("hellooo", "thanksss") or one slip away from ("helo", "hallo"), where
    it is no word of the documents nor a word English uses ("truce" stays "truce", not "true"); else the word."""
    if word in _CHAT_WORDS:
        return word
    drawn_out = (_DRAWN_OUT.sub(r"\1\1", word), _DRAWN_OUT.sub(r"\1", word), _DOUBLED.sub(r"\1", word))
    for shortened in drawn_out:
        if shortened in _CHAT_WORDS:
            return shortened
    if len(word) < _SLIPPED or word in known or is_wrapping_word(word):
        return word
    from rapidfuzz.distance import OSA  # noqa: PLC0415 - only a short message of an unknown word gets here

    near = [w for w in _SLIPPABLE if OSA.distance(word, w, score_cutoff=1) <= 1]
    if len(near) > 1 and all(w in _TURN_OF for w in near):
        # "helo" is one slip from "hello" and from "help": either is a chat turn, and the message is read as the turn
        # that goes first when a message holds both ("hi, help please" asks for help). A typo of a fact-base word
        # ("help" is an alias of aid) had read it as a question.
        return min(near, key=lambda w: _PRECEDENCE.index(_TURN_OF[w]))
    return near[0] if len(near) == 1 else word


_SLIPPED = 4  # shorter words are one slip from too many others ("hi" from "hit", "ok" from "oh")


def _reading_of(turns: set[Turn], knowledge: KnowledgeBase) -> Reading:
    """The reading of a message made of these turns: the first by precedence (a summary of the only document)."""
    turn = next(t for t in _PRECEDENCE if t in turns)
    return Reading(turn, _only_document(knowledge) if turn is Turn.SUMMARY else None)


# Asking for something by a verb of giving or a "what is": what follows names what is wanted.
_WANTED_BY = pattern(
    r"\s+(?:before|ahead of|in time for|by)\s+(?:the |our |my |tomorrow s |today s |this )?"
    r"(?:standup|stand up|stand-up|meeting|sync|huddle|briefing|call|lunch|eod|end of day|tonight|tomorrow|noon"
    r"|morning|afternoon|\d{1,2}(?: ?[ap]m)?)$"
)
_ASKED_FOR = pattern(
    r"^(?:(?:can|could|would|will) (?:you|someone|anyone|somebody|anybody) (?:please )?(?:just )?"
    r"(?:give|get|send|show|tell) (?:me|us)"
    r"|(?:please )?(?:just )?(?:give|get|send|show|tell) (?:me|us)"
    r"|(?:can|could|may) (?:i|we) (?:please )?(?:just )?(?:get|have|see)"
    r"|(?:i |we )?(?:d like|would like|d love|would love|want|need)|let (?:me|us) (?:have|see)|let s (?:have|see)"
    r"|what s|whats|what is|what are|what re|what was|what were)"
    r"(?: (?:a|an|the|some|your|its))? (?P<rest>.+)$"
)


# A message of emoji alone is a turn by what they show: a wave greets, folded hands or a heart thank, and a
# thumbs up or anything else acknowledges.
_EMOJI_TURNS = (("wav", Turn.GREETING), ("pray", Turn.THANKS), ("folded hands", Turn.THANKS),
                ("thank", Turn.THANKS), ("heart", Turn.THANKS))  # fmt: skip


def _emoji_turn(text: str) -> Reading | None:
    names = emoji_names(text)
    if names is None:
        return None
    found = [turn for name in names for part, turn in _EMOJI_TURNS if part in name]
    return Reading(next((t for t in _PRECEDENCE if t in found), Turn.ACKNOWLEDGE))


# Words that make a message thanks or a goodbye whatever everyday words go with them ("thanks for the quick
# reply", "bye for now folks"), where no chat phrase lists the whole of it.
_CLOSING = {
    **dict.fromkeys(("thanks", "thank", "thankyou", "thx", "cheers", "appreciate", "appreciated"), Turn.THANKS),
    # Chat's short forms: "… ty", "… tysm" close a question as "… thanks" does.
    **dict.fromkeys(("ty", "tysm", "tyvm", "thnx", "thanx", "tnx"), Turn.THANKS),
    **dict.fromkeys(("bye", "goodbye", "farewell"), Turn.GOODBYE),
}


def _closing_words(tokens: list[str], text: str) -> Turn | None:
    """Thanks or a goodbye made of one such word and everyday words only, asking nothing ("thanks for your time":
    its "time" must not draw the fact about "times of crisis"); None otherwise. Only the words of closing chat
    (thanks, goodbyes, greetings, acknowledgements): "source pls, thanks" asks for the source, whatever "what is your
    source?" asks as a chat phrase."""
    if "?" in text or (not QUESTION_WORDS.isdisjoint(tokens) and not _REACTION.search(" ".join(tokens))):
        return None
    anchors = [_CLOSING[t] for t in tokens if t in _CLOSING]
    rest = [t for t in tokens if t not in _CLOSING]
    if not anchors:
        # "Great, that's all I needed", "that's it for today, cheers all": a closing phrase leads, and what follows
        # says only why (the same everyday words a closing word may carry).
        chat = next((n for n, token in enumerate(tokens) if token not in _CHAT_WORDS), len(tokens))
        # (A closing phrase is a few words: tried on the first _LEADING_CHAT at most, each try a pass of its own.)
        for end in range(min(chat, len(tokens) - 1, _LEADING_CHAT), 0, -1):
            turns = _only_turns(tokens[:end])
            closing = turns & {Turn.THANKS, Turn.GOODBYE}
            if closing:
                anchors, rest = [next(t for t in _PRECEDENCE if t in closing)], tokens[end:]
                break
            if turns == {Turn.ACKNOWLEDGE} and _SAID_OF_IT.match(" ".join(tokens[end:])):
                return Turn.ACKNOWLEDGE  # "ok, I'll read the full article later", "wow, that's a lot of aid news"
    if anchors and all(t in STOPWORDS or t in EVERYDAY_WORDS or t in _SOFT or t in _CLOSING_CHAT_WORDS for t in rest):
        return anchors[0]
    said = " ".join(rest)
    if anchors and (
        _PRAISE.match(said) or _SAID_OF_IT.match(said) or (anchors[0] is Turn.THANKS and _ANSWER_NAMED.match(said))
    ):
        # "Thanks, very thorough", "appreciate it, super concise": how the answer was, whatever the word ("thorough"
        # is the documents' "comprehensive" to the matcher). "Thanks, that clears up the ceasefire bit", "cool, I'll
        # share this with the team", "wow, that's a lot of humanitarian stuff": a statement of what the answer did or
        # what the asker will do, which asks nothing, whatever of the documents' words it holds.
        return anchors[0]
    return None


_LEADING_CHAT = 16


# What the answer is or did ("that's a lot", "that clears up …", "this helped"), what the asker will do ("I'll share
# this"), or did not know: not "that ceasefire", a thing named.
_SAID_OF_IT = pattern(
    r"^(?:(?:that|this|it) (?:s|is|was) [a-z]+|(?:that|this|it) [a-z]+(?:s|ed)\b|(?:i|we) (?:ll|will) [a-z]+"
    r"|(?:i |we )?(?:didn t|did not|never|hadn t) (?:know|knew|realise|realize|realised|realized)\b"
    r"|(?:i |we )?had no idea\b|the (?:quote|answer|summary|source|sources|reply|passage) (?:s|is|was) [a-z]+)"
)
# The answer itself, thanked for: "appreciate the quick reply on the call date", "thanks, the summary helped".
_ANSWER_NAMED = pattern(
    r"^(?:the|your|this|that) (?:[a-z]+ )?(?:reply|replies|answer|answers|help|summary|explanation|response|info"
    r"|information|quote|quotes|sources?)\b"
)


_PRAISE = pattern(
    r"^(?:(?:that|this|it|s|is|was)\s+){0,3}(?:very|so|super|really|quite|extremely|incredibly|pretty|truly|most)"
    r"\s+[a-z]+$"
)


# "Thanks, that's exactly what I needed": its "what" asks nothing (nor does its "needed" name the hostages' need).
_REACTION = pattern(
    r"\b(?:that|this|it|the (?:quote|answer|summary|source|reply)) (?:s|is|was) (?:exactly |just |precisely )?"
    r"(?:what|who|how)\b"
)


# "Show me the passage about ...", "can you show us what they said": a request, not the "show" of "what does the
# gesture show?" (an alias of "underline" in the documents' own words).
_SHOW_ME = pattern(r"^(\W*(?:(?:can|could|would|will) you\s+)?(?:please\s+)?)show\s+(me|us)\b", re.IGNORECASE)


# Asking to confirm a statement: "true or false: …", "confirm: …", "can you confirm the call was by phone?" ("is it
# true that …", "am I right that …" ask it already, by their auxiliary; "confirm whether …" is read as "whether").
_CONFIRM = pattern(
    # A check announced: "quick sanity check: was it a phone call?" (no thing the "it" after it stands for).
    # ("Quick sanity check before I send this out: …": the asker's reason for it, a clause of their own.)
    r"^\W*(?:true or false|t or f|fact[ -]?check"
    r"|(?:(?:(?:a\s+)?quick\s+|just\s+a\s+)?(?:sanity|reality|double)[ -]?|(?:a\s+)?quick\s+)check"
    rf"(?:\s+(?:{'|'.join(SUBORDINATORS)})\s+(?:i|we)\b[^:?,.!—–-]*(?=\s*[:,;.!—–-]\s))?"
    r"|(?:just\s+)?to\s+(?:confirm|verify|(?:double[ -]?)?check)"
    r"|just\s+(?:checking|confirming|double[ -]?checking)|did\s+i\s+get\s+(?:this|that|it)\s+right"
    # A statement said as heard or believed, to be confirmed: "pretty sure Sisi called Putin?", "someone told me …".
    # (Not before a question of its own: "pretty sure I read it somewhere but when was the call?".)
    r"|(?:(?:i['’]?m\s+)?pretty\s+sure|someone\s+told\s+me|my\s+understanding\s+is)(?:\s+that)?"
    r"(?![^?]*\b(?:what|when|who|whom|where|why|how|which)\b)"
    # "Whether hostages were discussed": the question as an office memo puts it, asking whether it is so.
    r"|whether(?!\s+or\s+not\b)"
    r"|(?P<request>(?:(?:can|could|would|will)\s+(?:you|u|someone|anyone|somebody|anybody)\s+)?(?:please\s+|pls\s+)?)"
    r"(?:confirm|verify)(?P<clause> that| whether)?)\s*[:,;.!—–-]?\s+(?=\w)",
    re.IGNORECASE,
)


_PREPOSED = opens_with(PREPOSED_QUESTION)


# What the asker believes, put to be confirmed: "I think the call was mostly about Gaza - right?" (its tag gone, a
# question mark is left), "seems like they agreed on a ceasefire?". Without the question mark it is a statement.
_BELIEF = pattern(
    r"^\W*(?:(?:so|ok|okay|well)\W+)?(?:i\s+(?:think|believe|thought|assume|suppose|gather|understand|heard|read|was\s+told)"
    # "I was under the impression they met in person.", "I got the impression that …".
    r"|i(?:\s+was|\s+am|['’]?m|\s+had|\s+got|\s+have)?\s+(?:under\s+)?the\s+impression"
    r"|(?:it\s+)?(?:seems|sounds|looks)(?:\s+like)?|my\s+(?:understanding|guess|impression|reading)\s+is"
    # "If I understand correctly, …?", "correct me if I'm wrong, but …?"
    r"|if\s+i\s+(?:understand|read\s+(?:it|this|that))\s+(?:correctly|right)|if\s+i['’]?m\s+not\s+mistaken"
    r"|correct\s+me\s+if\s+i['’]?m\s+wrong(?:,?\s+but)?|as\s+i\s+understand\s+it|the\s+gist\s+is"
    # What the asker noted, or heard somewhere: "I jotted down that …", "my notes say …", "heard on the radio that …".
    r"|i\s+(?:jotted|wrote|noted|put)(?:\s+down)?|my\s+notes\s+(?:say|said)"
    r"|(?:heard|read)(?:\s+(?:on|in|from|at)(?:\s+[\w'’.-]+){1,3}?)?(?=\s+that\b)"
    r"|apparently)(?:\s+that)?[\s,:]+(?=\w)",
    re.IGNORECASE,
)
# What someone else says, put to be checked: "my colleague says … . True?", "a post on LinkedIn claims … - correct?",
# "fact-checking a tweet that says …". Its source is no word of the claim, and only a common noun ("did the Kremlin
# report …" asks what the Kremlin did). Said in the present, as hearsay is; in the past only with a tag or "that"
# ("the presidency reported the agreement?" asks whether the presidency did).
_HEARSAY = pattern(
    # ("I'm double-checking a tweet that says …")
    r"^\W*(?:(?:(?:i['’]?m|i\s+am|we['’]?re|we\s+are)\s+)?"
    r"(?:fact[ -]?checking|checking|verifying|double[ -]?checking)\s+)?"
    r"(?:(?:a|an|the|my|our|one|some|this)(?:\s+(?-i:[a-z])[\w'’-]*){1,3}?|someone|somebody|people|everyone|everybody)"
    r"(?:\s+(?:on|in|from|at)(?:\s+[\w'’.-]+){1,2}?)?(?:\s+(?:that|who))?\s+"
    r"(?:says|claims|reports|thinks|believes|reckons|insists|argues|writes|suggests|states|tells\s+me"
    r"|(?:is|are|keeps?)\s+saying|(?P<past>said|claimed|reported|thought|believed|wrote|stated|told\s+me|(?:was|were)\s+saying))"
    r"(?P<that>\s+that)?[\s,:]+(?=\w)",
    re.IGNORECASE,
)

# The asker's own doing, then what they need: "we're building a timeline and need …", "I'm writing a memo and want …".
_OWN_THEN_NEED = pattern(
    r"^\W*(?:i|we)(?:['’](?:m|re|ve)|\s+(?:am|are|have))?\s+[^.?!;:]*?\s+and\s+(?:i\s+|we\s+)?"
    r"(?=(?:need|want|would\s+like|['’]d\s+like)\b)",
    re.IGNORECASE,
)
# A condition any answer meets, closing a message: "…, if the article gives it", "… if it says".
_IF_GIVEN = pattern(
    r",?\s+if\s+(?:the\s+(?:article|text|report|piece|document|story)|it|they)\s+(?:gives|says|mentions|has|includes"
    r"|states|specifies|does|do)(?:\s+(?:it|that|one|so|them))?(?=\W*$)",
    re.IGNORECASE,
)


def _without_confirm_tag(text: str) -> str:
    """ "… the names of both leaders who spoke - can someone confirm?" without its closing request to confirm what it
    says ("confirm" is "reaffirm" to the aliases), which the reply does; not where nothing else is asked."""
    lowered = text.lower()
    if any(hint in lowered for hint in _CONFIRM_HINTS):
        return _CONFIRM_TAG.sub("?", text).strip() if _CONFIRM_TAG.search(text, 1) else text
    return text


# A document, by the nouns people call one by.
DOCUMENT_NOUNS = r"(?:article|document|doc|report|piece|story|text)"
# A word each closing request holds: most messages hold none, and a few substring tests cost less than the pattern.
_CONFIRM_HINTS = ("confirm", "verify", "check", "spell", "clarify", "does it ", "does the ", "did it ", "did the ")
# A request to confirm what comes before, closing a message: "… - can someone (or the bot) confirm?", ", pls confirm".
_CONFIRM_TAG = pattern(
    r"\s*(?:[.!?]+|\s[-–—]|,)\s*(?:(?:can|could|would|will)\s+(?:someone|somebody|anyone|anybody|you|u)"
    r"(?:\s*\([^)]*\))?\s+(?:please\s+|pls\s+)?(?:confirm|verify|check|double[- ]?check|spell\s+it\s+out|clarify)"
    rf"(?:\s+(?:this|that|it|for\s+me|please|pls|(?:from|in|with)\s+the\s+{DOCUMENT_NOUNS}))*"
    r"|(?:pls|please)\s+(?:confirm|verify)|confirm\s+(?:pls|please)"
    # The question asked of the document again: "why was it called delicate? does the article explain?"
    rf"|(?:does|did)\s+(?:it|the\s+{DOCUMENT_NOUNS})\s+(?:explain|say|tell|mention|give)(?:\s+(?:it|that|this|why|so|us))?)"
    r"\s*[?!.]*\s*$",
    re.IGNORECASE,
)
# A sentence that only asks whether the one before it is so: "… . True?", "… - is that right?".
_TAG_SENTENCE = pattern(
    r"\s*(?:[.!]+|\s[-–—])\s*(?:(?:(?:is|was)\s+)?(?:(?:that|this|it)\s+)?(?:true|right|correct|accurate|so|the\s+case)"
    # The document asked to bear it out: "… . Is that what the article says?", "does the piece say so?".
    rf"|(?:is|was)\s+(?:that|this|it)\s+what\s+(?:the|this)\s+{DOCUMENT_NOUNS}\s+(?:says|said|states|reports)"
    rf"|(?:does|did)\s+(?:the|this)\s+{DOCUMENT_NOUNS}\s+(?:(?:say|confirm|back\s+up|support)\s+(?:that|this|it|so)"
    r"|back\s+(?:that|this|it)\s+up)"
    # "… - does that match the article?", "does that square with what the piece says?"
    rf"|(?:does|did)\s+(?:that|this|it)\s+(?:match|agree\s+with|square\s+with|fit|line\s+up\s+with)\s+"
    rf"(?:(?:the|this)\s+{DOCUMENT_NOUNS}|what\s+(?:the|this)\s+{DOCUMENT_NOUNS}\s+says))"
    r"\s*\?+\s*$",
    re.IGNORECASE,
)
# A belief followed by more than its one statement: a second sentence, or a question word ("… - why?").
_ASKS_BEYOND = pattern(rf"\w[.!?;]+\s|\b(?:{'|'.join(sorted(QUESTION_WORDS))})\b", re.IGNORECASE)


# "Catch me up on the evacuation", "fill us in on the ceasefire": asking to be told about something.
_BRIEF_ME = pattern(
    r"^(\W*(?:(?:can|could|would|will) you\s+)?(?:please\s+)?)(?:catch\s+(me|us)\s+up|fill\s+(me|us)\s+in|"
    r"bring\s+(me|us)\s+up\s+to\s+speed|brief\s+(me|us)|talk\s+(me|us)\s+through)(?:\s+(?:on|about|with)\b)?",
    re.IGNORECASE,
)


# "Sum the whole thing up", "boil it down": a request's particle after its object.
_PARTICLE_AFTER = pattern(
    r"\b(sum|boil|break|wrap|cut)\s+((?:it|this|that|everything|it all|the (?:whole )?(?:thing|lot)"
    rf"|(?:the|this|that|your) (?:[\w-]+ ){{0,2}}?(?:{DOCUMENT_NOUNS}|call|news)))\s+(up|down)\b"
)
# The document, or whoever wrote it, as the one who says, describes or calls a thing so. A newspaper that says or
# describes a thing is its article ("how does the paper describe the call?"); asked which, it is the publisher.
_WRITERS = rf"(?:{DOCUMENT_NOUNS}|paper|newspaper|author|writer|journalist)"
_THE_WRITER = rf"(?:the|this|that|your)\s+{_WRITERS}"
# "What does the article say about Palestine?", "does the report mention Iran?": what the documents' people said,
# asked of the document; its word "article" would draw the publisher's fact.
_DOCUMENT_SAYS = pattern(
    # "Which populations does the article say …?": the question word may take its noun.
    r"^(\W*(?:(?:what|how|when|who|why|where|which)\s+(?:(?!(?:does|do|did)\b)[\w-]+\s+){0,3})?)(?:does|do|did)\s+"
    rf"(?:the|this|that|your)\s+(?:{_WRITERS}|source)\s+(?:itself\s+|themselves\s+|actually\s+|really\s+)?"
    r"(?=(?:say|mention|state|tell|report|give|provide|cite|include|specify)\b)"
    # Asked indirectly, after a request: "(explain) why the author mentions …".
    r"|^(\W*(?:what|how|when|who|why|where|which)\s+)(?:the|this|that|your)\s+"
    rf"(?:{_WRITERS}|source)\s+"
    r"(?=(?:says|mentions|states|tells|reports)\b)",
    re.IGNORECASE,
)

# A document named alone, or as what is asked for: "the article", "what's the report", "give me the story".
_JUST_THE = pattern(
    r"^(?:(?:what s|what is|whats|what was|give me|give us|send me|show me|tell me|explain|describe|i want|i need) )?"
    # "The whole article in 3 bullets": all of it, which is what a summary in that shape gives.
    rf"(?P<what>(?:the|this|that|your) (?:(?:whole|entire|full) )?(?:{DOCUMENT_NOUNS}|call|conversation)s?"
    # "The whole thing in a nutshell", "the lot in two lines": all of it, by the everyday words for it.
    r"|the (?:whole |entire )?(?:thing|lot|shebang)|all of it|the whole)$"
)


# "Where (in the article) does it mention Gaza's residents?": whether it does, and the quote shows where. The
# article's words have come off by then ("in the article" is where a question is asked); "it" is the document.
_WHERE_IN_DOCUMENT = pattern(
    rf"^\W*where\s+(?:in\s+(?:the|this)\s+{DOCUMENT_NOUNS}\s+)?(?:does|do|did)\s+it\s+"
    r"(?=(?:say|mention|talk|discuss|state|report|speak)\b)",
    re.IGNORECASE,
)
# "Show me where the article mentions Gaza's residents", "where in the text is the date of the call?": where in the
# document, which the quote shows; asked as what it says of the rest.
_SHOW_WHERE = pattern(
    r"^\W*(?:(?:(?:can|could|would)\s+you\s+)?(?:please\s+)?(?:show|tell|point)\s+(?:me|us)(?:\s+to)?\s+)?where\s+"
    rf"(?:(?:in\s+)?(?:the|this)\s+{DOCUMENT_NOUNS}\s+(?:is|are|was|were)\s+"
    rf"|(?:the|this|it)\s*{DOCUMENT_NOUNS}?\s+"
    r"(?:says|said|mentions|mentioned|talks\s+about|discusses|refers\s+to|covers|speaks\s+of)\s+)",
    re.IGNORECASE,
)


# "The topic of X" raised, mentioned or discussed: X, which is what was raised ("was the issue of aid discussed?").
_TOPIC_OF = pattern(
    r"\bthe\s+(?:topic|subject|issue|question|matter|theme)s?\s+of\s+(?=(?:[\w'’-]+\s+){1,4}?"
    r"(?:come|comes|came|coming|raised?|raising|mention\w*|discuss\w*|address\w*|brought|bring|touched|covered)\b)",
    re.IGNORECASE,
)
# "The reaction in Israel", "the response from Washington": whose reaction it is.
_REACTION_OF = pattern(
    r"\bthe\s+(?P<noun>reactions?|responses?)\s+(?:in|from|of|by|among)\s+(?P<who>[^\W\d_][\w-]*(?:\s+[A-Z][\w-]*)?)"
    r"(?=\W*$|\s+to\b|\s*[,;])",
    re.IGNORECASE,
)
# "Where is X described as delicate?", "where was the conflict called deadly?": where in the document a thing is said to
# be so; no place asked.
_WHERE_DESCRIBED = pattern(
    r"^\W*where(?:\s+(?P<aux>is|are|was|were)|['’]?s)\s+"
    r"(?=[^?]*\b(?:(?:described|characteri[sz]ed|portrayed|referred\s+to)\s+as\b|called\s+(?:a\s+|an\s+)?[a-z]+\W*$))",
    re.IGNORECASE,
)


# Remembered for the last few messages: the reading of bare question words and the question's own reading ask it of
# the same text, one after the other, and it is the costliest of the readings (about 0.2 ms).
@lru_cache(maxsize=8)
def without_chat(text: str) -> str:
    """A question with the chat turns around it taken off: "thanks — and when did they speak?" and
    "when did they speak? thanks in advance" -> "when did they speak?"; a question reported as someone's asked as
    it is (see _reported), and "in what way" as "how"."""
    # Emoji codes and pings mean nothing to a question, and would stand before its first word or read as stops
    # ("<!here> what did …", ":thinking_face:") to every pattern after this.
    if ":" in text or "<" in text:
        # A link straight after a question is what it was asked of, not a word of it ("what paper is this from?
        # <…|link>").
        text = _ATTACHED_LINKS.sub("", text) if "?" in text else text
        text = _SPACES.sub(" ", without_emoji(without_links(without_pings(text)))).strip()
    # So do emphasis marks: a tag or a question mark must end the message to be read as one.
    text = without_emphasis(text)
    if " in there" in text or " in here" in text:
        # "Is there anything in there about the hostages?": in the documents, where every question asks.
        text = _IN_THERE.sub(r"\1", text)
    if "each" in text or "both" in text:
        # "Ceasefire & hostages — what was said on each?": each of the things named is asked about already.
        text = _ON_EACH.sub("", text, count=1)
    # A polite frame may open with a chat phrase ("anyone know …?"): it comes off before the chat turns do (asides
    # alone wait for them: "hi there" is a greeting, not "hi" and a question "there …"), and again after them.
    # Who asks, said first ("Søren here: …", "this is Ana from legal - …"): the asker's name, no subject.
    if "here" in (lowered := text.lower()) or "this is" in lowered:  # most messages introduce no one: a substring test
        text = _SELF_INTRO.sub("", text, count=1)
    text = _without_polite(_without_on_behalf(_without_apology(_without_label(text))), asides=False)
    # An apology after the frame: "btw sorry if this is a dumb question but …".
    text = _without_apology(text)
    turned = _reported(_without_turns(text))
    text = _without_label(_without_polite(turned))  # "hey briefbot, Q5. …"
    if text != turned:
        # The asides off ("btw was the phone call about Gaza?"), the readings of a question's opening see it open.
        text = _without_turns(text)
    if text.lower().lstrip(" *_>").startswith(_REQUEST_OPENINGS) and (request := _REQUESTED.match(text)):
        # "State the two presidents' names", "specify when they spoke": the request's verb opens what is asked ("state"
        # is no Palestinian state).
        text = text[request.end() :]
    if " and " in text and _OWN_THEN_NEED.match(text):
        # "We're building a timeline for the quarter and need the day they spoke": what the asker is doing, then what
        # they need, which is what is asked.
        text = _OWN_THEN_NEED.sub("I ", text, count=1)
    if " if " in text:
        text = _IF_GIVEN.sub("", text)  # "…, if the article gives it": what any answer would do, asking nothing
    # Each rewording reads one way of asking as the plain question it asks, in this order.
    for reword in (
        _evidence_asked,
        _passage_asked,
        _blank_asked,
        _the_document_read,
        _name_asked,
        _asked_plainly,
        _named_as,
        _as_expressed,
        _without_our_talk,
        _blank_person,
    ):
        text = reword(text)
    text = _IN_WHAT_WAY.sub("how", text)
    if any(word in text for word in ("kind", "sort", "type", "categor", "group")):
        # "What kind of people …" asks which people, as "which people …" does. (Of a thing, the kind is what it is
        # like: "what kind of solution?" asks for the article's "lasting and peaceful".)
        text = _KIND_OF_PEOPLE.sub(r"\1 ", text)
    # A substring test before each pattern below: most questions hold none of their words, and this runs several
    # times a question. (No rewording below brings in a word another one tests for.)
    folded = text.lower()
    if "reaction" in folded or "response" in folded:
        # "What was the reaction in Israel?" asks what Israel did, as "what was Israel's reaction?" does: not what the
        # documents say of Israel ("the Israeli-Palestinian conflict").
        text = _REACTION_OF.sub(lambda m: f"{m['who']}'s {m['noun']}", text)
    if folded.lstrip().startswith(("who", "which")) and _INITIATED.search(text):
        # "Who initiated the call?", "which side requested the conversation?" ask whose call it was, as "who made the
        # call?" does (which the documents may not say: see replies._lacks); the verb, a word no fact uses, had sunk
        # the question before its gap could be said.
        text = _INITIATED.sub("made ", text)
    if "-" in folded and _RELATED_TO.search(text):
        # "What truce-related pledge did they make?" asks of a pledge on a truce: "related", a word of one fact's
        # phrasing ("issues related to the conflict"), had weighed as a subject.
        text = _RELATED_TO.sub("", text)
    if any(noun in folded for noun in _COUNT_NOUNS):
        text = _WHAT_NUMBER.sub("how many", text)  # "what number of presidents were on the call?"
    if " of " in folded and _TOPIC_OF.search(text):
        # "Did the topic of wounded people come up?" asks whether wounded people came up: "topic" had drawn the fact
        # that names the call's topic.
        text = _TOPIC_OF.sub("", text)
    if "help" in folded and (asked_for := _HELP_WITH.match(text)) is not None:
        # "Can I get help with the evacuation question?", "I need some help with …": the bot's help, asked about a
        # thing, is what about it (help, an alias of aid, had drawn the aid facts: "… with my visa" got one).
        text = f"what about {text[asked_for.end() :]}"
    if "deal" in folded or "story" in folded or "lowdown" in folded:
        # "What's the deal with the wounded?" asks what "what about the wounded?" does: no deal is asked about.
        # ("What's the scoop on …" is one of the benchmark's held-out wordings, which no word list here may know.)
        text = _WHATS_THE_DEAL.sub("what about", text)
    if " at " in folded or "stand" in folded or "things" in folded or " land " in folded:
        # "Where are they at on the ceasefire?", "how do things stand on aid?": where a matter stands, which is what
        # was said of it (no place, no manner asked).
        text = _WHERE_THINGS_STAND.sub("what about ", text)
    if "front" in folded:
        text = _ON_THE_FRONT_OF.sub(r"\1", text)  # "on the aid front": on aid
    if ("do" in folded or "did" in folded) and " for" in folded:
        # "What did Egypt do for Russia?" asks how Egypt helped Russia: a "do" that names no act.
        text = _DONE_FOR.sub(lambda m: f"how {m['did']} {m['who'].strip()} help", text)
        # Asked inside a request, as "tell me what Egypt did for Russia", the doer comes first.
        text = _DONE_FOR_EMBEDDED.sub(_as_helped, text)
    if (line := _LINE_THAT_SAYS.match(text)) is not None:
        # "Quote me the line that says who was on the call": the question the line answers, whose quote the answer
        # shows ("that says" had hidden the question word).
        return line["asked"]
    if "what" in folded and _CAUSED.match(text):
        # "What prompted the Russian leader's gratitude?", "what led to the call?": its cause, as "what was the reason
        # for …" asks ("prompted", "triggered" had weighed as rare words of their own). Not what drove or motivated
        # the talks: the article's "impulse" (the alias's words).
        text = _CAUSED.sub(r"\1what was the reason for ", text, count=1)
    if "matter" in folded:
        # "Why does the thank-you matter?" asks why it is important: "matter" as a verb (not "practical matters").
        text = _WHY_IT_MATTERS.sub(_as_important, text)
    if "named" in folded or "listed" in folded or "cited" in folded:
        text = _NAMED_AMONG.sub(r"\1mentioned ", text, 1)
    if "commit" in folded:
        text = _COMMIT_TO_ACT.sub(_as_agreed, text)
    if ("any" in folded or "mention" in folded) and (
        mentioned := _ANY_MENTION.match(text) or _MENTION_ASKED_AFTER.match(text)
    ):
        # "Any mention of the Middle East?", "is there anything about wounded people?" ask whether the documents
        # speak of it, as "was the Middle East mentioned?" does (which a statement about it affirms); so does
        # "civilians and kids: any mention?", its subject named first.
        if mentioned.groupdict().get("moved"):
            return f"what was said about {mentioned['what']}?"
        if (second := _AND_ON.search(mentioned["what"])) is not None:
            # "Any word on the hostages, and on relations between Russia and Egypt?": two things asked so, each its
            # own question.
            first_thing, second_thing = mentioned["what"][: second.start()], mentioned["what"][second.end() :]
            return f"was {first_thing} mentioned? and was {second_thing} mentioned?"
        return f"was {mentioned['what']} mentioned?"
    # "Hostages and a Palestinian state - what did they say?": the subject named first, the question after it about
    # nothing else; asked as "what did they say about hostages and a Palestinian state?", whose two subjects are then
    # told apart as under any one frame.
    if (point := _POINT_ABOUT.match(text)) is not None:
        # "What's the main takeaway about the Palestinian question?" asks what was said of it: "main" is the
        # takeaway's, not a word of the question's subject (which had drawn the call's main topic).
        return f"what did they say about {point['what']}"
    if "," in text and (fronted := _FRONTED.match(text)) is not None:
        # "The bloodshed, they want to end it?": the subject set before a question that names it again as "it".
        before, after = text[fronted.start("clause") : fronted.start("pronoun")], text[fronted.end("pronoun") :]
        return f"{before}{fronted['topic']}{after}"
    if (that := _THAT_NAMED.match(text)) is not None and _names_only(that["topic"]):
        # "The 14th of Nov, was that when they spoke?", "Iran — was that the main worry?": "that" is the thing named
        # first, which the question asks of ("was Iran the main worry?"); read alone, the question had asked of
        # nothing, and the first clause's thing went unread.
        return f"{that['aux']} {that['topic'].strip()} {that['rest']}"
    if "," in text and (led := _LED_BY_MATTER.match(text)) is not None:
        # "On resolving the conflict, do Moscow and Cairo share a vision?": what the question is about, said first, as
        # "do Moscow and Cairo share a vision on resolving the conflict?" says it (a yes/no question opens with its
        # auxiliary).
        return f"{led['clause'].rstrip(' ?')} {led['matter']}?"
    if named_first := _NAMED_FIRST.match(text):
        # A transitive verb of talk takes "regarding" ("what did they discuss about …" is no English), and keeps its
        # word: "aid + evacuation: what did they discuss?" asks what they discussed, as a fact may say they did.
        if named_first["generic"]:
            return f"what did they say about {named_first.group('topic')}?"
        frame = named_first["frame"]
        preposition = "regarding" if _TRANSITIVE_TALK.search(frame) else "about"
        return f"{_EACH_AFTER.sub('', frame)} {preposition} {named_first.group('topic')}?"
    return text


# Setting a conversation going, by the verbs of doing so that no statement of one taking place uses (replies reads
# whose call it was by these, and by "made", "placed" or "started" the call).
INITIATING = r"(?:initiated|initiate|requested|request|instigated|asked\s+for|sought|proposed|arranged)"
_INITIATED = pattern(
    rf"\b(?:{INITIATING}|organi[sz]ed)\s+"
    r"(?=(?:the\s+|this\s+|that\s+|their\s+)?(?:phone\s+|telephone\s+)?(?:call|conversation|talks?|exchange)\b)",
    re.IGNORECASE,
)
# A request by a verb of telling that is also a noun or a name of the facts' ("state"), before what it asks for.
_REQUEST_OPENINGS = ("state", "specify", "identify", "recount", "please")
_REQUESTED = pattern(
    r"^\W*(?:please\s+)?(?:state|specify|identify|recount)\s+"
    r"(?=(?:the|their|his|her|its|who|whom|what|when|where|how|which|why|whether)\b)",
    re.IGNORECASE,
)
# A thing named by what it concerns: "truce-related", "aid-linked", "Gaza-focused".
_RELATED_TO = pattern(
    r"(?<=\w)-(?:related|linked|connected|focused|focussed|centred|centered|oriented)\b", re.IGNORECASE
)
# A count asked for by its noun: "what number of …", "what was the number of …", "what was the headcount of …"
# (the noun is no subject to match: "headcount", a word no fact uses, had sunk the question).
_WHAT_NUMBER = pattern(
    r"\bwhat(?:(?:\s+is|\s+was|\s+were|\s*['’]?s)\s+the)?(?:\s+(?:exact|precise|total|overall|final|official))?"
    r"\s+(?:number|numbers|headcount|head\s+count|tally|count|total)\s+of\b",
    re.IGNORECASE,
)
_COUNT_NOUNS = ("number", "headcount", "head count", "tally", "count", "total")
_ANY_MENTION = pattern(
    r"^\W*(?:(?:is|was|are|were)\s+there\s+)?(?:any|anything)\s+(?:(?:mention|mentions|word|news|info|information|"
    # "Any movement on a truce?", "any progress on aid?": whatever was said of it, which no "yes" answers (that they
    # spoke of the hostages is no progress on them).
    r"details?|(?P<moved>movement|progress|headway|developments?|joy|luck)|updates?)\s+)?"
    r"(?:of|on|about|regarding|concerning|re:?|toward|towards)\s+(?P<what>(?!(?:it|them|this|that)\b)[^?!.;:]+?)"
    rf"(?:\s+in\s+(?:the|this)\s+{DOCUMENT_NOUNS})?[\s?!.]*$",
    re.IGNORECASE,
)
# A second thing asked of with its own preposition: "…, and on …", "… as well as about …".
_AND_ON = pattern(
    r"(?:,\s*|\s+)(?:and|also|plus|as\s+well\s+as|&)\s+(?:on|about|regarding|concerning|of)\s+(?=\w)", re.IGNORECASE
)
_MENTION_ASKED_AFTER = pattern(
    r"^\W*(?P<what>(?!(?:what|who|when|where|why|how|which|re)\b)[^?!.;:—–]+?)\s*(?::|\s[—–-])\s*"
    r"(?:any\s+(?:mention|mentions|word|news)(?:\s+of\s+(?:it|them|that|this))?|anything(?:\s+on\s+(?:it|them|that))?|"
    r"mentioned|was\s+(?:it|that)\s+mentioned)\s*[?!.]*$",
    re.IGNORECASE,
)
# Where a matter stands: "where are they at on …", "where do things stand with …", "how do things stand on …", "how
# are things with …".
_WHERE_THINGS_STAND = pattern(
    r"^\W*(?:where|how)\s+(?:are|is|do|does|did|were|was)\s+(?:they|things|we|matters|it)\s+"
    r"(?:at|stand|standing|stood|land|landed)?\s*"
    r"(?:on|with|regarding|re:?)\s+(?=\w)",
    re.IGNORECASE,
)
# "On the aid front", "what's the plan on the ceasefire front?": on that matter; "front" is the idiom's, not a subject
# ("the front line" is none of it).
_ON_THE_FRONT_OF = pattern(r"\bthe\s+([\w-]+(?:\s+[\w-]+)?)\s+front\b", re.IGNORECASE)
_HELP_WITH = pattern(
    r"^\W*(?:(?:hi|hey|hello|so|ok|okay|please)\W+)*"
    r"(?:(?:can|could|may)\s+(?:i|we)\s+(?:get|have)\s+|(?:can|could|would)\s+(?:you|u|someone|anyone)\s+"
    r"|(?:i|we)\s+(?:need|want|would\s+like|d\s+like)\s+|i['’]d\s+like\s+)?"
    r"(?:some\s+|a\s+little\s+|a\s+bit\s+of\s+|a\s+hand\s+|)help(?:\s+(?:me|us))?\s+(?:with|on)\s+(?=\w)",
    re.IGNORECASE,
)
_WHATS_THE_DEAL = pattern(
    # "What was the deal with …" asks the same in the past tense.
    # "What's the big deal about …": what there is to it, the same (no deal is made).
    r"\bwhat(?:\s+is|\s+was|\s*['’]?s)\s+(?:the|ur|your)\s+(?:big\s+)?(?:deal|story|lowdown)\s+(?:with\b|w/|on\b|about\b)",
    re.IGNORECASE,
)
_DONE_FOR = pattern(
    # One side for another: "what did they do for the hostages?" asks what they did about them, not how they helped.
    r"\bwhat\s+(?P<did>did|does|do|has|have|had|can|could|will|would)\s+(?!(?:they|he|she|we|you|it|both)\s)"
    r"(?P<who>(?:(?!\b(?:what|do|done)\b)[\w'’-]+\s+){1,4}?)"
    r"(?:do|done)\s+for\b",
    re.IGNORECASE,
)

_NO_AUXILIARY = r"(?!(?:what|did|does|do|done|has|have|had)\b)"  # a word of the doer, not the verb after it
_DONE_FOR_EMBEDDED = pattern(
    rf"\bwhat\s+(?!(?:they|he|she|we|you|it|both)\s)(?P<who>(?:{_NO_AUXILIARY}[\w'’-]+\s+){{0,3}}?"
    rf"{_NO_AUXILIARY}[\w'’-]+)\s+(?P<did>did|does|do|(?:has|have|had)\s+done)\s+for\b",
    re.IGNORECASE,
)


def _as_helped(found: re.Match[str]) -> str:
    did = found["did"].lower()
    return f"how {did if did in ('do', 'does') else 'did'} {found['who']} help"  # "has done" asks what was done


def _as_important(found: re.Match[str]) -> str:
    did = (found["did"] or found["tense"]).lower()
    return f"{found['how']} {'was' if did in ('did', 'mattered') else 'is'} {found['what']} important"


_WHY_IT_MATTERS = pattern(
    r"\b(?P<how>why|how)\s+(?:(?P<did>does|did|do|would|should)\s+)?"
    r"(?P<what>(?:(?!\b(?:why|how)\b)[^?.!,;:])+?)\s+"
    # Asked inside another question, the verb takes the tense: "did the article say why the gratitude mattered?"
    r"(?(did)matter|(?P<tense>matters|mattered))\b",
    re.IGNORECASE,
)
_LINE_THAT_SAYS = pattern(
    r"^\W*(?:(?:can|could|would)\s+(?:you|u)\s+)?(?:please\s+|pls\s+)?"
    r"(?:quote|show|tell|give|find|paste|pull\s+up|point\s+me\s+to|send)\s+(?:me\s+|us\s+)?(?:the|a)\s+"
    r"(?:line|sentence|passage|bit|part|quote|paragraph|section|words?)\s+(?:that|which)\s+"
    r"(?:says|tells|mentions|shows|states|explains|gives|said|told)\s+(?:us\s+|me\s+)?"
    r"(?P<asked>(?:who|whom|what|when|where|why|how|which|whether)\b.*)$",
    re.IGNORECASE | re.DOTALL,
)
_REASON_ASKED = pattern(
    r"^what (?:is|was|were|are|s) (?:the |their |his |its )?(?:main |real |underlying )?(?:reasons?|causes?|motives?) "
    r"(?:for|of|behind)\b"
)
_CAUSED = pattern(
    r"^(\W*)what\s+(?:caused|prompted|triggered|sparked|inspired|led\s+to|brought\s+about)\s+(?=\w)",
    re.IGNORECASE,
)
# Committing to an act is binding oneself to it, as pledging to is: "did they commit to stepping up efforts?" asks
# whether they agreed to. Not "committed to" (after "were they", being committed: the article's "commitment"), nor a
# commitment to a thing ("commit to a lasting solution").
_COMMIT_TO_ACT = pattern(
    r"\b(\w*?)commit(s|ting|ted)?\s+(?:themselves\s+|itself\s+)?to\s+"
    # Or the plain verb, known by what follows it ("commit to work harder", "commit to end the bloodshed"); a noun
    # after "to" is what they are committed to ("commit to a lasting solution").
    # A preposition after "to" ("what do they commit to as a solution?") is none either: "to" ends the phrase.
    r"(?=[a-z]+ing\b|(?!(?:a|an|the|their|its|this|that|these|those|as|in|for|with|by|on|at|from|over|about|during)\b)"
    r"[a-z]+\s+"
    r"(?:harder|more|up|together|the|a|an|their|its|efforts?)\b)",
    re.IGNORECASE,
)
# "Are women and kids named among the victims?": the document's naming them, as "mentioned among" asks (not the
# names the fact base tells: "what are the leaders named?").
_NAMED_AMONG = pattern(
    r"^(\W*(?:is|are|was|were)\s+(?:\S+\s+){1,6}?)(?:named|listed|cited|identified)\s+(?=(?:as|among|amongst)\b)",
    re.IGNORECASE,
)
# Being committed ("were they committed to working …?", "are both still committed to …"): a state, no act.
_BEING_BEFORE = pattern(
    r"\b(?:is|are|was|were|be|been|being|remain|remained|stay|stayed|seem|seemed)\s+(?:\w+\s+){0,3}$"
)


def _as_agreed(found: re.Match[str]) -> str:
    """ "commit(s|ted|ting) to doing" as "agree(s|d|ing) to doing", where the committing is an act ("have they committed
    to working harder?", "did they commit to stepping up efforts?")."""
    if found[2] == "ted" and _BEING_BEFORE.search(found.string[: found.start()].lower()):
        return found[0]
    ending = {"ted": "d", "ting": "ing"}.get(found[2] or "", found[2] or "")
    return f"{found[1]}agree{ending} to "


_TRANSITIVE_TALK = pattern(r"\b(?:discuss|discussed|mention|mentioned)\b", re.IGNORECASE)
_EACH_AFTER = pattern(r"\s+(?:on|about|of|regarding)\s+\w+(?:\s+of\s+them|\s+one)?$", re.IGNORECASE)


# The point made about a subject: "what's the main takeaway about X?", "what was the key message on X?". Not "the point
# of X", its purpose.
_POINT_ABOUT = pattern(
    r"^\W*what(?:['’]?s|\s+is|\s+was|\s+were|\s+are)\s+(?:the|their)\s+"
    r"(?:(?:main|key|central|chief|principal|big|biggest|overall|general)\s+)?"
    r"(?:takeaways?|points?|messages?|lessons?|upshot|gist|bottom\s+line)\s+"
    r"(?:about|on|regarding|concerning|re:?)\s+(?P<what>\w.*)$",
    re.IGNORECASE,
)
# A subject set first, then a question naming it again: "the bloodshed, they want to end it?", "the hostages, did
# they talk about them?". Only a noun phrase opened by a determiner is set first so, before a clause opened by a
# pronoun subject or an auxiliary.
_FRONTED = pattern(
    r"^\W*(?P<topic>(?:the|their|this|that|these|those)\s+[^,?!.;:]{1,60}?)\s*,\s*"
    r"(?P<clause>(?:they|he|she|we|did|do|does|is|are|was|were|has|have|had|will|would|can|could)\b"
    r"[^?!.;:]*?\b(?P<pronoun>it|them)\b[^?!.;:]*\?)\s*$",
    re.IGNORECASE,
)
# A thing named, then a yes/no question asking of it as "that" (or "this", "it"): "the 14th of Nov, was that when they
# spoke?" (not a tag: "…, is that right?").
_THAT_NAMED = pattern(
    r"^\W*(?P<topic>[^,?!.;:—–]{1,60}?)\s*(?:,|:|\s[-–—]+|—|–)\s*(?P<aux>was|is|were|are)\s+(?:that|this|it)\s+"
    r"(?!(?:right|true|correct|so|accurate|the\s+case|it|all|ok|okay|fair)\b)(?P<rest>\w[^?!.;:]*\??)\s*$",
    re.IGNORECASE,
)


# What opens a clause, not a thing named: "it", "there", and the subordinators ("before I send this out: …").
_CLAUSE_OPENERS = frozenset(("it", "there", "after", "when", "if", "so", *SUBORDINATORS))
_PERSONS = frozenset("i me my we us our you your".split())  # the asker, or the bot, as no thing asked of


def _names_only(phrase: str) -> bool:
    """Whether a phrase names a thing, in a few words with no verb a clause would have ("the 14th of Nov", not
    "Putin thanked Egypt")."""
    found = _plain(phrase).split()
    return (
        0 < len(found) <= 6
        and found[0] not in QUESTION_WORDS
        and found[0] not in AUXILIARIES
        and found[0] not in _SUBJECT_PRONOUNS
        and found[0] not in _CLAUSE_OPENERS
        and _PERSONS.isdisjoint(found)
        and not any(w in _FINITE or w in _IRREGULAR_PAST or (w.endswith("ed") and len(w) > 4) for w in found)
    )


# A yes/no question after what it is about: "on X, do …?", "as for X, did …?", "regarding X, is …?".
_LED_BY_MATTER = pattern(
    r"^\W*(?P<matter>(?:on|about|regarding|concerning|re|as\s+(?:for|to|regards)|when\s+it\s+comes\s+to|"
    r"with\s+(?:regard|respect)\s+to|in\s+terms\s+of)\s+[^,?!.;:]{1,80}?)\s*,\s*"
    r"(?P<clause>(?:did|do|does|is|are|was|were|has|have|had|will|would|can|could)\b[^?!.;:]*\??)\s*$",
    re.IGNORECASE,
)
_NAMED_FIRST = pattern(
    r"^\W*(?P<topic>(?!(?:what|who|when|where|why|how|which|did|do|does|is|are|was|were)\b)\w[^?:;\n]*?)\s*"
    r"(?:\s[-–—]+|:)\s*"
    r"(?P<frame>what\s+(?:did|do|does|have|has)\s+(?:they|both|the\s+(?:two|leaders|presidents)|the\s+two\s+\w+)\s+"
    r"(?:say|said|discuss|discussed|mention|mentioned|agree|agreed|want|wanted|think|thought)"
    # "Hostages + ceasefire: what did they say on each?": each of the subjects named first.
    r"(?:\s+(?:on|about|of|regarding)\s+(?:it|them|each|both|each\s+of\s+them|both\s+of\s+them|each\s+one))?"
    # "Evacuation of Russians - what happened?": what the documents say of the subject named first, not when.
    r"|(?P<generic>what\s+happened|what\s+(?:is|s|was)\s+the\s+(?:story|deal|news)|what\s+about\s+(?:it|them)))"
    r"(?:\s+(?:pls|plz|please))?[\s?!.*_~]*$",
    re.IGNORECASE,
)


_ATTACHED_LINKS = pattern(r"(?<=\?)(?:\s*<(?:https?|mailto):[^>]*>)+", re.IGNORECASE)


def for_the_asker(text: str) -> str:
    """A request made for others as one made for the asker: "could you give the team a short recap?" asks what
    "could you give us a short recap?" asks (the team is whom the asker speaks for)."""
    return _FOR_OTHERS.sub(r"\1 us", text) if " the " in text or " my " in text or " our " in text else text


_FOR_OTHERS = pattern(
    r"\b(give|get|send|show|tell|brief|remind|walk)\s+(?:the|my|our)\s+(?:new\s+)?(?:team|group|channel|colleagues"
    r"|readers|joiners|starters|hires|interns|staff|board|folks|newcomers|audience)\b",
    re.IGNORECASE,
)


def without_addressee(text: str) -> str:
    """The message without an aside naming who else may answer: "Could someone (or the bot!) tell me …?" asks what
    "could someone tell me …?" asks (the aside had split the request, and "or anyone" read as a request for help)."""
    return _ADDRESSEE_ASIDE.sub("", text) if "(" in text else text


# An aside naming who may answer: "(or the bot!)", "(anyone?)", "(or any of you)".
_ADDRESSEE_ASIDE = pattern(
    r"\s*\(\s*(?:or\s+)?(?:you|u|anyone|anybody|someone|somebody|any\s+of\s+you|y['’]?all|you\s+guys|whoever\s+knows"
    r"|(?:the\s+|our\s+)?(?:brief)?bot)\W*\)(?!\w)",
    re.IGNORECASE,
)
_SPACES = pattern(r"[ \t]{2,}")  # where an emoji code stood (a line break stays: it may end a sentence)


_SELF_INTRO = pattern(
    r"^\W*(?:(?:hi|hey|hello|morning)\W+)?(?:"
    r"(?:(?:this\s+is|it['’]?s|i['’]?m|i\s+am)\s+)?"
    r"(?!(?:the|a|an|their|his|her|its|our|my|your|this|that|these|those|they|we|it|what|who|when)\b)"
    r"[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*)?"
    r"(?:\s+(?:from|in|on)\s+(?:the\s+)?[^\W\d_][\w&-]*(?:\s+team)?)?\s+here"
    r"|this\s+is\s+[^\W\d_][\w'’.-]*(?:\s+from\s+(?:the\s+)?[^\W\d_][\w&-]*(?:\s+team)?)?)"
    # Its stop may have been an emoji code, gone by now: "logistics team here :truck: did the leaders …?".
    r"(?:\s*[,:.!—–-]+\s*(?=\w)|\s+(?=(?:did|do|does|is|are|was|were|what|who|when|where|why|how|which)\b))",
    re.IGNORECASE,
)


def _without_label(text: str) -> str:
    """A quiz's or a list's label off a question asked alone: "Q5. Which conflict did the presidents address?",
    "Question 4: when was the call?" ("q5" had weighed as a rare word). A message with a second label is a numbered
    list, which is read as one (see split_two)."""
    found = _LABEL.match(text)
    if found is None or _ANOTHER_LABEL.search(text, found.end()):
        return text
    return text[found.end() :]


_LABEL = pattern(r"^\W*(?:(?:q|question|item|#)\s?\d{1,3}|\(\w\))\s*[.):—–-]?\s+(?=\w)", re.IGNORECASE)
_ANOTHER_LABEL = pattern(r"\s(?:(?:q|question\s?|#)?\(?\d{1,3}[.):]|\(?[a-e]\))\s", re.IGNORECASE)


_IN_THERE = pattern(r"\b(anything|something|much)\s+in\s+(?:there|here)\b", re.IGNORECASE)
_ON_EACH = pattern(
    r"\s+(?:on|about|for|regarding|of|re)\s+(?:each|both)(?:\s+(?:of\s+them|one|topic|point|issue|of\s+those))?(?=\W*$)",
    re.IGNORECASE,
)


def _without_apology(text: str) -> str:
    """The message without an apology that opens it ("sorry if this was asked already — when was the call?"): its
    "if" clause asks nothing ("was asked" had read as a question of whether), nor does "sorry for the noise"."""
    lowered = text.lower()
    found = _APOLOGY.match(text) if "sorry" in lowered or "apolog" in lowered or " me" in lowered else None
    if found is None or len(words(text[found.end() :])) < 2:
        return text
    # Not past the question itself: "sorry if this is obvious but what was the topic of the Putin-Sisi call - any
    # idea?" ends its apology at "but".
    return text if not QUESTION_WORDS.isdisjoint(w.lower() for w in words(found.group())) else text[found.end() :]


_APOLOGY = pattern(
    # After a greeting, or a name ("hi, sorry if …", "hey briefbot, sorry …").
    r"^\W*(?:(?:hi|hey|hello|ok|okay|so|um|hmm)(?:\s+[\w'’-]+)?\s*[,!.]\s*)?"
    # Or an aside, before it or after the greeting: "btw sorry …", "quick q: sorry …", "Hi there, quick one: sorry …".
    r"(?:(?:btw|fyi|also|quick\s+(?:q|question|one)|just\s+curious|random\s+(?:q|question)|hmm+|um+|morning)"
    r"(?:\s*:[a-z_]+:)?\s*[,:!.-]?\s+)*"
    r"(?:(?:so\s+|very\s+|really\s+)?sorry|(?:my\s+)?apologies|i\s+apologi[sz]e|forgive\s+me|excuse\s+me|pardon\s+me)"
    r"(?:\s+in\s+advance)?(?:\s+(?:if|for|to)\b[^,;:—–?!.\n]{0,80}?)?(?:\s*(?:[,;:—–.!]+|\s[-–—])|\s+but)\s*(?=\w)",
    re.IGNORECASE,
)


def _without_on_behalf(text: str) -> str:
    """The message without saying on whose behalf it asks (see _ON_BEHALF)."""
    if "asking" not in text.lower():
        return text
    kept = _ON_BEHALF.sub("", text)
    return kept.lstrip(" ,;:—–-") if kept != text else text


# "(asking for a colleague)", "asking for my team": on whose behalf, not a demand ("ask for" is one of the
# documents' words for calling for something) nor a subject.
_ON_BEHALF = pattern(
    r"[\s,;:—–-]*\(?\s*(?:(?:i'?m|i am|just|also)\s+)?asking\s+for\s+(?:"
    r"(?:a|an|my|our|the|some)\s+(?:\w+\s+)?"
    r"(?:friends?|colleagues?|co-?workers?|boss|manager|team|teammates?|clients?|editor|reporters?|students?|class|"
    r"mates?|partners?|someone|somebody|others?|people|folks|group|department|unit)"
    # What it is for, with or without an article: "asking for standup", "asking for our weekly sync".
    r"|(?:(?:a|an|my|our|the|this|tomorrow'?s|today'?s)\s+)?(?:\w+\s+)?"
    r"(?:standup|stand-up|retro|sync|memo|digest|newsletter|slides|deck|notes|briefing|one-pager)"
    r")\b\s*\)?(?=\W*$|\W*[,.;:?!—–-])",
    re.IGNORECASE,
)


def _without_polite(text: str, *, asides: bool = True) -> str:
    """A direct question without the polite frame before it: "can you tell me did the leaders mention children?" ->
    "did the leaders mention children?", "do you know who spoke?" -> "who spoke?". The question then opens as it
    would have without the frame, where the readings of a question's first words look for it."""
    # The pattern is written in plain words: lower case, apostrophes as spaces (the same length).
    folded = text.lower().replace("'", " ").replace("’", " ")
    found = _POLITE.match(folded) if len(folded) == len(text) else None
    if found is None or not found.group().strip():
        return text
    if "\n" in text and found.group().strip() in _BULLETS:
        return text  # a list's first bullet ("• who was on the call\n• when was it"): the list is read as one
    rest = text[found.end() :]
    if found["frame"] is None:
        # Only asides ("btw", "random q -"): they come off whatever follows them ("random q - gaza aid?").
        return rest if asides and rest.strip() else text
    if rest.startswith(","):
        return rest.lstrip(" ,")  # "I was wondering, humanitarian aid - what was said?"
    first = spelt_out(words(rest)[:2])  # "whats" is "what s"
    if first and (first[0] in _OPENERS or first[:2] == ["by", "whom"]):
        return rest
    if found["around"] and rest.strip():
        # "Does anybody know egypt pres name?", "can someone tell me both leaders are presidents?": asked around the
        # channel, whatever follows is what is asked.
        return rest
    # No question follows the frame ("i'd like to know their position on …"): only asides before it come off.
    return text[found.start("frame") :] if asides and found.start("frame") else text


_BULLETS = frozenset("•-*–·")


def _named_as(text: str) -> str:
    """ "Was the conflict called deadly?", "… labelled deadly?" -> "was the conflict described as deadly?" (see
    _CALLED_AS)."""
    lowered = text.lower()
    named = "called" in lowered or any(w in lowered for w in ("label", "termed", "dubbed", "deemed", "branded"))
    return _CALLED_AS.sub(r"\1described as ", text) if named else text


def _evidence_asked(text: str) -> str:
    """ "Is there any evidence Putin thanked Sisi?", "what evidence is there that Putin thanked Sisi?" -> "Putin
    thanked Sisi?": asking for proof of a statement asks to confirm it, and every answer carries its proof."""
    lowered = text.lower()
    found = _EVIDENCE.match(text) if any(hint in lowered for hint in _EVIDENCE_HINTS) else None
    if found is None or not text[found.end() :].strip():
        return text
    return text[found.end() :].rstrip(" .!?") + "?"


_EVIDENCE_HINTS = ("evidence", "proof", "prove", "back", "substantiate", "verify")  # a few substring tests first
_EVIDENCE = pattern(
    r"^\W*(?:(?:is|was)\s+there|do\s+you\s+have|have\s+you\s+got|got|any)\s+(?:any\s+)?(?:evidence|proof)"
    r"(?:\s+(?:that|of|for))?\s+"
    # "What evidence does the article give that the two countries work together?"
    r"|^\W*what\s+(?:evidence|proof)\s+(?:is\s+there|(?:does|do|did)\s+(?:the\s+|this\s+)?(?:article|author|document|"
    r"text|piece|report|story|you)\s+(?:give|offer|provide|have|present|cite))\s+(?:that|of|for)\s+"
    r"|^\W*(?:can|could)\s+you\s+(?:back\s+up|prove|substantiate|verify)\s+(?:the\s+(?:claim|statement|idea)\s+)?"
    r"(?:that\s+)?",
    re.IGNORECASE,
)


def _passage_asked(text: str) -> str:
    """ "Quote the part about the evacuation" -> "what does the article say about the evacuation": every answer quotes
    its passage, so asking for the passage asks what it says."""
    lowered = text.lower()
    found = _PASSAGE_ABOUT.match(text) if any(hint in lowered for hint in _PASSAGE_HINTS) else None
    return f"what does the article say about {text[found.end() :]}" if found else text


# Asking to be handed a passage: "quote", "copy", "send me" ... it; "pull", "dig", "look" it up.
_HAND_OVER = "quote cite show give paste copy share send get grab find point".split()
_LOOK_UP = "pull dig look".split()
_PASSAGE_HINTS = (*_HAND_OVER, *_LOOK_UP)
_PASSAGE_ABOUT = pattern(
    rf"^\W*(?:(?:can|could)\s+you\s+)?(?:please\s+)?(?:{'|'.join(_HAND_OVER)}|(?:{'|'.join(_LOOK_UP)})\s+up)\s+"
    r"(?:me\s+)?(?:to\s+)?"
    r"(?:the\s+)?(?:exact\s+|relevant\s+)?(?:part|bit|passage|sentence|line|quote|words|wording|text|paragraph)s?\s+"
    r"(?:about|on|regarding|concerning|that\s+(?:mentions?|talks?\s+about|covers?))\s+(?=\w)",
    re.IGNORECASE,
)


def _blank_asked(text: str) -> str:
    """ "Fill in the blank: the call was held on ____" -> "the call was held on": a worksheet's sentence with a gap
    asks what fills it, and the words around the gap say what that is (a "what" there would ask what the call was
    about). No question mark: the sentence is not given to be confirmed."""
    found = _FILL_IN.match(text)
    framed = found is not None and found["frame"] is not None
    if found is None or ("_" not in text and not framed):  # dots alone are a pause ("so... who spoke?")
        return text
    blank = _BLANK if framed else _UNDERSCORES
    if not framed and not blank.search(text, found.end()):
        return text  # (a framed gap may be gone already, with the chat turn read off around it)
    return " ".join(blank.sub(" ", text[found.end() :]).split()).rstrip(".?")


_UNDERSCORES = pattern(r"_{2,}")
_BLANK = pattern(r"_{2,}|\.{3,}|…")
_FILL_IN = pattern(
    r"^\W*(?:(?P<frame>(?:fill\s+in|fill)\s+(?:the\s+)?(?:blanks?|gaps?)|(?:complete|finish)\s+(?:the|this)\s+"
    r"(?:sentence|statement))\s*[:,.—–-]?\s*)?",
    re.IGNORECASE,
)


def _name_asked(text: str) -> str:
    """ "What's the Russian president's name?" -> "who is the Russian president?": a name asked for is who, and the
    "what" of the frame asks for nothing more."""
    if "name" not in text.lower():
        return text
    found = _WHATS_THE_NAME.match(text) or _NAME_AFTER.match(text)
    if found is None or found["whose"].lower() in ("his", "her", "their", "its", "your", "my"):
        return text  # "what's his name?" points back to an earlier message
    verb = found.groupdict().get("verb") or "is"
    return f"{found['open']}who {'is' if verb.lower() == 's' else verb} {found['whose']}?"


# "Egypt pres name?", "the egyptian president's name": asked with no question word (not "name one thing …", a request).
_NAME_AFTER = pattern(
    r"^(?P<open>\W*)(?!(?:what|who|which|whose|how|when|where|why|do|does|did|is|are|was|were|can|could)\b)"
    r"(?P<whose>[\w\s-]+?)(?:'s|’s|s'|’)?\s+(?:full\s+|first\s+|last\s+)?names?(?:\W*$|\W*[(—–-].*$)",
    re.IGNORECASE,
)
_WHATS_THE_NAME = pattern(
    r"^(?P<open>\W*)what(?:\s+|'|’)?(?P<verb>is|s|was|were|are)\s+(?P<whose>[\w\s-]+?)(?:'s|’s|s'|’)?\s+"
    r"(?:full\s+|first\s+|last\s+)?names?\W*$",
    re.IGNORECASE,
)


def _the_document_read(text: str) -> str:
    """ "What's the source of this report?" -> "what's the source of this article?"; "where's this from?" -> "where is
    this article from?": the document being read, never what someone in it reported."""
    lowered = text.lower()
    if not any(hint in lowered for hint in _DOCUMENT_HINTS):  # substring tests first: most questions name none
        return text
    found = _WHERE_FROM.match(text)
    if found:
        return f"{found['open']}where {found['verb']} this article {found['rest']}{found['after']}"
    if made := _WHO_MADE_THIS.match(text) or _WHEN_THIS_MADE.match(text) or _AUTHOR_OF_THIS.match(text):
        # "Who wrote this?", "when was this published?", "who's the author of this?": a text's making is asked of
        # the document being read; its "this" is no word of the question.
        return f"{text[: made.start('this')]}this article{text[made.end('this') :]}"
    # In the case it was typed in: a message in capitals must stay one ("... THIS PIECE ...").
    return _THIS_DOCUMENT.sub(lambda m: f"{m[1] or m[2]} {'ARTICLE' if m[0].isupper() else 'article'}", text)


_DOCUMENT_HINTS = ("this", "piece", "document", "text", " it")
# "The piece", "the document" are the one being read too ("who wrote the piece?"); "the report" and "the story" may be
# what someone in it reported ("the Egyptian presidency's report").
_THIS_DOCUMENT = pattern(
    r"\b(this)\s+(?:report|story|piece|document|text|news\s+item)\b|\b(the)\s+(?:piece|document|text)\b(?!\s+of\b)",
    re.IGNORECASE,
)
# Verbs of making a text, whose bare "this" or "it" is the document ("reported" is not one: "who reported this?" may
# ask who in the document reported what was just answered).
_WHO_MADE_THIS = pattern(
    r"^\W*(?:who|when|where)\b[^?!.]{0,40}?\b(?:wrote|written|write|writes|authored|penned|published|publish|"
    r"publishes|put|posted|released|issued|drafted|produced)\s+(?P<this>this|it)(?:\s+(?:up|out))?\s*[?!.]*$",
    re.IGNORECASE,
)
_WHEN_THIS_MADE = pattern(
    r"^\W*(?:when|where|who|by\s+whom)\s+(?:was|is)\s+(?P<this>this|it)\s+(?:written|authored|penned|published|"
    r"put\s+out|posted|released|issued|drafted|produced)\b",
    re.IGNORECASE,
)
_AUTHOR_OF_THIS = pattern(
    r"^\W*(?:who|what|which)\b[^?!.]{0,40}?\b(?:author|authors|writer|writers|publisher|journalist)\s+of\s+"
    r"(?P<this>this|it)\s*[?!.]*$",
    re.IGNORECASE,
)
# The message alone, after an answer: where the answer comes from.
_WHERE_FROM = pattern(
    r"^(?P<open>\W*)where(?:\s+|'|’)(?P<verb>is|s|does|did)\s+this\s+(?P<rest>(?:come|came)\s+from|from\b)"
    r"(?P<after>\W*$|\W*[(—–-].*$)",
    re.IGNORECASE,
)


def _blank_person(text: str) -> str:
    """ "Sisi talked to?" -> "Sisi talked to whom?": a statement stopping at the preposition after a verb of talking or
    meeting, or at the "by" of a passive, asks for the person it takes."""
    if not text.rstrip().endswith("?"):
        return text
    found = _STRANDED_PERSON.match(text)
    return f"{found['head']} whom?" if found else text


_STRANDED_PERSON = pattern(
    r"^(?!\W*(?:who|whom|whose|what|which|when|where|why|how|did|do|does|is|are|was|were|has|have|had)\b)"
    r"(?P<head>\W*[\w'’-]+(?:\s+[\w'’-]+){0,5}?\s+(?:(?:talk|talked|talking|spoke|speak|speaking|spoken|chat|chatted|"
    r"met|meet|meeting|confer|conferred|phoned|called|rang)\s+(?:to|with)|[a-z]+(?:ed|en)\s+by))\s*\?+\s*$",
    re.IGNORECASE,
)


def _without_our_talk(text: str) -> str:
    """ "What kind of aid are we talking about?" -> "what kind of aid?": the asker's own talk is no talk of the
    documents' people (whose "talked about" would draw the facts of what they discussed)."""
    if " we " not in text.lower():
        return text
    stripped = _OUR_TALK.sub("", text)
    return stripped if _has_words(stripped) else text


_OUR_TALK = pattern(
    r"\s+(?:are|were|r)\s+we\s+(?:talking|speaking|discussing|on\s+about)(?:\s+about)?(?:\s+here)?(?=\s*[?!.]*\s*$)",
    re.IGNORECASE,
)


def _as_expressed(text: str) -> str:
    """ "How did Putin show his gratitude?" -> "how did Putin express his gratitude?" (see _SHOWN_FEELING)."""
    return _SHOWN_FEELING.sub("express", text) if "show" in text.lower() else text


# To show a feeling is to express it: "how did Putin show his gratitude?" asks how he expressed it, where the documents'
# "show" is what a gesture or a fact shows (an alias of "underline": "this gesture underlines the importance …").
_SHOWN_FEELING = pattern(
    r"\b(?:show|shows|showed|shown|showing)(?=\s+(?:(?:his|her|their|its|some|any|great|deep|much|real)\s+)?"
    r"(?:gratitude|appreciation|recognition|thanks|thankfulness|concern|sympathy|solidarity|support|respect)\b)",
    re.IGNORECASE,
)


# "In what way did they talk?", "through what channel did they talk?" ask what "how did they talk?" asks ("what"
# would ask for a thing: the topic).
# "Was the conflict called deadly?", "what step was called crucial?": "called" after a form of "be", with what
# it was called after it, names and does not phone ("was Sisi called by Putin?", "… called on the 14th?" still do).
_CALLED_AS = pattern(
    # The be of the passive, not of a frame before a clause ("is it true that Sisi called Putin?": he phoned him).
    r"\b((?:is|was|were|are|been|being|be)(?:\s+(?!that\b)[\w'’-]+){0,4}?\s+)"
    r"(?:called|labell?ed|termed|dubbed|deemed|branded)\s+"
    r"(?!(?:by|on|for|off|up|back|in|out|at|to|about|him|her|them|it|me|us|you|that|this|last|today|yesterday|"
    r"again|once|twice|early|late|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|"
    r"april|may|june|july|august|september|october|november|december|\d)\b)(?=[\w'’\"“])",
    re.IGNORECASE,
)
_KIND_OF_PEOPLE = pattern(
    r"\b(what|which)\s+(?:kinds?|sorts?|types?|categor(?:y|ies)|groups?)\s+of\s+(?=(?:people|persons|individuals)\b)",
    re.IGNORECASE,
)
_IN_WHAT_WAY = pattern(
    r"\b(?:in|by|through|via|over)\s+what\s+(?:ways?|manner|means|channels?|medium|mode|methods?)\b", re.IGNORECASE
)


def _reported(text: str) -> str:
    """A yes/no question told as asked by someone, or wondered about, asked outright: "our regional lead asked me
    whether the presidents said anything about the evacuation - did they?" -> "is it true that the presidents said
    anything about the evacuation?". The words of who asked are no subject, and "whether" makes it a yes/no
    question, which a statement of what was asked is not."""
    lowered = text.lower()
    if " know " in lowered and (wh := _WANTS_TO_KNOW_WH.match(text)) is not None:
        # "Consulate staff want to know which groups were to be evacuated?": what they want to know is asked.
        return f"{wh['question'].rstrip()}?"
    if "whether" not in lowered and "if " not in lowered:
        return text  # two substring tests, where the pattern would be tried at every word of most messages
    found = _WHETHER.match(text) or _LEFT_IF.match(text)
    if found is None:
        return text
    clause = without_tag(_OR_NOT.sub(" ", found["clause"])).strip().rstrip("?.!")
    if _THEN_ASKS.search(clause):
        return text  # "not sure if this is the right place, but when was the call?": the question follows
    if asked := _YOU_TELL.match(clause) or _KNOWS_WH.match(clause):
        # "I wonder if you could tell me when the call was", "my boss asked if I knew who was on the call": asks
        # what follows, not yes or no.
        return f"{clause[asked.end() :]}?"
    return f"is it true that {clause}?" if clause else text


# Who wants to know, then a wh-question: one sentence, opening the message.
_WANTS_TO_KNOW_WH = pattern(
    r"^(?:[^?.!:;]{0,40}:\s*)?[^?.!:;]{0,80}?\b(?:want|wants|wanted|need|needs|needed|would\s+like|['’]d\s+like)\s+to\s+know\s+"
    r"(?P<question>(?:what|which|who|whom|when|where|why|how)\b[^?]*)\?*\s*$",
    re.IGNORECASE,
)
# Who wants to know, then "whether"/"if": one sentence, opening the message (or after "so", "hey" and the like).
_WHETHER = pattern(
    r"^[^?.!]*?\b(?:ask|asks|asked|asking|wonder|wonders|wondered|wondering|know|knows|check|confirm|find out|"
    # ("What I'm really wondering is whether …")
    r"figure out|curious|sure|idea)\b(?:\s+(?:me|us|you|him|her|them))?(?:\s+is)?\s+(?:whether|if)\s+(?P<clause>\w.*)$",
    re.IGNORECASE | re.DOTALL,
)
# What is left once "does anyone know" came off as a polite frame: "if the article mentions a Palestinian state?". Not
# a condition before a question ("if so, what kind?", "if they agreed, when will it start?").
_LEFT_IF = pattern(r"^\W*(?:if|whether)\s+(?P<clause>(?!so\b)[^,;:]*\w[^,;:]*)$", re.IGNORECASE | re.DOTALL)
_OR_NOT = pattern(r"\s+or\s+not\b", re.IGNORECASE)
_THEN_ASKS = pattern(rf",?\s+but\s+(?:{'|'.join(sorted(QUESTION_OPENERS))})\b", re.IGNORECASE)
_KNOWS_WH = pattern(
    r"(?:i|you|u|we|anyone|anybody|someone|they)\s+(?:know|knew|knows|remember|remembered|recall|recalled)\s+"
    rf"(?=(?:{'|'.join(sorted(QUESTION_WORDS))})\b)",
    re.IGNORECASE,
)
_YOU_TELL = pattern(
    r"(?:you|u)\s+(?:can|could|would|will|might)\s+(?:please\s+)?(?:tell|let|remind|show)\s+(?:me|us)(?:\s+know)?\s+",
    re.IGNORECASE,
)


def without_tag(text: str) -> str:
    """A statement without the question asked again at its end: "they spoke, didn't they?" -> "they spoke"."""
    return _TAG.sub("", text)


# "… - did they?", ", didn't they?": the question asked again at the end.
_TAG = pattern(
    r"\s*[-–—,]?\s*\b(?:did|do|does|was|were|is|are|has|have|had)(?:n't|n’t| not)?\s+(?:they|it|he|she|we|you)\W*$",
    re.IGNORECASE,
)


def _without_turns(text: str) -> str:
    """The message without the chat turns before and after its question (without_chat's first step)."""
    message = text
    # (A request to confirm may close the message before a "thanks" does: "… - can someone confirm? thanks!")
    text = _confirmed(_without_fetch(_without_confirm_tag(_without_closing_turn(text))))
    if _may_say_how_wanted(text):
        text = _without(_HOW_WANTED_EDGES, text, lambda w: w not in STOPWORDS)
    text = _yes_or_no_asked(message, text)  # ("yes or no" may have come off as a chat turn closing it)
    text = _ABOUT_EVENT.sub(_did_they_discuss, _without_document_frame(text), count=1)
    if " as " in text.lower():  # one substring test for the many questions without
        text = _NAMED_AS.sub(_so_named, text, count=1)
    if " call " in text.lower():
        text = _CALLED_WHAT.sub(r"\1 is ", text, count=1)
        text = _WRITER_CALLS.sub(r"\1describe ", text, count=1)
    # Both open the message: one failed match each for most questions, no substitution.
    if request := _SHOW_ME.match(text):
        text = f"{request.group(1)}tell {request.group(2)}{text[request.end() :]}"
    elif briefing := _BRIEF_ME.match(text):
        whom = next(g for g in briefing.groups()[1:] if g)
        text = f"{briefing.group(1)}tell {whom} about{text[briefing.end() :]}"
    text = _asked_of_document(text)
    tokens = _plain(text).split()
    start = 0
    while start < len(tokens):
        step = _turn_at(tokens, start)
        if step == 0 and tokens[start] in _SOFT:
            step = 1
        if step == 0:
            break
        start += step
    if start == 0 or start == len(tokens):
        return text
    if tokens[start] in AUXILIARIES and not QUESTION_WORDS.isdisjoint(tokens[:start]):
        return text  # "what else did they discuss?": the chat phrase's question word is the question's own
    # The rest as written, where its words can be found again: its sentences and capitals tell the matcher
    # what the question is and what only surrounds it.
    shown = for_matching(text)
    found = _token_starts(shown)
    rest = shown[found[start] :].strip() if len(found) == len(tokens) else " ".join(tokens[start:])
    # The readings above see the question as it opens once the turns are off ("hello! was the phone call about
    # Gaza?"); what it asks is read again once the polite frames are off too (without_chat: _asked_plainly).
    return _without_turns(rest)


def _asked_plainly(text: str) -> str:
    """What is asked, once what opened the message is off: a statement to confirm, how it is wanted ("verbatim, …"),
    and the document's own frame (_asked_of_document)."""
    text = _confirmed(text)
    if _may_say_how_wanted(text):
        text = _yes_or_no_asked(text, _without(_HOW_WANTED_EDGES, text, lambda w: w not in STOPWORDS))
    return _asked_of_document(text)


def _confirmed(text: str) -> str:
    """ "True or false: they discussed humanitarian aid", "I think they discussed humanitarian aid?" asked as whether
    it is true that they did; "confirm: did they …?" asks already."""
    confirming = _CONFIRM.match(text)
    if confirming is None and text.rstrip().endswith("?"):
        confirming = _BELIEF.match(text)
        if confirming is None and (heard := _HEARSAY.match(text)) is not None:
            confirming = heard if not heard.group("past") or heard.group("that") or _TAG_SENTENCE.search(text) else None
        if confirming is not None:
            # "I heard they want to end the bloodshed. True?": the tag asks to confirm the one statement before it
            # (taken off the end, where the belief's match is untouched).
            text = _TAG_SENTENCE.sub("?", text)
            # One statement: "I heard Putin thanked Egypt. For what?" asks what for.
            if _ASKS_BEYOND.search(text, confirming.end()):
                confirming = None
    if confirming is None:
        return text
    rest = text[confirming.end() :].rstrip()
    first = rest.split()[0].lower()
    if first in AUXILIARIES or first in QUESTION_WORDS or _PREPOSED.match(rest):
        return rest  # "just checking, in which month did they talk?" asks already
    framed = confirming.groupdict()  # (a belief has no request)
    if framed.get("request") and not framed.get("clause") and Ask.YES_NO not in kinds_of(f"{rest}?"):
        return text  # "can you confirm the date of the call?" asks for the date: no statement follows
    return f"is it true that {rest.rstrip('?.!')}?"


def _asked_of_document(text: str) -> str:
    """ "What does the article say about …?" asked as "what did they say about …?" (see _DOCUMENT_SAYS)."""
    if said := _DOCUMENT_SAYS.match(text):
        opening = said.group(1) if said.group(1) is not None else said.group(2)
        if where := _WHERE_AT_END.search(opening):  # "where does the article say …?": where in it, the quote shows
            opening = opening[: where.start()]
        rest = text[said.end() :]
        if opening.strip() and _GIVES.match(rest):
            return text  # "what name does the article give Egypt's president?": giving a name is naming, no mention
        if opening.strip() and (reported := _SAYS_CLAUSE.match(rest)):
            # "What does the article say the call was about?" asks what the call was about, as it says.
            return f"{opening}{reported['aux']} {reported['subject']} {reported['rest']}"
        # The document's "state" is its "say", never the Palestinian state; what it reports is what it says too.
        return f"{opening}did they {_GIVES.sub('mention', _STATES.sub('say', rest, count=1), count=1)}"
    if seen := _DOCUMENT_SEES.match(text):
        # "What quality does the writer see running through the talk?": what the writer finds there is what the
        # document says is there, asked as what is there.
        return f"{seen['what']} {text[seen.end() :]}"
    if described := _HOW_DESCRIBES.match(text):
        verb = described.group("verb").lower()
        # "How does the article describe the nature of the exchange?": the exchange's nature is what describing it
        # tells, so the exchange is what is described.
        what = _ASPECT_OF.sub("", described.group("what"), count=1)
        # A question after it stays: "… the tone of the conversation? like was it humanitarian?" (not what only says
        # how the answer is wanted: "… ? 1-2 words is fine").
        after = text[described.end() :].strip()
        after = after if after.endswith("?") and after.split()[0].lower() in _ASKS_AGAIN else ""
        return f"how is {what} {verb}{'d' if verb.endswith('e') else 'ed'}?{' ' + after if after else ''}"
    if called := _DOCUMENT_CALLS.match(text):
        # "What step does the article call crucial?": how it names a thing, not a phone call.
        return f"{called['what'] or called['what2']} is called {called['how'] or called['how2']}"
    if called_so := _DOCUMENT_CALLS_IT.match(text):
        # "Does the piece call the Gaza situation delicate?" asks whether it is so, in the document's words: "is the
        # Gaza situation delicate?" ("… call aid a crucial step?": "is aid a crucial step?").
        named = called_so["named"].rstrip()
        thing, article, quality = named.rpartition(" a ") if " a " in named else named.rpartition(" ")
        return " ".join(w for w in ("is", thing, article.strip(), f"{quality}?") if w) if thing else text
    if stated := _IS_IT_STATED.match(text):
        return f"did they say that {text[stated.end() :]}"  # "is it stated that …?": does the document say it
    if where_said := _WHERE_IN_DOCUMENT.match(text):
        return f"did they {text[where_said.end() :]}"
    if shown_where := _SHOW_WHERE.match(text):
        return f"what did they say about {text[shown_where.end() :]}"
    part = _WHERE_PART.match(text) if "where" in text.lower() or "which" in text.lower() else None
    if part is not None and (about := part["about"] or part["about2"] or part["what"]):
        # "Where is the hostages part?", "which paragraph talks about the ceasefire?": where in the document, which the
        # quote shows; asked as what it says of the thing.
        return f"what did they say about {about}?"
    if described_where := _WHERE_DESCRIBED.match(text):
        # "Where is the Gaza Strip's situation described as delicate?": where in the document, which the quote shows;
        # asked as whether it is so described.
        return f"{described_where['aux'] or 'is'} {text[described_where.end() :]}"
    return text


_WHERE_AT_END = pattern(r"\bwhere\s*$", re.IGNORECASE)
# A passage asked for by where it is or which it is: "where's the hostages part?", "where is the section on aid?",
# "which paragraph talks about the ceasefire?".
_PASSAGE_NOUN = r"(?:part|bit|section|passage|line|paragraph|sentence|mention)s?"
_WHERE_PART = pattern(
    r"^\W*(?:where(?:\s+(?:is|are)|['’]s)\s+the\s+(?:(?P<what>[\w'’ -]+?)\s+)?"
    + _PASSAGE_NOUN
    + r"(?:\s+(?:about|on|regarding|concerning|that\s+(?:mentions?|talks?\s+about|covers?))\s+(?P<about>[^?]+?))?"
    + r"|which\s+"
    + _PASSAGE_NOUN
    + r"\s+(?:(?:is|are)\s+about|talks?\s+about|mentions?|covers?|discuss(?:es)?)\s+"
    + r"(?P<about2>[^?]+?))\W*$",
    re.IGNORECASE,
)
# What a document says, as a clause of its own after "say": "(what does the article) say the call was about?".
_SAYS_CLAUSE = pattern(
    r"^(?:say|says|said|state|states|report|reports|claim|claims)\s+(?:that\s+)?"
    r"(?P<subject>(?:the|this|that|their)\s+[\w-]+(?:\s+[\w-]+)?|they|it)\s+(?P<aux>was|were|is|are)\s+(?P<rest>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)
# How a question after another opens: "… ? like was it humanitarian?", "… ? was it positive?".
_ASKS_AGAIN = frozenset((*QUESTION_OPENERS, "like", "and", "or", "i.e.", "e.g.", "as"))
# "How does the article describe the conflict?" asks what "how is the conflict described?" asks: the words said of it,
# not of the article. "How would the article describe …?" asks the same: the article's words are what they are.
_HOW_DESCRIBES = pattern(
    rf"^\W*how\s+(?:does|do|did|would|will|might|could)\s+{_THE_WRITER}"
    r"\s+(?P<verb>describe|"
    r"characteri[sz]e|portray|present|depict|paint|frame)\s+(?P<what>\w[^?]*?)\W*?(?:\?|$)",
    re.IGNORECASE,
)
_ASPECT_OF = pattern(
    r"^(?:the|its|their)\s+(?:(?:overall|general|basic|essential|real|true|whole)\s+)?"
    r"(?:nature|character|tone|tenor|mood|spirit|quality)\s+of\s+(?=\w)",
    re.IGNORECASE,
)
# "Did the article report anything on …?", "… report on …?": what it reports of a thing is what it says of it.
_STATES = pattern(
    r"^(?:state|states|stated)\b|^(?:report|reports|reported)(?=\s+(?:that|anything|something|on|about)\b)",
    re.IGNORECASE,
)
# What the writer finds in a thing: "what quality does the writer see running through the discussion?".
# "What step does the article …", "which place's situation did the writer …": what is asked of, whose it is first.
_WHAT_THE_WRITER = rf"^\W*(?P<what>(?:what|which)(?:\s+[\w'’-]+){{0,2}}?)\s+(?:does|do|did)\s+{_THE_WRITER}\s+"
_DOCUMENT_SEES = pattern(
    rf"{_WHAT_THE_WRITER}(?:see|find|notice|note|detect|observe|identify|perceive|spot)\s+(?=\w)",
    re.IGNORECASE,
)
# What a document gives, cites or includes, it mentions: "does the article give a year for the call?"
_GIVES = pattern(r"^(?:give|provide|cite|include|specify)\b", re.IGNORECASE)
# What the document names a thing: "what step does the article call crucial?", "which issues does the author call
# crucial?".
_DOCUMENT_CALLS = pattern(
    rf"{_WHAT_THE_WRITER}call\s+(?P<how>\w.*)$"
    # Or the documents' people, whose words the document gives: "what step did the leaders call crucial?" (not what
    # they called for, or whom they called back).
    r"|^\W*(?P<what2>(?:what|which)(?:\s+[\w'’-]+){1,2}?)\s+(?:does|do|did)\s+(?:the\s+(?:two\s+)?(?:leaders|presidents)"
    r"|they|both|the\s+two)\s+call\s+(?!(?:for|on|upon|about|with|to|back|out|off|up|first|again|later|him|her|them)\b)"
    r"(?P<how2>[a-z-]+)\W*$",
    re.IGNORECASE,
)
_DOCUMENT_CALLS_IT = pattern(
    rf"^\W*(?:does|do|did)\s+(?:{_THE_WRITER}|it)\s+call\s+"
    r"(?P<named>(?:the|this|that|their|its|his|an?)\s+[^?]+?)\W*$",
    re.IGNORECASE,
)
_IS_IT_STATED = pattern(
    r"^\W*(?:is|was)\s+it\s+(?:ever\s+|anywhere\s+)?(?:stated|said|mentioned|reported|written|claimed|noted)\s+"
    r"(?:anywhere\s+)?(?:(?:in|by)\s+the\s+(?:article|text|document|report|piece|story)\s+)?that\s+(?=\w)",
    re.IGNORECASE,
)


# "... according to the article", "in this report": where the question is asked, not what. The document's
# words would otherwise count as a subject, and draw the facts that happen to say "article" (the publisher's).
_DOCUMENT_FRAME = pattern(
    # Not right after "where": "where in the text is …?" asks where in it (see _SHOW_WHERE).
    r"(?<!where)(?<!where\s)\s*,?\s*\b(?:according to|as per|per|in|from|based on|going by|judging by|if you go by)"
    r"\s+(?:the|this|that|these|your)\s+"
    # "Per the paper": a newspaper's article, by the name people use for the newspaper.
    r"(?:article|articles|document|documents|doc|docs|report|piece|story|text|source|news|author|writer|journalist|"
    r"paper|newspaper)\b"
    r"(?:\s*[,;:]\s*)?"
    # "based on this, who …?", "… according to it?": the pronoun at a clause's edge stands for the document; "…
    # according to them?" for the people it reports, whose account it is anyway.
    r"|\s*,?\s*\b(?:according to|as per|based on)\s+(?:this|that|it|them|him|her)\b(?=\s*(?:[,;:?!.]|$))"
    r"(?:\s*[,;:]\s*)?"
    # "What's the article's take on …": whose take it is goes without saying.
    rf"|\b(?:the|this|that|your)\s+{DOCUMENT_NOUNS}(?:'|’)s\s+"
    # "Re this article: was it a phone call?": the document named as what a question opening after it is about.
    rf"|^\W*(?:re|about|regarding|concerning|on)\s*:?\s+(?:the|this|that|your)\s+(?:{DOCUMENT_NOUNS}|link)\s*[:,—–-]+\s*"
    # "…, as the article presents it", "as described in the text": how the document tells it is what is asked.
    rf"|\s*,?\s*\bas\s+(?:the|this|that|your)\s+(?:{DOCUMENT_NOUNS}|author|writer)\s+(?:presents|describes|puts|tells|"
    r"reports|says|has|portrays|frames|depicts|explains|states|gives|words|phrases)(?:\s+(?:it|them))?\b"
    r"|\s*,?\s*\bas\s+(?:presented|described|reported|stated|told|given|portrayed|depicted|explained|mentioned|"
    rf"written|set\s+out|outlined|framed|put)\s+(?:in|by)\s+(?:the|this|that|your)\s+{DOCUMENT_NOUNS}\b",
    re.IGNORECASE,
)


# "... in the call", "during their phone conversation": when the documents tell of a conversation, such a phrase
# says when the thing asked about was said, not what is asked. "On the call" is left alone: it is often who took
# part ("was Putin on the call?"). The phrase stays when nothing but it names a subject.
_EVENT_FRAME = pattern(
    r"\s*,?\s*\b(?:in|during|over)\s+(?:the|their|that|this)\s+(?:(?:phone|telephone)\s+)?"
    r"(?:call|conversation|talks|discussion|exchange)\b",
    re.IGNORECASE,
)


_UNNAMING = STOPWORDS | QUESTION_WORDS | EVERYDAY_WORDS
_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|"
    r"jun|jul|aug|sep|sept|oct|nov|dec)"
)
_DATE_FRAME = pattern(
    rf"\s*,?\s*\b(?:on|in)\s+(?:the\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?)?{_MONTH}\b"
    r"(?:\s+\d{1,2}(?:st|nd|rd|th)?\b)?(?:,?\s+\d{4}\b)?"
    r"|\s*,?\s*\bon\s+the\s+\d{1,2}(?:st|nd|rd|th)\b",  # "on the 14th": the day of the month a fact gives
    re.IGNORECASE,
)
_ASKS_WHAT_ELSE = opens_with(*sorted(QUESTION_WORDS - {"when", "where"}))
_ASKS_DATE = pattern(r"\b(?:date|day|month|year|time|when)\b|\bhow long\b", re.IGNORECASE)
# The same asked after a part that sets it up: "call on the 14th: what was discussed?".
_PART_ASKS_WHAT_ELSE = pattern(
    rf"(?:[:;.?!\n]\s*|\s[-–—]\s+)(?:{'|'.join(sorted(QUESTION_WORDS - {'when', 'where'}))})\b", re.IGNORECASE
)
# "Was the call about Gaza?", "is the article about the hostages?" ask whether Gaza or the hostages were discussed,
# not about the telephone or the publisher.
# ("Was the call on November 15?" asks when it was.) "Mostly", "mainly" about it asks what was at its centre, which
# the yes must then state ("mainly about the hostages" is no yes from "they spoke about the hostages"): the degree is
# kept, as "mainly". "Also", "partly" about it is about it; "only about Gaza" is not, and is left as asked.
_EVENT_NAMED = (
    r"(?:the|their|this|that)\s+(?:(?:phone|telephone)\s+)?(?:call|conversation|talk|talks|discussion|article|"
    r"document|report|piece|story)"
)
# The words that ask to confirm a statement put after them ("is it true that …", "would you say …", "is it fair to
# say …"): one fragment, for the rewording here and for replies' reading of what a yes must affirm. Not before a
# question word: "would you say when they spoke?" asks when.
ASKED_TO_CONFIRM = (
    r"(?:(?:is|was)\s+it\s+(?:true|correct|right|accurate|the\s+case|(?:fair|safe|accurate|right|correct)\s+to\s+say)"
    r"|would\s+it\s+be\s+(?:true|correct|right|accurate|(?:fair|safe|accurate|right|correct)\s+to\s+say)"
    r"|am\s+i\s+(?:right|correct)(?:\s+(?:in\s+(?:thinking|saying)|to\s+(?:think|say)))?"
    r"|would\s+you\s+(?:say|agree)|do\s+you\s+agree)"
    r"(?!\s+(?:what|when|who|whom|whose|where|why|how|which|whether|if)\b)"
)
# Asked in either order: "the call was about Gaza?" is asked as often. (A word follows: "the call was on ___" is a
# blank to fill in.)
_ABOUT_EVENT = pattern(
    rf"^\W*(?:(?:was|is|were|are)\s+{_EVENT_NAMED}|(?:{ASKED_TO_CONFIRM}\s+(?:that\s+)?)?{_EVENT_NAMED}\s+(?:was|is|were|are))\s+"
    r"(?:(?P<main>mostly|mainly|largely|primarily|chiefly|principally)\s+|(?:partly|also|really)\s+)?"
    rf"(?:about|on(?!\s+(?:the\s+|a\s+)?(?:\d|{_MONTH}\b|(?:{WEEKDAYS})\b))|regarding|concerning)\s+(?=[^\W_])",
    re.IGNORECASE,
)


# "Which groups are mentioned as caught in the conflict?", "which country does the article name as providing
# assistance?": the document's naming them is how the question is put; it asks who or what is so ("which groups are
# caught in the conflict?"). "What is the aid described as?" asks for the description, and keeps its words.
_NAMED_AS = pattern(
    r"^(\W*(?:who|what|which|whose)\b.*?\b(?:is|are|was|were)(?:\s+being)?)\s+(?:mentioned|described|named|listed|"
    r"cited|referred\s+to|identified|called|singled\s+out|presented|portrayed|characteri[sz]ed|depicted|labell?ed|"
    r"termed|highlighted|given)\s+as\s+(?=\w)"
    rf"|^(\W*(?:who|what|which|whose)\b.*?)\s+(?:does|do|did)\s+(?:the|this|that|your)\s+(?:{DOCUMENT_NOUNS}|author|writer)"
    r"\s+(?:mention|describe|name|list|cite|refer\s+to|identify|call|single\s+out|present|portray|characteri[sz]e|"
    r"depict|label|term|highlight)\s+as\s+(?=\w)",
    re.IGNORECASE,
)


# "What did they call a crucial step?": what the document names so, asked as "what is a crucial step?" ("call" is no
# telephone here). Not "what did they call for?", nor "... call Sisi about?"; nor an adjective alone ("what did the
# article call deadly?"), which "what is deadly?" would match by its aliases alone (deadly, devastating).
# "Did the article call Egypt's assistance comprehensive?": the writer's calling a thing so is describing it (no
# telephone); not "does the report call for …", "… call on …".
_WRITER_CALLS = pattern(
    rf"^(\W*(?:does|do|did)\s+{_THE_WRITER}\s+)call\s+(?!(?:for|on|upon|about|with|to|back|out|off)\b)(?=\w)",
    re.IGNORECASE,
)
_CALLED_WHAT = pattern(
    rf"^(\W*(?:what|which|who)(?:\s+\w+)?)\s+(?:does|do|did)\s+(?:they|he|she|the\s+(?:{DOCUMENT_NOUNS}|author|writer|"
    r"leaders|presidents|two))\s+call\s+(?=(?:a|an|the|this|that|these|those|its|their)\s+\w)"
    r"(?!.*\b(?:about|for|on|with|to)\W*$)",
    re.IGNORECASE,
)


def _so_named(found: re.Match[str]) -> str:
    return f"{found[1]} " if found[1] is not None else f"{found[2]} is "


def _did_they_discuss(about: re.Match[str]) -> str:
    return "did they mainly discuss " if about.group("main") else "did they discuss "


def without_source(text: str, knowledge: KnowledgeBase) -> str:
    """A question without the source it names, when that is one of the documents' publishers or titles: "As reported
    by La Nouvelle Tribune, what did the two leaders discuss?" and "who took part in the conversation reported by La
    Nouvelle Tribune?" ask about the conversation, not who published it. Another source ("according to the Egyptian
    presidency, …") may be what is asked about."""
    found = _SOURCE_FRAME.match(text)
    if found is not None and _has_words(found.group("rest")) and _names_a_document(found.group("what"), knowledge):
        return found.group("rest")
    says = _NAMED_SAYS.match(text)
    if (
        says is not None
        and _has_words(text[says.end() :].partition(" ")[2])  # past the verb
        and _names_a_document(says["what"], knowledge)
    ):
        # "What does the Tribune say the call was about?" is asked of the document as "the article" would be.
        return _asked_of_document(f"{says.group(1)}does the article {text[says.end() :]}")
    folded = text.lower()
    for piece in _PIECE.finditer(text) if any(noun in folded for noun in _PIECE_NOUNS) else ():
        # "I was skimming the La Nouvelle Tribune piece and couldn't work out who was on the call?": the document
        # by its name is what the asker read, which names no subject.
        named = piece.group("what").split()
        for start in range(len(named)):
            if _names_a_document(" ".join(named[start:]), knowledge):
                cut = piece.start("what") + len(" ".join(named[:start])) + (1 if start else 0)
                rest = f"{text[:cut]}{text[piece.end('what') :]}"
                if _asks_more(rest):
                    return without_source(rest, knowledge)
                break
    if any(hint in folded for hint in _SOURCE_HINTS):  # one substring test each for the many questions with none
        for inside in _SOURCE_INSIDE.finditer(text):
            rest = f"{text[: inside.start()]}{text[inside.end() :]}"
            # "Was the article published in La Nouvelle Tribune?" asks about the publishing: nothing else is left.
            if _asks_more(rest) and _names_a_document(inside.group("what"), knowledge):
                return rest
    return text


def _asks_more(rest: str) -> bool:
    """Whether a question asks anything once the document it names is taken out of it."""
    return any(w not in STOPWORDS and w not in QUESTION_WORDS and w not in _DOCUMENT_WORDS for w in words(rest.lower()))


# A document by its name, then the noun for one: "the La Nouvelle Tribune piece" (the name is up to five words).
_PIECE_NOUNS = ("piece", "article", "story", "report", "column", "write-up")
_PIECE = pattern(rf"\b(?P<what>(?:[\w'’-]+\s+){{0,4}}[\w'’-]+)\s+(?:{'|'.join(_PIECE_NOUNS)})\b")


def _names_a_document(what: str, knowledge: KnowledgeBase) -> bool:
    """Whether words name one of the documents by its publisher or title, all of it or its end ("Nouvelle Tribune",
    "the Tribune piece")."""
    named = [w.lower() for w in words(what)]
    while named and named[-1] in _DOCUMENT_WORDS:
        named.pop()  # "the Tribune piece"
    short = named[:1] == ["the"]  # "the Tribune": a paper by the last word of its name, as people call one
    if short:
        del named[0]
    if not named:
        return False
    said = " " + " ".join(named)
    return any(
        whole == said or ((len(named) > 1 or (short and publisher)) and whole.endswith(said))
        for whole, publisher in knowledge.source_names
    )


# "… the conversation reported by La Nouvelle Tribune?", "when was the call held, according to La Nouvelle
# Tribune?": where the question's subject was read about.
_SOURCE_VERBS = ("reported", "published", "covered", "carried", "described")
_SOURCE_HINTS = (*_SOURCE_VERBS, "according")
_SOURCE_INSIDE = pattern(
    rf"\s*,?\s*\b(?:(?:as\s+)?(?:{'|'.join(_SOURCE_VERBS)})\s+(?:by|in)|according\s+to)\s+(?P<what>[^,?.!;:()]{{2,80}}?)"
    r"(?=\s*(?:[,?.!;:()]|$))",
    re.IGNORECASE,
)


# "What does <a publisher or title> say …": what "what does the article say …" asks ("what does la nouvelle tribune
# report?", with nothing after the verb, asks about the paper).
_NAMED_SAYS = pattern(
    r"^(\W*(?:what|how|when|who|why|where|which)\s+)(?:does|do|did)\s+(?P<what>[^,?.!;:()]{2,60}?)\s+"
    r"(?=(?:say|says|said|report|reports|state|states|mention|mentions|claim|claims)\b)",
    re.IGNORECASE,
)
_SOURCE_FRAME = pattern(
    r"^\W*(?:according to|as reported by|as reported in|reported by|as per|per|in|from|as|says)\s+"
    r"(?P<what>[^,:;—–-]{2,80}?)\s*[,:;—–-]\s*(?P<rest>.+)$",
    re.IGNORECASE | re.DOTALL,
)


def _has_words(text: str) -> bool:
    return any(w not in STOPWORDS for w in words(text.lower()))


def _without_document_frame(text: str) -> str:
    stripped = _without(_DOCUMENT_FRAME, text, lambda w: w not in STOPWORDS and w not in QUESTION_WORDS)
    # "What happened in the call?" asks about the call: what is left must name something of its own. Not where an "it"
    # after it points back at the call ("who took part in the call and how was it conducted?").
    event = _EVENT_FRAME.search(stripped)
    if event is None or IT.search(stripped, event.end()):
        return stripped
    return _without(_EVENT_FRAME, stripped, lambda w: w not in _UNNAMING)


def without_date(text: str, known: Container[str]) -> str:
    """A wh-question without the date that places it, when the documents know that date: "what did they talk
    about on November 14?" asks what they talked about. A question asking when, or whether it was then ("did they
    speak on November 14?"), keeps it, and so does one about a day the documents don't know ("... on November
    20?"), which they can't answer."""
    if not (_ASKS_WHAT_ELSE.match(text) or _PART_ASKS_WHAT_ELSE.search(text)) or _ASKS_DATE.search(text):
        return text
    found = _DATE_FRAME.search(text)
    if found is None or any(n not in known for n in re.findall(r"\d+", found.group())):
        return text
    return _without(_DATE_FRAME, text, lambda w: w not in _UNNAMING)


def when_instead(text: str, known: Container[str]) -> str | None:
    """A yes/no question placed on a day the documents don't know, asked as "when": "was the call on November
    15?" asks when the call was, since no fact gives that day ("when was the call?"). None for any other question,
    and for a day the documents know ("was the call on November 14?", which a fact affirms)."""
    folded = text.lower()
    hinted = any(hint in folded for hint in _RELATIVE_HINTS)  # a few substring tests for most questions
    if hinted and (relative := _RELATIVE_FRAME.search(text)) is not None and Ask.YES_NO in kinds_of(text):
        # "Did they speak last week?", "was the call on a weekend?": a time the documents can't place, whose day
        # they don't tell relative to now (nor the season, nor the day of the week): asked as when.
        return _asked_when(text, relative)
    if not _DATE_HINT.search(text):
        return None  # no digit, month or weekday: one quick scan for most questions
    found = _DATE_FRAME.search(text) or _YEAR_FRAME.search(text)
    if found is None and (day := _WEEKDAY_FRAME.search(text)) and day["day"].lower() not in known:
        # "Was the call on a Tuesday?": a day of the week no fact names, asked as when (whose answer is the date given,
        # which says no weekday without its year).
        return _asked_when(text, day) if Ask.YES_NO in kinds_of(text) else None
    if found is None or Ask.YES_NO not in kinds_of(text):
        return None
    named = found.group().lower()
    months = [MONTHS.split("|")[_month_number(a) - 1] for a in re.findall(rf"\b{_MONTH}\b", named)]
    if all(w in known for w in (*re.findall(r"\d+", named), *months)):
        return None
    return _asked_when(text, found)


def date_span(text: str, index: Index) -> tuple[str, str | None] | None:
    """A question placed in part of a month or before or after a day ("was the call in late November?", "did they
    speak before November 20?"), read against the dates the documents give: (the question placed "in" the month of
    a date given inside the span, None), which is answered as that month is; or, for a yes/no question, where no date
    given falls inside, (the question, the question asked as "when"), whose answer gives the date there is instead; or
    for a choice of sides ("before or after November 20?"), (the question asked as "when", None).
    None for any other question, and where the documents give no date at all."""
    if not _DATE_HINT.search(text):
        return None  # no digit and no month: one quick scan for most questions
    if found := _PART_OF_MONTH.search(text):
        if index.dates_given and (either := _EITHER_SIDE_OF.search(text, 0, found.start())):
            # "Was the call before or after mid-November?": a choice of the two sides asks when it was.
            return _asked_when(text, found, either.start()), None
        if not index.dates_given or _BOUND_BEFORE.search(text, 0, found.start()):
            return None  # "by the end of November" is the whole month up to then: left as asked
        month = _month_number(found["month"] or found["month_of"])
        first, last = _MONTH_PARTS[" ".join((found["part"] or found["part_of"]).lower().split())]
        if last <= 0:  # counted back from the month's last day
            first, last = _MONTH_DAYS[month - 1] + first, _MONTH_DAYS[month - 1]
        inside = [(m, d) for m, d in index.dates_given if m == month and first <= d <= last]
    elif found := _SIDE_OF_DAY.search(text):
        if not index.dates_given:
            return None
        if either := _EITHER_SIDE.search(text, 0, found.start()):
            # "Did the call happen before or after November 20?": a choice of the two sides asks when it was, which
            # the date given answers (a yes would answer neither side).
            return _asked_when(text, found, either.start()), None
        side = " ".join(found["side"].lower().split())
        if found["day_only"]:  # the days alone compared, of whatever month: each given date as if in month 0
            bound, of_month = (0, int(found["day_only"])), False
        else:
            bound = (_month_number(found["month"] or found["month_day"]), int(found["day"] or found["day_month"]))
            of_month = True
        inside = []
        for given in index.dates_given:
            compared = given if of_month else (0, given[1])
            if compared < bound if side in _BEFORE else compared > bound if side in _AFTER else compared <= bound:
                inside.append(given)
    else:
        return None
    if inside:
        named = MONTH_NAMES[min(inside)[0] - 1]
        return re.sub(r"\s{2,}", " ", f"{text[: found.start()]} in {named} {text[found.end() :]}").strip(), None
    if Ask.YES_NO not in kinds_of(text):
        return None
    return text, _asked_when(text, found)


def _month_number(name: str) -> int:
    return next(n for n, m in enumerate(MONTHS.split("|"), start=1) if m.startswith(name.lower()[:3]))


# Parts of a month as days (negative: counted back from its last day). Early, mid, late are its thirds as people
# commonly mean them; the documents' own date is then inside one of them only.
_MONTH_PARTS = {
    "early": (1, 10), "beginning": (1, 10), "start": (1, 10), "mid": (11, 20), "middle": (11, 20), "late": (21, 31),
    "end": (21, 31), "first half": (1, 15), "second half": (16, 31), "first week": (1, 7), "second week": (8, 14),
    "third week": (15, 21), "fourth week": (22, 28), "last week": (-6, 0), "final week": (-6, 0),
}  # fmt: skip
_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)  # a leap year's: no day is ruled out for want of one
_SPAN_LEAD = r"(?:(?:in|during|on|at|around|towards?|over)\s+)?(?:the\s+)?"
_PART_OF_MONTH = pattern(
    rf"\b{_SPAN_LEAD}(?:(?P<part>early|mid|late)(?:\s*-\s*|\s+)(?P<month>{_MONTH})"
    r"|(?P<part_of>beginning|start|middle|end|(?:first|second|third|fourth|last|final)\s+(?:half|week))\s+of\s+"
    rf"(?:the\s+month\s+of\s+)?(?P<month_of>{_MONTH}))\b",
    re.IGNORECASE,
)
_BOUND_BEFORE = pattern(r"\b(?:by|until|till|before|after)\s*$", re.IGNORECASE)
_BEFORE = ("before", "prior to", "ahead of", "earlier than")
_AFTER = ("after", "later than")
_EITHER_SIDE_OF = pattern(
    rf"\b(?:{'|'.join(_BEFORE + _AFTER)})\s+or\s+(?:{'|'.join(_BEFORE + _AFTER)})\s+$", re.IGNORECASE
)
_EITHER_SIDE = pattern(rf"\b(?:{'|'.join(_BEFORE + _AFTER)}|on)\s+or\s+$", re.IGNORECASE)
_SIDE_OF_DAY = pattern(
    rf"\b(?P<side>{'|'.join(_BEFORE + _AFTER)}|by|until|till|no later than|not later than)\s+(?:the\s+)?"
    rf"(?:(?P<month>{_MONTH})\s+(?:the\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"|(?P<day_month>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month_day>{_MONTH})"
    # "before the 15th": a day of the month the question leaves unnamed, as "on the 14th" does.
    r"|(?P<day_only>\d{1,2})(?:st|nd|rd|th)(?!\s+of\b))\b",
    re.IGNORECASE,
)


def _asked_when(text: str, found: re.Match[str], start: int | None = None) -> str:
    """The question without the date `found` in it (from `start`, if given), asked as "when"."""
    start = found.start() if start is None else start
    rest = re.sub(r"\s+(?=[?!.])", "", re.sub(r"\s{2,}", " ", f"{text[:start]} {text[found.end() :]}"))
    rest = rest.strip()
    return f"when {rest[:1].lower()}{rest[1:]}"


# A time told relative to now, or by season: "last week", "yesterday", "recently", "on a weekend", "in the autumn".
_RELATIVE_FRAME = pattern(
    r"\s*,?\s*\b(?:(?:on|in|during|over)\s+)?(?:(?:last|this|past|previous)\s+(?:week|weekend|month|year|night|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|the\s+other\s+day|recently|lately|"
    r"(?:a|the)\s+weekend|the\s+(?:autumn|fall|spring|summer|winter))\b"
    # Not a time whose thing is named ("following up on yesterday's thread"): no time of what is asked.
    r"(?!['’]s\b)",
    re.IGNORECASE,
)
_RELATIVE_HINTS = ("last ", "this ", "past ", "previous ", "yesterday", "other day", "recently", "lately", "weekend",
                   "autumn", "fall", "spring", "summer", "winter")  # fmt: skip
_DATE_HINT = pattern(rf"\d|\b{_MONTH}\b|\b(?:{WEEKDAYS})\b", re.IGNORECASE)
_WEEKDAY_FRAME = pattern(rf"\s*,?\s*\bon\s+(?:a\s+|the\s+)?(?P<day>{WEEKDAYS})\b", re.IGNORECASE)
# A year alone: "did the call take place in 2022?".
_YEAR_FRAME = pattern(r"\s*,?\s*\bin\s+(?:19|20)\d\d\b")


def set_aside(text: str) -> tuple[str, str]:
    """(the question without what it sets aside, what it sets aside): "who else besides Russians was to be
    evacuated?" asks who was to be evacuated, and not about Russians; the words after "besides" (a name or two, up
    to the next function word, or several joined by "and") would otherwise pull the answer toward the very fact
    the asker already knows."""
    folded = text.lower()
    if not any(hint in folded for hint in _EXCEPTING_HINTS):
        return text, ""  # one substring test per word instead of a pattern tried at every position
    found = _EXCEPTING.search(text)
    if found is None:
        return text, ""
    end, count, joint, named = found.end(), 0, None, False
    for word in _WORD_RUN.finditer(text, found.end()):
        lowered = word.group().lower()
        if text[end : word.start()].strip():
            break  # punctuation: what is set aside ends here
        if lowered in _JOINING and count:
            count, joint = 0, end  # "apart from the hostages and the ceasefire": a second thing set aside
            end = word.end()
            continue
        if count == 0 and lowered not in _ARTICLES:
            named = word.group()[0].isupper()
        function = lowered in STOPWORDS or lowered in QUESTION_WORDS
        if count == _EXCEPTED_WORDS or (function and not (count == 0 and lowered in _ARTICLES)):
            break  # a function word ("was", "to") or enough words
        if count and named and not word.group()[0].isupper() and not _ENDS_NAMED.match(text, word.end()):
            # "besides Putin and Sisi took part": a name ends at the first word in lower case, unless that word ends
            # the clause ("…, besides Russian citizens?") or its verb follows ("who besides Russian citizens was to
            # be evacuated?"): the name's noun.
            break
        count += lowered not in _ARTICLES
        end = word.end()
    if joint is not None and count == 0:
        end = joint  # "and" with nothing set aside after it joins the rest of the question instead
    if end == found.end():
        return text, ""
    rest = re.sub(r"\s{2,}", " ", f"{text[: found.start()]} {text[end:]}")
    rest = re.sub(r"[,;:]+(?=[?!.])", "", re.sub(r"\s+(?=[?!.,])", "", rest))  # "evacuated, besides X?"
    rest = re.sub(r",,\s*", " ", rest)  # "who else, apart from Russians, was ...?": the commas went with it
    return rest.strip(" ,;:"), text[found.end() : end]


_EXCEPTING = pattern(r"\s*\b(?:besides|apart from|aside from|other than|except(?: for)?)\s+", re.IGNORECASE)
_EXCEPTING_HINTS = ("besides", "apart", "aside", "other than", "except")
_ENDS_NAMED = pattern(rf"\s*(?:[?!.,;:]|$|(?:{'|'.join(sorted(AUXILIARIES))})\b)", re.IGNORECASE)
_EXCEPTED_WORDS = 2  # "besides foreign nationals"
_JOINING = frozenset(("and", "or"))
_ARTICLES = frozenset(("the", "a", "an"))


def _without(frame: Pattern, text: str, names: Callable[[str], bool]) -> str:
    """The text without the frame's phrases, if what is left still has a word that `names` something."""
    if frame.search(text) is None:  # most questions have none: one scan instead of three
        return text
    stripped = re.sub(r"\s{2,}", " ", frame.sub(" ", text)).strip()
    if stripped == text.strip():
        return text
    stripped = re.sub(r"\s+(?=[?!.:;,])", "", stripped)  # "who led the repairs ?" where the frame stood last
    return stripped if any(names(w) for w in words(stripped)) else text


_WORD_RUN = pattern(r"[^\W_]+")  # where each of a text's words (bot.words.words, apostrophes split) starts


def _token_starts(shown: str) -> list[int]:
    """Where each of a text's plain tokens (_plain) starts in it: shorthand spelt out as two words ("Im": "i m") is
    two tokens of one word."""
    return [m.start() for m in _WORD_RUN.finditer(shown) for _ in SHORTHAND.get(m.group().lower(), "-").split()]


def _without_fetch(text: str) -> str:
    """ "The part about the shared vision - can you pull that up?": a request to fetch what the first part names,
    after it, asks for that part's passage, which every answer quotes; the request itself names nothing."""
    found = _FETCH_IT.search(text)
    return text[: found.start()].rstrip() if found and words(text[: found.start()]) else text


# "… - can you pull that up?", "…, could you show me that please?": after a stop, with "it", "that" or up/out.
_FETCH_IT = pattern(
    r"\s*[,;:—–-]+\s*(?:(?:can|could|would|will)\s+you\s+)?(?:please\s+|pls\s+)?(?:show|pull|bring|dig|look|find|"
    r"quote|paste|give|send|share|get)\s+(?:(?:me\s+|us\s+)?(?:(?:it|that|this|them|those)(?:\s+(?:up|out))?|up|out)|me|us)"
    r"(?:\s+(?:for\s+me|for\s+us|please|pls))?\W*$",
    re.IGNORECASE,
)


def as_request(text: str) -> str:
    """The message without the chat that frames a request: a closing after it ("recap the article, thanks!"), a
    greeting or an apology before it, and the "could you" that asks it ("sorry to bug you, could you …")."""
    return without_you_please(_without_apology(_without_greeting(_without_closing_turn(text))))


def without_you_please(text: str) -> str:
    """The message without the "could you" that makes it a request ("could you recap the article asap?")."""
    return _YOU_PLEASE.sub("", text, count=1)


def _without_greeting(text: str) -> str:
    """The message without the greeting that opens it ("yo condense the doc you have" -> "condense the doc you
    have")."""
    tokens = _plain(text).split()
    size = _turn_at(tokens, 0)
    if not size or _TURN_OF.get(" ".join(tokens[:size])) is not Turn.GREETING:
        return text
    return re.sub(rf"^\W*(?:[\w'’]+\W+){{{size}}}", "", text, count=1)


_YOU_PLEASE = pattern(
    r"^\W*(?:(?:hey|hi|ok|okay|so)\W+)?(?:(?:could|can|would|will)\s+(?:you|u)|(?:would|do)\s+you\s+mind"
    r"|(?:would\s+you\s+)?mind\s+if\s+i\s+ask\s+you\s+to|i(?:['’]d|\s+would)\s+like\s+you\s+to"
    r"|i\s+(?:need|want)\s+you\s+to)\s+(?:please\s+|pls\s+|kindly\s+)?(?=\w)",
    re.IGNORECASE,
)


def _without_closing_turn(text: str) -> str:
    """The text without a chat turn (and soft words, emoji) after its last stop, if that is all there is
    after it: a soft word alone ("…run again?") is part of the question."""
    body = text.rstrip()
    for stop in reversed(list(_STOP.finditer(body))):
        tail = _plain(body[stop.end() :]).split()
        if not tail:
            continue  # only punctuation after this stop: look at the one before
        if body.endswith("?") and only_confirms(tail) and not _CONFIRMING.isdisjoint(tail):
            # "Both of them back a Palestinian state, correct?": the statement asked, as "… right?" is (_declares).
            return body[: stop.start()].rstrip() + "?"
        turns = _only_turns(tail)
        if Turn.SUMMARY in turns:  # "briefly, what happened?" is not a question and a closing turn
            return text
        if not turns and not _SOFT.issuperset(tail):  # "... really?" adds nothing to the question before it
            return _without_unstopped_closing(text)
        mark = stop.group().strip()[:1]
        if body.rstrip().endswith("?"):
            mark = "?"  # "it was Putin and Sisi who spoke, right?": the tag's question mark is the question's
        return (body[: stop.start()] + (mark if mark in "?!." else "")).strip() or text
    return _without_unstopped_closing(text)


# Words after which "thanks" is what was given, not the asker's own: "did Putin express thanks?", "who gave thanks",
# "Putin's thanks!".
_GIVES_THANKS = frozenset(
    "give gave given gives giving say said says saying express expressed expresses expressing offer offered offers "
    "send sent sends extend extended his her their its of no many special s".split()
)
_OPENERS = frozenset(QUESTION_OPENERS)
# A request opens as a question does: "name the two presidents thanks", "list the topics please".
_REQUESTS = _OPENERS | frozenset(
    "tell name list explain describe give show summarise summarize remind identify outline specify".split()
)


# The words of a tag that asks to confirm what was said before it: "… correct?", "… is that right?", "true or false?".
# ("True or false?", "isn't that so?": "isn" is the word split from its "t".)
_CONFIRMING = frozenset("true false right correct accurate really yes yeah no or not so isn wasn".split())


def only_confirms(typed: list[str]) -> bool:
    """Whether words only ask to confirm what was said before them: "true?", "is that right?", "did they?"."""
    return all(w in STOPWORDS or w in _CONFIRMING for w in typed)


def _without_unstopped_closing(text: str) -> str:
    """A question without the thanks, goodbye or "please" typed straight after it, with no stop between ("what did
    they agree on thanks", "when was the call thx in advance", "what was the call about pls", "… cheers"): its
    "thanks" had drawn the fact about Putin's thanks, and a "please" hid the "about" that ends a question asking for
    a topic. Only a phrase holding a word of thanks or goodbye ("what was great" keeps its "great"). "Thanks" itself
    may be what is asked about ("gaza thanks", "did Putin express thanks"): it comes off only after a whole question
    or request (opening with a question word, an auxiliary or "name", "list", ...) or with an exclamation mark
    ("ceasefire thanks!"), and not after a word that gives it."""
    lowered = text.lower()
    if not any(hint in lowered for hint in _CLOSING_HINTS):
        return text  # most questions: a few substring tests
    tokens = _plain(text).split()
    if len(tokens) < 2:
        return text
    if tokens[-1] in _TRAILING:
        return _cut_tail(text, tokens, 1)
    if _CLOSING.keys().isdisjoint(tokens[1:]):
        return text
    for size in range(min(_LONGEST, len(tokens) - 1), 0, -1):
        tail = tokens[-size:]
        if _CLOSING.keys().isdisjoint(tail):
            continue
        turns = _only_turns(tail)
        if not turns or turns - {Turn.THANKS, Turn.GOODBYE}:
            continue
        if tail[0] in _THANKS_WORDS and (
            tokens[-size - 1] in _GIVES_THANKS or not (_asks_whole(text) or text.rstrip().endswith("!"))
        ):
            continue  # "gaza thanks": the thanks may be the subject, but not shouted after it ("gaza aid thanks!")
        if tail in (["appreciated"], ["appreciate"]):
            continue  # a verb of the question's own, alone and unstopped: "what did Egypt do that Russia appreciated?"
        return _cut_tail(text, tokens, size)
    return text


_THANKS_WORDS = frozenset(("thanks", "thank", "thankyou"))
# What every word of thanks, goodbye or "please" holds, as typed (shorthand included: "thx", "pls").
_CLOSING_HINTS = ("thank", "thx", "thnx", "thanx", "tnx", " ty", "cheers", "appreciat", "bye", "farewell", "please",
                  "pls", "plz", "asap", "lol", "lmao", "haha", "urgently")  # fmt: skip
# A last word that asks nothing, typed straight after a question: "… pls", "… asap", "… lol".
_TRAILING = frozenset(("please", "asap", "lol", "lmao", "haha", "urgently"))


def _asks_whole(text: str) -> bool:
    """Whether the message's last part opens as a question or request does ("need a one-liner: what was it …")."""
    body = text.rstrip().rstrip("?!.")
    stops = [m.end() for m in _STOP.finditer(body)]
    # Past a polite opening: "pls tell me who was on the call thx".
    last = _POLITE.sub("", _plain(body[stops[-1] :] if stops else body), count=1).split()
    return bool(last) and last[0] in _REQUESTS


def _cut_tail(text: str, tokens: list[str], size: int) -> str:
    """The text without its last `size` words (of `tokens`, its plain words), question mark kept."""
    shown = for_matching(text)
    found = _token_starts(shown)
    kept = shown[: found[-size]] if len(found) == len(tokens) else " ".join(tokens[:-size])
    return kept.rstrip(" ,;:-–—") + ("?" if text.rstrip().endswith("?") else "")


def _turn_at(tokens: list[str], start: int) -> int:
    """Length of the longest chat phrase starting at `start` (0 if none). A summary request is not one here: it
    asks for something ("what's going on in Gaza?" is a question, not "what's going on" and "in Gaza")."""
    for size in range(min(_LONGEST, len(tokens) - start), 0, -1):
        turn = _TURN_OF.get(" ".join(tokens[start : start + size]))
        if turn is not None and turn is not Turn.SUMMARY:
            return size
    return 0


def _only_turns(tokens: list[str]) -> set[Turn]:
    """The turns a message consists of, if it is nothing but chat phrases and soft words; else empty.

    The whole message must split into phrases and soft words, tried every way (phrases overlap: "great,
    thanks a lot" is "great" + "thanks a lot", never "great thanks" + an unknown "a lot")."""
    if not _CHAT_WORDS.issuperset(tokens):
        return set()  # a word no chat phrase has: a question (most messages end here, at C speed)
    tokens = _as_you(tokens)
    # reach[i]: the turns of one way to read tokens[:i] as chat, or None if there is none.
    reach: list[frozenset[Turn] | None] = [frozenset()] + [None] * len(tokens)
    for start in range(len(tokens)):
        found = reach[start]
        if found is None:
            continue
        if tokens[start] in _SOFT and reach[start + 1] is None:
            reach[start + 1] = found
        for size in range(1, min(_LONGEST, len(tokens) - start) + 1):
            turn = _TURN_OF.get(" ".join(tokens[start : start + size]))
            if turn is not None and reach[start + size] is None:
                reach[start + size] = found | {turn}
    return set(reach[-1] or ())


# Ways to name the bot itself, read as "you": "how do I use this bot?" is "how do I use you?".
_BOT_NAMES = (("this", "bot"), ("the", "bot"), ("briefbot",))


# Every word a chat turn can be made of.
_CHAT_WORDS = frozenset(
    word for phrase in (*_TURN_OF, *_SOFT, *(" ".join(name) for name in _BOT_NAMES)) for word in phrase.split()
)
_SLIPPABLE = sorted(w for w in _CHAT_WORDS if len(w) >= _SLIPPED)
_CLOSING_CHAT_WORDS = frozenset(
    word
    for phrase, turn in _TURN_OF.items()
    if turn in (Turn.THANKS, Turn.GOODBYE, Turn.GREETING, Turn.ACKNOWLEDGE)
    for word in phrase.split()
)


def _as_you(tokens: list[str]) -> list[str]:
    out: list[str] = []
    position = 0
    while position < len(tokens):
        name = next((n for n in _BOT_NAMES if tuple(tokens[position : position + len(n)]) == n), None)
        out.append("you" if name else tokens[position])
        position += len(name) if name else 1
    return out


# Who a message is about when it asks the bot about itself: "how accurate are you?", "where do your answers come
# from?", "what else do you know?".
_YOU = frozenset(("you", "your", "yours", "yourself"))  # "u", "ur" are spelt out before (bot.words.SHORTHAND)
# Words that say nothing of the documents' subjects: a message about the bot made of them is about the bot.
_NOT_A_SUBJECT_WORD = STOPWORDS | QUESTION_WORDS | EVERYDAY_WORDS | FRAME_WORDS | _DOCUMENT_WORDS | _CHAT_WORDS


# Who the asker is talking to, asked of themselves: "am I talking to a human?" asks what "are you a human?" asks.
_TALKING_TO = pattern(
    r"^(?:(?:so|hey|hi|wait|um|lol) )*am i (?:talking|chatting|speaking|writing) (?:to|with) (?:a |an |the )?(?:real )?"
    r"(?:human|person|bot|machine|program|ai|robot|computer|chatbot)\b"
)


def _about_the_bot(plain: str, index: Index) -> bool:
    """Whether a message asks the bot about itself: it says "you" outside a polite frame ("can you tell me",
    "do you know") and names nothing the documents are about. No list of such questions can be whole (how
    accurate, how up to date, can I trust you, what else do you know); what they share is that shape, and the
    help reply (what the bot answers, with what proof) is the answer to all of them."""
    if _YOU.isdisjoint(plain.split()) and "bot" not in plain:
        return False  # most messages: one set test
    # The bot's name alone calls it ("hey briefbot, what did they talk about?"); "this bot" is about it.
    tokens = _as_you([t for t in _POLITE.sub("", _plain(_reported(plain)), count=1).split() if t != "briefbot"])
    # "Why does the thank-you matter?": a thank-you asked about is a thing spoken of, not the bot; "I just need one
    # thing from you: the day of the call" asks of the documents.
    asks = not QUESTION_WORDS.isdisjoint(tokens)
    tokens = [
        t
        for n, t in enumerate(tokens)
        if not (
            t == "you"
            and n
            and (
                # (Or a closing thanks after what was asked: "… the day of the call. Thank you so much in advance!")
                (tokens[n - 1] in ("thank", "thanks") and (asks or n > 1))
                or (n > 1 and tokens[n - 1] == "from" and tokens[n - 2] in _ONE_THING)
            )
        )
    ]
    return not _YOU.isdisjoint(tokens) and _names_nothing(tokens, index)


def _names_nothing(tokens: list[str], index: Index) -> bool:
    """Whether none of a message's words (typos read) is one the documents' facts use, everyday words aside."""
    content = [t for t in tokens if t not in _NOT_A_SUBJECT_WORD and t not in _YOU]
    terms = index.normalizer.question_terms(" ".join(content))[0] if content else []
    return not any(term in index.term_ids for term in terms)


def _only_document(knowledge: KnowledgeBase) -> Document | None:
    return next(iter(knowledge.documents.values())) if len(knowledge.documents) == 1 else None


# How a summary is wanted, not of what: "summarise the article in one sentence", "... for me, briefly".
# And when, or signed off: "… by EOD", "… asap", "… when you get a chance", "… x", "… lol"; and why it is needed, where
# the asker says so ("… need it for a meeting": a summary for a meeting is no summary of one).
_MANNER = pattern(
    rf"(?:\s+(?:{_HOW_WANTED}|for me|please|pls|plz|again|asap|x+|xo|lol|haha|ty|thx|today|now|tonight"
    r"|by (?:eod|cob|end of (?:the )?day|tomorrow|tonight|noon|lunch|monday|tuesday|wednesday|thursday|friday"
    r"|\d{1,2}(?: ?[ap]m)?)|(?:when|whenever) (?:you (?:can|get a (?:chance|sec|second|minute|moment))|possible)"
    r"|(?:i |we )?need (?:it|this|that|one) (?:for|before|by) \w.*))+$"
)
# Whom a summary is for, at its end: "summarise this for the channel" ("for the children" names what the facts know).
# Read by the fact base's words, not by the matcher's list of whom a question is for (_FOR_WHOM there): any audience
# the documents don't speak of is one.
_AUDIENCE = pattern(
    r"\s+for\s+(?P<who>(?:(?:the|my|our|your|a|an|this|that|us|everyone|everybody)\b\s*)?[\w-]*(?:\s+[\w-]+)?)$"
)


# Readers named by what they have (not) done: "for people who haven't read it", "for anyone that missed the call".
_AUDIENCE_WHO = pattern(
    r"\s+for\s+(?:the\s+)?(?:people|anyone|anybody|everyone|everybody|folks|those|colleagues|readers|someone"
    r"|somebody|newcomers|others|team\s+members|the\s+team)\s+(?:who|that)\s+[^?.!]+$"
)


# What a summary is to be used for, at its end: "… I can paste into the channel", "… to send my boss", "… that we
# could share". Read by the fact base's words, as an audience is.
# Its verbs, which may be the documents' words too ("shared vision"): what they are done with must be unknown.
_USES = frozenset("share send post paste forward put use show give read present drop circulate pass".split())
_USE = pattern(
    r"\s+(?:(?:that|which)\s+)?(?:i|we|you)\s+(?:can|could|may|might|will|ll|would|d|want to|need to)\s+\w.*$"
    rf"|\s+(?:to|so i can|so we can|so that i can|so that we can)\s+(?:{'|'.join(sorted(_USES))})\b.*$"
)


def _document_named(
    what: str, index: Index, *, headline: bool, covers: bool = True
) -> Document | Literal[False] | None:
    """The document `what` refers to; None for "all of them" (or the only one); False if it names a topic,
    not a document. With `headline`, a phrase whose terms (aliases included) all come from a document's
    title, id, publisher or (with `covers`) the first clause of what it covers ("the call", "putin and sisi")
    names it."""
    knowledge = index.knowledge
    what = _MANNER.sub("", what)
    if (use := _USE.search(what)) and all(
        w not in index.normalizer.known_words for w in words(use.group()) if w not in STOPWORDS and w not in _USES
    ):
        what = what[: use.start()]  # "… I can paste into the channel", "to share with the team": what it is for
    if " who " in what or " that " in what:
        what = _AUDIENCE_WHO.sub("", what)  # "for people who haven't read it": for whom, by what they have not done
    if (audience := _AUDIENCE.search(what)) and all(
        w not in index.normalizer.known_words for w in audience["who"].split() if w not in STOPWORDS
    ):
        what = what[: audience.start()]  # "for the channel", "for my boss": whom it is for, not what it is of
    content = [w for w in what.split() if w not in STOPWORDS]
    if not content or set(content) <= _DOCUMENT_WORDS:
        return _only_document(knowledge)
    if not headline:
        return False
    normalizer = index.normalizer
    wanted = set(normalizer.terms_of_words([w for w in content if w not in _DOCUMENT_WORDS]))
    for document in knowledge.documents.values():
        clause = re.split(r"[:;.]", document.covers, maxsplit=1)[0] if covers else ""
        described = set(
            normalizer.terms_of_words(words(f"{document.title} {document.id} {document.publisher} {clause}"))
        )
        if wanted and wanted <= described:
            return document
    return False


# Asking where without "where": "in which country is it based?", "what city is the paper located in?".
_WHERE = pattern(
    r"\b(?:in|from) (?:which|what) (?:country|countries|city|town|place|region|part)\b"
    rf"|\b(?:which|what) (?:{'|'.join(sorted(PLACE_NOUNS))})\b"
    r"|\b(?:based(?!\s+(?:on|upon)\b)|located|situated|headquartered)\b"
)


# What was done to a thing, said after it with "was" left out: "hostages mentioned?", "aid discussed?".
_DONE_TO_IT = frozenset(
    "mentioned discussed covered raised addressed agreed reported included noted cited named thanked evacuated "
    "released published".split()
)


def _declares(tokens: list[str]) -> bool:
    """Whether a message's words make a statement (a subject, then a verb: "the call was on November 14", "they
    agreed on a ceasefire"), not a phrase ("the shared vision", "Egypt's help") nor a question."""
    if len(tokens) == 2 and tokens[1] in _DONE_TO_IT and tokens[0] not in _NOT_A_SUBJECT | QUESTION_WORDS:
        return True  # "hostages mentioned?", "ceasefire agreed?": a thing and what was done to it, "was" left out
    if len(tokens) < 3 or not QUESTION_WORDS.isdisjoint(tokens) or tokens[0] in _NOT_A_SUBJECT:
        return False
    if tokens[-1] in _STRANDED:
        return False  # "the call was on?", "Sisi talked to?": what the preposition takes is asked, as a blank is
    if tokens[1] in AUXILIARIES:
        # "wen did they speak?": a question word misspelt, not a statement ("Putin was grateful to Egypt?" is one).
        return tokens[0] not in QUESTION_TYPOS
    if tokens[0] in _SUBJECT_PRONOUNS:
        return True  # "they support an independent Palestine?": whatever the verb's form
    if tokens[-2] in _SUBJECT_PRONOUNS and tokens[-1] not in STOPWORDS:
        return True  # "Palestinian state they support?": the thing first, then who and the verb, as some ask it
    if tokens[0] in _BOTH and tokens[1].endswith("s") and tokens[2] not in STOPWORDS:
        return True  # "both leaders back a Palestinian state?": "both" and a plural make a subject; a verb follows
    of_them = 3 if tokens[0] == "the" else 2  # "both of them", "each of us", "the two of them"
    if (
        tokens[of_them - 2] in _OF_US
        and tokens[of_them - 1 : of_them + 1] in (["of", "them"], ["of", "us"])
        and len(tokens) > of_them + 2
        and tokens[of_them + 1] not in STOPWORDS
    ):
        return True  # "both of them back a Palestinian state?": a pronoun counted makes a subject; a verb follows
    return any(
        word in _FINITE
        or (word in _IRREGULAR_PAST and tokens[n - 1] not in _BEFORE_A_NOUN)
        or (word.endswith("ed") and len(word) > 4 and tokens[n - 1] not in _BEFORE_A_NOUN)
        for n, word in enumerate(tokens[1:], start=1)
    )


# Two names, as they are written, then a verb: "Putin and Sisi back a Palestinian state?", "Moscow and Cairo share a
# vision?" (a present tense after a subject of several words, which _declares can't tell from a noun; the capitals
# tell the names). Not "Putin and Sisi on the hostages?"; nor one asking what ("… share what?": see kinds_of).
_NAMES_DO = pattern(
    # (No possessive: "Moscow's and Cairo's common view?" names a view.)
    r"^\W*(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,2}\s+(?:and|&)\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,2}"
    rf"\s+(?!(?:{'|'.join(sorted(STOPWORDS))})\b)(?-i:[a-z])[\w'’-]*\s+\w",
    re.IGNORECASE,
)
_ASKED_AFTER_TOPIC = pattern(
    # Or a comma: "the 14th of Nov, was that when they spoke?"
    r"^[^?:—–-]{1,60}?\s*(?:\s[-–—]+|:|—|–|,)\s*(?:did|do|does|is|are|was|were|has|have|had|will|would|can|could)\s"
    r"(?:they|it|he|she|we|the|both|all|this|that|these|those)\b",
    re.IGNORECASE,
)
_FINITE = frozenset("was were is are did does has had have".split())
# The past tense of common irregular verbs, which "-ed" misses ("Putin and Sisi spoke by phone?"); not those that are
# as often a noun or an adjective ("left", "put", "set").
_IRREGULAR_PAST = frozenset(
    "spoke said told met made gave took held kept sent brought thought sought found felt knew saw went came wrote "
    "led meant paid ran won began chose fought caught stood understood became grew drew threw forgot".split()
)
_BOTH = frozenset(("both", "all"))
_OF_US = frozenset(("both", "all", "each", "two"))
_STRANDED = frozenset("on to by with for from in at about of into towards toward after before".split())
_SUBJECT_PRONOUNS = frozenset("they he she we".split())
_BEFORE_A_NOUN = DETERMINERS | {"of"}
_NOT_A_SUBJECT = frozenset("tell show give explain describe list about".split())


# Past tense, then at most a short subject, then "going to": a plan as it stood then.
_PLANNED_THEN = pattern(r" (?:was|were|wasn t|weren t)(?: [a-z]+){0,3}? going to ")
_WHEN_NOUNS = ("date", "dates", "deadline", "deadlines", "timeline", "timetable", "timeframe", "time frame")
MAX_KEYWORDS = 4  # a query of this many words or fewer, none a question word or auxiliary, is keywords
_WHEN_KEYWORDS = frozenset(_WHEN_NOUNS)
_COUNT_KEYWORDS = frozenset(("number", "count", "amount", "total"))  # "numbers" is in _QUANTITY already
# With what it is the date of before it: "what's the publication date of the piece?", "what was the call date?".
_THE_TIME = pattern(r" (?:what|which) (?:was|is|s|were|are) the (?:[a-z]+ )?(?:time|date|day|hour) ")


_DATE_SET = pattern(
    r" (?:set|sets|fix|fixed|fixes|pick|picked|choose|chose|chosen|agree on|agreed on|name|named) a date for "
)
_PLANNED = pattern(r" (?:plan|plans|planned|planning|schedule|scheduled|expected|arranged|foreseen|envisaged) ")
# Agreeing to do a thing once more: "agreed to meet again", "agree to another call", "agree on a new round of talks"
# ("agree to more efforts" is what they agreed, not a second time).
_AGREED_AGAIN = pattern(
    r" (?:agree|agrees|agreed|agreeing) (?:to|on|upon) (?:[a-z]+ ){0,3}?"
    r"(?:again|another|a second|a follow up|a new|one more|a further) "
)
_ONE_MORE = pattern(r" (?:another|new|second|further|follow up|more|other|again) ")
# A present tense asked of what is done again, no past one beside it ("when did they speak again?" asks the question
# again), nor "when is the call again?", "… the reopening again?" or "how do they describe it again?", which ask to be
# reminded: folded text, as kinds_of reads it.
_AGAIN_AHEAD = pattern(
    r"^ (?:when )?"
    r"(?:do |does |(?:are|is) (?:[a-z]+ ){0,4}?(?!(?:the|a|an|this|that|its|their) )[a-z]+ [a-z]+ing )"
    r"(?!.* (?:did|was|were|had|has|have) )(?:.* )?again "
)


# Nouns for who acts, people or a country or body: "which people …", "which countries helped evacuate foreigners?".
DOER_NOUNS = (
    r"(?:people|persons|individuals|countries|country|nations|nation|governments|government|organi[sz]ations?"
    r"|officials|leaders)"
)
# "Which people …", "what kind of persons …", "which countries …" ask who, as "who …" does.
_WHICH_PEOPLE = pattern(
    rf"^(?:which|what)\s+(?:(?:kinds?|sorts?|types?|categor(?:y|ies)|groups?)\s+of\s+)?{DOER_NOUNS}\b"
)


# The question word a statement ends on ("Putin thanked Egypt — when?", "they agreed to it why exactly?").
_ASKED_AT_END = {"when": Ask.WHEN, "why": Ask.WHY}
_AFTER_THE_ASKING = frozenset(("exactly", "precisely", "then", "though"))


def _asked_last(tokens: list[str]) -> Ask | None:
    """The kind of question a statement's closing question word asks, if it closes on one."""
    end = len(tokens) - 1 if len(tokens) > 1 and tokens[-1] in _AFTER_THE_ASKING else len(tokens)
    if end >= 2 and tokens[end - 2] in ("and", "or"):
        return None  # "who took part and when?": a second question, asked of the first's subject (see split_two)
    return _ASKED_AT_END.get(tokens[end - 1])


_CONFIRM_OPENING = pattern(rf"^\W*{ASKED_TO_CONFIRM}\s+(?=\w)", re.IGNORECASE)


def kinds_of(text: str) -> set[Ask]:
    """Which kinds of question a message asks (empty for a plain "what …" question)."""
    plain = _POLITE.sub("", _plain(text), count=1)
    tokens = plain.split()
    if not tokens:
        return set()
    found: set[Ask] = set()
    joined = f" {plain} "
    # Opening with an auxiliary, or a statement asked ("they agreed on a ceasefire?", "Putin thanked Egypt,
    # correct?"): yes/no, unless it offers a choice ("call was by phone or in person?" asks which).
    # A statement with the question asked again at its end ("Moscow and Cairo share a vision, don't they?") too.
    asked_again = text.rstrip().endswith("?") and (
        _declares(tokens)
        # Not "which Tribune is it?", "what day was it?": a question word asks, and its "is it" is no tag.
        or (tokens[0] not in QUESTION_WORDS and _TAG.search(text) is not None)
        or (QUESTION_WORDS.isdisjoint(tokens) and _NAMES_DO.match(text) is not None)
    )
    # "Palestinian state - did they support it": the thing named first, then the question asked of it.
    asked_after = (
        tokens[0] not in AUXILIARIES and tokens[0] not in QUESTION_WORDS and _ASKED_AFTER_TOPIC.match(text) is not None
    )
    # "Would you say Moscow and Cairo share a vision?": a statement put to be confirmed, whatever its polite frame.
    confirming = _CONFIRM_OPENING.match(text) is not None
    if (tokens[0] in AUXILIARIES or asked_again or asked_after or confirming) and not _CHOICE.search(plain):
        found.add(Ask.YES_NO)
    # "I'm trying to figure out if ...": working something out, not asking for a figure.
    # "The conflict's toll on civilians", "it took a toll": what it did to them, not a death toll's count.
    # ("The number-one concern" ranks, counting nothing.)
    counted = joined.replace(" figure out ", " ").replace(" toll on ", " on ").replace(" a toll ", " a ")
    counted = counted.replace(" number one ", " first ") if " number one " in counted else counted
    if any(p in counted for p in _QUANTITY):
        found.add(Ask.QUANTITY)
    # "Who was going to be evacuated?", "were the wounded going to be evacuated?", "how were they going to get aid
    # in?" ask what was planned then, which a plan stated in the past answers.
    ahead = _PLANNED_THEN.sub(" ", joined)
    if any(p in ahead for p in (" will ", " won t ", " going to ", " gonna ", " shall ", " in the future ", " next ",
                                " upcoming ", " coming ", " soon ",
                                # A thing scheduled or awaited: "are the hostages due to be freed?".
                                " due to be ", " expected to be ", " scheduled to ")):  # fmt: skip
        found.add(Ask.FUTURE)
    elif _PLANNED.search(joined) and _ONE_MORE.search(joined):
        # "Was another call planned?", "is a follow-up meeting scheduled?": one more of a thing, in a plan, is to come.
        found.add(Ask.FUTURE)
    elif " agree" in joined and _AGREED_AGAIN.search(joined):
        # "Did they agree to meet again?", "… to another call?": what was agreed then is still to come.
        found.add(Ask.FUTURE)
    elif " again " in joined and _AGAIN_AHEAD.match(joined):
        # "When do they speak again?", "are they meeting again?": the present of a thing done once more is to come.
        found.add(Ask.FUTURE)
    elif " date for " in joined and _DATE_SET.search(joined):
        # "Did they set a date for talks in Moscow?": a day fixed for what is to come.
        found.add(Ask.FUTURE)
    # "Putin thanked Egypt — when?", "they spoke when exactly?": the question word asked last asks it as well.
    last = _asked_last(tokens)
    # "By when are they to be freed?", "until when …?": the time asked after its preposition.
    by_when = len(tokens) > 1 and tokens[1] == "when" and tokens[0] in ("by", "until", "till", "since", "from")
    if tokens[0] == "when" or by_when or last is Ask.WHEN or any(p in joined for p in (" what date ", " what day ",
                                                                            " which day ", " what time ",
                                                                            " what year ", " which year ",
                                                                            " what month ", " which month ",
                                                                            " timing ", " what hour ")) or (
        # "What was the exact time of the call?" asks when, as "what time was the call?" does.
        _THE_TIME.search(joined)
    ) or (
        # "Did they agree on a date for the ceasefire?", "was a deadline set?", "… on a ceasefire date?": asks for a
        # date, by yes or no.
        Ask.YES_NO in found and any(f" {n} " in joined for n in _WHEN_NOUNS)
    ):  # fmt: skip
        found.add(Ask.WHEN)
    if len(tokens) <= MAX_KEYWORDS and QUESTION_WORDS.isdisjoint(tokens) and AUXILIARIES.isdisjoint(tokens):
        # "evacuation date", "hostages number": a few words asking nothing in words ask for what one of them names.
        if not _WHEN_KEYWORDS.isdisjoint(tokens):
            found.add(Ask.WHEN)
        if not _COUNT_KEYWORDS.isdisjoint(tokens):
            found.add(Ask.QUANTITY)
    if tokens[0] in ("who", "whom", "whose") or _WHICH_PEOPLE.match(plain):
        found.add(Ask.WHO)
    # "How come …?", "what was the reason for …?", "what prompted …?" ask why too.
    if tokens[0] == "why" or tokens[:2] == ["how", "come"] or last is Ask.WHY or _REASON_ASKED.match(plain):
        found.add(Ask.WHY)
    if tokens[0] == "where" or _WHERE.search(plain):
        found.add(Ask.WHERE)
    return found
