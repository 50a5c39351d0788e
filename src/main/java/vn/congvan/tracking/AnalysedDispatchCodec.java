package vn.congvan.tracking;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;

import vn.congvan.model.Dispatch;
import vn.congvan.model.OfficialDocument;

/**
 * The analysed dispatch as the ledger keeps it: JSON of the document model, every field the reader
 * found. {@link #VERSION} names this shape; a later program that changes the model reads older
 * versions or says it cannot. Written and read field by field with Jackson's streaming API
 * ({@link ModelJsonWriter}, {@link ModelJsonReader}): databind's start-up by reflection cost a cold
 * {@code report} more than reading the text.
 */
final class AnalysedDispatchCodec {
    /** The shape of the JSON written by this program. */
    static final int VERSION = 1;

    private AnalysedDispatchCodec() {
    }

    static String write(Dispatch dispatch) {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = LedgerJson.FACTORY.createGenerator(text)) {
            new ModelJsonWriter(out).dispatch(dispatch);
        } catch (IOException e) {
            throw new IllegalStateException("the document model always writes as JSON", e);
        }
        return text.toString();
    }

    /** A document congvan wrote (a draft kept for signing), in the same shape. */
    static String write(OfficialDocument document) {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = LedgerJson.FACTORY.createGenerator(text)) {
            new ModelJsonWriter(out).document(document);
        } catch (IOException e) {
            throw new IllegalStateException("the document model always writes as JSON", e);
        }
        return text.toString();
    }

    /** @throws JsonProcessingException when the stored text is not a document of this shape */
    static OfficialDocument readDocument(String json) throws JsonProcessingException {
        try (JsonParser in = LedgerJson.FACTORY.createParser(json)) {
            return new ModelJsonReader(in).document();
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @throws JsonProcessingException when the stored text is not a dispatch of this shape */
    static Dispatch read(String json) throws JsonProcessingException {
        try (JsonParser in = LedgerJson.FACTORY.createParser(json)) {
            return new ModelJsonReader(in).dispatch();
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
