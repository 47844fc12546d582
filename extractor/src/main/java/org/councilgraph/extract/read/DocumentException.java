package org.councilgraph.extract.read;

/** A document that cannot be turned into a graph, with a reason a user can act on. */
public class DocumentException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String documentName;
    private final String reason;

    public DocumentException(String documentName, String reason) {
        this(documentName, reason, null);
    }

    public DocumentException(String documentName, String reason, Throwable cause) {
        super(documentName + ": " + reason, cause);
        this.documentName = documentName;
        this.reason = reason;
    }

    public String documentName() {
        return documentName;
    }

    public String reason() {
        return reason;
    }
}
