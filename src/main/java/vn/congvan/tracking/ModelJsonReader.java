package vn.congvan.tracking;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import vn.congvan.model.Appendix;
import vn.congvan.model.Block;
import vn.congvan.model.Dispatch;
import vn.congvan.model.DocumentType;
import vn.congvan.model.NumberSymbol;
import vn.congvan.model.OfficialDocument;
import vn.congvan.model.Paragraph;
import vn.congvan.model.Recurrence;
import vn.congvan.model.Reference;
import vn.congvan.model.Requirement;
import vn.congvan.model.Run;
import vn.congvan.model.Signer;
import vn.congvan.model.Table;

/**
 * Reads the document model as the ledger keeps it, through Jackson's streaming parser, as databind read it
 * before: fields in any order, unknown ones skipped, a missing one null (false, 0). Two forms of earlier
 * versions that databind no longer read are read too: a signer as {@code authority} and {@code title}, and a
 * table without {@code keptWhole}. Anything else out of shape is a {@link JsonParseException}.
 */
final class ModelJsonReader {
    private final JsonParser in;

    ModelJsonReader(JsonParser in) {
        this.in = in;
    }

    /** The one value of the text, which must be an object. */
    Dispatch dispatch() throws IOException {
        first();
        return dispatchObject();
    }

    OfficialDocument document() throws IOException {
        first();
        return documentObject();
    }

    private void first() throws IOException {
        if (in.nextToken() != JsonToken.START_OBJECT) {
            throw problem("expected an object");
        }
    }

    private Dispatch dispatchObject() throws IOException {
        OfficialDocument document = null;
        List<Requirement> requirements = null;
        List<Reference> references = null;
        while (nextField()) {
            switch (in.currentName()) {
                case "document" -> document = isNull() ? null : startObject(this::documentObject);
                case "requirements" -> requirements = list(() -> startObject(this::requirementObject));
                case "references" -> references = list(() -> startObject(this::referenceObject));
                default -> in.skipChildren();
            }
        }
        try {
            return new Dispatch(document, requirements, references);
        } catch (RuntimeException e) {
            throw cannotMake("Dispatch", e);
        }
    }

    private OfficialDocument documentObject() throws IOException {
        String parentIssuer = null, issuer = null, place = null, subject = null, contact = null;
        NumberSymbol numberSymbol = null;
        LocalDate date = null;
        DocumentType type = null;
        List<String> recipients = null, distribution = null;
        List<Block> body = null;
        Signer signer = null;
        Appendix appendix = null;
        while (nextField()) {
            switch (in.currentName()) {
                case "parentIssuer" -> parentIssuer = string();
                case "issuer" -> issuer = string();
                case "numberSymbol" -> numberSymbol = isNull() ? null : startObject(this::numberSymbolObject);
                case "place" -> place = string();
                case "date" -> date = date();
                case "type" -> type = enumValue(DocumentType.class);
                case "subject" -> subject = string();
                case "recipients" -> recipients = strings();
                case "body" -> body = blocks();
                case "signer" -> signer = isNull() ? null : startObject(this::signerObject);
                case "distribution" -> distribution = strings();
                case "contact" -> contact = string();
                case "appendix" -> appendix = isNull() ? null : startObject(this::appendixObject);
                default -> in.skipChildren();
            }
        }
        try {
            return new OfficialDocument(parentIssuer, issuer, numberSymbol, place, date, type, subject, recipients, body,
                    signer, distribution, contact, appendix);
        } catch (RuntimeException e) {
            throw cannotMake("OfficialDocument", e);
        }
    }

    private NumberSymbol numberSymbolObject() throws IOException {
        String number = null, symbol = null;
        while (nextField()) {
            switch (in.currentName()) {
                case "number" -> number = string();
                case "symbol" -> symbol = string();
                default -> in.skipChildren();
            }
        }
        try {
            return new NumberSymbol(number, symbol);
        } catch (RuntimeException e) {
            throw cannotMake("NumberSymbol", e);
        }
    }

    private Signer signerObject() throws IOException {
        List<String> authorityLines = null;
        String position = null, name = null, authority = null, title = null;
        while (nextField()) {
            switch (in.currentName()) {
                case "authorityLines" -> authorityLines = strings();
                case "position" -> position = string();
                case "name" -> name = string();
                // The form written before the authority was a list of lines.
                case "authority" -> authority = string();
                case "title" -> title = string();
                default -> in.skipChildren();
            }
        }
        try {
            return new Signer(authorityLines != null ? authorityLines : earlierAuthorityLines(authority, title), position, name);
        } catch (RuntimeException e) {
            throw cannotMake("Signer", e);
        }
    }

    /**
     * The lines of a signer stored as "KT." and "CHỦ TỊCH", a double authority's second line after a line feed
     * in the title: as that version printed them.
     */
    private static List<String> earlierAuthorityLines(String authority, String title) {
        if (authority == null) {
            return List.of();
        }
        String[] titleLines = title == null ? new String[] {""} : title.split("\n");
        List<String> lines = new ArrayList<>();
        lines.add((authority + " " + titleLines[0].strip()).strip());
        for (int i = 1; i < titleLines.length; i++) {
            lines.add(titleLines[i].strip());
        }
        return lines;
    }

    private Appendix appendixObject() throws IOException {
        String title = null, note = null;
        List<Block> body = null;
        while (nextField()) {
            switch (in.currentName()) {
                case "title" -> title = string();
                case "note" -> note = string();
                case "body" -> body = blocks();
                default -> in.skipChildren();
            }
        }
        try {
            return new Appendix(title, note, body);
        } catch (RuntimeException e) {
            throw cannotMake("Appendix", e);
        }
    }

    private List<Block> blocks() throws IOException {
        return list(() -> startObject(this::blockObject));
    }

    /** A paragraph or a table, as its "kind" says, wherever that stands among the fields. */
    private Block blockObject() throws IOException {
        String kind = null;
        List<Run> runs = null;
        Paragraph.Role role = null;
        List<String> header = null, keptWhole = null;
        List<List<String>> rows = null;
        List<Double> widths = null;
        while (nextField()) {
            switch (in.currentName()) {
                case "kind" -> kind = string();
                case "runs" -> runs = list(() -> startObject(this::runObject));
                case "role" -> role = enumValue(Paragraph.Role.class);
                case "header" -> header = strings();
                case "rows" -> rows = list(this::strings);
                case "widths" -> widths = list(this::number);
                case "keptWhole" -> keptWhole = strings();
                default -> in.skipChildren();
            }
        }
        if (!"paragraph".equals(kind) && !"table".equals(kind)) {
            throw problem(kind == null ? "a block without its kind" : "unknown block kind '" + kind + "'");
        }
        try {
            // Tables stored before kept phrases existed have none.
            return "paragraph".equals(kind) ? new Paragraph(runs, role)
                    : new Table(header, rows, widths, keptWhole == null ? List.of() : keptWhole);
        } catch (RuntimeException e) {
            throw cannotMake(kind, e);
        }
    }

    private Run runObject() throws IOException {
        String text = null;
        boolean bold = false, italic = false;
        while (nextField()) {
            switch (in.currentName()) {
                case "text" -> text = string();
                case "bold" -> bold = bool();
                case "italic" -> italic = bool();
                default -> in.skipChildren();
            }
        }
        return new Run(text, bold, italic);
    }

    private Requirement requirementObject() throws IOException {
        String id = null, text = null;
        List<LocalDate> deadlines = null;
        List<Requirement> items = null;
        List<String> lead = null, support = null;
        LocalTime dueTime = null;
        Recurrence recurrence = null;
        while (nextField()) {
            switch (in.currentName()) {
                case "id" -> id = string();
                case "text" -> text = string();
                case "deadlines" -> deadlines = list(this::date);
                case "items" -> items = list(() -> startObject(this::requirementObject));
                case "lead" -> lead = strings();
                case "support" -> support = strings();
                case "dueTime" -> dueTime = time();
                case "recurrence" -> recurrence = isNull() ? null : startObject(this::recurrenceObject);
                default -> in.skipChildren();
            }
        }
        try {
            return new Requirement(id, text, deadlines, items, lead, support, dueTime, recurrence);
        } catch (RuntimeException e) {
            throw cannotMake("Requirement", e);
        }
    }

    private Recurrence recurrenceObject() throws IOException {
        Recurrence.Period period = null;
        int dayOfMonth = 0;
        YearMonth start = null;
        while (nextField()) {
            switch (in.currentName()) {
                case "period" -> period = enumValue(Recurrence.Period.class);
                case "dayOfMonth" -> dayOfMonth = integer();
                case "start" -> start = parsed(YearMonth::parse);
                default -> in.skipChildren();
            }
        }
        return new Recurrence(period, dayOfMonth, start);
    }

    private Reference referenceObject() throws IOException {
        String numberSymbol = null;
        LocalDate date = null;
        while (nextField()) {
            switch (in.currentName()) {
                case "numberSymbol" -> numberSymbol = string();
                case "date" -> date = date();
                default -> in.skipChildren();
            }
        }
        return new Reference(numberSymbol, date);
    }

    // --- values ---

    /** Moves to the next field's value; false at the end of the object. */
    private boolean nextField() throws IOException {
        JsonToken t = in.nextToken();
        if (t == JsonToken.END_OBJECT) {
            return false;
        }
        if (t != JsonToken.FIELD_NAME) {
            throw problem("expected a field name");
        }
        in.nextToken();
        return true;
    }

    private boolean isNull() {
        return in.currentToken() == JsonToken.VALUE_NULL;
    }

    private interface Value<T> {
        T read() throws IOException;
    }

    /** The object at the current token, read by {@code fields}. */
    private <T> T startObject(Value<T> fields) throws IOException {
        if (in.currentToken() != JsonToken.START_OBJECT) {
            throw problem("expected an object");
        }
        return fields.read();
    }

    /** The array at the current token (null when null), each element read by {@code element}. */
    private <T> List<T> list(Value<T> element) throws IOException {
        if (isNull()) {
            return null;
        }
        if (in.currentToken() != JsonToken.START_ARRAY) {
            throw problem("expected an array");
        }
        List<T> values = new ArrayList<>();
        while (in.nextToken() != JsonToken.END_ARRAY) {
            values.add(isNull() ? null : element.read());
        }
        return values;
    }

    private List<String> strings() throws IOException {
        return list(this::string);
    }

    /** Text, or a number or boolean as text (as databind took them); null when null. */
    private String string() throws IOException {
        JsonToken t = in.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (!t.isScalarValue()) {
            throw problem("expected text");
        }
        return in.getText();
    }

    private boolean bool() throws IOException {
        return switch (in.currentToken()) {
            case VALUE_TRUE -> true;
            case VALUE_FALSE, VALUE_NULL -> false;
            default -> throw problem("expected true or false");
        };
    }

    private int integer() throws IOException {
        return switch (in.currentToken()) {
            case VALUE_NUMBER_INT -> in.getIntValue();
            case VALUE_NULL -> 0;
            case VALUE_STRING -> parsed(Integer::parseInt);
            default -> throw problem("expected a whole number");
        };
    }

    private Double number() throws IOException {
        return switch (in.currentToken()) {
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> in.getDoubleValue();
            case VALUE_STRING -> parsed(Double::valueOf);
            default -> throw problem("expected a number");
        };
    }

    private LocalDate date() throws IOException {
        return parsed(LocalDate::parse);
    }

    private LocalTime time() throws IOException {
        return parsed(LocalTime::parse);
    }

    private <E extends Enum<E>> E enumValue(Class<E> type) throws IOException {
        return parsed(text -> Enum.valueOf(type, text));
    }

    /** The text at the current token made into a value; null for null or empty text. */
    private <T> T parsed(java.util.function.Function<String, T> parse) throws IOException {
        String text = string();
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return parse.apply(text.strip());
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw problem("cannot read '" + text + "': " + e.getMessage());
        }
    }

    /** A model record's own checks refused what was read: the text is out of shape. */
    private JsonParseException cannotMake(String what, RuntimeException e) {
        return new JsonParseException(in, "cannot make a " + what + ": " + e.getMessage(), e);
    }

    private JsonParseException problem(String message) {
        return new JsonParseException(in, message);
    }
}
