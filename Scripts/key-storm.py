#!/usr/bin/env python3
"""A hundred thousand random keys and mouse reports: btap never crashes, and every change
the storm makes is a well-formed journal entry.

Two checks, each on the release btap full screen in a private tmux server (120x40):

1. Mouse reports only (--mouse-reports of them, default 2000): X10 `ESC [ M b x y` and SGR
   `ESC [ < b ; x ; y M|m` sent raw (`tmux send-keys -H`), presses, releases, motion and
   wheel with any modifier, at columns that are `q`, `u`, `m`, `/` and `?` in X10 and
   anywhere else, some beyond the window (X10 bytes above 127 included). A mouse report
   must never act as a key: afterwards the journal and the read state are unchanged byte
   for byte, no dialog, help or filter is open, btap still runs, and one `q` quits it.
2. Random keys (--keys of them, default 100000), in batches of about 100, each batch one
   tmux command, the next sent once btap has read the last (its terminal's input queue is
   empty and it sleeps): named keys (arrows, Home, End, PageUp/Down, Enter, Escape, Tab,
   BackTab, BSpace, Delete, Insert, F1-F12, Space), printable ASCII, UTF-8 text (accents,
   CJK, emoji, combining marks, right-to-left), Ctrl keys (every control byte but Ctrl-C),
   Alt keys, and mouse reports in both encodings. `q` and Ctrl-C are never sent, so btap
   must still run after every batch. Then Escape twice and `q` (Ctrl-C if that did not quit
   it): btap exits 0, the pane is off the alternate screen and `stty -a` shows echo and
   icanon. The data loads (`btap status`, `history` and `news` exit 0), every journal line
   is well formed, the lines from before the storm are unchanged, and `btap history` lists
   exactly the journal's entries: the marks, undos and redos the storm made (with `m` and
   Enter, `u`, Ctrl-R) are counted and shown.

Prints its figures and closes with `N passed, M failed` (one check per batch and per final
check); exits 1 on any failure. The keys of a batch after which btap had gone are kept in
the temporary directory, which is kept on failure.

Examples:
  key-storm.py --keys 100000
  key-storm.py --binary .build/release/btap --keys 3000 --mouse-reports 300
"""

import os
import sys
import time

import reliability_support as support

COLUMNS, ROWS = 120, 40
NAMED = ["Up", "Down", "Left", "Right", "Home", "End", "PPage", "NPage", "Enter", "Escape",
         "Tab", "BTab", "BSpace", "DC", "IC", "Space"] + ["F%d" % n for n in range(1, 13)]
PRINTABLE = [chr(code) for code in range(0x20, 0x7F) if chr(code) != "q"]
CONTROL = [code for code in range(0x00, 0x20) if code not in (0x03, 0x1B)] + [0x7F]
TEXT = list("éüßøñÅçœÆ中文字日本語한국어жЖשלוםمرحبا€‐—…·°±") + [
    "😀", "👍🏽", "🇫🇷", "e\u0301", "a\u0308\u0301", "\u200b", "\ufeff", "\u202e"]
BUTTONS = [0, 1, 2, 3, 32, 33, 34, 35, 64, 65, 66, 67]
LEGIBLE_COLUMNS = [ord(c) - 32 for c in "qum/?tMe"]


def mouse_report(rng):
    """Bytes of one mouse report, X10 or SGR, with a random button, modifiers and cell."""
    button = rng.choice(BUTTONS) | rng.choice([0, 0, 4, 8, 16, 28])
    if rng.random() < 0.5:
        column = rng.choice(LEGIBLE_COLUMNS) if rng.random() < 0.3 else rng.randint(1, 223)
        row = rng.randint(1, min(223, ROWS + 5))
        return bytes([0x1B, 0x5B, 0x4D, 32 + button, 32 + column, 32 + row])
    column = rng.choice(LEGIBLE_COLUMNS) if rng.random() < 0.3 else rng.randint(1, 300)
    row = rng.randint(1, ROWS + 10)
    return ("\x1b[<%d;%d;%d%s" % (button, column, row, rng.choice("Mm"))).encode()


def random_key(rng):
    """One key: ("name", tmux key name) or ("bytes", what the terminal would send)."""
    roll = rng.random()
    if roll < 0.25:
        return "name", rng.choice(NAMED)
    if roll < 0.65:
        return "bytes", rng.choice(PRINTABLE).encode()
    if roll < 0.75:
        return "bytes", "".join(rng.choice(TEXT) for _ in range(rng.randint(1, 3))).encode()
    if roll < 0.85:
        return "bytes", bytes([rng.choice(CONTROL)])
    if roll < 0.9:
        return "bytes", b"\x1b" + rng.choice(PRINTABLE).encode()
    return "bytes", mouse_report(rng)


def tmux_batch(target, keys):
    """One tmux command line for a batch: named keys and runs of bytes, in order."""
    arguments = []
    pending = b""
    for kind, value in keys + [("end", None)]:
        if kind == "bytes":
            pending += value
            continue
        if pending:
            arguments += ["send-keys", "-t", target, "-H"] + ["%02x" % b for b in pending]
            arguments.append(";")
            pending = b""
        if kind == "name":
            arguments += ["send-keys", "-t", target, value, ";"]
    return arguments[:-1]


def read_bytes(path):
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except FileNotFoundError:
        return None


def seed_marks(binary, session, count):
    """Marks made beforehand with the command line, so undo has something to undo."""
    for code, kind, date in [("AT", "ratification", "2025-10-05"),
                             ("CA", "accession", "2026-01-15")][:count]:
        support.run_btap(binary, "mark", code, "--" + kind, "--date", date,
                         "--data-dir", session.data_dir)


def mouse_only(binary, rng, count, tally, keep):
    """Check 1: mouse reports never act as keys."""
    session = support.Tmux(COLUMNS, ROWS)
    try:
        seed_marks(binary, session, 1)
        journal_path = os.path.join(session.data_dir, "marks.tsv")
        read_path = os.path.join(session.data_dir, "news-read.tsv")
        journal_before, read_before = read_bytes(journal_path), read_bytes(read_path)
        pid = session.start_dashboard(binary)
        if not tally.check(pid is not None, "mouse only: the dashboard did not start"):
            return
        tty = session.pane_tty()
        sent = 0
        started = time.monotonic()
        while sent < count:
            reports = [mouse_report(rng) for _ in range(min(50, count - sent))]
            session.send_bytes(b"".join(reports))
            sent += len(reports)
            support.wait_until_read(tty, pid, 30)
            if not support.process_running(pid):
                break
        alive = support.process_running(pid)
        screen = session.screen()
        problems = []
        if not alive:
            problems.append("btap exited")
        if read_bytes(journal_path) != journal_before:
            problems.append("the journal changed")
        if read_bytes(read_path) != read_before:
            problems.append("the read state changed")
        for text, what in (("Mark a change", "the mark dialog"), ("Keys", "the help"),
                           ("View as of", "the date prompt"), ("Enter keep", "the filter")):
            if text in screen:
                problems.append("%s is open" % what)
        if alive:
            session.press("q")
        report = session.terminal_report()
        if report[0] != "0" or not support.terminal_restored(report):
            problems.append("q did not quit cleanly: exit %s, alternate screen %s, stty %s"
                            % (report[0], report[1], sorted(report[2])))
        print("mouse only: %d reports in %.0f s; %s" % (
            sent, time.monotonic() - started, "; ".join(problems) or
            "journal and read state unchanged, no dialog, q quit with exit 0"), flush=True)
        tally.check(not problems, "mouse reports acted as keys: %s" % "; ".join(problems))
    finally:
        session.close(keep or tally.failed)


def key_storm(binary, rng, count, batch_size, tally, keep):
    """Check 2: random keys."""
    session = support.Tmux(COLUMNS, ROWS)
    figures = {}
    try:
        seed_marks(binary, session, 2)
        before = support.Journal.read(session.data_dir)
        pid = session.start_dashboard(binary)
        if not tally.check(pid is not None, "key storm: the dashboard did not start"):
            return
        tty = session.pane_tty()
        sent = batches = slow = 0
        started = time.monotonic()
        last_report = started
        while sent < count:
            keys = [random_key(rng) for _ in range(min(batch_size, count - sent))]
            session.tmux(*tmux_batch(session.target, keys))
            sent += len(keys)
            batches += 1
            if not support.wait_until_read(tty, pid, 30) and support.process_running(pid):
                slow += 1
            alive = support.process_running(pid)
            if not tally.check(alive, "btap is gone after batch %d (%d keys)" % (batches, sent)):
                with open(os.path.join(session.root, "last-batch.txt"), "w") as handle:
                    handle.write(repr(keys) + "\n")
                break
            if time.monotonic() - last_report > 30:
                last_report = time.monotonic()
                print("%7d keys in %.0f s" % (sent, last_report - started), flush=True)
        storm_seconds = time.monotonic() - started
        how = "q"
        if support.process_running(pid):
            for _ in range(2):
                session.press("Escape")
                time.sleep(0.15)
            session.press("q")
            deadline = time.monotonic() + 5
            while support.process_running(pid) and time.monotonic() < deadline:
                time.sleep(0.02)
            if support.process_running(pid):
                how = "Ctrl-C"
                session.press("C-c")
        report = session.terminal_report()
        print("key storm: %d keys in %d batches, %.0f s (%.0f keys/s); quit with %s: exit %s, "
              "alternate screen %s, stty %s" % (
                  sent, batches, storm_seconds, sent / max(storm_seconds, 1e-9), how,
                  report[0], "on" if report[1] == "1" else "off", " ".join(sorted(report[2]))))
        tally.check(report[0] == "0" and support.terminal_restored(report),
                    "after the storm btap did not exit 0 with the terminal restored")
        check_data(binary, session.data_dir, before, tally, figures)
        figures.update({"keys": sent, "batches": batches, "batches slower than 30 s": slow,
                        "seconds": round(storm_seconds)})
    finally:
        for name, value in figures.items():
            print("%-28s %d" % (name, value))
        session.close(keep or tally.failed)


def check_data(binary, data_dir, before, tally, figures):
    for command in (["status"], ["history"], ["news"]):
        status, _, err = support.run_btap(binary, *command, "--data-dir", data_dir)
        tally.check(status == 0, "btap %s exited %d: %s" % (command[0], status, err.strip()))
    journal = support.Journal.read(data_dir)
    problems = list(journal.problems)
    if journal.torn:
        problems.append("an unfinished last line %r" % journal.torn)
    if journal.data[:len(before.data)] != before.data:
        problems.append("the lines from before the storm changed")
    problems += support.check_history_matches(binary, data_dir, journal)
    tally.check(not problems, "the journal after the storm: %s" % "; ".join(problems))
    made = journal.entries[len(before.entries):]
    figures["journal entries before"] = len(before.entries)
    figures["marks made by the storm"] = sum(e.operation == "mark" for e in made)
    figures["undos made by the storm"] = sum(e.operation == "undo" for e in made)
    figures["redos made by the storm"] = sum(e.operation == "redo" for e in made)
    figures["malformed journal lines"] = len(journal.problems)


def main():
    parser = support.argument_parser(__doc__)
    parser.add_argument("--keys", type=int, default=100_000, help="keys (default 100000)")
    parser.add_argument("--batch", type=int, default=100, help="keys a batch (default 100)")
    parser.add_argument("--mouse-reports", type=int, default=2000,
                        help="reports in the mouse-only check (default 2000)")
    args = parser.parse_args()
    binary = support.release_binary(args.binary)
    rng = support.seeded(args.seed)
    tally = support.Tally()
    mouse_only(binary, rng, args.mouse_reports, tally, args.keep)
    key_storm(binary, rng, args.keys, args.batch, tally, args.keep)
    return tally.finish()


if __name__ == "__main__":
    sys.exit(main())
