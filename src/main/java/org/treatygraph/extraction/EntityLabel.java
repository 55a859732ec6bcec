package org.treatygraph.extraction;

/** Node labels of entities; the names are the Neo4j labels and the GraphQL type names. */
public enum EntityLabel {

    Person, State, Organization, Treaty, MissileSystem, Region;

    /** The prefix of this label's business keys ("state/russia"). */
    public String keyPrefix() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

}
