// Keyboard shortcuts for the queue and review pages. Served from 'self' so the CSP needs no inline script.
(function () {
  "use strict";
  const rows = Array.from(document.querySelectorAll("table.queue tbody tr"));
  let selected = -1;
  function select(i) {
    if (rows.length === 0) return;
    selected = Math.max(0, Math.min(rows.length - 1, i));
    rows.forEach((r, n) => r.classList.toggle("selected", n === selected));
    rows[selected].scrollIntoView({ block: "nearest" });
  }
  const byId = (id) => document.getElementById(id);
  const typing = (e) => e.target instanceof HTMLTextAreaElement || e.target instanceof HTMLSelectElement
    || (e.target instanceof HTMLInputElement && e.target.type !== "checkbox");
  function focus(id) { const el = byId(id); if (el) { el.focus(); if (el.select) el.select(); } return !!el; }
  function click(id) { const el = byId(id); if (el) el.click(); return !!el; }
  // Alt+letter on the review page: act (topics, next) or move focus to the field an action needs (reason, assignee).
  const altKeys = { t: () => click("set-topics"), c: () => focus("close-reason"), e: () => focus("escalate-reason"),
                    a: () => focus("assignee"), n: () => click("next"), p: () => click("check"),
                    h: () => focus("holding-text") };
  const all = byId("select-all");
  if (all) all.addEventListener("change", () => rows.forEach((r) => { const box = r.querySelector("input[type=checkbox]"); if (box) box.checked = all.checked; }));
  document.addEventListener("keydown", (e) => {
    // In the holding reply's text, Ctrl+Enter approves that reply, never the full draft.
    if ((e.ctrlKey || e.metaKey) && e.key === "Enter" && e.target === byId("holding-text")) { e.preventDefault(); click("holding-approve"); return; }
    if ((e.ctrlKey || e.metaKey) && e.key === "Enter" && byId("approve")) { e.preventDefault(); click("approve"); return; }
    if ((e.ctrlKey || e.metaKey) && (e.key === "s" || e.key === "S") && byId("save")) { e.preventDefault(); click("save"); return; }
    if (e.altKey && !e.ctrlKey && !e.metaKey) {
      const action = altKeys[(e.code || "").replace("Key", "").toLowerCase()];
      if (action && action()) e.preventDefault();
      return;
    }
    // Enter in the assignee list assigns (a select does not submit its form by itself).
    if (e.key === "Enter" && e.target === byId("assignee")) { e.preventDefault(); click("assign"); return; }
    if (typing(e) || e.ctrlKey || e.metaKey) return;
    if (e.key === "x" && selected >= 0) { const box = rows[selected].querySelector("input[type=checkbox]"); if (box) box.checked = !box.checked; }
    else if (e.key === "A" && e.shiftKey) { click("batch-approve"); }
    else if (e.key === "j") { select(selected + 1); }
    else if (e.key === "k") { select(selected - 1); }
    else if (e.key === "Enter" && selected >= 0) { rows[selected].querySelector("a[data-row-link]").click(); }
    else if (e.key === "Escape" && byId("draft-form")) { window.location.href = "/"; }
  });
  // Lets the browser tests (and anything else) know the keys are live before they press them.
  document.documentElement.dataset.shortcuts = "ready";
})();
