package vn.dannguyen.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;
import org.primefaces.model.menu.DefaultMenuItem;
import org.primefaces.model.menu.MenuElement;
import org.primefaces.model.menu.MenuModel;
import org.primefaces.model.menu.Submenu;

/** Each role is offered the pages of its work, labelled in the page's language; the security of the pages is tested in AuthorizationMatrixIT. */
class NavigationMenuTest {

    private static final ResourceBundle VIETNAMESE = ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag("vi"));
    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle("i18n.messages", Locale.ENGLISH);

    //                                                               signedIn worker reader leader staff auditor admin provinceWide
    private static final NavigationMenu.Offer STAFF = new NavigationMenu.Offer(true, true, true, false, true, false, false, false);
    private static final NavigationMenu.Offer AUDITOR = new NavigationMenu.Offer(true, false, true, false, false, true, false, false);
    private static final NavigationMenu.Offer COMMUNE_ADMIN = new NavigationMenu.Offer(true, false, false, false, false, false, true, false);
    private static final NavigationMenu.Offer PROVINCE_ADMIN = new NavigationMenu.Offer(true, false, false, false, false, false, true, true);
    private static final NavigationMenu.Offer NOBODY = new NavigationMenu.Offer(false, false, false, false, false, false, false, false);

    @Test
    void staffReceivePetitionsAndWorkOnTheirTasks() {
        List<String> outcomes = outcomes(NavigationMenu.menu(STAFF, VIETNAMESE));
        assertEquals(List.of("/home", "/petition/new", "/petition/list", "/petition/import", "/task/mine", "/report/index",
                "/meeting/list", "/mediation/list"), outcomes);
    }

    @Test
    void anAuditorReadsAndAuditsButReceivesNothing() {
        List<String> outcomes = outcomes(NavigationMenu.menu(AUDITOR, VIETNAMESE));
        assertTrue(outcomes.containsAll(List.of("/petition/list", "/audit/history", "/audit/verify")), outcomes.toString());
        assertFalse(outcomes.contains("/petition/new"), outcomes.toString());
        assertFalse(outcomes.contains("/petition/import"), outcomes.toString());
    }

    @Test
    void onlyAProvinceWideAdminSetsTheTimeLimits() {
        assertFalse(outcomes(NavigationMenu.menu(COMMUNE_ADMIN, VIETNAMESE)).contains("/admin/deadlines"));
        assertTrue(outcomes(NavigationMenu.menu(PROVINCE_ADMIN, VIETNAMESE)).contains("/admin/deadlines"));
    }

    @Test
    void nobodySignedInIsOfferedNothing() {
        assertTrue(NavigationMenu.menu(NOBODY, VIETNAMESE).getElements().isEmpty());
    }

    @Test
    void labelsAreInThePagesLanguage() {
        MenuModel vietnamese = NavigationMenu.menu(STAFF, VIETNAMESE);
        MenuModel english = NavigationMenu.menu(STAFF, ENGLISH);
        assertEquals("Trang chủ", ((DefaultMenuItem) vietnamese.getElements().get(0)).getValue());
        assertEquals("Home", ((DefaultMenuItem) english.getElements().get(0)).getValue());
        assertEquals("Kiến nghị", ((Submenu) vietnamese.getElements().get(1)).getLabel());
        assertEquals("Petitions", ((Submenu) english.getElements().get(1)).getLabel());
    }

    /** Shared by many pages at once, a menu has its ids before it is shared; those of the bar's own submenus start with "_" (PrimeFaces draws them with a down arrow). */
    @Test
    void idsAreGivenBeforeTheMenuIsShared() {
        MenuModel menu = NavigationMenu.menu(STAFF, VIETNAMESE);
        for (MenuElement element : menu.getElements()) {
            assertTrue(element.getId() != null && !element.getId().isBlank());
            if (element instanceof Submenu submenu) {
                assertTrue(submenu.getId().startsWith("_"), submenu.getId());
                submenu.getElements().forEach(child -> assertTrue(child.getId() != null && !child.getId().isBlank()));
            }
        }
    }

    private static List<String> outcomes(MenuModel menu) {
        List<String> outcomes = new ArrayList<>();
        collect(menu.getElements(), outcomes);
        return outcomes;
    }

    private static void collect(List<MenuElement> elements, List<String> outcomes) {
        for (MenuElement element : elements) {
            if (element instanceof Submenu submenu) {
                collect(submenu.getElements(), outcomes);
            } else {
                outcomes.add(((DefaultMenuItem) element).getOutcome());
            }
        }
    }
}
