package vn.dannguyen.petition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ValidatorFactory;

import vn.dannguyen.deadline.DeadlineService;
import vn.dannguyen.deadline.DeadlineStep;
import vn.dannguyen.deadline.Deadlines;
import vn.dannguyen.meeting.MeetingCycle;
import vn.dannguyen.reference.Category;
import vn.dannguyen.reference.Village;
import vn.dannguyen.shared.CommuneClock;
import vn.dannguyen.shared.Role;
import vn.dannguyen.shared.VietnameseText;

/**
 * Imports a compiled petition sheet: every row is checked first, and if any row is wrong nothing is
 * written and each problem is reported with its row number; otherwise all rows go in one transaction.
 */
@Stateless
@RolesAllowed({Role.Names.STAFF, Role.Names.LEADER})
public class PetitionImport {

    private static final Pattern PHONE = Pattern.compile("[0-9 +().-]*");

    /** What an import did: how many petitions it recorded, or why it recorded none. */
    public record Outcome(int imported, List<ImportProblem> problems) {
    }

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    CommuneClock clock;

    @Inject
    TrackingCodes trackingCodes;

    @Inject
    DeadlineService deadlineService;

    @Inject
    ValidatorFactory validation;

    /**
     * Runs the import on a server thread so the page can show progress. The session is not available
     * there, hence the commune and user are passed in (the caller takes them from the signed-in user).
     *
     * @param progress counts rows checked, then rows written (so it reaches 2 x rows)
     */
    @Asynchronous
    public Future<Outcome> importSheet(List<SheetRow> rows, long communeId, String username, Long cycleId,
                                       AtomicInteger progress) {
        return new AsyncResult<>(importNow(rows, communeId, username, cycleId, progress));
    }

    public Outcome importNow(List<SheetRow> rows, long communeId, String username, Long cycleId, AtomicInteger progress) {
        // The commune and user are passed in (no session on the import thread), so check them against the caller.
        String caller = session.getCallerPrincipal().getName();
        Long callerCommune = em.createQuery("select u.commune.id from AppUser u where u.username = :username and u.active = true",
                Long.class).setParameter("username", caller).getResultStream().findFirst().orElse(null);
        if (!caller.equals(username) || callerCommune == null || callerCommune != communeId) {
            throw new EJBAccessException("an import goes into the caller's own commune, under the caller's name");
        }
        List<ImportProblem> problems = new ArrayList<>();
        if (cycleId != null) {
            MeetingCycle cycle = em.find(MeetingCycle.class, cycleId);
            if (cycle == null || !cycle.getCommuneId().equals(communeId)) {
                problems.add(new ImportProblem(0, "meeting.error.cycleUnknown", null));
                return new Outcome(0, problems);
            }
        }
        Labels labels = new Labels(em, communeId);
        LocalDate today = clock.today();
        List<Petition> petitions = new ArrayList<>(rows.size());
        for (SheetRow row : rows) {
            Petition petition = check(row, labels, cycleId, today, problems);
            if (petition != null) {
                petition.setCommuneId(communeId);
                petition.setCreatedBy(username);
                petition.setSubmissionKey("import-" + UUID.randomUUID());
                petitions.add(petition);
            }
            progress.incrementAndGet();
        }
        if (!problems.isEmpty() || petitions.isEmpty()) {
            if (petitions.isEmpty() && problems.isEmpty()) {
                problems.add(new ImportProblem(0, "petition.import.error.empty", null));
            }
            return new Outcome(0, problems);
        }
        Map<Integer, Integer> nextNumberByYear = new HashMap<>();
        petitions.stream().map(p -> p.getReceivedOn().getYear()).distinct().forEach(year -> nextNumberByYear.put(year,
                trackingCodes.reserve(communeId, year, (int) petitions.stream().filter(p -> p.getReceivedOn().getYear() == year).count())));
        Deadlines deadlines = deadlineService.current();
        for (Petition petition : petitions) {
            petition.setLegalDeadline(deadlines.due(petition.getKind().name(), DeadlineStep.ANSWER, petition.getReceivedOn()));
            int year = petition.getReceivedOn().getYear();
            int number = nextNumberByYear.merge(year, 1, Integer::sum) - 1;
            petition.setTrackingCode(TrackingCodeFormat.format(communeId, petition.getReceivedOn(), number));
        }
        int checked = progress.get();
        new PetitionBulkWriter(em, validation).write(petitions, written -> progress.set(checked + written));
        return new Outcome(petitions.size(), List.of());
    }

    private static Petition check(SheetRow row, Labels labels, Long cycleId, LocalDate today, List<ImportProblem> problems) {
        int before = problems.size();
        int n = row.rowNumber();
        Petition petition = new Petition();
        if (row.receivedOn() == null) {
            problems.add(new ImportProblem(n, "petition.import.error.dateMissing", null));
        } else if (row.receivedOn().isAfter(today)) {
            problems.add(new ImportProblem(n, "petition.import.error.dateFuture", row.receivedOn().toString()));
        }
        petition.setReceivedOn(row.receivedOn());
        Channel channel = row.channel() == null ? (cycleId != null ? Channel.MEETING : null)
                : labels.enumValue(Channel.class, "petition.channel.", row.channel());
        if (channel == null) {
            problems.add(new ImportProblem(n, "petition.import.error.channel", row.channel()));
        } else if (channel == Channel.MEETING && cycleId == null) {
            problems.add(new ImportProblem(n, "petition.import.error.meetingNeedsCycle", row.channel()));
        }
        petition.setChannel(channel);
        petition.setCycleId(cycleId);
        PetitionKind kind = row.kind() == null ? PetitionKind.VOTER_PETITION
                : labels.enumValue(PetitionKind.class, "petition.kind.", row.kind());
        if (kind == null) {
            problems.add(new ImportProblem(n, "petition.import.error.kind", row.kind()));
        }
        petition.setKind(kind);
        Competence competence = row.competence() == null ? Competence.COMMUNE
                : labels.enumValue(Competence.class, "petition.competence.", row.competence());
        if (competence == null) {
            problems.add(new ImportProblem(n, "petition.import.error.competence", row.competence()));
        }
        petition.setCompetence(competence);
        if (row.content() == null) {
            problems.add(new ImportProblem(n, "petition.import.error.contentMissing", null));
        } else if (row.content().length() > Petition.CONTENT_LENGTH) {
            problems.add(new ImportProblem(n, "petition.import.error.contentTooLong", Integer.toString(Petition.CONTENT_LENGTH)));
        }
        petition.setContent(row.content());
        Long categoryId = row.category() == null ? null : labels.categories.get(VietnameseText.fold(row.category()));
        if (categoryId == null) {
            problems.add(new ImportProblem(n, "petition.import.error.category", row.category()));
        }
        petition.setCategoryId(categoryId);
        if (row.village() != null) {
            Long villageId = labels.villages.get(VietnameseText.fold(row.village()));
            if (villageId == null) {
                problems.add(new ImportProblem(n, "petition.import.error.village", row.village()));
            }
            petition.setVillageId(villageId);
        }
        petition.setPetitionerName(limited(row.petitionerName(), Petition.NAME_LENGTH, n, problems));
        petition.setPetitionerPhone(limited(row.petitionerPhone(), Petition.PHONE_LENGTH, n, problems));
        if (row.petitionerPhone() != null && !PHONE.matcher(row.petitionerPhone()).matches()) {
            problems.add(new ImportProblem(n, "petition.import.error.phone", row.petitionerPhone()));
        }
        petition.setPetitionerAddress(limited(row.petitionerAddress(), Petition.ADDRESS_LENGTH, n, problems));
        petition.setAnonymous(row.petitionerName() == null);
        petition.setLanguage(row.language() == null ? Petition.DEFAULT_LANGUAGE
                : limited(row.language(), Petition.LANGUAGE_LENGTH, n, problems));
        petition.setInterpreterUsed(row.interpreter() != null && labels.isYes(row.interpreter()));
        return problems.size() == before ? petition : null;
    }

    private static String limited(String value, int length, int row, List<ImportProblem> problems) {
        if (value != null && value.length() > length) {
            problems.add(new ImportProblem(row, "petition.import.error.tooLong", value.substring(0, 30) + "…"));
        }
        return value;
    }


    /** The names a sheet may use for categories, villages and the enumerations, in either language. */
    private static final class Labels {
        final Map<String, Long> categories = new HashMap<>();
        final Map<String, Long> villages = new HashMap<>();
        final ResourceBundle vi = ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag("vi"));
        final ResourceBundle en = ResourceBundle.getBundle("i18n.messages", Locale.ENGLISH);

        Labels(EntityManager em, long communeId) {
            for (Category category : em.createQuery("select c from Category c where c.active = true", Category.class).getResultList()) {
                categories.put(VietnameseText.fold(category.getNameVi()), category.getId());
                categories.put(VietnameseText.fold(category.getNameEn()), category.getId());
                categories.put(VietnameseText.fold(category.getCode()), category.getId());
            }
            for (Village village : em.createQuery("select v from Village v where v.commune.id = :commune and v.active = true",
                    Village.class).setParameter("commune", communeId).getResultList()) {
                String name = VietnameseText.fold(village.getName());
                villages.put(name, village.getId());
                // "Thôn Ngô Sơn" may be written "Ngô Sơn".
                villages.putIfAbsent(name.replaceFirst("^(thon|ban|xom|lang|to dan pho|khu pho|ap) ", ""), village.getId());
            }
        }

        /** Folded names and labels (vi and en) of each enumeration's values, made once per import, not per row. */
        private final Map<Class<?>, Map<String, Object>> enumNames = new HashMap<>();

        <E extends Enum<E>> E enumValue(Class<E> type, String keyPrefix, String typed) {
            Map<String, Object> names = enumNames.computeIfAbsent(type, t -> {
                Map<String, Object> byName = new HashMap<>();
                for (E value : type.getEnumConstants()) {
                    byName.putIfAbsent(VietnameseText.fold(value.name()), value);
                    byName.putIfAbsent(VietnameseText.fold(vi.getString(keyPrefix + value.name())), value);
                    byName.putIfAbsent(VietnameseText.fold(en.getString(keyPrefix + value.name())), value);
                }
                return byName;
            });
            return type.cast(names.get(VietnameseText.fold(typed)));
        }

        boolean isYes(String typed) {
            String answer = VietnameseText.fold(typed);
            return answer.equals("co") || answer.equals("yes") || answer.equals("x") || answer.equals("1");
        }
    }
}
