package vn.congvan.mail;

import vn.congvan.model.InputException;
import vn.congvan.text.Messages;
import vn.congvan.text.Placeholders;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * The wording of the dispatch mail, with {@code {{placeholders}}} a clerk can move or drop:
 * {@code unit, office, number_symbol, type, subject, date, document, requirements, reply_form, attachments}.
 *
 * @param name           where the wording comes from (the clerk's file), for messages
 * @param congVanSubject subject line for a công văn
 * @param otherSubject   subject line for other document types
 * @param body           the text/plain body
 */
public record MailTemplate(String name, String congVanSubject, String otherSubject, String body) {
    static final String SUBJECT_CONG_VAN = "mail.template.subject.congvan";
    static final String SUBJECT_OTHER = "mail.template.subject.other";
    static final String BODY = "mail.template.body";
    private static final Messages MESSAGES = Messages.of(MailTemplate.class);

    /** The wording shipped in messages.properties. */
    public static MailTemplate standard() {
        return new MailTemplate(MESSAGES.get("template.standard"), MESSAGES.get(SUBJECT_CONG_VAN), MESSAGES.get(SUBJECT_OTHER),
                MESSAGES.get(BODY));
    }

    /**
     * A clerk's wording from a UTF-8 properties file with the keys of messages.properties
     * ({@value #SUBJECT_CONG_VAN}, {@value #SUBJECT_OTHER}, {@value #BODY}); a key left out keeps the standard text.
     *
     * @throws InputException the file cannot be read, or uses a placeholder the composer does not fill
     */
    public static MailTemplate load(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            throw new InputException(MESSAGES.get("template.unreadable", file, e.getMessage()), e);
        }
        MailTemplate std = standard();
        MailTemplate t = new MailTemplate(file.toString(), p.getProperty(SUBJECT_CONG_VAN, std.congVanSubject),
                p.getProperty(SUBJECT_OTHER, std.otherSubject), p.getProperty(BODY, std.body));
        Placeholders.requireKnown(t.where(SUBJECT_CONG_VAN), t.congVanSubject, DispatchMailComposer.PLACEHOLDERS::contains);
        Placeholders.requireKnown(t.where(SUBJECT_OTHER), t.otherSubject, DispatchMailComposer.PLACEHOLDERS::contains);
        Placeholders.requireKnown(t.where(BODY), t.body, DispatchMailComposer.PLACEHOLDERS::contains);
        return t;
    }

    /** The subject line, for a công văn or another type of document, filled. */
    String filledSubject(boolean congVan, Map<String, String> values) {
        return congVan ? Placeholders.fill(where(SUBJECT_CONG_VAN), congVanSubject, values)
                : Placeholders.fill(where(SUBJECT_OTHER), otherSubject, values);
    }

    String filledBody(Map<String, String> values) {
        return Placeholders.fill(where(BODY), body, values);
    }

    /** "mau-thu.properties (mail.template.body)": the file and the key, since each key holds its own lines. */
    private String where(String key) {
        return name + " (" + key + ")";
    }
}
