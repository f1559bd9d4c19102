package news.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import news.dedup.ClusterScore;

/**
 * Scores dedup on a labelled set (JSON Lines with id and label, as DedupBenchmark --write makes
 * it): the CLI's report (`news dedup -f jsonl`) and the Spark job's clusters table (JSON Lines),
 * by adjusted Rand index and pairwise P/R/F1, and says whether the two partitions are identical.
 * Arguments: DATA.jsonl CLI-REPORT.jsonl SPARK-CLUSTERS-DIR
 */
public final class WireScore {
    private WireScore() {}

    public static void main(String[] args) throws Exception {
        ObjectMapper m = new ObjectMapper();
        List<String> ids = new ArrayList<>();
        List<Integer> truth = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            if (line.isBlank()) continue;
            JsonNode n = m.readTree(line);
            ids.add(n.get("id").asText());
            truth.add(n.get("label").asInt());
        }
        List<JsonNode> cli = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[1]))) {
            if (line.isBlank()) continue;
            JsonNode n = m.readTree(line);
            if ("cluster".equals(n.path("type").asText())) cli.add(n);
        }
        List<JsonNode> spark = NewsJobEquivalenceTest.table(Path.of(args[2]));
        int[] t = truth.stream().mapToInt(Integer::intValue).toArray();
        int[] a = labels(ids, cli), b = labels(ids, spark);
        System.out.printf(Locale.ROOT, "wire-copy set: %d articles, %d labelled duplicate pairs%n", ids.size(),
                ClusterScore.of(t, t).truePairs());
        System.out.printf(Locale.ROOT, "news dedup (CLI)        %d clusters  %s%n", cli.size(), ClusterScore.of(t, a));
        System.out.printf(Locale.ROOT, "news on Spark (NewsJob) %d clusters  %s%n", spark.size(), ClusterScore.of(t, b));
        System.out.println("same partition: " + (ClusterScore.of(a, b).ari() == 1.0 && cli.size() == spark.size()));
    }

    /** Cluster label per article (in data order): its cluster's index, or a unique negative label. */
    static int[] labels(List<String> ids, List<JsonNode> clusters) {
        Map<String, Integer> of = new HashMap<>();
        for (int c = 0; c < clusters.size(); c++) for (JsonNode mem : clusters.get(c).get("members")) of.put(mem.get("id").asText(), c);
        int[] l = new int[ids.size()];
        for (int i = 0; i < l.length; i++) l[i] = of.getOrDefault(ids.get(i), -1 - i);
        return l;
    }
}
