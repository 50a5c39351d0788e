package vn.congvan.render;

import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.FontFormatting;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFColor;

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

    /** Colours every row of {@code rows} by its cells in {@code deadlineColumn} and {@code progressColumn}. */
    static void apply(Sheet sheet, CellRangeAddress rows, int deadlineColumn, int progressColumn) {
        int first = rows.getFirstRow() + 1;
        String deadline = "$" + CellReference.convertNumToColString(deadlineColumn) + first;
        String progress = "$" + CellReference.convertNumToColString(progressColumn) + first;
        String doneWord = MESSAGES.get("xlsx.status.done").replace("\"", "\"\"");
        String done = "LEFT(" + progress + ",LEN(\"" + doneWord + "\"))=\"" + doneWord + "\"";
        String open = "NOT(" + done + "),ISNUMBER(" + deadline + ")";
        // The moment it falls due, as model.DueMoment has it: a deadline with a time of day at that time, a day at its end.
        String due = "IF(MOD(" + deadline + ",1)=0," + deadline + "+1," + deadline + ")";

        SheetConditionalFormatting formats = sheet.getSheetConditionalFormatting();
        ConditionalFormattingRule green = rule(formats, done, GREEN_FILL, GREEN_FONT);
        ConditionalFormattingRule red = rule(formats, "AND(" + open + ",NOW()>=" + due + ")", RED_FILL, RED_FONT);
        ConditionalFormattingRule amber = rule(formats, "AND(" + open + ",NOW()<" + due + ",INT(" + deadline
                + ")<=TODAY()+" + DUE_SOON_DAYS + ")", AMBER_FILL, AMBER_FONT);
        formats.addConditionalFormatting(new CellRangeAddress[] {rows}, new ConditionalFormattingRule[] {green, red, amber});
    }

    private static ConditionalFormattingRule rule(SheetConditionalFormatting formats, String formula, String fill, String font) {
        ConditionalFormattingRule rule = formats.createConditionalFormattingRule(formula);
        PatternFormatting pattern = rule.createPatternFormatting();
        pattern.setFillBackgroundColor(colour(fill));
        pattern.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
        FontFormatting text = rule.createFontFormatting();
        text.setFontColor(colour(font));
        return rule;
    }

    private static XSSFColor colour(String hex) {
        return new XSSFColor(java.util.HexFormat.of().parseHex(hex), null);
    }
}
