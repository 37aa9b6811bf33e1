"""Importing the seller tools' performance reports (千牛 / 赤兔 / 生意参谋: xlsx, xls, CSV).

readers → header detection (synonyms) → cell parsing → staff matching → a staged preview (ImportPlan)
→ one-transaction commit with an import log → exact undo. Entry point: `ImportService`.
"""

from app.importing.model import FilePlan, ImportOptions, ImportPlan, RowError
from app.importing.service import ImportService

__all__ = ["FilePlan", "ImportOptions", "ImportPlan", "ImportService", "RowError"]
