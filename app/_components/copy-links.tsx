"use client";

import { useEffect, useState } from "react";

/**
 * « Copier le lien » beside each provision's anchor link. The buttons are rendered hidden by the
 * server (ProvisionTree) and shown here, once the script runs: without JavaScript the anchor links
 * (« ¶ ») still give each provision's address. One listener serves every button of the page.
 */
export function CopyLinks() {
  const [said, setSaid] = useState("");
  useEffect(() => {
    const buttons = [...document.querySelectorAll<HTMLButtonElement>("button.prov-copy")];
    for (const b of buttons) b.hidden = false;
    const onClick = (e: MouseEvent) => {
      const button = (e.target as HTMLElement | null)?.closest<HTMLButtonElement>("button.prov-copy");
      const id = button?.dataset.target;
      if (!button || !id) return;
      const url = `${window.location.origin}${window.location.pathname}#${id}`;
      navigator.clipboard
        .writeText(url)
        .then(() => setSaid(`Lien copié : ${url}`))
        .catch(() => setSaid(`Copie impossible ; le lien est : ${url}`));
    };
    document.addEventListener("click", onClick);
    return () => {
      document.removeEventListener("click", onClick);
      for (const b of buttons) b.hidden = true;
    };
  }, []);
  return (
    <p className="sr-only" role="status">
      {said}
    </p>
  );
}
