export default function NotFound() {
  return (
    <>
      <h1>Page introuvable</h1>
      <p>Ce texte, cette version ou cette comparaison n&rsquo;existe pas (ou plus) à cette adresse.</p>
      <p>
        <a href="/">Retour à la liste des textes</a>
      </p>
    </>
  );
}
