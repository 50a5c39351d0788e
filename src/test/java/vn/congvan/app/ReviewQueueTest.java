package vn.congvan.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jakarta.mail.internet.MimeMessage;
import vn.congvan.app.ReplyCollection.Kind;
import vn.congvan.app.ReplyCollection.MailLine;
import vn.congvan.mail.Classification;
import vn.congvan.mail.EmlSource;
import vn.congvan.mail.IncomingMail;
import vn.congvan.mail.OutboxTransport;
import vn.congvan.model.ComplianceStatus;
import vn.congvan.model.Delivery;
import vn.congvan.model.Event;
import vn.congvan.model.EventType;
import vn.congvan.model.InputException;
import vn.congvan.model.ItemReading;
import vn.congvan.model.OfficialDocument;
import vn.congvan.model.RequirementState;
import vn.congvan.model.UnitStatus;
import vn.congvan.tracking.Ledger;

/**
 * The review queue from collecting to the clerk's decision, on a real SQLite ledger: what congvan is
 * not sure of waits with the mail itself, survives closing the program, and only the clerk's decision
 * turns it into ledger events. Readings of a reader still to come are given as classifications.
 */
class ReviewQueueTest {
    private static final String DUC_THANG = "P-DUCTHANG";
    private static final Instant REPLIED = Instant.parse("2019-08-28T02:00:00Z");

    @TempDir
    Path dir;

    final MailWorld world = new MailWorld();
    Path db;
    Ledger ledger;
    long key;

    @BeforeEach
    void distributed() {
        db = dir.resolve("congvan.db");
        ledger = Ledger.open(db.toString());
        key = world.importSeed(ledger).key();
        new MailDistribution(ledger, world.directory, world.office, MailWorld.SENT_AT, DemoRun.messageIds())
                .distribute(MailWorld.seed(ledger), List.of(), new OutboxTransport(dir.resolve("outbox")), Interaction.NONE);
    }

    @AfterEach
    void closeLedger() {
        if (ledger != null) {
            ledger.close();
        }
    }

    private ReplyCollection collection() {
        return new ReplyCollection(ledger, world.directory, world.office, MailWorld.COLLECTED_AT);
    }

    /** The mail as congvan reads it from an .eml file, with the file's bytes. */
    private IncomingMail read(MimeMessage m, String name) throws Exception {
        Path file = dir.resolve(name);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        m.writeTo(bytes);
        Files.write(file, bytes.toByteArray());
        return new EmlSource(file).readAll().mails().get(0);
    }

    private IncomingMail bareDone() throws Exception {
        return read(MailWorld.reply("ducthang@phanthiet.example", "<bare.done.1@phanthiet.example>",
                MailWorld.sentId(ledger, DUC_THANG), "2019-08-28T09:00:00+07:00", "Kính gửi Văn phòng,\n\nĐã hoàn thành.\n\nUBND phường Đức Thắng\n"),
                "bare-done.eml");
    }

    /** "Đã hoàn thành." naming no item: all items done? (decisions.md item 6) — doubtful for each. */
    private Classification.Reply bareDoneReading() {
        Map<String, ItemReading> readings = new LinkedHashMap<>();
        for (String req : List.of("1", "2", "3")) {
            readings.put(req, new ItemReading(ComplianceStatus.DONE, false, "Đã hoàn thành.", null, null));
        }
        return new Classification.Reply(key, DUC_THANG, REPLIED, readings, "Đã hoàn thành.");
    }

    private CongvanService service() {
        ledger.close();
        ledger = null;
        return Workspace.resolve(db.toString(), MailWorld.DIRECTORY).open(MailWorld.COLLECTED_AT, Interaction.NONE, Map.of());
    }

    private static List<Event> events(CongvanService app, EventType type, String unit) {
        return app.history(new CongvanService.HistoryRequest(new DispatchRef(MailWorld.ID, null, null), unit)).lines().stream()
                .map(CongvanService.HistoryLine::event).filter(e -> e.type() == type).toList();
    }

    @Test
    void aBareDoneBecomesOneEntryRecordsNoDoneAndCollectingItAgainAddsNoSecondEntry() throws Exception {
        IncomingMail mail = bareDone();

        MailLine first = collection().record("bare-done.eml", mail, bareDoneReading());
        MailLine again = collection().record("bare-done.eml", mail, bareDoneReading());

        assertEquals(Kind.REPLY, first.kind());
        assertEquals(1, first.newEvents(), "the reply acknowledges receipt, nothing more");
        assertNotNull(first.review());
        assertTrue(first.newReview());
        assertEquals(first.review(), again.review());
        assertFalse(again.newReview());
        assertEquals(0, again.newEvents());
        assertEquals(List.of(), MailWorld.events(ledger, EventType.DONE));

        try (CongvanService app = service()) {
            List<Review.Item> open = app.reviewList(new CongvanService.ReviewListRequest(false, null));
            assertEquals(1, open.size());
            Review.Item item = open.get(0);
            assertEquals(Review.Kind.READING, item.kind());
            assertEquals(MailWorld.ID, item.dispatch().numberSymbol());
            assertEquals("Ủy ban nhân dân phường Đức Thắng", item.unitName());
            assertEquals(Set.of("1", "2", "3"), item.readings().keySet());
            assertEquals("ducthang@phanthiet.example", item.sender());
            assertTrue(item.reasons().get(0).contains("chưa chắc chắn"), item.reasons().toString());

            Review.Shown shown = app.reviewShow(item.number());
            assertTrue(shown.mailText().contains("Đã hoàn thành."), shown.mailText());
            assertArrayEquals(mail.raw(), shown.raw(), "the mail as read, for the clerk to open");
            UnitStatus u = app.status(new CongvanService.StatusRequest(new DispatchRef(MailWorld.ID, null, null),
                    MailWorld.BEFORE_DEADLINE)).status().unit(DUC_THANG).orElseThrow();
            assertTrue(u.acknowledged());
            assertEquals(List.of(ComplianceStatus.NOT_STARTED, ComplianceStatus.NOT_STARTED, ComplianceStatus.NOT_STARTED),
                    u.requirements().stream().map(RequirementState::status).toList(), "nothing recorded until the clerk decides");
        }
    }

    private MailLine collectBareDone() throws Exception {
        IncomingMail mail = bareDone();
        ReplyCollection.Outcome o = collection().collect(List.of(new ReplyCollection.Source("thu-den",
                each -> { each.accept(mail); return new vn.congvan.mail.ReadSummary(1, List.of(), List.of(), null); })),
                Interaction.NONE);
        return o.mails().get(0);
    }

    @Test
    void collectingABareDoneFromTheUnitRecordsNoDone() throws Exception {
        MailLine line = collectBareDone();

        assertEquals(Kind.REPLY, line.kind());
        assertEquals(List.of(), MailWorld.events(ledger, EventType.DONE), "a bare \"Đã hoàn thành.\" is never applied by itself");
    }

    /** Needs the wording reader that reads a bare "Đã hoàn thành." as doubtful for every item (decisions.md item 6). */
    @Test
    void collectingABareDoneQueuesItForTheClerk() throws Exception {
        MailLine line = collectBareDone();

        assertNotNull(line.review(), "it waits for the clerk");
        assertEquals(Set.of("1", "2", "3"), ledger.review().entry(line.review()).orElseThrow().readings().keySet());
        assertEquals(List.of(), MailWorld.events(ledger, EventType.DONE));
    }

    @Test
    void acceptingAppliesTheReadingsAtTheMailsTimeAndClosesTheEntry() throws Exception {
        long n = collection().record("bare-done.eml", bareDone(), bareDoneReading()).review();

        try (CongvanService app = service()) {
            Review.Decided d = app.reviewAccept(new CongvanService.ReviewAcceptRequest(n, false));

            assertEquals(3, d.newEvents());
            assertEquals(Review.Decision.ACCEPTED, d.item().decision());
            List<Event> done = events(app, EventType.DONE, DUC_THANG);
            assertEquals(3, done.size());
            for (Event e : done) {
                assertEquals("review", e.source());
                assertEquals("review:" + n, e.sourceId());
                assertEquals(REPLIED, e.at(), "when the unit said it, not when the clerk confirmed it");
                assertTrue(e.evidence().contains("Message-ID <bare.done.1@phanthiet.example>"), e.evidence());
                assertTrue(e.evidence().contains("cán bộ xác nhận: " + System.getProperty("user.name")), e.evidence());
                assertTrue(e.note().startsWith("xác nhận từ thư cần xem"), e.note());
            }
            UnitStatus u = app.status(new CongvanService.StatusRequest(new DispatchRef(MailWorld.ID, null, null), MailWorld.BEFORE_DEADLINE))
                    .status().unit(DUC_THANG).orElseThrow();
            assertTrue(u.allDone());
            assertEquals(List.of(), app.reviewList(new CongvanService.ReviewListRequest(false, null)));

            InputException twice = assertThrows(InputException.class, () -> app.reviewAccept(new CongvanService.ReviewAcceptRequest(n, false)));
            assertEquals("Thư cần xem số " + n + " đã được xử lý trước đó.", twice.getMessage());
            assertEquals(3, events(app, EventType.DONE, DUC_THANG).size());
        }
    }

    @Test
    void rejectingAppliesNothingAndKeepsTheReason() throws Exception {
        long n = collection().record("bare-done.eml", bareDone(), bareDoneReading()).review();

        try (CongvanService app = service()) {
            Review.Decided d = app.reviewReject(new CongvanService.ReviewRejectRequest(n, "Đơn vị mới xong nội dung 1, đã gọi điện hỏi"));

            assertEquals(0, d.newEvents());
            assertEquals(List.of(), events(app, EventType.DONE, DUC_THANG));
            assertEquals(List.of(), app.reviewList(new CongvanService.ReviewListRequest(false, null)));
            Review.Item decided = app.reviewList(new CongvanService.ReviewListRequest(true, null)).get(0);
            assertEquals(Review.Decision.REJECTED, decided.decision());
            assertEquals("Đơn vị mới xong nội dung 1, đã gọi điện hỏi", decided.reason());
        }
        // The decision survives closing the program.
        try (CongvanService app = Workspace.resolve(db.toString(), MailWorld.DIRECTORY).open(MailWorld.COLLECTED_AT, Interaction.NONE, Map.of())) {
            assertEquals(Review.Decision.REJECTED, app.reviewShow(n).item().decision());
        }
    }

    @Test
    void aSuggestionFromAnOutsideAddressIsAcceptedWithTrustForThatUnit() throws Exception {
        IncomingMail mail = read(MailWorld.reply("canbo.phutai@gmail.example", "<hotmail.phutai.2@gmail.example>", null,
                "2019-08-28T11:00:00+07:00", "Về Công văn 6174/UBND-VX: phường đã hoàn thành tất cả các nội dung.\n"), "phutai.eml");
        Map<String, ItemReading> readings = new LinkedHashMap<>();
        for (String req : List.of("1", "2", "3")) {
            readings.put(req, ItemReading.certain(ComplianceStatus.DONE, "phường đã hoàn thành tất cả các nội dung."));
        }
        MailLine line = collection().record("phutai.eml", mail, new Classification.Suggestion(key, "P-PHUTAI", REPLIED, true,
                readings, "phường đã hoàn thành tất cả các nội dung.", "Thư từ địa chỉ ngoài danh sách của đơn vị"));

        assertEquals(Kind.SUGGESTION, line.kind());
        assertEquals(0, line.newEvents());
        assertEquals(List.of(), ledger.queries().events(key, "P-PHUTAI").stream().filter(e -> e.type() != EventType.SENT).toList());

        try (CongvanService app = service()) {
            Review.Decided d = app.reviewAccept(new CongvanService.ReviewAcceptRequest(line.review(), true));

            assertEquals(4, d.newEvents(), "receipt and three items");
            assertEquals("canbo.phutai@gmail.example", d.trustedAddress());
            UnitStatus u = app.status(new CongvanService.StatusRequest(new DispatchRef(MailWorld.ID, null, null), MailWorld.BEFORE_DEADLINE))
                    .status().unit("P-PHUTAI").orElseThrow();
            assertTrue(u.acknowledged());
            assertTrue(u.allDone());
        }
        try (Ledger reopened = Ledger.open(db.toString())) {
            assertTrue(reopened.addressTrust().trusted().get("P-PHUTAI").contains("canbo.phutai@gmail.example"));
            assertEquals("review", reopened.addressTrust().entries().get(0).source());
        }
    }

    @Test
    void anUnplacedMailIsAppliedOnlyWithTheDispatchUnitAndStatusesTheClerkNames() throws Exception {
        IncomingMail mail = read(MailWorld.reply("vanthu.muine@gmail.example", "<lost.1@gmail.example>", null,
                "2019-08-28T15:00:00+07:00", "Phường Mũi Né báo cáo: nội dung 1 xong, nội dung 2 đang làm.\n"), "lost.eml");
        MailLine line = collection().record("lost.eml", mail, new Classification.Unmatched("Không xác định được văn bản"));
        assertEquals(Kind.UNMATCHED, line.kind());
        long n = line.review();

        try (CongvanService app = service()) {
            InputException accept = assertThrows(InputException.class, () -> app.reviewAccept(new CongvanService.ReviewAcceptRequest(n, false)));
            assertTrue(accept.getMessage().contains("chưa xác định được văn bản và đơn vị"), accept.getMessage());
            assertThrows(InputException.class, () -> app.reviewEdit(new CongvanService.ReviewEditRequest(n, Map.of("1", "xong"), null, null)));

            Review.Decided d = app.reviewEdit(new CongvanService.ReviewEditRequest(n, Map.of("1", "xong", "2", "đang thực hiện"),
                    new DispatchRef("6174", null, null), "phường Mũi Né"));

            assertEquals(3, d.newEvents(), "receipt and the two items the clerk named");
            assertEquals(Review.Decision.EDITED, d.item().decision());
            List<RequirementState> muiNe = app.status(new CongvanService.StatusRequest(new DispatchRef(MailWorld.ID, null, null),
                    MailWorld.BEFORE_DEADLINE)).status().unit("P-MUINE").orElseThrow().requirements();
            assertEquals(List.of(ComplianceStatus.DONE, ComplianceStatus.IN_PROGRESS, ComplianceStatus.NOT_STARTED),
                    muiNe.stream().map(RequirementState::status).toList());
        }
    }

    @Test
    void aSuspiciousMailCanOnlyBeDismissed() throws Exception {
        IncomingMail mail = read(MailWorld.reply("quantri@hethong-thucongvu.example", "<phish.2@hethong-thucongvu.example>", null,
                "2019-08-26T14:45:00+07:00", "Hộp thư của bạn sắp đầy, đăng nhập tại đây.\n"), "phish.eml");
        long n = collection().record("phish.eml", mail, new Classification.Suspicious(List.of("Liên kết tới 203.0.113.45"))).review();

        try (CongvanService app = service()) {
            assertThrows(InputException.class, () -> app.reviewAccept(new CongvanService.ReviewAcceptRequest(n, false)));
            assertThrows(InputException.class, () -> app.reviewEdit(new CongvanService.ReviewEditRequest(n, Map.of("1", "xong"),
                    new DispatchRef("6174", null, null), DUC_THANG)));
            assertEquals(Review.Kind.SUSPICIOUS, app.reviewList(new CongvanService.ReviewListRequest(false, null)).get(0).kind());
            app.reviewReject(new CongvanService.ReviewRejectRequest(n, null));
            assertEquals(List.of(), app.reviewList(new CongvanService.ReviewListRequest(false, null)));
        }
    }

    @Test
    void aDayStatedForTheWorkIsKeptBesideTheTimeOfTheMail() throws Exception {
        IncomingMail mail = read(MailWorld.reply("ducthang@phanthiet.example", "<late.report.1@phanthiet.example>",
                MailWorld.sentId(ledger, DUC_THANG), "2019-09-02T09:00:00+07:00", "Nội dung 3: ngày 28/8 đã hoàn thành.\n"), "late.eml");
        Instant reported = Instant.parse("2019-08-29T00:30:00Z");
        collection().record("late.eml", mail, new Classification.Reply(key, DUC_THANG, reported,
                Map.of("3", new ItemReading(ComplianceStatus.DONE, true, "ngày 28/8 đã hoàn thành.", LocalDate.of(2019, 8, 28), null)),
                "Nội dung 3: ngày 28/8 đã hoàn thành."));

        Event done = MailWorld.events(ledger, EventType.DONE).get(0);
        assertEquals(LocalDate.of(2019, 8, 28), done.doneOn());
        RequirementState item3 = MailWorld.status(ledger, LocalDate.of(2019, 9, 3)).unit(DUC_THANG).orElseThrow().requirement("3").orElseThrow();
        assertEquals(ComplianceStatus.DONE, item3.status());
        assertFalse(item3.doneLate(), "done on 28/8, before the deadline of 30/8");
    }

    @Test
    void aBounceIsRecordedAndTheReminderAsksToPhoneTheUnit() throws Exception {
        IncomingMail dsn = read(MailWorld.reply("mailer-daemon@phanthiet.example", "<dsn.phuthuy.1@phanthiet.example>", null,
                "2019-08-22T08:05:00+07:00", "Delivery to phuongphuthuy@phanthiet.example failed: 552 5.2.2 Mailbox full\n"), "dsn.eml");
        Classification.Bounce bounce = new Classification.Bounce(key, "P-PHUTHUY", Instant.parse("2019-08-22T01:05:00Z"),
                "552 5.2.2 Mailbox full");

        MailLine line = collection().record("dsn.eml", dsn, bounce);
        MailLine again = collection().record("dsn.eml", dsn, bounce);

        assertEquals(Kind.BOUNCE, line.kind());
        assertEquals(1, line.newEvents());
        assertEquals(0, again.newEvents());
        assertNull(line.review());
        Event failed = MailWorld.events(ledger, EventType.DELIVERY_FAILED).get(0);
        assertEquals("mail", failed.source());
        assertEquals(dsn.sourceId(), failed.sourceId());
        assertTrue(failed.evidence().contains("552 5.2.2 Mailbox full"), failed.evidence());
        Delivery d = MailWorld.status(ledger, MailWorld.BEFORE_DEADLINE).unit("P-PHUTHUY").orElseThrow().delivery();
        assertEquals(new Delivery(Delivery.State.FAILED, "552 5.2.2 Mailbox full", Instant.parse("2019-08-22T01:05:00Z")), d);
        assertEquals(Delivery.State.SENT, MailWorld.status(ledger, MailWorld.BEFORE_DEADLINE).unit(DUC_THANG).orElseThrow().delivery().state());

        String line1 = "Đơn vị không nhận được thư điện tử: Ủy ban nhân dân phường Phú Thủy — đề nghị liên hệ bằng điện thoại.";
        ReportBuilder.Facts facts = ReportBuilder.Facts.of(ledger, MailWorld.seed(ledger), LocalDate.of(2019, 9, 2), LocalDate.of(2019, 9, 2));
        OfficialDocument reminder = new ReportBuilder(Path.of("templates"), world.directory).reminder(facts, null, LocalDate.of(2019, 9, 9));
        OfficialDocument report = new ReportBuilder(Path.of("templates"), world.directory).report(facts, null);
        assertTrue(reminder.paragraphs().stream().anyMatch(p -> p.text().equals(line1)), "the reminder names the unit to phone");
        assertTrue(report.paragraphs().stream().anyMatch(p -> p.text().equals(line1)), "so does the report");

        try (CongvanService app = service()) {
            FollowUpFiles.Written written = app.report(new CongvanService.ReportRequest(new DispatchRef(MailWorld.ID, null, null),
                    EnumSet.of(OutputFormat.PDF, OutputFormat.DOCX), dir.resolve("out"), LocalDate.of(2019, 9, 2), null, null));
            // The checkers themselves, without the 3-second guard for files from outside: a loaded test machine is slow.
            for (Path file : written.files()) {
                List<vn.congvan.render.RuleResult> results = file.toString().endsWith(".pdf")
                        ? new vn.congvan.render.PdfFormatChecker().check(file) : new vn.congvan.render.DocxFormatChecker().check(file);
                assertEquals(List.of(), results.stream().filter(r -> !r.ok()).toList(), file + " follows Decree 30 with the added paragraph");
            }
            assertEquals(4, written.files().size(), "report and reminder, each as PDF and DOCX");
        }
    }

    @Test
    void withoutFailuresTheReminderSaysNothingAboutMail() {
        ReportBuilder.Facts facts = ReportBuilder.Facts.of(ledger, MailWorld.seed(ledger), LocalDate.of(2019, 9, 2), LocalDate.of(2019, 9, 2));
        OfficialDocument reminder = new ReportBuilder(Path.of("templates"), world.directory).reminder(facts, null, LocalDate.of(2019, 9, 9));
        assertFalse(reminder.paragraphs().stream().anyMatch(p -> p.text().contains("không nhận được thư điện tử")));
    }
}
