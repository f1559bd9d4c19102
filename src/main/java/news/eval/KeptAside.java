package news.eval;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The part of a benchmark kept aside while tuning rules: the pages whose id's SHA-256 (UTF-8),
 * read as an unsigned 64-bit number from its first 8 bytes, is 0 modulo 5 (one page in five).
 * Rules are developed looking at the other pages only; the kept-aside figures show whether they
 * generalise.
 */
public final class KeptAside {
    private KeptAside() {}

    public static boolean isKeptAside(String id) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            long v = 0;
            for (int i = 0; i < 8; i++) v = v << 8 | (h[i] & 0xff);
            return Long.remainderUnsigned(v, 5) == 0;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
