export function NotFoundBody() {
  return (
    <>
      <h1>Page introuvable</h1>
      <p>Ce texte, cette version, cette comparaison ou ce commentaire n&rsquo;existe pas (ou plus) à cette adresse.</p>
      <p>
        <a href="/">Retour à la liste des textes</a>
      </p>
    </>
  );
}
