package gov.petition.intake.domain;

/** Whether the citizen consents to the case and its replies being published (公开是常态). */
public enum Disclosure {
    PUBLIC,
    PRIVATE
}
