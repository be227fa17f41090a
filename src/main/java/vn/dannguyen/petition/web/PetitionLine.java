package vn.dannguyen.petition.web;

import java.io.Serializable;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

import vn.dannguyen.petition.PetitionRow;
import vn.dannguyen.petition.PetitionStatus;

/**
 * A line of the petition list as its reader sees it: dates formatted, names and labels already in the reader's
 * language. The list renders 20 of these per page under load, so each cell is one plain property read instead of
 * a converter, a bundle lookup and a method call per cell (docs/benchmarks/list-rows-and-dashboard-charts.md).
 */
public record PetitionLine(long id, String trackingCode, String receivedOn, String excerpt, String timesRaised,
                           boolean recurrence, String category, String village, String kind, String channel,
                           PetitionStatus status, String statusLabel, String petitioner) implements Serializable {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** The line of {@code row} for a reader of {@code locale}, labelled from {@code msg} (the application's message bundle). */
    public static PetitionLine of(PetitionRow row, ResourceBundle msg, Locale locale) {
        String timesRaised = row.timesRaised() > 1
                ? new MessageFormat(label(msg, "petition.similar.times"), locale).format(new Object[] {row.timesRaised()})
                : null;
        String petitioner = row.anonymous() ? label(msg, "petition.petitioner.anonymous")
                : row.petitioner() == null || row.petitioner().isEmpty() ? label(msg, "petition.petitioner.hidden") : row.petitioner();
        return new PetitionLine(row.id(), row.trackingCode(), row.receivedOn() == null ? "" : DAY.format(row.receivedOn()),
                row.excerpt(), timesRaised, row.recurrenceOfId() != null, row.category(locale.getLanguage()), row.villageName(),
                label(msg, "petition.kind." + row.kind()), label(msg, "petition.channel." + row.channel()),
                row.status(), label(msg, "petition.status." + row.status()), petitioner);
    }

    /** A label missing from the bundle shows as its key, as {@code #{msg[key]}} does, rather than failing the page. */
    private static String label(ResourceBundle msg, String key) {
        return msg.containsKey(key) ? msg.getString(key) : key;
    }
}
