package gov.petition.routing.domain;

/** A named official of the directory, with their title and the unit they belong to. */
public record DirectoryOfficial(String id, String name, String title, String unitId) {
}
