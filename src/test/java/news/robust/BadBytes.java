package news.robust;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import javax.imageio.ImageIO;

/** Generators of malformed and hostile input files, made by the tests (nothing binary is checked in). */
final class BadBytes {
    private BadBytes() {}

    /** A small but well-formed PDF: ASCII object dictionaries around a deflated content stream. */
    static byte[] pdf() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        write(b, "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
        StringBuilder objects = new StringBuilder();
        for (int i = 1; i <= 60; i++) {
            objects.append(i).append(" 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] ")
                    .append("/Resources << /Font << /F1 4 0 R >> >> /Contents ").append(i + 100).append(" 0 R >>\nendobj\n");
        }
        write(b, objects.toString());
        byte[] content = deflate(random(24 << 10, 3)); // compressed page content: binary
        write(b, "101 0 obj\n<< /Length " + content.length + " /Filter /FlateDecode >>\nstream\n");
        b.writeBytes(content);
        write(b, "\nendstream\nendobj\nxref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 1 /Root 1 0 R >>\nstartxref\n0\n%%EOF\n");
        return b.toByteArray();
    }

    /** A real PNG of noise, written by ImageIO. */
    static byte[] png() {
        BufferedImage img = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        Random rnd = new Random(11);
        for (int y = 0; y < 64; y++) for (int x = 0; x < 64; x++) img.setRGB(x, y, rnd.nextInt());
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.toByteArray();
    }

    static byte[] random(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    /** 20 KB of clean text followed by 40 KB of binary: the head alone looks like text. */
    static byte[] textThenBinary() {
        String text = "An ordinary paragraph of a news article, nothing odd about it.\n".repeat(320);
        byte[] head = text.getBytes(StandardCharsets.US_ASCII);
        byte[] tail = random(40 << 10, 5);
        for (int i = 0; i < tail.length; i++) if (tail[i] == 0) tail[i] = 1; // no NUL: only control density tells
        byte[] out = Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, out, head.length, tail.length);
        return out;
    }

    /** A UTF-16LE BOM followed by an unpaired high surrogate. */
    static byte[] brokenUtf16() {
        return new byte[] {(byte) 0xFF, (byte) 0xFE, 'H', 0, 'i', 0, 0x00, (byte) 0xD8, 'x', 0};
    }

    static byte[] gzip(byte[] data) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(b)) {
            gz.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.toByteArray();
    }

    /** A gzip of 30 KB of text, cut in the middle of its deflate stream. */
    static byte[] truncatedGzip() {
        StringBuilder sb = new StringBuilder();
        Random rnd = new Random(9);
        for (int i = 0; i < 5000; i++) sb.append("w").append(rnd.nextInt(100000)).append(' ');
        byte[] whole = gzip(sb.toString().getBytes(StandardCharsets.US_ASCII));
        return Arrays.copyOf(whole, whole.length / 2);
    }

    /** {@code size} zero bytes, gzipped with maximum compression (about 1:1000). */
    /** {@code size} bytes of the letter "a", gzip-compressed (text, so only the expansion limit stops it). */
    static byte[] gzipBomb(long size) {
        return gzipBomb(size, (byte) 'a');
    }

    static byte[] gzipBomb(long size, byte fill) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(b, 1 << 16) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            byte[] zeros = new byte[1 << 20];
            java.util.Arrays.fill(zeros, fill);
            for (long n = 0; n < size; n += zeros.length) gz.write(zeros);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.toByteArray();
    }

    /** Streams {@code size} bytes of one long line of words, quotes and punctuation to {@code file}. */
    static void writeSingleLine(Path file, long size) throws IOException {
        byte[] chunk = ("The minister said \"we will hold\" at 10:30, and Mr. Smith of the Ministry replied: "
                + "nothing at all; (costs: $1,200) & more. ").repeat(512).getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long n = 0; n < size; n += chunk.length) out.write(chunk);
            out.write('\n');
        }
    }

    private static byte[] deflate(byte[] data) {
        Deflater d = new Deflater();
        d.setInput(data);
        d.finish();
        byte[] buf = new byte[data.length + 1024];
        int n = d.deflate(buf);
        d.end();
        return Arrays.copyOf(buf, n);
    }

    private static void write(ByteArrayOutputStream b, String s) {
        b.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
    }
}
