package news.util;

/** 64-bit hashing shared by dedup (tokens, shingles, signatures) and the hash tables of load and clean: fixed seeds, so runs are reproducible. */
public final class Hashing {
    private Hashing() {}

    /** MurmurHash3's 64-bit finaliser: a bijection with full avalanche. */
    public static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    /** Order-dependent combination of a running hash with the next element's hash. */
    public static long combine(long acc, long next) {
        return mix(acc * 0x9E3779B97F4A7C15L + next);
    }

    /** Folds a 64-bit hash to 32 bits keeping both halves' entropy. */
    public static int fold(long h) {
        return (int) (h ^ (h >>> 32));
    }
}
