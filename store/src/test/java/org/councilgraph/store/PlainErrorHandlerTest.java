package org.councilgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Error pages say what went wrong without the server's insides. */
class PlainErrorHandlerTest {

    @Test
    void aMessageNamingAJavaClassIsReplacedByTheStatusText() {
        assertEquals("Bad Request", PlainErrorHandler.safeMessage(400, "org.eclipse.jetty.http.BadMessageException: bad"));
        assertEquals("Bad Request", PlainErrorHandler.safeMessage(400, "failed: java.lang.NullPointerException"));
    }

    @Test
    void serverErrorsNeverCarryTheirMessageButOurBusyNoticeDoes() {
        assertEquals("Server Error", PlainErrorHandler.safeMessage(500, "Cannot invoke \"String.length()\" because \"s\" is null"));
        assertEquals("The server is busy; try again shortly", PlainErrorHandler.safeMessage(503, "The server is busy; try again shortly"));
    }

    @Test
    void aPlainMessageIsKeptAndALongOneIsNot() {
        assertEquals("Illegal Path Character", PlainErrorHandler.safeMessage(400, "Illegal Path Character"));
        assertEquals("Not Found", PlainErrorHandler.safeMessage(404, null));
        assertEquals("Bad Request", PlainErrorHandler.safeMessage(400, "x".repeat(201)));
    }
}
