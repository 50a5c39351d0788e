package vn.congvan.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.congvan.directory.UnitDirectory;
import vn.congvan.model.ComplianceStatus;
import vn.congvan.model.DispatchStatus;
import vn.congvan.model.InputException;
import vn.congvan.model.RequirementState;
import vn.congvan.model.UnitStatus;
import vn.congvan.tracking.Ledger;

/** The spine end to end on a real SQLite file: import the seed, record answers, read the status. */
class ImportAndTrackTest {
    static final Path SEED = Path.of("samples", "000_7ae9f029b9ddbc9d.txt");
    static final String ID = "6174/UBND-VX";
    final Clock clock = Clock.fixed(Instant.parse("2019-08-26T02:00:00Z"), ZoneOffset.UTC);
    UnitDirectory directory;

    @TempDir
    Path dir;

    @BeforeEach
    void loadDirectory() {
        directory = UnitDirectory.load(Path.of("samples", "directory"));
    }

    @Test
    void seedBecomesOneAssignmentPerUnitAndRequirement() {
        try (Ledger ledger = Ledger.open(dir.resolve("l.db").toString())) {
            var outcome = new DispatchImporter(ledger, directory, clock).importFile(SEED, LocalDate.of(2019, 9, 15));
            assertTrue(outcome.created());
            int expectedUnits = directory.members("PHUONG-XA").size() + directory.members("CQ-DV-TP").size();
            assertEquals(18, directory.members("PHUONG-XA").size());
            assertEquals(expectedUnits, outcome.taskSet().units().size());
            assertEquals(expectedUnits * 3, ledger.assignments(ID).size());
            assertTrue(outcome.taskSet().unmatchedRecipients().isEmpty());
            // Items 1 and 2 name no deadline: the default applies; item 3 keeps its own.
            var byReq = ledger.assignments(ID).stream().filter(a -> a.unitCode().equals(outcome.taskSet().units().get(0).code())).toList();
            assertEquals(LocalDate.of(2019, 9, 15), byReq.get(0).deadline());
            assertEquals(LocalDate.of(2019, 9, 15), byReq.get(1).deadline());
            assertEquals(LocalDate.of(2019, 8, 30), byReq.get(2).deadline());
        }
    }

    @Test
    void importingTwiceAddsNothing() {
        try (Ledger ledger = Ledger.open(dir.resolve("l.db").toString())) {
            DispatchImporter importer = new DispatchImporter(ledger, directory, clock);
            importer.importFile(SEED, null);
            int assignments = ledger.assignments(ID).size();
            int events = ledger.events(ID).size();
            var again = importer.importFile(SEED, null);
            assertFalse(again.created());
            assertEquals(assignments, ledger.assignments(ID).size());
            assertEquals(events, ledger.events(ID).size());
            assertEquals(1, ledger.dispatches().size());
        }
    }

    @Test
    void clerkEntriesDriveTheStatus() {
        try (Ledger ledger = Ledger.open(dir.resolve("l.db").toString())) {
            var outcome = new DispatchImporter(ledger, directory, clock).importFile(SEED, LocalDate.of(2019, 9, 15));
            ClerkEntries clerk = new ClerkEntries(ledger, directory, clock);
            String ducThang = directory.find("UBND phường Đức Thắng").orElseThrow().code();
            String phuThuy = directory.find("ubnd phuong phu thuy").orElseThrow().code();

            assertEquals(ducThang, clerk.acknowledge(ID, "Ủy ban nhân dân phường Đức Thắng", "qua điện thoại"));
            clerk.mark(ID, phuThuy, "1", ComplianceStatus.DONE, "đã phổ biến");
            clerk.mark(ID, phuThuy, "2", ComplianceStatus.IN_PROGRESS, null);

            DispatchStatus before = ledger.status(ID, LocalDate.of(2019, 8, 28));
            UnitStatus dt = unit(before, ducThang);
            UnitStatus pt = unit(before, phuThuy);
            assertTrue(dt.acknowledged());
            assertTrue(pt.acknowledged(), "a unit that reports work has received the dispatch");
            assertEquals(ComplianceStatus.NOT_STARTED, req(dt, "1").status());
            assertEquals(ComplianceStatus.DONE, req(pt, "1").status());
            assertEquals(ComplianceStatus.IN_PROGRESS, req(pt, "2").status());
            assertEquals(ComplianceStatus.NOT_STARTED, req(pt, "3").status());
            assertEquals(2, before.units().stream().filter(UnitStatus::acknowledged).count());

            // After 30/8/2019 item 3 is overdue for everyone who has not done it; 1 stays done.
            DispatchStatus after = ledger.status(ID, LocalDate.of(2019, 9, 1));
            assertEquals(ComplianceStatus.OVERDUE, req(unit(after, phuThuy), "3").status());
            assertEquals(ComplianceStatus.DONE, req(unit(after, phuThuy), "1").status());
            assertEquals(outcome.taskSet().units().size(),
                    after.units().stream().filter(u -> req(u, "3").status() == ComplianceStatus.OVERDUE).count());
        }
    }

    @Test
    void badEntriesAreRefusedAndChangeNothing() {
        try (Ledger ledger = Ledger.open(dir.resolve("l.db").toString())) {
            new DispatchImporter(ledger, directory, clock).importFile(SEED, null);
            ClerkEntries clerk = new ClerkEntries(ledger, directory, clock);
            int events = ledger.events(ID).size();
            assertThrows(InputException.class, () -> clerk.acknowledge(ID, "Phường Không Có", null));
            assertThrows(InputException.class, () -> clerk.acknowledge("9999/UBND-VX", "P-DUCTHANG", null));
            String ducThang = directory.find("phường Đức Thắng").orElseThrow().code();
            assertThrows(InputException.class, () -> clerk.mark(ID, ducThang, "7", ComplianceStatus.DONE, null));
            assertThrows(InputException.class, () -> clerk.mark(ID, ducThang, "1", ComplianceStatus.OVERDUE, null));
            assertEquals(events, ledger.events(ID).size());
        }
    }

    @Test
    void everyBadFileIsRefusedByNameAndLeavesTheLedgerFileUntouched() throws Exception {
        Path db = dir.resolve("l.db");
        try (Ledger ledger = Ledger.open(db.toString())) {
            new DispatchImporter(ledger, directory, clock).importFile(SEED, null);
        }
        byte[] before = Files.readAllBytes(db);
        String seed = Files.readString(SEED);
        List<Path> bad = List.of(
                Files.writeString(dir.resolve("ngay-sai.txt"), seed.replace("ngày 21 tháng 8 năm 2019", "ngày 31 tháng 02 năm 2019")),
                Files.writeString(dir.resolve("han-sai.txt"), seed.replace("trước ngày 30/8/2019", "trước ngày 31/02/2019")),
                Files.writeString(dir.resolve("khong-so.txt"), seed.replace("Số: 6174 /UBND-VX", "")),
                Files.writeString(dir.resolve("trong.txt"), ""),
                Files.write(dir.resolve("rac.md"), new byte[] {0x50, 0x4B, 3, 4, 0, 0, (byte) 0xFF, (byte) 0xD8, 0, 1}),
                Files.writeString(dir.resolve("thu-thuong.txt"), "Chào chị,\nCuối tuần này họp lớp nhé.\n"),
                dir.resolve("khong-ton-tai.txt"));
        try (Ledger ledger = Ledger.open(db.toString())) {
            DispatchImporter importer = new DispatchImporter(ledger, directory, clock);
            for (Path file : bad) {
                InputException e = assertThrows(InputException.class, () -> importer.importFile(file, null), file.toString());
                assertTrue(e.getMessage().contains(file.getFileName().toString()), e.getMessage());
            }
            assertEquals(1, ledger.dispatches().size());
            assertEquals(1, ledger.events(ID).size(), "only the import of the seed");
        }
        assertArrayEquals(before, Files.readAllBytes(db));
    }

    @Test
    void aClerkMayNameTheDispatchByItsNumberAlone() {
        try (Ledger ledger = Ledger.open(dir.resolve("l.db").toString())) {
            new DispatchImporter(ledger, directory, clock).importFile(SEED, null);
            assertEquals(ID, DispatchLookup.find(ledger, "6174").id());
            assertEquals(ID, DispatchLookup.find(ledger, "6174 /UBND-VX").id());
            assertThrows(InputException.class, () -> DispatchLookup.find(ledger, "6175"));
        }
    }

    static UnitStatus unit(DispatchStatus s, String code) {
        return s.units().stream().filter(u -> u.unitCode().equals(code)).findFirst().orElseThrow();
    }

    static RequirementState req(UnitStatus u, String id) {
        return u.requirements().stream().filter(r -> r.requirementId().equals(id)).findFirst().orElseThrow();
    }
}
