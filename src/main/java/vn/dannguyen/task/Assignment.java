package vn.dannguyen.task;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;

import org.hibernate.envers.Audited;

import vn.dannguyen.people.AppUser;
import vn.dannguyen.reference.Department;

/** A petition given to a department, and optionally one officer, with a deadline. Ended when reassigned. */
@Entity
@Audited
public class Assignment {

    public static final int INSTRUCTIONS_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "petition_id", nullable = false, updatable = false)
    private Long petitionId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id", nullable = false, updatable = false)
    private Department department;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "officer_id", updatable = false)
    private AppUser officer;

    @Column(nullable = false, updatable = false)
    private LocalDate dueOn;

    @Column(updatable = false, length = INSTRUCTIONS_LENGTH)
    private String instructions;

    @Column(nullable = false, updatable = false, length = 60)
    private String assignedBy;

    @Column(nullable = false, updatable = false)
    private Instant assignedAt;

    private Instant endedAt;

    protected Assignment() {
    }

    Assignment(long petitionId, Department department, AppUser officer, LocalDate dueOn, String instructions, String assignedBy) {
        this.petitionId = petitionId;
        this.department = department;
        this.officer = officer;
        this.dueOn = dueOn;
        this.instructions = instructions;
        this.assignedBy = assignedBy;
    }

    @PrePersist
    void stamp() {
        assignedAt = Instant.now();
    }

    void end() {
        endedAt = Instant.now();
    }

    public Long getId() { return id; }
    public Long getPetitionId() { return petitionId; }
    public Department getDepartment() { return department; }
    public AppUser getOfficer() { return officer; }
    public LocalDate getDueOn() { return dueOn; }
    public String getInstructions() { return instructions; }
    public String getAssignedBy() { return assignedBy; }
    public Instant getAssignedAt() { return assignedAt; }
    public Instant getEndedAt() { return endedAt; }
}
