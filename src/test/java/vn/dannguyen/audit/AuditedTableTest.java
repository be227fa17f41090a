package vn.dannguyen.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The auditor's search reads the history tables named in {@link AuditedTable#ALL}: an entity made {@code @Audited}
 * and left out of it would keep its history where no auditor finds it. (AuditIT checks the same list against
 * Envers in the running server.)
 */
class AuditedTableTest {

    /** Each {@code @Audited} entity of the application by its simple name, with the table Envers keeps its history in. */
    private static Map<String, String> auditedEntities() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.dannguyen").stream()
                .filter(type -> type.isAnnotatedWith(Audited.class) && type.isAnnotatedWith(Entity.class))
                .map(JavaClass::reflect)
                .collect(Collectors.toMap(Class::getSimpleName, AuditedTableTest::historyTable, (a, b) -> a, TreeMap::new));
    }

    /** As persistence.xml has it: the entity's table in snake case (CamelCaseToUnderscoresNamingStrategy), then "_aud". */
    private static String historyTable(Class<?> entity) {
        Table table = entity.getAnnotation(Table.class);
        String name = entity.getAnnotation(Entity.class).name();
        String logical = table != null && !table.name().isEmpty() ? table.name() : name.isEmpty() ? entity.getSimpleName() : name;
        return logical.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase() + "_aud";
    }

    @Test
    void everyAuditedEntityIsInTheAuditorsSearchUnderItsHistoryTable() {
        Map<String, String> listed = AuditedTable.ALL.stream()
                .collect(Collectors.toMap(AuditedTable::entity, AuditedTable::table, (a, b) -> a, TreeMap::new));
        assertEquals(AuditedTable.ALL.size(), listed.size(), "each entity listed once");
        assertEquals(auditedEntities(), listed);
    }

    @Test
    void everyListedHistoryTableIsMadeByTheMigrations() throws IOException, URISyntaxException {
        Path migrations = Path.of(AuditedTableTest.class.getClassLoader().getResource("db/migration").toURI());
        StringBuilder scripts = new StringBuilder();
        try (Stream<Path> files = Files.list(migrations)) {
            for (Path script : files.toList()) {
                scripts.append(Files.readString(script)).append('\n');
            }
        }
        String schema = scripts.toString().toLowerCase();
        for (String table : AuditedTable.ALL.stream().map(AuditedTable::table).toList()) {
            assertTrue(schema.contains("create table " + table + " "), table);
        }
    }
}
