package io.redress.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenMainTest {

    @TempDir
    Path dataDir;

    @Test
    void token_carriesTheRoleInGroups_andVerifiesWithTheLocalPublicKey() throws Exception {
        String token = run("analyst");
        String[] parts = token.split("\\.");

        assertThat(parts).hasSize(3);
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertThat(claims).contains("\"groups\":[\"analyst\"]").contains("\"iss\":\"https://redress.local\"");
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(publicKey());
        rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(rsa.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();
    }

    @Test
    void subjectAndValidity_canBeChosen_forAnAgentActingOnTheirOwnComplaints() throws Exception {
        String[] parts = run("agent", "--sub", "agent-chen", "--ttl", "PT30M").split("\\.");

        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertThat(claims).contains("\"sub\":\"agent-chen\"").contains("\"groups\":[\"agent\"]");
        long issued = Long.parseLong(claims.replaceAll(".*\"iat\":(\\d+).*", "$1"));
        long expires = Long.parseLong(claims.replaceAll(".*\"exp\":(\\d+).*", "$1"));
        assertThat(expires - issued).isBetween(1795L, 1805L);
    }

    @Test
    void keyPair_isKeptBetweenCalls() throws Exception {
        run("operator");
        String first = Files.readString(JwtKeys.publicKey(dataDir));

        run("agent");

        assertThat(Files.readString(JwtKeys.publicKey(dataDir))).isEqualTo(first);
    }

    private String run(String role, String... options) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            List<String> args = new ArrayList<>(List.of(dataDir.toString(), role));
            args.addAll(List.of(options));
            TokenMain.main(args.toArray(String[]::new));
        } finally {
            System.setOut(original);
        }
        return out.toString(StandardCharsets.UTF_8).trim();
    }

    private RSAPublicKey publicKey() throws Exception {
        String pem = Files.readString(JwtKeys.publicKey(dataDir)).replaceAll("-----[A-Z ]+-----", "")
                .replaceAll("\\s", "");
        return (RSAPublicKey) KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
    }
}
