package org.rejoin.cme.internal;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;

/**
 * The kinds of document a case accepts, told by their content rather than their name, so that a
 * renamed program is not stored as a "report.pdf".
 */
final class DocumentTypes {

    /** 5 MB: a scanned letter or a report, not a video. */
    static final int MAX_BYTES = 5 * 1024 * 1024;

    private DocumentTypes() {
    }

    /** The content type, or null when the content is not an accepted kind. */
    static String of(byte[] content, String filename) {
        String name = filename == null ? "" : filename.toLowerCase(java.util.Locale.ROOT);
        if (starts(content, 0x25, 0x50, 0x44, 0x46)) {
            return "application/pdf";
        }
        if (starts(content, 0x89, 0x50, 0x4E, 0x47)) {
            return "image/png";
        }
        if (starts(content, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (starts(content, 0x50, 0x4B, 0x03, 0x04) && name.endsWith(".docx")) {
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        }
        if (name.endsWith(".txt") && isUtf8Text(content)) {
            return "text/plain; charset=UTF-8";
        }
        return null;
    }

    private static boolean starts(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUtf8Text(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t');
        }
        catch (CharacterCodingException e) {
            return false;
        }
    }
}
