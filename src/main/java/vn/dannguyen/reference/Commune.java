package vn.dannguyen.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/** A commune-level unit of the province; every user, village, department and petition belongs to one. */
@Entity
@Audited
public class Commune {

    public static final int CODE_LENGTH = 20;
    public static final int NAME_LENGTH = 150;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = CODE_LENGTH)
    @Pattern(regexp = "[A-Za-z0-9_-]*", message = "{reference.commune.code.pattern}")
    @Column(nullable = false, length = CODE_LENGTH, unique = true)
    private String code;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private CommuneKind kind = CommuneKind.XA;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(name = "province_name", nullable = false, length = NAME_LENGTH)
    private String provinceName;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    public Long getId() { return id; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public CommuneKind getKind() { return kind; }
    public void setKind(CommuneKind kind) { this.kind = kind; }
    public String getProvinceName() { return provinceName; }
    public void setProvinceName(String provinceName) { this.provinceName = provinceName; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public long getVersion() { return version; }
}
