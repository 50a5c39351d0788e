package vn.congvan.app;

import java.nio.file.Path;

/** A place replies are read from: an IMAP folder, an mbox file, a Maildir, or .eml files. */
public sealed interface Mailbox {
    record Imap(MailServer server, String folder) implements Mailbox {
        public Imap {
            folder = folder == null ? "INBOX" : folder;
        }
    }

    record Mbox(Path file) implements Mailbox {
    }

    record Maildir(Path folder) implements Mailbox {
    }

    /** One .eml file, or a folder of them. */
    record Eml(Path fileOrFolder) implements Mailbox {
    }
}
