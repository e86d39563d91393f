// The discussion's operations on one workspace, as applyOp and its undo call them.

import {
  actionAdd,
  actionRemove,
  noteSet,
  positionClear,
  positionRecord,
  resolutionWithdraw,
  resolve,
  sessionPark,
} from "../../api";
import type { DiscussionBackend } from "../../lib/discussionUndo";

export function discussionBackend(workspaceId: string): DiscussionBackend {
  return {
    positionRecord: (session, item, input) => positionRecord(workspaceId, session, item, input),
    positionClear: (session, item, authority) => positionClear(workspaceId, session, item, authority),
    resolve: (session, item, input) => resolve(workspaceId, session, item, input),
    resolutionWithdraw: (item) => resolutionWithdraw(workspaceId, item),
    actionAdd: (session, item, input) => actionAdd(workspaceId, session, item, input),
    actionRemove: (id) => actionRemove(workspaceId, id),
    noteSet: (session, item, note) => noteSet(workspaceId, session, item, note),
    sessionPark: (session, item, reason) => sessionPark(workspaceId, session, item, reason),
  };
}
