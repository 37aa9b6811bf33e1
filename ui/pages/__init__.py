"""One module per page. Every page: `Page(shop: Shop, parent=None)`, `title`, and `refresh()`
(called when the page is shown and when the shop's data changed, possibly from another process)."""
