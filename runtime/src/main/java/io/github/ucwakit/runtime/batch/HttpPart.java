package io.github.ucwakit.runtime.batch;

import java.util.List;

/**
 * One part of a batch as read, before it is made a request or a response: the HTTP message's start line, its
 * header lines (without {@code Content-Length}, which frames the body and was checked against it) and its body.
 * Lines are numbered from the first line after the part's delimiter line.
 *
 * @param number the part's number, from 1
 * @param startLine the request or status line
 * @param startLineNumber the line the start line is on
 * @param headers the HTTP message's header lines, in order
 * @param body the HTTP message's body, empty when it has none
 * @param lengthGiven whether the message gave a {@code Content-Length}
 */
record HttpPart(int number, String startLine, int startLineNumber, List<HeaderLine> headers, byte[] body,
        boolean lengthGiven) {

    /** A header line: its name as written, its value without the spaces around it, and the line it is on. */
    record HeaderLine(String name, String value, int line) {}

    HttpPart {
        headers = List.copyOf(headers);
    }

    /** {@code part N}. */
    String location() {
        return partLocation(number);
    }

    /** {@code part N, line L}. */
    String location(int line) {
        return partLocation(number) + ", line " + line;
    }

    /** {@code part N}. */
    static String partLocation(int number) {
        return "part " + number;
    }
}
