package news.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The hand judgements of groups on real cross-outlet coverage ({@code quotes-groups/judged.tsv},
 * pool and rule in its README) still hold: every statement judged right forms one group across its
 * outlets, no group mixes two judged statements (the judged-wrong group stays apart), and the
 * groups formed are judged right at 90% or more. Skipped when ../shared is absent.
 */
class GroupJudgementsIT {
    @Test
    void judgedGroupsStillHold() throws Exception {
        GroupJudgements judged = GroupJudgements.load(GroupJudgements.DEFAULT);
        Map<String, Integer> verdicts = new TreeMap<>();
        for (GroupJudgements.Judged j : judged.judged) verdicts.merge(j.verdict(), 1, Integer::sum);
        assertEquals(Map.of("right", 20, "wrong", 1, "miss", 1), verdicts, "judgements in the file");
        Assumptions.assumeTrue(GroupJudgeBench.available(), "benchmark data absent");

        List<QuoteGrouper.Group> groups = QuoteGrouper.group(GroupJudgeBench.quotes(GroupJudgeBench.docs()), 2);
        assertEquals(List.of(), judged.notFormed(groups, "right"), "statements judged right, not grouped");
        int right = 0, unjudged = 0;
        for (QuoteGrouper.Group g : groups) {
            GroupJudgements.Verdict v = judged.verdict(g);
            assertTrue(v.kind() != GroupJudgements.Kind.WRONG, "a group mixes judged statements: " + v + " " + g);
            if (v.kind() == GroupJudgements.Kind.RIGHT) right++; else unjudged++;
        }
        // A group not in the file counts against the bar until someone judges it (GroupJudgeBench --unjudged).
        assertTrue(right >= 0.9 * (right + unjudged), right + " of " + groups.size() + " groups judged right");
    }
}
