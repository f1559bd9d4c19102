package news.dedup;

import java.util.HashMap;
import java.util.Map;

/**
 * Agreement of a predicted clustering with a labelled one, over all articles (an article in no
 * cluster is its own cluster): adjusted Rand index, and pairwise precision/recall/F1 over the
 * pairs put in one cluster.
 *
 * @param ari       adjusted Rand index (1 = identical partitions, ~0 = chance)
 * @param precision share of predicted same-cluster pairs that are labelled same-cluster
 * @param recall    share of labelled same-cluster pairs that are predicted same-cluster
 * @param f1        harmonic mean of precision and recall
 * @param truePairs labelled same-cluster pairs
 * @param predictedPairs predicted same-cluster pairs
 */
public record ClusterScore(double ari, double precision, double recall, double f1, long truePairs,
                           long predictedPairs) {

    public static ClusterScore of(int[] truth, int[] predicted) {
        if (truth.length != predicted.length) throw new IllegalArgumentException("label arrays differ in length");
        Map<Long, Long> joint = new HashMap<>();
        Map<Integer, Long> a = new HashMap<>(), b = new HashMap<>();
        for (int i = 0; i < truth.length; i++) {
            joint.merge(((long) truth[i] << 32) | (predicted[i] & 0xffffffffL), 1L, Long::sum);
            a.merge(truth[i], 1L, Long::sum);
            b.merge(predicted[i], 1L, Long::sum);
        }
        double sumJoint = 0, sumA = 0, sumB = 0;
        for (long v : joint.values()) sumJoint += pairs(v);
        for (long v : a.values()) sumA += pairs(v);
        for (long v : b.values()) sumB += pairs(v);
        double total = pairs(truth.length);
        double expected = total == 0 ? 0 : sumA * sumB / total;
        double max = (sumA + sumB) / 2;
        double ari = max == expected ? 1.0 : (sumJoint - expected) / (max - expected);
        double precision = sumB == 0 ? 1.0 : sumJoint / sumB;
        double recall = sumA == 0 ? 1.0 : sumJoint / sumA;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new ClusterScore(ari, precision, recall, f1, (long) sumA, (long) sumB);
    }

    private static double pairs(long n) {
        return n * (n - 1) / 2.0;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "ARI %.4f  pairwise P %.4f R %.4f F1 %.4f (%d labelled pairs, %d predicted)",
                ari, precision, recall, f1, truePairs, predictedPairs);
    }
}
