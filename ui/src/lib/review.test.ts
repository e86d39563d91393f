import { describe, expect, it } from "vitest";
import type { ReviewComment } from "../api/bindings";
import {
  MAX_RESPONSE,
  answerProblem,
  canApply,
  filterComments,
  itemCommentsHeading,
  newEntries,
  optional,
  placeOf,
  previewRows,
  replaceComment,
  reviewCounts,
  reviewerCounts,
  reviewerKey,
} from "./review";
import { messages } from "./messages";

function comment(id: string, extra: Partial<ReviewComment> = {}): ReviewComment {
  return {
    id: id.padEnd(32, "0"),
    item: "SIM-08",
    section: null,
    kind: "comment",
    author: "T. Mokoena",
    organisation: "Central Bank",
    at: "2027-01-12T10:04:00Z",
    text: "Say which SIM swaps need a waiting period.",
    anchor_text: "Operators shall verify",
    replies: [],
    resolved: false,
    source_file: "returned.docx",
    source_version: "0.2",
    disposition: null,
    response: null,
    responded_by: null,
    responded_at: null,
    ...extra,
  };
}

const list: ReviewComment[] = [
  comment("a"),
  comment("b", { disposition: "accepted", response: "Done." }),
  comment("c", { author: "Vodacom legal", organisation: null, resolved: true }),
  comment("d", { author: "Vodacom legal", organisation: null, disposition: "rejected", response: "Out of scope." }),
];

describe("filters", () => {
  it("open shows only comments without a disposition, resolved in Word included", () => {
    const open = filterComments(list, { state: "open", reviewer: null });
    expect(open.map((c) => c.id[0])).toEqual(["a", "c"]);
  });

  it("answered shows only comments with a disposition", () => {
    expect(filterComments(list, { state: "answered", reviewer: null }).map((c) => c.id[0])).toEqual(["b", "d"]);
  });

  it("by reviewer combines with the state", () => {
    expect(filterComments(list, { state: "all", reviewer: "Vodacom legal" }).map((c) => c.id[0])).toEqual(["c", "d"]);
    expect(filterComments(list, { state: "open", reviewer: "T. Mokoena (Central Bank)" }).map((c) => c.id[0])).toEqual(["a"]);
    expect(filterComments(list, { state: "answered", reviewer: "Nobody" })).toEqual([]);
  });
});

describe("counts", () => {
  it("counts open and answered", () => {
    expect(reviewCounts(list)).toEqual({ total: 4, open: 2, answered: 2 });
    expect(reviewCounts([])).toEqual({ total: 0, open: 0, answered: 0 });
  });

  it("lists each reviewer once, by name, with totals and open", () => {
    expect(reviewerCounts(list)).toEqual([
      { reviewer: "T. Mokoena (Central Bank)", total: 2, open: 1 },
      { reviewer: "Vodacom legal", total: 2, open: 1 },
    ]);
    expect(reviewerKey(list[2] as ReviewComment)).toBe("Vodacom legal");
  });

  it("heads an item's comments with how many are open and answered; resolved in Word is still open", () => {
    const onItem = [comment("a", { resolved: true }), comment("b", { disposition: "noted" }), comment("c")];
    expect(itemCommentsHeading(onItem)).toBe("Reviewers' comments: 2 open · 1 answered");
    const answered = replaceComment(onItem, { ...(onItem[0] as ReviewComment), disposition: "accepted" });
    expect(itemCommentsHeading(answered)).toBe("Reviewers' comments: 1 open · 2 answered");
  });
});

describe("where a comment sits", () => {
  it("names the item, else the section, else the document", () => {
    expect(placeOf({ item: "SIM-08", section: 3 })).toBe("SIM-08");
    expect(placeOf({ item: null, section: 3 })).toBe("Section 3");
    expect(placeOf({ item: null, section: null })).toBe(messages.reviewOnDocument);
  });

  it("offers suggested wording only for changes on an item", () => {
    expect(canApply({ kind: "insertion", item: "SIM-08" })).toBe(true);
    expect(canApply({ kind: "deletion", item: "SIM-08" })).toBe(true);
    expect(canApply({ kind: "edit", item: "SIM-08" })).toBe(true);
    expect(canApply({ kind: "comment", item: "SIM-08" })).toBe(false);
    expect(canApply({ kind: "insertion", item: null })).toBe(false);
  });
});

describe("answer validation", () => {
  it("needs a disposition", () => {
    expect(answerProblem(null, "", false)).toBe(messages.reviewChooseDisposition);
  });

  it("needs a response when rejecting, blank counts as none", () => {
    expect(answerProblem("rejected", "   ", false)).toBe(messages.reviewResponseRequired);
    expect(answerProblem("rejected", "Outside the directive's scope.", false)).toBeNull();
    expect(answerProblem("noted", "", false)).toBeNull();
    expect(answerProblem("accepted", "", false)).toBeNull();
  });

  it("refuses a response longer than the core takes", () => {
    expect(answerProblem("noted", "x".repeat(MAX_RESPONSE), false)).toBeNull();
    expect(answerProblem("noted", "x".repeat(MAX_RESPONSE + 1), false)).toBe(messages.reviewResponseTooLong(MAX_RESPONSE));
    // Emoji count as one character each, as the core counts them.
    expect(answerProblem("noted", "😀".repeat(MAX_RESPONSE), false)).toBeNull();
  });

  it("applies wording only when accepting", () => {
    expect(answerProblem("accepted", "", true)).toBeNull();
    expect(answerProblem("partly-accepted", "", true)).toBeNull();
    expect(answerProblem("noted", "", true)).toBe(messages.reviewApplyOnlyAccepted);
    expect(answerProblem("rejected", "No.", true)).toBe(messages.reviewApplyOnlyAccepted);
  });

  it("sends blank text as null and trims the rest", () => {
    expect(optional("  ")).toBeNull();
    expect(optional("  Legal unit ")).toBe("Legal unit");
  });
});

describe("import preview", () => {
  it("lists items by id, then sections, then the document", () => {
    const rows = previewRows({ attached: 6, skipped_known: 2, by_item: { "SIM-08": 2, "AUTH-01": 3, "KYC-02": 0 }, unattached: 1 });
    expect(rows).toEqual([
      { place: "AUTH-01", item: "AUTH-01", count: 3 },
      { place: "SIM-08", item: "SIM-08", count: 2 },
      { place: messages.reviewSections, item: null, count: 1 },
      { place: messages.reviewDocument, item: null, count: 1 },
    ]);
    expect(newEntries({ attached: 6, skipped_known: 2, by_item: {}, unattached: 1 })).toBe(7);
  });

  it("shows nothing for a file already imported", () => {
    expect(previewRows({ attached: 0, skipped_known: 9, by_item: {}, unattached: 0 })).toEqual([]);
  });
});

it("replaces an answered comment in place", () => {
  const answered = { ...(list[0] as ReviewComment), disposition: "noted" as const };
  const next = replaceComment(list, answered);
  expect(next[0]?.disposition).toBe("noted");
  expect(next.slice(1)).toEqual(list.slice(1));
  expect(reviewCounts(next).open).toBe(1);
});
