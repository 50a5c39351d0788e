package vn.congvan.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.congvan.model.InputException;
import vn.congvan.model.Unit;

/** How written recipients are matched against the sample directory. */
class MatchingTest {
    private static UnitDirectory directory;

    @BeforeAll
    static void load() {
        directory = UnitDirectory.load(Path.of("samples/directory"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"UBND các phường, xã", "Ủy ban nhân dân các phường, xã", "ubnd cac phuong xa",
            "UỶ BAN NHÂN DÂN CÁC PHƯỜNG, XÃ", "Chủ tịch UBND các phường, xã", "Chủ tịch Ủy ban nhân dân các phường, xã;"})
    void wardsAndCommunesAsAGroup(String entry) {
        assertGroup(entry, "PHUONG-XA", 18);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Các cơ quan, đơn vị thuộc UBND thành phố", "các cơ quan, đơn vị thuộc UBND tp",
            "Thủ trưởng các cơ quan, đơn vị thuộc UBND thành phố", "thu truong cac co quan don vi thuoc ubnd tp"})
    void cityAgenciesAsAGroup(String entry) {
        assertGroup(entry, "CQ-DV-TP", 15);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mặt trận và các đoàn thể tp", "Mặt trận và các đoàn thể thành phố",
            "MTTQ và các đoàn thể thành phố", "mat tran va cac doan the tp."})
    void frontAndOrganisationsAsAGroup(String entry) {
        assertGroup(entry, "MTDT-TP", 6);
    }

    @ParameterizedTest
    @ValueSource(strings = {"UBND phường Đức Thắng", "Ủy ban nhân dân phường Đức Thắng", "phường Đức Thắng",
            "P. Đức Thắng", "ubnd p duc thang", "Chủ tịch UBND phường Đức Thắng", "UBND phường Đức Thắng (thực hiện)"})
    void oneWardHoweverWritten(String entry) {
        assertUnit(entry, "P-DUCTHANG");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Phòng Tài chính - Kế hoạch", "Phòng Tài chính – Kế hoạch", "Phòng Tài chính — Kế hoạch",
            "phong tai chinh ke hoach", "Phòng TC-KH", "Trưởng phòng Tài chính - Kế hoạch"})
    void departmentWithHyphenOrDash(String entry) {
        assertUnit(entry, "PHONG-TCKH");
    }

    @Test
    void headTitlesAddressTheUnitTheyHead() {
        assertUnit("Giám đốc Trung tâm Văn hóa - Thể thao thành phố", "TT-VHTT");
        assertUnit("Chánh Thanh tra thành phố", "THANHTRA");
        assertUnit("Chủ tịch Ủy ban MTTQ Việt Nam thành phố", "MTTQ-TP");
    }

    @Test
    void cityLeadersAsDistributionListsWriteThemReceiveACopyForInformation() {
        for (String entry : List.of("CT, PCT. UBND tp", "CT, PCT UBND thành phố", "Chủ tịch, Phó Chủ tịch UBND thành phố",
                "Lãnh đạo UBND thành phố", "ct, pct ubnd tp (b/c)")) {
            Match match = directory.match(entry);
            assertEquals(MatchKind.INFORMATION, match.kind(), entry);
            assertEquals(List.of("LD-UBND"), match.units().stream().map(Unit::code).toList(), entry);
        }
        Resolution r = directory.resolve(List.of("CT, PCT UBND tp", "UBND phường Mũi Né", "Chủ tịch UBND thành phố",
                "Thường trực Thành ủy (b/c)", "Sở Nội vụ (b/c)"));
        assertEquals(List.of("P-MUINE"), r.units().stream().map(Unit::code).toList(), "no leader is assigned");
        assertEquals(List.of("CT, PCT UBND tp", "Chủ tịch UBND thành phố", "Thường trực Thành ủy (b/c)", "Sở Nội vụ (b/c)"),
                r.information());
        assertEquals(List.of(), r.unmatched(), "a copy for information is never unmatched");
    }

    @Test
    void ttIsReadAsThiTranThuongTrucOrTrungTamWhicheverTheDirectoryKnows() {
        assertEquals("TT-VHTT", directory.match("TT Văn hóa - Thể thao thành phố").units().get(0).code());
        assertEquals(MatchKind.UNIT, directory.match("TT. Văn hóa - Thể thao thành phố").kind());
        Match standing = directory.match("TT Thành ủy (b/c)");
        assertEquals(MatchKind.INFORMATION, standing.kind());
        assertEquals("TT-THANHUY", standing.units().get(0).code());
        assertEquals(MatchKind.INFORMATION, directory.match("TT HĐND thành phố").kind(), "Thường trực: a leader");
        assertEquals(MatchKind.UNMATCHED, directory.match("TT Y tế thành phố").kind(), "no reading is known");
        assertEquals(MatchKind.UNIT, directory.match("Phòng VH-TT").kind(), "TT inside an abbreviation is no TT");
    }

    @Test
    void ttNamingTwoUnitsIsLeftToTheClerk(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("units.csv"), String.join("\n",
                "code,name,kind,aliases,email,groups",
                "TT-PHULONG,Thị trấn Phú Long,town,,phulong@hamthuanbac.example,",
                "TTYT-PHULONG,Trung tâm Phú Long,public_service_unit,,ttphulong@hamthuanbac.example,", ""));
        Files.writeString(dir.resolve("groups.csv"), "code,name,aliases\n");
        UnitDirectory two = UnitDirectory.load(dir);
        Match match = two.match("TT Phú Long");
        assertEquals(MatchKind.AMBIGUOUS, match.kind());
        Resolution r = two.resolve(List.of("TT Phú Long"));
        assertEquals(List.of("TT Phú Long"), r.ambiguous());
        assertEquals(List.of(), r.units());
        assertEquals(MatchKind.UNIT, two.match("Thị trấn Phú Long").kind());
    }

    @Test
    void sameAsRecipientsAndArchiveAddNoUnit() {
        for (String entry : List.of("Như trên", "Như trên;", "nhu tren", "Như trên (để thực hiện)")) {
            Match match = directory.match(entry);
            assertEquals(MatchKind.SAME_AS_RECIPIENTS, match.kind(), entry);
            assertTrue(match.units().isEmpty());
        }
        for (String entry : List.of("Lưu: VT, QTM, VX (L)", "Lưu: VT", "Lưu VT, VX", "LƯU: VT.", "luu van thu")) {
            Match match = directory.match(entry);
            assertEquals(MatchKind.ARCHIVE, match.kind(), entry);
            assertTrue(match.units().isEmpty());
        }
        Resolution resolution = directory.resolve(List.of("UBND phường Mũi Né", "Như trên", "Lưu: VT, VX"));
        assertEquals(List.of("P-MUINE"), resolution.units().stream().map(Unit::code).toList());
        assertEquals(3, resolution.matches().size());
    }

    @Test
    void anUnknownRecipientIsReportedNotDropped() {
        Match match = directory.match("Sở Thông tin và Truyền thông");
        assertEquals(MatchKind.UNMATCHED, match.kind());
        assertNull(match.group());
        assertTrue(match.units().isEmpty());

        Resolution resolution = directory.resolve(List.of("UBND phường Hàm Tiến", "Sở Thông tin và Truyền thông;",
                "UBND xã Tiến Lợi"));
        assertEquals(List.of("Sở Thông tin và Truyền thông;"), resolution.unmatched());
        assertEquals(List.of("P-HAMTIEN", "X-TIENLOI"), resolution.units().stream().map(Unit::code).toList());
        assertEquals(MatchKind.UNMATCHED, resolution.matches().get(1).kind());
    }

    @ParameterizedTest
    @ValueSource(strings = {"phường Đức", "UBND phường Đức Thắng Mới", "Phòng Tài chính", "Phòng Nội", "UBND tỉnh",
            "Giám đốc Sở Y tế", "", "   "})
    void nothingIsGuessed(String entry) {
        assertEquals(MatchKind.UNMATCHED, directory.match(entry).kind(), entry);
        assertTrue(directory.find(entry).isEmpty(), entry);
    }

    @Test
    void findTakesACodeInAnyCaseOrANameButNotAGroup() {
        assertEquals("P-DUCTHANG", directory.find("p-ducthang").orElseThrow().code());
        assertEquals("PHONG-NOIVU", directory.find(" Phòng Nội vụ ").orElseThrow().code());
        assertTrue(directory.find("UBND các phường, xã").isEmpty());
        assertEquals("PHUONG-XA", directory.findGroup("ubnd cac phuong, xa").orElseThrow().code());
        assertEquals("PHUONG-XA", directory.findGroup("phuong-xa").orElseThrow().code());
    }

    @Test
    void membersOfAnUnknownGroupIsAnError() {
        InputException e = assertThrows(InputException.class, () -> directory.members("KHONG-CO"));
        assertTrue(e.getMessage().contains("KHONG-CO"), e.getMessage());
    }

    @Test
    void resolutionKeepsDirectoryOrderAndEachUnitOnce() {
        Resolution resolution = directory.resolve(List.of("UBND xã Phong Nẫm", "UBND các phường, xã",
                "UBND phường Phú Thủy", "Phòng Nội vụ"));
        assertEquals(19, resolution.units().size());
        assertEquals("P-PHUTHUY", resolution.units().get(0).code());
        assertEquals("PHONG-NOIVU", resolution.units().get(18).code());
    }

    private static void assertGroup(String entry, String code, int members) {
        Match match = directory.match(entry);
        assertEquals(MatchKind.GROUP, match.kind(), entry);
        assertEquals(code, match.group().code(), entry);
        assertEquals(members, match.units().size(), entry);
        assertEquals(directory.members(code), match.units());
    }

    private static void assertUnit(String entry, String code) {
        Match match = directory.match(entry);
        assertEquals(MatchKind.UNIT, match.kind(), entry);
        assertEquals(List.of(code), match.units().stream().map(Unit::code).toList(), entry);
        assertNull(match.group());
    }
}
