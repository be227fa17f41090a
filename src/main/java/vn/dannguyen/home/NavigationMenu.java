package vn.dannguyen.home;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.menu.DefaultMenuItem;
import org.primefaces.model.menu.DefaultMenuModel;
import org.primefaces.model.menu.DefaultSubMenu;
import org.primefaces.model.menu.MenuModel;

import vn.dannguyen.people.ActiveUser;
import vn.dannguyen.people.CallerRoles;

/**
 * The layout's menu, {@code #{navigation.model}}: what each role may open, in the page's language.
 * <p>
 * As a model the menu is one component of the page instead of twenty-one, which JSF built again from the
 * template on every postback, a counter clerk's save included (building the tree was a fifth of a save's CPU,
 * docs/benchmarks/smaller-tree.md). A menu depends only on the language and what the user may do, so each one is
 * built once and shared by everyone it fits.
 */
@Named("navigation")
@ApplicationScoped
public class NavigationMenu {

    @Inject
    CallerRoles roles;

    @Inject
    ActiveUser activeUser;

    private final ConcurrentMap<Key, MenuModel> built = new ConcurrentHashMap<>();

    public MenuModel getModel() {
        FacesContext context = FacesContext.getCurrentInstance();
        Offer offer = new Offer(activeUser.isSignedIn(), roles.isWorker(), roles.isReader(), roles.isLeader(),
                roles.isStaff(), roles.isAuditor(), roles.isAdmin(), activeUser.isSignedIn() && activeUser.isProvinceWide());
        return built.computeIfAbsent(new Key(context.getViewRoot().getLocale(), offer),
                key -> menu(offer, context.getApplication().getResourceBundle(context, "msg")));
    }

    /** What a user is offered; the menus differ by nothing else. */
    record Offer(boolean signedIn, boolean worker, boolean reader, boolean leader, boolean staff, boolean auditor,
                 boolean admin, boolean provinceWide) {
    }

    private record Key(Locale locale, Offer offer) {
    }

    static MenuModel menu(Offer offer, ResourceBundle msg) {
        DefaultMenuModel model = new DefaultMenuModel();
        if (offer.signedIn()) {
            model.getElements().add(item(msg, "nav.home", "/home", "pi pi-home"));
        }
        if (offer.reader()) {
            DefaultSubMenu petitions = submenu(msg, "nav.petitions", "pi pi-inbox");
            if (offer.worker()) {
                petitions.getElements().add(item(msg, "nav.petitions.new", "/petition/new", "pi pi-plus"));
            }
            petitions.getElements().add(item(msg, "nav.petitions.list", "/petition/list", "pi pi-list"));
            if (offer.worker()) {
                petitions.getElements().add(item(msg, "nav.petitions.import", "/petition/import", "pi pi-file-excel"));
            }
            model.getElements().add(petitions);
        }
        if (offer.leader()) {
            model.getElements().add(item(msg, "nav.dashboard", "/leader/dashboard", "pi pi-chart-bar"));
            model.getElements().add(item(msg, "nav.tasks", "/leader/tasks", "pi pi-send"));
        }
        if (offer.staff()) {
            model.getElements().add(item(msg, "nav.myTasks", "/task/mine", "pi pi-check-square"));
        }
        if (offer.reader()) {
            model.getElements().add(item(msg, "nav.reports", "/report/index", "pi pi-file-word"));
            model.getElements().add(item(msg, "nav.meetings", "/meeting/list", "pi pi-users"));
            model.getElements().add(item(msg, "nav.mediation", "/mediation/list", "pi pi-book"));
        }
        if (offer.auditor()) {
            DefaultSubMenu audit = submenu(msg, "nav.audit", "pi pi-shield");
            audit.getElements().add(item(msg, "nav.audit.history", "/audit/history", "pi pi-history"));
            audit.getElements().add(item(msg, "nav.audit.verify", "/audit/verify", "pi pi-verified"));
            model.getElements().add(audit);
        }
        if (offer.admin()) {
            DefaultSubMenu admin = submenu(msg, "nav.admin", "pi pi-cog");
            admin.getElements().add(item(msg, "nav.admin.communes", "/admin/communes", null));
            admin.getElements().add(item(msg, "nav.admin.villages", "/admin/villages", null));
            admin.getElements().add(item(msg, "nav.admin.departments", "/admin/departments", null));
            admin.getElements().add(item(msg, "nav.admin.categories", "/admin/categories", null));
            if (offer.provinceWide()) {
                admin.getElements().add(item(msg, "nav.admin.deadlines", "/admin/deadlines", null));
            }
            model.getElements().add(admin);
        }
        // Ids given now, before the model is shared: PrimeFaces would otherwise give them while drawing it.
        model.generateUniqueIds();
        return model;
    }

    /**
     * A plain link to a page. Rendering only reads such an item, so one can be shared by concurrent requests; an
     * item with parameters, an Ajax update or an action would be written to while drawn, and must not be shared.
     */
    private static DefaultMenuItem item(ResourceBundle msg, String key, String outcome, String icon) {
        return DefaultMenuItem.builder().value(msg.getString(key)).outcome(outcome).icon(icon).build();
    }

    private static DefaultSubMenu submenu(ResourceBundle msg, String key, String icon) {
        return DefaultSubMenu.builder().label(msg.getString(key)).icon(icon).build();
    }
}
