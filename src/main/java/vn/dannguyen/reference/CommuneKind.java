package vn.dannguyen.reference;

/** Commune-level units since 1 July 2025. */
public enum CommuneKind {
    /** xã: rural commune */
    XA,
    /** phường: urban ward */
    PHUONG,
    /** đặc khu: special zone */
    DAC_KHU
}
