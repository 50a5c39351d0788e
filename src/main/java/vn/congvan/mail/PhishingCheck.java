package vn.congvan.mail;

import vn.congvan.model.Unit;
import vn.congvan.text.Messages;
import vn.congvan.text.VietnameseText;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs that a mail is phishing, each as a Vietnamese sentence for the clerk: links that show one
 * domain and go to another, links to bare IP addresses, punycode or mixed-script look-alike domains,
 * a display name that claims to be an office while the address is outside, and requests for
 * passwords or account verification. An empty list means nothing was found, not that the mail is safe.
 */
public final class PhishingCheck {
    private static final Messages MESSAGES = Messages.of(PhishingCheck.class);
    private static final Pattern URL_IN_TEXT = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>\"'()\\[\\]]+");
    private static final Pattern OFFICE_WORDS = Pattern.compile("(?iU)\\b(ubnd|hđnd|ủy ban|uỷ ban|sở|quản trị|admin|administrator|"
            + "văn phòng|phòng|phường|xã|hệ thống|thư công vụ|bộ phận kỹ thuật|helpdesk|help desk|postmaster|webmaster|it support)\\b");
    private static final Pattern CREDENTIALS = Pattern.compile("\\b(xac minh tai khoan|xac thuc tai khoan|xac nhan tai khoan|"
            + "cung cap mat khau|cung cap thong tin tai khoan|nhap mat khau|nhap lai mat khau|cap nhat mat khau|"
            + "dang nhap de tranh|(?:tai khoan|hop thu)(?: cua ban)? (?:se|sap) bi (?:khoa|vo hieu hoa|xoa)|"
            + "verify your account|verify your identity|confirm your password|password|"
            // "đề nghị Văn phòng gửi lại danh sách tài khoản và mật khẩu": a request to send passwords
            + "(?:de nghi|vui long|yeu cau|xin|hay)\\s+(?:\\S+\\s+){0,4}?(?:gui|cung cap|chuyen|cho biet|nhap)\\s+(?:\\S+\\s+){0,6}?mat khau)\\b");
    private static final Pattern WARNING = Pattern.compile("\\b(canh giac|gia mao|lua dao|canh bao|khong bao gio|ma doc|"
            + "thu rac|khong duoc|khong cung cap|tuyen truyen|pho bien)\\b");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s|$)|\\n\\s*\\n");
    private static final Pattern NEGATED = Pattern.compile("\\b(khong|chang|never|do not|don t)(?:\\s+\\S+){0,3}\\s*$");

    private PhishingCheck() {
    }

    /** As {@link #inspect(IncomingMail, Set, List)} without a unit directory. */
    public static List<String> inspect(IncomingMail mail, Set<String> officeDomains) {
        return inspect(mail, officeDomains, List.of());
    }

    /**
     * @param officeDomains the domains of the office's own mail ("phanthiet.example"); subdomains count too
     * @param units         known units: their names are what impostors claim, their addresses are not impostors
     */
    public static List<String> inspect(IncomingMail mail, Set<String> officeDomains, List<Unit> units) {
        return signs(mail, officeDomains, units).warnings();
    }

    /**
     * What {@link #inspect} finds, and of it the {@link #impersonation} sign apart (empty when there is none): the
     * classifier weighs that one sign on its own, and it is looked for once.
     */
    record Signs(List<String> warnings, Optional<String> claim) {
    }

    /** {@link #inspect} with the impersonation sign apart ({@link Signs}). */
    static Signs signs(IncomingMail mail, Set<String> officeDomains, List<Unit> units) {
        Set<String> reasons = new LinkedHashSet<>();
        Optional<String> claim = Optional.empty();
        if (mail.html() != null) {
            for (HtmlLink link : mail.links()) {
                Optional<String> host = Domains.hostOf(link.href());
                if (host.isEmpty()) {
                    continue;
                }
                Optional<String> shown = Domains.hostInText(link.text());
                if (shown.isPresent() && !Domains.within(host.get(), shown.get()) && !Domains.within(shown.get(), host.get())) {
                    reasons.add(MESSAGES.get("phishing.linkMismatch", link.text(), host.get()));
                }
                checkHost(host.get(), officeDomains, reasons);
            }
        }
        Matcher url = URL_IN_TEXT.matcher(mayHoldUrl(mail.text()) ? mail.text() : "");
        while (url.find()) {
            Domains.hostOf(url.group()).ifPresent(h -> checkHost(h, officeDomains, reasons));
        }
        String domain = mail.fromDomain();
        if (domain != null) {
            checkHost(domain, officeDomains, reasons);
            replyToOutside(mail, domain, officeDomains).ifPresent(reasons::add);
            claim = impersonation(mail, officeDomains, units);
            claim.ifPresent(reasons::add);
        }
        credentialRequest(mail.subject() + "\n" + QuotedText.strip(mail.text()))
                .ifPresent(s -> reasons.add(MESSAGES.get("phishing.credentials", s)));
        return new Signs(new ArrayList<>(reasons), claim);
    }

    /**
     * The sign that the display name claims an office or a unit while the address is outside the office's domains
     * and no unit's address. On its own it is also what a unit's clerk writing from a personal mailbox looks like:
     * the classifier may then offer the mail to the clerk as a suggestion instead of calling it phishing.
     */
    private static Optional<String> impersonation(IncomingMail mail, Set<String> officeDomains, List<Unit> units) {
        String domain = mail.fromDomain();
        if (domain == null || mail.fromName() == null) {
            return Optional.empty();
        }
        boolean outside = officeDomains.stream().noneMatch(d -> Domains.within(domain, d));
        boolean knownSender = units.stream().anyMatch(u -> u.email() != null && u.email().equalsIgnoreCase(mail.fromAddress()));
        if (!outside || knownSender) {
            return Optional.empty();
        }
        return claim(mail.fromName(), units).map(c -> MESSAGES.get("phishing.impersonation", mail.fromName(), c, mail.fromAddress()));
    }

    /**
     * A mail from the office's own domain that asks for answers to go outside it: the From of a unit is easy to forge,
     * the Reply-To is where the impostor reads. Units answer from their mailbox and never redirect replies.
     */
    private static Optional<String> replyToOutside(IncomingMail mail, String fromDomain, Set<String> officeDomains) {
        if (officeDomains.stream().noneMatch(d -> Domains.within(fromDomain, d))) {
            return Optional.empty();
        }
        for (String address : mail.replyTo()) {
            String domain = address.substring(address.lastIndexOf('@') + 1);
            if (officeDomains.stream().noneMatch(d -> Domains.within(domain, d))) {
                return Optional.of(MESSAGES.get("phishing.replyToOutside", mail.fromAddress(), address));
            }
        }
        return Optional.empty();
    }

    private static void checkHost(String host, Set<String> officeDomains, Set<String> reasons) {
        if (Domains.isIpLiteral(host)) {
            reasons.add(MESSAGES.get("phishing.ipLink", host));
            return;
        }
        if (Domains.isPunycode(host)) {
            reasons.add(MESSAGES.get("phishing.punycode", host, Domains.unicode(host)));
        } else if (Domains.mixedScript(host)) {
            reasons.add(MESSAGES.get("phishing.mixedScript", host));
        }
        Domains.imitates(host, officeDomains).ifPresent(o -> reasons.add(MESSAGES.get("phishing.lookalike", host, o)));
    }

    /** What the display name claims to be: an office word, or the name of a known unit. */
    private static Optional<String> claim(String displayName, List<Unit> units) {
        Matcher m = OFFICE_WORDS.matcher(VietnameseText.clean(displayName));
        if (m.find()) {
            return Optional.of("\"" + m.group() + "\"");
        }
        String folded = " " + VietnameseText.fold(displayName) + " ";
        for (Unit u : units) {
            for (String f : NamedUnits.foldedNames(u)) {
                if (f.contains(" ") && folded.contains(" " + f + " ")) {
                    return Optional.of(u.name());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@link #CREDENTIALS} can match: each of its wordings holds one of these words, so most sentences
     * (none of them) skip its many alternatives tried at every position.
     */
    private static boolean mayAskForCredentials(String folded) {
        return folded.contains("tai khoan") || folded.contains("mat khau") || folded.contains("hop thu")
                || folded.contains("password") || folded.contains("verify your") || folded.contains("dang nhap de tranh");
    }

    /**
     * Whether {@link #URL_IN_TEXT} can match: each match begins with "http" or "www." (ASCII, any case), which most
     * replies do not hold, and the pattern would otherwise be tried at every position of the text.
     */
    private static boolean mayHoldUrl(String text) {
        for (int i = text.indexOf('.'); i >= 0 && i + 1 < text.length(); i = text.indexOf('.', i + 1)) {
            if (i >= 3 && text.regionMatches(true, i - 3, "www.", 0, 4)) {
                return true;
            }
        }
        for (int i = text.indexOf(':'); i >= 0; i = text.indexOf(':', i + 1)) {
            if (i >= 4 && text.regionMatches(true, i - 4, "http", 0, 4) || i >= 5 && text.regionMatches(true, i - 5, "https", 0, 5)) {
                return true;
            }
        }
        return false;
    }

    /** The first sentence that asks for credentials, unless it warns against doing so or negates the request. */
    private static Optional<String> credentialRequest(String text) {
        String clean = VietnameseText.clean(text);
        // A word of the text's fold is a word of its whole fold: without a credential word in the whole, no sentence has one.
        if (!mayAskForCredentials(VietnameseText.fold(clean))) {
            return Optional.empty();
        }
        for (String sentence : SENTENCE_END.split(clean)) {
            String folded = VietnameseText.fold(sentence);
            if (!mayAskForCredentials(folded) || WARNING.matcher(folded).find()) {
                continue;
            }
            Matcher m = CREDENTIALS.matcher(folded);
            while (m.find()) {
                if (!NEGATED.matcher(folded.substring(0, m.start())).find()) {
                    return Optional.of(VietnameseText.cut(VietnameseText.oneLine(sentence), 160));
                }
            }
        }
        return Optional.empty();
    }
}
