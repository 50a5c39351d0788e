package vn.congvan.app;

import java.nio.file.Path;
import java.time.LocalDate;

import vn.congvan.model.ArchiveReport;
import vn.congvan.mail.MailArchiver;
import vn.congvan.mail.MailException;
import vn.congvan.mail.PasswordSource;
import vn.congvan.mail.QuotaCheck;
import vn.congvan.model.QuotaReport;
import vn.congvan.mail.ServerSettings;
import vn.congvan.model.InputException;
import vn.congvan.text.Messages;

/**
 * Use cases "mail quota" and "mail archive": what the seed dispatch asks of every mailbox (items 2
 * and 3), done by the tool: how full the mailbox is, and old mail copied to a local file, verified,
 * and only then, if asked, deleted from the server.
 */
final class MailboxUpkeep {
    private static final Messages MSG = Messages.of(MailboxUpkeep.class);
    private final ServerSettings server;
    private final PasswordSource passwords;

    MailboxUpkeep(ServerSettings server, PasswordSource passwords) {
        this.server = server;
        this.passwords = passwords;
    }

    /**
     * @param warnAbove the share of the quota above which to warn, between 0 and 1 (0.8 = 80 %)
     * @throws MailException the server cannot be reached or keeps no quota
     */
    QuotaReport quota(double warnAbove) throws MailException {
        if (!(warnAbove > 0 && warnAbove <= 1)) {
            throw new InputException(MSG.get("quota.badThreshold", Double.toString(warnAbove)));
        }
        return new QuotaCheck(server, passwords).check(warnAbove);
    }

    /**
     * Archives the mails of {@code folder} dated on or before {@code lastDay} (Vietnam time), as a clerk
     * says "từ ngày 31/12/2017 trở về trước".
     *
     * @param mbox a new file; an existing one is never overwritten
     * @throws MailException the server cannot be reached or the copy failed (nothing was deleted then)
     */
    ArchiveReport archive(String folder, LocalDate lastDay, Path mbox, boolean deleteAfterVerify) throws MailException {
        // MailArchiver takes the first day NOT archived.
        return new MailArchiver(server, passwords).archive(folder, lastDay.plusDays(1), mbox, deleteAfterVerify);
    }
}
