package vn.dannguyen.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** Test only: a page bean that fails, as a fault in the program would, when drawn or when its button is pressed. */
@Named
@RequestScoped
public class FailingPage {

    public String getValue() {
        throw new IllegalStateException("a fault while drawing the page (test)");
    }

    public void fail() {
        throw new IllegalStateException("a fault in an action (test)");
    }
}
