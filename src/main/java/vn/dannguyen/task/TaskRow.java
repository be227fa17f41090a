package vn.dannguyen.task;

import java.io.Serializable;
import java.time.LocalDate;

import vn.dannguyen.petition.PetitionKind;
import vn.dannguyen.petition.PetitionStatus;
import vn.dannguyen.shared.Seen;

/** A line of a leader's or an officer's task list: the petition, its deadline and who holds it. */
public record TaskRow(long id, long version, String trackingCode, LocalDate receivedOn, LocalDate deadlineOn,
                      PetitionStatus status, PetitionKind kind, String categoryVi, String categoryEn,
                      String villageName, String content, String departmentName, String officerName)
        implements Serializable {

    /** The petition as the user saw it in this row, to act on. */
    public Seen seen() {
        return new Seen(id, version);
    }


    /** "Due soon": the deadline falls today or within this many days. */
    public static final int DUE_SOON_DAYS = 3;

    /** The deadline that binds: the one set on assignment, else the legal one (see Petition.deadlineOn). */
    public LocalDate deadline() {
        return deadlineOn;
    }

    /** Past its deadline and not yet answered: the same rule as the list's overdue filter. */
    public boolean overdueOn(LocalDate today) {
        return running() && deadlineOn != null && deadlineOn.isBefore(today);
    }

    public boolean dueSoonOn(LocalDate today) {
        return running() && deadlineOn != null && !deadlineOn.isBefore(today) && !deadlineOn.isAfter(today.plusDays(DUE_SOON_DAYS));
    }

    private boolean running() {
        return !PetitionStatus.DONE.contains(status);
    }

    public String excerpt() {
        return content.length() <= 140 ? content : content.substring(0, 137) + "…";
    }

    public String category(String language) {
        return "en".equals(language) ? categoryEn : categoryVi;
    }
}
