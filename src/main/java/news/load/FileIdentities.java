package news.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import news.util.LongHashSet;

/**
 * The identities of the input files: which files the scan has taken (a file reached twice
 * through symlinks is read once) and, afterwards, whether a path is one of them (an output must
 * never replace an input). Exact, no hashing: on Unix file systems a file is its device and
 * inode (what {@code UnixFileKey} compares), kept as one sorted {@code long[]} of inodes per
 * device, 8 bytes a file; any other key, and the real path where a file system has no keys, is
 * kept as an object in a set (the old, heavier way).
 */
final class FileIdentities {
    private static final String UNIX_FILE_KEY = "sun.nio.fs.UnixFileKey";

    private long[] devices = new long[2];
    private int deviceCount;
    private LongHashSet[] scanning = new LongHashSet[2]; // per device, while the scan adds
    private long[][] inodes; // per device, sorted, once frozen
    private final Set<Object> others = new HashSet<>();

    /** The index of a device (few: one per mounted file system reached). */
    int device(long dev) {
        for (int d = 0; d < deviceCount; d++) if (devices[d] == dev) return d;
        if (deviceCount == devices.length) {
            devices = Arrays.copyOf(devices, deviceCount * 2);
            scanning = Arrays.copyOf(scanning, deviceCount * 2);
        }
        devices[deviceCount] = dev;
        scanning[deviceCount] = new LongHashSet(1024);
        return deviceCount++;
    }

    /** Adds the file with this device index and inode; false when already present. */
    boolean add(int device, long inode) {
        return scanning[device].add(inode);
    }

    /** Adds a file key or a real path; false when already present. */
    boolean add(Object identity) {
        long[] devIno = unixKey(identity);
        if (devIno != null) return add(device(devIno[0]), devIno[1]);
        return others.add(identity);
    }

    /** Ends the scan: the sets become sorted arrays (half the memory), read-only and thread-safe. */
    FileIdentities freeze() {
        inodes = new long[deviceCount][];
        for (int d = 0; d < deviceCount; d++) inodes[d] = scanning[d].toSortedArray();
        scanning = null;
        return this;
    }

    /** Whether {@code p} (symlinks followed) is one of the files added; false if it cannot be read. */
    boolean contains(Path p) {
        if (inodes == null) throw new IllegalStateException("not frozen");
        try {
            Object key = Files.readAttributes(p, BasicFileAttributes.class).fileKey();
            if (key == null) return others.contains(p.toRealPath());
            long[] devIno = unixKey(key);
            if (devIno == null) return others.contains(key);
            for (int d = 0; d < deviceCount; d++) {
                if (devices[d] == devIno[0]) return Arrays.binarySearch(inodes[d], devIno[1]) >= 0;
            }
            return false;
        } catch (IOException e) {
            return false; // gone or unreadable: nothing an output could overwrite
        }
    }

    /**
     * Device and inode of a {@code UnixFileKey}, read from its {@code toString()}
     * ("(dev=HEX,ino=DECIMAL)", the same in JDK 17 and 25), or null for any other key or shape:
     * those are kept whole, so a change of format costs memory, never correctness.
     */
    static long[] unixKey(Object key) {
        if (key == null || !key.getClass().getName().equals(UNIX_FILE_KEY)) return null;
        String s = key.toString();
        int comma = s.indexOf(",ino=");
        if (!s.startsWith("(dev=") || comma < 0 || !s.endsWith(")")) return null;
        try {
            return new long[] {Long.parseUnsignedLong(s, 5, comma, 16), Long.parseLong(s, comma + 5, s.length() - 1, 10)};
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
