package news.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InlineChromeTest {
    private static List<String> kept(String line, List<InlineChrome.Cut> cuts) {
        Piece p = new Piece(0, line.length(), 0, true);
        List<Piece> out = InlineChrome.apply(line, p, cuts);
        return out.stream().filter(Piece::kept).map(x -> line.substring(x.start, x.end)).toList();
    }

    @Test
    void cutsAppealAndReadMoreGluedBeforeTheLead() {
        List<InlineChrome.Cut> cuts = new ArrayList<>();
        String line = "Your donation keeps us going. Read more Storms closed three ports on the east coast on Monday, officials said.";
        assertEquals(List.of("Storms closed three ports on the east coast on Monday, officials said."), kept(line, cuts));
        assertEquals(List.of("donation_appeal", "read_more"), cuts.stream().map(InlineChrome.Cut::reason).toList());
    }

    @Test
    void cutInTheMiddleYieldsTwoPieces() {
        List<InlineChrome.Cut> cuts = new ArrayList<>();
        String line = "The vote was delayed until June. Advertisement The opposition called the delay unlawful.";
        assertEquals(List.of("The vote was delayed until June.", "The opposition called the delay unlawful."), kept(line, cuts));
    }

    @Test
    void lineMostlyAppealIsJunkWhole() {
        String line = "Your support helps us report. We rely on readers like you to fund our reporters.";
        Piece p = new Piece(0, line.length(), 0, true);
        InlineChrome.apply(line, p, new ArrayList<>());
        assertEquals("donation_appeal", p.reason);
    }

    @Test
    void proseIsUntouched() {
        String line = "Workers said they would read more about the plan before the vote on Friday.";
        Piece p = new Piece(0, line.length(), 0, true);
        List<InlineChrome.Cut> cuts = new ArrayList<>();
        assertEquals(List.of(line), kept(line, cuts));
        assertNull(p.reason);
        assertEquals(List.of(), cuts);
    }
}
