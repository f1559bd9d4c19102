package news.spark;

import java.nio.file.Path;
import news.eval.CorpusGenerator;

/**
 * Writes the throughput corpus of spark/bench.sh: N generated articles (CorpusGenerator, short
 * windows of the seed documents, seed 7) as JSON Lines split into SHARDS files, so that Spark has
 * as many input splits as a sharded crawl would give it. Arguments: N OUT_DIR [SHARDS (16)]; or
 * --split FILE OUT_DIR SHARDS to split an existing JSON Lines file (ids and order kept).
 */
public final class BenchCorpus {
    private BenchCorpus() {}

    public static void main(String[] args) throws Exception {
        if (args[0].equals("--split")) { // --split FILE OUT_DIR SHARDS: an existing JSON Lines file, ids kept
            splitKeepingIds(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]));
            return;
        }
        int n = Integer.parseInt(args[0].replace("_", ""));
        Path out = Path.of(args[1]);
        int shards = args.length > 2 ? Integer.parseInt(args[2]) : 16;
        Path tmp = out.resolveSibling(out.getFileName() + ".gen");
        Path seed = java.nio.file.Files.isDirectory(Path.of("corpus")) ? Path.of("corpus") : NewsJobEquivalenceTest.SEED;
        new CorpusGenerator(CorpusGenerator.readSources(seed))
                .write(tmp, n, CorpusGenerator.Kind.JSONL, CorpusGenerator.Size.SHORT, 7L);
        NewsJobEquivalenceTest.splitJsonl(tmp.resolve("articles.jsonl"), out, shards);
        java.nio.file.Files.delete(tmp.resolve("articles.jsonl"));
        java.nio.file.Files.delete(tmp);
        System.err.println("wrote " + n + " articles in " + shards + " files to " + out);
    }

    static void splitKeepingIds(Path file, Path dir, int parts) throws java.io.IOException {
        java.nio.file.Files.createDirectories(dir);
        java.util.List<String> lines = java.nio.file.Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList();
        int per = (lines.size() + parts - 1) / parts;
        for (int k = 0; k < parts; k++) {
            java.nio.file.Files.write(dir.resolve(String.format("part-%02d.jsonl", k)),
                    lines.subList(Math.min(lines.size(), k * per), Math.min(lines.size(), (k + 1) * per)));
        }
    }
}
