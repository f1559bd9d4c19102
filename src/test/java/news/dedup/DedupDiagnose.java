package news.dedup;

import java.util.*;

/** Prints the clusters of the benchmark that mix stories, and the labelled pairs that were missed. */
public final class DedupDiagnose {
    public static void main(String[] args) throws Exception {
        double t = args.length > 0 ? Double.parseDouble(args[0]) : DedupOptions.DEFAULT_THRESHOLD;
        List<WireCopyGenerator.Item> items = WireCopyGenerator.generate(
                WireCopyGenerator.realBodies(WireCopyGenerator.GROUND_TRUTH), 2400, 20230306L);
        DedupOptions o = DedupOptions.defaults().withThreshold(t);
        DedupBenchmark.Report rep = DedupBenchmark.evaluate(items, o);
        System.out.println(rep);
        Map<String, WireCopyGenerator.Item> byId = new HashMap<>();
        for (var it : items) byId.put(it.doc().id(), it);
        int shown = 0;
        for (Cluster c : rep.result().clusters()) {
            Set<Integer> labels = new TreeSet<>();
            for (var m : c.members()) labels.add(byId.get(m.id()).label());
            if (labels.size() > 1 && shown++ < 8) {
                System.out.println("MIXED " + c.clusterId() + " labels " + labels);
                for (var m : c.members()) System.out.println("   " + m + " " + byId.get(m.id()).kind());
                // pairwise scores between members of different labels
                for (var a : c.members()) for (var b : c.members()) {
                    var ia = byId.get(a.id()); var ib = byId.get(b.id());
                    if (a.id().compareTo(b.id()) < 0 && ia.label() != ib.label()) {
                        var e = PairExplanation.of(ia.doc(), ib.doc(), o);
                        if (e.duplicate()) System.out.println("     EDGE " + a.id() + " ~ " + b.id() + ": " + e.reason());
                    }
                }
            }
        }
        // missed: copies not with their original
        int missed = 0;
        int[] labels = rep.result().labels();
        Map<String, Integer> pos = new HashMap<>();
        for (int i = 0; i < items.size(); i++) pos.put(items.get(i).doc().id(), i);
        for (int i = 0; i < items.size() && missed < 10; i++) {
            var it = items.get(i);
            if (!it.kind().equals("copy") && !it.kind().equals("exact")) continue;
            int oi = pos.get("orig-" + it.label());
            if (labels[i] != labels[oi]) {
                missed++;
                var e = PairExplanation.of(items.get(oi).doc(), it.doc(), o);
                System.out.println("MISSED " + it.doc().id() + ": " + e.reason() + " words " + e.wordsA() + "/" + e.wordsB());
            }
        }
    }
}
