package gov.petition.routing.api;

import gov.petition.http.Page;
import gov.petition.http.Problem;
import gov.petition.routing.domain.DirectoryDocument;
import gov.petition.routing.service.DirectoryStore;
import gov.petition.routing.repository.OfficialEntity;
import gov.petition.routing.repository.UnitEntity;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The directory of units and officials. */
@Path("/api/v1")
@Tag(name = "Directory", description = "Units and officials of the administration")
@Produces(MediaType.APPLICATION_JSON)
public class DirectoryResource {

    /** A unit as listed. */
    public record UnitView(String id, String name, String level, String parent, List<String> categories, boolean mailbox) {
    }

    /** An official as listed. */
    public record OfficialView(String id, String name, String title, String unitId) {
    }

    /** What an import replaced the directory with. */
    public record Imported(@Schema(example = "1079") int units, @Schema(example = "2528") int officials) {
    }

    private final DirectoryStore store;

    public DirectoryResource(DirectoryStore store) {
        this.store = store;
    }

    @PUT
    @Path("/units")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("supervisor")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Replace the directory", description = """
            Imports a whole directory in the shape of directory.json (name, units with id, name, level, parent,
            categories, mailbox; officials with id, name, title, unit) in one transaction: all of it, or nothing
            when a parent or unit is unknown, an id is repeated, or a stored routing rule names a unit the new
            directory lacks. Routing uses it at once.""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DirectoryDocument.class),
            examples = @ExampleObject(name = "small", value = """
                    {"name":"西地省","units":[{"id":"xd","name":"西地省","level":"PROVINCE","parent":null,"categories":[],"mailbox":true},
                     {"id":"xd.a","name":"A市","level":"CITY","parent":"xd","categories":[],"mailbox":true},
                     {"id":"xd.a.zwj","name":"A市政务服务管理局","level":"DEPARTMENT","parent":"xd.a","categories":["党务政务"],"mailbox":true}],
                     "officials":[{"id":"xd.a.1","name":"胡华衡","title":"市委书记","unit":"xd.a"}]}""")))
    @APIResponse(responseCode = "200", description = "Replaced")
    @APIResponse(responseCode = "422", description = "Invalid directory, with the fields at fault; nothing changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a supervisor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Imported> replace(@NotNull DirectoryDocument document) {
        return store.replace(document).map(units -> new Imported(units, document.directoryOfficials().size()));
    }

    @GET
    @Path("/units")
    @Operation(summary = "List units", description = "Units of the directory; `parent` links them into the tree.")
    public Uni<List<UnitView>> units(@Parameter(description = "Only the children of this unit", example = "xd.a")
                                     @QueryParam("parent") String parent) {
        return Panache.withSession(() -> (parent == null ? UnitEntity.<UnitEntity>listAll(Sort.by("id"))
                        : UnitEntity.<UnitEntity>list("parentId", Sort.by("id"), parent)))
                .map(list -> list.stream().map(UnitEntity::toUnit)
                        .map(u -> new UnitView(u.id(), u.name(), u.level().name(), u.parent(), u.categories(), u.mailbox())).toList());
    }

    @GET
    @Path("/officials")
    @Operation(summary = "Search officials", description = "Officials whose name, title or unit id contains the text.")
    public Uni<Page<OfficialView>> officials(@Parameter(example = "胡华衡") @QueryParam("q") String q,
                                             @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                             @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        String like = "%" + (q == null ? "" : q.strip()) + "%";
        String query = "name like ?1 or title like ?1 or unitId like ?1";
        return Panache.withSession(() -> OfficialEntity.<OfficialEntity>find(query, Sort.by("id"), like).page(page, size).list()
                .chain(list -> OfficialEntity.count(query, like).map(total -> new Page<>(list.stream()
                        .map(o -> new OfficialView(o.id, o.name, o.title, o.unitId)).toList(), total, page, size))));
    }
}
