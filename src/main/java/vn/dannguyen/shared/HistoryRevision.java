package vn.dannguyen.shared;

import java.util.Set;

/**
 * The history revision (Envers') of the current transaction, as a feature that writes history rows itself
 * sees it: the petition import writes its rows in batches and files them under this revision.
 */
public interface HistoryRevision {

    Long getId();

    /** The kinds of record changed in the revision, by entity class name: the auditor searches by them. */
    Set<String> getEntityNames();
}
