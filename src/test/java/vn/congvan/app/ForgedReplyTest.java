package vn.congvan.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.congvan.Hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Mails that quote a unit's Message-ID without being the unit's: through the service, into a real
 * SQLite ledger, with the seed sent to every unit under the demo's ids (those the samples and the crafted
 * mails of {@code src/test/resources/hostile/} quote).
 */
class ForgedReplyTest {
    private static final String PHUTAI_ID = "<cv.49e6d3032a654dad8a266146d98f7a61@phanthiet.example>";
    private static final Path SEED = Path.of("samples", "000_7ae9f029b9ddbc9d.txt");

    @TempDir
    Path dir;
    private Workspace ws;
    private final Clock later = Clock.fixed(ZonedDateTime.of(2019, 8, 28, 8, 0, 0, 0, Workspace.VIETNAM).toInstant(),
            Workspace.VIETNAM);

    @BeforeEach
    void sendTheSeed() {
        ws = Workspace.resolve(dir.resolve("l.db").toString(), Path.of("samples", "directory"));
        Clock sending = Clock.fixed(DemoRun.SENT_AT.toInstant(), Workspace.VIETNAM);
        try (CongvanService s = DemoRun.open(ws, sending)) {
            s.importDispatch(new CongvanService.ImportRequest(SEED, DemoRun.DEFAULT_DUE));
            s.distribute(new CongvanService.DistributeRequest(DispatchRef.of("6174/UBND-VX"), MailRoute.outbox(dir.resolve("outbox")),
                    null, List.of()));
        }
    }

    private static String reply(String from, String messageId, String headers, String body) {
        return "From: " + from + "\nTo: vanphong@phanthiet.example\nDate: Tue, 27 Aug 2019 16:05:00 +0700\n"
                + "Subject: Re: Bao cao\nMessage-ID: " + messageId + "\n" + headers
                + "MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n" + body + "\n";
    }

    private ReplyCollection.MailLine collect(String name, String eml) throws IOException {
        return collect(Files.writeString(dir.resolve(name), eml, StandardCharsets.UTF_8));
    }

    /** Collects the crafted mail {@code name} of {@code src/test/resources/hostile/}. */
    private ReplyCollection.MailLine collectCrafted(String name) {
        return collect(Hostile.copy(name, dir.resolve("crafted")));
    }

    private ReplyCollection.MailLine collect(Path file) {
        try (CongvanService s = ws.open(later, Interaction.NONE, Map.of())) {
            ReplyCollection.Outcome o = s.collect(List.of(new Mailbox.Eml(file)));
            assertEquals(1, o.mails().size(), o.toString());
            return o.mails().get(0);
        }
    }

    private int acknowledged() {
        try (CongvanService s = ws.open(later, Interaction.NONE, Map.of())) {
            return (int) s.status(new CongvanService.StatusRequest(DispatchRef.of("6174/UBND-VX"), DemoRun.AS_OF)).status()
                    .units().stream().filter(u -> u.acknowledged()).count();
        }
    }

    private static void assertNotApplied(ReplyCollection.MailLine line, String... inReason) {
        assertEquals(ReplyCollection.Kind.UNMATCHED, line.kind(), line.toString());
        assertEquals(0, line.newEvents());
        String notes = String.join(" ", line.notes());
        for (String s : inReason) {
            assertTrue(notes.contains(s), notes);
        }
    }

    @Test
    void anOutsideSenderQuotingAUnitsMessageIdIsListedNotApplied() {
        ReplyCollection.MailLine line = collectCrafted("gia-mao-nguoi-ngoai.eml");
        assertNotApplied(line, "canbo.phutai@gmail.example", "Ủy ban nhân dân phường Phú Tài", "congvan trust P-PHUTAI");
        assertEquals(0, acknowledged());
    }

    @Test
    void oneUnitCannotAnswerForItsNeighbour() {
        ReplyCollection.MailLine line = collectCrafted("gia-mao-phuong-ben-canh.eml");
        assertNotApplied(line, "ducthang@phanthiet.example", "Phú Tài");
    }

    @Test
    void aReadReceiptFromAnUnknownAddressIsNotApplied() {
        ReplyCollection.MailLine line = collectCrafted("bao-doc-dia-chi-la.eml");
        assertNotApplied(line, "someone@gmail.example", "Đức Thắng");
        assertEquals(0, acknowledged());
    }

    @Test
    void aTrustedAddressIsAppliedUntilTheTrustIsUndone() throws IOException {
        String from = "Le Van Binh <CanBo.PhuTai@gmail.example>";
        try (CongvanService s = ws.open(later, Interaction.NONE, Map.of())) {
            CongvanService.TrustOutcome o = s.trustAddress(new CongvanService.TrustRequest("P-PHUTAI", "canbo.phutai@gmail.example",
                    false, "cán bộ văn phòng phường, đã gọi điện xác minh"));
            assertTrue(o.trusted());
        }
        ReplyCollection.MailLine applied = collect("trusted.eml", reply(from, "<t1@gmail.example>",
                "In-Reply-To: " + PHUTAI_ID + "\n", "Nội dung 1: đã hoàn thành."));
        assertEquals(ReplyCollection.Kind.REPLY, applied.kind(), applied.toString());
        assertEquals("P-PHUTAI", applied.unitCode());
        assertTrue(applied.newEvents() > 0);
        assertEquals(1, acknowledged());

        try (CongvanService s = ws.open(later, Interaction.NONE, Map.of())) {
            s.trustAddress(new CongvanService.TrustRequest("Ủy ban nhân dân phường Phú Tài", "canbo.phutai@gmail.example", true, null));
        }
        ReplyCollection.MailLine after = collect("untrusted.eml", reply(from, "<t2@gmail.example>",
                "In-Reply-To: " + PHUTAI_ID + "\n", "Nội dung 2: đã hoàn thành."));
        assertNotApplied(after, "canbo.phutai@gmail.example");
    }

    @Test
    void thousandsOfReferencesAreIgnored() {
        // The one real id after 3,000 guesses; without the cap it would match.
        ReplyCollection.MailLine line = collectCrafted("ba-nghin-references.eml");
        assertNotApplied(line);
    }

    @Test
    void aDifferentMailUnderAKnownMessageIdIsFlaggedAndTheSameMailAddsNothing() throws IOException {
        ReplyCollection.MailLine applied = collectCrafted("trung-message-id-1.eml");
        assertEquals(ReplyCollection.Kind.REPLY, applied.kind(), applied.toString());
        assertTrue(applied.newEvents() > 0);

        ReplyCollection.MailLine again = collect(Files.copy(dir.resolve("crafted").resolve("trung-message-id-1.eml"), dir.resolve("again.eml")));
        assertEquals(ReplyCollection.Kind.REPLY, again.kind());
        assertEquals(0, again.newEvents(), "the same mail collected twice adds nothing");

        ReplyCollection.MailLine other = collectCrafted("trung-message-id-2.eml");
        assertNotApplied(other, "Thư mang Message-ID đã gặp nhưng nội dung khác", "<same@phanthiet.example>");
    }

    @Test
    void aMessageIdOfAHundredThousandCharactersIsPrintedCutAndStillKnowsTheSameMail() throws IOException {
        String longId = "<" + "x".repeat(100_000) + "@phanthiet.example>";
        String mail = reply("phutai@phanthiet.example", longId, "In-Reply-To: " + PHUTAI_ID + "\n", "Nội dung 1: đã hoàn thành.");
        ReplyCollection.MailLine applied = collect("long-id.eml", mail);
        assertEquals(ReplyCollection.Kind.REPLY, applied.kind(), applied.toString());
        assertTrue(applied.newEvents() > 0);
        try (CongvanService s = ws.open(later, Interaction.NONE, Map.of())) {
            List<CongvanService.HistoryLine> lines = s.history(new CongvanService.HistoryRequest(DispatchRef.of("6174/UBND-VX"), "P-PHUTAI"))
                    .lines().stream().filter(l -> l.event().sourceId().startsWith("mid:")).toList();
            assertEquals(2, lines.size(), "its receipt and item 1");
            for (CongvanService.HistoryLine l : lines) {
                assertTrue(l.event().sourceId().contains(longId), "the ledger keeps the id whole");
                assertTrue(l.shownSourceId().length() <= 500 && l.shownSourceId().endsWith("…"), l.shownSourceId().length() + " characters");
                String evidence = l.event().evidence();
                assertTrue(evidence.length() < 1_000, evidence.length() + " characters");
                assertTrue(evidence.startsWith("Message-ID <xxx") && evidence.contains("…, từ phutai@phanthiet.example"),
                        evidence.substring(0, 20));
            }
        }
        assertEquals(0, collect("long-id-again.eml", mail).newEvents(), "the same mail collected twice adds nothing");

        ReplyCollection.MailLine other = collect("long-id-other.eml", mail.replace("Nội dung 1", "Nội dung 2"));
        assertNotApplied(other, "Thư mang Message-ID đã gặp nhưng nội dung khác");
        String notes = String.join(" ", other.notes());
        assertTrue(notes.length() < 1_000, notes.length() + " characters");
    }
}
