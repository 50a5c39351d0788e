package vn.congvan.mail;

import vn.congvan.model.InputException;
import vn.congvan.text.Messages;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wording of the dispatch mail, with {@code {{placeholders}}} a clerk can move or drop:
 * {@code unit, office, number_symbol, type, subject, date, document, requirements, reply_form, attachments}.
 *
 * @param congVanSubject subject line for a công văn
 * @param otherSubject   subject line for other document types
 * @param body           the text/plain body
 */
public record MailTemplate(String congVanSubject, String otherSubject, String body) {
    static final String SUBJECT_CONG_VAN = "mail.template.subject.congvan";
    static final String SUBJECT_OTHER = "mail.template.subject.other";
    static final String BODY = "mail.template.body";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-z_]+)\\s*}}");
    private static final Messages MESSAGES = Messages.of(MailTemplate.class);

    /** The wording shipped in messages.properties. */
    public static MailTemplate standard() {
        return new MailTemplate(MESSAGES.get(SUBJECT_CONG_VAN), MESSAGES.get(SUBJECT_OTHER), MESSAGES.get(BODY));
    }

    /**
     * A clerk's wording from a UTF-8 properties file with the keys of messages.properties
     * ({@value #SUBJECT_CONG_VAN}, {@value #SUBJECT_OTHER}, {@value #BODY}); a key left out keeps the standard text.
     */
    public static MailTemplate load(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            throw new InputException(MESSAGES.get("template.unreadable", file, e.getMessage()), e);
        }
        MailTemplate std = standard();
        MailTemplate t = new MailTemplate(p.getProperty(SUBJECT_CONG_VAN, std.congVanSubject),
                p.getProperty(SUBJECT_OTHER, std.otherSubject), p.getProperty(BODY, std.body));
        t.checkPlaceholders(file.toString());
        return t;
    }

    private void checkPlaceholders(String where) {
        for (String pattern : new String[]{congVanSubject, otherSubject, body}) {
            Matcher m = PLACEHOLDER.matcher(pattern);
            while (m.find()) {
                if (!DispatchMailComposer.PLACEHOLDERS.contains(m.group(1))) {
                    throw new InputException(MESSAGES.get("template.unknownPlaceholder", where, m.group()));
                }
            }
        }
    }

    /** Replaces each {@code {{name}}} by its value; an unknown name is the clerk's typo and is named back. */
    static String fill(String pattern, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new InputException(MESSAGES.get("template.unknownPlaceholder", "mẫu thư", m.group()));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
