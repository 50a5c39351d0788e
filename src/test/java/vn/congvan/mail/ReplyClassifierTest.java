package vn.congvan.mail;

import org.junit.jupiter.api.Test;
import vn.congvan.ingest.InputLimits;
import vn.congvan.mail.Classification.Reply;
import vn.congvan.mail.Classification.Suspicious;
import vn.congvan.mail.Classification.Unmatched;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.congvan.model.ComplianceStatus.DONE;
import static vn.congvan.model.ComplianceStatus.IN_PROGRESS;
import static vn.congvan.model.ComplianceStatus.NOT_STARTED;

class ReplyClassifierTest {
    private static final String OUR_PHUTAI_ID = Fixtures.PHUTAI_ID;
    private final ReplyClassifier classifier = new ReplyClassifier(Set.of(Fixtures.DOMAIN));
    private final KnownDispatches known = Fixtures.known();

    private static IncomingMail parse(String raw) throws Exception {
        return new IncomingMailParser(InputLimits.DEFAULT).parse(raw.getBytes(StandardCharsets.UTF_8), "test", null);
    }

    private static IncomingMail sample(String name, String extraHeaders) throws Exception {
        return parse(extraHeaders + new String(Fixtures.sample(name), StandardCharsets.UTF_8));
    }

    @Test
    void phishingNeverBecomesAReplyEvenWhenItAnswersOurMail() throws Exception {
        IncomingMail m = sample("04-phishing.eml", "In-Reply-To: " + OUR_PHUTAI_ID + "\n");
        assertInstanceOf(Suspicious.class, classifier.classify(m, known));
    }

    @Test
    void anOutOfOfficeAnswerIsNotAnAcknowledgement() throws Exception {
        Classification c = classifier.classify(parse("""
                From: phutai@phanthiet.example
                Subject: Trả lời tự động: [6174/UBND-VX]
                In-Reply-To: %s
                Auto-Submitted: auto-replied
                Content-Type: text/plain; charset=UTF-8

                Tôi đang đi công tác đến hết ngày 30/8/2019.
                """.formatted(OUR_PHUTAI_ID)), known);
        assertTrue(assertInstanceOf(Unmatched.class, c).reason().startsWith("Thư trả lời tự động của phutai@phanthiet.example"), c.toString());
    }

    @Test
    void aNumberSymbolFromAnAddressOfNoAssignedUnitIsNotApplied() throws Exception {
        Classification c = classifier.classify(parse("""
                From: Nguyen Van An <nguyenvanan@webmail.example>
                Subject: Bao cao cong van 6174 /UBND–VX
                Content-Type: text/plain; charset=UTF-8

                1. Đã hoàn thành
                """), known);
        assertEquals(new Unmatched("Thư của nguyenvanan@webmail.example nêu văn bản 6174/UBND-VX nhưng địa chỉ gửi không phải của đơn vị "
                + "nào được giao thực hiện văn bản đó."), c);
    }

    @Test
    void aReplyFoundThroughReferencesTakesStatusesFromTheAppsExtractedText() throws Exception {
        IncomingMail m = parse("""
                From: PhuTai <PhuTai@PhanThiet.example>
                Subject: Re: Re: bao cao
                In-Reply-To: <reply-of-a-colleague@phanthiet.example>
                References: %s <reply-of-a-colleague@phanthiet.example>
                Date: Wed, 28 Aug 2019 10:00:00 +0700
                Content-Type: text/plain; charset=UTF-8

                Gửi lại báo cáo bằng tệp Word đính kèm. Nội dung 2 đã hoàn thành.
                """.formatted(OUR_PHUTAI_ID));
        Classification c = classifier.classify(m, known, List.of("BÁO CÁO\n1. Đã triển khai thực hiện\n2. Đang thực hiện\n3. Chưa triển khai"));
        Reply r = assertInstanceOf(Reply.class, c);
        assertEquals("P-PHUTAI", r.unitCode());
        assertEquals(Map.of("1", DONE, "2", DONE, "3", NOT_STARTED), r.certainStatuses(), "the body's own word wins for item 2");
        assertEquals(List.of("1", "2", "3"), List.copyOf(r.certainStatuses().keySet()));
    }

    @Test
    void aReplyThatNamesNoItemStillAcknowledges() throws Exception {
        Reply r = assertInstanceOf(Reply.class, classifier.classify(parse("""
                From: ducnghia@phanthiet.example
                Subject: Re: [6174/UBND-VX] V/v dam bao an toan thong tin
                Content-Type: text/plain; charset=UTF-8

                Phường Đức Nghĩa đã nhận văn bản.
                """), known));
        assertEquals("P-DUCNGHIA", r.unitCode());
        assertEquals(Map.of(), r.certainStatuses());
        assertEquals(null, r.at());
        assertEquals("Phường Đức Nghĩa đã nhận văn bản.", r.evidence());
    }

    @Test
    void receiptsThatAreNotDisplayedOrNotOursAreNotApplied() throws Exception {
        String receipt = new String(Fixtures.sample("01-read-receipt-ducthang.eml"), StandardCharsets.UTF_8);
        Classification deleted = classifier.classify(parse(receipt.replace("MDN-sent-manually; displayed", "MDN-sent-automatically; deleted")), known);
        assertEquals(new Unmatched("Ủy ban nhân dân phường Đức Thắng báo về thư văn bản 6174/UBND-VX với trạng thái \"deleted\", không phải đã mở đọc."),
                deleted);
        Classification foreign = classifier.classify(parse(receipt.replace(Fixtures.DUCTHANG_ID, "<other.p-ducthang@phanthiet.example>")), known);
        assertTrue(assertInstanceOf(Unmatched.class, foreign).reason().contains("không phải thư văn bản do chương trình gửi"), foreign.toString());
    }

    @Test
    void aBounceNamesTheUnitThatDidNotGetTheMail() throws Exception {
        Classification c = classifier.classify(parse("""
                From: Mail Delivery System <MAILER-DAEMON@phanthiet.example>
                Subject: Undelivered Mail Returned to Sender
                Auto-Submitted: auto-replied
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status; boundary="b"

                --b
                Content-Type: text/plain

                This is the mail system.
                --b
                Content-Type: message/delivery-status

                Reporting-MTA: dns; mail.phanthiet.example

                Final-Recipient: rfc822; phutai@phanthiet.example
                Action: failed
                Status: 5.2.2
                Diagnostic-Code: smtp; 552 5.2.2 Mailbox full
                --b
                Content-Type: text/rfc822-headers

                From: vanphong@phanthiet.example
                Message-ID: %s
                --b--
                """.formatted(OUR_PHUTAI_ID)), known);
        assertEquals(new Classification.Bounce(Fixtures.DISPATCH_KEY, "P-PHUTAI", null,
                "phutai@phanthiet.example: smtp; 552 5.2.2 Mailbox full"), c);
    }

    @Test
    void numberSymbolsAreFoundAsPeopleTypeThem() {
        Set<String> ids = Set.of("6174/UBND-VX", "6174/UBND", "12/QĐ-UBND");
        assertEquals(Set.of("6174/UBND-VX"), DispatchReferences.mentioned("Báo cáo CV số 6174 /ubnd – vx ngày 21/8", ids));
        assertEquals(Set.of("6174/UBND"), DispatchReferences.mentioned("theo 6174/UBND.", ids));
        assertEquals(Set.of("12/QĐ-UBND"), DispatchReferences.mentioned("thực hiện Quyết định 12/QD-UBND", ids));
        assertEquals(Set.of(), DispatchReferences.mentioned("số 16174/UBND-VX và 6174/UBND-VXB", ids));
    }

    @Test
    void classifyingIsRepeatable() throws Exception {
        IncomingMail m = sample("03-report-phutai.eml", "");
        assertEquals(classifier.classify(m, known), classifier.classify(m, known));
        assertEquals(Map.of("1", DONE, "2", IN_PROGRESS, "3", NOT_STARTED), ((Reply) classifier.classify(m, known)).certainStatuses());
    }
}
