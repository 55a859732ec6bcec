package org.treatygraph.extraction;

/** A statement's stance toward its main subject. */
public enum Stance {

    supports, opposes, conditional, neutral

}
