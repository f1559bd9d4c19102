package news.quotes;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Curated word classes the quote extractor reasons with. Each list names a class of words
 * (speech verbs, role nouns, honorifics, organisation heads...), never a sentence of a corpus.
 * All entries are lower case; look-ups take lower-cased tokens.
 */
final class Lexicon {
    private Lexicon() {}

    /** Inflected speech-verb form -> lemma. Built from lemmas plus regular/irregular inflections. */
    static final Map<String, String> CUE_FORMS = new HashMap<>();
    /** Lemmas whose cue is only strong enough for an adjacent quote or a partial quote ("described it as"). */
    static final Set<String> WEAK_CUES = Set.of("describe", "call", "suggest", "accuse", "claim", "deny",
            "dismiss", "label", "brand", "term", "promise", "vow", "pledge", "urge", "demand", "predict", "estimate",
            "echo", "report", "blast", "slam", "hail", "praise", "denounce", "condemn", "decry", "criticise",
            "criticize", "lambast", "lambaste", "tout");

    static {
        // Regular speech verbs (documented in README: "cue lexicon").
        for (String v : new String[] {"add", "ask", "note", "warn", "insist", "state", "declare", "explain",
                "claim", "argue", "announce", "reply", "respond", "answer", "continue", "stress", "emphasise",
                "emphasize", "tweet", "post", "comment", "remark", "acknowledge", "admit", "recall", "conclude",
                "predict", "promise", "vow", "pledge", "urge", "describe", "call", "suggest", "exclaim", "shout",
                "whisper", "mutter", "complain", "boast", "concede", "confirm", "deny", "allege", "assert",
                "maintain", "observe", "report", "testify", "caution", "counter", "retort", "recount",
                "reiterate", "contend", "demand", "wonder", "estimate", "accuse", "dismiss", "joke", "quip",
                "point", "repeat", "scoff", "snap", "plead", "implore", "cry", "yell", "muse", "echo",
                "tell", "say", "write", "speak", "label", "brand", "term",
                // manner of speaking and stance: how the words came out, not what they report
                "interject", "sigh", "agree", "concur", "disagree", "object", "protest", "interrupt", "laugh",
                "chuckle", "groan", "scream", "murmur", "gasp", "grumble", "lament", "marvel", "elaborate",
                "clarify", "reveal", "disclose", "confide", "confess", "speculate", "assure", "reassure",
                "remind", "inform", "beg", "sneer", "growl", "bark", "thunder", "fume", "chime", "hiss", "sob",
                "giggle", "gush", "rave", "opine", "posit", "theorise", "theorize", "rant", "rejoin", "stammer",
                "stutter", "sputter", "blurt", "crow", "huff", "smirk", "rasp", "hint", "indicate",
                // praise and blame: "blasted the deal as 'morally wrong'"
                "blast", "slam", "hail", "praise", "denounce", "condemn", "decry", "criticise", "criticize",
                "lambast", "lambaste", "tout",
                // advice and testimony in features: "Dan advises", "Wilgus shares", "she recommends"
                "advise", "recommend", "share"}) {
            addRegular(v);
        }
        // Irregular forms.
        put("said", "say"); put("says", "say"); put("say", "say"); put("saying", "say");
        put("told", "tell"); put("tells", "tell"); put("tell", "tell"); put("telling", "tell");
        put("wrote", "write"); put("writes", "write"); put("write", "write"); put("writing", "write"); put("written", "write");
        put("spoke", "speak"); put("speaks", "speak"); put("speaking", "speak"); put("spoken", "speak");
        put("cried", "cry"); put("cries", "cry");
        put("replied", "reply"); put("replies", "reply");
        put("denied", "deny"); put("denies", "deny");
        put("testified", "testify"); put("testifies", "testify");
        put("snapped", "snap");
        put("read", "read"); put("reads", "read"); // only after a document: "the statement read"
        put("emphasised", "emphasise"); put("emphasized", "emphasize");
    }

    private static void put(String form, String lemma) {
        CUE_FORMS.put(form, lemma);
    }

    private static void addRegular(String lemma) {
        if (lemma.equals("say") || lemma.equals("tell") || lemma.equals("write") || lemma.equals("speak")) return;
        put(lemma, lemma);
        if (lemma.endsWith("y") && !lemma.endsWith("ey") && !lemma.endsWith("ay")) {
            String stem = lemma.substring(0, lemma.length() - 1);
            put(stem + "ies", lemma);
            put(stem + "ied", lemma);
            put(lemma + "ing", lemma);
        } else if (lemma.endsWith("e")) {
            put(lemma + "s", lemma);
            put(lemma + "d", lemma);
            put(lemma.substring(0, lemma.length() - 1) + "ing", lemma);
        } else if (lemma.endsWith("sh") || lemma.endsWith("ss") || lemma.endsWith("ch") || lemma.endsWith("o")) {
            put(lemma + "es", lemma);
            put(lemma + "ed", lemma);
            put(lemma + "ing", lemma);
        } else {
            put(lemma + "s", lemma);
            put(lemma + "ed", lemma);
            put(lemma + "ing", lemma);
            if (doublesFinalConsonant(lemma)) { // quip -> quipped, sob -> sobbed
                String last = lemma.substring(lemma.length() - 1);
                put(lemma + last + "ed", lemma);
                put(lemma + last + "ing", lemma);
            }
            if (lemma.equals("admit")) {
                put("admitted", lemma);
                put("admitting", lemma);
            }
        }
    }

    /** Cues that say how something was said, strong enough after a quote but not for indirect speech. */
    static final Set<String> MANNER_CUES = set("interject", "sigh", "laugh", "chuckle", "groan", "scream", "murmur",
            "gasp", "grumble", "lament", "marvel", "sneer", "growl", "bark", "thunder", "fume", "chime", "hiss",
            "sob", "giggle", "gush", "rave", "rant", "rejoin", "stammer", "stutter", "sputter", "blurt", "crow",
            "huff", "smirk", "rasp", "quote", "joke", "quip", "scoff", "snap", "shout", "whisper", "mutter", "yell",
            "cry", "exclaim", "muse", "echo", "repeat", "continue", "ask", "wonder", "agree", "concur", "disagree",
            "object", "protest", "interrupt", "beg", "plead", "implore", "post", "tweet", "write", "speak",
            "answer", "reply", "respond", "retort", "counter", "read", "point", "comment", "remark", "recall",
            "recount", "testify", "share", "advise", "recommend");

    /** Time words that may follow a cue before its reported clause ("said Monday that"). */
    static final Set<String> TIME_WORDS = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "week", "month", "year", "weekend", "morning", "afternoon", "evening", "night", "today",
            "yesterday", "tonight", "ago", "on");

    /** A short verb ending consonant-vowel-consonant doubles its last letter before -ed/-ing. */
    private static boolean doublesFinalConsonant(String v) {
        int n = v.length();
        if (n < 3 || n > 4) return false;
        String vowels = "aeiou";
        char c1 = v.charAt(n - 3), c2 = v.charAt(n - 2), c3 = v.charAt(n - 1);
        boolean qu = c1 == 'u' && n == 4 && v.charAt(0) == 'q'; // "qu" is a consonant: quip
        return (vowels.indexOf(c1) < 0 || qu) && vowels.indexOf(c2) >= 0 && vowels.indexOf(c3) < 0 && "wxy".indexOf(c3) < 0;
    }

    static String cueLemma(String lower) {
        return CUE_FORMS.get(lower);
    }

    /** Words that may stand between a subject and its cue verb, or after it, without breaking the link. */
    static final Set<String> ADVERBS = set("also", "recently", "previously", "later", "earlier", "again", "then",
            "repeatedly", "reportedly", "has", "have", "had", "was", "is", "were", "would", "will", "once", "further",
            "separately", "subsequently", "publicly", "privately", "first", "today", "yesterday", "tonight", "just",
            "already", "still", "often", "frequently", "since", "late", "early", "last", "this", "on", "in", "at",
            "told", "simply", "flatly", "bluntly", "angrily", "calmly", "quietly", "firmly", "openly", "clearly",
            "ominously", "defiantly", "confidently", "sharply", "proudly", "happily", "sadly", "wryly", "tearfully",
            "emphatically", "explicitly", "himself", "herself", "themselves", "subsequently", "afterwards",
            "afterward", "elsewhere", "there", "here", "however", "too", "meanwhile", "now", "never", "not",
            "always", "even", "shortly", "immediately", "briefly", "morning", "afternoon", "evening", "night",
            "week", "month", "year", "weekend", "ago", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");

    static final Set<String> WEEKDAYS_MONTHS = set("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec");

    /** Role nouns: a mention built on one of these describes a person. */
    static final Set<String> ROLES = set("president", "vice-president", "minister", "secretary", "spokesman",
            "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "adviser", "advisor", "aide", "official",
            "governor", "gov", "mayor", "analyst", "expert", "commander", "general", "chief", "head", "leader",
            "founder", "director", "chairman", "chairwoman", "chair", "ceo", "executive", "ambassador", "envoy",
            "diplomat", "senator", "sen", "lawmaker", "legislator", "mp", "representative", "rep", "deputy",
            "chancellor", "premier", "king", "queen", "prince", "princess", "pope", "judge", "prosecutor",
            "lawyer", "attorney", "professor", "prof", "researcher", "economist", "historian", "scientist",
            "doctor", "officer", "soldier", "colonel", "col", "lieutenant", "lt", "captain", "capt", "sergeant",
            "sgt", "admiral", "marshal", "commissioner", "councillor", "councilman", "councilwoman", "candidate",
            "activist", "resident", "witness", "member", "correspondent", "journalist", "reporter", "editor",
            "columnist", "author", "manager", "owner", "speaker", "sheriff", "coach", "counterpart", "negotiator",
            "colleague", "mediator", "rector", "archbishop", "referee", "umpire", "novelist", "writer", "poet", "artist",
            "singer", "actor", "actress", "producer", "filmmaker", "designer", "architect", "administrator",
            "chef", "pastor", "priest", "nun", "monk", "mufti", "cleric", "principal", "dean", "provost",
            "chancellor", "trustee", "treasurer", "auditor", "regulator", "ombudsman", "coroner", "paramedic",
            "firefighter", "spokesman", "entrepreneur", "billionaire", "tycoon", "magnate", "lobbyist", "chair", "striker", "midfielder", "defender", "goalkeeper", "partner",
            "deputy", "successor", "predecessor", "rival", "opponent", "challenger", "incumbent", "mp", "mep",
            "strategist", "consultant", "economist", "banker", "investor", "founder", "co-founder", "boss",
            "commentator", "observer", "source", "sources", "officials", "advisers", "advisors", "aides",
            "leaders", "experts", "analysts", "ministers", "diplomats", "lawmakers", "residents", "witnesses",
            "officers", "soldiers", "commanders", "ally", "allies", "presidents", "emir", "sheikh", "ayatollah", "cardinal", "bishop",
            "rabbi", "imam", "premier", "dictator", "monarch", "tsar", "czar", "strongman", "warlord", "nurse",
            "physician", "surgeon", "teacher", "student", "farmer", "worker", "volunteer", "survivor",
            "mother", "father", "woman", "man", "fighter", "veteran", "superintendent", "inspector",
            "detective", "attaché", "attache", "undersecretary", "secretary-general", "president-elect",
            "chairperson", "presenter", "host", "founder", "scholar", "fellow", "lecturer", "psychologist",
            "epidemiologist", "virologist", "engineer", "pilot", "commentator");

    /** Plural or collective descriptions: their pronoun is "they". */
    static final Set<String> PLURAL_ROLES = set("officials", "advisers", "advisors", "aides", "leaders",
            "experts", "analysts", "ministers", "diplomats", "lawmakers", "residents", "witnesses", "officers",
            "soldiers", "commanders", "sources", "spokespeople", "spokesmen", "authorities", "people",
            "protesters", "critics", "allies", "presidents", "investigators", "police", "prosecutors", "researchers", "scientists");

    /** Titles/honorifics written before a name and kept out of the canonical name. */
    static final Set<String> HONORIFICS = set("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame",
            "lord", "lady", "rev", "fr", "gen", "col", "lt", "capt", "sgt", "sen", "rep", "gov", "adm", "maj",
            "hon", "president", "prime", "minister", "secretary", "chancellor", "governor", "senator",
            "representative", "mayor", "general", "king", "queen", "pope", "prince", "princess", "judge",
            "justice", "chief", "deputy", "vice", "ambassador", "commander", "colonel", "major", "captain",
            "lieutenant", "sheikh", "emir", "crown", "foreign", "defence", "defense", "interior", "finance",
            "state", "of", "premier", "speaker", "attorney", "spokesman", "spokeswoman", "spokesperson",
            "adviser", "advisor", "sergeant", "admiral", "marshal", "officer", "director", "chairman",
            "chairwoman", "ceo", "founder", "head", "leader", "economy", "trade", "health", "justice",
            "education", "energy", "transport", "agriculture", "culture", "labour", "labor", "home",
            "national", "security", "general-secretary", "secretary-general", "vice-president", "ayatollah",
            "cardinal", "bishop", "rabbi", "imam", "tsar", "czar", "analyst", "expert", "official", "aide",
            "counterpart", "envoy", "diplomat", "lawmaker", "mp", "councillor", "commissioner");

    /** Courtesy titles: they say nothing about a role. */
    static final Set<String> COURTESY = set("mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady",
            "rev", "fr", "hon", "prof");

    static final Set<String> MALE_TITLES = set("mr", "sir", "lord", "king", "prince", "spokesman", "chairman",
            "councilman", "congressman", "father", "man", "sheikh", "emir", "fr");
    static final Set<String> FEMALE_TITLES = set("mrs", "ms", "miss", "dame", "lady", "queen", "princess",
            "spokeswoman", "chairwoman", "councilwoman", "congresswoman", "mother", "woman");

    /** Common female given names across languages (a class list for pronoun agreement, not exhaustive). */
    static final Set<String> FEMALE_NAMES = set("hanna", "anna", "ann", "anne", "maria", "mary", "marie",
            "olena", "elena", "helen", "helena", "iryna", "irina", "natalia", "natalya", "nataliya", "olga",
            "tetiana", "tatiana", "tatyana", "yulia", "yuliia", "julia", "julie", "kateryna", "ekaterina",
            "catherine", "katherine", "kate", "kamala", "hillary", "angela", "ursula", "nancy", "liz",
            "elizabeth", "margaret", "theresa", "jacinda", "sanna", "kaja", "annalena", "giorgia", "marine",
            "christine", "kristalina", "jennifer", "jessica", "sarah", "sara", "susan", "karen", "lisa", "laura",
            "emily", "emma", "olivia", "sophie", "sophia", "linda", "patricia", "barbara", "michelle", "nikki",
            "karine", "antonia", "lyudmila", "svetlana", "oksana", "victoria", "viktoria", "valentina", "yulia",
            "maya", "mia", "leila", "fatima", "aisha", "amina", "priya", "sonia", "indira", "benazir", "golda",
            "ruth", "rachel", "rebecca", "hannah", "eva", "ewa", "agnieszka", "beata", "magdalena", "ines",
            "carmen", "isabel", "ana", "lucia", "claudia", "dilma", "cristina", "mette", "ingrid", "greta",
            "samantha", "janet", "gina", "marjorie", "nancy", "alexandria", "ilhan", "kristi", "kristen",
            "kirsten", "tulsi", "amy", "elise", "heather", "rosa", "veronika", "daria", "darya", "alina",
            "marina", "galina", "larisa", "zoya", "inna", "lesia", "lesya", "halyna", "liudmyla", "maryna",
            "nadia", "nadiya", "yevheniia", "yevgenia", "vera", "nina", "lily", "grace", "chloe", "zoe",
            "alice", "jane", "joan", "louise", "diane", "dianne", "carol", "caroline", "charlotte", "penny",
            "penelope", "mira", "kemi", "suella", "priti", "rishi_no", "yvette", "harriet", "andrea", "rachel");

    /** Common male given names across languages (a class list for pronoun agreement, not exhaustive). */
    static final Set<String> MALE_NAMES = set("john", "james", "robert", "michael", "william", "david", "richard",
            "joseph", "thomas", "charles", "christopher", "daniel", "matthew", "anthony", "antony", "mark", "donald",
            "steven", "paul", "andrew", "joshua", "kenneth", "kevin", "brian", "george", "edward", "ronald",
            "timothy", "jason", "jeffrey", "ryan", "jacob", "gary", "nicholas", "eric", "jonathan", "stephen",
            "larry", "justin", "scott", "brandon", "benjamin", "samuel", "frank", "gregory", "raymond", "alexander",
            "patrick", "jack", "dennis", "jerry", "tyler", "aaron", "jose", "adam", "henry", "nathan", "douglas",
            "zachary", "peter", "piotr", "pyotr", "kyle", "walter", "ethan", "jeremy", "harold", "keith", "christian",
            "roger", "noah", "gerald", "carl", "terry", "sean", "austin", "arthur", "lawrence", "jesse", "dylan",
            "bryan", "joe", "jordan", "billy", "bruce", "albert", "willie", "gabriel", "logan", "alan", "juan",
            "wayne", "roy", "ralph", "randy", "eugene", "vincent", "russell", "elijah", "louis", "bobby", "philip",
            "johnny", "vladimir", "volodymyr", "dmitry", "dmitri", "sergei", "sergey", "serhiy", "oleksandr",
            "aleksandr", "alexei", "alexey", "oleksiy", "mykhailo", "mikhail", "yevgeny", "evgeny", "ivan", "igor",
            "ihor", "andriy", "andrei", "andrey", "vitali", "vitaliy", "viktor", "victor", "yuri", "yuriy", "boris",
            "nikolai", "mykola", "oleg", "oleh", "pavel", "pavlo", "vasyl", "vasily", "denys", "denis", "kirill",
            "ramzan", "xi", "li", "wang", "emmanuel", "olaf", "rishi", "boris", "keir", "justin", "recep", "narendra",
            "benjamin", "joe", "barack", "donald", "mike", "jens", "antonio", "pedro", "carlos", "luiz", "jair",
            "mohammed", "muhammad", "ahmed", "ali", "omar", "hassan", "hussein", "abdullah", "ibrahim", "yusuf",
            "marco", "luca", "giuseppe", "francesco", "giovanni", "hans", "klaus", "jurgen", "wolfgang", "stefan",
            "friedrich", "karl", "pierre", "jean", "jacques", "francois", "michel", "laurent", "nicolas", "hector",
            "diego", "javier", "miguel", "rafael", "fernando", "ricardo", "roberto", "paulo", "joao", "tom", "tim",
            "bill", "bob", "jim", "ted", "ken", "sam", "ben", "dan", "nick", "chris", "matt", "steve", "greg",
            "hiroshi", "kenji", "haruto", "takeshi", "gareth", "rhys", "dafydd", "liam", "conor", "seamus",
            "olusegun", "chukwuemeka", "kwame", "kofi", "jomo", "uhuru", "cyril", "jacob", "nelson", "roland",
            "jonas", "vinay", "rahul", "amit", "arvind", "sanjay", "subrahmanyam", "yevgeniy", "gennady", "anatoly", "lev");

    /** Head words of organisations, institutions and groups: such mentions can speak but are not persons. */
    static final Set<String> ORG_HEADS = set("ministry", "office", "agency", "army", "government", "kremlin",
            "military", "forces", "force", "group", "company", "corporation", "corp", "inc", "ltd", "llc",
            "council", "committee", "commission", "department", "administration", "service", "services",
            "police", "court", "parliament", "party", "union", "federation", "bank", "fund", "organization",
            "organisation", "association", "institute", "university", "press", "news", "media", "network",
            "command", "headquarters", "staff", "embassy", "mission", "navy", "guard", "authority",
            "authorities", "regime", "cabinet", "senate", "congress", "pentagon", "nato", "un", "eu", "who",
            "imf", "opec", "house", "coalition", "alliance", "assembly", "bureau", "directorate", "board",
            "team", "club", "foundation", "times", "post", "journal", "tribune", "herald", "telegraph",
            "guardian", "reuters", "afp", "ap", "bbc", "cnn", "tass", "ria", "interfax", "belta", "xinhua",
            "statement", "spokesperson's", "centre", "center", "unit", "brigade", "battalion", "division",
            "regiment", "corps", "ministries", "governments", "presidency", "secretariat", "state", "states",
            "kingdom", "republic", "federation", "city", "region", "province", "oblast");

    /** Documents and sources that can be quoted like speakers ("according to the report"). */
    static final Set<String> SOURCE_NOUNS = set("report", "study", "survey", "statement", "document", "documents",
            "analysis", "poll", "data", "figures", "estimates", "memo", "letter", "filing", "complaint",
            "indictment", "ruling", "verdict", "assessment", "review", "audit", "investigation", "paper",
            "transcript", "release", "bulletin", "notice", "guidance", "website", "source", "sources");

    /** Nouns that can "read" a text: "the statement read", "the sign reads". */
    static final Set<String> READABLE = set("statement", "letter", "message", "sign", "post", "tweet", "note",
            "caption", "headline", "banner", "notice", "release", "email", "e-mail", "text", "memo", "card",
            "placard", "poster", "inscription", "order", "decree", "report", "document", "filing", "complaint",
            "indictment", "ruling", "lawsuit", "petition", "update", "announcement", "communique", "communiqué");

    /** Channels of publication named after a cue ("told CNN", "wrote on Twitter"). */
    static final Set<String> MEDIA = set("cnn", "bbc", "reuters", "ap", "afp", "twitter", "x", "telegram",
            "facebook", "instagram", "youtube", "tiktok", "television", "radio", "fox", "nbc", "cbs", "abc",
            "msnbc", "npr", "bloomberg", "politico", "axios", "sky", "itv", "cnbc", "tass", "ria", "interfax",
            "xinhua", "belta", "ukrinform", "interfax-ukraine", "al", "jazeera", "dw", "france", "euronews",
            "truth", "social", "threads", "linkedin", "reddit", "substack", "whatsapp", "weibo", "wechat", "vk",
            "podcast", "media", "reporters", "journalists", "press");

    /** Nouns naming the occasion of a statement ("in a statement", "in his nightly address"). */
    static final Set<String> OCCASIONS = set("statement", "address", "interview", "speech", "post", "video",
            "message", "conference", "briefing", "tweet", "broadcast", "podcast", "letter", "op-ed", "column",
            "appearance", "remarks", "comments", "update", "note", "email", "e-mail", "call", "meeting",
            "session", "hearing", "rally", "event", "summit", "debate", "testimony", "announcement",
            "declaration", "communique", "communiqué", "report", "blog", "documentary", "show", "programme",
            "program", "appeal");

    /** Determiners that open a description ("the Ukrainian leader", "an adviser"). */
    static final Set<String> DETERMINERS = set("the", "a", "an", "another", "one", "two", "three", "several",
            "some", "many", "his", "her", "its", "their", "our", "this", "that", "these", "those", "both");

    static final Set<String> PRONOUNS = set("he", "she", "they", "it", "we", "i");

    /** Words that end a subject phrase when walking left from a cue verb. */
    static final Set<String> CLAUSE_BREAKS = set("that", "and", "but", "or", "while", "whereas", "because",
            "although", "though", "as", "when", "after", "before", "since", "if", "which", "who", "whom",
            "whose", "where", "so", "yet", "nor", "than", "whether", "unless", "until", "once", "what",
            "how", "why", "then");

    /** Sentence-initial capitalised function words that never begin a name. */
    static final Set<String> FUNCTION_WORDS = set("the", "a", "an", "in", "on", "at", "but", "and", "for", "after",
            "before", "as", "when", "while", "with", "by", "from", "to", "of", "if", "it", "its", "this", "that",
            "these", "those", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "your",
            "there", "here", "so", "yet", "or", "nor", "not", "no", "yes", "also", "still", "meanwhile",
            "however", "although", "though", "because", "since", "until", "during", "despite", "under", "over",
            "about", "against", "between", "into", "through", "without", "within", "among", "amid", "across",
            "even", "only", "just", "some", "many", "most", "more", "all", "both", "each", "every", "any",
            "asked", "speaking", "according", "instead", "now", "then", "today", "yesterday", "last", "next",
            "earlier", "later", "once", "what", "who", "why", "how", "where", "which", "whose", "such", "other",
            "another", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "mr", "ms",
            "mrs", "dr", "read", "follow", "reporting", "related", "please", "thank", "click", "sign", "share",
            "do", "does", "did", "is", "are", "was", "were", "be", "been", "can", "could", "will", "would",
            "should", "may", "might", "must", "shall", "has", "have", "had", "let", "like", "unlike", "whether",
            "neither", "either", "few", "several", "much", "very", "too", "well", "perhaps", "maybe", "indeed",
            "already", "again", "never", "always", "often", "sometimes", "moreover", "furthermore", "besides",
            "otherwise", "thus", "hence", "therefore", "nevertheless", "nonetheless", "anyway", "overall",
            "finally", "first", "second", "third", "initially", "currently", "recently", "previously");

    /** Words that start a geographic or institutional name, so a two-word run is not a person. */
    static final Set<String> PLACE_WORDS = set("new", "north", "south", "east", "west", "northern", "southern",
            "eastern", "western", "central", "great", "saint", "st", "san", "santa", "los", "las", "el", "united",
            "upper", "lower", "greater", "middle", "far", "near", "gulf", "lake", "mount", "port", "fort",
            "cape", "red", "black", "white", "baltic", "pacific", "atlantic", "indian", "arctic", "hall",
            "square", "street", "avenue", "road", "river", "sea", "island", "islands", "bay", "valley",
            "mountains", "county", "district", "airport", "station", "bridge", "palace", "tower",
            "asia", "europe", "africa", "america", "day", "war", "world", "cup", "games", "olympics", "g20",
            "g7", "covid", "covid-19", "coronavirus", "christmas", "easter", "ramadan", "internet", "web",
            "big", "tech", "hub", "news", "notifications", "breaking", "live", "updates", "opinion");

    /** Last words of place and event names ("Red Square", "World Cup"): such a run is not a person. */
    static final Set<String> PLACE_TAILS = set("street", "avenue", "road", "river", "sea", "island", "islands", "bay",
            "valley", "mountains", "county", "district", "airport", "station", "bridge", "palace", "tower", "square",
            "lake", "cup", "games", "day", "war", "asia", "europe", "africa", "america", "olympics", "ocean",
            "strait", "peninsula", "canal", "desert", "forest", "region", "oblast", "province", "state", "city");

    /** Nationality and demonym adjectives are role modifiers ("Ukrainian President"), never names. */
    static boolean isNationality(String lower) {
        if (NATIONALITIES.contains(lower)) return true;
        return lower.length() > 5 && (lower.endsWith("ian") || lower.endsWith("ean")) && !lower.endsWith("dian");
    }

    static final Set<String> NATIONALITIES = set("american", "british", "chinese", "french", "german", "russian",
            "ukrainian", "belarusian", "indian", "israeli", "iranian", "iraqi", "afghan", "pakistani", "turkish",
            "polish", "dutch", "spanish", "italian", "japanese", "korean", "vietnamese", "thai", "uzbek",
            "kazakh", "georgian", "armenian", "azerbaijani", "saudi", "emirati", "qatari", "egyptian",
            "syrian", "lebanese", "palestinian", "jordanian", "european", "african", "asian", "canadian",
            "mexican", "brazilian", "argentine", "australian", "irish", "scottish", "welsh", "english",
            "swedish", "finnish", "norwegian", "danish", "swiss", "austrian", "hungarian", "czech", "slovak",
            "romanian", "bulgarian", "serbian", "croatian", "greek", "portuguese", "belgian", "estonian",
            "latvian", "lithuanian", "moldovan", "kyrgyz", "tajik", "turkmen", "mongolian", "taiwanese",
            "filipino", "indonesian", "malaysian", "nigerian", "kenyan", "ethiopian", "sudanese", "yemeni",
            "western", "soviet", "nato", "eu", "us", "u.s", "uk", "un", "kremlin", "white", "house",
            "presidential", "federal", "national", "regional", "local", "state", "top", "senior", "former",
            "deputy", "foreign", "defense", "defence", "economic", "military", "chief", "vice", "acting",
            "interim", "then", "longtime", "veteran", "prominent", "leading", "independent");

    /** Synonym classes for matching a description's head to a role ("the Ukrainian leader" ~ president). */
    static Set<String> roleClass(String head) {
        Set<String> s = ROLE_CLASSES.get(head);
        return s == null ? Set.of(head) : s;
    }

    private static final Map<String, Set<String>> ROLE_CLASSES = new HashMap<>();

    static {
        classOf("leader", "president", "prime", "premier", "chancellor", "head", "chief", "king", "queen",
                "leader", "emir", "ruler", "monarch", "dictator", "strongman");
        ROLE_CLASSES.put("president", set("president", "leader", "head"));
        ROLE_CLASSES.put("premier", set("premier", "prime", "leader", "chancellor"));
        ROLE_CLASSES.put("prime", set("premier", "prime", "leader"));
        classOf("spokesman", "spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokespeople");
        classOf("adviser", "adviser", "advisor", "aide");
        classOf("minister", "minister", "secretary");
        ROLE_CLASSES.put("official", set("official", "adviser", "advisor", "aide", "minister", "secretary",
                "spokesman", "spokeswoman", "spokesperson", "governor", "deputy", "officer"));
        classOf("governor", "governor", "gov");
        classOf("chief", "chief", "head", "leader", "founder", "director", "boss", "commander");
        ROLE_CLASSES.put("head", set("head", "chief", "leader", "founder", "director", "boss", "president"));
        ROLE_CLASSES.put("founder", set("founder", "head", "leader", "boss", "chief"));
        ROLE_CLASSES.put("boss", set("founder", "head", "leader", "boss", "chief", "ceo"));
        classOf("senator", "senator", "sen");
        classOf("analyst", "analyst", "expert", "commentator", "observer");
        classOf("diplomat", "diplomat", "envoy", "ambassador", "minister", "secretary");
    }

    private static void classOf(String key, String... members) {
        Set<String> s = set(members);
        for (String m : members) ROLE_CLASSES.putIfAbsent(m, s);
        ROLE_CLASSES.put(key, s);
    }

    /**
     * Finite verb forms a reported clause shows without a regular ending: auxiliaries, modals and
     * common irregular past forms ("the family thought", "a glitch led to"). For indirect speech.
     */
    static final Set<String> FINITE_FORMS = set("is", "was", "were", "are", "am", "has", "have", "had", "will",
            "would", "may", "might", "can", "could", "should", "must", "shall", "did", "does", "do", "won't",
            "thought", "led", "made", "took", "got", "saw", "knew", "found", "felt", "went", "came", "gave", "kept",
            "left", "lost", "meant", "met", "paid", "ran", "sent", "spent", "stood", "understood", "won", "began",
            "brought", "bought", "built", "caught", "chose", "drove", "fell", "fought", "grew", "held", "rose",
            "sold", "shot", "spoke", "struck", "taught", "threw", "wore", "became", "broke", "ate", "drew", "flew",
            "forgot", "heard", "hid", "hung", "lay", "overtook", "sought", "swore", "withdrew", "undertook",
            "remains", "seems", "needs", "wants", "plans", "expects", "intends", "hopes", "believes", "means");
    /**
     * Verbs that report speech or a stance only with a "that" clause ("the court ruled that P",
     * "she volunteered that P", "Both experts agree that P"); their forms map to the lemma.
     */
    static final Map<String, String> THAT_CUE_FORMS = new HashMap<>();

    static {
        for (String v : new String[] {"rule", "volunteer", "flag", "highlight", "dispute", "swear", "signal",
                "mention", "imply", "propose", "hint", "agree", "point", "recall", "share", "joke", "write",
                "testify", "remind", "inform", "assure", "reveal", "disclose", "confess", "speculate", "indicate",
                "suggest", "claim", "deny", "predict", "promise", "vow", "pledge", "estimate", "report", "complain",
                "boast", "concede", "allege", "assert", "maintain", "observe", "caution", "counter", "contend",
                "reiterate", "acknowledge", "admit", "conclude", "recommend", "advise", "emphasise", "emphasize",
                "stress", "insist", "explain", "argue", "announce", "note", "warn", "confirm", "declare", "state",
                "add", "tweet", "post", "comment", "remark", "reply", "respond", "lament", "elaborate", "clarify",
                "confide", "opine", "posit", "theorise", "theorize", "protest", "object", "muse", "wonder"}) {
            THAT_CUE_FORMS.put(v, v);
            for (String form : inflections(v)) THAT_CUE_FORMS.put(form, v);
        }
        for (String[] f : new String[][] {{"swore", "swear"}, {"sworn", "swear"}, {"wrote", "write"},
                {"written", "write"}, {"ruled", "rule"}, {"said", "say"}, {"says", "say"}, {"told", "tell"},
                {"tells", "tell"}, {"denied", "deny"}, {"denies", "deny"}, {"implied", "imply"}, {"implies", "imply"},
                {"testified", "testify"}, {"testifies", "testify"}, {"replied", "reply"}, {"replies", "reply"},
                {"admitted", "admit"}, {"flagged", "flag"}, {"flagging", "flag"}}) {
            THAT_CUE_FORMS.put(f[0], f[1]);
        }
    }

    /** Regular -s/-ed/-ing forms of a verb (enough for the that-clause cues). */
    private static String[] inflections(String v) {
        if (v.endsWith("y") && !v.endsWith("ey") && !v.endsWith("ay")) {
            String stem = v.substring(0, v.length() - 1);
            return new String[] {stem + "ies", stem + "ied", v + "ing"};
        }
        if (v.endsWith("e")) return new String[] {v + "s", v + "d", v.substring(0, v.length() - 1) + "ing"};
        if (v.endsWith("sh") || v.endsWith("ss") || v.endsWith("ch") || v.endsWith("o")) {
            return new String[] {v + "es", v + "ed", v + "ing"};
        }
        return new String[] {v + "s", v + "ed", v + "ing"};
    }

    /** Stop words ignored when comparing statements across articles. */
    static final Set<String> STOP = set("the", "a", "an", "of", "to", "in", "on", "at", "for", "by", "with",
            "from", "and", "or", "but", "is", "are", "was", "were", "be", "been", "being", "am", "do", "does",
            "did", "has", "have", "had", "having", "that", "this", "these", "those", "it", "its", "as", "so",
            "if", "then", "than", "going", "gonna", "will", "would", "shall", "should", "can", "could", "may",
            "might", "must", "there", "here", "which", "who", "whom", "what", "also", "just", "very", "s", "ll",
            "ve", "re", "d", "m", "t", "into", "about", "up", "out", "because", "for", "yet");
    /** Function words that still carry some meaning in a statement (pronouns, negation, quantifiers). */
    static final Set<String> LIGHT = set("we", "our", "us", "i", "my", "me", "you", "your", "they", "their",
            "them", "he", "his", "him", "she", "her", "not", "no", "never", "all", "any", "every", "some",
            "nothing", "everything", "only", "far", "need", "now", "soon", "still", "even", "more", "most");

    static Set<String> set(String... words) {
        Set<String> s = new HashSet<>();
        for (String w : words) s.add(w.toLowerCase(Locale.ROOT));
        return Set.copyOf(s);
    }
}
