"""Any list a page shows, as a CSV or JSON download (``?format=csv`` or ``?format=json``).

Rows are streamed as they are read, so a download of every fact does not
build the whole file in memory first. CSV cells that start with ``=``, ``+``,
``-`` or ``@`` get a leading apostrophe, so a spreadsheet does not run a quoted
sentence as a formula (CSV injection).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence

from fastapi.responses import StreamingResponse

FORMATS = ("csv", "json")


def download(rows: Iterable[dict], columns: Sequence[str], fmt: str, name: str) -> StreamingResponse:
    if fmt == "csv":
        body, media = _csv(rows, columns), "text/csv; charset=utf-8"
    else:
        body, media = _json(rows), "application/json"
    return StreamingResponse(
        body, media_type=media, headers={"Content-Disposition": f'attachment; filename="{name}.{fmt}"'}
    )


def _csv(rows: Iterable[dict], columns: Sequence[str]):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(columns)
    for count, row in enumerate(rows, 1):
        writer.writerow([_cell(row.get(column)) for column in columns])
        if count % 500 == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return str(value)


def _json(rows: Iterable[dict]):
    yield "["
    for count, row in enumerate(rows):
        yield ("," if count else "") + "\n" + json.dumps(row, ensure_ascii=False, default=str)
    yield "\n]\n"
