package gov.petition.handling.api;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Lets an official's console post a step without a body (sign, accept, complete need none). */
public class BodylessActions {

    // clients post an empty body without a Content-Type, or with a default one (text/plain); the JSON-only action
    // methods would answer 415. Read as JSON, an empty body is null (no note), and steps that need one answer 400
    @ServerRequestFilter(preMatching = true)
    public void treatEmptyBodyAsJson(ContainerRequestContext request) {
        if (!HttpMethod.POST.equals(request.getMethod()) || !request.getUriInfo().getPath().startsWith("/api/v1/cases/")) {
            return;
        }
        boolean noBody = request.getLength() <= 0 && request.getHeaderString("Transfer-Encoding") == null;
        if (noBody || request.getHeaderString(HttpHeaders.CONTENT_TYPE) == null) {
            request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        }
    }
}
