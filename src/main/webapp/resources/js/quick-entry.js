/*
 * Fast petition entry at a meeting: Ctrl+Enter saves the row and the cursor returns to the text box.
 * What is typed is kept by drafts.js until the row is saved.
 */
(function () {
    "use strict";

    function form() {
        return document.querySelector("form.quick-entry");
    }

    function focusContent() {
        var entry = form();
        var box = entry ? entry.querySelector("textarea") : null;
        if (box) {
            box.focus();
        }
    }

    document.addEventListener("keydown", function (event) {
        var entry = form();
        if (entry && entry.contains(event.target) && event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            entry.querySelector(".quick-entry-add").click();
        }
    });

    if (window.jQuery) {
        window.jQuery(document).on("pfAjaxComplete", focusContent);
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", focusContent);
    } else {
        focusContent();
    }
})();
