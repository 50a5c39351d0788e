package vn.congvan.ui;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

import vn.congvan.app.StatusWords;
import vn.congvan.app.Urgency;
import vn.congvan.model.ComplianceStatus;

/**
 * Colours, symbols and words for statuses and urgency. A status is always shown by all three (colour,
 * symbol, text), never by colour alone, for clerks who do not tell red from green.
 */
final class Palette {
    private final Color done;
    private final Color progress;
    private final Color notStarted;
    private final Color overdue;
    private final Color dueSoon;

    Palette(Display display) {
        // Light tints: black text stays readable on all of them.
        done = new Color(display, new RGB(0xC8, 0xE6, 0xC9));
        progress = new Color(display, new RGB(0xFF, 0xF3, 0xC4));
        notStarted = new Color(display, new RGB(0xEC, 0xEF, 0xF1));
        overdue = new Color(display, new RGB(0xFF, 0xCD, 0xD2));
        dueSoon = new Color(display, new RGB(0xFF, 0xE0, 0xB2));
    }

    Color of(ComplianceStatus s) {
        return switch (s) {
            case DONE -> done;
            case IN_PROGRESS -> progress;
            case NOT_STARTED -> notStarted;
            case OVERDUE -> overdue;
        };
    }

    /** The row colour of a dispatch; null keeps the table's own. */
    Color of(Urgency u) {
        return switch (u) {
            case OVERDUE -> overdue;
            case DUE_SOON -> dueSoon;
            case DONE -> done;
            case OPEN, UNASSIGNED, PENDING -> null;
        };
    }

    static String symbol(ComplianceStatus s) {
        return switch (s) {
            case DONE -> "✔";
            case IN_PROGRESS -> "◐";
            case NOT_STARTED -> "○";
            case OVERDUE -> "✖";
        };
    }

    static String word(ComplianceStatus s) {
        return StatusWords.name(s);
    }

    /** What a grid cell says: "✔ Đã hoàn thành". */
    static String cell(ComplianceStatus s) {
        return symbol(s) + " " + word(s);
    }

    void dispose() {
        done.dispose();
        progress.dispose();
        notStarted.dispose();
        overdue.dispose();
        dueSoon.dispose();
    }
}
