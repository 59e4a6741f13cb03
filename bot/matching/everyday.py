"""Everyday English words that wrap questions without carrying their subject.

When one of these is not in the fact base, it costs a question little; an unknown word that is
not here (a name, a place, a topic) costs it a lot. Kept deliberately free of words that name a
subject someone could ask about (countries, people, events). The last lines are the people and things of a
workplace that a Slack message asks on behalf of ("I'm writing a memo for my boss: did they…?"), which a
news document is not about. Irregular verb forms are listed with their verbs (stemming joins only the regular
ones: "gave" is no "give" to it), the missing ones found by WordNet's verb exceptions list.
"""

# Chat's interjections: everyday words, but never what a misspelt word was meant to be ("hamass" is no "hahas").
INTERJECTIONS = frozenset(("lol", "haha", "hahaha", "lmao", "rofl", "hehe", "omg", "ugh"))
EVERYDAY_WORDS = (
    frozenset(
        """
    able about above accept according across act actually add afternoon again against ago ahead
    almost alone along already alright although always amount another answer answers anybody
    anyone anything anyway anywhere appear apply approach area around article articles ask asked
    asking aspect attention available aware away back bad basic basically been
    beginning behind believe below best better big bit book bother bothering brief briefly
    bring brought build bunch busy call came can't care case certain certainly chance change
    check clear clearly close come comes coming complete completely concern consider could
    couldn course cover covered covers curious current currently day days dear deal detail
    detailed details did didn different difficult directly document documents does doesn doing
    done don't double down during each early easy either else end enough entire entirely
    especially even evening event ever every everybody everyone everything exact exactly example
    except explain explained fact facts fair fairly far feel felt few fill find fine first
    follow following forget forgot found free full fully further get gets getting give given
    gives giving glad go goes going gone good got great group groups guess guys hand handle happen happened
    happening happens hard hear heard hello help here hey hi high hold hope hoping idea
    important include included including indeed info information inside instead interested
    interesting item itself just keep kind kindly know knowledge known last late later least
    leave left less let level like likely line list little long look looked looking looks lot
    lots made main mainly make makes making many matter maybe mean means meant mention mentioned
    mentions mind mine minute moment more morning most mostly much must myself name near nearly
    need needed needs never new next nice none normal nothing notice now number often okay ok
    old once one ones open order other others otherwise out part particular particularly pass
    past perhaps person piece place point points possible possibly pretty probably problem
    provide provided put question questions quick quickly quite rather read reading ready real
    really reason recall recent recently regarding related remember remind reminder reply right
    said same saw say saying says see seem seems seen send sense sent set several short should
    show shown side simple simply since small some somebody someone something sometimes
    somewhere soon sorry sort speaking specific specifically still story stuff
    sure take taken takes taking team tell telling text thank thanks thing things think thinking
    though thought through time times today together told too took top total toward towards true
    truly try trying turn type under understand unless until upon use used useful using usual
    usually various version want wanted wants way ways week well went whatever whenever whether
    while whole wonder wondering word words work would write written wrong yes yet yesterday
    yeah whats summary summarise summarize describe overall briefing quick remind refresh memory overview recap
    rundown gist synopsis tldr tl dr sum tomorrow tonight weekend doc docs people guy dude fellow bloke chap
    man men gentlemen pair duo
    mr mrs ms sir madam
    boss manager managers supervisor client clients
    memo slides deck standup channel thread
    dimension dimensions facet facets element elements component components feature features factor factors
    role roles angle angles nature extent degree manner respect regard terms perspective form quality
    comment comments commented remark remarks claim claims claimed play plays played playing
    medium mode format correct incorrect accurate accurately firstly second secondly third thirdly finally lastly
    gave built dealt forgotten gotten kept knew understood wrote
    apologies apology apologise apologize
    identify identifies identified outline outlines outlined specify specifies specified
    pull walk paraphrase rephrase reword fetch grab recount retell elaborate expand clarify enumerate
    broadly roughly approximately loosely precisely honestly frankly seriously literally nutshell
    large larger largest bigger biggest broad broader wide wider single sole utmost
    consist consists consisted consisting comprise comprises comprised entail entails entailed
    vaguely faintly dimly distinctly supposedly allegedly seemingly presumably
    because due owing
    sit sits sat sitting lay lain frame frames framed framing run runs running note notes noted noting
    located situated calendar
    alongside q qs
    """.split()
    )
    | INTERJECTIONS
)

# The words a question uses to ask *for* a position, an aim, a worry, a step or news, rather than
# *about* something: "what was their stance on X", "what were they worried about", "which steps did
# they take", "any news on X". Documents rarely use them, so without this list each one weighed like an unknown name and
# sank the question it framed. Kept to that job: no topic a question could be about (no "oil",
# "economy", "border"), which must keep weighing heavily so that near misses are refused.
FRAME_WORDS = frozenset(
    """
    stance stances position positions view views viewpoint opinion opinions take thoughts thought vibe vibes
    attitude attitudes outlook perspective standpoint stand stood feelings sentiment
    goal goals aim aims aimed purpose purposes objective objectives intention intentions intend
    intended plan plans planned planning agenda priority priorities hope hoped hoping wish wished
    propose proposes proposed proposing seek seeks seeking sought
    role roles step steps measure measures action actions move moves approach response responses
    reaction reactions outcome outcomes result results conclusion conclusions takeaway takeaways
    upshot message messages highlight highlights key major basically essentially generally
    concerned concerns worried worry worries anxious fear fears afraid
    concerning regards respect terms wrt re news update updates updated latest status developments progress headway
    concrete tangible actual context contexts background stake stakes
    ty btw fyi imo imho tbh afaik iirc asap pl folks everybody anyone bot briefbot
    qq eli5 lmk ftr advise dm dms revert reverts reverted reverting
    quote quotes quotation quotations quoted passage passages excerpt excerpts citation cite snippet paragraph verbatim
    paragraphs sentence sentences wording word words term phrase phrases adjective adjectives
    adverb adverbs noun nouns verb verbs
    """.split()
)
