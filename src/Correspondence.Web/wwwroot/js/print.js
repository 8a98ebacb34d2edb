// The weekly report's Print button (no inline script: the CSP forbids it).
document.querySelectorAll('[data-print]').forEach(b => b.addEventListener('click', () => window.print()));
