"""红花榜 Honghua: everything that is not Qt — domain, storage, rules, import, reports, CLI."""

__version__ = "0.1.0"  # pyproject.toml's version (tests/test_workflow.py checks): the bundle has no package metadata
