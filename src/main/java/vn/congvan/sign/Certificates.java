package vn.congvan.sign;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.security.auth.x500.X500Principal;

import vn.congvan.model.InputException;
import vn.congvan.text.Messages;

/** Reading certificates: a holder's common name, and the office's folder of trusted roots. */
public final class Certificates {
    private static final Messages MSG = Messages.of(Certificates.class);

    private Certificates() {
    }

    /** The CN of a name, or the whole name when it has none. */
    static String commonName(X500Principal principal) {
        String name = principal.getName(X500Principal.RFC2253);
        try {
            for (Rdn rdn : new LdapName(name).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("CN")) {
                    return rdn.getValue().toString();
                }
            }
        } catch (InvalidNameException e) {
            // Fall back to the whole name below.
        }
        return name;
    }

    /**
     * Every certificate in {@code folder} (.cer, .crt, .pem, .der; PEM or DER, several per file allowed).
     * A missing folder means none: verifying then says that no root is trusted.
     */
    public static List<X509Certificate> trustedRoots(Path folder) {
        List<X509Certificate> roots = new ArrayList<>();
        if (folder == null || !Files.isDirectory(folder)) {
            return roots;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.{cer,crt,pem,der,CER,CRT,PEM,DER}")) {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            for (Path file : files) {
                try (InputStream in = Files.newInputStream(file)) {
                    for (Certificate c : factory.generateCertificates(in)) {
                        roots.add((X509Certificate) c);
                    }
                } catch (CertificateException e) {
                    throw new InputException(MSG.get("roots.unreadable", file, e.getMessage()), e);
                }
            }
        } catch (IOException | CertificateException e) {
            throw new InputException(MSG.get("roots.unreadable", folder, e.getMessage()), e);
        }
        return roots;
    }
}
