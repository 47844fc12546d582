package org.councilgraph.extract.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Bytes as text: the byte-order mark or UTF-8, else Windows-1252; and what a name's extension is. */
final class TextBytes {

    private static final Logger LOG = LoggerFactory.getLogger(TextBytes.class);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextBytes() {
    }

    static String decode(String name, byte[] bytes) {
        if (bytes.length >= 2 && bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        int offset = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            LOG.warn("{}: not valid UTF-8, read as Windows-1252", name);
            return new String(bytes, WINDOWS_1252);
        }
    }

    /** The start of {@code head} as lower-case text, for sniffing markup. */
    static String start(byte[] head, int chars) {
        String s = new String(head, 0, Math.min(head.length, chars * 4), StandardCharsets.ISO_8859_1).stripLeading();
        if (s.startsWith("\u00EF\u00BB\u00BF")) {
            s = s.substring(3).stripLeading();
        }
        return s.substring(0, Math.min(s.length(), chars)).toLowerCase(Locale.ROOT);
    }

    /** The extension of {@code fileName} in lower case, without the dot, or "". */
    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
