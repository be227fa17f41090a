package vn.dannguyen.petition;

import java.lang.annotation.ElementType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.hibernate.Session;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;

import vn.dannguyen.shared.HistoryRevision;

/**
 * Writes many new petitions at once, for the sheet import, with everything {@code em.persist} would have
 * done: the same checks, the history row of each (Envers' {@code petition_aud}, under one revision with the
 * importer's name), and the search index.
 *
 * <p>Why not persist: the petition id is an IDENTITY column, so Hibernate sends every insert alone and
 * reads its key back; that was half of an import's time (docs/benchmarks/dashboard-and-read-sync.md, "Excel
 * import"). Here the rows go in JDBC batches, which the driver (rewriteBatchedStatements) sends as multi-row
 * inserts. The new ids come
 * from the driver's generated keys where the server gives a multi-row insert consecutive ids, else they are
 * read back by tracking code, which is unique ({@link IdsFrom}).
 *
 * <p>The column lists below must follow the {@code petition} table; {@code PetitionServiceIT} compares them
 * with the schema, so a migration that adds a column fails that test until the column is added here.
 */
final class PetitionBulkWriter {

    /** Rows per batch: one multi-row insert each. */
    static final int BATCH = 500;

    /** The columns of {@code petition} that Envers also keeps in {@code petition_aud}, with their values. */
    static final Map<String, Function<Petition, Object>> AUDITED_COLUMNS = columns();

    private static Map<String, Function<Petition, Object>> columns() {
        Map<String, Function<Petition, Object>> columns = new LinkedHashMap<>();
        columns.put("commune_id", Petition::getCommuneId);
        columns.put("tracking_code", Petition::getTrackingCode);
        columns.put("channel", p -> name(p.getChannel()));
        columns.put("kind", p -> name(p.getKind()));
        columns.put("status", p -> name(p.getStatus()));
        columns.put("competence", p -> name(p.getCompetence()));
        columns.put("content", Petition::getContent);
        columns.put("category_id", Petition::getCategoryId);
        columns.put("village_id", Petition::getVillageId);
        columns.put("meeting_id", Petition::getMeetingId);
        columns.put("cycle_id", Petition::getCycleId);
        columns.put("received_on", p -> date(p.getReceivedOn()));
        columns.put("due_on", p -> date(p.getDueOn()));
        columns.put("deadline_on", p -> date(p.getDeadlineOn()));
        columns.put("anonymous", Petition::isAnonymous);
        columns.put("petitioner_name", Petition::getPetitionerName);
        columns.put("petitioner_phone", Petition::getPetitionerPhone);
        columns.put("petitioner_address", Petition::getPetitionerAddress);
        columns.put("petitioner_email", Petition::getPetitionerEmail);
        columns.put("language", Petition::getLanguage);
        columns.put("interpreter_used", Petition::isInterpreterUsed);
        columns.put("recurrence_of_id", Petition::getRecurrenceOfId);
        columns.put("times_raised", Petition::getTimesRaised);
        columns.put("submission_key", Petition::getSubmissionKey);
        columns.put("created_by", Petition::getCreatedBy);
        columns.put("created_at", p -> timestamp(p.getCreatedAt()));
        columns.put("updated_at", p -> timestamp(p.getUpdatedAt()));
        columns.put("answer_text", Petition::getAnswerText);
        columns.put("answer_result", p -> name(p.getAnswerResult()));
        columns.put("expected_on", p -> date(p.getExpectedOn()));
        columns.put("answered_on", p -> date(p.getAnsweredOn()));
        columns.put("satisfaction", p -> name(p.getSatisfaction()));
        return Collections.unmodifiableMap(columns);
    }

    private static final class EverythingReachable implements TraversableResolver {
        @Override
        public boolean isReachable(Object bean, Path.Node property, Class<?> rootType, Path path, ElementType type) {
            return true;
        }

        @Override
        public boolean isCascadable(Object bean, Path.Node property, Class<?> rootType, Path path, ElementType type) {
            return true;
        }
    }

    private static final Logger LOG = Logger.getLogger(PetitionBulkWriter.class.getName());

    /** Envers' code for an insert in {@code revtype}. */
    private static final int REVTYPE_ADD = 0;

    /** How the writer learns the ids the database gave a batch. */
    enum IdsFrom {
        /**
         * The driver's generated keys: it numbers a multi-row insert's rows on from the first id, which is right
         * where InnoDB allocates them in one block (innodb_autoinc_lock_mode 0 or 1; MariaDB's default is 1).
         */
        GENERATED_KEYS,
        /** Read back by tracking code: right whatever the server does (MySQL 8's default lock mode, 2, interleaves). */
        TRACKING_CODES;

        static IdsFrom of(Connection connection) {
            try (PreparedStatement mode = connection.prepareStatement("select @@innodb_autoinc_lock_mode");
                    ResultSet row = mode.executeQuery()) {
                return row.next() && row.getInt(1) <= 1 ? GENERATED_KEYS : TRACKING_CODES;
            } catch (SQLException notInnoDb) {
                LOG.warning(() -> "Reading the new petitions' ids back by tracking code: " + notInnoDb);
                return TRACKING_CODES;
            }
        }
    }

    private final EntityManager em;
    private final Validator validator;
    /** Null: asked of the server at each write. */
    private final IdsFrom idsFrom;

    PetitionBulkWriter(EntityManager em, ValidatorFactory validation) {
        this(em, validation, null);
    }

    /** For tests of each way of reading the ids, whatever the test server's lock mode. */
    PetitionBulkWriter(EntityManager em, ValidatorFactory validation, IdsFrom idsFrom) {
        this.em = em;
        this.idsFrom = idsFrom;
        // The JPA provider's resolver asks, for every constrained property, whether it is loaded; a petition
        // built from a sheet row has nothing lazy, and those questions took most of the validation's time.
        this.validator = validation.usingContext().traversableResolver(new EverythingReachable()).getValidator();
    }

    /**
     * Writes the petitions (commune, tracking code and deadlines already set) in the caller's transaction
     * and gives each its id. The index is updated when that transaction commits. The petitions stay
     * unmanaged. The transaction's revision is written first, so its time is the start of the write; if the
     * transaction then rolls back, only its number is used up.
     *
     * @param written called with the number of petitions written so far, after each batch
     */
    void write(List<Petition> petitions, IntConsumer written) {
        Instant now = Instant.now();
        for (Petition petition : petitions) {
            petition.stampCreatedAt(now);
            // What validation-mode CALLBACK would have checked at persist.
            Set<ConstraintViolation<Petition>> violations = validator.validate(petition);
            if (!violations.isEmpty()) {
                throw new ConstraintViolationException(violations);
            }
        }
        // The revision entity (audit.AuditRevision) is known here by the interface it implements.
        HistoryRevision revision = AuditReaderFactory.get(em).getCurrentRevision(HistoryRevision.class, true);
        revision.getEntityNames().add(Petition.class.getName());
        em.flush();
        long revisionId = revision.getId();

        String columns = String.join(", ", AUDITED_COLUMNS.keySet());
        String marks = AUDITED_COLUMNS.keySet().stream().map(c -> "?").collect(Collectors.joining(", "));
        String insertPetition = "insert into petition (" + columns + ", version) values (" + marks + ", 0)";
        em.unwrap(Session.class).doWork(connection -> {
            IdsFrom ids = idsFrom != null ? idsFrom : IdsFrom.of(connection);
            try (PreparedStatement petitionRows = ids == IdsFrom.GENERATED_KEYS
                    ? connection.prepareStatement(insertPetition, Statement.RETURN_GENERATED_KEYS)
                    : connection.prepareStatement(insertPetition)) {
                for (int from = 0; from < petitions.size(); from += BATCH) {
                    List<Petition> batch = petitions.subList(from, Math.min(from + BATCH, petitions.size()));
                    for (Petition petition : batch) {
                        bind(petitionRows, 1, petition);
                        petitionRows.addBatch();
                    }
                    petitionRows.executeBatch();
                    if (ids == IdsFrom.GENERATED_KEYS) {
                        assignGeneratedIds(petitionRows, batch);
                    } else {
                        assignIds(connection, batch);
                    }
                    copyToHistory(connection, columns, revisionId, batch);
                    written.accept(from + batch.size());
                }
            }
        });
        SearchIndexingPlan index = Search.session(em).indexingPlan();
        petitions.forEach(index::addOrUpdate);
    }

    /**
     * Envers' history row of each new petition: the same columns, copied by the database from the rows just
     * written (binding every value a second time cost the driver three times what the copy costs the server).
     * The rows are picked by id and tracking code together, so the count below also proves that each petition
     * got its own row's id, whichever way the ids were learnt.
     */
    private static void copyToHistory(Connection connection, String columns, long revisionId, List<Petition> batch)
            throws SQLException {
        String pairs = batch.stream().map(p -> "(?, ?)").collect(Collectors.joining(", "));
        try (PreparedStatement copy = connection.prepareStatement("insert into petition_aud (id, rev, revtype, " + columns
                + ") select id, ?, " + REVTYPE_ADD + ", " + columns + " from petition where (id, tracking_code) in (" + pairs + ")")) {
            copy.setLong(1, revisionId);
            int index = 2;
            for (Petition petition : batch) {
                copy.setLong(index++, petition.getId());
                copy.setString(index++, petition.getTrackingCode());
            }
            if (copy.executeUpdate() != batch.size()) {
                throw new PersistenceException("history rows not written for every petition, or ids not those of its rows");
            }
        }
    }

    private static void bind(PreparedStatement statement, int first, Petition petition) throws SQLException {
        int index = first;
        for (Function<Petition, Object> value : AUDITED_COLUMNS.values()) {
            statement.setObject(index++, value.apply(petition));
        }
    }

    /** Sets the ids the driver gives for the batch, in the order of its rows. */
    private static void assignGeneratedIds(PreparedStatement inserted, List<Petition> batch) throws SQLException {
        int assigned = 0;
        try (ResultSet keys = inserted.getGeneratedKeys()) {
            while (keys.next()) {
                if (assigned == batch.size()) {
                    throw new PersistenceException("more ids than petitions written");
                }
                batch.get(assigned++).assignId(keys.getLong(1));
            }
        }
        if (assigned != batch.size()) {
            throw new PersistenceException(assigned + " ids for " + batch.size() + " petitions written");
        }
    }

    /** Reads the ids the database gave the batch, by tracking code (unique), and sets them. */
    private static void assignIds(Connection connection, List<Petition> batch) throws SQLException {
        Map<String, Petition> byCode = new HashMap<>(batch.size() * 2);
        batch.forEach(p -> byCode.put(p.getTrackingCode(), p));
        String marks = batch.stream().map(p -> "?").collect(Collectors.joining(", "));
        try (PreparedStatement select = connection.prepareStatement(
                "select id, tracking_code from petition where tracking_code in (" + marks + ")")) {
            int index = 1;
            for (Petition petition : batch) {
                select.setString(index++, petition.getTrackingCode());
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    byCode.remove(rows.getString(2)).assignId(rows.getLong(1));
                }
            }
        }
        if (!byCode.isEmpty()) {
            throw new PersistenceException("petitions written but not found again: " + byCode.keySet());
        }
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /*
     * Dates and instants go as text: the driver formats each java.sql value with a new SimpleDateFormat, which
     * cost more than the rest of a row's binding. Instants are written in UTC, as Hibernate does
     * (hibernate.jdbc.time_zone), into DATETIME(3).
     */
    private static final DateTimeFormatter UTC_DATETIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSS")
            .withZone(ZoneOffset.UTC);

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String timestamp(Instant instant) {
        return instant == null ? null : UTC_DATETIME.format(instant);
    }
}
