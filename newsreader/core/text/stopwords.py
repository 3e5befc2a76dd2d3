"""English function words: what carries no content when comparing what texts say.

One list for the alignment's terms and the corpus sketches' content words: pronouns,
determiners, prepositions, conjunctions, auxiliaries, common adverbs, the reporting verbs every
article uses ("said", "says", "told"), titles ("mr") and the pieces contractions leave ("ll",
"ve"). Lists with another job are built next to it, not from a copy of it: the fact rules' words
that never start a name (:data:`newsreader.core.facts.lexicon.COMMON_WORDS`), the figure rules'
words that cannot head a counted noun (:mod:`newsreader.core.facts.figures`), the claim
comparisons' short list of function words (:mod:`newsreader.core.facts.claim_pair`).
"""

from __future__ import annotations

_WORDS = """
    a about above across after afterwards again against ago all almost alone along already also
    although always am among amongst an and another any anyhow anyone anything anyway anywhere
    are around as at be became because become becomes becoming been before beforehand behind
    being below beside besides between beyond both but by can cannot could d did do does doing
    done down during each either else elsewhere enough etc even ever every everyone everything
    everywhere except few for former formerly from further had has have having he hence her here
    hereafter hereby herein hers herself him himself his how however i if in indeed into is it
    its itself just last latter latterly least less like ll m made make many may me meanwhile
    might mine more moreover most mostly mr mrs ms much must my myself namely neither never
    nevertheless next no nobody none noone nor not nothing now nowhere of off often on once one
    only onto or other others otherwise our ours ourselves out over own per perhaps please quite
    rather re really s said same say saying says see seem seemed seeming seems several she
    should since so some somehow someone something sometime sometimes somewhere still such t
    than that the their theirs them themselves then thence there thereafter thereby therefore
    therein thereupon these they this those though through throughout thru thus to together told
    too toward towards under until up upon us ve very via was we well were what whatever when
    whence whenever where whereafter whereas whereby wherein whereupon wherever whether which
    while whither who whoever whole whom whose why will with within without would yet you your
    yours yourself yourselves
"""
STOPWORDS: frozenset[str] = frozenset(_WORDS.split())
