package news.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import news.util.LongHashSet;
import org.junit.jupiter.api.Test;

class PathListTest {
    private static final String[] PIECES = {"a", "b", "/", "-", ".", "\u00e9", "\uff01", "\ud83d\ude00", "~", "0"};

    private static String randomPath(Random rnd) {
        StringBuilder s = new StringBuilder();
        for (int n = 1 + rnd.nextInt(6); n > 0; n--) s.append(PIECES[rnd.nextInt(PIECES.length)]);
        s.append(rnd.nextBoolean() ? "x" : "\u00e9"); // never ends with "/"
        return s.toString().replaceAll("/+", "/").replaceAll("^/", "");
    }

    @Test
    void keepsDisplaysAndSortsThemAsStringCompareTo() {
        Random rnd = new Random(7);
        PathList list = new PathList(new PathList.Dirs());
        List<String> displays = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            String d = randomPath(rnd);
            Path p = Path.of(d);
            String name = p.getFileName().toString();
            displays.add(p.toString());
            list.add(p, p.toString(), name);
        }
        for (int i = 0; i < displays.size(); i++) {
            assertEquals(displays.get(i), list.display(i));
            assertEquals(Path.of(displays.get(i)), list.path(i));
            assertEquals(Path.of(displays.get(i)).getFileName().toString(), list.fileName(i));
            for (int j = 0; j < 20; j++) {
                int k = rnd.nextInt(displays.size());
                assertEquals(Integer.signum(displays.get(i).compareTo(displays.get(k))), Integer.signum(list.compare(i, k)));
            }
        }
        int[] order = list.sortedOrder();
        List<String> sorted = new ArrayList<>(displays);
        sorted.sort(null);
        for (int i = 0; i < order.length; i++) assertEquals(sorted.get(i), displays.get(order[i]));
        list.freeze(); // directory runs instead of one index a path: the same displays
        for (int i = 0; i < displays.size(); i++) assertEquals(displays.get(i), list.display(i));
    }

    @Test
    void directoriesAreATreeOfSegments() {
        PathList.Dirs dirs = new PathList.Dirs();
        int top = dirs.root("/data/corpus/");
        int a = dirs.child(top, "a/");
        int ab = dirs.child(a, "b\u00e9/");
        assertEquals(top, dirs.root("/data/corpus/"));
        assertEquals("/data/corpus/a/b\u00e9/", dirs.prefix(ab));
        assertEquals("/data/corpus/a/", dirs.prefix(a));
        assertEquals("/data/corpus/a/b\u00e9/", dirs.prefix(ab));
        PathList list = new PathList(dirs);
        int x = list.add(ab, "x.txt", Path.of("/data/corpus/a/b\u00e9/x.txt"), "/data/corpus/a/b\u00e9/x.txt");
        int y = list.add(a, "y.txt", Path.of("/data/corpus/a/y.txt"), "/data/corpus/a/y.txt");
        assertEquals("/data/corpus/a/b\u00e9/x.txt", list.display(x));
        assertTrue(list.compare(x, y) < 0); // "b\u00e9/x.txt" < "y.txt"
        list.freeze();
        assertEquals("/data/corpus/a/y.txt", list.display(y));
    }

    @Test
    void longHashSetIsASet() {
        LongHashSet set = new LongHashSet(4);
        java.util.Set<Long> ref = new java.util.HashSet<>();
        Random rnd = new Random(3);
        for (int i = 0; i < 50_000; i++) {
            long v = rnd.nextInt(20_000) - 100; // repeats, and 0
            assertEquals(ref.add(v), set.add(v));
        }
        assertEquals(ref.size(), set.size());
        assertTrue(set.contains(0));
        assertFalse(set.contains(1L << 40));
        long[] expected = ref.stream().mapToLong(Long::longValue).sorted().toArray();
        assertTrue(Arrays.equals(expected, set.toSortedArray()));
    }
}
