package vn.congvan.ingest;

import vn.congvan.model.InputException;

/**
 * The file is a scan or a photo (pages that are only images): the text readers refuse it with this, so
 * that a use case that may run OCR ({@link ScanReader}) knows to, and any other shows the message.
 */
public final class ScanFound extends InputException {
    ScanFound(String message) {
        super(message);
    }
}
