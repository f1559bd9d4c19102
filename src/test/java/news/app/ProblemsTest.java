package news.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemsTest {
    @Test
    void everyMessageIsPrintedOnOneLine() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Problems p = new Problems(new PrintStream(err, true, StandardCharsets.UTF_8));
        p.skipped("bad\nname.txt: cannot read (parse error\r<<-- HERE)");
        p.warn("x.warc: header \u001B[2J value");
        assertEquals(List.of("news: error: bad name.txt: cannot read (parse error <<-- HERE)",
                "news: warning: x.warc: header \\u001B[2J value"), err.toString(StandardCharsets.UTF_8).lines().toList());
        assertEquals(List.of("bad name.txt: cannot read (parse error <<-- HERE)"), p.skippedMessages());
    }

    @Test
    void warningsDoNotChangeTheExitCodeSkippedInputsDo() {
        Problems p = Problems.silent();
        p.warn("crawl.warc: 3 of 9 HTML pages had no article text");
        assertEquals(Problems.OK, p.exitCode());
        p.skipped("crawl.warc: record at offset 7: truncated record, skipped");
        assertEquals(Problems.FAILURE, p.exitCode(), "skipped and nothing read: nothing processed");
        p.documentRead();
        assertEquals(Problems.SKIPPED, p.exitCode());
    }
}
