package vn.congvan.render;

import java.util.List;

import vn.congvan.text.Messages;

/**
 * The register's rows coloured by conditional formatting, so that the colours follow the clerk's own
 * edits and the day the sheet is opened: done in green, late in red (from the deadline's time of day, or
 * after its day when none is stated), due within {@value #DUE_SOON_DAYS} days in amber. The rules read the row's deadline and progress cells; a
 * progress that begins with "Đã hoàn thành" (also "Đã hoàn thành 28/08/2019") is done.
 */
final class RegisterColours {
    /** As the window's "Sắp đến hạn": the deadline is today or within this many days. */
    static final int DUE_SOON_DAYS = 3;
    /** Excel's own "good / bad / neutral" fills and fonts, which clerks already know. */
    static final String GREEN_FILL = "C6EFCE";
    static final String GREEN_FONT = "006100";
    static final String RED_FILL = "FFC7CE";
    static final String RED_FONT = "9C0006";
    static final String AMBER_FILL = "FFEB9C";
    static final String AMBER_FONT = "9C5700";
    private static final Messages MESSAGES = Messages.of(RegisterColours.class);

    private RegisterColours() {
    }

    /**
     * The three rules' formulas, green, red and amber in that order (the first a row meets wins), for rows
     * from {@code firstRow} (zero-based) down, by their cells in {@code deadlineColumn} and {@code progressColumn}.
     */
    static List<String> formulas(int firstRow, int deadlineColumn, int progressColumn) {
        String deadline = "$" + SpreadsheetXml.column(deadlineColumn) + (firstRow + 1);
        String progress = "$" + SpreadsheetXml.column(progressColumn) + (firstRow + 1);
        String doneWord = MESSAGES.get("xlsx.status.done").replace("\"", "\"\"");
        String done = "LEFT(" + progress + ",LEN(\"" + doneWord + "\"))=\"" + doneWord + "\"";
        String open = "NOT(" + done + "),ISNUMBER(" + deadline + ")";
        // The moment it falls due, as model.DueMoment has it: a deadline with a time of day at that time, a day at its end.
        String due = "IF(MOD(" + deadline + ",1)=0," + deadline + "+1," + deadline + ")";
        return List.of(done, "AND(" + open + ",NOW()>=" + due + ")",
                "AND(" + open + ",NOW()<" + due + ",INT(" + deadline + ")<=TODAY()+" + DUE_SOON_DAYS + ")");
    }

    /** The differential styles the rules of {@link #formulas} take, in the same order, for the styles part. */
    static String differentialStyles() {
        return "<dxfs count=\"3\">" + dxf(GREEN_FILL, GREEN_FONT) + dxf(RED_FILL, RED_FONT) + dxf(AMBER_FILL, AMBER_FONT) + "</dxfs>";
    }

    private static String dxf(String fill, String font) {
        return "<dxf><font><color rgb=\"FF" + font + "\"/></font><fill><patternFill patternType=\"solid\"><bgColor rgb=\"FF" + fill
                + "\"/></patternFill></fill></dxf>";
    }
}
