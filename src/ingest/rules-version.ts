// The version of the counting rules: what a row's countries, participants, dates and sector mean.
// Written into every report (source.rulesVersion), so figures of two quarters are compared only when
// they were counted alike (src/domain/comparison.ts). Bump it with any change that makes the same
// source file count differently; a change that only reads more files correctly does not need it.
// 2: countries follow the roles of issue 14 (a country only named — row 13 of 2026-q1 — no longer counts).
export const COUNTING_RULES_VERSION = 2;
