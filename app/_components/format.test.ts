import { describe, expect, it } from "vitest";
import { formatDate } from "./format";

describe("formatDate", () => {
  it("writes French dates, the first of the month as « 1er »", () => {
    expect(formatDate(new Date(Date.UTC(2024, 1, 1)))).toBe("1er février 2024");
    expect(formatDate(new Date(Date.UTC(2024, 0, 25)))).toBe("25 janvier 2024");
    expect(formatDate(new Date(Date.UTC(2023, 2, 11)))).toBe("11 mars 2023");
    expect(formatDate(new Date(Date.UTC(2024, 1, 1)), "month")).toBe("février 2024");
  });
});
