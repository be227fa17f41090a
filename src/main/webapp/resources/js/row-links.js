/*
 * A table marked "opens-rows" opens a row's record when the row is clicked anywhere, as its link in the first
 * column (a.row-open) does; the link itself is what the keyboard and screen readers use. A click on another
 * link, a button, a field or a selection box in the row keeps its own meaning, and a text selection is left be.
 */
document.addEventListener('click', function (event) {
    var row = event.target.closest('table.opens-rows tbody tr, .opens-rows table tbody tr');
    if (!row || event.target.closest('a, button, input, select, textarea, label, .ui-chkbox')) {
        return;
    }
    if (window.getSelection && String(window.getSelection()).length > 0) {
        return;
    }
    var link = row.querySelector('a.row-open');
    if (!link) {
        return;
    }
    if (event.ctrlKey || event.metaKey || event.button === 1) {
        window.open(link.href, '_blank');
    } else {
        window.location.href = link.href;
    }
});
