package news.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The progress line, drawn on a clock the test moves (no timing in the test). */
class ProgressTest {
    private static final long MS = 1_000_000L;
    private final AtomicLong now = new AtomicLong(1_000 * MS);
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream terminal = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private Progress progress(boolean live, Progress.Level level) {
        return new Progress(terminal, "clean", live, level, now::get);
    }

    private String screen() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void framesShowFilesMegabytesRateAndTimeLeft() {
        Progress p = progress(true, Progress.Level.NORMAL);
        Progress.Pass pass = p.pass("cleaning", 10, i -> i < 5 ? 200_000 : 800_000); // 5 MB in all
        now.addAndGet(400 * MS);
        p.tick();
        assertEquals("", screen(), "no frame in the first half second");
        for (int i = 0; i < 5; i++) {
            pass.document();
            pass.file(i);
        }
        now.addAndGet(1_600 * MS); // 2 s into the pass: 5 of 10 files, 1 MB of 5
        p.tick();
        assertEquals("\r\033[Kclean: cleaning 5/10 files · 1.0/5.0 MB · 0.5 MB/s · ETA 0:08", screen(),
                "the time left follows the bytes, not the files");
        bytes.reset();
        now.addAndGet(100 * MS);
        p.tick();
        assertEquals("", screen(), "at most one frame per 200 ms");
        pass.close();
        now.addAndGet(61_000 * MS);
        p.tick();
        assertEquals("\r\033[Kclean: 5 articles read, working… 1:03", screen());
        bytes.reset();
        p.close();
        assertEquals("\r\033[K", screen(), "closing clears the line");
    }

    @Test
    void manyArticlesAFileAreCountedAndAnUnknownSizeFallsBackToFiles() {
        Progress p = progress(true, Progress.Level.NORMAL);
        Progress.Pass pass = p.pass("reading", 4, i -> 0);
        for (int i = 0; i < 300; i++) pass.document();
        pass.file(0);
        now.addAndGet(1_000 * MS);
        p.tick();
        assertEquals("\r\033[Kclean: reading 1/4 files · 300 articles · 0.0 MB · 0.0 MB/s · ETA 0:03", screen());
    }

    @Test
    void messagesClearTheFrameFirst() {
        Progress p = progress(true, Progress.Level.NORMAL);
        p.pass("scanning", 2, i -> 1000).file(0);
        now.addAndGet(600 * MS);
        p.tick();
        p.println("news: error: x.txt: unreadable, skipped");
        assertTrue(screen().endsWith("ETA 0:00\r\033[Knews: error: x.txt: unreadable, skipped" + System.lineSeparator()), screen());
    }

    @Test
    void verbosePrintsAPassSummaryAndTheTotalTimeAndNotLiveDrawsNothing() {
        Progress p = progress(false, Progress.Level.VERBOSE);
        Progress.Pass pass = p.pass("scanning", 3, i -> 1_000_000);
        for (int i = 0; i < 3; i++) {
            pass.file(i);
            pass.document();
        }
        now.addAndGet(1_500 * MS);
        p.tick();
        pass.close();
        pass.close(); // once
        p.close();
        String nl = System.lineSeparator();
        assertEquals("news: clean: scanning 3 files (3.0 MB), 3 articles in 1.5 s (2.0 MB/s)" + nl
                + "news: clean: done in 1.5 s" + nl, screen());
    }

    @Test
    void quietShowsNoWarningsAndOffCountsNothing() {
        assertTrue(!progress(false, Progress.Level.QUIET).showsWarnings());
        assertTrue(Progress.OFF.showsWarnings());
        assertSame(Progress.Pass.NONE, Progress.OFF.pass("cleaning", 5, i -> 1));
        Progress.Pass none = Progress.OFF.pass("cleaning", 5, i -> {
            throw new AssertionError("no size asked when off");
        });
        none.document();
        none.file(0);
        none.close();
        assertEquals(null, none.documents, "no counters at all");
    }

    @Test
    void longFramesAreCutToTheWidthAndClockTimesRead() {
        assertEquals("0:07", Progress.clockTime(7_000 * MS));
        assertEquals("12:34", Progress.clockTime((12 * 60 + 34) * 1_000 * MS));
        assertEquals("1:02:03", Progress.clockTime(3723L * 1_000 * MS));
        Progress p = new Progress(terminal, "x".repeat(100), true, Progress.Level.NORMAL, now::get);
        now.addAndGet(600 * MS);
        p.tick();
        assertEquals(Progress.MAX_WIDTH, screen().length() - "\r\033[K".length());
        assertEquals("0.0", Progress.megabytes(49_999));
        assertEquals("0.1", Progress.megabytes(50_000));
        assertEquals("1234.5", Progress.megabytes(1_234_500_000L));
    }

    /** stdout on the same terminal: data clears the frame first, and no frame is drawn after a partial line. */
    @Test
    void dataOnTheSameTerminalNeverSharesALineWithAFrame() throws Exception {
        Progress p = progress(true, Progress.Level.NORMAL);
        p.pass("cleaning", 2, i -> 0).file(0);
        java.io.OutputStream data = p.data(terminal, true);
        assertSame(terminal, p.data(terminal, false));
        now.addAndGet(600 * MS);
        p.tick();
        data.write("{\"id\": 1".getBytes(StandardCharsets.UTF_8));
        now.addAndGet(300 * MS);
        p.tick(); // mid-line: no frame
        data.write("}\n".getBytes(StandardCharsets.UTF_8));
        now.addAndGet(300 * MS);
        p.tick();
        String frame = "clean: cleaning 1/2 files · 0 articles · 0.0 MB · 0.0 MB/s · ETA 0:00";
        assertEquals("\r\033[K" + frame
                + "\r\033[K{\"id\": 1}\n\r\033[K" + frame.replace("0:00", "0:01"), screen());
    }
}
