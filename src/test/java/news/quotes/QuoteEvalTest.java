package news.quotes;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import news.output.Json;
import org.junit.jupiter.api.Test;

/**
 * The hand-made evaluation set (src/test/resources/quotes-eval/eval.json: made-up news
 * paragraphs in varied styles with gold quotes and speakers). Prints precision, recall, F1 at
 * 50% character overlap and speaker accuracy, and fails if they fall below the floor.
 */
class QuoteEvalTest {
    static QuoteEval.Score evaluate(String resource) throws Exception {
        JsonNode docs;
        try (InputStream in = QuoteEvalTest.class.getResourceAsStream("/quotes-eval/" + resource)) {
            docs = Json.MAPPER.readTree(in);
        }
        QuoteExtractor ex = new QuoteExtractor();
        QuoteEval.Score score = new QuoteEval.Score();
        for (JsonNode d : docs) {
            List<String> paras = new ArrayList<>();
            d.get("paragraphs").forEach(p -> paras.add(p.asText()));
            String text = String.join("\n\n", paras);
            List<QuoteEval.Gold> gold = new ArrayList<>();
            for (JsonNode g : d.get("quotes")) {
                String q = g.get("quote").asText();
                int at = text.indexOf(q);
                if (at < 0) throw new IllegalStateException(d.get("id").asText() + ": gold quote not in text: " + q);
                gold.add(new QuoteEval.Gold(at, at + q.length(), g.get("speaker").asText()));
            }
            QuoteEval.score(d.get("id").asText(), text, gold, ex.extract(d.get("id").asText(), paras), score);
        }
        return score;
    }

    /** eval.json: the development set (rules were improved while looking at its errors). */
    @Test
    void developmentSetScores() throws Exception {
        QuoteEval.Score s = evaluate("eval.json");
        report("eval.json", s);
        assertTrue(s.f1() >= 0.9, s.toString());
        assertTrue(s.speakerAccuracy() >= 0.9, s.toString());
    }

    /** holdout.json: written after development, scored as is (see README for its first-run numbers). */
    @Test
    void holdoutSetScores() throws Exception {
        QuoteEval.Score s = evaluate("holdout.json");
        report("holdout.json", s);
        assertTrue(s.f1() >= 0.8, s.toString());
        assertTrue(s.speakerAccuracy() >= 0.8, s.toString());
    }

    private static void report(String name, QuoteEval.Score s) {
        System.out.println("[quotes eval] " + name + ": " + s);
        s.errors.forEach(e -> System.out.println("[quotes eval]   " + e));
    }
}
