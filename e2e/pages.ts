// Page objects: what a reader does on each page, through roles and labels.
import { expect, type Locator, type Page } from "@playwright/test";

export const TEXT = "bruxelles-numerique";

export class ComparePage {
  constructor(readonly page: Page) {}

  async open(from: string, to: string, query = ""): Promise<void> {
    await this.page.goto(`/texts/${TEXT}/compare/${from}...${to}${query}`);
  }

  /** The comparison row of a provision, by its heading ("Art. 13 — …"). */
  row(heading: RegExp): Locator {
    return this.page.getByRole("region", { name: heading });
  }

  deleted(row: Locator): Locator {
    return row.getByRole("deletion");
  }

  inserted(row: Locator): Locator {
    return row.getByRole("insertion");
  }

  async chooseVersions(from: string, to: string): Promise<void> {
    await this.page.getByLabel("Version de départ").selectOption(from);
    await this.page.getByLabel("Version d’arrivée").selectOption(to);
    await this.page.getByRole("button", { name: "Comparer" }).click();
  }
}

export class VersionPage {
  constructor(readonly page: Page) {}

  async open(version: string, hash = ""): Promise<void> {
    await this.page.goto(`/texts/${TEXT}/versions/${version}${hash}`);
  }

  statusNote(): Locator {
    return this.page.getByRole("note", { name: "Statut du texte" });
  }

  provision(id: string): Locator {
    return this.page.locator(`[id="${id}"]`);
  }

  async expectHeading(name: RegExp): Promise<void> {
    await expect(this.page.getByRole("heading", { level: 1, name })).toBeVisible();
  }
}
