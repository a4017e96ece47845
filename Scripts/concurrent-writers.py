#!/usr/bin/env python3
"""Many copies of btap writing one journal at the same instant: every change is kept once.

Each round starts --writers command-line writers at once on one data directory: they are
forked ahead, wait on one pipe, and all exec btap when it closes. Most mark a party the rules
accept (a few pick a party another writer of the round also marks, so one of them must be
refused), some undo or redo. With --dashboard (the default) a dashboard runs through all
the rounds in a private tmux server, with its mark dialog filled in beforehand; Enter is
pressed as the writers are released.

After each round: every writer exited 0 ("Recorded mark N", "Undid mark", "Redid mark") or
65 (refused by the rules, or a party just marked by another writer); `btap history` and
`btap status` exit 0; the journal's lines are all well formed, with sequence numbers unique
and increasing, and `btap history` lists exactly them; every acknowledged change (the
dashboard's "Saved ...") is in the journal exactly once: no two writers were told the same
sequence number, each one's entry says what it asked for, and the round added as many
entries as there were acknowledgements. The writers that report keeping a change another
copy saved meanwhile are counted: they show the writers did overlap.

Prints a line per round and the totals, and closes with `N passed, M failed` (one check
per round); exits 1 on any failure.

Examples:
  concurrent-writers.py --rounds 20 --writers 8
  concurrent-writers.py --binary .build/release/btap --rounds 3 --no-dashboard
"""

import os
import re
import shlex
import sys
import time

import reliability_support as support

RECORDED = re.compile(r"Recorded mark (\d+):")
UNDID = re.compile(r"(Undid|Redid) mark (\d+)")


def start_together(binary, requests, data_dir, scratch):
    """Forks one process per request, all waiting on one pipe; closing it lets them exec btap
    at the same instant. Returns [(pid, output path)] and the function that releases them."""
    gate_read, gate_write = os.pipe()
    started = []
    environment = support.command_environment()
    for number, request in enumerate(requests):
        output = os.path.join(scratch, "writer-%d.out" % number)
        argv = [binary, *request_arguments(request), "--data-dir", data_dir]
        pid = os.fork()
        if pid == 0:
            try:
                os.close(gate_write)
                descriptor = os.open(output, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
                os.dup2(descriptor, 1)
                os.dup2(descriptor, 2)
                os.read(gate_read, 1)
                os.execve(binary, argv, environment)
            finally:
                os._exit(127)
        started.append((pid, output))
    os.close(gate_read)
    return started, lambda: os.close(gate_write)


def request_arguments(request):
    if request[0] == "mark":
        return ["mark", request[1], "--" + request[2], "--date", request[3]]
    return [request[0]]


def plan(rules, rng, journal, writers, avoid):
    """The writers' requests: marks of distinct parties, a few deliberate collisions, and
    some undo and redo."""
    requests = []
    taken = set(avoid)
    for _ in range(writers):
        roll = rng.random()
        marks = [r for r in requests if r[0] == "mark"]
        if roll < 0.1 and journal.undo_stack:
            requests.append(("undo",))
        elif roll < 0.15 and journal.redo_stack:
            requests.append(("redo",))
        elif roll < 0.3 and marks:
            requests.append(rng.choice(marks))
        else:
            mark = rules.pick_mark(rng, journal, exclude=taken)
            if mark is None:
                return None
            taken.add(mark[0])
            requests.append(("mark",) + mark)
    return requests


class Dashboard:
    """The dashboard in tmux, marking one party a round."""

    def __init__(self, binary, data_dir):
        self.session = support.Tmux()
        self.session.run("%s --data-dir %s" % (shlex.quote(binary), shlex.quote(data_dir)))
        shown = self.session.wait_screen(lambda text: "time travel" in text, 20)
        self.pid = self.session.wait_for_child("btap", 5)
        if not shown or not self.pid:
            raise RuntimeError("the dashboard did not start")
        self.session.press("4")
        self.session.press("e")

    def prepare(self, name, kind, date):
        """Closes whatever is open, resets the status line, fills in the mark dialog."""
        session = self.session
        session.press("Escape")
        time.sleep(0.1)
        session.press("s")
        session.press("/")
        session.press("-N", "40", "BSpace")
        session.type(name)
        session.press("Enter")
        session.press("m")
        session.type(support.DIALOG_KEYS[kind].decode())
        session.press("-N", "10", "BSpace")
        session.type(date)
        return session.wait_screen(
            lambda text: "Mark a change for" in text and date in text, 10) is not None

    def answer(self, name, kind, date):
        """After Enter: "saved", "refused" or None (no answer in 10 s)."""
        saved = "Saved %s by %s on %s" % (kind, name, date)
        text = self.session.wait_screen(
            lambda t: saved in t or "Not saved" in t or ("Mark a change" in t and "already" in t),
            10)
        if text is None:
            return None
        return "saved" if saved in text else "refused"

    def quit(self):
        self.session.press("Escape")
        time.sleep(0.1)
        self.session.press("q")
        report = self.session.terminal_report()
        return report


def run(args, binary, rng, tally):
    rules = support.Rules()
    root = support.temporary_directory("btap-concurrent-")
    data_dir = os.path.join(root, "data")
    figures = dict.fromkeys(["writers", "recorded", "undo/redo", "refused", "dashboard saved",
                             "dashboard refused", "kept another's change", "lost",
                             "load failures"], 0)
    dashboard = Dashboard(binary, data_dir) if args.dashboard else None
    dashboard_codes = support.filterable(rules.participants)
    started = time.monotonic()
    try:
        for round_number in range(1, args.rounds + 1):
            problems = []
            before = support.Journal.read(data_dir)
            dashboard_mark = None
            if dashboard:
                dashboard_mark = rules.pick_mark(rng, before, dashboard_codes)
            requests = plan(rules, rng, before, args.writers,
                            [dashboard_mark[0]] if dashboard_mark else [])
            if requests is None or (dashboard and dashboard_mark is None):
                print("round %d: no marks left to make; a fresh data directory" % round_number)
                tally.check(False, "the rounds ran out of marks")
                break
            if dashboard_mark and rng.random() < 0.2:
                # Now and then the dashboard marks a party a writer marks too.
                for request in requests:
                    if request[0] == "mark" and request[1] in dashboard_codes:
                        dashboard_mark = request[1:]
                        break
            name = rules.participants[dashboard_mark[0]].name if dashboard_mark else None
            if dashboard and not dashboard.prepare(name, *dashboard_mark[1:]):
                problems.append("the dashboard's mark dialog for %s did not open" % name)
                dashboard_mark = None
            writers, release = start_together(binary, requests, data_dir, root)
            release()
            # The dashboard's answer is read at once: within a second its status line may go on
            # to say that it loaded the writers' changes.
            answer = None
            if dashboard_mark:
                dashboard.session.press("Enter")
                answer = dashboard.answer(name, *dashboard_mark[1:])
            acknowledged = []  # (sequence or None, what)
            for (pid, output), request in zip(writers, requests):
                _, raw = os.waitpid(pid, 0)
                status = os.waitstatus_to_exitcode(raw)
                with open(output) as handle:
                    text = handle.read()
                figures["writers"] += 1
                if "saved meanwhile by another btap" in text:
                    figures["kept another's change"] += 1
                recorded, undone = RECORDED.search(text), UNDID.search(text)
                if status == 0 and recorded and request[0] == "mark":
                    acknowledged.append((int(recorded.group(1)), request))
                    figures["recorded"] += 1
                elif status == 0 and undone and request[0] in ("undo", "redo"):
                    acknowledged.append((None, (request[0], int(undone.group(2)))))
                    figures["undo/redo"] += 1
                elif status == 65:
                    figures["refused"] += 1
                else:
                    problems.append("btap %s exited %d: %s" % (
                        " ".join(request_arguments(request)), status, text.strip()))
            if dashboard_mark:
                if answer == "saved":
                    acknowledged.append((None, ("mark",) + tuple(dashboard_mark)))
                    figures["dashboard saved"] += 1
                elif answer == "refused":
                    figures["dashboard refused"] += 1
                else:
                    problems.append("the dashboard showed neither Saved nor a refusal")
                if not support.process_running(dashboard.pid):
                    problems.append("the dashboard is no longer running")
                    dashboard = None
            problems += check_round(binary, data_dir, before, acknowledged, figures)
            print("round %2d: %d writers%s, %d acknowledged, %d entries now%s" % (
                round_number, len(requests), " + dashboard" if dashboard_mark else "",
                len(acknowledged), len(support.Journal.read(data_dir).entries),
                "" if not problems else ", FAILED"), flush=True)
            tally.check(not problems, "round %d: %s" % (round_number, "; ".join(problems)))
        if dashboard:
            report = dashboard.quit()
            tally.check(report[0] == "0" and support.terminal_restored(report),
                        "the dashboard did not quit cleanly: %r" % (report,))
    finally:
        if dashboard:
            dashboard.session.close(args.keep or tally.failed)
        figures["seconds"] = round(time.monotonic() - started)
        for key, value in figures.items():
            print("%-24s %d" % (key, value))
        support.remove_unless(args.keep or tally.failed, root)


def check_round(binary, data_dir, before, acknowledged, figures):
    problems = []
    for command in ("history", "status"):
        status, _, err = support.run_btap(binary, command, "--data-dir", data_dir)
        if status != 0:
            figures["load failures"] += 1
            return ["btap %s exited %d: %s" % (command, status, err.strip())]
    journal = support.Journal.read(data_dir)
    problems += journal.problems
    if journal.torn:
        problems.append("the journal ends in an unfinished line %r" % journal.torn)
    problems += support.check_history_matches(binary, data_dir, journal)
    if journal.data[:len(before.data)] != before.data:
        problems.append("the journal's earlier lines changed")
    new = [entry for entry in journal.entries if entry.sequence > (
        before.entries[-1].sequence if before.entries else 0)]
    claimed = {}
    for sequence, what in acknowledged:
        if sequence is not None:
            if sequence in claimed:
                problems.append("two writers were told mark %d" % sequence)
            claimed[sequence] = what
    for sequence, what in claimed.items():
        entry = next((e for e in new if e.sequence == sequence), None)
        if entry is None or (entry.operation, entry.code, entry.kind, entry.date) != what:
            figures["lost"] += 1
            problems.append("acknowledged %s as %d, but the journal has %s"
                            % (what, sequence, entry.line if entry else "no such entry"))
    for sequence, what in acknowledged:
        if sequence is not None:
            continue
        entry = next((e for e in new if e.sequence not in claimed and fits(e, what)), None)
        if entry is None:
            figures["lost"] += 1
            problems.append("acknowledged %s is not in the journal" % (what,))
        else:
            claimed[entry.sequence] = what
    if len(new) != len(acknowledged):
        problems.append("the round added %d entries for %d acknowledgements"
                        % (len(new), len(acknowledged)))
    return problems


def fits(entry, what):
    if what[0] == "mark":
        return (entry.operation, entry.code, entry.kind, entry.date) == tuple(what)
    return (entry.operation, entry.target) == tuple(what)


def main():
    parser = support.argument_parser(__doc__)
    parser.add_argument("--rounds", type=int, default=20, help="rounds (default 20)")
    parser.add_argument("--writers", type=int, default=8,
                        help="command-line writers a round (default 8)")
    parser.add_argument("--no-dashboard", dest="dashboard", action="store_false",
                        help="command-line writers only")
    args = parser.parse_args()
    binary = support.release_binary(args.binary)
    rng = support.seeded(args.seed)
    tally = support.Tally()
    run(args, binary, rng, tally)
    return tally.finish()


if __name__ == "__main__":
    sys.exit(main())
