package vn.congvan.tracking;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import vn.congvan.model.Block;
import vn.congvan.model.Dispatch;
import vn.congvan.model.Paragraph;
import vn.congvan.model.Table;

/**
 * The analysed dispatch as the ledger keeps it: JSON of the document model, every field the reader
 * found. {@link #VERSION} names this shape; a later program that changes the model reads older
 * versions or says it cannot.
 */
final class AnalysedDispatchCodec {
    /** The shape of the JSON written by this program. */
    static final int VERSION = 1;

    /** The body is a list of paragraphs and tables: say which each is. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({@JsonSubTypes.Type(value = Paragraph.class, name = "paragraph"),
            @JsonSubTypes.Type(value = Table.class, name = "table")})
    private interface BlockKinds {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .addMixIn(Block.class, BlockKinds.class)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private AnalysedDispatchCodec() {
    }

    static String write(Dispatch dispatch) {
        try {
            return MAPPER.writeValueAsString(dispatch);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the document model always writes as JSON", e);
        }
    }

    /** A document congvan wrote (a draft kept for signing), in the same shape. */
    static String write(vn.congvan.model.OfficialDocument document) {
        try {
            return MAPPER.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the document model always writes as JSON", e);
        }
    }

    static vn.congvan.model.OfficialDocument readDocument(String json) throws JsonProcessingException {
        return MAPPER.readValue(json, vn.congvan.model.OfficialDocument.class);
    }

    /** @throws JsonProcessingException when the stored text is not a dispatch of this shape */
    static Dispatch read(String json) throws JsonProcessingException {
        return MAPPER.readValue(json, Dispatch.class);
    }
}
