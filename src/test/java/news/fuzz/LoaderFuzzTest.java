package news.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import news.load.DocumentSink;
import news.load.InputFile;
import news.load.InputFormat;
import news.load.LoadException;
import news.load.Loader;
import news.load.TextDecoder;
import news.model.SourceDocument;

/**
 * Fuzz targets for every loader. The contract under test: whatever the bytes, a loader either
 * returns documents whose text is normalised (no CR, no NUL, NFC, not blank) or fails with a
 * {@link LoadException} whose message is one line naming the file; a skipped record is reported
 * as one line naming the file. Any other exception, and any LoadException that merely wraps a
 * RuntimeException or Error ("cannot parse (NullPointerException)"), is a bug.
 *
 * <p>{@code mvn verify} replays the kept inputs in {@code src/test/resources/fuzz/LoaderFuzzTestInputs/<method>/};
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=LoaderFuzzTest#html} fuzzes one target (see README, Robustness).
 */
class LoaderFuzzTest {
    private static final Path DIR = tempDir();

    private static Path tempDir() {
        try {
            Path shm = Path.of("/dev/shm");
            Path d = Files.isWritable(shm) ? Files.createTempDirectory(shm, "news-fuzz-") : Files.createTempDirectory("news-fuzz-");
            d.toFile().deleteOnExit();
            return d;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "10m")
    void textDecoder(byte[] data) {
        try {
            TextDecoder.Decoded d = TextDecoder.decode(data, "fuzz.txt");
            checkText(d.text());
            for (String w : d.warnings()) checkMessage(w, "fuzz.txt");
        } catch (LoadException e) {
            checkMessage(e.getMessage(), "fuzz.txt");
        }
    }

    @FuzzTest(maxDuration = "10m")
    void gzipText(byte[] data) {
        readAs("in.txt.gz", data);
    }

    @FuzzTest(maxDuration = "10m")
    void text(byte[] data) {
        readAs("in.txt", data);
    }

    @FuzzTest(maxDuration = "10m")
    void html(byte[] data) {
        readAs("in.html", data);
    }

    @FuzzTest(maxDuration = "10m")
    void jsonl(byte[] data) {
        readAs("in.jsonl", data);
    }

    @FuzzTest(maxDuration = "10m")
    void warc(byte[] data) {
        readAs("in.warc", data);
    }

    @FuzzTest(maxDuration = "10m")
    void warcGz(byte[] data) {
        readAs("in.warc.gz", data);
    }

    /** Writes {@code data} as a file of that name and reads it with the CLI's loader. */
    static List<SourceDocument> readAs(String fileName, byte[] data) {
        Path f = DIR.resolve(fileName);
        try {
            Files.write(f, data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        InputFormat format = InputFormat.ofFileName(fileName);
        InputFile in = new InputFile(f, fileName, InputFormat.stem(fileName), format, InputFormat.isGzip(fileName));
        List<SourceDocument> docs = new ArrayList<>();
        try {
            Loader.standard().read(in, new DocumentSink() {
                @Override
                public void accept(SourceDocument doc) {
                    docs.add(doc);
                }

                @Override
                public void skipped(String message) {
                    checkMessage(message, fileName);
                }

                @Override
                public void warn(String message) {
                    checkMessage(message, fileName);
                }
            });
        } catch (LoadException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException || c instanceof Error) {
                AssertionError bug = new AssertionError("reader crashed: " + e.getMessage());
                bug.initCause(c);
                throw bug;
            }
            checkMessage(e.getMessage(), fileName);
        }
        for (SourceDocument d : docs) {
            checkText(d.text());
            if (!d.path().startsWith(fileName)) throw new AssertionError("document path does not name the file: " + d.path());
        }
        return docs;
    }

    /** Loader output is normalised text. */
    static void checkText(String t) {
        if (t.isBlank()) throw new AssertionError("blank document text");
        if (t.indexOf('\r') >= 0) throw new AssertionError("CR left in text");
        if (t.indexOf('\0') >= 0) throw new AssertionError("NUL left in text");
        if (!Normalizer.isNormalized(t, Normalizer.Form.NFC)) throw new AssertionError("text not NFC");
        if (!TextDecoder.normalise(t).equals(t)) throw new AssertionError("normalise not idempotent");
    }

    /** A user-facing message: one line, starting with the input's name. */
    static void checkMessage(String m, String fileName) {
        if (m == null || !m.startsWith(fileName)) throw new AssertionError("message does not name " + fileName + ": " + m);
        if (m.indexOf('\n') >= 0 || m.indexOf('\r') >= 0) throw new AssertionError("message is not one line: " + m);
        for (int i = 0; i < m.length(); i++) {
            int type = Character.getType(m.charAt(i));
            if (type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
                throw new AssertionError("control character U+" + Integer.toHexString(m.charAt(i)) + " in message: " + m);
            }
        }
    }
}
