package org.socialsim.workbench.data.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.socialsim.workbench.data.io.internal.CanonicalSchema.Times;

class TimesTest {
    @Test
    void fastPathAgreesWithTheJdkOnEveryDayOfCenturyAndEraBoundaries() {
        int[][] years = {{0, 1}, {1599, 1601}, {1899, 1901}, {1968, 2101}, {2399, 2401}, {9999, 9999}};
        for (int[] range : years) {
            for (LocalDate d = LocalDate.of(range[0], 1, 1); d.getYear() <= range[1]; d = d.plusDays(1)) {
                String text = d + "T23:59:58Z";
                assertEquals(Instant.parse(text), Times.fast(text), text);
            }
        }
    }

    @Test
    void impossibleDatesAndOtherShapesAreNotTakenByTheFastPath() {
        for (String bad : new String[] {"2021-02-29T00:00:00Z", "1900-02-29T00:00:00Z", "2020-04-31T00:00:00Z",
            "2020-13-01T00:00:00Z", "2020-00-10T00:00:00Z", "2020-01-01T24:00:00Z", "2020-01-01T00:60:00Z",
            "2020-01-01T00:00:60Z", "2020-01-0aT00:00:00Z", "2020-01-01 00:00:00Z"}) {
            assertNull(Times.fast(bad), bad);
        }
        assertNull(Times.parse("2021-02-29T00:00:00Z"));
        assertNull(Times.parse("2020-01-0aT00:00:00Z"));
        assertEquals(Instant.parse("2000-02-29T12:00:00Z"), Times.fast("2000-02-29T12:00:00Z"));
        assertEquals(Instant.parse("2020-10-01T12:00:00.5Z"), Times.parse("2020-10-01T12:00:00.5Z"));
    }
}
