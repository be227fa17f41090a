package vn.dannguyen.petition;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.type.SqlTypes;

import vn.dannguyen.reference.Category;
import vn.dannguyen.reference.Village;
import vn.dannguyen.shared.BusinessException;
import vn.dannguyen.shared.Jpa;
import vn.dannguyen.shared.PersonalData;
import vn.dannguyen.shared.TypedText;

/**
 * A wish, feedback, complaint or denunciation a voter raised, from any channel. Foreign keys are kept
 * as plain ids (what the index and the list need); the associations beside them are read-only views.
 */
@Entity
@Audited
@Indexed(index = "petition")
public class Petition implements Jpa.Versioned {

    public static final int CONTENT_LENGTH = 10_000;
    public static final int NAME_LENGTH = 150;
    public static final int PHONE_LENGTH = 30;
    public static final int ADDRESS_LENGTH = 300;
    public static final int EMAIL_LENGTH = 150;
    public static final int LANGUAGE_LENGTH = 60;
    public static final String DEFAULT_LANGUAGE = "Tiếng Việt";

    /** Also a sort key in the index: searches break ties on it, so a page of results never repeats or skips one. */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @GenericField(name = "idSort", sortable = Sortable.YES)
    private Long id;

    @GenericField
    @Column(name = "commune_id", nullable = false, updatable = false)
    private Long communeId;

    @KeywordField(normalizer = VietnameseAnalysis.CODE)
    @Column(nullable = false, updatable = false, length = 24)
    private String trackingCode;

    @NotNull
    @KeywordField
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private Channel channel = Channel.COUNTER;

    @NotNull
    @KeywordField
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private PetitionKind kind = PetitionKind.VOTER_PETITION;

    @NotNull
    @KeywordField
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private PetitionStatus status = PetitionStatus.RECEIVED;

    @NotNull
    @KeywordField
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private Competence competence = Competence.COMMUNE;

    @NotBlank
    @Size(max = CONTENT_LENGTH)
    @FullTextField(analyzer = VietnameseAnalysis.TEXT)
    @Column(nullable = false, columnDefinition = "text")
    private String content;

    @NotNull
    @GenericField
    @Column(name = "category_id", nullable = false)
    private Long categoryId;

    // The id column above is what is audited; this read-only view of it is not kept twice.
    @NotAudited
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "category_id", insertable = false, updatable = false)
    private Category category;

    @GenericField
    @Column(name = "village_id")
    private Long villageId;

    @NotAudited
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "village_id", insertable = false, updatable = false)
    private Village village;

    @GenericField
    @Column(name = "meeting_id", updatable = false)
    private Long meetingId;

    @GenericField
    @Column(name = "cycle_id")
    private Long cycleId;

    @NotNull
    @GenericField(sortable = Sortable.YES)
    @Column(nullable = false)
    private LocalDate receivedOn;

    /** The legal last day to answer (from the rule for the kind); the list sorts the overdue first by it. */
    @GenericField(sortable = Sortable.YES)
    private LocalDate dueOn;

    /** The deadline that binds now: the current assignment's, else {@link #dueOn}. Overdue is judged on it. */
    @GenericField(sortable = Sortable.YES)
    private LocalDate deadlineOn;

    @Column(nullable = false)
    private boolean anonymous;

    @PersonalData
    @Size(max = NAME_LENGTH)
    @Column(length = NAME_LENGTH)
    private String petitionerName;

    @PersonalData
    @Size(max = PHONE_LENGTH)
    @Pattern(regexp = "[0-9 +().-]*", message = "{petition.phone.invalid}")
    @Column(length = PHONE_LENGTH)
    private String petitionerPhone;

    @PersonalData
    @Size(max = ADDRESS_LENGTH)
    @Column(length = ADDRESS_LENGTH)
    private String petitionerAddress;

    @PersonalData
    @Email
    @Size(max = EMAIL_LENGTH)
    @Column(length = EMAIL_LENGTH)
    private String petitionerEmail;

    @NotBlank
    @Size(max = LANGUAGE_LENGTH)
    @Column(nullable = false, length = LANGUAGE_LENGTH)
    private String language = DEFAULT_LANGUAGE;

    @Column(nullable = false)
    private boolean interpreterUsed;

    /** The first petition of the same wish raised at an earlier meeting; null for a first raising. */
    @GenericField
    @Column(name = "recurrence_of_id")
    private Long recurrenceOfId;

    /** On a first raising: how many times the wish has been raised in all (itself included). */
    @Min(1)
    @Max(10_000)
    @GenericField(sortable = Sortable.YES)
    @Column(nullable = false)
    private int timesRaised = 1;

    @Column(nullable = false, updatable = false, length = 64)
    private String submissionKey;

    @Column(nullable = false, updatable = false, length = 60)
    private String createdBy;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant updatedAt;

    @Size(max = CONTENT_LENGTH)
    @Column(columnDefinition = "text")
    private String answerText;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 20)
    private AnswerResult answerResult;

    /** For work that takes long: when it is expected to be done (the roadmap's end). */
    private LocalDate expectedOn;

    private LocalDate answeredOn;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 20)
    private Satisfaction satisfaction;

    @Version
    private long version;

    @PrePersist
    void stampCreation() {
        stampCreatedAt(Instant.now());
    }

    /** For {@link PetitionBulkWriter}, which writes rows without persist (and so without its callbacks). */
    void stampCreatedAt(Instant now) {
        createdAt = now;
        updatedAt = now;
    }

    /** For {@link PetitionBulkWriter}: the id the database gave the row it wrote. */
    void assignId(Long id) {
        this.id = id;
    }

    @PreUpdate
    void stampUpdate() {
        updatedAt = Instant.now();
    }

    /** Marks the petition changed: every step of the workflow is a new version, also one that keeps the status. */
    private void touch() {
        updatedAt = Instant.now();
    }

    // --- the workflow: every change of status goes through PetitionWorkflow's table ---------------------

    /** A step taken: the status before and after, for the petition's history (task.PetitionTransition). */
    public record Step(PetitionStatus from, PetitionStatus to) {
    }

    private Step take(WorkflowAction action) {
        PetitionStatus from = status;
        status = PetitionWorkflow.next(from, action);
        touch();
        return new Step(from, status);
    }

    /** The steps that change nothing but the status: classify, start, resolve, explain, close. */
    public Step take(WorkflowAction action, boolean byLeader) {
        PetitionWorkflow.requireAllowed(action, byLeader);
        return switch (action) {
            case CLASSIFY, START, RESOLVE, EXPLAIN, CLOSE -> take(action);
            case ASSIGN, FORWARD, ANSWER, REOPEN -> throw new IllegalArgumentException(action + " has its own method");
        };
    }

    /** Assigned (or reassigned) to be done by {@code deadline}, which then binds instead of the legal one. */
    public Step assign(LocalDate deadline, boolean byLeader) {
        PetitionWorkflow.requireAllowed(WorkflowAction.ASSIGN, byLeader);
        Step step = take(WorkflowAction.ASSIGN);
        deadlineOn = deadline;
        return step;
    }

    /** Sent to the province, beyond the commune's competence: it waits for the province's reply. */
    public Step forward(boolean byLeader) {
        PetitionWorkflow.requireAllowed(WorkflowAction.FORWARD, byLeader);
        Step step = take(WorkflowAction.FORWARD);
        competence = Competence.PROVINCE;
        return step;
    }

    /** The province's reply arrived (kept by task.Forwarding): the status stays, the version moves on. */
    public Step provinceReplied() {
        if (status != PetitionStatus.FORWARDED) {
            throw new BusinessException("task.error.notForwarded", "petition.status." + status);
        }
        touch();
        return new Step(status, status);
    }

    /**
     * The answer to the voter: text, result class, and for long work the date it is expected done. A forwarded
     * petition is answered only once the province has replied (the commune passes the province's answer on).
     */
    public Step answer(String text, AnswerResult result, LocalDate expected, LocalDate today, boolean awaitingProvince) {
        if (TypedText.isBlank(text)) {
            throw new BusinessException("task.error.answerRequired");
        }
        if (result == null) {
            throw new BusinessException("task.error.resultRequired");
        }
        if (result == AnswerResult.IN_PROGRESS && expected == null) {
            throw new BusinessException("task.error.expectedOnRequired");
        }
        if (status == PetitionStatus.FORWARDED && awaitingProvince) {
            throw new BusinessException("task.error.awaitingProvince");
        }
        Step step = take(WorkflowAction.ANSWER);
        answerText = text.strip();
        answerResult = result;
        expectedOn = result == AnswerResult.IN_PROGRESS ? expected : null;
        answeredOn = today;
        return step;
    }

    /**
     * Corrects how the petition was classified at intake (its category, whose competence, what kind of petition).
     * The status stays. A new kind brings its own legal time limit, counted from when the current one started
     * (receipt, or the last reopening), unless an assignment set a deadline of its own. Turning a petition into or
     * out of a kind that protects who raised it (a denunciation) is a leader's decision: it decides who may know
     * them. Refused for a closed petition, and when nothing changes.
     *
     * @param newKindsDeadline the new kind's time limit, or null when the kind stays
     */
    public Step reclassify(long newCategoryId, Competence newCompetence, PetitionKind newKind, LocalDate newKindsDeadline,
                           boolean byLeader) {
        if (status == PetitionStatus.CLOSED) {
            throw new BusinessException("task.error.reclassifyClosed");
        }
        if (newCategoryId == categoryId && newCompetence == competence && newKind == kind) {
            throw new BusinessException("task.error.reclassifyNothing");
        }
        if (newKind != kind && (newKind.protectsIdentity() || kind.protectsIdentity()) && !byLeader) {
            throw new BusinessException("task.error.leaderOnly", "task.action.RECLASSIFY");
        }
        if (newKind != kind) {
            boolean ownDeadline = deadlineOn != null && !deadlineOn.equals(dueOn);
            dueOn = newKindsDeadline;
            if (!ownDeadline) {
                deadlineOn = newKindsDeadline;
            }
        }
        categoryId = newCategoryId;
        competence = newCompetence;
        kind = newKind;
        touch();
        return new Step(status, status);
    }

    /**
     * Reopened because the voter or a deputy is not satisfied: a fresh legal time limit runs from now; the earlier
     * answer stays on record.
     */
    public Step reopen(LocalDate newLegalDeadline, boolean byLeader) {
        PetitionWorkflow.requireAllowed(WorkflowAction.REOPEN, byLeader);
        Step step = take(WorkflowAction.REOPEN);
        satisfaction = Satisfaction.NOT_SATISFIED;
        setLegalDeadline(newLegalDeadline);
        return step;
    }

    /**
     * A new petition with what a clerk typed into this one. Forms record a copy, so that a save that fails
     * (and rolls back) leaves the form's own object untouched and ready to be sent again.
     */
    public Petition copyOfInput() {
        Petition copy = new Petition();
        copy.channel = channel;
        copy.kind = kind;
        copy.competence = competence;
        copy.content = content;
        copy.categoryId = categoryId;
        copy.villageId = villageId;
        copy.meetingId = meetingId;
        copy.cycleId = cycleId;
        copy.receivedOn = receivedOn;
        copy.anonymous = anonymous;
        copy.petitionerName = petitionerName;
        copy.petitionerPhone = petitionerPhone;
        copy.petitionerAddress = petitionerAddress;
        copy.petitionerEmail = petitionerEmail;
        copy.language = language;
        copy.interpreterUsed = interpreterUsed;
        copy.submissionKey = submissionKey;
        return copy;
    }

    /** Anonymous petitions keep no trace of who raised them. */
    public void clearPetitionerWhenAnonymous() {
        if (anonymous) {
            petitionerName = null;
            petitionerPhone = null;
            petitionerAddress = null;
            petitionerEmail = null;
        }
    }

    public Long getId() { return id; }
    public Long getCommuneId() { return communeId; }
    public void setCommuneId(Long communeId) { this.communeId = communeId; }
    public String getTrackingCode() { return trackingCode; }
    public void setTrackingCode(String trackingCode) { this.trackingCode = trackingCode; }
    public Channel getChannel() { return channel; }
    public void setChannel(Channel channel) { this.channel = channel; }
    public PetitionKind getKind() { return kind; }
    public void setKind(PetitionKind kind) { this.kind = kind; }
    public PetitionStatus getStatus() { return status; }
    public Competence getCompetence() { return competence; }
    public void setCompetence(Competence competence) { this.competence = competence; }
    public String getContent() { return content; }
    public void setContent(String content) { this.content = content; }
    public Long getCategoryId() { return categoryId; }
    public void setCategoryId(Long categoryId) { this.categoryId = categoryId; }
    public Category getCategory() { return category; }
    public Long getVillageId() { return villageId; }
    public void setVillageId(Long villageId) { this.villageId = villageId; }
    public Village getVillage() { return village; }
    public Long getMeetingId() { return meetingId; }
    public void setMeetingId(Long meetingId) { this.meetingId = meetingId; }
    public Long getCycleId() { return cycleId; }
    public void setCycleId(Long cycleId) { this.cycleId = cycleId; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public void setReceivedOn(LocalDate receivedOn) { this.receivedOn = receivedOn; }
    public LocalDate getDueOn() { return dueOn; }
    public void setDueOn(LocalDate dueOn) { this.dueOn = dueOn; }
    public LocalDate getDeadlineOn() { return deadlineOn; }
    /** Sets the legal deadline, which also binds until an assignment sets its own. */
    public void setLegalDeadline(LocalDate legal) {
        this.dueOn = legal;
        this.deadlineOn = legal;
    }
    public String getAnswerText() { return answerText; }
    public AnswerResult getAnswerResult() { return answerResult; }
    public LocalDate getExpectedOn() { return expectedOn; }
    public LocalDate getAnsweredOn() { return answeredOn; }
    public Satisfaction getSatisfaction() { return satisfaction; }
    public boolean isAnonymous() { return anonymous; }
    public void setAnonymous(boolean anonymous) { this.anonymous = anonymous; }
    public String getPetitionerName() { return petitionerName; }
    public void setPetitionerName(String petitionerName) { this.petitionerName = petitionerName; }
    public String getPetitionerPhone() { return petitionerPhone; }
    public void setPetitionerPhone(String petitionerPhone) { this.petitionerPhone = petitionerPhone; }
    public String getPetitionerAddress() { return petitionerAddress; }
    public void setPetitionerAddress(String petitionerAddress) { this.petitionerAddress = petitionerAddress; }
    public String getPetitionerEmail() { return petitionerEmail; }
    public void setPetitionerEmail(String petitionerEmail) { this.petitionerEmail = petitionerEmail; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public boolean isInterpreterUsed() { return interpreterUsed; }
    public void setInterpreterUsed(boolean interpreterUsed) { this.interpreterUsed = interpreterUsed; }
    public Long getRecurrenceOfId() { return recurrenceOfId; }
    public void setRecurrenceOfId(Long recurrenceOfId) { this.recurrenceOfId = recurrenceOfId; }
    public int getTimesRaised() { return timesRaised; }
    public void setTimesRaised(int timesRaised) { this.timesRaised = timesRaised; }
    public String getSubmissionKey() { return submissionKey; }
    public void setSubmissionKey(String submissionKey) { this.submissionKey = submissionKey; }
    public String getCreatedBy() { return createdBy; }
    public void setCreatedBy(String createdBy) { this.createdBy = createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    @Override
    public long getVersion() { return version; }
}
