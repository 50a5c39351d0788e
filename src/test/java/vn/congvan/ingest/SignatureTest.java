package vn.congvan.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.congvan.model.OfficialDocument;
import vn.congvan.model.Signer;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The signature block and "Nơi nhận", in either order. */
class SignatureTest {
    private static final String FOOTER = """
            Nơi nhận:
            - Như trên;
            - Lưu: VT.

            KT. CHỦ TỊCH
            PHÓ CHỦ TỊCH

            Võ Thị Thu Hà
            """;
    private static final String DISTRIBUTION = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n";

    @TempDir
    Path dir;

    private OfficialDocument withFooter(String footer) {
        return Fixtures.readText(dir, Fixtures.minimalWith(FOOTER, footer));
    }

    @Test
    void kyThaySignsForTheHead() {
        OfficialDocument document = withFooter(FOOTER);

        assertEquals(new Signer(List.of("KT. CHỦ TỊCH"), "PHÓ CHỦ TỊCH", "Võ Thị Thu Hà"), document.signer());
        assertEquals(List.of("Như trên", "Lưu: VT"), document.distribution());
    }

    @Test
    void thayMatSignsForTheCommittee() {
        OfficialDocument document = withFooter(DISTRIBUTION + "\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nĐặng Văn Hùng\n");

        assertEquals(new Signer(List.of("TM. ỦY BAN NHÂN DÂN"), "CHỦ TỊCH", "Đặng Văn Hùng"), document.signer());
    }

    @Test
    void theHeadSigningInTheirOwnNameHasNoAuthority() {
        OfficialDocument document = withFooter(DISTRIBUTION + "\n**GIÁM ĐỐC**\n\n**Lê Quang Vinh**\n");

        assertEquals(new Signer(List.of(), "GIÁM ĐỐC", "Lê Quang Vinh"), document.signer());
        assertEquals(List.of(), document.signer().authorityLines());
    }

    @Test
    void aDoubleAuthorityKeepsBothLinesInOrder() {
        OfficialDocument document = withFooter(DISTRIBUTION + "\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Hữu Phước\n");
        Signer signer = document.signer();

        assertEquals("PHÓ CHỦ TỊCH", signer.position());
        assertEquals("Nguyễn Hữu Phước", signer.name());
        assertEquals(List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"), signer.authorityLines());
    }

    @ParameterizedTest
    @ValueSource(strings = {"TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG", "TUQ. CHỦ TỊCH\nCHÁNH VĂN PHÒNG", "Q. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC"})
    void otherAuthorities(String lines) {
        Signer signer = withFooter(DISTRIBUTION + "\n" + lines + "\n\nPhan Thị Kim Yến\n").signer();

        assertEquals(List.of(lines.substring(0, lines.indexOf('\n'))), signer.authorityLines());
        assertEquals(lines.substring(lines.indexOf('\n') + 1), signer.position());
    }

    @Test
    void signatureBeforeNoiNhanAsAFlattenedFooterTableMayGiveIt() {
        OfficialDocument document = withFooter("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n(Đã ký)\n\nVõ Thị Thu Hà\n\n" + DISTRIBUTION);

        assertEquals(new Signer(List.of("KT. CHỦ TỊCH"), "PHÓ CHỦ TỊCH", "Võ Thị Thu Hà"), document.signer());
        assertEquals(List.of("Như trên", "Lưu: VT"), document.distribution());
        assertEquals(List.of("1. Nội dung thứ nhất."), document.paragraphs().stream().map(p -> p.text()).toList());
    }

    @Test
    void distributionEntriesAreKeptAsWrittenWithoutDashAndEndPunctuation() {
        OfficialDocument document = withFooter("""
                **Nơi nhận:**
                - Như trên;
                - CT, PCT. UBND tp;
                - Lưu: VT, QTM, VX (L).

                KT. CHỦ TỊCH
                PHÓ CHỦ TỊCH

                Võ Thị Thu Hà
                """);

        assertEquals(List.of("Như trên", "CT, PCT. UBND tp", "Lưu: VT, QTM, VX (L)"), document.distribution());
    }

    @Test
    void boldOverABlankLineLeavesNoMarkers() {
        OfficialDocument document = withFooter(DISTRIBUTION + "\n**KT. CHỦ TỊCH\n\nPHÓ CHỦ TỊCH**\n\n**Võ Thị Thu Hà**\n");

        assertEquals(new Signer(List.of("KT. CHỦ TỊCH"), "PHÓ CHỦ TỊCH", "Võ Thị Thu Hà"), document.signer());
    }

    @Test
    void capitalLinesInTheBodyAreNotASignature() {
        OfficialDocument document = Fixtures.readText(dir, Fixtures.minimalWith("1. Nội dung thứ nhất.",
                "I. NỘI DUNG\n\nKẾT QUẢ KIỂM TRA\n\n1. Nội dung thứ nhất."));

        assertEquals(3, document.paragraphs().size());
        assertEquals("Võ Thị Thu Hà", document.signer().name());
    }

    @Test
    void aDocumentWithoutFooterHasNoSignerAndNoDistribution() {
        OfficialDocument document = withFooter("");

        assertNull(document.signer());
        assertEquals(List.of(), document.distribution());
        assertEquals(1, document.paragraphs().size());
    }
}
