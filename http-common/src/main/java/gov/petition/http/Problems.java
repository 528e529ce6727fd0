package gov.petition.http;

import jakarta.ws.rs.core.Response;

/** Builds problem responses. */
public final class Problems {

    private Problems() {
    }

    public static String type(String slug) {
        return "urn:petition:problem:" + slug;
    }

    public static Response response(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    public static Response response(int status, String slug, String title, String detail, String instance) {
        return response(new Problem(type(slug), title, status, detail, instance, null));
    }
}
