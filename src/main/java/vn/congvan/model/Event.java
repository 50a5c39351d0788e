package vn.congvan.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One fact in the append-only ledger.
 *
 * @param dispatchId    number/symbol of the dispatch
 * @param unitCode      the unit concerned, or null for an event of the whole dispatch
 * @param requirementId the requirement concerned, or null
 * @param type          what happened
 * @param at            when it happened (as the source states it, else when recorded)
 * @param source        who or what recorded it: "clerk", "mail", "import" …
 * @param sourceId      a stable id of the source (Message-ID, file hash …); the ledger ignores a repeat
 * @param evidence      what proves it: a file path, a Message-ID, a quotation; may be null
 * @param note          free text; may be null
 * @param deadline      the new deadline for {@link EventType#DEADLINE_CHANGED}, else null
 */
public record Event(String dispatchId, String unitCode, String requirementId, EventType type, Instant at,
                    String source, String sourceId, String evidence, String note, LocalDate deadline) {
}
