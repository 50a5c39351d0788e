package vn.congvan.mail;

import org.junit.jupiter.api.Test;
import vn.congvan.ingest.InputLimits;
import vn.congvan.mail.Classification.Reply;
import vn.congvan.model.ItemReading;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static vn.congvan.model.ComplianceStatus.DONE;
import static vn.congvan.model.ComplianceStatus.IN_PROGRESS;
import static vn.congvan.model.ComplianceStatus.NOT_STARTED;

/** A unit's reply is read against the dispatch's requirement texts, its day and the mail's day. */
class ReplyReadingsTest {
    private final ReplyClassifier classifier = new ReplyClassifier(Set.of(Fixtures.DOMAIN));

    private static IncomingMail reply(String body) throws Exception {
        String raw = """
                From: phutai@phanthiet.example
                Subject: Re: [6174/UBND-VX]
                Date: Wed, 28 Aug 2019 09:00:00 +0700
                In-Reply-To: %s
                Content-Type: text/plain; charset=UTF-8

                %s
                """.formatted(Fixtures.PHUTAI_ID, body);
        return new IncomingMailParser(InputLimits.DEFAULT).parse(raw.getBytes(StandardCharsets.UTF_8), "test", null);
    }

    private KnownDispatches knownWithTexts() {
        KnownDispatches plain = Fixtures.known();
        KnownDispatches.Known d = plain.dispatches().get(0);
        return new KnownDispatches(List.of(new KnownDispatches.Known(d.dispatch(), d.assignments(), Fixtures.seed().requirements())),
                plain.sent(), plain.units(), plain.trusted());
    }

    @Test
    void anItemNamedByItsTopicAndItsDayAreReadFromTheDispatchsTexts() throws Exception {
        Reply r = assertInstanceOf(Reply.class, classifier.classify(
                reply("Việc phổ biến cho cán bộ cảnh giác với email lạ đã hoàn thành ngày 26/8."), knownWithTexts()));
        ItemReading item = r.readings().get("1");
        assertEquals(Set.of("1"), r.readings().keySet());
        assertEquals(DONE, item.status());
        assertFalse(item.certain(), "named by topic only: the clerk confirms it");
        assertEquals(LocalDate.of(2019, 8, 26), item.doneOn(), "the year is the dispatch's");
        // Without the texts the same words name no item: every item is a suggestion.
        Reply plain = assertInstanceOf(Reply.class, classifier.classify(
                reply("Việc phổ biến cho cán bộ cảnh giác với email lạ đã hoàn thành ngày 26/8."), Fixtures.known()));
        assertEquals(Map.of(), plain.certainStatuses());
        assertEquals(3, plain.doubtful().size());
    }

    @Test
    void anAttachedReportNamingTheItemsOutweighsABareStatusInTheBody() throws Exception {
        Reply r = assertInstanceOf(Reply.class, classifier.classify(reply("Đơn vị đã hoàn thành, gửi kèm báo cáo."), knownWithTexts(),
                List.of("1. Đã hoàn thành\n2. Đang thực hiện\n3. Chưa thực hiện")));
        assertEquals(Map.of("1", DONE, "2", IN_PROGRESS, "3", NOT_STARTED), r.certainStatuses());
    }
}
