package gov.petition.routing.api;

import gov.petition.http.Page;
import gov.petition.routing.repository.OfficialEntity;
import gov.petition.routing.repository.UnitEntity;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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
