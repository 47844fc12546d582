package org.councilgraph.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Error pages as one line of plain text, {@code Error 404: Not Found}, for errors raised by
 * Jetty or by {@code sendError}: Jetty's own pages echo the request URI and can name exception
 * classes, which tell an attacker about the server and reflect what the caller sent.
 */
final class PlainErrorHandler extends ErrorHandler {

    /** A Java class name (package.Class) in a message: the message is then replaced by the status text. */
    private static final Pattern JAVA_NAME = Pattern.compile("\\b[a-z][a-z0-9_]*(\\.[a-z0-9_]+)+\\.[A-Z]\\w*");

    private static final int MAX_MESSAGE_CHARS = 200;

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) {
        String text = "Error " + code + ": " + safeMessage(code, message) + "\n";
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8");
        SecurityHeaders.STANDARD.forEach((name, value) -> response.getHeaders().put(name, value));
        response.write(true, ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), callback);
    }

    /** The message if it names nothing of the server's insides, else the standard reason for {@code code}. */
    static String safeMessage(int code, String message) {
        String reason = HttpStatus.getMessage(code);
        if (message == null || message.isBlank() || (code >= 500 && code != 503) || JAVA_NAME.matcher(message).find()
                || message.length() > MAX_MESSAGE_CHARS) {
            return reason;
        }
        return message.strip();
    }
}
