package vn.congvan.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.congvan.model.OfficialDocument;
import vn.congvan.render.MarkdownWriter;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** parse → model → write → parse gives an equal model: the one-model promise, for text and for DOCX. */
class RoundTripTest {
    @TempDir
    Path dir;

    static List<Path> fixtures() {
        return Fixtures.ALL;
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void markdownWrittenBackReadsAsTheSameModel(Path fixture) {
        OfficialDocument original = Fixtures.read(fixture);
        String markdown = new MarkdownWriter().write(original);
        OfficialDocument again = Fixtures.read(Fixtures.write(dir, "ban-ghi.md", markdown));

        assertEquals(original, again);
        assertEquals(markdown, new MarkdownWriter().write(again), "writing is stable");
        assertNotNull(original.signer());
        assertFalse(original.paragraphs().isEmpty());
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void docxWrittenInTheOfficialLayoutReadsAsTheSameModel(Path fixture) throws Exception {
        OfficialDocument original = Fixtures.read(fixture);
        Path docx = DocxFixture.write(original, dir.resolve("ban-ghi.docx"));

        assertEquals(original, Fixtures.read(docx));
    }

    @Test
    void aModelBuiltInCodeComesBackEqualThroughMarkdownAndDocx() throws Exception {
        OfficialDocument built = Fixtures.builtReport(".");

        Path markdown = Fixtures.write(dir, "bao-cao.md", new MarkdownWriter().write(built));
        assertEquals(built, Fixtures.read(markdown));
        assertEquals(built, Fixtures.read(DocxFixture.write(built, dir.resolve("bao-cao.docx"))));
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void theDispatchAnalysisSurvivesTheRoundTrip(Path fixture) {
        var original = new DispatchReader().read(fixture);
        Path written = Fixtures.write(dir, "ban-ghi.md", new MarkdownWriter().write(original.document()));

        var again = new DispatchReader().read(written);
        assertEquals(original.requirements(), again.requirements());
        assertEquals(original.references(), again.references());
    }
}
