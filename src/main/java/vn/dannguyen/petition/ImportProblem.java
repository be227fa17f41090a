package vn.dannguyen.petition;

import java.io.Serializable;

/** Why one row of an imported sheet was refused: a bundle key and its arguments, for the user's language. */
public record ImportProblem(int rowNumber, String messageKey, String value) implements Serializable {
}
