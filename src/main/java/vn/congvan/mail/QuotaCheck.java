package vn.congvan.mail;

import vn.congvan.model.QuotaReport;
import vn.congvan.text.Messages;
import vn.congvan.text.Sizes;

import jakarta.mail.MessagingException;
import jakarta.mail.Quota;
import org.eclipse.angus.mail.imap.IMAPStore;

import java.util.Locale;

/** Reads the mailbox's storage quota (IMAP QUOTA, RFC 2087) and warns above a threshold. */
public final class QuotaCheck {
    private static final Messages MESSAGES = Messages.of(QuotaCheck.class);
    private final ServerSettings server;
    private final PasswordSource passwords;

    public QuotaCheck(ServerSettings server, PasswordSource passwords) {
        this.server = server;
        this.passwords = passwords;
    }

    /**
     * @param warnAbove the share of the limit above which to warn, e.g. 0.8
     * @throws MailException the server cannot be reached, has no QUOTA extension or sets no storage limit
     */
    public QuotaReport check(double warnAbove) throws MailException {
        IMAPStore store = ImapConnection.open(server, passwords);
        try {
            if (!store.hasCapability("QUOTA")) {
                throw new MailException(MESSAGES.get("quota.unsupported", server.host()));
            }
            for (Quota q : store.getQuota("INBOX")) {
                if (q.resources == null) {
                    continue;
                }
                for (Quota.Resource r : q.resources) {
                    if (r.name.toUpperCase(Locale.ROOT).equals("STORAGE") && r.limit > 0) {
                        return report(q.quotaRoot, r.usage, r.limit, warnAbove);
                    }
                }
            }
            throw new MailException(MESSAGES.get("quota.noLimit", server.username()));
        } catch (MessagingException e) {
            throw new MailException(MailErrors.describe(e, server), e);
        } finally {
            ImapConnection.closeQuietly(null, store);
        }
    }

    private static QuotaReport report(String root, long usedKb, long limitKb, double warnAbove) {
        double share = (double) usedKb / limitKb;
        String warning = share > warnAbove
                ? MESSAGES.get("quota.warning", Sizes.of(usedKb * 1024), Sizes.of(limitKb * 1024),
                        Math.round(share * 100), Math.round(warnAbove * 100))
                : null;
        return new QuotaReport(root == null ? "" : root, usedKb, limitKb, warning);
    }
}
