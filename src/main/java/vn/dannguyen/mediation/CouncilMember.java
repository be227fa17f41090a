package vn.dannguyen.mediation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/** A member of the council that mediates one case: a person, not a user of this system. */
@Entity
@Audited
@Table(name = "mediation_council_member")
public class CouncilMember {

    public static final int NAME_LENGTH = 150;
    public static final int POSITION_LENGTH = 150;
    public static final int ETHNIC_GROUP_LENGTH = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(nullable = false, length = NAME_LENGTH)
    private String fullName;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 30)
    private CouncilRole councilRole;

    /** Office or organisation, e.g. "Phó Chủ tịch UBND xã", "Trưởng thôn Ngô Sơn". */
    @Size(max = POSITION_LENGTH)
    @Column(length = POSITION_LENGTH)
    private String position;

    @Column(nullable = false)
    private boolean woman;

    /** The member's ethnic group when an ethnic minority (e.g. Tày, Dao, San Dìu); optional. */
    @Size(max = ETHNIC_GROUP_LENGTH)
    @Column(length = ETHNIC_GROUP_LENGTH)
    private String ethnicGroup;

    @Column(nullable = false, updatable = false, length = 60)
    private String addedBy;

    @Column(nullable = false, updatable = false)
    private Instant addedAt;

    @PrePersist
    void stampCreation() {
        addedAt = Instant.now();
    }

    public Long getId() { return id; }
    public Long getCaseId() { return caseId; }
    void setCaseId(Long caseId) { this.caseId = caseId; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public CouncilRole getCouncilRole() { return councilRole; }
    public void setCouncilRole(CouncilRole councilRole) { this.councilRole = councilRole; }
    public String getPosition() { return position; }
    public void setPosition(String position) { this.position = position; }
    public boolean isWoman() { return woman; }
    public void setWoman(boolean woman) { this.woman = woman; }
    public String getEthnicGroup() { return ethnicGroup; }
    public void setEthnicGroup(String ethnicGroup) { this.ethnicGroup = ethnicGroup; }
    public String getAddedBy() { return addedBy; }
    void setAddedBy(String addedBy) { this.addedBy = addedBy; }
    public Instant getAddedAt() { return addedAt; }
}
