"""Who takes part in the event, and who does not: attendance statements read sentence by
sentence, with their subjects, objects, negation, condition and scope.

- :mod:`.reader` — ``extract(doc, cast)`` and ``combine(cues)``; the sentence reader;
- :mod:`.company` and :mod:`.being` — the rule families (delegations, companions, senders and
  hosts; one's own presence or absence); :mod:`.titles` — titles that state attendance;
- :mod:`.clause` — whose statement a cue is (subjects, objects, lists, negation, condition);
- :mod:`.cues`, :mod:`.presence`, :mod:`.scope`, :mod:`.words` — the words and token tests;
- :mod:`.forms` — inverted sentences and where the talks are; :mod:`.lists` — announced lists
  and factboxes; :mod:`.actors` — parties that take part themselves.
"""

from newsreader.core.facts.attendance.base import Found
from newsreader.core.facts.attendance.reader import combine, extract

__all__ = ["Found", "combine", "extract"]
