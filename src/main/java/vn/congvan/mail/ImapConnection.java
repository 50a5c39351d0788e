package vn.congvan.mail;

import vn.congvan.text.Messages;

import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import org.eclipse.angus.mail.imap.IMAPStore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Opens an IMAP store and a folder by name, with Vietnamese errors. */
final class ImapConnection {
    private static final Messages MESSAGES = Messages.of(ImapConnection.class);

    private ImapConnection() {
    }

    static IMAPStore open(ServerSettings server, PasswordSource passwords) throws MailException {
        Session session = MailSessions.imap(server);
        char[] password = server.username() == null ? new char[0] : passwords.password();
        try {
            Store store = session.getStore(MailSessions.imapProtocol(server));
            store.connect(server.host(), server.port(), server.username(), new String(password));
            return (IMAPStore) store;
        } catch (MessagingException e) {
            throw new MailException(MailErrors.describe(e, server), e);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** The folder {@code name}; when there is none, the error lists the folders there are. */
    static Folder folder(Store store, String name, ServerSettings server) throws MailException {
        try {
            Folder f = store.getFolder(name);
            if (!f.exists()) {
                List<String> names = new ArrayList<>();
                for (Folder each : store.getDefaultFolder().list("*")) {
                    names.add(each.getFullName());
                }
                throw new MailException(MESSAGES.get("read.noFolder", name, String.join(", ", names)));
            }
            return f;
        } catch (MessagingException e) {
            throw new MailException(MailErrors.describe(e, server), e);
        }
    }

    static void closeQuietly(Folder f, Store s) {
        try {
            if (f != null && f.isOpen()) {
                f.close(false);
            }
        } catch (MessagingException | IllegalStateException ignored) {
            // the connection is gone; nothing to give back
        }
        try {
            if (s != null) {
                s.close();
            }
        } catch (MessagingException ignored) {
            // as above
        }
    }
}
