package org.councilgraph.extract.read;

/**
 * Which meeting's minutes of a file a document is, when the file holds the minutes of several
 * (an agenda pack carrying earlier meetings' minutes): each is a document of its own, whose text
 * is its part of the file's text.
 *
 * @param index the meeting's place in the file, from 1; 0 for a document that is the whole file
 * @param count how many meetings' minutes the file holds
 * @param start where the document's text starts in the file's text
 */
public record FilePart(int index, int count, int start) {

    /** The whole file. */
    public static final FilePart WHOLE = new FilePart(0, 1, 0);

    public FilePart {
        if (index < 0 || index > count || start < 0 || index == 0 && start != 0) {
            throw new IllegalArgumentException("bad part " + index + " of " + count + " at " + start);
        }
    }

    /** True when the document is the whole file. */
    public boolean whole() {
        return index == 0;
    }
}
