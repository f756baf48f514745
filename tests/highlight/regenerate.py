"""Regenerate tests/highlight/expected.json with real Jekyll 4.3.1 + Rouge 3.30.

Each case `cases/NAME.LANG.txt` is rendered twice: as a fenced kramdown code block (Jekyll's Markdown converter, via
/work/shared/tools/kramdown-oracle.rb) and through the `{% highlight LANG %}` tag (via liquid-oracle.rb).
Run: .venv/bin/python tests/highlight/regenerate.py
"""

from __future__ import annotations

import json
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).parent
TOOLS = Path("/work/shared/tools")


def fenced(code: str, lang: str) -> str:
    """A fenced block whose fence cannot occur in the code."""
    fence = "~~~~~~" if "~~~" in code else "~~~"
    return f"{fence} {lang}\n{code}{'' if code.endswith(chr(10)) else chr(10)}{fence}\n"


def tag_template(code: str, lang: str) -> str:
    """The tag around the code, whose Liquid (`{{ }}` in Liquid and HTML samples) stays text inside `raw`."""
    return f"{{% highlight {lang} %}}{{% raw %}}\n{code}{{% endraw %}}{{% endhighlight %}}"


def case_lang(path: Path) -> str:
    """The fence language of `cases/NAME.LANG.txt` (the `.txt` keeps linters and formatters off the code)."""
    return path.name.rsplit(".", 2)[1]


def case_files() -> list[Path]:
    return sorted(p for p in (HERE / "cases").iterdir() if p.is_file())


def kramdown_outputs(cases: list[Path]) -> dict[str, str]:
    with tempfile.TemporaryDirectory() as tmp:
        mds = []
        for path in cases:
            md = Path(tmp) / f"{path.name}.md"
            md.write_text(fenced(path.read_text(), case_lang(path)))
            mds.append(md)
        subprocess.run(["ruby", str(TOOLS / "kramdown-oracle.rb"), *map(str, mds)], check=True)
        return {p.name: (Path(tmp) / f"{p.name}.html").read_text() for p in cases}


def tag_outputs(cases: list[Path]) -> dict[str, str]:
    """The tag's output for each case that `raw` can hold (one containing `endraw` has a block expectation only)."""
    tagged = [p for p in cases if "endraw" not in p.read_text()]
    with tempfile.TemporaryDirectory() as tmp:
        spec = Path(tmp) / "cases.json"
        spec.write_text(
            json.dumps([{"name": p.name, "template": tag_template(p.read_text(), case_lang(p))} for p in tagged])
        )
        done = subprocess.run(["ruby", str(TOOLS / "liquid-oracle.rb"), str(spec)], check=True, capture_output=True)
        return {name: result["output"] for name, result in json.loads(done.stdout).items()}


# Rouge keeps Jinja's and Twig's word lists in class variables the two classes share, so in one Ruby process a
# Twig block lexed after a Jinja block gets Jinja's lists; each Twig case runs in a process of its own, as the
# blocks of a site using only Twig are lexed.
OWN_PROCESS = {"twig"}


def outputs(cases: list[Path], oracle: Callable[[list[Path]], dict[str, str]]) -> dict[str, str]:
    """The oracle's outputs: the cases together, but each OWN_PROCESS case alone."""
    alone = [p for p in cases if case_lang(p) in OWN_PROCESS]
    found = oracle([p for p in cases if p not in alone])
    for path in alone:
        found |= oracle([path])
    return found


def main() -> None:
    cases = case_files()
    blocks, tags = outputs(cases, kramdown_outputs), outputs(cases, tag_outputs)
    expected = {p.name: {"block": blocks[p.name]} | ({"tag": tags[p.name]} if p.name in tags else {}) for p in cases}
    (HERE / "expected.json").write_text(json.dumps(expected, indent=1, ensure_ascii=False) + "\n")
    print(f"{len(expected)} cases")


if __name__ == "__main__":
    main()
