package news.quotes;

import static news.quotes.QuoteExtractorTest.find;
import static news.quotes.QuoteExtractorTest.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One test per class of wrong speaker seen on real news (made-up articles of the same shape):
 * which capitalised words are persons, descriptions and pronouns resolved to the named person.
 */
class SpeakerAttributionTest {

    // ------------------------------------------------------------ person-ness of capitalised words

    @Test
    void aCapitalisedWordAfterOfIsNoTitledPerson() {
        // "of" joins titles ("Secretary of State") but is none: "the surface of Europa" names no person.
        List<Quote> qs = quotes("Lucas Paganini, a planetary scientist, said water was found near the surface of Europa.",
                "Finding water on Europa, he said, is the “next best thing” to a real ocean.");
        assertEquals("Lucas Paganini", find(qs, "next best thing").speaker());
    }

    @Test
    void aWordAfterAnArticleIsNoPerson() {
        List<Quote> qs = quotes("Talia Marsh left the label last year.",
                "In a Tumblr post at the time she described the sale as the “worst case scenario” for her music.");
        assertEquals("Talia Marsh", find(qs, "worst case scenario").speaker());
    }

    @Test
    void aRunOpeningWithAWordTheArticleWritesInLowerCaseIsNoPerson() {
        // "Iceberg Passages" (its "iceberg" is a common word here) is a phrase, not a person.
        List<Quote> qs = quotes("Like an iceberg, each book hides most of itself.",
                "The reader meets what I came to call Iceberg Passages, after the novelist Joanna Pell"
                + " explained them to me. “You only see the tip in every novel,” she said.");
        assertEquals("Joanna Pell", find(qs, "You only see the tip in every novel").speaker());
    }

    @Test
    void aDepartmentAfterOfIsNotPartOfTheName() {
        List<Quote> qs = quotes("Deputy Director of Public Prosecution Eva-Marie Persson closed the case.",
                "Ms Persson said: “The evidence has weakened considerably.”");
        assertEquals("Eva-Marie Persson", find(qs, "The evidence has weakened considerably.").speaker());
    }

    @Test
    void aRecurringNameThatIsNoPersonSpeaksAsAnOrganisation() {
        // "Big Machine" opens with a common word, so it is no person; named again and again it is a
        // party of the story, and "they said" is theirs.
        List<Quote> qs = quotes("The singer accused Big Machine of blocking a big show.",
                "Big Machine have twice denied doing anything wrong.",
                "“At no point did we block her special,” they said in a statement.");
        assertEquals("Big Machine", find(qs, "At no point did we block her special").speaker());
    }

    @Test
    void aCompanyNameEndsInACompanyWord() {
        List<Quote> qs = quotes("The organisers, Dick Clark Productions, denied any deal.",
                "“We have no further comment,” they said.");
        assertEquals("Dick Clark Productions", find(qs, "We have no further comment").speaker());
    }

    // ------------------------------------------------------------ names of one person

    @Test
    void aPersonGoesByTheirMiddleName() {
        List<Quote> qs = quotes("The novels of John M. Ford are back in print.",
                "Friends of Mike Ford remember a quiet man. “No,” he said, “tell me one.”");
        assertEquals("John M. Ford", find(qs, "No").speaker());
    }

    // ------------------------------------------------------------ listeners

    @Test
    void theListenerOfTellingIsNoSpeaker() {
        List<Quote> qs = quotes("Tim Cook spoke at the event. Marc Benioff hosted him.",
                "“We all miss Steve so much,” Benioff weighed in, telling Cook, “you have been true to him.”");
        assertEquals("Marc Benioff", find(qs, "We all miss Steve so much").speaker());
        assertEquals("Marc Benioff", find(qs, "you have been true to him.").speaker());
    }

    // ------------------------------------------------------------ descriptions

    @Test
    void aGivenNameEndingLikeANationalityIsPartOfTheName() {
        List<Quote> qs = quotes("Prosecutors dropped an allegation against Wikileaks co-founder Julian Assange.",
                "The Wikileaks founder argued that he feared extradition to the United States.");
        Quote q = find(qs, "he feared extradition to the United States");
        assertEquals("Julian Assange", q.speaker());
    }

    @Test
    void aDescriptionBeforeTheNameResolvesToThePersonNamedNextWithThatRole() {
        List<Quote> qs = quotes("China’s ambassador to Britain accused the UK of meddling and warned that the"
                        + " government “will not sit on our hands” if it “becomes uncontrollable”.",
                "Police said the streets were calm.",
                "China’s ambassador to Britain Liu Xiaming has said that China has the power to end the unrest.");
        assertEquals("Liu Xiaming", find(qs, "will not sit on our hands").speaker());
    }

    // ------------------------------------------------------------ quotes without a cue

    @Test
    void aQuoteSentenceWithoutACueInAOneExpertPieceIsTheExperts() {
        List<Quote> qs = quotes("“A chair should support your back,” Dr. Ehsan Jazini advises.",
                "2. Armrest Adjustability",
                "Adjustable armrests help prevent shoulder strain. “Find a chair that lets your elbows rest at a right angle.”");
        assertEquals("Ehsan Jazini", find(qs, "Find a chair that lets your elbows rest at a right angle.").speaker());
    }

    @Test
    void aQuoteSentenceBeforeAParenthesisContinuesTheSpeaker() {
        List<Quote> qs = quotes("“I know we are happy to see them go,” Leon Cooperman told Reed. “They brought this"
                + " company public in 2014 and they are walking away with millions.” (Cooperman is an investor.)");
        assertEquals("Leon Cooperman",
                find(qs, "They brought this company public in 2014 and they are walking away with millions.").speaker());
    }

    @Test
    void andInsideAnInstitutionNameKeepsThePersonBeforeIt() {
        List<Quote> qs = quotes("Dr. Joneigh Khaldun of the Michigan Department of Health and Human Services says"
                + " the risk from the virus continues.");
        assertEquals("Joneigh Khaldun", find(qs, "the risk from the virus continues").speaker());
    }

    // ------------------------------------------------------------ pronouns

    @Test
    void aPronounAfterASentenceTakesItsSubjectNotALaterNameOfKnownGender() {
        List<Quote> qs = quotes("Montell Figgins, who represents Michael Thomas, said his client refused a plea deal."
                + " He said a guilty plea would “ruin his life.”");
        assertEquals("Montell Figgins", find(qs, "ruin his life.").speaker());
    }

    @Test
    void genderComesFromTheArticlesPronounsWhenTheNameDoesNotTellIt() {
        // Neither given name is in the name lists; "X said she/his" tells each one's.
        List<Quote> qs = quotes("Ngozi Obi said she would stay in the race.",
                "Tunde Bakare said his campaign was growing. “We will win this,” she said.");
        assertEquals("Ngozi Obi", find(qs, "We will win this").speaker());
    }

    @Test
    void aGivenNameAloneBeforeTheFullNameItGoesWithIsThatPerson() {
        List<Quote> qs = quotes("The novels of John M. Ford are back in print. Everyone called him Mike.",
                "Martha said Mike wrote to her often.",
                "Friends of Mike Ford remember a quiet man.",
                "In 1997 Mike told a friend: “No. You tell me one.”");
        assertEquals("John M. Ford", find(qs, "No. You tell me one.").speaker());
    }

    @Test
    void aRecurringSingleNameIsTheCompanyOfTheCompanySaid() {
        List<Quote> qs = quotes("Investors in WeWork lost billions. The board of WeWork met on Monday.",
                "The company confirmed that it had been contacted by regulators.");
        assertEquals("WeWork", find(qs, "it had been contacted by regulators").speaker());
    }
}
