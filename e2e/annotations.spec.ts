import { expect, test } from "@playwright/test";
import { TEXT } from "./pages";
import { csrfToken, logIn } from "./editor";

test("a journalist opens the « et/ou » note, sees clause and commentary, and lands on the highlighted words", async ({ page, request }) => {
  await page.goto(`/texts/${TEXT}/notes/et-ou-apo2`);
  await expect(page.getByRole("heading", { level: 1, name: "Le guichet devient facultatif" })).toBeVisible();
  await expect(page.locator("figure mark")).toHaveText("et/ou");
  await expect(page.getByRole("heading", { name: "Commentaire", exact: true })).toBeVisible();
  // Its status in every version: none is dropped.
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(1 + 7);

  // Preview card: og:image points at a real PNG.
  const og = await page.locator('meta[property="og:image"]').getAttribute("content");
  expect(og).toBeTruthy();
  const image = await request.get(new URL(og as string).pathname + new URL(og as string).search);
  expect(image.headers()["content-type"]).toBe("image/png");
  const bytes = await image.body();
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  // The card and the canonical link carry the address the reader asked for (behind trusted
  // proxies, the public one: lib/http/client-address.test.ts and origin.test.ts).
  const origin = new URL(page.url()).origin;
  expect(og?.startsWith(`${origin}/texts/${TEXT}/notes/et-ou-apo2/opengraph-image`)).toBe(true);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${origin}/texts/${TEXT}/notes/et-ou-apo2`);
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute("content", `${origin}/texts/${TEXT}/notes/et-ou-apo2`);
  // No card for an annotation that does not exist.
  const none = await request.get(new URL(og as string).pathname.replace("et-ou-apo2", "nope"));
  expect(none.status()).toBe(404);

  await page.getByRole("link", { name: "Lire dans la version annotée" }).click();
  await expect(page).toHaveURL(/versions\/apo2-2023-06-22\?note=et-ou-apo2#hl-et-ou-apo2$/);
  const mark = page.locator("mark.hl.is-target");
  await expect(mark).toHaveText("et/ou");
  await expect(mark).toBeInViewport();
  await expect(page.locator("#note-et-ou-apo2")).toBeVisible();
});

test("every page a journalist may link to has its own preview card and canonical address", async ({ page, baseURL }) => {
  const og = (property: string) => page.locator(`meta[property="og:${property}"]`);
  const pages: [address: string, canonical: string, title: RegExp][] = [
    [`/texts/${TEXT}/compare/apo2-2023-06-22...projet-2023-09-28?view=inline`, `/texts/${TEXT}/compare/apo2-2023-06-22...projet-2023-09-28`, /seconde lecture → Projet/],
    [`/texts/${TEXT}/provisions/inclusion`, `/texts/${TEXT}/provisions/inclusion`, /^Historique — Art\. 13 — Bruxelles numérique$/],
    [`/texts/${TEXT}/phrases`, `/texts/${TEXT}/phrases`, /^Suivi des expressions — Bruxelles numérique$/],
    [`/texts/${TEXT}/all?ref=ordonnance-2024-01-25`, `/texts/${TEXT}/all?ref=ordonnance-2024-01-25`, /^Toutes les étapes/],
    [`/texts/${TEXT}/versions/ordonnance-2024-01-25`, `/texts/${TEXT}/versions/ordonnance-2024-01-25`, /Bruxelles numérique$/],
    [`/texts/${TEXT}/provisions`, `/texts/${TEXT}/provisions`, /^Dispositions × versions/],
  ];
  for (const [address, canonical, title] of pages) {
    await page.goto(address);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${baseURL}${canonical}`);
    await expect(og("url")).toHaveAttribute("content", `${baseURL}${canonical}`);
    await expect(og("title")).toHaveAttribute("content", title);
    await expect(og("site_name")).toHaveAttribute("content", "Palimpseste");
    // Each card names the text it is about.
    await expect(og("description")).toHaveAttribute("content", /^Bruxelles numérique/);
  }
  // Any client reads the card in <head>, not only the bots Next knows (Mastodon, Signal, curl).
  const html = await (await page.request.get(`/texts/${TEXT}/provisions/inclusion`, { headers: { "User-Agent": "curl/8.5.0" } })).text();
  const head = html.slice(0, html.indexOf("</head>"));
  expect(head).toContain('property="og:title"');
  expect(head).toContain('rel="canonical"');
  // A note on words of our summary: its card does not set them in guillemets as the law's.
  await page.goto(`/texts/${TEXT}/notes/mesures-alternatives-acte`);
  await expect(og("title")).toHaveAttribute("content", /^Des «\smesures alternatives\s».* — Bruxelles numérique$/);
  await expect(og("description")).toHaveAttribute("content", /^Sur «\smesures alternatives\s» \(mots de notre résumé/);
  await expect(og("description")).toHaveAttribute("content", /mots de notre résumé, pas du texte officiel/);
});

test("a note follows its words when its alinéa became a paragraph: « charge disproportionnée » into the voted text's § 8", async ({ page }) => {
  await page.goto(`/texts/${TEXT}/notes/charge-disproportionnee-projet`);
  for (const stage of [/13 décembre 2023/, /25 janvier 2024/, /25 septembre 2025/]) {
    const row = page.getByRole("row", { name: stage });
    await expect(row).not.toContainText("absents");
    await expect(row).toContainText("charge disproportionnée");
  }
  // The voted text no longer lists it among the notes whose words it lacks.
  await page.goto(`/texts/${TEXT}/versions/ordonnance-2024-01-25`);
  const lost = page.getByRole("region", { name: /Commentaires sans ancrage/ });
  await expect(lost).toBeVisible(); // (other notes still lack their words there)
  await expect(lost.getByRole("link", { name: /charge.*dès le projet/ })).toHaveCount(0);
});

test("the text's notes are listed, each with its words, version and citation, and link to their page", async ({ page }) => {
  await page.goto(`/texts/${TEXT}`);
  await page.getByRole("link", { name: "Tous les commentaires" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Commentaires" })).toBeVisible();
  const item = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Le guichet devient facultatif" }) });
  await expect(item).toContainText("et/ou");
  await expect(item).toContainText("Avant-projet d'ordonnance, seconde lecture");
  await expect(item).toContainText("art. ?, al. 2");
  await item.getByRole("link", { name: "Le guichet devient facultatif" }).click();
  await expect(page).toHaveURL(new RegExp(`/texts/${TEXT}/notes/et-ou-apo2$`));
});

test("from a note, the compare link lands on the highlighted words in the comparison", async ({ page }) => {
  await page.goto(`/texts/${TEXT}/notes/mesures-alternatives-acte`);
  await page.getByRole("row", { name: /Article 13 tel que lu/ }).getByRole("link", { name: "comparer" }).click();
  await expect(page).toHaveURL(/compare\/ordonnance-2024-01-25\.\.\.arret-2025-09-25\?note=mesures-alternatives-acte#art-13$/);
  const mark = page.locator("a.hl.is-target mark").first();
  await expect(mark).toContainText("mesures alternatives");
  await expect(mark).toBeInViewport();
});

test("an orphaned or deleted annotation is listed on the version page, never dropped", async ({ page }) => {
  await page.goto(`/texts/${TEXT}/versions/projet-2023-09-28`);
  const lost = page.getByRole("region", { name: "Commentaires sans ancrage dans cette version" });
  await expect(lost.getByRole("link", { name: "Le guichet devient facultatif" })).toBeVisible();
});

test("an editor annotates a phrase by keyboard only and sees it re-anchored in the next version", async ({ page }) => {
  await logIn(page);
  await page.goto(`/texts/${TEXT}/versions/apo2-2023-06-22`);
  const form = page.getByRole("region", { name: "Annoter un passage" });
  await form.getByLabel("Disposition").focus();
  await page.keyboard.press("Home");
  await expect(form.getByLabel("Disposition")).toHaveValue("art-inconnu-1__al-1");
  await page.keyboard.press("Tab");
  await page.keyboard.type("un moyen d'agir autrement qu'en ligne");
  await page.keyboard.press("Tab");
  await page.keyboard.type("Un moyen d'agir hors ligne");
  await page.keyboard.press("Tab");
  await page.keyboard.press("End");
  await page.keyboard.press("Tab");
  await page.keyboard.type("Note de test écrite **au clavier**.");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/versions\/apo2-2023-06-22\?note=un-moyen-d-agir-hors-ligne-[0-9a-f]{6}#hl-/);
  const note = page.getByRole("complementary", { name: "Un moyen d'agir hors ligne" });
  await expect(note).toBeVisible();
  // Shown typeset (’), the stored words keep their apostrophes.
  await expect(page.locator("mark.hl.is-target")).toHaveText("un moyen d’agir autrement qu’en ligne");

  await page.goto(`/texts/${TEXT}/versions/projet-2023-09-28`);
  const carried = page.getByRole("complementary", { name: "Un moyen d'agir hors ligne" });
  await expect(carried).toBeVisible();
  // These words are our paraphrase of the draft (a summary line), not the law's: the note says so
  // instead of calling them « inchangés ».
  await expect(carried).toContainText("mots retrouvés seulement dans notre résumé de cette version");
});

test("an editor selects words that already carry a note, with the mouse, to annotate them again", async ({ page }) => {
  await logIn(page);
  await page.goto(`/texts/${TEXT}/versions/apo2-2023-06-22`);
  const mark = page.locator('mark.hl[data-notes~="et-ou-apo2"]');
  // The words are not a link: a drag across them selects them.
  await expect(page.locator("a mark, a .hl")).toHaveCount(0);
  await mark.scrollIntoViewIfNeeded();
  const box = await mark.boundingBox();
  if (!box) throw new Error("the highlighted words are not on screen");
  await page.mouse.move(box.x + 1, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width - 1, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  const form = page.getByRole("region", { name: "Annoter un passage" });
  await expect(form.getByLabel("Mots annotés")).toHaveValue("et/ou");
  await expect(form.getByLabel("Disposition")).toHaveValue("art-inconnu-1__al-2");
  await expect(form).toContainText("Sélection : art. ?, al. 2, «\u00a0et/ou\u00a0»");
  // The note stays one click away, beside its words.
  await page.locator("#art-inconnu-1__al-2").getByRole("link", { name: "note « Le guichet devient facultatif »" }).click();
  await expect(page).toHaveURL(/#note-et-ou-apo2$/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a rejected annotation comes back with its error and everything the editor typed", async ({ page }) => {
    await logIn(page);
    await page.goto(`/texts/${TEXT}/versions/apo2-2023-06-22`);
    const form = page.getByRole("region", { name: "Annoter un passage" });
    await form.getByLabel("Mots annotés").fill("des mots absents de cette disposition");
    await form.getByLabel("Titre").fill("Titre à garder");
    await form.getByLabel("Catégorie").selectOption("flou juridique");
    const body = "Un long commentaire, **écrit avec soin**, qu’il ne faut pas perdre.\nDeuxième ligne.";
    await form.getByLabel("Commentaire").fill(body);
    await form.getByRole("button", { name: "Publier l’annotation" }).click();
    const back = page.getByRole("region", { name: "Annoter un passage" });
    await expect(back.getByRole("alert")).toBeVisible();
    await expect(back.getByLabel("Mots annotés")).toHaveValue("des mots absents de cette disposition");
    await expect(back.getByLabel("Titre")).toHaveValue("Titre à garder");
    await expect(back.getByLabel("Catégorie")).toHaveValue("flou juridique");
    await expect(back.getByLabel("Commentaire")).toHaveValue(body);
    // The message is French and cites the provision as readers do, never its path id.
    await expect(back.getByRole("alert")).toContainText("Mots annotés : «\u00a0des mots absents de cette disposition\u00a0» ne figure pas dans l’art. ?, al. 1er de cette version.");
    // A link someone else made cannot put its words in an editor's form.
    for (const forged of [`?error=${encodeURIComponent("Le site a déménagé.")}&title=Faux&sig=abc`, "?draft=AAAAAAAAAAAAAAAAAAAAAAAA"]) {
      await page.goto(`/texts/${TEXT}/versions/apo2-2023-06-22${forged}#annoter`);
      const form = page.getByRole("region", { name: "Annoter un passage" });
      await expect(form.getByLabel("Titre")).toHaveValue("");
      await expect(form.getByRole("alert")).toHaveCount(0);
      await expect(page.getByText("Le site a déménagé.")).toHaveCount(0);
    }
  });

  test("a 25,200-character commentary is refused with its length and the limit, and comes back whole", async ({ page }) => {
    await logIn(page);
    // No internal role name in the header.
    const header = page.getByRole("banner");
    await expect(header).toContainText("Éditrice de test — édition");
    await expect(header).not.toContainText("(editor)");
    await page.goto(`/texts/${TEXT}/versions/apo2-2023-06-22`);
    const form = page.getByRole("region", { name: "Annoter un passage" });
    // The limit is said before sending, without JavaScript too.
    await expect(form).toContainText("20\u202f000 caractères au plus");
    const body = `${"Une phrase d’un long commentaire. ".repeat(800)}`.slice(0, 25_199) + "!";
    await form.getByLabel("Mots annotés").fill("moyen d'agir");
    await form.getByLabel("Titre").fill("Un commentaire trop long");
    await form.getByLabel("Commentaire").fill(body);
    await form.getByRole("button", { name: "Publier l’annotation" }).click();
    const back = page.getByRole("region", { name: "Annoter un passage" });
    await expect(back.getByRole("alert")).toHaveText("Commentaire : 25\u202f200 caractères, pour 20\u202f000 au plus (5\u202f200 de trop).");
    await expect(back.getByLabel("Commentaire")).toHaveValue(body);
    await expect(back.getByLabel("Titre")).toHaveValue("Un commentaire trop long");
    // Shortened, it goes through, and the kept draft is not offered again.
    const draftAddress = page.url();
    await back.getByLabel("Commentaire").fill(body.slice(0, 19_000));
    await back.getByRole("button", { name: "Publier l’annotation" }).click();
    await expect(page).toHaveURL(/\?note=un-commentaire-trop-long-[0-9a-f]{6}#hl-/);
    await page.goto(draftAddress);
    await expect(page.getByRole("region", { name: "Annoter un passage" }).getByLabel("Commentaire")).toHaveValue("");
  });

  test("a refused change to a note keeps the new words, with a French message", async ({ page }) => {
    await logIn(page);
    // A note of the editor's own (an editor changes only the notes they wrote).
    const created = await page.request.post(`/api/v1/texts/${TEXT}/annotations`, {
      headers: { "content-type": "application/json", "x-csrf-token": await csrfToken(page) },
      data: { version: "apo2-2023-06-22", provision: "art-inconnu-1__al-1", exact: "moyen d'agir", title: "À modifier", category: "note", body: "Premier jet." },
    });
    expect(created.status()).toBe(201);
    await page.goto(((await created.json()) as { id: string }).id);
    const tools = page.getByRole("region", { name: "Modifier (éditeurs)" });
    const body = `Une nouvelle version du commentaire, à garder. ${"x".repeat(20_000)}`;
    await tools.getByLabel("Commentaire").fill(body);
    await tools.getByRole("button", { name: "Enregistrer" }).click();
    const back = page.getByRole("region", { name: "Modifier (éditeurs)" });
    await expect(back.getByRole("alert")).toHaveText("Commentaire : 20\u202f047 caractères, pour 20\u202f000 au plus (47 de trop).");
    await expect(back.getByLabel("Commentaire")).toHaveValue(body);
  });

  test("a form sent after the session ended says so, on each page with an editor's form", async ({ page, context }) => {
    const forms = [
      { address: `/texts/${TEXT}/versions/apo2-2023-06-22`, region: "Annoter un passage", button: "Publier l’annotation", fill: async () => {
        const form = page.getByRole("region", { name: "Annoter un passage" });
        await form.getByLabel("Mots annotés").fill("et/ou");
        await form.getByLabel("Titre").fill("Un titre");
        await form.getByLabel("Commentaire").fill("Un commentaire.");
      } },
      { address: `/texts/${TEXT}/phrases`, region: "Suivre une expression", button: "Ajouter", fill: async () => {
        await page.getByRole("region", { name: "Suivre une expression" }).getByLabel("Expression").fill("guichet");
      } },
      { address: `/texts/${TEXT}/notes/et-ou-apo2`, region: "Modifier (éditeurs)", button: "Enregistrer", fill: async () => {} },
    ];
    for (const { address, region, button, fill } of forms) {
      await logIn(page);
      await page.goto(address);
      await fill();
      await context.clearCookies(); // the session ends while the form is open
      await page.getByRole("region", { name: region }).getByRole("button", { name: button }).click();
      const notice = page.getByRole("region", { name: region });
      await expect(notice.getByRole("alert")).toContainText("Votre session a expiré");
      // Back to the form's place on the page after signing in.
      const signIn = await notice.getByRole("link", { name: "Se connecter" }).getAttribute("href");
      expect(decodeURIComponent(signIn ?? "")).toMatch(new RegExp(`^/login\\?next=${address.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}#[a-z-]+$`));
    }
    // A reader who follows a link with some other code or words is told nothing.
    for (const error of [encodeURIComponent("Appelez le 0800"), "bad_credentials"]) {
      await page.goto(`/texts/${TEXT}/phrases?error=${error}`);
      await expect(page.locator("main").getByRole("alert")).toHaveCount(0);
    }
  });
});

test("the compare page lists every annotation with what became of its words on each side", async ({ page }) => {
  await page.goto(`/texts/${TEXT}/compare/apo2-2023-06-22...projet-2023-09-28`);
  const table = page.getByRole("region", { name: "Commentaires et leurs mots dans ces deux versions" });
  const row = table.getByRole("row", { name: /Le guichet devient facultatif/ });
  await expect(row.getByRole("cell").nth(0)).toContainText("inchangés");
  // The projet is known only through excerpts: its words are "absent from the known text", not deleted.
  await expect(row.getByRole("cell").nth(1)).toContainText("absents du texte connu");
  // « surligner » stands where the words are (APO2), and leads to their row of the comparison.
  await expect(row.getByRole("cell").nth(1).getByRole("link")).toHaveCount(0);
  const highlight = row.getByRole("cell").nth(0).getByRole("link", { name: /surligner/ });
  await expect(highlight).toHaveAttribute("href", /\?note=et-ou-apo2#art-13$/);
  await highlight.click();
  await expect(page.locator('[id="art-13"] mark').first()).toBeInViewport();
  // A note written on the 2024 act is not commentary of the 2023 drafts: neither column shows it.
  const court = table.getByRole("row", { name: /Les trois canaux sont dus ensemble/ });
  await expect(court.getByRole("rowheader")).toContainText("écrit sur «\u00a0Décret et ordonnance conjoints du 25 janvier 2024");
  for (const side of [0, 1]) {
    await expect(court.getByRole("cell").nth(side)).toHaveText("version antérieure au commentaire");
    await expect(court.getByRole("cell").nth(side).getByRole("link")).toHaveCount(0);
  }
});

test("a note is shown on its own version and the later ones, and only listed, « à propos de » its version, on earlier ones", async ({ page }) => {
  // The Court's reading, written on the 2024 act: not on the words of the June 2023 draft.
  await page.goto(`/texts/${TEXT}/versions/apo2-2023-06-22`);
  await expect(page.getByRole("complementary", { name: "Les trois canaux sont dus ensemble" })).toHaveCount(0);
  await expect(page.locator('mark[data-notes~="cour-trois-canaux-cumulatifs"]')).toHaveCount(0);
  const later = page.getByRole("region", { name: "Commentaires écrits sur une version ultérieure" });
  await expect(later).toContainText("il ne commente pas ce texte-ci");
  const item = later.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Les trois canaux sont dus ensemble" }) });
  await expect(item).toContainText("à propos de la version du 25 janvier 2024");
  // On a later version, it says which version it was written on.
  await page.goto(`/texts/${TEXT}/versions/arret-2025-09-25`);
  const aside = page.getByRole("complementary", { name: "Les trois canaux sont dus ensemble" });
  await expect(aside).toContainText("Écrit sur Décret et ordonnance conjoints du 25 janvier 2024");
  await expect(aside.getByRole("link", { name: /^Décret et ordonnance conjoints/ })).toHaveAttribute("href", /versions\/ordonnance-2024-01-25\?note=cour-trois-canaux-cumulatifs#hl-/);
  // On its own version, no such line.
  await page.goto(`/texts/${TEXT}/versions/ordonnance-2024-01-25`);
  await expect(page.getByRole("complementary", { name: "Les trois canaux sont dus ensemble" })).not.toContainText("Écrit sur");
  // Its page says the rule, and marks the versions before its own.
  await page.goto(`/texts/${TEXT}/notes/cour-trois-canaux-cumulatifs`);
  await expect(page.getByText("Il accompagne cette version et les suivantes")).toBeVisible();
  await expect(page.getByRole("row", { name: /seconde lecture/ })).toContainText("version antérieure au commentaire");
});

test("the commentary's counter says how many characters are left over, as the editor types", async ({ page }) => {
  await logIn(page);
  await page.goto(`/texts/${TEXT}/versions/apo2-2023-06-22`);
  const form = page.getByRole("region", { name: "Annoter un passage" });
  await form.getByLabel("Commentaire").fill("x".repeat(20_010));
  await expect(form.getByTestId("annotate-body-count")).toHaveText("20\u202f010 / 20\u202f000 caractères : 10 de trop, raccourcissez avant de publier");
  await form.getByLabel("Commentaire").fill("Court.");
  await expect(form.getByTestId("annotate-body-count")).toHaveText("6 / 20\u202f000 caractères");
});

test("a note's preview card says its commentary in the page's words, without the markup the page drops", async ({ page }) => {
  await logIn(page);
  const csrf = await csrfToken(page);
  const response = await page.request.post(`/api/v1/texts/${TEXT}/annotations`, {
    headers: { "content-type": "application/json", "x-csrf-token": csrf },
    data: { version: "apo2-2023-06-22", provision: "art-inconnu-1__al-1", exact: "moyen d'agir", title: "Balises", category: "note", body: "Avant.\n\n<script>alert(1)</script>\n\nAprès **gras**." },
  });
  expect(response.status()).toBe(201);
  const { id } = (await response.json()) as { id: string };
  await page.goto(id);
  for (const meta of ['meta[property="og:description"]', 'meta[name="twitter:description"]', 'meta[name="description"]']) {
    const content = await page.locator(meta).getAttribute("content");
    expect(content).toMatch(/Avant\. Après gras\.$/);
    expect(content).not.toMatch(/script|alert|&lt;|</);
  }
});

