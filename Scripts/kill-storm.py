#!/usr/bin/env python3
"""SIGKILL at random instants while btap saves marks: nothing acknowledged is ever lost.

Each kill is one of two kinds, at random:
- command line: `btap mark PARTY --KIND --date D`, `btap undo` or `btap redo` is started and
  sent SIGKILL after a random delay, from 0 to 1.5 times what one such command takes here;
- dashboard: the dashboard is started in a pseudo-terminal, a party is found with the filter,
  the mark dialog is filled in, and SIGKILL follows Enter after a random delay, from 0 to 1.5
  times what Enter -> "Saved" takes here.
Marks are ones the rules accept (eligible states accede or sign, signatories ratify, parties
denounce), with dates not after yesterday, worked out from the journal as it stands.

A mark is acknowledged when the command printed "Recorded mark N" (or "Undid mark"/"Redid
mark"), or the dashboard showed "Saved ...", before the kill; all of them are kept. After
every kill `btap history` and `btap status` must exit 0 (a load failure otherwise), the
journal's complete lines must all be well formed, `btap history` must list exactly them,
and every mark acknowledged so far must be in the journal with its sequence number, party,
kind and date (a lost mark otherwise).

An interrupted last line is allowed: btap loads the lines before it and sets the fragment
aside in marks.tsv.partial-<time> on the next save. Every --torn-every kills the script
appends a fragment of a line itself, as a power cut in the middle of a write could leave it,
so that this path is taken too; interrupted lines are counted and reported, not failures,
but a fragment that is neither still at the end nor kept in a .partial file is a failure.
The data directory is replaced by a fresh one when few marks are left to make.

Prints its figures and closes with `N passed, M failed` (one check per kill); exits 1 on
any failure.

Examples:
  kill-storm.py --kills 1000
  kill-storm.py --binary .build/release/btap --kills 60
"""

import glob
import os
import re
import signal
import statistics
import subprocess
import sys
import time

import reliability_support as support

RECORDED = re.compile(r"Recorded mark (\d+):")
UNDID = re.compile(r"(Undid|Redid) mark (\d+)")
SAVED = re.compile(rb"Saved (\w+) by (.+?) on (\d{4}-\d\d-\d\d)  ")


class Storm:
    def __init__(self, binary, rng, args):
        self.binary = binary
        self.rng = rng
        self.args = args
        self.rules = support.Rules()
        self.dashboard_codes = support.filterable(self.rules.participants)
        self.root = support.temporary_directory("btap-kill-storm-")
        self.state_home = os.path.join(self.root, "state")
        self.directories = 0
        self.problems = []
        self.figures = dict.fromkeys([
            "kills", "command kills", "dashboard kills", "acknowledged marks",
            "acknowledged undo/redo", "acknowledged in the dashboard", "refused by the rules",
            "killed before acknowledging", "marks lost", "load failures", "malformed journals",
            "interrupted last lines seen", "fragments appended", "fragments kept aside",
            "fragments lost", "unexpected exits", "data directories"], 0)
        self.new_directory()

    def new_directory(self):
        self.directories += 1
        self.figures["data directories"] = self.directories
        self.data_dir = os.path.join(self.root, "data-%d" % self.directories)
        self.acknowledged = {}  # sequence -> (operation, party or target, kind, date)
        self.fragments = set()  # interrupted last lines seen and not yet found kept aside

    # MARK: Calibration

    def calibrate(self):
        """How long a command and a dashboard save take here (the kills' time scale, at most
        0.5 s): measured at the start and after every 100 kills, as the machine's load
        changes."""
        scratch = os.path.join(self.root, "calibration")
        times = []
        journal = support.Journal(b"")
        for _ in range(5):
            code, kind, date = self.rules.pick_mark(self.rng, journal)
            started = time.monotonic()
            support.run_btap(self.binary, "mark", code, "--" + kind, "--date", date,
                             "--data-dir", scratch)
            times.append(time.monotonic() - started)
            journal = support.Journal.read(scratch)
        self.command_time = min(statistics.median(times), 0.5)
        saves = []
        for _ in range(3):
            dashboard, mark, _ = self.open_dialog(scratch)
            if dashboard is None:
                continue
            started = time.monotonic()
            dashboard.send(b"\r")
            if dashboard.wait_for(rb"Saved |Not saved", 10, mark):
                saves.append(time.monotonic() - started)
            dashboard.close()
        self.save_time = min(statistics.median(saves), 0.5) if saves else 0.01
        print("calibration: a mark command takes %.1f ms; dashboard Enter -> Saved %.1f ms"
              % (self.command_time * 1e3, self.save_time * 1e3), flush=True)
        support.remove_unless(False, scratch)

    # MARK: One kill

    def command_kill(self):
        journal = support.Journal.read(self.data_dir)
        choice = self.rng.random()
        if choice < 0.15 and journal.undo_stack:
            request = ("undo",)
        elif choice < 0.3 and journal.redo_stack:
            request = ("redo",)
        else:
            mark = self.rules.pick_mark(self.rng, journal)
            if mark is None:
                return False
            request = ("mark",) + mark
        if request[0] == "mark":
            arguments = ["mark", request[1], "--" + request[2], "--date", request[3]]
        else:
            arguments = [request[0]]
        process = subprocess.Popen([self.binary, *arguments, "--data-dir", self.data_dir],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                   env=support.command_environment())
        time.sleep(self.rng.uniform(0, 1.5 * self.command_time))
        process.send_signal(signal.SIGKILL)
        out, err = process.communicate(timeout=30)
        self.figures["command kills"] += 1
        recorded = RECORDED.search(out)
        undone = UNDID.search(out)
        if recorded and request[0] == "mark":
            self.acknowledge(int(recorded.group(1)), ("mark",) + request[1:])
            self.figures["acknowledged marks"] += 1
        elif undone and request[0] in ("undo", "redo"):
            self.expect_new(journal, (request[0], undone.group(2)))
            self.figures["acknowledged undo/redo"] += 1
        elif process.returncode == 65:
            self.figures["refused by the rules"] += 1
        elif process.returncode == -signal.SIGKILL:
            self.figures["killed before acknowledging"] += 1
        else:
            self.figures["unexpected exits"] += 1
            self.problems.append("btap %s exited %d: %s%s" % (
                " ".join(arguments), process.returncode, out.strip(), err.strip()))
        return True

    def open_dialog(self, data_dir, journal=None):
        """Starts the dashboard and fills in the mark dialog for a mark the rules accept;
        (dashboard, where its output stands, the mark) or (None, reason, None)."""
        journal = journal or support.Journal.read(data_dir)
        mark = self.rules.pick_mark(self.rng, journal, self.dashboard_codes)
        if mark is None:
            return None, "no mark left", None
        code, kind, date = mark
        try:
            os.unlink(os.path.join(self.state_home, "btap", "ui-state.tsv"))
        except FileNotFoundError:
            pass
        dashboard = support.PtyDashboard(self.binary, data_dir, self.state_home)
        if not dashboard.wait_for(rb"time travel", 20):
            dashboard.close()
            return None, "the dashboard did not start", None
        start = len(dashboard.output)
        name = self.rules.participants[code].name.encode()
        dashboard.send(b"4e/" + b"\x7f" * 40 + name + b"\rm" + support.DIALOG_KEYS[kind]
                       + b"\x7f" * 10 + date.encode())
        if not dashboard.wait_for(rb"Mark a change for", 10, start):
            dashboard.close()
            return None, "the mark dialog did not open", None
        dashboard.settle(0.03)
        return dashboard, len(dashboard.output), mark

    def dashboard_kill(self):
        journal = support.Journal.read(self.data_dir)
        dashboard, mark_at, mark = self.open_dialog(self.data_dir, journal)
        if dashboard is None:
            if mark_at == "no mark left":
                return False
            self.problems.append(mark_at)
            return True
        dashboard.send(b"\r")
        time.sleep(self.rng.uniform(0, 1.5 * self.save_time))
        dashboard.kill()
        dashboard.close()
        self.figures["dashboard kills"] += 1
        output = bytes(dashboard.output[mark_at:])
        saved = SAVED.search(output)
        if saved:
            kind, name, date = (part.decode() for part in saved.groups())
            code = self.rules.by_name.get(name)
            if code is None:
                self.problems.append("the dashboard saved a mark for %r, not a known name" % name)
            else:
                self.expect_new(journal, ("mark", code, kind, date))
                self.figures["acknowledged marks"] += 1
                self.figures["acknowledged in the dashboard"] += 1
        elif b"Not saved" in output:
            self.figures["refused by the rules"] += 1
        else:
            self.figures["killed before acknowledging"] += 1
        return True

    def acknowledge(self, sequence, what):
        self.acknowledged[sequence] = what

    def expect_new(self, before, what):
        """An acknowledgement without a sequence number: the first entry after `before`
        that fits it is its entry (checked with the others afterwards)."""
        known = {entry.sequence for entry in before.entries}
        for entry in support.Journal.read(self.data_dir).entries:
            if entry.sequence in known or entry.sequence in self.acknowledged:
                continue
            if self.fits(entry, what):
                self.acknowledge(entry.sequence, what)
                return
        self.figures["marks lost"] += 1
        self.problems.append("acknowledged %s is not in the journal" % (what,))

    @staticmethod
    def fits(entry, what):
        if what[0] == "mark":
            return (entry.operation, entry.code, entry.kind, entry.date) == what
        return (entry.operation, str(entry.target)) == what

    # MARK: Checks after a kill

    def check(self):
        for command in ("history", "status"):
            status, _, err = support.run_btap(self.binary, command, "--data-dir", self.data_dir)
            if status != 0:
                self.figures["load failures"] += 1
                self.problems.append("btap %s exited %d: %s" % (command, status, err.strip()))
                return
        journal = support.Journal.read(self.data_dir)
        if journal.problems:
            self.figures["malformed journals"] += 1
            self.problems.extend(journal.problems)
        self.problems.extend(support.check_history_matches(self.binary, self.data_dir, journal))
        entries = journal.by_sequence()
        for sequence, what in sorted(self.acknowledged.items()):
            entry = entries.get(sequence)
            if entry is None or not self.fits(entry, what):
                self.figures["marks lost"] += 1
                self.problems.append("acknowledged entry %d %s is missing or changed: %s"
                                     % (sequence, what, entry.line if entry else "no such line"))
        if journal.torn and journal.torn not in self.fragments:
            self.figures["interrupted last lines seen"] += 1
            self.fragments.add(journal.torn)
        self.check_fragments(journal)

    def check_fragments(self, journal):
        """Every fragment seen is still the journal's end or kept in a .partial file."""
        if not self.fragments - {journal.torn}:
            return
        kept = set()
        for path in glob.glob(os.path.join(self.data_dir, "marks.tsv.partial-*")):
            with open(path, "rb") as handle:
                kept.add(handle.read())
        for fragment in list(self.fragments):
            if fragment == journal.torn:
                continue
            self.fragments.discard(fragment)
            if fragment in kept:
                self.figures["fragments kept aside"] += 1
            else:
                self.figures["fragments lost"] += 1
                self.problems.append("the interrupted line %r was not kept aside" % fragment)

    def append_fragment(self):
        """Appends part of a plausible line without its line feed, as a power cut could."""
        journal = support.Journal.read(self.data_dir)
        if not journal.entries or journal.torn:
            return False
        line = "%d\t2026-01-01T00:00:00Z\tmark\t\tCA\taccession\t2026-01-01\t\t\tcut" % (
            journal.entries[-1].sequence + 1)
        cut = self.rng.randint(1, len(line) - 1)
        with open(os.path.join(self.data_dir, "marks.tsv"), "ab") as handle:
            handle.write(line[:cut].encode())
        self.figures["fragments appended"] += 1
        return True

    # MARK: The run

    def run(self, tally):
        self.calibrate()
        self.calibrated_at = 0
        started = time.monotonic()
        kills = 0
        while kills < self.args.kills:
            if time.monotonic() - started > self.args.time_limit:
                print("stopped at the time limit (%d s) after %d kills"
                      % (self.args.time_limit, kills))
                tally.check(False, "the time limit was reached")
                break
            self.problems = []
            if kills and kills % 100 == 0 and kills != self.calibrated_at:
                self.calibrate()
                self.calibrated_at = kills
            if self.args.torn_every and kills % self.args.torn_every == self.args.torn_every - 1:
                if self.append_fragment():
                    self.check()
            use_dashboard = self.rng.random() < self.args.dashboard_share
            done = self.dashboard_kill() if use_dashboard else self.command_kill()
            if not done:
                self.finish_directory(tally)
                self.new_directory()
                continue
            kills += 1
            self.figures["kills"] = kills
            self.check()
            tally.check(not self.problems, "kill %d (%s): %s" % (
                kills, "dashboard" if use_dashboard else "command line",
                "; ".join(self.problems)))
            if kills % 100 == 0:
                print("%5d kills  %4d acknowledged  %d lost  %d load failures  (%.0f s)" % (
                    kills, self.figures["acknowledged marks"], self.figures["marks lost"],
                    self.figures["load failures"], time.monotonic() - started), flush=True)
        self.finish_directory(tally)
        self.figures["seconds"] = round(time.monotonic() - started)

    def finish_directory(self, tally):
        self.problems = []
        if os.path.exists(self.data_dir):
            self.check()
        if self.problems:
            tally.check(False, "%s: %s" % (self.data_dir, "; ".join(self.problems)))


def main():
    parser = support.argument_parser(__doc__)
    parser.add_argument("--kills", type=int, default=1000, help="how many kills (default 1000)")
    parser.add_argument("--dashboard-share", type=float, default=0.5,
                        help="share of kills in the dashboard (default 0.5)")
    parser.add_argument("--torn-every", type=int, default=50,
                        help="append an interrupted line every N kills (default 50; 0: never)")
    parser.add_argument("--time-limit", type=float, default=1800,
                        help="stop after this many seconds (default 1800)")
    args = parser.parse_args()
    binary = support.release_binary(args.binary)
    rng = support.seeded(args.seed)
    tally = support.Tally()
    storm = Storm(binary, rng, args)
    try:
        storm.run(tally)
    finally:
        for name, value in storm.figures.items():
            print("%-32s %d" % (name, value))
        support.remove_unless(args.keep or tally.failed, storm.root)
    return tally.finish()


if __name__ == "__main__":
    sys.exit(main())
