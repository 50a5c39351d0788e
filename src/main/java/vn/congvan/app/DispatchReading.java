package vn.congvan.app;

import vn.congvan.model.Dispatch;

/**
 * A dispatch as congvan read it from a file.
 *
 * @param ocr true when the file was a scan or photo read through OCR: its fields need the clerk's eye
 */
public record DispatchReading(Dispatch dispatch, boolean ocr) {
}
