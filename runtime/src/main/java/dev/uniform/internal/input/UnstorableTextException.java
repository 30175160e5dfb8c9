package dev.uniform.internal.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** A JSON string that could not be stored as sent; Jackson adds the path of the field, the problem names it. */
public final class UnstorableTextException extends MismatchedInputException {

    UnstorableTextException(JsonParser parser) {
        super(parser, "String " + StorableText.RULE, String.class);
    }
}
