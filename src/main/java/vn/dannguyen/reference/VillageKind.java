package vn.dannguyen.reference;

/** The units below a commune: villages in the countryside, residential groups in wards. */
public enum VillageKind {
    THON, BAN, XOM, LANG, TO_DAN_PHO
}
