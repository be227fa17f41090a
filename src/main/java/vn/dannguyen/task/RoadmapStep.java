package vn.dannguyen.task;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;

/** One planned step of long work (the roadmap the voter is told about), done or still to do. */
@Entity
@Audited
public class RoadmapStep {

    public static final int DESCRIPTION_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "petition_id", nullable = false, updatable = false)
    private Long petitionId;

    @Column(nullable = false)
    private LocalDate plannedOn;

    @Column(nullable = false, length = DESCRIPTION_LENGTH)
    private String description;

    private LocalDate doneOn;

    @Version
    private long version;

    protected RoadmapStep() {
    }

    RoadmapStep(long petitionId, LocalDate plannedOn, String description) {
        this.petitionId = petitionId;
        this.plannedOn = plannedOn;
        this.description = description;
    }

    void markDone(LocalDate on) {
        this.doneOn = on;
    }

    public boolean isLate(LocalDate today) {
        return doneOn == null && plannedOn.isBefore(today);
    }

    public Long getId() { return id; }
    public Long getPetitionId() { return petitionId; }
    public LocalDate getPlannedOn() { return plannedOn; }
    public String getDescription() { return description; }
    public LocalDate getDoneOn() { return doneOn; }
    public long getVersion() { return version; }
}
