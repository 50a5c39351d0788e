package vn.congvan.mail;

import vn.congvan.ingest.InputLimits;
import vn.congvan.text.Messages;
import vn.congvan.text.Sizes;

import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessageRemovedException;
import jakarta.mail.MessagingException;
import jakarta.mail.UIDFolder;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPMessage;
import org.eclipse.angus.mail.imap.IMAPStore;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * An IMAP folder, read-only: nothing is flagged, moved or marked as read. Sizes come first, so a
 * mail over the limit is skipped without downloading it. If the connection drops, what was read is
 * already with the caller and the rest is listed as not read.
 */
public final class ImapSource implements MailSource {
    private final ServerSettings server;
    private final PasswordSource passwords;
    private final String folderName;
    private final InputLimits limits;

    public ImapSource(ServerSettings server, PasswordSource passwords, String folder, InputLimits limits) {
        this.server = server;
        this.passwords = passwords;
        this.folderName = folder;
        this.limits = limits;
    }

    public ImapSource(ServerSettings server, PasswordSource passwords, String folder) {
        this(server, passwords, folder, InputLimits.DEFAULT);
    }

    @Override
    public ReadSummary read(Consumer<IncomingMail> each) throws MailException {
        Messages messages = Messages.of(ImapSource.class);
        IncomingMailParser parser = new IncomingMailParser(limits);
        IMAPStore store = ImapConnection.open(server, passwords);
        Folder folder = null;
        List<Skipped> skipped = new ArrayList<>();
        int read = 0;
        try {
            folder = ImapConnection.folder(store, folderName, server);
            Message[] all;
            long[] uids;
            try {
                folder.open(Folder.READ_ONLY);
                all = folder.getMessages();
                FetchProfile fp = new FetchProfile();
                fp.add(UIDFolder.FetchProfileItem.UID);
                fp.add(IMAPFolder.FetchProfileItem.SIZE);
                fp.add(IMAPFolder.FetchProfileItem.INTERNALDATE);
                folder.fetch(all, fp);
                uids = new long[all.length];
                for (int i = 0; i < all.length; i++) {
                    uids[i] = ((UIDFolder) folder).getUID(all[i]);
                }
            } catch (MessagingException e) {
                throw new MailException(MailErrors.describe(e, server), e);
            }
            for (int i = 0; i < all.length; i++) {
                String position = messages.get("position.imap", folderName, Long.toString(uids[i]));
                IMAPMessage m = (IMAPMessage) all[i];
                try {
                    long size = m.getSizeLong();
                    if (size > limits.maxMessageBytes()) {
                        skipped.add(new Skipped(position, messages.get("read.tooLarge",
                                Sizes.of(size), Sizes.of(limits.maxMessageBytes()))));
                        continue;
                    }
                    ByteArrayOutputStream raw = new ByteArrayOutputStream((int) Math.max(1024, size));
                    m.writeTo(raw);
                    Instant received = m.getReceivedDate() == null ? null : m.getReceivedDate().toInstant();
                    IncomingMail mail = parser.parse(raw.toByteArray(), position, received);
                    each.accept(mail);
                    read++;
                } catch (MessageRemovedException e) {
                    skipped.add(new Skipped(position, messages.get("read.removed")));
                } catch (MessagingException | IOException | IllegalStateException e) {
                    if (lost(e, folder, store)) {
                        List<String> notRead = new ArrayList<>();
                        for (int j = i; j < all.length; j++) {
                            notRead.add(messages.get("position.imap", folderName, Long.toString(uids[j])));
                        }
                        String why = messages.get("read.interrupted", server.host() + ":" + server.port(), notRead.size());
                        return new ReadSummary(read, skipped, notRead, why);
                    }
                    skipped.add(new Skipped(position, messages.get("read.brokenMime", e.getMessage())));
                } catch (UnreadableMail e) {
                    skipped.add(new Skipped(position, e.getMessage()));
                }
            }
            return new ReadSummary(read, skipped, List.of(), null);
        } finally {
            ImapConnection.closeQuietly(folder, store);
        }
    }

    private static boolean lost(Exception e, Folder folder, IMAPStore store) {
        return MailErrors.dropped(e) || !folder.isOpen() || !store.isConnected();
    }
}
