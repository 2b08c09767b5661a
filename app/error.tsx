"use client";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <>
      <h1>Une erreur est survenue</h1>
      <p>La page n&rsquo;a pas pu être affichée. Réessayez dans un instant ; si le problème persiste, signalez-le.</p>
      <button type="button" onClick={() => reset()}>
        Réessayer
      </button>
    </>
  );
}
