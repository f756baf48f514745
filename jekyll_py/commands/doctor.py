"""`jekyll-py doctor` (alias `hyde`, as Jekyll): report what will differ from Jekyll or break on GitHub Pages.

The checks live in jekyll_py/doctor.py; this module prints them the way Jekyll's doctor does and exits 1
when a problem was found (Jekyll's doctor calls `abort`), 0 when only notes or nothing were found.
"""

from __future__ import annotations

import os
import sys
from typing import Any

import click

from jekyll_py import log
from jekyll_py.commands._common import handles_errors, set_verbosity, site_options
from jekyll_py.doctor import NOTE, Finding, diagnose


def load_config(options: dict[str, Any]) -> dict[str, Any]:
    """The configuration the build would use (same flags), without constructing the Site yet."""
    from jekyll_py.config import load_for_options

    return load_for_options(options)


def print_finding(finding: Finding) -> None:
    first, *rest = finding.lines()
    emit = log.info if finding.level == NOTE else log.warn
    emit("Note:" if finding.level == NOTE else "Warning:", first)
    for line in rest:
        emit("", line)


@click.command()
@site_options
@handles_errors
def doctor(**options: Any) -> None:
    """Search site and print specific deprecation warnings."""
    set_verbosity(options)
    os.environ.setdefault("JEKYLL_ENV", "development")
    findings = diagnose(load_config(options))
    for finding in findings:
        print_finding(finding)
    problems = [f for f in findings if f.level != NOTE]
    if problems:
        log.error("Doctor:", f"{len(problems)} problem(s) found.")
        sys.exit(1)
    log.info("Your test results", "are in. Everything looks fine.")
