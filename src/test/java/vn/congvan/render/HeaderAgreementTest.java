package vn.congvan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.congvan.ingest.DispatchReader;
import vn.congvan.model.NumberSymbol;
import vn.congvan.model.OfficialDocument;

/**
 * {@code parse} and {@code check} agree on the same header: the reader (ingest) reads every number line
 * and place-and-date line the checkers (render) accept to exactly what the line shows, reads the lines
 * the checkers reject all the same (it is tolerant), and both see a draft's missing number.
 */
class HeaderAgreementTest {
    private static final String SEED_NUMBER = "Số: 6174/UBND-VX";
    private static final String SEED_DATE = "Phan Thiết, ngày 21 tháng 8 năm 2019";

    @TempDir
    static Path dir;
    private static Path seed;

    @BeforeAll
    static void writeSeed() {
        seed = dir.resolve("seed.docx");
        new DocxWriter().write(DocumentFixtures.seed(), seed);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Số: 6174/UBND-VX|true|6174|UBND-VX",
            "Số: 05/BC-UBND|true|05|BC-UBND",
            "Số: 30/2020/NĐ-CP|true|30|2020/NĐ-CP",
            "Số:      /BC-UBND|true|''|BC-UBND",
            "Số: 6174 /UBND-VX|false|6174|UBND-VX",
            "Số: 5/UBND-VX|false|5|UBND-VX",
            "SỐ: 15/KH-UBND|false|15|KH-UBND"})
    void numberLines(String line, boolean accepted, String number, String symbol) throws Exception {
        Path docx = withLine(SEED_NUMBER, line);

        RuleResult checked = result(new DocxFormatChecker().check(docx), DecreeRule.NUMBER);
        NumberSymbol read = new DispatchReader().read(docx).document().numberSymbol();

        assertEquals(accepted, checked.ok(), checked.detail());
        assertEquals(new NumberSymbol(number, symbol), read);
        if (accepted) {
            assertEquals(line.replaceAll("\\s+", ""), "Số:" + read.text(), "the reader reads what the accepted line shows");
        }
        if (number.isEmpty()) {
            assertTrue(checked.detail().contains("dự thảo"), checked.detail());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Phan Thiết, ngày 21 tháng 8 năm 2019|true|Phan Thiết|2019-08-21",
            "Phan Thiết, ngày 05 tháng 02 năm 2020|true|Phan Thiết|2020-02-05",
            "Bình Thuận, ngày 09 tháng 4 năm 2020|true|Bình Thuận|2020-04-09",
            "Phan Thiết, ngày 5 tháng 2 năm 2020|false|Phan Thiết|2020-02-05",
            "Phan Thiết, ngày 21 tháng 08 năm 2019|false|Phan Thiết|2019-08-21",
            "Hà Nội, ngày 21/8/2019|false|Hà Nội|2019-08-21"})
    void placeAndDateLines(String line, boolean accepted, String place, LocalDate date) throws Exception {
        Path docx = withLine(SEED_DATE, line);

        RuleResult checked = result(new DocxFormatChecker().check(docx), DecreeRule.DATE);
        OfficialDocument read = new DispatchReader().read(docx).document();

        assertEquals(accepted, checked.ok(), checked.detail());
        assertTrue(checked.detail().contains(line), "the checker judged this line: " + checked.detail());
        assertEquals(place, read.place());
        assertEquals(date, read.date());
    }

    /** The PDF side: the checker passes our numbered and draft PDFs, and the reader reads back their number and date. */
    @Test
    void thePdfCheckerAndThePdfReaderAgreeOnNumberedAndDraftDocuments() {
        for (OfficialDocument doc : List.of(DocumentFixtures.seed(), DocumentFixtures.draftReport())) {
            Path pdf = dir.resolve(doc.type().name() + ".pdf");
            new PdfWriter().write(doc, pdf);

            List<RuleResult> checked = new PdfFormatChecker().check(pdf);
            OfficialDocument read = new DispatchReader().read(pdf).document();

            assertTrue(result(checked, DecreeRule.NUMBER).ok(), result(checked, DecreeRule.NUMBER).detail());
            assertTrue(result(checked, DecreeRule.DATE).ok(), result(checked, DecreeRule.DATE).detail());
            assertEquals(doc.numberSymbol(), read.numberSymbol());
            assertEquals(doc.date(), read.date());
            assertEquals(doc.numberSymbol().number().isEmpty(), result(checked, DecreeRule.NUMBER).detail().contains("dự thảo"));
        }
    }

    private static Path withLine(String from, String to) throws Exception {
        return DocxEdits.changed(seed, dir.resolve(Integer.toHexString(to.hashCode()) + ".docx"),
                pkg -> DocxEdits.replaceText(pkg, from, to));
    }

    private static RuleResult result(List<RuleResult> results, DecreeRule rule) {
        return results.stream().filter(r -> r.rule() == rule).findFirst().orElseThrow();
    }
}
