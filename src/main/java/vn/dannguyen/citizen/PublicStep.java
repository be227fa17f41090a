package vn.dannguyen.citizen;

import java.io.Serializable;
import java.time.LocalDate;

/** One step of the roadmap of long work, as the public sees it: what, when planned, when done. */
public record PublicStep(String description, LocalDate plannedOn, LocalDate doneOn) implements Serializable {
}
