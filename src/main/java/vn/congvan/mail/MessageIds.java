package vn.congvan.mail;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.random.RandomGenerator;

/**
 * Message-IDs for dispatch mails: {@code <cv.RANDOM@host>}, RANDOM being {@value #RANDOM_BYTES} random
 * bytes in hex. A reply is matched to a unit by the Message-ID it quotes, so the id must not be
 * guessable: an outsider who could predict it could answer for a unit. The random source is given so
 * that the demo (and a test) can use a seeded one and get the same ids on every run.
 */
public final class MessageIds {
    /** 16 bytes: 128 random bits, as an unguessable id needs. */
    static final int RANDOM_BYTES = 16;

    private final RandomGenerator random;

    /** @param random where the random bytes come from; {@link #secure()} for real mail */
    public MessageIds(RandomGenerator random) {
        this.random = random;
    }

    /** Ids from the operating system's secure random source: what every real send uses. */
    public static MessageIds secure() {
        return new MessageIds(new SecureRandom());
    }

    String create(String host) {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return "<cv." + HexFormat.of().formatHex(bytes) + "@" + host + ">";
    }
}
