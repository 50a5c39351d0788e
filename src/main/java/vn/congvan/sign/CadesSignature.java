package vn.congvan.sign;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;

import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * The CMS of a PAdES baseline signature: detached, SHA-256, with the signing-certificate-v2 attribute and
 * without a signing-time attribute (PAdES takes the claimed time from the signature dictionary's M entry).
 * With a timestamp server it becomes B-T: the server's token over the signature value, as an unsigned
 * attribute.
 */
final class CadesSignature {
    private final SigningKey key;
    private final TimestampClient timestamps;

    /** @param timestamps null for baseline B-B */
    CadesSignature(SigningKey key, TimestampClient timestamps) {
        this.key = key;
        this.timestamps = timestamps;
    }

    byte[] sign(byte[] signedBytes) throws IOException, GeneralSecurityException {
        try {
            X509Certificate cert = key.certificate();
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            JcaContentSignerBuilder signerBuilder = new JcaContentSignerBuilder(algorithm(cert));
            if (key.provider() != null) {
                signerBuilder.setProvider(key.provider());
            }
            ContentSigner signer = signerBuilder.build(key.key());
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(withoutSigningTime(signingCertificateV2(cert)))
                    .build(signer, cert));
            generator.addCertificates(new JcaCertStore(key.chain()));
            CMSSignedData data = generator.generate(new CMSProcessableByteArray(signedBytes), false);
            if (timestamps != null) {
                data = withTimestamp(data);
            }
            return data.getEncoded();
        } catch (OperatorCreationException | CMSException e) {
            throw new GeneralSecurityException(e.getMessage(), e);
        }
    }

    private CMSSignedData withTimestamp(CMSSignedData data) throws IOException, GeneralSecurityException {
        SignerInformation signerInfo = data.getSignerInfos().getSigners().iterator().next();
        byte[] imprint = MessageDigest.getInstance("SHA-256").digest(signerInfo.getSignature());
        TimeStampToken token = timestamps.stamp(imprint);
        ASN1EncodableVector unsigned = new ASN1EncodableVector();
        unsigned.add(new Attribute(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                new DERSet(token.toCMSSignedData().toASN1Structure())));
        SignerInformation stamped = SignerInformation.replaceUnsignedAttributes(signerInfo, new AttributeTable(unsigned));
        return CMSSignedData.replaceSigners(data, new SignerInformationStore(stamped));
    }

    private static String algorithm(X509Certificate cert) {
        return switch (cert.getPublicKey().getAlgorithm()) {
            case "EC" -> "SHA256withECDSA";
            default -> "SHA256withRSA";
        };
    }

    private static AttributeTable signingCertificateV2(X509Certificate cert) throws GeneralSecurityException {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(cert.getEncoded());
        IssuerSerial issuerSerial = new IssuerSerial(
                new GeneralNames(new GeneralName(X500Name.getInstance(cert.getIssuerX500Principal().getEncoded()))),
                cert.getSerialNumber());
        ESSCertIDv2 id = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), hash, issuerSerial);
        ASN1EncodableVector attributes = new ASN1EncodableVector();
        attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {id}))));
        return new AttributeTable(attributes);
    }

    private static CMSAttributeTableGenerator withoutSigningTime(AttributeTable base) {
        DefaultSignedAttributeTableGenerator defaults = new DefaultSignedAttributeTableGenerator(base);
        return parameters -> defaults.getAttributes(parameters).remove(CMSAttributes.signingTime);
    }
}
