"""The domain's plain words: Brussels time, security clearances and the conditions of
appointment. Plain enums with no pydantic import, so that what only names them (the
catalogue, the deadline, the wording of reasons) loads without the vacancy model."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from zoneinfo import ZoneInfo

BRUSSELS = ZoneInfo("Europe/Brussels")


def brussels_now() -> dt.datetime:
    return dt.datetime.now(BRUSSELS)


class Condition(StrEnum):
    """What appointment depends on that self-screening cannot settle."""

    SECURITY_CLEARANCE = "security_clearance"
    MEDICAL_APPROVAL = "medical_approval"
    VERIFICATION = "verification"
    ACCREDITATION = "accreditation"
    LOWER_GRADE_APPOINTMENT = "lower_grade_appointment"


class Clearance(StrEnum):
    NS = "NS"  # NATO SECRET
    CTS = "CTS"  # COSMIC TOP SECRET
    NC = "NC"  # NATO CONFIDENTIAL
