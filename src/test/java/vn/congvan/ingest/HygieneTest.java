package vn.congvan.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.congvan.model.Dispatch;
import vn.congvan.model.NumberSymbol;
import vn.congvan.model.OfficialDocument;
import vn.congvan.model.Requirement;
import vn.congvan.model.Signer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Input hygiene: BOM, CRLF, NFD, no-break spaces, Markdown markers, stray spaces. */
class HygieneTest {
    @TempDir
    Path dir;

    static List<Path> fixtures() {
        return Fixtures.ALL;
    }

    @Test
    void theFixtureReallyIsNfdWithCrlfAndBom() throws Exception {
        byte[] bytes = Files.readAllBytes(Fixtures.MOTTO_FIRST_NFD);
        String raw = new String(bytes, StandardCharsets.UTF_8);

        assertTrue(raw.startsWith("\uFEFF"));
        assertTrue(raw.contains("\r\n"));
        assertFalse(Normalizer.isNormalized(raw, Normalizer.Form.NFC));
        assertTrue(raw.contains("\u00A0"));
    }

    @Test
    void nfdCrlfBomReadsAsTheSameDocumentAsCleanText() throws Exception {
        String raw = Files.readString(Fixtures.MOTTO_FIRST_NFD);
        String clean = Normalizer.normalize(raw.substring(1), Normalizer.Form.NFC).replace("\r\n", "\n").replace('\u00A0', ' ');

        assertEquals(Fixtures.readText(dir, clean), Fixtures.read(Fixtures.MOTTO_FIRST_NFD));
    }

    @Test
    void mottoFirstDispatchWithRegentSignatureBeforeNoiNhan() {
        Dispatch dispatch = new DispatchReader().read(Fixtures.MOTTO_FIRST_NFD);
        OfficialDocument document = dispatch.document();

        assertEquals("ỦY BAN NHÂN DÂN PHƯỜNG ĐỨC THẮNG", document.issuer());
        assertEquals(new NumberSymbol("112", "UBND-VP"), document.numberSymbol());
        assertEquals("Đức Thắng", document.place());
        assertEquals(LocalDate.of(2020, 2, 5), document.date());
        assertEquals("chuẩn bị sao lưu dữ liệu trước khi nâng cấp máy chủ", document.subject());
        assertEquals(List.of("Trường Tiểu học Đức Thắng", "Trạm Y tế phường Đức Thắng", "Công an phường Đức Thắng"),
                document.recipients());
        assertEquals(new Signer(List.of("TM. ỦY BAN NHÂN DÂN"), "CHỦ TỊCH", "Trần Thị Minh Hòa"), document.signer());
        assertEquals(List.of("Như trên", "Lưu: VT"), document.distribution());
        assertEquals(List.of(List.of(LocalDate.of(2020, 2, 20)), List.of(LocalDate.of(2020, 2, 15))),
                dispatch.requirements().stream().map(Requirement::deadlines).toList());
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void everyFieldIsNfcWithoutMarkersOrStraySpaces(Path fixture) {
        Dispatch dispatch = new DispatchReader().read(fixture);
        OfficialDocument d = dispatch.document();
        String all = d + " " + dispatch.requirements() + " " + dispatch.references();

        assertTrue(Normalizer.isNormalized(all, Normalizer.Form.NFC));
        assertFalse(all.contains("**"), "bold markers leaked: " + all);
        assertFalse(all.contains("\u00A0") || all.contains("\r") || all.contains("\uFEFF"));
        List<String> fields = new java.util.ArrayList<>(List.of(d.issuer(), d.place(), d.subject(), d.numberSymbol().symbol()));
        fields.addAll(d.recipients());
        fields.addAll(d.distribution());
        fields.add(d.signer().name());
        d.paragraphs().forEach(p -> fields.add(p.text()));
        for (String field : fields) {
            assertEquals(field.strip(), field, "stray spaces around “" + field + "”");
            assertFalse(field.contains("  "), "double space in “" + field + "”");
        }
    }

    @Test
    void noBreakSpacesAndTrailingSpacesInTheBodyBecomePlainSingleSpaces() {
        OfficialDocument document = Fixtures.readText(dir, Fixtures.minimalWith("1. Nội dung thứ nhất.",
                "1.\u00A0Nội\u00A0dung   thứ nhất.   \u00A0"));

        assertEquals("1. Nội dung thứ nhất.", document.paragraphs().get(0).text());
    }

    @Test
    void aTxtWithoutAnyMarkdownReadsTheSame() {
        OfficialDocument plain = Fixtures.read(Fixtures.THONG_BAO);

        assertEquals("ỦY BAN NHÂN DÂN THÀNH PHỐ PHAN THIẾT", plain.issuer());
        assertEquals(List.of("Sở Thông tin và Truyền thông"), plain.recipients());
        assertEquals(new Signer(List.of("TM. ỦY BAN NHÂN DÂN"), "CHỦ TỊCH", "Hoàng Minh Tuấn"), plain.signer());
        assertTrue(plain.contact().startsWith("Liên hệ: ông Đỗ Thành Nhân"));
    }
}
