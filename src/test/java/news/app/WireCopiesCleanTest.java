package news.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import news.clean.TextCleaner;
import news.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression (issue 13 item 1, issue 15 item 3): six copies of one seed beside the other seeds
 * lost their lead and most of their body (394 -> 143 words) because the repetition index took
 * the copies' shared lines for site chrome. Copies of one story now count once.
 */
class WireCopiesCleanTest {
    @TempDir
    Path tmp;

    private static Map<String, Article> clean(Path dir) {
        Map<String, Article> out = new LinkedHashMap<>();
        Corpus.open(List.of(dir.toString()), Problems.silent()).forEachArticle(new TextCleaner(), a -> out.put(a.id(), a));
        return out;
    }

    @Test
    void sixCopiesOfOneSeedKeepTheirTextAndTheOtherSeedsAreUnchanged() throws Exception {
        List<Path> seeds;
        try (Stream<Path> s = Files.list(Path.of("corpus"))) {
            seeds = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertEquals(5, seeds.size());
        Map<String, Article> alone = clean(Path.of("corpus"));
        Path copied = seeds.get(0);
        String seedId = copied.getFileName().toString().replace(".txt", "");
        Path dir = Files.createDirectory(tmp.resolve("six"));
        // copies interleaved with the other seeds, so no order helps
        List<String> copyIds = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Files.copy(copied, dir.resolve(i + "_copy.txt"));
            copyIds.add(i + "_copy");
            if (i + 1 < seeds.size()) Files.copy(seeds.get(i + 1), dir.resolve(i + "_" + seeds.get(i + 1).getFileName()));
        }
        Map<String, Article> mixed = clean(dir);
        assertEquals(10, mixed.size());
        Article original = alone.get(seedId);
        int words = original.text().split("\\s+").length;
        assertTrue(words > 300, "seed words " + words);
        for (String id : copyIds) {
            Article a = mixed.get(id);
            int w = a.text().split("\\s+").length;
            assertTrue(w * 100 >= words * 95, id + " kept " + w + " of " + words + " words");
            assertEquals(original.text(), a.text(), id);
            assertEquals(original.title(), a.title(), id);
        }
        for (int i = 1; i < seeds.size(); i++) {
            String id = seeds.get(i).getFileName().toString().replace(".txt", "");
            assertEquals(alone.get(id).text(), mixed.get((i - 1) + "_" + id).text(), id);
        }
    }
}
