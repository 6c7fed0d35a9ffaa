package press.cli;

import java.io.PrintWriter;
import press.markup.MarkupException;
import press.pipeline.MalformedJsonException;
import press.pipeline.UncoveredCharacterError;
import press.pipeline.UnknownTemplateException;
import press.template.InvalidDataException;
import press.template.TemplateFailureException;
import press.template.Violation;

/** Turns the pipeline's failures into messages and exit codes: 2 for bad input, 1 for our own faults. */
final class Failures {

    static final int BAD_INPUT = 2;
    static final int FAILURE = 1;

    private Failures() {
    }

    static int report(Exception failure, PrintWriter err) {
        if (failure instanceof InvalidDataException invalid) {
            err.println("error: the data does not match the schema (" + invalid.violations().size() + " problems):");
            for (Violation violation : invalid.violations()) {
                err.println("  " + violation.path() + ": " + violation.message());
            }
            return BAD_INPUT;
        }
        if (failure instanceof MalformedJsonException || failure instanceof UnknownTemplateException
                || failure instanceof UncoveredCharacterError || failure instanceof IllegalArgumentException
                || failure instanceof java.nio.file.NoSuchFileException) {
            err.println("error: " + message(failure));
            return BAD_INPUT;
        }
        if (failure instanceof TemplateFailureException || failure instanceof MarkupException) {
            err.println("error: the template produced a broken document: " + failure.getMessage());
            return FAILURE;
        }
        err.println("error: " + message(failure));
        return FAILURE;
    }

    private static String message(Exception failure) {
        if (failure instanceof java.nio.file.NoSuchFileException missing) {
            return "no such file: " + missing.getFile();
        }
        return failure.getMessage() == null ? failure.toString() : failure.getMessage();
    }
}
