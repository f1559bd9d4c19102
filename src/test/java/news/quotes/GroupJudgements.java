package news.quotes;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Hand judgements of groups on real coverage ({@code src/test/resources/quotes-groups/judged.tsv},
 * rule in its README): every judged member statement carries a statement id, the same id for the
 * same statement by the same person; a {@code group} line gives each judged group (its ids joined by
 * {@code +}) a verdict and a reason. A group formed now is <em>right</em> when all its members are
 * judged and share one id, <em>wrong</em> when it mixes ids, <em>unjudged</em> otherwise.
 */
final class GroupJudgements {
    static final Path DEFAULT = Path.of("src/test/resources/quotes-groups/judged.tsv");
    static final int KEY_LENGTH = 48;

    enum Kind { RIGHT, WRONG, UNJUDGED }

    record Verdict(Kind kind, Set<String> ids) {
        @Override
        public String toString() {
            return kind.name().toLowerCase(Locale.ROOT) + (ids.isEmpty() ? "" : " " + String.join("+", ids));
        }
    }

    /** One judged group line: its ids, the verdict ("right", "wrong", "miss") and why. */
    record Judged(String key, String verdict, String reason) {
        Set<String> ids() {
            return new LinkedHashSet<>(List.of(key.split("\\+")));
        }
    }

    /** statement ids by article id, then by statement key. */
    private final Map<String, Map<String, Set<String>>> ids = new HashMap<>();
    /** members by statement id: article + key. */
    final Map<String, List<String[]>> members = new LinkedHashMap<>();
    final List<Judged> judged = new ArrayList<>();

    private GroupJudgements() {}

    static GroupJudgements load(Path file) throws IOException {
        GroupJudgements j = new GroupJudgements();
        if (!Files.isRegularFile(file)) return j;
        int lineNo = 0;
        for (String line : Files.readAllLines(file)) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            if (f[0].equals("statement") && f.length == 4) {
                Set<String> statementIds = new LinkedHashSet<>(List.of(f[1].split(",")));
                if (j.ids.computeIfAbsent(f[2], k -> new HashMap<>()).put(key(f[3]), statementIds) != null) {
                    throw new IOException(file + ":" + lineNo + ": statement judged twice");
                }
                for (String id : statementIds) j.members.computeIfAbsent(id, k -> new ArrayList<>()).add(new String[] {f[2], key(f[3])});
            } else if (f[0].equals("group") && f.length == 4 && Set.of("right", "wrong", "miss").contains(f[2])) {
                j.judged.add(new Judged(f[1], f[2], f[3]));
            } else {
                throw new IOException(file + ":" + lineNo + ": expected 'statement ID ARTICLE TEXT' or 'group IDS right|wrong|miss REASON'");
            }
        }
        return j;
    }

    /** A statement's key: lower-cased letters and digits, single spaces, its first {@link #KEY_LENGTH} characters. */
    static String key(String statement) {
        String s = statement.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return s.length() <= KEY_LENGTH ? s : s.substring(0, KEY_LENGTH).strip();
    }

    /** The judged statement ids of a member (several when its sentence holds several statements). */
    Optional<Set<String>> statementIds(QuoteGrouper.Member m) {
        Map<String, Set<String>> byKey = ids.get(m.articleId());
        return byKey == null ? Optional.empty() : Optional.ofNullable(byKey.get(key(m.statement())));
    }

    /** Right: every member judged and one statement id common to all; wrong: the judged members share none. */
    Verdict verdict(QuoteGrouper.Group g) {
        Set<String> common = null, all = new TreeSet<>();
        boolean unknown = false;
        for (QuoteGrouper.Member m : g.members()) {
            Optional<Set<String>> id = statementIds(m);
            if (id.isEmpty()) {
                unknown = true;
                continue;
            }
            all.addAll(id.get());
            if (common == null) common = new TreeSet<>(id.get()); else common.retainAll(id.get());
        }
        if (common != null && common.isEmpty()) return new Verdict(Kind.WRONG, all);
        return new Verdict(unknown ? Kind.UNJUDGED : Kind.RIGHT, common == null ? Set.of() : common);
    }

    /** The statement id most members of a group carry (ties: the first seen). */
    String majority(QuoteGrouper.Group g) {
        Map<String, Integer> c = new LinkedHashMap<>();
        for (QuoteGrouper.Member m : g.members()) statementIds(m).ifPresent(ids -> ids.forEach(id -> c.merge(id, 1, Integer::sum)));
        String best = null;
        for (Map.Entry<String, Integer> e : c.entrySet()) if (best == null || e.getValue() > c.get(best)) best = e.getKey();
        return best;
    }

    /**
     * Judged statements not formed now: no group holds, for each article the statement was judged in,
     * a member of that article carrying the statement's id (one quote of an article is enough).
     */
    List<String> notFormed(List<QuoteGrouper.Group> groups, String verdict) {
        List<String> out = new ArrayList<>();
        for (Judged j : judged) {
            if (!j.verdict().equals(verdict) || j.key().contains("+")) continue;
            Set<String> articles = new TreeSet<>();
            for (String[] w : members.getOrDefault(j.key(), List.of())) articles.add(w[0]);
            boolean formed = groups.stream().anyMatch(g -> articles.stream().allMatch(a -> g.members().stream()
                    .anyMatch(m -> m.articleId().equals(a) && statementIds(m).orElse(Set.of()).contains(j.key()))));
            if (!formed) out.add(j.key());
        }
        return out;
    }

    void report(List<QuoteGrouper.Group> groups, PrintStream out) {
        int right = 0, wrong = 0, unjudged = 0;
        List<double[]> scored = new ArrayList<>(); // score, 1 when the member is its group's majority statement
        for (QuoteGrouper.Group g : groups) {
            Verdict v = verdict(g);
            switch (v.kind()) {
                case RIGHT -> right++;
                case WRONG -> wrong++;
                case UNJUDGED -> unjudged++;
            }
            if (v.kind() == Kind.UNJUDGED) continue;
            String major = majority(g);
            for (QuoteGrouper.Member m : g.members()) {
                scored.add(new double[] {m.score(), statementIds(m).orElse(Set.of()).contains(major) ? 1 : 0});
            }
        }
        out.printf(Locale.ROOT, "groups %d: right %d, wrong %d, unjudged %d; precision over judged %.3f%n", groups.size(),
                right, wrong, unjudged, right + wrong == 0 ? 0 : (double) right / (right + wrong));
        out.println("judged right, not formed now: " + notFormed(groups, "right"));
        out.println("judged misses, not formed now: " + notFormed(groups, "miss"));
        int members = scored.size(), ok = (int) scored.stream().filter(s -> s[1] == 1).count();
        out.printf(Locale.ROOT, "members of judged groups %d, of the group's statement %d%n", members, ok);
        out.println("score >= t: members kept, share of the group's statement");
        for (double t : new double[] {0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9}) {
            int n = 0, r = 0;
            for (double[] s : scored) if (s[0] >= t - 1e-9) { n++; r += (int) s[1]; }
            out.printf(Locale.ROOT, "  %.1f  %4d  %.3f%n", t, n, n == 0 ? 0 : (double) r / n);
        }
    }
}
