package vn.congvan.sign;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Security;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import vn.congvan.model.InputException;
import vn.congvan.text.Messages;

/** Opens the signer's key: a PKCS#12 file, or a PKCS#11 token through the JDK's SunPKCS11 provider. */
public final class KeyStores {
    private static final Messages MSG = Messages.of(KeyStores.class);

    private KeyStores() {
    }

    /** The first key entry of a PKCS#12 file. */
    public static SigningKey pkcs12(Path file, char[] password) {
        KeyStore store;
        try (InputStream in = Files.newInputStream(file)) {
            store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
        } catch (NoSuchFileException e) {
            throw new InputException(MSG.get("keystore.missing", file), e);
        } catch (IOException e) {
            // A wrong password shows as an IOException whose cause is an UnrecoverableKeyException.
            throw new InputException(MSG.get("keystore.unreadable", file), e);
        } catch (GeneralSecurityException e) {
            throw new InputException(MSG.get("keystore.unreadable", file), e);
        }
        return firstKey(store, password, null, file.toString());
    }

    /**
     * The first key on the token in {@code slot}, through the PKCS#11 library {@code library} (the token
     * vendor's .so or .dll). The key stays on the token: signing goes through the returned provider.
     */
    public static SigningKey pkcs11(Path library, int slot, char[] pin) {
        if (!Files.isRegularFile(library)) {
            throw new InputException(MSG.get("pkcs11.noLibrary", library));
        }
        String where = MSG.get("pkcs11.where", library, slot);
        Provider provider;
        try {
            String config = "--name=congvan-" + slot + "\nlibrary=" + library.toAbsolutePath() + "\nslot=" + slot + "\n";
            provider = Security.getProvider("SunPKCS11").configure(config);
        } catch (RuntimeException e) {
            throw new InputException(MSG.get("pkcs11.noToken", where), e);
        }
        KeyStore store;
        try {
            store = KeyStore.getInstance("PKCS11", provider);
            store.load(null, pin);
        } catch (IOException | GeneralSecurityException e) {
            throw new InputException(MSG.get("pkcs11.loginFailed", where), e);
        }
        return firstKey(store, pin, provider, where);
    }

    private static SigningKey firstKey(KeyStore store, char[] password, Provider provider, String where) {
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (!store.isKeyEntry(alias)) {
                    continue;
                }
                Key key = store.getKey(alias, password);
                Certificate[] chain = store.getCertificateChain(alias);
                if (key instanceof PrivateKey privateKey && chain != null && chain.length > 0) {
                    List<X509Certificate> certs = new ArrayList<>();
                    for (Certificate c : chain) {
                        certs.add((X509Certificate) c);
                    }
                    return new SigningKey(privateKey, certs, provider);
                }
            }
        } catch (GeneralSecurityException e) {
            throw new InputException(MSG.get("keystore.unreadable", where), e);
        }
        throw new InputException(MSG.get("keystore.noKey", where));
    }
}
