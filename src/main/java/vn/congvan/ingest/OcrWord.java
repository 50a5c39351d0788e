package vn.congvan.ingest;

/**
 * One word Tesseract found, in pixels of the image it read.
 *
 * @param line       which line of Tesseract's layout it belongs to (block, paragraph and line numbers)
 * @param confidence Tesseract's confidence, 0 to 100
 */
record OcrWord(String line, int left, int top, int width, int height, float confidence, String text) {
    int right() {
        return left + width;
    }

    int bottom() {
        return top + height;
    }
}
