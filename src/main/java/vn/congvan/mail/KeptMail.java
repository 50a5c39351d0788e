package vn.congvan.mail;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What of a mail is kept as evidence: its headers and text parts always, a file nothing reads only up to a size
 * (office.properties {@code mail.keep-attachment-mb}). A larger one is cut from the kept copy (its part stays, with an
 * empty body) and named in the evidence with its size and SHA-256 instead: 10,000 replies with a 20 MB photo each
 * would be 200 GB. Files read as reports are held, never streamed, so they are always kept.
 *
 * @param raw  the mail to keep
 * @param left the files whose bytes are not in {@code raw}, in mail order
 */
public record KeptMail(byte[] raw, List<Attachment> left) {
    public KeptMail {
        left = List.copyOf(left);
    }

    /** The kept form of {@code mail} when files above {@code keepBytes} are left out. */
    public static KeptMail of(IncomingMail mail, long keepBytes) {
        List<Attachment> left = new ArrayList<>();
        for (Attachment a : mail.attachments()) {
            if (!a.held() && a.streamed().located() && a.streamed().size() > keepBytes) {
                left.add(a);
            }
        }
        if (left.isEmpty() || mail.raw() == null) {
            return new KeptMail(mail.raw(), List.of());
        }
        byte[] raw = mail.raw();
        List<Attachment> byPlace = left.stream().sorted(Comparator.comparingInt(a -> a.streamed().rawStart())).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int from = 0;
        for (Attachment a : byPlace) {
            out.write(raw, from, a.streamed().rawStart() - from);
            from = a.streamed().rawEnd();
        }
        out.write(raw, from, raw.length - from);
        return new KeptMail(out.toByteArray(), left);
    }
}
