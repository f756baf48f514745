"""Reading pauses the cyclic garbage collector and leaves it as it found it, even when reading fails."""

from __future__ import annotations

import gc

import pytest

from jekyll_py.reader import collector_paused


@pytest.mark.parametrize("enabled", [True, False])
def test_collector_is_paused_then_restored(enabled: bool) -> None:
    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        with pytest.raises(RuntimeError), collector_paused():
            assert not gc.isenabled()
            raise RuntimeError("a broken file")
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()
