package news.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.output.OutputFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListServiceTest {
    @TempDir
    Path dir;

    @Test
    void numbersSortDescendingStringsAscendingNullsLast() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Object[] r : new Object[][] {{"b", 5}, {"a", 50}, {null, 7}}) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("title", r[0]);
            m.put("words", r[1]);
            rows.add(m);
        }
        rows.sort(ListService.comparator("words"));
        assertEquals(List.of(50, 7, 5), rows.stream().map(m -> m.get("words")).toList());
        rows.sort(ListService.comparator("title"));
        assertEquals("a", rows.get(0).get("title"));
        assertEquals(null, rows.get(2).get("title"));
    }

    @Test
    void rowsStreamInInputOrderAndSkippedInputsGiveExitCode3() throws Exception {
        Files.writeString(dir.resolve("b.txt"), "Second story\n\nBody of the second story, long enough to count.\n");
        Files.writeString(dir.resolve("a.txt"), "First story\n\nBody of the first story, long enough to count.\n");
        Files.write(dir.resolve("c.txt"), new byte[0]);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Problems problems = Problems.silent();
        int code = ListService.run(List.of(dir.toString()), OutputFormat.CSV, null, out, problems);
        assertEquals(Problems.SKIPPED, code);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\r\n");
        assertEquals(3, lines.length);
        assertEquals("a", lines[1].split(",")[0]);
        assertEquals("b", lines[2].split(",")[0]);
        assertEquals(1, problems.skippedMessages().size());
    }

    @Test
    void unknownSortFieldIsAUsageError() {
        assertThrows(IllegalArgumentException.class, () -> ListService.run(List.of(dir.toString()),
                OutputFormat.TABLE, "nope", new ByteArrayOutputStream(), Problems.silent()));
    }
}
