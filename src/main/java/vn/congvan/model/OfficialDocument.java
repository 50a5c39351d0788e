package vn.congvan.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The anatomy of an administrative document under Decree 30/2020/NĐ-CP. Readers produce it, writers
 * consume it: one model for parsing and rendering.
 *
 * @param parentIssuer  position 2, the governing body above the issuer ("UBND TỈNH BÌNH THUẬN"), or null
 * @param issuer        position 2, the issuing body on one line in capitals ("ỦY BAN NHÂN DÂN THÀNH PHỐ PHAN THIẾT")
 * @param numberSymbol  position 3; null only for a draft not yet numbered
 * @param place         position 4, the place name ("Phan Thiết")
 * @param date          position 4, the issue date
 * @param type          position 5a; {@link DocumentType#CONG_VAN} for a công văn
 * @param subject       position 5a/5b, the excerpt (trích yếu) on one line, without "V/v"
 * @param recipients    position 9a, "Kính gửi" entries as written, without list dashes and end punctuation
 * @param body          position 6
 * @param signer        positions 7a–7c, or null when the document carries none
 * @param distribution  position 9b, "Nơi nhận" entries as written, without dashes and end punctuation
 * @param contact       the contact line for support ("Thông tin liên hệ …") as found by a reader, or null;
 *                      it also stays in {@code body} where it was written, so writers do not print it twice
 * @param appendix      pages after the signature block (the list of addressees), or null
 */
public record OfficialDocument(
        String parentIssuer,
        String issuer,
        NumberSymbol numberSymbol,
        String place,
        LocalDate date,
        DocumentType type,
        String subject,
        List<String> recipients,
        List<Block> body,
        Signer signer,
        List<String> distribution,
        String contact,
        Appendix appendix) {

    public OfficialDocument {
        recipients = List.copyOf(recipients);
        body = List.copyOf(body);
        distribution = List.copyOf(distribution);
    }

    /** A document without an appendix. */
    public OfficialDocument(String parentIssuer, String issuer, NumberSymbol numberSymbol, String place, LocalDate date,
                            DocumentType type, String subject, List<String> recipients, List<Block> body, Signer signer,
                            List<String> distribution, String contact) {
        this(parentIssuer, issuer, numberSymbol, place, date, type, subject, recipients, body, signer, distribution, contact,
                null);
    }

    /** This document addressed to {@code newRecipients}, with {@code newAppendix} after its signature block. */
    public OfficialDocument addressed(List<String> newRecipients, Appendix newAppendix) {
        return new OfficialDocument(parentIssuer, issuer, numberSymbol, place, date, type, subject, newRecipients, body, signer,
                distribution, contact, newAppendix);
    }

    public List<Paragraph> paragraphs() {
        return body.stream().filter(Paragraph.class::isInstance).map(Paragraph.class::cast).toList();
    }
}
