package vn.congvan.directory;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

import vn.congvan.model.InputException;
import vn.congvan.text.Messages;
import vn.congvan.text.VietnameseText;

/**
 * Who the office is when it sends mail: its name, its address, and the mail domains that are its own
 * (the phishing check treats anything else as outside). Read from {@value #FILE} in the directory folder,
 * beside units.csv:
 * <pre>
 * name=Văn phòng HĐND và UBND thành phố Phan Thiết
 * email=vanphong@phanthiet.example
 * domains=phanthiet.example
 * recurring-months=12
 * mail.keep-attachment-mb=10
 * </pre>
 *
 * @param domains         lower-case domains, at least one
 * @param recurringMonths how far ahead of today a recurring requirement ("trước ngày 20 hằng tháng") has its
 *                        periods assigned: key {@value #RECURRING_KEY}, default {@value #DEFAULT_RECURRING_MONTHS}
 * @param keepAttachmentMb a collected mail's attachment that nothing reads is kept with the mail up to this many
 *                        megabytes; a larger one only by name, size and SHA-256: key {@value #KEEP_ATTACHMENT_KEY},
 *                        default {@value #DEFAULT_KEEP_ATTACHMENT_MB}
 */
public record OfficeProfile(String name, String email, Set<String> domains, int recurringMonths, int keepAttachmentMb) {
    public static final String FILE = "office.properties";
    /**
     * A year ahead: twelve monthly or four quarterly periods, the span an office plans its reporting for (the
     * annual plan), few enough that the status table stays readable. The horizon rolls with the calendar, so a
     * series never stops: each month that passes adds the period that comes into reach.
     */
    public static final int DEFAULT_RECURRING_MONTHS = 12;
    private static final String RECURRING_KEY = "recurring-months";
    /** Ten megabytes: a scanned report or a few photos are kept; a video or a 20 MB scan is not (200 GB for 10,000). */
    public static final int DEFAULT_KEEP_ATTACHMENT_MB = 10;
    private static final String KEEP_ATTACHMENT_KEY = "mail.keep-attachment-mb";
    /** A mail is kept up to the 25 MB file limit at most, so a larger setting would mean nothing. */
    private static final int MAX_KEEP_ATTACHMENT_MB = 25;
    private static final int MAX_RECURRING_MONTHS = 120;
    private static final Messages MESSAGES = Messages.of(OfficeProfile.class);
    private static final Pattern DOMAIN = Pattern.compile("[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+");

    public OfficeProfile {
        domains = Set.copyOf(domains);
    }

    /** An office with the default horizon for recurring requirements. */
    public OfficeProfile(String name, String email, Set<String> domains) {
        this(name, email, domains, DEFAULT_RECURRING_MONTHS);
    }

    /** An office that keeps attachments up to the default size. */
    public OfficeProfile(String name, String email, Set<String> domains, int recurringMonths) {
        this(name, email, domains, recurringMonths, DEFAULT_KEEP_ATTACHMENT_MB);
    }

    /** {@link #keepAttachmentMb()} in bytes. */
    public long keepAttachmentBytes() {
        return keepAttachmentMb * 1024L * 1024L;
    }

    /**
     * Reads {@code folder/office.properties} (UTF-8).
     *
     * @throws InputException naming the file and the key that is missing or wrong
     */
    public static OfficeProfile load(Path folder) {
        Path file = folder.resolve(FILE);
        Properties p = new Properties();
        try {
            // Strict UTF-8: a file saved in another code page would put wrong diacritics into every mail.
            p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (NoSuchFileException e) {
            throw new InputException(MESSAGES.get("office.missing", file), e);
        } catch (CharacterCodingException e) {
            throw new InputException(MESSAGES.get("office.notUtf8", file), e);
        } catch (IOException | IllegalArgumentException e) {
            throw new InputException(MESSAGES.get("file.unreadable", file, e.getMessage()), e);
        }
        String name = VietnameseText.oneLine(required(p, file, "name"));
        String email = checkedEmail(required(p, file, "email"), MESSAGES.get("office.key", file, "email"));
        Set<String> domains = new LinkedHashSet<>();
        for (String d : required(p, file, "domains").split("[,;\\s]+")) {
            String domain = d.strip().toLowerCase(Locale.ROOT);
            if (domain.isEmpty()) {
                continue;
            }
            if (!DOMAIN.matcher(domain).matches()) {
                throw new InputException(MESSAGES.get("office.badDomain", file, domain));
            }
            domains.add(domain);
        }
        return new OfficeProfile(name, email, domains, recurringMonths(p, file), keepAttachmentMb(p, file));
    }

    private static int recurringMonths(Properties p, Path file) {
        String value = p.getProperty(RECURRING_KEY);
        if (value == null || value.isBlank()) {
            return DEFAULT_RECURRING_MONTHS;
        }
        try {
            int months = Integer.parseInt(value.strip());
            if (months >= 1 && months <= MAX_RECURRING_MONTHS) {
                return months;
            }
        } catch (NumberFormatException e) {
            // told below, with the range
        }
        throw new InputException(MESSAGES.get("office.badRecurringMonths", file, RECURRING_KEY, VietnameseText.oneLine(value),
                MAX_RECURRING_MONTHS));
    }

    private static int keepAttachmentMb(Properties p, Path file) {
        String value = p.getProperty(KEEP_ATTACHMENT_KEY);
        if (value == null || value.isBlank()) {
            return DEFAULT_KEEP_ATTACHMENT_MB;
        }
        try {
            int mb = Integer.parseInt(value.strip());
            if (mb >= 0 && mb <= MAX_KEEP_ATTACHMENT_MB) {
                return mb;
            }
        } catch (NumberFormatException e) {
            // told below, with the range
        }
        throw new InputException(MESSAGES.get("office.badKeepAttachmentMb", file, KEEP_ATTACHMENT_KEY, VietnameseText.oneLine(value),
                MAX_KEEP_ATTACHMENT_MB));
    }

    /**
     * The same office sending from another address (the {@code --from} option).
     *
     * @param where how the user gave the address, for the message when it is not one
     */
    public OfficeProfile withEmail(String address, String where) {
        return new OfficeProfile(name, checkedEmail(address, where), domains, recurringMonths, keepAttachmentMb);
    }

    private static String required(Properties p, Path file, String key) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new InputException(MESSAGES.get("office.missingKey", file, key, MESSAGES.get("office.key." + key)));
        }
        return VietnameseText.clean(value).strip();
    }

    private static String checkedEmail(String address, String where) {
        String email = address.strip();
        if (!DirectoryReader.EMAIL.matcher(email).matches()) {
            throw new InputException(MESSAGES.get("office.badEmail", where, email));
        }
        return email;
    }
}
