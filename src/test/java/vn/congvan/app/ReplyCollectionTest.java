package vn.congvan.app;

import vn.congvan.TestMail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.congvan.model.ComplianceStatus.DONE;
import static vn.congvan.model.ComplianceStatus.IN_PROGRESS;
import static vn.congvan.model.ComplianceStatus.NOT_STARTED;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.activation.DataHandler;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import vn.congvan.app.ReplyCollection.Kind;
import vn.congvan.app.ReplyCollection.MailLine;
import vn.congvan.mail.EmlSource;
import vn.congvan.mail.ImapSource;
import vn.congvan.mail.MailSource;
import vn.congvan.mail.MboxSource;
import vn.congvan.mail.OutboxTransport;
import vn.congvan.mail.ServerSettings;
import vn.congvan.mail.SmtpTransport;
import vn.congvan.model.ComplianceStatus;
import vn.congvan.model.DispatchStatus;
import vn.congvan.model.Event;
import vn.congvan.model.EventType;
import vn.congvan.model.RequirementState;
import vn.congvan.model.UnitStatus;
import vn.congvan.tracking.Ledger;

/**
 * Replies come back (IMAP, an mbox file, .eml files) and the ledger says exactly what the units said:
 * nothing more, nothing twice, and nothing from mails that are not theirs.
 */
class ReplyCollectionTest {
    private static final String PHISHING_ID = "<8f3a2c1e.0826074500@hethong-thucongvu.example>";
    private static final String NEWSLETTER_ID = "<bantin-2019-34.vanphong@tintuc-congnghe.example>";
    private static final String PRIVATE_ID = "<hotmail.phutai.1@gmail.example>";

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(
            TestMail.servers(ServerSetupTest.SMTPS, ServerSetupTest.IMAPS))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser(MailWorld.OFFICE, MailWorld.OFFICE, MailWorld.PASSWORD));

    final MailWorld world = new MailWorld();

    @TempDir
    Path dir;

    private static ServerSettings imaps() {
        ServerSetup s = GREEN_MAIL.getImaps().getServerSetup();
        return MailServers.imap(s.getBindAddress() + ":" + GREEN_MAIL.getImaps().getPort(), ServerSettings.Security.TLS,
                MailWorld.OFFICE, true);
    }

    /** The seed imported into {@code ledger} and sent to its units, the mails written into {@code outbox} under {@link #dir}. */
    private void importedAndSent(Ledger ledger, String outbox) {
        world.importSeed(ledger);
        new MailDistribution(ledger, world.directory, world.office, MailWorld.SENT_AT, DemoRun.messageIds())
                .distribute(MailWorld.seed(ledger), List.of(), new OutboxTransport(dir.resolve(outbox)), Interaction.NONE);
    }

    private ReplyCollection.Outcome collect(Ledger ledger, String label, MailSource source) {
        return new ReplyCollection(ledger, world.directory, world.office, MailWorld.COLLECTED_AT)
                .collect(List.of(new ReplyCollection.Source(label, source)), Interaction.NONE);
    }

    /**
     * What came back: the five samples, then a reply, a read receipt and a Word report answering the
     * Message-IDs the ledger recorded, and a mail from a ward officer's private address.
     */
    private static List<MimeMessage> replies(Ledger ledger) throws Exception {
        List<MimeMessage> mails = new ArrayList<>();
        for (String name : List.of("01-read-receipt-ducthang.eml", "02-reply-phuthuy-done.eml", "03-report-phutai.eml",
                "04-phishing.eml", "05-newsletter.eml")) {
            mails.add(MailWorld.sample(name));
        }
        mails.add(MailWorld.reply("muine@phanthiet.example", "<reply.muine.1@phanthiet.example>",
                MailWorld.sentId(ledger, "P-MUINE"), "2019-08-28T09:00:00+07:00",
                "Kính gửi Văn phòng,\n\n1. Đã hoàn thành.\n2. Đang thực hiện.\n3. Đã hoàn thành.\n\nTrân trọng.\nUBND phường Mũi Né\n"));
        mails.add(MailWorld.readReceipt("tienloi@phanthiet.example", "<mdn.tienloi.1@phanthiet.example>",
                MailWorld.sentId(ledger, "X-TIENLOI"), "Wed, 28 Aug 2019 07:30:00 +0700"));
        mails.add(MailWorld.docxReport("phongnam@phanthiet.example", "<report.phongnam.1@phanthiet.example>",
                MailWorld.sentId(ledger, "X-PHONGNAM"), "2019-08-28T10:00:00+07:00",
                List.of("1. Phổ biến đến cán bộ, công chức: Đã hoàn thành.", "2. Kiểm tra dung lượng hộp thư: Đã hoàn thành.",
                        "3. Sao lưu thư đã gửi: Chưa thực hiện.")));
        mails.add(MailWorld.reply("canbo.phutai@gmail.example", PRIVATE_ID, null, "2019-08-28T11:00:00+07:00",
                "Về Công văn 6174/UBND-VX: phường đã hoàn thành tất cả các nội dung.\n"));
        return mails;
    }

    /** Exactly what the mails said, as of 29/08/2019 (before item 3's deadline); every other unit untouched. */
    private static void assertStatusesAsStated(Ledger ledger) {
        DispatchStatus status = MailWorld.status(ledger, MailWorld.BEFORE_DEADLINE);
        Map<String, UnitStatus> units = new HashMap<>();
        status.units().forEach(u -> units.put(u.unitCode(), u));
        assertEquals(32, units.size());

        assertUnit(units.get("P-DUCTHANG"), Instant.parse("2019-08-22T02:15:00Z"), NOT_STARTED, NOT_STARTED, NOT_STARTED);
        assertUnit(units.get("P-PHUTHUY"), Instant.parse("2019-08-23T03:20:00Z"), DONE, DONE, DONE);
        assertUnit(units.get("P-PHUTAI"), Instant.parse("2019-08-27T09:05:00Z"), DONE, IN_PROGRESS, NOT_STARTED);
        assertUnit(units.get("P-MUINE"), Instant.parse("2019-08-28T02:00:00Z"), DONE, IN_PROGRESS, DONE);
        assertUnit(units.get("X-TIENLOI"), Instant.parse("2019-08-28T00:30:00Z"), NOT_STARTED, NOT_STARTED, NOT_STARTED);
        assertUnit(units.get("X-PHONGNAM"), Instant.parse("2019-08-28T03:00:00Z"), DONE, DONE, NOT_STARTED);
        assertEquals(6, status.acknowledgedCount());
        for (UnitStatus u : status.units()) {
            if (!List.of("P-DUCTHANG", "P-PHUTHUY", "P-PHUTAI", "P-MUINE", "X-TIENLOI", "X-PHONGNAM").contains(u.unitCode())) {
                assertFalse(u.acknowledged(), u.unitCode());
                assertTrue(u.requirements().stream().allMatch(r -> r.status() == NOT_STARTED && r.lastChange() == null), u.toString());
            }
        }
        for (Event e : ledger.queries().events(MailWorld.seed(ledger).key())) {
            assertFalse(List.of(PHISHING_ID, NEWSLETTER_ID, PRIVATE_ID).contains(e.sourceId()), "never applied: " + e);
        }
    }

    private static void assertUnit(UnitStatus u, Instant acknowledgedAt, ComplianceStatus... statuses) {
        assertTrue(u.acknowledged(), u.unitCode());
        assertEquals(acknowledgedAt, u.acknowledgedAt(), u.unitCode());
        assertEquals(List.of(statuses), u.requirements().stream().map(RequirementState::status).toList(), u.unitCode());
    }

    private static void assertKinds(ReplyCollection.Outcome o, int own) {
        assertEquals(2, o.ofKind(Kind.RECEIPT).size(), o.toString());
        assertEquals(4, o.ofKind(Kind.REPLY).size(), o.toString());
        assertEquals(own, o.ofKind(Kind.OWN_MAIL).size(), o.toString());
        List<MailLine> suspicious = o.ofKind(Kind.SUSPICIOUS);
        assertEquals(1, suspicious.size());
        assertEquals("quantri@hethong-thucongvu.example", suspicious.get(0).from());
        assertTrue(String.join("\n", suspicious.get(0).notes()).contains("203.0.113.45"), suspicious.get(0).notes().toString());
        List<MailLine> unmatched = o.ofKind(Kind.UNMATCHED);
        assertEquals(List.of("bantin@tintuc-congnghe.example", "canbo.phutai@gmail.example"), unmatched.stream().map(MailLine::from).toList());
        assertTrue(unmatched.get(1).notes().get(0).contains("không phải của đơn vị nào được giao"), unmatched.get(1).notes().toString());
    }

    @Test
    void repliesThroughImapGiveExactlyTheStatusesTheyStateAndASecondCollectionAddsNothing() throws Exception {
        try (Ledger ledger = Ledger.open(dir.resolve("l.db").toString())) {
            world.importSeed(ledger);
            // Sent through the real server; the office keeps a copy of one of its own dispatch mails in the inbox.
            ServerSetup s = GREEN_MAIL.getSmtps().getServerSetup();
            ServerSettings smtps = MailServers.smtp(s.getBindAddress() + ":" + GREEN_MAIL.getSmtps().getPort(),
                    ServerSettings.Security.TLS, MailWorld.OFFICE, true);
            try (SmtpTransport smtp = new SmtpTransport(smtps, MailWorld.password())) {
                new MailDistribution(ledger, world.directory, world.office, MailWorld.SENT_AT, DemoRun.messageIds()).distribute(MailWorld.seed(ledger), List.of(), smtp, Interaction.NONE);
            }
            GreenMailUser office = GREEN_MAIL.getUserManager().getUser(MailWorld.OFFICE);
            office.deliver(GREEN_MAIL.getReceivedMessages()[0]);
            for (MimeMessage m : replies(ledger)) {
                office.deliver(m);
            }
            int before = ledger.queries().events(MailWorld.seed(ledger).key()).size();

            ReplyCollection.Outcome first = collect(ledger, "INBOX", new ImapSource(imaps(), MailWorld.password(), "INBOX"));

            assertTrue(first.complete());
            assertEquals(10, first.mails().size());
            assertKinds(first, 1);
            assertEquals(2 + 4 + 4 * 3, first.newEvents(), "2 receipts, 4 replies × (receipt + 3 items)");
            assertEquals(before + 18, ledger.queries().events(MailWorld.seed(ledger).key()).size());
            assertStatusesAsStated(ledger);

            Event phuTai = ledger.queries().events(MailWorld.seed(ledger).key(), "P-PHUTAI").stream()
                    .filter(e -> "3".equals(e.requirementId())).findFirst().orElseThrow();
            assertEquals("mail", phuTai.source());
            // Message-ID and content: the same mail read again has the same id, another mail under this id does not.
            assertTrue(phuTai.sourceId().matches("mid:<CAB7x2Lq0phutai20190827160500@phanthiet\\.example>#sha256:[0-9a-f]{16}"), phuTai.sourceId());
            assertTrue(phuTai.evidence().startsWith("Message-ID <CAB7x2Lq0phutai20190827160500@phanthiet.example>, "
                    + "từ phutai@phanthiet.example, \"Re: [6174/UBND-VX] V/v đảm bảo an toàn thông tin"), phuTai.evidence());
            assertTrue(phuTai.evidence().matches(".*\", INBOX, UID \\d+"), phuTai.evidence());
            assertTrue(phuTai.note().contains("[tệp đính kèm: Báo cáo 6174 - phường Phú Tài.txt]"), phuTai.note());

            ReplyCollection.Outcome second = collect(ledger, "INBOX", new ImapSource(imaps(), MailWorld.password(), "INBOX"));
            assertEquals(0, second.newEvents());
            assertEquals(0, second.newlyApplied());
            assertEquals(6, second.alreadyApplied());
            assertEquals(before + 18, ledger.queries().events(MailWorld.seed(ledger).key()).size());
            assertStatusesAsStated(ledger);
        }
    }

    @Test
    void theSameRepliesFromAnMboxFileGiveTheSameStatusesAndEmlFilesAddNothingMore() throws Exception {
        try (Ledger ledger = Ledger.open(dir.resolve("l.db").toString())) {
            world.importSeed(ledger);
            Path outbox = dir.resolve("outbox");
            new MailDistribution(ledger, world.directory, world.office, MailWorld.SENT_AT, DemoRun.messageIds())
                    .distribute(MailWorld.seed(ledger), List.of(), new OutboxTransport(outbox), Interaction.NONE);
            Path mbox = dir.resolve("Inbox");
            writeMbox(mbox, replies(ledger));

            ReplyCollection.Outcome outcome = collect(ledger, "Inbox", new MboxSource(mbox));

            assertTrue(outcome.complete());
            assertEquals(9, outcome.mails().size());
            assertKinds(outcome, 0);
            assertEquals(18, outcome.newEvents());
            assertStatusesAsStated(ledger);
            assertTrue(outcome.mails().get(0).position().startsWith("Inbox, thư thứ 1"), outcome.mails().get(0).position());

            // The samples again as .eml files: the same mails, whatever the store, add nothing.
            int events = ledger.queries().events(MailWorld.seed(ledger).key()).size();
            ReplyCollection.Outcome again = collect(ledger, "replies", new EmlSource(MailWorld.REPLIES));
            assertEquals(0, again.newEvents());
            assertEquals(3, again.alreadyApplied());
            assertEquals(events, ledger.queries().events(MailWorld.seed(ledger).key()).size());
        }
    }

    @Test
    void aConnectionLostInTheMiddleKeepsWhatWasAppliedAndSaysWhatWasNotRead() throws Exception {
        try (Ledger ledger = Ledger.open(dir.resolve("l.db").toString())) {
            importedAndSent(ledger, "outbox");
            GreenMailUser office = GREEN_MAIL.getUserManager().getUser(MailWorld.OFFICE);
            List<MimeMessage> replies = replies(ledger);
            for (MimeMessage m : replies) {
                office.deliver(m);
            }
            ImapSource imap = new ImapSource(imaps(), MailWorld.password(), "INBOX");
            int[] handed = {0};
            // The server goes away right after the third mail (Phú Tài's report) was handed over.
            MailSource dropping = each -> imap.read(mail -> {
                each.accept(mail);
                if (++handed[0] == 3) {
                    GREEN_MAIL.stop();
                }
            });

            ReplyCollection.Outcome cut = collect(ledger, "INBOX", dropping);

            assertFalse(cut.complete());
            ReplyCollection.SourceLine source = cut.sources().get(0);
            assertNull(source.failure());
            assertEquals(3, source.read());
            assertEquals(replies.size() - 3, source.notRead().size(), source.toString());
            assertTrue(source.interruption().startsWith("Mất kết nối với máy chủ thư"), source.interruption());
            assertEquals(1 + 4 + 4, cut.newEvents());
            DispatchStatus status = MailWorld.status(ledger, MailWorld.BEFORE_DEADLINE);
            assertEquals(3, status.acknowledgedCount(), "Đức Thắng, Phú Thủy and Phú Tài are recorded");

            // The rest arrives later from another copy of the mailbox: only what was missing is added.
            Path mbox = dir.resolve("Inbox");
            writeMbox(mbox, replies);
            ReplyCollection.Outcome rest = collect(ledger, "Inbox", new MboxSource(mbox));
            assertEquals(3, rest.alreadyApplied());
            assertEquals(18 - 9, rest.newEvents());
            assertStatusesAsStated(ledger);
        }
    }

    @Test
    void aBrokenReportIsNotedAZipBombIsSkippedAndTheBatchGoesOn() throws Exception {
        try (Ledger ledger = Ledger.open(dir.resolve("l.db").toString())) {
            importedAndSent(ledger, "outbox");
            Path folder = Files.createDirectories(dir.resolve("thu-den"));
            MimeMessage brokenPdf = MailWorld.attached(MailWorld.reply("hamtien@phanthiet.example", "<hamtien.1@phanthiet.example>",
                    MailWorld.sentId(ledger, "P-HAMTIEN"), "2019-08-28T09:00:00+07:00", "1. Đã hoàn thành.\n"),
                    "bao-cao.pdf", "application/pdf", "%PDF-1.7 hỏng".getBytes(StandardCharsets.UTF_8));
            MimeMessage bomb = MailWorld.attached(MailWorld.reply("phuhai@phanthiet.example", "<phuhai.1@phanthiet.example>",
                    MailWorld.sentId(ledger, "P-PHUHAI"), "2019-08-28T09:30:00+07:00", "1. Đã hoàn thành.\n"),
                    "bao-cao.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", MailWorld.zipBomb());
            write(folder.resolve("a-hamtien.eml"), brokenPdf);
            write(folder.resolve("b-phuhai.eml"), bomb);
            write(folder.resolve("c-phuthuy.eml"), MailWorld.sample("02-reply-phuthuy-done.eml"));

            ReplyCollection.Outcome outcome = collect(ledger, "thu-den", new EmlSource(folder));

            assertTrue(outcome.complete(), "skipped mails do not make a read incomplete");
            List<ReplyCollection.SkippedMail> skipped = outcome.sources().get(0).skipped();
            assertEquals(1, skipped.size());
            assertEquals("b-phuhai.eml", skipped.get(0).position());
            assertTrue(skipped.get(0).reason().contains("bom nén"), skipped.get(0).reason());
            assertEquals(List.of("a-hamtien.eml", "c-phuthuy.eml"), outcome.mails().stream().map(MailLine::position).toList());
            MailLine hamTien = outcome.mails().get(0);
            assertEquals(Kind.REPLY, hamTien.kind());
            assertEquals(Map.of("1", DONE), hamTien.statuses());
            assertTrue(hamTien.notes().get(0).startsWith("Không đọc được tệp đính kèm: Tệp bao-cao.pdf bị hỏng"), hamTien.notes().toString());
            DispatchStatus status = MailWorld.status(ledger, MailWorld.BEFORE_DEADLINE);
            assertEquals(2, status.acknowledgedCount(), "Hàm Tiến and Phú Thủy; Phú Hài's mail was not read");
        }
    }

    @Test
    void aReplyIsReadWithItsFirstTenReportsAndTheRestLeftToTheClerk() throws Exception {
        try (Ledger ledger = Ledger.open(dir.resolve("l.db").toString())) {
            importedAndSent(ledger, "outbox");
            MimeMessage reply = MailWorld.reply("hamtien@phanthiet.example", "<hamtien.1@phanthiet.example>",
                    MailWorld.sentId(ledger, "P-HAMTIEN"), "2019-08-28T09:00:00+07:00", "Gửi kèm các báo cáo.\n");
            MimeMultipart parts = new MimeMultipart("mixed");
            MimeBodyPart body = new MimeBodyPart();
            body.setText((String) reply.getContent(), "UTF-8");
            parts.addBodyPart(body);
            for (int i = 1; i <= 12; i++) {
                // The first says item 1 is done; the eleventh and twelfth, never read, would say items 2 and 3 are.
                String says = i == 1 ? "1. Đã hoàn thành." : i == 11 ? "2. Đã hoàn thành." : i == 12 ? "3. Đã hoàn thành." : "Phụ lục " + i;
                MimeBodyPart file = new MimeBodyPart();
                file.setDataHandler(new DataHandler(new ByteArrayDataSource(says.getBytes(StandardCharsets.UTF_8),
                        "application/octet-stream")));
                file.setFileName("bao-cao-" + i + ".txt");
                file.setDisposition(MimeBodyPart.ATTACHMENT);
                parts.addBodyPart(file);
            }
            reply.setContent(parts);
            reply.saveChanges();
            Path folder = Files.createDirectories(dir.resolve("thu-den"));
            write(folder.resolve("hamtien.eml"), reply);

            ReplyCollection.Outcome outcome = collect(ledger, "thu-den", new EmlSource(folder));

            MailLine hamTien = outcome.mails().get(0);
            assertEquals(Kind.REPLY, hamTien.kind());
            assertEquals(Map.of("1", DONE), hamTien.statuses());
            assertEquals(List.of("Thư đính kèm 12 tệp báo cáo; chỉ đọc 10 tệp đầu, 2 tệp còn lại cán bộ xem trực tiếp trong thư."),
                    hamTien.notes());
        }
    }

    @Test
    void aLongCollectionListsItsFirstMailsAndCountsThemAll() throws Exception {
        ReplyCollection.Outcome[] outcomes = new ReplyCollection.Outcome[2];
        for (int listed : new int[] {ReplyCollection.LISTED_MAILS, 2}) {
            try (Ledger ledger = Ledger.open(dir.resolve("l" + listed + ".db").toString())) {
                importedAndSent(ledger, "outbox" + listed);
                outcomes[listed == 2 ? 1 : 0] = new ReplyCollection(ledger, world.directory, world.office, MailWorld.COLLECTED_AT)
                        .listingAtMost(listed)
                        .collect(List.of(new ReplyCollection.Source("replies", new EmlSource(Path.of("samples", "replies")))),
                                Interaction.NONE);
            }
        }
        ReplyCollection.Outcome all = outcomes[0];
        ReplyCollection.Outcome first = outcomes[1];
        assertEquals(5, all.count());
        assertTrue(all.listedAll());
        assertEquals(all.mails().subList(0, 2), first.mails());
        assertFalse(first.listedAll());
        // A receipt, two replies (4 + 4 events), a phishing mail and a newsletter for the clerk, both queued.
        for (ReplyCollection.Outcome o : outcomes) {
            assertEquals(List.of(5, 9, 3L, 0L, 2L, 2L, 2L),
                    List.of(o.count(), o.newEvents(), o.newlyApplied(), o.alreadyApplied(), o.forClerk(), o.toReview(), o.newReview()));
        }
    }

    /** A ledger kept by a congvan that recorded mails under their bare Message-ID: the same mail again adds nothing. */
    @Test
    void aMailRecordedByAnOlderVersionIsNotRecordedTwice() throws Exception {
        try (Ledger ledger = Ledger.open(dir.resolve("l.db").toString())) {
            importedAndSent(ledger, "outbox");
            MimeMessage reply = MailWorld.sample("02-reply-phuthuy-done.eml");
            String id = reply.getMessageID();
            long key = MailWorld.seed(ledger).key();
            Instant at = reply.getSentDate().toInstant();
            ledger.events().appendAll(List.of(
                    Event.of(key, EventType.ACKNOWLEDGED, at).unit("P-PHUTHUY").source("mail", id).build(),
                    Event.of(key, EventType.DONE, at).unit("P-PHUTHUY").requirement("1").source("mail", id).build(),
                    Event.of(key, EventType.DONE, at).unit("P-PHUTHUY").requirement("2").source("mail", id).build(),
                    Event.of(key, EventType.DONE, at).unit("P-PHUTHUY").requirement("3").source("mail", id).build()));
            int before = ledger.queries().events(key).size();
            Path folder = Files.createDirectories(dir.resolve("lai"));
            write(folder.resolve("02.eml"), reply);

            ReplyCollection.Outcome again = collect(ledger, "lai", new EmlSource(folder));

            assertEquals(1, again.alreadyApplied(), again.toString());
            assertEquals(0, again.newEvents());
            assertEquals(before, ledger.queries().events(key).size());
        }
    }

    private static void write(Path file, MimeMessage m) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            m.writeTo(out);
        }
    }

    /** An mbox as Thunderbird keeps a folder: "From " separators, body lines starting with "From " escaped. */
    static void writeMbox(Path file, List<MimeMessage> mails) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            for (MimeMessage m : mails) {
                ByteArrayOutputStream raw = new ByteArrayOutputStream();
                m.writeTo(raw);
                String text = raw.toString(StandardCharsets.ISO_8859_1).replace("\r\n", "\n");
                StringBuilder entry = new StringBuilder("From MAILER-DAEMON Thu Aug 29 08:00:00 2019\n");
                for (String line : text.split("\n", -1)) {
                    entry.append(line.matches(">*From .*") ? ">" + line : line).append('\n');
                }
                out.write(entry.append('\n').toString().getBytes(StandardCharsets.ISO_8859_1));
            }
        }
    }
}
