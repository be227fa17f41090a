package vn.dannguyen.shared;

/**
 * Which communes' data the signed-in user may see and change: the question every feature asks, answered
 * by the user's account ({@code people.ActiveUser}). Features below {@code people} ask it through this type.
 */
public interface CommuneScope {

    /** The user's own commune, or null when nobody is signed in. */
    Long getCommuneId();

    /** Province-wide users see every commune of the installation. */
    boolean isProvinceWide();

    /** Whether {@code communeId} is the user's own commune: the only one whose data they may change. */
    boolean isOwnCommune(Long communeId);

    /** Whether the user may see data of {@code communeId}: their own commune, or any if province-wide. */
    boolean mayAccessCommune(Long communeId);
}
