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
    })
    void normalises(String raw, String iso) {
        assertEquals(iso, Dates.normalise(raw));
    }

    @ParameterizedTest
    @CsvSource({"yesterday", "''", "2019-13-45", "not a date at all"})
    void rejects(String raw) {
        assertNull(Dates.normalise(raw));
    }
}
