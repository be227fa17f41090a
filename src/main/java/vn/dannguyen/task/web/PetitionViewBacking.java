package vn.dannguyen.task.web;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.primefaces.event.FileUploadEvent;

import vn.dannguyen.attachment.PendingUploads;
import vn.dannguyen.attachment.StoredFile;
import vn.dannguyen.attachment.Upload;
import vn.dannguyen.petition.AnswerResult;
import vn.dannguyen.petition.PetitionRow;
import vn.dannguyen.petition.PetitionStatus;
import vn.dannguyen.petition.PetitionWorkflow;
import vn.dannguyen.petition.WorkflowAction;
import vn.dannguyen.shared.BusinessException;
import vn.dannguyen.shared.CommuneClock;
import vn.dannguyen.task.Forwarding;
import vn.dannguyen.task.PetitionCase;
import vn.dannguyen.task.PetitionCases;
import vn.dannguyen.task.PetitionTransition;
import vn.dannguyen.task.RoadmapStep;
import vn.dannguyen.task.TaskProgressService;
import vn.dannguyen.task.TaskProgressService.NoteWithEvidence;
import vn.dannguyen.task.TaskRow;
import vn.dannguyen.task.TaskService;

/** /petition/view?id=…: one petition, where it stands, its history, and the next steps the user may take. */
@Named
@ViewScoped
public class PetitionViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    CommuneClock clock;

    @Inject
    TaskService tasks;

    @Inject
    PetitionCases cases;

    @Inject
    TaskProgressService progress;

    @Inject
    PendingUploads pendingUploads;

    private Long id;
    /** What the page shows, read in one call; the fields below are what the user is typing. */
    private PetitionCase page;
    private String reason;
    private String answerText;
    private AnswerResult answerResult;
    private LocalDate expectedOn;
    // Forwarding to the province and its reply.
    private String agency;
    private String letterNo;
    private LocalDate letterOn;
    private String replyLetterNo;
    private LocalDate replyOn;
    private String replyText;
    // A progress note being written, with its evidence kept until it is saved.
    private String note;
    private Integer percentDone;
    private final List<Upload> evidence = new ArrayList<>();
    // A roadmap step being added.
    private LocalDate plannedOn;
    private String stepDescription;

    public void load() throws IOException {
        if (id == null) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "petition.error.notFound");
            return;
        }
        try {
            page = cases.open(id);
            prefillAnswer();
        } catch (BusinessException notFound) {
            // Unknown, or of a commune the user may not see: the same answer, so nothing is revealed.
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "petition.error.notFound");
        }
    }

    private void reload() {
        page = cases.of(id);
        prefillAnswer();
    }

    /** The voter is told what the province answered; the clerk may add to it before sending. */
    private void prefillAnswer() {
        Forwarding replied = page.lastForwarding();
        if (answerText == null && page.task().status() == PetitionStatus.FORWARDED && replied != null && !replied.isWaiting()) {
            answerText = replied.getReplyText();
        }
    }

    public void act(WorkflowAction action) {
        tasks.act(page.task().seen(), action, reason);
        Messages.addGlobalInfo("task.done", "task.action." + action);
        reason = null;
        reload();
    }

    public void forward() {
        tasks.forward(page.task().seen(), agency, letterNo, letterOn, reason);
        Messages.addGlobalInfo("task.done", "task.action." + WorkflowAction.FORWARD);
        agency = null;
        letterNo = null;
        letterOn = null;
        reason = null;
        reload();
    }

    public void recordProvinceReply() {
        tasks.recordProvinceReply(page.task().seen(), replyLetterNo, replyOn, replyText);
        Messages.addGlobalInfo("task.done", "task.forward.recordReply");
        replyLetterNo = null;
        replyOn = null;
        replyText = null;
        reload();
    }

    /**
     * Keeps an evidence file (on disk, see PendingUploads) until the note is saved; a file that would be refused
     * is refused now, with a message, and so is one past the session's limit.
     */
    public void attachEvidence(FileUploadEvent event) {
        if (evidence.size() >= TaskProgressService.MAX_EVIDENCE_FILES) {
            Messages.addGlobalError("task.error.tooManyFiles", TaskProgressService.MAX_EVIDENCE_FILES);
            return;
        }
        evidence.add(pendingUploads.keepAttachment(event.getFile()));
    }

    public void removeEvidence(int index) {
        pendingUploads.discard(evidence.remove(index));
    }

    public void addNote() {
        progress.addNote(id, note, percentDone, List.copyOf(evidence));
        Messages.addGlobalInfo("task.done", "task.progress.add");
        note = null;
        percentDone = null;
        pendingUploads.discard(evidence);
        evidence.clear();
        reload();
    }

    /** The view ends (with its session, or as one of too many views open): its unsaved evidence goes. */
    @PreDestroy
    void discardEvidence() {
        try {
            pendingUploads.discard(evidence);
        } catch (ContextNotActiveException sessionGone) {
            // Ended with the session, whose own end deletes them (PendingUploads).
        }
    }

    public void addStep() {
        progress.addStep(id, plannedOn, stepDescription);
        Messages.addGlobalInfo("task.done", "task.roadmap.add");
        plannedOn = null;
        stepDescription = null;
        reload();
    }

    public void markStepDone(RoadmapStep step) {
        progress.markStepDone(step.getId(), step.getVersion(), getToday());
        Messages.addGlobalInfo("task.done", "task.roadmap.markDone");
        reload();
    }

    /** Whether the petition is being worked on, so progress and roadmap may be written. */
    public boolean isInWork() {
        PetitionStatus status = page.task().status();
        return status != PetitionStatus.RECEIVED && status != PetitionStatus.CLASSIFIED && status != PetitionStatus.CLOSED;
    }

    public String date(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    public void answer() {
        tasks.answer(page.task().seen(), answerText, answerResult, expectedOn);
        Messages.addGlobalInfo("task.done", "task.action." + WorkflowAction.ANSWER);
        reload();
    }

    /** Whether the answer shown is the current one (not one given before the petition was reopened). */
    public boolean isAnswerCurrent() {
        return page.task().status() == PetitionStatus.ANSWERED || page.task().status() == PetitionStatus.CLOSED;
    }

    /** Whether the user may take {@code action} now (the page shows only those buttons). */
    public boolean may(WorkflowAction action) {
        return PetitionWorkflow.allowed(page.task().status()).contains(action);
    }

    /** Answering is offered when the workflow allows it and the province, if asked, has replied. */
    public boolean isAnswerable() {
        return may(WorkflowAction.ANSWER) && !page.awaitingProvince();
    }

    /** A moment as commune staff read it: local (UTC+7) date and time. */
    public String when(Instant moment) {
        return moment == null ? "" : WHEN.format(moment.atZone(CommuneClock.ZONE));
    }

    public AnswerResult[] getResults() { return AnswerResult.values(); }
    public boolean isPetitionerKnown() { return page.petitionerKnown(); }
    public LocalDate getToday() { return clock.today(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public PetitionCase getPage() { return page; }
    public PetitionRow getPetition() { return page.petition(); }
    public PetitionCase.Answer getAnswered() { return page.answer(); }
    public TaskRow getTask() { return page.task(); }
    public Forwarding getLastForwarding() { return page.lastForwarding(); }
    public List<PetitionTransition> getHistory() { return page.history(); }
    public List<StoredFile> getFiles() { return page.files(); }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getAnswerText() { return answerText; }
    public void setAnswerText(String answerText) { this.answerText = answerText; }
    public AnswerResult getAnswerResult() { return answerResult; }
    public void setAnswerResult(AnswerResult answerResult) { this.answerResult = answerResult; }
    public LocalDate getExpectedOn() { return expectedOn; }
    public void setExpectedOn(LocalDate expectedOn) { this.expectedOn = expectedOn; }
    public List<Forwarding> getForwardings() { return page.forwardings(); }
    public List<NoteWithEvidence> getNotes() { return page.notes(); }
    public List<RoadmapStep> getRoadmap() { return page.roadmap(); }
    public String getAgency() { return agency; }
    public void setAgency(String agency) { this.agency = agency; }
    public String getLetterNo() { return letterNo; }
    public void setLetterNo(String letterNo) { this.letterNo = letterNo; }
    public LocalDate getLetterOn() { return letterOn; }
    public void setLetterOn(LocalDate letterOn) { this.letterOn = letterOn; }
    public String getReplyLetterNo() { return replyLetterNo; }
    public void setReplyLetterNo(String replyLetterNo) { this.replyLetterNo = replyLetterNo; }
    public LocalDate getReplyOn() { return replyOn; }
    public void setReplyOn(LocalDate replyOn) { this.replyOn = replyOn; }
    public String getReplyText() { return replyText; }
    public void setReplyText(String replyText) { this.replyText = replyText; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public Integer getPercentDone() { return percentDone; }
    public void setPercentDone(Integer percentDone) { this.percentDone = percentDone; }
    public List<Upload> getEvidence() { return evidence; }
    public LocalDate getPlannedOn() { return plannedOn; }
    public void setPlannedOn(LocalDate plannedOn) { this.plannedOn = plannedOn; }
    public String getStepDescription() { return stepDescription; }
    public void setStepDescription(String stepDescription) { this.stepDescription = stepDescription; }
}
