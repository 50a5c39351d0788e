package vn.congvan.render;

/**
 * The numbers of LAYOUT.md that every writer shares, in points: A4 portrait, margins 20/20/30/15 mm,
 * the columns of the header and the footer, the sizes of the fixed parts. The PDF places its text by
 * them and the DOCX writer converts them to twips, so that both break lines at the same widths.
 */
final class Layout {
    static final float MM = 72f / 25.4f;
    static final float PAPER_WIDTH = 210 * MM;
    static final float PAPER_HEIGHT = 297 * MM;
    static final float MARGIN_TOP = 20 * MM;
    static final float MARGIN_BOTTOM = 20 * MM;
    static final float MARGIN_LEFT = 30 * MM;
    static final float MARGIN_RIGHT = 15 * MM;
    /** 165 mm. */
    static final float TEXT_WIDTH = PAPER_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;

    /** Header columns: 40 % and 60 % of the text width. */
    static final float HEADER_LEFT = TEXT_WIDTH * 0.4f;
    static final float HEADER_RIGHT = TEXT_WIDTH - HEADER_LEFT;
    /**
     * Text inset on each side of the header's left column: Word's default table cell margin (108
     * twips, 1.9 mm). It keeps a gutter between the issuer and the national name, which itself needs
     * the right column's full width at 13 pt bold and so has no inset.
     */
    static final float COLUMN_INSET = 108 / 20f;
    static final float HEADER_LEFT_TEXT = HEADER_LEFT - 2 * COLUMN_INSET;
    /** Footer columns: half the text width each, no inset. */
    static final float FOOTER_COLUMN = TEXT_WIDTH / 2;

    /** Parent issuer, issuer, national name and "Số:". */
    static final float HEADER_SIZE = 13;
    /** The "V/v" excerpt of a công văn. */
    static final float EXCERPT_SIZE = 12;
    /** Motto, place and date, type title and excerpt, Kính gửi, body, signature block, page numbers. */
    static final float TEXT_SIZE = 14;
    static final float DISTRIBUTION_LABEL_SIZE = 12;
    static final float DISTRIBUTION_ENTRY_SIZE = 11;
    static final float TABLE_SIZE = 12;

    static final float BODY_INDENT = 10 * MM;
    static final float PARAGRAPH_AFTER = 6;
    /** Space before the type title, Kính gửi and the footer. */
    static final float BLOCK_BEFORE = 12;
    /** The gap between the header's first row and "Số:" with the date. */
    static final float HEADER_ROW_GAP = 6;
    /** Space above the "V/v" excerpt. */
    static final float EXCERPT_BEFORE = 6;
    static final float TABLE_PADDING = 1.5f * MM;
    static final float SIGNATURE_ROOM = 30 * MM;
    static final float RULE_WIDTH = 0.5f;

    private Layout() {
    }
}
