package news.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Groups the same statement across articles, variants included (trimmed, merged, re-translated).
 *
 * <p>Each direct or partial quote is split into sentences ("statements"). Two statements are
 * compared on normalised, crudely stemmed tokens, weighted (content words 1, pronouns /
 * negation / quantifiers 0.3, stop words 0); the score is the weighted overlap divided by the
 * smaller side; names inside a statement, courtesies ("Thank you very much") and, in a large
 * corpus, its common words weigh 0.3, so they never make a statement substantive ({@link #units}).
 * Pairs are verified ({@link #compare}: score, at least two shared content words and a shared
 * weight of 2.5; compatible speakers, {@link #compatibleUnnamed}: the same person by name
 * variant; a described speaker only with a role that agrees and on a stricter score; no speaker,
 * or a description facing a name without a role, only when the statement alone identifies it)
 * and then:
 * <ul>
 *   <li>statements of similar size ("peers", size ratio &ge; 0.6) are joined by union-find;</li>
 *   <li>a much longer statement that contains a shorter, distinctive one in the same word order
 *       is <em>attached</em> to the shorter one's group without joining groups, so one merged
 *       quote "A, because B" can belong to the group of A and to the group of B without gluing
 *       the two groups together. Such a quote is listed in each group it matches, with relation
 *       {@code contained}.</li>
 * </ul>
 * A group never holds two different named speakers (checked when groups are joined, not only
 * pairwise). Each member's {@code score} ({@link #memberScore}) is its match with the group's
 * representative ({@link #matchShare}: overlap and in-order share), discounted for short
 * statements and for missing or described speakers. Candidate pairs come from an inverted index
 * over content tokens (very common tokens are skipped), so the work stays near-linear in the
 * number of quotes.
 */
public final class QuoteGrouper {
    static final double PEER_SCORE = 0.6;
    static final double NAMELESS_SCORE = 0.8;
    static final double CONTAIN_SCORE = 0.75;
    static final double PEER_RATIO = 0.6;
    /** A statement needs this many content words (not names, not courtesies) to be grouped at all. */
    static final int MIN_CONTENT = 2;
    /** ... and the shared part this much weight (two content words and two light ones, say). */
    static final double MIN_SHARED_WEIGHT = 2.5;
    /** A fragment joins a longer quote that contains it only with this much shared weight (distinctive). */
    static final double MIN_CONTAINED_WEIGHT = 3.5;
    /** Shared content words needed when one side has no speaker. */
    static final int MIN_UNATTRIBUTED_CONTENT = 5;
    /** Names inside a statement ("Thank you, Mr. President") say who is addressed, not what is said. */
    static final double NAME_WEIGHT = 0.3;
    /** Weight of pronouns, negation, quantifiers, courtesies and corpus-common words. */
    static final double LIGHT_WEIGHT = 0.3;
    /** Weight of a content word common in the corpus: still content, but it makes no match distinctive alone. */
    static final double COMMON_WEIGHT = 0.3;
    /** A content word in the quotes of more than this share of the articles is a common word of the corpus... */
    static final double COMMON_SHARE = 0.05;
    /** ... counted only once the corpus has this many articles with quotes (below, shares say nothing). */
    static final int COMMON_MIN_ARTICLES = 40;
    /** A contained fragment's words must appear in this share (by weight) in the same order in the longer quote. */
    static final double ORDERED_SHARE = 0.75;
    /** A verbatim run of this many words, with {@link #MIN_RUN_CONTENT} content words shared, identifies a statement without its speaker. */
    static final int VERBATIM_RUN = 8;
    static final int MIN_RUN_CONTENT = 3;
    /** Tokens in more statements than this are not used to find candidates. */
    static final int MAX_POSTING = 200;

    /** One member of a group. */
    public record Member(String articleId, String quote, String statement, String speaker, String relation,
                        double score, int start, int end) {
        public Member {
            Objects.requireNonNull(articleId);
            Objects.requireNonNull(quote);
            Objects.requireNonNull(relation);
        }
    }

    /** A statement made in several articles. */
    public record Group(int groupId, String speaker, String quote, List<Member> members) {
        public Group {
            members = List.copyOf(members);
            if (members.isEmpty()) throw new IllegalArgumentException("empty group");
        }

        public Set<String> articleIds() {
            Set<String> s = new LinkedHashSet<>();
            for (Member m : members) s.add(m.articleId());
            return s;
        }
    }

    /** A sentence of a quote, normalised for comparison. */
    record Unit(int id, int quoteIndex, Quote quote, String text, int start, int end, List<String> tokens,
                Map<String, Double> weights, double total, Set<String> content) {
        int contentCount() {
            return content.size();
        }
    }

    private QuoteGrouper() {}

    /** Groups spanning at least {@code minArticles} articles, in order of first appearance. */
    public static List<Group> group(List<Quote> quotes, int minArticles) {
        List<Unit> units = units(quotes);
        int n = units.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        // attachments: container unit -> contained units
        Map<Integer, Set<Integer>> attached = new HashMap<>();
        Map<String, List<Integer>> postings = new HashMap<>();
        for (Unit u : units) {
            for (Map.Entry<String, Double> e : u.weights().entrySet()) {
                if (u.content().contains(e.getKey())) postings.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(u.id());
            }
        }
        double[] centrality = new double[n];
        // Named speakers of each group so far: a group never holds two different named people.
        Map<Integer, List<String>> speakersByRoot = new HashMap<>();
        for (Unit u : units) if (isName(u.quote().speaker())) speakersByRoot.put(u.id(), new ArrayList<>(List.of(u.quote().speaker())));
        for (Unit a : units) {
            Set<Integer> cands = new HashSet<>();
            for (Map.Entry<String, Double> e : a.weights().entrySet()) {
                if (!a.content().contains(e.getKey())) continue;
                List<Integer> post = postings.get(e.getKey());
                if (post.size() > MAX_POSTING) continue;
                for (int b : post) if (b > a.id()) cands.add(b);
            }
            for (int bi : cands) {
                Unit b = units.get(bi);
                if (b.quoteIndex() == a.quoteIndex()) continue;
                Pair p = compare(a, b);
                if (p == null) continue;
                if (p.peer) {
                    if (!groupsCompatible(find(parent, a.id()), find(parent, b.id()), speakersByRoot)) continue;
                    int ra = find(parent, a.id()), rb = find(parent, b.id());
                    union(parent, a.id(), b.id());
                    int root = find(parent, a.id());
                    if (ra != rb) {
                        List<String> merged = new ArrayList<>(speakersByRoot.getOrDefault(ra, List.of()));
                        merged.addAll(speakersByRoot.getOrDefault(rb, List.of()));
                        speakersByRoot.remove(ra);
                        speakersByRoot.remove(rb);
                        speakersByRoot.put(root, merged);
                    }
                    centrality[a.id()] += p.score;
                    centrality[b.id()] += p.score;
                } else {
                    Unit big = a.total() >= b.total() ? a : b, small = big == a ? b : a;
                    attached.computeIfAbsent(big.id(), k -> new LinkedHashSet<>()).add(small.id());
                }
            }
        }
        // A fragment with no peers of its own ("strategically pull back") joins the group of a
        // quote that contains it, instead of forming a group of containers around itself.
        int[] size = new int[n];
        for (int i = 0; i < n; i++) size[find(parent, i)]++;
        for (Map.Entry<Integer, Set<Integer>> e : attached.entrySet()) {
            int big = e.getKey();
            for (int small : new ArrayList<>(e.getValue())) {
                if (size[find(parent, small)] == 1 && size[find(parent, big)] > 1
                        && groupsCompatible(find(parent, small), find(parent, big), speakersByRoot)) {
                    int rb = find(parent, big);
                    union(parent, small, big);
                    size[find(parent, big)] = size[rb] + 1;
                    e.getValue().remove(small);
                }
            }
        }
        // Collect groups: root -> units (peers), plus attached containers.
        Map<Integer, List<Integer>> byRoot = new TreeMap<>();
        for (int i = 0; i < n; i++) byRoot.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
        Map<Integer, Set<Integer>> containersByRoot = new HashMap<>();
        for (Map.Entry<Integer, Set<Integer>> e : attached.entrySet()) {
            for (int small : e.getValue()) {
                int root = find(parent, small);
                if (root == find(parent, e.getKey())) continue;
                containersByRoot.computeIfAbsent(root, k -> new LinkedHashSet<>()).add(e.getKey());
            }
        }
        List<Group> out = new ArrayList<>();
        List<Map.Entry<Integer, List<Integer>>> roots = new ArrayList<>(byRoot.entrySet());
        roots.sort(Comparator.comparingInt(e -> e.getValue().get(0)));
        for (Map.Entry<Integer, List<Integer>> e : roots) {
            List<Integer> members = e.getValue();
            Set<Integer> containers = containersByRoot.getOrDefault(e.getKey(), Set.of());
            Set<String> arts = new HashSet<>();
            for (int m : members) arts.add(units.get(m).quote().articleId());
            for (int c : containers) arts.add(units.get(c).quote().articleId());
            if (arts.size() < minArticles) continue;
            // Representative: the most central peer; ties go to the earliest.
            int rep = members.get(0);
            for (int m : members) if (centrality[m] > centrality[rep] + 1e-9) rep = m;
            Unit r = units.get(rep);
            List<Member> list = new ArrayList<>();
            Set<Integer> seenQuotes = new HashSet<>();
            List<Integer> all = new ArrayList<>(members);
            all.addAll(containers);
            all.sort(Comparator.naturalOrder());
            for (int m : all) {
                Unit u = units.get(m);
                if (!seenQuotes.add(u.quoteIndex())) continue;
                String relation;
                double score;
                if (m == rep) {
                    relation = "exact";
                    score = memberScore(1.0, u.contentCount(), u.quote(), groupSpeakerOf(all, units));
                } else {
                    score = memberScore(matchShare(u, r), sharedContent(u, r), u.quote(), groupSpeakerOf(all, units));
                    if (u.tokens().equals(r.tokens())) relation = "exact";
                    else if (containers.contains(m) || ratio(u, r) < PEER_RATIO) relation = "contained";
                    else relation = "variant";
                }
                list.add(new Member(u.quote().articleId(), u.quote().quote(), u.text(), u.quote().speaker(),
                        relation, score, u.start(), u.end()));
            }
            out.add(new Group(out.size() + 1, groupSpeaker(all, units), r.text(), list));
        }
        return out;
    }

    record Pair(boolean peer, double score) {}

    /** A sentence of a quote before weighting: its tokens and the tokens of the names inside it. */
    private record Sentence(int quoteIndex, Quote quote, String text, int start, int end, List<String> tokens,
                            Set<String> names) {}

    /**
     * The statements of the direct and partial quotes, weighted. A content word used in the quotes of
     * more than {@link #COMMON_SHARE} of the articles (once there are {@link #COMMON_MIN_ARTICLES} of
     * them) weighs {@link #COMMON_WEIGHT}: in a corpus about one subject its words ("tariffs",
     * "impeachment") are shared by statements that are not the same, so they make no match
     * distinctive alone; it still counts as a content word of the statement.
     */
    static List<Unit> units(List<Quote> quotes) {
        List<Sentence> sentences = new ArrayList<>();
        for (int i = 0; i < quotes.size(); i++) {
            Quote q = quotes.get(i);
            if (q.kind() != QuoteKind.DIRECT && q.kind() != QuoteKind.PARTIAL) continue;
            for (int[] s : sentences(q.quote())) {
                String text = q.quote().substring(s[0], s[1]);
                sentences.add(new Sentence(i, q, text, q.start() + s[0], q.start() + s[1], normalise(text), nameTokens(text)));
            }
        }
        Set<String> common = commonWords(sentences);
        List<Unit> units = new ArrayList<>();
        for (Sentence s : sentences) {
            Map<String, Double> w = new LinkedHashMap<>();
            Set<String> content = new HashSet<>();
            double total = 0;
            for (String t : s.tokens()) {
                double wt = s.names().contains(t) ? NAME_WEIGHT : weight(t);
                if (wt == 0 || w.containsKey(t)) continue;
                if (wt == 1) content.add(t);
                if (wt == 1 && common.contains(t)) wt = COMMON_WEIGHT;
                w.put(t, wt);
                total += wt;
            }
            if (content.size() < MIN_CONTENT) continue;
            units.add(new Unit(units.size(), s.quoteIndex(), s.quote(), s.text(), s.start(), s.end(), s.tokens(), w, total, content));
        }
        return units;
    }

    /** Content words in the quotes of more than {@link #COMMON_SHARE} of the articles (none in a small corpus). */
    static Set<String> commonWords(List<Sentence> sentences) {
        Map<String, Set<String>> articles = new HashMap<>();
        Set<String> all = new HashSet<>();
        for (Sentence s : sentences) {
            all.add(s.quote().articleId());
            for (String t : s.tokens()) {
                if (weight(t) == 1 && !s.names().contains(t)) articles.computeIfAbsent(t, k -> new HashSet<>()).add(s.quote().articleId());
            }
        }
        Set<String> out = new HashSet<>();
        if (all.size() < COMMON_MIN_ARTICLES) return out;
        for (Map.Entry<String, Set<String>> e : articles.entrySet()) {
            if (e.getValue().size() > COMMON_SHARE * all.size()) out.add(e.getKey());
        }
        return out;
    }

    private static boolean groupsCompatible(int ra, int rb, Map<Integer, List<String>> speakersByRoot) {
        if (ra == rb) return true;
        List<String> a = speakersByRoot.getOrDefault(ra, List.of()), b = speakersByRoot.getOrDefault(rb, List.of());
        for (String x : a) for (String y : b) if (!sameSpeaker(x, y)) return false;
        return true;
    }

    /** Verified relation between two statements, or null when they are not the same statement. */
    static Pair compare(Unit a, Unit b) {
        double shared = 0;
        int sharedContent = 0;
        Unit small = a.total() <= b.total() ? a : b, big = small == a ? b : a;
        for (Map.Entry<String, Double> e : small.weights().entrySet()) {
            if (big.weights().containsKey(e.getKey())) {
                shared += e.getValue();
                if (small.content().contains(e.getKey()) && big.content().contains(e.getKey())) sharedContent++;
            }
        }
        if (sharedContent < MIN_CONTENT || shared < MIN_SHARED_WEIGHT) return null;
        double score = shared / small.total();
        double ratio = small.total() / big.total();
        String sa = a.quote().speaker(), sb = b.quote().speaker();
        boolean named = isName(sa) && isName(sb);
        if (named && !sameSpeaker(sa, sb)) return null;
        if (!named && !compatibleUnnamed(a, b, sharedContent)) return null;
        double need = named ? PEER_SCORE : NAMELESS_SCORE;
        if (ratio >= PEER_RATIO) {
            return score >= need ? new Pair(true, score) : null;
        }
        // A fragment of a longer quote is a truncation: its words in the same order, not the same
        // talking point said again in other words ("tariff money from China" / "Thanks to my tariffs ... China").
        // It is distinctive by its weight or, made of common words, by a long verbatim run.
        if (score >= Math.max(need, CONTAIN_SCORE) && orderedShare(small, big) >= ORDERED_SHARE
                && (shared >= MIN_CONTAINED_WEIGHT || longestRun(small, big) >= VERBATIM_RUN)) return new Pair(false, score);
        return null;
    }

    /**
     * Share (by weight) of SMALL's tokens found in BIG in the same order: the weighted longest common
     * subsequence over SMALL's token sequence, 0..1. A verbatim or truncated quote scores 1.
     */
    static double orderedShare(Unit small, Unit big) {
        List<String> x = small.tokens(), y = big.tokens();
        double[] prev = new double[y.size() + 1], cur = new double[y.size() + 1];
        double total = 0;
        for (int i = 1; i <= x.size(); i++) {
            double w = small.weights().getOrDefault(x.get(i - 1), 0.0);
            total += w;
            for (int j = 1; j <= y.size(); j++) {
                cur[j] = x.get(i - 1).equals(y.get(j - 1)) ? prev[j - 1] + w : Math.max(prev[j], cur[j - 1]);
            }
            double[] t = prev;
            prev = cur;
            cur = t;
        }
        return total == 0 ? 0 : Math.min(1, prev[y.size()] / total);
    }

    /** Length of the longest run of tokens the two statements share verbatim. */
    static int longestRun(Unit a, Unit b) {
        List<String> x = a.tokens(), y = b.tokens();
        int[] prev = new int[y.size() + 1], cur = new int[y.size() + 1];
        int best = 0;
        for (int i = 1; i <= x.size(); i++) {
            for (int j = 1; j <= y.size(); j++) {
                cur[j] = x.get(i - 1).equals(y.get(j - 1)) ? prev[j - 1] + 1 : 0;
                best = Math.max(best, cur[j]);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return best;
    }

    /**
     * Speakers of which at most one is named. A description agrees with a name when its head noun
     * is in the named speaker's role ("an adviser to the president" / Rodnyansky, "economic adviser
     * to ..."), and disagrees when the named speaker has a role without it ("a local farmer" / the
     * chief engineer); two descriptions agree on their head nouns. A description facing a name
     * without a role, or a quote without a speaker, says nothing either way: the statement alone
     * must then identify it, by {@link #MIN_UNATTRIBUTED_CONTENT} shared content words or a verbatim
     * run of {@link #VERBATIM_RUN} words with {@link #MIN_RUN_CONTENT} of them.
     */
    static boolean compatibleUnnamed(Unit ua, Unit ub, int sharedContent) {
        Quote a = ua.quote(), b = ub.quote();
        String sa = a.speaker(), sb = b.speaker();
        if (sa == null || sb == null) return identifiesAlone(ua, ub, sharedContent);
        if (isName(sa) && isName(sb)) return sameSpeaker(sa, sb);
        if (isName(sa) || isName(sb)) {
            Quote named = isName(sa) ? a : b, described = named == a ? b : a;
            String head = head(described.speaker());
            if (named.speakerRole() == null || named.speakerRole().isBlank()) {
                if (head != null && named.speakerMention() != null
                        && named.speakerMention().toLowerCase(Locale.ROOT).contains(head)) return true;
                return identifiesAlone(ua, ub, sharedContent);
            }
            String role = (named.speakerRole() + " " + (named.speakerMention() == null ? "" : named.speakerMention()))
                    .toLowerCase(Locale.ROOT);
            return head != null && role.contains(head);
        }
        String ha = head(sa), hb = head(sb);
        return ha != null && ha.equals(hb);
    }

    private static boolean identifiesAlone(Unit a, Unit b, int sharedContent) {
        return sharedContent >= MIN_UNATTRIBUTED_CONTENT
                || sharedContent >= MIN_RUN_CONTENT && longestRun(a, b) >= VERBATIM_RUN;
    }

    /**
     * The same person by name: {@link Names#sameSpeaker} on the names stripped of what is not part
     * of a person's name: generational suffixes ("James P. Kennedy Jr" / "Kennedy") and leading
     * role words the speaker phrase kept ("Singer-guitarists Tom Johnston").
     */
    static boolean sameSpeaker(String a, String b) {
        return Names.sameSpeaker(personName(a), personName(b));
    }

    static String personName(String name) {
        if (name == null) return null;
        List<String> words = new ArrayList<>(List.of(name.strip().split("[\\s\\u00A0]+")));
        while (words.size() > 1 && NAME_SUFFIXES.contains(words.get(words.size() - 1).replaceAll("[.,]", "").toLowerCase(Locale.ROOT))) {
            words.remove(words.size() - 1);
        }
        while (words.size() > 1 && isRoleWord(words.get(0))) words.remove(0);
        return String.join(" ", words);
    }

    /** "Singer-guitarists", "Co-founder": a hyphenated word with a lower-case part is a role, not a name ("Ocasio-Cortez"). */
    private static boolean isRoleWord(String w) {
        int h = w.indexOf('-');
        return h > 0 && h + 1 < w.length() && Character.isLowerCase(w.charAt(h + 1));
    }

    static final Set<String> NAME_SUFFIXES = Lexicon.set("jr", "sr", "ii", "iii", "iv");

    /** Head noun of a description: its last word before a preposition, crudely stemmed. */
    static String head(String description) {
        String h = null;
        for (String w : description.toLowerCase(Locale.ROOT).split("[\\s\\u00A0]+")) {
            if (CueFinder.NP_PREPOSITIONS.contains(w)) break;
            String bare = w.replaceAll("[^\\p{L}\\-]", "");
            if (!bare.isEmpty()) h = bare;
        }
        return h == null ? null : stem(h);
    }

    /** Stems of the capitalised words of a sentence other than its first word (names, mostly). */
    static Set<String> nameTokens(String text) {
        Set<String> out = new HashSet<>();
        boolean first = true;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                i++;
                continue;
            }
            int j = i;
            while (j < text.length() && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '-')) j++;
            if (!first && Character.isUpperCase(c)) {
                for (String t : normalise(text.substring(i, j))) out.add(t);
            }
            first = false;
            i = j;
        }
        out.remove("i");
        return out;
    }

    private static String groupSpeakerOf(List<Integer> all, List<Unit> units) {
        return groupSpeaker(all, units);
    }

    /**
     * How sure a member is the group's statement, 0..1: the weighted overlap with the
     * representative, times a distinctiveness factor (shared content words over 6, at most 1:
     * short statements are more often shared by chance), times a speaker factor (1 for the
     * group's named speaker, 0.9 for a described speaker, 0.8 for none).
     */
    static double memberScore(double overlap, int sharedContent, Quote q, String groupSpeaker) {
        double distinct = Math.min(1.0, sharedContent / 6.0);
        double speaker = q.speaker() == null ? 0.8 : isName(q.speaker())
                && (groupSpeaker == null || sameSpeaker(q.speaker(), groupSpeaker)) ? 1.0 : 0.9;
        return Math.round(overlap * (0.5 + 0.5 * distinct) * speaker * 100) / 100.0;
    }

    /**
     * How much of the smaller statement the other one says: the mean of the weighted overlap (any
     * order) and the weighted share in the same order ({@link #orderedShare}), so a verbatim or
     * truncated quote scores 1 and a reworded or re-translated one less.
     */
    static double matchShare(Unit a, Unit b) {
        Unit small = a.total() <= b.total() ? a : b, big = small == a ? b : a;
        return (overlap(a, b) + orderedShare(small, big)) / 2;
    }

    static int sharedContent(Unit a, Unit b) {
        int n = 0;
        for (Map.Entry<String, Double> e : a.weights().entrySet()) {
            if (a.content().contains(e.getKey()) && b.content().contains(e.getKey())) n++;
        }
        return n;
    }

    static double overlap(Unit a, Unit b) {
        Unit small = a.total() <= b.total() ? a : b, big = small == a ? b : a;
        double shared = 0;
        for (Map.Entry<String, Double> e : small.weights().entrySet()) {
            if (big.weights().containsKey(e.getKey())) shared += e.getValue();
        }
        return small.total() == 0 ? 0 : shared / small.total();
    }

    static double ratio(Unit a, Unit b) {
        return Math.min(a.total(), b.total()) / Math.max(a.total(), b.total());
    }

    /** A person's name (not a description like "an adviser to ..."): capitalised words only. */
    public static boolean isName(String speaker) {
        if (speaker == null || speaker.isBlank()) return false;
        for (String w : speaker.split("\\s+")) {
            if (w.isEmpty()) continue;
            if (!Character.isUpperCase(w.charAt(0))) return false;
            if (Lexicon.DETERMINERS.contains(w.toLowerCase(Locale.ROOT))) return false;
        }
        return true;
    }

    /** The most frequent named speaker of the group (variants folded), else the most frequent description. */
    static String groupSpeaker(List<Integer> members, List<Unit> units) {
        List<String> names = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        String description = null;
        for (int m : members) {
            String s = units.get(m).quote().speaker();
            if (s == null) continue;
            if (!isName(s)) {
                if (description == null) description = s;
                continue;
            }
            int found = -1;
            for (int i = 0; i < names.size(); i++) if (sameSpeaker(names.get(i), s)) { found = i; break; }
            if (found < 0) {
                names.add(s);
                counts.add(1);
            } else {
                counts.set(found, counts.get(found) + 1);
                if (s.length() > names.get(found).length() && counts.get(found) > 0) {
                    // keep the first spelling as the label; longer full names win over surnames
                    if (names.get(found).indexOf(' ') < 0) names.set(found, s);
                }
            }
        }
        int best = -1;
        for (int i = 0; i < names.size(); i++) if (best < 0 || counts.get(i) > counts.get(best)) best = i;
        return best >= 0 ? names.get(best) : description;
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a), rb = find(parent, b);
        if (ra == rb) return;
        if (ra < rb) parent[rb] = ra; else parent[ra] = rb;
    }

    // ------------------------------------------------------------------ text normalisation

    /** Sentence ranges of a quote: split after . ! ? followed by a space and an upper-case letter. */
    static List<int[]> sentences(String s) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && i + 2 < s.length() && s.charAt(i + 1) == ' '
                    && (Character.isUpperCase(s.charAt(i + 2)) || s.charAt(i + 2) == '“' || s.charAt(i + 2) == '"')) {
                int wordStart = i;
                while (wordStart > start && Character.isLetter(s.charAt(wordStart - 1))) wordStart--;
                String w = s.substring(wordStart, i).toLowerCase(Locale.ROOT);
                if (Frame.ABBREVIATIONS.contains(w) || i - wordStart == 1) continue;
                out.add(new int[] {start, i + 1});
                start = i + 2;
            }
        }
        if (start < s.length()) out.add(new int[] {start, s.length()});
        return out;
    }

    /** Lower-cased, contraction-expanded, crudely stemmed word tokens. */
    static List<String> normalise(String s) {
        List<String> out = new ArrayList<>();
        String t = s.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
        int i = 0;
        while (i < t.length()) {
            if (!Character.isLetterOrDigit(t.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < t.length() && (Character.isLetterOrDigit(t.charAt(j))
                    || (t.charAt(j) == '\'' && j + 1 < t.length() && Character.isLetter(t.charAt(j + 1))))) j++;
            String w = t.substring(i, j);
            i = j;
            int ap = w.indexOf('\'');
            if (ap > 0) {
                String head = w.substring(0, ap), tail = w.substring(ap + 1);
                switch (tail) {
                    case "t" -> {
                        if (head.equals("won")) head = "will";
                        else if (head.equals("can")) head = "can";
                        else if (head.endsWith("n")) head = head.substring(0, head.length() - 1);
                        out.add(stem(head));
                        out.add("not");
                        continue;
                    }
                    case "re" -> { out.add(stem(head)); out.add("are"); continue; }
                    case "ve" -> { out.add(stem(head)); out.add("have"); continue; }
                    case "ll" -> { out.add(stem(head)); out.add("will"); continue; }
                    case "m" -> { out.add(stem(head)); out.add("am"); continue; }
                    case "d" -> { out.add(stem(head)); out.add("would"); continue; }
                    case "s" -> { out.add(stem(head)); continue; }
                    default -> { }
                }
            }
            out.add(stem(w));
        }
        return out;
    }

    static String stem(String w) {
        if (Lexicon.STOP.contains(w) || Lexicon.LIGHT.contains(w)) return w;
        String[][] rules = {{"ically", "ic"}, {"ally", "al"}, {"ies", "y"}, {"ied", "y"}, {"ing", ""}, {"edly", ""},
                {"ly", ""}, {"ed", ""}, {"es", ""}, {"s", ""}};
        for (String[] r : rules) {
            if (w.endsWith(r[0]) && w.length() - r[0].length() >= 3) {
                String base = w.substring(0, w.length() - r[0].length()) + r[1];
                if (r[0].equals("s") && (w.endsWith("ss") || w.endsWith("us") || w.endsWith("is"))) return w;
                return base;
            }
        }
        return w;
    }

    static double weight(String t) {
        if (Lexicon.STOP.contains(t)) return 0;
        if (Lexicon.LIGHT.contains(t) || COURTESIES.contains(t)) return LIGHT_WEIGHT;
        return 1;
    }

    /**
     * Courtesies and conversational fillers (stemmed): "Thank you very much", "Good morning",
     * "Yes, I know" are said by everyone and make no statement of their own.
     */
    static final Set<String> COURTESIES = Lexicon.set("thank", "thanks", "much", "welcome", "congratulation",
            "congratulations", "please", "sorry", "yes", "yeah", "okay", "ok", "good", "great", "morning",
            "afternoon", "evening", "night", "happy", "lot", "everybody", "everyone", "oh", "hello", "hi", "bye",
            "god", "bless", "wonderful", "nice", "appreciate", "honor", "honour", "pleasure", "glad");
}
