package org.councilgraph.extract.read;

/** The file is text but nothing in it looks like the record of a meeting. */
public class UnrecognisedDocumentException extends DocumentException {

    private static final long serialVersionUID = 1L;

    public UnrecognisedDocumentException(String documentName, String reason) {
        super(documentName, reason);
    }
}
