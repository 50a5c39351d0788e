package vn.congvan.cli;

import java.time.LocalDate;

import vn.congvan.text.VietnameseDates;

/** Console table cells: cut to a width, padded to a column. */
final class Cells {
    private Cells() {
    }

    static String cut(String s, int width) {
        String text = s == null ? "" : s;
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }

    /** {@code s} and spaces up to {@code width}; at least one space after it. */
    static String pad(String s, int width) {
        String text = s == null ? "" : s;
        return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
    }

    /** 30/08/2019, or "—" when there is no day. */
    static String day(LocalDate d) {
        return d == null ? "—" : VietnameseDates.formatShort(d);
    }
}
