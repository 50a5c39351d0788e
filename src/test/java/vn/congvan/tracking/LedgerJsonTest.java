package vn.congvan.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A signature's problems are kept as a JSON list of texts: the same text databind wrote, read as it read it. */
class LedgerJsonTest {
    private static final ObjectMapper DATABIND = new ObjectMapper();
    private static final TypeReference<List<String>> TEXTS = new TypeReference<>() { };

    @Test
    void listsOfTextsWriteAndReadAsWithDatabind() throws JsonProcessingException {
        List<List<String>> lists = List.of(List.of(), List.of("Chứng thư đã hết hạn"),
                List.of("dấu \"ngoặc\" \\ / <b>&", "tab\tline\nfeed\u2028\u0001", "🙂"), Arrays.asList("a", null));
        for (List<String> list : lists) {
            String json = LedgerJson.strings(list);
            assertEquals(DATABIND.writeValueAsString(list), json);
            assertEquals(list, LedgerJson.strings(json));
            assertEquals(DATABIND.readValue(json, TEXTS), LedgerJson.strings(json));
        }
        assertEquals("null", LedgerJson.strings((List<String>) null));
        assertEquals(null, LedgerJson.strings("null"));
    }

    @Test
    void otherTextIsRefused() {
        for (String json : List.of("", "{}", "[[\"a\"]]", "[\"a\"", "nope")) {
            assertThrows(JsonProcessingException.class, () -> DATABIND.readValue(json, TEXTS), json);
            assertThrows(JsonProcessingException.class, () -> LedgerJson.strings(json), json);
        }
    }
}
