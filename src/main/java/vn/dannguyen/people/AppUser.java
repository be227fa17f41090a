package vn.dannguyen.people;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;

import vn.dannguyen.reference.Commune;
import vn.dannguyen.shared.Role;

/** A staff account of one commune. {@code provinceWide} users see every commune of the installation. */
@Entity
@Audited
@Table(name = "app_user")
public class AppUser {

    public static final int USERNAME_LENGTH = 60;
    public static final int NAME_LENGTH = 150;
    public static final int EMAIL_LENGTH = 150;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = USERNAME_LENGTH)
    @Pattern(regexp = "[a-z0-9._-]*", message = "{people.user.username.pattern}")
    @Column(nullable = false, length = USERNAME_LENGTH, unique = true)
    private String username;

    // The history says when an account changed, never what its password hash was.
    @NotAudited
    @NotBlank
    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(name = "full_name", nullable = false, length = NAME_LENGTH)
    private String fullName;

    @Email
    @Size(max = EMAIL_LENGTH)
    @Column(length = EMAIL_LENGTH)
    private String email;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commune_id", nullable = false)
    private Commune commune;

    @Column(name = "province_wide", nullable = false)
    private boolean provinceWide;

    @Column(nullable = false)
    private boolean active = true;

    /** The password was chosen by someone else: the user sets their own before anything else. */
    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "role", nullable = false, length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Version
    private long version;

    public Long getId() { return id; }
    /**
     * A typed user name as accounts store it (trimmed, lower case). The column compares bytes, so
     * {@code quảntri} or a full-width {@code ｑ} is another name, never this account.
     */
    public static String canonicalUsername(String typed) {
        return typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPasswordHash() { return passwordHash; }
    public boolean isPasswordChangeRequired() { return passwordChangeRequired; }
    public void setPasswordChangeRequired(boolean required) { this.passwordChangeRequired = required; }
    public void setPasswordHash(String passwordHash) { this.passwordHash = passwordHash; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public Commune getCommune() { return commune; }
    public void setCommune(Commune commune) { this.commune = commune; }
    public boolean isProvinceWide() { return provinceWide; }
    public void setProvinceWide(boolean provinceWide) { this.provinceWide = provinceWide; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public Set<Role> getRoles() { return roles; }
    public void setRoles(Set<Role> roles) { this.roles = roles; }
    public long getVersion() { return version; }
}
