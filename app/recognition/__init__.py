"""小红花 instant recognition: issuers with monthly quotas, validity, transfers, red flags, counts and hints.

The service is `app.recognition.service.RecognitionService` (the shop's `flowers`); this package imports none of
its modules, so the board reads its red flags through `standings` without loading the service before its first
paint."""
