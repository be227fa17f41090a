package vn.dannguyen.meeting;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

import vn.dannguyen.reference.Village;

/** One constituent meeting: who met whom, where, how, and what was written down. */
@Entity
@Audited
public class Meeting {

    public static final int PLACE_LENGTH = 200;
    public static final int DEPUTIES_LENGTH = 1000;
    public static final int LANGUAGE_LENGTH = 60;
    public static final int NAME_LENGTH = 150;
    public static final int MINUTES_LENGTH = 200_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "commune_id", nullable = false, updatable = false)
    private Long communeId;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cycle_id", nullable = false)
    private MeetingCycle cycle;

    @NotNull
    @Column(nullable = false)
    private LocalDateTime heldAt;

    @NotBlank
    @Size(max = PLACE_LENGTH)
    @Column(nullable = false, length = PLACE_LENGTH)
    private String place;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private MeetingForm form = MeetingForm.IN_PERSON;

    @ManyToMany
    @JoinTable(name = "meeting_village", joinColumns = @JoinColumn(name = "meeting_id"),
            inverseJoinColumns = @JoinColumn(name = "village_id"))
    private Set<Village> villages = new LinkedHashSet<>();

    /** The deputies present, one per line (they are people of the council, not users of this system). */
    @Size(max = DEPUTIES_LENGTH)
    @Column(length = DEPUTIES_LENGTH)
    private String deputies;

    @Min(0)
    @Max(100_000)
    @Column(nullable = false)
    private int votersAttending;

    /** The language voters spoke, when not Vietnamese (e.g. San Dìu). */
    @Size(max = LANGUAGE_LENGTH)
    @Column(length = LANGUAGE_LENGTH)
    private String language;

    @Size(max = NAME_LENGTH)
    @Column(length = NAME_LENGTH)
    private String interpreterName;

    @Size(max = MINUTES_LENGTH)
    @Column(columnDefinition = "mediumtext")
    private String minutes;

    @Version
    private long version;

    @Column(nullable = false, updatable = false, length = 60)
    private String createdBy;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @PrePersist
    void stampCreation() {
        createdAt = Instant.now();
    }

    public Long getId() { return id; }
    public Long getCommuneId() { return communeId; }
    public void setCommuneId(Long communeId) { this.communeId = communeId; }
    public MeetingCycle getCycle() { return cycle; }
    public void setCycle(MeetingCycle cycle) { this.cycle = cycle; }
    public LocalDateTime getHeldAt() { return heldAt; }
    public void setHeldAt(LocalDateTime heldAt) { this.heldAt = heldAt; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public MeetingForm getForm() { return form; }
    public void setForm(MeetingForm form) { this.form = form; }
    public Set<Village> getVillages() { return villages; }
    public void setVillages(Set<Village> villages) { this.villages = villages; }
    public String getDeputies() { return deputies; }
    public void setDeputies(String deputies) { this.deputies = deputies; }
    public int getVotersAttending() { return votersAttending; }
    public void setVotersAttending(int votersAttending) { this.votersAttending = votersAttending; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public String getInterpreterName() { return interpreterName; }
    public void setInterpreterName(String interpreterName) { this.interpreterName = interpreterName; }
    public String getMinutes() { return minutes; }
    public void setMinutes(String minutes) { this.minutes = minutes; }
    public long getVersion() { return version; }
    public String getCreatedBy() { return createdBy; }
    public void setCreatedBy(String createdBy) { this.createdBy = createdBy; }
    public Instant getCreatedAt() { return createdAt; }
}
