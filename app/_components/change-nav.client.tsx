"use client";

import { useEffect, useState } from "react";

const STORAGE_KEY = "palimpseste.shortcuts";

/**
 * Keyboard shortcuts for the comparison: "j" / "n" next change, "k" / "p" previous change.
 * The links they follow are ordinary anchors, so the same navigation works without JavaScript.
 * `label` names the switch that turns them off, in the interface's language.
 */
export function ChangeShortcutsClient({ label }: { label: string }) {
  // WCAG 2.1.4: single-key shortcuts can be turned off (remembered on this device).
  const [enabled, setEnabled] = useState(true);
  // Offered only once the script runs: without JavaScript the keys would do nothing (the
  // « suivant » / « précédent » links still work).
  const [running, setRunning] = useState(false);
  useEffect(() => {
    setEnabled(window.localStorage.getItem(STORAGE_KEY) !== "off");
    setRunning(true);
  }, []);
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const t = e.target as HTMLElement | null;
      if (t && (t.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(t.tagName))) return;
      const dir = e.key === "j" ? 1 : e.key === "k" ? -1 : 0;
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
  }, [enabled]);
  if (!running) return null;
  return (
    <label className="form-hint no-print">
      <input
        type="checkbox"
        checked={enabled}
        onChange={(e) => {
          setEnabled(e.target.checked);
          window.localStorage.setItem(STORAGE_KEY, e.target.checked ? "on" : "off");
        }}
      />{" "}
      {label}
    </label>
  );
}
