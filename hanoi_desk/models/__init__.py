"""SQLAlchemy models, one module per aggregate. Importing this package registers every table."""

from __future__ import annotations

from hanoi_desk.models.agency import AgencyRow, ContactRow
from hanoi_desk.models.base import Base
from hanoi_desk.models.calendar import (
    ContentAgreementRow,
    ContentDistributionRow,
    ContentEventRow,
    ContentItemRow,
    ContentPublicationRow,
    ContentSeriesRow,
)
from hanoi_desk.models.fanpage import FanpageEventRow, FanpageRow, ImpersonatorRow
from hanoi_desk.models.history import HistoryRow
from hanoi_desk.models.mail import MailSentRow
from hanoi_desk.models.outreach import (
    CitationProposalRow,
    CitationRow,
    OutreachEventRow,
    OutreachRow,
    SharedArticlesRow,
)
from hanoi_desk.models.register import DocumentRegisterRow
from hanoi_desk.models.reports import ReportFileRow, ReportReceiptRow, ReportTextRow
from hanoi_desk.models.setting import SettingRow
from hanoi_desk.models.signing import SigningImageRow, TrustedRootRow

__all__ = [
    "AgencyRow",
    "Base",
    "CitationProposalRow",
    "CitationRow",
    "ContactRow",
    "ContentAgreementRow",
    "ContentDistributionRow",
    "ContentEventRow",
    "ContentItemRow",
    "ContentPublicationRow",
    "ContentSeriesRow",
    "DocumentRegisterRow",
    "FanpageEventRow",
    "FanpageRow",
    "HistoryRow",
    "ImpersonatorRow",
    "MailSentRow",
    "OutreachEventRow",
    "OutreachRow",
    "ReportFileRow",
    "ReportReceiptRow",
    "ReportTextRow",
    "SettingRow",
    "SharedArticlesRow",
    "SigningImageRow",
    "TrustedRootRow",
]
