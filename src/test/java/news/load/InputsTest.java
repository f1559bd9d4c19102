package news.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {
    @TempDir
    Path dir;

    private static byte[] gzip(byte[] data) throws Exception {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(bos)) {
            gz.write(data);
        }
        return bos.toByteArray();
    }

    private InputFile file(Path p) {
        String name = p.getFileName().toString();
        return new InputFile(p, p.toString(), InputFormat.stem(name), InputFormat.ofFileName(name), InputFormat.isGzip(name));
    }

    @Test
    void readsGzip() throws Exception {
        byte[] text = "hello gzip".getBytes(StandardCharsets.UTF_8);
        Path p = Files.write(dir.resolve("a.txt.gz"), gzip(text));
        assertArrayEquals(text, Inputs.readAll(file(p)));
    }

    @Test
    void truncatedGzipIsAOneLineErrorNamingTheFile() throws Exception {
        byte[] gz = gzip("some text that is long enough to be cut in the middle".repeat(50).getBytes(StandardCharsets.UTF_8));
        Path p = Files.write(dir.resolve("cut.txt.gz"), Arrays.copyOf(gz, gz.length / 2));
        LoadException e = assertThrows(LoadException.class, () -> Inputs.readAll(file(p)));
        assertTrue(e.getMessage().contains("cut.txt.gz"), e.getMessage());
        assertTrue(e.getMessage().contains("truncated") || e.getMessage().contains("corrupt"), e.getMessage());
    }

    @Test
    void gzipBombIsRefusedPastTheExpansionLimit() throws Exception {
        // 64 MiB of one letter compresses to ~64 KiB: a ratio of ~1000, above the limit of 200
        // (a letter, not zeros: zeros are refused as binary from the first 8 KiB).
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(bos)) {
            byte[] zeros = new byte[1 << 20];
            java.util.Arrays.fill(zeros, (byte) 'a');
            for (int i = 0; i < 64; i++) gz.write(zeros);
        }
        Path p = Files.write(dir.resolve("bomb.txt.gz"), bos.toByteArray());
        LoadException e = assertThrows(LoadException.class, () -> Inputs.readAll(file(p)));
        assertTrue(e.getMessage().startsWith(p.toString() + ": larger than the limit"), e.getMessage());
    }

    @Test
    void notGzipAtAllIsReported() throws Exception {
        Path p = Files.writeString(dir.resolve("fake.txt.gz"), "plain text, not gzip");
        LoadException e = assertThrows(LoadException.class, () -> Inputs.readAll(file(p)));
        assertTrue(e.getMessage().contains("fake.txt.gz"));
    }
}
