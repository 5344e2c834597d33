package org.rejoin.platform;

/** The thing asked for does not exist: 404 in the web and the API. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
