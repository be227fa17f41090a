package vn.dannguyen.petition;

/** The four kinds of intake, each with its own legal clock (docs/domain.md). */
public enum PetitionKind {
    /** Phản ánh, kiến nghị (Decree 20/2008). */
    FEEDBACK,
    /** Kiến nghị cử tri (Joint Resolution 72/2025). */
    VOTER_PETITION,
    /** Khiếu nại (Law on Complaints 2011). */
    COMPLAINT,
    /** Tố cáo (Law on Denunciation 2018): the denouncer's identity is protected. */
    DENUNCIATION;

    public boolean protectsIdentity() {
        return this == DENUNCIATION;
    }
}
