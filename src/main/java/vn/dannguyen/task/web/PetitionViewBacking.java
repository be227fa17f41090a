package vn.dannguyen.task.web;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jakarta.servlet.http.HttpServletResponse;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import vn.dannguyen.attachment.AttachmentService;
import vn.dannguyen.audit.AuditEventKind;
import vn.dannguyen.audit.AuditLog;
import vn.dannguyen.attachment.StoredFile;
import vn.dannguyen.petition.AnswerResult;
import vn.dannguyen.petition.Petition;
import vn.dannguyen.petition.PetitionRow;
import vn.dannguyen.petition.PetitionService;
import vn.dannguyen.petition.PetitionStatus;
import vn.dannguyen.shared.BusinessException;
import vn.dannguyen.task.PetitionTransition;
import vn.dannguyen.task.PetitionWorkflow;
import vn.dannguyen.task.TaskRow;
import vn.dannguyen.task.TaskService;
import vn.dannguyen.task.WorkflowAction;

/** /petition/view?id=…: one petition, where it stands, its history, and the next steps the user may take. */
@Named
@ViewScoped
public class PetitionViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    @Inject
    TaskService tasks;

    @Inject
    PetitionService petitions;

    @Inject
    AttachmentService attachments;

    @Inject
    AuditLog auditLog;

    private Long id;
    private PetitionRow petition;
    private Petition details;
    private TaskRow task;
    private List<PetitionTransition> history;
    private List<StoredFile> files;
    private String reason;
    private String answerText;
    private AnswerResult answerResult;
    private LocalDate expectedOn;

    public void load() throws IOException {
        if (id == null) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "petition.error.notFound");
            return;
        }
        try {
            reload();
            if (!details.isAnonymous() && details.getPetitionerName() != null) {
                auditLog.record(AuditEventKind.PERSONAL_DATA_VIEWED, id, details.getTrackingCode());
            }
        } catch (BusinessException notFound) {
            // Unknown, or of a commune the user may not see: the same answer, so nothing is revealed.
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "petition.error.notFound");
        }
    }

    private void reload() {
        petition = petitions.row(id);
        details = petitions.get(id);
        task = tasks.row(id);
        history = tasks.history(id);
        files = attachments.ofPetition(id);
    }

    public void act(WorkflowAction action) {
        tasks.act(new TaskService.Seen(task.id(), task.version()), action, reason);
        Messages.addGlobalInfo("task.done", "task.action." + action);
        reason = null;
        reload();
    }

    public void answer() {
        tasks.answer(new TaskService.Seen(task.id(), task.version()), answerText, answerResult, expectedOn);
        Messages.addGlobalInfo("task.done", "task.action." + WorkflowAction.ANSWER);
        reload();
    }

    /** Whether the answer shown is the current one (not one given before the petition was reopened). */
    public boolean isAnswerCurrent() {
        return task != null && (task.status() == PetitionStatus.ANSWERED || task.status() == PetitionStatus.CLOSED);
    }

    /** Whether the user may take {@code action} now (the page shows only those buttons). */
    public boolean may(WorkflowAction action) {
        return task != null && PetitionWorkflow.allowed(task.status()).contains(action);
    }

    public Set<WorkflowAction> getAllowed() {
        return PetitionWorkflow.allowed(task.status());
    }

    /** A moment as commune staff read it: local (UTC+7) date and time. */
    public String when(Instant moment) {
        return moment == null ? "" : WHEN.format(moment.atZone(PetitionService.COMMUNE_ZONE));
    }

    public AnswerResult[] getResults() { return AnswerResult.values(); }
    public LocalDate getToday() { return LocalDate.now(PetitionService.COMMUNE_ZONE); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public PetitionRow getPetition() { return petition; }
    public Petition getDetails() { return details; }
    public TaskRow getTask() { return task; }
    public List<PetitionTransition> getHistory() { return history; }
    public List<StoredFile> getFiles() { return files; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getAnswerText() { return answerText; }
    public void setAnswerText(String answerText) { this.answerText = answerText; }
    public AnswerResult getAnswerResult() { return answerResult; }
    public void setAnswerResult(AnswerResult answerResult) { this.answerResult = answerResult; }
    public LocalDate getExpectedOn() { return expectedOn; }
    public void setExpectedOn(LocalDate expectedOn) { this.expectedOn = expectedOn; }
}
