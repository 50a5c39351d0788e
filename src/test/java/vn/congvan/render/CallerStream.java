package vn.congvan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** A caller's stream for the writers' tests: keeps the bytes and remembers whether a writer closed it. */
final class CallerStream extends ByteArrayOutputStream {
    boolean closed;

    @Override
    public void close() {
        closed = true;
    }

    /**
     * Two DOCX or XLSX packages hold the same parts with the same XML, apart from the zip entries' times
     * and the creation time POI stamps into docProps/core.xml.
     */
    static void assertSameParts(byte[] expected, byte[] actual) throws IOException {
        Map<String, String> want = parts(expected);
        Map<String, String> got = parts(actual);
        assertEquals(want.keySet(), got.keySet());
        for (String name : want.keySet()) {
            // Not assertEquals on the text: a whole worksheet would flood the report.
            assertTrue(want.get(name).equals(got.get(name)), name + " differs");
        }
    }

    private static Map<String, String> parts(byte[] zip) throws IOException {
        Map<String, String> parts = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                parts.put(e.getName(), xml.replaceAll("<dcterms:created[^>]*>[^<]*</dcterms:created>", ""));
            }
        }
        return parts;
    }
}
