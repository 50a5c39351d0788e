package vn.congvan.mail;

/** A link in an HTML mail: where it goes and what the reader sees. */
public record HtmlLink(String href, String text) {
}
