package vn.congvan.mail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Message-IDs for dispatch mails: {@code <cv.HASH.unitcode.yyyyMMddHHmmssSSS@host>}. The same dispatch,
 * unit and instant give the same id, so a test (or a re-run of a crashed batch) can predict it; the hash
 * keeps symbols with "/" and Vietnamese letters out of the id.
 */
final class MessageIds {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS").withZone(ZoneOffset.UTC);

    private MessageIds() {
    }

    static String create(String numberSymbol, String unitCode, Instant at, String host) {
        String unit = unitCode.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-");
        return "<cv." + shortHash(numberSymbol) + "." + unit + "." + STAMP.format(at) + "@" + host + ">";
    }

    private static String shortHash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
