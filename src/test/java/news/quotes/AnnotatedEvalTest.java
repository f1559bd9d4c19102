package news.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnnotatedEvalTest {
    static Quote q(QuoteKind kind, String text, int start, int end, String speaker) {
        return new Quote("a", text.substring(start, end), kind == QuoteKind.SCARE ? null : speaker, speaker, null,
                "said", null, kind, 0, start, end, 0.9);
    }

    @Test
    void strictSpeakerMatching() {
        assertTrue(AnnotatedEval.sameSpeaker("Donald Trump", "Trump"));
        assertTrue(AnnotatedEval.sameSpeaker("Donald Trump", "President Donald Trump"));
        assertTrue(AnnotatedEval.sameSpeaker("Volodymyr Zelenskyy", "Volodymyr Zelensky"));
        assertFalse(AnnotatedEval.sameSpeaker("Donald Trump", "Eric Trump"));
        assertTrue(AnnotatedEval.sameSpeaker("HCA Healthcare", "HCA"));
        assertTrue(AnnotatedEval.sameSpeaker("James P. Kennedy Jr.", "Kennedy"));
        assertTrue(AnnotatedEval.sameSpeaker("the Pentagon", "Pentagon"));
        assertTrue(AnnotatedEval.sameSpeaker("a White House spokesperson", "White House spokesperson"));
        assertTrue(AnnotatedEval.sameSpeaker("a White House spokesperson", "a spokesperson"));
        assertFalse(AnnotatedEval.sameSpeaker("a White House spokesperson", "a White House official"));
        assertFalse(AnnotatedEval.sameSpeaker("Karine Jean-Pierre", "a White House spokesperson"));
        assertFalse(AnnotatedEval.sameSpeaker("the statement", "US military"));
        assertTrue(AnnotatedEval.sameSpeaker("a source inside the Rukban camp", "the source"));
        assertTrue(AnnotatedEval.sameSpeaker("World Health Organization", "WHO"));
        assertTrue(AnnotatedEval.sameSpeaker("Chinese Center for Disease Control and Prevention", "the Chinese CDC"));
        assertFalse(AnnotatedEval.sameSpeaker("World Health Organization", "UN"));
        assertTrue(AnnotatedEval.sameSpeaker(null, null));
        assertFalse(AnnotatedEval.sameSpeaker("Trump", null));
    }

    @Test
    void spansMatchByHalfOfTheLongerAndOneToOne() {
        String text = "Smith said: \"We will win this.\" He added that the plan was ready.";
        int qs = text.indexOf("We will"), qe = text.indexOf("this.") + 5;
        int is = text.indexOf("the plan"), ie = text.indexOf("ready") + 5;
        List<AnnotatedEval.Gold> gold = List.of(new AnnotatedEval.Gold(QuoteKind.DIRECT, qs, qe, "John Smith", "said"),
                new AnnotatedEval.Gold(QuoteKind.INDIRECT, is, ie, "John Smith", "added"));
        AnnotatedEval.Score s = new AnnotatedEval.Score();
        // the direct quote found twice (only one counts), labelled partial; the indirect one found with the wrong speaker
        AnnotatedEval.score("d", text, gold, List.of(q(QuoteKind.PARTIAL, text, qs, qe, "Smith"),
                q(QuoteKind.DIRECT, text, qs + 3, qe, "Smith"), q(QuoteKind.INDIRECT, text, is, ie - 6, "Jones"),
                q(QuoteKind.SCARE, text, is, ie, null)), s);
        AnnotatedEval.Counts direct = s.kind(QuoteKind.DIRECT), partial = s.kind(QuoteKind.PARTIAL),
                indirect = s.kind(QuoteKind.INDIRECT);
        assertEquals(1, direct.gold);
        assertEquals(1, direct.goldMatched);
        assertEquals(0, direct.kindRight);
        assertEquals(1, partial.predictedMatched);
        assertEquals(0, direct.predictedMatched); // the second direct prediction is spurious
        assertEquals(1, indirect.goldMatched);
        assertEquals(0, indirect.goldSpeakerRight);
        AnnotatedEval.Counts all = s.all();
        assertEquals(2, all.gold);
        assertEquals(3, all.predicted); // the scare quote is not counted
        assertEquals(0.5, all.speakerRightOfFound(), 1e-9);
        assertEquals(2 / 3.0, all.precision(), 1e-9);
    }
}
