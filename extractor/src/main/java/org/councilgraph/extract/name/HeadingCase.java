package org.councilgraph.extract.name;

/** Letter case tests on single words. */
final class HeadingCase {

    private HeadingCase() {
    }

    /** True for a word written in capitals only ("PUBLIC"), false for "McDonnell" or "O’Neill". */
    static boolean isAllCapsWord(String word) {
        boolean letter = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
                if (!Character.isUpperCase(c)) {
                    return false;
                }
            }
        }
        return letter;
    }
}
