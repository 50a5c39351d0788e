package vn.congvan.model;

/** One piece of the body (position 6): a paragraph or a table. */
public sealed interface Block permits Paragraph, Table {
}
