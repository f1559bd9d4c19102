package news.load.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2019-11-19T10:30:00Z|2019-11-19T10:30:00Z",
        "2019-11-19T10:30:00.123+01:00|2019-11-19T10:30:00+01:00",
        "2019-11-19T10:30:00+0100|2019-11-19T10:30:00+01:00",
        "2019-11-19T10:30-05:00|2019-11-19T10:30:00-05:00",
        "2019-11-19 10:30:00|2019-11-19T10:30:00",
        "2019-11-19T10:30:00|2019-11-19T10:30:00",
        "2019-11-19|2019-11-19",
        "2019/11/19|2019-11-19",
        "20191119|2019-11-19",
        "November 19, 2019|2019-11-19",
        "Nov 19, 2019|2019-11-19",
        "19 November 2019|2019-11-19",
        "Tue, 19 Nov 2019 10:30:00 GMT|2019-11-19T10:30:00Z",
        "2019-11-19T10:30:00.123456789+05:30|2019-11-19T10:30:00+05:30",
        "2019-11-19T10:30:00+00:00|2019-11-19T10:30:00Z",
        "2019-11-19T10:30:00-0800|2019-11-19T10:30:00-08:00",
        "2023 Jan 7|2023-01-07",
        "2024 June 30|2024-06-30",
        "Thu, 09/25/2025 - 11:38|2025-09-25", // Drupal's display form in article:published_time
    })
    void normalises(String raw, String iso) {
        assertEquals(iso, Dates.normalise(raw));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Published 10:02 AM EST Nov 19, 2019|2019-11-19",
        "Monday, November 18, 2019|2019-11-18",
        "Posted on 5th March 2021 by admin|2021-03-05",
        "Sept. 3, 2020|2020-09-03",
        "last updated 2018-02-16 14:00|2018-02-16",
        "Elliot Raba 23.07.2025 · 6 min read|2025-07-23",
        "Posted on the 15/12/2025 at 19:00|2025-12-15",
        "Updated: 10/31/2024|2024-10-31",
        "View Full Profile 2/24/2026|2026-02-24",
        "Candidate Experience 03/01/2017 by Agatha|2017-03-01",
    })
    void findsDatesInVisibleText(String text, String iso) {
        assertEquals(iso, Dates.findInText(text));
    }

    /** Version numbers, prices and impossible days are not dates. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"release 1.2.2020.4 is out", "31.02.2025 meeting", "costs 12.50/2025 units", "v10.11.2019.1"})
    void numericLookalikesAreNotDates(String text) {
        assertNull(Dates.findInText(text));
    }

    /** Curated month names of the main European languages. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Veröffentlicht am 15. Dezember 2025, 10:30 Uhr|2025-12-15",
        "3. März 2024|2024-03-03",
        "Publié le 1er décembre 2025|2025-12-01",
        "le 14 juillet 2023 à 18h|2023-07-14",
        "Publicado el 15 de diciembre de 2025|2025-12-15",
        "pubblicato il 2 giugno 2022|2022-06-02",
        "Publicado em 7 de setembro de 2021|2021-09-07",
        "Gepubliceerd op 12 maart 2020|2020-03-12",
        "5 okt. 2019|2019-10-05",
    })
    void readsMonthNamesOfOtherLanguages(String text, String iso) {
        assertEquals(iso, Dates.findInText(text));
    }

    /** A word between a day and a year that is no month is not a date ("3 Punkte 2024"). */
    @ParameterizedTest
    @CsvSource({"'Top 10 Punkte 2024'", "'les 12 travaux 2023'"})
    void otherWordsAreNotMonths(String text) {
        assertNull(Dates.findInText(text));
    }

    /** Slashed dates: the month first on US pages and pages that say nothing, the day first on British and non-English ones. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "en-US|https://news.example.com/a|03/01/2017|2017-03-01",
        "null|null|03/01/2017|2017-03-01",
        "en-GB|null|03/01/2017|2017-01-03",
        "en|https://www.bhf.org.uk/a|03/01/2017|2017-01-03",
        "fr|null|03/01/2017|2017-01-03",
        "en-GB|null|03/25/2017|2017-03-25",
        "de-DE|null|3.1.2017|2017-01-03",
    })
    void slashedDatesFollowThePagesConvention(String lang, String url, String text, String iso) {
        assertEquals(iso, Dates.findInText(text, Dates.dayFirst(lang, url)));
    }

    /** Datelines give their day; a day a sentence states as a fact after a preposition does not. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "Posted on 15 Dec 2025 by Jane Doe|2025-12-15",
        "By Claire · Published Apr 26, 2023|2023-04-26",
        "Shauna Mitchell August 25, 2024|2024-08-25",
        "As of July 31, 2025, the FDA has received:|null",
        "SBP customers (solar installed after April 15, 2023) receive lower credits|null",
        "Applications close on or before 3/1/2026|null",
        "Prices valid through Dec 31, 2025|null",
    })
    void datelinesButNotSentenceDates(String text, String iso) {
        assertEquals(iso, Dates.findDateline(text, false));
    }

    @ParameterizedTest
    @CsvSource({"0001-01-01T00:00:00Z", "2999-01-01", "1066-10-14"})
    void placeholderAndImplausibleYearsAreRejected(String raw) {
        assertNull(Dates.normalise(raw));
    }

    @ParameterizedTest
    @CsvSource({"yesterday", "''", "2019-13-45", "2019-02-30", "not a date at all"})
    void rejects(String raw) {
        assertNull(Dates.normalise(raw));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "https://blog.example/2025/12/18/a-post|2025-12-18",
        "https://news.example/world/2019-11-19/story.html|2019-11-19",
        "https://news.example/20191119/story|2019-11-19",
        "https://news.example/2019/11/story|null",
        "https://shop.example/product/2019111|null",
        "https://blog.example/2019/02/30/not-a-day|null",
        "https://blog.example/a?date=2019/11/19|null",
        "https://www.theguardian.com/books/2025/dec/05/best-books|2025-12-05",
        "https://wine.example/blog/2023/october/03/how-many-types/|2023-10-03",
        "https://wine.example/blog/2023/february/30/no-such-day/|null",
        "https://wine.example/blog/2023/december/|null",
        "https://blog.example/articles/2025-12-15+Rust+GCC+backend|2025-12-15",
        "https://blog.example%2Farticles%2F2025-12-15%2BRust%2BGCC|2025-12-15",
        "https://blog.example/100%-sure/2025/12/15/post|2025-12-15",
    })
    void readsThePermalinkDay(String url, String day) {
        assertEquals(day, Dates.fromUrl(url));
    }

    @org.junit.jupiter.api.Test
    void countsDaysApart() {
        assertEquals(1, Dates.daysApart("2025-12-19T03:05:00Z", "2025-12-18"));
        assertEquals(Long.MAX_VALUE, Dates.daysApart("soon", "2025-12-18"));
    }
}
