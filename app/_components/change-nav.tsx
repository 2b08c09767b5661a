"use client";

import { useEffect } from "react";

/**
 * Keyboard shortcuts for the comparison: "j" / "n" next change, "k" / "p" previous change.
 * The links they follow are ordinary anchors, so the same navigation works without JavaScript.
 */
export function ChangeShortcuts() {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const t = e.target as HTMLElement | null;
      if (t && (t.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(t.tagName))) return;
      const dir = e.key === "j" || e.key === "n" ? 1 : e.key === "k" || e.key === "p" ? -1 : 0;
      if (!dir) return;
      const rows = [...document.querySelectorAll<HTMLElement>("[data-change-index]")];
      if (rows.length === 0) return;
      const current = rows.findIndex((r) => `#${r.id}` === window.location.hash);
      const next = current < 0 ? (dir > 0 ? 0 : rows.length - 1) : Math.min(rows.length - 1, Math.max(0, current + dir));
      const row = rows[next];
      if (!row) return;
      e.preventDefault();
      window.location.hash = row.id;
      row.querySelector<HTMLElement>("h3")?.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);
  return null;
}
