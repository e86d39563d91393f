// Reads an `strace -f -e trace=network` log and says which calls were network attempts.
//
//   node tests/e2e/nettrace.mjs TRACE     prints the verdict; exit 1 on any attempt
//
// Allowed: AF_UNIX and AF_NETLINK sockets, and an AF_INET/AF_INET6 socket whose use is a bind
// or connect on the loopback address (WebKitWebDriver drives the app over 127.0.0.1). Every
// other socket() of another family, or one never tied to loopback (a bare `socket.socket()`
// counts), and every connect or send to an address outside loopback, is an attempt.

import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const LOCAL_FAMILIES = new Set(["AF_UNIX", "AF_LOCAL", "AF_NETLINK"]);
const USES = new Set(["bind", "connect", "sendto", "sendmsg", "sendmmsg", "listen"]);

/** Joins `<unfinished ...>` halves with their `<... resumed>` ends: one call a line. */
function calls(text) {
  const open = new Map();
  const whole = [];
  for (const raw of text.split("\n")) {
    const line = /^(\d+)\s+(.*)$/.exec(raw);
    if (!line) continue;
    const [, tid, rest] = line;
    if (rest.startsWith("---") || rest.startsWith("+++")) continue;
    const unfinished = /^(.*) <unfinished \.\.\.>$/.exec(rest);
    if (unfinished) {
      open.set(tid, unfinished[1]);
      continue;
    }
    const resumed = /^<\.\.\. \w+ resumed>(.*)$/.exec(rest);
    if (resumed) {
      whole.push({ tid, text: (open.get(tid) ?? "") + resumed[1] });
      open.delete(tid);
      continue;
    }
    whole.push({ tid, text: rest });
  }
  return whole;
}

const isLoopback = (text) =>
  /inet_addr\("127\.\d+\.\d+\.\d+"\)/.test(text) || /inet_pton\(AF_INET6, "(::1|::ffff:127\.\d+\.\d+\.\d+)"/.test(text);
const inetAddress = (text) => /sa_family=AF_INET6?\b/.test(text);

/** The verdict on one trace: `attempts` lists each network attempt with its line. */
export function networkVerdict(text) {
  const list = calls(text);
  const attempts = [];
  const allowed = { unix: 0, netlink: 0, loopback: 0 };
  list.forEach((call, index) => {
    const socket = /^socket\((AF_\w+),.*\)\s+=\s+(-?\d+)/.exec(call.text);
    if (socket) {
      const [, family, fd] = socket;
      if (family === "AF_NETLINK") allowed.netlink += 1;
      else if (LOCAL_FAMILIES.has(family)) allowed.unix += 1;
      else if ((family === "AF_INET" || family === "AF_INET6") && Number(fd) >= 0) {
        // Its first use decides: bound or connected to loopback, or an attempt.
        const use = list.slice(index + 1).find((later) => {
          const m = /^(\w+)\((\d+),/.exec(later.text);
          return m && USES.has(m[1]) && m[2] === fd && (m[1] === "listen" || inetAddress(later.text));
        });
        if (use && /^(bind|connect)\(/.test(use.text) && isLoopback(use.text)) allowed.loopback += 1;
        else attempts.push(`${call.tid} ${call.text}`);
      } else attempts.push(`${call.tid} ${call.text}`);
      return;
    }
    // A connect or send to an outside address, whichever socket it went through.
    const sent = /^(connect|sendto|sendmsg|sendmmsg)\(/.exec(call.text);
    if (sent && inetAddress(call.text) && !isLoopback(call.text)) attempts.push(`${call.tid} ${call.text}`);
  });
  return { attempts, allowed, calls: list.length };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const verdict = networkVerdict(readFileSync(process.argv[2], "utf8"));
  for (const line of verdict.attempts) console.log(`ATTEMPT: ${line}`);
  console.log(`network calls traced: ${verdict.calls}`);
  console.log(`allowed: ${verdict.allowed.unix} AF_UNIX, ${verdict.allowed.netlink} AF_NETLINK, ${verdict.allowed.loopback} loopback`);
  console.log(`network attempts: ${verdict.attempts.length}`);
  process.exit(verdict.attempts.length === 0 ? 0 : 1);
}
