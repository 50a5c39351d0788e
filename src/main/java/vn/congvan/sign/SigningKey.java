package vn.congvan.sign;

import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A private key and its certificate chain, from a PKCS#12 file or a PKCS#11 token.
 *
 * @param chain    the signer's certificate first, then its issuers as the key store holds them
 * @param provider the token's provider for a key that never leaves it; null for a software key
 */
public record SigningKey(PrivateKey key, List<X509Certificate> chain, Provider provider) {
    public SigningKey {
        chain = List.copyOf(chain);
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }
}
