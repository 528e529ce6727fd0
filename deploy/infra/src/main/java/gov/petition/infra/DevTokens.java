package gov.petition.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Bearer tokens for officials of the fixture directory, signed with the local development key.
 * The services accept them in the local and test profiles; production takes tokens from OIDC.
 */
public final class DevTokens {

    public static final String ISSUER = "https://petition.local/dev";

    /** One official as the token describes them. */
    public record Official(String id, String name, String title, String unitId, Set<String> roles) {
    }

    private DevTokens() {
    }

    /** A token valid for 12 hours. */
    public static String sign(Official official) {
        try {
            JwtClaims claims = new JwtClaims();
            claims.setIssuer(ISSUER);
            claims.setSubject(official.id());
            claims.setClaim("upn", official.id());
            claims.setClaim("name", official.name());
            claims.setClaim("title", official.title());
            claims.setClaim("unitId", official.unitId());
            claims.setStringListClaim("groups", new ArrayList<>(official.roles()));
            claims.setIssuedAtToNow();
            claims.setExpirationTimeMinutesInTheFuture(12 * 60);
            claims.setGeneratedJwtId();
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(claims.toJson());
            jws.setKey(signingKey());
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
            jws.setHeader("typ", "JWT");
            return jws.getCompactSerialization();
        } catch (JoseException | IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a development token", e);
        }
    }

    /** A token for an official of the fixture directory, by id (e.g. {@code xd.a.1}). */
    public static String forOfficial(String officialId) throws IOException {
        return sign(official(officialId, RepoPaths.resolve(RepoPaths.DIRECTORY)));
    }

    /**
     * Looks an official up in a directory file. Roles: every official is {@code official}; those of
     * province, city and district governments are {@code leader}s over the units below them; those of
     * the government service bureau (政务服务管理局, which runs the 12345 desk) dispatch and supervise.
     */
    public static Official official(String officialId, Path directory) throws IOException {
        JsonNode root = new ObjectMapper().readTree(Files.readString(directory, StandardCharsets.UTF_8));
        Map<String, JsonNode> units = new HashMap<>();
        root.path("units").forEach(u -> units.put(u.path("id").asText(), u));
        for (JsonNode o : root.path("officials")) {
            if (o.path("id").asText().equals(officialId)) {
                String unitId = o.path("unit").asText();
                JsonNode unit = units.get(unitId);
                Set<String> roles = new LinkedHashSet<>(List.of("official"));
                String level = unit == null ? "" : unit.path("level").asText();
                if (level.equals("PROVINCE") || level.equals("CITY") || level.equals("DISTRICT")) {
                    roles.add("leader");
                }
                if (unitId.endsWith(".zwj")) {
                    roles.add("dispatcher");
                    roles.add("supervisor");
                }
                return new Official(officialId, o.path("name").asText(), o.path("title").asText(), unitId, roles);
            }
        }
        throw new IllegalArgumentException("no official " + officialId + " in " + directory);
    }

    private static PrivateKey signingKey() throws IOException, GeneralSecurityException {
        String pem = Files.readString(RepoPaths.resolve(RepoPaths.SIGNING_KEY), StandardCharsets.US_ASCII);
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }
}
