import { describe, expect, it } from "vitest";
import { isUnreachable } from "./db";

// The shapes met when PostgreSQL stopped under a running server (driver adapter 6.19, pg 8).
describe("isUnreachable", () => {
  it("knows a stopped, stopping or starting server and a dead connection", () => {
    const adapter = (cause: object) => Object.assign(new Error("Raw query failed"), { code: "P2010", meta: { driverAdapterError: { name: "DriverAdapterError", cause } } });
    expect(isUnreachable(adapter({ kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5432 }))).toBe(true);
    expect(isUnreachable(adapter({ kind: "postgres", code: "57P01", message: "terminating connection due to administrator command" }))).toBe(true);
    expect(isUnreachable(adapter({ kind: "postgres", code: "57P03", message: "the database system is starting up" }))).toBe(true);
    expect(isUnreachable(Object.assign(new Error("Can't reach database server"), { code: "P1001" }))).toBe(true);
    expect(isUnreachable(new Error("Client has encountered a connection error and is not queryable"))).toBe(true);
    expect(isUnreachable(new Error("Connection terminated unexpectedly"))).toBe(true);
  });

  it("leaves refused queries and other failures alone", () => {
    const adapter = (cause: object) => Object.assign(new Error("x"), { code: "P2010", meta: { driverAdapterError: { cause } } });
    expect(isUnreachable(adapter({ kind: "UniqueConstraintViolation" }))).toBe(false);
    expect(isUnreachable(adapter({ kind: "postgres", code: "40P01", message: "deadlock detected" }))).toBe(false);
    expect(isUnreachable(Object.assign(new Error("Unique constraint failed"), { code: "P2002" }))).toBe(false);
    expect(isUnreachable(new TypeError("x is undefined"))).toBe(false);
    expect(isUnreachable(null)).toBe(false);
  });
});
