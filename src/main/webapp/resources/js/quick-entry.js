/*
 * Fast petition entry at a meeting: Ctrl+Enter saves the row, the cursor returns to the text box, and the
 * text being typed is kept in this browser (localStorage) until the row is saved, so a reload loses nothing.
 */
(function () {
    "use strict";

    function form() {
        return document.querySelector("form.quick-entry");
    }

    function storageKey(entry) {
        return "dannguyen-draft-" + entry.getAttribute("data-draft-key");
    }

    function contentBox(entry) {
        return entry.querySelector("textarea");
    }

    function restoreDraft() {
        var entry = form();
        if (!entry) {
            return;
        }
        var box = contentBox(entry);
        var draft = window.localStorage.getItem(storageKey(entry));
        if (box && draft && !box.value) {
            box.value = draft;
        }
        if (box) {
            box.focus();
        }
    }

    document.addEventListener("input", function (event) {
        var entry = form();
        if (entry && event.target === contentBox(entry)) {
            window.localStorage.setItem(storageKey(entry), event.target.value);
        }
    });

    document.addEventListener("keydown", function (event) {
        var entry = form();
        if (entry && entry.contains(event.target) && event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            entry.querySelector(".quick-entry-add").click();
        }
    });

    // After each save the form is re-rendered: clear the draft when the row was accepted, then refocus.
    if (window.jQuery) {
        window.jQuery(document).on("pfAjaxComplete", function (event, xhr) {
            var entry = form();
            if (!entry) {
                return;
            }
            var failed = xhr && xhr.responseXML && /validationFailed&quot;:true|"validationFailed":true/.test(xhr.responseText || "");
            var box = contentBox(entry);
            if (!failed && box && !box.value) {
                window.localStorage.removeItem(storageKey(entry));
            }
            restoreDraft();
        });
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", restoreDraft);
    } else {
        restoreDraft();
    }
})();
