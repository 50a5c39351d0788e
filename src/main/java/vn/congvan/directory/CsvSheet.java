package vn.congvan.directory;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

import vn.congvan.model.InputException;
import vn.congvan.text.Messages;
import vn.congvan.text.Untrusted;
import vn.congvan.text.VietnameseText;

/**
 * A directory CSV file (UTF-8, header row) read whole, each row knowing its file and line so that
 * every complaint can name them.
 */
final class CsvSheet {
    static final Messages MESSAGES = Messages.of(CsvSheet.class);

    // Header case is ignored: a clerk saving from a spreadsheet may write "Code".
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreHeaderCase(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();

    private CsvSheet() {
    }

    /** The rows of {@code file}; its header must have every one of {@code columns}. */
    static List<Row> read(Path file, List<String> columns) {
        String text = readText(file);
        try (CSVParser parser = open(file, text)) {
            Set<String> header = parser.getHeaderNames().stream()
                    .map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
            for (String column : columns) {
                if (!header.contains(column)) {
                    throw new InputException(MESSAGES.get("header.missingColumn", file, column));
                }
            }
            List<Row> rows = new ArrayList<>();
            Iterator<CSVRecord> records = parser.iterator();
            long lastGoodLine = 1;
            while (true) {
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                } catch (UncheckedIOException e) {
                    // An unclosed quote or a stray character after a quoted value; the bad record
                    // starts after the last good one.
                    throw new InputException(MESSAGES.get("file.badQuotes", file, lineText(lastGoodLine + 1)), e);
                }
                CSVRecord record = records.next();
                // After a record is read the parser stands on the line where it ends.
                long line = parser.getCurrentLineNumber();
                int headerSize = parser.getHeaderNames().size();
                if (record.size() > headerSize) {
                    throw new InputException(MESSAGES.get("row.extraValues", file, lineText(line),
                            Integer.toString(record.size()), Integer.toString(headerSize)));
                }
                rows.add(new Row(file, line, record, headerSize));
                lastGoodLine = line;
            }
            return rows;
        } catch (IOException e) {
            throw new InputException(MESSAGES.get("file.unreadable", file, e.getMessage()), e);
        }
    }

    /** A parser that has read the header row. */
    private static CSVParser open(Path file, String text) throws IOException {
        try {
            return CSVParser.parse(new StringReader(text), FORMAT);
        } catch (IllegalArgumentException e) {
            // commons-csv rejects a header with a repeated or empty column name.
            throw new InputException(MESSAGES.get("header.duplicate", file), e);
        }
    }

    private static String readText(Path file) {
        try {
            return VietnameseText.clean(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new InputException(MESSAGES.get("file.missing", file), e);
        } catch (CharacterCodingException e) {
            throw new InputException(MESSAGES.get("file.notUtf8", file), e);
        } catch (IOException e) {
            throw new InputException(MESSAGES.get("file.unreadable", file, e.getMessage()), e);
        }
    }

    /** Line numbers as plain digits: MessageFormat would group them ("1.024"). */
    static String lineText(long line) {
        return Long.toString(line);
    }

    /** One data row. */
    static final class Row {
        private final Path file;
        private final long line;
        private final CSVRecord record;
        private final int headerSize;

        private Row(Path file, long line, CSVRecord record, int headerSize) {
            this.file = file;
            this.line = line;
            this.record = record;
            this.headerSize = headerSize;
        }

        Path file() {
            return file;
        }

        long line() {
            return line;
        }

        /** A value that must be there and not blank. */
        String required(String column) {
            String value = optional(column);
            if (value.isEmpty()) {
                throw error(column, "row.empty");
            }
            return value;
        }

        /** A value that may be blank (but the column must still be there). */
        String optional(String column) {
            if (!record.isSet(column)) {
                throw error(column, "row.missingValue", Integer.toString(record.size()), Integer.toString(headerSize));
            }
            return Untrusted.line(record.get(column));
        }

        /** A {@code |}-separated list; blank items are ignored ("a||b", a trailing "|"). */
        List<String> list(String column) {
            return Arrays.stream(optional(column).split("\\|"))
                    .map(VietnameseText::oneLine)
                    .filter(s -> !s.isEmpty())
                    .toList();
        }

        /** A complaint about {@code column} of this row: file, line and column come first. */
        InputException error(String column, String key, Object... args) {
            Object[] all = new Object[args.length + 3];
            all[0] = file;
            all[1] = lineText(line);
            all[2] = column;
            System.arraycopy(args, 0, all, 3, args.length);
            return new InputException(MESSAGES.get(key, all));
        }
    }
}
