package news.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each stage of the attribution pipeline on its own ({@link CueFinder} → {@link SpeakerPhrases} →
 * {@link SpeakerResolver} → {@link IndirectSpeech}), on one-sentence articles; the whole chain is
 * {@link QuoteExtractorTest}'s.
 */
class PipelineStagesTest {
    /** The last stage of the chain, as a plain object (stages are abstract: QuoteExtractor.Run extends them). */
    static IndirectSpeech stages(String... paragraphs) {
        return new IndirectSpeech("t", new Frame(List.of(paragraphs))) {};
    }

    static int token(CueFinder s, String word) {
        for (int k = 0; k < s.ts.size(); k++) if (s.tok(k).text().equals(word)) return k;
        throw new AssertionError("no token " + word);
    }

    @Test
    void cueFinderKnowsSpeechVerbsNotTheirNouns() {
        CueFinder s = stages("The minister said the post was open. Officials called for calm, and the call came late.");
        assertEquals("said", s.cueAt(token(s, "said")));
        assertNull(s.cueAt(token(s, "post")));   // a noun after a determiner
        assertNull(s.cueAt(token(s, "call")));   // the noun
        assertEquals("called", s.cueAt(token(s, "called"))); // a weak cue: partial quotes only
        assertTrue(s.isWeak("called"));
        s = stages("According to the army, the road is closed.");
        assertEquals("according to", s.cueAt(0));
        s = stages("“Not again,” Aldo quipped.");
        assertEquals("quipped", s.cueAt(token(s, "quipped")));
    }

    @Test
    void speakerPhrasesSkipTimesAppositivesAndParentheses() {
        SpeakerPhrases s = stages("Sen. Roy Blunt (R-Mo.) on Tuesday said the vote would fail.");
        CueFinder.Np np = s.subjectBefore(token(s, "said"), 0);
        assertNotNull(np);
        assertEquals("Sen. Roy Blunt", s.phrase(np.from(), np.to()));
        s = stages("“It will pass,” said Ola Berg, the mediator.");
        np = s.subjectAfter(token(s, "said"), s.ts.size());
        assertEquals("Ola Berg", s.phrase(np.from(), np.to()));
        s = stages("Mayor Ida Holm told CNN that the bridge will reopen.");
        assertEquals("CNN", s.channelIn(token(s, "told"), s.ts.size()));
    }

    @Test
    void speakerResolverNamesWhoAPhraseIs() {
        SpeakerResolver s = stages("Kathleen Hawk Sawyer runs the bureau.", "She said the staff was short.");
        int she = token(s, "She");
        CueFinder.Speaker sp = s.resolve(new CueFinder.Np(she, she + 1, null, List.of()), she);
        assertEquals("Kathleen Hawk Sawyer", sp.name());
        s = stages("Big Machine Records released a statement.", "The statement said the label had no say.");
        int the = token(s, "The");
        sp = s.resolve(new CueFinder.Np(the, the + 2, null, List.of()), the + 2);
        assertEquals("Big Machine Records", sp.name());
        assertEquals("The statement", sp.mention());
    }

    @Test
    void indirectSpeechFindsTheContentAndItsSpeaker() {
        IndirectSpeech s = stages("The plane landed at 6am, an airport official said on Monday.");
        List<Quote> out = new ArrayList<>();
        s.indirectIn(0, out);
        assertEquals(1, out.size());
        assertEquals("The plane landed at 6am", out.get(0).quote());
        assertEquals(QuoteKind.INDIRECT, out.get(0).kind());
        out.clear();
        s = stages("Mayer said it depends on the cost of the service, but he said that he thinks the number will rise.");
        s.indirectIn(0, out);
        assertEquals(2, out.size(), out.toString());
        assertEquals("it depends on the cost of the service", out.get(0).quote());
        assertEquals("he thinks the number will rise", out.get(1).quote());
        out.clear();
        stages("The stock added more than 2% to begin the week.").indirectIn(0, out);
        assertTrue(out.isEmpty(), out.toString());
    }
}
