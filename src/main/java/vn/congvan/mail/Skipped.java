package vn.congvan.mail;

/** A mail that could not be read safely, with the Vietnamese reason; the rest of the batch went on. */
public record Skipped(String position, String reason) {
}
