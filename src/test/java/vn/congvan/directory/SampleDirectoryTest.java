package vn.congvan.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.congvan.model.Unit;
import vn.congvan.model.UnitKind;

/** The sample directory of Phan Thiết against the seed dispatch 6174/UBND-VX. */
class SampleDirectoryTest {
    private static final Path SAMPLE = Path.of("samples/directory");
    private static final Path SEED = Path.of("samples/000_7ae9f029b9ddbc9d.txt");

    private static UnitDirectory directory;

    @BeforeAll
    static void load() {
        directory = UnitDirectory.load(SAMPLE);
    }

    @Test
    void holdsTheFourteenWardsAndFourCommunes() {
        List<Unit> wards = ofKind(UnitKind.WARD);
        List<Unit> communes = ofKind(UnitKind.COMMUNE);
        assertEquals(14, wards.size());
        assertEquals(4, communes.size());
        assertTrue(wards.stream().allMatch(u -> u.name().startsWith("Ủy ban nhân dân phường ")));
        assertTrue(communes.stream().allMatch(u -> u.name().startsWith("Ủy ban nhân dân xã ")));
        assertEquals("Ủy ban nhân dân phường Đức Thắng", directory.find("P-DUCTHANG").orElseThrow().name());
        assertEquals("Ủy ban nhân dân xã Phong Nẫm", directory.find("X-PHONGNAM").orElseThrow().name());
        assertEquals(18, directory.members("PHUONG-XA").size());
        assertEquals(wards, directory.members("PHUONG"));
        assertEquals(communes, directory.members("XA"));
    }

    @Test
    void holdsTheDepartmentsOfTheCity() {
        for (String name : List.of("Văn phòng HĐND và UBND thành phố", "Phòng Nội vụ", "Phòng Tư pháp",
                "Phòng Tài chính - Kế hoạch", "Phòng Tài nguyên và Môi trường",
                "Phòng Lao động - Thương binh và Xã hội", "Phòng Văn hóa và Thông tin",
                "Phòng Giáo dục và Đào tạo", "Phòng Y tế", "Phòng Kinh tế", "Phòng Quản lý đô thị",
                "Thanh tra thành phố")) {
            Unit unit = directory.find(name).orElseThrow(() -> new AssertionError("missing " + name));
            assertEquals(name, unit.name());
            assertTrue(unit.groups().contains("CQ-DV-TP"), name);
        }
        assertEquals(UnitKind.DEPARTMENT, directory.find("PHONG-NOIVU").orElseThrow().kind());
        assertEquals(UnitKind.OFFICE, directory.find("Văn phòng HĐND và UBND thành phố").orElseThrow().kind());
        assertEquals(UnitKind.PUBLIC_SERVICE_UNIT,
                directory.find("Trung tâm Văn hóa - Thể thao thành phố").orElseThrow().kind());
    }

    @Test
    void theSeedRecipientsReachEveryWardCommuneAndCityAgency() throws IOException {
        List<String> recipients = seedList("Kính gửi:");
        assertEquals(List.of("Các cơ quan, đơn vị thuộc UBND thành phố", "UBND các phường, xã"), recipients);

        Resolution resolution = directory.resolve(recipients);

        assertEquals(List.of(), resolution.unmatched());
        assertEquals(List.of(MatchKind.GROUP, MatchKind.GROUP),
                resolution.matches().stream().map(Match::kind).toList());
        List<Unit> agencies = directory.members("CQ-DV-TP");
        assertEquals(15, agencies.size());
        assertEquals(18 + 15, resolution.units().size());
        assertEquals(Set.copyOf(resolution.units()).size(), resolution.units().size(), "no unit twice");
        List<String> names = resolution.units().stream().map(Unit::name).toList();
        assertTrue(names.containsAll(List.of("Ủy ban nhân dân phường Đức Thắng", "Ủy ban nhân dân xã Thiện Nghiệp",
                "Ủy ban nhân dân phường Mũi Né", "Phòng Tài chính - Kế hoạch", "Văn phòng HĐND và UBND thành phố",
                "Đài Truyền thanh thành phố")));
        // Bodies that only get a copy for information are not asked to act.
        assertTrue(resolution.units().stream().noneMatch(u -> u.kind() == UnitKind.LEADER
                || u.kind() == UnitKind.ORGANISATION));
        // Directory order: the units of units.csv in their own order.
        List<Unit> expectedOrder = directory.units().stream().filter(resolution.units()::contains).toList();
        assertEquals(expectedOrder, resolution.units());
    }

    @Test
    void everyDistributionEntryOfTheSeedIsUnderstood() throws IOException {
        List<String> distribution = seedList("Nơi nhận:");
        assertEquals(5, distribution.size());
        List<Match> matches = distribution.stream().map(directory::match).toList();

        assertEquals(MatchKind.SAME_AS_RECIPIENTS, matches.get(0).kind());
        assertEquals("Như trên", matches.get(0).entry());

        assertEquals(MatchKind.INFORMATION, matches.get(1).kind(), "leaders receive a copy for information");
        assertEquals("CT, PCT. UBND tp", matches.get(1).entry());
        assertEquals("Chủ tịch, Phó Chủ tịch UBND thành phố", matches.get(1).units().get(0).name());
        assertEquals(UnitKind.LEADER, matches.get(1).units().get(0).kind());

        assertEquals(MatchKind.GROUP, matches.get(2).kind());
        assertEquals("Mặt trận và các đoàn thể thành phố", matches.get(2).group().name());
        assertEquals(6, matches.get(2).units().size());
        assertTrue(matches.get(2).units().stream().allMatch(u -> u.kind() == UnitKind.ORGANISATION));

        assertEquals(MatchKind.GROUP, matches.get(3).kind());
        assertEquals("VP", matches.get(3).group().code());

        assertEquals(MatchKind.ARCHIVE, matches.get(4).kind());
        assertEquals("Lưu: VT, QTM, VX (L)", matches.get(4).entry());
        assertNull(matches.get(4).group());
        assertTrue(matches.get(4).units().isEmpty());

        Resolution copies = directory.resolve(distribution);
        assertEquals(List.of(), copies.unmatched());
        // The Front and five organisations, leaders and staff of the Office; the city's leaders get their
        // copy for information and are not reached as units.
        assertEquals(6 + 2, copies.units().size());
        assertEquals(List.of("CT, PCT. UBND tp"), copies.information());
    }

    @Test
    void everySampleAddressIsInventedUnderTheReservedDomain() {
        for (Unit unit : directory.units()) {
            assertTrue(unit.email().endsWith("@phanthiet.example"), unit.code() + " " + unit.email());
        }
    }

    @Test
    void everyUnitCodeIsUniqueAndEveryUnitIsSomewhere() {
        Set<String> codes = new HashSet<>();
        for (Unit unit : directory.units()) {
            assertTrue(codes.add(unit.code().toUpperCase(Locale.ROOT)), "duplicate " + unit.code());
            assertFalse(unit.groups().isEmpty(), unit.code() + " belongs to no group");
        }
    }

    private static List<Unit> ofKind(UnitKind kind) {
        return directory.units().stream().filter(u -> u.kind() == kind).toList();
    }

    /** The "- X;" lines that follow {@code heading} in the seed, without the dash and the end mark. */
    private static List<String> seedList(String heading) throws IOException {
        List<String> lines = Files.readAllLines(SEED, StandardCharsets.UTF_8);
        int at = lines.indexOf(heading);
        assertTrue(at >= 0, heading + " not in the seed");
        List<String> entries = new ArrayList<>();
        for (String line : lines.subList(at + 1, lines.size())) {
            if (line.isBlank() && entries.isEmpty()) {
                continue;
            }
            if (!line.startsWith("- ")) {
                break;
            }
            entries.add(line.substring(2).replaceAll("[;.]$", ""));
        }
        return entries;
    }
}
