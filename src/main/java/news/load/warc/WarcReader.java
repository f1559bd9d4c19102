package news.load.warc;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import news.load.DocumentSink;
import news.load.FormatReader;
import news.load.InputFile;
import news.load.Inputs;
import news.load.LoadException;
import news.load.Messages;
import news.load.html.HtmlReader;
import news.model.Metadata;
import news.model.SourceDocument;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * WARC crawls (.warc, .warc.gz): every {@code response} record whose HTTP payload is an HTML page
 * (status 2xx), and every {@code resource} record of type text/html, becomes an article, read record by record (never the whole file in memory). The
 * id is a short form of the WARC-Record-ID, the url the WARC-Target-URI, and the capture date
 * stands in for a publication date the page does not state. A corrupt or truncated record is
 * reported with its offset and skipped; reading resumes at the next record boundary (the next
 * gzip member, or the next "WARC/1." line).
 */
public final class WarcReader implements FormatReader {
    /** Largest HTML payload read from one record. */
    static final int MAX_PAYLOAD_BYTES = 32 << 20;

    @Override
    public void read(InputFile file, DocumentSink sink) throws LoadException {
        String name = file.displayPath();
        if (file.isStdin()) {
            try (InputStream in = Inputs.open(file)) {
                readStream(new org.netpreserve.jwarc.WarcReader(in), name, sink, new HashSet<>());
            } catch (IOException e) {
                throw new LoadException(name + ": cannot read WARC (" + e.getMessage() + ")");
            }
            return;
        }
        try (FileChannel ch = FileChannel.open(file.path(), StandardOpenOption.READ)) {
            if (ch.size() == 0) throw new LoadException(name + ": empty file, skipped");
            boolean gzip = startsWithGzipMagic(ch);
            Set<String> ids = new HashSet<>();
            long start = 0;
            int records = 0;
            while (start >= 0 && start < ch.size()) {
                ch.position(start);
                org.netpreserve.jwarc.WarcReader reader;
                try {
                    reader = new org.netpreserve.jwarc.WarcReader(ch);
                } catch (IOException | RuntimeException e) {
                    skip(sink, name + ": record at offset " + start + ": " + describe(e) + ", skipped");
                    start = nextBoundary(ch, start + 1, gzip);
                    continue;
                }
                long last = start;
                boolean readAny = false;
                boolean failed = false;
                while (true) {
                    Optional<WarcRecord> rec;
                    try {
                        rec = reader.next();
                    } catch (IOException | RuntimeException e) {
                        // the failing record starts at the first boundary after the last good one
                        long at = readAny ? nextBoundary(ch, last + 1, gzip) : start;
                        if (at < 0) at = last;
                        start = nextBoundary(ch, at + 1, gzip);
                        if (records == 0 && start < 0) {
                            throw new LoadException(name + ": not a valid WARC file (" + describe(e) + "), skipped");
                        }
                        skip(sink, name + ": record at offset " + at + ": " + describe(e) + ", skipped");
                        failed = true;
                        break;
                    }
                    if (rec.isEmpty()) break;
                    records++;
                    readAny = true;
                    last = reader.position();
                    try {
                        handle(rec.get(), name, last, sink, ids);
                    } catch (IOException | RuntimeException e) {
                        skip(sink, name + ": record at offset " + last + ": " + describe(e) + ", skipped");
                        start = nextBoundary(ch, last + 1, gzip);
                        failed = true;
                        break;
                    }
                }
                if (!failed) break;
            }
        } catch (LoadException e) {
            throw e;
        } catch (IOException e) {
            throw new LoadException(name + ": cannot read (" + e.getMessage() + ")");
        }
    }

    private void readStream(org.netpreserve.jwarc.WarcReader reader, String name, DocumentSink sink, Set<String> ids)
            throws IOException {
        while (true) {
            Optional<WarcRecord> rec;
            long at = reader.position();
            try {
                rec = reader.next();
            } catch (IOException e) {
                skip(sink, name + ": record after offset " + at + ": " + describe(e) + "; rest of the stream skipped");
                return;
            }
            if (rec.isEmpty()) return;
            try {
                handle(rec.get(), name, reader.position(), sink, ids);
            } catch (IOException e) {
                skip(sink, name + ": record at offset " + reader.position() + ": " + describe(e) + "; rest of the stream skipped");
                return;
            }
        }
    }

    /** Turns one record into an article when it is an HTML response. */
    private static void handle(WarcRecord record, String name, long offset, DocumentSink sink, Set<String> ids)
            throws IOException {
        if (record instanceof WarcResource resource) {
            handleResource(resource, name, offset, sink, ids);
            return;
        }
        if (!(record instanceof WarcResponse response)) return;
        MediaType type = response.contentType();
        if (type == null || !type.base().toString().equalsIgnoreCase("application/http")) return;
        HttpResponse http = response.http();
        if (http.status() < 200 || http.status() >= 300) return;
        MediaType payloadType = http.contentType();
        String base = payloadType == null ? "" : payloadType.base().toString().toLowerCase(Locale.ROOT);
        boolean declaredHtml = base.equals("text/html") || base.equals("application/xhtml+xml");
        if (!declaredHtml && !base.isEmpty() && !base.equals("application/octet-stream")) return;
        byte[] payload = readPayload(http, record, name, offset);
        if (!declaredHtml && !sniffHtml(payload)) return;
        String charset = payloadType == null ? null : payloadType.parameters().get("charset");
        toDocument(record, payload, charset, response.target(), name, offset, sink, ids);
    }

    private static void toDocument(WarcRecord record, byte[] payload, String charset, String target, String name,
                                   long offset, DocumentSink sink, Set<String> ids) {
        String where = name + "#" + offset;
        Instant date = record.date();
        Metadata fromRecord = new Metadata(target, null, null, null, null, null);
        Metadata fallback = new Metadata(null, null, null,
                date == null ? null : date.truncatedTo(ChronoUnit.SECONDS).toString(), null, null);
        String id = unique(shortId(record.id() == null ? where : record.id().toString()), ids);
        SourceDocument doc;
        try {
            doc = HtmlReader.fromBytes(payload, charset, id, where, fromRecord, fallback);
        } catch (LoadException e) {
            skip(sink, name + ": record at offset " + offset + " (" + target + "): " + afterName(e.getMessage(), where));
            return;
        }
        sink.accept(doc);
    }

    /** A resource record holding an HTML page itself (browser-based crawlers write these). */
    private static void handleResource(WarcResource resource, String name, long offset, DocumentSink sink,
                                       Set<String> ids) throws IOException {
        MediaType type = resource.contentType();
        String base = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
        if (!base.equals("text/html") && !base.equals("application/xhtml+xml")) return;
        byte[] payload;
        try (InputStream in = resource.body().stream()) {
            payload = in.readNBytes(MAX_PAYLOAD_BYTES + 1);
        }
        if (payload.length > MAX_PAYLOAD_BYTES) throw new IOException("HTML payload larger than " + MAX_PAYLOAD_BYTES + " bytes");
        MessageBody block = resource.body();
        block.consume();
        if (block.position() < block.size()) {
            throw new EOFException("truncated: " + block.position() + " of " + block.size() + " declared bytes");
        }
        toDocument(resource, payload, type.parameters().get("charset"), resource.target(), name, offset, sink, ids);
    }

    private static byte[] readPayload(HttpResponse http, WarcRecord record, String name, long offset) throws IOException {
        MessageBody body;
        try {
            body = http.bodyDecoded();
        } catch (IOException | RuntimeException e) {
            body = http.body(); // unknown Content-Encoding: take the bytes as they are
        }
        byte[] bytes;
        try (InputStream in = body.stream()) {
            bytes = in.readNBytes(MAX_PAYLOAD_BYTES + 1);
        }
        if (bytes.length > MAX_PAYLOAD_BYTES) {
            throw new IOException("HTML payload larger than " + MAX_PAYLOAD_BYTES + " bytes");
        }
        MessageBody block = record.body();
        block.consume();
        if (block.position() < block.size()) {
            throw new EOFException("truncated: " + block.position() + " of " + block.size() + " declared bytes");
        }
        return bytes;
    }

    private static boolean sniffHtml(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, 512), StandardCharsets.ISO_8859_1).stripLeading()
                .toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<head") || head.contains("<body");
    }

    /** "urn:uuid:6c2a…" -> 16 hex digits of the uuid; any other id -> 16 hex digits of its SHA-256. */
    static String shortId(String recordId) {
        String s = recordId.strip();
        if (s.startsWith("<") && s.endsWith(">")) s = s.substring(1, s.length() - 1);
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.startsWith("urn:uuid:")) {
            String hex = lower.substring(9).replace("-", "");
            if (hex.length() >= 16 && hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) return hex.substring(0, 16);
        }
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String unique(String id, Set<String> ids) {
        String u = id;
        for (int k = 2; !ids.add(u); k++) u = id + "~" + k;
        return u;
    }

    /** Every skipped-record message goes through here: jwarc's errors and WARC headers may hold CR/LF. */
    private static void skip(DocumentSink sink, String message) {
        sink.skipped(Messages.oneLine(message));
    }

    private static String afterName(String message, String where) {
        return message.startsWith(where + ": ") ? message.substring(where.length() + 2) : message;
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        if (e instanceof EOFException || m != null && m.toLowerCase(Locale.ROOT).contains("unexpected end")) {
            return "truncated record" + (m == null ? "" : " (" + firstLine(m) + ")");
        }
        return "corrupt record (" + (m == null ? e.getClass().getSimpleName() : firstLine(m)) + ")";
    }

    private static String firstLine(String m) {
        int nl = m.indexOf('\n');
        String s = nl < 0 ? m : m.substring(0, nl);
        s = Messages.oneLine(s);
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    private static boolean startsWithGzipMagic(FileChannel ch) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(2);
        ch.read(b, 0);
        return b.position() == 2 && (b.get(0) & 0xFF) == 0x1f && (b.get(1) & 0xFF) == 0x8b;
    }

    /**
     * The offset of the next record start at or after {@code from}: a gzip member header
     * (1f 8b 08) in a compressed file, a "WARC/1." at a line start in a plain one; -1 if none.
     */
    static long nextBoundary(FileChannel ch, long from, boolean gzip) throws IOException {
        byte[] pattern = gzip ? new byte[] {0x1f, (byte) 0x8b, 0x08} : "\nWARC/1.".getBytes(StandardCharsets.US_ASCII);
        long pos = gzip ? from : from - 1;
        if (pos < 0) pos = 0;
        ByteBuffer buf = ByteBuffer.allocate(1 << 16);
        long size = ch.size();
        while (pos < size) {
            buf.clear();
            int n = ch.read(buf, pos);
            if (n <= 0) break;
            byte[] a = buf.array();
            for (int i = 0; i + pattern.length <= n; i++) {
                boolean match = true;
                for (int k = 0; k < pattern.length; k++) {
                    if (a[i + k] != pattern[k]) {
                        match = false;
                        break;
                    }
                }
                if (match) {
                    long at = gzip ? pos + i : pos + i + 1;
                    if (at >= from) return at;
                }
            }
            if (n < pattern.length) break;
            pos += n - pattern.length + 1;
        }
        return -1;
    }
}
