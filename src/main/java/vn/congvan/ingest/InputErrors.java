package vn.congvan.ingest;

import vn.congvan.model.InputException;
import vn.congvan.text.Messages;
import vn.congvan.text.Sizes;
import vn.congvan.text.Untrusted;

import java.nio.file.Path;

/** The Vietnamese messages of bad input, from this package's bundle. */
final class InputErrors {
    static final Messages MESSAGES = Messages.of(InputErrors.class);

    private InputErrors() {
    }

    static InputException of(String key, Object... args) {
        return new InputException(MESSAGES.get(key, args));
    }

    static InputException of(Throwable cause, String key, Object... args) {
        return new InputException(MESSAGES.get(key, args), cause);
    }

    /** A file refused by {@link UnpackGuard} as a likely zip or Flate "bomb" or nested too deep, with the limits it passed. */
    static InputException bomb(Path file, InputLimits limits, UnpackRefused cause) {
        if (cause.reason() == UnpackRefused.Reason.TOO_DEEP) {
            return of(cause, "file.tooDeep", name(file), Integer.toString(limits.maxDepth()));
        }
        return of(cause, "file.bomb", name(file), Sizes.of(limits.maxUnpackedBytes()), limits.maxUnpackRatio());
    }

    /**
     * "dòng 12" in a text file, "đoạn 12" in a DOCX, "trang 2, dòng 5" in a PDF; numbers as plain digits,
     * never "1.234".
     */
    static String where(SourceText source, SourceLine line) {
        String number = Integer.toString(line.number());
        if (line.page() > 0) {
            return MESSAGES.get("where.pageLine", Integer.toString(line.page()), number);
        }
        return MESSAGES.get(source.paragraphs() ? "where.paragraph" : "where.line", number);
    }

    /** "dòng 12", for sources without a {@link SourceText} yet. */
    static String line(int number) {
        return MESSAGES.get("where.line", Integer.toString(number));
    }

    /** The file as a message names it, without the control characters its name may carry. */
    static String name(Path file) {
        return Untrusted.line(file.toString());
    }
}
