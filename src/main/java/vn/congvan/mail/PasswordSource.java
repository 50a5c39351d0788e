package vn.congvan.mail;

import vn.congvan.text.Messages;

import java.io.Console;
import java.util.Map;

/**
 * Where a mail password comes from: an environment variable or a prompt, never a file or an
 * argument. Implementations must not log it.
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

    /** Asks on the terminal without echo; {@code prompt} is shown as it is. */
    static PasswordSource console(String prompt) {
        return () -> {
            Console console = System.console();
            char[] typed = console == null ? null : console.readPassword("%s", prompt);
            if (typed == null || typed.length == 0) {
                throw new MailException(Messages.of(PasswordSource.class).get("password.noConsole"));
            }
            return typed;
        };
    }

    /** This source, else {@code other} (environment first, then ask). */
    default PasswordSource orElse(PasswordSource other) {
        return () -> {
            try {
                return password();
            } catch (MailException e) {
                return other.password();
            }
        };
    }
}
