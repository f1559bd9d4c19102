package news.load;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/** Opening inputs as byte streams: stdin, files, gzip, with size limits against gzip bombs. */
public final class Inputs {
    /** Largest decoded (decompressed) size of one input we accept: 1 GiB. */
    public static final long MAX_DECODED_BYTES = 1L << 30;
    /** Largest expansion ratio of a .gz input (decompressed / compressed) we accept. */
    public static final long MAX_GZIP_RATIO = 200;
    /** Expansion is only policed past this many decompressed bytes (tiny files compress well). */
    private static final long RATIO_GRACE_BYTES = 16L << 20;

    private Inputs() {}

    /** Opens the file (decompressing when gzip), enforcing the limits above. */
    public static InputStream open(InputFile f) throws LoadException {
        try {
            InputStream raw = f.isStdin() ? System.in : Files.newInputStream(f.path());
            raw = new BufferedInputStream(raw, 1 << 16);
            if (!f.gzip()) return new LimitedInputStream(raw, f.displayPath(), MAX_DECODED_BYTES);
            long compressed = f.isStdin() ? Long.MAX_VALUE / MAX_GZIP_RATIO : Math.max(1, Files.size(f.path()));
            long limit = Math.min(MAX_DECODED_BYTES, Math.max(RATIO_GRACE_BYTES, compressed * MAX_GZIP_RATIO));
            return new LimitedInputStream(new GzipErrors(new GZIPInputStream(raw, 1 << 16), f.displayPath()),
                    f.displayPath(), limit);
        } catch (java.nio.file.AccessDeniedException e) {
            throw new LoadException(f.displayPath() + ": permission denied");
        } catch (ZipException e) {
            throw new LoadException(f.displayPath() + ": not a valid gzip file (" + e.getMessage() + ")");
        } catch (EOFException e) {
            throw new LoadException(f.displayPath() + ": truncated gzip file");
        } catch (IOException e) {
            throw new LoadException(f.displayPath() + ": cannot read (" + describe(e) + ")");
        }
    }

    /** The reason of an I/O error in words; the JDK's file exceptions carry only the path. */
    static String describe(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) return "no such file (removed while running?)";
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) return fse.getReason();
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Reads the whole input (within the limits). */
    public static byte[] readAll(InputFile f) throws LoadException {
        if (!f.isStdin() && !f.gzip() && Files.isRegularFile(f.path())) {
            // (a device or pipe, e.g. /dev/zero, has no size: it is read through the limited stream)
            try {
                long size = Files.size(f.path());
                if (size > MAX_DECODED_BYTES) {
                    throw new LoadException(f.displayPath() + ": larger than the limit of " + MAX_DECODED_BYTES
                            + " bytes, skipped");
                }
                return Files.readAllBytes(f.path()); // one read of a known size: the fast path
            } catch (LoadException e) {
                throw e;
            } catch (java.nio.file.AccessDeniedException e) {
                throw new LoadException(f.displayPath() + ": permission denied");
            } catch (IOException e) {
                throw new LoadException(f.displayPath() + ": cannot read (" + describe(e) + ")");
            } catch (OutOfMemoryError e) {
                throw new LoadException(f.displayPath() + ": too large to hold in memory");
            }
        }
        try (InputStream in = open(f)) {
            // A stream (stdin, gzip) has no size: look at its start before reading up to the
            // limit, so /dev/zero or an image on stdin fails at once, not after 1 GiB.
            byte[] head = in.readNBytes(8192);
            if (TextDecoder.looksBinaryStart(head)) throw new LoadException(f.displayPath() + ": binary file (not text), skipped");
            byte[] rest = in.readAllBytes();
            if (rest.length == 0) return head;
            byte[] all = java.util.Arrays.copyOf(head, head.length + rest.length);
            System.arraycopy(rest, 0, all, head.length, rest.length);
            return all;
        } catch (LoadException e) {
            throw e;
        } catch (IOException e) {
            throw new LoadException(f.displayPath() + ": cannot read (" + describe(e) + ")");
        } catch (OutOfMemoryError e) {
            throw new LoadException(f.displayPath() + ": too large to hold in memory");
        }
    }

    /** Fails with a one-line message once more than {@code limit} bytes have been read. */
    static final class LimitedInputStream extends FilterInputStream {
        private final String name;
        private final long limit;
        private long count;

        LimitedInputStream(InputStream in, String name, long limit) {
            super(in);
            this.name = name;
            this.limit = limit;
        }

        private void add(long n) throws LoadException {
            if (n > 0) count += n;
            if (count > limit) {
                throw new LoadException(name + ": larger than the limit of " + limit
                        + " decompressed bytes (gzip bomb or oversized input), skipped");
            }
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) add(1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            add(n);
            return n;
        }
    }

    /** Turns the JDK's gzip exceptions into one-line messages naming the file and the offset. */
    static final class GzipErrors extends FilterInputStream {
        private final String name;
        private long decompressed;

        GzipErrors(InputStream in, String name) {
            super(in);
            this.name = name;
        }

        @Override
        public int read() throws IOException {
            try {
                int b = super.read();
                if (b >= 0) decompressed++;
                return b;
            } catch (EOFException e) {
                throw truncated();
            } catch (ZipException e) {
                throw corrupt(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                int n = super.read(b, off, len);
                if (n > 0) decompressed += n;
                return n;
            } catch (EOFException e) {
                throw truncated();
            } catch (ZipException e) {
                throw corrupt(e);
            }
        }

        private LoadException truncated() {
            return new LoadException(name + ": truncated gzip file (ends after " + decompressed
                    + " decompressed bytes), skipped");
        }

        private LoadException corrupt(ZipException e) {
            return new LoadException(name + ": corrupt gzip data at decompressed byte " + decompressed + " ("
                    + e.getMessage() + "), skipped");
        }
    }
}
