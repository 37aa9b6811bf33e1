"""红花榜 Honghua: everything that is not Qt — domain, storage, rules, import, reports, CLI."""
