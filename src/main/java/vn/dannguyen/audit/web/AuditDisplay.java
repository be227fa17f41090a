package vn.dannguyen.audit.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.ResourceBundle;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.dannguyen.audit.HistoryRow;
import vn.dannguyen.audit.MaskedValue;
import vn.dannguyen.petition.AnswerResult;
import vn.dannguyen.petition.Channel;
import vn.dannguyen.petition.Competence;
import vn.dannguyen.petition.PetitionKind;
import vn.dannguyen.petition.PetitionStatus;
import vn.dannguyen.petition.Satisfaction;
import vn.dannguyen.shared.CommuneClock;
import vn.dannguyen.shared.MessageBundleResolver;
import vn.dannguyen.shared.web.LocaleSelection;

/** How history values read on the audit pages and in exports: labels in the user's language, dates as in Vietnam. */
@Named
@RequestScoped
public class AuditDisplay {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    /** Enums whose values already have labels in the bundle, and the prefix of their keys. */
    private static final Map<Class<?>, String> ENUM_KEYS = Map.of(
            PetitionStatus.class, "petition.status.", Channel.class, "petition.channel.",
            PetitionKind.class, "petition.kind.", Competence.class, "petition.competence.",
            AnswerResult.class, "task.answerResult.", Satisfaction.class, "petition.satisfaction.",
            MaskedValue.class, "audit.masked.");

    @Inject
    LocaleSelection locale;

    private ResourceBundle bundle;

    private ResourceBundle bundle() {
        if (bundle == null) {
            bundle = ResourceBundle.getBundle(MessageBundleResolver.BUNDLE, locale.getLocale());
        }
        return bundle;
    }

    private String text(String key, String fallback) {
        return bundle().containsKey(key) ? bundle().getString(key) : fallback;
    }

    public String value(Object value) {
        if (value == null) {
            return "—";
        }
        if (value instanceof Boolean flag) {
            return text(flag ? "common.yes" : "common.no", flag.toString());
        }
        if (value instanceof Enum<?> constant) {
            String prefix = ENUM_KEYS.get(constant.getDeclaringClass());
            return prefix == null ? constant.name() : text(prefix + constant.name(), constant.name());
        }
        if (value instanceof vn.dannguyen.audit.ReferenceName name) {
            return "en".equals(locale.getLocale().getLanguage()) && name.en() != null ? name.en() : name.vi();
        }
        if (value instanceof LocalDate day) {
            return DAY.format(day);
        }
        if (value instanceof Instant moment) {
            return when(moment);
        }
        return value.toString();
    }

    public String when(Instant moment) {
        return moment == null ? "" : MOMENT.format(moment.atZone(CommuneClock.ZONE));
    }

    public String field(String name) {
        return text("audit.field." + name, name);
    }

    public String record(String name) {
        return text("audit.record." + name, name);
    }

    public String action(String name) {
        return text("audit.action." + name, name);
    }

    /** A search line's detail, or what stands for it when it is personal data the reader may not know. */
    public String detail(HistoryRow row) {
        return row.detailHidden() ? value(MaskedValue.PERSONAL_DATA) : detail(row.record(), row.detail());
    }

    /** A value stored as text in the search (a status, a date) shown as its label where it has one. */
    public String detail(String record, String detail) {
        if (detail == null) {
            return "";
        }
        if ("Petition".equals(record)) {
            return text("petition.status." + detail, detail);
        }
        if ("MediationCase".equals(record)) {
            return text("mediation.status." + detail, detail);
        }
        if ("PetitionTransition".equals(record) && detail.contains(" > ")) {
            String[] statuses = detail.split(" > ", 2);
            return text("petition.status." + statuses[0], statuses[0]) + " → " + text("petition.status." + statuses[1], statuses[1]);
        }
        return detail;
    }
}
