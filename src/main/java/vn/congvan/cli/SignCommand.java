package vn.congvan.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import vn.congvan.app.CongvanService;
import vn.congvan.app.DocumentWorkflow;
import vn.congvan.app.PdfSigning;

/**
 * {@code sign DOC [--keystore F.p12 | --pkcs11] [--by NAME]}: the leader signs a submitted document: it takes
 * the next number of its series from the outgoing register, the final PDF and DOCX are written beside the
 * draft, and with a key the PDF is signed digitally beside them.
 */
@Command(name = "sign")
final class SignCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Mixin
    ActorOption actor;

    @Parameters(paramLabel = "DOC", descriptionKey = "param.doc")
    long doc;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    SignPdfCommand.KeySource key;

    @Override
    public Integer call() {
        try (CongvanService app = store.workspace().open(new ConsoleInteraction())) {
            DocumentWorkflow.Signed s = app.sign(doc, actor.by, key == null ? null : new PdfSigning.Request(key.keystore, false, null));
            System.out.println(DocumentView.line(s.document()));
            System.out.println(CliText.get("sign.number", s.entry().numberSymbol()));
            for (Path p : s.files()) {
                System.out.println(CliText.get("render.wrote", p));
            }
            System.out.println(s.signature().message());
        }
        return 0;
    }
}
