package vn.congvan.mail;

import vn.congvan.text.Messages;

import java.util.Map;

/**
 * Where a mail password comes from: an environment variable or the user (asked by the app), never a
 * file or an argument. Implementations must not log it.
 */
@FunctionalInterface
public interface PasswordSource {
    /** The password; the caller clears the array when done. */
    char[] password() throws MailException;

    /** The environment variable {@code name}, e.g. CONGVAN_SMTP_PASSWORD. */
    static PasswordSource environment(String name) {
        return environment(name, System.getenv());
    }

    /** As {@link #environment(String)}, from the given environment (lets the app pass a sanitized copy). */
    static PasswordSource environment(String name, Map<String, String> environment) {
        return () -> {
            String value = environment.get(name);
            if (value == null || value.isEmpty()) {
                throw new MailException(Messages.of(PasswordSource.class).get("password.noVariable", name));
            }
            return value.toCharArray();
        };
    }
}
