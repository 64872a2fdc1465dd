"""Words that mark a claim: reporting verbs, anonymous sources, channels.

Hand-written for eventwire from general English usage (no corpus labels).
Verbs are lemmas as spaCy gives them. Rules are data: widening what counts
as a claim is an edit here, not in the matching code.
"""

from __future__ import annotations

# Verbs that introduce what someone said, wrote, found or holds: "X said
# (that) ...", "..., X told reporters". Each takes a clausal complement.
SPEECH_VERBS = frozenset({
    "say", "tell", "add", "state", "declare", "announce", "report", "claim",
    "confirm", "deny", "insist", "explain", "note", "write", "tweet", "post",
    "warn", "stress", "emphasise", "emphasize", "reiterate", "repeat",
    "argue", "assert", "contend", "maintain", "allege", "acknowledge", "admit",
    "concede", "reply", "respond", "answer", "retort", "recall", "remark",
    "comment", "observe", "point", "mention", "suggest", "predict", "estimate",
    "reveal", "disclose", "indicate", "signal", "vow", "pledge", "promise",
    "threaten", "boast", "complain", "lament", "charge", "accuse", "announce",
    "assure", "inform", "testify", "brief", "quote", "cite", "continue",
    "agree", "conclude", "determine", "find", "show", "demonstrate", "prove",
    "believe", "think", "feel", "fear", "hope", "expect", "doubt", "know",
    "understand", "learn", "hear", "worry", "caution", "urge", "demand",
    "ask", "question", "wonder", "speculate", "guess", "reckon", "figure",
    "counter", "shout", "chant", "yell", "scream", "whisper", "joke",
    "declare", "proclaim", "affirm", "attest", "certify", "guarantee",
    "forecast", "project", "calculate", "assess", "judge", "rule",
    "recommend", "propose", "advise", "request", "call", "describe",
    "characterize", "characterise", "label", "dub", "tout", "praise",
    "criticize", "criticise", "slam", "blast", "condemn", "decry",
    "denounce", "dismiss", "reject", "rebut", "dispute", "challenge",
    "contradict", "echo", "underscore", "highlight", "acknowledge",
    "blame", "welcome", "brand", "endorse", "oppose", "defend", "express",
    "refuse", "decline", "offer", "encourage", "want", "plan", "intend",
})

# Verbs that pass a claim on: a claim inside another's content made with
# one of these is a link of the chain ("X said Y told him that ...").
REPORT_VERBS = frozenset({
    "say", "tell", "add", "report", "write", "tweet", "post", "announce", "state",
    "declare", "claim", "confirm", "deny", "allege", "inform", "quote", "cite",
})

# Verbs whose object alone can be the claim: "the ministry denied the
# report", "TASS reported clashes", "officials confirmed two deaths".
OBJECT_CONTENT_VERBS = frozenset({
    "announce", "report", "confirm", "deny", "claim", "reveal", "predict",
    "estimate", "acknowledge", "admit", "allege", "disclose", "cite",
    # stances taken in words: "accused Kabul of ...", "called the vote a sham"
    "accuse", "blame", "criticize", "criticise", "condemn", "denounce",
    "blast", "slam", "praise", "welcome", "reject", "dismiss", "dispute",
    "question", "propose", "demand", "call", "describe", "label", "dub",
    "brand", "characterize", "characterise", "mention", "recommend",
    "endorse", "oppose", "defend", "express", "promise", "pledge", "vow",
    "threaten", "urge", "warn", "request",
})

# Verbs whose whole right-hand side is the claim when they have no clause:
# "blasted him for not paying", "warned against hackers", "commented on the
# death". Verbs of thinking and knowing are left out: without a clause they
# rarely report anything ("know him", "think twice").
STANCE_VERBS = frozenset({
    "accuse", "blame", "criticize", "criticise", "condemn", "denounce", "blast",
    "slam", "praise", "welcome", "reject", "dismiss", "dispute", "question",
    "propose", "demand", "call", "describe", "label", "dub", "brand",
    "characterize", "characterise", "mention", "recommend", "endorse", "oppose",
    "defend", "express", "promise", "pledge", "vow", "threaten", "urge", "warn",
    "request", "comment", "highlight", "underscore", "stress", "emphasize",
    "emphasise", "agree", "insist", "complain", "testify", "lament", "decry", "applaud", "tout", "boast", "charge", "challenge",
    "argue", "caution", "suggest", "cite", "echo", "announce", "confirm",
    "deny", "report", "claim", "acknowledge", "admit", "reveal",
})

# Verbs that mark a claim even with no clause of their own, when they
# trail it: "..., a source told TASS", "..., he added".
TRAILING_VERBS = frozenset({
    "say", "tell", "add", "state", "report", "claim", "confirm", "note",
    "explain", "insist", "warn", "tweet", "write", "announce",
    "stress", "argue", "allege", "reply", "respond", "recall", "remark",
    "comment", "observe", "admit", "acknowledge", "emphasise", "emphasize",
})

# Verbs that take what was asked for as an open clause: "urged them to
# leave", "called on the army to withdraw".
XCOMP_VERBS = frozenset({
    "urge", "call", "ask", "demand", "warn", "advise", "request", "tell",
    "recommend", "promise", "pledge", "vow", "threaten", "agree", "refuse",
    "decline", "offer", "propose", "encourage", "want", "plan", "intend",
})

# "called for X", "urged X to Y": the complement is a prepositional object
# or an open clause.
CALL_PREPOSITIONS = {"call": ("for", "on"), "point": ("to", "out")}

# Heads of speaker descriptions that do not name anyone.
ANONYMOUS_HEADS = frozenset({
    "source", "sources", "insider", "insiders", "witness", "witnesses",
    "eyewitness", "eyewitnesses", "resident", "residents", "local", "locals",
    "official", "officials", "diplomat", "diplomats", "person", "people",
    "aide", "aides", "observer", "observers", "informant", "informants",
    "activist", "activists", "villager", "villagers", "officer", "officers",
})

# Phrases that make any speaker anonymous ("an official who asked not to be
# named", "speaking on condition of anonymity").
ANONYMITY_PHRASES = (
    "not to be named", "not be named", "condition of anonymity",
    "anonymity", "not to be identified", "not be identified",
    "not authorized to speak", "not authorised to speak",
    "unnamed", "anonymous", "declined to be named", "not to be quoted",
)

# Channels a statement came through: "over the phone", "in an interview",
# "on Twitter". The preposition's object lemma is looked up.
CHANNEL_NOUNS = frozenset({
    "phone", "telephone", "interview", "statement", "tweet", "twitter",
    "facebook", "telegram", "instagram", "youtube", "television", "tv",
    "radio", "address", "broadcast", "conference", "briefing", "email",
    "e-mail", "message", "video", "letter", "post", "website", "speech",
    "communique", "release", "podcast", "x",
})
CHANNEL_PREPOSITIONS = frozenset({"over", "by", "on", "in", "via", "through"})

# Quotation marks with a fixed direction; straight ones (and two
# apostrophes, '') are read from their context (see `quotes.py`).
QUOTE_MARKS = {"\u201c": "open", "\u201e": "open", "\u00ab": "open", "\u201d": "close",
               "\u00bb": "close", '"': None}

# "The Latest: ...", "Correction: ...": paragraph labels that are no speaker.
NOT_SPEAKERS = frozenset({
    "the", "a", "an", "correction", "corrections", "update", "updated", "note",
    "editor's note", "watch", "read", "related", "video", "photo", "photos",
    "listen", "see", "also", "breaking", "live", "exclusive", "analysis", "opinion",
})

# Pronouns that refer back to a speaker, by number.
SINGULAR_PRONOUNS = frozenset({"he", "she", "him", "her", "i", "it"})
PLURAL_PRONOUNS = frozenset({"they", "them", "we"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
