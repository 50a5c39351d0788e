package vn.congvan.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import vn.congvan.directory.SigningSettings;
import vn.congvan.ingest.DispatchReader;
import vn.congvan.model.InputException;
import vn.congvan.model.SignatureCheck;
import vn.congvan.model.Signer;
import vn.congvan.sign.Certificates;
import vn.congvan.sign.KeyStores;
import vn.congvan.sign.PdfSignatureVerifier;
import vn.congvan.sign.PdfSigner;
import vn.congvan.sign.SignatureLook;
import vn.congvan.sign.SigningKey;
import vn.congvan.text.Messages;
import vn.congvan.text.Untrusted;

/**
 * Use cases "sign-pdf" and "verify": sign any PDF as the leader or the agency, with the key from a PKCS#12
 * file or the office's PKCS#11 token and the images and timestamp server of the office's settings; list
 * and check a PDF's signatures against the roots the office trusts.
 */
public final class PdfSigning {
    /** The key store's password or the token's PIN; never an option or a file. */
    public static final String PASSWORD_VARIABLE = "CONGVAN_KEYSTORE_PASSWORD";
    private static final Messages MSG = Messages.of(PdfSigning.class);

    /**
     * @param keystore     a PKCS#12 file, or null for the office's PKCS#11 token
     * @param agency       the agency signs (its seal over the leader's signature) rather than the leader
     * @param attachmentOf the number/symbol of the main document when this file is its attachment: the
     *                     agency's text-only signature at the top right of page 1; null otherwise
     */
    public record Request(Path keystore, boolean agency, String attachmentOf) {
    }

    private final Path officeFolder;
    private final Map<String, String> environment;
    private final Interaction interaction;
    private final Clock clock;

    PdfSigning(Path officeFolder, Map<String, String> environment, Interaction interaction, Clock clock) {
        this.officeFolder = officeFolder;
        this.environment = environment;
        this.interaction = interaction;
        this.clock = clock;
    }

    /** @return the signed file, beside {@code file} */
    Path sign(Path file, Request r) {
        SigningSettings settings = SigningSettings.load(officeFolder);
        SignatureLook look = look(file, r, settings);
        return new PdfSigner(key(r, settings), settings.timestampServer(), clock).sign(file, look).file();
    }

    /**
     * The signing of a document the leader signs in the workflow: the key is opened (its password or PIN
     * asked and checked) now, before the register gives a number, so that a wrong password costs none.
     */
    PdfSignatureStep step(Request r) {
        SigningSettings settings = SigningSettings.load(officeFolder);
        // Everything that can stop the signing is checked before the register gives a number.
        if (r.attachmentOf() == null && !java.nio.file.Files.isRegularFile(settings.signatureImage())) {
            throw new InputException(MSG.get("sign.noImage", settings.signatureImage()));
        }
        SigningKey key = key(r, settings);
        return (pdf, signerName) -> {
            Path signed = new PdfSigner(key, settings.timestampServer(), clock).sign(pdf, look(pdf, r, settings)).file();
            return new PdfSignatureStep.Outcome(signed, MSG.get("sign.signedFile", signed.getFileName()));
        };
    }

    private SigningKey key(Request r, SigningSettings settings) {
        return key(r.keystore(), settings.pkcs11Slot(), settings);
    }

    /** @param keystore a PKCS#12 file, or null for the token in {@code slot} of the office's PKCS#11 library */
    private SigningKey key(Path keystore, int slot, SigningSettings settings) {
        if (keystore == null && settings.pkcs11Library() == null) {
            throw new InputException(MSG.get("sign.noPkcs11", officeFolder.resolve("office.properties")));
        }
        char[] secret = secret(keystore != null ? MSG.get("sign.passwordPrompt", keystore.getFileName())
                : MSG.get("sign.pinPrompt"));
        try {
            return keystore != null ? KeyStores.pkcs12(keystore, secret)
                    : KeyStores.pkcs11(settings.pkcs11Library(), slot, secret);
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    /**
     * The agency's part in issuing a document, when the office configured the agency's key (sign.agency.*):
     * the key is opened and the seal image and attachments checked now, before anything is recorded. Without
     * an agency key, {@link IssueSigning#NONE}; attachments then cannot be signed, and that is said.
     *
     * @param attachments PDFs issued with the document (phụ lục, văn bản kèm theo), each signed beside itself
     */
    IssueSigning agencyStep(List<Path> attachments) {
        SigningSettings settings = SigningSettings.load(officeFolder);
        if (!settings.agencySigns()) {
            if (!attachments.isEmpty()) {
                throw new InputException(MSG.get("issue.attachmentNeedsAgency", officeFolder.resolve("office.properties")));
            }
            return IssueSigning.NONE;
        }
        for (Path a : attachments) {
            if (!java.nio.file.Files.isRegularFile(a)) {
                throw new InputException(MSG.get("issue.noAttachment", a));
            }
        }
        if (!java.nio.file.Files.isRegularFile(settings.sealImage())) {
            throw new InputException(MSG.get("issue.noSeal", settings.sealImage()));
        }
        SigningKey key = key(settings.agencyKeystore(), settings.agencyPkcs11Slot() == null ? settings.pkcs11Slot()
                : settings.agencyPkcs11Slot(), settings);
        return (leaderSigned, numberSymbol) -> {
            PdfSigner signer = new PdfSigner(key, settings.timestampServer(), clock);
            List<Path> written = new java.util.ArrayList<>();
            String sealed;
            if (leaderSigned == null) {
                sealed = MSG.get("issue.notSealed");
            } else {
                // After the leader, as an incremental update: the leader's signature stays whole.
                Path file = signer.sign(leaderSigned, look(leaderSigned, new Request(null, true, null), settings)).file();
                written.add(file);
                sealed = MSG.get("issue.sealed", file.getFileName());
            }
            for (Path a : attachments) {
                written.add(signer.sign(a, attachmentLook(numberSymbol)).file());
            }
            return new IssueSigning.Outcome(written, attachments.isEmpty() ? sealed
                    : sealed + " " + MSG.get("issue.attachmentsSigned", attachments.size(), numberSymbol));
        };
    }

    private static SignatureLook attachmentLook(String numberSymbol) {
        return new SignatureLook(SignatureLook.Role.ATTACHMENT, null, null, 0, null, null, numberSymbol);
    }

    List<SignatureCheck> verify(Path file) {
        SigningSettings settings = SigningSettings.load(officeFolder);
        return new PdfSignatureVerifier(Certificates.trustedRoots(settings.trustedRoots())).verify(file);
    }

    /**
     * The signatures of a dispatch that arrived as a PDF, for showing beside its fields; none for another
     * kind of file, and none when the file's signatures cannot be read at all (reading the dispatch says why).
     */
    List<SignatureCheck> incoming(Path file) {
        byte[] content = SourceFile.bytesIfReadable(file);
        return content == null ? List.of() : incoming(Untrusted.fileName(String.valueOf(file.getFileName())), content);
    }

    /**
     * The same for a file as received (a mail's attachment). A PDF is told by its content, as the readers
     * tell it; what the signatures name (signer, subject, issuer) came from outside and is cleaned. Never
     * refuses: a signature that does not verify is a check with its problems, not an error.
     */
    List<SignatureCheck> incoming(String name, byte[] content) {
        if (!isPdf(content)) {
            return List.of();
        }
        try {
            SigningSettings settings = SigningSettings.load(officeFolder);
            return new PdfSignatureVerifier(Certificates.trustedRoots(settings.trustedRoots())).verify(name, content).stream()
                    .map(PdfSigning::cleaned).toList();
        } catch (InputException e) {
            return List.of();
        }
    }

    /** PDF's header may follow up to 1024 bytes of other data (ISO 32000-1, 7.5.2 note), as readers allow. */
    private static boolean isPdf(byte[] content) {
        byte[] magic = "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        int end = Math.min(content.length - magic.length, 1024);
        outer:
        for (int i = 0; i <= end; i++) {
            for (int j = 0; j < magic.length; j++) {
                if (content[i + j] != magic[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static SignatureCheck cleaned(SignatureCheck c) {
        return new SignatureCheck(c.number(), Untrusted.line(c.field()), Untrusted.line(c.level()), Untrusted.line(c.signerName()),
                Untrusted.line(c.subject()), Untrusted.line(c.issuer()), c.claimedTime(), c.timestampTime(), c.coverage(),
                c.digestValid(), c.signatureValid(), c.certificateValid(), c.trusted(), c.problems().stream().map(Untrusted::line).toList());
    }

    private static SignatureLook look(Path file, Request r, SigningSettings settings) {
        if (r.attachmentOf() != null) {
            return new SignatureLook(SignatureLook.Role.ATTACHMENT, null, null, 0, null, null, r.attachmentOf().strip());
        }
        // The block is found by the signer's position and name, as the document states them.
        Signer signer = new DispatchReader().read(file).document().signer();
        if (signer == null || signer.name() == null || signer.position() == null) {
            throw new InputException(MSG.get("sign.noSigner", file.getFileName()));
        }
        return new SignatureLook(r.agency() ? SignatureLook.Role.AGENCY : SignatureLook.Role.LEADER, settings.signatureImage(),
                settings.sealImage(), settings.sealMillimetres(), signer.position(), signer.name(), null);
    }

    private char[] secret(String prompt) {
        String set = environment.get(PASSWORD_VARIABLE);
        if (set != null && !set.isEmpty()) {
            return set.toCharArray();
        }
        return interaction.secret(prompt).orElseThrow(() -> new ShellProblem(ShellProblem.Kind.NO_KEY_PASSWORD,
                MSG.get("sign.noPassword", PASSWORD_VARIABLE), PASSWORD_VARIABLE));
    }
}
