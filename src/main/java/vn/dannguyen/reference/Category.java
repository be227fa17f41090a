package vn.dannguyen.reference;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.hibernate.envers.Audited;

/** A subject petitions are filed under (land, roads, irrigation...), named in Vietnamese and English. */
@Entity
@Audited
public class Category {

    public static final int CODE_LENGTH = 30;
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
    @Column(name = "name_vi", nullable = false, length = NAME_LENGTH)
    private String nameVi;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(name = "name_en", nullable = false, length = NAME_LENGTH)
    private String nameEn;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    /** The name in the user's language: English for English, Vietnamese for everything else. */
    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getNameVi() { return nameVi; }
    public void setNameVi(String nameVi) { this.nameVi = nameVi; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public long getVersion() { return version; }
}
