package vn.dannguyen.reference;

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
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/** A village (thôn, bản, xóm, làng) or residential group (tổ dân phố), whose head relays petitions. */
@Entity
@Audited
public class Village {

    public static final int NAME_LENGTH = 150;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commune_id", nullable = false, updatable = false)
    private Commune commune;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private VillageKind kind = VillageKind.THON;

    @Size(max = NAME_LENGTH)
    @Column(name = "head_name", length = NAME_LENGTH)
    private String headName;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    public Long getId() { return id; }
    public Commune getCommune() { return commune; }
    public void setCommune(Commune commune) { this.commune = commune; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public VillageKind getKind() { return kind; }
    public void setKind(VillageKind kind) { this.kind = kind; }
    public String getHeadName() { return headName; }
    public void setHeadName(String headName) { this.headName = headName; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public long getVersion() { return version; }
}
