package gov.petition.routing.domain;

import java.util.List;

/** A unit of the directory: a government, department, street or community, with the categories it handles. */
public record DirectoryUnit(String id, String name, UnitLevel level, String parent, List<String> categories, boolean mailbox) {
}
