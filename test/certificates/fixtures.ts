import type { CalendarDate } from "../../src/calendar/calendar-date.js";
import type { Certificate } from "../../src/certificates/index.js";

/** A valid 4★ provincial certificate issued on `issuedOn`, with optional overrides. */
export function makeCertificate(issuedOn: CalendarDate, overrides: Partial<Certificate> = {}): Certificate {
  return {
    product: { name: "Chè búp Tân Cương" },
    holder: { name: "HTX Chè Tân Cương" },
    stars: 4,
    score: 78.5,
    decisionNumber: "1234/QĐ-UBND",
    issuedOn,
    issuer: { level: "province", name: "UBND tỉnh Thái Nguyên" },
    locality: { province: "Thái Nguyên", commune: "Tân Cương" },
    ...overrides,
  };
}
