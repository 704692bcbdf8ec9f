package org.budgetledger.platform.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * An OpenID issuer for the tests, in this JVM: the discovery document and the JWKS of one RSA
 * key, served by the JDK's HTTP server; signs the tokens the tests present.
 */
final class TestIssuer {

    private final HttpServer server;
    private final RSAKey key;
    private final String uri;

    private TestIssuer(HttpServer server, RSAKey key) {
        this.server = server;
        this.key = key;
        this.uri = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/test";
    }

    static TestIssuer start() {
        try {
            RSAKey key = rsaKey("test-key");
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            TestIssuer issuer = new TestIssuer(server, key);
            server.createContext("/realms/test/.well-known/openid-configuration", exchange -> issuer.answer(exchange, """
                    {"issuer":"%1$s","jwks_uri":"%1$s/protocol/openid-connect/certs",\
                    "authorization_endpoint":"%1$s/protocol/openid-connect/auth","token_endpoint":"%1$s/protocol/openid-connect/token",\
                    "subject_types_supported":["public"],"response_types_supported":["code"],\
                    "id_token_signing_alg_values_supported":["RS256"]}""".formatted(issuer.uri)));
            server.createContext("/realms/test/protocol/openid-connect/certs",
                    exchange -> issuer.answer(exchange, new JWKSet(key.toPublicJWK()).toString()));
            server.start();
            return issuer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RSAKey rsaKey(String id) {
        try {
            return new RSAKeyGenerator(2048).keyID(id).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    String uri() {
        return uri;
    }

    /** A token of this issuer for the user, valid for five minutes. */
    String token(String username, Map<String, Object> claims) {
        return sign(key, uri, username, claims, Instant.now().plus(Duration.ofMinutes(5)));
    }

    /** A token of this issuer that expired ten minutes ago (beyond any clock skew allowed). */
    String expiredToken(String username, Map<String, Object> claims) {
        return sign(key, uri, username, claims, Instant.now().minus(Duration.ofMinutes(10)));
    }

    /** A token claiming another issuer, signed by this issuer's key. */
    String tokenOfIssuer(String issuer, String username, Map<String, Object> claims) {
        return sign(key, issuer, username, claims, Instant.now().plus(Duration.ofMinutes(5)));
    }

    /** A token naming this issuer and its key id but signed by another key. */
    String tokenSignedByAnotherKey(String username, Map<String, Object> claims) {
        return sign(rsaKey(key.getKeyID()), uri, username, claims, Instant.now().plus(Duration.ofMinutes(5)));
    }

    private static String sign(RSAKey key, String issuer, String username, Map<String, Object> claims, Instant expires) {
        JWTClaimsSet.Builder set = new JWTClaimsSet.Builder().issuer(issuer).subject("sub-" + username)
                .claim("preferred_username", username).issueTime(Date.from(expires.minus(Duration.ofMinutes(5))))
                .expirationTime(Date.from(expires));
        claims.forEach(set::claim);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), set.build());
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private void answer(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    static Map<String, Object> grants(String... grants) {
        return Map.of("ledger_grants", List.of(grants));
    }
}
