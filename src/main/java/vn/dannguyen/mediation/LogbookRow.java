package vn.dannguyen.mediation;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One line of the mediation logbook. {@code daysLeft} counts to the end of the time limit (negative when
 * overdue) and is null for a finished case.
 */
public record LogbookRow(long id, LocalDate requestedOn, String requesterName, String otherPartyName,
                         String parcelNumber, String mapSheet, String parcelLocation, MediationStatus status,
                         MediationOutcome outcome, LocalDate acceptanceDueOn, LocalDate finishDueOn,
                         LocalDate finishedOn, boolean overdue, Long daysLeft) implements Serializable {

    static LogbookRow of(MediationCase c, LocalDate today) {
        return new LogbookRow(c.getId(), c.getRequestedOn(), c.getRequesterName(), c.getOtherPartyName(),
                c.getParcelNumber(), c.getMapSheet(), c.getParcelLocation(), c.getStatus(), c.getOutcome(),
                c.getAcceptanceDueOn(), c.getFinishDueOn(), c.getFinishedOn(), c.isOverdue(today),
                c.getStatus().isFinished() ? null : MediationRules.daysLeft(c.getFinishDueOn(), today));
    }
}
