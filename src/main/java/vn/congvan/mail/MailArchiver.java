package vn.congvan.mail;

import vn.congvan.model.ArchiveReport;
import vn.congvan.text.Messages;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.InternetAddress;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Moves old mail off the server safely: copies every mail of a folder sent before a date into a local
 * mbox file (whole or not at all), reads the file back and fetches each mail from the server again to
 * compare SHA-256, and only then, if asked, deletes them on the server. If anything does not match,
 * nothing is deleted and the report says why.
 */
public final class MailArchiver {
    /** Vietnamese offices count days in Vietnam time. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String PART_PREFIX = ".archive-";
    private static final Messages MESSAGES = Messages.of(MailArchiver.class);

    /** Progress for a window or a log; both calls are optional. */
    public interface Listener {
        default void copied(int done, int total) {
        }

        /** All mails are in the file; verification against the server starts. */
        default void verifying() {
        }
    }

    private final ServerSettings server;
    private final PasswordSource passwords;

    public MailArchiver(ServerSettings server, PasswordSource passwords) {
        this.server = server;
        this.passwords = passwords;
    }

    public ArchiveReport archive(String folderName, LocalDate sentBefore, Path mbox, boolean deleteAfterVerify) throws MailException {
        return archive(folderName, sentBefore, mbox, deleteAfterVerify, new Listener() { });
    }

    /**
     * @param sentBefore mails sent before this day (00:00 Vietnam time) are archived; for "từ ngày
     *                   31/12/2017 trở về trước" give 2018-01-01. A mail without a Date header counts by
     *                   when the server received it.
     * @param mbox       a new file; an existing one is never overwritten
     */
    public ArchiveReport archive(String folderName, LocalDate sentBefore, Path mbox, boolean deleteAfterVerify,
                                 Listener listener) throws MailException {
        Instant cutoff = sentBefore.atStartOfDay(VIETNAM).toInstant();
        IMAPStore store = ImapConnection.open(server, passwords);
        Folder folder = null;
        Path tmp = null;
        try {
            folder = ImapConnection.folder(store, folderName, server);
            folder.open(deleteAfterVerify ? Folder.READ_WRITE : Folder.READ_ONLY);
            List<Message> old = olderThan(folder, cutoff);
            if (old.isEmpty()) {
                return new ArchiveReport(0, 0, true, 0, null, null);
            }
            if (Files.exists(mbox)) {
                throw new MailException(MESSAGES.get("archive.exists", mbox));
            }
            Path dir = mbox.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            LeftoverParts.remove(dir, PART_PREFIX);
            tmp = Files.createTempFile(dir, PART_PREFIX, ".part");
            List<Long> uids = new ArrayList<>();
            List<String> hashes = new ArrayList<>();
            try (OutputStream out = Files.newOutputStream(tmp); MboxWriter writer = new MboxWriter(out)) {
                for (Message m : old) {
                    byte[] raw = raw(m);
                    uids.add(((UIDFolder) folder).getUID(m));
                    hashes.add(ContentHash.of(raw));
                    writer.append(raw, sender(m), date(m));
                    listener.copied(uids.size(), old.size());
                }
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            listener.verifying();
            String problem = verify(tmp, store, folderName, uids, hashes);
            if (problem != null) {
                Files.deleteIfExists(tmp);
                return new ArchiveReport(old.size(), old.size(), false, 0, null, problem);
            }
            move(tmp, mbox);
            tmp = null;
            int deleted = deleteAfterVerify ? delete(folder, uids) : 0;
            return new ArchiveReport(old.size(), old.size(), true, deleted, mbox, null);
        } catch (MessagingException e) {
            throw new MailException(MESSAGES.get("archive.failed", MailErrors.describe(e, server)), e);
        } catch (IOException e) {
            throw new MailException(MESSAGES.get("archive.failed", e.getMessage()), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a hidden .part file; the clerk sees no archive file and can run again
                }
            }
            ImapConnection.closeQuietly(folder, store);
        }
    }

    private static List<Message> olderThan(Folder folder, Instant cutoff) throws MessagingException {
        Message[] all = folder.getMessages();
        FetchProfile fp = new FetchProfile();
        fp.add(FetchProfile.Item.ENVELOPE);
        fp.add(UIDFolder.FetchProfileItem.UID);
        fp.add(IMAPFolder.FetchProfileItem.INTERNALDATE);
        folder.fetch(all, fp);
        List<Message> old = new ArrayList<>();
        for (Message m : all) {
            Instant d = date(m);
            if (d != null && d.isBefore(cutoff)) {
                old.add(m);
            }
        }
        return old;
    }

    /** Reads the file back and fetches every mail again from a fresh folder view. */
    private String verify(Path file, IMAPStore store, String folderName, List<Long> uids, List<String> hashes)
            throws IOException, MessagingException {
        List<String> inFile = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); MboxReader reader = new MboxReader(in, Long.MAX_VALUE)) {
            MboxReader.Entry e;
            while ((e = reader.next()) != null) {
                inFile.add(ContentHash.of(e.content()));
            }
        }
        if (inFile.size() != hashes.size()) {
            return MESSAGES.get("archive.countMismatch", inFile.size(), hashes.size());
        }
        for (int i = 0; i < hashes.size(); i++) {
            if (!inFile.get(i).equals(hashes.get(i))) {
                return MESSAGES.get("archive.fileMismatch", i + 1);
            }
        }
        Folder fresh = store.getFolder(folderName);
        fresh.open(Folder.READ_ONLY);
        try {
            for (int i = 0; i < uids.size(); i++) {
                Message m = ((UIDFolder) fresh).getMessageByUID(uids.get(i));
                if (m == null) {
                    return MESSAGES.get("archive.goneFromServer", uids.get(i));
                }
                if (!ContentHash.of(raw(m)).equals(hashes.get(i))) {
                    return MESSAGES.get("archive.serverMismatch", uids.get(i));
                }
            }
            if (((UIDFolder) fresh).getMessagesByUID(uids.stream().mapToLong(Long::longValue).toArray()).length != uids.size()) {
                return MESSAGES.get("archive.countMismatch", inFile.size(), hashes.size());
            }
        } finally {
            fresh.close(false);
        }
        return null;
    }

    /** Flags exactly the archived mails deleted and expunges them (UID EXPUNGE where the server has UIDPLUS). */
    private static int delete(Folder folder, List<Long> uids) throws MessagingException {
        Message[] found = ((UIDFolder) folder).getMessagesByUID(uids.stream().mapToLong(Long::longValue).toArray());
        List<Message> present = new ArrayList<>();
        for (Message m : found) {
            if (m != null) {
                present.add(m);
            }
        }
        Message[] msgs = present.toArray(new Message[0]);
        folder.setFlags(msgs, new Flags(Flags.Flag.DELETED), true);
        ((IMAPFolder) folder).expunge(msgs);
        return msgs.length;
    }

    private static byte[] raw(Message m) throws MessagingException, IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.writeTo(out);
        return out.toByteArray();
    }

    private static Instant date(Message m) throws MessagingException {
        Date d = m.getSentDate() != null ? m.getSentDate() : m.getReceivedDate();
        return d == null ? null : d.toInstant();
    }

    private static String sender(Message m) {
        try {
            return m.getFrom() != null && m.getFrom().length > 0 && m.getFrom()[0] instanceof InternetAddress a ? a.getAddress() : null;
        } catch (MessagingException e) {
            return null;
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
