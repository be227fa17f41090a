package vn.dannguyen.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.dannguyen.Callers;
import vn.dannguyen.Deployments;
import vn.dannguyen.TestData;
import vn.dannguyen.shared.BusinessException;
import vn.dannguyen.shared.ConcurrentEditException;
import vn.dannguyen.shared.Role;

/** Reference data on the real server and MariaDB: the migrated schema, scoping, duplicates, conflicts. */
@ExtendWith(ArquillianExtension.class)
class ReferenceDataIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestHelpers();
    }

    @Inject
    ReferenceDataService referenceData;

    @Inject
    TestData testData;

    private long communeA;
    private long communeB;
    private String adminA;
    private String adminB;
    private String provinceAdmin;
    private String staffA;

    @BeforeEach
    void makeCommunes() {
        communeA = testData.commune("Xã Kiểm Thử A");
        communeB = testData.commune("Xã Kiểm Thử B");
        adminA = testData.user(communeA, false, Role.ADMIN);
        adminB = testData.user(communeB, false, Role.ADMIN);
        provinceAdmin = testData.user(communeA, true, Role.ADMIN);
        staffA = testData.user(communeA, false, Role.STAFF);
    }

    @AfterEach
    void removeCommunes() {
        testData.removeCommune(communeA);
        testData.removeCommune(communeB);
        testData.removeCategory("TEST_CAT");
    }

    @Test
    void migrationsBuildAnInnoDbUtf8mb4Schema() {
        List<?> wrongTables = testData.list("""
                select table_name from information_schema.tables
                where table_schema = database() and table_name <> 'flyway_schema_history'
                  and (engine <> 'InnoDB' or table_collation <> 'utf8mb4_unicode_520_ci')""");
        assertEquals(List.of(), wrongTables);
        assertEquals(0L, ((Number) testData.single(
                "select count(*) from flyway_schema_history where success = 0")).longValue());
        assertTrue(((Number) testData.single("select count(*) from category")).longValue() >= 12,
                "default categories are seeded by the migration");
    }

    @Test
    void villageNamesKeepVietnameseAndCompareWithoutDiacritics() throws Exception {
        Callers.as(adminA, () -> referenceData.saveVillage(village("Thôn Ngô Sơn"), communeA), "ADMIN");

        assertEquals("Thôn Ngô Sơn", testData.single(
                "select name from village where commune_id = ?1 and name = 'thon ngo son'", communeA));
        List<Village> villages = Callers.as(adminA, () -> referenceData.villages(communeA), "ADMIN");
        assertEquals(List.of("Thôn Ngô Sơn"), villages.stream().map(Village::getName).toList());
    }

    @Test
    void aDuplicateVillageIsRefusedWithAMessage() throws Exception {
        Callers.as(adminA, () -> referenceData.saveVillage(village("Thôn Đồng Bèn"), communeA), "ADMIN");

        BusinessException refused = assertThrows(BusinessException.class, () -> Callers.as(adminA,
                () -> referenceData.saveVillage(village("THÔN ĐỒNG BÈN"), communeA), "ADMIN"));
        assertEquals("reference.village.error.duplicate", refused.getMessageKey());
    }

    @Test
    void aConcurrentEditIsRefusedNotOverwritten() throws Exception {
        Village saved = Callers.as(adminA, () -> referenceData.saveVillage(village("Thôn Cầu Chéo"), communeA), "ADMIN");
        Village first = Callers.as(adminA, () -> referenceData.villages(communeA), "ADMIN").get(0);
        Village second = Callers.as(adminA, () -> referenceData.villages(communeA), "ADMIN").get(0);
        assertEquals(saved.getId(), first.getId());

        first.setHeadName("Nguyễn Văn An");
        Callers.as(adminA, () -> referenceData.saveVillage(first, communeA), "ADMIN");
        second.setHeadName("Trần Văn Bình");
        assertThrows(ConcurrentEditException.class,
                () -> Callers.as(adminA, () -> referenceData.saveVillage(second, communeA), "ADMIN"));

        assertEquals("Nguyễn Văn An", testData.single("select head_name from village where id = ?1", saved.getId()));
    }

    @Test
    void anAdminCannotTouchAnotherCommune() {
        BusinessException refused = assertThrows(BusinessException.class,
                () -> Callers.as(adminB, () -> referenceData.saveVillage(village("Thôn Lạ"), communeA), "ADMIN"));
        assertEquals("common.error.outOfScope", refused.getMessageKey());
        assertThrows(BusinessException.class,
                () -> Callers.as(adminB, () -> referenceData.departments(communeA), "ADMIN"));
    }

    @Test
    void aProvinceWideAdminSeesEveryCommune() throws Exception {
        List<Commune> communes = Callers.as(provinceAdmin, () -> referenceData.communesInScope(), "ADMIN");
        assertTrue(communes.stream().anyMatch(c -> c.getId() == communeB));
        List<Commune> own = Callers.as(adminA, () -> referenceData.communesInScope(), "ADMIN");
        assertEquals(List.of(communeA), own.stream().map(Commune::getId).toList());
    }

    @Test
    void onlyProvinceWideAdminsEditCategories() throws Exception {
        BusinessException refused = assertThrows(BusinessException.class,
                () -> Callers.as(adminA, () -> referenceData.saveCategory(category()), "ADMIN"));
        assertEquals("reference.error.provinceOnly", refused.getMessageKey());

        Category saved = Callers.as(provinceAdmin, () -> referenceData.saveCategory(category()), "ADMIN");
        assertEquals("TEST_CAT", saved.getCode());
    }

    @Test
    void staffCannotMaintainReferenceData() {
        assertThrows(EJBAccessException.class,
                () -> Callers.as(staffA, () -> referenceData.saveVillage(village("Thôn X"), communeA), "STAFF"));
    }

    private static Village village(String name) {
        Village village = new Village();
        village.setName(name);
        village.setKind(VillageKind.THON);
        return village;
    }

    private static Category category() {
        Category category = new Category();
        category.setCode("test_cat");
        category.setNameVi("Lĩnh vực thử");
        category.setNameEn("Test category");
        return category;
    }
}
