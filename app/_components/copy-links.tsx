"use client";

import { useEffect, useState } from "react";

/**
 * « Copier le lien » beside each provision's anchor link. The buttons are rendered hidden by the
 * server (ProvisionTree) and shown here, once the script runs: without JavaScript the anchor links
 * (« ¶ ») still give each provision's address. One listener serves every button of the page.
 * `words` are what it says once a link is copied (or could not be), before the link, in the
 * interface's language.
 */
export function CopyLinks({ words }: { words: { copied: string; failed: string } }) {
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
        .then(() => setSaid(`${words.copied}${url}`))
        .catch(() => setSaid(`${words.failed}${url}`));
    };
    document.addEventListener("click", onClick);
    return () => {
      document.removeEventListener("click", onClick);
      for (const b of buttons) b.hidden = true;
    };
  }, [words.copied, words.failed]);
  return (
    <p className="sr-only" role="status">
      {said}
    </p>
  );
}
