"""Award certificates (奖状 / 荣誉证书): numbering, print-ready PDFs, batches and verification.

Nothing here imports reportlab at module level (it is imported inside the functions that draw), so the
package is cheap to import; the store imports only `app.certificates.model`.
"""
