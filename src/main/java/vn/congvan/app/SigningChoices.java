package vn.congvan.app;

import java.nio.file.Path;
import java.util.List;

import vn.congvan.directory.OfficeSigning;
import vn.congvan.directory.SigningSettings;

/**
 * What a shell offers when a document goes for signing: the leaders the office lists ({@code leaders=};
 * empty when it lists none, and any name is then taken) and whether a PKCS#11 token is configured, so a
 * window offers the token beside a PKCS#12 file only when there is one.
 */
public record SigningChoices(List<String> leaders, boolean token) {
    public SigningChoices {
        leaders = List.copyOf(leaders);
    }

    static SigningChoices load(Path officeFolder) {
        return new SigningChoices(OfficeSigning.load(officeFolder).leaders(), SigningSettings.load(officeFolder).pkcs11Library() != null);
    }
}
