package io.redress.resolution.sla;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.redress.resolution.sla.BusinessCalendar.Period;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Business time: weekends, lunch breaks, holidays, night periods and daylight saving changes, with expected instants
 * written in UTC (the Berlin wall-clock time in the comment: CET is UTC+1, CEST UTC+2).
 */
class BusinessCalendarTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final List<DayOfWeek> WEEKDAYS = List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY);

    private static final BusinessCalendar OFFICE = calendar(WEEKDAYS, Set.of(), period("09:00", "17:00"));
    private static final BusinessCalendar SPLIT_SHIFT =
            calendar(WEEKDAYS, Set.of(), period("09:00", "12:00"), period("13:00", "17:00"));
    private static final BusinessCalendar AROUND_THE_CLOCK =
            calendar(List.of(DayOfWeek.values()), Set.of(), Period.ALL_DAY);
    // The same time as AROUND_THE_CLOCK, written so that it is not recognised as calendar time and is scanned.
    private static final BusinessCalendar AROUND_THE_CLOCK_IN_HALVES =
            calendar(List.of(DayOfWeek.values()), Set.of(), period("00:00", "12:00"), period("12:00", "24:00"));
    private static final BusinessCalendar NIGHTS =
            calendar(List.of(DayOfWeek.values()), Set.of(), period("00:00", "06:00"), period("22:00", "24:00"));

    private static Period period(String from, String to) {
        return new Period(LocalTime.parse(from), to.equals("24:00") ? Period.END_OF_DAY : LocalTime.parse(to));
    }

    private static BusinessCalendar calendar(List<DayOfWeek> days, Set<LocalDate> holidays, Period... periods) {
        Map<DayOfWeek, List<Period>> week = new EnumMap<>(DayOfWeek.class);
        days.forEach(day -> week.put(day, List.of(periods)));
        return new BusinessCalendar(BERLIN, week, holidays);
    }

    private static LocalDateTime inBerlin(Instant instant) {
        return instant.atZone(BERLIN).toLocalDateTime();
    }

    @Test
    void dueAt_skipsTheWeekend_fromFridayAfternoon() {
        // Friday 2026-01-09 15:00 → 2 h on Friday, 2 h on Monday 2026-01-12 → 11:00.
        assertThat(OFFICE.dueAt(Instant.parse("2026-01-09T14:00:00Z"), Duration.ofHours(4)))
                .isEqualTo(Instant.parse("2026-01-12T10:00:00Z"));
    }

    @Test
    void dueAt_countsFromMondayOpening_whenStartedOnSaturday() {
        // Saturday 2026-01-10 10:00 → Monday 09:00 + 4 h = 13:00.
        assertThat(OFFICE.dueAt(Instant.parse("2026-01-10T09:00:00Z"), Duration.ofHours(4)))
                .isEqualTo(Instant.parse("2026-01-12T12:00:00Z"));
    }

    @Test
    void dueAt_countsFromOpening_whenStartedBeforeIt() {
        // Monday 06:00 → 09:00 + 2 h = 11:00.
        assertThat(OFFICE.dueAt(Instant.parse("2026-01-12T05:00:00Z"), Duration.ofHours(2)))
                .isEqualTo(Instant.parse("2026-01-12T10:00:00Z"));
    }

    @Test
    void dueAt_countsFromTheNextOpening_whenStartedExactlyAtClosing() {
        // Monday 17:00 + 1 h → Tuesday 10:00; Friday 17:00 + 4 h → Monday 13:00.
        assertThat(OFFICE.dueAt(Instant.parse("2026-01-12T16:00:00Z"), Duration.ofHours(1)))
                .isEqualTo(Instant.parse("2026-01-13T09:00:00Z"));
        assertThat(OFFICE.dueAt(Instant.parse("2026-01-09T16:00:00Z"), Duration.ofHours(4)))
                .isEqualTo(Instant.parse("2026-01-12T12:00:00Z"));
    }

    @Test
    void dueAt_isTheClosing_whenTheAllowanceFillsTheDayExactly() {
        // Monday 09:00 + 8 h → Monday 17:00, not Tuesday 09:00.
        assertThat(OFFICE.dueAt(Instant.parse("2026-01-12T08:00:00Z"), Duration.ofHours(8)))
                .isEqualTo(Instant.parse("2026-01-12T16:00:00Z"));
    }

    @Test
    void dueAt_doesNotCountTheLunchBreak_ofASplitShift() {
        // Monday 10:00 + 4 h → 10:00-12:00 and 13:00-15:00.
        assertThat(SPLIT_SHIFT.dueAt(Instant.parse("2026-01-12T09:00:00Z"), Duration.ofHours(4)))
                .isEqualTo(Instant.parse("2026-01-12T14:00:00Z"));
    }

    @Test
    void dueAt_skipsHolidaysOnWeekdays() {
        BusinessCalendar christmas = calendar(WEEKDAYS, Set.of(LocalDate.parse("2026-12-25"),
                LocalDate.parse("2026-12-28")), period("09:00", "17:00"));
        // Thursday 2026-12-24 15:00 → 2 h on Thursday; Friday 25, the weekend and Monday 28 off → Tuesday 29 11:00.
        assertThat(christmas.dueAt(Instant.parse("2026-12-24T14:00:00Z"), Duration.ofHours(4)))
                .isEqualTo(Instant.parse("2026-12-29T10:00:00Z"));
        // Started on the holiday itself: counted from Tuesday 09:00.
        assertThat(christmas.dueAt(Instant.parse("2026-12-25T09:00:00Z"), Duration.ofHours(1)))
                .isEqualTo(Instant.parse("2026-12-29T09:00:00Z"));
    }

    @Test
    void dueAt_aroundTheClock_ends24RealHoursLater_acrossTheSpringForwardDay() {
        // Saturday 2026-03-28 12:00 CET; Sunday has 23 h, so 24 h later it is 13:00 CEST on the wall clock.
        Instant start = Instant.parse("2026-03-28T11:00:00Z");
        for (BusinessCalendar calendar : List.of(AROUND_THE_CLOCK, AROUND_THE_CLOCK_IN_HALVES)) {
            Instant due = calendar.dueAt(start, Duration.ofHours(24));
            assertThat(due).isEqualTo(Instant.parse("2026-03-29T11:00:00Z"));
            assertThat(inBerlin(due)).isEqualTo(LocalDateTime.parse("2026-03-29T13:00"));
        }
    }

    @Test
    void dueAt_aroundTheClock_ends24RealHoursLater_acrossTheFallBackDay() {
        // Saturday 2026-10-24 12:00 CEST; Sunday has 25 h, so 24 h later it is 11:00 CET on the wall clock.
        Instant start = Instant.parse("2026-10-24T10:00:00Z");
        for (BusinessCalendar calendar : List.of(AROUND_THE_CLOCK, AROUND_THE_CLOCK_IN_HALVES)) {
            Instant due = calendar.dueAt(start, Duration.ofHours(24));
            assertThat(due).isEqualTo(Instant.parse("2026-10-25T10:00:00Z"));
            assertThat(inBerlin(due)).isEqualTo(LocalDateTime.parse("2026-10-25T11:00"));
        }
    }

    @Test
    void aPeriodAcrossTheChange_countsTheRealTime_3hInSpring_5hInAutumn() {
        BusinessCalendar earlyShift = calendar(List.of(DayOfWeek.SUNDAY), Set.of(), period("01:00", "05:00"));
        // 2026-03-29: 01:00 CET is 00:00Z, 05:00 CEST is 03:00Z.
        assertThat(earlyShift.businessTimeBetween(Instant.parse("2026-03-28T00:00:00Z"),
                Instant.parse("2026-03-30T00:00:00Z"))).isEqualTo(Duration.ofHours(3));
        assertThat(earlyShift.dueAt(Instant.parse("2026-03-28T00:00:00Z"), Duration.ofHours(3)))
                .isEqualTo(Instant.parse("2026-03-29T03:00:00Z"));
        // 2026-10-25: 01:00 CEST is 23:00Z the day before, 05:00 CET is 04:00Z.
        assertThat(earlyShift.businessTimeBetween(Instant.parse("2026-10-24T00:00:00Z"),
                Instant.parse("2026-10-26T00:00:00Z"))).isEqualTo(Duration.ofHours(5));
        assertThat(earlyShift.dueAt(Instant.parse("2026-10-24T00:00:00Z"), Duration.ofHours(5)))
                .isEqualTo(Instant.parse("2026-10-25T04:00:00Z"));
    }

    @Test
    void periodsThatTheSpringGapShiftsIntoEachOther_areNotCountedTwice() {
        // On 2026-03-29 02:30 resolves to 03:30 CEST, after the second period's 03:00 CEST: the real time from
        // 01:00 CET (00:00Z) to 04:00 CEST (02:00Z) is 2 h, all of it business time once.
        BusinessCalendar shifts = calendar(List.of(DayOfWeek.SUNDAY), Set.of(), period("01:00", "02:30"),
                period("03:00", "04:00"));
        assertThat(shifts.businessTimeBetween(Instant.parse("2026-03-28T00:00:00Z"),
                Instant.parse("2026-03-30T00:00:00Z"))).isEqualTo(Duration.ofHours(2));
        assertThat(shifts.dueAt(Instant.parse("2026-03-28T00:00:00Z"), Duration.ofMinutes(100)))
                .isEqualTo(Instant.parse("2026-03-29T01:40:00Z"));
    }

    @Test
    void dueAt_onWeekdays_givesTheSameWallClockAnswer_acrossADaylightSavingWeekend() {
        // Friday 15:00 + 4 h → Monday 11:00 local, whichever offset each side has.
        Instant spring = OFFICE.dueAt(Instant.parse("2026-03-27T14:00:00Z"), Duration.ofHours(4));
        assertThat(spring).isEqualTo(Instant.parse("2026-03-30T09:00:00Z"));
        assertThat(inBerlin(spring)).isEqualTo(LocalDateTime.parse("2026-03-30T11:00"));
        Instant autumn = OFFICE.dueAt(Instant.parse("2026-10-23T13:00:00Z"), Duration.ofHours(4));
        assertThat(autumn).isEqualTo(Instant.parse("2026-10-26T10:00:00Z"));
        assertThat(inBerlin(autumn)).isEqualTo(LocalDateTime.parse("2026-10-26T11:00"));
    }

    @Test
    void aNightPeriod_counts_acrossMidnight() {
        // Monday 23:00 + 3 h → 23:00-24:00, then Tuesday 00:00-02:00.
        assertThat(NIGHTS.dueAt(Instant.parse("2026-01-12T22:00:00Z"), Duration.ofHours(3)))
                .isEqualTo(Instant.parse("2026-01-13T01:00:00Z"));
        // Monday 21:00 to Tuesday 07:00: 22:00-24:00 and 00:00-06:00.
        assertThat(NIGHTS.businessTimeBetween(Instant.parse("2026-01-12T20:00:00Z"),
                Instant.parse("2026-01-13T06:00:00Z"))).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void dueAt_ofFourteenWorkingDays_isTheClosingOfTheFourteenthWorkingDay() {
        // Monday 2026-01-05 09:00 + 14 × 8 h → Thursday 2026-01-22 17:00.
        assertThat(OFFICE.dueAt(Instant.parse("2026-01-05T08:00:00Z"), Duration.ofHours(14 * 8)))
                .isEqualTo(Instant.parse("2026-01-22T16:00:00Z"));
    }

    @Test
    void dueAt_ofFourHundredDaysOfBusinessTime_spansYearsOfWorkingWeeks() {
        // 9,600 h = 1,200 working days = 240 weeks: the Friday of the 240th week, 2030-08-09 17:00 CEST.
        assertThat(OFFICE.dueAt(Instant.parse("2026-01-05T08:00:00Z"), Duration.ofDays(400)))
                .isEqualTo(Instant.parse("2030-08-09T15:00:00Z"));
    }

    @Test
    void dueAt_refuses_anAllowanceTheCalendarCannotProvideWithinTwentyYears() {
        BusinessCalendar aMinuteAWeek = calendar(List.of(MONDAY), Set.of(), period("09:00", "09:01"));
        assertThatIllegalStateException()
                .isThrownBy(() -> aMinuteAWeek.dueAt(Instant.parse("2026-01-05T08:00:00Z"), Duration.ofDays(400)));
    }

    @Test
    void dueAt_ofNoAllowance_isTheStartItself_evenOutsideBusinessTime() {
        Instant saturday = Instant.parse("2026-01-10T09:00:00Z");
        assertThat(OFFICE.dueAt(saturday, Duration.ZERO)).isEqualTo(saturday);
    }

    @Test
    void dueAt_refusesANegativeAllowance() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> OFFICE.dueAt(Instant.parse("2026-01-12T08:00:00Z"), Duration.ofHours(-1)));
    }

    @Test
    void always_isPlainCalendarTime() {
        Instant start = Instant.parse("2026-03-28T23:30:00Z");
        assertThat(BusinessCalendar.ALWAYS.calendarTime()).isTrue();
        assertThat(BusinessCalendar.ALWAYS.dueAt(start, Duration.ofHours(4)))
                .isEqualTo(Instant.parse("2026-03-29T03:30:00Z"));
        assertThat(BusinessCalendar.ALWAYS.dueAt(start, Duration.ofDays(400)))
                .isEqualTo(start.plus(Duration.ofDays(400)));
        assertThat(BusinessCalendar.ALWAYS.businessTimeBetween(start, Instant.parse("2026-04-02T00:00:00Z")))
                .isEqualTo(Duration.parse("PT96H30M"));
        assertThat(OFFICE.calendarTime()).isFalse();
        assertThat(AROUND_THE_CLOCK_IN_HALVES.calendarTime()).isFalse();
    }

    @Test
    void businessTimeBetween_leavesOutTheWeekendAndTheLunchBreak() {
        // Friday 11:00 to Monday 14:00: 11-12 and 13-17 on Friday, 09-12 and 13-14 on Monday.
        assertThat(SPLIT_SHIFT.businessTimeBetween(Instant.parse("2026-01-09T10:00:00Z"),
                Instant.parse("2026-01-12T13:00:00Z"))).isEqualTo(Duration.ofHours(9));
    }

    @Test
    void businessTimeBetween_isZero_unlessToIsAfterFrom() {
        Instant monday = Instant.parse("2026-01-12T10:00:00Z");
        assertThat(OFFICE.businessTimeBetween(monday, monday)).isZero();
        assertThat(OFFICE.businessTimeBetween(monday, monday.minusSeconds(3600))).isZero();
    }

    @Test
    void dueAt_andBusinessTimeBetween_undoEachOther() {
        List<Instant> instants = Arrays.stream(new String[] {"2026-01-09T10:30:00Z", "2026-01-09T11:15:00Z",
                "2026-01-10T12:00:00Z", "2026-01-12T08:00:00Z", "2026-01-12T11:59:59.5Z", "2026-03-27T15:00:00Z",
                "2026-03-30T07:00:00Z", "2026-10-26T12:45:00Z", "2026-12-24T14:00:00Z"}).map(Instant::parse).toList();
        for (Instant a : instants) {
            for (Instant b : instants) {
                if (b.isBefore(a)) {
                    continue;
                }
                Duration between = SPLIT_SHIFT.businessTimeBetween(a, b);
                Instant due = SPLIT_SHIFT.dueAt(a, between);
                assertThat(due).as("from %s to %s", a, b).isBeforeOrEqualTo(b);
                assertThat(SPLIT_SHIFT.businessTimeBetween(a, due)).as("from %s to %s", a, b).isEqualTo(between);
                // Exactly at an opening, the closing before it is the earlier instant with that much business time.
                if (SPLIT_SHIFT.businessTimeBetween(b.minusMillis(1), b).isPositive()) {
                    assertThat(due).as("from %s to %s, inside a period", a, b).isEqualTo(b);
                }
            }
        }
    }

    @Test
    void construction_refusesAWeekWithoutPeriods_andOverlappingPeriods() {
        assertThatIllegalArgumentException().isThrownBy(() -> new BusinessCalendar(BERLIN, Map.of(), Set.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new BusinessCalendar(BERLIN,
                Map.of(MONDAY, List.of()), Set.of()));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> calendar(List.of(MONDAY), Set.of(), period("09:00", "12:00"),
                        period("11:30", "14:00")))
                .withMessage("periods 09:00-12:00 and 11:30-14:00 overlap on MONDAY");
        assertThatIllegalArgumentException().isThrownBy(() -> period("17:00", "09:00"));
    }

    @Test
    void calendars_areEqualByValue_whateverTheOrderOfPeriods_orEmptyDays() {
        Map<DayOfWeek, List<Period>> unordered = new EnumMap<>(DayOfWeek.class);
        WEEKDAYS.forEach(day -> unordered.put(day, List.of(period("13:00", "17:00"), period("09:00", "12:00"))));
        unordered.put(DayOfWeek.SATURDAY, List.of());
        BusinessCalendar calendar = new BusinessCalendar(BERLIN, unordered, Set.of());
        assertThat(calendar).isEqualTo(SPLIT_SHIFT).hasSameHashCodeAs(SPLIT_SHIFT);
        assertThat(calendar.week().get(MONDAY)).containsExactly(period("09:00", "12:00"), period("13:00", "17:00"));
    }

    @Test
    void aPeriodUntilMidnight_isWritten24_00() {
        assertThat(period("22:00", "24:00")).hasToString("22:00-24:00");
    }

    @Test
    void workingDaysLater_isTheSameTimeOfDay_onTheNthWorkingDay_skippingWeekendsAndHolidays() {
        BusinessCalendar office = calendar(WEEKDAYS, Set.of(LocalDate.parse("2026-12-25"),
                LocalDate.parse("2026-12-28")), period("09:00", "17:00"));
        // Thursday 24 December 15:00 CET: Friday and Monday are holidays, so the 3rd working day is Thursday 31st.
        assertThat(office.workingDaysLater(Instant.parse("2026-12-24T14:00:00Z"), 3))
                .isEqualTo(Instant.parse("2026-12-31T14:00:00Z"));
        // Saturday: counted from Monday's opening.
        assertThat(office.workingDaysLater(Instant.parse("2026-12-19T10:00:00Z"), 1))
                .isEqualTo(Instant.parse("2026-12-22T08:00:00Z"));
        // Across the autumn change (25 October 2026): the same wall-clock time, whatever the offset.
        assertThat(office.workingDaysLater(Instant.parse("2026-10-23T14:00:00Z"), 1))
                .isEqualTo(Instant.parse("2026-10-26T15:00:00Z"));
        assertThat(BusinessCalendar.ALWAYS.workingDaysLater(Instant.parse("2026-12-24T14:00:00Z"), 3))
                .isEqualTo(Instant.parse("2026-12-27T14:00:00Z"));
    }
}
