package vn.congvan.app;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import vn.congvan.model.InputException;
import vn.congvan.text.Messages;

/** The file formats congvan writes. */
public enum OutputFormat {
    PDF, DOCX, XLSX;

    private static final Messages MSG = Messages.of(OutputFormat.class);

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** "pdf,docx" as a user writes it; an unknown name is an error naming it. */
    public static Set<OutputFormat> parse(String list) {
        Set<OutputFormat> out = EnumSet.noneOf(OutputFormat.class);
        for (String part : list.split("[,;\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                out.add(valueOf(part.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InputException(MSG.get("format.unknown", part.strip()));
            }
        }
        if (out.isEmpty()) {
            throw new InputException(MSG.get("format.none"));
        }
        return out;
    }
}
