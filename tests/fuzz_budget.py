"""How many examples the property tests with the largest budgets draw.

The default run (`make test`) draws a third of each budget, so that the whole suite stays
within its time on two cores; `make test-long` sets SCREENER_FULL_EXAMPLES and draws them all.
"""

from __future__ import annotations

import os


def examples(full: int) -> int:
    """`full` under `make test-long`, a third of it (at least 50) otherwise."""
    if os.environ.get("SCREENER_FULL_EXAMPLES"):
        return full
    return max(full // 3, 50)
