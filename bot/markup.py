"""Slack's text markup, read in one place: for matching (markup dropped) and for echoing (pings defused).

Slack sends user text with `<…>` tokens (`<@U1>`, `<#C1|general>`, `<!here>`, `<!subteam^S1|@ops>`,
`<https://x.io|label>`), `:emoji:` codes and `&amp;`-style escapes. Every pattern here is linear in
the length of the text: a token cannot contain `<` or `>`, so an unclosed `<` costs one scan up to
the next `<` and never a rescan of the rest (100,000 of them take milliseconds, not a minute).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from bot.patterns import pattern

_TOKEN = pattern(r"<([^<>]*)>")
_EMOJI_CODE = r":[a-z0-9_+'\-]+(?:::skin-tone-\d)?:"
_EMOJI = pattern(_EMOJI_CODE, re.IGNORECASE)
_SPECIAL = frozenset(("here", "channel", "everyone"))
# *bold*, _italic_ and ~struck~ marks next to a letter or digit at the edge of a word (not inside one: snake_case
# stays; nor a run of underscores alone, a blank to fill in: "held on ____"), closing ones also after the question's
# mark ("*who was on the call?*").
_EMPHASIS = pattern(r"(?<![\w*~])[*_~]+(?=[^\W_])|(?<=[^\W_]|[?!.)])[*_~]+(?![\w*~])")


def _split(token: str) -> tuple[str, str]:
    target, _, label = token.partition("|")
    return target, label


def _for_matching(match: re.Match[str]) -> str:
    target, label = _split(match.group(1))
    if target[:1] in ("@", "#", "!"):
        return " "  # people, channels and pings say nothing about what is asked
    return f" {label} " if label else " "  # a link's visible words may; its address does not


def _for_echo(match: re.Match[str]) -> str:
    target, label = _split(match.group(1))
    kind, rest = target[:1], target[1:]
    if kind == "@":
        return label or "someone"
    if kind == "#":
        return f"#{label}" if label else "a channel"
    if kind == "!":
        name = rest.split("^", 1)[0]
        if name in _SPECIAL:
            return name
        if name == "subteam":
            return (label or "a group").lstrip("@")
        return label  # dates and the like: their fallback text
    return target  # show where a link really goes, never a label that may disguise it


_BARE_LINK = pattern(r"\b(?:https?|ftp)://[^\s<>]+", re.IGNORECASE)


def _tokens(text: str, replace: Callable[[re.Match[str]], str]) -> str:
    return _TOKEN.sub(replace, text) if "<" in text else text


def for_matching(text: str) -> str:
    """The words of a Slack message: mentions, pings, emoji codes, emphasis and code marks and link addresses dropped.

    >>> for_matching("<@U1> hi <!here> :wave: see <https://x.io|the site> &amp; *more*")
    '  hi     see  the site  & more'
    """
    text = _tokens(text, _for_matching)
    if ":" in text:
        # A link typed bare (in the terminal; Slack sends it as <https://…>): its address is no word of the question.
        text = _EMOJI.sub(" ", _BARE_LINK.sub(" ", text) if "://" in text else text)
    # Code marks too, once quotations have been read (see positions): "who did `Putin` speak with?" names Putin.
    text = without_emphasis(text).replace("`", " ")
    return _unescaped(text) if "&" in text else text


def without_pings(text: str) -> str:
    """The text with its mentions, channel names and pings (`<@U1>`, `<#C1|general>`, `<!here>`) blanked; links stay."""
    return _tokens(text, lambda m: " " if m.group(1)[:1] in ("@", "#", "!") else m.group(0))


def without_links(text: str) -> str:
    """The text with each link read as its visible words (`<https://x.io|the article>`: "the article"), and one with
    none blanked: a question reads past them as past any other markup."""
    return _tokens(text, lambda m: m.group(0) if m.group(1)[:1] in ("@", "#", "!") else _for_matching(m))


def without_emoji(text: str) -> str:
    """The text with its `:emoji:` codes blanked out (their colons are no punctuation of the sentence). One between
    a word and the opening of another clause ends a sentence, as Slack writers use it: "my boss just pinged me
    :sweat_smile: she wants to know …"."""
    return _SPACED_EMOJI.sub(_emoji_gap, text) if ":" in text else text


def _emoji_gap(found: re.Match[str]) -> str:
    text, start, end = found.string, found.start(), found.end()
    if not start or not text[start - 1].isalnum() or _CLAUSE_OPENING.match(text, end) is None:
        return " "
    # The clause before it: back to the last stop, within a sentence's reach (the text is read once, however long).
    window = text[max(0, start - _CLAUSE_REACH) : start]
    # (Its words without their emphasis marks: "*need to credit the source :newspaper: where …?*".)
    clause = [w.strip("*_~`") for w in window[max(window.rfind(stop) for stop in ".!?;:") + 1 :].lower().split()]
    ends_clause = len(clause) >= _CLAUSE_WORDS and not _PERSONAL.isdisjoint(clause)
    return "." if ends_clause else " "


_SPACED_EMOJI = pattern(r"\s*" + _EMOJI_CODE, re.IGNORECASE)
_CLAUSE_REACH = 200  # characters
_CLAUSE_WORDS = 3  # "URGENT :rotating_light: when …", "hey team :wave: who …": no clause before it, a call to look
# A clause about the writer or someone: "my boss just pinged me :sweat_smile: …"; "the children and women :broken_heart:
# what did they say?" names what the question after it asks about.
# Or about those the asker works with: "consular colleagues keep asking :sweat_smile: who …?"; or the asker's need,
# "I" left out: "need to credit the source properly :newspaper: where …?".
_PERSONAL = frozenset(
    "i i'm im me my we our us you your he him his she her they them it colleague colleagues team boss manager editor "
    "everyone people folks need needed trying".split()
)


# What a new clause opens with: a pronoun or a question's first word.
_CLAUSE_OPENING = pattern(
    r"\s*(?:i|i'm|we|you|he|she|they|it|my|our|what|who|when|where|why|how|which|did|do|does|is|are|was|were|can|"
    r"could|would|anyone|so|also|btw)\b",
    re.IGNORECASE,
)


def without_struck(text: str) -> str:
    """The text without what its writer struck out: "who ~called~ spoke with Putin?" -> "who spoke with Putin?" (Slack's
    ~strikethrough~ is how a message takes a word back). A message that is all struck keeps its words."""
    if "~" not in text:
        return text
    kept = _STRUCK.sub(" ", text)
    return " ".join(kept.split()) if kept.strip(" ~.,;:!?-") else text


# A struck span: "~" at the start of a word, its close at the end of one, on one line ("~100 people" is no span).
_STRUCK = pattern(r"(?<![\w~])~(?=\S)[^~\n]*?(?<=\S)~(?![\w~])")


def without_emphasis(text: str) -> str:
    """The text without its *bold*, _italic_ and ~struck~ marks ("*who was on the call?*": the question's mark ends
    it)."""
    return _EMPHASIS.sub("", text) if "*" in text or "_" in text or "~" in text else text


def emoji_names(text: str) -> list[str] | None:
    """The names of the emoji a message is made of (codes and Unicode alike), or None if it has anything else.

    >>> emoji_names("<@U1> :thumbsup: 🙏")
    ['thumbsup', 'person with folded hands']
    """
    text = _tokens(text, _for_matching)
    names = [m.group().strip(":").split("::")[0].replace("_", " ") for m in _EMOJI.finditer(text)]
    for char in _EMOJI.sub(" ", text):
        if char.isspace() or unicodedata.category(char) in _JOINERS:
            continue
        if unicodedata.category(char) != "So":
            return None
        names.append(unicodedata.name(char, "").lower())
    return names or None


# Variation selectors, zero-width joiners and skin tones that glue an emoji together.
_JOINERS = frozenset(("Mn", "Cf", "Sk"))


def plain(text: str) -> str:
    """Slack-encoded text with every mention and link token turned into plain words (no pings)."""
    return _tokens(text, _for_echo)


def escape(text: str) -> str:
    """Escape the three characters mrkdwn gives meaning to."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def neutralize(text: str) -> str:
    """User text made safe to echo: no @here/@channel/group/user pings, no disguised links, escaped."""
    return escape(_unescaped(plain(text)))


def _unescaped(text: str) -> str:
    # html and its table of entities are 2 ms of a one-question `python -m bot ask`; few questions hold an "&".
    import html  # noqa: PLC0415

    return html.unescape(text)


def without_mention(text: str, user_id: str | None) -> str:
    """The text with every mention of `user_id` (the bot itself) removed."""
    if not user_id or "<" not in text:
        return text.strip()

    def drop(match: re.Match[str]) -> str:
        target, _ = _split(match.group(1))
        return " " if target == f"@{user_id}" else match.group(0)

    return _TOKEN.sub(drop, text).strip()
