"""`--profile`: Jekyll's build-phase summary and per-template render table (Jekyll::Profiler).

The renderer and the include tag report each Liquid render (file, bytes out, seconds); the build
reports each phase. Tables are printed in the shape Jekyll's terminal-table prints.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from time import perf_counter

PHASES = ("reset", "read", "generate", "render", "cleanup", "write")


@dataclass
class TemplateStats:
    count: int = 0
    bytes: int = 0
    seconds: float = 0.0


class Profiler:
    def __init__(self) -> None:
        self.phases: dict[str, float] = {}
        self.templates: dict[str, TemplateStats] = {}

    @contextmanager
    def phase(self, name: str) -> Iterator[None]:
        started = perf_counter()
        try:
            yield
        finally:
            self.phases[name] = self.phases.get(name, 0.0) + perf_counter() - started

    def record(self, path: str, output_bytes: int, seconds: float) -> None:
        stats = self.templates.setdefault(path, TemplateStats())
        stats.count += 1
        stats.bytes += output_bytes
        stats.seconds += seconds

    def merge(self, templates: dict[str, tuple[int, int, float]]) -> None:
        """Add the rows a render worker measured (count, bytes, seconds per file)."""
        for path, (count, size, seconds) in templates.items():
            stats = self.templates.setdefault(path, TemplateStats())
            stats.count += count
            stats.bytes += size
            stats.seconds += seconds

    def timed_render(self, path: str, render: Callable[[], str]) -> str:
        started = perf_counter()
        output = render()
        self.record(path, len(output.encode("utf-8")), perf_counter() - started)
        return output

    def phase_table(self) -> str:
        rows = [(name.upper(), f"{self.phases.get(name, 0.0):.4f}") for name in PHASES]
        rows.append(("TOTAL TIME", f"{sum(round(self.phases.get(n, 0.0), 4) for n in PHASES):.4f}"))
        return tabulate(("PHASE", "TIME"), rows)

    def template_table(self, limit: int = 50) -> str:
        ranked = sorted(self.templates.items(), key=lambda item: item[1].seconds, reverse=True)[:limit]
        rows = [(path, str(s.count), f"{s.bytes / 1024:.2f}K", f"{s.seconds:.3f}") for path, s in ranked]
        total = TemplateStats(
            sum(s.count for _, s in ranked), sum(s.bytes for _, s in ranked), sum(s.seconds for _, s in ranked)
        )
        rows.append((f"TOTAL (for {len(ranked)} files)", str(total.count), f"{total.bytes / 1024:.2f}K",
                     f"{total.seconds:.3f}"))
        return tabulate(("Filename", "Count", "Bytes", "Time"), rows)

    def report(self) -> str:
        return (
            "\nBuild Process Summary: \n" + self.phase_table() + " \n"
            "\nSite Render Stats: \n" + self.template_table() + " "
        )


def tabulate(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    """terminal-table with Jekyll's style: first column left-aligned, the rest right-aligned."""
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]

    def line(cells: tuple[str, ...]) -> str:
        parts = [cells[0].ljust(widths[0])] + [cell.rjust(w) for cell, w in zip(cells[1:], widths[1:], strict=True)]
        return "| " + " | ".join(parts) + " |"

    separator = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    return "\n" + "\n".join([line(header), separator, *(line(row) for row in rows)]) + "\n"
