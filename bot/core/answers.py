"""Compose attributed answers: who claims what, through whom, with which caveats and exact quotes."""

from __future__ import annotations

import gc
import itertools
import math
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from bot.core.conversation import (
    ANAPHORA,
    AND,
    ASKER_DOING,
    CLITICS,
    EITHER,
    EITHER_OR,
    EVERYONE,
    GREETINGS,
    GROUP,
    NEUTER,
    PERSONAL,
    POLITE,
    SINGULAR,
    SOMEONE,
    TEXT_ADVERBS,
    TEXT_VERBS,
    THEN,
    WHO,
    Context,
    FollowUp,
    FollowUpDetector,
    SmallTalkDetector,
    leans_on_context,
    resolve_pronouns,
)
from bot.core.figures import FigureAnswer, FigureReader, casualty_claims
from bot.core.index_cache import INDEX_CACHE, index_key, read_index, save_index
from bot.core.matching import MAX_CHOICES, Candidate, Document, Match, Matcher, quoted_phrases, unquoted
from bot.core.models import Answer, Choice, Citation
from bot.core.question import ASKER, ASKER_ALONE, SPANISH_HIM, Question, asked_sentences
from bot.kb.frequency import zipf
from bot.kb.knowledge import KnowledgeBase
from bot.kb.language import cyrillic_from_latin, is_latin_script, is_proper_name
from bot.kb.loading import load_knowledge
from bot.kb.messages import MessageKey, inside_quotes
from bot.kb.schema import Claim, Entry, Language, NotCovered, SmallTalk, Source, SourceText, voiced_by
from bot.kb.stemcache import Seeded, knowledge_digest, read_cache, save_reductions
from bot.kb.textnorm import (
    CLAUSE_STARTS,
    ROLE_MARK,
    Normaliser,
    forget_texts,
    is_number,
    number_term,
    rarity,
    stem,
    tokens,
)

LEADS: dict[str, MessageKey] = {
    "silent": "lead-silent",
    "unknowable": "lead-unknowable",
    "after_publication": "lead-after-publication",
    "off_topic": "lead-off-topic",
}
"""The opening of a "not covered" reply, by the kind of gap (texts in knowledge/messages.yaml). A withheld detail
has none: its reply opens with what was kept back ("No soldier is named in the article: …")."""
MAX_CAVEATS = 2
CAVEAT_BUDGET = 380
"""A second caveat is shown only while answer and caveats stay within this many characters (chat-sized)."""
ANSWERING_GAPS = frozenset({"unknowable"})
"""Gaps the article itself speaks to ("the exact number cannot be known"): their reply is the article's answer."""
TELLING_GAPS = ANSWERING_GAPS | {"withheld"}
"""Gaps whose reply is a line of its own among a post's points: what the article says of the claim."""
TRANSLATED: tuple[Language, ...] = ("ru", "uk", "es")
TALK: dict[SmallTalk, MessageKey] = {"greeting": "talk-greeting", "thanks": "talk-thanks", "identity": "talk-identity",
                                     "capabilities": "talk-capabilities", "bye": "talk-bye"}
_CLAUSES = re.compile(r"[.?!;:]+\s+|\s+[+&]\s+|,\s*(?:and|but|also|plus)\s+"
                      r"|\s+(?:and|also|n|nd)\s+(?=(?:what|why|how|who|which|is|are|"
                      r"did|does|do|can|will|was|were|would)\b)|\s+(?:и|а|і|й|та|y|e)\s+(?=(?:(?:вообще|взагалі|ещё|еще|ще)\s+)?"
                      r"(?:\w+\s+ли|почему|зачем|чего|кто|что|как|"
                      r"какой|какая|какое|какие|сколько|где|чому|чого|чи|навіщо|хто|що|шо|як|який|яка|яке|які|скільки|де|qué|"
                      r"quién|quien|cómo|como|cuál|cual|cuánto|cuanto|cuántos|cuantos|dónde|donde|adónde|adonde|cuándo|cuando|"
                      r"por qué|pq|xq|насколько|наскільки|hasta qué punto|hasta que punto|en qué medida|"
                      r"(?!es que)es|son|fue|fueron|hay|está|están|puede|pueden|se puede)\b)",
                      re.IGNORECASE)
_ENUMERATED = re.compile(r"(?:^|\s)[(\[]?\d{1,2}[)\]]\s+")
"""An item's number in a list typed in a chat ("1) ... 2) ...")."""
_MIN_ITEMS = 2
_CLAUSES_LONG = re.compile(_CLAUSES.pattern + r"|,\s+(?!(?:like|about|around|nearly|almost|roughly|some|up to|"
                           r"as many as|около|почти|примерно|где-то|майже|близько|приблизно|como|casi|unos|unas|"
                           r"alrededor de)\s+\d)"
                           r"(?!(?:(?:с|со|в|во|на|о|об|у|з|із|зі|до|про|для|con|en|de|a|por|"
                           r"para)\s+)?(?:що|шо|что|чтобы|котрий|котра|котрі|котрим|котрому|котрої|котрих|який|яка|які|якому|яким|якої|"
                           r"якого|яких|который|которая|которые|которого|которому|которым|которой|котором|которых|que|quien|"
                           r"quienes|cual|cuales|because|бо|потому|тому|porque)\s)"
                           # a dash, unless before one word and a comma: «все кто уволился - дезертиры, ...» is "are"
                           r"|\s+[-–—]\s+(?!\w+\s*(?:[,.;:!?]|$))"
                           r"|[\"“”«»]|(?<!\w)'|'(?=\s*(?:[^\w\s]|$))"
                           r"|" + _ENUMERATED.pattern
                           + r"|(?:^|\s)\([a-e]\)\s+|(?:^|\s)\d{1,2}\.\s+(?=[^\W\d])|(?:^|\s)[•*]\s+",
                           re.IGNORECASE)
"""A comma before a relative pronoun goes on with the noun before it («солдат, що говорив з CNN, вирішив...»), and one
before "because" with the claim it gives the reason of («звільнилось 40 солдатів, бо їм не заплатили»). Quotes
end points too; an apostrophe only where it opens or closes one ("the officer's", "soldiers' mothers");
so do list marks ("1) ... 2) ...", "• ..."), though not a bare line break: "<a claim>\nWhat picture does the article
paint?" asks about the claim."""
_CLAUSES_POST = re.compile(_CLAUSES_LONG.pattern + r"|\s+(?:and|и|і|та|y)\s+(?!\w+\s*(?:[,.;:!?\"”»]|$))"
                           r"|,?\s+(?:(?:while|whilst)(?!\s+\w+ing\b)|whereas|mientras\s+que|в\s+то\s+время\s+как|тоді\s+як"
                           r"|у\s+той\s+час\s+як)\s+", re.IGNORECASE)
"""A post's claims are often joined by a bare "and": "the army is in perfect shape and only 1300 died"; not one word
after it ("they were dirty and tired, people were dying"): two words of one claim. "While" sets two claims side by
side ("Moscow admits 1,351 while NATO says 30,000"), but not before a gerund ("he hid his face while invading")."""
_SHORTENED = re.compile(r"\b(\w+)\.(?=\s+[^\W\d_A-ZА-ЯЁІЇЄҐ])")
"""A word and a period before a word in lower case: a shortened word («рос. солдаты») when the lexicon writes it out."""
_SHORTENING: frozenset[Language] = frozenset({"ru", "uk"})
"""Languages whose shortened words take a period («рос.», «укр.»)."""
_LONG_MESSAGE = 10
"""Words from which commas separate points too ("half the army has quit, putin will draft everyone")."""
_MIN_CLAUSE_WORDS = 3
_CATAPHORA_TERMS = 2
"""Most terms of an opening part whose "it" is what the next part names ("is it legal, the prisoner videos?")."""
_NEXT_TERMS = 2
"""Most terms of a part that asks only what came next ("y qué pasó después?": what happened, and after)."""
_COUNTED_THEM = GROUP | {"eran", "fueron", "son", "были", "було", "були"}
"""Second words of a two-word part counting the people told of ("cuantos eran", «сколько их»)."""
_TELLING_WORD = 0.35
"""Rarity from which one word says what a two-word part asks about."""
_HOW_FAR = re.compile(r"\bhow much\s+(?:\w+\s+){1,4}?(?:understand|understood|know|knew|care|cared|believe|"
                      r"believed|reali[sz]e|reali[sz]ed|trust|trusted)\b", re.IGNORECASE)
"""A "how much" that asks how far someone knew or cared ("how much did they understand"), not for a figure."""
_TELLERS = frozenset({"news_outlet", "anonymous_witness"})
"""Roles of those who tell a story or carry it: a message naming one puts the story in that mouth."""
_FIRST_CLAUSE = re.compile(r"[,?;]")
"""Where a message's first question or clause ends ("where does that number come from, who reported it?")."""
_BECAUSE = re.compile(r"[\s,]+(?:because|cause|cuz|coz|бо|потому что|поскольку|так как|тому що|оскільки|porque|"
                      r"ya que)\s", re.IGNORECASE)
"""Where a claim gives its reason ("the cnn officer left because he was wounded")."""
_SUPPOSED_WORDS = 6
"""Words a message opening with a supposition needs for a question of its own to follow it; half of them open it."""
_PREFACE = re.compile(r"^\s*([^:?!.;\"“”«»]{3,80}):\s+(?=\S)")
"""What opens a message before a colon ("as a journalist I'm interested: ...", «Como periodista me interesa: ...»)."""
_QUESTION_LABELS = frozenset("a one quick short simple small silly dumb another other question doubt q "
                             "una otra pequeña duda pregunta consulta вопрос вопросик питання питаннячко "
                             "ще еще ещё один одно одне короткий коротке "
                             "two 2 couple of few questions dos par de preguntas dudas два вопроса дві питань".split())
"""Words of an opening that only labels what follows as a question ("quick question:", «Una duda:», «Вопрос:», "two
questions:", «Dos preguntas:»)."""
_QUESTION_NOUNS = frozenset("question questions q doubt duda dudas pregunta preguntas consulta вопрос вопросик вопроса "
                            "питання питаннячко питань".split())
"""The words of such a label that name a question: one of them makes the label."""
_ASKED_FOR = frozenset("for my an a the report article essay story piece school class para mi un una el reportaje "
                       "artículo articulo nota ensayo trabajo для моей моєї статьи статті репортажа репортажу "
                       "реферата реферату".split())
"""What such a label may say the questions are for ("two questions for my essay:", «Dos preguntas para un
reportaje:»): the asker's purpose, no point of the message."""
_WANTS_TO_KNOW = re.compile(r"(?i)^\s*((?:[^?!;:\"“”«»]{0,40}[.!]\s+)?[^.?!;:\"“”«»]{0,60}?\b"
                            r"(?:(?:like|want|wanted|need)\s+to\s+know|(?:interesa|quisiera|quiero|gustaría|gustaria|necesito)\s+saber|"
                            r"(?:хотел|хотела|хочу|хотелось\s+бы)\s+(?:бы\s+)?узнать|"
                            r"(?:хотів|хотіла|хочу|хотілося\s+б)\s+(?:би\s+|б\s+)?дізнатися))"
                            r"(?:\s+(?:whether|if|si|ли))?[\s,]+(?=\S)")
"""What opens a message saying the one asking wants to know something ("Buenas tardes. Soy periodista y me interesa
saber si ...", "I'm a journalist and I'd like to know whether ..."): who asks, before what is asked."""
_INTERESTED_IN = re.compile(r"(?i)^[^.?!:;]{0,60}?\b(?:interested\s+in|me\s+interesan?|меня\s+интересу(?:е|ю)т|"
                            r"мене\s+цікав(?:и|ля)ть)\s+([^.?!:;]{3,120}?)\s*[.!:;]\s+(\S.*)$", re.DOTALL)
"""A message saying what the one asking is interested in, then asking of it ("As a journalist, I'm interested in the
state of the Russian troops. What does the article say about it?", «Me interesa el estado general de las tropas
rusas. ¿Qué señala el artículo al respecto?»): the topic, then the question that points back to it."""
_PREFACE_TERMS = 2
"""Most terms of an opening that speaks of the one asking ("as a journalist I'm interested"), not of the article."""
_WANTS_TERMS = 2
"""Terms more an opening saying the one asking wants to know may have: a greeting's, and the knowing itself."""
_TOLD_FIRST = re.compile(r"^\s*([^.!?\n]{3,80}[.!])\s+(\S.*\?)\s*$", re.DOTALL)
"""A first sentence, however its next one is typed («я студент, пишу реферат. источники в статье кто?»)."""
_ASKED_AS_PHRASED = 90.0
"""A follow-up scoring this on an entry of its own ("and if his commander just says no?") asks that entry, when it
has a telling word that entry is asked with and the story before is not, whatever that story says in passing."""
_LEADING_CLAUSE = re.compile(
    r"^\s*((?:when|after|once|if|since|although|though|while|before|cuando|despu[eé]s de|una vez|si|aunque|mientras|"
    r"когда|если|после|хотя|пока|коли|якщо|після|хоча|поки)\s(?!(?:exactly|именно|точно|саме|exactamente)\b)"
    r"[^,?!.;:]*\w),\s*(?=\S)", re.IGNORECASE)
"""A clause that opens a question and sets its scene ("when the officer said he was leaving, did they threaten
him?", «коли він пішов, його покарали?»): what follows the comma is the question, not a second point. "When
exactly" («коли саме») asks itself: «коли саме звільнилися ті 14, про яких писав Reuters?»."""
_ASKS_IF_SAID = re.compile(r"(?i)(do|does|did)\s+(it|the\s+(article|text|piece|story|report))\s+"
                           rf"(?:(?:{'|'.join(sorted(TEXT_ADVERBS))})\s+)?({'|'.join(sorted(TEXT_VERBS))})\b")
"""A question whether the article gives something ("Does it say how many were taken prisoner?")."""
_HEARD_FROM = re.compile(r"(?i)(?:that'?s|thats|this is|it'?s|its)\s+what\s|так\s+(?:сказал|сказали|говорят|говорил|"
                         r"писали|пишут|назвал|назвали|кажуть|казали|казав|пишуть|назвав)\b|"
                         r"(?:eso|as[íi])\s+(?:dijo|dicen|dijeron|lo\s+llam)|"
                         r"(?:i\s+)?(?:saw|seen|read|heard)\s+(?:it|this|that)\b|"
                         r"(?:видел|видела|читал|читала|прочитал|прочитала|слышал|слышала)\s+(?:это|в|на)\b|"
                         r"(?:бачив|бачила|читав|читала|прочитав|прочитала|чув|чула)\s+(?:це|в|у|на)\b|"
                         r"lo\s+(?:vi|le[íi]|escuch[ée]|o[íi])\b")
"""How a remark after a question says only where its claim was heard ("so they're deserters then? that's what a guy
on tv called them", «так сказали по телевизору», "... proud to be in ukraine? saw it quoted on a telegram channel")."""
_ARTICLE_SAYS = re.compile(r"(?i)(?:в\s+статье\s+(?:написано|сказано|говорится|указано|есть)|"
                           r"в\s+статті\s+(?:написано|сказано|йдеться|вказано|є)|"
                           r"(?:el\s+artículo|el\s+articulo|en\s+el\s+art[íi]culo)\s+(?:dice|pone|explica|aparece))"
                           r"\s*[,:]?\s*")
"""How a question opens asking what the article says of it, before the question word («В статье написано, кому
подаётся рапорт?»)."""
_QUOTES = re.compile("[\"“”«»]|(?<!\\w)'|'(?!\\w)")
"""A quotation mark (an apostrophe only where it opens or closes a quote): a message with one passes a post on."""
_CLOSING_QUOTE = "['\"”’»]"
_SAID = re.compile(rf"(?<=[.!?]){_CLOSING_QUOTE}*\s+")
"""Where a sentence of a message ends, a closing quotation mark included ("... presence.' Is that the reason?")."""
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZА-ЯЁІЇЄҐ\"“«¿¡])")
_STATEMENT_WORDS = 5
"""Fewest words after a lowercase question mark that read as a statement of their own, not the question going on."""
_QUOTE_END = re.compile(rf"{_SENTENCE_END.pattern}|(?<=[.!?]{_CLOSING_QUOTE})\s+(?=[A-ZА-ЯЁІЇЄҐ\"“«¿¡])")
"""Where a sentence of a chat message ends: as in a reply, and after a closing quotation mark ("... tank.' Does")."""
_AFTER_QUOTE = re.compile(rf"(?<=[.!?]{_CLOSING_QUOTE})\s+")
"""A space after a quotation that ends a sentence, where the asker's own words may start in lower case."""
_MESSAGE_END = re.compile(rf"{_QUOTE_END.pattern}|(?<=\?)\s+")
"""Where a sentence of a chat message may end: as above, and after any question mark ("died? every side lies")."""
_DIFFERENCE_OF = re.compile(r"^\s*(?:so\s+)?(?:what'?s|whats|what\s+is)\s+the\s+differences?\s+between\s+"
                            r"(?=why\s)", re.IGNORECASE)
"""A difference asked between two reasons ("what's the difference between why ... and why ..."): each answered."""
_TLDR = re.compile(r"^\W*\btl\W{0,2}dr\b\W*|\W+\btl\W{0,2}dr\b(?:\W+(?:pls|plz|please))?\W*$", re.IGNORECASE)
"""A "tl;dr" before or after a question: how long the reply should be, not a request for the article's summary."""
_COMMAND = re.compile(r"^/[A-Za-z]\w*(@\w+)?(\s|$)")
SOURCES_BUDGET = 560
"""Quotes shown for "source?" until this many characters; the rest are counted ("more quotes from the article: 2")."""
CHAT_REPLY = 700
"""Longest reply that still reads as a chat message; what does not fit goes behind "More" and "Sources"."""
CAVEAT_ROOM = 110
"""Room kept for one caveat line under a reply built of several points."""
CERTAIN = 100.0
"""The score of an answer the user picked themselves (a button, a deep link, a follow-up)."""
_RANK_DEPTH = 20
_CONTEXT_MARGIN = 25.0
_SURE_ELSEWHERE = 85.0
"""A match this sure outside the previous answer's story wins over a middling one inside it."""
_FRAMING_GAIN = 10.0
"""How much surer who says it makes the reading of what is said, for the two to be read as one question: «было видео
где солдаты говорят что их обманули. на что их вели?» is about the video."""
_FRAMING_TERMS = 2
"""Words of the framing an answer must know for a one-word claim to be what the framing tells of."""
_TOPIC_WORDS = 6
"""Most words of a topic a message opens with before asking about it ("russian soldiers quitting?? why would they")."""
_THAT_STORY = frozenset("that this eso esto".split())
"""Pronouns for the story told before, which a "him" beside them does not replace ("how long did that last for him?";
"it" in "did he get punished for it" is what he did)."""
_BUT_ASKS = re.compile(r"[\s,;]+(?:but|pero|но|але)\s+", re.IGNORECASE)
"""Where a statement gives way to the question asked after it ("... was 14 guys but what % quit ...")."""
_ASKED_END = re.compile(r"[.,;!]")
"""Where the question after a topic ends ("why would they even do that, sounds like fairy tales")."""
_SENTENCES = re.compile(r"(?<=[?!.…])\s+")
"""Where a message's sentences part, whatever letter the next opens with ("... контрактники? что в статье")."""
_DOING_THAT = re.compile(r"\b(?:do|does|did|doing)\s+(?:that|it|this)\b|\b(?:hacen|hacer|hicieron|hacían|hacian)\s+"
                         r"(?:eso|esto)\b|\blo\s+(?:hacen|hicieron|hacían|hacian)\b|\b(?:делают|делать|сделали|делали)\s+"
                         r"это\b|\b(?:роблять|робити|зробили|робили)\s+це\b", re.IGNORECASE)
"""A question asking about an act named before it: "why would they do that", «¿por qué lo hacen?», «зачем они это
делают» (with «это» after the verb)."""
_OBJECTING = frozenset("же ж жеж".split())
"""Words of a remark that objects to what it follows («почему они не дезертиры? война же идет»): "after all"."""
_WITNESS_CANDIDATES = 3
"""Best answers looked through for the one that tells a witness's own story when a message asks why each quit."""
_DOUBT_BREAK = re.compile(r"[.?!…]+\s+|\s+or\s+")
"""Where a doubt cast on a question may start: a new sentence, or "or ..." ("... or is that a made up sob story")."""
_DOUBTING = frozenset(
    "made madeup fake invented fabricated sob cover pretending pretend lying lie lies bs hoax real legit prove fairy "
    "myth hype copium cope overblown exaggerated exaggeration spin".split())
"""English words that cast doubt on what was just asked and ask nothing: "sounds like a made up sob story", "prove
its real"."""
_DOUBTED_WHOLE = 80.0
"""A question doubted with "or ..." keeps the answer the whole message finds at this score; below it, the question's."""
_DOUBT_WORDS = _DOUBTING | frozenset(
    "story stories quote sounds sound smells smell seems seem looks look reads like just a an is was are were that "
    "this it its he she they him them or to me tbh lol ngl too also total totally complete all kinda for the cameras "
    "camera save his her their skin now tale tales western up media news nato ukrainian".split())
"""A doubt's remark is made of these words only, one of them from ``_DOUBTING``."""
_KIN = frozenset("брат сестра сын дочь муж жена отец мама папа парень брату сыну мужу сестре "
                 "син донька чоловік дружина батько тато хлопець братові сину чоловіку "
                 "hermano hermana hijo hija marido esposo novio papá mamá".split())
"""Family a remark opens with, where Russian, Ukrainian and Spanish leave "my" unsaid («брат переживает, что
загребут»): the asker's own."""
_POST_WORDS = 25
"""A message this long is a post or a story: its claims are answered one by one."""
_MIN_QUESTION_WORDS = 4
"""Fewest words of a question that ends a long message and is answered on its own ("why did he leave?")."""
_ASKED_FIRST_WORDS = 4
"""How long a "source?" or "true?" may be when a remark follows it ("source? and dont say 'trust me'")."""
_FOLLOW_UP_WORDS = 10
"""Longest message read as a follow-up on the previous answer's story when it cannot be placed on its own."""
_PERSON_FOLLOW_UP_WORDS = 16
"""Longest message that names a person only by a pronoun and is read as a question about the previous answer's."""
_COMPARED_FROM = 3
"""Words at the start of a comparison among which a pronoun stands for the figure just given ("is that more ...")."""
_OWN_TERMS = 3
"""Terms from which a follow-up about "that guy" says what it asks itself: "that" is dropped, not read as the
previous answer's label (whose words would pull the reply back to that answer)."""
_BARE_TOPIC_WORDS = 3
"""Words of a bare topic with a question mark ("criminal case?", "names?"): asked as a yes or no."""
_BARE_TERMS = 2
_BARE_SLACK = 15.0
"""A bare topic after an answer ("legal?" after the prisoner videos): its terms at most, and how far below the best
answer elsewhere the story's own entry that knows them may score and still be what is asked."""
_SUBJECTLESS_TERMS = 3
"""Terms of a message with no subject short enough to be asked of the answer before's speaker («¿y da alguna cifra?»);
a longer one says what it asks about («y así de fácil es pa todos?»)."""
_DENYING: dict[Language, frozenset[str]] = {"en": frozenset({"no", "without"}), "ru": frozenset({"нет", "без"}),
                                           "uk": frozenset({"немає", "нема", "без"}), "es": frozenset({"sin"})}
"""Words that deny a thing is had: a word asking the other way after one of them asks no such thing ("they have no
legal right to quit, true?" is answered as "are they deserters?"); not "not", «не», «no», which turn a question round
and keep what it asks ("isn't that illegal?" asks whether it is)."""
_DENIED_WITHIN = 2
"""How many words before a word asking the other way a denial reaches ("no legal right to quit")."""
_SOURCE_ASKED_SLACK = 8.0
"""How far below the answering score a part of a message may match its story when the next part asks its source."""
_SHORT_REQUEST = 12
"""Words of a message at most, for a part asking something off the article to make the rest mere remarks (a long
message may mention the news or a friend on its way to its question)."""
_RESCORE_BEHIND = 10
"""How many of a message's best entries are scored to tell which of two comes first."""
_RELATED_SLACK = 5.0
"""How far below a part's own best match a story the point before names as related may be and still be what a
part leaning on that point asks ("... prisoner videos - is that even allowed?": the Geneva Convention)."""
_PARTIES = frozenset({"belligerent_government", "military_alliance"})
"""The roles of the war's parties, whose claims the article weighs as a whole ("can we trust what Ukraine says?")."""
_RELATIVE_ASKED_SLACK = 10.0
"""How far below the answer before a related story may be and still be what a follow-up asks when its own words are
that relative's and not the answer's ("isn't that against the geneva rules?" after the videos): the answer's label,
read in for "that", lifts the answer before."""
_GAP_FIRST = 80.0
_GAP_LEAD = 10.0
"""A "not covered" entry this sure, this far ahead of any answer, is what a question about a figure asks."""
_UNCOUNTED_VOICES = frozenset({"news_outlet", "civil_society_group", "anonymous_witness"})
"""Sources that are no party to the figures (a party's figures are set against each other): a figure put on one of
them is said to be whose it is."""
_SPOKESPEOPLE = "civil_society_group"
"""The role of a source who speaks for a group the article names (Valentina Menlikova, of the Committee of Soldiers'
Mothers): put with another group, she is still who she is."""
_BESIDE_CORE = 2
"""Core terms of an entry a message must hold to ask about it beside a detail the article lacks."""
_SPOKEN_SLACK = 10.0
"""How far behind the best reply a spokesperson's own story may score and still answer a claim that misplaces her."""
_NAMED_ALONE = frozenset({"news_outlet", "military_alliance", "civil_society_group"})
"""Sources whose name alone ("dw?", "nato") asks what the article has from them; a country alone stays a question."""
_NAMING_PART = 7
"""Most words of a part that only names whom a question means ("that cnn officer", "the one from cnn I mean"): a
longer part is never read for it."""
_SAYING_WORDS = ("say", "says", "said", "claim", "claims", "claimed", "report", "reports", "reported")
"""Verbs that only say someone says something: no word of what a sentence of an answer is about."""
_NAMING_WORDS = frozenset(stem(w) for w in "one ones mean meant guy guys dude man soldier officer talking".split())
"""Words around a name that only say who is meant ("the cnn one I mean")."""
_STORY_WORDS = ("story", "stories", "interview", "история", "истории", "интервью", "рассказ", "історія", "історії",
                "інтерв'ю", "розповідь", "historia", "entrevista", "relato", "caso")
"""What a source's account is called, in each language: "the reuters story" only names whose account is meant."""
_SPEAKING_ROLES = frozenset({"news_outlet", "military_alliance", "civil_society_group", "belligerent_government"})
_TELLING_ROLES = frozenset({"news_outlet", "anonymous_witness"})
"""Who tells a witness's words: a message naming another ("the CNN officer said 'this is not our war'") has it wrong."""
_SAID_PART = 10
"""The most words a part asking only whether someone said what the part before says has ("is that what the CNN
officer said they were told?")."""


def source_names(kb: KnowledgeBase, source_id: str,
                 languages: Iterable[Language] = ("en", *TRANSLATED)) -> Iterator[tuple[Language, str]]:
    """Every name a source goes by (its name, short name and aliases), with the language it is written in."""
    for lang in languages:
        text = kb.source_text(source_id, lang)
        if text:
            yield from ((lang, n) for n in (text.name, text.short, *text.aliases))


def names_pattern(kb: KnowledgeBase) -> re.Pattern[str] | None:
    """A pattern finding every source's names in any language, longest first; ``None`` for a base without names."""
    names = sorted({n for s in kb.sources for _, n in source_names(kb, s)}, key=len, reverse=True)
    return re.compile("|".join(rf"\b{re.escape(n)}\b" for n in names), re.IGNORECASE) if names else None


def documents(kb: KnowledgeBase, unnamed: re.Pattern[str] | None = None) -> list[Document]:
    """What the matcher sees: each entry's phrasings, label, keywords, figures, and its answer's words.

    Names of sources are taken out of the answer's words: "according to Ukraine" in an answer about
    Russia's figure must not make it look like an answer about Ukraine.
    """
    unnamed = unnamed or names_pattern(kb)
    parties = role_parties(kb)
    openers = {t.entry for t in kb.topics.values()}
    docs = []
    for entry in kb.entries.values():
        claims = kb.claims_of(entry)
        numbers = tuple(v for c in claims for f in c.figures for v in f.values())
        texts = (entry.answer.en, *(c.quote for c in claims), *((entry.details.en,) if entry.details else ()))
        context = tuple(unnamed.sub(" ", t) for t in texts) if unnamed else texts
        marks = tuple(dict.fromkeys(ROLE_MARK + s for c in claims for s in c.chain if s in parties.values()))
        foreign, foreign_context = _foreign(kb, entry)
        voices = tuple(a for c in claims for s in c.chain if s in kb.sources and kb.sources[s].role in _NAMED_ALONE
                       for a in (kb.sources[s].short, *kb.sources[s].aliases))
        docs.append(Document(entry.id, entry.label, tuple(entry.phrasings.en), tuple(entry.keywords), numbers, context,
                             group=entry.topic, marks=marks, opens_topic=entry.id in openers, foreign=foreign,
                             voices=voices, headings=tuple(entry.slides),
                             foreign_context=tuple((lang, unnamed.sub(" ", t) if unnamed else t)
                                                   for lang, t in foreign_context)))
    for item in kb.not_covered.values():
        gap_texts = tuple((lang, t) for lang in TRANSLATED if (tr := kb.translations.get(lang))
                          and (nc := tr.not_covered.get(item.id)) for t in (nc.label, *nc.phrasings))
        docs.append(Document(item.id, item.label, tuple(item.phrasings.en), abstain=True, near=tuple(item.nearby),
                             foreign=gap_texts, gap=item.kind, answers_yes_no=item.if_asked_yes_no is not None))
    return docs


Texts = tuple[tuple[Language, str], ...]


def _foreign(kb: KnowledgeBase, entry: Entry) -> tuple[Texts, Texts]:
    """An entry's phrasings and label, and its answer's words, in each translated language."""
    texts: list[tuple[Language, str]] = []
    context: list[tuple[Language, str]] = []
    for lang in TRANSLATED:
        tr = kb.translations.get(lang)
        text = tr.entries.get(entry.id) if tr else None
        if tr is None or text is None:
            continue
        texts += [(lang, t) for t in (text.label, *text.phrasings)]
        context += [(lang, t) for t in (text.answer,)]
    return tuple(texts), tuple(context)


_ROLE_BEARING = frozenset({"belligerent_government", "military_alliance"})


def role_parties(kb: KnowledgeBase, lang: Language = "en") -> dict[str, str]:
    """Aliases (in ``lang``) of the parties whose role in a question matters (place, claimant or subject)."""
    found: dict[str, str] = {}
    for s in kb.sources.values():
        names = kb.source_text(s.id, lang)
        if s.role in _ROLE_BEARING and names is not None:
            found.update({alias: s.id for alias in (names.short, *names.aliases)})
    return found


@dataclass(frozen=True, slots=True)
class _Point:
    """One point of a message with several: its line, the claims behind it, the entry that holds them."""

    line: str
    claims: list[Claim]
    entry: Entry | None
    figure: bool = False
    answers: bool = True
    """Whether the article answers the point; not for a detail it keeps back ("No unit is named in the article")."""


_MAX_POINTS = 4
"""Most points a several-claims reply answers, one line each."""


class Answerer:
    """The core's front door: ``answer(text, context)`` → ``Answer``, pure and synchronous."""

    def __init__(self, kb: KnowledgeBase, matcher: Matcher | None = None) -> None:
        self.kb = kb
        languages: tuple[Language, ...] = ("en", *(lang for lang in TRANSLATED if lang in kb.translations))
        places = frozenset(s.id for s in kb.sources.values() if s.role == "belligerent_government")  # not NATO
        normalisers = {lang: Normaliser(kb.lexicon_of(lang), role_parties(kb, lang), lang, places)
                       for lang in languages}
        self.languages = languages
        never = [p for lang in languages for p in kb.lexicon_of(lang).never_given]
        names = {lang: [a for s in kb.sources.values() if s.role in _NAMED_ALONE and (t := kb.source_text(s.id, lang))
                        for a in (t.short, *t.aliases)] for lang in languages}
        after = {lang: kb.lexicon_of(lang).after_publication for lang in languages}
        present = {lang: kb.lexicon_of(lang).present for lang in languages}
        count = {lang: kb.lexicon_of(lang).count_words for lang in languages}
        penalties = {lang: kb.lexicon_of(lang).penalties for lang in languages}
        supposing = {lang: kb.lexicon_of(lang).hypothetical for lang in languages}
        naming = {lang: kb.lexicon_of(lang).naming for lang in languages}
        # "according to", and the verbs that only say someone spoke («розказував»): whose account, not a topic
        attributing = {lang: ("according", *(w for role in ("according", "telling")
                                             for w in kb.lexicon_of(lang).roles.get(role, [])))
                       for lang in languages}
        """Per language, the words that put a question to a source ("according to", "per", «по словам»)."""
        self._unnamed = names_pattern(kb)
        """Every source's name in every language: what a sentence says, read without who is named in it."""
        self.matcher = matcher or Matcher(documents(kb, self._unnamed), normalisers, never_given=never, names=names,
                                          after=after, present=present, count=count, penalties=penalties,
                                          supposing=supposing, naming=naming, attributing=attributing)
        self._follow_ups = FollowUpDetector(kb, normalisers)
        self._figures = FigureReader(kb, normalisers)
        self._small_talk = SmallTalkDetector({lang: kb.lexicon_of(lang) for lang in languages}, normalisers)
        self._answer_score = self.matcher.thresholds.answer
        self._guess_score = self._answer_score - _SOURCE_ASKED_SLACK
        self._tolls = frozenset(c.id for c in casualty_claims(kb))
        self._openers = frozenset(t.entry for t in kb.topics.values())
        self._made: dict[tuple[str, Language, str], Answer] = {}
        """Composed entry answers by (entry, language, opening): bounded by the base's size, not by traffic."""
        self._quote_read: dict[tuple[str, Language], tuple[tuple[str, ...], ...]] = {}
        """The terms of each claim's quote, in English and in a language asked in (bounded by the base's size)."""
        self._read_sentences: dict[tuple[str, Language], tuple[frozenset[str], frozenset[str]]] = {}
        """The terms of the base's own answer sentences, with and without the sources' names, read once (bounded by
        the base's size)."""
        self._name_terms = {s: frozenset(t for lang, n in source_names(kb, s, languages)
                                         for t in self.matcher.question_terms(n, lang)) for s in kb.sources}
        """The terms each source's names read as: a sentence keeps them only for the sources a question names."""
        self._naming = {lang: _NAMING_WORDS | frozenset(
            t for w in (*kb.lexicon_of(lang).roles.get("witnesses", []), *_STORY_WORDS)
            for t in self.matcher.question_terms(w, lang)) for lang in languages}
        """Per language, the words around a name that only say who is meant ("ну в истории рейтерс")."""
        self._who = {lang: naming.union(*self._name_terms.values()) for lang, naming in self._naming.items()}
        """Per language, the terms that say only whom a question is about: its sources' names and the words for them."""
        self._according = {lang: frozenset(t for w in attributing[lang]
                                           for read in (self.matcher.read(w, lang),) for t in (*read.terms, *read.stems)
                                           if t not in normalisers[lang].stopwords) for lang in languages}
        """Per language, the stems of the words that put a question to a source ("according to", «по словам»), not
        the little words among them («по», "de")."""
        self._saying = {lang: normalisers[lang].claiming | self._according[lang] for lang in languages}
        """Per language, the stems that say someone said something ("said", "told", «каже»), besides "according to"."""
        self._overview = next(iter(kb.topics.values())).entry if kb.topics else ""
        """The entry of the first topic, the article as a whole (topics.yaml lists it first)."""
        self._every_toll = min((e for e in kb.entries.values() if self._tolls and self._tolls <= set(e.claims)),
                               key=lambda e: (e.id not in self._openers, len(e.claims)), default=None)
        """The entry that gives every death-toll estimate: the one its topic opens with, else the one with the
        fewest other claims."""
        self._voices_of = {e.id: frozenset(v for c in kb.claims_of(e) for v in self._claim_voices(c))
                           for e in kb.entries.values()}
        self._leading = {s: self._leading_entry(s) for s in kb.sources}
        self._says = {s.id: tuple(kb.entries[e] for e in s.says if e in kb.entries) for s in kb.sources.values()}
        self._outlet_of = {c.chain[i]: c.chain[i + 1] for c in kb.claims.values() for i in range(len(c.chain) - 1)
                           if _role(kb, c.chain[i]) == "anonymous_witness"
                           and _role(kb, c.chain[i + 1]) == "news_outlet"}
        """The outlet each anonymous witness spoke to: "what did the CNN source say" asks what CNN reports."""
        self._witness_of = {outlet: witness for witness, outlet in self._outlet_of.items()}
        """The anonymous witness who spoke to each outlet: "the reuters guy" is the soldier, not Reuters."""
        lexicons = {lang: kb.lexicon_of(lang) for lang in languages}
        self._why = {lang: norm.why for lang, norm in normalisers.items() if norm.why}
        """The terms of the word asking why, each language's first open question word ("why", «почему»)."""
        self._hints = {lang: tuple(tuple(tokens(h)) for h in lex.hints) for lang, lex in lexicons.items()}
        """Per language, the words opening a part that says which story is meant ("something about")."""
        self._asking = {lang: frozenset(w for p in (*lex.open_questions, *lex.yes_no_words) for w in tokens(p))
                        for lang, lex in lexicons.items()}
        """Per language, the words a question opens with ("why", "did", «почему»)."""
        self._counting = {lang: frozenset(w for p in lex.count_words for w in tokens(p))
                          for lang, lex in lexicons.items()}
        """Per language, the words of asking for a number ("how many", «cuántos»)."""
        self._saying = {lang: frozenset(t for w in (*_SAYING_WORDS, *lex.roles.get("claiming", []))
                                        for t in self.matcher.question_terms(w, lang))
                        for lang, lex in lexicons.items()}
        """Per language, the terms of verbs that only say someone says something ("does Ukraine say", «утверждает»)."""
        self._penalties = {lang: frozenset(t for w in kb.lexicon_of(lang).penalties
                                           for t in self.matcher.question_terms(w, lang)) for lang in languages}
        """Per language, the terms of words asking about a penalty ("jail", «посадили»)."""
        self._trust_terms = {lang: frozenset(t for w in lex.checking for t in self.matcher.question_terms(w, lang))
                             for lang, lex in lexicons.items()}
        """Per language, the terms of words asking whether a claim holds ("accurate", "trust", «правда»)."""
        self._checking_terms = {lang: self._trust_terms[lang] | frozenset(
            t for w in lex.post_labels for t in self.matcher.question_terms(w, lang)) for lang, lex in lexicons.items()}
        """Per language, those and the terms of words naming where a post comes from ("tweet", «канал»)."""
        self._question_words = {lang: frozenset(t for w in (*kb.lexicon_of(lang).open_questions,
                                                           *kb.lexicon_of(lang).count_words, "much")
                                                for t in self.matcher.question_terms(w, lang)) for lang in languages}
        """Per language, the terms of words that only ask ("how", "much", «сколько»): a part made of them alone
        ("by how much?") asks about the figure beside it."""
        according = {w for lang in languages for w in ("according to", *kb.lexicon_of(lang).roles.get("according", []))}
        self._attribution_tail = re.compile(r"(?i),\s*(?:" + "|".join(
            re.escape(w) for w in sorted(according, key=len, reverse=True)) + r")\s+([^,.?!;:\"«»“”]+?)[\s?!.]*$")
        """Whose account closes a question, in any language's words for "according to" («..., según uno de los que
        renunció», «..., по словам одного из уволившихся», typed in Ukrainian too)."""
        self._attribution_head = re.compile(r"(?is)^\s*(?:" + "|".join(
            re.escape(w) for w in sorted(according, key=len, reverse=True))
            + r")\s+([^,.?!;:\"«»“”¿]+?)\s*(?:[,:;]\s*¿?|¿)\s*(\S.*)$")
        """Whose account opens a question, in any language's words for "according to" («según el testimonio recogido
        por CNN, ¿a dónde lo enviaron?»): that account, and the question after it."""
        self._as_reported = {lang: re.compile(r",?\s*" + re.escape(kb.messages.text("as-reported", lang)),
                                              re.IGNORECASE) for lang in languages}
        """Per language, "as reported in the article" as a reply of several points says it once."""

    def answer(self, text: str, context: Context | None = None, prefer: Language | None = None) -> Answer:
        """Answer one message in its own language, using ``context`` (the chat's previous answer) for follow-ups.

        ``prefer`` is the language to use when the message cannot tell (the user's choice or Telegram's).
        """
        self.matcher.forget_reads()
        return self._answer(text, context, prefer)

    def _answer(self, text: str, context: Context | None, prefer: Language | None) -> Answer:
        """``answer``, for a message or for one part of it, with what was read of the message so far kept."""
        q = self.matcher.read(text, (context.lang if context else None) or prefer)
        lang = q.lang
        if not q.text:
            empty = self.kb.messages.text("empty", lang, headline=self.kb.article.headline)
            return Answer(q.text, "no_match", False, (empty,), related=self._topic_choices(lang), lang=lang)
        talk = self._small_talk.detect(q)
        if talk is not None:
            return self._talk(q.text, talk, lang)
        if _COMMAND.match(q.text):
            return Answer(q.text, "no_match", False, (self.kb.messages.text("not-a-question", lang),),
                          related=self._topic_choices(lang), lang=lang)
        guessed = self._speaker_guessed(q, context)
        if guessed is not None:
            return guessed
        follow_up = self._follow_ups.detect(q, context) or self._asked_then_remarked(q, context)
        if follow_up is not None and follow_up.kind == "switch" and self.matcher.asks_gap(q):
            follow_up = None  # "and how many ukrainian soldiers?" asks of Ukraine's own losses, not for its estimate
        if follow_up is not None and context is not None:
            resolved = self._follow_up(q, follow_up, context)
            if resolved is not None:
                return resolved
        if (context is None or context.entry_id is None) and self._follow_ups.alone(q):
            alone = self.kb.messages.text("follow-up-alone", lang)
            return Answer(q.text, "no_match", False, (alone,), related=self._topic_choices(lang), lang=lang)
        return self._understood(q, context)

    def _speaker_guessed(self, q: Question, context: Context | None) -> Answer | None:
        """"who said it? the reuters guy?" after the CNN officer's words: whose words they are, with the guess
        corrected when the article gives them to someone else."""
        previous = self.kb.entries.get(context.entry_id or "") if context is not None else None
        first, mark, rest = q.text.partition("?")
        if previous is None or not mark or not rest.strip(" ?!."):
            return None
        if not self._follow_ups.asks_source(self.matcher.read(first, q.lang)):
            return None
        if _asks_for_a_fact(rest, self.kb.lexicon_of(q.lang).open_questions):
            return None  # "source? and what does nato say": a question of its own, not a guess
        guess = self._follow_ups.only_source(self.matcher.read(rest, q.lang), witness=True)
        if guess is None or not previous.claims:
            return None
        if guess in self._voices(previous) or self._group_of(guess) in self._voices(previous):
            return self.sources_for(previous.id, q.text, q.lang)
        guessed = self.kb.sources[self._witness_of.get(guess, guess)]
        return self._not_theirs(q.text, [guessed], previous, CERTAIN, q.lang)

    def _asked_then_remarked(self, q: Question, context: Context | None) -> FollowUp | None:
        """"source? and dont say 'trust me'": a follow-up asked first, then only a remark with no question in it;
        "who says that exactly, and should i trust it?": whose claim it is, then only how far to trust it."""
        if context is None or context.entry_id is None:
            return None
        first, mark, rest = q.text.partition("?")
        joined = not mark or not rest.strip(" ?!.")
        if joined:
            clauses = _CLAUSES.split(q.text, maxsplit=1)
            if len(clauses) < 2 or not clauses[1].strip(" ?!."):
                return None
            first, rest = clauses
        remark = self.matcher.read(rest, q.lang)
        if not remark.words:
            return None
        asked = self.matcher.read(first, q.lang)
        if len(asked.words) > _ASKED_FIRST_WORDS:
            return None  # "On what basis they are having this right? Kindly tell.": a question of its own
        follow_up = self._follow_ups.detect(asked, context)
        if follow_up is None or follow_up.kind not in ("sources", "check", "switch"):
            return None
        if follow_up.kind == "switch" and (joined or "?" in rest or remark.numbers or remark.parties
                                           or not EITHER_OR.isdisjoint(remark.words)):
            return None  # "and nato? they're not exactly neutral either": NATO's answer; "and nato? higher or lower
            # than that", "y la otan? y rusia cuantos reconoce?" ask more
        if not joined and "?" not in rest.rstrip(" ?!.") and _opening(remark.words) not in self._asking[q.lang]:
            return follow_up
        # "who says that? and can it even be trusted?": whose claim it is, with how far it can be trusted (asked in
        # one sentence, "who claims that, and can we trust it?", as "legit?" is answered: who says it, the caveat)
        trusting = self._trust_terms[q.lang] | self._question_words[q.lang]
        if follow_up.kind != "sources" or not remark.terms or not set(remark.terms) <= trusting:
            return None
        return FollowUp("check") if joined else follow_up

    def _understood(self, q: Question, context: Context | None, *, passed_on: bool = False) -> Answer:
        """A message that is a question: figures, a source named alone, several points, or the matcher.
        ``passed_on``: the message is what someone else claims ("saw on twitter: ..."), so its claims count."""
        inner = None if passed_on else self._asked_within(q)
        if inner is not None:
            return self._understood_alone(q, inner, context)
        remarked = None if passed_on else self.matcher.before_remark(q)
        last = None if passed_on else self._last_question(q, context) \
            or self._asked_before_remark(q, remarked, context) or self._asked_before_doubt(q, context) \
            or self._why_each_witness(q) \
            or self._checked_before_reason(q, remarked, context) \
            or self._asked_after_supposing(q, context) or self._asked_before_supposing(q, context) \
            or self._asked_after_topic(q, context) or self._asked_before_attribution(q, context) \
            or self._asked_after_attribution(q, context) \
            or self._asked_before_article(q, context) or self._asked_after_premise(q, context)
        if last is not None:
            return last
        claimed = self._follow_ups.hearsay(q)
        whole: Match | None = None  # the whole message's match, once it is needed
        if claimed is not None:  # "my uncle says ...": what is claimed, not that someone said it
            # "i read that russia only admits 1351 dead, is that true?": the claim is what the message checks
            claim = replace(self.matcher.read(claimed, q.lang), lang=q.lang, checks=q.checks)
            whole = self.matcher.match(q)
            if not self._framing_tells(whole, claim, opening=context is None or context.entry_id is None):
                return self._said_by_someone_else(q, self._understood(claim, context, passed_on=True))
        post = len(q.words) >= _POST_WORDS
        confirmed = self._figures.confirms(q)  # the article's tolls stated right: one answer that it is so, no points
        # "Reuters: 14 soldiers quit after the army failed to give them the medals it promised. accurate?", "a
        # soldier told Reuters 40 men in his unit quit over the medals they never got. true?": one story told with
        # its count, right or not, is the story that gives the count (or its correction), not a post's one point
        counts = False
        if q.checks and (post or passed_on) and q.numbers:
            whole = whole or self.matcher.match(q)
            counts = self._figures.counted(q) is not None or self._miscounted(q, whole) is not None
        # «(читал что) целая рота уволилась, человек 40. сколько их реально было?»: a story told with its count,
        # asked how many there really were, is that count's story, not a post's points
        recounted = counts and passed_on and self.matcher.asks_count(q)
        # "did the officer tell CNN 'we were dirty and tired. people around us were dying'?": one quote of the
        # article's, whatever its sentences, is one question: who said it
        quoting = q.text.count("?") <= 1 and bool(q.words) \
            and (q.words[0] in self.kb.lexicon_of(q.lang).yes_no_words or q.checks) \
            and bool(self._quoted_claims(q.text, q.lang, words=_QUOTE_WORDS))
        if (post or (passed_on and len(q.words) >= _LONG_MESSAGE)) and not confirmed and not quoting \
                and not recounted:
            # a forwarded post: its claims one by one, before any figure; a shorter passed-on one only with several.
            # «кажуть НАТО заявило що ... в деяких батальйонах аж 70%»: a figure put in another party's mouth is the
            # correction first, not a post's points
            several = None if self._misput_alone(q, whole) else self._several(q, post=True,
                                                                               points_only=not post or counts)
            if several is not None:
                return several
        match = whole if whole is not None else self.matcher.match(q)
        on_tolls = self._on_tolls(context)
        previous = self._story_before(context.entry_id or "") if context else None
        leans = on_tolls and previous is not None and (
            leans_on_context(q) or self._compares_it(q) or self._figures.only_figure_words(q))
        # "ok and where does that number actually come from, who reported it?": a source asked of the figure just
        # given, when its first question leans on it and names no other party
        first = self.matcher.read(_FIRST_CLAUSE.split(q.text, 1)[0], q.lang) if on_tolls and previous is not None \
            and not leans and self._follow_ups.asks_of_the_answer(q) else None
        follows = leans or (first is not None and not first.parties and leans_on_context(first))
        estimate = self._estimate_asked(previous, context.question if context else "", q.lang) \
            if follows and previous is not None else None
        after = self._read_after(q, estimate) if estimate is not None else None
        # "how does that compare to what moscow says": "that" is the figure just given
        by_context = self._figures.answer(after, in_topic=True) if after is not None else None
        if by_context is not None and first is not None and estimate is not None \
                and self._figures.answer(self._read_after(first, estimate), in_topic=True) is None:
            by_context = None  # "and how many ukrainian soldiers died? they dont say that?": not of the figure given
        figures: FigureAnswer | Match | None = None
        if by_context is not None and after is not None and after.parties and not q.parties \
                and self._figures.asks_end(q):
            figures = by_context  # "and the max?" after NATO's range: NATO's upper end, not the highest estimate
        if figures is None and self._every_toll is not None and self._figures.names_every_estimate(q) \
                and self._figures.misattributed(q) is None:  # not "the 29,200 dead russians number is from NATO"
            # "скільки каже україна, скільки нато і скільки сама росія визнає": the entry giving every estimate
            return self._entry_answer(q.text, self._every_toll, CERTAIN, q.lang)
        if figures is None:
            figures = self._figure_reply(q, match, in_topic=on_tolls, stated=passed_on)
        cited = isinstance(figures, Match)  # the story that gives a figure the message states
        if isinstance(figures, Match):
            match, figures = figures, None
        if figures is None:
            figures = by_context
        if figures is not None:
            # "where is the 14 from and why did they leave?": the figure and the other question, a line each
            several = None if confirmed else self._several(q, beside_figures=True)
            return several or self._figure_answer(q.text, figures, q.lang)
        named = self._follow_ups.only_source(q, witness=True)
        named = self._outlet_of.get(named, named) if named is not None else None
        if named is not None and self.kb.sources[named].role in _NAMED_ALONE:
            heard = self._speaker_answer(q, named, CERTAIN)
            if heard is not None:
                return heard
        # "Reuters: 14 soldiers quit after they weren't given the medals promised. accurate?": one point that
        # leaves out the figure is not the reply, the story that gives the figure is
        several = None if confirmed or quoting or self._all_follow_up(q, previous) else self._several(
            q, previous=previous, points_only=cited)
        if several is not None:
            return several
        asks_gap = previous is not None and self.matcher.asks_gap(q)
        alone = match  # the message's own match, before the conversation is weighed
        counted = previous is not None and self._counts_them(q)
        if previous is not None and self._unplaced(match) and self._about_someone_before(q):
            match = self._naming_them(q, match, previous)
        elif previous is not None and (leans_on_context(q) or counted or self._withheld_elsewhere(q, match, previous)) \
                and not self._follow_ups.speakers_named(q):
            expanded = self._read_resolved(q, previous, self._witness_asked(previous, context))
            within = self._within_topic(expanded, previous, self.matcher.match(expanded))
            within = self._of_the_speaker(q, previous, within)
            within = self._relative_asked(q, previous, within)
            within = self._asked_of_previous(q, previous, match, within)
            asked = self.kb.not_covered.get(match.best.id) if asks_gap and match.best is not None else None
            gap = asked is not None and not self._withheld_about_others(asked, previous)
            own = not counted and match.kind == "entry" and match.best is not None \
                and match.best.id in self.kb.entries \
                and match.best.score >= self._answer_score and within.best is not None \
                and within.best.id in self.kb.entries and within.best.id != match.best.id \
                and (self.matcher.tells_apart(q, match.best.id, within.best.id)
                     or (match.best.score >= _ASKED_AS_PHRASED
                         and self.matcher.tells_apart(q, match.best.id, within.best.id, asked=True)))
            if not own and (not gap or (within.best is not None and within.best.id in self.kb.not_covered)):
                match = within  # "where was it filmed?" asks the detail the article never gives, whatever "it" is
            # "will putin mobilize?" then "did he end up doing it?": news after the article
            match = self._later_news(q, previous) or match
        if previous is not None and match.kind == "ambiguous" and not asks_gap \
                and all(c.id in self.kb.entries for c in match.candidates):
            # "and what had they been told they were going to do?" after the viral video: of the stories the words
            # fit as well, the one the conversation is on (a detail the article lacks among them keeps the choice)
            within = self._within_topic(q, previous, match)
            if within.kind == "entry" and within.best is not None \
                    and any(c.id == within.best.id for c in match.candidates):
                match = within
        if previous is not None and not asks_gap:
            match = self._bare_topic_in_story(q, previous, match) or match
        if previous is not None and self._unsure(match) and len(q.words) <= _FOLLOW_UP_WORDS and not asks_gap:
            match = self._next_in_topic(q, previous) or match
        if match.kind == "entry" and match.best is not None and self.matcher.uncounted(q, match.best.id) \
                and self._asks_count(q):
            counted_here = self._counted_in_story(q, match, previous) or self._counted_alone(q, alone)
            if counted_here is None:
                return self._uncountable(q, match.best.id, match.best.score) or self._no_figure(q, match.best.id)
            match = counted_here
        match = self._toll_over_later_news(q, match)
        if on_tolls and previous is not None:
            match = self._other_toll_asked(q, match, previous)
        quoted = self._quote_over_gap(q, match)
        if quoted is not match:  # whose words they are, with no "yes": the message named someone else
            return self._words_put_on_another(q, self._from_match(q, quoted))
        misplaced = self._reason_put_on_another(q, match)
        if misplaced is not None:
            return misplaced
        match = self._reason_over_gap(q, match)
        match = self._spokesperson_over_gap(q, match)
        beside = self._asked_beside_gap(q, match)
        return self._confirming(q, beside or self._from_match(q, match), tolls_right=confirmed)

    def _reason_put_on_another(self, q: Question, match: Match) -> Answer | None:
        """A reason checked that the article gives for another witness ("the cnn soldier quit cause he wasnt getting
        paid. correct?": the Reuters soldiers' reason): the article does not attribute it to the one named, and whose
        story it is."""
        best = match.best if match.kind == "entry" else None
        entry = self.kb.entries.get(best.id) if best is not None else None
        read = self._reason_given_for(q) if entry is not None and q.checks else None
        if read is None or entry is None or best is None:
            return None
        named = {s for s in self._follow_ups.sources_named(read) if _role(self.kb, s) == "anonymous_witness"}
        told = [c.chain[0] for c in self.kb.claims_of(entry)]  # another witness's story, not the article's own
        if not named or not named.isdisjoint(self._voices(entry)) \
                or not all(_role(self.kb, s) == "anonymous_witness" for s in told):
            return None
        # first the reason the one named gives, when the article has it ("he left after seeing the rejection")
        own = self.matcher.match(read)
        mine = self.kb.entries.get(own.best.id) if own.kind == "entry" and own.best is not None else None
        reason = None
        if mine is not None and mine.id != entry.id and named <= self._voices(mine) \
                and not self._why.get(q.lang, frozenset()).isdisjoint(self.matcher.core_terms(mine.id)):
            reason = self._point(q.text, mine, q.lang).line
        return self._not_theirs(q.text, [self.kb.sources[s] for s in sorted(named)], entry, best.score, q.lang,
                                own=reason)

    def _reason_given_for(self, q: Question) -> Question | None:
        """What a message gives a reason for, read ("the cnn officer left" in "the cnn officer left because he was
        wounded"); ``None`` when it gives none, or says too little before its "because"."""
        cut = _BECAUSE.search(q.text)
        if cut is None or len(tokens(q.text[: cut.start()])) < _MIN_CLAUSE_WORDS:
            return None
        return self.matcher.read(q.text[: cut.start()], q.lang)

    def _confirming(self, q: Question, answer: Answer, *, tolls_right: bool) -> Answer:
        """An entry's answer to a message that states the article's death tolls right, or quotes a witness's words
        as the article does, and asks to check it ("Ukraine counts 29,200 dead and Russia admits only 1,351.
        Accurate?", «Un soldado ruso le dijo a Reuters: 'Esta no es nuestra guerra'. ¿Es cierto?»), opening with
        that it is so; ``tolls_right``: the message states the tolls as the article does."""
        entry = self.kb.entries.get(answer.entry_id or "")
        if not answer.answered or entry is None or not answer.parts or self._opens_polar(answer.parts[0], q.lang):
            return answer  # an answer opening "No: ..." says what holds instead
        quoted = {c.id for c in self._quoted_claims(q.text, q.lang, words=_QUOTE_WORDS)} if q.checks else set()
        outlet = self._someone_else(q) if quoted & set(entry.claims) else None
        if outlet is not None:  # 'a soldier told the BBC: "this is not our war"': not the BBC
            lead = self.kb.messages.text("not-theirs", q.lang, names=outlet)
        elif tolls_right or self._quote_confirmed(q, entry):
            lead = self.kb.messages.text("claim-confirmed", q.lang)
        else:
            return answer
        return replace(answer, parts=(f"{lead} {answer.parts[0]}", *answer.parts[1:]))

    def _unknown_outlet(self, text: str) -> str | None:
        """A name typed in capitals that is none of the sources' ("BBC", "RT"): an outlet the article never names."""
        found = (m.group() for m in _ACRONYM.finditer(self._unnamed.sub(" ", text) if self._unnamed else text))
        return next((name for name in found if name not in _NOT_OUTLETS and zipf(name, "en") < _EVERYDAY_ZIPF), None)

    def _someone_else(self, q: Question) -> str | None:
        """An outlet or a person a message puts words on whom the sources do not have ("BBC", "Putin")."""
        return self._unknown_outlet(q.text) or self._unknown_speaker(q.text, q.lang)

    def _words_put_on_another(self, q: Question, answer: Answer, name: str | None = None) -> Answer:
        """The answer giving words a message put on an outlet or a person the sources do not have («солдат сказал
        BBC: "это не наша война"», "Putin himself admitted 'this is not our war'"), opening with that the article
        does not attribute them to that one; ``name``: that one, when the caller has found it already."""
        name = name if name is not None else self._someone_else(q)
        if name is None or not answer.answered or not answer.parts or self._opens_polar(answer.parts[0], q.lang):
            return answer
        lead = self.kb.messages.text("not-theirs", q.lang, names=name)
        return replace(answer, parts=(f"{lead} {answer.parts[0]}", *answer.parts[1:]))

    def _misput_alone(self, q: Question, whole: Match | None) -> bool:
        """Whether a message only puts one figure of the article in another party's mouth («кажуть НАТО заявило що
        ... в деяких батальйонах аж 70% написали рапорти»): one number, one claimant, and the message as a whole is
        about that figure's claim. Several claims keep a point each, the misattributed one corrected."""
        if len(q.numbers) != 1 or len(q.claimants()) != 1:
            return False
        wrong = self._figures.misattributed(q)
        if wrong is None:
            return False
        best = (whole or self.matcher.match(q)).best
        holder = self._holder(wrong)
        return best is not None and holder is not None and best.id == holder.id

    def _said_by_someone_else(self, q: Question, answer: Answer) -> Answer:
        """The answer to the claim a message passes on, for the whole message; when the one said to pass it on is a
        person by a name the sources do not have, quoting a witness's words ("Putin himself admitted 'this is not our
        war'"), it opens saying the article does not attribute them to that person, not that the claim is right."""
        answer = replace(answer, question=q.text)
        confirmed = self.kb.messages.text("claim-confirmed", q.lang)
        if not answer.parts or not answer.parts[0].startswith(confirmed):
            return answer  # the name is looked for only where the claim would be confirmed
        speaker = self._unknown_speaker(q.text, q.lang)
        if speaker is None:
            return answer
        unconfirmed = replace(answer, parts=(answer.parts[0][len(confirmed):].lstrip(), *answer.parts[1:]))
        return self._words_put_on_another(q, unconfirmed, self._unknown_outlet(q.text) or speaker)

    def _unknown_speaker(self, text: str, lang: Language) -> str | None:
        """A person a message says spoke, by a name the sources do not have ("Putin himself admitted 'this is not our
        war'", «Зеленский заявил»): not a witness the article quotes."""
        for found in _SPEAKER.finditer(self._unnamed.sub(" ", text) if self._unnamed else text):
            name = found.group(1)
            rare = is_proper_name(name, lang) if lang in ("ru", "uk") else zipf(name.casefold(), lang) < _EVERYDAY_ZIPF
            if rare and self._naming[lang].isdisjoint(self.matcher.question_terms(name, lang)):
                return name  # not "Soldier told Reuters", «Солдат сказал Reuters»: a witness, whoever it is
        return None

    def _opens_polar(self, text: str, lang: Language) -> bool:
        """Whether an answer opens with yes or no ("No: the officer says they were not told ...")."""
        return text.startswith(tuple(self.kb.lexicon_of(lang).polar_openings))

    def _quote_confirmed(self, q: Question, entry: Entry) -> bool:
        """Whether a message checking a claim quotes words of one claimant's quote that ``entry`` gives, names no
        source outside that quote's chain ("the CNN officer said 'this is not our war'" is the wrong outlet), and
        says little besides who said it."""
        claims = self._quoted_claims(q.text, q.lang, words=_QUOTE_WORDS) if q.checks else []
        if not claims or not {c.id for c in claims} & set(entry.claims) \
                or _role(self.kb, claims[0].claimant) == "article_analysis":
            return False  # "what is the 'very tricky move' the article mentions": the article's words, no one's claim
        chain = {s for c in claims for s in (c.claimant, *c.chain)}
        tellers = {s for s in self._follow_ups.sources_named(q) if _role(self.kb, s) in _TELLING_ROLES}
        checking = self._checking_terms.get(q.lang, frozenset())
        told = " ".join(_attributed(p)[0] for p in quoted_phrases(q.text))  # "Sgt. Petrov said: ..."
        besides = unquoted(self._unprefaced(q.text, q.lang))  # "as a journalist: ..." is who asks
        said = {t for t in self.matcher.question_terms(f"{besides} {told}", q.lang)
                if t not in self._who.get(q.lang, frozenset()) and t not in checking
                and t not in self._saying.get(q.lang, frozenset())}  # "the CNN officer said": who said it
        return tellers <= chain and len(said) <= _QUOTED_BESIDE and not any(is_number(t) for t in said)

    def _quoted_claims(self, text: str, lang: Language, *, words: int = 1) -> list[Claim]:
        """The claims of one claimant whose quote holds the words ``text`` puts in quotation marks (phrases of at
        least ``words`` words), in English or in ``lang``: in their order when that finds one claimant, else in any
        order."""
        quoted = quoted_phrases(text)
        quoted += [inner for p in quoted for inner in quoted_phrases(p)]  # «Reuters: 'Esta no es nuestra guerra'»
        quoted += [spoken for p in quoted if (spoken := _attributed(p)[1])]  # 'he told the BBC: this is not our war'
        phrases = [terms for p in quoted if len(tokens(p)) >= words and (terms := self.matcher.question_terms(p, lang))]
        if not phrases:
            return []
        said = {c.id: self._quote_terms(c, lang) for c in self.kb.claims.values()}
        in_order = [c for c in self.kb.claims.values()
                    if any(_runs_in(p, quote) for p in phrases for quote in said[c.id])]
        quoting = in_order if len({c.claimant for c in in_order}) == 1 else [
            c for c in self.kb.claims.values() if any(set(p) <= set(quote) for p in phrases for quote in said[c.id])]
        return quoting if len({c.claimant for c in quoting}) == 1 else []

    def _witness_asked(self, previous: Entry, context: Context | None) -> str | None:
        """The witness the question before named, when the answer it got is the article's own rule told with his
        story («офицер из интервью CNN уволился?», then «почему он ушёл?»: "he" is that officer, not the rule)."""
        claims = self.kb.claims_of(previous)
        if context is None or not claims or self.kb.sources[claims[0].claimant].role != "article_analysis":
            return None
        named = self._outlets_named(self.matcher.read(context.question, context.lang or "en"))
        return next((c.claimant for c in claims if self.kb.sources[c.claimant].role == "anonymous_witness"
                     and self._outlet_of.get(c.claimant, c.claimant) in named), None)

    def _story_before(self, entry_id: str) -> Entry | None:
        """The story the answer before was about: its entry, or for a detail the article lacks the story it is
        near ("what happened to the reuters guy?" then "how many quit with him?": the 14); none for later news,
        which has moved on from the story, or for one off the article."""
        gap = self.kb.not_covered.get(entry_id)
        if gap is None or gap.kind in ("off_topic", "after_publication"):
            return self.kb.entries.get(entry_id)
        return next((self.kb.entries[n] for n in gap.nearby if n in self.kb.entries), None)

    def _read_after(self, q: Question, previous: Entry) -> Question:
        """A figure follow-up read after the answer before: its pronouns resolved and, when it names no party, the
        party whose one estimate that answer gave ("and the max?" after NATO's range is NATO's maximum)."""
        resolved = self._read_resolved(q, previous)
        claims = self.kb.claims_of(previous)
        lead = claims[0] if claims else None  # the estimate the answer gave first, the others only beside it
        if resolved.parties or lead is None or lead.id not in self._tolls or lead.claimant not in self.kb.sources \
                or self._speaker_entry(lead.claimant) is not previous:
            return resolved  # after all three estimates, "and the max?" is the highest of them
        names = self.kb.source_text(lead.claimant, q.lang)
        return self.matcher.read(f"{names.short if names else lead.claimant} {resolved.text}", q.lang)

    def _estimate_asked(self, previous: Entry, asked: str, lang: Language) -> Entry:
        """The story a figure follow-up leans on: after every estimate, given to a question naming one claimant
        ("what does NATO estimate for russian soldiers killed?"), the entry leading with that claimant's estimate,
        so "is that more or less than what moscow admits?" weighs NATO's figure."""
        if previous is not self._every_toll or not asked:
            return previous
        claimants = self.matcher.read(asked, lang).claimants()
        own = self._speaker_entry(next(iter(claimants))) if len(claimants) == 1 else None
        return own if own is not None and self._gives_tolls(own) else previous

    def _compares_it(self, q: Question) -> bool:
        """A comparison that opens on a pronoun, however long ("is that more or less than what ukraine claims?")."""
        return not ANAPHORA.isdisjoint(q.words[:_COMPARED_FROM]) and self._figures.asks_arithmetic(q)

    def _uncountable(self, q: Question, entry_id: str, score: float) -> Answer | None:
        """A count asked of an entry that gives none, when the article says that count cannot be known (its
        "unknowable" entry is about this one first, and counts what is asked): "what does the Committee of
        Soldiers' Mothers say, how many quit in all?" is "the exact number cannot be known", not "no such figure"."""
        item = next((g for g in self.kb.not_covered.values() if g.kind == "unknowable" and g.nearby[:1] == [entry_id]
                     and self.matcher.counted_of(q, g.id, entry_id)), None)
        return self._not_covered(q.text, item, score, q.lang) if item is not None else None

    def _counted_in_story(self, q: Question, match: Match, previous: Entry | None) -> Match | None:
        """ "How many of them quit over it?" after the Reuters soldier's broken promises: the story's entry that
        gives the count asked for (the 14), when the best match gives none."""
        if previous is None:
            return None
        nearby = self._story_of(previous)
        floor = self.matcher.thresholds.floor
        counted = [c for c in match.candidates if c.id in nearby and c.id in self.kb.entries and c.score >= floor
                   and not self.matcher.uncounted(q, c.id)]
        return Match("entry", counted[0], tuple(counted), match.terms) if counted else None

    def _bare_topic_in_story(self, q: Question, previous: Entry, match: Match) -> Match | None:
        """ "legal?" after the prisoner videos: a bare topic of a word or two, which an entry of the story before knows
        whole and scores nearly as well as the best reply elsewhere, is asked of that story (the Geneva Convention,
        not the right to resign). So is one a "not covered" entry scores best: "in what kind of units?" after Ukraine's
        claim of daily resignations is asked of that claim ("basic or elite units"), not of unit names."""
        best = match.best if match.kind == "entry" else None
        if best is None or len(q.terms) > _BARE_TERMS or leans_on_context(q):
            return None
        nearby = self._story_of(previous)
        if best.id in nearby:
            return None
        ranked, in_story = self._ranked_in(q, nearby)
        local = next((c for c in in_story if c.id in self.kb.entries and self.matcher.knows_all(q, c.id)), None)
        if local is None or best.score - local.score > _BARE_SLACK:
            return None
        return Match("entry", local, (local, *(c for c in ranked[:MAX_CHOICES] if c is not local)), match.terms)

    def _counted_alone(self, q: Question, alone: Match) -> Match | None:
        """ "how many of them quit together" after the overview of the testimonies: the story the message names on
        its own, sure of itself, when it gives the count asked for (the 14) and the story before gives none."""
        best = alone.best if alone.kind == "entry" else None
        if best is None or best.id not in self.kb.entries or best.score < _SURE_ELSEWHERE \
                or self.matcher.uncounted(q, best.id):
            return None
        return alone

    def _framing_tells(self, whole: Match, claim: Question, *, opening: bool = False) -> bool:
        """Whether who says it is what the message asks about («було відео, де вони кажуть, що їх обманули»: the
        video's words): the whole message (``whole``, its match) matches an answer better than the claim alone does,
        or the claim alone only leans toward the same answer that the framing makes clear, or reads as off the
        article's subject, or is one word the framing tells of, in a message that opens a conversation (``opening``)."""
        alone = self.matcher.match(claim)
        off = alone.best is not None and (gap := self.kb.not_covered.get(alone.best.id)) is not None \
            and gap.kind == "off_topic"  # "the viral vid where soldiers said they got cheated - whats the story"
        thin = opening and self._one_word_told(whole, claim, alone)
        return whole.kind == "entry" and whole.best is not None and whole.best.id in self.kb.entries \
            and (alone.best is None or off or thin or (alone.kind != "entry" and alone.best.id == whole.best.id
                                                   and alone.best.score + _FRAMING_GAIN <= whole.best.score)
                 or (alone.best.id != whole.best.id and alone.best.score < whole.best.score))

    def _one_word_told(self, whole: Match, claim: Question, alone: Match) -> bool:
        """Whether a claim of one word is told by something the answer the whole message fits knows, and the claim's
        own answer does not («бачила відео де вони кажуть що їх «обдурили»»: the video's words, not the CNN
        officer's deception). Asked only of a message that opens a conversation: in one, «y no le dijeron nada?» asks
        about the story before."""
        if len(claim.terms) > 1 or whole.best is None or alone.best is None \
                or whole.best.score < self.matcher.thresholds.short_answer:
            return False
        framing = replace(claim, terms=tuple(t for t in whole.terms if t not in claim.terms))
        told = set(self.matcher.terms_known(framing, whole.best.id))
        return len(told) >= _FRAMING_TERMS and not told <= set(self.matcher.terms_known(framing, alone.best.id))

    def _says_before_pointing(self, question: Question) -> bool:
        """Whether a question names its own subject before its first pronoun for a thing ("what does the article say
        about a general mobilization and what would it mean?": "it" is the mobilization, not what came before)."""
        words = question.words
        first = next((i for i, w in enumerate(words) if w in ANAPHORA and w not in PERSONAL), 0)
        joined = next((i for i in range(first - 1, 0, -1) if words[i] in AND), 0)  # a second clause
        return joined > 0 and self._follow_ups.asks_of_its_own(self.matcher.read(" ".join(words[:joined]),
                                                                                 question.lang))

    def _counts_them(self, q: Question) -> bool:
        """A count of the people the answer before was about, in a message longer than a follow-up ("and how many
        of them were there who quit?" after the Reuters soldier): not how many quit at large."""
        return len(q.words) <= _PERSON_FOLLOW_UP_WORDS and not GROUP.isdisjoint(q.words) \
            and self.matcher.asks_count(q) and not self._follow_ups.names_someone(q)

    def _about_someone_before(self, q: Question) -> bool:
        """A message longer than a follow-up about a person it names only by a pronoun ("and what does her group
        say about how hard it is to quit?" after the mothers' committee)."""
        return not leans_on_context(q) and len(q.words) <= _PERSON_FOLLOW_UP_WORDS \
            and not SINGULAR.isdisjoint(q.words) and not self._follow_ups.names_someone(q) \
            and not self._follow_ups.speakers_named(q)

    def _naming_them(self, q: Question, match: Match, previous: Entry) -> Match:
        """The question with its pronouns standing for the previous answer's person, matched on its own (not held
        to the previous topic: the message says what it asks); news after the article when it asks for that."""
        later = self._later_news(q, previous)  # "so did he really do it later?"
        if later is not None:
            return later
        resolved = self.matcher.match(self._read_resolved(q, previous))
        return resolved if resolved.kind == "entry" else match

    def _later_news(self, q: Question, previous: Entry) -> Match | None:
        """The "not covered" entry on news after the article near ``previous``, when the question asks for it."""
        later = self.matcher.later_of(q, previous.id)
        return Match("entry", later, (later,), q.terms) if later is not None else None

    def _withheld_elsewhere(self, q: Question, match: Match, previous: Entry) -> bool:
        """ "What is her name and what does she say?" after the mothers' committee: a pronoun for the previous
        answer's person, matched to a detail the article withholds about other people (the soldiers' names)."""
        gap = self.kb.not_covered.get(match.best.id) if match.best is not None else None
        return gap is not None and self._withheld_about_others(gap, previous) and not SINGULAR.isdisjoint(q.words)

    @staticmethod
    def _withheld_about_others(gap: NotCovered, previous: Entry) -> bool:
        """Whether the gap is a detail the article withholds about other entries than ``previous``: what it keeps
        back is about its own entries only ("her name?" after the mothers' committee is hers)."""
        return gap.kind == "withheld" and previous.id not in gap.nearby

    def _asks_count(self, q: Question) -> bool:
        """Whether a "how many" of the message is asked, not told: in "he saw how much the people rejected them." a
        sentence that neither opens with a question word nor ends in a question states a degree, not a figure."""
        if _HOW_FAR.search(q.text):
            return False  # "how much did regular soldiers even understand about why they were there"
        said = [s for s in _SAID.split(q.text.strip()) if tokens(s)]
        if len(said) == 1 and not said[0].rstrip().endswith((".", "!")):
            return True
        asking = self._asking[q.lang]
        for sentence in said:
            read = self.matcher.read(sentence, q.lang)
            if self.matcher.asks_count(read) and (sentence.rstrip().endswith("?") or (
                    read.words and read.words[0] in asking)):
                return True
        return False

    def _all_follow_up(self, q: Question, previous: Entry | None) -> bool:
        """Whether every part of a message leans on the answer before ("es cierto eso? quién lo dice"): one
        follow-up on it, not several questions of their own."""
        if previous is None or not leans_on_context(q):
            return False
        parts = [p for p in _CLAUSES.split(q.text) if tokens(p)]
        return len(parts) > 1 and all(leans_on_context(self.matcher.read(p, q.lang)) for p in parts)

    def _figure_reply(self, q: Question, match: Match, *, in_topic: bool = False, stated: bool = False
                      ) -> FigureAnswer | Match | None:
        """The figure reader's reply: a figure put in the wrong mouth or, in a claim ``stated`` or checked, one the
        article does not give (or a story's count told otherwise) first, then arithmetic on the figures unless
        the question asks for what the article lacks; or, when a figure is only checked along with what the
        message says of it, the match to answer from: the story of an entry that cites the figure."""
        placed = self.kb.entries.get(match.best.id) if match.kind == "entry" and match.best else None
        # "cuánta diferencia hay entre lo que dice Ucrania y lo que admite Rusia": a question the matcher places
        # on the death tolls is about them, though it never says "dead"
        on_tolls = in_topic or self._gives_tolls(placed)
        said = stated or q.checks
        misattributed = self._figures.misattributed(q) or (
            self._figures.misstated(q, on_tolls=on_tolls) or self._miscounted(q, match) if said else None) or (
            # "Valentina Menlikova said 70% of soldiers resigned??": a figure put on a source, asked about as said
            self._put_on_another(q) if said or not self.matcher.opens_question(q) else None)
        if misattributed is not None or self._gap_first(q, match):
            return misattributed or self._whose_beside_gap(q, match)
        reply = self._figures.answer(self._outside_quotes(q), in_topic=on_tolls)
        counted = self._figures.counted(q) if reply is None and q.checks and self._matched_gap(match) is None else None
        if counted is not None:  # "Reuters: 14 soldiers refused to fight because they were not paid. true?"
            return self._citing(counted.id, match)
        if reply is not None and reply.claims and (self._opens_with_why(q) or self._figures.checks_more(q) or (
                _asks_who_they_were(q) and self._figures.counts_people(reply.claims[0]))):
            # "is it true 14 quit because they weren't paid?", "why did the 14 quit, who reported it?", "who were
            # the 14 who quit?": the story of the entry that cites the figure, which says who tells it
            story = self._citing(reply.claims[0].id, match)
            if story is not None:
                return story
        elif reply is not None and reply.claims and self._reason_beside(q, reply.claims[0]):
            # "14 guys from one unit quit because they werent paid. who said it?": the story that gives the figure
            # with fewest others, which says who tells it and why they quit
            return self._quoting(reply.claims[0].id, match)
        return reply

    def _claim_checked(self, read: Question, match: Match, *, checked: bool) -> Match:
        """A claim a post or checked message states that alone matches a detail the article lacks, read for what
        the article does report: a claim of how things stood, not of later news ("... the kremlin has officially
        declared war on ukraine ...": Russia had not), hears the gap's nearby answer; a penalty ("... and that
        officer who talked to CNN got locked up right away.") is read as checked, "... locked up. true?": what the
        article reports of his case, not the gap on its charge."""
        gap = self._matched_gap(match) if match.kind == "entry" else None
        if not checked or read.checks or gap is None:
            return match
        if gap.kind == "after_publication":
            if self.matcher.asks_after(read):
                return match  # "... now get 10 years in prison under the new law": news after the article
            near = next((c for c in match.candidates if c.id in gap.nearby and c.id in self.kb.entries
                         and c.score >= self._guess_score), None)
            return replace(match, best=near) if near is not None else match
        if not self.matcher.states_penalty(read):
            return match
        again = self.matcher.match(replace(read, checks=True))
        return again if again.kind == "entry" and again.best is not None and again.best.id in self.kb.entries \
            else match

    def _reason_beside(self, q: Question, claim: Claim) -> bool:
        """Whether a message gives a reason along with a figure and names no one but those the figure comes from ("14
        guys from one unit quit because they werent paid. who said it?"): the story, which gives the reason too; not
        when it names another ("CNN interviewed 14 soldiers who quit because ...": whose the figure is)."""
        given = self._reason_given_for(q)
        if given is None or "?" in given.text:
            return False  # "how far apart are the figures? because every post says something else": why one asks
        tellers = {s for s in self._follow_ups.sources_named(q) if _role(self.kb, s) in _TELLERS}
        return tellers <= set(claim.chain)

    def _outside_quotes(self, q: Question) -> Question:
        """The message as the figure reader asks it: words it quotes that hold no figure are someone's words, not
        what is asked («¿quién dijo "la gente a nuestro alrededor se estaba muriendo"? ¿y qué más añadió?» asks
        no comparison of deaths)."""
        quoted = quoted_phrases(q.text)
        if not quoted or any(is_number(w) for p in quoted for w in tokens(p)):
            return q
        return replace(self.matcher.read(unquoted(q.text), q.lang), lang=q.lang)

    def _quote_over_gap(self, q: Question, match: Match) -> Match:
        """A checked message quoting a witness's words as the article gives them, put on someone the article never
        names («солдат сказал BBC: "это не наша война". правда?»): the entry with those words, which says who said
        them, not the gap on the one named."""
        if not q.checks and (self._matched_gap(match) is None or self._unknown_outlet(q.text) is None):
            return match  # "... told the BBC 'this is not our war'. was it the bbc?": whose words they are, not
            # the gap on what the BBC says
        claims = self._quoted_claims(q.text, q.lang, words=_QUOTE_WORDS)
        if len(claims) != 1:
            return match
        if self._matched_gap(match) is None:  # «слышал, «это не наша война» сказал офицер CNN. так?»: whose words
            entry = self.kb.entries.get(match.best.id) if match.best is not None else None
            if match.kind != "entry":  # "Putin himself admitted 'this is not our war'": unsure, the words' own story
                return self._quoting(claims[0].id, match)
            cited = entry is not None and claims[0].id in entry.claims
            return match if cited else self._citing(claims[0].id, replace(match, best=None)) \
                or self._quoting(claims[0].id, match)
        return self._citing(claims[0].id, match) or self._quoting(claims[0].id, match)

    def _quoting(self, claim_id: str, match: Match) -> Match:
        """The match on the entry giving fewest claims besides ``claim_id``, whatever it scored: the article's words
        quoted in full say whose story it is («"солдат рассказал BBC: это не наша война". правда?»)."""
        entry = self._narrowest_giving({claim_id})
        if entry is None or match.best is None:
            return match
        quoted = Candidate(entry.id, entry.label, match.best.score, "", "the article's words, quoted")
        return replace(match, kind="entry", best=quoted)

    def _story_of_claim(self, claim_id: str) -> Entry | None:
        """The entry whose answer leads with ``claim_id`` (Russia's 1,351: Russia's figure, not Ukraine's that also
        gives it), else the one giving it with the fewest claims besides."""
        return min((e for e in self.kb.entries.values() if claim_id in e.claims),
                   key=lambda e: (e.claims[0] != claim_id, len(e.claims)), default=None)

    def _narrowest_giving(self, claim_ids: set[str], before: Entry | None = None) -> Entry | None:
        """The entry giving any of ``claim_ids`` with the fewest claims besides, ``before`` first on a tie: the story
        whose words those are."""
        return min((e for e in self.kb.entries.values() if claim_ids.intersection(e.claims)),
                   key=lambda e: (len(e.claims), before is not None and e.id != before.id), default=None)

    def _other_toll_asked(self, q: Question, match: Match, previous: Entry) -> Match:
        """"and civilians?" after the death tolls: of the stories its one word fits about as well, the toll the article
        lacks beside the ones just given (civilian deaths), not the prisoners' videos that name civilians."""
        if match.best is None or match.best.id not in self.kb.entries or len(q.terms) > 1 \
                or not leans_on_context(q):
            return match
        gap = next((c for c in self._gaps_of_story(match.candidates, self._story_of(previous))
                    if c.score >= match.best.score), None)
        return Match("entry", gap, match.candidates, match.terms) if gap is not None else match

    def _gaps_of_story(self, candidates: Iterable[Candidate], story: set[str]) -> Iterator[Candidate]:
        """The candidates that are gaps the article leaves in ``story``: gaps naming one of its entries as nearby."""
        gaps = self.kb.not_covered
        return (c for c in candidates if c.id in gaps and not story.isdisjoint(gaps[c.id].nearby))

    def _toll_over_later_news(self, q: Question, match: Match) -> Match:
        """A death toll of the article asked about as if it were news after it ("so 29,200 is the final toll?",
        «esas 29.200 muertes son de hoy?») or in words that leave the matcher unsure between the tolls' stories («эти
        29200 погибших это свежая инфа?»): the story giving that toll, whose reply says whose it is and as of when,
        not the gap on later figures nor a "did you mean"."""
        gap = self._matched_gap(match)
        later = gap is not None and gap.kind == "after_publication"
        unsure = match.kind == "ambiguous" and match.best is not None \
            and self._gives_tolls(self.kb.entries.get(match.best.id))
        stated = self._figures.tolls_stated(q) if later or unsure else ()
        return self._quoting(stated[0].id, match) if len(stated) == 1 else match

    def _reason_over_gap(self, q: Question, match: Match) -> Match:
        """A claim that gives a reason the article does not ("the cnn officer left because he was wounded. true?",
        «кажуть, офіцер з CNN пішов, бо його поранили»): the article's answer to what the claim is about, which
        gives the article's reason, not the gap on the reason."""
        gap = self._matched_gap(match)
        # "the cnn soldier quit because his commander beat him up. true?": a reason the article does not give, which
        # leaves the match torn between the stories sharing its words
        claim = self._reason_given_for(q) if gap is not None or match.kind == "ambiguous" else None
        if claim is None:
            return match
        head = self.matcher.match(claim)
        if head.kind != "entry" or head.best is None or head.best.id not in self.kb.entries \
                or head.best.score < self._answer_score:
            return match
        return head

    def _asked_beside_gap(self, q: Question, match: Match) -> Answer | None:
        """A message asking what the article answers along with a detail it lacks ("so every russian who resigns is a
        deserter and gets shot?"): the answer of the entry the gap names as asked beside it, when the message holds
        what that entry is about (at least two of its core terms), then the gap's own reply; not for a count ("how
        many deserters were shot?" asks only what the article lacks). Of the gap's reply, only its first sentence, on
        what the article lacks: the rest tells what the entry's answer has just said."""
        gap = self._matched_gap(match)
        if gap is None or match.best is None or not gap.asked_beside or self.matcher.asks_count(q):
            return None
        terms = set(q.terms)
        entry = next((self.kb.entries[e] for e in gap.asked_beside
                      if len(self.matcher.core_terms(e) & terms) >= _BESIDE_CORE), None)
        if entry is None:
            return None
        answer = self._entry_answer(q.text, entry, match.best.score, q.lang)
        told = f"{answer.parts[0]} {first_sentence(self.kb.reply_text(gap, q.lang))}"  # what it lacks, not again
        return replace(answer, parts=(told, *answer.parts[1:]))

    def _spokesperson_over_gap(self, q: Question, match: Match) -> Match:
        """A claim checked that puts a spokesperson the article quotes with someone it never cites ("Valentina
        Menlikova from Amnesty International says many soldiers resign. correct?"): her own story, whose reply says
        whom she speaks for, not the gap on the other one nor a "did you mean" between them."""
        gap = self._matched_gap(match)
        if not q.checks or (gap is None and match.kind != "ambiguous"):
            return match
        named = [s for s in self._follow_ups.sources_named(q) if self.kb.sources[s].role == _SPOKESPEOPLE]
        entry = self._speaker_entry(named[0]) if len(named) == 1 else None
        own = next((c for c in match.candidates if c.id == entry.id), None) if entry is not None else None
        if own is None or (match.best is not None and match.best.score - own.score > _SPOKEN_SLACK) \
                or (gap is not None and own.id in gap.nearby):
            return match  # "the committee has been labelled a foreign agent. true?": her group's own background
        return Match("entry", own, match.candidates, match.terms)

    def _whose_beside_gap(self, q: Question, match: Match) -> FigureAnswer | None:
        """A claim checked that puts a figure of the article on someone it never quotes ("Zelensky confirmed 70% of
        the army has resigned. true?"): whose the figure is, then the gap's reply on whom the message names (no word
        from Zelensky); not when the gap is about the figure itself ("which battalions had 70%?")."""
        if not q.checks:
            return None
        whose = self._figures.whose_stated(q)
        if match.best is None:  # «"Британська розвідка: 70% звільнилось". правда?»: nothing else matched
            return whose
        gap = self._matched_gap(match)
        if gap is None:
            return None
        about_figure = any(number_term(n) in self.matcher.terms_known(q, gap.id) for n in q.numbers)
        if whose is None or gap.kind != "silent" or about_figure:
            return None
        cited = {c.id for c in whose.claims}
        if not any(cited & set(self.kb.entries[n].claims) for n in gap.nearby if n in self.kb.entries):
            return None  # a gap on other things than that figure ("Ukrainian intelligence" is no other estimate)
        return replace(whose, text=f"{whose.text} {self.kb.reply_text(gap, q.lang)}")

    def _matched_gap(self, match: Match) -> NotCovered | None:
        """The gap the article leaves that the match is ("were the 14 prosecuted?" asks what it never says), if any."""
        return self.kb.not_covered.get(match.best.id) if match.best is not None else None

    def _put_on_another(self, q: Question) -> FigureAnswer | None:
        """A figure of the article a checked message puts on an outlet, a witness or a group that never gives it
        ("the Committee of Soldiers' Mothers says 70% have quit", "CNN: 14 soldiers quit over unpaid bonuses"): whose
        it is and, for a count of people, the story that gives it."""
        named = frozenset(s for s in self._speakers(q) if self.kb.sources[s].role in _UNCOUNTED_VOICES)
        wrong = self._figures.not_from(q, named)
        if wrong is None or self._figures.counted(q) not in wrong.claims:
            return wrong
        return self._then_story(wrong, self._holder(wrong), q.lang)

    def _miscounted(self, q: Question, match: Match) -> FigureAnswer | None:
        """A story the article counts, told with another count, on the slides of the entry the message matches best
        (or of a candidate): "40 soldiers of one unit quit because they never got what was promised. true?" is
        the 14 of that story."""
        if not q.numbers:
            return None
        floor = self.matcher.thresholds.floor
        retold = self._figures.retold(q)
        told = [[retold.id]] if retold is not None else []  # "140 quit at once": the 14's story, however matched
        for c in (*([match.best] if match.best else []), *match.candidates):
            entry = self.kb.entries.get(c.id)
            if entry is not None and c.score >= floor:
                slides = {claim.slide for claim in self.kb.claims_of(entry)}
                told.append([k.id for k in self.kb.claims.values() if k.slide in slides])
        for claim_ids in told:
            counted = self._figures.miscounted(q, claim_ids)
            if counted is not None:  # the correction, then the story that gives the count
                story = self._citing(counted.claims[0].id, match)
                # the entry the message matches that cites the count, else the one that holds it
                entry = self.kb.entries[story.best.id] if story is not None and story.best is not None \
                    else self._holder(counted)
                return self._then_story(counted, entry, q.lang)
        return None

    def _then_story(self, figures: FigureAnswer, told: Entry | None, lang: Language) -> FigureAnswer:
        """A figure's reply, then the first sentence of the story that gives the figure (when there is one)."""
        if told is None:
            return figures
        story = first_sentence(self.kb.answer_text(told, lang))
        statement = self.kb.statement_text(figures.claims[0], lang) if figures.claims and lang != "en" else None
        said = f"{statement.rstrip('.')}." if statement else ""
        if said and figures.text.endswith(f" {said}"):
            # «... es 14, del soldado que habló con Reuters. El soldado dijo: «... Éramos 14».»: the count's own words
            # end the correction, and the story says them again: they are said once, in the story
            return replace(figures, text=f"{figures.text.removesuffix(said)}{story}")
        return replace(figures, text=f"{figures.text} {story}")

    def _opens_with_why(self, q: Question) -> bool:
        """Whether a part of the message opens with "why" ("who reported it and why did they quit?"), not a
        "porque" inside a claim ("dimitieron porque no les pagaron")."""
        why = self._why.get(q.lang, frozenset())
        return not why.isdisjoint(q.terms) and any(
            not why.isdisjoint(self.matcher.question_terms(" ".join(tokens(part)[:2]), q.lang))
            for part in _CLAUSES.split(q.text) if tokens(part))

    def _citing(self, claim_id: str, match: Match) -> Match | None:
        """The match narrowed to the likeliest entry that cites ``claim_id``: the best, else a close candidate."""
        floor = self.matcher.thresholds.floor
        for c in (*([match.best] if match.best else []), *match.candidates):
            entry = self.kb.entries.get(c.id)
            if entry is not None and claim_id in entry.claims and c.score >= floor:
                return match if c is match.best and match.kind == "entry" else replace(match, kind="entry", best=c)
        return None

    def _no_figure(self, q: Question, near: str) -> Answer:
        """ "How many prisoners were in the videos?": the article gives no such number; offer what it says."""
        say = self.kb.messages.text
        related = (Choice(near, self.kb.label(near, q.lang)),
                   *(c for c in self._topic_choices(q.lang) if c.id != near))
        return Answer(q.text, "not_covered", False, (f"{say('lead-silent', q.lang)} {say('no-figure', q.lang)}",),
                      related=related[:MAX_CHOICES], not_covered_kind="silent", lang=q.lang)

    def _unplaced(self, match: Match) -> bool:
        """Whether a match says nothing about the article: unsure, or off its subject."""
        if self._unsure(match) or match.best is None:  # (never None once sure; for the type checker)
            return True
        gap = self.kb.not_covered.get(match.best.id)
        return gap is not None and gap.kind == "off_topic"

    def _unsure(self, match: Match) -> bool:
        return match.kind != "entry" or match.best is None or match.best.score < self._answer_score

    def _next_in_topic(self, q: Question, previous: Entry) -> Match | None:
        """A short message the base cannot place on its own, after an answer ("і шо, виконали?", "y pq decidio
        largarse al final?"): what it asks next about the same story, among the answer's neighbours but not
        the answer itself."""
        _, local = self._ranked_in(q, self._story_of(previous) - {previous.id})
        if not local or local[0].score < self.matcher.thresholds.floor:
            return None
        return Match("entry", local[0], tuple(local[:MAX_CHOICES]), q.terms)

    def _gap_first(self, q: Question, match: Match) -> bool:
        """Whether the question asks for what the article lacks, before any arithmetic on its figures:
        "which battalions were the ones where 70% quit" is about the battalions, not the 70%."""
        best = match.best
        if self.matcher.asks_gap(q):
            return not self._figures.compares_claimants(q)
        if match.kind != "entry" or best is None or best.id not in self.kb.not_covered or best.score < _GAP_FIRST:
            return False
        if self._figures.asks_origin(q):
            return False  # "whose is the 29,200?" is the figure's claimant, whatever a gap says about the figure
        answering = next((c.score for c in match.candidates if c.id in self.kb.entries), 0.0)
        return best.score - answering >= _GAP_LEAD

    def _last_question(self, q: Question, context: Context | None) -> Answer | None:
        """A long message of statements that ends with a question of its own ("my feed is full of people arguing.
        I can't tell anymore. What does the article say about the state of the Russian army?"): that question.
        ``None`` when the question points back ("is that true?", "what picture does the article paint?") or does
        not find its answer."""
        if len(q.words) < _LONG_MESSAGE:
            return None
        said = [s for line in q.text.splitlines() for s in self._sentences_of(line, q.lang) if tokens(s)]
        first = _TOLD_FIRST.match(q.text) if len(said) == 1 else None
        if first is not None and self._of_the_asker(first.group(1), q.lang):
            said = [first.group(1), first.group(2)]  # «я студент, пишу реферат. источники кто?»: typed in lower case
        asked = [s for s in said if s.rstrip().endswith("?")]
        scene = _LEADING_CLAUSE.match(q.text) if len(said) == 1 and asked else None
        if scene is not None and self.matcher.opens_supposing(q) and self.matcher.match(q).kind == "entry":
            return None  # "If a general mobilization happens, what would it cause?": asked under its supposition
        claim_first = scene is None and bool(asked) and said[-1] is asked[-1]  # not "... it quotes? Verifiability q."
        if scene is not None:  # "when the officer said he was leaving, did they threaten him?"
            preface, last = scene.group(1), q.text[scene.end():]
        elif len(said) < 2 or len(asked) != 1:
            return None  # one statement, or several questions: not a preface and its one question
        else:
            last = asked[0]
            if any(self._hints_at(s, q.lang) for s in said[said.index(last) + 1 :]):
                return None  # "... how it was there? something about people dying": one question, its hint after
            preface = " ".join(s for s in said if s is not last)
            told, colon, after = last.partition(": ")
            if colon and _opening(tokens(after)) in self._asking[q.lang]:
                # "My grandmother is asking: does the article say how they are treated back home?"
                last, preface = after, f"{preface} {told}."
        opened = _ARTICLE_SAYS.match(last.strip())
        if opened is not None and _opening(tokens(last.strip()[opened.end():])) in self._asking[q.lang]:
            last = last.strip()[opened.end():]  # «... В статье написано, кому подаётся рапорт?»: who, in the article
        read = self.matcher.read(last, q.lang)
        # "... Does it name which battalions those were?": whether the article gives a detail, whatever "those" is
        if_said = scene is None and _ASKS_IF_SAID.match(last.strip()) is not None
        pointing = self._follow_ups.points_back(read) and not self._says_before_pointing(read)
        if if_said and pointing and claim_first and not self._follow_ups.asks_of_its_own(read) \
                and preface.rstrip().endswith((".", "!", "?", "'", '"', "”", "»")):
            # "Claim I saw: '...' Does the article cover that at all?": what it reports of the claim, or nothing
            claim = self._understood(self.matcher.read(preface, q.lang), context, passed_on=True)
            if claim.kind == "not_covered" or (claim.answered and claim.entry_id != self._overview):
                return replace(claim, question=q.text)
            return self.none_of_these(q.text, lang=q.lang)
        # «я студент, пишу реферат. источники в статье кто?»: after words only on the asker, a question word anywhere
        if len(read.words) < (_MIN_CLAUSE_WORDS if scene else _MIN_QUESTION_WORDS) \
                or (scene is None and _opening(read.words) not in self._asking[q.lang]
                    and (self._asking[q.lang].isdisjoint(read.words) or not self._of_the_asker(preface, q.lang))) \
                or (pointing and not if_said) or not self._follow_ups.asks_of_its_own(read):
            return None  # "... what does the article say about that?" asks about what came before
        if not PERSONAL.isdisjoint(read.words) and not self._follow_ups.names_someone(read) and (
                claim_first or scene is not None or self._follow_ups.names_someone(self.matcher.read(preface, q.lang))):
            # "a post says the cnn guy left over money.\nwhy did he actually leave?": "he" is the one before, or the
            # one named after ("... me refiero al soldado de la CNN"); in "what made him quit? be honest, was it just
            # money" no one is named around the question
            before = self._understood(self.matcher.read(preface, q.lang), context, passed_on=True)
            if not before.answered and scene is None:
                return None  # "he" is someone the preface names but the article has nothing on: read it whole
            context = before.context() if before.entry_id else context
        answer = self._answer(last, context, q.lang)
        if answer.kind in ("not_covered", "no_match") and scene is None and preface.rstrip().endswith((".", "!", "?")) \
                and (if_said or (answer.kind == "not_covered" and self.matcher.asks_gap(read))):
            return replace(answer, question=q.text)  # "... Does it say which brigade he was in?": the gap it asks
        # "... What picture does the article paint?" asks of what came before, not of the whole article; "... Does
        # the article say there can be serious consequences for that?" has words of its own the answer knows
        if pointing and not (if_said and PERSONAL.isdisjoint(read.words) and answer.entry_id
                             and self.matcher.terms_known(read, answer.entry_id)):
            return None
        if not answer.answered or answer.entry_id == self._overview:
            return None
        return replace(answer, question=q.text)

    def _of_the_asker(self, text: str, lang: Language, *, asker: frozenset[str] = ASKER_ALONE,
                      others: int = _PREFACE_TERMS + _WANTS_TERMS, past: frozenset[str] = frozenset()) -> bool:
        """Whether ``text`` speaks only of the one asking ("I'm a student writing an essay", «я студент, пишу
        реферат», "as a journalist I'm interested"): one of the ``asker`` words (by default "I", not "we", which a
        quote may say), no figure, party or quote, and at most ``others`` terms besides question words and ``past``
        (the checking words and the asker's own: "quote check before we publish:", «como», «soy»)."""
        read = self.matcher.read(text, lang)
        telling = [t for t in read.terms if t not in self._question_words[lang] and t not in past]
        return not asker.isdisjoint(read.words) and not read.numbers and not read.parties \
            and not _QUOTES.search(text) and len(telling) <= others

    def _asks_alone(self, q: Question, part: str) -> bool:
        """Whether ``part``, message ``q`` without what opens or closes it, is a question of its own."""
        return part != q.text and _opening(tokens(part)) in self._asking[q.lang]

    def _understood_alone(self, q: Question, part: str, context: Context | None) -> Answer:
        """Message ``q`` understood as ``part``, the question it asks, and answered as the message."""
        return replace(self._understood(replace(self.matcher.read(part, q.lang), lang=q.lang), context),
                       question=q.text)

    def _asked_before_remark(self, q: Question, remarked: tuple[Question, str] | None,
                             context: Context | None) -> Answer | None:
        """"will there be a mobilization or not? my husband is of draft age, scary": a question of its own, then only
        a remark on the asker with no question, figure, claim or source in it: the question's answer, when it finds
        one the whole message does not. ``remarked``: the message's question and remark (``Matcher.before_remark``)."""
        if remarked is None:
            return None
        asked, rest = remarked
        remark = self.matcher.read(rest, q.lang)
        opener = remark.words[0] if remark.words else ""
        doing = opener in ASKER_DOING  # "trying to see if it can be verified": why
        kin = opener in _KIN  # «брат переживает»: the asker's brother, "my" unsaid
        heard = _HEARD_FROM.match(rest.strip()) is not None  # "that's what a guy on tv called them": where it was heard
        # «война же идет»: why the asker wonders, in common words («вони ж наче просуваються» tells something)
        objecting = not _OBJECTING.isdisjoint(remark.words) and self.matcher.tells_nothing(remark)
        if (ASKER.isdisjoint(remark.words) and not doing and not kin and not heard and not objecting) \
                or _opening(remark.words) in self._asking[q.lang] or remark.numbers \
                or (remark.checks and not doing) or remark.parties or remark.words[1:2] == ("me",):
            return None  # "give me both numbers" asks
        if (asked.checks and not heard) or not self._follow_ups.asks_of_its_own(asked) or (
                not PERSONAL.isdisjoint(asked.words) and not self._follow_ups.names_someone(asked)
                and self._follow_ups.hearsay(remark) is None and not heard):
            # "why did he quit? the one from the video": "he" is in the remark; not in "my friend says ...", a
            # claim passed on ("are they deserters if they quit? my friend says they all get shot")
            return None
        found = self.matcher.match(asked)
        if found.kind != "entry" or found.best is None:
            return None
        answer = self._part_answered(q, asked.text, context)
        return None if answer is None or answer.entry_id == self._overview else answer

    def _why_each_witness(self, q: Question) -> Answer | None:
        """"compare the CNN guy and the Reuters guy - why did each of them quit?": each witness's own reason, a point
        each, read with only that witness's outlet named (not the answer that tells the two men apart)."""
        why = self._why.get(q.lang, frozenset())
        if why.isdisjoint(q.terms):
            return None
        outlets = sorted(s for s in self._follow_ups.sources_in(q.text, q.lang) if s in self._witness_of)
        if len(outlets) < 2:
            return None
        ranked = self.matcher.match(self._without_names(q, outlets)).candidates
        if not any(ranked[0].score - c.score <= 2 * self.matcher.thresholds.margin
                   and not why.isdisjoint(self.matcher.core_terms(c.id)) for c in ranked):
            return None  # "why should I trust CNN and Reuters?": the question without them asks no one's reason
        points: list[_Point] = []
        for outlet in outlets:
            alone = self._without_names(q, [o for o in outlets if o != outlet])
            # the best answer close enough that tells this witness's story alone, not the one telling the two apart
            own = next((e for c in self.matcher.match(alone).candidates[:_WITNESS_CANDIDATES]
                        if c.score >= self.matcher.thresholds.floor and (e := self.kb.entries.get(c.id)) is not None
                        and self._tells_only(e, outlet, outlets)), None)
            if own is None:
                return None
            points.append(self._point(q.text, own, q.lang))
        return self._several_lines(q, points)

    def _without_names(self, q: Question, sources: Sequence[str]) -> Question:
        """The question read as if it did not name ``sources``: their names' terms left out, no party marked."""
        named = frozenset(t for s in sources for t in self._name_terms[s])
        return replace(q, terms=tuple(t for t in q.terms if t not in named), parties=())

    def _tells_only(self, entry: Entry, outlet: str, outlets: Sequence[str]) -> bool:
        """Whether the entry tells the story of the witness who spoke to ``outlet`` and of none of the others'."""
        voices = self._voices(entry)
        return self._witness_of[outlet] in voices and all(self._witness_of[o] not in voices for o in outlets
                                                          if o != outlet)

    def _asked_before_doubt(self, q: Question, context: Context | None) -> Answer | None:
        """"did he actually know he was going into ukraine or is he pretending now to save his skin?": a question,
        then only a doubt cast on it: the question's answer, whose caveat says how far it can be checked, when the
        whole message finds no answer of the article's (English doubts: ``_DOUBTING``)."""
        if q.lang != "en":
            return None
        cut = next((m for m in _DOUBT_BREAK.finditer(q.text) if self._only_doubt(q.text[m.end():])), None)
        if cut is None or len(tokens(q.text[: cut.start()])) < _MIN_CLAUSE_WORDS:
            return None
        head = q.text[: cut.start()]
        last = tokens(_SENTENCES.split(head.rstrip())[-1])
        if "?" not in cut.group() and (not last or last[0] not in self._asking[q.lang]):
            return None  # "he quit the army. prove it.", "got a name or is he made up": no question before the doubt
        whole = self.matcher.match(q)
        if whole.kind == "entry" and whole.best is not None and whole.best.id in self.kb.entries \
                and (whole.best.score >= _DOUBTED_WHOLE or cut.group().strip() != "or"):
            return None  # "... or is that just media hype" doubts the question; a doubt in a sentence of its own may
            # hold the word the whole finds its answer by ("so what made him leave? sounds made up")
        return self._part_answered(q, head, context)

    @staticmethod
    def _only_doubt(remark: str) -> bool:
        """Whether ``remark`` only casts doubt ("sounds like a made up sob story tbh"), asking nothing of its own."""
        words = set(tokens(remark))
        return bool(words & _DOUBTING) and words <= _DOUBT_WORDS

    def _asked_before_attribution(self, q: Question, context: Context | None) -> Answer | None:
        """"¿Qué les prometieron antes de ir, según uno de los que renunció?": a question closed by whose account
        it wants, in words that name no one the article quotes: the question before them, when it finds an answer."""
        cut = self._attribution_tail.search(q.text)
        if cut is None or len(tokens(q.text[: cut.start()])) < _MIN_CLAUSE_WORDS:
            return None
        tail = self.matcher.read(cut.group(1), q.lang)
        if tail.parties or tail.numbers:
            return None  # "..., according to NATO" names whose figure it asks for: the whole message asks it
        head = self.matcher.read(q.text[: cut.start()], q.lang)
        found = self.matcher.match(head)
        if found.kind != "entry" or found.best is None or found.best.id not in self.kb.entries \
                or not self._follow_ups.sources_named(tail) <= self._voices(self.kb.entries[found.best.id]):
            return None  # "..., según DW" of an answer DW does not give: whose account it is matters
        return self._part_answered(q, head.text, context)

    def _asked_after_attribution(self, q: Question, context: Context | None) -> Answer | None:
        """"According to the testimony CNN collected, where was the officer sent?": whose account opens the message,
        naming one outlet and no party whose figure it could ask for: the question after it, when the answer it
        finds is that outlet's."""
        cut = self._attribution_head.match(q.text) or self._attribution_after_greeting(q)
        if cut is None or len(tokens(cut.group(2))) < _MIN_CLAUSE_WORDS \
                or _asks_for_a_fact(cut.group(1), self.kb.lexicon_of(q.lang).open_questions):
            return None
        head = self.matcher.read(cut.group(1), q.lang)
        named = self._outlets_named(head)
        if len(named) != 1 or head.parties or head.numbers:
            return None
        asked = self.matcher.read(cut.group(2), q.lang)
        found = self.matcher.match(asked)
        if found.kind != "entry" or found.best is None or found.best.id not in self.kb.entries \
                or not named <= self._voices(self.kb.entries[found.best.id]):
            return None
        if self.matcher.asks_count(asked) or not self._tolls.isdisjoint(self.kb.entries[found.best.id].claims):
            return None  # "según Deutsche Welle, ¿cuántos murieron?": whose figure is asked, the whole message asks it
        return self._part_answered(q, cut.group(2), context)

    def _attribution_after_greeting(self, q: Question) -> re.Match[str] | None:
        """«Buenas tardes. Según el testimonio recogido por CNN, ¿...?»: whose account opens the message once the
        greeting before it is set aside, when the whole message finds no one answer."""
        greeting, stop, rest = q.text.partition(". ")
        found = self._attribution_head.match(rest) if stop else None
        if found is None or self._small_talk.detect(self.matcher.read(greeting, q.lang)) is None:
            return None  # the account first: most messages with a period open with no "según"
        return found if self.matcher.match(q).kind != "entry" else None

    def _asked_before_article(self, q: Question, context: Context | None) -> Answer | None:
        """«Почему нет призывников? Что в статье объясняют?», "is it legal to post those videos? what does the
        article say?": a question closed by one asking only what the article says of it: the question before."""
        *asked, last = _SENTENCES.split(q.text.strip())
        if not asked or not self.matcher.only_asks_what_article_says(self.matcher.read(last, q.lang)):
            return None
        head = " ".join(asked)
        if len(tokens(head)) < _MIN_CLAUSE_WORDS:
            return None
        return self._part_answered(q, head, context)

    def _asked_after_topic(self, q: Question, context: Context | None) -> Answer | None:
        """"lol russian soldiers quitting?? why would they even do that, sounds like fairy tales": an act named with
        no question word, then one question on doing "that", and at most a remark: the question read with the act,
        when the article answers it."""
        head, mark, rest = q.text.partition("?")
        asked_text, _, after = rest.lstrip("?!. ").partition("?")
        asked_text = _ASKED_END.split(asked_text)[0]
        if not mark or after.strip(" ?!.") or not _DOING_THAT.search(asked_text):
            return None
        topic = self.matcher.read(head, q.lang)
        asked = self.matcher.read(asked_text, q.lang)
        if not topic.words or len(topic.words) > _TOPIC_WORDS or topic.checks \
                or _opening(topic.words) in self._asking[q.lang] or not asked.words \
                or _opening(asked.words) not in self.kb.lexicon_of(q.lang).open_questions \
                or not leans_on_context(asked):
            return None
        return self._part_answered(q, f"{asked_text} {head}", context)

    def _asked_after_premise(self, q: Question, context: Context | None) -> Answer | None:
        """"reuters unit was 14 guys but what % quit in some battalions, and who says that": what the asker already
        knows, then "but" and a question of its own naming no one by a pronoun: that question, when the article
        answers it."""
        found = _BUT_ASKS.search(q.text)
        if found is None or _SENTENCES.search(q.text[: found.end()]):
            return None  # "ukraine says they resign daily. ok but who is lying here": a reply to a sentence before
        premise = self.matcher.read(q.text[: found.start()], q.lang)
        asked = self.matcher.read(q.text[found.end() :], q.lang)
        if len(premise.words) < _MIN_CLAUSE_WORDS or _opening(premise.words) in self._asking[q.lang] \
                or _opening(asked.words) not in self.kb.lexicon_of(q.lang).open_questions \
                or not PERSONAL.isdisjoint(asked.words) or not self._follow_ups.asks_of_its_own(asked):
            return None
        return self._part_answered(q, asked.text, context)

    def _part_answered(self, q: Question, part: str, context: Context | None) -> Answer | None:
        """The answer to the one part of message ``q`` that asks, given as the message's; ``None`` when the article
        does not answer it."""
        answer = self._answer(part, context, q.lang)
        return replace(answer, question=q.text) if answer.answered else None

    def _asked_after_supposing(self, q: Question, context: Context | None) -> Answer | None:
        """"if not enough soldiers want to fight what card does putin still have to play": a supposition, then the
        question asked under it; when the whole message finds no one answer, the question's answer, which says
        what the article has on it."""
        words = q.words
        if len(words) < _SUPPOSED_WORDS or not self.matcher.opens_supposing(q):
            return None
        opening = self.kb.lexicon_of(q.lang).open_questions
        start = next((i for i in range(_SUPPOSED_WORDS // 2, len(words)) if words[i] in opening), None)
        if start is None or self.matcher.match(q).kind == "entry":
            return None
        return self._story_part(q, words[start:], context, floor=0.0)

    def _asked_before_supposing(self, q: Question, context: Context | None) -> Answer | None:
        """"what can putin do if not enough guys want to fight": a question, then the supposition it is asked under;
        when the whole message finds no sure answer, the question's, which says what the article has on it."""
        at = self.matcher.supposing_after_question(q)
        if at is None:
            return None
        whole = self.matcher.match(q)
        if whole.kind == "entry" and whole.best is not None and whole.best.score >= self._answer_score:
            return self._asked_beside_supposed(q, at, whole.best, context)
        return self._story_part(q, q.words[:at], context, floor=self._answer_score)

    def _asked_beside_supposed(self, q: Question, at: int, best: Candidate, context: Context | None) -> Answer | None:
        """"what can putin do if more and more guys just leave": a sure answer that is only the supposition's own (more
        will quit) answers nothing asked under it; the question's does, when the story the whole found names it as
        related and the question alone fits it better (Putin's options, after mass resignations)."""
        whole = self.kb.entries.get(best.id)
        supposed = self.matcher.match(self.matcher.read(" ".join(q.words[at + 1:]), q.lang))
        if whole is None or supposed.best is None or supposed.best.id != best.id:
            return None
        read = self.matcher.read(" ".join(q.words[:at]), q.lang)
        if self.matcher.names_itself(read) or self._follow_ups.sources_named(read) \
                or not self._follow_ups.speech(q.lang).isdisjoint(read.terms):
            return None  # "what does the article predict if ...", «qué contó el militar a la CNN sobre si ...»: of it
        asked = self.matcher.match(read)
        if asked.kind != "entry" or asked.best is None or asked.best.id not in whole.related \
                or asked.best.score <= best.score:
            return None
        return self._part_answered(q, read.text, context)  # its match, a related entry above the whole's, is sure

    def _story_part(self, q: Question, words: Sequence[str], context: Context | None, *,
                    floor: float) -> Answer | None:
        """The answer to the part of message ``q`` made of ``words``, given as the message's, when that part alone
        matches an entry of the base scoring ``floor`` or more (the question beside a supposition)."""
        asked = self.matcher.read(" ".join(words), q.lang)
        found = self.matcher.match(asked)
        if found.kind != "entry" or found.best is None or found.best.id not in self.kb.entries \
                or found.best.score < floor:
            return None
        return self._part_answered(q, asked.text, context)

    def _checked_before_reason(self, q: Question, remarked: tuple[Question, str] | None,
                               context: Context | None) -> Answer | None:
        """«... то правда? бо не впевнена шо CNN», "... true? coz I'm not sure it was CNN": a claim checked, then only
        why the asker doubts it: the check's answer, which says whose claim it is."""
        if remarked is None or not remarked[0].checks or _BECAUSE.match(f" {remarked[1].strip()} ") is None:
            return None
        return self._part_answered(q, remarked[0].text, context)

    def _sentences_of(self, line: str, lang: Language) -> list[str]:
        """A line of a chat message in sentences, one ending at any question mark when what follows is a statement
        of its own ("how many actually died? every side lies about the numbers"), not the question going on ("en
        rublos o dolares", "? and if the CO says no then what", "? the cnn one i mean") nor another question ("?? how
        many quit with him")."""
        split = sentences(line, _MESSAGE_END)
        if not (len(split) > 1 and all(len(words := tokens(s)) >= _STATEMENT_WORDS and words[0] not in CLAUSE_STARTS
                                       and _opening(words) not in self._asking[lang]
                                       and self._only_names(self.matcher.read(s, lang)) is None for s in split[1:])):
            split = sentences(line, _QUOTE_END)
        # "'... the 29k figure is a kiev fantasy.' so what does the article say about the death numbers?": an open
        # question of the asker's own after a quoted post ends the quote's sentence, lower case or not ("'...' is
        # CNN the right source here?" asks about the quote)
        opens = self.kb.lexicon_of(lang).open_questions
        return [piece for s in split for piece in sentences(s, _AFTER_QUOTE,
                                                             lambda rest: _opening(tokens(rest)) in opens)]

    def _several(self, q: Question, *, beside_figures: bool = False, previous: Entry | None = None,
                 post: bool = False, points_only: bool = False) -> Answer | None:
        """A message with several questions or claims (a forwarded post): one short line per point it can match.

        When only one point matches and the message as a whole does not, that point's answer is the reply.
        ``beside_figures``: the figure reader answers the message, so answer by points only when a point asks
        something besides figures. ``previous``: the answer before, what a first point's "her" stands for ("what
        is her name and what does she say" after the committee). ``post``: a post's claims, joined by a bare "and"
        ("half the army deserted and putin will draft everyone"). ``points_only``: a reply of several points or none,
        never the one point's own answer.
        """
        if beside_figures and len(_ENUMERATED.findall(q.text)) >= _MIN_ITEMS:
            beside_figures = False  # "1) how many quit with him 2) what % in some battalions 3) ...": a line each
        splitter = _CLAUSES if beside_figures else _CLAUSES_POST if post or len(q.words) >= _POST_WORDS \
            else _CLAUSES_LONG if len(q.words) >= _LONG_MESSAGE else _CLAUSES
        text = self._unprefaced(self.matcher.past_label(q.text, q.lang), q.lang)  # «Переслано из канала «Фронт»: ...»
        text = self._abbreviation_dots(text, q.lang)  # «почему рос. солдаты отказываются?»: one question
        text = _FEW_WORDS_QUOTED.sub(r"\1\2", text)  # «чи казали їм про «денацифікацію»?»: a term quoted is no point
        text = _SAID_QUOTED.sub(r"\1 \2\3", text)  # "who's the soldier who said 'this is not our war'?": one question
        text = text if post else _LEADING_CLAUSE.sub(r"\1 ", text)
        split = splitter.split(text)
        parts = [p for p in split if len(tokens(p)) >= _MIN_CLAUSE_WORDS or self._counting_pair(p, q.lang)]
        if len(parts) >= 2:  # between two questions, a short one of its own: "... зайшли? соромно було? і шо ..."
            parts = [p for p in split if len(tokens(p)) >= _MIN_CLAUSE_WORDS or _telling_pair(p, q.lang)
                     or self._counting_pair(p, q.lang)]
            parts = self._with_hints(parts, q.lang)
        if len(parts) < 2:
            return None
        parts = [SPANISH_HIM.sub("él", p) for p in parts] if q.lang == "es" else parts
        parts = self._named_after(parts, q.lang, quoted_phrases(q.text), text=text)
        if len(parts) < 2:
            return None
        reads = [self.matcher.read(p, q.lang) for p in parts]
        naming = self._only_names(reads[-1])
        if naming is not None and not any(self._follow_ups.sources_named(r) for r in reads[:-1]):
            # "why did he quit? the one from cnn I mean": "he" is who comes last
            parts, reads = [parts[-1], *parts[:-1]], [reads[-1], *reads[:-1]]
        else:
            naming = None
        found: dict[str, _Point] = {}
        before: Entry | None = previous
        teller: Entry | None = previous if previous is not None and self._told_by_someone(previous) else None
        leaned = False  # a point read through the answer before: the message goes on with it
        matched: set[str] = set()  # what each part matched, answer or gap
        last_figure = ""
        open_words = self.kb.lexicon_of(q.lang).open_questions
        guessed: Entry | None = None  # a part's story matched a little below the answering score
        guess_part = ""
        gap_asked = False  # a part asked for a detail the article lacks, or for something off the article
        asking = [*open_words, *self.kb.lexicon_of(q.lang).yes_no_words]
        remarks_only = True  # every point found so far came from a part that asks nothing
        asker_told = False  # a part after the question told of the asker ("my son is 19"), read past
        surest = 0.0  # the best score of a part that found its entry
        # gaps a part asks yes or no of that the article answers all the same ("are any of them named?"): by gap, the
        # part, its score, whether the part ends with "?", the yes or no and the entry whose story answers it
        answerable: dict[str, tuple[str, float, bool, tuple[str, Entry]]] = {}
        for i, (part, read) in enumerate(zip(parts, reads, strict=True)):
            if before is None and guessed is not None and not found and self._follow_ups.asks_source(read):
                # "is it true his whole battalion got tricked into invading? ... and whats the source": the
                # source of the story the part before half matched, not the article's sources in general
                found[guessed.id] = self._point(guess_part, guessed, q.lang)
                before = guessed
                continue
            if before is not None and (self._follow_ups.asks_source(read)
                                       or (len(found) < 2 and self._follow_ups.asks_check(read))):
                # "... but nobody knows the exact number. who said that?", "'NATO: 30,000 dead' is this correct?":
                # the point before, who says it and whether it holds (of several claims, how far any can be trusted)
                continue
            if before is not None and before.then in self.kb.entries and self._follow_ups.asks_next(read):
                # "did they get the extras they were promised? and what did they do about it": what the story
                # before tells happened next, as the same follow-up asked alone would hear
                before = self.kb.entries[before.then]
                found.setdefault(before.id, self._point(part, before, q.lang))
                continue
            if i > 0 and not found and (self._follow_ups.asks_check(read)
                                        or (self.matcher.only_asks_if_article_says(read) and not read.numbers)):
                # "<a post no part of which matched> accurate or not?", "... does the article say that?": the whole
                # post is what it checks
                continue
            if self._small_talk.detect(read) is not None:
                continue  # "are you a bot? how's your day going": talk to the bot, no point of the article
            if i > 0 and not ASKER_ALONE.isdisjoint(read.words) and not self._follow_ups.asks_of_the_answer(read) \
                    and not any(self._part_asks(p, r, text) for p, r in zip(parts[i:], reads[i:], strict=True)):
                asker_told = True
                continue  # "... did they threaten him? my brother wants to quit too, I fear for him": the asker's story
            asks = _asks_for_a_fact(part, open_words)
            # "скок их было, ну в истории рейтерс": after the name a part ends with, "их" are that source's people
            # "what did the reuters soldier say and why did they decide to quit": "they" are the teller's own
            theirs = teller is not None and not GROUP.isdisjoint(read.words) and self._opens_with_why(read) \
                and self._witnessed(teller)
            person = not SINGULAR.isdisjoint(read.words) \
                or (naming is not None and not PERSONAL.isdisjoint(read.words)) or theirs
            alone = self._follow_ups.only_source(read) or (naming if i == 0 else None)
            if alone is not None and (named := self._speaker_entry(alone)) is not None:
                before = teller = named  # "and the other one, the reuters one? why did he quit": "he" is that one
                continue
            if before is None and not found and len(read.terms) <= _CATAPHORA_TERMS and not read.parties \
                    and leans_on_context(read) and not NEUTER.isdisjoint(read.words):
                continue  # "хіба це законно, ці відоси з полоненими?": "це" is what comes next, not a question alone
            counted = before is not None and not GROUP.isdisjoint(read.words) \
                and self.matcher.asks_count(read)  # "how many of them"
            if i > 0 and teller is not None and (self._why_without_subject(read)
                                                 or self._counts_their_own(read, teller)):
                # "¿a dónde lo mandaron? y por qué se terminó yendo?", «чого потім пішов?»: a language that drops
                # the subject asks why the one just told of did it; "what were they promised and how many quit?":
                # how many of the witness's own people
                told = teller
                leaned = True
                read = self.matcher.read(f"{read.text} {self._speaker_name(told, q.lang)}", q.lang)
                match = self._within_topic(read, told, self.matcher.match(read))
            elif before is not None and leans_on_context(read) and (person or counted or (
                    asks and not NEUTER.isdisjoint(read.words))):
                # "who talked to reuters and how many quit with him", "if putin mobilizes, what would it do to
                # society": "him" and "it" are the point before; "him" the last one told by a person ("cnn guy:
                # ... did he know it was a war, and what made him quit": the officer, not the soldiers at large)
                told = teller if (person or counted) and teller is not None else before
                # a person the message named before ("why did the cnn guy leave, and did they threaten him?"):
                # its answer beats the story the message's words add up to, as a point read through the answer before
                leaned = leaned or told is previous or naming is not None or (person and teller is not None)
                read = self._read_resolved(read, told)
                match = self._within_topic(read, told, self.matcher.match(read))
                # "what would putin have to do first to mobilize, and what would it mean?": "it" read as the point
                # before, the part asks on about that point
                leaned = leaned or (not person and not counted and match.best is not None
                                    and match.best.id == told.id)
            else:
                match = self._claim_checked(read, self.matcher.match(read), checked=(post or q.checks) and not asks)
                own = match.best.id if match.best is not None else None
                if before is not None and own != before.id and not (NEUTER | THEN).isdisjoint(read.words) \
                        and leans_on_context(read):
                    # "what are those videos of prisoners? and is it even legal to post that?": "it" is the point
                    # before when the answer it leads to is one its own entry names as related
                    resolved = self._read_resolved(read, before)
                    within = self._within_topic(resolved, before, self.matcher.match(resolved))
                    # "what were they promised? and did they get any of it?": the point before, when the part's own
                    # words lean to it most
                    top = max(match.candidates, key=lambda c: c.score, default=None)
                    again = within.best is not None and within.best.id == before.id \
                        and top is not None and top.id == before.id
                    if within.best is not None and (within.best.id in before.related or again):
                        then = not THEN.isdisjoint(read.words)
                        read, match = resolved, within
                        if then and self._told_within(within.best.id, before):
                            leaned = True  # "can putin mobilize? and what happens then?": his recourse tells the strain
                            continue
                        leaned = leaned or again
                if before is not None and match.kind == "entry" and match.best is not None \
                        and match.best.id != before.id and match.best.score >= self._answer_score \
                        and match.best.id not in before.related and leans_on_context(read):
                    # "those prisoner videos - is that even allowed?": of the stories its own words lean to about
                    # as much, the one the point before names as related (the Geneva Convention, not resigning)
                    beside = next((c for c in match.candidates if c.id in before.related and c.id in self.kb.entries
                                   and c.score >= match.best.score - _RELATED_SLACK), None)
                    match = replace(match, best=beside) if beside is not None else match
            best = match.best
            matched.add(best.id if best is not None else "")
            figures = self._figure_reply(read, match, in_topic=bool(last_figure))
            if isinstance(figures, Match):
                match, figures = figures, None
                best = match.best
                matched.add(best.id if best is not None else "")
            asked = part
            if figures is None and last_figure and self._figures.asks_arithmetic(read) and not read.claimants() \
                    and not read.numbers:
                # "нато дає менше ніж україна? у скільки разів": the same two figures, asked another way
                asked = f"{last_figure} {part}"
                joined = self.matcher.read(asked, q.lang)
                figures = self._figures.answer(joined, in_topic=True) if joined.parties else None
            last_figure = asked if figures is not None else ""  # "самая маленькая и какая самая большая": a figure too
            if figures is not None:
                holder = self._holder(figures)
                key = "+".join(c.id for c in figures.claims)
                # a short figure reply whole: "No: 29,200 comes from Ukraine. The figure from Russia is 1,351."
                line = figures.text if len(figures.text) <= _BRIEF else first_sentence(figures.text)
                found.setdefault(key, _Point(line, list(figures.claims), holder, figure=True))
                before = holder or before  # "where is the 14 from and what did he say?": "he" is its source
                if holder is not None and self._told_by_someone(holder):
                    teller = holder  # "who did the 14 talk to and why did they quit?": "they" are those 14
                continue
            if beside_figures and (not asks or set(read.terms) <= self._question_words[read.lang]):
                continue  # "my uncle sent this: '...29,200...' true?", "... by how much?" ask about the figure alone
            # "... what does russia admit?"; not "where is he now, that cnn officer?", a detail the article lacks
            lacking = match.kind == "entry" and best is not None and best.id in self.kb.not_covered \
                and best.score >= _GAP_FIRST
            entry = self._spoken(read) if asks and not lacking else None
            answered_gap = self._gap_answered_yes_no(part, self.kb.not_covered[best.id], best.score, q.lang) \
                if lacking and best is not None else None
            if answered_gap is not None and best is not None:
                answerable.setdefault(best.id, (part, best.score, f"{part}?" in text, answered_gap))
                continue
            stated = self._figures.tolls_stated(read) if entry is None and not lacking and not asks else ()
            if len(stated) == 1 and (best is None or best.score < self._answer_score) \
                    and not any(stated[0] in p.claims for p in found.values()):
                # "russia only lost 1351 men, everything else is western propaganda": a death toll of the article
                # stated as the count is a point of its own, the story giving that toll (whose it is, and the others)
                entry = self._story_of_claim(stated[0].id)
            if entry is None and match.kind == "entry" and best and best.id in self.kb.entries:
                if best.score >= self._answer_score:
                    entry = self.kb.entries[best.id]
                    # a part that only asks to check ("fact check pls: ...") asks of the part after it
                    if not read.checks and not set(read.terms) <= self._checking_terms.get(q.lang, frozenset()):
                        surest = max(surest, best.score)
                elif best.score >= self._guess_score:
                    guessed, guess_part = self.kb.entries[best.id], part
            # "how many ukrainian soldiers have died by the same point? need it to compare with the 29,200": the
            # first question asks for the missing detail, however modestly it matches; a figure the rest gives is
            # what the asker would weigh it against, no question of its own
            first_gap = i == 0 and bool(q.numbers) and match.kind == "entry" and best is not None \
                and best.id in self.kb.not_covered and best.score >= self._answer_score
            if (lacking or first_gap) and best is not None and asks and f"{part}?" in text \
                    and self.kb.not_covered[best.id].kind not in ANSWERING_GAPS:
                gap_asked = True
            elif match.kind == "entry" and best is not None and best.id in self.kb.not_covered \
                    and self.kb.not_covered[best.id].kind == "off_topic" \
                    and (len(q.words) <= _SHORT_REQUEST or (i == 0 and f"{part}?" in text)):
                # "pasame una receta de arepas, las de reina pepiada": a request off the article; "got a good borscht
                # recipe? the ukrainian one not the russian one lol": a first question off it, the rest narrows it
                gap_asked = True
            if entry is not None:
                remarks_only = remarks_only and f"{part}?" not in text and not _asks_for_a_fact(part, asking)
                point = self._point(part, entry, q.lang)
                kept = found.setdefault(entry.id, point)
                if kept is not point and not kept.figure and not self._said_in(point.line, kept.line, q.lang):
                    # "did they threaten him ..., and did they let him go?": one entry, each part its sentence
                    found[entry.id] = replace(kept, line=f"{kept.line} {point.line}")
                before = entry
                if self._told_by_someone(entry):
                    teller = entry
            elif match.kind == "entry" and best and best.score >= self._answer_score \
                    and best.id in self.kb.not_covered and self.kb.not_covered[best.id].kind in TELLING_GAPS \
                    and not (self._part_asks(part, read, text)
                             and self.kb.not_covered[best.id].kind not in ANSWERING_GAPS):
                # "70% of the army has deserted": what the article says of it, that it cannot be known; "CNN
                # interviewed a named colonel": that CNN did not reveal his name
                gap = self.kb.not_covered[best.id]
                near = next((self.kb.entries[n] for n in gap.nearby if n in self.kb.entries), None)
                line = self._answering(part, self.kb.reply_text(gap, q.lang), gap.id, q.lang)
                found.setdefault(gap.id, _Point(line, self.kb.claims_of(near) if near else [], near,
                                                answers=gap.kind in ANSWERING_GAPS))
        answered: tuple[str, str, float] | None = None  # the message's one point, a gap's yes or no: gap, part, score
        if len(answerable) == 1 and not found:
            # "are any of them named? how do we know they exist": that point's answer, "no, both are anonymous";
            # beside a story ("what did the reuters soldier say, and was he named?"), the story tells it
            gap_id, (part, score, _, (yes_no, near)) = next(iter(answerable.items()))
            found[gap_id] = _Point(yes_no, self.kb.claims_of(near), near)
            answered = (gap_id, part, score)
        else:
            gap_asked = gap_asked or any(ends_asking for _, _, ends_asking, _ in answerable.values())
        if beside_figures and not self._beside(list(found.values())):
            return None
        if gap_asked and remarks_only:
            return None  # "how many ukrainian soldiers died so far? fair is fair, give both sides": the question asked
        if len(found) > 1 and self._overview in found:
            del found[self._overview]  # "... what does the article say?" asks about the points, not the article
            if len(found) == 1:
                only = next(iter(found.values()))
                if only.entry is not None and only.entry.id in found and not points_only:
                    return self._entry_answer(q.text, only.entry, self._answer_score, q.lang)
                return None  # one figure or answering gap: the whole message, read again, gets its full reply
            return self._several_lines(q, list(found.values()))
        if len(found) == 1 and not points_only:
            only = next(iter(found.values()))
            if asker_told and only.entry is not None and only.entry.id in found:
                # "total number who resigned? give me a figure": the question's answer, not what its words and the
                # asker's add up to
                return self._entry_answer(q.text, only.entry, self._answer_score, q.lang)
            whole = self.matcher.match(q)
            asked = self.kb.not_covered.get(whole.best.id) if whole.best is not None else None
            summed = asked is not None and asked.id not in matched and asked.kind != "after_publication"
            if whole.kind == "entry" and whole.best and whole.best.score >= self._answer_score \
                    and not (leaned and (asked is None or summed)) \
                    and not self._story_goes_on(asked, reads, next(iter(found))):
                # a point read through the answer before beats another story, and a gap only the words of
                # several parts add up to ("how he ended up ...? he was knowing there will be war?" is no "when
                # will the war end"); not a gap a part asks, nor later news ("did he do it later? mobilize?")
                return None
            if whole.kind == "none" and self.matcher.strange(q) and surest < self.matcher.thresholds.short_answer:
                # "how to grow tomatoes on the balcony, my ones are dying": off the article, not a toll; but "why
                # did he hide his face lol, scared of being recognised?" asks first what the article answers
                return None
            if answered is not None:  # "are any of them named? how do we know they exist": that part's answer
                gap_id, part, score = answered
                return self._not_covered(part, self.kb.not_covered[gap_id], score, q.lang)
            only = next(iter(found.values()))
            if only.entry is None or only.entry.id not in found:
                return None  # one figure: the figure reader answers the whole message
            if only.entry.id == self._overview and guessed is not None:
                return None  # "the viral one where they got cheated - whats the story": the story the part names
            return self._entry_answer(q.text, only.entry, self._answer_score, q.lang)
        if len(found) < 2:
            return None
        return self._several_lines(q, list(found.values()))

    def _abbreviation_dots(self, text: str, lang: Language) -> str:
        """``text`` without the periods that only shorten a word the lexicon writes out («рос.» for «российские»)
        before a word in lower case: no sentence ends there. Russian and Ukrainian only: an English chat word
        ("tbh.", "tho.") ends its sentence."""
        if lang not in _SHORTENING:
            return text
        short = self.kb.lexicon_of(lang).abbreviations
        return _SHORTENED.sub(lambda m: m.group(1) if m.group(1).casefold() in short else m.group(0), text)

    def _story_goes_on(self, asked: NotCovered | None, reads: list[Question], found: str) -> bool:
        """"where was the cnn officer sent first, and what happened after?": news after the article the whole message
        matches, when only one part asks "after", in no more words than that, and the point the other part ``found``
        is an earlier stage of the story than where the article leaves off (none the gap names as nearby): what came
        next in that story, not later news."""
        if asked is None or asked.kind != "after_publication" or found in asked.nearby:
            return False
        later = [r for r in reads if self.matcher.asks_after(r)]
        return len(later) == 1 and len(later[0].terms) <= _NEXT_TERMS and not later[0].parties

    def _counting_pair(self, part: str, lang: Language) -> bool:
        """Whether a two-word part asks how many of the people just told of ("y cuantos eran?", «сколько их?»): a
        question of its own, unlike "how much?"."""
        words = tokens(part)
        return len(words) == _MIN_CLAUSE_WORDS - 1 and words[1] in _COUNTED_THEM \
            and self.matcher.asks_count(self.matcher.read(part, lang))

    def _part_asks(self, part: str, read: Question, text: str) -> bool:
        """Whether a part of a message asks (a question word anywhere in it, «бригада какая», or a question mark
        after it) rather than states a post's claim."""
        return not self._asking[read.lang].isdisjoint(read.words) or part.rstrip().endswith("?") or f"{part}?" in text

    def _asked_within(self, q: Question) -> str | None:
        """The question a message asks inside what opens or closes it, when there is more around it; else ``None``.

        "I'm a journalist and want to quote him: what's the officer's name?": the question after who asks, not a post
        someone passed on; "tl;dr why do these soldiers quit?": how long the reply should be, and the question.
        """
        question = self._unprefaced(q.text, q.lang)
        # "Soy periodista y me interesa saber si ...": what follows the wish to know is asked, with no question word
        wished = question != q.text and _WANTS_TO_KNOW.match(q.text) is not None
        if (wished or self._asks_alone(q, question)) and not _QUOTES.search(question):
            return question
        topic = self._topic_of_interest(q)
        if topic is not None:
            return topic
        brief = _TLDR.sub("", q.text)
        if self._asks_alone(q, brief):
            return brief
        # "whats the difference between why the CNN soldier quit and why the Reuters guys quit": each why, told side
        # by side, is the difference
        compared = _DIFFERENCE_OF.sub("", q.text)
        return compared if compared != q.text else None

    def _topic_of_interest(self, q: Question) -> str | None:
        """The topic a message says the one asking is interested in, when what follows only asks what the article
        says of it ("... What does the article say about it?"), not a question of its own."""
        found = _INTERESTED_IN.match(q.text)
        if found is None:
            return None
        asked = self.matcher.read(found.group(2), q.lang)
        return found.group(1) if not self._follow_ups.asks_of_its_own(asked) else None

    def _unprefaced(self, text: str, lang: Language) -> str:
        """``text`` without an opening that speaks only of the one asking ("as a journalist I'm interested: ...",
        «Como periodista me interesa: ...»): who asks is no point of the message."""
        found = _PREFACE.match(text)
        wants = found is None and (found := _WANTS_TO_KNOW.match(text)) is not None
        if found is None:
            return text
        # "Buenas tardes. Soy periodista y me interesa saber si": a greeting and the wish to know say nothing either
        label = set(tokens(found.group(1)))
        if not wants and (label <= _QUESTION_LABELS or (
                label <= _QUESTION_LABELS | _ASKED_FOR and not label.isdisjoint(_QUESTION_NOUNS))):
            return text[found.end():]  # "quick question: ...", «Una duda: ...»: a label on what follows
        others = _PREFACE_TERMS + (_WANTS_TERMS if wants else 0)
        past = self._checking_terms.get(lang, frozenset()) | ASKER  # "quote check before we publish:" asks nothing
        return text[found.end():] if self._of_the_asker(found.group(1), lang, asker=ASKER, others=others, past=past) \
            else text

    def _said_in(self, line: str, said: str, lang: Language) -> bool:
        """Whether a point's line is already said, with or without its yes or no ("No, as long as they follow the
        regulations: …" holds "As long as they follow the regulations: …")."""
        openings = self.kb.lexicon_of(lang).polar_openings
        bare = next((line[len(p):].lstrip() for p in openings if line.startswith(p)), line)
        return bare.casefold() in said.casefold()

    def _named_after(self, parts: list[str], lang: Language, quoted: Sequence[str], *, text: str) -> list[str]:
        """A part that only names whom the part before points at ("where is he now, that cnn officer? did he leave
        russia?"), or only asks whether someone said what it says, joins that part: one question, about the one
        named. A quotation (``quoted``: the message's) keeps its own point: whose words those are is its question.
        ``text``: the message the parts were cut from, which shows what stood between them."""
        joined: list[str] = []
        for i, part in enumerate(parts):
            # not a name that ends the message, who all of it is about ("why did he quit? the one from cnn I mean"),
            # nor one after a part that asks nothing ("and the other one, the reuters one? why did he quit"): who
            # the next part is about
            short = bool(joined) and i < len(parts) - 1 and len(tokens(part)) <= _NAMING_PART
            read = self.matcher.read(part, lang) if short else None
            if read is not None and self._only_names(read) is not None \
                    and leans_on_context(self.matcher.read(joined[-1], lang)) \
                    and _asks_for_a_fact(joined[-1], self.kb.lexicon_of(lang).open_questions):
                joined[-1] = f"{joined[-1]} {part}"
            elif read is not None and self._puts_to_source(read):
                joined[-1] = f"{joined[-1]}, {part}"  # "what were they promised, according to the reuters source?"
            elif joined and self._asks_if_said(part, lang) \
                    and not any(len(p.split()) > 2 and p.casefold() in joined[-1].casefold() for p in quoted):
                joined[-1] = f"{joined[-1]}, {part}"  # "... told to 'denazify' Ukraine. did the cnn officer say that?"
            elif i == 1 and len(joined) == 1 and _only_punctuation_between(text, joined[0], part) \
                    and self._only_asks_speaker(joined[0], part, lang):
                # "what did the cnn officer say, did they even understand what they were doing there?": what he
                # said of that, one question; not "what did he say, and how many quit with him?", two
                joined[0] = f"{joined[0]}, {part}"
            else:
                joined.append(part)
        return joined

    def _only_asks_speaker(self, first: str, then: str, lang: Language) -> bool:
        """Whether a message's first part only asks what one source said ("what did the cnn officer say", «шо той
        офіцер з CNN казав») and the part after it names no source: what it asks is asked of that one."""
        read, after = self.matcher.read(first, lang), self.matcher.read(then, lang)
        saying = self._saying[lang] - self._according[lang]
        if self._follow_ups.sources_named(after) or saying.isdisjoint(read.terms) \
                or not _asks_for_a_fact(first, self.kb.lexicon_of(lang).open_questions):
            return False
        # «шо той офіцер з CNN казав»: the witness and the outlet he spoke to are one source asked
        named = {self._outlet_of.get(s, s) for s in self._follow_ups.sources_named(read)}
        return self._follow_ups.only_source(read, witness=True) is not None or (
            len(named) == 1 and set(read.terms) <= self._who[lang] | saying | self._question_words[lang])

    def _with_hints(self, parts: list[str], lang: Language) -> list[str]:
        """A part that only says which story is meant ("something about being dirty and tired") joins the part
        before it: one question, not two."""
        joined: list[str] = []
        for part in parts:
            if joined and self._hints_at(part, lang):
                joined[-1] = f"{joined[-1]}, {part}"
            else:
                joined.append(part)
        return joined

    def _hints_at(self, part: str, lang: Language) -> bool:
        """Whether a part opens by saying which story is meant ("something about ...", «algo de ...»)."""
        words = tuple(tokens(part))
        return any(words[:len(hint)] == hint for hint in self._hints[lang])

    def _asks_if_said(self, part: str, lang: Language) -> bool:
        """Whether a part only asks whether a witness or an outlet said what the part before says ("did the CNN
        officer say that?", "is that what the soldier said?", «що той військовий казав CNN»): words for who,
        words for saying, one of them or a word pointing back, and no party of its own that gives figures. With no
        source named it asks nothing of its own: "and which outlet reported it?" asks whose it is."""
        if len(tokens(part)) > _SAID_PART:
            return False
        read = self.matcher.read(part, lang)
        terms, saying = set(read.terms), self._saying[lang]
        named = self._follow_ups.sources_named(read)
        return terms <= self._who[lang] | saying and not terms.isdisjoint(self._who[lang] - saying) \
            and (not terms.isdisjoint(saying) or (bool(named) and leans_on_context(read))) \
            and WHO.isdisjoint(read.words) and all(_role(self.kb, s) in _TELLING_ROLES for s in named) \
            and (bool(named) or not _asks_for_a_fact(part, self.kb.lexicon_of(lang).open_questions))

    def _puts_to_source(self, read: Question) -> bool:
        """Whether a part only says whose account the part before asks for ("according to the reuters source", «по
        словам солдата из Reuters»): one named source, a word putting the question to it, and words for it alone."""
        according = self._according[read.lang]
        return len(self._outlets_named(read)) == 1 and not according.isdisjoint(read.stems) \
            and set(read.terms) <= self._who[read.lang] | according

    def _outlets_named(self, read: Question) -> set[str]:
        """The sources a message names, a witness as the outlet he spoke to ("that cnn officer", "the reuters
        source": CNN's, Reuters')."""
        return {self._outlet_of.get(s, s) for s in self._follow_ups.sources_named(read)}

    def _only_names(self, read: Question) -> str | None:
        """The source a part of a message only names, whatever else it says around the name ("ну той шо з CNN")."""
        named = self._outlets_named(read)
        if len(named) != 1 or not read.terms:
            return None
        source = next(iter(named))
        return source if set(read.terms) <= self._name_terms[source] | self._naming[read.lang] else None

    @staticmethod
    def _beside(points: list[_Point]) -> bool:
        """Whether a message's points ask about a figure and about something else ("where is the 14 from and why
        did they leave?"), not two sides of one comparison ("ukraine's count ... and what russia admits")."""
        counted = {c.id for p in points if p.figure for c in p.claims}
        return bool(counted) and any(not p.figure and counted.isdisjoint(c.id for c in p.claims) for p in points)

    def _several_lines(self, q: Question, points: list[_Point]) -> Answer:
        """One short line per point of a message, each with what the article reports and who says it."""
        lang = q.lang
        lead = self.kb.messages.text("several-lead", lang)
        kept: list[_Point] = []
        size = len(lead)
        points = points[:_MAX_POINTS]
        # too long for a chat message: the later points end at a clause first, the first (what was asked first) last
        for at in reversed(range(len(points))):
            if size + sum(len(p.line) + 3 for p in points) <= CHAT_REPLY - CAVEAT_ROOM:
                break
            points[at] = replace(points[at], line=_brief(points[at].line))
        for point in points:
            if any(self._said_in(point.line, k.line, lang) for k in kept):
                continue  # a line the one before already says word for word: never the same sentence twice
            if len(kept) >= 2 and size + len(point.line) + 3 > CHAT_REPLY - CAVEAT_ROOM:
                break  # the rest would not fit a chat message; the user can ask about them one by one
            kept.append(point)
            size += len(point.line) + 3
        points = kept
        said = self._reported_once([p.line for p in points], lang)
        # one point left once repeats are dropped: its line alone, no list of one
        lines = tuple(said) if len(said) == 1 else (lead, *(f"• {line}" for line in said))
        claims = list({c.id: c for p in points for c in p.claims}.values())
        entries = [p.entry for p in points if p.entry is not None]
        answers = any(p.answers for p in points)  # "what was his name and which unit was he in": neither given
        return Answer(
            question=q.text, kind="answer" if answers else "not_covered", answered=answers, parts=lines,
            entry_id=entries[0].id if entries else None, score=CERTAIN,
            sources=self._source_names(claims, lang), caveats=self._caveats(claims, " ".join(lines), lang)[:1],
            citations=tuple(self._citation(c, lang) for c in claims),
            related=tuple(Choice(e.id, self.kb.label(e.id, lang)) for e in entries[1:]), lang=lang,
        )

    def _told_within(self, entry_id: str, before: Entry) -> bool:
        """Whether another story's claims all are in the story told before: a part asking on about the point before
        ("and what happens then?") that the point's own answer already tells."""
        entry = self.kb.entries.get(entry_id)
        return entry is not None and entry.id != before.id and bool(entry.claims) \
            and set(entry.claims) <= set(before.claims)

    def _reported_once(self, lines: list[str], lang: Language) -> list[str]:
        """The points' lines with "as reported in the article" kept only where it first comes."""
        return self._said_once("\n".join(lines), lang).split("\n")

    def _said_once(self, text: str, lang: Language) -> str:
        """``text`` with "as reported in the article" kept only where it first comes."""
        said = self._as_reported[lang]
        first = said.search(text)
        return text[: first.end()] + said.sub("", text[first.end() :]) if first else text

    def _holder(self, figures: FigureAnswer) -> Entry | None:
        """The entry that holds a figure answer's claims (its Sources and follow-ups), the most specific one; of
        equally specific ones, the one that leads with the same claim ("and is that more than Ukraine's?" after NATO's
        figure asks of NATO's)."""
        wanted = {c.id for c in figures.claims}
        first = figures.claims[0].id if figures.claims else None
        holders = [e for e in self.kb.entries.values() if wanted <= set(e.claims)]
        return min(holders, key=lambda e: (len(e.claims), e.claims[0] != first)) if holders else None

    def _witnessed(self, entry: Entry) -> bool:
        """Whether a witness tells the entry's story ("there were 14 of us"): "they" after it are his own people."""
        return any(self.kb.sources[c.claimant].role == "anonymous_witness" for c in self.kb.claims_of(entry))

    def _counts_their_own(self, read: Question, teller: Entry) -> bool:
        """Whether a part asks how many with no one named ("... and how many ended up quitting?") after a witness's
        story that knows every word of it: the count of his own people (the 14), not of resignations at large."""
        return self._witnessed(teller) and self.matcher.asks_count(read) and not read.parties \
            and PERSONAL.isdisjoint(read.words) and not self._follow_ups.names_someone(read) \
            and any(self.matcher.knows_all(read, e) for e in self._story_of(teller) if e in self.kb.entries)

    def _told_by_someone(self, entry: Entry) -> bool:
        """Whether the entry's first claim is a person's or a party's, not the article's own analysis."""
        claims = self.kb.claims_of(entry)
        source = self.kb.sources.get(claims[0].claimant) if claims else None
        return source is not None and source.role != "article_analysis"

    def _why_without_subject(self, read: Question) -> bool:
        """Whether a part asks why with no subject of its own, as Russian, Ukrainian and Spanish may ("y por qué se
        fue?"): no pronoun, no party, and no other person."""
        return not self._why.get(read.lang, frozenset()).isdisjoint(read.terms) and self._without_subject(read)

    def _of_the_speaker(self, q: Question, previous: Entry, within: Match) -> Match:
        """A message with no subject of its own that the answer before's story cannot place («¿y da alguna cifra?»
        after what Menlikova says, in a language that drops the subject): asked of that answer's speaker, when that
        lands in the story."""
        if len(q.terms) > _SUBJECTLESS_TERMS or not self._without_subject(q) or not self._told_by_someone(previous):
            return within
        story = self._story_of(previous)
        # «¿y por qué se fueron?» after the Reuters soldier: why he and his own left, not why soldiers quit at large
        own_why = self._why_without_subject(q) and self._witnessed(previous)
        if within.best is not None and (within.best.id in story or within.best.id in self.kb.not_covered) \
                and not own_why:
            return within  # «y civiles muertos?» after NATO's toll: the detail the article lacks
        asked = self.matcher.read(f"{q.text} {self._speaker_name(previous, q.lang)}", q.lang)
        theirs = self._within_topic(asked, previous, self.matcher.match(asked))
        return theirs if theirs.best is not None and theirs.best.id in story else within

    def _without_subject(self, read: Question) -> bool:
        """Whether a message asks with no subject of its own, as Russian, Ukrainian and Spanish may («¿y da alguna
        cifra?»): no pronoun, no party, and no other person."""
        return read.lang != "en" and not read.parties and PERSONAL.isdisjoint(read.words) \
            and GROUP.isdisjoint(read.words) and NEUTER.isdisjoint(read.words) and SOMEONE.isdisjoint(read.words) \
            and CLITICS.isdisjoint(read.words) and EVERYONE.isdisjoint(read.words) \
            and not self._follow_ups.names_someone(read)

    def _speaker_name(self, previous: Entry, lang: Language, witness: str | None = None) -> str:
        """Who the previous answer is told by, as a pronoun standing for them reads: the speaker's short name, or
        the answer's label when the article itself tells it. ``witness``: the one the question before named, whose
        story the answer tells beside the article's own words."""
        claims = self.kb.claims_of(previous)
        speaker = self.kb.sources.get(witness or (claims[0].claimant if claims else ""))
        names = self.kb.source_text(speaker.id, lang) if speaker is not None else None
        return names.short if names is not None and speaker and speaker.role != "article_analysis" \
            else self.kb.label(previous.id, lang)

    def _read_resolved(self, question: Question, previous: Entry, witness: str | None = None) -> Question:
        """The message read with its pronouns resolved, keeping what a phrase around a pronoun meant: "and nothing
        happened to him?" still asks of a punishment once "him" is the officer who spoke to CNN."""
        resolved = self.matcher.read(self._resolve(question, previous, witness), question.lang)
        # a concept read off a phrase ("nothing happened to him" as "punish"), not a word of the message ("said")
        lost = tuple(t for t in question.terms if t not in resolved.terms
                     and question.origin.get(t, t) == t and t not in question.words)
        return replace(resolved, terms=(*resolved.terms, *lost), origin={**question.origin, **resolved.origin}) \
            if lost else resolved

    def _resolve(self, question: Question, previous: Entry, witness: str | None = None) -> str:
        """The message with its pronouns replaced by the previous answer's speaker and subject."""
        label = self.kb.label(previous.id, question.lang)
        name = self._speaker_name(previous, question.lang, witness)
        # "y pq al final decidio irse ese tio?", "как он описывал то, что вокруг происходило": about the person,
        # saying what it asks; "that" is the story, not the words of its label
        # «ему стыдно то было?»: "he" is enough; "how long did that last for him?" asks of "that", the story
        # ("how long was he like that?" asks of him)
        words = question.words
        person = not SINGULAR.isdisjoint(words) and not any(
            w in _THAT_STORY and (i == 0 or words[i - 1] != "like") for i, w in enumerate(words))
        someone = not SOMEONE.isdisjoint(question.words) and len(question.terms) >= _OWN_TERMS
        # "is that legal?" after what the article is about: what it told of, not the article
        subject = "" if person or someone or previous.id == self._overview else self._as_subject(label, question.lang)
        return resolve_pronouns(question, name, subject)

    def _as_subject(self, label: str, lang: Language) -> str:
        """A label read as what a pronoun stands for: without the words asking for a number ("How many soldiers
        resign" is "soldiers resign", so "is that legal?" after it asks whether resigning is legal, not how many)."""
        words = tokens(label)
        start = next((i for i, w in enumerate(words) if w not in self._counting[lang]), len(words))
        return " ".join(words[start:]) if start else label

    def _asked_of_previous(self, q: Question, previous: Entry, match: Match, within: Match) -> Match:
        """"How long was he like that?" after the officer's shock: the answer before, not the gap "he" leads to once
        read as the officer (whose years of service the article never gives), nor another story of his that only the
        words put for "he" lead to («и как долго он так был?»: not how he was deceived), when the follow-up's own
        words are all the answer's phrasings' (and not all that other story's) and rank it at the top as they stand."""
        own = next((c for c in match.candidates if c.id == previous.id), None)
        if own is None or match.best is None or within.best is None or within.best.id == previous.id \
                or (within.best.id not in self.kb.not_covered and self.matcher.phrased_in_full(q, within.best.id)) \
                or (match.best.score - own.score > self.matcher.thresholds.margin
                    and not (self.matcher.phrased_in_full(q, match.best.id)
                             and not self._tells_of_them(match.best.id))) \
                or not self.matcher.phrased_in_full(q, previous.id):
            # words that two stories' phrasings hold alike («і як довго він так був?»: the war's length or the
            # shock's) do not take the conversation off the one it is on, whatever the phrasings around them
            return within
        return Match("entry", own, (own, *(c for c in within.candidates if c.id != own.id)), within.terms)

    def _tells_of_them(self, gap_id: str) -> bool:
        """Whether ``gap_id`` is a gap whose reply tells what the article says of its very people (no name given)."""
        gap = self.kb.not_covered.get(gap_id)
        return gap is not None and gap.kind in TELLING_GAPS

    def _within_topic(self, question: Question, previous: Entry, match: Match) -> Match:
        """For "is that even allowed?" after an answer, look first among that answer's topic and relatives."""
        if self.matcher.asks_gap(question):
            return match  # "how old is she?": the detail the article lacks, whoever "she" is
        nearby = self._story_of(previous)
        ranked, local = self._ranked_in(question, nearby)
        if not local or local[0].score < self.matcher.thresholds.floor:
            return match
        elsewhere = match.best if match.kind == "entry" and match.best and match.best.id not in nearby else None
        if elsewhere is not None and (elsewhere.score - local[0].score > _CONTEXT_MARGIN or (
                elsewhere.score >= _SURE_ELSEWHERE and local[0].score < _SURE_ELSEWHERE - _CONTEXT_MARGIN / 2)):
            return match  # «ему стыдно было?» after an overview: the shame, which the overview's story lacks
        gap = self.kb.not_covered.get(elsewhere.id) if elsewhere is not None else None
        if elsewhere is not None and gap is not None and (
                elsewhere.score >= local[0].score or elsewhere.id != ranked[0].id) \
                and not ({previous.id} if gap.kind == "withheld" else nearby).isdisjoint(gap.nearby) \
                and not (self.matcher.asks_count(question) and self.matcher.lacks_core(question, elsewhere.id,
                                                                                         local[0].id)):
            # "what month did he resign?": the detail the article lacks about this very story; "so did he declare
            # it in the end?": the later news the matcher chose over the story's own answer. What the article
            # withholds is about its own entries only: "her name?" after the mothers' committee is hers.
            return match
        penalty_elsewhere = elsewhere is not None and gap is not None and elsewhere.score >= local[0].score \
            and self.matcher.states_penalty(question)  # "were they jailed?": a gap on others' penalties matched best
        own_gap = self._own_gap_asked(question, previous, ranked, local[0]) if penalty_elsewhere else None
        if own_gap is not None:
            return Match("entry", own_gap, (own_gap, *local[:MAX_CHOICES - 1]), match.terms)
        return Match("entry", local[0], tuple(local[:MAX_CHOICES]), match.terms)

    def _own_gap_asked(self, q: Question, previous: Entry, ranked: list[Candidate], local: Candidate
                       ) -> Candidate | None:
        """"were they jailed?" after the Reuters soldier's 14: the gap the story itself leaves (what became of the 14),
        when it knows every word of the question that the story's best answer lacks (the penalty)."""
        lacking = set(q.terms) - set(self.matcher.terms_known(q, local.id))
        if not lacking:
            return None
        return next((c for c in self._gaps_of_story(ranked, {previous.id})
                     if lacking <= set(self.matcher.terms_known(q, c.id))), None)

    def _relative_asked(self, q: Question, previous: Entry, within: Match) -> Match:
        """A follow-up that, read through the answer before, leads back to it though its own words are a relative's
        ("y eso es legal?" after the prisoner videos: the Geneva Convention, close behind, knows "legal" and the
        videos do not): that relative, not the same story again."""
        if within.kind != "entry" or within.best is None or within.best.id != previous.id or q.checks \
                or not self._trust_terms[q.lang].isdisjoint(q.terms):
            return within  # "source? how reliable is that": whether the answer before holds, not a relative's story
        beside = next((c for c in within.candidates if c.id in previous.related and c.id in self.kb.entries
                       and c.score >= within.best.score - _RELATIVE_ASKED_SLACK
                       and (self.matcher.tells_apart(q, c.id, previous.id, asked=True)
                            or self.matcher.asked_apart(q, c.id, previous.id))), None)
        return replace(within, best=beside) if beside is not None else within

    def _ranked_in(self, q: Question, nearby: set[str]) -> tuple[list[Candidate], list[Candidate]]:
        """The question's ranked candidates, deep enough to reach a story's entries, and those of them in ``nearby``
        (a follow-up looks first where the conversation is)."""
        _, ranked = self.matcher.rank(q, limit=_RANK_DEPTH)
        return ranked, [c for c in ranked if c.id in nearby]

    def _story_of(self, previous: Entry) -> set[str]:
        """The previous answer, its relatives and its topic's entries: where a follow-up looks first."""
        return {previous.id, *previous.related} | {e.id for e in self.kb.entries.values() if e.topic == previous.topic}

    def _talk(self, question: str, talk: SmallTalk, lang: Language) -> Answer:
        """One friendly line and the example questions (as buttons in Telegram)."""
        say = self.kb.messages.text
        examples = self.example_choices(lang)
        listed = say("talk-examples", lang, examples="\n".join(f"• {c.label}" for c in examples))
        return Answer(question, "small_talk", False, (say(TALK[talk], lang), listed), related=examples, lang=lang)

    def example_choices(self, lang: Language = "en") -> tuple[Choice, ...]:
        """The example questions in ``lang``, each opening its entry."""
        return tuple(Choice(e.entry, self.kb.example_question(i, lang)) for i, e in enumerate(self.kb.examples)
                     if e.entry in self.kb.entries)

    def _on_tolls(self, context: Context | None) -> bool:
        """Whether the previous answer was about the death-toll estimates ("and the lowest?" follows it)."""
        return self._gives_tolls(self.kb.entries.get(context.entry_id or "") if context else None)

    def _gives_tolls(self, entry: Entry | None) -> bool:
        """Whether an entry gives death-toll estimates."""
        return entry is not None and any(c in self._tolls for c in entry.claims)

    def _figure_answer(self, question: str, figures: FigureAnswer, lang: Language) -> Answer:
        """A figure question's reply; its Sources and follow-ups go to the entry that holds those claims."""
        entry = self._holder(figures)
        base = self._entry_answer(question, entry, CERTAIN, lang) if entry else None
        claims = list(figures.claims)
        text = self._said_once(figures.text, lang)  # "1,351 comes from Russia ... 14 comes from the soldier ..."
        return Answer(
            question=question, kind="answer", answered=True, parts=(text,),
            entry_id=entry.id if entry else None, score=CERTAIN,
            sources=self._source_names(claims, lang), caveats=self._caveats(claims, figures.text, lang),
            citations=tuple(self._citation(c, lang) for c in claims), related=base.related if base else (),
            lang=lang,
        )

    def answer_entry(self, entry_id: str, question: str = "", score: float = CERTAIN, lang: Language = "en") -> Answer:
        """The answer for a known entry id (a button press, a deep link, a "did you mean" choice)."""
        if entry_id in self.kb.not_covered:
            return self._not_covered(question, self.kb.not_covered[entry_id], score, lang)
        entry = self.kb.entries.get(entry_id)
        if entry is None:
            return self.none_of_these(question, lang=lang)
        return self._entry_answer(question or self.kb.label(entry.id, lang), entry, score, lang)

    def topic_answer(self, payload: str, lang: Language = "en") -> Answer | None:
        """A deep link (``/start casualties``): the answer that opens that topic, if it is one."""
        topic = self.kb.topics.get(payload.strip().casefold()[:64])
        return self.answer_entry(topic.entry, lang=lang) if topic is not None else None

    def none_of_these(self, question: str = "", score: float = 0.0, lang: Language = "en") -> Answer:
        """No match, or "None of these" pressed: the honest reply with the topics on offer."""
        no_match = self.kb.messages.text("no-match", lang)
        return Answer(question, "no_match", False, (no_match,), related=self._topic_choices(lang), score=score,
                      lang=lang)

    def inline_answers(self, query: str, limit: int, prefer: Language | None = None) -> list[Answer]:
        """Answer cards for inline mode, in the query's language: the best few entries (topics when empty)."""
        q = self.matcher.read(query, prefer)
        if not q.text:
            return [self.answer_entry(c.id, lang=q.lang) for c in self._topic_choices(q.lang)[:limit]]
        _, ranked = self.matcher.rank(q, limit)
        floor = self.matcher.thresholds.floor
        return [self.answer_entry(c.id, query, c.score, q.lang) for c in ranked
                if c.id in self.kb.entries and c.score >= floor]

    # -- follow-ups -------------------------------------------------------------------------------
    def _follow_up(self, q: Question, follow_up: FollowUp, context: Context) -> Answer | None:
        question, lang = q.text, q.lang
        if follow_up.kind == "choice" and follow_up.target:
            return self.answer_entry(follow_up.target, question, lang=lang)
        entry = self.kb.entries.get(context.entry_id or "")
        gap = self.kb.not_covered.get(context.entry_id or "")
        if entry is None and gap is not None and follow_up.kind in ("sources", "more"):
            nearby = [n for n in gap.nearby if n in self.kb.entries]
            if follow_up.kind == "sources" and nearby:
                quotes = self.sources_for(nearby[0], question, lang)
                lead = self.kb.messages.text("sources-nearby", lang)
                return replace(quotes, parts=(lead, *quotes.parts[1:]))
            return self._nothing_more(question, gap, lang)
        if entry is None:
            return None
        if follow_up.kind == "sources":
            quoted = self._quoting_entry(context.question, lang, entry) if context.question else None
            return self.sources_for((quoted or entry).id, question, lang)
        if follow_up.kind == "check":  # "legit?": who says it and how far it can be trusted, as answered before
            again = self._understood(self.matcher.read(context.question, lang), None) if context.question else None
            if again is None or again.entry_id != entry.id:
                again = self._entry_answer(question, entry, CERTAIN, lang)
            return replace(again, question=question)
        if follow_up.kind == "more":
            return self._why_of(q, context, entry) or self.details_for(entry.id, question, lang)
        if follow_up.kind == "others":
            whole = self._overview_of(entry)
            return self._entry_answer(question, whole, CERTAIN, lang) if whole else None
        if follow_up.kind == "next":  # "what did they do about it?": what the story tells happened next
            after = self.kb.entries.get(entry.then or "")
            return self._entry_answer(question, after, CERTAIN, lang) if after else None
        target = self._switch_target(entry, follow_up.target or "") or self._speaker_entry(follow_up.target or "")
        return self._entry_answer(question, target, CERTAIN, lang) if target else None

    def _quoting_entry(self, text: str, lang: Language, before: Entry) -> Entry | None:
        """ "who said that?" after a message quoting a witness («вы видели «это не наша война»?»): the entry
        giving the claims of one claimant whose quote holds those words, in English or in ``lang``: in their order when
        that finds one claimant, else in any order (the entry giving the fewest claims with them, the answer before
        first on a tie)."""
        quoting = self._quoted_claims(text, lang)
        return self._narrowest_giving({c.id for c in quoting}, before) if quoting else None

    def _quote_terms(self, claim: Claim, lang: Language) -> tuple[tuple[str, ...], ...]:
        """A claim's quote as terms, in English and in ``lang`` (read once per claim and language)."""
        key = (claim.id, lang)
        if key not in self._quote_read:
            texts = [("en", claim.quote), *(((lang, t),) if (t := self.kb.quote_translation(claim, lang)) else ())]
            self._quote_read[key] = tuple(self.matcher.question_terms(t, tl) for tl, t in texts)
        return self._quote_read[key]

    def _overview_of(self, entry: Entry) -> Entry | None:
        """"What about the others?" after one claimant's figure or one witness: the entry that gives this one's
        claims and others beside them, the closest such (a related one first, then the fewest claims)."""
        own = set(entry.claims)
        wider = [e for e in self.kb.entries.values() if own and own < set(e.claims)]
        ranked = sorted(wider, key=lambda e: (e.id not in entry.related, len(e.claims)))
        return ranked[0] if ranked else None

    def _why_of(self, read: Question, context: Context, entry: Entry) -> Answer | None:
        """ "why tho" after "cnn talked to some russian officer who quit": why what the message before tells
        happened, when asking it so finds another entry ("why did he quit?") than the one just given; else ``None``
        (then "why?" asks for more of that answer)."""
        question, lang = read.text, read.lang
        if not read.terms or not set(read.terms) <= self._why.get(lang, frozenset()) or not context.question \
                or (self._asks_yes_no(context.question, lang)
                    and self.matcher.asks_permission(self.matcher.read(context.question, lang))):
            # "can they resign?" then "why?": why the answer is so, its details; "did he leave the army in the
            # end?" then "why?" asks why he left
            return None
        match = self.matcher.match(self.matcher.read(f"{question} {context.question}", lang))
        best = match.best
        if match.kind != "entry" or best is None or best.id == entry.id or best.id not in self.kb.entries \
                or best.score < self._answer_score:
            return None
        return self._entry_answer(question, self.kb.entries[best.id], best.score, lang)

    def _nothing_more(self, question: str, gap: NotCovered, lang: Language) -> Answer:
        """"More?" or "source?" after "the article doesn't say": there is nothing behind it to show."""
        text = self.kb.messages.text("nothing-more", lang, label=self.kb.label(gap.id, lang))
        return Answer(question, "not_covered", False, (text,), entry_id=gap.id, related=self._nearby(gap, lang),
                      not_covered_kind=gap.kind, lang=lang)

    def sources_for(self, entry_id: str, question: str = "", lang: Language = "en") -> Answer:
        """The exact quotes, slides and reporting chains behind an entry's answer; in another language each
        English quote is followed by its translation, marked as one."""
        entry = self.kb.entries[entry_id]
        base = self._entry_answer(question, entry, CERTAIN, lang)
        say = self.kb.messages.text
        lines = [say("sources-lead", lang, label=self.kb.label(entry.id, lang)) + ":"]
        budget = SOURCES_BUDGET - sum(len(c) for c in base.caveats[:1])  # room for how sure it is
        shown = 0
        for c in base.citations:
            quote = [f"• {self._chain_text(c, lang)}: \"{inside_quotes(c.quote)}\""]
            if c.translation:
                quote.append("  " + say("translation-note", lang, text=c.translation))
            if shown and sum(map(len, lines + quote)) > budget:
                break
            lines += quote
            shown += 1
        if shown < len(base.citations):
            lines.append(say("sources-more", lang, count=len(base.citations) - shown))
        cited = [c.slide for c in base.citations[:shown]] or entry.slides
        slides = ", ".join(f"\"{s.strip(chr(34))}\"" for s in dict.fromkeys(cited))
        key: MessageKey = "sources-slides" if base.citations else "sources-article-itself"
        lines.append(("" if base.citations else "• ") + say(key, lang, slides=slides))
        said = set(content_words(" ".join(lines)))
        room = CHAT_REPLY - sum(len(line) + 1 for line in lines)
        caveat = tuple(c for c in base.caveats[:1] if not _repeats(content_words(c), said) and len(c) + 4 <= room)
        return replace(base, kind="sources", parts=tuple(lines), caveats=caveat)  # who says it, and how sure

    def details_for(self, entry_id: str, question: str = "", lang: Language = "en") -> Answer:
        """More on the previous answer: its details text, else the exact quotes."""
        entry = self.kb.entries[entry_id]
        details = self.kb.details_text(entry, lang)
        if details is None:
            return self.sources_for(entry_id, question, lang)
        base = self._entry_answer(question, entry, CERTAIN, lang)
        return replace(base, kind="details", parts=(details,))

    def _switch_target(self, entry: Entry, source_id: str) -> Entry | None:
        """Within the previous answer's topic, the entry that leads with ``source_id``'s claim ("and nato?").

        Entries whose first claim is that source's come first, then the most specific (fewest claims).
        """
        def rank(candidate: Entry) -> tuple[bool, int]:
            claims = self.kb.claims_of(candidate)
            return (not voiced_by(claims[0], source_id), len(claims))

        candidates = [
            e for e in self.kb.entries.values()
            if e.topic == entry.topic and any(voiced_by(c, source_id) for c in self.kb.claims_of(e))
        ]
        return min(candidates, key=rank) if candidates else None

    # -- composing --------------------------------------------------------------------------------
    def _from_match(self, q: Question, match: Match) -> Answer:
        question, lang = q.text, q.lang
        if match.kind == "none" or match.best is None:
            return self.none_of_these(question, _score(match), lang)
        if match.kind == "ambiguous":
            speaker = self._speaker(q)
            heard = self._speaker_answer(q, speaker, match.best.score) if speaker else None
            if heard is not None:
                return heard
            options = tuple(Choice(c.id, self.kb.label(c.id, lang), c.score) for c in match.candidates)
            say = self.kb.messages.text
            lines = (say("ambiguous", lang), *(f"{i}. {c.label}" for i, c in enumerate(options, 1)),
                     say("ambiguous-tail", lang))
            return Answer(question, "ambiguous", False, lines, score=match.best.score, alternatives=options,
                          lang=lang)
        answer = self.answer_entry(match.best.id, question, match.best.score, lang)
        alternatives = tuple(Choice(c.id, self.kb.label(c.id, lang), c.score) for c in match.candidates[1:])
        return self._check_speakers(q, answer) or replace(answer, alternatives=alternatives)

    def _behind(self, q: Question, one: str, other: str) -> bool:
        """Whether, for a whole message that has a party claim something, entry ``one`` scores below ``other`` (a gap
        on what the Kremlin says, the party named back in: "what do the Ukrainian authorities say about soldiers
        quitting?"), or for a claim checked ("the officer who spoke to CNN got thrown in jail. true?" is about him)."""
        if not q.checks and not any(t.startswith(ROLE_MARK) for t in q.terms):
            return False  # only a party claiming something marks a gap on another party's claims as not asked
        scores = {c.id: c.score for c in self.matcher.rank(q, _RESCORE_BEHIND)[1]}
        return scores.get(one, 0.0) < scores.get(other, 0.0)

    def _check_speakers(self, q: Question, answer: Answer) -> Answer | None:
        """Never put words in a source's mouth: "what did NATO say about the resignations?"

        The question without the name says what it is about; if that subject is not covered, or the
        sources the question wants to hear from are not quoted on it, say so instead of answering.
        """
        question, lang = q.text, q.lang
        speakers = self._speakers(q)
        if not speakers or (answer.kind == "not_covered" and self.matcher.asks_gap(q)):
            return None  # "when exactly did DW report it": no date, whoever reported it
        asked_part = None if q.checks else asked_sentences(question)
        if asked_part is not None and PERSONAL.isdisjoint(tokens(asked_part)) \
                and speakers.isdisjoint(self._speakers(self.matcher.read(asked_part, lang))):
            # "the kremlin told them they'd denazify ukraine. what does this officer claim?": not Russia; but "«the
            # committee said 5,000 quit». did they say that?" asks the committee
            return None
        subject = self._follow_ups.without_sources(q)
        if not self._follow_ups.has_subject(subject, lang):
            return self._speaker_answer(q, min(speakers), answer.score)
        if answer.kind == "not_covered":
            return None  # "what became of the soldier who talked to reuters?": silence puts no words in a mouth
        mine = self.kb.entries.get(answer.entry_id or "")
        quoted = [c for c in self._quoted_claims(question, lang, words=_QUOTE_WORDS) if c.id in mine.claims] \
            if mine is not None else []
        voicing = {v for c in quoted for v in self._claim_voices(c)}
        if mine is not None and quoted and q.checks and not speakers <= voicing:
            # «офицер CNN заявил "это не наша война". правда?»: the words are the Reuters soldier's, not CNN's
            return self._not_theirs(question, [self.kb.sources[s] for s in sorted(speakers - voicing)],
                                    self._narrowest_giving({quoted[0].id}) or mine, answer.score, lang)
        if mine is not None and speakers <= self._voices(mine) and (
                self.matcher.phrased_in_full(q, mine.id) or (quoted and speakers <= voicing)):
            # the answer gives what those sources say and knows every word asked, or the words the message quotes
            # ("'this is not our war' - a soldier told Reuters. real?"): whatever the rest of it is about
            return None
        asked = self.matcher.read(subject, lang)
        ranked = self.matcher.rank(asked, 1)[1]
        about = ranked[0] if ranked and ranked[0].score >= self.matcher.thresholds.answer else None
        if about is not None:
            if mine is not None and about.id != mine.id and speakers <= self._voices(mine) and (
                    about.score < answer.score or self.matcher.phrased_in_full(q, mine.id)
                    or (about.id in self.kb.not_covered and not self.matcher.asks_gap(q)
                        and (self.matcher.knows_all(q, mine.id) or self._behind(q, about.id, mine.id)))
                    or (about.id in self.kb.entries and not speakers <= self._voices(self.kb.entries[about.id])
                        and (self._asked_of(mine, asked, about.id)
                             or (self.matcher.knows_all(q, mine.id) and self._behind(q, about.id, mine.id))))):
                # the answer fits the whole question better and gives what those sources say; a gap the rest
                # shares words with does not take over ("who quits according to ukraine - privates or officers?");
                # nor does an answer those sources do not give when this one is asked about every word of the
                # subject that one knows ("what types of soldiers resign according to the Ukrainian side?"), or
                # knows every word of the question ("who quits according to kyiv, just grunts or officers too?")
                return None
            if about.id in self.kb.not_covered:
                return self._not_covered(question, self.kb.not_covered[about.id], about.score, lang)
            entry = self.kb.entries[about.id]
        elif answer.entry_id in self.kb.entries:
            entry = self.kb.entries[answer.entry_id]
        else:
            return None
        if not entry.claims:
            return None
        voiced = self._voices(entry)
        unheard = [self.kb.sources[s] for s in sorted(speakers - voiced)]
        if not unheard or (answer.answered and self.matcher.names_itself(q)):
            return None  # "does the article trust what Ukraine says?": the article's view, which the answer gives
        if about is not None and not self._told_by_someone(entry) and not self._trust_terms[lang].isdisjoint(q.terms) \
                and all(self.kb.sources[s].role in _PARTIES for s in speakers):
            # "how much can we trust what ukraine says about it?": how far a party's claims hold, the article's own
            # word on it, not words put in Ukraine's mouth (a witness asked what he said is heard on it)
            return self._entry_answer(question, entry, about.score, lang)
        if q.checks:  # "NATO says they quit daily. true?": whose claim it is, which is not NATO's
            return self._not_theirs(question, unheard, entry, answer.score, lang)
        heard = self._heard_on(asked, speakers)
        if heard is not None:  # "what did the soldier who spoke to Reuters say about quitting?": "we decided to quit"
            return self._entry_answer(question, heard, answer.score, lang)
        return self._not_from(question, unheard, answer, lang)

    def _heard_on(self, subject: Question, speakers: set[str]) -> Entry | None:
        """The best-ranked entry whose every claim is voiced by one of ``speakers`` and that knows every word of the
        subject but its verbs of saying ("what did reuters write about the soldier who refused to fight?"), if any."""
        speech = self._follow_ups.speech(subject.lang)
        subject = replace(subject, terms=tuple(t for t in subject.terms if t not in speech))
        if not subject.terms:
            return None
        for candidate in self.matcher.rank(subject, _RANK_DEPTH)[1]:
            entry = self.kb.entries.get(candidate.id)
            claims = self.kb.claims_of(entry) if entry is not None else []
            if entry is not None and claims and all(speakers & self._claim_voices(c) for c in claims) \
                    and self.matcher.knows_all(subject, entry.id):
                return entry
        return None

    def _asked_of(self, entry: Entry, subject: Question, about: str) -> bool:
        """Whether the entry's phrasings hold every word of the subject that the entry ``about`` knows."""
        return self.matcher.phrased_in_full(replace(subject, terms=self.matcher.terms_known(subject, about)), entry.id)

    def _spoken(self, question: Question) -> Entry | None:
        """"What did the soldier tell CNN?", "what does Russia say?": the entry leading with that source."""
        speaker = self._speaker(question)
        return self._speaker_entry(speaker) if speaker else None

    def _speaker(self, question: Question) -> str | None:
        """The one source a question asks to hear from, about nothing more ("what does Ukraine claim?")."""
        speakers = self._speakers(question)
        subject = self._follow_ups.without_sources(question)
        if len(speakers) != 1 or self._follow_ups.has_subject(subject, question.lang):
            return None
        return speakers.pop()

    def _speaker_answer(self, q: Question, source_id: str, score: float) -> Answer | None:
        """What a source says: a line per entry its ``says`` lists, or the one entry leading with its claim."""
        said = self._says.get(source_id, ())
        if len(said) > 1:
            return self._several_lines(q, [self._point(q.text, entry, q.lang) for entry in said])
        entry = self._speaker_entry(source_id)
        return self._entry_answer(q.text, entry, score, q.lang) if entry is not None else None

    def _point(self, question: str, entry: Entry, lang: Language) -> _Point:
        """One point of a reply: the sentence of the entry's answer that answers ``question``."""
        text = self._fit_opening(question, self.kb.answer_text(entry, lang), lang, entry.id)
        return _Point(self._answering(question, text, entry.id, lang), self.kb.claims_of(entry), entry)

    def _answering(self, question: str, text: str, item_id: str, lang: Language) -> str:
        """The sentence of ``text`` that answers ``question``: the first, unless a later one shares more of the
        question's words besides the item's own topic ("уголовкой не грозили?" asks for the criminal case, not
        for the right to resign)."""
        said = sentences(text)
        terms = set(self.matcher.question_terms(question, lang))
        if not self._why.get(lang, frozenset()).isdisjoint(terms) or (
                self._opens_polar(said[0], lang)
                and not _asks_for_a_fact(question, self.kb.lexicon_of(lang).open_questions)):
            # "why did he leave in the end": an answer gives its reason first, whatever else it tells; a claim
            # checked against one that opens with its yes or no ("No, not when the article was written: ...") hears
            # that verdict first
            return said[0]
        asked = terms - self.matcher.core_terms(item_id) - self._saying[lang]  # "does Ukraine say": not "NATO says"
        named = frozenset(t for s in self._follow_ups.sources_in(question, lang) for t in self._name_terms[s])
        shared = [math.fsum(self.matcher.weight(t) for t in asked.intersection(self._told(s, asked, lang, named)))
                  for s in said]
        return said[max(range(len(said)), key=lambda i: (shared[i], -i))]

    def _told(self, sentence: str, asked: set[str], lang: Language, named: frozenset[str]) -> frozenset[str]:
        """The terms a sentence answers: its own, and any penalty the question asks about when it tells of one
        ("can they get in trouble?" is answered by "warned of a criminal case")."""
        terms = self._sentence_terms(sentence, lang, named)
        penalties = self._penalties.get(lang, frozenset())
        return terms if terms.isdisjoint(penalties) else terms | (asked & penalties)

    def _sentence_terms(self, sentence: str, lang: Language, named: frozenset[str]) -> frozenset[str]:
        """The terms of a sentence of the base's own answers, keeping of the sources' names only the ``named``
        terms ("the Committee of Soldiers' Mothers" says nothing of soldiers unless the question names it)."""
        key = (sentence, lang)
        read = self._read_sentences.get(key)
        if read is None:
            bare = self._unnamed.sub(" ", sentence) if self._unnamed else sentence
            read = self._read_sentences[key] = (frozenset(self.matcher.question_terms(bare, lang)),
                                                frozenset(self.matcher.question_terms(sentence, lang)))
        bare_terms, all_terms = read
        return bare_terms | (all_terms & named)

    def _speakers(self, question: Question) -> set[str]:
        """Sources the question asks to hear from whose role lets them speak (outlets, alliances, governments)."""
        subjects = {p.source for p in question.parties if p.role == "subject"} - question.claimants()
        read = {p.source for p in question.parties}
        # a claim checked may name the wrong witness ("the CNN soldier said 'not our war', right?")
        roles = _SPEAKING_ROLES | {"anonymous_witness"} if question.checks else _SPEAKING_ROLES
        # «soldados rusos» are people; «el ejército ruso en Ucrania», a place, whoever's words follow it
        return {s for s in self._follow_ups.speakers_named(question)
                if self.kb.sources[s].role in roles and s not in subjects
                and not (self.kb.sources[s].role == "belligerent_government" and s not in read)}

    def _voices(self, entry: Entry) -> frozenset[str]:
        """Every source that makes or relays a claim of the entry, and the groups its people speak for."""
        return self._voices_of[entry.id]

    def _claim_voices(self, claim: Claim) -> set[str]:
        """Every source in the claim's chain, and the groups its people speak for."""
        return {v for s in claim.chain for v in (s, self._group_of(s))}

    def _group_of(self, source_id: str) -> str:
        source = self.kb.sources.get(source_id)
        return source.part_of or source_id if source else source_id

    def _speaker_entry(self, source_id: str) -> Entry | None:
        """"What did DW report?": the entry that leads with that source's claim, a topic's own entry first."""
        said = self._says.get(source_id, ())
        return said[0] if said else self._leading.get(source_id)

    def _leading_entry(self, source_id: str) -> Entry | None:
        openers = self._openers

        def rank(entry: Entry) -> tuple[bool, bool, int]:
            claims = self.kb.claims_of(entry)
            first = bool(claims) and source_id in self._claim_voices(claims[0])
            return (not first, entry.id not in openers, len(claims))

        voiced = [e for e in self.kb.entries.values()
                  if any(source_id in self._claim_voices(c) for c in self.kb.claims_of(e))]
        return min(voiced, key=rank) if voiced else None

    def _in_language(self, sources: list[Source], lang: Language) -> list[Source | SourceText]:
        """Each source's name and what the article cites it for, in ``lang`` where translated."""
        return [self.kb.source_text(s.id, lang) or s for s in sources]

    def _not_theirs(self, question: str, sources: list[Source], entry: Entry, score: float, lang: Language, *,
                    own: str | None = None) -> Answer:
        """A claim put in the wrong source's mouth: the article does not attribute it to them, and who it does;
        ``own``: what the article does give as theirs, said first."""
        names = " / ".join(n.name for n in self._in_language(sources, lang))
        made = self._entry_answer(question, entry, score, lang)
        lead = self.kb.messages.text("not-theirs", lang, names=names)
        opening = (f"{lead} {own}", made.parts[0]) if own is not None else (f"{lead} {made.parts[0]}",)
        return replace(made, parts=(*opening, *made.parts[1:]))

    def _not_from(self, question: str, sources: list[Source], nearest: Answer, lang: Language) -> Answer:
        say = self.kb.messages.text
        names = self._in_language(sources, lang)
        lines = [say("not-from", lang, names=" / ".join(n.name for n in names))]
        lines += [say("not-from-cited", lang, name=n.name, cited_for=n.cited_for) for n in names]
        related = (Choice(nearest.entry_id or "", self.kb.label(nearest.entry_id or "", lang)), *nearest.related)
        return Answer(question, "not_covered", False, tuple(lines), entry_id=None, score=nearest.score,
                      related=related[:MAX_CHOICES], not_covered_kind="silent", lang=lang)

    def _entry_answer(self, question: str, entry: Entry, score: float, lang: Language = "en") -> Answer:
        text = self._fit_opening(question, self.kb.answer_text(entry, lang), lang, entry.id)
        key = (entry.id, lang, text)
        made = self._made.get(key)
        if made is None:  # the base is read-only: an entry's answer in a language is composed once
            made = self._made[key] = self._compose(entry, text, lang)
        return replace(made, question=question, score=score)

    def _compose(self, entry: Entry, text: str, lang: Language) -> Answer:
        claims = self.kb.claims_of(entry)
        return Answer(
            question="",
            kind="answer",
            answered=True,
            parts=(text,),
            entry_id=entry.id,
            score=CERTAIN,
            sources=self._source_names(claims, lang),
            caveats=self._caveats(claims, text, lang),
            citations=tuple(self._citation(c, lang) for c in claims),
            related=tuple(Choice(r, self.kb.label(r, lang)) for r in entry.related if r in self.kb.entries),
            lang=lang,
        )

    def _fit_opening(self, question: str, text: str, lang: Language, entry_id: str = "") -> str:
        """An answer's leading yes or no only for the yes-or-no question it answers: "where does the right to
        resign come from" gets "As long as they follow the regulations: ...", not "No, as long as ...", and "is the
        officer going to prison?" no "Yes," that was written for "can they resign legally?"."""
        lexicon = self.kb.lexicon_of(lang)
        opening = next((p for p in lexicon.polar_openings if text.startswith(p)), None)
        if opening is None or not question:
            return text
        yes = _affirmative(opening, lexicon.polar_openings)
        # "give me the quote about denazification" asks for a fact too; "pásame info: ¿es cierto que ...?" checks
        requested = _asks_for_a_fact(question, lexicon.requests) and not self.matcher.read(question, lang).checks
        fits = not requested and not _asks_for_a_fact(question, lexicon.open_questions) \
            and self._on_its_point(question, entry_id, lang, own=yes)
        if fits and yes:
            fits = not self._asks_a_penalty_unnamed(question, text, lang)
        rest = text[len(opening):].lstrip()
        entry = self.kb.entries.get(entry_id)
        other_way = self.kb.other_way_words(entry, lang) if fits and entry is not None else []
        words = self.matcher.read(question, lang).words if other_way else ()
        denying = _DENYING.get(lang, frozenset())
        if entry is not None and other_way and _holds_any(words, other_way, unless_after=denying):
            # "do the videos break the Geneva Convention?": the yes or no of "are they legal?", turned round;
            # "can he resign legally or is it illegal?" asks which, not yes or no (an opening «чи» asks yes or no),
            # and so does a question that also asks the way a story beside it turns round («законно ли уволиться и
            # не будет ли он дезертиром?»: legal, yes; a deserter, no)
            which = _holds_any(words, self._turning_beside(entry, lang)) or not EITHER_OR.isdisjoint(words[1:])
            other = None if which else _other_way(opening, lexicon.polar_openings)
            return f"{other} {rest}" if other else _capital(rest)
        return text if fits else _capital(rest)

    def _turning_beside(self, entry: Entry, lang: Language) -> list[str]:
        """The words that turn round the yes or no of the stories beside an entry on its topic (for "can they resign
        legally?", those of "are they deserters?": "legal", "a right"): they ask the entry's own question."""
        return [w for r in entry.related if (other := self.kb.entries.get(r)) is not None and other.topic == entry.topic
                for w in self.kb.other_way_words(other, lang)]

    def _asks_a_penalty_unnamed(self, question: str, text: str, lang: Language) -> bool:
        """Whether the question asks about a penalty ("was he jailed for quitting?") that the answer's first
        sentence does not name: its yes answers another question ("can they resign legally?")."""
        penalties = self._penalties.get(lang, frozenset())
        if penalties.isdisjoint(self.matcher.read(question, lang).terms):
            return False
        return penalties.isdisjoint(self._sentence_terms(first_sentence(text), lang, frozenset()))

    def _fit_gap_opening(self, question: str, text: str, lang: Language) -> str:
        """A gap's yes or no only for a question on what that reply is about: "criminal case?" gets "Yes: the
        military warned him …", "was the cnn officer jailed?" the same reply without the "Yes" (who is asked about
        does not count)."""
        opening = next((p for p in self.kb.lexicon_of(lang).polar_openings if text.startswith(p)), None)
        if opening is None:
            return text
        rest = text[len(opening):].lstrip()
        asked = set(self.matcher.read(question, lang).terms) - self._who[lang]
        return text if asked & set(self.matcher.read(rest, lang).terms) else _capital(rest)

    def _on_its_point(self, question: str, entry_id: str, lang: Language, *, own: bool = False) -> bool:
        """Whether the question names what the entry's own yes or no is about (one of its core words). With
        ``own`` (a yes), a claim put to be checked must name what sets the entry apart: "my uncle says they get
        shot if they try to resign, does the article back him up?" gets no "Yes" written for whether resigning
        is legal."""
        read = self.matcher.read(question, lang)
        core = self.matcher.own_core_terms(entry_id) if own and read.checks else self.matcher.core_terms(entry_id)
        return not core or not core.isdisjoint(read.terms)

    def _gap_answered_yes_no(self, question: str, item: NotCovered, score: float,
                             lang: Language) -> tuple[str, Entry] | None:
        """The gap's yes or no and the entry whose story answers a yes-or-no question about a detail the article lacks
        ("was he named?": "no, he is anonymous", not "the article doesn't say"), if the gap has such an answer and is
        asked so."""
        yes_no = self.kb.yes_no_text(item, lang)
        if yes_no is None or not self._asks_yes_no(question, lang):
            return None
        if score < self.matcher.thresholds.short_answer \
                and not self.matcher.asks_gap(self.matcher.read(question, lang)):
            return None  # neither a close match ("зенит вчера выиграл?" is not the war) nor asked as "names of"
        near = next((self.kb.entries[n] for n in item.nearby if n in self.kb.entries), None)
        return (yes_no, near) if near is not None else None

    def _not_covered(self, question: str, item: NotCovered, score: float, lang: Language = "en") -> Answer:
        answered = self._gap_answered_yes_no(question, item, score, lang)
        if answered is not None:
            yes_no, near = answered
            base = self._entry_answer(question, near, score, lang)
            claims = self.kb.claims_of(near)
            yes_no = self._fit_gap_opening(question, yes_no, lang)
            return replace(base, parts=(yes_no,), caveats=self._caveats(claims, yes_no, lang))
        lead = self.kb.messages.text(LEADS[item.kind], lang) + " " if item.kind in LEADS else ""
        return Answer(
            question=question,
            kind="not_covered",
            answered=item.kind in ANSWERING_GAPS,
            parts=(lead + self.kb.reply_text(item, lang),),
            entry_id=item.id,
            score=score,
            related=self._nearby(item, lang),
            not_covered_kind=item.kind,
            lang=lang,
        )

    def _asks_yes_no(self, question: str, lang: Language) -> bool:
        """Whether the question asks yes or no: a yes-or-no word among its first words, or (where word order
        does not tell) a question mark without a word asking for a fact."""
        lexicon = self.kb.lexicon_of(lang)
        if lang in ("ru", "uk") and is_latin_script(question):
            question = cyrillic_from_latin(question, lang)  # "skolko let dayut ...?" asks for a fact, as «сколько» does
        words = tokens(question)
        last = _SENTENCES.split(question.strip())[-1]  # «сын контрактник, какой срок ...? сколько лет?» asks a term
        if any(_asks_for_a_fact(asked, lexicon.open_questions) for asked in {question, last}):
            return False
        if any(w in lexicon.yes_no_words for w in words[:3]):
            return True
        short = len(words) <= _BARE_TOPIC_WORDS  # "criminal case?" asks whether there was one
        if lang != "en" and any(0 < i < len(words) - 1 for i, w in enumerate(words) if w in EITHER):
            return True  # «rusia va ganando o perdiendo segun el articulo», typed without a question mark
        return (lang != "en" or short) and question.rstrip().endswith("?")

    def _nearby(self, item: NotCovered, lang: Language) -> tuple[Choice, ...]:
        """What to offer after "the article doesn't say": what it does say nearby, else (off topic) the topics."""
        nearby = () if item.kind == "off_topic" else tuple(
            Choice(n, self.kb.label(n, lang)) for n in item.nearby if n in self.kb.entries)
        return nearby or self._topic_choices(lang)

    def _citation(self, claim: Claim, lang: Language = "en") -> Citation:
        names = tuple(self.kb.source_name(s, lang) for s in claim.chain if s in self.kb.sources)
        translation = self.kb.quote_translation(claim, lang) if lang != "en" else None
        return Citation(claim.id, self.kb.source_name(claim.claimant, lang), names, claim.quote, claim.slide,
                        translation)

    def _source_names(self, claims: list[Claim], lang: Language = "en") -> tuple[str, ...]:
        names = [self.kb.source_name(s, lang) for c in claims for s in c.chain if s != "article"]
        return tuple(dict.fromkeys(names))

    def _caveats(self, claims: list[Claim], text: str, lang: Language = "en") -> tuple[str, ...]:
        """The claims' caveats that the answer does not already say, most important first, chat-sized."""
        said = set(content_words(text))
        texts = [self.kb.caveat_text(c, lang) for c in self.kb.caveats_of(claims)]
        fresh = [t for t in texts if not _repeats(content_words(t), said)]
        chosen = fresh[:1]
        for caveat in fresh[1:MAX_CAVEATS]:
            if len(text) + sum(len(c) for c in chosen) + len(caveat) <= CAVEAT_BUDGET:
                chosen.append(caveat)
        return tuple(chosen)

    def _chain_text(self, citation: Citation, lang: Language = "en") -> str:
        """'The officer, reported by CNN': who speaks and who passed it on before the article."""
        if len(citation.chain) <= 1:
            return _capital(citation.claimant)
        text = citation.chain[0]
        for reporter in citation.chain[1:-1]:
            text = self.kb.messages.text("reported-by", lang, speaker=text, reporter=reporter)
        return _capital(text)

    def nearest(self, text: str) -> tuple[str | None, float]:
        """The best-scoring entry for ``text`` and its score, whatever the verdict (for curators' reports)."""
        ranked = self.matcher.rank(text, 1)[1]
        return (ranked[0].id, ranked[0].score) if ranked else (None, 0.0)

    def _topic_choices(self, lang: Language = "en") -> tuple[Choice, ...]:
        return tuple(Choice(t.entry, self.kb.topic_label(t, lang)) for t in self.kb.topics.values()
                     if t.entry in self.kb.entries)


_BRIEF = 150
"""Length from which a line of a several-point reply ends at a clause when the points would not fit otherwise."""
_CLAUSE_END = re.compile(r",\s|\s[—–]\s|;\s")


def _brief(line: str) -> str:
    """A point's line cut at its last clause break before ``_BRIEF`` characters, outside quotation marks ("Unlikely,
    according to the article: ... "unless things get much worse"…"); a line with no such break stays whole."""
    if len(line) <= _BRIEF:
        return line
    cuts = [m.start() for m in _CLAUSE_END.finditer(line, 0, _BRIEF) if m.start() >= _BRIEF // 2
            and _quotes_closed(line[: m.start()])]
    return f"{line[: cuts[-1]].rstrip(' ,;:')}…" if cuts else line


def _quotes_closed(head: str) -> bool:
    return head.count('"') % 2 == 0 and head.count("“") == head.count("”") and head.count("«") == head.count("»")


def first_sentence(text: str) -> str:
    """The answer's first sentence: the one that answers (what a line of a several-point reply shows).

    A full stop inside a quotation does not end it: "We decided to quit. There were 14 of us," is kept whole.
    """
    return sentences(text)[0]


def _affirmative(opening: str, openings: Sequence[str]) -> bool:
    """Whether an answer's opening says yes: it starts with the word of the lexicon's first opening, its yes."""
    return bool(openings) and opening.split()[0].rstrip(",:") == openings[0].split()[0].rstrip(",:")


def _holds_any(words: Sequence[str], beginnings: Sequence[str], unless_after: frozenset[str] = frozenset()) -> bool:
    """Whether ``words`` hold one of ``beginnings`` (a word's start, or a phrase's: "violat", "against the law"), not
    just after one of ``unless_after`` ("they have no legal right to quit" does not ask whether they have one)."""
    said = " ".join(words)
    for beginning in beginnings:
        for found in re.finditer(rf"(?<!\w){re.escape(beginning.casefold())}", said):
            if unless_after.isdisjoint(said[: found.start()].split()[-_DENIED_WITHIN:]):
                return True
    return False


def _other_way(opening: str, openings: Sequence[str]) -> str | None:
    """The opening that says the opposite, with the same punctuation ("No:" for "Yes:"); ``None`` for one that is
    neither yes nor no ("Not necessarily:"). Openings are listed yes, yes, no, no, then the rest."""
    i = list(openings).index(opening)
    return openings[i + 2] if i < 2 and len(openings) > 3 else openings[i - 2] if 2 <= i < 4 else None


def sentences(text: str, ends: re.Pattern[str] = _SENTENCE_END,
              starts: Callable[[str], bool] | None = None) -> list[str]:
    """A text's sentences; a full stop inside a quotation ends none. With ``starts``, only where the text after the
    end ``starts`` a sentence ("'...' so what does the article say?": the asker's own question)."""
    text = text.strip()
    out: list[str] = []
    start = 0
    for end in ends.finditer(text):
        if _quotes_closed(text[start : end.start()]) and (starts is None or starts(text[end.end() :])):
            out.append(text[start : end.start()])
            start = end.end()
    out.append(text[start:])
    return out


@lru_cache(maxsize=8_192)
def content_words(text: str) -> tuple[str, ...]:
    """Stems of a text's longer words: what two sentences share when they say the same thing (cached: the
    texts are the base's own)."""
    return tuple(stem(w) for w in tokens(text) if len(w) > 3)


def _runs_in(words: Sequence[str], text: Sequence[str]) -> bool:
    """Whether ``words`` appear in ``text`` one after another, in their order."""
    size = len(words)
    return any(tuple(text[i : i + size]) == tuple(words) for i in range(len(text) - size + 1))


def _repeats(words: tuple[str, ...], said: set[str]) -> bool:
    """Whether a caveat mostly repeats the answer (two thirds of its words are already there)."""
    return bool(words) and sum(w in said for w in words) >= 2 * len(words) / 3


_FEW_WORDS_QUOTED = re.compile(r"[\"“«]([^\s\"“”«»]+(?:\s+[^\s\"“”«»]+)?)[\"”»]"
                               r"|(?<!\w)'([^\s'\"]+(?:\s+[^\s'\"]+)?)'(?!\w)")
"""One or two words in quotation marks («денацифікацію», "cheated", 'nazis ucranianos'): a term, not a quote that
ends a point."""
_SAID_QUOTED = re.compile(r"\b(said|say|says|сказал|сказала|сказали|сказав|dijo|dice)\s+"
                          r"(?:[\"“«]([^\"“”«»]+)[\"”»]|'([^']+)')(?=\s*(?:\?|$))", re.IGNORECASE)
"""A quote that ends a question as what someone said ("who's the soldier who said 'this is not our war'?"): the
question's own words, not a point of its own."""
_QUOTE_WORDS = 3
"""Fewest words of a quote a message checks for "yes" to answer it: one quoted word ('denazify') is no quote of
anyone ("were they told they'd 'denazify' Ukraine?" is answered "No")."""
_ATTRIBUTED = ": "
"""Where a quoted post ends saying who spoke and starts their words ("a soldier told the BBC: this is not our war")."""
_ACRONYM = re.compile(r"\b[A-Z]{2,5}\b")
"""A name typed in capitals ("BBC", "RT"): once the sources' own names are taken out, an outlet the article never
names, unless it is an everyday word typed loud ("TV", "OK", "NOT", "US") or chat shorthand ("OMG", "FAKE")."""
_EVERYDAY_ZIPF = 5.0
"""How common in English a word in capitals may be, at most, to be a name ("bbc" 4.6), not a word typed loud ("tv")."""
_SPEAKER = re.compile(
    r"(?<!\w)([A-ZА-ЯІЇЄҐ][a-zа-яіїєґ'’]{2,})\s+(?:(?:himself|herself|personally|сам|сама|лично|особисто|"
    r"mismo|misma|en persona)\s+)?(?:said|says|admitted|admits|claimed|claims|stated|declared|told|"
    r"сказал|сказала|заявил|заявила|признал|признала|сказав|заявив|визнав|визнала|"
    r"dijo|admitió|afirmó|declaró|reconoció)\b")
"""A capitalised word right before a verb of saying ("Putin himself admitted"): a name, when it is rare ("He said" is
not)."""
_NOT_OUTLETS = frozenset("FAKE OMG PLS PLZ WTF FYI IMO BTW LMAO IDK TBH NGL SMH RN".split())
"""Chat shorthand and words typed loud that are rare enough in English to pass for a name."""
_QUOTED_BESIDE = 1
"""Most terms a message quoting a witness may have besides the quote, who said it and "true?" ("real quote?"), for
"yes" to answer it, and never a number: more may claim more than the quote ("... and 500 of them deserted")."""


def _attributed(phrase: str) -> tuple[str, str]:
    """A quoted post split into who it says spoke and their words ("a soldier told the BBC", "this is not our war");
    without such a split, nobody and nothing."""
    said, mark, words = phrase.rpartition(_ATTRIBUTED)
    return (said, words) if mark else ("", "")


def _telling_pair(part: str, lang: Language) -> bool:
    """Whether a two-word part says what it asks about («соромно було?», "shell shock?"), unlike "who said"."""
    words = tokens(part)
    return len(words) == _MIN_CLAUSE_WORDS - 1 and max(rarity(w, lang) for w in words) >= _TELLING_WORD


def _only_punctuation_between(text: str, first: str, then: str) -> bool:
    """Whether, in ``text``, nothing but punctuation and spaces stands between its part ``first`` and the part
    ``then`` after it (no "and", «и», "+" or "&" joining two questions)."""
    start = text.find(first)
    end = text.find(then, start + len(first)) if start >= 0 else -1
    return end >= 0 and not any(c.isalnum() or c in "+&" for c in text[start + len(first) : end])


def _asks_for_a_fact(question: str, open_words: list[str]) -> bool:
    """Whether the question opens (after "and", "so", "ok" or a preposition) with a word asking for a fact ("why",
    "где", «по какой»)."""
    words = tokens(question)
    starts = [words]
    while len(starts) <= _LEADING_WORDS and len(starts[-1]) > 1 and starts[-1][0] in _LEADING:
        starts.append(starts[-1][1:])  # «ну и кто...», "and so why..."
    return any(f"{' '.join(start[:4])} ".startswith(f"{w} ") for start in starts for w in open_words)


_BEING = frozenset("were are was r они такие эти были вони такі ці були son eran fueron".split())
"""Words after "who" that ask who people were ("who were the 14", «хто вони такі»), not who said a figure."""


def _asks_who_they_were(q: Question) -> bool:
    """Whether a message asks who the people it counts are ("who were the 14 who quit?", «хто вони такі?»)."""
    return any(w in WHO and after in _BEING for w, after in itertools.pairwise(q.words))


def _opening(words: Sequence[str]) -> str:
    """The first word of a question past the words a chat opens it with: "ok but how many died" opens with "how"."""
    return next((w for w in words if w not in _CONTINUATIONS), "")


_LEADING_WORDS = 2
_CONTINUATIONS = CLAUSE_STARTS | frozenset("ok okay then well так то ну entonces pues bueno".split())
_PREPOSITIONS = frozenset("in on at of for from by with по за в на з із у о об от до про для en de con para".split())
"""Words before a question word that still ask for a fact: «по какой статье», "in which battalion"."""
_LEADING = _CONTINUATIONS | _PREPOSITIONS | GREETINGS | POLITE  # «Уважаемый бот, сколько лет дают ...?»


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _score(match: Match) -> float:
    return match.best.score if match.best else (match.candidates[0].score if match.candidates else 0.0)


def _role(kb: KnowledgeBase, source_id: str) -> str | None:
    source = kb.sources.get(source_id)
    return source.role if source is not None else None


def load_answerer(knowledge_dir: Path, stem_cache: Path | None = None) -> Answerer:
    """Load and check the base, then build the matcher: the one way adapters get an ``Answerer``.

    ``stem_cache`` is a file of the base's words already reduced (``bot.kb.stemcache``): read before the
    build when it is current, rewritten after it when it was not; it spares a restart most of its time. It also
    keeps the digest of the files last checked clean: a restart on the very same files skips the cross-checks.
    Beside it, ``index.pickle`` keeps the built answerer itself (``bot.core.index_cache``): a restart on the same
    files and code reads it back instead of building, and builds (and rewrites it) when anything changed.

    The base is read-only from here on, so its objects are moved out of the garbage collector's sight
    (``gc.freeze``): collections then scan only what a question allocates, which keeps latency flat. Collection
    waits while it is built (a tenth of a first start went to rescanning objects that all live on).
    """
    collecting = gc.isenabled()
    gc.disable()  # what is built here lives as long as the bot: collections during the build only rescan it
    try:
        seeded = read_cache(stem_cache) if stem_cache else Seeded()
        digest = knowledge_digest(knowledge_dir) if stem_cache else ""
        index = stem_cache.with_name(INDEX_CACHE) if stem_cache else None
        key = index_key(digest) if index else b""
        answerer = read_index(index, key) if index else None
        if not isinstance(answerer, Answerer):
            answerer = Answerer(load_knowledge(knowledge_dir, checked=bool(digest) and digest == seeded.checked))
            if index:
                save_index(index, key, answerer)
        if stem_cache:
            save_reductions(stem_cache, seeded, digest)
        forget_texts()
        gc.collect()
        gc.freeze()
    finally:
        if collecting:
            gc.enable()
    return answerer


def converse(answerer: Answerer, messages: Iterable[str], prefer: Language | None = None) -> list[Answer]:
    """Answer messages in order in one chat, each with the context the previous one left; ``prefer`` is the
    user's language for messages that cannot tell their own."""
    context: Context | None = None
    answers = []
    for message in messages:
        answer = answerer.answer(message, context, prefer)
        answers.append(answer)
        context = answer.context()
    return answers
