package news.quotes;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import news.load.TextDecoder;
import news.output.Json;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Grouping on real coverage: every aeb article body (../shared/bench/aeb, skipped when absent)
 * through the pipeline as {@code news quotes --group} sees it. The aeb pages hold a few stories
 * covered by two outlets; the groups judged right by hand when this test was written must form,
 * and no group may hold two different named speakers (names compared as the grouper compares them).
 */
class QuoteGroupsRealIT {
    @Test
    void sameStoryStatementsGroupAcrossOutlets() throws Exception {
        Assumptions.assumeTrue(RealQuotesEval.available(RealQuotesEval.bench()), "benchmark data absent");
        JsonNode set = Json.MAPPER.readTree(RealQuotesEval.bench().resolve("aeb/ground-truth.json").toFile());
        QuoteExtractor extractor = new QuoteExtractor();
        List<Quote> all = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = set.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String body = e.getValue().path("articleBody").asText("");
            if (body.isBlank()) continue;
            all.addAll(RealQuotesEval.extractInBody(e.getKey().substring(0, 12), TextDecoder.normalise(body), extractor));
        }
        List<QuoteGrouper.Group> groups = QuoteGrouper.group(all, 2);
        groups.forEach(g -> System.out.println("[groups] " + g.speaker() + " | " + g.quote() + " | " + g.articleIds()));
        for (QuoteGrouper.Group g : groups) {
            List<String> named = g.members().stream().map(QuoteGrouper.Member::speaker).filter(QuoteGrouper::isName).toList();
            for (String a : named) for (String b : named) assertTrue(QuoteGrouper.sameSpeaker(a, b), g.toString());
        }
        for (String statement : new String[] {"received an inquiry from the office of the New York State Attorney General",
                "we do not have the right to keep her from performing live anywhere",
                "we've found the next best thing", "Our third quarter results reflected broad-based growth"}) {
            assertTrue(groups.stream().anyMatch(g -> g.members().stream().anyMatch(m -> m.statement().contains(statement))),
                    "no group for '" + statement + "' in " + groups);
        }
        assertTrue(groups.size() <= 30, "too many groups for a set of mostly unrelated stories: " + groups.size());
    }
}
