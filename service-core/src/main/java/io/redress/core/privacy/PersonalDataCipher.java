package io.redress.core.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM through the JDK's {@code javax.crypto}, for personal fields on the log and for the data keys at rest.
 * A field travels as {@value #PREFIX}{@code <key id>:<base64url(iv ‖ ciphertext ‖ tag)>}; the customer id is the
 * additional authenticated data, so a field cannot be moved to another customer's complaint. No home-made
 * cryptography: a random 96-bit IV per field and a 128-bit tag, as GCM is meant to be used.
 */
public final class PersonalDataCipher {

    /** Marks an encrypted field; a field without it was written before encryption (read as it is). */
    public static final String PREFIX = "redress-enc:v1:";

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    /**
     * One cipher per thread, initialised afresh (key, IV, AAD) for every field: looking the transformation up among
     * the providers cost as much as sealing a description (a twentieth of intake's time filing an import).
     */
    private static final ThreadLocal<Cipher> CIPHERS = ThreadLocal.withInitial(PersonalDataCipher::cipher);

    private PersonalDataCipher() {
    }

    public static SecretKey newKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, RANDOM);
            return generator.generateKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256 is not available", e);
        }
    }

    public static SecretKey key(byte[] raw) {
        return new SecretKeySpec(raw, "AES");
    }

    /** The field as it goes on the log; null stays null. */
    public static String encrypt(String plain, UUID keyId, SecretKey key, String customerId) {
        if (plain == null) {
            return null;
        }
        byte[] sealed = seal(plain.getBytes(StandardCharsets.UTF_8), key, customerId);
        return PREFIX + keyId + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(sealed);
    }

    public static boolean isEncrypted(String field) {
        return field != null && field.startsWith(PREFIX);
    }

    /** The key id an encrypted field was sealed with. */
    public static UUID keyIdOf(String field) {
        return UUID.fromString(field.substring(PREFIX.length(), field.indexOf(':', PREFIX.length())));
    }

    /** The plain field, or empty when it cannot be opened with {@code key} (another key, or tampered with). */
    public static Optional<String> decrypt(String field, SecretKey key, String customerId) {
        byte[] sealed = Base64.getUrlDecoder().decode(field.substring(field.indexOf(':', PREFIX.length()) + 1));
        return open(sealed, key, customerId).map(plain -> new String(plain, StandardCharsets.UTF_8));
    }

    /** Encrypts {@code plain} with {@code key}, bound to {@code context}: IV first, then ciphertext and tag. */
    public static byte[] seal(byte[] plain, SecretKey key, String context) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] body = cipher.doFinal(plain);
            return ByteBuffer.allocate(IV_BYTES + body.length).put(iv).put(body).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    public static Optional<byte[]> open(byte[] sealed, SecretKey key, String context) {
        if (sealed.length < IV_BYTES + TAG_BITS / 8) {
            return Optional.empty();
        }
        try {
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return Optional.of(cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES));
        } catch (GeneralSecurityException e) {
            return Optional.empty();
        }
    }

    private static Cipher cipher() {
        try {
            return Cipher.getInstance(TRANSFORMATION);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }
}
