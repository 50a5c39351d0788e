package vn.congvan.tracking;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

/**
 * The JSON the ledger keeps in its columns, through Jackson's streaming API only: databind builds its
 * model of each class by reflection on first use, which a cold command paid for a few short texts.
 */
final class LedgerJson {
    static final JsonFactory FACTORY = new JsonFactory();

    private LedgerJson() {
    }

    /** A list of texts as databind wrote it: {@code ["a","b"]} ({@code null} for none). */
    static String strings(List<String> values) {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = FACTORY.createGenerator(text)) {
            if (values == null) {
                out.writeNull();
                return "null";
            }
            out.writeStartArray();
            for (String v : values) {
                out.writeString(v);
            }
            out.writeEndArray();
        } catch (IOException e) {
            throw new IllegalStateException("a list of texts always writes as JSON", e);
        }
        return text.toString();
    }

    /** A list of texts as {@link #strings(List)} writes it; null for {@code null}, as databind read it. */
    static List<String> strings(String json) throws JsonProcessingException {
        try (JsonParser in = FACTORY.createParser(json)) {
            JsonToken first = in.nextToken();
            if (first == JsonToken.VALUE_NULL) {
                return null;
            }
            if (first != JsonToken.START_ARRAY) {
                throw new JsonParseException(in, "expected a list of texts");
            }
            List<String> values = new ArrayList<>();
            for (JsonToken t = in.nextToken(); t != JsonToken.END_ARRAY; t = in.nextToken()) {
                if (t == null || !t.isScalarValue()) {
                    throw new JsonParseException(in, "expected a text");
                }
                values.add(t == JsonToken.VALUE_NULL ? null : in.getText());
            }
            return values;
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
