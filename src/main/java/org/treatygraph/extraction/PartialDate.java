package org.treatygraph.extraction;

import java.time.LocalDate;

/**
 * A date as precise as the text gives it: "2023-02-21" (day), "2023-02" (month) or "2019" (year).
 *
 * @param value ISO form truncated to the precision
 */
public record PartialDate(String value, Precision precision) {

    public enum Precision {

        day, month, year

    }

    public static PartialDate ofDay(LocalDate date) {
        return new PartialDate(date.toString(), Precision.day);
    }

    public static PartialDate ofMonth(int year, int month) {
        return new PartialDate("%04d-%02d".formatted(year, month), Precision.month);
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate("%04d".formatted(year), Precision.year);
    }

    /** Whether {@code other} lies within this period: "2000" contains "2000-06" and "2000-06-15". */
    public boolean contains(PartialDate other) {
        return other.value.startsWith(this.value);
    }

    /** The first day of the period: what range filters and ordering compare. */
    public LocalDate start() {
        return switch (this.precision) {
            case day -> LocalDate.parse(this.value);
            case month -> LocalDate.parse(this.value + "-01");
            case year -> LocalDate.parse(this.value + "-01-01");
        };
    }

}
