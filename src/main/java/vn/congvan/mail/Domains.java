package vn.congvan.mail;

import java.net.IDN;
import java.net.URI;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Host names as phishing uses them: bare IPs, punycode, mixed scripts, one letter off ours. */
final class Domains {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern DECIMAL = Pattern.compile("\\d+");
    private static final Pattern HEXADECIMAL = Pattern.compile("0x[0-9a-f]+");
    private static final Pattern HOST_IN_TEXT = Pattern.compile(
            "(?i)(?:https?://)?((?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?\\.)+[\\p{L}][\\p{L}\\p{N}-]*[\\p{L}\\p{N}]|\\d{1,3}(?:\\.\\d{1,3}){3})");

    private Domains() {
    }

    /** The host of a link (http, https, or www. without scheme), lower case, or empty for mailto: and the like. */
    static Optional<String> hostOf(String href) {
        String h = href.strip();
        if (h.regionMatches(true, 0, "www.", 0, 4)) {
            h = "http://" + h;
        }
        try {
            URI uri = new URI(h.replace(" ", "%20"));
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
                return Optional.empty();
            }
            String host = uri.getHost();
            if (host == null && uri.getRawAuthority() != null) {
                // URI refuses hosts with non-ASCII letters; take the authority ourselves.
                host = uri.getRawAuthority().replaceAll("^.*@", "").replaceAll(":\\d+$", "");
            }
            return host == null ? Optional.empty() : Optional.of(host.toLowerCase(Locale.ROOT).replaceAll("\\.$", ""));
        } catch (Exception e) {
            Matcher m = Pattern.compile("(?i)^https?://([^/:?#\\s]+)").matcher(href.strip());
            return m.find() ? Optional.of(m.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
        }
    }

    /** The first host name written in visible text ("mail.phanthiet.example", "https://…"), or empty. */
    static Optional<String> hostInText(String text) {
        Matcher m = HOST_IN_TEXT.matcher(text);
        return m.find() ? Optional.of(m.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    static boolean isIpLiteral(String host) {
        return IPV4.matcher(host).matches() || host.startsWith("[") || DECIMAL.matcher(host).matches() || HEXADECIMAL.matcher(host).matches();
    }

    static boolean isPunycode(String host) {
        for (String label : host.split("\\.")) {
            if (label.startsWith("xn--")) {
                return true;
            }
        }
        return false;
    }

    static String unicode(String host) {
        try {
            return IDN.toUnicode(host, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException e) {
            return host;
        }
    }

    /** Letters from more than one script (Latin "a" next to Cyrillic "а"), or a non-Latin look-alike. */
    static boolean mixedScript(String host) {
        Set<Character.UnicodeScript> scripts = EnumSet.noneOf(Character.UnicodeScript.class);
        unicode(host).codePoints().filter(Character::isLetter).forEach(c -> scripts.add(Character.UnicodeScript.of(c)));
        return scripts.size() > 1;
    }

    /** {@code host} is {@code domain} or one of its subdomains. */
    static boolean within(String host, String domain) {
        String h = host.toLowerCase(Locale.ROOT);
        String d = domain.toLowerCase(Locale.ROOT);
        return h.equals(d) || h.endsWith("." + d);
    }

    /** The office domain {@code host} imitates (one or two letters off, or ours with a dash or extra label), if any. */
    static Optional<String> imitates(String host, Set<String> officeDomains) {
        String h = unicode(host).toLowerCase(Locale.ROOT);
        for (String office : officeDomains) {
            if (within(h, office)) {
                return Optional.empty();
            }
        }
        for (String office : officeDomains) {
            String o = office.toLowerCase(Locale.ROOT);
            String registered = lastLabels(h, o.split("\\.").length);
            int d = distance(registered, o);
            boolean typo = d > 0 && d <= 2;
            boolean ourNameInside = h.contains(o + ".") || h.replaceAll("[.-]", "").contains(o.replace(".", ""));
            if (typo || ourNameInside) {
                return Optional.of(office);
            }
        }
        return Optional.empty();
    }

    private static String lastLabels(String host, int n) {
        String[] labels = host.split("\\.");
        if (labels.length <= n) {
            return host;
        }
        return String.join(".", java.util.Arrays.copyOfRange(labels, labels.length - n, labels.length));
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
