package vn.congvan.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One fact in the append-only ledger. Build one by name: {@code Event.of(key, EventType.DONE, at)
 * .unit(code).requirement("1").source("mail", messageId).evidence(…).build()}.
 *
 * @param dispatchKey   the ledger's key of the dispatch ({@link TrackedDispatch#key()})
 * @param unitCode      the unit concerned, or null for an event of the whole dispatch
 * @param requirementId the requirement concerned, or null
 * @param type          what happened
 * @param at            when it happened (as the source states it, else when recorded)
 * @param source        who or what recorded it: "clerk", "mail", "import" …
 * @param sourceId      a stable id of the source (Message-ID, file hash …); the ledger ignores a repeat
 * @param evidence      what proves it: a file path, a Message-ID, a quotation; may be null
 * @param note          free text; may be null
 * @param deadline      the new deadline for {@link EventType#DEADLINE_CHANGED}, else null
 * @param doneOn        for a report: the day the unit says the work was done, when it says so; lateness is
 *                      judged by it, while {@code at} stays the time of the report itself
 * @param expectedBy    for a report: the day the unit expects to finish, when it says so; else null
 */
public record Event(long dispatchKey, String unitCode, String requirementId, EventType type, Instant at,
                    String source, String sourceId, String evidence, String note, LocalDate deadline,
                    LocalDate doneOn, LocalDate expectedBy) {

    /** Starts an event of {@code type} on a dispatch at {@code at}; the rest is named on the builder. */
    public static Builder of(long dispatchKey, EventType type, Instant at) {
        return new Builder(dispatchKey, Objects.requireNonNull(type, "type"), Objects.requireNonNull(at, "at"));
    }

    /** Names the optional parts of an event, so that four strings in a row cannot change places. */
    public static final class Builder {
        private final long dispatchKey;
        private final EventType type;
        private final Instant at;
        private String unitCode;
        private String requirementId;
        private String source;
        private String sourceId;
        private String evidence;
        private String note;
        private LocalDate deadline;
        private LocalDate doneOn;
        private LocalDate expectedBy;

        private Builder(long dispatchKey, EventType type, Instant at) {
            this.dispatchKey = dispatchKey;
            this.type = type;
            this.at = at;
        }

        public Builder unit(String code) {
            this.unitCode = code;
            return this;
        }

        public Builder requirement(String id) {
            this.requirementId = id;
            return this;
        }

        /** Who recorded it ("clerk", "mail", "import") and that source's stable id for this fact. */
        public Builder source(String source, String sourceId) {
            this.source = source;
            this.sourceId = sourceId;
            return this;
        }

        public Builder evidence(String evidence) {
            this.evidence = evidence;
            return this;
        }

        public Builder note(String note) {
            this.note = note;
            return this;
        }

        public Builder deadline(LocalDate deadline) {
            this.deadline = deadline;
            return this;
        }

        /** The day the unit says the work was done (not when it said so). */
        public Builder doneOn(LocalDate doneOn) {
            this.doneOn = doneOn;
            return this;
        }

        /** The day the unit expects to finish. */
        public Builder expectedBy(LocalDate expectedBy) {
            this.expectedBy = expectedBy;
            return this;
        }

        public Event build() {
            return new Event(dispatchKey, unitCode, requirementId, type, at, source, sourceId, evidence, note, deadline,
                    doneOn, expectedBy);
        }
    }
}
