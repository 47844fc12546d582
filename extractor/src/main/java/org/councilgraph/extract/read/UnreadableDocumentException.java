package org.councilgraph.extract.read;

/** The file could not be read as text: missing, empty, binary, or in an unsupported format. */
public class UnreadableDocumentException extends DocumentException {

    private static final long serialVersionUID = 1L;

    public UnreadableDocumentException(String documentName, String reason) {
        super(documentName, reason);
    }

    public UnreadableDocumentException(String documentName, String reason, Throwable cause) {
        super(documentName, reason, cause);
    }
}
