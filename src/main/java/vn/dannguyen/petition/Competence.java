package vn.dannguyen.petition;

/** Which level of government may resolve a petition. */
public enum Competence {
    VILLAGE, COMMUNE, PROVINCE, CENTRAL
}
