package news.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per attribution shape and resolution rule, on made-up sentences. */
class QuoteExtractorTest {
    static List<Quote> quotes(String... paragraphs) {
        return new QuoteExtractor().extract("t", List.of(paragraphs));
    }

    static Quote only(String... paragraphs) {
        List<Quote> qs = quotes(paragraphs).stream().filter(q -> q.kind() != QuoteKind.SCARE).toList();
        assertEquals(1, qs.size(), qs.toString());
        return qs.get(0);
    }

    static Quote find(List<Quote> qs, String content) {
        return qs.stream().filter(q -> q.quote().equals(content)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote '" + content + "' in " + qs));
    }

    // ------------------------------------------------------------ shapes

    @Test
    void quoteThenSubjectThenCue() {
        Quote q = only("“The harvest is late,” Pablo Ferreira told Reuters.");
        assertEquals("The harvest is late", q.quote());
        assertEquals("Pablo Ferreira", q.speaker());
        assertEquals("told", q.cue());
        assertEquals("Reuters", q.channel());
        assertEquals(QuoteKind.DIRECT, q.kind());
    }

    @Test
    void quoteThenCueThenSubjectWithRole() {
        Quote q = only("“Prices will fall,” said Nadia Karimova, a trade analyst at Vostok Capital.");
        assertEquals("Nadia Karimova", q.speaker());
        assertEquals("said", q.cue());
        assertTrue(q.speakerRole().contains("trade analyst"), q.speakerRole());
    }

    @Test
    void subjectSaidColonQuote() {
        Quote q = only("The striker Ilya Brandt said: “I want to stay at this club.”");
        assertEquals("Ilya Brandt", q.speaker());
        assertEquals(QuoteKind.DIRECT, q.kind());
    }

    @Test
    void subjectToldAudienceCommaQuote() {
        Quote q = only("Mayor Lucia Ferro told residents, “Nobody will lose their home.”");
        assertEquals("Lucia Ferro", q.speaker());
        assertEquals(QuoteKind.DIRECT, q.kind());
    }

    @Test
    void subjectSaidThatPartialQuote() {
        Quote q = only("Economist Tariq Hamid said that the slowdown was “worse than anyone expected.”");
        assertEquals("Tariq Hamid", q.speaker());
        assertEquals(QuoteKind.PARTIAL, q.kind());
    }

    @Test
    void partialQuoteInsideASentence() {
        Quote q = only("Senator Joan Pike called the deal “a betrayal” before leaving the chamber.");
        assertEquals("a betrayal", q.quote());
        assertEquals("Joan Pike", q.speaker());
        assertEquals(QuoteKind.PARTIAL, q.kind());
    }

    @Test
    void accordingToAfterAndBefore() {
        assertEquals("Olav Strand", only("“The ice is thinner every year,” according to glaciologist Olav Strand.").speaker());
        assertEquals("Olav Strand", only("According to glaciologist Olav Strand, “the ice is thinner every year.”").speaker());
    }

    @Test
    void splitQuoteSecondHalfInheritsTheSpeaker() {
        List<Quote> qs = quotes("“We trained hard,” said coach Ada Brenner. “Today it paid off.”");
        assertEquals("Ada Brenner", find(qs, "Today it paid off.").speaker());
        assertEquals(QuoteKind.DIRECT, find(qs, "Today it paid off.").kind());
    }

    @Test
    void paragraphThatIsOnlyAQuoteInheritsThePreviousSpeaker() {
        List<Quote> qs = quotes("“The river rose two metres overnight,” said Emil Varga, the town engineer.",
                "“We have never seen anything like it.”");
        assertEquals("Emil Varga", find(qs, "We have never seen anything like it.").speaker());
    }

    @Test
    void quoteClosedByFullStopInheritsDespiteTheNextSentencesCue() {
        // “Q2.” He declined to ... / “Q2.” That said, ...: a new sentence with its own cue does not attribute Q2.
        List<Quote> qs = quotes("Tomas Reyes, the operations chief, spoke on Monday. “We’re going to start small,” he said. "
                + "“Our ability to scale up will lead us to bigger missions.” He declined to say when the firm would fly.");
        assertEquals("Tomas Reyes", find(qs, "Our ability to scale up will lead us to bigger missions.").speaker());
        List<Quote> qs2 = quotes("“We will rebuild the bridge,” states Ortiz. “It will take two years and a lot of money.” "
                + "That said, the council disagrees.");
        Quote q = find(qs2, "It will take two years and a lot of money.");
        assertEquals("Ortiz", q.speaker());
        assertEquals(QuoteKind.DIRECT, q.kind());
    }

    @Test
    void paragraphEndingWithSaidColonIntroducesTheNextQuoteParagraph() {
        List<Quote> qs = quotes("Speaking to supporters, candidate Rosa Vidal said:", "“This city deserves better.”");
        assertEquals("Rosa Vidal", find(qs, "This city deserves better.").speaker());
    }

    @Test
    void channelsOnTwitterInAStatementInAnAddress() {
        assertEquals("Twitter", only("“We will rebuild,” Governor Kira Dahl wrote on Twitter.").channel());
        assertEquals("statement", only("“Safety comes first,” the railway company said in a statement.").channel());
        assertEquals("weekly address", only("“We stand together,” Chancellor Felix Ober said in his weekly address.").channel());
    }

    @Test
    void cueLexiconHasInflections() {
        assertEquals("added", only("Nora Quist spoke first. “It is not over,” Quist added.").cue());
        assertEquals("warns", only("“Expect delays,” warns transport chief Ben Adair.").cue());
        assertEquals("insisted", only("“I did nothing wrong,” Victor Lasko insisted.").cue());
    }

    @Test
    void multiParagraphQuoteIsOneRecordPerParagraphWithItsSpeaker() {
        List<Quote> qs = quotes("Rector Hanne Solberg opened the year.",
                "“This university has survived wars and plagues.",
                "“It will survive this too,” Solberg said.");
        assertEquals(2, qs.size(), qs.toString());
        assertEquals("This university has survived wars and plagues.", qs.get(0).quote());
        assertEquals("It will survive this too", qs.get(1).quote());
        for (Quote q : qs) {
            assertEquals("Hanne Solberg", q.speaker());
            assertEquals(QuoteKind.DIRECT, q.kind());
        }
        assertEquals(List.of(1, 2), qs.stream().map(Quote::paragraph).toList());
    }

    // ------------------------------------------------------------ resolution

    @Test
    void pronounResolvesToNearestCompatiblePerson() {
        Quote q = only("Captain Mira Holt briefed the crew. Engineer Jonas Weber checked the engines.",
                "“We leave at dawn,” she said.");
        assertEquals("Mira Holt", q.speaker());
        assertEquals("she", q.speakerMention());
        Quote he = only("Engineer Jonas Weber checked the engines.", "“Everything is ready,” he said.");
        assertEquals("Jonas Weber", he.speaker());
    }

    @Test
    void pronounAntecedentPrecedesThePronounNotOnlyTheQuote() {
        // A name between the pronoun and the quote ("... said Kestrel would ...") is not its antecedent.
        // (a given name of unknown gender, so the name after the pronoun is as compatible as she)
        List<Quote> qs = quotes("The largest lander is from NovaX. Ksenwa Tamberlane, president of NovaX, said the lander could carry ten tons.",
                "Tamberlane said flights could begin in 2027. She gave no date for crewed flights, but said NovaX would fly it “a lot” before any crewed flight.");
        Quote q = find(qs, "a lot");
        assertEquals("Ksenwa Tamberlane", q.speaker());
        assertEquals("She", q.speakerMention());
    }

    @Test
    void firmDescriptionResolvesToTheOrganisationNamedBefore() {
        List<Quote> qs = new QuoteExtractor(true).extract("t", List.of("Dalen Shipping Group announced a new route on Monday.",
                "The firm said the route would open in March.", "“We expect strong demand,” the company said."));
        Quote q = find(qs, "We expect strong demand");
        assertEquals("Dalen Shipping Group", q.speaker());
        assertEquals("the company", q.speakerMention());
        assertEquals("Dalen Shipping Group", find(qs, "the route would open in March").speaker());
    }

    @Test
    void descriptionResolvesToThePersonIntroducedWithThatRole() {
        Quote q = only("Chilean President Matias Rojas met farmers in Temuco.", "“Water is our priority,” the Chilean leader said.");
        assertEquals("Matias Rojas", q.speaker());
        assertEquals("the Chilean leader", q.speakerMention());
        Quote s = only("Foreign ministry spokesman Lin Wei declined to comment.", "“We oppose interference,” the spokesman said later.");
        assertEquals("Lin Wei", s.speaker());
    }

    @Test
    void surnameAndTitlePlusSurnameResolveToTheFullName() {
        List<Quote> qs = quotes("Secretary of Energy Linda M. Osei toured the plant.",
                "“This is the future,” Ms Osei said.", "“Costs are falling,” Mrs. Osei added.");
        assertEquals("Linda M. Osei", find(qs, "This is the future").speaker());
        assertEquals("Linda M. Osei", find(qs, "Costs are falling").speaker());
    }

    @Test
    void spellingVariantsFoldToOnePerson() {
        Quote q = only("Interior Minister Dmytro Kovalenko visited the front.", "“We hold,” Kovalenkko said.");
        assertEquals("Dmytro Kovalenko", q.speaker());
    }

    @Test
    void honorificsAreKeptOutOfTheCanonicalName() {
        assertEquals("Helena Vos", only("“We are ready,” said Dr. Helena Vos.").speaker());
        assertEquals("Rafael Ortiz", only("“Vote tomorrow,” Sen. Rafael Ortiz told voters.").speaker());
    }

    @Test
    void organisationsCanSpeak() {
        assertEquals("the health ministry", only("“Stay indoors,” the health ministry said.").speaker());
        assertEquals("Norway’s Energy Ministry", only("“Supply is secure,” Norway’s Energy Ministry said.").speaker());
        Quote it = only("The Coastal Authority closed the beach.", "“Swimming is forbidden,” it said.");
        assertEquals("The Coastal Authority", it.speaker());
    }

    @Test
    void unnamedSpeakerKeepsItsDescription() {
        Quote q = only("A senior aide to Prime Minister Karl Lund told the BBC, “The vote will be close.”");
        assertEquals("A senior aide to Prime Minister Karl Lund", q.speaker());
    }

    @Test
    void sentenceInitialAndMidSentenceNamesAreFound() {
        Quote q = only("Asked about the strike, union leader Petra Novak said, “We are not moving.”");
        assertEquals("Petra Novak", q.speaker());
    }

    // ------------------------------------------------------------ precision

    @Test
    void scareQuotesAndTitlesHaveNoSpeaker() {
        List<Quote> qs = quotes("Mayor Ian Fell said the city's “green corridor” plan was popular.",
                "The documentary 'Rivers of Iron' opens next week, and critics praised its “raw honesty”.");
        for (Quote q : qs) {
            assertEquals(QuoteKind.SCARE, q.kind(), q.toString());
            assertNull(q.speaker());
        }
    }

    @Test
    void quoteWithoutAnyCueIsNotAttributed() {
        List<Quote> qs = quotes("The so-called “river tax” is back on the agenda.");
        assertEquals(1, qs.size());
        assertEquals(QuoteKind.SCARE, qs.get(0).kind());
    }

    @Test
    void contentIsAVerbatimSpanOfTheText() {
        List<String> paras = List.of("Intro paragraph here.", "“It is done,” Ada Lind said. “Now we rest.”");
        String text = String.join("\n\n", paras);
        for (Quote q : new QuoteExtractor().extract("t", paras)) {
            assertEquals(q.quote(), text.substring(q.start(), q.end()));
        }
    }

    // ------------------------------------------------------------ indirect

    @Test
    void indirectSpeechOnlyWhenAsked() {
        String p = "Health Minister Aino Virtanen said the new clinic would open in March.";
        assertTrue(new QuoteExtractor(false).extract("t", List.of(p)).isEmpty());
        List<Quote> qs = new QuoteExtractor(true).extract("t", List.of(p));
        assertEquals(1, qs.size());
        assertEquals(QuoteKind.INDIRECT, qs.get(0).kind());
        assertEquals("Aino Virtanen", qs.get(0).speaker());
        assertEquals("the new clinic would open in March", qs.get(0).quote());
    }

    static Quote indirect(String sentence) {
        List<Quote> qs = new QuoteExtractor(true).extract("t", List.of(sentence));
        assertEquals(1, qs.size(), qs.toString());
        assertEquals(QuoteKind.INDIRECT, qs.get(0).kind());
        return qs.get(0);
    }

    @Test
    void indirectSpeechWithTheAttributionLast() {
        Quote q = indirect("The plane landed at the airport at 6am, an airport official said on Monday.");
        assertEquals("The plane landed at the airport at 6am", q.quote());
        assertEquals("an airport official", q.speakerMention());
        q = indirect("The talks will resume next week, said Ola Berg, the mediator.");
        assertEquals("The talks will resume next week", q.quote());
        assertEquals("Ola Berg", q.speaker());
        q = indirect("Two soldiers were killed in the crash, according to the army.");
        assertEquals("Two soldiers were killed in the crash", q.quote());
    }

    @Test
    void indirectSpeechAfterTimeAndListener() {
        Quote q = indirect("The shelter announced this week that the cat was found in the capital.");
        assertEquals("the cat was found in the capital", q.quote());
        q = indirect("Mayor Ida Holm told reporters on Tuesday that the bridge will reopen in May.");
        assertEquals("the bridge will reopen in May", q.quote());
        assertEquals("Ida Holm", q.speaker());
        q = indirect("The minister warned that prices would rise again.");
        assertEquals("prices would rise again", q.quote());
    }

    static List<Quote> indirects(String... paragraphs) {
        return new QuoteExtractor(true).extract("t", List.of(paragraphs)).stream()
                .filter(q -> q.kind() == QuoteKind.INDIRECT).toList();
    }

    @Test
    void reportedClausesKnownByTheirVerbs() {
        // irregular past, modal, contraction, a lower-case noun phrase, a gerund: each opens a clause
        assertEquals("the family thought the dog was gone", indirect("Berg says the family thought the dog was gone.").quote());
        assertEquals("she couldn't comment on the inquiry", indirect("Ida Holm said she couldn't comment on the inquiry.").quote());
        assertEquals("he's proud of the team on that front", indirect("Coach Ola Berg said he's proud of the team on that front.").quote());
        assertEquals("bus ridership is growing in the region", indirect("Ola Berg said bus ridership is growing in the region.").quote());
        assertEquals("returning to the moon was necessary", indirect("Administrator Ola Berg said returning to the moon was necessary.").quote());
        // no clause: a noun phrase alone after the cue
        assertTrue(indirects("Ola Berg said goodbye to his colleagues in the city.").isEmpty());
    }

    @Test
    void theListenerOfToldIsOneNounPhrase() {
        Quote q = indirect("Berg told Billboard the band has been in the studio all year.");
        assertEquals("the band has been in the studio all year", q.quote());
        q = indirect("The hunter told doctors he ate the meat on November 5.");
        assertEquals("he ate the meat on November 5", q.quote());
    }

    @Test
    void thatClauseVerbsQuantifiedSubjectsAndAuxiliaries() {
        assertEquals("member states must label the products", indirect("The court ruled that member states must label the products.").quote());
        assertEquals("Union leaders", indirect("Union leaders have long warned that staff shortages have hurt security.").speakerMention());
        assertEquals("the station is safe", indirect("The police arrived and confirmed that the station is safe.").quote());
        assertEquals("Both sides", indirect("Both sides said they were hopeful about the talks.").speaker());
        // evidential verbs need their "that": no clause is reported without it
        assertTrue(indirects("The team shared photos of the new bridge on Monday.").isEmpty());
    }

    @Test
    void anAttributionInsideTheSentenceSplitsWhatWasSaid() {
        List<Quote> qs = indirects("The new cell, Ola Berg said, is constantly sensing the body.");
        assertEquals(2, qs.size(), qs.toString());
        assertEquals("The new cell", qs.get(0).quote());
        assertEquals("is constantly sensing the body", qs.get(1).quote());
        assertEquals("Ola Berg", qs.get(1).speaker());
        qs = indirects("That, the company says, allows the car to see markings on the road.");
        assertEquals(List.of("That", "allows the car to see markings on the road"), qs.stream().map(Quote::quote).toList());
        // a connective before the attribution is not what was said
        qs = indirects("Meanwhile, Ola Berg says, the papers are trying to buy time.");
        assertEquals(List.of("the papers are trying to buy time"), qs.stream().map(Quote::quote).toList());
    }

    @Test
    void asSNotesAndNounsOfSaying() {
        Quote q = indirect("As Ola Berg noted, this is no joke for the city.");
        assertEquals("this is no joke for the city", q.quote());
        assertEquals("Ola Berg", q.speaker());
        q = indirect("The deal came despite an earlier declaration by the health ministry that the risk was minimal.");
        assertEquals("the risk was minimal", q.quote());
        assertEquals("the health ministry", q.speakerMention());
        // no owner: nobody is named
        assertTrue(indirects("The claim that the risk was minimal surprised the city.").isEmpty());
    }

    @Test
    void indirectSpeechNextToQuotesInTheSameSentence() {
        List<Quote> qs = indirects("“I cannot go back there.” Ola Berg said he never received a letter from the family.");
        assertEquals(List.of("he never received a letter from the family"), qs.stream().map(Quote::quote).toList());
        // a quote inside the clause is a partial quote, the clause is not reported as indirect speech too
        qs = quotes("Ola Berg said the plan was “dead on arrival” in the council.");
        assertEquals(QuoteKind.PARTIAL, find(qs, "dead on arrival").kind());
        assertTrue(qs.stream().noneMatch(q -> q.kind() == QuoteKind.INDIRECT), qs.toString());
    }

    @Test
    void theContentKeepsDashAsidesAndEndsAtANestedFrame() {
        assertEquals("the five firms — Alpha, Beta and Gamma — had been selected",
                indirect("The agency said the five firms — Alpha, Beta and Gamma — had been selected.").quote());
        List<Quote> qs = indirects("The ministry denied it would send arms after officials said it was considering doing so.");
        assertEquals(List.of("it would send arms", "it was considering doing so"), qs.stream().map(Quote::quote).toList());
    }

    @Test
    void namesGivenAfterANamingVerbAreScareQuotes() {
        List<Quote> qs = quotes("Ola Berg and his team found a phenomenon they called “weird generalizations” last year.");
        assertEquals(QuoteKind.SCARE, find(qs, "weird generalizations").kind());
        qs = quotes("The Arab League called it an “extremely adverse development” on Tuesday.");
        assertEquals(QuoteKind.PARTIAL, find(qs, "extremely adverse development").kind());
    }

    @Test
    void fragmentsAttributedByAClosingSourceOrALongAppositive() {
        List<Quote> qs = quotes("The two guards signed “false certifications” that night, according to court records.");
        assertEquals("court records", find(qs, "false certifications").speaker());
        qs = quotes("Omar Lamrani, a senior analyst at Stratfor, the Texas-based intelligence firm, told Business Insider "
                + "that the group was “fairly secular by regional standards.”");
        Quote q = find(qs, "fairly secular by regional standards.");
        assertEquals(QuoteKind.PARTIAL, q.kind());
        assertEquals("Omar Lamrani", q.speaker());
    }

    @Test
    void noIndirectSpeechWithoutAReportedClause() {
        for (String s : new String[] {"The stock added more than 2% to begin the week after the deal.",
                "The council said in March it had no plans.", // no: fine, but must stay one quote
                "He told them to leave the building at once.", "She laughed that the idea was silly and left."}) {
            List<Quote> qs = new QuoteExtractor(true).extract("t", List.of(s));
            if (s.startsWith("The council")) assertEquals(1, qs.size(), qs.toString());
            else assertTrue(qs.isEmpty(), s + " -> " + qs);
        }
    }

    @Test
    void mannerCuesAttributeQuotes() {
        for (String cue : new String[] {"interjected", "sighed", "agreed", "quipped", "laughed", "groaned"}) {
            Quote q = only("Senator Ruth Aldo spoke next.", "“Not again,” Aldo " + cue + ".");
            assertEquals("Ruth Aldo", q.speaker(), cue);
            assertEquals(cue, q.cue());
        }
    }

    @Test
    void titlesInsideACapitalisedRunAreNotTheName() {
        assertEquals("Stephanie Grisham", indirect("White House Press Secretary Stephanie Grisham said the talks were over.").speaker());
        assertEquals("Jennifer Ngo-Anh", only("SciSpacE Team Leader Jennifer Ngo-Anh explains: “It is hard to sleep in orbit.”").speaker());
        assertEquals("Liu Xiaming", indirect("China's ambassador to Britain Liu Xiaming said the army could come.").speaker());
        assertEquals("Kathleen Hawk Sawyer", only("Officials put Kathleen Hawk Sawyer in charge.",
                "“We will fix it,” Hawk Sawyer said.").speaker());
    }

    @Test
    void aDocumentSpeaksForWhoeverIssuedIt() {
        List<Quote> qs = quotes("Big Machine Records released a statement on Friday.",
                "“We never blocked her,” the statement said.", "“It is not true,” they said.");
        assertEquals("Big Machine Records", find(qs, "We never blocked her").speaker());
        assertEquals("Big Machine Records", find(qs, "It is not true").speaker()); // an organisation that spoke
        assertEquals("the US military", quotes("In a statement, the US military said two soldiers died.",
                "“The cause is under investigation,” the statement said.").stream()
                .filter(q -> q.kind() == QuoteKind.DIRECT).findFirst().orElseThrow().speaker());
        assertEquals("Kotak Institutional Equities",
                only("“Markets will slow,” said a report from Kotak Institutional Equities.").speaker());
    }

    @Test
    void anAgeDescriptionIsTheMainPerson() {
        Quote q = find(quotes("Jose Mourinho was appointed on Wednesday. Mourinho replaces Ange Holm.",
                "The 56-year-old said: “I am excited to be here.”"), "I am excited to be here.");
        assertEquals("Jose Mourinho", q.speaker());
    }

    @Test
    void partyStatePlaceAndOwnedSpeakers() {
        assertEquals("Ben Sasse", only("Sen. Ben Sasse, R-Neb., called his death \"a crisis of public trust\" within the prison system.").speaker());
        assertEquals("Roy Blunt", only("Sen. Roy Blunt (R-Mo.) said: “We will vote no on this bill.”").speaker());
        assertEquals("Eric Holcomb", only("Gov. Eric Holcomb of Indiana said: “We will vote no on this bill.”").speaker());
        assertEquals("one of the officials", only("Two officials spoke.", "“We will vote no on this bill,” one said.").speaker());
        assertEquals("Elizabeth Warren’s campaign", only("Senator Elizabeth Warren spoke.",
                "“We will vote no on this bill,” her campaign said.").speaker());
        Quote q = only("Investor Leon Cooperman blasted the payout as “morally wrong.”");
        assertEquals(QuoteKind.PARTIAL, q.kind());
        assertEquals("Leon Cooperman", q.speaker());
    }

    @Test
    void issueClassesStatementsClosingMarkOpenersPullQuotesAndNoBreakSpaces() {
        assertEquals("Big Machine Records", only("Big Machine Records released a statement saying: “We never blocked her from anything.”").speaker());
        Quote q = only("”We will win big on this one,” Holm said.");
        assertEquals(QuoteKind.DIRECT, q.kind());
        assertEquals("We will win big on this one", q.quote());
        assertEquals("Ida Holm", only("“We will win big on this one.”", "Ida Holm, mayor of Tartu.").speaker());
        assertEquals("Holm", only("“We will win big on this one.”", "Holm said.").speaker());
        assertEquals("Ida Holm", only("Mayor Ida\u00A0Holm\u00A0said:\u00A0“We will win big on this one.”").speaker());
        assertEquals("Ida Holm", only("Mayor Ida Holm said: \u00A0\"We will win big on this one.\"").speaker());
    }

    @Test
    void participlesAndMannerAdverbsAreNotPartOfTheSpeaker() {
        assertEquals("Tim Cook", find(quotes("Apple chief Tim Cook spoke on Monday. Hosting Cook was Marc Benioff.",
                "“We love it here,” Cook said."), "We love it here").speaker());
        assertEquals("Beijing officials", indirect("Beijing officials ultimately admitted that the city had ten times as many cases.").speaker());
        Quote q = indirect("The US welcomed the exchange, saying the hostages had suffered from their ordeal.");
        assertEquals("The US", q.speaker());
        assertEquals("the hostages had suffered from their ordeal", q.quote());
    }

    @Test
    void featureLayoutsFirstNamesDashesAndQuotesUnderSubheads() {
        assertEquals("Neil Gaiman", only("“Had he written five books, he would have been George Martin.” — Neil Gaiman").speaker());
        assertEquals("Dan Lieberman", only("Solar expert Dan Lieberman installs panels.",
                "“This is the most important comparison metric,” Dan advises.").speaker());
        List<Quote> qs = quotes("Spine surgeon Ehsan Jazini studies chairs.",
                "“A chair should have adjustable lumbar support,” Dr. Jazini advises.", "3. Armrest Adjustability",
                "“Find a chair that allows your elbows to rest comfortably at a 90-degree angle.”");
        assertEquals("Ehsan Jazini", find(qs, "Find a chair that allows your elbows to rest comfortably at a 90-degree angle.").speaker());
        // someone else named in between: the quote stays unattributed
        qs = quotes("Spine surgeon Ehsan Jazini studies chairs.",
                "“A chair should have adjustable lumbar support,” Dr. Jazini advises.", "Nurse Pia Sund works at the same clinic.",
                "“Find a chair that allows your elbows to rest comfortably at a 90-degree angle.”");
        assertEquals(null, find(qs, "Find a chair that allows your elbows to rest comfortably at a 90-degree angle.").speaker());
    }

    @Test
    void unnamedSourcesKeepTheirWholeDescription() {
        assertEquals("A source inside the camp", only("A source inside the camp said that the claim is “absolutely not true.”").speaker());
        assertEquals("A source close to the family", only("A source close to the family said that the claim is “absolutely not true.”").speaker());
        assertEquals("Russian President Vladimir Putin’s close allies",
                only("Russian President Vladimir Putin’s close allies called for talks at the “soonest possible” date.").speaker());
    }

    @Test
    void aFragmentRightAfterAnAttributedQuoteKeepsItsSpeaker() {
        List<Quote> qs = quotes("“Revenue has not grown in a decade,” says industry analyst Ken Doctor. "
                + "That has produced a strategy of “continuous cost-cutting in local news.”");
        Quote q = find(qs, "continuous cost-cutting in local news.");
        assertEquals(QuoteKind.PARTIAL, q.kind());
        assertEquals("Ken Doctor", q.speaker());
        // a possessive before the fragment still makes it a scare quote
        qs = quotes("“Revenue has not grown in a decade,” says industry analyst Ken Doctor. "
                + "The paper’s “digital first” plan is two years old.");
        assertEquals(QuoteKind.SCARE, find(qs, "digital first").kind());
    }

    @Test
    void theLastSpeakerKeepsHeSaidOverAPersonOfBetterKnownGender() {
        List<Quote> qs = quotes("Guard Michael Thomas was charged.",
                "“We had hoped for more,” Figgins said.",
                "Figgins declined to say whether Thomas slept. “The system was short-staffed at all times,” he said.");
        assertEquals("Figgins", find(qs, "The system was short-staffed at all times").speaker());
    }

    // ------------------------------------------------------------ regressions found on real pages

    @Test
    void doubledSingleMarksAreDoubleQuotes() {
        Quote q = only("‘‘The numbers do not lie,’’ said auditor Grace Obi.");
        assertEquals("The numbers do not lie", q.quote());
        assertEquals("Grace Obi", q.speaker());
    }

    @Test
    void aDocumentCanRead() {
        Quote q = only("The band posted a message overnight.", "“We are taking a break,” the statement read.");
        assertEquals("read", q.cue());
        assertEquals("the statement", q.speaker());
        assertTrue(quotes("She read “Hamlet” aloud.").stream().allMatch(x -> x.kind() == QuoteKind.SCARE));
    }

    @Test
    void nameThenLongAppositiveWithCommasThenCue() {
        Quote q = only("“Air quality improved because the wind changed,” Ravi Menon, a researcher at the Institute "
                + "for Energy, Water and Air think tank told reporters.");
        assertEquals("Ravi Menon", q.speaker());
    }

    @Test
    void coordinatedRolesBeforeTheName() {
        Quote q = only("“We found water vapour,” lead author and planetary scientist Lena Morales said.");
        assertEquals("Lena Morales", q.speaker());
    }

    @Test
    void quoteSentenceAfterReportedSpeechContinuesTheSpeaker() {
        List<Quote> qs = quotes("The cells, biologist Omar Reyes said, are always sampling their surroundings. "
                + "“When something goes wrong, they notice first.”");
        assertEquals("Omar Reyes", find(qs, "When something goes wrong, they notice first.").speaker());
    }

    @Test
    void splitQuoteInheritsAcrossAScareQuote() {
        List<Quote> qs = quotes("“Prices are rising,” Ivan Petrov said on the show “Morning Money” on Monday. "
                + "“Nobody is ready for it.”");
        assertEquals("Ivan Petrov", find(qs, "Nobody is ready for it.").speaker());
    }
}
