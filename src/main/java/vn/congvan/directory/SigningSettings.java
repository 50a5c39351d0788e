package vn.congvan.directory;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import vn.congvan.model.InputException;
import vn.congvan.text.Messages;

/**
 * How the office signs and verifies, from the {@code sign.*} keys of {@value OfficeProfile#FILE}; every key
 * is optional and a file beside office.properties is named relative to that folder:
 * <pre>
 * sign.pkcs11.library=/usr/lib/x86_64-linux-gnu/vnpt-ca/libcrypto-token.so   (the USB token's PKCS#11 library)
 * sign.pkcs11.slot=0
 * sign.timestamp.url=http://tsa.example/tsa         (B-T; without it B-B)
 * sign.signature.image=chu-ky.png                   (the leader's signature, blue, transparent PNG)
 * sign.seal.image=con-dau.png                       (the agency's seal, red, transparent PNG)
 * sign.seal.mm=40                                   (the seal's real diameter, 36–42 mm)
 * sign.trusted.roots=chung-thu-goc                  (a folder of the root certificates the office trusts)
 * sign.agency.keystore=co-quan.p12                  (the agency's own key, as a PKCS#12 file; or:)
 * sign.agency.pkcs11.slot=1                         (the agency's key on the token library above, in this slot)
 * </pre>
 * With an agency key, issuing a document the leader signed adds the agency's signature with its seal.
 */
public record SigningSettings(Path pkcs11Library, int pkcs11Slot, URI timestampServer, Path signatureImage, Path sealImage,
                              float sealMillimetres, Path trustedRoots, Path agencyKeystore, Integer agencyPkcs11Slot) {

    /** Whether the office configured the agency's key, so that the agency signs (and seals) what it issues. */
    public boolean agencySigns() {
        return agencyKeystore != null || agencyPkcs11Slot != null;
    }

    private static final Messages MESSAGES = Messages.of(SigningSettings.class);

    public static SigningSettings load(Path folder) {
        Path file = folder.resolve(OfficeProfile.FILE);
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try {
                p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
            } catch (IOException | IllegalArgumentException e) {
                throw new InputException(MESSAGES.get("file.unreadable", file, e.getMessage()), e);
            }
        }
        String library = value(p, "sign.pkcs11.library");
        String url = value(p, "sign.timestamp.url");
        URI tsa = null;
        if (url != null) {
            try {
                tsa = URI.create(url);
            } catch (IllegalArgumentException e) {
                tsa = null;
            }
            if (tsa == null || !("http".equals(tsa.getScheme()) || "https".equals(tsa.getScheme()))) {
                throw new InputException(MESSAGES.get("signing.badValue", file, "sign.timestamp.url", url));
            }
        }
        return new SigningSettings(library == null ? null : folder.resolve(library), number(p, file, "sign.pkcs11.slot", 0, 0, 1000).intValue(),
                tsa, folder.resolve(orDefault(p, "sign.signature.image", "chu-ky.png")),
                folder.resolve(orDefault(p, "sign.seal.image", "con-dau.png")),
                number(p, file, "sign.seal.mm", 40, 20, 60).floatValue(),
                folder.resolve(orDefault(p, "sign.trusted.roots", "chung-thu-goc")),
                value(p, "sign.agency.keystore") == null ? null : folder.resolve(value(p, "sign.agency.keystore")),
                value(p, "sign.agency.pkcs11.slot") == null ? null
                        : Integer.valueOf(number(p, file, "sign.agency.pkcs11.slot", 0, 0, 1000).intValue()));
    }

    private static String value(Properties p, String key) {
        String v = p.getProperty(key);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static String orDefault(Properties p, String key, String fallback) {
        String v = value(p, key);
        return v == null ? fallback : v;
    }

    private static Number number(Properties p, Path file, String key, Number fallback, double min, double max) {
        String v = value(p, key);
        if (v == null) {
            return fallback;
        }
        try {
            double d = Double.parseDouble(v.replace(',', '.'));
            if (d >= min && d <= max) {
                return d;
            }
        } catch (NumberFormatException e) {
            // Reported below.
        }
        throw new InputException(MESSAGES.get("signing.badValue", file, key, v));
    }
}
