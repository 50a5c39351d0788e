package vn.congvan.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.congvan.model.InputException;
import vn.congvan.model.Unit;
import vn.congvan.model.UnitKind;

/** Directory files written by hand go wrong; each mistake must be named by file, line and column. */
class DirectoryFileErrorsTest {
    private static final String GROUPS = """
            code,name,aliases
            PHUONG-XA,"UBND các phường, xã",Ủy ban nhân dân các phường xã
            MTDT-TP,Mặt trận và các đoàn thể thành phố,
            """;
    private static final String UNITS_HEADER = "code,name,kind,aliases,email,groups\n";
    private static final String DUC_THANG =
            "P-DUCTHANG,Ủy ban nhân dân phường Đức Thắng,ward,UBND phường Đức Thắng|P. Đức Thắng,ducthang@phanthiet.example,PHUONG-XA\n";
    private static final String CCB =
            "HOI-CCB,Hội Cựu chiến binh thành phố,organisation,,hoicuuchienbinh@phanthiet.example,MTDT-TP\n";

    @TempDir
    Path folder;

    @Test
    void aWellFormedDirectoryLoads() throws IOException {
        // A BOM, CRLF line ends, a header in another case and a blank line, as spreadsheets save them.
        write("groups.csv", "\uFEFF" + GROUPS.replace("\n", "\r\n"));
        write("units.csv", "Code,Name,Kind,Aliases,Email,Groups\r\n" + DUC_THANG + "\r\n" + CCB);

        UnitDirectory directory = UnitDirectory.load(folder);

        assertEquals(List.of("P-DUCTHANG", "HOI-CCB"), directory.units().stream().map(Unit::code).toList());
        Unit ducThang = directory.units().get(0);
        assertEquals(UnitKind.WARD, ducThang.kind());
        assertEquals(List.of("UBND phường Đức Thắng", "P. Đức Thắng"), ducThang.aliases());
        assertEquals(List.of("PHUONG-XA"), ducThang.groups());
        assertEquals(List.of(), directory.units().get(1).aliases());
        assertEquals("PHUONG-XA", directory.groups().get(0).code());
    }

    @Test
    void decomposedVietnameseIsReadAsComposed() throws IOException {
        write("groups.csv", GROUPS);
        write("units.csv", UNITS_HEADER + java.text.Normalizer.normalize(DUC_THANG, java.text.Normalizer.Form.NFD) + CCB);

        Unit ducThang = UnitDirectory.load(folder).units().get(0);

        assertEquals("Ủy ban nhân dân phường Đức Thắng", ducThang.name());
        assertTrue(java.text.Normalizer.isNormalized(ducThang.name(), java.text.Normalizer.Form.NFC));
    }

    @Test
    void theMassOrganisationAbbreviationsNeedNoAlias() throws IOException {
        write("groups.csv", GROUPS);
        write("units.csv", UNITS_HEADER + DUC_THANG + CCB
                + "MTTQ-TP,Ủy ban Mặt trận Tổ quốc Việt Nam thành phố,organisation,,mattran@phanthiet.example,MTDT-TP\n"
                + "LDLD-TP,Liên đoàn Lao động thành phố,organisation,,liendoanlaodong@phanthiet.example,MTDT-TP\n"
                + "HOI-PHUNU,Hội Liên hiệp Phụ nữ thành phố,organisation,,hoiphunu@phanthiet.example,MTDT-TP\n");
        UnitDirectory directory = UnitDirectory.load(folder);

        assertEquals("HOI-CCB", directory.find("Hội CCB tp").orElseThrow().code());
        assertEquals("MTTQ-TP", directory.find("UBMTTQVN thành phố").orElseThrow().code());
        assertEquals("MTTQ-TP", directory.find("Ủy ban MTTQVN tp").orElseThrow().code());
        assertEquals("LDLD-TP", directory.find("LĐLĐ thành phố").orElseThrow().code());
        assertEquals("HOI-PHUNU", directory.find("Hội LHPN tp").orElseThrow().code());
        assertEquals("HOI-PHUNU", directory.find("HLHPN thành phố").orElseThrow().code());
    }

    @Test
    void aMissingColumnInTheHeader() throws IOException {
        write("groups.csv", GROUPS);
        write("units.csv", "code,name,kind,aliases,groups\n"
                + "P-DUCTHANG,Ủy ban nhân dân phường Đức Thắng,ward,,PHUONG-XA\n");
        assertRejected("units.csv", 1, "email");
    }

    @Test
    void aRowWithTooFewValues() throws IOException {
        write("groups.csv", GROUPS);
        write("units.csv", UNITS_HEADER + DUC_THANG + "P-MUINE,Ủy ban nhân dân phường Mũi Né,ward,phường Mũi Né\n" + CCB);
        String message = assertRejected("units.csv", 3, "email");
        assertTrue(message.contains("4 trên 6"), message);
    }

    @Test
    void aRowWithTooManyValuesBecauseOfAnUnquotedComma() throws IOException {
        write("groups.csv", GROUPS);
        write("units.csv", UNITS_HEADER + DUC_THANG + CCB
                + "PHONG-TCKH,Phòng Tài chính, Kế hoạch,department,,tckh@phanthiet.example,MTDT-TP\n");
        String message = assertRejected("units.csv", 4, null);
        assertTrue(message.contains("ngoặc kép"), message);
    }

    @Test
    void anEmptyRequiredValue() throws IOException {
        write("groups.csv", GROUPS);
        write("units.csv", UNITS_HEADER + DUC_THANG + "P-MUINE,,ward,,muine@phanthiet.example,PHUONG-XA\n" + CCB);
        assertRejected("units.csv", 3, "name");
    }

    @Test
    void anUnknownKind() throws IOException {
        write("groups.csv", GROUPS);
        write("units.csv", UNITS_HEADER + DUC_THANG + "P-MUINE,Ủy ban nhân dân phường Mũi Né,phuong,,muine@phanthiet.example,PHUONG-XA\n" + CCB);
        String message = assertRejected("units.csv", 3, "kind");
        assertTrue(message.contains("\"phuong\""), message);
        assertTrue(message.contains("ward, commune"), message);
    }

    @Test
    void anUnknownGroupCode() throws IOException {
        write("groups.csv", GROUPS);
        write("units.csv", UNITS_HEADER + DUC_THANG + CCB
                + "P-MUINE,Ủy ban nhân dân phường Mũi Né,ward,,muine@phanthiet.example,PHUONG-XA|PHUONG\n");
        String message = assertRejected("units.csv", 4, "groups");
        assertTrue(message.contains("\"PHUONG\""), message);
    }

    @Test
    void aDuplicateUnitCodeInAnotherCase() throws IOException {
        write("groups.csv", GROUPS);
        write("units.csv", UNITS_HEADER + DUC_THANG + CCB
                + "p-ducthang,Ủy ban nhân dân phường Đức Long,ward,,duclong@phanthiet.example,PHUONG-XA\n");
        String message = assertRejected("units.csv", 4, "code");
        assertTrue(message.contains("dòng 2"), "names the first use: " + message);
    }

    @Test
    void aDuplicateGroupCode() throws IOException {
        write("groups.csv", GROUPS + "PHUONG-XA,Các phường và xã,\n");
        write("units.csv", UNITS_HEADER + DUC_THANG + CCB);
        assertRejected("groups.csv", 4, "code");
    }

    @Test
    void aMalformedEmail() throws IOException {
        write("groups.csv", GROUPS);
        write("units.csv", UNITS_HEADER + DUC_THANG + CCB
                + "P-MUINE,Ủy ban nhân dân phường Mũi Né,ward,,muine at phanthiet.example,PHUONG-XA\n");
        String message = assertRejected("units.csv", 4, "email");
        assertTrue(message.contains("muine at phanthiet.example"), message);
    }

    @Test
    void aCodeWithDiacritics() throws IOException {
        write("groups.csv", GROUPS);
        write("units.csv", UNITS_HEADER + DUC_THANG + CCB
                + "P-MŨINÉ,Ủy ban nhân dân phường Mũi Né,ward,,muine@phanthiet.example,PHUONG-XA\n");
        assertRejected("units.csv", 4, "code");
    }

    @Test
    void oneNameForTwoUnits() throws IOException {
        write("groups.csv", GROUPS);
        // "P. Đức Thắng" of line 2 and "phường Đức Thắng" here are one name once abbreviations are expanded.
        write("units.csv", UNITS_HEADER + DUC_THANG + CCB
                + "P-DUCLONG,Ủy ban nhân dân phường Đức Long,ward,phường Đức Thắng,duclong@phanthiet.example,PHUONG-XA\n");
        String message = assertRejected("units.csv", 4, "aliases");
        assertTrue(message.contains("P-DUCTHANG"), message);
    }

    @Test
    void aUnitNamedLikeAGroup() throws IOException {
        write("groups.csv", GROUPS);
        write("units.csv", UNITS_HEADER + DUC_THANG + CCB
                + "X-TIENLOI,Ủy ban nhân dân xã Tiến Lợi,commune,\"UBND các phường, xã\",tienloi@phanthiet.example,PHUONG-XA\n");
        String message = assertRejected("units.csv", 4, "aliases");
        assertTrue(message.contains("PHUONG-XA"), message);
    }

    @Test
    void aGroupWithoutMembers() throws IOException {
        write("groups.csv", GROUPS + "XA,UBND các xã,\n");
        write("units.csv", UNITS_HEADER + DUC_THANG + CCB);
        String message = assertRejected("groups.csv", 4, "code");
        assertTrue(message.contains("\"XA\""), message);
    }

    @Test
    void anUnclosedQuote() throws IOException {
        write("groups.csv", GROUPS);
        write("units.csv", UNITS_HEADER + DUC_THANG + CCB
                + "P-MUINE,\"Ủy ban nhân dân phường Mũi Né,ward,,muine@phanthiet.example,PHUONG-XA\n");
        String message = assertRejected("units.csv", 4, null);
        assertTrue(message.contains("ngoặc kép"), message);
    }

    @Test
    void aCharacterAfterAClosingQuote() throws IOException {
        write("groups.csv", GROUPS);
        write("units.csv", UNITS_HEADER + DUC_THANG
                + "P-MUINE,\"Ủy ban nhân dân phường\" Mũi Né,ward,,muine@phanthiet.example,PHUONG-XA\n" + CCB);
        assertRejected("units.csv", 3, null);
    }

    @Test
    void aRepeatedColumnInTheHeader() throws IOException {
        write("groups.csv", "code,name,name,aliases\nPHUONG-XA,UBND các phường xã,x,\n");
        write("units.csv", UNITS_HEADER + DUC_THANG);
        assertRejected("groups.csv", 1, null);
    }

    @Test
    void aMissingFile() throws IOException {
        write("units.csv", UNITS_HEADER + DUC_THANG);
        assertRejected("groups.csv", null, null);
    }

    @Test
    void aFileSavedInAnotherEncoding() throws IOException {
        write("groups.csv", GROUPS);
        // Windows-1258 is what an old Vietnamese Excel saves; its bytes are not UTF-8.
        Files.write(folder.resolve("units.csv"), (UNITS_HEADER + DUC_THANG + CCB).getBytes("windows-1258"));
        String message = assertRejected("units.csv", null, null);
        assertTrue(message.contains("UTF-8"), message);
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    }

    /** Loading fails with a message naming the file and, when given, the line and the column. */
    private String assertRejected(String file, Integer line, String column) {
        InputException e = assertThrows(InputException.class, () -> UnitDirectory.load(folder));
        String message = e.getMessage();
        assertTrue(message.contains(folder.resolve(file).toString()), message);
        if (line != null) {
            assertTrue(message.contains("dòng " + line + ":") || message.contains("dòng " + line + ","), message);
        }
        if (column != null) {
            assertTrue(message.contains("cột \"" + column + "\"") || message.contains("thiếu cột \"" + column + "\""), message);
        }
        return message;
    }
}
