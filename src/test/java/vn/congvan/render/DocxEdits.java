package vn.congvan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import jakarta.xml.bind.JAXBElement;
import org.docx4j.TraversalUtil;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.P;
import org.docx4j.wml.Text;

/** A DOCX changed on purpose for the tests, as a clerk's hand would change it. */
final class DocxEdits {
    private DocxEdits() {
    }

    /** {@code from}, loaded with docx4j, changed by {@code change}, saved as {@code to}. */
    static Path changed(Path from, Path to, Consumer<WordprocessingMLPackage> change) throws Exception {
        WordprocessingMLPackage pkg = WordprocessingMLPackage.load(from.toFile());
        change.accept(pkg);
        pkg.save(to.toFile());
        return to;
    }

    /** Replaces the text of the one run that holds exactly {@code from}. */
    static void replaceText(WordprocessingMLPackage pkg, String from, String to) {
        List<Text> hits = new ArrayList<>();
        new TraversalUtil(pkg.getMainDocumentPart().getContent(), new TraversalUtil.CallbackImpl() {
            @Override
            public List<Object> apply(Object o) {
                if (o instanceof P p) {
                    for (Object r : p.getContent()) {
                        if (r instanceof org.docx4j.wml.R run) {
                            for (Object c : run.getContent()) {
                                if (c instanceof JAXBElement<?> e && e.getValue() instanceof Text t && from.equals(t.getValue())) {
                                    hits.add(t);
                                }
                            }
                        }
                    }
                }
                return null;
            }
        });
        assertEquals(1, hits.size(), "one run holds \"" + from + "\"");
        hits.get(0).setValue(to);
    }
}
