package vn.dannguyen.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.dannguyen.people.ActiveUser;
import vn.dannguyen.petition.Channel;
import vn.dannguyen.petition.ImportProblem;
import vn.dannguyen.petition.Petition;
import vn.dannguyen.petition.PetitionFilter;
import vn.dannguyen.petition.PetitionImport;
import vn.dannguyen.petition.PetitionKind;
import vn.dannguyen.petition.PetitionPage;
import vn.dannguyen.petition.PetitionQueries;
import vn.dannguyen.petition.PetitionService;
import vn.dannguyen.petition.PetitionSort;
import vn.dannguyen.petition.PetitionStatus;
import vn.dannguyen.petition.SheetRow;
import vn.dannguyen.petition.excel.PetitionSheetReader;
import vn.dannguyen.report.DashboardService;
import vn.dannguyen.shared.CommuneClock;
import vn.dannguyen.task.TaskQueries;
import vn.dannguyen.task.TaskRow;

/**
 * Service-level benchmark, only in the benchmark WAR (never in the application): times a service call as the
 * signed-in user, alternating with the raw SQL that answers the same question on a plain JDBC connection, and
 * prints one line per figure: {@code name n p50 p95 p99 mean raw_p50 raw_p95 raw_p99 raw_mean} (milliseconds).
 * {@code GET /bench/service?op=list|page400|search|dashboard|deadlines|record|import&n=200}.
 */
@WebServlet("/bench/service")
@ServletSecurity(@HttpConstraint(rolesAllowed = {"STAFF", "LEADER"}))
public class ServiceBenchServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String ROW_SQL = "select p.id, p.tracking_code, p.received_on, p.kind, p.channel, p.status, p.competence,"
            + " c.name_vi, c.name_en, v.name, p.content, p.times_raised, p.recurrence_of_id, p.anonymous, p.petitioner_name"
            + " from petition p join category c on c.id = p.category_id left join village v on v.id = p.village_id";

    static final String TASK_SQL = "select p.id, p.version, p.tracking_code, p.received_on, p.deadline_on, p.status, p.kind,"
            + " c.name_vi, c.name_en, v.name, p.content, d.name, o.full_name from petition p join category c on c.id = p.category_id"
            + " left join village v on v.id = p.village_id left join assignment a on a.petition_id = p.id and a.ended_at is null"
            + " left join department d on d.id = a.department_id left join app_user o on o.id = a.officer_id";

    /** Search phrases as clerks type them: with and without diacritics, up to four words. */
    static final String[] PHRASES = {"nạo vét lòng sông", "nao vet long song", "sạt lở đất", "sat lo dat khai thac",
            "nhà tạm hộ nghèo", "nha tam ho ngheo", "tranh chấp ranh giới", "duong lien thon xuong cap", "cầu treo", "rac thai"};

    @Inject
    PetitionService petitions;

    @Inject
    PetitionQueries petitionQueries;

    @Inject
    DashboardService dashboard;

    @Inject
    PetitionImport importer;

    @Inject
    TaskQueries tasks;

    @Inject
    ActiveUser activeUser;

    @Resource(lookup = "java:jboss/datasources/DanNguyenDS")
    DataSource dataSource;

    @FunctionalInterface
    interface Call {
        void run(int i) throws Exception;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String op = request.getParameter("op");
        int n = Integer.parseInt(request.getParameter("n") == null ? "200" : request.getParameter("n"));
        response.setContentType("text/plain;charset=UTF-8");
        PrintWriter out = response.getWriter();
        long commune = activeUser.getCommuneId();
        try {
            DataSource raw = dataSource;
            switch (op) {
                case "list" -> {
                    // One commune, filtered by status, sorted oldest first: the first page of 20.
                    time(out, "list page 1 (status, oldest first)", n, i -> {
                        PetitionFilter f = new PetitionFilter();
                        f.setStatus(PetitionStatus.ANSWERED);
                        petitionQueries.list(f, PetitionSort.OLDEST_FIRST, null, 20);
                    }, i -> rows(raw, ROW_SQL + " where p.commune_id = ? and p.status = ? order by p.received_on asc, p.id asc limit 21",
                            commune, "ANSWERED"));
                }
                case "page400" -> {
                    // The whole commune newest first: page 1, and page 400 from the cursor of page 399 (as Next reaches it).
                    PetitionPage.Cursor cursor = cursorBefore(raw, commune, 399 * 20);
                    time(out, "list page 1 (newest first)", n, i -> petitionQueries.list(new PetitionFilter(), PetitionSort.NEWEST_FIRST, null, 20),
                            i -> rows(raw, ROW_SQL + " where p.commune_id = ? order by p.received_on desc, p.id desc limit 21", commune));
                    if (cursor == null) {
                        out.println("# page 400 skipped: the commune has fewer than 7,980 petitions");
                    } else {
                        time(out, "list page 400 (newest first, keyset)", n, i -> petitionQueries.list(new PetitionFilter(), PetitionSort.NEWEST_FIRST, cursor, 20),
                                i -> rows(raw, ROW_SQL + " where p.commune_id = ? and (p.received_on < ? or (p.received_on = ? and p.id < ?))"
                                        + " order by p.received_on desc, p.id desc limit 21", commune, cursor.value(), cursor.value(), cursor.id()));
                        time(out, "list page 400 (OFFSET, for comparison)", n, i -> rows(raw, ROW_SQL
                                + " where p.commune_id = ? order by p.received_on desc, p.id desc limit 21 offset 7980", commune),
                                i -> rows(raw, ROW_SQL + " where p.commune_id = ? order by p.received_on desc, p.id desc limit 21", commune));
                    }
                }
                case "search" -> {
                    time(out, "search top 20 (Lucene, accent-insensitive)", n, i -> {
                        PetitionFilter f = new PetitionFilter();
                        f.setText(PHRASES[i % PHRASES.length]);
                        petitionQueries.search(f, 0, 20);
                    }, i -> {
                        // The SQL way: every word with LIKE under the folding collation, newest first.
                        String[] words = PHRASES[i % PHRASES.length].split(" ");
                        StringBuilder sql = new StringBuilder(ROW_SQL).append(" where p.commune_id = ?");
                        List<Object> args = new ArrayList<>(List.of(commune));
                        for (String word : words) {
                            sql.append(" and p.content like ?");
                            args.add("%" + word + "%");
                        }
                        rows(raw, sql.append(" order by p.received_on desc, p.id desc limit 21").toString(), args.toArray());
                    });
                    time(out, "search 4-word phrase (Lucene)", n, i -> {
                        PetitionFilter f = new PetitionFilter();
                        f.setText("\"duong lien thon xuong cap\"");
                        petitionQueries.search(f, 0, 20);
                    }, i -> rows(raw, ROW_SQL + " where p.commune_id = ? and p.content like ? order by p.received_on desc, p.id desc limit 21",
                            commune, "%duong lien thon xuong cap%"));
                }
                case "dashboard" -> time(out, "leader dashboard (4 counts)", n, i -> {
                    dashboard.byStatus();
                    dashboard.openByDepartment();
                    dashboard.byVillage();
                    dashboard.byCategory("vi");
                }, i -> {
                    rows(raw, "select p.status, count(*) from petition p where p.commune_id = ? group by p.status order by p.status", commune);
                    rows(raw, "select d.name, count(*) from petition p join assignment a on a.petition_id = p.id and a.ended_at is null"
                            + " join department d on d.id = a.department_id where p.commune_id = ? and p.status in ('ASSIGNED', 'IN_PROGRESS')"
                            + " group by d.name order by count(*) desc", commune);
                    rows(raw, "select coalesce(v.name, '-'), count(*) from petition p left join village v on v.id = p.village_id"
                            + " where p.commune_id = ? group by v.name order by count(*) desc", commune);
                    rows(raw, "select c.name_vi, count(*) from petition p join category c on c.id = p.category_id where p.commune_id = ?"
                            + " group by c.name_vi order by count(*) desc", commune);
                });
                case "deadlines" -> {
                    // The dashboard's overdue and due-soon lists: the narrow query, and (for comparison) what it replaced.
                    LocalDate today = LocalDate.now(CommuneClock.ZONE);
                    LocalDate horizon = today.plusDays(TaskRow.DUE_SOON_DAYS);
                    time(out, "dashboard overdue + due soon (2 narrow queries + 2 counts)", n, i -> {
                        tasks.runningByDeadline(null, today.minusDays(1), 100);
                        tasks.countRunningByDeadline(null, today.minusDays(1));
                        tasks.runningByDeadline(today, horizon, 100);
                        tasks.countRunningByDeadline(today, horizon);
                    }, i -> {
                        String running = " where p.commune_id = ? and p.status not in ('ANSWERED', 'CLOSED')";
                        rows(raw, TASK_SQL + running + " and p.deadline_on < ? order by p.deadline_on, p.id limit 100", commune, today);
                        rows(raw, "select count(*) from petition p" + running + " and p.deadline_on < ?", commune, today);
                        rows(raw, TASK_SQL + running + " and p.deadline_on between ? and ? order by p.deadline_on, p.id limit 100",
                                commune, today, horizon);
                        rows(raw, "select count(*) from petition p" + running + " and p.deadline_on between ? and ?", commune, today, horizon);
                    });
                    time(out, "leader task list, a page of 50 (first page, and the page at row 2,000)", n,
                            i -> tasks.openPetitions(i % 2 == 0 ? 0 : 2000, 50),
                            i -> rows(raw, TASK_SQL + " where p.commune_id = ? and p.status <> 'CLOSED' order by case when p.status"
                                    + " in ('ANSWERED', 'CLOSED') then 1 else 0 end, p.deadline_on is null, p.deadline_on, p.id limit 50 offset "
                                    + (i % 2 == 0 ? 0 : 2000), commune));
                }
                case "record" -> {
                    long category = firstLong(raw, "select id from category where code = 'TRAFFIC'");
                    time(out, "record one petition (service, with history and index)", n, i -> petitions.record(newPetition(category, i), null),
                            i -> insertRaw(raw, commune, category, 1, true));
                }
                case "import" -> {
                    String category = firstString(raw, "select name_vi from category where code = 'IRRIGATION'");
                    long categoryId = firstLong(raw, "select id from category where code = 'IRRIGATION'");
                    // The sheet a clerk would upload: an .xlsx file, read by the same code as the import page.
                    // (Written to a file first, as an upload waits in the pending folder while the page reads it.)
                    java.nio.file.Path file = java.nio.file.Files.createTempFile("bench-import", ".xlsx");
                    java.nio.file.Files.write(file, workbook(n, category));
                    long fileBytes = java.nio.file.Files.size(file);
                    long started = System.nanoTime();
                    List<ImportProblem> unreadable = new ArrayList<>();
                    List<SheetRow> sheet;
                    try {
                        sheet = PetitionSheetReader.read(file, unreadable);
                    } finally {
                        java.nio.file.Files.deleteIfExists(file);
                    }
                    double readMs = (System.nanoTime() - started) / 1e6;
                    if (!unreadable.isEmpty() || sheet.size() != n) {
                        throw new IllegalStateException("sheet not read: " + unreadable);
                    }
                    started = System.nanoTime();
                    PetitionImport.Outcome outcome = importer.importNow(sheet, commune, activeUser.getUsername(), null, new AtomicInteger());
                    double serviceMs = (System.nanoTime() - started) / 1e6;
                    if (outcome.imported() != n) {
                        throw new IllegalStateException("sheet refused: " + outcome.problems());
                    }
                    started = System.nanoTime();
                    insertRaw(raw, commune, categoryId, n, false);
                    double rawMs = (System.nanoTime() - started) / 1e6;
                    out.printf("import %d rows|%d|%.1f|%.1f|%.1f|%.1f|%.1f|%.1f|%.1f|%.1f%n", outcome.imported(), 1, serviceMs, serviceMs,
                            serviceMs, serviceMs, rawMs, rawMs, rawMs, rawMs);
                    out.printf("# import: %.0f petitions/s (raw multi-row insert, rolled back: %.0f rows/s)%n",
                            outcome.imported() / (serviceMs / 1000), n / (rawMs / 1000));
                    out.printf("# import from the .xlsx file (%d KB): reading %.0f ms, in all %.0f petitions/s%n", fileBytes / 1024,
                            readMs, outcome.imported() / ((readMs + serviceMs) / 1000));
                }
                default -> response.sendError(400, "op?");
            }
        } catch (Exception e) {
            out.println("# failed: " + e);
            e.printStackTrace(out);
        }
    }

    /** An import sheet of {@code n} rows as the template lays it out (PetitionSheetTemplate.COLUMNS), as .xlsx bytes. */
    private static byte[] workbook(int n, String category) throws IOException {
        Random random = new Random(n);
        DateTimeFormatter typed = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet();
            Row header = sheet.createRow(0);
            String[] titles = {"Ngày tiếp nhận", "Kênh", "Loại", "Nội dung", "Lĩnh vực", "Thôn", "Thẩm quyền", "Người kiến nghị",
                    "Điện thoại", "Địa chỉ", "Ngôn ngữ", "Phiên dịch"};
            for (int c = 0; c < titles.length; c++) {
                header.createCell(c).setCellValue(titles[c]);
            }
            for (int i = 0; i < n; i++) {
                Row row = sheet.createRow(i + 1);
                String[] values = {LocalDate.now(CommuneClock.ZONE).minusDays(random.nextInt(20)).format(typed), "Tại quầy", null,
                        VietnameseCorpus.petitionText(random, 1, "thôn Đồng Tâm"), category, null, null,
                        VietnameseCorpus.personName(random), null, null, "Tiếng Việt", null};
                for (int c = 0; c < values.length; c++) {
                    if (values[c] != null) {
                        row.createCell(c).setCellValue(values[c]);
                    }
                }
            }
            workbook.write(bytes);
            return bytes.toByteArray();
        }
    }

    private Petition newPetition(long category, int i) {
        Petition p = new Petition();
        p.setChannel(Channel.COUNTER);
        p.setKind(PetitionKind.FEEDBACK);
        p.setContent(VietnameseCorpus.petitionText(new Random(i), 0, "thôn Đồng Tâm"));
        p.setCategoryId(category);
        p.setPetitionerName("Nguyễn Văn Bình");
        p.setSubmissionKey(UUID.randomUUID().toString());
        return p;
    }

    /** The plain-JDBC insert of {@code count} petitions (one multi-row statement), always rolled back. */
    private static void insertRaw(DataSource pool, long commune, long category, int count, boolean withHistory) throws SQLException {
        try (Connection raw = pool.getConnection()) {
        raw.setAutoCommit(false);
        try (PreparedStatement insert = raw.prepareStatement("insert into petition (commune_id, tracking_code, channel, kind, status,"
                + " competence, content, category_id, received_on, due_on, deadline_on, language, submission_key, created_by, created_at,"
                + " updated_at) values (?, ?, 'COUNTER', 'FEEDBACK', 'RECEIVED', 'COMMUNE', ?, ?, current_date, current_date,"
                + " current_date, 'Tiếng Việt', ?, 'bench', now(3), now(3))")) {
            for (int i = 0; i < count; i++) {
                String key = UUID.randomUUID().toString();
                insert.setLong(1, commune);
                insert.setString(2, "raw-" + key.substring(0, 18));
                insert.setString(3, VietnameseCorpus.petitionText(new Random(i), 1, "thôn Đồng Tâm"));
                insert.setLong(4, category);
                insert.setString(5, key);
                insert.addBatch();
            }
            insert.executeBatch();
            if (withHistory) {
                try (PreparedStatement rev = raw.prepareStatement("insert into audit_revision (changed_at_millis, username) values (1, 'bench')")) {
                    rev.executeUpdate();
                }
            }
        } finally {
            raw.rollback();
            raw.setAutoCommit(true);
        }
        }
    }

    /** The cursor after the first {@code skip} rows of the commune, newest first (null when there are fewer). */
    private static PetitionPage.Cursor cursorBefore(DataSource pool, long commune, int skip) throws SQLException {
        try (Connection raw = pool.getConnection(); PreparedStatement s = raw.prepareStatement("select received_on, id from petition where commune_id = ?"
                + " order by received_on desc, id desc limit 1 offset " + (skip - 1))) {
            s.setLong(1, commune);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? new PetitionPage.Cursor(rs.getDate(1).toLocalDate(), rs.getLong(2)) : null;
            }
        }
    }

    private static long firstLong(DataSource pool, String sql) throws SQLException {
        try (Connection raw = pool.getConnection(); PreparedStatement s = raw.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String firstString(DataSource pool, String sql) throws SQLException {
        try (Connection raw = pool.getConnection(); PreparedStatement s = raw.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Runs a query on a pooled connection and reads every column of every row, as the service's mapping does. */
    static int rows(DataSource pool, String sql, Object... args) throws SQLException {
        try (Connection raw = pool.getConnection(); PreparedStatement s = raw.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            int count = 0;
            try (ResultSet rs = s.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int c = 1; c <= columns; c++) {
                        rs.getObject(c);
                    }
                    count++;
                }
            }
            return count;
        }
    }

    /** Warms up, then alternates the service call and its raw SQL {@code n} times each. */
    static void time(PrintWriter out, String name, int n, Call service, Call raw) throws Exception {
        for (int i = 0; i < Math.min(50, n); i++) {
            service.run(i);
            raw.run(i);
        }
        long[] s = new long[n];
        long[] r = new long[n];
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            service.run(i);
            long t1 = System.nanoTime();
            raw.run(i);
            long t2 = System.nanoTime();
            s[i] = t1 - t0;
            r[i] = t2 - t1;
        }
        out.printf("%s|%d|%s|%s%n", name, n, stats(s), stats(r));
        out.flush();
    }

    static String stats(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElse(0) / 1e6;
        return String.format("%.2f|%.2f|%.2f|%.2f", pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), mean);
    }

    static double pct(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
