package vn.congvan.mail;

import jakarta.mail.internet.MimeUtility;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Base64;

/**
 * A header's RFC 2047 encoded words ("=?UTF-8?B?…?=", "=?utf-8?Q?…?=") decoded as {@link MimeUtility#decodeText}
 * decodes them, without the decoder streams and the 8 KB buffer it makes for every word: every subject of a
 * Vietnamese reply has a few. Whitespace between two encoded words goes, as there. A header with a word of
 * another shape (an unknown charset, base64 that is not strictly base64, a word followed by more text) is left
 * to Jakarta Mail: null.
 */
final class EncodedWords {
    private EncodedWords() {
    }

    /** The decoded text of an unfolded header value, or null to decode it with Jakarta Mail. */
    static String decode(String text) {
        if (text.indexOf("=?") < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        StringBuilder spaces = new StringBuilder();
        boolean afterEncoded = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (whitespace(c)) {
                spaces.append(c);
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && !whitespace(text.charAt(end))) {
                end++;
            }
            String token = text.substring(i, end);
            i = end;
            if (token.startsWith("=?")) {
                String word = word(token);
                if (word == null) {
                    return null;
                }
                if (!afterEncoded) {
                    out.append(spaces);
                }
                out.append(word);
                afterEncoded = true;
            } else {
                out.append(spaces).append(token);
                afterEncoded = false;
            }
            spaces.setLength(0);
        }
        return out.append(spaces).toString();
    }

    private static boolean whitespace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    /** One encoded word "=?charset?B|Q?text?=" decoded, or null when it is of another shape. */
    private static String word(String token) {
        int q1 = token.indexOf('?', 2);
        int q2 = q1 < 0 ? -1 : token.indexOf('?', q1 + 1);
        int end = q2 < 0 ? -1 : token.indexOf("?=", q2 + 1);
        if (end < 0 || end + 2 != token.length() || q2 != q1 + 2) {
            return null;
        }
        String name = token.substring(2, q1);
        Charset charset;
        try {
            charset = name.indexOf('*') >= 0 || name.isEmpty() ? null : Charset.forName(MimeUtility.javaCharset(name));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            charset = null;
        }
        String payload = token.substring(q2 + 1, end);
        if (charset == null || !ascii(payload)) {
            return null;
        }
        byte[] bytes = switch (token.charAt(q1 + 1)) {
            case 'B', 'b' -> base64(payload);
            case 'Q', 'q' -> q(payload);
            default -> null;
        };
        return bytes == null ? null : new String(bytes, charset);
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 126 || s.charAt(i) < 33) {
                return false;
            }
        }
        return true;
    }

    /** Strict base64 only (whole groups of four, padding at the end), where every decoder agrees. */
    private static byte[] base64(String payload) {
        if (payload.length() % 4 != 0) {
            return null;
        }
        for (int i = 0; i < payload.length(); i++) {
            char c = payload.charAt(i);
            boolean padding = c == '=' && i >= payload.length() - 2 && (i == payload.length() - 1 || payload.charAt(i + 1) == '=');
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/' || padding)) {
                return null;
            }
        }
        try {
            return Base64.getDecoder().decode(payload);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** RFC 2047 "Q": "_" is a space, "=XX" the byte XX; any other "=" leaves the word to Jakarta Mail. */
    private static byte[] q(String payload) {
        byte[] out = new byte[payload.length()];
        int n = 0;
        for (int i = 0; i < payload.length(); i++) {
            char c = payload.charAt(i);
            if (c == '_') {
                out[n++] = ' ';
            } else if (c == '=') {
                int hi = i + 2 < payload.length() ? Character.digit(payload.charAt(i + 1), 16) : -1;
                int lo = hi < 0 ? -1 : Character.digit(payload.charAt(i + 2), 16);
                if (lo < 0) {
                    return null;
                }
                out[n++] = (byte) (hi << 4 | lo);
                i += 2;
            } else {
                out[n++] = (byte) c;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }
}
