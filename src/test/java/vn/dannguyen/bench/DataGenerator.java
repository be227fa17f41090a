package vn.dannguyen.bench;

import java.net.URI;
import java.security.spec.KeySpec;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import org.flywaydb.core.Flyway;

/**
 * Fills a MariaDB database built by the application's own migrations with a province's worth of petitions:
 * communes with villages, departments and accounts, meeting cycles and meetings, and petitions that went
 * through the workflow (assignments, transitions, forwardings, answers) with the history Envers would have
 * written for each step (audit_revision, audit_revision_entity and the *_aud rows). Repeatable: every commune
 * draws from its own Random seeded from {@code bench.seed}, and ids are laid out in fixed blocks per commune.
 *
 * <p>Run (BENCHMARKS.md): {@code mvn -B -q test-compile exec:java -Pbench-data} with system properties
 * {@code bench.db.url}, {@code bench.db.user}, {@code bench.db.password}, {@code bench.communes} (124),
 * {@code bench.petitions} (1,000,000), {@code bench.seed}, {@code bench.prefix} (commune code prefix, "TQ"),
 * {@code bench.recreate} (drop and re-create the database first, true), {@code bench.threads} (2).
 *
 * <p>Not generated: the tamper-evidence seals (the application's sealer links the generated revisions in
 * when its timer runs), attachments, progress notes, notifications, and the revisions that raising a
 * recurrence again writes for its first petition (times_raised is right in the petition table).
 */
public final class DataGenerator {

    /** Every account's password, as in the demo data. */
    public static final String PASSWORD = "DanNguyen@2026";
    static final LocalDate FIRST_DAY = LocalDate.of(2023, 12, 1);
    static final String[] LANGUAGES = {"Tiếng Tày", "Tiếng Dao", "Tiếng Mông", "Tiếng San Dìu", "Tiếng Nùng"};
    static final String[] AGENCIES = {"Sở Xây dựng tỉnh Tuyên Quang", "Sở Nông nghiệp và Môi trường tỉnh Tuyên Quang",
            "Công an tỉnh Tuyên Quang", "Sở Y tế tỉnh Tuyên Quang", "Điện lực Tuyên Quang"};

    static final String PETITION = "vn.dannguyen.petition.Petition";
    static final String ASSIGNMENT = "vn.dannguyen.task.Assignment";
    static final String TRANSITION = "vn.dannguyen.task.PetitionTransition";
    static final String FORWARDING = "vn.dannguyen.task.Forwarding";

    /** Ids each commune may use at most, per generated petition (a petition takes at most 6 revisions). */
    static final int REVISIONS_PER_PETITION = 7;
    static final int TRANSITIONS_PER_PETITION = 5;

    private final String url;
    private final String user;
    private final String password;
    private final int communes;
    private final int petitions;
    private final long seed;
    private final String prefix;
    private final int threads;
    private final LocalDate today;
    private final AtomicLong rowsWritten = new AtomicLong();

    private Map<String, Long> categories;
    private Map<String, Long> bases;
    private String passwordHash;

    public DataGenerator(String url, String user, String password, int communes, int petitions, long seed,
                         String prefix, int threads) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.communes = communes;
        this.petitions = petitions;
        this.seed = seed;
        this.prefix = prefix;
        this.threads = threads;
        this.today = LocalDate.now(ZoneOffset.ofHours(7));
    }

    public static void main(String[] args) throws Exception {
        String url = System.getProperty("bench.db.url", "jdbc:mysql://127.0.0.1:3306/dannguyen_bench");
        String user = System.getProperty("bench.db.user", "root");
        String password = System.getProperty("bench.db.password", "");
        DataGenerator generator = new DataGenerator(url, user, password,
                Integer.getInteger("bench.communes", 124), Integer.getInteger("bench.petitions", 1_000_000),
                Long.getLong("bench.seed", 20260701L), System.getProperty("bench.prefix", "TQ"),
                Integer.getInteger("bench.threads", 2));
        if (Boolean.parseBoolean(System.getProperty("bench.recreate", "true"))) {
            recreate(url, user, password);
        }
        generator.migrate();
        String only = System.getProperty("bench.only");
        if (only == null) {
            generator.generate();
        } else {
            // Resumes a run: only the communes with these numbers (1-based), into the database as it is.
            generator.generate(java.util.Arrays.stream(only.split(",")).mapToInt(n -> Integer.parseInt(n.trim()) - 1).toArray());
        }
    }

    /** Drops and re-creates the database named in {@code url} (the account must be allowed to). */
    public static void recreate(String url, String user, String password) throws SQLException {
        URI uri = URI.create(url.substring("jdbc:".length()));
        String database = uri.getPath().substring(1);
        try (Connection c = DriverManager.getConnection("jdbc:mysql://" + uri.getHost() + ":" + uri.getPort() + "/", user, password);
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + database + "`");
            s.execute("CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci");
        }
    }

    /** Builds or completes the schema with the application's own migrations. */
    public void migrate() {
        Flyway.configure(getClass().getClassLoader()).dataSource(url, user, password)
                .locations("classpath:db/migration").failOnMissingLocations(true).load().migrate();
    }

    /** The result: how many rows went in, and how fast. */
    public record Result(long rows, long petitions, double seconds) {
        public double rowsPerSecond() {
            return rows / seconds;
        }
    }

    public Result generate() throws Exception {
        return generate(java.util.stream.IntStream.range(0, communes).toArray());
    }

    /** Generates the communes of these indexes (0-based), with the id layout of the full run. */
    public Result generate(int[] indexes) throws Exception {
        long started = System.nanoTime();
        passwordHash = pbkdf2(PASSWORD);
        try (Connection c = connect()) {
            categories = new LinkedHashMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select code, id from category")) {
                while (rs.next()) {
                    categories.put(rs.getString(1), rs.getLong(2));
                }
            }
            bases = new HashMap<>();
            for (String table : List.of("commune", "village", "department", "app_user", "meeting_cycle", "meeting",
                    "petition", "assignment", "petition_transition", "forwarding", "audit_revision")) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select coalesce(max(id), 0) + 1 from " + table)) {
                    rs.next();
                    bases.put(table, rs.getLong(1));
                }
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> work = new ArrayList<>();
        for (int index : indexes) {
            work.add(pool.submit(() -> {
                generateCommune(index);
                return null;
            }));
        }
        long lastReport = System.nanoTime();
        try {
        for (int i = 0; i < work.size(); i++) {
            work.get(i).get();
            if (System.nanoTime() - lastReport > 10_000_000_000L || i == work.size() - 1) {
                lastReport = System.nanoTime();
                double s = (lastReport - started) / 1e9;
                System.out.printf("  %d/%d communes, %,d rows in %.0f s: %,.0f rows/s%n", i + 1, indexes.length, rowsWritten.get(), s,
                        rowsWritten.get() / s);
            }
        }
        } finally {
            pool.shutdownNow();
        }
        Result result = new Result(rowsWritten.get(), (long) perCommune() * indexes.length, (System.nanoTime() - started) / 1e9);
        System.out.printf("Generated %d communes, %,d petitions, %,d rows in %.1f s: %,.0f rows/s, %,.0f petitions/s%n",
                indexes.length, result.petitions(), result.rows(), result.seconds(), result.rowsPerSecond(),
                result.petitions() / result.seconds());
        return result;
    }

    private int perCommune() {
        return petitions / communes;
    }

    private Connection connect() throws SQLException {
        String sep = url.contains("?") ? "&" : "?";
        Connection c = DriverManager.getConnection(url + sep + "rewriteBatchedStatements=true&useServerPrepStmts=false"
                + "&characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_520_ci&connectionTimeZone=UTC"
                + "&forceConnectionTimeZoneToSession=true", user, password);
        try (Statement s = c.createStatement()) {
            // Safe while loading: every id is laid out by the generator and every reference points at a row it wrote.
            s.execute("set unique_checks = 0");
            s.execute("set foreign_key_checks = 0");
        }
        c.setAutoCommit(false);
        return c;
    }

    /** The stored form of Jakarta Security's Pbkdf2PasswordHash, with PasswordHasher's parameters. */
    static String pbkdf2(String password) throws Exception {
        byte[] salt = new byte[32];
        new Random(1).nextBytes(salt);
        KeySpec spec = new PBEKeySpec(password.toCharArray(), salt, 600_000, 64 * 8);
        byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512").generateSecret(spec).getEncoded();
        Base64.Encoder b64 = Base64.getEncoder();
        return "PBKDF2WithHmacSHA512:600000:" + b64.encodeToString(salt) + ":" + b64.encodeToString(hash);
    }

    /** The commune code of commune {@code index}: prefix and a 3-digit number (TQ001). */
    public String communeCode(int index) {
        return String.format("%s%03d", prefix, index + 1);
    }

    /** A user of commune {@code index}: canbo, lanhdao, thanhtra, quantri, chuyenvien1, chuyenvien2. */
    public String username(String role, int index) {
        return role + "." + communeCode(index).toLowerCase();
    }

    // --- one commune -------------------------------------------------------------------------------

    private static final class Person {
        final long id;
        final String username;
        final String name;

        Person(long id, String username, String name) {
            this.id = id;
            this.username = username;
            this.name = name;
        }
    }

    private static final class Meeting {
        long id;
        long cycleId;
        LocalDate heldOn;
        List<String> villageNames = new ArrayList<>();
    }

    /** A petition being generated: its final state and the steps of its life. */
    private static final class Item {
        long id;
        LocalDate receivedOn;
        LocalDateTime createdAt;
        String channel;
        String kind;
        String competence;
        int categoryIndex;
        long villageId;
        String villageName;
        Meeting meeting;
        String content;
        boolean anonymous;
        String name;
        String phone;
        String address;
        String language = "Tiếng Việt";
        boolean interpreter;
        Long recurrenceOf;
        int timesRaised = 1;
    }

    private void generateCommune(int index) throws Exception {
        Random random = new Random(seed * 1_000_003L + index);
        int count = perCommune();
        long communeId = bases.get("commune") + index;
        long villageBase = bases.get("village") + index * 100L;
        long departmentBase = bases.get("department") + index * 10L;
        long userBase = bases.get("app_user") + index * 10L;
        long cycleBase = bases.get("meeting_cycle") + index * 10L;
        long meetingBase = bases.get("meeting") + index * 100L;
        long petitionBase = bases.get("petition") + (long) index * count;
        long assignmentBase = bases.get("assignment") + (long) index * count;
        long forwardingBase = bases.get("forwarding") + (long) index * count;
        long transitionBase = bases.get("petition_transition") + (long) index * count * TRANSITIONS_PER_PETITION;
        long revisionBase = bases.get("audit_revision") + (long) index * (count * REVISIONS_PER_PETITION + 10);

        try (Connection c = connect(); Writer w = new Writer(c, rowsWritten)) {
            boolean ward = random.nextInt(100) < 15;
            String communeName = (ward ? "Phường " : "Xã ") + VietnameseCorpus.placeName(random);
            String code = communeCode(index);
            long setupRev = revisionBase;
            LocalDateTime setupAt = LocalDateTime.of(2023, 11, 20, 2, 0).plusMinutes(index);
            Person admin = new Person(userBase, username("quantri", index), VietnameseCorpus.personName(random));
            w.revision(setupRev, setupAt, admin.username, "vn.dannguyen.reference.Commune", "vn.dannguyen.reference.Village",
                    "vn.dannguyen.reference.Department", "vn.dannguyen.people.AppUser", "vn.dannguyen.meeting.MeetingCycle",
                    "vn.dannguyen.meeting.Meeting");
            w.row("commune", communeId, code, communeName, ward ? "PHUONG" : "XA", VietnameseCorpus.PROVINCE, true, 0);
            w.row("commune_aud", communeId, code, communeName, ward ? "PHUONG" : "XA", VietnameseCorpus.PROVINCE, true, setupRev, 0);

            int villageCount = 12 + random.nextInt(19);
            List<Long> villageIds = new ArrayList<>();
            List<String> villageNames = new ArrayList<>();
            Map<String, Boolean> used = new HashMap<>();
            for (int v = 0; v < villageCount; v++) {
                String name;
                String kind;
                if (ward) {
                    name = "Tổ dân phố " + (v + 1);
                    kind = "TO_DAN_PHO";
                } else {
                    do {
                        kind = random.nextInt(4) == 0 ? "BAN" : "THON";
                        name = (kind.equals("BAN") ? "Bản " : "Thôn ") + VietnameseCorpus.placeName(random);
                    } while (used.putIfAbsent(vn.dannguyen.shared.VietnameseText.fold(name), true) != null); // the collation folds Hòa = Hóa
                }
                long id = villageBase + v;
                String head = VietnameseCorpus.personName(random);
                villageIds.add(id);
                villageNames.add(name);
                w.row("village", id, communeId, name, kind, head, true, 0);
                w.row("village_aud", id, communeId, name, kind, head, true, setupRev, 0);
            }
            List<Long> departmentIds = new ArrayList<>();
            for (int d = 0; d < VietnameseCorpus.DEPARTMENTS.length; d++) {
                long id = departmentBase + d;
                departmentIds.add(id);
                w.row("department", id, communeId, VietnameseCorpus.DEPARTMENTS[d], true, 0);
                w.row("department_aud", id, communeId, VietnameseCorpus.DEPARTMENTS[d], true, setupRev, 0);
            }
            String[][] roles = {{"quantri", "ADMIN"}, {"canbo", "STAFF"}, {"canbo2", "STAFF"}, {"lanhdao", "LEADER"},
                    {"thanhtra", "AUDITOR"}, {"chuyenvien1", "STAFF"}, {"chuyenvien2", "STAFF"}};
            List<Person> people = new ArrayList<>();
            for (int u = 0; u < roles.length; u++) {
                Person person = u == 0 ? admin : new Person(userBase + u, username(roles[u][0], index), VietnameseCorpus.personName(random));
                people.add(person);
                w.row("app_user", person.id, person.username, passwordHash, person.name, null, communeId, false, true, 0);
                w.row("app_user_aud", person.id, person.username, person.name, null, communeId, false, true, setupRev, 0);
                w.row("app_user_role", person.id, roles[u][1]);
                w.row("app_user_role_aud", person.id, roles[u][1], setupRev, 0);
            }
            Person[] staff = {people.get(1), people.get(2)};
            Person leader = people.get(3);
            Person[] officers = {people.get(5), people.get(6)};

            // Six cycles of meetings, one before each regular council session, and five meetings in each.
            List<Meeting> meetings = new ArrayList<>();
            for (int k = 0; k < 6; k++) {
                long cycleId = cycleBase + k;
                LocalDate starts = LocalDate.of(2024, 1, 8).plusMonths(6L * k);
                if (starts.isAfter(today)) {
                    break;
                }
                String title = "Tiếp xúc cử tri trước kỳ họp thứ " + (k + 10) + " HĐND " + communeName;
                LocalDateTime created = starts.minusDays(10).atTime(2, 0);
                w.row("meeting_cycle", cycleId, communeId, "BEFORE_SESSION", k + 10, title, starts, starts.plusDays(20), 0,
                        created, null, null);
                w.row("meeting_cycle_aud", cycleId, communeId, "BEFORE_SESSION", k + 10, title, starts, starts.plusDays(20),
                        created, null, null, setupRev, 0);
                for (int m = 0; m < 5; m++) {
                    Meeting meeting = new Meeting();
                    meeting.id = meetingBase + k * 10L + m;
                    meeting.cycleId = cycleId;
                    meeting.heldOn = starts.plusDays(2L + 3L * m);
                    if (meeting.heldOn.isAfter(today)) {
                        continue;
                    }
                    String place = "Nhà văn hóa " + villageNames.get(random.nextInt(villageCount));
                    String deputies = VietnameseCorpus.personName(random) + ", " + VietnameseCorpus.personName(random);
                    LocalDateTime held = meeting.heldOn.atTime(1, 30);
                    int voters = 60 + random.nextInt(120);
                    w.row("meeting", meeting.id, communeId, cycleId, held, place, "IN_PERSON", deputies, voters, null, null,
                            null, 0, staff[0].username, held);
                    w.row("meeting_aud", meeting.id, communeId, cycleId, held, place, "IN_PERSON", deputies, voters, null,
                            null, null, staff[0].username, held, setupRev, 0);
                    int first = random.nextInt(villageCount);
                    for (int v = 0; v < 3 && v < villageCount; v++) {
                        int vi = (first + v) % villageCount;
                        meeting.villageNames.add(villageNames.get(vi));
                        w.row("meeting_village", meeting.id, villageIds.get(vi));
                        w.row("meeting_village_aud", meeting.id, villageIds.get(vi), setupRev, 0);
                    }
                    meetings.add(meeting);
                }
            }

            // The petitions, first drawn, then numbered in the order they were received.
            List<Item> items = new ArrayList<>(count);
            long span = ChronoUnit.DAYS.between(FIRST_DAY, today);
            String[] categoryCodes = new String[VietnameseCorpus.PROBLEMS.length];
            for (int k = 0; k < categoryCodes.length; k++) {
                categoryCodes[k] = VietnameseCorpus.PROBLEMS[k][0];
            }
            for (int n = 0; n < count; n++) {
                Item item = new Item();
                int r = random.nextInt(100);
                item.channel = r < 45 && !meetings.isEmpty() ? "MEETING" : r < 70 ? "COUNTER" : r < 80 ? "HOTLINE" : r < 90 ? "LETTER" : "ONLINE";
                int vi = random.nextInt(villageCount);
                if (item.channel.equals("MEETING")) {
                    item.meeting = meetings.get(random.nextInt(meetings.size()));
                    item.receivedOn = item.meeting.heldOn;
                    item.kind = "VOTER_PETITION";
                } else {
                    // More recent days are busier: the square root skews the draw towards today.
                    item.receivedOn = FIRST_DAY.plusDays((long) (span * Math.sqrt(random.nextDouble())));
                    int k = random.nextInt(100);
                    item.kind = k < 55 ? "FEEDBACK" : k < 75 ? "VOTER_PETITION" : k < 95 ? "COMPLAINT" : "DENUNCIATION";
                }
                item.villageId = villageIds.get(vi);
                item.villageName = villageNames.get(vi);
                item.categoryIndex = random.nextInt(categoryCodes.length);
                int comp = random.nextInt(100);
                item.competence = comp < 80 ? "COMMUNE" : comp < 92 ? "PROVINCE" : comp < 95 ? "CENTRAL" : "VILLAGE";
                item.content = VietnameseCorpus.petitionText(random, item.categoryIndex, item.villageName);
                item.anonymous = item.kind.equals("DENUNCIATION") ? random.nextBoolean() : random.nextInt(100) < 5;
                if (!item.anonymous) {
                    item.name = VietnameseCorpus.personName(random);
                    item.phone = String.format("09%08d", random.nextInt(100_000_000));
                    item.address = item.villageName + ", " + communeName;
                }
                if (random.nextInt(100) < 4) {
                    item.language = LANGUAGES[random.nextInt(LANGUAGES.length)];
                    item.interpreter = random.nextBoolean();
                }
                item.createdAt = item.receivedOn.atTime(1 + random.nextInt(9), random.nextInt(60), random.nextInt(60));
                items.add(item);
            }
            items.sort((a, b) -> a.createdAt.compareTo(b.createdAt));
            for (int n = 0; n < count; n++) {
                items.get(n).id = petitionBase + n;
            }
            // About one in twenty raises again a wish of the same village already raised before.
            for (int n = 200; n < count; n++) {
                if (random.nextInt(100) < 5) {
                    Item item = items.get(n);
                    Item earlier = items.get(random.nextInt(n));
                    if (earlier.recurrenceOf == null && earlier.receivedOn.isBefore(item.receivedOn)) {
                        item.recurrenceOf = earlier.id;
                        earlier.timesRaised++;
                        item.content = "Tiếp tục kiến nghị: " + earlier.content;
                        item.categoryIndex = earlier.categoryIndex;
                        item.villageId = earlier.villageId;
                    }
                }
            }

            Map<Integer, Integer> numbers = new HashMap<>();
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
            long rev = revisionBase + 1;
            long transitionId = transitionBase;
            for (int n = 0; n < count; n++) {
                Item item = items.get(n);
                int year = item.receivedOn.getYear();
                int number = numbers.merge(year, 1, Integer::sum);
                String trackingCode = String.format("%02d%04d-%06d-", year % 100, communeId % 10_000, number) + letters(random);
                Person creator = staff[random.nextInt(2)];
                LocalDate due = item.receivedOn.plusDays(30);
                long categoryId = categories.get(categoryCodes[item.categoryIndex]);
                PetitionState state = new PetitionState();
                state.status = "RECEIVED";
                state.deadlineOn = due;
                state.updatedAt = item.createdAt;

                List<Object[]> transitions = new ArrayList<>();
                w.revision(rev, item.createdAt, creator.username, PETITION);
                w.row("petition_aud", petitionValues(item, trackingCode, categoryId, due, state, communeId, creator, true, rev, 0));
                rev++;

                // The life of the petition, step by step, as far as today allows.
                boolean forward = !item.competence.equals("COMMUNE") && !item.competence.equals("VILLAGE");
                LocalDateTime t = item.createdAt.plusHours(20 + random.nextInt(100));
                boolean stalled = random.nextInt(100) < 8;
                if (t.isBefore(now)) {
                    Person officer = officers[random.nextInt(2)];
                    if (forward) {
                        String agency = AGENCIES[random.nextInt(AGENCIES.length)];
                        String letter = (100 + random.nextInt(900)) + "/UBND-VP";
                        LocalDateTime replyAt = t.plusDays(15 + random.nextInt(40));
                        boolean replied = replyAt.isBefore(now) && !stalled;
                        String replyText = replied ? VietnameseCorpus.pick(random, VietnameseCorpus.ANSWERS) : null;
                        long fid = forwardingBase + n;
                        Object[] forwarding = {fid, item.id, agency, letter, t.toLocalDate(), leader.username, t,
                                replied ? "Số " + (10 + random.nextInt(90)) + "/SXD" : null, replied ? replyAt.toLocalDate() : null,
                                replyText, replied ? leader.username : null, replied ? replyAt : null};
                        state.status = "FORWARDED";
                        state.updatedAt = t;
                        w.revision(rev, t, leader.username, PETITION, TRANSITION, FORWARDING);
                        step(w, item, trackingCode, categoryId, due, state, communeId, creator, rev, transitionId++, "RECEIVED",
                                "FORWARDED", agency + " · " + letter, leader, t, transitions);
                        w.row("forwarding_aud", concat(unanswered(forwarding), rev, 0));
                        rev++;
                        if (replied) {
                            w.revision(rev, replyAt, leader.username, FORWARDING);
                            w.row("forwarding_aud", concat(forwarding, rev, 1));
                            rev++;
                            LocalDateTime answerAt = replyAt.plusHours(2 + random.nextInt(40));
                            if (answerAt.isBefore(now)) {
                                answer(state, replyText, "EXPLAINED", answerAt, random);
                                w.revision(rev, answerAt, leader.username, PETITION, TRANSITION);
                                step(w, item, trackingCode, categoryId, due, state, communeId, creator, rev, transitionId++,
                                        "FORWARDED", "ANSWERED", "task.answerResult.EXPLAINED", leader, answerAt, transitions);
                                rev++;
                            }
                        }
                        w.row("forwarding", concat(forwarding, 0L));
                    } else {
                        // Assigned to a department and an officer, with a deadline before the legal one.
                        long department = departmentIds.get(random.nextInt(departmentIds.size()));
                        LocalDate assignmentDue = t.toLocalDate().plusDays(10 + random.nextInt(15));
                        long aid = assignmentBase + n;
                        Object[] assignment = {aid, item.id, department, officer.id, assignmentDue,
                                random.nextBoolean() ? "Khảo sát hiện trạng, báo cáo đề xuất phương án" : null, leader.username, t, null};
                        w.row("assignment", assignment);
                        state.status = "ASSIGNED";
                        state.deadlineOn = assignmentDue;
                        state.updatedAt = t;
                        w.revision(rev, t, leader.username, PETITION, TRANSITION, ASSIGNMENT);
                        w.row("assignment_aud", concat(assignment, rev, 0));
                        step(w, item, trackingCode, categoryId, due, state, communeId, creator, rev, transitionId++, "RECEIVED",
                                "ASSIGNED", VietnameseCorpus.DEPARTMENTS[(int) (department - departmentBase)] + " · " + officer.name,
                                leader, t, transitions);
                        rev++;
                        LocalDateTime worked = t.plusDays(2 + random.nextInt(15)).plusHours(random.nextInt(8));
                        if (worked.isBefore(now) && !stalled) {
                            int outcome = random.nextInt(100);
                            String to = outcome < 70 ? "RESOLVED" : outcome < 85 ? "EXPLAINED" : "IN_PROGRESS";
                            state.status = to;
                            state.updatedAt = worked;
                            w.revision(rev, worked, officer.username, PETITION, TRANSITION);
                            step(w, item, trackingCode, categoryId, due, state, communeId, creator, rev, transitionId++, "ASSIGNED",
                                    to, to.equals("EXPLAINED") ? "Nội dung đã có chủ trương, giải thích cho cử tri" : null,
                                    officer, worked, transitions);
                            rev++;
                            LocalDateTime answerAt = worked.plusDays(1 + random.nextInt(10));
                            if (answerAt.isBefore(now) && random.nextInt(100) < 92) {
                                String result = to.equals("IN_PROGRESS") ? "IN_PROGRESS" : to;
                                answer(state, VietnameseCorpus.pick(random, VietnameseCorpus.ANSWERS), result, answerAt, random);
                                w.revision(rev, answerAt, officer.username, PETITION, TRANSITION);
                                step(w, item, trackingCode, categoryId, due, state, communeId, creator, rev, transitionId++, to,
                                        "ANSWERED", "task.answerResult." + result, officer, answerAt, transitions);
                                rev++;
                                LocalDateTime closeAt = answerAt.plusDays(5 + random.nextInt(30));
                                if (closeAt.isBefore(now) && random.nextInt(100) < 75) {
                                    state.status = "CLOSED";
                                    state.updatedAt = closeAt;
                                    w.revision(rev, closeAt, leader.username, PETITION, TRANSITION);
                                    step(w, item, trackingCode, categoryId, due, state, communeId, creator, rev, transitionId++,
                                            "ANSWERED", "CLOSED", null, leader, closeAt, transitions);
                                    rev++;
                                }
                            }
                        }
                    }
                }
                w.row("petition", petitionValues(item, trackingCode, categoryId, due, state, communeId, creator, false, 0, 0));
                for (Object[] transition : transitions) {
                    w.row("petition_transition", transition);
                }
            }
            for (Map.Entry<Integer, Integer> year : numbers.entrySet()) {
                w.row("tracking_sequence", communeId, year.getKey(), year.getValue());
            }
            w.flush();
            c.commit();
        }
    }

    /** The petition's columns changed by the workflow. */
    private static final class PetitionState {
        String status;
        LocalDate deadlineOn;
        LocalDateTime updatedAt;
        String answerText;
        String answerResult;
        LocalDate expectedOn;
        LocalDate answeredOn;
        String satisfaction;
    }

    private static void answer(PetitionState state, String text, String result, LocalDateTime at, Random random) {
        state.status = "ANSWERED";
        state.updatedAt = at;
        state.answerText = text;
        state.answerResult = result;
        state.answeredOn = at.toLocalDate();
        state.expectedOn = result.equals("IN_PROGRESS") ? at.toLocalDate().plusMonths(3) : null;
        int s = random.nextInt(100);
        state.satisfaction = s < 60 ? "SATISFIED" : s < 75 ? "NOT_SATISFIED" : s < 90 ? "NO_RESPONSE" : null;
    }

    /** A status change: the transition row (kept for the petition table), its history and the petition's. */
    private void step(Writer w, Item item, String trackingCode, long categoryId, LocalDate due, PetitionState state,
                      long communeId, Person creator, long rev, long transitionId, String from, String to, String reason,
                      Person by, LocalDateTime at, List<Object[]> transitions) throws SQLException {
        Object[] transition = {transitionId, item.id, from, to, reason, by.username, at};
        transitions.add(transition);
        w.row("petition_transition_aud", concat(transition, rev, 0));
        w.row("petition_aud", petitionValues(item, trackingCode, categoryId, due, state, communeId, creator, true, rev, 1));
    }

    private static Object[] petitionValues(Item item, String trackingCode, long categoryId, LocalDate due, PetitionState state,
                                           long communeId, Person creator, boolean audit, long rev, int revtype) {
        List<Object> v = new ArrayList<>(40);
        v.add(item.id);
        v.add(communeId);
        v.add(trackingCode);
        v.add(item.channel);
        v.add(item.kind);
        v.add(state.status);
        v.add(item.competence);
        v.add(item.content);
        v.add(categoryId);
        v.add(item.villageId);
        v.add(item.meeting == null ? null : item.meeting.id);
        v.add(item.meeting == null ? null : item.meeting.cycleId);
        v.add(item.receivedOn);
        v.add(due);
        v.add(state.deadlineOn);
        v.add(item.anonymous);
        v.add(item.name);
        v.add(item.phone);
        v.add(item.address);
        v.add(null);
        v.add(item.language);
        v.add(item.interpreter);
        v.add(item.recurrenceOf);
        v.add(audit ? 1 : item.timesRaised);
        v.add("gen-" + item.id);
        v.add(creator.username);
        v.add(item.createdAt);
        v.add(state.updatedAt);
        if (!audit) {
            v.add(0L);
        }
        v.add(state.answerText);
        v.add(state.answerResult);
        v.add(state.expectedOn);
        v.add(state.answeredOn);
        v.add(state.satisfaction);
        if (audit) {
            v.add(rev);
            v.add(revtype);
        }
        return v.toArray();
    }

    private static String letters(Random random) {
        String alphabet = "ACDEFGHJKMNPQRTUVWXY3479";
        StringBuilder s = new StringBuilder(3);
        for (int i = 0; i < 3; i++) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }

    private static Object[] concat(Object[] values, Object... more) {
        Object[] all = new Object[values.length + more.length];
        System.arraycopy(values, 0, all, 0, values.length);
        System.arraycopy(more, 0, all, values.length, more.length);
        return all;
    }

    /** The forwarding as first written: the reply columns still empty. */
    private static Object[] unanswered(Object[] forwarding) {
        Object[] first = forwarding.clone();
        for (int i = 7; i < first.length; i++) {
            first[i] = null;
        }
        return first;
    }

    // --- writing -------------------------------------------------------------------------------------

    /** Column lists of the tables written, in the order values are given. */
    static final Map<String, String> COLUMNS = new LinkedHashMap<>();

    static {
        String petition = "id, commune_id, tracking_code, channel, kind, status, competence, content, category_id, village_id,"
                + " meeting_id, cycle_id, received_on, due_on, deadline_on, anonymous, petitioner_name, petitioner_phone,"
                + " petitioner_address, petitioner_email, language, interpreter_used, recurrence_of_id, times_raised,"
                + " submission_key, created_by, created_at, updated_at";
        String answer = "answer_text, answer_result, expected_on, answered_on, satisfaction";
        COLUMNS.put("audit_revision", "id, changed_at_millis, username, ip_address");
        COLUMNS.put("audit_revision_entity", "revision_id, entity_name");
        COLUMNS.put("commune", "id, code, name, kind, province_name, active, version");
        COLUMNS.put("commune_aud", "id, code, name, kind, province_name, active, rev, revtype");
        COLUMNS.put("village", "id, commune_id, name, kind, head_name, active, version");
        COLUMNS.put("village_aud", "id, commune_id, name, kind, head_name, active, rev, revtype");
        COLUMNS.put("department", "id, commune_id, name, active, version");
        COLUMNS.put("department_aud", "id, commune_id, name, active, rev, revtype");
        COLUMNS.put("app_user", "id, username, password_hash, full_name, email, commune_id, province_wide, active, version");
        COLUMNS.put("app_user_aud", "id, username, full_name, email, commune_id, province_wide, active, rev, revtype");
        COLUMNS.put("app_user_role", "user_id, role");
        COLUMNS.put("app_user_role_aud", "user_id, role, rev, revtype");
        COLUMNS.put("meeting_cycle", "id, commune_id, kind, council_session, title, starts_on, ends_on, version, created_at,"
                + " results_published_at, results_published_by");
        COLUMNS.put("meeting_cycle_aud", "id, commune_id, kind, council_session, title, starts_on, ends_on, created_at,"
                + " results_published_at, results_published_by, rev, revtype");
        COLUMNS.put("meeting", "id, commune_id, cycle_id, held_at, place, form, deputies, voters_attending, language,"
                + " interpreter_name, minutes, version, created_by, created_at");
        COLUMNS.put("meeting_aud", "id, commune_id, cycle_id, held_at, place, form, deputies, voters_attending, language,"
                + " interpreter_name, minutes, created_by, created_at, rev, revtype");
        COLUMNS.put("meeting_village", "meeting_id, village_id");
        COLUMNS.put("meeting_village_aud", "meeting_id, village_id, rev, revtype");
        COLUMNS.put("petition", petition + ", version, " + answer);
        COLUMNS.put("petition_aud", petition + ", " + answer + ", rev, revtype");
        COLUMNS.put("assignment", "id, petition_id, department_id, officer_id, due_on, instructions, assigned_by, assigned_at, ended_at");
        COLUMNS.put("assignment_aud", "id, petition_id, department_id, officer_id, due_on, instructions, assigned_by, assigned_at,"
                + " ended_at, rev, revtype");
        COLUMNS.put("petition_transition", "id, petition_id, from_status, to_status, reason, changed_by, changed_at");
        COLUMNS.put("petition_transition_aud", "id, petition_id, from_status, to_status, reason, changed_by, changed_at, rev, revtype");
        COLUMNS.put("forwarding", "id, petition_id, agency, letter_no, letter_on, forwarded_by, forwarded_at, reply_letter_no,"
                + " reply_on, reply_text, reply_recorded_by, reply_recorded_at, version");
        COLUMNS.put("forwarding_aud", "id, petition_id, agency, letter_no, letter_on, forwarded_by, forwarded_at, reply_letter_no,"
                + " reply_on, reply_text, reply_recorded_by, reply_recorded_at, rev, revtype");
        COLUMNS.put("tracking_sequence", "commune_id, year, last_value");
    }

    /** Batched inserts, one prepared statement per table; the driver rewrites each batch as one multi-row insert. */
    static final class Writer implements AutoCloseable {
        static final int BATCH = 1000;
        private final Connection connection;
        private final AtomicLong counter;
        private final Map<String, PreparedStatement> statements = new LinkedHashMap<>();
        private final Map<String, Integer> pending = new HashMap<>();

        Writer(Connection connection, AtomicLong counter) throws SQLException {
            this.connection = connection;
            this.counter = counter;
            // Parents before children, so a flush in this order is valid even with checks on.
            for (String table : COLUMNS.keySet()) {
                String columns = COLUMNS.get(table);
                int n = columns.split(",").length;
                statements.put(table, connection.prepareStatement("insert into " + table + " (" + columns + ") values ("
                        + "?, ".repeat(n - 1) + "?)"));
                pending.put(table, 0);
            }
        }

        void revision(long id, LocalDateTime at, String username, String... entities) throws SQLException {
            row("audit_revision", id, at.toInstant(ZoneOffset.UTC).toEpochMilli(), username, "10.20.0." + (1 + (id % 200)));
            for (String entity : entities) {
                row("audit_revision_entity", id, entity);
            }
        }

        void row(String table, Object... values) throws SQLException {
            PreparedStatement statement = statements.get(table);
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.addBatch();
            int n = pending.merge(table, 1, Integer::sum);
            if (n >= BATCH) {
                statement.executeBatch();
                counter.addAndGet(n);
                pending.put(table, 0);
            }
        }

        void flush() throws SQLException {
            for (Map.Entry<String, PreparedStatement> entry : statements.entrySet()) {
                int n = pending.get(entry.getKey());
                if (n > 0) {
                    entry.getValue().executeBatch();
                    counter.addAndGet(n);
                    pending.put(entry.getKey(), 0);
                }
            }
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement statement : statements.values()) {
                statement.close();
            }
        }
    }

    // --- removing what was generated ---------------------------------------------------------------

    /**
     * Deletes the communes whose code starts with {@code prefix}, with everything in them and every history
     * row written by their users (the generated history and whatever a benchmark did while signed in as them).
     */
    public static void delete(String url, String user, String password, String prefix) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("set foreign_key_checks = 0");
            String communes = "(select id from commune where code like '" + prefix.replace("'", "") + "%')";
            String users = "(select username from app_user where commune_id in " + communes + ")";
            String petitions = "(select id from petition where commune_id in " + communes + ")";
            s.execute("create temporary table bench_rev (id bigint primary key) as select id from audit_revision where username in " + users);
            List<String> audTables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("select table_name from information_schema.tables where table_schema = database()"
                    + " and table_name like '%\\_aud'")) {
                while (rs.next()) {
                    audTables.add(rs.getString(1));
                }
            }
            for (String aud : audTables) {
                s.execute("delete from " + aud + " where rev in (select id from bench_rev)");
            }
            s.execute("delete from audit_revision_entity where revision_id in (select id from bench_rev)");
            s.execute("delete from audit_seal where kind = 'R' and ref_id in (select id from bench_rev)");
            s.execute("delete from audit_revision where id in (select id from bench_rev)");
            s.execute("delete from audit_seal where kind = 'E' and ref_id in (select id from audit_event where username in " + users + ")");
            s.execute("delete from audit_event where username in " + users);
            for (String child : List.of("notification", "stored_file", "progress_note", "roadmap_step", "forwarding",
                    "petition_transition", "assignment")) {
                s.execute("delete from " + child + " where petition_id in " + petitions);
            }
            s.execute("delete from mediation_session where case_id in (select id from mediation_case where commune_id in " + communes + ")");
            s.execute("delete from mediation_council_member where case_id in (select id from mediation_case where commune_id in " + communes + ")");
            s.execute("delete from mediation_case where commune_id in " + communes);
            s.execute("delete from notification where user_id in (select id from app_user where commune_id in " + communes + ")");
            s.execute("delete from petition where commune_id in " + communes);
            s.execute("delete from tracking_sequence where commune_id in " + communes);
            s.execute("delete from meeting_village where meeting_id in (select id from meeting where commune_id in " + communes + ")");
            s.execute("delete from meeting where commune_id in " + communes);
            s.execute("delete from meeting_cycle where commune_id in " + communes);
            s.execute("delete from app_user_role where user_id in (select id from app_user where commune_id in " + communes + ")");
            s.execute("delete from app_user where commune_id in " + communes);
            s.execute("delete from department where commune_id in " + communes);
            s.execute("delete from village where commune_id in " + communes);
            s.execute("delete from commune where code like '" + prefix.replace("'", "") + "%'");
            s.execute("drop temporary table bench_rev");
        }
    }
}
