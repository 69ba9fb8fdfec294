"""A batch of thousands of candidates against thousands of vacancies (a USB stick of 5,000
profiles, a folder of 10,000 vacancies): `screener batch` took 3.6 GB to write a 1 GB CSV,
its --json and the batch dialog's JSON built the whole document first (over 10 GB), and the
matrix's Excel export kept an object per cell. Each output is now written as it is made: a
row, a candidate, a row of the workbook at a time. Measured here in a fresh process on a
million cells (a thousand each way), the documented size of a batch.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

# The result is built first (a million references to one shared cell: 8 MB), then the
# output written; the process's peak resident size is compared before and after.
SCRIPT = """
import datetime as dt, resource, sys
from pathlib import Path
from screener import paths
from screener.batch import BatchResult, CandidateRow, Cell, write_csv, write_json
from screener.domain.assessment import Verdict
from screener.persistence.vacancy_files import load_vacancy

kind, candidates, vacancies, out = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
base = load_vacancy(paths.bundled_vacancies_dir() / "250939.toml")
columns = [base.model_copy(update={"reference": f"U{i:05d}"}) for i in range(vacancies)]
cell = Cell(Verdict.INCOMPLETE, (), 3, 0, 2)
rows = [CandidateRow(f"C{i}", f"c{i}.json", [cell] * vacancies) for i in range(candidates)]
result = BatchResult(dt.date(2025, 1, 1), columns, rows)
if kind == "xlsx":
    from screener.adviser.workbook import write_xlsx
    import openpyxl  # loaded before measuring
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
if kind == "csv":
    write_csv(result, Path(out), "en")
elif kind == "json":
    write_json(result, Path(out))
else:
    write_xlsx(result, Path(out), "en")
grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
print(grown // 1024)  # kilobytes on Linux
"""


@pytest.mark.skipif(sys.platform != "linux", reason="ru_maxrss is in kilobytes on Linux")
@pytest.mark.parametrize(
    ("kind", "candidates", "vacancies"),
    [
        ("csv", 1000, 1000),
        ("json", 1000, 1000),
        # openpyxl takes 10 s for 400,000 cells, either way.
        pytest.param("xlsx", 400, 1000, marks=pytest.mark.long),
    ],
)
def test_writing_a_large_batch_takes_little_memory(
    tmp_path: Path, kind: str, candidates: int, vacancies: int
) -> None:
    pytest.importorskip("openpyxl")
    out = tmp_path / f"matrix.{kind}"
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, kind, str(candidates), str(vacancies), str(out)],
        capture_output=True, text=True, timeout=120, cwd=REPO,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    grown_mb = int(done.stdout.split()[-1])
    size_mb = out.stat().st_size / 2**20
    # Before, the peak grew by 19 MB for the CSV (its text, then its bytes), 182 MB for the
    # JSON (the document, its text, its bytes) and 94 MB for the workbook (an object a cell);
    # now by none of these.
    assert grown_mb < 8, (kind, grown_mb, size_mb)
    assert size_mb > 0.1
