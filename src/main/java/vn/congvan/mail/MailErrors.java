package vn.congvan.mail;

import vn.congvan.text.Messages;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;

import javax.net.ssl.SSLException;
import java.io.EOFException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

/** Turns what Jakarta Mail throws into a Vietnamese sentence that says what to check. */
final class MailErrors {
    private static final Messages MESSAGES = Messages.of(MailErrors.class);

    private MailErrors() {
    }

    /** What went wrong, in the order that decides it: a drop during RCPT must not read as a refused address. */
    enum Kind { UNKNOWN_HOST, CANNOT_CONNECT, AUTH, TLS, DROPPED, REFUSED_ADDRESS, OTHER }

    static Kind kind(MessagingException e) {
        if (find(e, UnknownHostException.class) != null) {
            return Kind.UNKNOWN_HOST;
        }
        if (find(e, ConnectException.class) != null || find(e, NoRouteToHostException.class) != null) {
            return Kind.CANNOT_CONNECT;
        }
        if (find(e, AuthenticationFailedException.class) != null) {
            return Kind.AUTH;
        }
        if (find(e, SSLException.class) != null) {
            return Kind.TLS;
        }
        // A hang-up in the middle of RCPT comes back as a "failed address" with [EOF].
        if (dropped(e)) {
            return Kind.DROPPED;
        }
        if (find(e, SMTPAddressFailedException.class) != null
                || (e instanceof SendFailedException sf && sf.getInvalidAddresses() != null && sf.getInvalidAddresses().length > 0)) {
            return Kind.REFUSED_ADDRESS;
        }
        return Kind.OTHER;
    }

    static String describe(MessagingException e, ServerSettings server) {
        String where = server.host() + ":" + server.port();
        return switch (kind(e)) {
            case UNKNOWN_HOST -> MESSAGES.get("error.unknownHost", server.host());
            case CANNOT_CONNECT -> MESSAGES.get("error.cannotConnect", where);
            case AUTH -> MESSAGES.get("error.auth", where, server.username());
            case TLS -> MESSAGES.get("error.tls", where, find(e, SSLException.class).getMessage());
            case DROPPED -> MESSAGES.get("error.dropped", where);
            case REFUSED_ADDRESS -> {
                SMTPAddressFailedException refused = find(e, SMTPAddressFailedException.class);
                yield refused != null
                        ? MESSAGES.get("error.refusedAddress", plain(refused.getAddress()), serverReply(refused))
                        : MESSAGES.get("error.refusedAddress", plain(((SendFailedException) e).getInvalidAddresses()[0]), serverReply(e));
            }
            case OTHER -> MESSAGES.get("error.other", where, serverReply(e));
        };
    }

    /** The connection broke (closed, reset, timed out) rather than the server saying no. */
    static boolean dropped(Throwable e) {
        if (find(e, EOFException.class) != null || find(e, SocketException.class) != null
                || find(e, SocketTimeoutException.class) != null
                || find(e, jakarta.mail.FolderClosedException.class) != null
                || find(e, jakarta.mail.StoreClosedException.class) != null) {
            return true;
        }
        for (Throwable t = e; t != null; t = next(t)) {
            String m = t.getMessage();
            if (m != null && (m.contains("[EOF]") || m.contains("Connection closed") || m.contains("Can't send command"))) {
                return true;
            }
        }
        return false;
    }

    /** The bare address, without the encoded display name toString() would give. */
    private static String plain(jakarta.mail.Address a) {
        return a instanceof jakarta.mail.internet.InternetAddress ia ? ia.getAddress() : String.valueOf(a);
    }

    private static String serverReply(Exception e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.strip();
    }

    static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = next(t)) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** MessagingException chains through getNextException as well as getCause. */
    private static Throwable next(Throwable t) {
        if (t instanceof MessagingException me && me.getNextException() != null && me.getNextException() != t) {
            return me.getNextException();
        }
        return t.getCause() == t ? null : t.getCause();
    }
}
