package org.treatygraph.api;

/** An argument the client must fix; reported as a BAD_REQUEST GraphQL error with this message. */
class InvalidArgumentException extends RuntimeException {

    InvalidArgumentException(String message) {
        super(message);
    }

}
