package vn.congvan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.congvan.mail.EmlSource;
import vn.congvan.mail.OutboxTransport;
import vn.congvan.model.ComplianceStatus;
import vn.congvan.model.EventType;
import vn.congvan.tracking.Ledger;

/**
 * A ward names the seed dispatch's items by what they ask, not by number: collecting reads the requirements'
 * texts from the ledger and proposes exactly the two items it names to the clerk (a reading by topic is never
 * recorded by itself); the receipt is recorded.
 */
class TopicReplyTest {
    @TempDir
    Path dir;

    @Test
    void itemsNamedByTheirTopicAreProposedFromTheRequirementsInTheLedger() throws Exception {
        MailWorld world = new MailWorld();
        try (Ledger ledger = Ledger.open(dir.resolve("l.db").toString())) {
            world.importSeed(ledger);
            new MailDistribution(ledger, world.directory, world.office, MailWorld.SENT_AT, DemoRun.messageIds())
                    .distribute(MailWorld.seed(ledger), List.of(), new OutboxTransport(dir.resolve("outbox")), Interaction.NONE);
            Path inbox = Files.createDirectories(dir.resolve("inbox"));
            try (OutputStream out = Files.newOutputStream(inbox.resolve("muine.eml"))) {
                MailWorld.reply("muine@phanthiet.example", "<topic.muine.1@phanthiet.example>", MailWorld.sentId(ledger, "P-MUINE"),
                        "2019-08-28T09:00:00+07:00", """
                                Kính gửi Văn phòng,

                                Việc phổ biến cho cán bộ cảnh giác với email lạ đã hoàn thành ngày 26/8.
                                Việc lưu trữ lại thư điện tử quan trọng trên máy tính cá nhân đang thực hiện.

                                Trân trọng.
                                UBND phường Mũi Né
                                """).writeTo(out);
            }

            ReplyCollection.Outcome outcome = new ReplyCollection(ledger, world.directory, world.office, MailWorld.COLLECTED_AT)
                    .collect(List.of(new ReplyCollection.Source("inbox", new EmlSource(inbox))), Interaction.NONE);

            assertEquals(1, outcome.ofKind(ReplyCollection.Kind.REPLY).size(), outcome.toString());
            assertTrue(ledger.queries().events(MailWorld.seed(ledger).key(), "P-MUINE").stream()
                    .noneMatch(e -> e.requirementId() != null && "mail".equals(e.source())), "nothing recorded by topic alone");
            Long entry = outcome.ofKind(ReplyCollection.Kind.REPLY).get(0).review();
            assertNotNull(entry, "the readings wait for the clerk");
            Map<String, ComplianceStatus> proposed = new TreeMap<>();
            ledger.review().entry(entry).orElseThrow().readings().forEach((id, r) -> proposed.put(id, r.status()));
            assertEquals(Map.of("1", ComplianceStatus.DONE, "3", ComplianceStatus.IN_PROGRESS), proposed);
            assertTrue(ledger.queries().events(MailWorld.seed(ledger).key(), "P-MUINE").stream()
                    .anyMatch(e -> e.type() == EventType.ACKNOWLEDGED && "mail".equals(e.source())));
        }
    }
}
