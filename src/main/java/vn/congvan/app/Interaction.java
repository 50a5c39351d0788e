package vn.congvan.app;

import java.util.Optional;

/**
 * What differs between a terminal and a window, passed in by the shell: asking the user for a secret,
 * a yes/no question, and progress with a way to stop. The use cases decide when to ask; the shell only
 * decides how.
 */
public interface Interaction {
    /** Nobody to ask: no secret, every question answered no, progress unseen, never stopped. */
    Interaction NONE = new Interaction() {
    };

    /**
     * A secret the user gives now (a mail password), never echoed.
     *
     * @param prompt Vietnamese, says whose secret and for what
     * @return empty when nobody can answer (no terminal, the user cancelled)
     */
    default Optional<char[]> secret(String prompt) {
        return Optional.empty();
    }

    /** A yes/no question in Vietnamese; true only when the user says yes. */
    default boolean confirm(String question) {
        return false;
    }

    /**
     * Progress of a long task (sending to units, reading mails).
     *
     * @param step  what was just done, e.g. the unit's name
     * @param done  how many steps are done
     * @param total how many there are, or 0 when not known in advance
     */
    default void progress(String step, int done, int total) {
    }

    /**
     * Something the user should know while it happens, with nothing to answer: long one-off work that explains a
     * wait (the ledger's status tables computed again after an update), in Vietnamese.
     */
    default void notice(String text) {
    }

    /** Whether the user asked to stop; checked between two steps, so a step is never left half done. */
    default boolean cancelled() {
        return false;
    }
}
