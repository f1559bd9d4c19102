package news.dedup;

import java.util.ArrayList;
import java.util.List;

/**
 * Word-level diff of two texts over their normalised words (Myers' O(ND) algorithm), reported
 * with the original wording of each side. Refuses (returns null) beyond {@link #MAX_EDITS} edits,
 * where a diff says nothing a person could read anyway.
 */
public final class WordDiff {
    public static final int MAX_EDITS = 3000;

    private WordDiff() {}

    /** One run of the diff: equal words, or a region that differs. */
    public enum Op { SAME, DIFFERENT }

    /**
     * A hunk: the word ranges [aFrom, aTo) and [bFrom, bTo) and their original texts.
     *
     * @param op    SAME or DIFFERENT
     * @param aFrom first word in A
     * @param aTo   end word in A
     * @param bFrom first word in B
     * @param bTo   end word in B
     * @param aText the words of A as written (empty when none)
     * @param bText the words of B as written
     */
    public record Hunk(Op op, int aFrom, int aTo, int bFrom, int bTo, String aText, String bText) {
        public Hunk {
            if (aFrom > aTo || bFrom > bTo) throw new IllegalArgumentException("bad hunk range");
        }
    }

    public static List<Hunk> diff(String textA, String textB) {
        Tokens a = Tokens.of(textA), b = Tokens.of(textB);
        boolean[][] keep = lcsMarks(a.hashes(), b.hashes());
        if (keep == null) return null;
        boolean[] inA = keep[0], inB = keep[1];
        List<Hunk> out = new ArrayList<>();
        int i = 0, j = 0;
        int na = a.size(), nb = b.size();
        while (i < na || j < nb) {
            if (i < na && j < nb && inA[i] && inB[j]) {
                int si = i, sj = j;
                while (i < na && j < nb && inA[i] && inB[j]) {
                    i++;
                    j++;
                }
                out.add(new Hunk(Op.SAME, si, i, sj, j, span(textA, a, si, i), span(textB, b, sj, j)));
            } else {
                int si = i, sj = j;
                while (i < na && !inA[i]) i++;
                while (j < nb && !inB[j]) j++;
                out.add(new Hunk(Op.DIFFERENT, si, i, sj, j, span(textA, a, si, i), span(textB, b, sj, j)));
            }
        }
        return out;
    }

    private static String span(String text, Tokens t, int from, int to) {
        if (from >= to) return "";
        return text.substring(t.starts()[from], t.ends()[to - 1]);
    }

    /** Marks the words of a and b that belong to one longest common subsequence, or null if too far apart. */
    static boolean[][] lcsMarks(long[] a, long[] b) {
        boolean[] inA = new boolean[a.length], inB = new boolean[b.length];
        int pre = 0;
        while (pre < a.length && pre < b.length && a[pre] == b[pre]) {
            inA[pre] = inB[pre] = true;
            pre++;
        }
        int suf = 0;
        while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] == b[b.length - 1 - suf]) {
            inA[a.length - 1 - suf] = inB[b.length - 1 - suf] = true;
            suf++;
        }
        int n = a.length - pre - suf, m = b.length - pre - suf;
        int max = n + m;
        if (max == 0) return new boolean[][] {inA, inB};
        int offset = max + 1;
        int[] v = new int[2 * max + 3];
        List<int[]> trace = new ArrayList<>();
        int dFound = -1;
        for (int d = 0; d <= max; d++) {
            if (d > MAX_EDITS) return null;
            trace.add(java.util.Arrays.copyOfRange(v, offset - d - 1, offset + d + 2));
            for (int k = -d; k <= d; k += 2) {
                int x;
                if (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) x = v[offset + k + 1];
                else x = v[offset + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a[pre + x] == b[pre + y]) {
                    x++;
                    y++;
                }
                v[offset + k] = x;
                if (x >= n && y >= m) {
                    dFound = d;
                    break;
                }
            }
            if (dFound >= 0) break;
        }
        // backtrack through the saved frontiers (trace[d] holds v before step d, window k in [-d-1, d+1])
        int x = n, y = m;
        for (int d = dFound; d > 0; d--) {
            int[] vd = trace.get(d);
            int base = -d - 1; // k of vd[0]
            int k = x - y;
            int prevK;
            if (k == -d || (k != d && get(vd, base, k - 1) < get(vd, base, k + 1))) prevK = k + 1;
            else prevK = k - 1;
            int prevX = get(vd, base, prevK);
            int prevY = prevX - prevK;
            while (x > prevX && y > prevY) {
                inA[pre + x - 1] = inB[pre + y - 1] = true;
                x--;
                y--;
            }
            x = prevX;
            y = prevY;
        }
        while (x > 0 && y > 0) {
            inA[pre + x - 1] = inB[pre + y - 1] = true;
            x--;
            y--;
        }
        return new boolean[][] {inA, inB};
    }

    private static int get(int[] vd, int base, int k) {
        int i = k - base;
        return i < 0 || i >= vd.length ? -1 : vd[i];
    }
}
