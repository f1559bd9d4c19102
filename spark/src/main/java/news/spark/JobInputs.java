package news.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.load.InputFile;
import news.load.InputFormat;
import news.load.InputScanner;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * The input files of a job, listed on the driver (names only, never contents). Plain paths that
 * exist here go through the CLI's own {@link InputScanner}, so order, display paths and ids are
 * exactly the CLI's; URIs with a scheme (hdfs:, s3a:, file:) are listed through Hadoop's file
 * system, directories recursively in path order, ids by the CLI's rule (the file stem; the
 * path without extension where stems collide; "~k" after that).
 */
final class JobInputs {
    private JobInputs() {}

    /** The files and the arguments that named nothing usable (one-line messages). */
    record Listing(List<FileTask> files, List<String> errors) {
    }

    static Listing list(List<String> args, Configuration hadoop) {
        List<FileTask> files = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        List<String> local = new ArrayList<>();
        Set<Integer> listed = new HashSet<>();
        for (String a : args) {
            if (hasScheme(a)) {
                flushLocal(local, files, errors);
                int from = files.size();
                listHadoop(a, hadoop, files, errors);
                for (int i = from; i < files.size(); i++) listed.add(i);
            } else {
                local.add(a);
            }
        }
        flushLocal(local, files, errors);
        return new Listing(disambiguate(files, listed), errors);
    }

    private static boolean hasScheme(String arg) {
        int colon = arg.indexOf(':');
        if (colon < 2) return false; // "C:\..." and plain names
        for (int i = 0; i < colon; i++) if (!Character.isLetterOrDigit(arg.charAt(i)) && "+-.".indexOf(arg.charAt(i)) < 0) return false;
        return arg.startsWith("/", colon + 1);
    }

    private static void flushLocal(List<String> local, List<FileTask> files, List<String> errors) {
        if (local.isEmpty()) return;
        if (local.contains("-")) throw new IllegalArgumentException("standard input (-) cannot be read by a cluster job");
        InputScanner.Result r = InputScanner.scan(local);
        errors.addAll(r.errors());
        for (InputFile f : r.files()) files.add(FileTask.of(files.size(), f));
        local.clear();
    }

    private static void listHadoop(String arg, Configuration conf, List<FileTask> files, List<String> errors) {
        try {
            org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(arg);
            FileSystem fs = root.getFileSystem(conf);
            if (!fs.exists(root)) {
                errors.add(arg + ": no such file or directory");
                return;
            }
            FileStatus st = fs.getFileStatus(root);
            List<String> found = new ArrayList<>();
            boolean explicit = st.isFile();
            if (explicit) {
                found.add(st.getPath().toString());
            } else {
                RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
                while (it.hasNext()) {
                    LocatedFileStatus f = it.next();
                    if (f.isFile() && InputFormat.ofFileName(f.getPath().getName()) != null) found.add(f.getPath().toString());
                }
                found.sort(Comparator.naturalOrder());
            }
            for (String uri : found) {
                String name = new org.apache.hadoop.fs.Path(uri).getName();
                InputFormat format = InputFormat.ofFileName(name);
                if (format == null) format = InputFormat.TXT; // a file named explicitly is read as text, as the CLI does
                URI u = URI.create(uri);
                boolean localFile = "file".equals(u.getScheme());
                files.add(new FileTask(files.size(), localFile ? Path.of(u).toString() : null, localFile ? null : uri,
                        uri, InputFormat.stem(name), format.name(), InputFormat.isGzip(name)));
            }
        } catch (IOException e) {
            errors.add(arg + ": cannot list (" + e.getMessage() + ")");
        }
    }

    /** Ids of Hadoop-listed files: stems where unique, else the path without extension, then "~k". */
    private static List<FileTask> disambiguate(List<FileTask> files, Set<Integer> listed) {
        Map<String, Integer> stems = new HashMap<>();
        for (int i : listed) stems.merge(files.get(i).id(), 1, Integer::sum);
        Set<String> used = new HashSet<>();
        for (int i = 0; i < files.size(); i++) if (!listed.contains(i)) used.add(files.get(i).id()); // the scanner's ids
        List<FileTask> out = new ArrayList<>(files.size());
        for (FileTask f : files) {
            if (!listed.contains(f.index())) {
                out.add(f);
                continue;
            }
            String id = f.id();
            if (stems.get(id) > 1 || used.contains(id)) {
                String p = URI.create(f.displayPath()).getPath();
                int slash = p.lastIndexOf('/');
                id = (slash > 0 ? p.substring(p.startsWith("/") ? 1 : 0, slash) + "/" : "") + f.id();
            }
            String unique = id;
            for (int k = 2; !used.add(unique); k++) unique = id + "~" + k;
            out.add(new FileTask(f.index(), f.localPath(), f.uri(), f.displayPath(), unique, f.format(), f.gzip()));
        }
        return out;
    }

    /** A local copy of a remote file (the project's readers read local files, record by record). */
    static Path copyToLocal(FileTask f, Configuration conf) {
        try {
            org.apache.hadoop.fs.Path src = new org.apache.hadoop.fs.Path(f.uri());
            Path dir = Files.createTempDirectory("news-spark-");
            Path dst = dir.resolve(src.getName());
            src.getFileSystem(conf).copyToLocalFile(false, src, new org.apache.hadoop.fs.Path(dst.toUri()), true);
            return dst;
        } catch (IOException e) {
            throw new UncheckedIOException(f.displayPath() + ": cannot copy to local disk (" + e.getMessage() + ")", e);
        }
    }
}
