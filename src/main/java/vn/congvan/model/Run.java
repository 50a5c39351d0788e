package vn.congvan.model;

/** A stretch of text with one style inside a paragraph. */
public record Run(String text, boolean bold, boolean italic) {
    public static Run plain(String text) {
        return new Run(text, false, false);
    }
}
