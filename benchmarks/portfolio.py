"""The overview and the site of many plans: time per plan at 50 and 500 plans (in 5 and 50 client folders).

Both should be linear in the number of plans: the time per plan at 500 is
about the time per plan at 50. A second ``smart site`` over an unchanged
folder rebuilds no plan, so it costs about what the overview costs.

    .venv/bin/python benchmarks/portfolio.py [--plans 500]
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from smartcli.plan.questionset import shipped_question_set
from smartcli.portfolio.overview import overview
from smartcli.portfolio.site import build_site

SAMPLE = Path(__file__).resolve().parent.parent / "examples" / "bageriet-hvede.da.yaml"


def make_clients(root: Path, plans: int) -> None:
    """`plans` plans in plans/10 client folders, each a copy of the sample under another name."""
    text = SAMPLE.read_text(encoding="utf-8")
    for n in range(plans):
        folder = root / f"kunde-{n // 10:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        company = f"Kunde {n} ApS"
        (folder / f"plan-{n % 10}.yaml").write_text(
            text.replace("Bageriet Hvede ApS", company), encoding="utf-8"
        )


def timed(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--plans", type=int, default=500)
    args = parser.parse_args()
    qset = shipped_question_set()
    print(f"{'plans':>6}{'status':>12}{'per plan':>10}{'site':>12}{'per plan':>10}{'site again':>12}")
    for count in (args.plans // 10, args.plans):
        with tempfile.TemporaryDirectory() as scratch:
            root, out = Path(scratch) / "clients", Path(scratch) / "site"
            make_clients(root, count)
            status = timed(lambda root=root: overview([root], qset, "da"))
            site = timed(lambda root=root, out=out: build_site([root], out, qset, "da"))
            again = timed(lambda root=root, out=out: build_site([root], out, qset, "da"))
            shutil.rmtree(out)
        print(
            f"{count:>6}{status:>11.1f}s{status / count * 1000:>8.0f}ms"
            f"{site:>11.1f}s{site / count * 1000:>8.0f}ms{again:>11.1f}s"
        )


if __name__ == "__main__":
    main()
