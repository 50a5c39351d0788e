package vn.congvan.mail;

import org.junit.jupiter.api.Test;
import vn.congvan.ingest.InputLimits;
import vn.congvan.ingest.PlainText;
import vn.congvan.mail.Classification.Bounce;
import vn.congvan.mail.Classification.Reply;
import vn.congvan.mail.Classification.Suggestion;
import vn.congvan.mail.Classification.Suspicious;
import vn.congvan.mail.Classification.Unmatched;
import vn.congvan.model.ComplianceStatus;
import vn.congvan.model.ItemReading;
import vn.congvan.model.TrackedDispatch;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.congvan.model.ComplianceStatus.DONE;
import static vn.congvan.model.ComplianceStatus.IN_PROGRESS;
import static vn.congvan.model.ComplianceStatus.NOT_STARTED;

/** Replies as real mail programs make them (files in src/test/resources/replies/clients), read and placed. */
class ClientRepliesTest {
    private static final Path CLIENTS = Path.of("src", "test", "resources", "replies", "clients");
    private final ReplyClassifier classifier = new ReplyClassifier(Set.of(Fixtures.DOMAIN));
    private final KnownDispatches known = Fixtures.known();

    static byte[] raw(String name) throws Exception {
        return Files.readAllBytes(CLIENTS.resolve(name));
    }

    static IncomingMail read(String name) throws Exception {
        return read(raw(name));
    }

    static IncomingMail read(byte[] raw) throws Exception {
        return new IncomingMailParser(InputLimits.DEFAULT).parse(raw, "test", null);
    }

    private static Map<String, ComplianceStatus> statuses(Map<String, ItemReading> readings) {
        Map<String, ComplianceStatus> out = new LinkedHashMap<>();
        readings.forEach((id, r) -> out.put(id, r.status()));
        return out;
    }

    @Test
    void outlooksVietnameseHeaderBlockEndsWhatTheUnitWrote() throws Exception {
        IncomingMail mail = read("outlook-vi-header-block-1258.eml");
        assertTrue(mail.text().contains("Phường Đức Thắng báo cáo"), "windows-1258 with combining tones reads as NFC: " + mail.text());
        assertEquals("Kính gửi Văn phòng,\n\nPhường Đức Thắng báo cáo: nội dung 1 đã hoàn thành; nội dung 2 đang thực hiện.\n\nTrân trọng.\nPhạm Văn Hùng",
                QuotedText.strip(mail.text()));
        Reply r = assertInstanceOf(Reply.class, classifier.classify(mail, known));
        assertEquals("P-DUCTHANG", r.unitCode());
        // The quoted reply form ("3. đã hoàn thành / đang thực hiện / chưa thực hiện") says nothing of item 3.
        assertEquals(Map.of("1", DONE, "2", IN_PROGRESS), statuses(r.readings()));
    }

    @Test
    void englishAndVietnameseHeaderBlocksAndSeparatorsStartTheQuote() {
        assertEquals("Đã xong cả 3 nội dung.", QuotedText.strip("""
                Đã xong cả 3 nội dung.

                From: Văn phòng <vanphong@phanthiet.example>
                Sent: Thursday, August 22, 2019 8:00 AM
                To: muine@phanthiet.example
                Subject: [6174/UBND-VX] V/v …

                1. đã hoàn thành / đang thực hiện / chưa thực hiện"""));
        assertEquals("Nội dung 1 đã hoàn thành.", QuotedText.strip("""
                Nội dung 1 đã hoàn thành.
                -----Original Message-----
                From: vanphong@phanthiet.example
                2. đang thực hiện"""));
        assertEquals("2. Đang thực hiện", QuotedText.strip("""
                2. Đang thực hiện
                Vào Th 2, 24 thg 8, 2026 lúc 10:00 Văn phòng HĐND và UBND <vanphong@phanthiet.example> đã viết:
                1. đã hoàn thành"""), "an attribution line followed by unmarked text quotes all of it");
        assertEquals("Xong.", QuotedText.strip("Xong.\n-------- Mail gốc --------\nTừ: vanphong@phanthiet.example\n3. Chưa thực hiện"));
        assertEquals("Xong.", QuotedText.strip("Xong.\nOn Thu, Aug 22, 2019 at 8:00 AM Van phong <vanphong@phanthiet.example> wrote:\n\n3. done"));
    }

    @Test
    void answersTypedUnderTheQuotedRequirementsKeepTheirItem() throws Exception {
        IncomingMail mail = read("thunderbird-inline-answers.eml");
        List<QuotedText.OwnLine> own = QuotedText.ownLines(mail.text()).stream().filter(l -> !l.text().isBlank()).toList();
        assertEquals(List.of(new QuotedText.OwnLine("1", "Đã thực hiện, phổ biến tại giao ban ngày 26/8."),
                new QuotedText.OwnLine("2", "Đang thực hiện"),
                new QuotedText.OwnLine("3", "Chưa thực hiện, phường sẽ làm trong tuần."),
                new QuotedText.OwnLine(null, "Trân trọng,"), new QuotedText.OwnLine(null, "Võ Thị Mai"),
                new QuotedText.OwnLine(null, "UBND phường Hưng Long")), own);
        assertTrue(QuotedText.strip(mail.text()).startsWith("1. Đã thực hiện, phổ biến tại giao ban ngày 26/8.\n2. Đang thực hiện"),
                QuotedText.strip(mail.text()));
        Reply r = assertInstanceOf(Reply.class, classifier.classify(mail, known));
        assertEquals("P-HUNGLONG", r.unitCode());
        assertEquals(Map.of("1", DONE, "2", IN_PROGRESS, "3", NOT_STARTED), statuses(r.readings()));
    }

    @Test
    void anOwnLineThatNamesItsItemKeepsItsOwnNumberAndALaterParagraphNone() {
        assertEquals("Nội dung 2 đang thực hiện.\n\nCác nội dung khác chưa.", QuotedText.strip("""
                > 1. Phổ biến rộng rãi …
                Nội dung 2 đang thực hiện.

                Các nội dung khác chưa."""));
    }

    @Test
    void aReplyBelowTheWholeQuoteIsNotAnAnswerToTheLastQuotedItem() {
        String quote = """
                Vào Th 5, 22 thg 8, 2019 lúc 08:00 Văn phòng <vanphong@phanthiet.example> đã viết:
                > 1. đã hoàn thành / đang thực hiện / chưa thực hiện
                > 2. đã hoàn thành / đang thực hiện / chưa thực hiện
                > 3. đã hoàn thành / đang thực hiện / chưa thực hiện
                """;
        assertEquals("Phường đã hoàn thành.", QuotedText.strip(quote + "\nPhường đã hoàn thành.\n"),
                "a bare sentence below the quote names no item: the clerk decides");
        assertEquals("3. Đã hoàn thành.", QuotedText.strip(quote + "Đã hoàn thành.\n"), "typed right under the line it answers");
    }

    @Test
    void aStatusTableIsReadRowByRowFromAnHtmlOnlyMail() throws Exception {
        IncomingMail mail = read("owa-html-only-table.eml");
        assertTrue(mail.text().contains("""
                1. Phổ biến đến cán bộ, công chức cảnh giác với thư lạ : Đã hoàn thành
                2. Kiểm tra dung lượng, xóa thư cũ : Đã hoàn thành
                3. Lưu trữ thư quan trọng trước 31/12/2017 : Đang thực hiện"""), mail.text());
        assertFalse(QuotedText.strip(mail.text()).contains("Kính gửi: Ủy ban nhân dân"), "the quoted dispatch after OWA's From: block is left out");
        Reply r = assertInstanceOf(Reply.class, classifier.classify(mail, known));
        assertEquals("P-HAMTIEN", r.unitCode());
        assertEquals(Map.of("1", DONE, "2", DONE, "3", IN_PROGRESS), statuses(r.readings()));
    }

    @Test
    void outlooksTableIsReadFromTheHtmlWhereItsPlainTextLostTheRows() throws Exception {
        IncomingMail mail = read("outlook-table-alternative.eml");
        assertTrue(mail.text().contains("2. Kiểm tra dung lượng, xóa thư cũ : Đang thực hiện"), mail.text());
        Reply r = assertInstanceOf(Reply.class, classifier.classify(mail, known));
        assertEquals("P-PHUHAI", r.unitCode());
        assertEquals(Map.of("1", DONE, "2", IN_PROGRESS, "3", DONE), statuses(r.readings()));
    }

    @Test
    void aTableWithoutAResultColumnStaysCells() {
        assertEquals("Họ tên Chức vụ\nNguyễn Văn A Chủ tịch",
                HtmlToText.convert("<table><tr><td>Họ tên</td><td>Chức vụ</td></tr><tr><td>Nguyễn Văn A</td><td>Chủ tịch</td></tr></table>"));
        assertEquals("Báo cáo\nTT Tình trạng\n1. Đã hoàn thành\n2. Đang thực hiện", HtmlToText.convert(
                "<p>Báo cáo</p><table><tr><th>TT</th><th>Tình trạng</th></tr><tr><td>1</td><td>Đã hoàn thành</td></tr>"
                        + "<tr><td>2.</td><td><span style=\"display:none\">Đã hoàn thành</span>Đang thực hiện</td></tr></table>"));
    }

    @Test
    void aSubjectWithOnlyTheNumberPlacesTheUnitsReply() throws Exception {
        Reply r = assertInstanceOf(Reply.class, classifier.classify(read("gmail-bare-number.eml"), known));
        assertEquals("P-XUANAN", r.unitCode());
        assertEquals(Map.of("1", DONE, "2", DONE, "3", IN_PROGRESS), statuses(r.readings()));
        Set<String> ids = Set.of("6174/UBND-VX", "2019/UBND");
        for (String subject : List.of("6174", "Re: CV 6174", "cv số 6174", "V/v báo cáo an toàn thông tin (6174)", "BC CV6174")) {
            assertEquals(Set.of("6174/UBND-VX"), DispatchReferences.numbersInSubject(subject, ids), subject);
        }
        for (String subject : List.of("Báo cáo năm 2019", "ngày 21/8/2019", "số 6174/QĐ-UBND", "16174", "6174,5 triệu", "lúc 6174")) {
            assertEquals(Set.of(), DispatchReferences.numbersInSubject(subject, ids), subject);
        }
    }

    @Test
    void aBareNumberFromAnAddressOfNoAssignedUnitIsNotPlaced() throws Exception {
        String mail = """
                From: Khach <khach@webmail.example>
                Subject: Re: CV 6174
                Content-Type: text/plain; charset=UTF-8

                1. Đã hoàn thành
                """;
        Unmatched u = assertInstanceOf(Unmatched.class, classifier.classify(read(mail.getBytes(StandardCharsets.UTF_8)), known));
        assertTrue(u.reason().contains("không phải của đơn vị nào được giao"), u.reason());
        // Signed with a ward's name, the same mail is offered to the clerk, never recorded.
        Suggestion s = assertInstanceOf(Suggestion.class, classifier.classify(
                read((mail + "Lê Thị Thu\nUBND phường Xuân An\n").getBytes(StandardCharsets.UTF_8)), known));
        assertEquals("P-XUANAN", s.unitCode());
    }

    @Test
    void aReplyForwardedByAColleagueIsASuggestionPlacedByItsOwnSender() throws Exception {
        Suggestion s = assertInstanceOf(Suggestion.class, classifier.classify(read("gmail-forwarded-by-colleague.eml"), known));
        assertEquals("P-MUINE", s.unitCode());
        assertEquals(Fixtures.DISPATCH_KEY, s.dispatchKey());
        assertTrue(s.receipt());
        assertEquals(Instant.parse("2019-08-27T02:15:00Z"), s.at(), "the forwarded mail's own date, Vietnam time");
        assertEquals(Map.of("1", DONE, "2", DONE, "3", IN_PROGRESS), statuses(s.readings()));
        assertTrue(s.reason().contains("chuyển tiếp bởi tam.tran@phanthiet.example (không phải địa chỉ của đơn vị)"), s.reason());
        assertTrue(s.reason().contains("muine@phanthiet.example"), s.reason());
    }

    @Test
    void aReplyForwardedAsAnAttachedMailIsReadFromTheAttachment() throws Exception {
        Suggestion s = assertInstanceOf(Suggestion.class, classifier.classify(read("outlook-forward-attached.eml"), known));
        assertEquals("P-PHUHAI", s.unitCode());
        assertEquals(Instant.parse("2019-08-27T03:05:00Z"), s.at());
        assertEquals(Map.of("1", DONE, "2", DONE, "3", NOT_STARTED), statuses(s.readings()));
        assertTrue(s.reason().contains("hoa.le@webmail.example"), s.reason());
    }

    @Test
    void vietnameseOutlooksInlineForwardIsPlacedByTheFromBlock() throws Exception {
        IncomingMail mail = read("outlook-vi-forward-inline-1258.eml");
        Suggestion s = assertInstanceOf(Suggestion.class, classifier.classify(mail, known));
        assertEquals("P-PHUTRINH", s.unitCode());
        assertEquals(Instant.parse("2019-08-27T02:15:00Z"), s.at());
        assertEquals(Map.of("1", DONE, "2", IN_PROGRESS, "3", DONE), statuses(s.readings()));
    }

    private static final String FORWARD = """
            From: %s
            To: vanphong@phanthiet.example
            Subject: Fwd: Re: [6174/UBND-VX] V/v dam bao an toan thong tin
            Content-Type: text/plain; charset=UTF-8

            Em chuyển báo cáo của phường Mũi Né.

            ---------- Forwarded message ---------
            From: UBND phường Mũi Né <muine@phanthiet.example>
            Date: Tue, Aug 27, 2019 at 9:15 AM
            Subject: Re: [6174/UBND-VX] V/v dam bao an toan thong tin
            To: <tam.tran@phanthiet.example>

            %s
            1. Đã hoàn thành
            """;

    private Classification forward(String outerFrom, String innerLine) throws Exception {
        return classifier.classify(read(FORWARD.formatted(outerFrom, innerLine).getBytes(StandardCharsets.UTF_8)), known);
    }

    @Test
    void phishingSignsOfEitherSenderMakeAForwardSuspicious() throws Exception {
        Suggestion plain = assertInstanceOf(Suggestion.class, forward("tam.tran@phanthiet.example", "Kính gửi Văn phòng,"));
        assertEquals(Instant.parse("2019-08-27T02:15:00Z"), plain.at(), "Gmail's English date line, Vietnam time");
        Suspicious inner = assertInstanceOf(Suspicious.class, forward("tam.tran@phanthiet.example",
                "Kính gửi Văn phòng, tải báo cáo tại http://203.0.113.9/bao-cao"));
        assertTrue(inner.reasons().get(0).contains("203.0.113.9"), inner.toString());
        Suspicious outer = assertInstanceOf(Suspicious.class, forward("Phòng Quản trị mạng <quantri@mailbox.example>", "Kính gửi Văn phòng,"));
        assertTrue(outer.reasons().get(0).contains("quantri@mailbox.example"), outer.toString());
        // A colleague whose display name is the unit's own, from a personal mailbox: what a forward looks like.
        Suggestion colleague = assertInstanceOf(Suggestion.class, forward("UBND phường Mũi Né <muine.vanthu@gmail.example>", "Kính gửi,"));
        assertEquals("P-MUINE", colleague.unitCode());
    }

    @Test
    void aForwardOfOurOwnDispatchIsReadAsTheOuterMail() throws Exception {
        // A unit forwards our dispatch mail on (to us in copy): the inner sender is the office, so the unit's own words count.
        Classification c = classifier.classify(read(("""
                From: muine@phanthiet.example
                To: vanphong@phanthiet.example
                Subject: Fwd: [6174/UBND-VX] V/v dam bao an toan thong tin
                Content-Type: text/plain; charset=UTF-8

                Nội dung 1 đã hoàn thành.

                ---------- Forwarded message ---------
                From: Văn phòng <vanphong@phanthiet.example>
                Date: Thu, 22 Aug 2019 08:00:00 +0700
                Subject: [6174/UBND-VX] V/v dam bao an toan thong tin

                2. đã hoàn thành / đang thực hiện / chưa thực hiện
                """).getBytes(StandardCharsets.UTF_8)), known);
        Reply r = assertInstanceOf(Reply.class, c);
        assertEquals("P-MUINE", r.unitCode());
        assertEquals(Map.of("1", DONE), statuses(r.readings()));
    }

    @Test
    void thunderbirdsVietnameseForwardListsTheSubjectFirst() throws Exception {
        Suggestion s = assertInstanceOf(Suggestion.class, classifier.classify(read(("""
                From: Tran Van Tam <tam.tran@phanthiet.example>
                Subject: Fwd: Báo cáo 6174
                Content-Type: text/plain; charset=UTF-8; format=flowed

                Gửi chị Hạnh.


                -------- Thư chuyển tiếp --------
                Chủ đề: 	Báo cáo 6174
                Ngày: 	Tue, 27 Aug 2019 16:05:00 +0700
                Từ: 	UBND phường Phú Thủy <phuthuy@phanthiet.example>
                Đến: 	tam.tran@phanthiet.example



                Nội dung 2 đã hoàn thành.
                """).getBytes(StandardCharsets.UTF_8)), known));
        assertEquals("P-PHUTHUY", s.unitCode());
        assertEquals(Instant.parse("2019-08-27T09:05:00Z"), s.at());
        assertEquals(Map.of("2", DONE), statuses(s.readings()));
    }

    @Test
    void iosForwardInVietnamese() throws Exception {
        Suggestion s = assertInstanceOf(Suggestion.class, classifier.classify(read(("""
                From: Tran Van Tam <tam.tran@phanthiet.example>
                Subject: Fwd: Báo cáo 6174
                X-Mailer: iPhone Mail (16G77)
                Content-Type: text/plain; charset=utf-8

                Gửi từ iPhone của tôi

                Bắt đầu tin nhắn được chuyển tiếp:

                > Từ: UBND phường Đức Long <duclong@phanthiet.example>
                > Ngày: 27 tháng 8, 2019 lúc 15:20:00 GMT+7
                > Đến: tam.tran@phanthiet.example
                > Chủ đề: Báo cáo 6174
                > 
                > Phường Đức Long đã hoàn thành cả 3 nội dung.
                """).getBytes(StandardCharsets.UTF_8)), known));
        assertEquals("P-DUCLONG", s.unitCode());
        assertEquals(Instant.parse("2019-08-27T08:20:00Z"), s.at());
    }

    @Test
    void aUnitQuotingItsOwnEarlierMailAnswersWithWhatItWritesNow() throws Exception {
        Reply r = assertInstanceOf(Reply.class, classifier.classify(read(("""
                From: phuthuy@phanthiet.example
                Subject: RE: Báo cáo 6174
                Content-Type: text/plain; charset=UTF-8

                Bổ sung: nội dung 3 đã hoàn thành.

                -----Original Message-----
                From: UBND phường Phú Thủy <phuthuy@phanthiet.example>
                Sent: Tuesday, August 27, 2019 4:05 PM
                Subject: Báo cáo 6174

                Nội dung 2 đang thực hiện.
                """).getBytes(StandardCharsets.UTF_8)), known));
        assertEquals("P-PHUTHUY", r.unitCode());
        assertEquals(Map.of("3", DONE), statuses(r.readings()));
    }

    @Test
    void aUnitWritingFromAPersonalAddressIsASuggestion() throws Exception {
        Suggestion s = assertInstanceOf(Suggestion.class, classifier.classify(read("gmail-personal-address.eml"), known));
        assertEquals("P-LACDAO", s.unitCode());
        assertEquals(Map.of("1", DONE, "2", DONE, "3", IN_PROGRESS), statuses(s.readings()));
        assertTrue(s.reason().contains("lan.nguyen.ld@gmail.example (ngoài danh bạ)"), s.reason());
        assertTrue(s.reason().contains("congvan trust P-LACDAO lan.nguyen.ld@gmail.example"), s.reason());
    }

    private Classification outside(String from, String subject, String body) throws Exception {
        return classifier.classify(read(("From: " + from + "\nSubject: " + subject
                + "\nContent-Type: text/plain; charset=UTF-8\n\n" + body + "\n").getBytes(StandardCharsets.UTF_8)), known);
    }

    @Test
    void aUnitsNameAsDisplayNameFromOutsideIsASuggestionOnlyWhenItPlacesTheMail() throws Exception {
        Suggestion s = assertInstanceOf(Suggestion.class, outside("UBND phường Lạc Đạo <ubnd.lacdao@gmail.example>",
                "Bao cao CV 6174", "Nội dung 1 đã hoàn thành."));
        assertEquals("P-LACDAO", s.unitCode());
        assertEquals(Map.of("1", DONE), statuses(s.readings()));
        // The same name on a mail about nothing we track stays what it looks like.
        assertInstanceOf(Suspicious.class, outside("UBND phường Lạc Đạo <ubnd.lacdao@gmail.example>", "Thong bao", "Xem tệp đính kèm."));
        // A name that claims another unit than the one the mail is about, or an office, too.
        assertInstanceOf(Suspicious.class, outside("UBND phường Đức Long <ubnd.lacdao@gmail.example>", "Bao cao CV 6174",
                "Phường Lạc Đạo: nội dung 1 đã hoàn thành."));
        // Real phishing signs stay suspicious even when the unit is named.
        assertInstanceOf(Suspicious.class, outside("UBND phường Lạc Đạo <ubnd.lacdao@gmail.example>", "Bao cao CV 6174",
                "Vui lòng nhập mật khẩu tại http://203.0.113.9/ để xem báo cáo."));
        // Answering the unit's mail from outside, signed with the unit's name: placed on that mail for the clerk.
        Suggestion answer = assertInstanceOf(Suggestion.class, classifier.classify(read(("From: UBND phường Phú Tài <pt.vanthu@gmail.example>\n"
                + "Subject: Re: bao cao\nIn-Reply-To: " + Fixtures.PHUTAI_ID + "\n\nNội dung 2 đang thực hiện.\n").getBytes(StandardCharsets.UTF_8)), known));
        assertEquals("P-PHUTAI", answer.unitCode());
        assertEquals(Map.of("2", IN_PROGRESS), statuses(answer.readings()));
        // Two units named: the clerk decides with nothing placed.
        assertInstanceOf(Unmatched.class, outside("Nguyen Thi Lan <lan@gmail.example>", "Bao cao CV 6174",
                "Phường Lạc Đạo và phường Đức Long: nội dung 1 đã hoàn thành."));
    }

    @Test
    void anEncodedFileNameIsDecodedAndTheReportRead() throws Exception {
        IncomingMail mail = read("outlook-encoded-filename.eml");
        Attachment report = mail.attachments().get(0);
        assertEquals("BÁO CÁO.docx", report.fileName());
        assertTrue(PlainText.reads(report.fileName()));
        // The first docx a JVM opens loads POI's classes: more processor time than the watchdog allows a hostile file.
        InputLimits d = InputLimits.DEFAULT;
        InputLimits patient = new InputLimits(d.maxMessageBytes(), d.maxFileBytes(), d.maxUnpackedBytes(), d.maxUnpackRatio(),
                d.maxParts(), d.maxPages(), d.maxDepth(), d.maxTextChars(), java.time.Duration.ofMinutes(1));
        String text = new PlainText(patient).of(report.fileName(), report.content()).orElseThrow();
        Reply r = assertInstanceOf(Reply.class, classifier.classify(mail, known, List.of(text)));
        assertEquals("P-THANHHAI", r.unitCode());
        assertEquals(Map.of("1", DONE, "2", IN_PROGRESS, "3", NOT_STARTED), statuses(r.readings()));
        assertTrue(r.evidence().contains("BÁO CÁO.docx"), r.evidence());
    }

    @Test
    void aPartNamedInRawUtf8KeepsItsVietnameseNameAndALatin1NameStaysAsWritten() throws Exception {
        byte[] head = ("From: phutai@phanthiet.example\nSubject: Re: 6174/UBND-VX\nMIME-Version: 1.0\n"
                + "Content-Type: multipart/mixed; boundary=\"b\"\n\n--b\nContent-Type: text/plain; charset=UTF-8\n\nGửi báo cáo.\n"
                + "--b\nContent-Type: application/pdf\nContent-Disposition: attachment; filename=\"Báo cáo kết quả.pdf\"\n\nJVBERi0=\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = "--b\nContent-Type: application/pdf\nContent-Disposition: attachment; filename=\"café.pdf\"\n\nJVBERi0=\n--b--\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] raw = java.util.Arrays.copyOf(head, head.length + latin1.length);
        System.arraycopy(latin1, 0, raw, head.length, latin1.length);
        List<Attachment> files = read(raw).attachments();
        assertEquals(List.of("Báo cáo kết quả.pdf", "café.pdf"), files.stream().map(Attachment::fileName).toList());
        assertEquals("Ảnh", IncomingMailParser.rawUtf8("áº¢nh"));
        assertEquals("Báo cáo", IncomingMailParser.rawUtf8("Báo cáo"), "already Unicode, all of it in Latin-1's range");
    }

    @Test
    void aReplyWithThousandsOfAttachmentsNamesTenOfThemInItsEvidence() throws Exception {
        StringBuilder eml = new StringBuilder("From: phutai@phanthiet.example\nTo: vanphong@phanthiet.example\n"
                + "Date: Tue, 27 Aug 2019 16:05:00 +0700\nSubject: Re: 6174/UBND-VX\nMessage-ID: <nhieu-tep@phanthiet.example>\n"
                + "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b42\"\n\n"
                + "--b42\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\nNội dung 1: đã hoàn thành.\n");
        for (int i = 1; i <= 3_000; i++) {
            String name = "Ảnh " + i + " " + "x".repeat(200) + ".png";
            eml.append("--b42\nContent-Type: image/png; name=\"").append(name).append("\"\nContent-Disposition: attachment; filename=\"")
                    .append(name).append("\"\nContent-Transfer-Encoding: base64\n\niVBORw0KGgo=\n");
        }
        eml.append("--b42--\n");
        IncomingMail mail = read(eml.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(3_000, mail.attachments().size());
        Reply r = assertInstanceOf(Reply.class, classifier.classify(mail, known));
        assertTrue(r.evidence().contains("[tệp đính kèm: Ảnh 1 x"), r.evidence().substring(0, 200));
        assertTrue(r.evidence().contains("Ảnh 10 x") && !r.evidence().contains("Ảnh 11 x"), "ten names");
        assertTrue(r.evidence().endsWith(".png; và 2.990 tệp khác]"), r.evidence().substring(r.evidence().length() - 60));
        assertTrue(r.evidence().length() < 3_000, r.evidence().length() + " characters");
    }

    @Test
    void outlooksAutomaticReplyIsNeverAReceipt() throws Exception {
        IncomingMail mail = read("outlook-automatic-reply.eml");
        assertTrue(mail.automatic());
        Unmatched u = assertInstanceOf(Unmatched.class, classifier.classify(mail, known));
        assertTrue(u.reason().startsWith("Thư trả lời tự động của phutai@phanthiet.example"), u.reason());
        for (String subject : List.of("Automatic reply: [6174/UBND-VX]", "Auto: Re: bao cao", "Out of Office: 6174", "Vắng mặt: 6174",
                "Tự động trả lời: 6174", "RE: Trả lời tự động: 6174")) {
            IncomingMail m = read(("From: phutai@phanthiet.example\nSubject: " + subject + "\nIn-Reply-To: " + Fixtures.PHUTAI_ID
                    + "\nContent-Type: text/plain; charset=UTF-8\n\nĐã hoàn thành.\n").getBytes(StandardCharsets.UTF_8));
            assertInstanceOf(Unmatched.class, classifier.classify(m, known), subject);
        }
        IncomingMail precedence = read(("From: phutai@phanthiet.example\nSubject: Re: 6174\nPrecedence: auto_reply\n\nx\n").getBytes(StandardCharsets.UTF_8));
        assertTrue(precedence.automatic());
        IncomingMail ordinary = read(("From: phutai@phanthiet.example\nSubject: Re: Autoclave 6174\n\nx\n").getBytes(StandardCharsets.UTF_8));
        assertFalse(ordinary.automatic());
    }

    @Test
    void outlooksReadReceiptIsAReceiptAndDeletedUnreadIsNot() throws Exception {
        Classification.ReadReceipt r = assertInstanceOf(Classification.ReadReceipt.class,
                classifier.classify(read("outlook-read-receipt.eml"), known));
        assertEquals("P-PHUTAI", r.unitCode());
        assertEquals(Instant.parse("2019-08-22T02:10:00Z"), r.at());
        Unmatched deleted = assertInstanceOf(Unmatched.class, classifier.classify(read("outlook-deleted-unread.eml"), known));
        assertTrue(deleted.reason().contains("\"deleted\", không phải đã mở đọc"), deleted.reason());
    }

    @Test
    void forwardedDateLinesAsMailProgramsPrintThem() {
        Instant at = Instant.parse("2019-08-27T02:15:00Z");
        for (String line : List.of("Tue, 27 Aug 2019 09:15:00 +0700", "Tue, Aug 27, 2019 at 9:15 AM", "Th 3, 27 thg 8, 2019 vào lúc 09:15",
                "Tuesday, August 27, 2019 9:15 AM", "Thứ Ba, ngày 27 tháng 8 năm 2019 9:15 SA", "27/08/2019 09:15")) {
            assertEquals(java.util.Optional.of(at), ForwardedDate.parse(line), line);
        }
        assertEquals(java.util.Optional.of(Instant.parse("2019-08-27T07:05:00Z")), ForwardedDate.parse("Tuesday, August 27, 2019 2:05 PM"));
        assertEquals(java.util.Optional.of(Instant.parse("2019-08-27T07:05:00Z")), ForwardedDate.parse("Thứ Ba, 27 tháng 8, 2019 2:05 CH"));
        assertEquals(java.util.Optional.empty(), ForwardedDate.parse("hôm qua"));
        assertEquals(java.util.Optional.empty(), ForwardedDate.parse("31/02/2019"));
    }

    @Test
    void exchangesNonDeliveryReportIsABounceForTheUnit() throws Exception {
        IncomingMail mail = read("exchange-ndr.eml");
        Bounce b = assertInstanceOf(Bounce.class, classifier.classify(mail, known));
        assertEquals("P-DUCTHANG", b.unitCode());
        assertEquals(Fixtures.DISPATCH_KEY, b.dispatchKey());
        assertEquals(Instant.parse("2019-08-22T01:00:12Z"), b.at());
        assertEquals("ducthang@phanthiet.example: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException",
                b.diagnostic());
    }

    @Test
    void aDelayNoticeIsNotABounce() throws Exception {
        String delayed = new String(raw("exchange-ndr.eml"), StandardCharsets.UTF_8).replace("Action: failed", "Action: delayed")
                .replace("Status: 5.2.2", "Status: 4.4.7");
        Unmatched u = assertInstanceOf(Unmatched.class, classifier.classify(read(delayed.getBytes(StandardCharsets.UTF_8)), known));
        assertTrue(u.reason().startsWith("Thông báo chuyển phát về thư gửi Ủy ban nhân dân phường Đức Thắng (văn bản 6174/UBND-VX) "
                + "không phải thư bị trả lại (Action: delayed"), u.reason());
    }

    @Test
    void aPlainTextBounceWithOurMessageIdIsABounceAndOneWithoutIsNot() throws Exception {
        Bounce b = assertInstanceOf(Bounce.class, classifier.classify(read("exim-mail-delivery-failed.eml"), known));
        assertEquals("P-PHUTAI", b.unitCode());
        assertEquals("phutai@phanthiet.example: 550 5.1.1 <phutai@phanthiet.example>: Recipient address rejected: User unknown", b.diagnostic());
        String foreign = new String(raw("exim-mail-delivery-failed.eml"), StandardCharsets.UTF_8)
                .replace(Fixtures.PHUTAI_ID, "<someone-else@phanthiet.example>");
        Unmatched u = assertInstanceOf(Unmatched.class, classifier.classify(read(foreign.getBytes(StandardCharsets.UTF_8)), known));
        assertTrue(u.reason().startsWith("Thư báo lỗi chuyển phát cho một thư không do chương trình gửi"), u.reason());
        // Old servers quote no Message-ID at all: the failed unit address and the number/symbol we sent it place the notice.
        String noId = new String(raw("exim-mail-delivery-failed.eml"), StandardCharsets.UTF_8)
                .replace("Message-ID: " + Fixtures.PHUTAI_ID, "");
        Bounce placed = assertInstanceOf(Bounce.class, classifier.classify(read(noId.getBytes(StandardCharsets.UTF_8)), known));
        assertEquals("P-PHUTAI", placed.unitCode());
        assertEquals(Fixtures.DISPATCH_KEY, placed.dispatchKey());
        // Without the number/symbol, an address alone says nothing about which mail failed.
        String noNumber = noId.replace("[6174/UBND-VX] ", "");
        assertInstanceOf(Unmatched.class, classifier.classify(read(noNumber.getBytes(StandardCharsets.UTF_8)), known));
    }

    @Test
    void aBounceWithoutMessageIdIsPlacedOnTheDispatchItNamesAmongOthersSentToTheSameUnit() throws Exception {
        // A later dispatch, also sent to Phú Tài (its mails listed first): the notice names 6174, so it is 6174's mail.
        TrackedDispatch seed = Fixtures.tracked();
        TrackedDispatch later = new TrackedDispatch(Fixtures.DISPATCH_KEY + 1, "6200/UBND-VX", seed.issuer(), seed.date().plusDays(5),
                seed.type(), "Về việc khác", "6200.txt", seed.importedAt());
        List<SentMessage> sent = new ArrayList<>();
        Fixtures.units().forEach(u -> sent.add(new SentMessage(later.key(), u.code(), "<6200." + u.code() + "@ubnd.example>")));
        sent.addAll(known.sent());
        KnownDispatches two = new KnownDispatches(List.of(new KnownDispatches.Known(seed, Fixtures.assignments(Fixtures.units())),
                new KnownDispatches.Known(later, Fixtures.assignments(Fixtures.units()))), sent, Fixtures.units());
        String noId = new String(raw("exim-mail-delivery-failed.eml"), StandardCharsets.UTF_8)
                .replace("Message-ID: " + Fixtures.PHUTAI_ID, "");

        Bounce placed = assertInstanceOf(Bounce.class, classifier.classify(read(noId.getBytes(StandardCharsets.UTF_8)), two));
        assertEquals(new SentMessage(Fixtures.DISPATCH_KEY, "P-PHUTAI", Fixtures.PHUTAI_ID),
                two.sent(Fixtures.DISPATCH_KEY).stream().filter(m -> m.unitCode().equals("P-PHUTAI")).findFirst().orElseThrow());
        assertEquals(Fixtures.DISPATCH_KEY, placed.dispatchKey());
        assertEquals("P-PHUTAI", placed.unitCode());
        // Naming both dispatches, it fits two mails to the unit: which one failed is the clerk's to say.
        String both = noId.replace("[6174/UBND-VX] ", "[6174/UBND-VX, 6200/UBND-VX] ");
        assertInstanceOf(Unmatched.class, classifier.classify(read(both.getBytes(StandardCharsets.UTF_8)), two));
    }
}
