/*
 * Fast petition entry at a meeting: Ctrl+Enter in the entry form saves the row (p:focus then puts the cursor back in
 * the text box). Not p:hotkey: its key bindings ignore keys typed in a text box or a select, where the clerk is.
 * What is typed is kept by drafts.js until the row is saved.
 */
(function () {
    "use strict";

    document.addEventListener("keydown", function (event) {
        var entry = document.querySelector("form.quick-entry");
        if (entry && entry.contains(event.target) && event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            entry.querySelector(".quick-entry-add").click();
        }
    });
})();
