package vn.dannguyen.report;

import java.time.LocalDate;

import vn.dannguyen.petition.AnswerResult;
import vn.dannguyen.petition.Competence;
import vn.dannguyen.petition.PetitionStatus;

/** A petition of a meeting cycle as the cycle's reports and the public results list show it: no personal data. */
public record CyclePetition(long id, String trackingCode, String content, String category, String village,
                            Competence competence, int timesRaised, PetitionStatus status, AnswerResult answerResult,
                            String answerText, LocalDate expectedOn, LocalDate answeredOn) {

    /** The query's head that builds these rows; callers add their own conditions on p (Petition). */
    public static final String SELECT = "select new vn.dannguyen.report.CyclePetition(p.id, p.trackingCode, p.content,"
            + " c.nameVi, v.name, p.competence, p.timesRaised, p.status, p.answerResult, p.answerText, p.expectedOn,"
            + " p.answeredOn) from Petition p join Category c on c.id = p.categoryId left join Village v on v.id = p.villageId";

    /** Where the petition stands in the results report: resolved, in progress, explained, forwarded or not yet answered. */
    public ResultGroup group() {
        if ((status == PetitionStatus.ANSWERED || status == PetitionStatus.CLOSED) && answerResult != null) {
            return switch (answerResult) {
                case RESOLVED -> ResultGroup.RESOLVED;
                case IN_PROGRESS -> ResultGroup.IN_PROGRESS;
                case EXPLAINED -> ResultGroup.EXPLAINED;
            };
        }
        return status == PetitionStatus.FORWARDED ? ResultGroup.FORWARDED : ResultGroup.NOT_ANSWERED;
    }

    public enum ResultGroup {
        RESOLVED, IN_PROGRESS, EXPLAINED, FORWARDED, NOT_ANSWERED
    }
}
