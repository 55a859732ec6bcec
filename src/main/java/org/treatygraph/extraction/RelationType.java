package org.treatygraph.extraction;

/**
 * Every relationship type treatygraph writes: the one place the names are defined (UPPER_SNAKE, as in
 * Neo4j). Types marked {@code event} are dated acts an article reports; the others are structure.
 */
public enum RelationType {

    /** speaker (Person | Organization | State) → Statement */
    SAID(false),
    /** Statement → what it concerns (Treaty | State | MissileSystem | Organization | Person) */
    ABOUT(false),
    /** Statement → Article it was found in, with the character offsets */
    REPORTED_IN(false),
    /** Article → every entity it mentions */
    MENTIONS(false),
    /** Person → State | Organization, with the role the article gives */
    REPRESENTS(false),
    /** Organization → State it belongs to */
    PART_OF(false),
    /** State → Treaty (from signature/ratification facts) */
    PARTY_TO(false),
    /** MissileSystem → State that deploys it */
    DEPLOYED_BY(false),

    SUSPENDED(true), WITHDREW_FROM(true), SIGNED(true), RATIFIED(true), DERATIFIED(true), EXTENDED(true),
    /** Treaty lifecycle: written as a loop on the treaty node, since no actor performs it */
    EXPIRED(true),
    /** Treaty lifecycle: written as a loop on the treaty node */
    ENTERED_INTO_FORCE(true), TERMINATED(true),
    /** MissileSystem → State | Region where it is deployed; property {@code by} names the deploying state */
    DEPLOYED_IN(true),
    /** State → Treaty whose limits it keeps */
    OBSERVES(true);

    private final boolean event;

    RelationType(boolean event) {
        this.event = event;
    }

    /** True for dated acts reported by articles (the facts of a position timeline). */
    public boolean isEvent() {
        return this.event;
    }

    /** Treaty lifecycle events have no actor; their subject and object are both the treaty. */
    public boolean isTreatyLifecycle() {
        return this == EXPIRED || this == ENTERED_INTO_FORCE;
    }

}
