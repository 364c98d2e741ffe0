"""The one date a build depends on besides the records: the day it is built for.

Campaign statuses ("running", "ended") are computed as of this day. Set ``SOURCE_DATE_EPOCH``
(seconds since 1970, the reproducible-builds convention) to build for a fixed day, as the tests
do; otherwise it is today, and two builds of one commit on the same day are identical. CI
publishes once a day, so that statuses follow the calendar.
"""

from __future__ import annotations

import datetime as dt
import os
from typing import Mapping


def build_date(environ: Mapping[str, str] = os.environ) -> dt.date:
    """``SOURCE_DATE_EPOCH`` as a UTC date if set, else today's date."""
    epoch = environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.timezone.utc).date()
    return dt.date.today()
