package vn.congvan.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.congvan.model.ComplianceStatus;
import vn.congvan.model.Event;
import vn.congvan.model.EventType;
import vn.congvan.model.ItemReading;

/**
 * Issue 12 item 2: the units' reports back on the seed 6174/UBND-VX (fixtures in {@code reports/}: DOCX with a
 * Word header table, its LibreOffice PDF, a results table, text files) are imported as the unit's response, on a
 * real SQLite ledger: per-item statuses, days and the unit's own sentences recorded with source "report"; no
 * new dispatch; what is not certain waits in the review queue.
 */
class ReportBackImportTest {
    static final Path REPORTS = Path.of("src/test/resources/reports");
    /** 31/08/2019 in Vietnam: after every report's date. */
    static final Clock AFTER_REPORTS = Clock.fixed(ZonedDateTime.of(2019, 8, 31, 9, 0, 0, 0, Workspace.VIETNAM).toInstant(),
            Workspace.VIETNAM);

    @TempDir
    Path dir;
    CongvanService app;

    @BeforeEach
    void seedImported() {
        app = Workspace.resolve(dir.resolve("congvan.db").toString(), MailWorld.DIRECTORY)
                .open(AFTER_REPORTS, Interaction.NONE, Map.of());
        app.importOrQueue(new CongvanService.ImportRequest(MailWorld.SEED, null));
    }

    @AfterEach
    void close() {
        app.close();
    }

    private ImportOutcome importReport(String name) {
        return app.importOrQueue(new CongvanService.ImportRequest(REPORTS.resolve(name), null));
    }

    private List<Event> events(String unit) {
        return app.history(new CongvanService.HistoryRequest(DispatchRef.of(MailWorld.ID), unit)).lines().stream()
                .map(CongvanService.HistoryLine::event).filter(e -> e.type() != EventType.IMPORTED).toList();
    }

    private static Event item(List<Event> events, String requirement) {
        List<Event> found = events.stream().filter(e -> requirement.equals(e.requirementId())).toList();
        assertEquals(1, found.size(), "one event for item " + requirement + ": " + events);
        return found.get(0);
    }

    private int dispatches() {
        return app.list(new CongvanService.ListRequest(null, null)).size();
    }

    /** Sections I (results), II (difficulties, numbered too) and III: only section I gives the items. */
    @ParameterizedTest
    @ValueSource(strings = {"phu-trinh-bao-cao.docx", "phu-trinh-bao-cao.pdf"})
    void aWardsReportInSectionsGivesEachItemItsStatusDayAndReason(String file) throws Exception {
        ImportOutcome outcome = importReport(file);

        assertNull(outcome.imported(), "no task set");
        ReportOutcome report = outcome.report();
        assertEquals("Ủy ban nhân dân phường Phú Trinh", report.unitName());
        assertEquals(MailWorld.ID, report.dispatch().numberSymbol());
        assertNull(report.queued(), "nothing for the clerk");
        assertEquals(1, dispatches(), "no new dispatch");

        List<Event> events = events("P-PHUTRINH");
        assertEquals(4, events.size(), events.toString());
        Event receipt = events.stream().filter(e -> e.type() == EventType.ACKNOWLEDGED).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2019, 8, 28), receipt.at().atZone(Workspace.VIETNAM).toLocalDate(), "the report's day");

        Event one = item(events, "1");
        assertEquals(EventType.DONE, one.type());
        assertEquals(LocalDate.of(2019, 8, 23), one.doneOn());
        assertTrue(one.evidence().contains("Báo cáo số 152/BC-UBND ngày 28/08/2019") && one.evidence().contains(file)
                && one.evidence().contains("«1. Về phổ biến cảnh giác với thư điện tử lạ: Đã hoàn thành.»"), one.evidence());

        Event two = item(events, "2");
        assertEquals(EventType.PROGRESS, two.type());
        assertEquals(LocalDate.of(2019, 9, 10), two.expectedBy());
        assertTrue(two.evidence().contains("Đang thực hiện, dự kiến hoàn thành trước ngày 10/9/2019"), two.evidence());

        Event three = item(events, "3");
        assertEquals(EventType.NOT_STARTED, three.type());
        assertTrue(three.evidence().contains("Chưa thực hiện do máy tính của bộ phận một cửa bị hỏng ổ cứng"), three.evidence());
        for (Event e : events) {
            assertEquals(ReportImport.SOURCE, e.source());
            assertTrue(e.sourceId().startsWith("report:sha256:"), e.sourceId());
        }
        // The history line opens the file the ward sent, byte for byte.
        assertArrayEquals(Files.readAllBytes(REPORTS.resolve(file)), Files.readAllBytes(app.evidenceFile(one)));
    }

    @Test
    void aResultsTableIsReadRowByRowAndTheAbbreviatedIssuerIsTheWard() {
        ReportOutcome report = importReport("phu-thuy-bang-ket-qua.docx").report();

        assertEquals("Ủy ban nhân dân phường Phú Thủy", report.unitName(), "UBND PHƯỜNG PHÚ THỦY is the ward");
        assertEquals(List.of(ComplianceStatus.DONE, ComplianceStatus.IN_PROGRESS, ComplianceStatus.NOT_STARTED),
                report.recorded().values().stream().map(ItemReading::status).toList());
        List<Event> events = events("P-PHUTHUY");
        assertEquals(EventType.DONE, item(events, "1").type());
        assertEquals(LocalDate.of(2019, 9, 5), item(events, "2").expectedBy());
        assertTrue(item(events, "3").evidence().contains("«3. Sao lưu thư đã gửi trước ngày 31/12/2017: Chưa thực hiện, Do chưa có thiết bị lưu trữ.»"),
                item(events, "3").evidence());
        assertEquals(1, dispatches());
    }

    @Test
    void aDepartmentsTextReportGivesDoneDaysAndTheExpectedDay() {
        importReport("phong-vhtt-bao-cao.txt");

        List<Event> events = events("PHONG-VHTT");
        assertEquals(EventType.DONE, item(events, "1").type());
        assertEquals(LocalDate.of(2019, 8, 22), item(events, "1").doneOn());
        assertEquals(EventType.DONE, item(events, "2").type());
        assertEquals(LocalDate.of(2019, 8, 26), item(events, "2").doneOn());
        assertEquals(EventType.PROGRESS, item(events, "3").type());
        assertEquals(LocalDate.of(2019, 8, 30), item(events, "3").expectedBy());
    }

    /** The ward mails its table report as a .docx: collect reads the attachment's rows as an imported report's. */
    @Test
    void aReportAttachedToAWardsMailIsReadItemByItem() throws Exception {
        MimeMessage mail = new MimeMessage(MailWorld.SESSION);
        mail.setFrom(new InternetAddress("phuthuy@phanthiet.example", "UBND phường Phú Thủy", "UTF-8"));
        mail.setRecipients(Message.RecipientType.TO, MailWorld.OFFICE);
        mail.setSubject("Báo cáo kết quả thực hiện [6174/UBND-VX]", "UTF-8");
        mail.setSentDate(java.util.Date.from(ZonedDateTime.of(2019, 8, 29, 10, 0, 0, 0, Workspace.VIETNAM).toInstant()));
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Kính gửi Văn phòng HĐND và UBND thành phố,\n\nUBND phường Phú Thủy gửi báo cáo kết quả thực hiện "
                + "Công văn số 6174/UBND-VX (tệp đính kèm).\n\nTrân trọng.\n", "UTF-8");
        MimeBodyPart attached = new MimeBodyPart();
        attached.attachFile(REPORTS.resolve("phu-thuy-bang-ket-qua.docx").toFile(),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", null);
        mail.setContent(new MimeMultipart(text, attached));
        mail.saveChanges();
        Path eml = dir.resolve("bao-cao-phu-thuy.eml");
        try (var out = Files.newOutputStream(eml)) {
            mail.writeTo(out);
        }

        app.collect(List.of(new Mailbox.Eml(eml)));

        List<Event> events = events("P-PHUTHUY");
        assertEquals(EventType.DONE, item(events, "1").type());
        assertEquals(EventType.PROGRESS, item(events, "2").type());
        assertEquals(LocalDate.of(2019, 9, 5), item(events, "2").expectedBy());
        assertEquals(EventType.NOT_STARTED, item(events, "3").type());
        assertTrue(events.stream().allMatch(e -> "mail".equals(e.source())), events.toString());
        assertTrue(app.reviewList(new CongvanService.ReviewListRequest(false, null)).isEmpty(), "nothing left in doubt");
    }

    @Test
    void theSameReportAgainAddsNothing() {
        assertEquals(4, importReport("phong-vhtt-bao-cao.txt").report().newEvents());
        ReportOutcome again = importReport("phong-vhtt-bao-cao.txt").report();
        assertEquals(0, again.newEvents());
        assertEquals(3, again.recorded().size());
        assertEquals(4, events("PHONG-VHTT").size());
    }

    /** Items named by their topic only: proposed to the clerk, nothing recorded until confirmed. */
    @Test
    void itemsNamedOnlyByTopicWaitForTheClerk() throws Exception {
        ReportOutcome report = importReport("lac-dao-theo-chu-de.txt").report();

        assertTrue(report.recorded().isEmpty());
        assertEquals(0, report.newEvents());
        assertTrue(events("P-LACDAO").isEmpty(), "nothing recorded silently");
        Review.Item entry = report.queued();
        assertNotNull(entry);
        assertEquals(Review.Kind.READING, entry.kind());
        assertEquals("P-LACDAO", entry.unitCode());
        assertEquals(ComplianceStatus.DONE, entry.readings().get("1").status());
        assertEquals(ComplianceStatus.IN_PROGRESS, entry.readings().get("2").status());
        assertTrue(entry.readings().get("2").sentence().startsWith("Việc kiểm tra dung lượng lưu trữ"),
                entry.readings().get("2").sentence());
        assertTrue(entry.reasons().get(0).contains("nội dung 1, 2"), entry.reasons().toString());
        Path opened = app.reviewMailFile(entry.number());
        assertEquals("thu-can-xem-" + entry.number() + ".txt", opened.getFileName().toString(), "the report as it was, not a mail");
        assertArrayEquals(Files.readAllBytes(REPORTS.resolve("lac-dao-theo-chu-de.txt")), Files.readAllBytes(opened));

        app.reviewAccept(new CongvanService.ReviewAcceptRequest(entry.number(), false));
        List<Event> confirmed = events("P-LACDAO");
        assertEquals(EventType.DONE, item(confirmed, "1").type());
        assertEquals(EventType.PROGRESS, item(confirmed, "2").type());
        assertEquals(ReviewDesk.SOURCE, item(confirmed, "1").source());
    }

    /** A commune of another district reports on our dispatch: not one assigned unit, so the clerk places it. */
    @Test
    void anIssuerThatIsNoAssignedUnitIsLeftToTheClerk() {
        ReportOutcome report = importReport("xa-ham-hiep-bao-cao.txt").report();

        assertEquals(Review.Kind.UNPLACED, report.queued().kind());
        assertNull(report.queued().unitCode());
        assertTrue(report.queued().reasons().get(0).contains("ỦY BAN NHÂN DÂN XÃ HÀM HIỆP"), report.queued().reasons().toString());
        assertEquals(3, report.queued().readings().size(), "the statuses proposed");
        assertTrue(app.history(new CongvanService.HistoryRequest(DispatchRef.of(MailWorld.ID), null)).lines().stream()
                .allMatch(l -> l.event().type() == EventType.IMPORTED), "nothing recorded");
    }

    @Test
    void aReportCitingADispatchNotTrackedIsLeftToTheClerk() {
        try (CongvanService empty = Workspace.resolve(dir.resolve("empty.db").toString(), MailWorld.DIRECTORY)
                .open(AFTER_REPORTS, Interaction.NONE, Map.of())) {
            ImportOutcome outcome = empty.importOrQueue(new CongvanService.ImportRequest(REPORTS.resolve("phong-vhtt-bao-cao.txt"), null));

            assertNull(outcome.report().dispatch());
            assertEquals(Review.Kind.UNPLACED, outcome.report().queued().kind());
            assertTrue(outcome.report().queued().reasons().get(0).contains("6174/UBND-VX"), outcome.report().queued().reasons().toString());
            assertTrue(empty.list(new CongvanService.ListRequest(null, null)).isEmpty(), "no task set made from a report");
        }
    }
}
