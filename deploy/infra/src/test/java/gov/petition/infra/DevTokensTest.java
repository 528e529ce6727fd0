package gov.petition.infra;

import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DevTokensTest {

    @Test
    void theCitySecretaryIsALeaderOfTheCity() throws Exception {
        var official = DevTokens.official("xd.a.1", RepoPaths.resolve(RepoPaths.DIRECTORY));
        assertEquals("胡华衡", official.name());
        assertEquals("xd.a", official.unitId());
        assertTrue(official.roles().contains("leader"));
    }

    @Test
    void aTokenCarriesTheOfficialsUnitAndIssuer() throws Exception {
        String token = DevTokens.forOfficial("xd.a.1");
        String[] parts = token.split("\\.");
        assertEquals(3, parts.length);
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(claims.contains("\"unitId\":\"xd.a\""), claims);
        assertTrue(claims.contains("\"iss\":\"" + DevTokens.ISSUER + "\""), claims);
    }

    @Test
    void anUnknownOfficialIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> DevTokens.official("nobody", RepoPaths.resolve(RepoPaths.DIRECTORY)));
    }
}
