"""What the reliability scripts share: the release binary, the shipped parties, the marks
journal read the way btap reads it, marks the rules accept, the dashboard under a
pseudo-terminal, a private tmux server, and the closing tally.

Standard library only. The scripts are kill-storm.py, concurrent-writers.py,
resize-storm.py, key-storm.py and signal-exits.py; see docs/reliability.md.
"""

import argparse
import datetime
import fcntl
import os
import pty
import random
import re
import select
import shlex
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import termios
import time

SCRIPTS = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(SCRIPTS)
RESOURCES = os.path.join(ROOT, "Resources")

KINDS = ("ratification", "accession", "signature", "denunciation")
# Kinds that record something beside a deposit or signature (a step on the way, a declaration,
# a dismissed proposal, an applied depositary table) and change no standing the scripts track.
OTHER_KINDS = ("declaration", "dismissal", "data-layer", "step")
UNDATED_KINDS = ("correction", "dismissal")
DIALOG_KEYS = {"ratification": b"r", "accession": b"a", "signature": b"s", "denunciation": b"d"}


# MARK: - The binary and the tally


def argument_parser(doc):
    """The command-line parser of a reliability script: its docstring's first paragraph as the
    description, the rest as the epilog, and the options every script takes."""
    parser = argparse.ArgumentParser(
        description=doc.split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="\n\n".join(doc.split("\n\n")[1:]))
    parser.add_argument(
        "--binary", metavar="PATH",
        help="the btap executable (default: build it with `swift build -c release "
             "--product btap` and take the path from `--show-bin-path`)")
    parser.add_argument("--seed", type=int, help="random seed (default: from the clock)")
    parser.add_argument("--keep", action="store_true",
                        help="keep the temporary directories (they are kept anyway on a failure)")
    return parser


def release_binary(path):
    """The btap executable: the one given, or the release build (built first if needed)."""
    if path:
        path = os.path.abspath(path)
        if not os.access(path, os.X_OK):
            sys.exit("%s is not an executable file" % path)
        return path
    subprocess.run(["swift", "build", "-c", "release", "--product", "btap"], cwd=ROOT,
                   check=True, stdout=sys.stderr)
    bin_path = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT,
                              check=True, capture_output=True, text=True).stdout.strip()
    return os.path.join(bin_path, "btap")


def seeded(seed):
    """A random generator, and the seed printed so that a run can be repeated."""
    if seed is None:
        seed = int(time.time() * 1000) % 1_000_000_007
    print("seed %d" % seed)
    return random.Random(seed)


class Tally:
    """Counts checks; prints each failure as it happens and the closing line at the end."""

    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, ok, what):
        if ok:
            self.passed += 1
        else:
            self.failed += 1
            print("FAIL: %s" % what, flush=True)
        return ok

    def finish(self):
        print("%d passed, %d failed" % (self.passed, self.failed), flush=True)
        return 0 if self.failed == 0 else 1


def temporary_directory(prefix):
    return tempfile.mkdtemp(prefix=prefix)


def remove_unless(keep, *paths):
    for path in paths:
        if keep:
            print("kept %s" % path)
        else:
            shutil.rmtree(path, ignore_errors=True)


def run_btap(binary, *arguments, timeout=30):
    """Runs a btap command to the end: (status, stdout, stderr)."""
    result = subprocess.run([binary, *arguments], capture_output=True, text=True,
                            timeout=timeout, env=command_environment())
    return result.returncode, result.stdout, result.stderr


def command_environment(**extra):
    environment = dict(os.environ, LANG="C.UTF-8", NO_COLOR="1")
    for name in ("BTAP_DATA_DIR", "COLUMNS", "LINES", "TMUX"):
        environment.pop(name, None)
    environment.update(extra)
    return environment


# MARK: - The shipped parties and the rules


class Participant:
    def __init__(self, code, name, signed, deposited):
        self.code = code
        self.name = name
        self.signed = signed
        self.deposited = deposited
        self.denounced = None


def read_tsv(path):
    """The rows of a shipped table as dictionaries (comment lines and the header skipped)."""
    with open(path, encoding="utf-8") as handle:
        lines = [line.rstrip("\n") for line in handle if not line.startswith("#")]
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"))) for line in lines[1:] if line]


def load_participants():
    """Every state or organization btap knows, by code: the parties and signatories of
    parties.tsv, then the WIPO members of states.tsv that never signed."""
    participants = {}
    for row in read_tsv(os.path.join(RESOURCES, "parties.tsv")):
        participants[row["iso2"]] = Participant(
            row["iso2"], row["name"], row["signature_date"] or None, row["deposit_date"] or None)
    for row in read_tsv(os.path.join(RESOURCES, "states.tsv")):
        if row["iso2"] not in participants:
            participants[row["iso2"]] = Participant(row["iso2"], row["name"], None, None)
    return participants


def treaty_facts():
    return {row["key"]: row["value"] for row in read_tsv(os.path.join(RESOURCES, "treaty.tsv"))}


def filterable(participants):
    """Codes whose name, typed in the dashboard's filter, lists that one row only: plain ASCII
    names that are part of no other name."""
    names = {code: p.name.lower() for code, p in participants.items()}
    chosen = set()
    for code, name in names.items():
        if not name.isascii() or "'" in name:
            continue
        if any(name in other for c, other in names.items() if c != code):
            continue
        chosen.add(code)
    return chosen


class Rules:
    """The marks the rules accept today, given what the journal has in effect."""

    def __init__(self):
        self.participants = load_participants()
        facts = treaty_facts()
        self.adopted = facts["adopted"]
        self.signature_end = facts["signature_period_ends"]
        self.as_of = facts["data_as_of"]
        # A day before today, so that a run across midnight still marks the past.
        self.latest = (datetime.date.today() - datetime.timedelta(days=1)).isoformat()
        self.by_name = {p.name: code for code, p in self.participants.items()}

    def standing(self, journal):
        """Signature, deposit and denunciation of every participant with the journal's marks
        in effect laid over the shipped data (a mark the rules refuse is left out, as btap
        shows it superseded)."""
        state = {code: [p.signed, p.deposited, None] for code, p in self.participants.items()}
        for entry in journal.active_marks():
            current = state.get(entry.code)
            if current is None:
                continue
            signed, deposited, denounced = current
            if entry.kind in ("ratification", "accession"):
                if deposited or (entry.kind == "ratification" and not signed):
                    continue
                current[1] = entry.date
            elif entry.kind == "signature":
                if signed or deposited:
                    continue
                current[0] = entry.date
            elif entry.kind == "denunciation":
                if not deposited or denounced:
                    continue
                current[2] = entry.date
        return state

    def candidates(self, journal, codes=None):
        """Every (code, kind, earliest date) the rules accept now."""
        result = []
        for code, (signed, deposited, denounced) in self.standing(journal).items():
            if codes is not None and code not in codes:
                continue
            if deposited:
                if not denounced:
                    result.append((code, "denunciation", deposited))
            elif signed:
                result.append((code, "ratification", signed))
            else:
                result.append((code, "accession", self.adopted))
                result.append((code, "signature", self.adopted))
        return result

    def pick_date(self, rng, kind, earliest):
        if kind == "signature":
            low, high = self.adopted, self.signature_end
        else:
            low, high = max(earliest, self.as_of), self.latest
            if low > high:
                low = high = max(earliest, self.adopted)
        first = datetime.date.fromisoformat(low)
        span = (datetime.date.fromisoformat(high) - first).days
        return (first + datetime.timedelta(days=rng.randint(0, max(0, span)))).isoformat()

    def pick_mark(self, rng, journal, codes=None, exclude=()):
        """A random mark the rules accept: (code, kind, date), or None when none is left."""
        options = [c for c in self.candidates(journal, codes) if c[0] not in exclude]
        if not options:
            return None
        code, kind, earliest = rng.choice(options)
        return code, kind, self.pick_date(rng, kind, earliest)


# MARK: - The journal


class Entry:
    def __init__(self, sequence, operation, target, code, kind, date, line):
        self.sequence = sequence
        self.operation = operation
        self.target = target
        self.code = code
        self.kind = kind
        self.date = date
        self.line = line


class Journal:
    """marks.tsv as btap reads it: complete lines checked strictly, an unterminated last
    line kept apart (an interrupted save), undo and redo replayed."""

    HEADER = "sequence\tmade_at\toperation\ttarget\tparty\tkind\tdate\tfield\tvalue\tnote"

    def __init__(self, data):
        self.data = data
        self.entries = []
        self.problems = []
        self.torn = b""
        self.undo_stack = []
        self.redo_stack = []
        self.active = []
        self.marks = {}
        complete = data
        end = data.rfind(b"\n")
        if end != len(data) - 1:
            complete, self.torn = data[:end + 1], data[end + 1:]
        self._parse(complete)

    @classmethod
    def read(cls, data_dir):
        path = os.path.join(data_dir, "marks.tsv")
        try:
            with open(path, "rb") as handle:
                return cls(handle.read())
        except FileNotFoundError:
            return cls(b"")

    def _parse(self, complete):
        try:
            text = complete.decode("utf-8")
        except UnicodeDecodeError as error:
            self.problems.append("not UTF-8: %s" % error)
            return
        lines = text.split("\n")[:-1] if text else []
        seen_header = False
        for number, line in enumerate(lines, 1):
            if not seen_header:
                if line.startswith("#"):
                    continue
                if line != self.HEADER:
                    self.problems.append("line %d: expected the header, found %r" % (number, line))
                    return
                seen_header = True
                continue
            self._parse_line(number, line)
        if lines and not seen_header:
            self.problems.append("no header line")

    def _parse_line(self, number, line):
        fields = line.split("\t")
        if len(fields) != 10:
            self.problems.append("line %d: %d fields, not 10: %r" % (number, len(fields), line))
            return
        sequence_text, made_at, operation, target, code, kind, date = fields[:7]
        if not sequence_text.isdigit() or not 1 <= int(sequence_text) <= 999_999_999:
            self.problems.append("line %d: bad sequence %r" % (number, sequence_text))
            return
        sequence = int(sequence_text)
        if self.entries and sequence <= self.entries[-1].sequence:
            self.problems.append("line %d: sequence %d is not after %d"
                                 % (number, sequence, self.entries[-1].sequence))
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", made_at):
            self.problems.append("line %d: bad made_at %r" % (number, made_at))
        entry = Entry(sequence, operation, None, code, kind, date, line)
        if operation == "mark":
            if kind not in KINDS + OTHER_KINDS + ("correction",):
                self.problems.append("line %d: unknown kind %r" % (number, kind))
            elif kind not in UNDATED_KINDS and not re.fullmatch(r"\d{4}-\d\d-\d\d", date):
                self.problems.append("line %d: bad date %r" % (number, date))
            self.marks[sequence] = entry
            self.active.append(sequence)
            self.undo_stack.append(sequence)
            self.redo_stack = []
        elif operation in ("undo", "redo"):
            if not target.isdigit():
                self.problems.append("line %d: bad target %r" % (number, target))
                return
            entry.target = int(target)
            stack = self.undo_stack if operation == "undo" else self.redo_stack
            if not stack or stack[-1] != entry.target:
                self.problems.append("line %d: %s of %s is not the latest one"
                                     % (number, operation, target))
            else:
                stack.pop()
                if operation == "undo":
                    self.redo_stack.append(entry.target)
                    self.active.remove(entry.target)
                else:
                    self.undo_stack.append(entry.target)
                    self.active = sorted(self.active + [entry.target])
        else:
            self.problems.append("line %d: unknown operation %r" % (number, operation))
            return
        self.entries.append(entry)

    def active_marks(self):
        return [self.marks[sequence] for sequence in self.active]

    def by_sequence(self):
        return {entry.sequence: entry for entry in self.entries}


def history_rows(binary, data_dir):
    """`btap history --format tsv`: (status, rows as lists of fields, stderr)."""
    status, out, err = run_btap(binary, "history", "--format", "tsv", "--data-dir", data_dir)
    rows = [line.split("\t") for line in out.split("\n")[1:] if line]
    return status, rows, err


def check_history_matches(binary, data_dir, journal):
    """Problems found comparing `btap history` with the journal file (empty when they agree):
    the same entries, in the same order, with the same sequence numbers."""
    status, rows, err = history_rows(binary, data_dir)
    if status != 0:
        return ["btap history exited %d: %s" % (status, err.strip())]
    problems = []
    listed = [row[0] for row in rows]
    written = [str(entry.sequence) for entry in journal.entries]
    if listed != written:
        problems.append("btap history lists %d entries %s, the journal holds %d %s"
                        % (len(listed), listed[-5:], len(written), written[-5:]))
    for row, entry in zip(rows, journal.entries):
        if entry.operation == "mark" and (len(row) < 5 or row[2] != entry.kind
                                          or row[4] != entry.date):
            problems.append("history row %r does not match journal line %r" % (row, entry.line))
        elif entry.operation != "mark" and (len(row) < 3 or row[2] != "%s of %d" % (
                entry.operation, entry.target)):
            problems.append("history row %r does not match journal line %r" % (row, entry.line))
    return problems


# MARK: - The dashboard under a pseudo-terminal


class PtyDashboard:
    """The dashboard running in a pseudo-terminal of its own; every byte it writes is kept."""

    def __init__(self, binary, data_dir, state_home, columns=120, rows=40):
        environment = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": state_home,
            "LANG": "C.UTF-8", "TERM": "xterm-256color", "XDG_STATE_HOME": state_home,
        }
        size = struct.pack("HHHH", rows, columns, 0, 0)
        pid, master = pty.fork()
        if pid == 0:
            try:
                fcntl.ioctl(0, termios.TIOCSWINSZ, size)
                os.execve(binary, [binary, "--data-dir", data_dir], environment)
            finally:
                os._exit(127)
        fcntl.ioctl(master, termios.TIOCSWINSZ, size)
        self.pid = pid
        self.master = master
        self.output = bytearray()
        self.status = None

    def pump(self, timeout):
        """Reads what is there within `timeout` seconds; False once the terminal is closed."""
        ready, _, _ = select.select([self.master], [], [], timeout)
        if not ready:
            return True
        try:
            chunk = os.read(self.master, 65536)
        except OSError:
            return False
        if not chunk:
            return False
        self.output += chunk
        return True

    def wait_for(self, pattern, timeout, start=0):
        """Waits until the output from `start` on matches the regex; the match or None."""
        compiled = re.compile(pattern)
        deadline = time.monotonic() + timeout
        while True:
            found = compiled.search(self.output, start)
            if found:
                return found
            if time.monotonic() >= deadline or not self.pump(0.005):
                return compiled.search(self.output, start)

    def settle(self, quiet, limit=5):
        """Reads until nothing arrives for `quiet` seconds."""
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            before = len(self.output)
            if not self.pump(quiet):
                return
            if len(self.output) == before:
                return

    def send(self, data):
        os.write(self.master, data)

    def kill(self, number=signal.SIGKILL):
        """Sends the signal, reaps the process and keeps the output it wrote before."""
        try:
            os.kill(self.pid, number)
        except ProcessLookupError:
            pass
        return self.reap(10)

    def reap(self, timeout):
        """Waits for the exit while reading the output; the exit status (None: still runs)."""
        deadline = time.monotonic() + timeout
        while self.status is None:
            done, raw = os.waitpid(self.pid, os.WNOHANG)
            if done:
                self.status = os.waitstatus_to_exitcode(raw)
                break
            if time.monotonic() >= deadline:
                return None
            self.pump(0.01)
        while self.pump(0):
            if not select.select([self.master], [], [], 0)[0]:
                break
        return self.status

    def close(self):
        if self.status is None:
            self.kill()
        os.close(self.master)


# MARK: - A private tmux server


class Tmux:
    """One private tmux server (its own socket, no configuration) with one window running an
    interactive `bash --norc` in a clean environment, prompt `rel$ `."""

    PROMPT = "rel$"

    def __init__(self, columns=120, rows=40):
        if not shutil.which("tmux"):
            sys.exit("tmux was not found on PATH: install it (apt-get install tmux)")
        self.root = temporary_directory("btap-tmux-")
        self.socket = "btap-rel-%d-%d" % (os.getpid(), random.randrange(1 << 30))
        self.target = "rel"
        self.data_dir = os.path.join(self.root, "data")
        self.state_home = os.path.join(self.root, "state")
        home = os.path.join(self.root, "home")
        for directory in (self.data_dir, self.state_home, home):
            os.makedirs(directory)
        self.marker = 0
        environment = [
            "PATH=%s" % os.environ.get("PATH", "/usr/bin:/bin"), "HOME=%s" % home,
            "LANG=C.UTF-8", "TERM=xterm-256color", "XDG_STATE_HOME=%s" % self.state_home,
            "PS1=%s " % self.PROMPT, "HISTFILE=/dev/null",
        ]
        shell = ("exec env -i " + " ".join(shlex.quote(item) for item in environment)
                 + " bash --norc --noprofile")
        self.tmux("-f", "/dev/null", "new-session", "-d", "-s", self.target,
                  "-x", str(columns), "-y", str(rows), shell)
        self.server_pid = int(self.format("#{pid}"))
        self.wait_for_prompt()

    def tmux(self, *arguments, check=True):
        result = subprocess.run(["tmux", "-L", self.socket, *arguments], capture_output=True,
                                text=True, env=command_environment(), stdin=subprocess.DEVNULL)
        if check and result.returncode != 0:
            raise RuntimeError("tmux %s failed (%d): %s"
                               % (arguments[0], result.returncode, result.stderr.strip()))
        return result.stdout

    def close(self, keep=False):
        self.tmux("kill-server", check=False)
        deadline = time.monotonic() + 2
        while process_running(self.server_pid) and time.monotonic() < deadline:
            time.sleep(0.02)
        remove_unless(keep, self.root)

    def format(self, text):
        return self.tmux("display-message", "-p", "-t", self.target, text).strip()

    def screen(self):
        return self.tmux("capture-pane", "-p", "-t", self.target)

    def press(self, *keys):
        self.tmux("send-keys", "-t", self.target, *keys)

    def type(self, text):
        self.tmux("send-keys", "-t", self.target, "-l", text)

    def send_bytes(self, data):
        self.tmux("send-keys", "-t", self.target, "-H", *("%02x" % byte for byte in data))

    def resize(self, columns, rows):
        self.tmux("resize-window", "-t", self.target, "-x", str(columns), "-y", str(rows))

    def run(self, command_line):
        self.type(command_line)
        self.press("Enter")

    def wait_screen(self, predicate, timeout=10):
        """Polls the screen until the predicate holds; the screen, or None on timeout."""
        deadline = time.monotonic() + timeout
        while True:
            text = self.screen()
            if predicate(text):
                return text
            if time.monotonic() >= deadline:
                return None
            time.sleep(0.04)

    def wait_for_prompt(self, timeout=10):
        return self.wait_screen(lambda text: last_line(text) == self.PROMPT, timeout)

    def shell_pid(self):
        return int(self.format("#{pane_pid}"))

    def wait_for_child(self, name, timeout=10):
        """The shell's child process called `name`, once it runs (None on timeout)."""
        shell = self.shell_pid()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for pid in children(shell):
                if process_name(pid) == name:
                    return pid
            time.sleep(0.02)
        return None

    def start_dashboard(self, binary, timeout=20):
        """Starts btap from the shell (the interface state of any earlier run removed, so it
        opens as on a first run) and waits for its first full frame; its pid or None."""
        try:
            os.unlink(os.path.join(self.state_home, "btap", "ui-state.tsv"))
        except FileNotFoundError:
            pass
        self.run("%s --data-dir %s" % (shlex.quote(binary), shlex.quote(self.data_dir)))
        pid = self.wait_for_child("btap", timeout)
        if pid is None:
            return None
        shown = self.wait_screen(
            lambda text: "parties · 30 needed" in text and "time travel" in text, timeout)
        return pid if shown else None

    def terminal_report(self, timeout=10):
        """After btap has exited: the exit status the shell saw, whether the pane is off the
        alternate screen, and the echo/icanon modes `stty -a` reports for the next command.
        (status or None, alternate_on, modes)"""
        if self.wait_for_prompt(timeout) is None:
            return None, self.format("#{alternate_on}"), set()
        alternate = self.format("#{alternate_on}")
        self.marker += 1
        tag = "R%d" % self.marker
        self.run("echo \"%sSTATUS:$?\"; stty -a | tr ' ;' '\\n\\n' | "
                 "grep -x -- '-\\?\\(echo\\|icanon\\)' | sed 's/^/%sTTY:/'" % (tag, tag))
        text = self.wait_screen(
            lambda t: sum(1 for l in t.split("\n") if l.startswith(tag + "TTY:")) >= 2
            and last_line(t) == self.PROMPT, timeout) or self.screen()
        lines = text.split("\n")
        modes = {l[len(tag) + 4:] for l in lines if l.startswith(tag + "TTY:")}
        status = next((l[len(tag) + 7:] for l in lines if l.startswith(tag + "STATUS:")), None)
        self.tmux("send-keys", "-t", self.target, "C-l")
        self.wait_for_prompt(timeout)
        return status, alternate, modes

    def pane_tty(self):
        return self.format("#{pane_tty}")


def terminal_restored(report):
    """Whether a terminal_report shows the terminal given back: off the alternate screen,
    echo and canonical input on."""
    _, alternate, modes = report
    return alternate == "0" and modes == {"echo", "icanon"}


def last_line(text):
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    return lines[-1] if lines else ""


def children(pid):
    try:
        with open("/proc/%d/task/%d/children" % (pid, pid)) as handle:
            return [int(item) for item in handle.read().split()]
    except OSError:
        return []


def process_name(pid):
    try:
        with open("/proc/%d/comm" % pid) as handle:
            return handle.read().strip()
    except OSError:
        return None


def process_state(pid):
    """The process's state letter from /proc (R, S, Z, …), or None once it has gone."""
    try:
        with open("/proc/%d/stat" % pid) as handle:
            text = handle.read()
    except OSError:
        return None
    return text[text.rindex(")") + 2:].split(" ", 1)[0]


def process_running(pid):
    return process_state(pid) not in (None, "Z", "X")


def pending_input(tty_path):
    """Bytes written to the terminal that its program has not read yet."""
    descriptor = os.open(tty_path, os.O_RDONLY | os.O_NOCTTY | os.O_NONBLOCK)
    try:
        count = fcntl.ioctl(descriptor, termios.FIONREAD, struct.pack("i", 0))
        return struct.unpack("i", count)[0]
    finally:
        os.close(descriptor)


def wait_until_read(tty_path, pid, timeout):
    """Waits until the program has read all its input and sleeps; False on timeout."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if pending_input(tty_path) == 0 and process_state(pid) == "S":
            time.sleep(0.002)
            if pending_input(tty_path) == 0 and process_state(pid) == "S":
                return True
        if not process_running(pid):
            return False
        time.sleep(0.002)
    return False
