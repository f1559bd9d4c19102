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
 * gzip member, or the next "WARC/1." record start). Records that are readable but hold no article
 * (requests, metadata, redirects, other media, index pages) are no error: the pages among them
 * without article text are summed up in one warning per file.
 */
public final class WarcReader implements FormatReader {
    /** Largest HTML payload read from one record. */
    static final int MAX_PAYLOAD_BYTES = 32 << 20;

    @Override
    public void read(InputFile file, DocumentSink sink) throws LoadException {
        String name = file.displayPath();
        if (file.isStdin()) {
            try (InputStream in = Inputs.open(file)) {
                Tally tally = new Tally();
                readStream(new org.netpreserve.jwarc.WarcReader(in), name, sink, tally);
                tally.report(name, sink);
            } catch (IOException e) {
                throw new LoadException(name + ": cannot read WARC (" + e.getMessage() + ")");
            }
            return;
        }
        try (FileChannel ch = FileChannel.open(file.path(), StandardOpenOption.READ)) {
            if (ch.size() == 0) throw new LoadException(name + ": empty file, skipped");
            boolean gzip = startsWithGzipMagic(ch);
            Tally tally = new Tally();
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
                    String badLength = badContentLength(rec.get());
                    if (badLength != null) {
                        // jwarc reads some bad lengths ("-5") as a record and loses its place:
                        // name this record and resynchronise at the next record header
                        skip(sink, name + ": record at offset " + last + ": invalid Content-Length '" + badLength
                                + "', skipped");
                        start = nextBoundary(ch, last + 1, gzip);
                        failed = true;
                        break;
                    }
                    if (!gzip && rec.get().body().size() > ch.size() - last) {
                        skip(sink, name + ": record at offset " + last + ": truncated record (its Content-Length "
                                + rec.get().body().size() + " runs past the end of the file), skipped");
                        break;
                    }
                    long next = gzip ? -1 : swallowedRecord(ch, last, rec.get().body().size());
                    if (next >= 0) {
                        skip(sink, name + ": record at offset " + last + ": truncated record (its declared length runs"
                                + " into the record at offset " + next + "), skipped");
                        start = next;
                        failed = true;
                        break;
                    }
                    try {
                        handle(rec.get(), name, last, sink, tally);
                    } catch (IOException | RuntimeException e) {
                        skip(sink, name + ": record at offset " + last + ": " + describe(e) + ", skipped");
                        start = nextBoundary(ch, last + 1, gzip);
                        failed = true;
                        break;
                    }
                }
                if (!failed) break;
            }
            tally.report(name, sink);
        } catch (LoadException e) {
            throw e;
        } catch (IOException e) {
            throw new LoadException(name + ": cannot read (" + e.getMessage() + ")");
        }
    }

    /**
     * The record's Content-Length when it is not a plain decimal number (negative, empty, not
     * numeric, absurdly long), else null. jwarc takes "-5" as a length and then loses its place.
     */
    static String badContentLength(WarcRecord record) {
        String v = record.headers().first("Content-Length").orElse(null);
        if (v == null) return null;
        v = v.strip();
        boolean digits = !v.isEmpty() && v.length() <= 18;
        for (int i = 0; digits && i < v.length(); i++) digits = v.charAt(i) >= '0' && v.charAt(i) <= '9';
        return digits ? null : v;
    }

    private void readStream(org.netpreserve.jwarc.WarcReader reader, String name, DocumentSink sink, Tally tally)
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
                handle(rec.get(), name, reader.position(), sink, tally);
            } catch (IOException e) {
                skip(sink, name + ": record at offset " + reader.position() + ": " + describe(e) + "; rest of the stream skipped");
                return;
            }
        }
    }

    /** Turns one record into an article when it is an HTML response. */
    private static void handle(WarcRecord record, String name, long offset, DocumentSink sink, Tally tally)
            throws IOException {
        tally.records++;
        if (record instanceof WarcResource resource) {
            handleResource(resource, name, offset, sink, tally);
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
        toDocument(record, payload, charset, response.target(), name, offset, sink, tally);
    }

    private static void toDocument(WarcRecord record, byte[] payload, String charset, String target, String name,
                                   long offset, DocumentSink sink, Tally tally) {
        String where = name + "#" + offset;
        Instant date = record.date();
        Metadata fromRecord = new Metadata(target, null, null, null, null, null);
        Metadata fallback = new Metadata(null, null, null,
                date == null ? null : date.truncatedTo(ChronoUnit.SECONDS).toString(), null, null);
        String id = unique(shortId(record.id() == null ? where : record.id().toString()), tally.ids);
        SourceDocument doc;
        tally.pages++;
        try {
            doc = HtmlReader.fromBytes(payload, charset, id, where, fromRecord, fallback);
        } catch (LoadException e) {
            // The record was read; the page just holds no article (an index, an empty or
            // script-only page). Crawls are full of these: counted, not an input error.
            tally.noText(offset, target, afterName(e.getMessage(), where));
            return;
        }
        tally.articles++;
        sink.accept(doc);
    }

    /** A resource record holding an HTML page itself (browser-based crawlers write these). */
    private static void handleResource(WarcResource resource, String name, long offset, DocumentSink sink,
                                       Tally tally) throws IOException {
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
        toDocument(resource, payload, type.parameters().get("charset"), resource.target(), name, offset, sink, tally);
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

    /**
     * What one file held. Records that carry no article (requests, metadata, redirects, images,
     * index pages) are normal in a crawl: they are summed up in one warning line per file, never
     * reported one by one and never an input error (exit 3 is for records that could not be read).
     */
    private static final class Tally {
        final Set<String> ids = new HashSet<>();
        int records;
        int pages;
        int articles;
        int withoutText;
        String firstWithoutText;

        void noText(long offset, String target, String why) {
            if (withoutText++ == 0) {
                String reason = why.endsWith(", skipped") ? why.substring(0, why.length() - 9) : why;
                firstWithoutText = "offset " + offset + (target == null ? "" : " (" + target + ")") + ": " + reason;
            }
        }

        void report(String name, DocumentSink sink) {
            if (withoutText > 0) {
                sink.warn(Messages.oneLine(name + ": " + withoutText + " of " + pages + " HTML pages had no article text"
                        + " (index, empty or script-only pages), not used; first at " + firstWithoutText));
            } else if (articles == 0 && records > 0) {
                sink.warn(Messages.oneLine(name + ": no article: none of its " + records + " WARC records is a readable"
                        + " HTML page (requests, metadata, redirects, other media)"));
            }
        }
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
     * The offset of the next record start at or after {@code from}; -1 if none. In a compressed
     * file: a gzip member header (1f 8b 08). In a plain one: "WARC/1." at a line start, or
     * anywhere when it is followed by a version line and a header field ("WARC/1.0\r\nWARC-Type:"):
     * a crawler that died mid-record and was restarted appends the next record right after the
     * cut, on the same line.
     */
    static long nextBoundary(FileChannel ch, long from, boolean gzip) throws IOException {
        if (from < 0) from = 0;
        byte[] pattern = gzip ? GZIP_MAGIC : WARC_MAGIC;
        ByteBuffer buf = ByteBuffer.allocate(1 << 16);
        long size = ch.size();
        long pos = from;
        while (pos < size) {
            buf.clear();
            int n = ch.read(buf, pos);
            if (n <= 0) break;
            byte[] a = buf.array();
            for (int i = 0; i + pattern.length <= n; i++) {
                if (a[i] != pattern[0] || !startsWith(a, i, pattern)) continue;
                long at = pos + i;
                if (gzip || isRecordStart(ch, at)) return at;
            }
            if (n < pattern.length || pos + n >= size) break;
            pos += n - pattern.length + 1;
        }
        return -1;
    }

    /**
     * A plain-file record cut short, with the next record appended right after the cut: its
     * declared Content-Length then swallows the start of that record. Detected by a missing
     * CRLFCRLF trailer where the length says the block ends plus a record start inside the
     * declared extent. Returns that record's offset, or -1 when the record looks whole.
     */
    static long swallowedRecord(FileChannel ch, long recordStart, long contentLength) throws IOException {
        long header = headerLength(ch, recordStart);
        if (header < 0) return -1;
        long end = recordStart + header + contentLength; // where the trailer should be
        ByteBuffer t = ByteBuffer.allocate(4);
        int n = ch.read(t, end);
        if (n == 4 && t.getInt(0) == 0x0d0a0d0a) return -1;
        long next = nextBoundary(ch, recordStart + 1, false);
        return next >= 0 && next < end + 4 ? next : -1;
    }

    /** Bytes of the header block starting at {@code start}, through its blank line; -1 if none within 1 MiB. */
    private static long headerLength(FileChannel ch, long start) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(8192);
        int state = 0; // 1: after LF, 2: after LF CR
        for (long pos = start; pos < start + (1 << 20); ) {
            buf.clear();
            int n = ch.read(buf, pos);
            if (n <= 0) return -1;
            byte[] a = buf.array();
            for (int i = 0; i < n; i++) {
                byte c = a[i];
                if (c == '\n') {
                    if (state != 0) return pos + i + 1 - start;
                    state = 1;
                } else if (c == '\r' && state == 1) {
                    state = 2;
                } else if (c != '\r') {
                    state = 0;
                }
            }
            pos += n;
        }
        return -1;
    }

    private static final byte[] GZIP_MAGIC = {0x1f, (byte) 0x8b, 0x08};
    private static final byte[] WARC_MAGIC = "WARC/1.".getBytes(StandardCharsets.US_ASCII);

    private static boolean startsWith(byte[] a, int i, byte[] pattern) {
        for (int k = 0; k < pattern.length; k++) if (a[i + k] != pattern[k]) return false;
        return true;
    }

    /** "WARC/1." at {@code at} begins a record: at a line start, or with a whole version line and header name after it. */
    private static boolean isRecordStart(FileChannel ch, long at) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(80);
        long first = Math.max(0, at - 1);
        int n = Math.max(0, ch.read(b, first));
        byte[] a = b.array();
        if (at == 0 || n > 0 && a[0] == '\n') return true;
        // after "WARC/1.": one digit, CRLF or LF, then a field name ending in ':'
        int i = (int) (at - first) + WARC_MAGIC.length;
        if (i >= n || a[i] < '0' || a[i] > '9') return false;
        i++;
        if (i < n && a[i] == '\r') i++;
        if (i >= n || a[i] != '\n') return false;
        i++;
        int nameStart = i;
        while (i < n && (Character.isLetterOrDigit(a[i]) || a[i] == '-' || a[i] == '_')) i++;
        return i > nameStart && i < n && a[i] == ':';
    }
}
