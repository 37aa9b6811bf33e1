"""小红花 instant recognition: issuers with monthly quotas, validity, transfers, red flags, counts and hints."""

from app.recognition.service import RecognitionService

__all__ = ["RecognitionService"]
