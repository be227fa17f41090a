package vn.dannguyen.mediation;

/** The seat a member holds on the mediation council (Land Law 2024 art. 235(2)). */
public enum CouncilRole {
    /** Chairman of the commune People's Committee: chairs the council. */
    CHAIRMAN,
    /** Vice Chairman of the commune People's Committee: chairs the council in the Chairman's place. */
    VICE_CHAIRMAN,
    /** Representative of the Vietnam Fatherland Front Committee of the commune. */
    FATHERLAND_FRONT,
    /** Land-administration official of the commune. */
    LAND_OFFICIAL,
    /** A person who has long lived in the area and knows the origin and use of the land. */
    LONG_TIME_RESIDENT,
    /** Anyone else the chair invites (village head, mass organisations, grassroots mediators...). */
    OTHER
}
