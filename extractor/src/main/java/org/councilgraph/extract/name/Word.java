package org.councilgraph.extract.name;

import org.councilgraph.extract.text.Span;

/** A word of text with its document span; punctuation marks are words of their own. */
public record Word(String text, int start, int end) {

    public Span span() {
        return new Span(start, end);
    }

    public boolean isPunctuation() {
        return !Character.isLetterOrDigit(text.codePointAt(0));
    }

    public boolean isCapitalised() {
        return Character.isUpperCase(text.codePointAt(0));
    }

    public boolean isLowerCase() {
        return Character.isLowerCase(text.codePointAt(0));
    }

    public boolean isNumber() {
        return Character.isDigit(text.codePointAt(0));
    }

    /** The word without full stops: "Mrs." and "Mrs" compare equal this way. */
    public String bare() {
        return text.replace(".", "");
    }
}
