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
  const typing = (e) => e.target instanceof HTMLTextAreaElement || e.target instanceof HTMLInputElement;
  document.addEventListener("keydown", (e) => {
    const approve = document.getElementById("approve");
    const save = document.getElementById("save");
    if ((e.ctrlKey || e.metaKey) && e.key === "Enter" && approve) { e.preventDefault(); approve.click(); return; }
    if ((e.ctrlKey || e.metaKey) && (e.key === "s" || e.key === "S") && save) { e.preventDefault(); save.click(); return; }
    const check = document.getElementById("check");
    if (e.altKey && (e.key === "p" || e.key === "P") && check) { e.preventDefault(); check.click(); return; }
    const setTopics = document.getElementById("set-topics");
    if (e.altKey && (e.key === "t" || e.key === "T") && setTopics) { e.preventDefault(); setTopics.click(); return; }
    if (typing(e) || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === "j") { select(selected + 1); }
    else if (e.key === "k") { select(selected - 1); }
    else if (e.key === "Enter" && selected >= 0) { rows[selected].querySelector("a[data-row-link]").click(); }
    else if (e.key === "Escape" && document.getElementById("draft-form")) { window.location.href = "/"; }
  });
})();
