package gov.petition.routing.domain;

/**
 * Whom a letter's addressee resolved to: one official (and the unit they belong to), or a unit's
 * mailbox when the text named a unit but nobody in it; {@code leader} when that unit is a government
 * (province, city, district), whose letters go to the leader for instruction rather than straight to a
 * department; and how sure the matcher is, from 0 to 1.
 */
public record AddresseeMatch(Kind kind, String officialId, String officialName, String title,
                             String unitId, String unitName, boolean leader, double confidence) {

    /** What the addressee named. */
    public enum Kind { OFFICIAL, UNIT }
}
