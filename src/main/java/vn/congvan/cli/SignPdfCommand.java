package vn.congvan.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.congvan.app.CongvanService;
import vn.congvan.app.PdfSigning;

/**
 * {@code sign-pdf FILE --keystore F.p12 | --pkcs11 [--agency | --attachment-of DOC]}: a signed copy beside the file;
 * an attachment carries the number the register gave the issued document DOC.
 */
@Command(name = "sign-pdf")
final class SignPdfCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", descriptionKey = "param.pdfToSign")
    Path file;

    @ArgGroup(exclusive = true, multiplicity = "1")
    KeySource key;

    static final class KeySource {
        @Option(names = "--keystore", paramLabel = "F.p12", descriptionKey = "option.keystore")
        Path keystore;

        @Option(names = "--pkcs11", descriptionKey = "option.pkcs11")
        boolean pkcs11;
    }

    @Option(names = "--agency", descriptionKey = "option.agency")
    boolean agency;

    @Option(names = "--attachment-of", paramLabel = "DOC", descriptionKey = "option.attachmentOf")
    Long attachmentOf;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        Path signed;
        try (CongvanService app = store.workspace().open(new ConsoleInteraction())) {
            signed = attachmentOf != null ? app.signAttachment(file, attachmentOf, key.keystore)
                    : app.signPdf(file, new PdfSigning.Request(key.keystore, agency, null));
        }
        System.out.println(CliText.get("signPdf.done", signed));
        return 0;
    }
}
