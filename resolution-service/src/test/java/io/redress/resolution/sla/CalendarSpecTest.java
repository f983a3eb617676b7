package io.redress.resolution.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.redress.resolution.sla.BusinessCalendar.Period;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The JSON form of a business calendar: what it accepts, and every problem it names, each at its JSON pointer. */
class CalendarSpecTest {

    private static final String AT = "/teams/2/calendar";
    private static final List<String> OFFICE_HOURS = List.of("09:00-12:30", "13:30-17:00");

    private static Map<String, List<String>> week(Object... dayAndPeriods) {
        Map<String, List<String>> week = new LinkedHashMap<>();
        for (int i = 0; i < dayAndPeriods.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<String> periods = (List<String>) dayAndPeriods[i + 1];
            week.put((String) dayAndPeriods[i], periods);
        }
        return week;
    }

    private static List<Violation> violations(String zone, Map<String, List<String>> week, List<String> holidays) {
        return new CalendarSpec(zone, week, holidays).violations(AT);
    }

    private static List<Violation> violationsOfMonday(String... periods) {
        return violations("Europe/Berlin", week("MONDAY", Arrays.asList(periods)), List.of());
    }

    @Test
    void aValidSpec_hasNoViolations_andBuildsItsCalendar() {
        CalendarSpec spec = new CalendarSpec("Europe/Berlin", week("MONDAY", OFFICE_HOURS, "TUESDAY", OFFICE_HOURS,
                "SATURDAY", List.of()), List.of("2026-12-25"));
        assertThat(spec.violations(AT)).isEmpty();

        Map<DayOfWeek, List<Period>> expected = new EnumMap<>(DayOfWeek.class);
        List<Period> periods = List.of(new Period(LocalTime.of(9, 0), LocalTime.of(12, 30)),
                new Period(LocalTime.of(13, 30), LocalTime.of(17, 0)));
        expected.put(DayOfWeek.MONDAY, periods);
        expected.put(DayOfWeek.TUESDAY, periods);
        assertThat(spec.toCalendar()).isEqualTo(new BusinessCalendar(ZoneId.of("Europe/Berlin"), expected,
                Set.of(LocalDate.of(2026, 12, 25))));
    }

    @Test
    void aSpec_isReadFromJson() throws Exception {
        String json = """
                {"zone": "Europe/Berlin", "week": {"MONDAY": ["09:00-17:00"]}, "holidays": ["2026-12-28"]}""";
        CalendarSpec spec = new ObjectMapper().readValue(json, CalendarSpec.class);
        assertThat(spec).isEqualTo(new CalendarSpec("Europe/Berlin", week("MONDAY", List.of("09:00-17:00")),
                List.of("2026-12-28")));
        assertThat(spec.violations(AT)).isEmpty();
    }

    @Test
    void endOfDay_isWritten24_00_andCountsUpToMidnight() {
        CalendarSpec spec = new CalendarSpec("Europe/Berlin", week("MONDAY", List.of("22:00-24:00"),
                "TUESDAY", List.of("00:00-06:00")), List.of());
        assertThat(spec.violations(AT)).isEmpty();
        BusinessCalendar calendar = spec.toCalendar();
        assertThat(calendar.week().get(DayOfWeek.MONDAY))
                .containsExactly(new Period(LocalTime.of(22, 0), Period.END_OF_DAY));
        // Monday 2026-01-12 23:00 CET + 3 h → Tuesday 02:00 CET.
        assertThat(calendar.dueAt(Instant.parse("2026-01-12T22:00:00Z"), Duration.ofHours(3)))
                .isEqualTo(Instant.parse("2026-01-13T01:00:00Z"));
    }

    @Test
    void aMissingZone_isNamed() {
        assertThat(violations(null, week("MONDAY", OFFICE_HOURS), List.of())).containsExactly(
                new Violation(AT + "/zone", "is required: a time zone such as Europe/Berlin"));
    }

    @Test
    void anInvalidZone_isNamed() {
        assertThat(violations("Europe/Gotham", week("MONDAY", OFFICE_HOURS), List.of())).containsExactly(
                new Violation(AT + "/zone", "'Europe/Gotham' is not a time zone such as Europe/Berlin"));
    }

    @Test
    void anUnknownDay_isNamed_listingTheDaysAllowed() {
        assertThat(violations("Europe/Berlin", week("MONDAY", OFFICE_HOURS, "Tuesday", OFFICE_HOURS), List.of()))
                .containsExactly(new Violation(AT + "/week/Tuesday", "unknown day 'Tuesday' (expected one of "
                        + "MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY)"));
    }

    @Test
    void aDayKey_isEscapedInThePointer() {
        assertThat(violations("Europe/Berlin", week("MONDAY", OFFICE_HOURS, "mon/tue~", OFFICE_HOURS), List.of()))
                .extracting(Violation::pointer).containsExactly(AT + "/week/mon~1tue~0");
    }

    @Test
    void aMalformedPeriod_isNamed_atItsIndex() {
        String written = " is not a period written HH:MM-HH:MM, from 00:00 to 24:00";
        assertThat(violationsOfMonday("09:00-12:00", "9-17", "13:00\u201317:00", "25:00-26:00", "18:00-24:30", "18:00"))
                .containsExactly(
                        new Violation(AT + "/week/MONDAY/1", "'9-17'" + written),
                        new Violation(AT + "/week/MONDAY/2", "'13:00\u201317:00'" + written),
                        new Violation(AT + "/week/MONDAY/3", "'25:00-26:00'" + written),
                        new Violation(AT + "/week/MONDAY/4", "'18:00-24:30'" + written),
                        new Violation(AT + "/week/MONDAY/5", "'18:00'" + written));
    }

    @Test
    void aPeriodThatDoesNotEndAfterItStarts_isNamed() {
        assertThat(violationsOfMonday("17:00-09:00", "12:00-12:00", "24:00-24:00")).containsExactly(
                new Violation(AT + "/week/MONDAY/0", "period 17:00-09:00 must end after it starts"),
                new Violation(AT + "/week/MONDAY/1", "period 12:00-12:00 must end after it starts"),
                new Violation(AT + "/week/MONDAY/2", "period 24:00-24:00 must end after it starts"));
    }

    @Test
    void overlappingPeriods_areNamed_butAdjacentOnesAreFine() {
        assertThat(violationsOfMonday("09:00-12:00", "11:30-14:00", "14:00-17:00", "08:00-20:00")).containsExactly(
                new Violation(AT + "/week/MONDAY/1", "periods 09:00-12:00 and 11:30-14:00 overlap"),
                new Violation(AT + "/week/MONDAY/3", "periods 09:00-12:00 and 08:00-20:00 overlap"),
                new Violation(AT + "/week/MONDAY/3", "periods 11:30-14:00 and 08:00-20:00 overlap"),
                new Violation(AT + "/week/MONDAY/3", "periods 14:00-17:00 and 08:00-20:00 overlap"));
    }

    @Test
    void aWeekWithoutAnyPeriod_isRefused() {
        Violation none = new Violation(AT + "/week",
                "has no period: a calendar needs at least one working period in its week");
        assertThat(violations("Europe/Berlin", week(), List.of())).containsExactly(none);
        assertThat(violations("Europe/Berlin", week("MONDAY", List.of(), "SUNDAY", List.of()), List.of()))
                .containsExactly(none);
        assertThat(violations("Europe/Berlin", week("Monday", List.of("09:00-17:00")), List.of()))
                .extracting(Violation::pointer).containsExactly(AT + "/week/Monday", AT + "/week");
    }

    @Test
    void aHolidayThatIsNotAnIsoDate_isNamed_atItsIndex() {
        assertThat(violations("Europe/Berlin", week("MONDAY", OFFICE_HOURS),
                List.of("2026-12-25", "25.12.2026", "2026-02-30"))).containsExactly(
                        new Violation(AT + "/holidays/1", "'25.12.2026' is not an ISO date such as 2026-12-25"),
                        new Violation(AT + "/holidays/2", "'2026-02-30' is not an ISO date such as 2026-12-25"));
    }

    @Test
    void nullLists_andNullElements_areNamed() {
        List<String> periods = new ArrayList<>(Arrays.asList("09:00-17:00", null));
        List<String> holidays = new ArrayList<>(Arrays.asList("2026-12-25", null));
        assertThat(violations("Europe/Berlin", week("MONDAY", periods, "TUESDAY", null), holidays)).containsExactly(
                new Violation(AT + "/week/MONDAY/1", "must be a period such as 09:00-17:00, not null"),
                new Violation(AT + "/week/TUESDAY", "must be a list of periods (empty for a day off), not null"),
                new Violation(AT + "/holidays/1", "must be an ISO date such as 2026-12-25, not null"));
        assertThat(violations("Europe/Berlin", null, null)).containsExactly(
                new Violation(AT + "/week",
                        "is required: the periods of each working day, such as MONDAY: [09:00-17:00]"),
                new Violation(AT + "/holidays", "must be a list of ISO dates (empty for none), not null"));
    }

    @Test
    void severalViolations_areReportedTogether_inDocumentOrder() {
        assertThat(violations("Berlin", week("MONDAY", List.of("09:00-12:00", "10:00-11:00"), "Fri", OFFICE_HOURS,
                "SATURDAY", List.of("10-14")), List.of("next christmas")))
                .extracting(Violation::pointer).containsExactly(AT + "/zone", AT + "/week/MONDAY/1",
                        AT + "/week/Fri", AT + "/week/SATURDAY/0", AT + "/holidays/0");
    }

    @Test
    void violations_underTheRoot_pointFromTheRoot() {
        assertThat(new CalendarSpec(null, week("MONDAY", OFFICE_HOURS), List.of()).violations(""))
                .extracting(Violation::pointer).containsExactly("/zone");
    }

    @Test
    void toCalendar_refusesAnInvalidSpec_namingEveryViolation() {
        CalendarSpec spec = new CalendarSpec("Berlin", week("MONDAY", List.of("17:00-09:00")), List.of());
        assertThatIllegalArgumentException().isThrownBy(spec::toCalendar)
                .withMessageContaining("/zone 'Berlin' is not a time zone")
                .withMessageContaining("/week/MONDAY/0 period 17:00-09:00 must end after it starts");
    }
}
