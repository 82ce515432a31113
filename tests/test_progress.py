"""The build's progress bar: on a terminal it counts files, documents and segments and names the
corpus-level steps; anywhere else (CI, pipes, files) it prints nothing."""
from __future__ import annotations

import fcntl
import os
import pty
import re
import select
import struct
import subprocess
import termios

from conftest import CLI, REPO, SMALL, copy_raw, run_cli, write_changelog
from nqp_corpus import RELEASE_VERSION


def _build_args(tmp_path) -> list[str]:
    raw = copy_raw(tmp_path / "raw", SMALL)
    changelog = write_changelog(tmp_path / "CHANGELOG.md", RELEASE_VERSION)
    return ["build", "--raw", str(raw), "--out", str(tmp_path / "out"), "--changelog", str(changelog)]


def _stderr_on_a_terminal(args: list[str]) -> tuple[int, str]:
    """Run the command with stderr on a pseudo-terminal; its exit code and what it drew there."""
    main, child = pty.openpty()
    # a new pseudo-terminal is 0 columns wide, and tqdm fits its line to the width
    fcntl.ioctl(child, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 200, 0, 0))
    process = subprocess.Popen([*CLI, *args], cwd=REPO, stdout=subprocess.DEVNULL, stderr=child)
    os.close(child)
    drawn = b""
    while True:
        if not select.select([main], [], [], 600)[0]:  # a hung build fails the test, not the suite
            process.kill()
            break
        try:
            chunk = os.read(main, 4096)
        except OSError:  # EIO: the child has exited and closed the terminal
            break
        if not chunk:
            break
        drawn += chunk
    os.close(main)
    return process.wait(timeout=600), drawn.decode("utf-8", "replace")


def test_on_a_terminal_the_bar_counts_files_and_documents_and_names_each_step(tmp_path):
    returncode, drawn = _stderr_on_a_terminal(_build_args(tmp_path))
    assert returncode == 0, drawn
    final = drawn.replace("\r", "\n").strip().splitlines()[-1]
    assert final.startswith("build: 100%") and f"{len(SMALL)}/{len(SMALL)}" in final, final
    documents = int(final.split("documents=")[1].split(",")[0])
    assert documents > len(SMALL) and "segments=" in final and "step=done" in final, final
    # every line drawn once a file is done shows the counts so far, not those of the file before
    after_a_file = [line for line in drawn.split("\r") if re.search(r"\| [1-9]\d*/\d+ \[", line)]
    assert after_a_file and all("documents=" in line for line in after_a_file), after_a_file
    steps = ["reuse detection", "statistics and charts", "card and checksums", "validation", "done"]
    positions = [drawn.find(f"step={step}") for step in steps]
    assert -1 not in positions and positions == sorted(positions), dict(zip(steps, positions))


def test_the_build_prints_no_bar_when_stderr_is_not_a_terminal(tmp_path):
    result = run_cli(*_build_args(tmp_path))
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.startswith(str(tmp_path / "out" / f"v{RELEASE_VERSION}"))
