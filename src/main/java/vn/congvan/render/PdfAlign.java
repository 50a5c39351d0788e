package vn.congvan.render;

/** Horizontal alignment of a line in its box; a justified paragraph's last line is set left. */
enum PdfAlign {
    LEFT, CENTER, JUSTIFY
}
