package vn.congvan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.congvan.ingest.DispatchReader;
import vn.congvan.model.Dispatch;

/** The strongest test of the one model: the seed written as DOCX by us and read back gives the seed. */
class DocxRoundTripTest {
    static final Path SEED = Path.of("samples", "000_7ae9f029b9ddbc9d.txt");

    @Test
    void seedThroughDocxReadsBackToTheSameDispatch(@TempDir Path dir) {
        DispatchReader reader = new DispatchReader();
        Dispatch seed = reader.read(SEED);
        Path docx = dir.resolve("cong-van.docx");
        new DocxWriter().write(seed.document(), docx);
        Dispatch back = reader.read(docx);

        assertEquals(seed.document().numberSymbol(), back.document().numberSymbol());
        assertEquals(seed.document().issuer(), back.document().issuer());
        assertEquals(seed.document().parentIssuer(), back.document().parentIssuer());
        assertEquals(seed.document().place(), back.document().place());
        assertEquals(seed.document().date(), back.document().date());
        assertEquals(seed.document().type(), back.document().type());
        assertEquals(seed.document().subject(), back.document().subject());
        assertEquals(seed.document().recipients(), back.document().recipients());
        assertEquals(seed.document().signer(), back.document().signer());
        assertEquals(seed.document().distribution(), back.document().distribution());
        assertEquals(seed.document().contact(), back.document().contact());
        assertEquals(seed.requirements(), back.requirements());
        assertEquals(seed.references(), back.references());
        assertEquals(seed.document().body(), back.document().body(), "paragraphs, roles and bold runs");
        assertEquals(seed, back);
    }
}
