/*
 * "Receive another petition" on /petition/new. A save's answer already holds the next petition's empty form,
 * hidden behind the panel with the tracking code; the button shows it without asking the server again, closes
 * the panel and the "received" message, and puts the cursor in the petition's text, where the clerk starts.
 * After a save the button itself has the keyboard, so Enter goes on to the next petition.
 */
(function () {
    "use strict";

    function showNextForm(button) {
        var form = document.getElementById(button.getAttribute("data-next-petition"));
        if (!form) {
            return;
        }
        var panel = button.closest(".recorded-panel");
        if (panel) {
            panel.hidden = true;
        }
        var messages = document.getElementById("messages");
        if (messages) {
            messages.replaceChildren();
        }
        form.querySelectorAll(".intake.is-waiting").forEach(function (fields) {
            fields.classList.remove("is-waiting");
            // Widgets drawn while hidden (the select menus) finish their layout once they can be measured.
            if (window.PrimeFaces && typeof window.PrimeFaces.invokeDeferredRenders === "function") {
                window.PrimeFaces.invokeDeferredRenders(fields.id);
            }
        });
        window.scrollTo(0, 0);
        var content = form.querySelector(".intake textarea");
        if (content) {
            content.focus();
        }
    }

    /** After a save the form is hidden: the keyboard goes to "receive another", so Enter continues. */
    function focusNextButton() {
        var button = document.querySelector(".recorded-panel:not([hidden]) [data-next-petition]");
        if (button && !document.querySelector(".intake:not(.is-waiting)")) {
            button.focus();
        }
    }

    if (window.jQuery) {
        window.jQuery(document).on("pfAjaxComplete", focusNextButton);
    }

    document.addEventListener("click", function (event) {
        var button = event.target.closest ? event.target.closest("[data-next-petition]") : null;
        if (button) {
            event.preventDefault();
            showNextForm(button);
        }
    });
})();
