package vn.congvan.sign;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;

import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;

import vn.congvan.model.InputException;
import vn.congvan.text.Messages;

/** Asks an RFC 3161 timestamp server to stamp a SHA-256 imprint, over HTTP(S). */
final class TimestampClient {
    private static final Messages MSG = Messages.of(TimestampClient.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private final URI server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final SecureRandom random = new SecureRandom();

    TimestampClient(URI server) {
        this.server = server;
    }

    TimeStampToken stamp(byte[] sha256Imprint) {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        BigInteger nonce = new BigInteger(64, random);
        TimeStampRequest request = generator.generate(NISTObjectIdentifiers.id_sha256, sha256Imprint, nonce);
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(server).timeout(TIMEOUT)
                    .header("Content-Type", "application/timestamp-query")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded())).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new InputException(MSG.get("tsa.httpStatus", server, response.statusCode()));
            }
            TimeStampResponse answer = new TimeStampResponse(response.body());
            // Checks the status, the nonce and that the token stamps our imprint.
            answer.validate(request);
            if (answer.getTimeStampToken() == null) {
                throw new InputException(MSG.get("tsa.refused", server, answer.getStatusString()));
            }
            return answer.getTimeStampToken();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException(MSG.get("tsa.unreachable", server, e.getMessage()), e);
        } catch (IOException e) {
            throw new InputException(MSG.get("tsa.unreachable", server, e.getMessage()), e);
        } catch (TSPException e) {
            throw new InputException(MSG.get("tsa.refused", server, e.getMessage()), e);
        }
    }
}
